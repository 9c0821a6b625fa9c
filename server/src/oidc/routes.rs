//! The sign-in endpoints: which methods this server offers, the start of an OpenID Connect
//! sign-in (a redirect to the provider) and the provider's redirect back (`callback`). Every
//! failure of the callback answers with the API's error body and starts no session.

use axum::Json;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, HeaderValue, header};
use axum::response::{IntoResponse, Redirect, Response};
use helder_api::SignInMethods;
use openidconnect::{
    AuthenticationFlow, AuthorizationCode, CsrfToken, Nonce, PkceCodeChallenge, PkceCodeVerifier, Scope,
    core::CoreResponseType,
};
use serde::Deserialize;

use super::{Audience, ClaimSettings, Provider, error_chain};
use crate::api::ClientAddress;
use crate::auth::{EmployeeRole, NoAccount, VerifiedIdentity};
use crate::db::{AuditEntry, Db, random_id};
use crate::error::ApiError;
use crate::http::AppState;

/// The flow cookie: which browser started a sign-in. SameSite=Lax, because the provider sends
/// the browser back with a cross-site navigation (a Strict cookie would not come along).
const FLOW_COOKIE: &str = "__Host-helder_oidc";
const PLAIN_HTTP_FLOW_COOKIE: &str = "helder_oidc";
const FLOW_MINUTES: i64 = 10;

#[utoipa::path(get, path = "/api/v1/session/methods", tag = "session",
    summary = "Which ways to sign in this server offers",
    responses((status = 200, description = "The sign-in methods", body = SignInMethods)))]
pub async fn methods(State(state): State<AppState>) -> Json<SignInMethods> {
    Json(SignInMethods { demo: state.demo, digid: state.oidc.client.is_some(), staff_sso: state.oidc.staff.is_some() })
}

#[utoipa::path(get, path = "/api/v1/session/oidc/{provider}", tag = "session",
    summary = "Start signing in with OpenID Connect (client: DigiD; staff: single sign-on)",
    params(("provider" = String, Path, description = "`client` or `staff`")),
    responses(
        (status = 303, description = "To the provider's sign-in; the flow cookie is set"),
        (status = 404, description = "No such provider configured", body = helder_api::Error),
        (status = 429, description = "Too many sign-ins from this address", body = helder_api::Error),
    ))]
pub async fn start(
    State(state): State<AppState>,
    ClientAddress(address): ClientAddress,
    Path(provider): Path<String>,
) -> Result<Response, ApiError> {
    let provider = Audience::parse(&provider).and_then(|a| state.oidc.get(a)).ok_or(ApiError::NotFound)?;
    let db = state.db.as_ref().ok_or(ApiError::NotFound)?;
    crate::auth::address_may_sign_in(&state, db, address).await?;
    let (challenge, verifier) = PkceCodeChallenge::new_random_sha256();
    let (url, csrf_state, nonce) = provider
        .client
        .authorize_url(
            AuthenticationFlow::<CoreResponseType>::AuthorizationCode,
            CsrfToken::new_random,
            Nonce::new_random,
        )
        .add_scopes(provider.settings.scopes.iter().map(|scope| Scope::new(scope.clone())))
        .set_pkce_challenge(challenge)
        .url();
    let browser_token = format!("{}{}", random_id(), random_id());
    let now = chrono::Utc::now();
    let stamp = |time: chrono::DateTime<chrono::Utc>| time.to_rfc3339_opts(chrono::SecondsFormat::Millis, true);
    sqlx::query("DELETE FROM oidc_flows WHERE expires_at <= $1").bind(stamp(now)).execute(&db.pool).await?;
    sqlx::query(
        "INSERT INTO oidc_flows (state, browser_hash, provider, nonce, pkce_verifier, expires_at)
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(csrf_state.secret())
    .bind(crate::auth::token_hash(&browser_token))
    .bind(provider.audience.as_str())
    .bind(nonce.secret())
    .bind(verifier.secret())
    .bind(stamp(now + chrono::Duration::minutes(FLOW_MINUTES)))
    .execute(&db.pool)
    .await?;
    let cookie = flow_cookie(state.plain_http, &browser_token, FLOW_MINUTES * 60)?;
    Ok(([(header::SET_COOKIE, cookie)], Redirect::to(url.as_str())).into_response())
}

/// What the provider sends the browser back with (RFC 6749 §4.1.2).
#[derive(Deserialize)]
pub struct CallbackQuery {
    code: Option<String>,
    state: Option<String>,
    error: Option<String>,
}

#[utoipa::path(get, path = "/api/v1/session/oidc/{provider}/callback", tag = "session",
    summary = "The provider's redirect back: checks it and starts the session",
    params(
        ("provider" = String, Path, description = "`client` or `staff`"),
        ("code" = Option<String>, Query, description = "The authorization code"),
        ("state" = Option<String>, Query, description = "The state sent at the start"),
        ("error" = Option<String>, Query, description = "The provider's error code, when it refused"),
    ),
    responses(
        (status = 303, description = "Signed in: the session cookie is set, on to the portal"),
        (status = 400, description = "Wrong or used state, the provider's error, a refused code, an ID token that \
            fails its checks, a missing claim or a BSN that fails the elfproef", body = helder_api::Error),
        (status = 403, description = "No client with this BSN, or no Helder role (`unknown_client`, `no_role`)",
            body = helder_api::Error),
        (status = 404, description = "No such provider configured", body = helder_api::Error),
    ))]
