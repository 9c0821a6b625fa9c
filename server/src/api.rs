//! `/api/v1`: session, cases (facts, authoritative result, explanation), staff search, consent,
//! access log, what-if. The router is built from `endpoints()`, the same table the
//! authorization-matrix test reads, so no endpoint can go untested.

use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{MethodRouter, delete, get, post};
use axum::{Json, Router};
use serde::Deserialize;
use serde_json::{Value, json};
use sha2::{Digest, Sha256};
use std::net::IpAddr;

use crate::auth::{Session, clear_cookie, start_session};
use crate::db::Db;
use crate::error::ApiError;
use crate::http::AppState;

/// One route of the API: method, path (axum syntax) and handler.
pub struct Endpoint {
    pub method: &'static str,
    pub path: &'static str,
    pub route: MethodRouter<AppState>,
}

/// Every API endpoint. The router and the authorization matrix both read this table.
pub fn endpoints() -> Vec<Endpoint> {
    let e = |method, path, route| Endpoint { method, path, route };
    vec![
        e("GET", "/api/v1/health", get(health)),
        e("GET", "/api/v1/ready", get(ready)),
        e("GET", "/api/v1/openapi.json", get(openapi)),
        e("GET", "/api/v1/demo/clients", get(demo_clients)),
        e("POST", "/api/v1/session/demo", post(demo_sign_in)),
        e("POST", "/api/v1/session", post(sign_in)),
        e("GET", "/api/v1/session", get(session)),
        e("DELETE", "/api/v1/session", delete(sign_out)),
        e("DELETE", "/api/v1/sessions", delete(sign_out_everywhere)),
        e("GET", "/api/v1/cases", get(my_cases)),
        e("GET", "/api/v1/cases/{case_id}", get(case_view)),
        e("GET", "/api/v1/cases/{case_id}/history", get(case_history)),
        e("POST", "/api/v1/cases/search", post(search)),
        e("GET", "/api/v1/cases/{case_id}/consents", get(consents)),
        e("POST", "/api/v1/cases/{case_id}/consents", post(grant_consent)),
        e("DELETE", "/api/v1/cases/{case_id}/consents/{consent_id}", delete(revoke_consent)),
        e("GET", "/api/v1/cases/{case_id}/access-log", get(access_log)),
        e("GET", "/api/v1/supporters", get(supporters)),
        e("POST", "/api/v1/what-if", post(what_if)),
    ]
}

pub fn router() -> Router<AppState> {
    let mut router = Router::new();
    for endpoint in endpoints() {
        router = router.route(endpoint.path, endpoint.route);
    }
    router
}

fn db(state: &AppState) -> Result<&Db, ApiError> {
    state.db.as_ref().ok_or(ApiError::NotFound)
}

pub use crate::client_address::ClientAddress;

async fn health() -> Json<Value> {
    Json(json!({ "status": "ok", "version": helder_core::VERSION, "rules_version": helder_core::rules_version() }))
}

async fn ready(State(state): State<AppState>) -> Response {
    match &state.db {
        Some(db) if db.ping().await.is_ok() => Json(json!({ "status": "ready" })).into_response(),
        Some(_) => (StatusCode::SERVICE_UNAVAILABLE, Json(json!({ "status": "database unavailable" }))).into_response(),
        None => Json(json!({ "status": "ready", "database": "none" })).into_response(),
    }
}

async fn openapi() -> Response {
    ([(header::CONTENT_TYPE, "application/json")], include_str!("openapi.json")).into_response()
}

fn account_json(session_account: &crate::db::Account) -> Value {
    json!({ "id": session_account.id, "name": session_account.display_name, "role": session_account.role })
}

async fn demo_clients(State(state): State<AppState>) -> Result<Json<Value>, ApiError> {
    if !state.demo {
        return Err(ApiError::NotFound);
    }
    let clients = db(&state)?.accounts_with_role("client").await?;
    Ok(Json(json!(clients.iter().map(|c| json!({ "id": c.id, "name": c.display_name })).collect::<Vec<_>>())))
}

#[derive(Deserialize)]
struct DemoSignIn {
    client_id: String,
}

