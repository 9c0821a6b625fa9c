//! Worklists: per category and step, oldest first, with age and due date, paged by keyset (the
//! `workbench_worklist` index serves the query, so a page costs the same at page 1 and page
//! 4,000). Taking a case claims it for one person.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use helder_api::workbench::{Claim, StepDone, Worklist, WorklistItem};
use serde::Deserialize;

use super::audit::{self, CaseState, Step};
use super::roles;
use crate::api::ClientAddress;
use crate::auth::Session;
use crate::error::{ApiError, JsonBody, PathParams, QueryParams};
use crate::http::AppState;

/// Cases per page, at most.
pub const PAGE_MAX: i64 = 100;

#[derive(Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct WorklistQuery {
    /// The category (`loonloze_tijdvakken`, …); required.
    pub category: Option<String>,
    /// The step (`sorted`, `first_check`, …); required.
    pub step: Option<String>,
    /// The cursor from the previous page's `next`.
    pub after: Option<String>,
    /// Cases per page (1-100, default 50).
    pub limit: Option<i64>,
}

type ItemRow = (String, String, String, String, String, Option<String>, i64);

#[utoipa::path(get, path = "/api/v1/workbench/worklist", tag = "workbench",
    summary = "A worklist: one category and step, oldest first, paged",
    security(("session" = [])),
    params(WorklistQuery),
    responses(
        (status = 200, description = "A page of the worklist", body = Worklist),
        (status = 400, description = "A malformed cursor or limit", body = helder_api::Error),
        (status = 401, description = "Not signed in", body = helder_api::Error),
        (status = 403, description = "No team role (`workbench_only`)", body = helder_api::Error),
    ))]
pub async fn worklist(
    State(state): State<AppState>,
    session: Session,
    QueryParams(query): QueryParams<WorklistQuery>,
) -> Result<Json<Worklist>, ApiError> {
    let db = state.db.as_ref().ok_or(ApiError::NotFound)?;
    roles::team_roles(db, &session).await?;
    let (Some(category), Some(step)) = (&query.category, &query.step) else {
        return Err(ApiError::BadRequest("worklist", "give a category and a step".into()));
    };
    let limit = query.limit.unwrap_or(50);
    if !(1..=PAGE_MAX).contains(&limit) {
        return Err(ApiError::BadRequest("limit", format!("a number from 1 to {PAGE_MAX}")));
    }
    // The cursor is the last row's (received_at, case_id); the first page starts before any. The
    // row-value comparison is what both SQLite and PostgreSQL turn into an index range (an OR of
    // two comparisons made PostgreSQL filter from the start of the category and step).
    let (after_date, after_case) = match query.after.as_deref() {
        None => (String::new(), String::new()),
        Some(cursor) => {
            let (date, case) = cursor
                .split_once('/')
                .filter(|(date, _)| helder_core::calendar::parse_date(date).is_some())
                .ok_or_else(|| ApiError::BadRequest("after", "the cursor from the previous page".into()))?;
            (date.to_owned(), case.to_owned())
        }
    };
    let rows: Vec<ItemRow> = sqlx::query_as(
        "SELECT w.case_id, w.category, w.step, w.received_at, w.due_date, a.display_name, w.version
         FROM workbench_cases w LEFT JOIN accounts a ON a.id = w.claimed_by
         WHERE w.category = $1 AND w.step = $2
           AND (w.received_at, w.case_id) > ($3, $4)
         ORDER BY w.received_at, w.case_id LIMIT $5",
    )
    .bind(category)
    .bind(step)
    .bind(&after_date)
    .bind(&after_case)
    .bind(limit + 1)
    .fetch_all(&db.pool)
    .await?;
    let today = crate::dutch_day::today();
    let mut items: Vec<WorklistItem> = rows
        .into_iter()
        .map(|(case_id, category, step, received_at, due_date, claimed_by, version)| {
            let age_days = helder_core::calendar::parse_date(&received_at).map_or(0, |d| (today - d).num_days());
            WorklistItem { case_id, category, step, received_at, age_days, due_date, claimed_by, version }
        })
        .collect();
    let next = if items.len() as i64 > limit {
        items.truncate(limit as usize);
        items.last().map(|last| format!("{}/{}", last.received_at, last.case_id))
    } else {
        None
    };
    Ok(Json(Worklist { items, next }))
}

