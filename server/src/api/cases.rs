//! Cases: a client's or supporter's list, the case view with its authoritative result and
//! explanation, its history, and the what-if computation of an unsaved case.

use axum::Json;
use axum::extract::State;
use axum::http::HeaderMap;
use helder_api::{CaseDocument, CaseResult, CaseSummary, CaseVersion, CaseView, Estimate, Prerendered, WhatIf};
use helder_explain::Reader;
use serde::Deserialize;
use sha2::{Digest, Sha256};
use std::net::IpAddr;
use std::sync::Arc;

use crate::auth::Session;
use crate::db::Db;
use crate::error::{ApiError, JsonBody, PathParams, QueryParams};
use crate::http::AppState;

use super::*;

#[utoipa::path(get, path = "/api/v1/cases", tag = "cases",
    summary = "My cases (client) or consented cases (supporter)",
    security(("session" = [])),
    responses(
        (status = 200, description = "The cases", body = Vec<CaseSummary>),
        (status = 401, description = "Not signed in", body = helder_api::Error),
        (status = 403, description = "Staff search instead (`use_search`)", body = helder_api::Error),
    ))]
pub(crate) async fn my_cases(
    State(state): State<AppState>,
    session: Session,
) -> Result<Json<Vec<CaseSummary>>, ApiError> {
    let db = db(&state)?;
    let ids = match session.account.role.as_str() {
        "client" => db.cases_of_client(&session.account.id).await?,
        "supporter" => db.cases_with_consent(&session.account.id).await?,
        _ => return Err(ApiError::Forbidden("use_search")),
    };
    Ok(Json(case_summaries(db, ids).await?))
}

/// What lists and searches show of a case.
pub(crate) async fn case_summaries(db: &Db, ids: Vec<String>) -> Result<Vec<CaseSummary>, ApiError> {
    let mut cases = Vec::new();
    for case_id in ids {
        let owner = db.case_owner(&case_id).await?.unwrap_or_default();
        let client = db.account(&owner).await?.map(|a| a.display_name).unwrap_or_default();
        cases.push(CaseSummary { case_id, client });
    }
    Ok(cases)
}

/// Why the caller may see a case.
pub(crate) struct Viewer {
    pub(crate) role: String,
    pub(crate) reason: Option<String>,
    pub(crate) owner_id: String,
}

/// The access rule: a client sees only their own case; a supporter only with valid consent;
/// staff any case after stating a reason. Unknown and forbidden cases look the same (404).
pub(crate) async fn may_view(
    db: &Db,
    session: &Session,
    case_id: &str,
    headers: &HeaderMap,
) -> Result<Viewer, ApiError> {
    let owner = db.case_owner(case_id).await?;
    let account = &session.account;
    match (account.role.as_str(), owner) {
        ("staff", owner) => {
            let reason = crate::input::staff_reason(headers)?;
            let owner_id = owner.ok_or(ApiError::NotFound)?;
            Ok(Viewer { role: "staff".into(), reason: Some(reason), owner_id })
        }
        ("client", Some(owner)) if owner == account.id => {
            Ok(Viewer { role: "client".into(), reason: None, owner_id: owner })
        }
        ("supporter", Some(owner)) if db.has_consent(case_id, &account.id).await? => {
            Ok(Viewer { role: "supporter".into(), reason: Some("consent".into()), owner_id: owner })
        }
        _ => Err(ApiError::NotFound),
    }
}

/// The reason header is percent-encoded UTF-8 (headers carry ASCII); plain ASCII passes as is.
pub fn percent_decode(text: &str) -> String {
    String::from_utf8_lossy(&crate::input::percent_decode_bytes(text.as_bytes())).into_owned()
}

/// Records the opening: the client's access log for anyone else, the audit trail always.
pub(crate) async fn record_view(
    db: &Db,
    session: &Session,
    viewer: &Viewer,
    case_id: &str,
    address: IpAddr,
) -> Result<(), ApiError> {
    if viewer.role != "client" {
        db.record_access(case_id, &session.account.id, &viewer.role, viewer.reason.as_deref()).await?;
    }
    db.audit(&session.account.id, &viewer.role, "case_view", case_id, "ok", &address.to_string()).await?;
    Ok(())
}

#[derive(Deserialize)]
pub(crate) struct Language {
    pub(crate) lang: Option<String>,
}

