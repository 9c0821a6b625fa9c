//! `/api/v1`: session, cases (facts, authoritative result, explanation), staff search, consent,
//! access log, what-if. The router is built from `endpoints()`, the same table the
//! authorization-matrix test reads, so no endpoint can go untested. Every body is a type of
//! `helder-api`; each handler carries its OpenAPI operation (`#[utoipa::path]`), and `ApiDoc`
//! gathers them into the document served at `/api/v1/openapi.json` (the `openapi` tests check
//! that every route of `endpoints()` has its operation and that the document is valid OpenAPI 3.1).

use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{MethodRouter, delete, get, post};
use axum::{Json, Router};
use helder_api::{
    Access, Account, CaseDocument, CaseResult, CaseSummary, CaseVersion, CaseView, Consent, DemoClient, DemoSignIn,
    Estimate, Grant, Granted, Health, Prerendered, Ready, Search, SignIn, SignedIn, Supporter, WhatIf,
};
use serde::Deserialize;
use sha2::{Digest, Sha256};
use std::net::IpAddr;
use std::sync::{Arc, OnceLock};
use utoipa::OpenApi;

use crate::auth::{Session, clear_cookie, start_session};
use crate::db::{AuditEntry, Db};
use crate::error::{ApiError, JsonBody, PathParams, QueryParams};
use crate::http::AppState;

/// The OpenAPI 3.1 document: every operation of `endpoints()` with the schemas of its bodies.
#[derive(OpenApi)]
#[openapi(
    info(
        title = "Helder API",
        version = "1",
        description = "Authoritative WIA results, explanations, consent and access log. State-changing \
                       requests need the X-CSRF-Token header from GET /api/v1/session."
    ),
    paths(
        health, ready, openapi, demo_clients, demo_sign_in, sign_in, session, sign_out, sign_out_everywhere,
        my_cases, case_view, case_history, search, consents, grant_consent, revoke_consent, access_log,
        supporters, what_if, crate::call_notes::call_notes, crate::call_notes::write_call_note,
        crate::changes::case_changes,
        crate::oidc::routes::methods, crate::oidc::routes::start, crate::oidc::routes::callback
    ),
    components(schemas(helder_api::Error, helder_api::CaseError)),
    modifiers(&SessionCookie)
)]
pub struct ApiDoc;

/// The `session` security scheme: the HttpOnly session cookie.
struct SessionCookie;

impl utoipa::Modify for SessionCookie {
    fn modify(&self, document: &mut utoipa::openapi::OpenApi) {
        use utoipa::openapi::security::{ApiKey, ApiKeyValue, SecurityScheme};
        let components = document.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "session",
            SecurityScheme::ApiKey(ApiKey::Cookie(ApiKeyValue::new(crate::auth::SESSION_COOKIE))),
        );
    }
}

/// The generated document as served (pretty JSON), built once.
pub fn openapi_document() -> &'static str {
    static DOCUMENT: OnceLock<String> = OnceLock::new();
    DOCUMENT.get_or_init(|| ApiDoc::openapi().to_pretty_json().unwrap_or_default())
}

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
        e("GET", "/api/v1/session/methods", get(crate::oidc::routes::methods)),
        e("GET", "/api/v1/session/oidc/{provider}", get(crate::oidc::routes::start)),
        e("GET", "/api/v1/session/oidc/{provider}/callback", get(crate::oidc::routes::callback)),
        e("GET", "/api/v1/session", get(session)),
        e("DELETE", "/api/v1/session", delete(sign_out)),
        e("DELETE", "/api/v1/sessions", delete(sign_out_everywhere)),
        e("GET", "/api/v1/cases", get(my_cases)),
        e("GET", "/api/v1/cases/{case_id}", get(case_view)),
        e("GET", "/api/v1/cases/{case_id}/history", get(case_history)),
        e("GET", "/api/v1/cases/{case_id}/changes", get(crate::changes::case_changes)),
        e("POST", "/api/v1/cases/search", post(search)),
        e("GET", "/api/v1/cases/{case_id}/consents", get(consents)),
        e("POST", "/api/v1/cases/{case_id}/consents", post(grant_consent)),
        e("DELETE", "/api/v1/cases/{case_id}/consents/{consent_id}", delete(revoke_consent)),
        e("GET", "/api/v1/cases/{case_id}/access-log", get(access_log)),
        e("GET", "/api/v1/supporters", get(supporters)),
        e("POST", "/api/v1/what-if", post(what_if)),
        e("GET", "/api/v1/cases/{case_id}/call-notes", get(crate::call_notes::call_notes)),
        e("POST", "/api/v1/cases/{case_id}/call-notes", post(crate::call_notes::write_call_note)),
    ]
}

