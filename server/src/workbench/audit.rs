//! The case on the workbench: its state, opening it (logged for the client like every staff
//! view), and saving a step. A save names the case version it was read at; the step, the new
//! case version (with its dashboard summary), the step record and the audit row commit in one
//! transaction, or none does (409 when another save came first: nothing is overwritten).

use axum::Json;
use axum::extract::State;
use helder_api::workbench::{CheckFacts, RecordedCheck, StepRecord, WorkbenchCase};

use crate::api::ClientAddress;
use crate::auth::Session;
use crate::db::{AuditEntry, Db, now, random_id};
use crate::error::{ApiError, PathParams};
use crate::http::AppState;

/// A case's row on the workbench.
#[derive(Clone, Debug)]
pub struct CaseState {
    pub case_id: String,
    pub category: String,
    pub step: String,
    pub received_at: String,
    pub due_date: String,
    pub claimed_by: Option<String>,
    pub version: i64,
}

type StepRow = (String, String, String, String, String, String, String, String);
type StateRow = (String, String, String, String, String, Option<String>, i64);

pub async fn state(db: &Db, case_id: &str) -> Result<CaseState, ApiError> {
    let row: Option<StateRow> = sqlx::query_as(
        "SELECT case_id, category, step, received_at, due_date, claimed_by, version FROM workbench_cases
         WHERE case_id = $1",
    )
    .bind(case_id)
    .fetch_optional(&db.pool)
    .await?;
    let (case_id, category, step, received_at, due_date, claimed_by, version) = row.ok_or(ApiError::NotFound)?;
    Ok(CaseState { case_id, category, step, received_at, due_date, claimed_by, version })
}

/// A recorded check (blind entry).
#[derive(Clone, Debug)]
pub struct Check {
    pub round: i64,
    pub checker_id: String,
    pub checker: String,
    pub at: String,
    pub facts: String,
    pub document: String,
    pub result_hash: String,
}

pub async fn checks(db: &Db, case_id: &str) -> Result<Vec<Check>, ApiError> {
    let rows: Vec<(i64, String, String, String, String, String, String)> = sqlx::query_as(
        "SELECT c.round, c.checker_id, a.display_name, c.at, c.facts, c.document, c.result_hash
         FROM workbench_checks c JOIN accounts a ON a.id = c.checker_id WHERE c.case_id = $1 ORDER BY c.round",
    )
    .bind(case_id)
    .fetch_all(&db.pool)
    .await?;
    Ok(rows
        .into_iter()
        .map(|(round, checker_id, checker, at, facts, document, result_hash)| Check {
            round,
            checker_id,
            checker,
            at,
            facts,
            document,
            result_hash,
        })
        .collect())
}

/// Who did a given action on the case (the expert who decided, for the quality check's four eyes).
pub async fn actors_of(db: &Db, case_id: &str, action: &str) -> Result<Vec<String>, ApiError> {
    let rows: Vec<(String,)> =
        sqlx::query_as("SELECT DISTINCT actor_id FROM workbench_steps WHERE case_id = $1 AND action = $2")
            .bind(case_id)
            .bind(action)
            .fetch_all(&db.pool)
            .await?;
    Ok(rows.into_iter().map(|(id,)| id).collect())
}

/// The `what` of the steps with this action (e.g. the outcomes of the calls).
pub async fn whats_of(db: &Db, case_id: &str, action: &str) -> Result<Vec<String>, ApiError> {
    let rows: Vec<(String,)> = sqlx::query_as("SELECT what FROM workbench_steps WHERE case_id = $1 AND action = $2")
        .bind(case_id)
        .bind(action)
        .fetch_all(&db.pool)
        .await?;
    Ok(rows.into_iter().map(|(what,)| what).collect())
}

/// The latest case document; it must be the version the workbench row is at.
pub async fn document_at(db: &Db, case: &CaseState) -> Result<String, ApiError> {
    let latest = db.latest_version(&case.case_id).await?.ok_or(ApiError::NotFound)?;
    if latest.version != case.version {
        return Err(conflict(case.version));
    }
    Ok(latest.document)
}

/// The case document with `correction.step` set.
pub fn with_step(document: &str, step: &str) -> Result<String, ApiError> {
    let mut case: serde_json::Value =
        serde_json::from_str(document).map_err(|_| ApiError::Internal("a stored case document is not JSON".into()))?;
    case["correction"]["step"] = serde_json::json!(step);
    Ok(case.to_string())
}

pub fn conflict(version: i64) -> ApiError {
    ApiError::Conflict(
        "version_conflict",
        format!(
            "this case was saved by someone else after you read version {version}; nothing of yours \
             was stored and nothing of theirs was overwritten: open the case again and redo the step"
        ),
    )
}

/// The reader's own state check before a step: the case is in `step` and taken by them.
pub fn taken_by_me(case: &CaseState, session: &Session, step: &str, version: i64) -> Result<(), ApiError> {
    if case.version != version {
        return Err(conflict(version));
    }
    if case.step != step {
        return Err(ApiError::Conflict("wrong_step", format!("the case is in step {}", case.step)));
    }
    if case.claimed_by.as_deref() != Some(session.account.id.as_str()) {
        return Err(ApiError::Conflict("not_taken", "take the case from the worklist first".into()));
    }
    Ok(())
}

