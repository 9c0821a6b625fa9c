//! The phone call and the decision. The call is logged with its outcome (`reached`,
//! `not_reached`, `client_disagrees` — the last sends the case to the expert team). The decision
//! adds UWV's decision (`decisions[]` kind `dagloon_correction`, with the corrected dagloon and
//! the back payment as agreed) to the case, so its figures become `decided`; the letter goes to
//! the client with a copy to the employer, and the step record lists both copies.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use helder_api::workbench::{Decide, PhoneCall, StepDone};
use serde_json::{Value, json};

use super::audit::{self, Step};
use super::roles::{self, CHECKER};
use crate::api::ClientAddress;
use crate::auth::Session;
use crate::error::{ApiError, JsonBody, PathParams};
use crate::http::AppState;

/// The outcomes a call can have.
pub const OUTCOMES: [&str; 3] = ["reached", "not_reached", "client_disagrees"];
/// Who receives the decision letter.
pub const COPIES: [&str; 2] = ["client", "employer"];

#[utoipa::path(post, path = "/api/v1/workbench/cases/{case_id}/calls", tag = "workbench",
    summary = "Log the phone call with its outcome",
    security(("session" = [])),
    params(("case_id" = String, Path, description = "The case number (`WIA-…`)"),
        ("X-CSRF-Token" = String, Header, description = "The session's CSRF token (from GET /api/v1/session)")),
    request_body = PhoneCall,
    responses(
        (status = 201, description = "Logged", body = StepDone),
        (status = 400, description = "No reason (`why`), or an unknown outcome (`outcome`)", body = helder_api::Error),
        (status = 401, description = "Not signed in", body = helder_api::Error),
        (status = 403, description = "Not a checker (`team_role`)", body = helder_api::Error),
        (status = 404, description = "No such case on the workbench", body = helder_api::Error),
        (status = 409, description = "Not taken, another step, or saved since (`version_conflict`)", body = helder_api::Error),
    ))]
pub async fn phone_call(
    State(state): State<AppState>,
    session: Session,
    PathParams(case_id): PathParams<String>,
    ClientAddress(address): ClientAddress,
    JsonBody(body): JsonBody<PhoneCall>,
) -> Result<(StatusCode, Json<StepDone>), ApiError> {
    let db = state.db.as_ref().ok_or(ApiError::NotFound)?;
    roles::require(db, &session, CHECKER).await?;
    let why = audit::why(&body.why)?;
    let outcome = OUTCOMES
        .into_iter()
        .find(|o| *o == body.outcome)
        .ok_or_else(|| ApiError::BadRequest("outcome", format!("one of {}", OUTCOMES.join(", "))))?;
    let case = audit::state(db, &case_id).await?;
    audit::taken_by_me(&case, &session, "phone_call", body.version)?;
    let current = audit::document_at(db, &case).await?;
    let step_to = if outcome == "client_disagrees" { "expert_team" } else { "phone_call" };
    let step = Step {
        case: &case,
        session: &session,
        team_role: CHECKER,
        action: "call",
        step_to,
        document: audit::with_step(&current, step_to)?,
        what: outcome.into(),
        why: &why,
        check: None,
        keep_claim: step_to == "phone_call",
    };
    let version = audit::save(db, step, &address.to_string()).await?;
    Ok((StatusCode::CREATED, Json(StepDone { step: step_to.into(), version, copies: Vec::new() })))
}

#[utoipa::path(post, path = "/api/v1/workbench/cases/{case_id}/decision", tag = "workbench",
    summary = "Record UWV's decision: the case's figures become decided; the employer's copy is listed",
    security(("session" = [])),
    params(("case_id" = String, Path, description = "The case number (`WIA-…`)"),
        ("X-CSRF-Token" = String, Header, description = "The session's CSRF token (from GET /api/v1/session)")),
    request_body = Decide,
    responses(
        (status = 201, description = "Decided", body = StepDone),
        (status = 400, description = "No reason (`why`), a date that is not a past date (`date`), or a reference of other than 1-64 printable characters (`reference`)", body = helder_api::Error),
        (status = 401, description = "Not signed in", body = helder_api::Error),
        (status = 403, description = "Not a checker (`team_role`)", body = helder_api::Error),
        (status = 404, description = "No such case on the workbench", body = helder_api::Error),
        (status = 409, description = "No call logged yet (`call_first`), not taken, another step, or saved since", body = helder_api::Error),
        (status = 422, description = "The decided case does not compute", body = helder_api::CaseError),
    ))]