pub async fn callback(
    State(state): State<AppState>,
    ClientAddress(address): ClientAddress,
    Path(provider): Path<String>,
    headers: HeaderMap,
    Query(query): Query<CallbackQuery>,
) -> Result<Response, ApiError> {
    let provider = Audience::parse(&provider).and_then(|a| state.oidc.get(a)).ok_or(ApiError::NotFound)?;
    let db = state.db.as_ref().ok_or(ApiError::NotFound)?;
    let origin = address.to_string();
    let action = match provider.audience {
        Audience::Client => "sign_in_digid",
        Audience::Staff => "sign_in_sso",
    };
    let account = match verified_account(&state, db, provider, &headers, query).await? {
        Ok(account) => account,
        Err(failure) => {
            let outcome = format!("failed: {}", failure.code());
            db.audit("anonymous", "anonymous", action, provider.audience.as_str(), &outcome, &origin).await?;
            return Err(failure.into());
        }
    };
    let audit = AuditEntry { actor: &account.id, role: &account.role, action, object: &account.id, origin: &origin };
    let (session, _csrf) = crate::auth::start_session(db, &account.id, state.plain_http, &audit).await?;
    let mut response = Redirect::to("/").into_response();
    response.headers_mut().append(header::SET_COOKIE, session);
    response.headers_mut().append(header::SET_COOKIE, flow_cookie(state.plain_http, "", 0)?);
    Ok(response)
}

/// Why a callback starts no session.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Failure {
    /// No flow for this state from this browser: a wrong, expired or used state (a replayed
    /// callback), or a callback in another browser than the one that started.
    State,
    /// The provider sent an error instead of a code (the person cancelled, or was refused).
    Provider,
    /// The provider refused the code (used or expired) or gave no ID token.
    Code,
    /// The ID token failed a check: signature, issuer, audience or expiry.
    Token,
    /// The ID token's nonce is not this sign-in's.
    Nonce,
    /// The configured claim (BSN or roles) is not in the ID token.
    Claim,
    NotABsn,
    UnknownClient,
    NoRole,
}

impl Failure {
    fn code(self) -> &'static str {
        match self {
            Failure::State => "oidc_state",
            Failure::Provider => "oidc_provider_error",
            Failure::Code => "oidc_code",
            Failure::Token => "oidc_id_token",
            Failure::Nonce => "oidc_nonce",
            Failure::Claim => "oidc_claim",
            Failure::NotABsn => "bsn_invalid",
            Failure::UnknownClient => "unknown_client",
            Failure::NoRole => "no_role",
        }
    }
}