pub fn router() -> Router<AppState> {
    let mut router = Router::new();
    for endpoint in endpoints() {
        router = router.route(endpoint.path, endpoint.route);
    }
    router
}

pub(crate) fn db(state: &AppState) -> Result<&Db, ApiError> {
    state.db.as_ref().ok_or(ApiError::NotFound)
}

pub use crate::client_address::ClientAddress;

#[utoipa::path(get, path = "/api/v1/health", tag = "service", summary = "Liveness and rules version",
    responses((status = 200, description = "Alive", body = Health)))]
async fn health() -> Json<Health> {
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
async fn ready(State(state): State<AppState>) -> Response {
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
async fn openapi() -> Response {
    ([(header::CONTENT_TYPE, "application/json")], openapi_document()).into_response()
}

fn account(session_account: &crate::db::Account) -> Account {
    Account {
        id: session_account.id.clone(),
        name: session_account.display_name.clone(),
        role: session_account.role.clone(),
    }
}

#[utoipa::path(get, path = "/api/v1/demo/clients", tag = "session",
    summary = "Demo clients to sign in as (only with --demo)",
    responses(
        (status = 200, description = "The demo clients", body = Vec<DemoClient>),
        (status = 404, description = "The server runs without --demo", body = helder_api::Error),
    ))]
async fn demo_clients(State(state): State<AppState>) -> Result<Json<Vec<DemoClient>>, ApiError> {
    if !state.demo {
        return Err(ApiError::NotFound);
    }
    let clients = db(&state)?.accounts_with_role("client").await?;
    Ok(Json(clients.into_iter().map(|c| DemoClient { id: c.id, name: c.display_name }).collect()))
}

#[utoipa::path(post, path = "/api/v1/session/demo", tag = "session",
    summary = "Demo sign-in as a client (stand-in for DigiD, only with --demo)",
    request_body = DemoSignIn,
    responses(
        (status = 200, description = "Signed in; the session cookie is set", body = SignedIn),
        (status = 400, description = "No such demo client, or a malformed body", body = helder_api::Error),
        (status = 404, description = "The server runs without --demo", body = helder_api::Error),
        (status = 429, description = "Too many sign-ins from this address", body = helder_api::Error),
    ))]
async fn demo_sign_in(
    State(state): State<AppState>,
    ClientAddress(address): ClientAddress,
    JsonBody(body): JsonBody<DemoSignIn>,
) -> Result<Response, ApiError> {
    if !state.demo {
        return Err(ApiError::NotFound);
    }
    let db = db(&state)?;
    crate::auth::address_may_sign_in(&state, db, address).await?;
    let account = match state.identity.identify(&body.client_id) {
        Some(identity) => crate::auth::account_for(db, &identity, state.demo).await?.ok(),
        None => None,
    };
    let Some(account) = account else {
        db.audit("anonymous", "anonymous", "sign_in_demo", "client", "failed", &address.to_string()).await?;
        return Err(ApiError::BadRequest("unknown_client", "no such demo client".into()));
    };
    signed_in(db, state.plain_http, &account, "sign_in_demo", address).await
}

