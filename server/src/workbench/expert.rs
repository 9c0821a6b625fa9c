//! The expert team: sees both checks side by side with the figures on which they differ, and
//! chooses one or corrects the facts. It decides only disagreements (the case is in
//! `expert_team`, where only a differing second check, a rejected quality check or a client who
//! disagrees on the phone sends it), and never a case its expert checked.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use helder_api::workbench::{ExpertDecision, StepDone};

use super::audit::{self, Step};
use super::roles::{self, EXPERT};
use crate::api::ClientAddress;
use crate::auth::Session;
use crate::error::{ApiError, JsonBody, PathParams};
use crate::http::AppState;

#[utoipa::path(post, path = "/api/v1/workbench/cases/{case_id}/expert", tag = "workbench",
    summary = "The expert team's decision on a disagreement: one of the two checks, or corrected facts",
    security(("session" = [])),
    params(("case_id" = String, Path, description = "The case number (`WIA-…`)"),
        ("X-CSRF-Token" = String, Header, description = "The session's CSRF token (from GET /api/v1/session)")),
    request_body = ExpertDecision,
    responses(
        (status = 200, description = "Decided", body = StepDone),
        (status = 400, description = "No reason (`why`), or neither or both of `choose` and `facts` (`choice`)", body = helder_api::Error),
        (status = 401, description = "Not signed in", body = helder_api::Error),
        (status = 403, description = "Not an expert (`team_role`), or checked it (`four_eyes`)", body = helder_api::Error),
        (status = 404, description = "No such case on the workbench", body = helder_api::Error),
        (status = 409, description = "No disagreement to decide (`wrong_step`), not taken, or saved since", body = helder_api::Error),
        (status = 422, description = "The corrected facts do not compute", body = helder_api::CaseError),
    ))]
pub async fn decide(
    State(state): State<AppState>,
    session: Session,
    PathParams(case_id): PathParams<String>,
    ClientAddress(address): ClientAddress,
    JsonBody(body): JsonBody<ExpertDecision>,
) -> Result<(StatusCode, Json<StepDone>), ApiError> {
    let db = state.db.as_ref().ok_or(ApiError::NotFound)?;
    roles::require(db, &session, EXPERT).await?;
    let why = audit::why(&body.why)?;
    let case = audit::state(db, &case_id).await?;
    super::worklist::four_eyes(&state, &case, &session).await?;
    audit::taken_by_me(&case, &session, "expert_team", body.version)?;
    let current = audit::document_at(db, &case).await?;
    let checks = audit::checks(db, &case_id).await?;
    let (chosen, what) = match (body.choose, &body.facts) {
        (Some(round), None) => {
            let check = checks
                .iter()
                .find(|c| c.round == round)
                .ok_or_else(|| ApiError::BadRequest("choice", "choose check 1 or 2".into()))?;
            (check.document.clone(), format!("check {round} chosen"))
        }
        (None, Some(facts)) => (super::checks::with_facts(&current, facts)?, "facts corrected by the expert".into()),
        _ => return Err(ApiError::BadRequest("choice", "give either choose or facts".into())),
    };
    let (result, _) = super::checks::computed(&chosen)?;
    let step_to = super::quality::next_step(&state.workbench, &case_id, &result);
    let step = Step {
        case: &case,
        session: &session,
        team_role: EXPERT,
        action: "expert_decision",
        step_to,
        document: audit::with_step(&chosen, step_to)?,
        what,
        why: &why,
        check: None,
        keep_claim: false,
    };
    let version = audit::save(db, step, &address.to_string()).await?;
    Ok((StatusCode::OK, Json(StepDone { step: step_to.into(), version, copies: Vec::new() })))
}
