//! The checkers' worklist of correction requests ("Dit klopt niet", `crate::correction_requests`):
//! its own list beside the case worklists, per state, oldest first. Opening a request is logged
//! in the client's access log like any staff view. A checker takes a received request (`received`
//! → `in_progress`; of two checkers at once, one wins: the trail's primary key) and, having taken
//! it, handles it with an outcome and why (`handled`). Every step is a trail row with its audit
//! row, in one transaction; the trail is append-only.

use axum::Json;
use axum::extract::State;
use helder_api::correction::{CorrectionRequest, HandleRequest, RequestItem, RequestList};

use super::roles::{self, CHECKER};
use crate::api::ClientAddress;
use crate::auth::Session;
use crate::correction_requests::load;
use crate::db::{AuditEntry, Db, now};
use crate::error::{ApiError, JsonBody, PathParams, QueryParams};
use crate::http::AppState;

/// The states of a request, in trail order.
pub const STATES: [&str; 3] = ["received", "in_progress", "handled"];
/// The outcomes of a handled request.
pub const OUTCOMES: [&str; 2] = ["corrected", "not_corrected"];
/// Requests per list, at most.
const LIST_MAX: i64 = 100;

#[derive(serde::Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct StateQuery {
    /// `received` (default), `in_progress` or `handled`.
    pub state: Option<String>,
}

type ItemRow = (String, String, String, String, String, String);

#[utoipa::path(get, path = "/api/v1/workbench/correction-requests", tag = "workbench",
    summary = "The correction requests in one state, oldest first (at most 100)",
    security(("session" = [])),
    params(StateQuery),
    responses(
        (status = 200, description = "The requests", body = RequestList),
        (status = 400, description = "An unknown state (`state`)", body = helder_api::Error),
        (status = 401, description = "Not signed in", body = helder_api::Error),
        (status = 403, description = "No team role (`workbench_only`)", body = helder_api::Error),
    ))]
pub async fn list(
    State(state): State<AppState>,
    session: Session,
    QueryParams(query): QueryParams<StateQuery>,
) -> Result<Json<RequestList>, ApiError> {
    let db = state.db.as_ref().ok_or(ApiError::NotFound)?;
    roles::team_roles(db, &session).await?;
    let wanted = query.state.as_deref().unwrap_or("received");
    let step = STATES
        .iter()
        .position(|s| *s == wanted)
        .ok_or_else(|| ApiError::BadRequest("state", format!("one of {}", STATES.join(", "))))? as i64
        + 1;
    // A request is in the state of its last trail step: the step with no later one.
    let rows: Vec<ItemRow> = sqlx::query_as(
        "SELECT r.id, r.case_id, r.month, r.received_at, t.state, a.display_name
         FROM correction_requests r
         JOIN correction_request_trail t ON t.request_id = r.id AND t.step = $1
         JOIN accounts a ON a.id = t.actor_id
         WHERE NOT EXISTS (SELECT 1 FROM correction_request_trail later
                           WHERE later.request_id = r.id AND later.step > t.step)
         ORDER BY r.received_at, r.id LIMIT $2",
    )
    .bind(step)
    .bind(LIST_MAX)
    .fetch_all(&db.pool)
    .await?;
    let items = rows
        .into_iter()
        .map(|(id, case_id, month, received_at, state, actor)| RequestItem {
            id,
            case_id,
            month,
            received_at,
            // The client's own step names no one.
            taken_by: (state != "received").then_some(actor),
            state,
        })
        .collect();
    Ok(Json(RequestList { items }))
}

#[utoipa::path(get, path = "/api/v1/workbench/correction-requests/{request_id}", tag = "workbench",
    summary = "Open a correction request: the client's entry, the estimate they saw and the trail (logged in the client's access log)",
    security(("session" = [])),
    params(("request_id" = String, Path, description = "The request's id")),
    responses(
        (status = 200, description = "The request", body = CorrectionRequest),
        (status = 401, description = "Not signed in", body = helder_api::Error),
        (status = 403, description = "No team role (`workbench_only`)", body = helder_api::Error),
        (status = 404, description = "No such request", body = helder_api::Error),
    ))]
pub async fn open(
    State(state): State<AppState>,
    session: Session,
    PathParams(request_id): PathParams<String>,
    ClientAddress(address): ClientAddress,
) -> Result<Json<CorrectionRequest>, ApiError> {
    let db = state.db.as_ref().ok_or(ApiError::NotFound)?;
    roles::team_roles(db, &session).await?;
    let request = load(db, &request_id, true).await?;
    // The client sees in their access log that their request was opened.
    let reason = format!("Verzoek om correctie van het loon van {}: {}", request.month, state_in_dutch(&request.state));
    db.record_access(&request.case_id, &session.account.id, "staff", Some(&reason)).await?;
    db.audit(&session.account.id, "staff", "correction_request_open", &request.case_id, "ok", &address.to_string())
        .await?;
    Ok(Json(request))
}

#[utoipa::path(post, path = "/api/v1/workbench/correction-requests/{request_id}/take", tag = "workbench",
    summary = "Take a received correction request: it is in progress, with you",
    security(("session" = [])),
    params(("request_id" = String, Path, description = "The request's id"),
        ("X-CSRF-Token" = String, Header, description = "The session's CSRF token (from GET /api/v1/session)")),
    responses(
        (status = 200, description = "Taken", body = CorrectionRequest),
        (status = 401, description = "Not signed in", body = helder_api::Error),
        (status = 403, description = "Not a checker (`team_role`)", body = helder_api::Error),
        (status = 404, description = "No such request", body = helder_api::Error),
        (status = 409, description = "Taken or handled already (`taken`)", body = helder_api::Error),
    ))]
