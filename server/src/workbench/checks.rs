//! The first and second check: blind double entry of the decisive facts. Each checker's facts
//! go into the case document and the engine computes; the entries are kept apart from the case
//! versions (staff can read those) until both are in. Then Helder compares the two results
//! figure by figure and keeps only the trace lines that differ: none, and the agreed facts
//! become the case's new version (on to the quality check or the call); any, and the case goes
//! to the expert team.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use helder_api::workbench::{CheckEntry, CheckFacts, CheckOutcome, TraceDifference};
use helder_core::contract::{ResultDocument, TraceLine};
use serde_json::{Value, json};
use std::collections::BTreeMap;

use super::audit::{self, NewCheck, Step};
use super::roles::{self, CHECKER};
use crate::api::ClientAddress;
use crate::auth::Session;
use crate::error::{ApiError, JsonBody, PathParams};
use crate::http::AppState;

/// The case document with the checker's facts: wages per month (wage-less months as 0.00), the
/// first sick day, the dagloon as set and what was paid. The step is fixed to `second_check` so
/// both entries are computed alike.
pub fn with_facts(document: &str, facts: &CheckFacts) -> Result<String, ApiError> {
    let mut case: Value =
        serde_json::from_str(document).map_err(|_| ApiError::Internal("a stored case document is not JSON".into()))?;
    let mut months: BTreeMap<&str, &str> = facts.wages.iter().map(|m| (m.month.as_str(), m.amount.as_str())).collect();
    for month in &facts.wageless_months {
        if months.insert(month.as_str(), "0.00").is_some_and(|wage| wage != "0.00") {
            return Err(ApiError::BadRequest("wageless_months", format!("{month} has a wage and is wage-less")));
        }
    }
    let months: Vec<Value> =
        months.into_iter().map(|(month, wage)| json!({ "month": month, "sv_wage": wage })).collect();
    case["first_sick_day"] = json!(facts.first_sick_day);
    case["wages"]["months"] = json!(months);
    case["correction"]["dagloon_as_set"] = json!(facts.dagloon_as_set);
    // No payments entered: Helder computes them from the dagloon as set (CASE-FORMAT.md).
    match case["correction"].as_object_mut() {
        Some(correction) if facts.paid.is_empty() => {
            correction.remove("paid");
        }
        _ => {
            let paid: Vec<Value> = facts.paid.iter().map(|m| json!({ "month": m.month, "amount": m.amount })).collect();
            case["correction"]["paid"] = json!(paid);
        }
    }
    case["correction"]["step"] = json!("second_check");
    Ok(case.to_string())
}

/// The engine's result of a document and the hash of its serialized form.
pub fn computed(document: &str) -> Result<(ResultDocument, String), ApiError> {
    let text = helder_core::compute(document).map_err(ApiError::Case)?;
    let hash = crate::api::sha256_hex(&text);
    let result = serde_json::from_str(&text).map_err(|e| ApiError::Internal(format!("result: {e}")))?;
    Ok((result, hash))
}

/// The trace lines on which two documents' results differ, by trace id, in the first's order
/// (then the lines only the second has).
pub fn differences(first: &str, second: &str) -> Result<Vec<TraceDifference>, ApiError> {
    let (first, _) = computed(first)?;
    let (second, _) = computed(second)?;
    let by_id: BTreeMap<&str, &TraceLine> = second.trace.iter().map(|l| (l.id.as_str(), l)).collect();
    let mut found = Vec::new();
    for line in &first.trace {
        let other = by_id.get(line.id.as_str());
        if other.is_none_or(|o| o.value != line.value) {
            found.push(TraceDifference {
                id: line.id.clone(),
                rule: line.rule.to_string(),
                figure: line.figure.clone(),
                first: Some(line.value.clone()),
                second: other.map(|o| o.value.clone()),
            });
        }
    }
    let first_ids: std::collections::BTreeSet<&str> = first.trace.iter().map(|l| l.id.as_str()).collect();
    for line in second.trace.iter().filter(|l| !first_ids.contains(l.id.as_str())) {
        found.push(TraceDifference {
            id: line.id.clone(),
            rule: line.rule.to_string(),
            figure: line.figure.clone(),
            first: None,
            second: Some(line.value.clone()),
        });
    }
    Ok(found)
}

