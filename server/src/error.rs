//! `ApiError`: every failure of the API as a status and a stable code. Internals (database
//! errors) are logged without personal data and answered with a plain 500. Every error body is
//! `helder_api::Error`, or `helder_api::CaseError` for a case that does not compute.

use axum::Json;
use axum::extract::{FromRequest, Request};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};

#[derive(Debug)]
pub enum ApiError {
    /// 400: the request itself is wrong (with a message for the caller).
    BadRequest(&'static str, String),
    /// A request body that is not the endpoint's JSON type: axum's status (400 syntax, 415 not
    /// JSON, 422 wrong shape) with its description.
    Body(StatusCode, String),
    /// 401: not signed in.
    Unauthenticated,
    /// 403: signed in, but this role may not do this.
    Forbidden(&'static str),
    /// 404: no such thing, or nothing this account may see (we do not say which).
    NotFound,
    /// 422: a case document that does not compute, with core's error document.
    Case(helder_core::CaseError),
    /// 429: too many requests from this address.
    TooManyRequests,
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
            ApiError::Body(status, message) => (status, "body", message),
            ApiError::Unauthenticated => (StatusCode::UNAUTHORIZED, "unauthenticated", "please sign in".into()),
            ApiError::Forbidden(code) => (StatusCode::FORBIDDEN, code, "not allowed for this account".into()),
            ApiError::NotFound => (StatusCode::NOT_FOUND, "not_found", "not found".into()),
            ApiError::Case(error) => {
                let body = helder_api::CaseError {
                    error: error.code().into(),
                    path: error.path().into(),
                    message: error.to_string(),
                };
                return (StatusCode::UNPROCESSABLE_ENTITY, Json(body)).into_response();
            }
            ApiError::TooManyRequests => (StatusCode::TOO_MANY_REQUESTS, "rate_limited", "too many requests".into()),
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
