//! Service endpoints: liveness, readiness and the OpenAPI document.

use axum::Json;
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use helder_api::{Health, Ready};

use crate::http::AppState;

use super::*;

#[utoipa::path(get, path = "/api/v1/health", tag = "service", summary = "Liveness and rules version",
    responses((status = 200, description = "Alive", body = Health)))]
pub(crate) async fn health() -> Json<Health> {
    Json(Health {
        status: "ok".into(),
        version: helder_core::VERSION.into(),
        rules_version: helder_core::rules_version().into(),
    })
}

#[utoipa::path(get, path = "/api/v1/ready", tag = "service", summary = "Readiness (database reachable)",
    responses(
        (status = 200, description = "Ready (`database: none` without a database)", body = Ready),
        (status = 503, description = "The database does not answer", body = Ready),
    ))]
pub(crate) async fn ready(State(state): State<AppState>) -> Response {
    let ready = |status: &str, database: Option<&str>| {
        Json(Ready { status: status.into(), database: database.map(str::to_owned) })
    };
    match &state.db {
        Some(db) if db.ping().await.is_ok() => ready("ready", None).into_response(),
        Some(_) => (StatusCode::SERVICE_UNAVAILABLE, ready("database unavailable", None)).into_response(),
        None => ready("ready", Some("none")).into_response(),
    }
}

#[utoipa::path(get, path = "/api/v1/openapi.json", tag = "service", summary = "This document (OpenAPI 3.1)",
    responses((status = 200, description = "The OpenAPI document", content_type = "application/json")))]
pub(crate) async fn openapi() -> Response {
    ([(header::CONTENT_TYPE, "application/json")], openapi_document()).into_response()
}
