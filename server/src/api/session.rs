//! Sign-in (demo, password), the session and signing out.

use axum::Json;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use helder_api::{Account, DemoClient, DemoSignIn, SignIn, SignedIn};
use std::net::IpAddr;

use crate::auth::{Session, clear_cookie, start_session};
use crate::db::{AuditEntry, Db};
use crate::error::{ApiError, JsonBody};
use crate::http::AppState;

use super::*;

pub(crate) fn account(session_account: &crate::db::Account) -> Account {
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
pub(crate) async fn demo_clients(State(state): State<AppState>) -> Result<Json<Vec<DemoClient>>, ApiError> {
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
pub(crate) async fn demo_sign_in(
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
pub(crate) async fn sign_in(
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

pub(crate) async fn signed_in(
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
pub(crate) async fn session(session: Session) -> Json<SignedIn> {
    Json(SignedIn { account: account(&session.account), csrf_token: session.csrf_token })
}

#[utoipa::path(delete, path = "/api/v1/session", tag = "session", summary = "Sign out (this session)",
    security(("session" = [])), params(("X-CSRF-Token" = String, Header, description = "The session's CSRF token (from GET /api/v1/session)")),
    responses(
        (status = 204, description = "Signed out; the cookie is cleared"),
        (status = 401, description = "Not signed in", body = helder_api::Error),
        (status = 403, description = "Missing or wrong X-CSRF-Token", body = helder_api::Error),
    ))]
pub(crate) async fn sign_out(
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
pub(crate) async fn sign_out_everywhere(
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