#[utoipa::path(post, path = "/api/v1/workbench/cases/{case_id}/checks", tag = "workbench",
    summary = "Record a check: the decisive facts, entered blind",
    description = "The first check moves the case to the second check; the second, by another checker who cannot \
                   read the first entry, compares both results and answers only the trace lines that differ.",
    security(("session" = [])),
    params(("case_id" = String, Path, description = "The case number (`WIA-…`)"),
        ("X-CSRF-Token" = String, Header, description = "The session's CSRF token (from GET /api/v1/session)")),
    request_body = CheckEntry,
    responses(
        (status = 201, description = "Recorded", body = CheckOutcome),
        (status = 400, description = "No reason (`why`), or facts that contradict each other", body = helder_api::Error),
        (status = 401, description = "Not signed in", body = helder_api::Error),
        (status = 403, description = "Not a checker (`team_role`), or the first checker again (`four_eyes`)", body = helder_api::Error),
        (status = 404, description = "No such case on the workbench", body = helder_api::Error),
        (status = 409, description = "Not taken, another step, or saved since (`version_conflict`)", body = helder_api::Error),
        (status = 422, description = "The facts do not compute", body = helder_api::CaseError),
    ))]
pub async fn check(
    State(state): State<AppState>,
    session: Session,
    PathParams(case_id): PathParams<String>,
    ClientAddress(address): ClientAddress,
    JsonBody(body): JsonBody<CheckEntry>,
) -> Result<(StatusCode, Json<CheckOutcome>), ApiError> {
    let db = state.db.as_ref().ok_or(ApiError::NotFound)?;
    roles::require(db, &session, CHECKER).await?;
    let why = audit::why(&body.why)?;
    let case = audit::state(db, &case_id).await?;
    let round = match case.step.as_str() {
        "first_check" => 1,
        "second_check" => 2,
        _ => return Err(ApiError::Conflict("wrong_step", format!("the case is in step {}", case.step))),
    };
    let earlier = audit::checks(db, &case_id).await?;
    if round == 2 && earlier.iter().any(|c| c.checker_id == session.account.id) {
        return Err(ApiError::Forbidden("four_eyes"));
    }
    audit::taken_by_me(&case, &session, &case.step, body.version)?;
    let current = audit::document_at(db, &case).await?;
    let entry = with_facts(&current, &body.facts)?;
    let (result, result_hash) = computed(&entry)?;
    let facts = serde_json::to_string(&body.facts).map_err(|e| ApiError::Internal(e.to_string()))?;
    let check = Some(NewCheck { round, facts, document: entry.clone(), result_hash });
    let origin = address.to_string();
    if round == 1 {
        // The case version records the step only: the entry stays blind to the second checker.
        let step = Step {
            case: &case,
            session: &session,
            team_role: CHECKER,
            action: "first_check",
            step_to: "second_check",
            document: audit::with_step(&current, "second_check")?,
            what: "first check entered".into(),
            why: &why,
            check,
            keep_claim: false,
        };
        let version = audit::save(db, step, &origin).await?;
        let outcome =
            CheckOutcome { round, agree: None, differences: Vec::new(), step: "second_check".into(), version };
        return Ok((StatusCode::CREATED, Json(outcome)));
    }
    let first = earlier.iter().find(|c| c.round == 1).ok_or_else(|| ApiError::Internal("no first check".into()))?;
    let differences = differences(&first.document, &entry)?;
    let agree = differences.is_empty();
    let (step_to, document, what) = if agree {
        let next = super::quality::next_step(&state.workbench, &case_id, &result);
        (next, audit::with_step(&entry, next)?, "second check agrees; the agreed facts are the case's".to_owned())
    } else {
        let ids: Vec<&str> = differences.iter().map(|d| d.id.as_str()).collect();
        (
            "expert_team",
            audit::with_step(&current, "expert_team")?,
            format!("second check differs on {}", ids.join(", ")),
        )
    };
    let step = Step {
        case: &case,
        session: &session,
        team_role: CHECKER,
        action: "second_check",
        step_to,
        document,
        what,
        why: &why,
        check,
        keep_claim: false,
    };
    let version = audit::save(db, step, &origin).await?;
    let outcome = CheckOutcome { round, agree: Some(agree), differences, step: step_to.into(), version };
    Ok((StatusCode::CREATED, Json(outcome)))
}
