//! Consent: a client grants and revokes a supporter's view of a case.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use helder_api::{Consent, Grant, Granted, Supporter};

use crate::auth::Session;
use crate::db::{AuditEntry, Db};
use crate::error::{ApiError, JsonBody, PathParams};
use crate::http::AppState;

use super::*;

/// Only the client who owns the case manages its consent and reads its access log.
pub(crate) async fn own_case(db: &Db, session: &Session, case_id: &str) -> Result<(), ApiError> {
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
pub(crate) async fn consents(
    State(state): State<AppState>,
    session: Session,
    PathParams(case_id): PathParams<String>,
) -> Result<Json<Vec<Consent>>, ApiError> {
    let db = db(&state)?;
    own_case(db, &session, &case_id).await?;
    Ok(Json(db.consents(&case_id).await?))
}

/// At most 90 days of consent.
pub(crate) const CONSENT_MAX_DAYS: i64 = 90;

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
pub(crate) async fn grant_consent(
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
pub(crate) async fn revoke_consent(
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

#[utoipa::path(get, path = "/api/v1/supporters", tag = "consent",
    summary = "Supporters a client can give consent to",
    security(("session" = [])),
    responses(
        (status = 200, description = "The supporters", body = Vec<Supporter>),
        (status = 401, description = "Not signed in", body = helder_api::Error),
        (status = 403, description = "Not a client (`client_only`)", body = helder_api::Error),
    ))]
pub(crate) async fn supporters(
    State(state): State<AppState>,
    session: Session,
) -> Result<Json<Vec<Supporter>>, ApiError> {
    if session.account.role != "client" {
        return Err(ApiError::Forbidden("client_only"));
    }
    let list = db(&state)?.accounts_with_role("supporter").await?;
    Ok(Json(list.into_iter().map(|s| Supporter { id: s.id, name: s.display_name }).collect()))
}