/// A blind entry saved with its step.
pub struct NewCheck {
    pub round: i64,
    pub facts: String,
    pub document: String,
    pub result_hash: String,
}

/// One step: from the version read to the next one.
pub struct Step<'a> {
    pub case: &'a CaseState,
    pub session: &'a Session,
    pub team_role: &'a str,
    pub action: &'a str,
    pub step_to: &'a str,
    /// The new case version's document.
    pub document: String,
    pub what: String,
    pub why: &'a str,
    pub check: Option<NewCheck>,
    /// Keep the case taken by the actor (a call that did not reach the client).
    pub keep_claim: bool,
}

/// The reason a step is done, as written in the audit: a visible sentence of 5-500 characters.
pub fn why(text: &str) -> Result<String, ApiError> {
    let text = text.trim();
    crate::input::shown_text(text, 500)
        .map_err(|problem| ApiError::BadRequest("why", format!("the reason {problem}")))?;
    if text.chars().count() < 5 {
        return Err(ApiError::BadRequest("why", "say why in a few words".into()));
    }
    Ok(text.to_owned())
}

/// Saves a step: the workbench row moves only from the version read (else 409), the new case
/// version, the blind entry, the step record and the audit row commit together.
pub async fn save(db: &Db, step: Step<'_>, origin: &str) -> Result<i64, ApiError> {
    let case = step.case;
    let version = case.version + 1;
    let at = now();
    let mut transaction = db.begin_write().await?;
    // The dashboard's kept totals move by the case's share, read under the case's lock.
    super::totals::lock(&mut transaction, &case.case_id).await?;
    let before = super::totals::share(&mut transaction, &case.case_id).await?;
    let claimed_by = step.keep_claim.then_some(step.session.account.id.as_str());
    let moved = sqlx::query(
        "UPDATE workbench_cases SET step = $1, claimed_by = $2, version = $3, step_since = $4
         WHERE case_id = $5 AND version = $6",
    )
    .bind(step.step_to)
    .bind(claimed_by)
    .bind(version)
    .bind(&at)
    .bind(&case.case_id)
    .bind(case.version)
    .execute(&mut *transaction)
    .await?;
    if moved.rows_affected() != 1 {
        return Err(conflict(case.version));
    }
    let inserted = sqlx::query(
        "INSERT INTO case_versions (case_id, version, document, created_at, created_by) VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(&case.case_id)
    .bind(version)
    .bind(&step.document)
    .bind(&at)
    .bind(&step.session.account.id)
    .execute(&mut *transaction)
    .await;
    match inserted {
        Ok(_) => {}
        Err(sqlx::Error::Database(error)) if error.is_unique_violation() => return Err(conflict(case.version)),
        Err(error) => return Err(error.into()),
    }
    crate::case_summary::write_row(&mut transaction, &case.case_id, version, &step.document).await?;
    if let Some(check) = &step.check {
        sqlx::query(
            "INSERT INTO workbench_checks (case_id, round, checker_id, at, facts, document, result_hash)
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(&case.case_id)
        .bind(check.round)
        .bind(&step.session.account.id)
        .bind(&at)
        .bind(&check.facts)
        .bind(&check.document)
        .bind(&check.result_hash)
        .execute(&mut *transaction)
        .await?;
    }
    record_step(
        &mut transaction,
        case,
        step.session,
        step.team_role,
        step.action,
        step.step_to,
        version,
        &step.what,
        step.why,
        origin,
    )
    .await?;
    let after = super::totals::share(&mut transaction, &case.case_id).await?;
    super::totals::shift(&mut transaction, before, after).await?;
    transaction.commit().await?;
    Ok(version)
}

/// Writes the step record and its audit row inside a transaction.
#[allow(clippy::too_many_arguments)] // one row's columns
pub async fn record_step(
    transaction: &mut sqlx::Transaction<'_, sqlx::Any>,
    case: &CaseState,
    session: &Session,
    team_role: &str,
    action: &str,
    step_to: &str,
    version: i64,
    what: &str,
    why: &str,
    origin: &str,
) -> Result<(), ApiError> {
    let at = now();
    sqlx::query(
        "INSERT INTO workbench_steps (id, case_id, at, actor_id, team_role, action, step_from, step_to, version, what, why)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
    )
    .bind(random_id())
    .bind(&case.case_id)
    .bind(&at)
    .bind(&session.account.id)
    .bind(team_role)
    .bind(action)
    .bind(&case.step)
    .bind(step_to)
    .bind(version)
    .bind(what)
    .bind(why)
    .execute(&mut **transaction)
    .await?;
    if action == "decision" {
        // The dashboard's kept decisions per day count the step in its own transaction.
        super::totals::count_decision(transaction, at.get(..10).unwrap_or(&at)).await?;
    }
    let audit = AuditEntry { actor: &session.account.id, role: "staff", action, object: &case.case_id, origin };
    crate::db::insert_audit(transaction, &audit, &format!("{} → {}: {what}", case.step, step_to)).await?;
    Ok(())
}

#[utoipa::path(get, path = "/api/v1/workbench/cases/{case_id}", tag = "workbench",
    summary = "Open a case on the workbench (logged in the client's access log)",
    description = "Checks are blind: until both checks are in, a reader sees only their own entry.",
    security(("session" = [])),
    params(("case_id" = String, Path, description = "The case number (`WIA-…`)")),
    responses(
        (status = 200, description = "The case's step, the checks the reader may see and its audited steps", body = WorkbenchCase),
        (status = 401, description = "Not signed in", body = helder_api::Error),
        (status = 403, description = "No team role (`workbench_only`)", body = helder_api::Error),
        (status = 404, description = "No such case on the workbench", body = helder_api::Error),
    ))]