#[utoipa::path(post, path = "/api/v1/session", tag = "session",
    summary = "Sign in (staff, supporter) with username and password",
    request_body = SignIn,
    responses(
        (status = 200, description = "Signed in; the session cookie is set", body = SignedIn),
        (status = 400, description = "Wrong username or password, or a malformed body", body = helder_api::Error),
        (status = 429, description = "Too many sign-ins from this address", body = helder_api::Error),
    ))]
async fn sign_in(
    State(state): State<AppState>,
    ClientAddress(address): ClientAddress,
    headers: HeaderMap,
    JsonBody(body): JsonBody<SignIn>,
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
            // The audit names the account tried by its id; a username that is no account is not
            // written down (it may be a mistyped password, or a BSN).
            let tried = db.account_by_username(&body.username).await?.map(|(account, _)| account.id);
            let object = tried.as_deref().unwrap_or("unknown account");
            db.audit("anonymous", "anonymous", "sign_in", object, "failed", &address.to_string()).await?;
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
    let origin = address.to_string();
    let audit = AuditEntry { actor: &account.id, role: &account.role, action, object: &account.id, origin: &origin };
    let (cookie, csrf) = start_session(db, &account.id, plain_http, &audit).await?;
    let body = SignedIn { account: self::account(account), csrf_token: csrf };
    Ok(([(header::SET_COOKIE, cookie)], Json(body)).into_response())
}

#[utoipa::path(get, path = "/api/v1/session", tag = "session", summary = "The signed-in account and its CSRF token",
    security(("session" = [])),
    responses(
        (status = 200, description = "The session", body = SignedIn),
        (status = 401, description = "Not signed in", body = helder_api::Error),
    ))]
async fn session(session: Session) -> Json<SignedIn> {
    Json(SignedIn { account: account(&session.account), csrf_token: session.csrf_token })
}

#[utoipa::path(delete, path = "/api/v1/session", tag = "session", summary = "Sign out (this session)",
    security(("session" = [])), params(("X-CSRF-Token" = String, Header, description = "The session's CSRF token (from GET /api/v1/session)")),
    responses(
        (status = 204, description = "Signed out; the cookie is cleared"),
        (status = 401, description = "Not signed in", body = helder_api::Error),
        (status = 403, description = "Missing or wrong X-CSRF-Token", body = helder_api::Error),
    ))]
async fn sign_out(
    State(state): State<AppState>,
    session: Session,
    ClientAddress(a): ClientAddress,
) -> Result<Response, ApiError> {
    let db = db(&state)?;
    let (account, origin) = (&session.account, a.to_string());
    let audit = AuditEntry {
        actor: &account.id,
        role: &account.role,
        action: "sign_out",
        object: &account.id,
        origin: &origin,
    };
    db.delete_session(&session.token_hash, &audit).await?;
    Ok(([(header::SET_COOKIE, clear_cookie(state.plain_http))], StatusCode::NO_CONTENT).into_response())
}

#[utoipa::path(delete, path = "/api/v1/sessions", tag = "session", summary = "Sign out everywhere",
    security(("session" = [])), params(("X-CSRF-Token" = String, Header, description = "The session's CSRF token (from GET /api/v1/session)")),
    responses(
        (status = 204, description = "Every session of the account ended; the cookie is cleared"),
        (status = 401, description = "Not signed in", body = helder_api::Error),
        (status = 403, description = "Missing or wrong X-CSRF-Token", body = helder_api::Error),
    ))]
async fn sign_out_everywhere(
    State(state): State<AppState>,
    session: Session,
    ClientAddress(a): ClientAddress,
) -> Result<Response, ApiError> {
    let db = db(&state)?;
    let (account, origin) = (&session.account, a.to_string());
    let audit = AuditEntry {
        actor: &account.id,
        role: &account.role,
        action: "sign_out_everywhere",
        object: &account.id,
        origin: &origin,
    };
    db.delete_sessions_of(&account.id, &audit).await?;
    Ok(([(header::SET_COOKIE, clear_cookie(state.plain_http))], StatusCode::NO_CONTENT).into_response())
}

