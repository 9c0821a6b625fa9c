//! `ApiError`: every failure of the API as a status and a stable code. Internals (database
//! errors) are logged without personal data and answered with a plain 500. Every error body is
//! `helder_api::Error`, or `helder_api::CaseError` for a case that does not compute.

use axum::Json;
use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::request::Parts;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};

#[derive(Debug)]
pub enum ApiError {
    /// 400: the request itself is wrong (with a message for the caller).
    BadRequest(&'static str, String),
    /// A request body that is not the endpoint's JSON type: axum's status (400 syntax, 415 not
    /// JSON, 422 wrong shape) with its description.
    Body(StatusCode, String),
    /// A path or query parameter that does not read (invalid percent-encoding, a repeated
    /// query parameter): axum's status with its description, under `code`.
    Parameter(StatusCode, &'static str, String),
    /// 401: not signed in.
    Unauthenticated,
    /// 403: signed in, but this role may not do this.
    Forbidden(&'static str),
    /// 404: no such thing, or nothing this account may see (we do not say which).
    NotFound,
    /// 409: the case changed since it was read (another save won), or someone else took it.
    Conflict(&'static str, String),
    /// 422: a case document that does not compute, with core's error document.
    Case(helder_core::CaseError),
    /// 429 with `Retry-After`: a limit kept in the database (address, account, staff search).
    RateLimited(std::time::Duration),
    /// 503 with `Retry-After: 1`: too many password checks waiting; answered without hashing.
    Busy,
    /// 500: something on our side; logged, never shown.
    Internal(String),
}

impl From<sqlx::Error> for ApiError {
    fn from(error: sqlx::Error) -> ApiError {
        ApiError::Internal(format!("database: {error}"))
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let (status, code, message) = match self {
            ApiError::BadRequest(code, message) => (StatusCode::BAD_REQUEST, code, message),
            ApiError::Body(status, message) => (status, "body", bounded(message)),
            ApiError::Parameter(status, code, message) => (status, code, bounded(message)),
            ApiError::Unauthenticated => (StatusCode::UNAUTHORIZED, "unauthenticated", "please sign in".into()),
            ApiError::Forbidden(code) => (StatusCode::FORBIDDEN, code, "not allowed for this account".into()),
            ApiError::NotFound => (StatusCode::NOT_FOUND, "not_found", "not found".into()),
            ApiError::Conflict(code, message) => (StatusCode::CONFLICT, code, message),
            ApiError::Case(error) => {
                let body = helder_api::CaseError {
                    error: error.code().into(),
                    path: error.path().into(),
                    message: bounded(error.to_string()),
                };
                return (StatusCode::UNPROCESSABLE_ENTITY, Json(body)).into_response();
            }
            ApiError::RateLimited(wait) => {
                let seconds = wait.as_secs() + u64::from(wait.subsec_nanos() > 0);
                let body = helder_api::Error {
                    error: "rate_limited".into(),
                    message: "too many attempts; try again later".into(),
                };
                return (
                    StatusCode::TOO_MANY_REQUESTS,
                    [(header::RETRY_AFTER, seconds.max(1).to_string())],
                    Json(body),
                )
                    .into_response();
            }
            ApiError::Busy => {
                let body = helder_api::Error {
                    error: "busy".into(),
                    message: "too many sign-ins at once; try again in a moment".into(),
                };
                return (StatusCode::SERVICE_UNAVAILABLE, [(header::RETRY_AFTER, "1".to_owned())], Json(body))
                    .into_response();
            }
            ApiError::Internal(detail) => {
                tracing::error!(%detail, "internal error");
                (StatusCode::INTERNAL_SERVER_ERROR, "internal", "something went wrong on our side".into())
            }
        };
        (status, Json(helder_api::Error { error: code.into(), message })).into_response()
    }
}

/// A JSON request body of type `T`; a body that is not one answers with the API's error body
/// (axum's own rejection would answer in plain text).
pub struct JsonBody<T>(pub T);

impl<S: Send + Sync, T: serde::de::DeserializeOwned> FromRequest<S> for JsonBody<T> {
    type Rejection = ApiError;
    async fn from_request(request: Request, state: &S) -> Result<JsonBody<T>, ApiError> {
        match Json::<T>::from_request(request, state).await {
            Ok(Json(body)) => Ok(JsonBody(body)),
            Err(rejection) => Err(ApiError::Body(rejection.status(), rejection.body_text())),
        }
    }
}

/// At most this many characters of a message that may quote the request (serde quotes the
/// offending value: a what-if case given as one long string came back whole).
const MESSAGE_MAX_CHARACTERS: usize = 200;

fn bounded(message: String) -> String {
    match message.char_indices().nth(MESSAGE_MAX_CHARACTERS) {
        Some((cut, _)) => format!("{}…", &message[..cut]),
        None => message,
    }
}

/// Path parameters of type `T`; one that does not read answers with the API's error body
/// (`path`), not axum's plain text.
pub struct PathParams<T>(pub T);

impl<S: Send + Sync, T: serde::de::DeserializeOwned + Send> FromRequestParts<S> for PathParams<T> {
    type Rejection = ApiError;
    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<PathParams<T>, ApiError> {
        match axum::extract::Path::<T>::from_request_parts(parts, state).await {
            Ok(axum::extract::Path(value)) => Ok(PathParams(value)),
            Err(rejection) => Err(ApiError::Parameter(rejection.status(), "path", rejection.body_text())),
        }
    }
}

/// Query parameters of type `T`; a query that does not read answers with the API's error body
/// (`query`), not axum's plain text.
pub struct QueryParams<T>(pub T);

impl<S: Send + Sync, T: serde::de::DeserializeOwned> FromRequestParts<S> for QueryParams<T> {
    type Rejection = ApiError;
    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<QueryParams<T>, ApiError> {
        match axum::extract::Query::<T>::from_request_parts(parts, state).await {
            Ok(axum::extract::Query(value)) => Ok(QueryParams(value)),
            Err(rejection) => Err(ApiError::Parameter(rejection.status(), "query", rejection.body_text())),
        }
    }
}
