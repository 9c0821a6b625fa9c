//! `ApiError`: every failure of the API as a status and a stable code. Internals (database
//! errors) are logged without personal data and answered with a plain 500.

use axum::Json;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde_json::json;

#[derive(Debug)]
pub enum ApiError {
    /// 400: the request itself is wrong (with a message for the caller).
    BadRequest(&'static str, String),
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
            ApiError::Unauthenticated => (StatusCode::UNAUTHORIZED, "unauthenticated", "please sign in".into()),
            ApiError::Forbidden(code) => (StatusCode::FORBIDDEN, code, "not allowed for this account".into()),
            ApiError::NotFound => (StatusCode::NOT_FOUND, "not_found", "not found".into()),
            ApiError::Case(error) => {
                let body =
                    serde_json::json!({ "error": error.code(), "path": error.path(), "message": error.to_string() });
                return (StatusCode::UNPROCESSABLE_ENTITY, Json(body)).into_response();
            }
            ApiError::TooManyRequests => (StatusCode::TOO_MANY_REQUESTS, "rate_limited", "too many requests".into()),
            ApiError::RateLimited(wait) => {
                let seconds = wait.as_secs() + u64::from(wait.subsec_nanos() > 0);
                let body = json!({ "error": "rate_limited", "message": "too many attempts; try again later" });
                return (
                    StatusCode::TOO_MANY_REQUESTS,
                    [(header::RETRY_AFTER, seconds.max(1).to_string())],
                    Json(body),
                )
                    .into_response();
            }
            ApiError::Busy => {
                let body = json!({ "error": "busy", "message": "too many sign-ins at once; try again in a moment" });
                return (StatusCode::SERVICE_UNAVAILABLE, [(header::RETRY_AFTER, "1".to_owned())], Json(body))
                    .into_response();
            }
            ApiError::Internal(detail) => {
                tracing::error!(%detail, "internal error");
                (StatusCode::INTERNAL_SERVER_ERROR, "internal", "something went wrong on our side".into())
            }
        };
        (status, Json(serde_json::json!({ "error": code, "message": message }))).into_response()
    }
}