/// One computed case: the domain case, the result document as serialized (what the hash is of),
/// and the explanation.
pub(crate) struct Computed {
    case: helder_core::Case,
    result: Prerendered<helder_api::ResultDocument>,
    result_hash: String,
    explanation: helder_explain::Explanation,
}

/// Parses, computes and explains a case document, each once.
pub(crate) fn compute_and_explain(document: &str, language: &str, reader: &Reader) -> Result<Computed, ApiError> {
    let case = helder_core::contract::parse_case(document).map_err(ApiError::Case)?;
    let computed = helder_core::compute_case(&case).map_err(ApiError::Case)?;
    let result_json = serde_json::value::to_raw_value(&computed).map_err(|e| ApiError::Internal(e.to_string()))?;
    let result_hash = sha256_hex(result_json.get());
    let explanation = helder_explain::explain_for(&computed.into_lines(), language, reader)
        .map_err(|e| ApiError::BadRequest("language", e.to_string()))?;
    Ok(Computed { case, result: Prerendered::Json(Arc::from(result_json)), result_hash, explanation })
}

/// The authoritative result of a case document: result, its hash and the explanation; for an
/// undecided case also the what-if estimates.
pub fn result_and_explanation(document: &str, language: &str) -> Result<CaseResult, ApiError> {
    result_and_explanation_for(document, language, &Reader::Client)
}

/// The same, explained to `reader`: a supporter reads about the client (helder-explain `Reader`).
pub fn result_and_explanation_for(document: &str, language: &str, reader: &Reader) -> Result<CaseResult, ApiError> {
    let Computed { case, result, result_hash, explanation } = compute_and_explain(document, language, reader)?;
    let what_if = if case.decision.is_none() { estimates(document, language, reader)? } else { Vec::new() };
    Ok(CaseResult {
        rules_version: explanation.rules_version.clone(),
        result_hash,
        result,
        explanation: Prerendered::render(&explanation).map_err(|e| ApiError::Internal(e.to_string()))?,
        what_if,
    })
}

pub(crate) fn sha256_hex(text: impl AsRef<[u8]>) -> String {
    Sha256::digest(text.as_ref()).iter().map(|b| format!("{b:02x}")).collect()
}

/// For an undecided case: per assumed decision the hash of its result (the portal computes the
/// same assumed case and compares) and the money line of its first screen (`summary.money`). An
/// assumption the engine cannot compute (e.g. past the parameter table) is left out.
pub(crate) fn estimates(document: &str, language: &str, reader: &Reader) -> Result<Vec<Estimate>, ApiError> {
    let mut estimates = Vec::new();
    for assumed in helder_core::whatif::Assumed::ALL {
        let Ok(case) = helder_core::whatif::with_decision(document, assumed) else { continue };
        let computed = match compute_and_explain(&case, language, reader) {
            Ok(computed) => computed,
            Err(ApiError::Case(_)) => continue,
            Err(other) => return Err(other),
        };
        // The euros of the assumed decision: the money line of its first screen.
        let estimate = computed.explanation.summary.money;
        estimates.push(Estimate { outcome: assumed.code().into(), result_hash: computed.result_hash, estimate });
    }
    Ok(estimates)
}

#[utoipa::path(get, path = "/api/v1/cases/{case_id}", tag = "cases",
    summary = "Facts, authoritative result, result hash and explanation",
    description = "For an undecided case, `what_if` lists per assumed decision (iva, wga, refused) the result hash \
                   and the estimate's money sentences. Staff must state a reason; a client sees their own case, a \
                   supporter only with consent. Unknown and forbidden cases both answer 404.",
    security(("session" = [])),
    params(CaseId, Lang, AccessReason),
    responses(
        (status = 200, description = "The case", body = CaseView),
        (status = 400, description = "Staff without a reason (`reason_required`, `reason_too_long`)", body = helder_api::Error),
        (status = 401, description = "Not signed in", body = helder_api::Error),
        (status = 404, description = "No such case, or not this account's to see", body = helder_api::Error),
        (status = 422, description = "The stored facts do not compute", body = helder_api::CaseError),
    ))]
