//! The access log: who opened a client's case, when and why.

use axum::Json;
use axum::extract::State;
use helder_api::Access;

use crate::auth::Session;
use crate::error::{ApiError, PathParams};
use crate::http::AppState;

use super::*;

#[utoipa::path(get, path = "/api/v1/cases/{case_id}/access-log", tag = "consent",
    summary = "Who opened the case, when and why (its client only)",
    security(("session" = [])),
    params(CaseId),
    responses(
        (status = 200, description = "The openings, newest first", body = Vec<Access>),
        (status = 401, description = "Not signed in", body = helder_api::Error),
        (status = 403, description = "Not a client (`client_only`)", body = helder_api::Error),
        (status = 404, description = "Not this client's case", body = helder_api::Error),
    ))]
pub(crate) async fn access_log(
    State(state): State<AppState>,
    session: Session,
    PathParams(case_id): PathParams<String>,
) -> Result<Json<Vec<Access>>, ApiError> {
    let db = db(&state)?;
    own_case(db, &session, &case_id).await?;
    Ok(Json(db.access_log(&case_id).await?))
}
