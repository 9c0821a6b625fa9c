//! Signing in: clients through DigiD (an OpenID Connect broker, `oidc`), staff through the
//! organisation's single sign-on (`oidc`) or, like supporters, with argon2id passwords; demo
//! clients and the demo passwords only with `--demo`. Sessions are rows in the database keyed by a hash of a random token sent
//! in an HttpOnly, SameSite=Strict cookie; every state-changing request must echo the session's
//! CSRF token in `X-CSRF-Token`.

use argon2::Argon2;
use argon2::password_hash::{PasswordHash, PasswordVerifier, SaltString};
use axum::extract::{FromRef, FromRequestParts};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, Method, header};
use sha2::{Digest, Sha256};

use crate::db::{Account, Db, random_id};
use crate::error::ApiError;
use crate::http::AppState;
use crate::ratelimit;

/// The session cookie: `__Host-` makes the browser refuse it unless it is `Secure`, has
/// `Path=/` and no `Domain`, so no other site or subdomain can set or shadow it.
pub const SESSION_COOKIE: &str = "__Host-helder_session";
/// The session cookie with `--plain-http` (a local demo over http): no `Secure`, no prefix.
pub const PLAIN_HTTP_SESSION_COOKIE: &str = "helder_session";

/// An identity provider hands over a `VerifiedIdentity`: the person it vouches for, after its
/// own checks (for OpenID Connect: state, PKCE, the ID token's signature, issuer, audience,
/// expiry and nonce, in `oidc`). `account_for` is the one place an identity becomes an account.
pub trait IdentityProvider: Send + Sync {
    /// The identity a demo assertion stands for, if it is one.
    fn identify(&self, assertion: &str) -> Option<VerifiedIdentity>;
}

/// Who an identity provider vouches for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum VerifiedIdentity {
    /// A demo client by account id (the demo picker, only with `--demo`).
    DemoClient { account_id: String },
    /// A citizen by BSN (DigiD through a broker). Never logged, never in a URL.
    Citizen { bsn: String },
    /// Someone of the organisation (single sign-on): the issuer's stable subject, the name to
    /// show, and Helder's role as mapped from the provider's role claim.
    Employee { issuer: String, subject: String, name: String, role: EmployeeRole },
}

/// The Helder roles an organisation's single sign-on can give.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EmployeeRole {
    Staff,
    Supporter,
}

impl EmployeeRole {
    pub fn as_str(self) -> &'static str {
        match self {
            EmployeeRole::Staff => "staff",
            EmployeeRole::Supporter => "supporter",
        }
    }
}

/// The clearly labelled demo sign-in: the assertion is the demo client's account id.
pub struct DemoIdentity;

impl IdentityProvider for DemoIdentity {
    fn identify(&self, assertion: &str) -> Option<VerifiedIdentity> {
        assertion.starts_with("demo-client-").then(|| VerifiedIdentity::DemoClient { account_id: assertion.to_owned() })
    }
}

/// Why a verified identity gets no account.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NoAccount {
    /// The BSN claim is not a BSN (nine digits passing the elfproef).
    NotABsn,
    /// No client of Helder has this BSN.
    UnknownClient,
    /// A demo account on a server started without `--demo`.
    DemoOff,
}

/// The account a verified identity signs in to. Employees get (or keep) an account of their
/// own, keyed by a hash of issuer and subject, with the role and name the provider gives now;
/// clients must already be known by BSN. Demo accounts only with `--demo`.
pub async fn account_for(
    db: &Db,
    identity: &VerifiedIdentity,
    demo: bool,
) -> Result<Result<Account, NoAccount>, ApiError> {
    let account = match identity {
        VerifiedIdentity::DemoClient { account_id } => db.account(account_id).await?.filter(|a| a.role == "client"),
        VerifiedIdentity::Citizen { bsn } => {
            if !crate::input::bsn_passes_elfproef(bsn) {
                return Ok(Err(NoAccount::NotABsn));
            }
            db.account_by_bsn(bsn).await?
        }
        VerifiedIdentity::Employee { issuer, subject, name, role } => {
            let id = format!("sso-{}", &token_hash(&format!("{issuer}\n{subject}"))[..32]);
            Some(employee_account(db, &id, role.as_str(), name).await?)
        }
    };
    match account {
        None => Ok(Err(NoAccount::UnknownClient)),
        Some(account) if crate::demo::is_demo_account(&account.id) && !demo => Ok(Err(NoAccount::DemoOff)),
        Some(account) => Ok(Ok(account)),
    }
}

/// The employee's account with the role and name their organisation gives them now (a changed
/// role holds from this sign-in on, for their other sessions too). No username, no password.
async fn employee_account(db: &Db, id: &str, role: &str, name: &str) -> Result<Account, ApiError> {
    sqlx::query(
        "INSERT INTO accounts (id, role, display_name, created_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (id) DO UPDATE SET role = excluded.role, display_name = excluded.display_name",
    )
    .bind(id)
    .bind(role)
    .bind(name)
    .bind(crate::db::now())
    .execute(&db.pool)
    .await?;
    db.account(id).await?.ok_or_else(|| ApiError::Internal("employee account not stored".into()))
}