pub async fn open(
    State(state): State<AppState>,
    session: Session,
    PathParams(case_id): PathParams<String>,
    ClientAddress(address): ClientAddress,
) -> Result<Json<WorkbenchCase>, ApiError> {
    let db = state.db.as_ref().ok_or(ApiError::NotFound)?;
    super::roles::team_roles(db, &session).await?;
    let case = self::state(db, &case_id).await?;
    let all = checks(db, &case_id).await?;
    // Blind double entry: until both checks are in, each reader sees only their own.
    let both_in = all.len() == 2;
    let visible: Vec<&Check> = all.iter().filter(|c| both_in || c.checker_id == session.account.id).collect();
    let differences =
        if both_in { super::checks::differences(&all[0].document, &all[1].document)? } else { Vec::new() };
    let recorded = visible
        .into_iter()
        .map(|c| {
            let facts: CheckFacts = serde_json::from_str(&c.facts)
                .map_err(|_| ApiError::Internal("stored check facts do not read".into()))?;
            Ok(RecordedCheck {
                round: c.round,
                checker: c.checker.clone(),
                at: c.at.clone(),
                facts,
                result_hash: c.result_hash.clone(),
            })
        })
        .collect::<Result<Vec<_>, ApiError>>()?;
    let rows: Vec<StepRow> = sqlx::query_as(
        "SELECT s.at, a.display_name, s.team_role, s.action, s.step_from, s.step_to, s.what, s.why
         FROM workbench_steps s JOIN accounts a ON a.id = s.actor_id WHERE s.case_id = $1 ORDER BY s.at, s.version",
    )
    .bind(&case_id)
    .fetch_all(&db.pool)
    .await?;
    let steps = rows
        .into_iter()
        .map(|(at, actor, team_role, action, step_from, step_to, what, why)| StepRecord {
            at,
            actor,
            team_role,
            action,
            step_from,
            step_to,
            what,
            why,
        })
        .collect();
    // The client sees in their access log that the file was opened, and in which step.
    let reason = format!("Herstel dagloon: {}", step_in_dutch(&case.step));
    db.record_access(&case_id, &session.account.id, "staff", Some(&reason)).await?;
    db.audit(&session.account.id, "staff", "workbench_open", &case_id, "ok", &address.to_string()).await?;
    let claimed_by = match &case.claimed_by {
        Some(id) => db.account(id).await?.map(|a| a.display_name),
        None => None,
    };
    Ok(Json(WorkbenchCase {
        case_id: case.case_id,
        category: case.category,
        step: case.step,
        version: case.version,
        claimed_by,
        received_at: case.received_at,
        due_date: case.due_date,
        checks: recorded,
        differences,
        steps,
    }))
}

/// Puts a stored case on the workbench in a category and step (import, demo data, tests).
pub async fn enroll(
    db: &Db,
    case_id: &str,
    category: &str,
    step: &str,
    received_at: &str,
    due_date: &str,
) -> Result<(), ApiError> {
    let version = db.latest_version(case_id).await?.ok_or(ApiError::NotFound)?.version;
    // The row and its share of the dashboard's kept totals commit together.
    let mut transaction = db.begin_write().await?;
    super::totals::lock(&mut transaction, case_id).await?;
    sqlx::query(
        "INSERT INTO workbench_cases (case_id, category, step, received_at, due_date, claimed_by, version, step_since)
         VALUES ($1, $2, $3, $4, $5, NULL, $6, $7)",
    )
    .bind(case_id)
    .bind(category)
    .bind(step)
    .bind(received_at)
    .bind(due_date)
    .bind(version)
    .bind(now())
    .execute(&mut *transaction)
    .await?;
    let share = super::totals::share(&mut transaction, case_id).await?;
    super::totals::shift(&mut transaction, None, share).await?;
    transaction.commit().await?;
    Ok(())
}

/// The step as the client reads it in their access log (Dutch, like the rest of it).
pub fn step_in_dutch(step: &str) -> &'static str {
    match step {
        "sorted" => "gesorteerd",
        "first_check" => "eerste controle",
        "second_check" => "tweede controle",
        "expert_team" => "expertteam",
        "quality_check" => "kwaliteitscontrole",
        "phone_call" => "telefoongesprek",
        _ => "besluit",
    }
}
