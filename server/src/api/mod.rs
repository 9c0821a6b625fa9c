//! `/api/v1`: session, cases (facts, authoritative result, explanation), staff search, consent,
//! access log, what-if. The router is built from `endpoints()`, the same table the
//! authorization-matrix test reads, so no endpoint can go untested. Every body is a type of
//! `helder-api`; each handler carries its OpenAPI operation (`#[utoipa::path]`), and `ApiDoc`
//! gathers them into the document served at `/api/v1/openapi.json` (the `openapi` tests check
//! that every route of `endpoints()` has its operation and that the document is valid OpenAPI 3.1).
//! The client side is split by domain: `service`, `session`, `cases`, `search`, `consent`,
//! `access_log`; the UWV side (the correction workbench) lives in `crate::workbench`.

use axum::Router;
use axum::routing::{MethodRouter, delete, get, post, put};
use std::sync::OnceLock;
use utoipa::OpenApi;

use crate::db::Db;
use crate::error::ApiError;
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
        crate::letters::letters, crate::letters::send, crate::letters::draft, crate::letters::sent_letter,
        crate::oidc::routes::methods, crate::oidc::routes::start, crate::oidc::routes::callback,
        crate::news::news, crate::news::read, crate::email::get_settings, crate::email::put_settings,
        crate::workbench::worklist::worklist, crate::workbench::dashboard::dashboard, crate::workbench::dashboard::dashboard_csv, crate::workbench::impact::latest, crate::workbench::audit::open, crate::workbench::worklist::claim,
        crate::workbench::checks::check, crate::workbench::expert::decide, crate::workbench::quality::verdict,
        crate::workbench::call::phone_call, crate::workbench::call::decision,
        crate::correction_requests::estimate, crate::correction_requests::requests,
        crate::workbench::requests::list, crate::workbench::requests::open, crate::workbench::requests::take,
        crate::workbench::requests::handle
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
    let mut endpoints = vec![
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
        e("GET", "/api/v1/cases/{case_id}/news", get(crate::news::news)),
        e("POST", "/api/v1/cases/{case_id}/news/{news_id}/read", post(crate::news::read)),
        e("GET", "/api/v1/email", get(crate::email::get_settings)),
        e("PUT", "/api/v1/email", put(crate::email::put_settings)),
        e("GET", "/api/v1/cases/{case_id}/letters", get(crate::letters::letters)),
        e("POST", "/api/v1/cases/{case_id}/letters", post(crate::letters::send)),
        e("GET", "/api/v1/cases/{case_id}/letters/{kind}", get(crate::letters::draft)),
        e("GET", "/api/v1/cases/{case_id}/letters/sent/{letter_id}", get(crate::letters::sent_letter)),
        e("POST", "/api/v1/cases/{case_id}/correction-estimate", post(crate::correction_requests::estimate)),
        e("GET", "/api/v1/cases/{case_id}/correction-requests", get(crate::correction_requests::requests)),
    ];
    endpoints.extend(crate::workbench::endpoints());
    endpoints
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
pub use crate::result_cache::ResultCache;

mod access_log;
mod cases;
mod consent;
mod search;
mod service;
mod session;

use access_log::*;
pub(crate) use cases::case_summaries;
use cases::*;
pub(crate) use cases::{Language, Viewer, may_view, record_view, sha256_hex};
pub use cases::{percent_decode, result_and_explanation, result_and_explanation_for};
pub(crate) use consent::own_case;
use consent::*;
use search::*;
use service::*;
use session::*;

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