/// An argon2id hash (default parameters) in PHC form. The argon2 memory is the calling thread's
/// own and reused (`passwords`), so hashing does not keep 19 MiB per call.
pub fn hash_password(password: &str) -> Result<String, ApiError> {
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes).map_err(|e| ApiError::Internal(format!("random: {e}")))?;
    let salt = SaltString::encode_b64(&bytes).map_err(|e| ApiError::Internal(format!("salt: {e}")))?;
    crate::passwords::hash_with_reused_memory(password, &salt).ok_or_else(|| ApiError::Internal("hashing".into()))
}

pub fn verify_password(password: &str, stored: &str) -> bool {
    PasswordHash::new(stored).is_ok_and(|hash| Argon2::default().verify_password(password.as_bytes(), &hash).is_ok())
}

/// A successful password sign-in: the account, and the device cookie to set when this browser
/// was not yet known for it.
pub struct PasswordSignIn {
    pub account: Account,
    pub device_cookie: Option<HeaderValue>,
}

/// A password sign-in: the per-address limit, then the lockout (see `ratelimit`), then exactly
/// one password check through the gate, also for usernames that do not exist. A browser that
/// signed in to this account before (its device cookie) counts on a limit of its own instead of
/// the account's, so an attacker's wrong passwords do not lock the real user out of it.
/// `Ok(None)` for a wrong username or password.
pub async fn password_sign_in(
    state: &AppState,
    db: &Db,
    address: std::net::IpAddr,
    headers: &HeaderMap,
    username: &str,
    password: &str,
) -> Result<Option<PasswordSignIn>, ApiError> {
    address_may_sign_in(state, db, address).await?;
    let found = db.account_by_username(username).await?;
    let device = match &found {
        Some((account, _)) => known_device(db, headers, state.plain_http, &account.id).await?,
        None => None,
    };
    let limit_key = match &device {
        Some(device_hash) => ratelimit::key("sign_in_device", device_hash),
        None => ratelimit::key("sign_in_account", username),
    };
    ratelimit::hit(db, &limit_key, state.limits.sign_in_per_account).await?.map_err(ApiError::RateLimited)?;
    // Demo accounts have a documented password: without `--demo` they are checked against the
    // dummy hash like unknown usernames (same time, never a match).
    let stored = match &found {
        Some((account, Some(hash)))
            if account.role != "client" && (state.demo || !crate::demo::is_demo_account(&account.id)) =>
        {
            Some(hash.as_str())
        }
        _ => None,
    };
    if !state.passwords.verify(password, stored).await? {
        return Ok(None);
    }
    ratelimit::forget(db, &limit_key).await?;
    let Some((account, _)) = found else { return Ok(None) };
    let device_cookie = match device {
        Some(_) => None,
        None => Some(remember_device(db, &account.id, state.plain_http).await?),
    };
    Ok(Some(PasswordSignIn { account, device_cookie }))
}

/// The device cookie: which browsers signed in to an account before (`known_devices`).
pub const DEVICE_COOKIE: &str = "__Host-helder_device";
const PLAIN_HTTP_DEVICE_COOKIE: &str = "helder_device";
const DEVICE_DAYS: i64 = 90;

/// The hash of this browser's device token, when it is known for `account_id`.
async fn known_device(
    db: &Db,
    headers: &HeaderMap,
    plain_http: bool,
    account_id: &str,
) -> Result<Option<String>, ApiError> {
    let name = if plain_http { PLAIN_HTTP_DEVICE_COOKIE } else { DEVICE_COOKIE };
    let Some(token) = single_cookie(headers, name) else { return Ok(None) };
    let hash = token_hash(&token);
    let owner: Option<(String,)> =
        sqlx::query_as("SELECT account_id FROM known_devices WHERE token_hash = $1 AND expires_at > $2")
            .bind(&hash)
            .bind(crate::db::now())
            .fetch_optional(&db.pool)
            .await?;
    Ok(owner.filter(|(owner,)| owner == account_id).map(|_| hash))
}

/// Remembers this browser for `account_id`; the cookie to set.
async fn remember_device(db: &Db, account_id: &str, plain_http: bool) -> Result<HeaderValue, ApiError> {
    let token = format!("{}{}", random_id(), random_id());
    let now = chrono::Utc::now();
    let stamp = |time: chrono::DateTime<chrono::Utc>| time.to_rfc3339_opts(chrono::SecondsFormat::Millis, true);
    sqlx::query("DELETE FROM known_devices WHERE account_id = $1 AND expires_at <= $2")
        .bind(account_id)
        .bind(stamp(now))
        .execute(&db.pool)
        .await?;
    sqlx::query("INSERT INTO known_devices (token_hash, account_id, created_at, expires_at) VALUES ($1, $2, $3, $4)")
        .bind(token_hash(&token))
        .bind(account_id)
        .bind(stamp(now))
        .bind(stamp(now + chrono::Duration::days(DEVICE_DAYS)))
        .execute(&db.pool)
        .await?;
    let name = if plain_http { PLAIN_HTTP_DEVICE_COOKIE } else { DEVICE_COOKIE };
    let cookie = format!("{name}={token}; {}; Max-Age={}", cookie_attributes(plain_http), DEVICE_DAYS * 24 * 3600);
    HeaderValue::from_str(&cookie).map_err(|e| ApiError::Internal(e.to_string()))
}

