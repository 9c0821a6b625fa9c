//! What changed in a case (issue 17): every stored version, newest first, with its date and the
//! difference to the version before it — core's `change` between the two stored versions' facts
//! and results (the results from the result cache: the database keeps facts only) — worded by
//! helder-explain in the viewer's language. Who may read it is who may open the case, and an
//! opening by anyone but the client shows in the client's access log as a case view does.

use axum::Json;
use axum::extract::State;
use axum::http::HeaderMap;
use helder_api::CaseChange;
use helder_core::change::{Version, difference};
use helder_core::contract::{Case, ResultDocument, parse_case};

use crate::api::{ClientAddress, Language, db, may_view, record_view};
use crate::auth::Session;
use crate::error::{ApiError, PathParams, QueryParams};
use crate::http::AppState;

#[utoipa::path(get, path = "/api/v1/cases/{case_id}/changes", tag = "cases",
    summary = "Every stored version, newest first, with what changed from the version before",
    description = "Per version its date, Helder's cent-exact difference to the version before (figures, causes, \
                   changed trace lines) and one sentence per changed headline figure in the asked language. \
                   The first version has no difference. Who may open the case may read this (staff with a reason).",
    security(("session" = [])),
    params(crate::api::CaseId, crate::api::Lang, crate::api::AccessReason),
    responses(
        (status = 200, description = "The versions, newest first", body = Vec<CaseChange>),
        (status = 400, description = "Staff without a reason, or an unknown language", body = helder_api::Error),
        (status = 401, description = "Not signed in", body = helder_api::Error),
        (status = 404, description = "No such case, or not this account's to see", body = helder_api::Error),
        (status = 422, description = "A stored version does not compute", body = helder_api::CaseError),
    ))]
pub(crate) async fn case_changes(
    State(state): State<AppState>,
    session: Session,
    PathParams(case_id): PathParams<String>,
    QueryParams(language): QueryParams<Language>,
    headers: HeaderMap,
    ClientAddress(address): ClientAddress,
) -> Result<Json<Vec<CaseChange>>, ApiError> {
    let db = db(&state)?;
    let viewer = may_view(db, &session, &case_id, &headers).await?;
    let language = language.lang.unwrap_or_else(|| "nl".into());
    let versions = db.history(&case_id).await?;
    // A supporter reads about the client by first name, as in the case view.
    let client = db.account(&viewer.owner_id).await?.map(|a| a.display_name).unwrap_or_default();
    let reader = helder_explain::Reader::of(&viewer.role, &client);
    let mut changes = Vec::with_capacity(versions.len());
    let mut previous: Option<(Case, ResultDocument)> = None;
    for version in versions {
        let cached = state.results.get_or_compute(&case_id, version.version, &language, &version.document)?;
        let result: ResultDocument = cached.result.parse().map_err(|e| ApiError::Internal(e.to_string()))?;
        let case = parse_case(&version.document).map_err(ApiError::Case)?;
        let (difference, sentences) = match &previous {
            Some((old_case, old_result)) => {
                let difference = difference(
                    Version { case: old_case, result: old_result },
                    Version { case: &case, result: &result },
                );
                let sentences = helder_explain::change_sentences_for(&difference, &language, &reader)
                    .map_err(|e| ApiError::BadRequest("language", e.to_string()))?;
                (Some(difference), sentences)
            }
            None => (None, Vec::new()),
        };
        changes.push(CaseChange { version: version.version, created_at: version.created_at, sentences, difference });
        previous = Some((case, result));
    }
    record_view(db, &session, &viewer, &case_id, address).await?;
    changes.reverse();
    Ok(Json(changes))
}
