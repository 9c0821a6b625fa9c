//! A client's e-mail settings: the address to tell of news and whether to (`GET`/`PUT
//! /api/v1/email`). The address is personal data: it is stored for the outbox only, never
//! logged, never in the audit trail (which records only that mail was turned on or off).

use axum::Json;
use axum::extract::State;
use helder_api::EmailSettings;

use crate::api::ClientAddress;
use crate::auth::Session;
use crate::db::{AuditEntry, Db, now};
use crate::error::{ApiError, JsonBody};
use crate::http::AppState;

/// The longest address SMTP carries (RFC 5321: a path of 256 octets, less the brackets).
pub const ADDRESS_MAX_CHARACTERS: usize = 254;

fn client_db<'a>(state: &'a AppState, session: &Session) -> Result<&'a Db, ApiError> {
    if session.account.role != "client" {
        return Err(ApiError::Forbidden("client_only"));
    }
    state.db.as_ref().ok_or(ApiError::NotFound)
}

/// The settings of `account_id` (none: no address, no mail).
pub async fn settings(db: &Db, account_id: &str) -> Result<EmailSettings, sqlx::Error> {
    let row: Option<(String, i64)> = sqlx::query_as("SELECT address, notify FROM email_settings WHERE account_id = $1")
        .bind(account_id)
        .fetch_optional(&db.pool)
        .await?;
    Ok(match row {
        Some((address, notify)) => EmailSettings { address: Some(address), notify: notify == 1 },
        None => EmailSettings::default(),
    })
}

/// A trimmed address, checked: one `@`, a domain, what SMTP can carry. The message never
/// repeats the address.
pub fn address(typed: &str) -> Result<String, ApiError> {
    let address = typed.trim();
    let wrong = |message: &str| ApiError::BadRequest("address", message.to_owned());
    if address.chars().count() > ADDRESS_MAX_CHARACTERS {
        return Err(wrong("an e-mail address has at most 254 characters"));
    }
    if address.parse::<lettre::Address>().is_err() || !address.contains('.') {
        return Err(wrong("not an e-mail address (like naam@voorbeeld.nl)"));
    }
    Ok(address.to_owned())
}

#[utoipa::path(get, path = "/api/v1/email", tag = "news",
    summary = "My e-mail settings: the address to tell of news, and whether to (clients)",
    security(("session" = [])),
    responses(
        (status = 200, description = "The settings", body = EmailSettings),
        (status = 401, description = "Not signed in", body = helder_api::Error),
        (status = 403, description = "Not a client (`client_only`)", body = helder_api::Error),
    ))]
pub async fn get_settings(State(state): State<AppState>, session: Session) -> Result<Json<EmailSettings>, ApiError> {
    let db = client_db(&state, &session)?;
    Ok(Json(settings(db, &session.account.id).await?))
}

#[utoipa::path(put, path = "/api/v1/email", tag = "news",
    summary = "Set my e-mail address and whether to be told of news (clients)",
    security(("session" = [])),
    params(("X-CSRF-Token" = String, Header, description = "The session's CSRF token (from GET /api/v1/session)")),
    request_body = EmailSettings,
    responses(
        (status = 200, description = "The settings as stored", body = EmailSettings),
        (status = 400, description = "Not an e-mail address, or mail asked for without one (`address`)", body = helder_api::Error),
        (status = 401, description = "Not signed in", body = helder_api::Error),
        (status = 403, description = "Not a client (`client_only`), or a missing CSRF token", body = helder_api::Error),
    ))]
pub async fn put_settings(
    State(state): State<AppState>,
    session: Session,
    ClientAddress(origin): ClientAddress,
    JsonBody(body): JsonBody<EmailSettings>,
) -> Result<Json<EmailSettings>, ApiError> {
    let db = client_db(&state, &session)?;
    let typed = body.address.as_deref().map(str::trim).filter(|a| !a.is_empty());
    let stored = match typed {
        Some(typed) => Some(address(typed)?),
        None if body.notify => {
            return Err(ApiError::BadRequest("address", "give an e-mail address to be told of news".into()));
        }
        None => None,
    };
    let origin = origin.to_string();
    let audit = AuditEntry {
        actor: &session.account.id,
        role: "client",
        action: "email_settings",
        object: &session.account.id,
        origin: &origin,
    };
    let mut transaction = db.begin_write().await?;
    match &stored {
        Some(address) => {
            sqlx::query(
                "INSERT INTO email_settings (account_id, address, notify, updated_at) VALUES ($1, $2, $3, $4)
                 ON CONFLICT (account_id) DO UPDATE SET address = $2, notify = $3, updated_at = $4",
            )
            .bind(&session.account.id)
            .bind(address)
            .bind(i64::from(body.notify))
            .bind(now())
            .execute(&mut *transaction)
            .await?;
        }
        None => {
            sqlx::query("DELETE FROM email_settings WHERE account_id = $1")
                .bind(&session.account.id)
                .execute(&mut *transaction)
                .await?;
        }
    }
    let result = match (&stored, body.notify) {
        (Some(_), true) => "mail on",
        (Some(_), false) => "mail off; address kept",
        (None, _) => "mail off; no address",
    };
    crate::db::insert_audit(&mut transaction, &audit, result).await?;
    transaction.commit().await?;
    Ok(Json(EmailSettings { address: stored, notify: body.notify }))
}
