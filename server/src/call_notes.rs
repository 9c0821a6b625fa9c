//! Call notes: what a call-centre staff member agreed with a client on the phone. The server
//! writes the date, the staff member and the reason they stated for the case; the staff member
//! writes the next step and, when there is one, its deadline. A note is written with its audit
//! row in one transaction; notes are staff-only (a client reads who opened the case, and why, in
//! the access log) and are never changed: a correction is a new note.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use helder_api::{CallNote, NewCallNote};

use crate::api::ClientAddress;
use crate::auth::Session;
use crate::db::{AuditEntry, Db, now, random_id};
use crate::error::{ApiError, JsonBody};
use crate::http::AppState;

/// The longest next step (a few sentences).
pub const NEXT_STEP_MAX_CHARACTERS: usize = 500;
/// How far ahead a deadline may lie.
pub const DEADLINE_MAX_DAYS: i64 = 366;

#[utoipa::path(get, path = "/api/v1/cases/{case_id}/call-notes", tag = "cases",
    summary = "The case's call notes, newest first (staff, with a reason)",
    security(("session" = [])),
    params(("case_id" = String, Path, description = "The case number (`WIA-…`)"),
        ("X-Access-Reason" = String, Header, description = "Why the staff member opens the case (percent-encoded UTF-8)")),
    responses(
        (status = 200, description = "The notes, newest first", body = Vec<CallNote>),
        (status = 400, description = "No valid reason (`reason_required`, `reason_too_short`, …)", body = helder_api::Error),
        (status = 401, description = "Not signed in", body = helder_api::Error),
        (status = 403, description = "Not staff (`staff_only`)", body = helder_api::Error),
        (status = 404, description = "No such case", body = helder_api::Error),
    ))]
pub async fn call_notes(
    State(state): State<AppState>,
    session: Session,
    Path(case_id): Path<String>,
    headers: HeaderMap,
) -> Result<Json<Vec<CallNote>>, ApiError> {
    let db = staff_on_case(&state, &session, &case_id, &headers).await?.0;
    Ok(Json(list(db, &case_id).await?))
}

#[utoipa::path(post, path = "/api/v1/cases/{case_id}/call-notes", tag = "cases",
    summary = "Write a call note: the next step and its deadline (staff, with a reason)",
    security(("session" = [])),
    params(("case_id" = String, Path, description = "The case number (`WIA-…`)"),
        ("X-Access-Reason" = String, Header, description = "Why the staff member opens the case (percent-encoded UTF-8)"),
        ("X-CSRF-Token" = String, Header, description = "The session's CSRF token (from GET /api/v1/session)")),
    request_body = NewCallNote,
    responses(
        (status = 201, description = "The note as stored", body = CallNote),
        (status = 400, description = "No valid reason, an empty or too long next step (`next_step`), or a deadline that is not a date from today to a year ahead (`deadline`)", body = helder_api::Error),
        (status = 401, description = "Not signed in", body = helder_api::Error),
        (status = 403, description = "Not staff (`staff_only`), or a missing CSRF token", body = helder_api::Error),
        (status = 404, description = "No such case", body = helder_api::Error),
    ))]
pub async fn write_call_note(
    State(state): State<AppState>,
    session: Session,
    Path(case_id): Path<String>,
    headers: HeaderMap,
    ClientAddress(address): ClientAddress,
    JsonBody(body): JsonBody<NewCallNote>,
) -> Result<(StatusCode, Json<CallNote>), ApiError> {
    let (db, reason) = staff_on_case(&state, &session, &case_id, &headers).await?;
    let next_step = body.next_step.trim().to_owned();
    crate::input::shown_text(&next_step, NEXT_STEP_MAX_CHARACTERS)
        .map_err(|problem| ApiError::BadRequest("next_step", format!("the next step {problem}")))?;
    let deadline = match body.deadline.as_deref().map(str::trim).filter(|d| !d.is_empty()) {
        None => None,
        Some(text) => {
            let date = helder_core::calendar::parse_date(text)
                .ok_or_else(|| ApiError::BadRequest("deadline", "a date as YYYY-MM-DD".into()))?;
            let today = crate::dutch_day::today();
            if date < today || (date - today).num_days() > DEADLINE_MAX_DAYS {
                return Err(ApiError::BadRequest(
                    "deadline",
                    format!("a date from today to at most {DEADLINE_MAX_DAYS} days ahead"),
                ));
            }
            Some(helder_core::calendar::format_date(date))
        }
    };
    let note = CallNote {
        id: random_id(),
        at: now(),
        staff: session.account.display_name.clone(),
        reason,
        next_step,
        deadline,
    };
    let origin = address.to_string();
    let audit = AuditEntry {
        actor: &session.account.id,
        role: "staff",
        action: "call_note",
        object: &case_id,
        origin: &origin,
    };
    store(db, &case_id, &session.account.id, &note, &audit).await?;
    Ok((StatusCode::CREATED, Json(note)))
}

/// Staff only, with a valid reason, on a case that exists; the database and the reason.
async fn staff_on_case<'a>(
    state: &'a AppState,
    session: &Session,
    case_id: &str,
    headers: &HeaderMap,
) -> Result<(&'a Db, String), ApiError> {
    if session.account.role != "staff" {
        return Err(ApiError::Forbidden("staff_only"));
    }
    let reason = crate::input::staff_reason(headers)?;
    let db = state.db.as_ref().ok_or(ApiError::NotFound)?;
    if db.case_owner(case_id).await?.is_none() {
        return Err(ApiError::NotFound);
    }
    Ok((db, reason))
}

async fn store(
    db: &Db,
    case_id: &str,
    staff_id: &str,
    note: &CallNote,
    audit: &AuditEntry<'_>,
) -> Result<(), sqlx::Error> {
    let mut transaction = db.begin_write().await?;
    sqlx::query(
        "INSERT INTO call_notes (id, case_id, staff_id, at, reason, next_step, deadline)
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(&note.id)
    .bind(case_id)
    .bind(staff_id)
    .bind(&note.at)
    .bind(&note.reason)
    .bind(&note.next_step)
    .bind(note.deadline.as_deref())
    .execute(&mut *transaction)
    .await?;
    crate::db::insert_audit(&mut transaction, audit, &format!("call note {}", note.id)).await?;
    transaction.commit().await
}

async fn list(db: &Db, case_id: &str) -> Result<Vec<CallNote>, sqlx::Error> {
    let rows: Vec<(String, String, String, String, String, Option<String>)> = sqlx::query_as(
        "SELECT n.id, n.at, a.display_name, n.reason, n.next_step, n.deadline FROM call_notes n
         JOIN accounts a ON a.id = n.staff_id WHERE n.case_id = $1 ORDER BY n.at DESC, n.id",
    )
    .bind(case_id)
    .fetch_all(&db.pool)
    .await?;
    Ok(rows
        .into_iter()
        .map(|(id, at, staff, reason, next_step, deadline)| CallNote { id, at, staff, reason, next_step, deadline })
        .collect())
}