/// The per-address sign-in limit (password and demo sign-in).
pub async fn address_may_sign_in(state: &AppState, db: &Db, address: std::net::IpAddr) -> Result<(), ApiError> {
    let key = ratelimit::key("sign_in_address", &address.to_string());
    ratelimit::hit(db, &key, state.limits.sign_in_per_address).await?.map_err(ApiError::RateLimited)
}

pub(crate) fn token_hash(token: &str) -> String {
    Sha256::digest(token.as_bytes()).iter().map(|b| format!("{b:02x}")).collect()
}

/// The session cookie's name for this server (see `SESSION_COOKIE`).
pub fn session_cookie_name(plain_http: bool) -> &'static str {
    if plain_http { PLAIN_HTTP_SESSION_COOKIE } else { SESSION_COOKIE }
}

fn cookie_attributes(plain_http: bool) -> &'static str {
    if plain_http { "HttpOnly; SameSite=Strict; Path=/" } else { "HttpOnly; Secure; SameSite=Strict; Path=/" }
}

/// Creates a session; returns the cookie to set and the CSRF token for the client.
/// Starts a session; its audit row (`audit`) is committed with it.
pub async fn start_session(
    db: &Db,
    account_id: &str,
    plain_http: bool,
    audit: &crate::db::AuditEntry<'_>,
) -> Result<(HeaderValue, String), ApiError> {
    let token = format!("{}{}", random_id(), random_id());
    let csrf = random_id();
    let lifetime = db.session_policy.lifetime;
    let expires = crate::session_policy::from_now(lifetime);
    db.create_session(&token_hash(&token), account_id, &csrf, &expires, audit).await?;
    let cookie = format!(
        "{}={token}; {}; Max-Age={}",
        session_cookie_name(plain_http),
        cookie_attributes(plain_http),
        lifetime.as_secs()
    );
    let cookie = HeaderValue::from_str(&cookie).map_err(|e| ApiError::Internal(e.to_string()))?;
    Ok((cookie, csrf))
}

/// The cookie that ends a session in the browser.
pub fn clear_cookie(plain_http: bool) -> HeaderValue {
    let cookie = format!("{}=; {}; Max-Age=0", session_cookie_name(plain_http), cookie_attributes(plain_http));
    HeaderValue::from_str(&cookie).unwrap_or_else(|_| HeaderValue::from_static("helder_session=; Max-Age=0"))
}

/// The value of cookie `name`, when the request carries exactly one. Two different ones (a
/// cookie planted for a parent domain or another path beside ours) are refused rather than
/// guessed between: the first is not necessarily ours.
pub(crate) fn single_cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    let mut tokens = headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|cookies| cookies.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .filter(|(cookie, value)| *cookie == name && !value.is_empty())
        .map(|(_, value)| value);
    let first = tokens.next()?;
    tokens.all(|other| other == first).then(|| first.to_owned())
}

/// A signed-in request. Extracting it checks the session and, for state-changing methods, the
/// CSRF token.
#[derive(Clone, Debug)]
pub struct Session {
    pub account: Account,
    pub csrf_token: String,
    pub token_hash: String,
}

impl<S> FromRequestParts<S> for Session
where
    AppState: FromRef<S>,
    S: Send + Sync,
{
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Session, ApiError> {
        let state = AppState::from_ref(state);
        let Some(db) = state.db.as_ref() else { return Err(ApiError::Unauthenticated) };
        let token =
            single_cookie(&parts.headers, session_cookie_name(state.plain_http)).ok_or(ApiError::Unauthenticated)?;
        let hash = token_hash(&token);
        let row = db.session(&hash).await?.ok_or(ApiError::Unauthenticated)?;
        // A demo account's session from an earlier `--demo` run ends with `--demo`.
        if !state.demo && crate::demo::is_demo_account(&row.account.id) {
            return Err(ApiError::Unauthenticated);
        }
        let changes_state = !matches!(parts.method, Method::GET | Method::HEAD | Method::OPTIONS);
        if changes_state {
            let sent = parts.headers.get("x-csrf-token").and_then(|v| v.to_str().ok()).unwrap_or("");
            if sent.is_empty() || sent != row.csrf_token {
                return Err(ApiError::Forbidden("csrf"));
            }
        }
        Ok(Session { account: row.account, csrf_token: row.csrf_token, token_hash: hash })
    }
}