pub async fn decision(
    State(state): State<AppState>,
    session: Session,
    PathParams(case_id): PathParams<String>,
    ClientAddress(address): ClientAddress,
    JsonBody(body): JsonBody<Decide>,
) -> Result<(StatusCode, Json<StepDone>), ApiError> {
    let db = state.db.as_ref().ok_or(ApiError::NotFound)?;
    roles::require(db, &session, CHECKER).await?;
    let why = audit::why(&body.why)?;
    let date = helder_core::calendar::parse_date(&body.date)
        .filter(|d| *d <= crate::dutch_day::today())
        .ok_or_else(|| ApiError::BadRequest("date", "the letter's date as YYYY-MM-DD, not after today".into()))?;
    let reference = body.reference.trim();
    if reference.is_empty() || reference.chars().count() > 64 || reference.chars().any(char::is_control) {
        return Err(ApiError::BadRequest("reference", "the letter's reference, 1 to 64 printable characters".into()));
    }
    let case = audit::state(db, &case_id).await?;
    audit::taken_by_me(&case, &session, "phone_call", body.version)?;
    let calls = audit::whats_of(db, &case_id, "call").await?;
    if !calls.iter().any(|o| o == "reached" || o == "not_reached") {
        return Err(ApiError::Conflict("call_first", "log the phone call before the decision".into()));
    }
    let current = audit::document_at(db, &case).await?;
    let document = decided(&current, date, reference)?;
    let step = Step {
        case: &case,
        session: &session,
        team_role: CHECKER,
        action: "decision",
        step_to: "decided",
        document,
        what: format!("decision {reference} of {}; copies: {}", body.date, COPIES.join(", ")),
        why: &why,
        check: None,
        keep_claim: false,
    };
    let version = audit::save(db, step, &address.to_string()).await?;
    let copies = COPIES.iter().map(|c| (*c).to_owned()).collect();
    Ok((StatusCode::CREATED, Json(StepDone { step: "decided".into(), version, copies })))
}

/// The case with UWV's dagloon-correction decision: the amounts are the figures the checks
/// agreed on (Helder's result of the case as it stands), so the result shows them `decided`.
pub fn decided(document: &str, date: chrono::NaiveDate, reference: &str) -> Result<String, ApiError> {
    let mut case: Value =
        serde_json::from_str(document).map_err(|_| ApiError::Internal("a stored case document is not JSON".into()))?;
    case["correction"]["step"] = json!("decided");
    // The letter cannot postdate the calculation date.
    let as_of = case["as_of"].as_str().and_then(helder_core::calendar::parse_date);
    if as_of.is_none_or(|as_of| as_of < date) {
        case["as_of"] = json!(helder_core::calendar::format_date(date));
    }
    let (result, _) = super::checks::computed(&case.to_string())?;
    let mut amounts = serde_json::Map::new();
    if let Some(dagloon) = &result.dagloon {
        amounts.insert("dagloon".into(), json!(dagloon.at_start.to_string()));
    }
    if let Some(backpay) = &result.backpay {
        amounts.insert("back_payment".into(), json!(backpay.amount.to_string()));
    }
    let letter = json!({
        "kind": "dagloon_correction",
        "date": helder_core::calendar::format_date(date),
        "reference": reference,
        "amounts": amounts,
    });
    match case["decisions"].as_array_mut() {
        Some(decisions) => decisions.push(letter),
        None => case["decisions"] = json!([letter]),
    }
    Ok(case.to_string())
}