impl From<Failure> for ApiError {
    fn from(failure: Failure) -> ApiError {
        let message = match failure {
            Failure::State => "this sign-in is unknown, expired or used already; please sign in again",
            Failure::Provider => "the sign-in was stopped at the provider; please sign in again",
            Failure::Code => "the provider did not accept this sign-in (used already or expired); please sign in again",
            Failure::Token => "the provider's answer did not pass the checks; please sign in again",
            Failure::Nonce => "the provider's answer belongs to another sign-in; please sign in again",
            Failure::Claim => "the provider did not say who you are",
            Failure::NotABsn => "the provider gave a BSN that does not pass the elfproef",
            Failure::UnknownClient | Failure::NoRole => "",
        };
        match failure {
            Failure::UnknownClient | Failure::NoRole => ApiError::Forbidden(failure.code()),
            _ => ApiError::BadRequest(failure.code(), message.into()),
        }
    }
}

/// The checks of a callback in order; the account to sign in to, or why not.
async fn verified_account(
    state: &AppState,
    db: &Db,
    provider: &Provider,
    headers: &HeaderMap,
    query: CallbackQuery,
) -> Result<Result<crate::db::Account, Failure>, ApiError> {
    let Some(flow) = take_flow(db, state.plain_http, provider.audience, headers, query.state.as_deref()).await? else {
        return Ok(Err(Failure::State));
    };
    if let Some(error) = &query.error {
        // The provider's code only (`access_denied`, …); its description is free text.
        let error: String = error.chars().filter(|c| c.is_ascii_alphanumeric() || *c == '_').take(64).collect();
        tracing::info!(provider = provider.audience.as_str(), %error, "the provider ended the sign-in");
        return Ok(Err(Failure::Provider));
    }
    let Some(code) = query.code else { return Ok(Err(Failure::Code)) };
    let exchange = provider
        .client
        .exchange_code(AuthorizationCode::new(code))
        .map_err(|e| ApiError::Internal(format!("oidc: {e}")))?
        .set_pkce_verifier(PkceCodeVerifier::new(flow.pkce_verifier))
        .request_async(&provider.http)
        .await;
    let tokens = match exchange {
        Ok(tokens) => tokens,
        Err(openidconnect::RequestTokenError::ServerResponse(refusal)) => {
            tracing::info!(provider = provider.audience.as_str(), error = %refusal.error(), "the provider refused the code");
            return Ok(Err(Failure::Code));
        }
        Err(other) => return Err(ApiError::Internal(format!("oidc token request: {}", error_chain(&other)))),
    };
    let Some(id_token) = tokens.extra_fields().id_token() else { return Ok(Err(Failure::Code)) };
    let verifier = provider.client.id_token_verifier();
    let claims = match id_token.claims(&verifier, &Nonce::new(flow.nonce)) {
        Ok(claims) => claims,
        Err(openidconnect::ClaimsVerificationError::InvalidNonce(_)) => return Ok(Err(Failure::Nonce)),
        Err(error) => {
            tracing::info!(provider = provider.audience.as_str(), %error, "an ID token failed its checks");
            return Ok(Err(Failure::Token));
        }
    };
    let identity = match &provider.settings.claims {
        ClaimSettings::Client { bsn_claim } => match claims.additional_claims().text(bsn_claim) {
            Some(bsn) => VerifiedIdentity::Citizen { bsn },
            None => return Ok(Err(Failure::Claim)),
        },
        ClaimSettings::Staff { role_claim, roles } => {
            let theirs = claims.additional_claims().texts(role_claim);
            let Some(role) = helder_role(&theirs, roles) else { return Ok(Err(Failure::NoRole)) };
            let name = claims
                .name()
                .and_then(|name| name.get(None))
                .map(|name| name.as_str().to_owned())
                .or_else(|| claims.preferred_username().map(|name| name.as_str().to_owned()))
                .filter(|name| crate::input::shown_text(name, 200).is_ok())
                .unwrap_or_else(|| "?".into());
            VerifiedIdentity::Employee {
                issuer: claims.issuer().as_str().to_owned(),
                subject: claims.subject().as_str().to_owned(),
                name,
                role,
            }
        }
    };
    Ok(crate::auth::account_for(db, &identity, state.demo).await?.map_err(|reason| match reason {
        NoAccount::NotABsn => Failure::NotABsn,
        NoAccount::UnknownClient | NoAccount::DemoOff => Failure::UnknownClient,
    }))
}