async fn demo_sign_in(
    State(state): State<AppState>,
    ClientAddress(address): ClientAddress,
    Json(body): Json<DemoSignIn>,
) -> Result<Response, ApiError> {
    if !state.demo {
        return Err(ApiError::NotFound);
    }
    let db = db(&state)?;
    crate::auth::address_may_sign_in(&state, db, address).await?;
    let account = match state.identity.client_for(&body.client_id) {
        Some(id) => db.account(&id).await?.filter(|a| a.role == "client"),
        None => None,
    };
    let Some(account) = account else {
        db.audit("anonymous", "anonymous", "sign_in_demo", "client", "failed", &address.to_string()).await?;
        return Err(ApiError::BadRequest("unknown_client", "no such demo client".into()));
    };
    signed_in(db, state.plain_http, &account, "sign_in_demo", address).await
}

#[derive(Deserialize)]
struct SignIn {
    username: String,
    password: String,
}

async fn sign_in(
    State(state): State<AppState>,
    ClientAddress(address): ClientAddress,
    headers: HeaderMap,
    Json(body): Json<SignIn>,
) -> Result<Response, ApiError> {
    let db = db(&state)?;
    match crate::auth::password_sign_in(&state, db, address, &headers, &body.username, &body.password).await? {
        Some(signed) => {
            let mut response = signed_in(db, state.plain_http, &signed.account, "sign_in", address).await?;
            if let Some(device) = signed.device_cookie {
                response.headers_mut().append(header::SET_COOKIE, device);
            }
            Ok(response)
        }
        None => {
            db.audit("anonymous", "anonymous", "sign_in", "account", "failed", &address.to_string()).await?;
            Err(ApiError::BadRequest("invalid_credentials", "the username or password is not right".into()))
        }
    }
}

async fn signed_in(
    db: &Db,
    plain_http: bool,
    account: &crate::db::Account,
    action: &str,
    address: IpAddr,
) -> Result<Response, ApiError> {
    let (cookie, csrf) = start_session(db, &account.id, plain_http).await?;
    db.audit(&account.id, &account.role, action, &account.id, "ok", &address.to_string()).await?;
    let body = json!({ "account": account_json(account), "csrf_token": csrf });
    Ok(([(header::SET_COOKIE, cookie)], Json(body)).into_response())
}

async fn session(session: Session) -> Json<Value> {
    Json(json!({ "account": account_json(&session.account), "csrf_token": session.csrf_token }))
}

async fn sign_out(
    State(state): State<AppState>,
    session: Session,
    ClientAddress(a): ClientAddress,
) -> Result<Response, ApiError> {
    let db = db(&state)?;
    db.delete_session(&session.token_hash).await?;
    db.audit(&session.account.id, &session.account.role, "sign_out", &session.account.id, "ok", &a.to_string()).await?;
    Ok(([(header::SET_COOKIE, clear_cookie(state.plain_http))], StatusCode::NO_CONTENT).into_response())
}

async fn sign_out_everywhere(
    State(state): State<AppState>,
    session: Session,
    ClientAddress(a): ClientAddress,
) -> Result<Response, ApiError> {
    let db = db(&state)?;
    let ended = db.delete_sessions_of(&session.account.id).await?;
    let account = &session.account;
    db.audit(
        &account.id,
        &account.role,
        "sign_out_everywhere",
        &account.id,
        &format!("{ended} sessions"),
        &a.to_string(),
    )
    .await?;
    Ok(([(header::SET_COOKIE, clear_cookie(state.plain_http))], StatusCode::NO_CONTENT).into_response())
}

async fn my_cases(State(state): State<AppState>, session: Session) -> Result<Json<Value>, ApiError> {
    let db = db(&state)?;
    let ids = match session.account.role.as_str() {
        "client" => db.cases_of_client(&session.account.id).await?,
        "supporter" => db.cases_with_consent(&session.account.id).await?,
        _ => return Err(ApiError::Forbidden("use_search")),
    };
    Ok(Json(case_summaries(db, ids).await?))
}

/// `[{case_id, client}]`: what lists and searches show of a case.
async fn case_summaries(db: &Db, ids: Vec<String>) -> Result<Value, ApiError> {
    let mut cases = Vec::new();
    for id in ids {
        let owner = db.case_owner(&id).await?.unwrap_or_default();
        let client = db.account(&owner).await?.map(|a| a.display_name).unwrap_or_default();
        cases.push(json!({ "case_id": id, "client": client }));
    }
    Ok(json!(cases))
}