#[utoipa::path(post, path = "/api/v1/workbench/cases/{case_id}/claim", tag = "workbench",
    summary = "Take a case: it is yours until you finish its step",
    description = "Taking a sorted case starts its first check. The second check, the expert team and the quality \
                   check cannot be taken by someone who checked the case (four eyes).",
    security(("session" = [])),
    params(("case_id" = String, Path, description = "The case number (`WIA-…`)"),
        ("X-CSRF-Token" = String, Header, description = "The session's CSRF token (from GET /api/v1/session)")),
    request_body = Claim,
    responses(
        (status = 200, description = "Taken", body = StepDone),
        (status = 401, description = "Not signed in", body = helder_api::Error),
        (status = 403, description = "No team role for this step (`team_role`), or four eyes (`four_eyes`)", body = helder_api::Error),
        (status = 404, description = "No such case on the workbench", body = helder_api::Error),
        (status = 409, description = "Taken by someone else, or saved since (`version_conflict`)", body = helder_api::Error),
    ))]
pub async fn claim(
    State(state): State<AppState>,
    session: Session,
    PathParams(case_id): PathParams<String>,
    ClientAddress(address): ClientAddress,
    JsonBody(body): JsonBody<Claim>,
) -> Result<(StatusCode, Json<StepDone>), ApiError> {
    let db = state.db.as_ref().ok_or(ApiError::NotFound)?;
    roles::team_roles(db, &session).await?;
    let case = audit::state(db, &case_id).await?;
    let role = roles::for_step(&case.step)
        .ok_or_else(|| ApiError::Conflict("wrong_step", "a decided case has no step left".into()))?;
    roles::require(db, &session, role).await?;
    four_eyes(&state, &case, &session).await?;
    if case.version != body.version {
        return Err(audit::conflict(body.version));
    }
    if case.claimed_by.as_ref().is_some_and(|holder| holder != &session.account.id) {
        return Err(ApiError::Conflict("taken", "someone else has taken this case".into()));
    }
    let origin = address.to_string();
    if case.step == "sorted" {
        // Taking a sorted case starts its first check: a new case version with that step.
        let document = audit::with_step(&audit::document_at(db, &case).await?, "first_check")?;
        let step = Step {
            case: &case,
            session: &session,
            team_role: role,
            action: "claim",
            step_to: "first_check",
            document,
            what: "taken for the first check".into(),
            why: "taken from the worklist",
            check: None,
            keep_claim: true,
        };
        let version = audit::save(db, step, &origin).await?;
        return Ok((StatusCode::OK, Json(StepDone { step: "first_check".into(), version, copies: Vec::new() })));
    }
    // Any other step: the claim only, on the version read and only if nobody has it.
    let mut transaction = db.begin_write().await?;
    let taken = sqlx::query(
        "UPDATE workbench_cases SET claimed_by = $1 WHERE case_id = $2 AND version = $3
           AND (claimed_by IS NULL OR claimed_by = $1)",
    )
    .bind(&session.account.id)
    .bind(&case_id)
    .bind(body.version)
    .execute(&mut *transaction)
    .await?;
    if taken.rows_affected() != 1 {
        return Err(ApiError::Conflict("taken", "someone else took or saved this case first".into()));
    }
    audit::record_step(
        &mut transaction,
        &case,
        &session,
        role,
        "claim",
        &case.step,
        case.version,
        "taken",
        "taken from the worklist",
        &origin,
    )
    .await?;
    transaction.commit().await?;
    Ok((StatusCode::OK, Json(StepDone { step: case.step, version: case.version, copies: Vec::new() })))
}

/// The four eyes at the moment of taking: the second check by another checker; the expert team
/// and the quality check by nobody who checked the case; the quality check not by its expert.
pub async fn four_eyes(state: &AppState, case: &CaseState, session: &Session) -> Result<(), ApiError> {
    let db = state.db.as_ref().ok_or(ApiError::NotFound)?;
    let me = session.account.id.as_str();
    let checked = audit::checks(db, &case.case_id).await?.iter().any(|c| c.checker_id == me);
    let decided = audit::actors_of(db, &case.case_id, "expert_decision").await?.iter().any(|a| a == me);
    let refused = match case.step.as_str() {
        "second_check" | "expert_team" => checked,
        "quality_check" => checked || decided,
        _ => false,
    };
    if refused { Err(ApiError::Forbidden("four_eyes")) } else { Ok(()) }
}