#[utoipa::path(get, path = "/api/v1/cases", tag = "cases",
    summary = "My cases (client) or consented cases (supporter)",
    security(("session" = [])),
    responses(
        (status = 200, description = "The cases", body = Vec<CaseSummary>),
        (status = 401, description = "Not signed in", body = helder_api::Error),
        (status = 403, description = "Staff search instead (`use_search`)", body = helder_api::Error),
    ))]
async fn my_cases(State(state): State<AppState>, session: Session) -> Result<Json<Vec<CaseSummary>>, ApiError> {
    let db = db(&state)?;
    let ids = match session.account.role.as_str() {
        "client" => db.cases_of_client(&session.account.id).await?,
        "supporter" => db.cases_with_consent(&session.account.id).await?,
        _ => return Err(ApiError::Forbidden("use_search")),
    };
    Ok(Json(case_summaries(db, ids).await?))
}

/// What lists and searches show of a case.
async fn case_summaries(db: &Db, ids: Vec<String>) -> Result<Vec<CaseSummary>, ApiError> {
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
    role: String,
    reason: Option<String>,
    owner_id: String,
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

pub use crate::result_cache::ResultCache;

/// One computed case: the domain case, the result document as serialized (what the hash is of),
/// and the explanation.
struct Computed {
    case: helder_core::Case,
    result: Prerendered<helder_api::ResultDocument>,
    result_hash: String,
    explanation: helder_explain::Explanation,
}

/// Parses, computes and explains a case document, each once.
fn compute_and_explain(document: &str, language: &str) -> Result<Computed, ApiError> {
    let case = helder_core::contract::parse_case(document).map_err(ApiError::Case)?;
    let computed = helder_core::compute_case(&case).map_err(ApiError::Case)?;
    let result_json = serde_json::value::to_raw_value(&computed).map_err(|e| ApiError::Internal(e.to_string()))?;
    let result_hash = sha256_hex(result_json.get());
    let explanation = helder_explain::explain(&computed.into_lines(), language)
        .map_err(|e| ApiError::BadRequest("language", e.to_string()))?;
    Ok(Computed { case, result: Prerendered::Json(Arc::from(result_json)), result_hash, explanation })
}

/// The authoritative result of a case document: result, its hash and the explanation; for an
/// undecided case also the what-if estimates.
pub fn result_and_explanation(document: &str, language: &str) -> Result<CaseResult, ApiError> {
    let Computed { case, result, result_hash, explanation } = compute_and_explain(document, language)?;
    let what_if = if case.decision.is_none() { estimates(document, language)? } else { Vec::new() };
    Ok(CaseResult {
        rules_version: explanation.rules_version.clone(),
        result_hash,
        result,
        explanation: Prerendered::render(&explanation).map_err(|e| ApiError::Internal(e.to_string()))?,
        what_if,
    })
}

fn sha256_hex(text: &str) -> String {
    Sha256::digest(text.as_bytes()).iter().map(|b| format!("{b:02x}")).collect()
}

/// For an undecided case: per assumed decision the hash of its result (the portal computes the
/// same assumed case and compares) and the money line of its first screen (`summary.money`). An
/// assumption the engine cannot compute (e.g. past the parameter table) is left out.
fn estimates(document: &str, language: &str) -> Result<Vec<Estimate>, ApiError> {
    let mut estimates = Vec::new();
    for assumed in helder_core::whatif::Assumed::ALL {
        let Ok(case) = helder_core::whatif::with_decision(document, assumed) else { continue };
        let computed = match compute_and_explain(&case, language) {
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
async fn case_view(
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
    let cached = state.results.get_or_compute(&case_id, version.version, &language, &version.document)?;
    record_view(db, &session, &viewer, &case_id, address).await?;
    let client = db.account(&viewer.owner_id).await?.map(|a| a.display_name).unwrap_or_default();
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
fn stored_facts(document: String) -> Result<CaseDocument, ApiError> {
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
async fn case_history(
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
async fn search(
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

#[utoipa::path(get, path = "/api/v1/cases/{case_id}/consents", tag = "consent",
    summary = "Consents of the case (its client only)",
    security(("session" = [])),
    params(CaseId),
    responses(
        (status = 200, description = "Every consent, revoked ones too", body = Vec<Consent>),
        (status = 401, description = "Not signed in", body = helder_api::Error),
        (status = 403, description = "Not a client (`client_only`)", body = helder_api::Error),
        (status = 404, description = "Not this client's case", body = helder_api::Error),
    ))]
async fn consents(
    State(state): State<AppState>,
    session: Session,
    PathParams(case_id): PathParams<String>,
) -> Result<Json<Vec<Consent>>, ApiError> {
    let db = db(&state)?;
    own_case(db, &session, &case_id).await?;
    Ok(Json(db.consents(&case_id).await?))
}

/// At most 90 days of consent.
const CONSENT_MAX_DAYS: i64 = 90;

#[utoipa::path(post, path = "/api/v1/cases/{case_id}/consents", tag = "consent",
    summary = "Grant a supporter consent for at most 90 days",
    security(("session" = [])),
    params(CaseId, ("X-CSRF-Token" = String, Header, description = "The session's CSRF token (from GET /api/v1/session)")),
    request_body = Grant,
    responses(
        (status = 201, description = "Granted", body = Granted),
        (status = 400, description = "No such supporter, or a date not within 90 days ahead", body = helder_api::Error),
        (status = 401, description = "Not signed in", body = helder_api::Error),
        (status = 403, description = "Not a client, or a missing CSRF token", body = helder_api::Error),
        (status = 404, description = "Not this client's case", body = helder_api::Error),
    ))]
async fn grant_consent(
    State(state): State<AppState>,
    session: Session,
    PathParams(case_id): PathParams<String>,
    ClientAddress(address): ClientAddress,
    JsonBody(body): JsonBody<Grant>,
) -> Result<(StatusCode, Json<Granted>), ApiError> {
    let db = db(&state)?;
    own_case(db, &session, &case_id).await?;
    let until = helder_core::calendar::parse_date(&body.valid_until)
        .ok_or_else(|| ApiError::BadRequest("valid_until", "a date as YYYY-MM-DD".into()))?;
    let today = crate::dutch_day::today();
    if until <= today || (until - today).num_days() > CONSENT_MAX_DAYS {
        return Err(ApiError::BadRequest(
            "valid_until",
            format!("a date after today and at most {CONSENT_MAX_DAYS} days ahead"),
        ));
    }
    let by_id = db.account(&body.supporter).await?;
    let by_username = match by_id {
        Some(_) => None,
        None => db.account_by_username(&body.supporter).await?.map(|(account, _)| account),
    };
    let supporter = by_id
        .or(by_username)
        .filter(|a| a.role == "supporter")
        .ok_or_else(|| ApiError::BadRequest("supporter", "no such supporter".into()))?;
    // Consent ends at the end of the chosen day in the Netherlands.
    let end = crate::dutch_day::end_of(until).ok_or_else(|| ApiError::BadRequest("valid_until", "too far".into()))?;
    let valid_until = crate::session_policy::stamp(end);
    let origin = address.to_string();
    let audit = AuditEntry {
        actor: &session.account.id,
        role: "client",
        action: "consent_grant",
        object: &case_id,
        origin: &origin,
    };
    let id = db.grant_consent(&case_id, &supporter.id, &valid_until, &audit).await?;
    Ok((StatusCode::CREATED, Json(Granted { id, valid_until, supporter: supporter.display_name })))
}

#[utoipa::path(delete, path = "/api/v1/cases/{case_id}/consents/{consent_id}", tag = "consent",
    summary = "Revoke a consent",
    security(("session" = [])),
    params(CaseId, ("consent_id" = String, Path, description = "The consent's id"), ("X-CSRF-Token" = String, Header, description = "The session's CSRF token (from GET /api/v1/session)")),
    responses(
        (status = 204, description = "Revoked"),
        (status = 401, description = "Not signed in", body = helder_api::Error),
        (status = 403, description = "Not a client, or a missing CSRF token", body = helder_api::Error),
        (status = 404, description = "No such consent on this client's case", body = helder_api::Error),
    ))]
async fn revoke_consent(
    State(state): State<AppState>,
    session: Session,
    PathParams((case_id, consent_id)): PathParams<(String, String)>,
    ClientAddress(address): ClientAddress,
) -> Result<StatusCode, ApiError> {
    let db = db(&state)?;
    own_case(db, &session, &case_id).await?;
    let origin = address.to_string();
    let audit = AuditEntry {
        actor: &session.account.id,
        role: "client",
        action: "consent_revoke",
        object: &case_id,
        origin: &origin,
    };
    if !db.revoke_consent(&case_id, &consent_id, &audit).await? {
        return Err(ApiError::NotFound);
    }
    Ok(StatusCode::NO_CONTENT)
}

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
async fn access_log(
    State(state): State<AppState>,
    session: Session,
    PathParams(case_id): PathParams<String>,
) -> Result<Json<Vec<Access>>, ApiError> {
    let db = db(&state)?;
    own_case(db, &session, &case_id).await?;
    Ok(Json(db.access_log(&case_id).await?))
}

#[utoipa::path(get, path = "/api/v1/supporters", tag = "consent",
    summary = "Supporters a client can give consent to",
    security(("session" = [])),
    responses(
        (status = 200, description = "The supporters", body = Vec<Supporter>),
        (status = 401, description = "Not signed in", body = helder_api::Error),
        (status = 403, description = "Not a client (`client_only`)", body = helder_api::Error),
    ))]