/// Why the caller may see a case.
struct Viewer {
    role: String,
    reason: Option<String>,
    owner_id: String,
}

/// The access rule: a client sees only their own case; a supporter only with valid consent;
/// staff any case after stating a reason. Unknown and forbidden cases look the same (404).
async fn may_view(db: &Db, session: &Session, case_id: &str, headers: &HeaderMap) -> Result<Viewer, ApiError> {
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
async fn record_view(
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
struct Language {
    lang: Option<String>,
}

/// Results and explanations of stored case versions, keyed by (case, version, language). A
/// stored version never changes and the rules version is fixed for the process, so an entry is
/// never stale.
#[derive(Default)]
pub struct ResultCache {
    entries: std::sync::Mutex<std::collections::HashMap<(String, i64, String), std::sync::Arc<String>>>,
}

const RESULT_CACHE_ENTRIES: usize = 20_000;

impl ResultCache {
    /// The serialized `"rules_version", "result_hash", "result", "explanation"` members.
    fn get_or_compute(
        &self,
        case_id: &str,
        version: i64,
        language: &str,
        document: &str,
    ) -> Result<std::sync::Arc<String>, ApiError> {
        let key = (case_id.to_owned(), version, language.to_owned());
        if let Some(hit) = self.entries.lock().ok().and_then(|e| e.get(&key).cloned()) {
            return Ok(hit);
        }
        let members = serde_json::to_string(&result_and_explanation(document, language)?)
            .map_err(|e| ApiError::Internal(e.to_string()))?;
        // Strip the object's own braces: the members are spliced into each response.
        let members = members.strip_prefix('{').and_then(|m| m.strip_suffix('}')).unwrap_or(&members).to_owned();
        let computed = std::sync::Arc::new(members);
        if let Ok(mut entries) = self.entries.lock() {
            if entries.len() >= RESULT_CACHE_ENTRIES {
                entries.clear();
            }
            entries.insert(key, computed.clone());
        }
        Ok(computed)
    }
}

/// One computed case: the domain case, the result document as JSON (what the hash is of), and
/// the explanation.
struct Computed {
    case: helder_core::Case,
    result_json: String,
    explanation: helder_explain::Explanation,
}

/// Parses, computes and explains a case document, each once.
fn compute_and_explain(document: &str, language: &str) -> Result<Computed, ApiError> {
    let case = helder_core::contract::parse_case(document).map_err(ApiError::Case)?;
    let computed = helder_core::compute_case(&case).map_err(ApiError::Case)?;
    let result_json = serde_json::to_string(&computed).map_err(|e| ApiError::Internal(e.to_string()))?;
    let explanation = helder_explain::explain(&computed.into_lines(), language)
        .map_err(|e| ApiError::BadRequest("language", e.to_string()))?;
    Ok(Computed { case, result_json, explanation })
}

/// The authoritative result of a case document: result, its hash and the explanation; for an
/// undecided case also the what-if estimates.
pub fn result_and_explanation(document: &str, language: &str) -> Result<Value, ApiError> {
    let Computed { case, result_json, explanation } = compute_and_explain(document, language)?;
    let what_if = if case.decision.is_none() { estimates(document, language)? } else { Vec::new() };
    Ok(json!({
        "rules_version": explanation.rules_version,
        "result_hash": sha256_hex(&result_json),
        "result": serde_json::from_str::<Value>(&result_json).map_err(|e| ApiError::Internal(e.to_string()))?,
        "explanation": explanation,
        "what_if": what_if,
    }))
}

fn sha256_hex(text: &str) -> String {
    Sha256::digest(text.as_bytes()).iter().map(|b| format!("{b:02x}")).collect()
}

/// For an undecided case: per assumed decision the hash of its result (the portal computes the
/// same assumed case and compares) and the lead sentences of status, benefit and advance. An
/// assumption the engine cannot compute (e.g. past the parameter table) is left out.
fn estimates(document: &str, language: &str) -> Result<Vec<Value>, ApiError> {
    let mut estimates = Vec::new();
    for assumed in helder_core::whatif::Assumed::ALL {
        let Ok(case) = helder_core::whatif::with_decision(document, assumed) else { continue };
        let computed = match compute_and_explain(&case, language) {
            Ok(computed) => computed,
            Err(ApiError::Case(_)) => continue,
            Err(other) => return Err(other),
        };
        let leads: Vec<_> = computed
            .explanation
            .sections
            .iter()
            .filter(|s| ["status", "benefit", "advance"].contains(&s.id.as_str()))
            .map(|s| s.lead.clone())
            .collect();
        estimates.push(json!({
            "outcome": assumed.code(),
            "result_hash": sha256_hex(&computed.result_json),
            "estimate": leads,
        }));
    }
    Ok(estimates)
}

async fn case_view(
    State(state): State<AppState>,
    session: Session,
    Path(case_id): Path<String>,
    Query(language): Query<Language>,
    headers: HeaderMap,
    ClientAddress(address): ClientAddress,
) -> Result<Response, ApiError> {
    let db = db(&state)?;
    let viewer = may_view(db, &session, &case_id, &headers).await?;
    let version = db.latest_version(&case_id).await?.ok_or(ApiError::NotFound)?;
    let language = language.lang.unwrap_or_else(|| "nl".into());
    let cached = state.results.get_or_compute(&case_id, version.version, &language, &version.document)?;
    record_view(db, &session, &viewer, &case_id, address).await?;
    let client = db.account(&viewer.owner_id).await?.map(|a| a.display_name).unwrap_or_default();
    // The stored document is the facts; the cached members are the result and explanation.
    let head = json!({
        "case_id": case_id,
        "version": version.version,
        "client": client,
        "viewer": { "role": viewer.role, "name": session.account.display_name, "reason": viewer.reason },
    })
    .to_string();
    let head = head.strip_suffix('}').unwrap_or(&head);
    let body = format!("{head},\"facts\":{},{cached}}}", version.document.trim());
    Ok(([(header::CONTENT_TYPE, "application/json")], body).into_response())
}

async fn case_history(
    State(state): State<AppState>,
    session: Session,
    Path(case_id): Path<String>,
    headers: HeaderMap,
    ClientAddress(address): ClientAddress,
) -> Result<Json<Value>, ApiError> {
    let db = db(&state)?;
    let viewer = may_view(db, &session, &case_id, &headers).await?;
    let versions = db.history(&case_id).await?;
    record_view(db, &session, &viewer, &case_id, address).await?;
    Ok(Json(json!(
        versions
            .iter()
            .map(|v| json!({
                "version": v.version,
                "created_at": v.created_at,
                "created_by": v.created_by,
                "facts": serde_json::from_str::<Value>(&v.document).unwrap_or(Value::Null),
            }))
            .collect::<Vec<_>>()
    )))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Search {
    case_id: Option<String>,
    bsn: Option<String>,
}

async fn search(
    State(state): State<AppState>,
    session: Session,
    ClientAddress(address): ClientAddress,
    headers: HeaderMap,
    Json(body): Json<Search>,
) -> Result<Json<Value>, ApiError> {
    if session.account.role != "staff" {
        return Err(ApiError::Forbidden("staff_only"));
    }
    // A search shows names: the same reason as opening a case, and a limit per staff account.
    let reason = crate::input::staff_reason(&headers)?;
    let db = db(&state)?;
    crate::ratelimit::staff_may_search(&state, db, &session.account.id).await?;
    let (ids, searched_by) = match (&body.case_id, &body.bsn) {
        (Some(case_id), None) => {
            (db.case_owner(case_id).await?.map(|_| vec![case_id.clone()]).unwrap_or_default(), "case_id")
        }
        (None, Some(bsn)) => {
            if bsn.len() != 9 || !bsn.bytes().all(|b| b.is_ascii_digit()) {
                return Err(ApiError::BadRequest("bsn", "a BSN has nine digits".into()));
            }
            let client = db.account_by_bsn(bsn).await?;
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

/// Only the client who owns the case manages its consent and reads its access log.
async fn own_case(db: &Db, session: &Session, case_id: &str) -> Result<(), ApiError> {
    if session.account.role != "client" {
        return Err(ApiError::Forbidden("client_only"));
    }
    match db.case_owner(case_id).await? {
        Some(owner) if owner == session.account.id => Ok(()),
        _ => Err(ApiError::NotFound),
    }
}

async fn consents(
    State(state): State<AppState>,
    session: Session,
    Path(case_id): Path<String>,
) -> Result<Json<Value>, ApiError> {
    let db = db(&state)?;
    own_case(db, &session, &case_id).await?;
    Ok(Json(json!(db.consents(&case_id).await?)))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Grant {
    supporter: String,
    valid_until: String,
}

/// At most 90 days of consent.
const CONSENT_MAX_DAYS: i64 = 90;

async fn grant_consent(
    State(state): State<AppState>,
    session: Session,
    Path(case_id): Path<String>,
    ClientAddress(address): ClientAddress,
    Json(body): Json<Grant>,
) -> Result<Response, ApiError> {
    let db = db(&state)?;
    own_case(db, &session, &case_id).await?;
    let until = helder_core::calendar::parse_date(&body.valid_until)
        .ok_or_else(|| ApiError::BadRequest("valid_until", "a date as YYYY-MM-DD".into()))?;
    let today = chrono::Utc::now().date_naive();
    if until <= today || (until - today).num_days() > CONSENT_MAX_DAYS {
        return Err(ApiError::BadRequest(
            "valid_until",
            format!("a date after today and at most {CONSENT_MAX_DAYS} days ahead"),
        ));
    }
    let supporter = db
        .account_by_username(&body.supporter)
        .await?
        .map(|(account, _)| account)
        .filter(|a| a.role == "supporter")
        .ok_or_else(|| ApiError::BadRequest("supporter", "no such supporter".into()))?;
    // Consent ends at the end of the chosen day.
    let valid_until = format!("{}T23:59:59.999Z", helder_core::calendar::format_date(until));
    let id = db.grant_consent(&case_id, &supporter.id, &valid_until).await?;
    db.audit(
        &session.account.id,
        "client",
        "consent_grant",
        &case_id,
        &format!("to {}", supporter.id),
        &address.to_string(),
    )
    .await?;
    Ok((
        StatusCode::CREATED,
        Json(json!({ "id": id, "valid_until": valid_until, "supporter": supporter.display_name })),
    )
        .into_response())
}

async fn revoke_consent(
    State(state): State<AppState>,
    session: Session,
    Path((case_id, consent_id)): Path<(String, String)>,
    ClientAddress(address): ClientAddress,
) -> Result<StatusCode, ApiError> {
    let db = db(&state)?;
    own_case(db, &session, &case_id).await?;
    if !db.revoke_consent(&case_id, &consent_id).await? {
        return Err(ApiError::NotFound);
    }
    db.audit(&session.account.id, "client", "consent_revoke", &case_id, "ok", &address.to_string()).await?;
    Ok(StatusCode::NO_CONTENT)
}

async fn access_log(
    State(state): State<AppState>,
    session: Session,
    Path(case_id): Path<String>,
) -> Result<Json<Value>, ApiError> {
    let db = db(&state)?;
    own_case(db, &session, &case_id).await?;
    Ok(Json(json!(db.access_log(&case_id).await?)))
}

async fn supporters(State(state): State<AppState>, session: Session) -> Result<Json<Value>, ApiError> {
    if session.account.role != "client" {
        return Err(ApiError::Forbidden("client_only"));
    }
    let list = db(&state)?.accounts_with_role("supporter").await?;
    Ok(Json(json!(list.iter().map(|s| json!({ "username": s.username, "name": s.display_name })).collect::<Vec<_>>())))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct WhatIf {
    case: Value,
    lang: Option<String>,
}

/// Computes an unsaved case (previews, what-if panels); stores nothing.
async fn what_if(
    State(state): State<AppState>,
    _session: Session,
    ClientAddress(address): ClientAddress,
    Json(body): Json<WhatIf>,
) -> Result<Json<Value>, ApiError> {
    if !state.what_if_limit.allow(address) {
        return Err(ApiError::TooManyRequests);
    }
    let document = body.case.to_string();
    let language = body.lang.unwrap_or_else(|| "nl".into());
    Ok(Json(result_and_explanation(&document, &language)?))
}