pub async fn take(
    State(state): State<AppState>,
    session: Session,
    PathParams(request_id): PathParams<String>,
    ClientAddress(address): ClientAddress,
) -> Result<Json<CorrectionRequest>, ApiError> {
    let db = state.db.as_ref().ok_or(ApiError::NotFound)?;
    roles::require(db, &session, CHECKER).await?;
    let request = load(db, &request_id, true).await?;
    if request.state != "received" {
        return Err(ApiError::Conflict("taken", "someone has taken this request already".into()));
    }
    let step = Step { request: &request, step: 2, state: "in_progress", outcome: None, note: None };
    write(db, &session, step, &address.to_string()).await?;
    Ok(Json(load(db, &request_id, true).await?))
}

#[utoipa::path(post, path = "/api/v1/workbench/correction-requests/{request_id}/handle", tag = "workbench",
    summary = "Handle a correction request you took: the outcome and why",
    security(("session" = [])),
    params(("request_id" = String, Path, description = "The request's id"),
        ("X-CSRF-Token" = String, Header, description = "The session's CSRF token (from GET /api/v1/session)")),
    request_body = HandleRequest,
    responses(
        (status = 200, description = "Handled", body = CorrectionRequest),
        (status = 400, description = "An unknown outcome (`outcome`) or no reason (`why`)", body = helder_api::Error),
        (status = 401, description = "Not signed in", body = helder_api::Error),
        (status = 403, description = "Not a checker (`team_role`)", body = helder_api::Error),
        (status = 404, description = "No such request", body = helder_api::Error),
        (status = 409, description = "Not taken by you (`not_taken`), or handled already", body = helder_api::Error),
    ))]
pub async fn handle(
    State(state): State<AppState>,
    session: Session,
    PathParams(request_id): PathParams<String>,
    ClientAddress(address): ClientAddress,
    JsonBody(body): JsonBody<HandleRequest>,
) -> Result<Json<CorrectionRequest>, ApiError> {
    let db = state.db.as_ref().ok_or(ApiError::NotFound)?;
    roles::require(db, &session, CHECKER).await?;
    let outcome = OUTCOMES
        .into_iter()
        .find(|o| *o == body.outcome)
        .ok_or_else(|| ApiError::BadRequest("outcome", format!("one of {}", OUTCOMES.join(", "))))?;
    let why = super::audit::why(&body.why)?;
    let request = load(db, &request_id, true).await?;
    let taken_by_me =
        request.state == "in_progress" && taker(db, &request_id).await?.as_deref() == Some(session.account.id.as_str());
    if !taken_by_me {
        return Err(ApiError::Conflict("not_taken", "take the request from the list first".into()));
    }
    let step = Step { request: &request, step: 3, state: "handled", outcome: Some(outcome), note: Some(&why) };
    write(db, &session, step, &address.to_string()).await?;
    Ok(Json(load(db, &request_id, true).await?))
}

/// The account that took the request (step 2), if any.
async fn taker(db: &Db, request_id: &str) -> Result<Option<String>, sqlx::Error> {
    let row: Option<(String,)> =
        sqlx::query_as("SELECT actor_id FROM correction_request_trail WHERE request_id = $1 AND step = 2")
            .bind(request_id)
            .fetch_optional(&db.pool)
            .await?;
    Ok(row.map(|(id,)| id))
}

struct Step<'a> {
    request: &'a CorrectionRequest,
    step: i64,
    state: &'a str,
    outcome: Option<&'a str>,
    note: Option<&'a str>,
}

/// One trail row and its audit row; a step written by someone else first is a 409.
async fn write(db: &Db, session: &Session, step: Step<'_>, origin: &str) -> Result<(), ApiError> {
    let mut transaction = db.begin_write().await?;
    let inserted = sqlx::query(
        "INSERT INTO correction_request_trail (request_id, step, state, at, actor_id, outcome, note)
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(&step.request.id)
    .bind(step.step)
    .bind(step.state)
    .bind(now())
    .bind(&session.account.id)
    .bind(step.outcome)
    .bind(step.note)
    .execute(&mut *transaction)
    .await;
    match inserted {
        Ok(_) => {}
        Err(sqlx::Error::Database(error)) if error.is_unique_violation() => {
            return Err(ApiError::Conflict("taken", "someone else saved this request first".into()));
        }
        Err(error) => return Err(error.into()),
    }
    let action = if step.step == 2 { "correction_request_take" } else { "correction_request_handle" };
    let audit = AuditEntry { actor: &session.account.id, role: "staff", action, object: &step.request.case_id, origin };
    let what = format!(
        "request {} → {}{}",
        step.request.id,
        step.state,
        step.outcome.map(|o| format!(": {o}")).unwrap_or_default()
    );
    crate::db::insert_audit(&mut transaction, &audit, &what).await?;
    transaction.commit().await?;
    Ok(())
}

/// The state as the client reads it in their access log (Dutch, like the rest of it).
fn state_in_dutch(state: &str) -> &'static str {
    match state {
        "received" => "ontvangen",
        "in_progress" => "in behandeling",
        _ => "afgehandeld",
    }
}