async fn supporters(State(state): State<AppState>, session: Session) -> Result<Json<Vec<Supporter>>, ApiError> {
    if session.account.role != "client" {
        return Err(ApiError::Forbidden("client_only"));
    }
    let list = db(&state)?.accounts_with_role("supporter").await?;
    Ok(Json(list.into_iter().map(|s| Supporter { id: s.id, name: s.display_name }).collect()))
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
async fn what_if(
    State(state): State<AppState>,
    _session: Session,
    ClientAddress(address): ClientAddress,
    JsonBody(body): JsonBody<WhatIf>,
) -> Result<Json<CaseResult>, ApiError> {
    crate::ratelimit::what_if_may_compute(&state, db(&state)?, address).await?;
    let language = body.lang.unwrap_or_else(|| "nl".into());
    Ok(Json(result_and_explanation(body.case.json(), &language)?))
}

/// The `case_id` path parameter.
#[derive(utoipa::IntoParams)]
#[into_params(parameter_in = Path)]
#[allow(dead_code)] // read by axum's `Path<String>`; this type only describes it
pub(crate) struct CaseId {
    /// The case number (`WIA-…`).
    case_id: String,
}

/// The `lang` query parameter.
#[derive(utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
#[allow(dead_code)] // read through `Language`; this type only describes it
pub(crate) struct Lang {
    /// `nl` (default) or `en`.
    lang: Option<String>,
}

/// Staff state why they open a case (percent-encoded UTF-8, at most 200 characters).
#[derive(utoipa::IntoParams)]
#[into_params(parameter_in = Header)]
#[allow(dead_code)] // read from the headers by `may_view`; this type only describes it
pub(crate) struct AccessReason {
    /// Why a staff member opens the case (required for staff).
    #[param(rename = "X-Access-Reason")]
    reason: Option<String>,
}