pub(crate) async fn case_view(
    State(state): State<AppState>,
    session: Session,
    PathParams(case_id): PathParams<String>,
    QueryParams(language): QueryParams<Language>,
    headers: HeaderMap,
    ClientAddress(address): ClientAddress,
) -> Result<Json<CaseView>, ApiError> {
    let db = db(&state)?;
    let viewer = may_view(db, &session, &case_id, &headers).await?;
    let version = db.latest_version(&case_id).await?.ok_or(ApiError::NotFound)?;
    let language = language.lang.unwrap_or_else(|| "nl".into());
    let client = db.account(&viewer.owner_id).await?.map(|a| a.display_name).unwrap_or_default();
    // A supporter reads about the client by first name; the client and staff read "u".
    let reader = Reader::of(&viewer.role, &client);
    let cached = state.results.get_or_compute_for(&case_id, version.version, &language, &reader, &version.document)?;
    record_view(db, &session, &viewer, &case_id, address).await?;
    // The stored document is the facts; the cached result and explanation go out as serialized.
    let CaseResult { rules_version, result_hash, result, explanation, what_if } = cached.as_ref().clone();
    Ok(Json(CaseView {
        case_id,
        version: version.version,
        client,
        viewer: helder_api::Viewer { role: viewer.role, name: session.account.display_name, reason: viewer.reason },
        facts: stored_facts(version.document)?,
        rules_version,
        result_hash,
        result,
        explanation,
        what_if,
    }))
}

/// A stored case document as the API's facts.
pub(crate) fn stored_facts(document: String) -> Result<CaseDocument, ApiError> {
    CaseDocument::from_json(document).ok_or_else(|| ApiError::Internal("a stored case document is not JSON".into()))
}

#[utoipa::path(get, path = "/api/v1/cases/{case_id}/history", tag = "cases",
    summary = "Every stored version of the case facts",
    security(("session" = [])),
    params(CaseId, AccessReason),
    responses(
        (status = 200, description = "The versions, oldest first", body = Vec<CaseVersion>),
        (status = 400, description = "Staff without a reason", body = helder_api::Error),
        (status = 401, description = "Not signed in", body = helder_api::Error),
        (status = 404, description = "No such case, or not this account's to see", body = helder_api::Error),
    ))]
pub(crate) async fn case_history(
    State(state): State<AppState>,
    session: Session,
    PathParams(case_id): PathParams<String>,
    headers: HeaderMap,
    ClientAddress(address): ClientAddress,
) -> Result<Json<Vec<CaseVersion>>, ApiError> {
    let db = db(&state)?;
    let viewer = may_view(db, &session, &case_id, &headers).await?;
    let versions = db.history(&case_id).await?;
    record_view(db, &session, &viewer, &case_id, address).await?;
    let versions = versions
        .into_iter()
        .map(|v| {
            Ok(CaseVersion {
                version: v.version,
                created_at: v.created_at,
                created_by: v.created_by,
                facts: stored_facts(v.document)?,
            })
        })
        .collect::<Result<_, ApiError>>()?;
    Ok(Json(versions))
}

/// Computes an unsaved case (previews, what-if panels); stores nothing.
#[utoipa::path(post, path = "/api/v1/what-if", tag = "cases",
    summary = "Compute and explain an unsaved case (rate-limited)",
    security(("session" = [])),
    params(("X-CSRF-Token" = String, Header, description = "The session's CSRF token (from GET /api/v1/session)")),
    request_body = WhatIf,
    responses(
        (status = 200, description = "The result, its hash and the explanation", body = CaseResult),
        (status = 400, description = "An unknown language, or a malformed body", body = helder_api::Error),
        (status = 401, description = "Not signed in", body = helder_api::Error),
        (status = 403, description = "Missing or wrong X-CSRF-Token", body = helder_api::Error),
        (status = 422, description = "The case does not compute", body = helder_api::CaseError),
        (status = 429, description = "Too many what-if requests from this address", body = helder_api::Error),
    ))]
pub(crate) async fn what_if(
    State(state): State<AppState>,
    _session: Session,
    ClientAddress(address): ClientAddress,
    JsonBody(body): JsonBody<WhatIf>,
) -> Result<Json<CaseResult>, ApiError> {
    crate::ratelimit::what_if_may_compute(&state, db(&state)?, address).await?;
    let language = body.lang.unwrap_or_else(|| "nl".into());
    Ok(Json(result_and_explanation(body.case.json(), &language)?))
}
