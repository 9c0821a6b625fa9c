//! Staff search by case number or BSN.

use axum::Json;
use axum::extract::State;
use axum::http::HeaderMap;
use helder_api::{CaseSummary, Search};

use crate::auth::Session;
use crate::error::{ApiError, JsonBody};
use crate::http::AppState;

use super::*;

#[utoipa::path(post, path = "/api/v1/cases/search", tag = "cases",
    summary = "Staff search by case id or BSN (the BSN only in the body)",
    security(("session" = [])),
    params(("X-CSRF-Token" = String, Header, description = "The session's CSRF token (from GET /api/v1/session)")),
    request_body = Search,
    responses(
        (status = 200, description = "The cases found (none or more)", body = Vec<CaseSummary>),
        (status = 400, description = "Neither or both of case_id and bsn (`search`), a case number with other characters than letters, digits and hyphens (`case_id_malformed`), a BSN without nine digits after leaving out spaces and dots (`bsn`), or one failing the elfproef (`bsn_elfproef`)", body = helder_api::Error),
        (status = 401, description = "Not signed in", body = helder_api::Error),
        (status = 403, description = "Not staff (`staff_only`), or a missing CSRF token", body = helder_api::Error),
    ))]
pub(crate) async fn search(
    State(state): State<AppState>,
    session: Session,
    ClientAddress(address): ClientAddress,
    headers: HeaderMap,
    JsonBody(body): JsonBody<Search>,
) -> Result<Json<Vec<CaseSummary>>, ApiError> {
    if session.account.role != "staff" {
        return Err(ApiError::Forbidden("staff_only"));
    }
    // A search shows names: the same reason as opening a case, and a limit per staff account.
    let reason = crate::input::staff_reason(&headers)?;
    let db = db(&state)?;
    crate::ratelimit::staff_may_search(&state, db, &session.account.id).await?;
    let (ids, searched_by) = match (&body.case_id, &body.bsn) {
        (Some(typed), None) => {
            let mut found = Vec::new();
            for case_id in crate::search_terms::case_numbers(typed)? {
                if db.case_owner(&case_id).await?.is_some() {
                    found.push(case_id);
                    break;
                }
            }
            (found, "case_id")
        }
        (None, Some(typed)) => {
            let bsn = crate::search_terms::bsn(typed)?;
            let client = db.account_by_bsn(&bsn).await?;
            (
                match client {
                    Some(client) => db.cases_of_client(&client.id).await?,
                    None => Vec::new(),
                },
                "bsn",
            )
        }
        _ => return Err(ApiError::BadRequest("search", "give either case_id or bsn".into())),
    };
    // Each found client's access log shows who searched and why.
    for case_id in &ids {
        db.record_search_hit(case_id, &session.account.id, &reason).await?;
    }
    // The audit names how was searched, never the BSN itself.
    db.audit(
        &session.account.id,
        "staff",
        "case_search",
        searched_by,
        &format!("{} found", ids.len()),
        &address.to_string(),
    )
    .await?;
    Ok(Json(case_summaries(db, ids).await?))
}