/// Helder's role for the organisation's roles: staff when any maps to staff, else supporter
/// when any maps to supporter; `None` (no access) when none is known.
fn helder_role(theirs: &[String], mapping: &[(String, EmployeeRole)]) -> Option<EmployeeRole> {
    let mapped: Vec<EmployeeRole> =
        mapping.iter().filter(|(role, _)| theirs.iter().any(|t| t == role)).map(|(_, ours)| *ours).collect();
    [EmployeeRole::Staff, EmployeeRole::Supporter].into_iter().find(|role| mapped.contains(role))
}

struct Flow {
    nonce: String,
    pkce_verifier: String,
}

/// Takes this browser's flow for `state` out of the table: deleted before use, so it is used
/// once even when two callbacks race; `None` when there is none, it expired, it belongs to the
/// other provider, or another browser started it.
async fn take_flow(
    db: &Db,
    plain_http: bool,
    audience: Audience,
    headers: &HeaderMap,
    state: Option<&str>,
) -> Result<Option<Flow>, ApiError> {
    let Some(state) = state.filter(|s| !s.is_empty()) else { return Ok(None) };
    let name = if plain_http { PLAIN_HTTP_FLOW_COOKIE } else { FLOW_COOKIE };
    let Some(browser_token) = crate::auth::single_cookie(headers, name) else { return Ok(None) };
    let row: Option<(String, String, String, String, String)> = sqlx::query_as(
        "SELECT browser_hash, provider, nonce, pkce_verifier, expires_at FROM oidc_flows WHERE state = $1",
    )
    .bind(state)
    .fetch_optional(&db.pool)
    .await?;
    let Some((browser_hash, provider, nonce, pkce_verifier, expires_at)) = row else { return Ok(None) };
    let deleted = sqlx::query("DELETE FROM oidc_flows WHERE state = $1").bind(state).execute(&db.pool).await?;
    let usable = deleted.rows_affected() == 1
        && browser_hash == crate::auth::token_hash(&browser_token)
        && provider == audience.as_str()
        && expires_at > crate::db::now();
    Ok(usable.then_some(Flow { nonce, pkce_verifier }))
}

fn flow_cookie(plain_http: bool, token: &str, max_age: i64) -> Result<HeaderValue, ApiError> {
    let cookie = if plain_http {
        format!("{PLAIN_HTTP_FLOW_COOKIE}={token}; HttpOnly; SameSite=Lax; Path=/; Max-Age={max_age}")
    } else {
        format!("{FLOW_COOKIE}={token}; HttpOnly; Secure; SameSite=Lax; Path=/; Max-Age={max_age}")
    };
    HeaderValue::from_str(&cookie).map_err(|e| ApiError::Internal(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_map_to_helder_roles_and_unknown_roles_give_nothing() {
        let mapping =
            super::super::parse_role_mappings(&["uwv-klantcontact=staff, cliëntondersteuning=supporter".into()])
                .unwrap();
        let role = |theirs: &[&str]| helder_role(&theirs.iter().map(|t| t.to_string()).collect::<Vec<_>>(), &mapping);
        assert_eq!(role(&["uwv-klantcontact"]), Some(EmployeeRole::Staff));
        assert_eq!(role(&["cliëntondersteuning"]), Some(EmployeeRole::Supporter));
        assert_eq!(role(&["cliëntondersteuning", "uwv-klantcontact"]), Some(EmployeeRole::Staff));
        assert_eq!(role(&["beheer"]), None);
        assert_eq!(role(&[]), None);
        assert!(super::super::parse_role_mappings(&["beheer=admin".into()]).is_err());
    }
}
