//! The quality check: a sample of the agreed (or expert-decided) cases. The sample is a share
//! chosen per case by the hash of its id — the same cases for the same share, every time and on
//! every instance — plus every case whose back payment is above the policy's bound. Nobody
//! checks the quality of a case they checked or decided.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use helder_api::workbench::{QualityVerdict, StepDone};
use helder_core::contract::ResultDocument;
use sha2::{Digest, Sha256};

use super::Policy;
use super::audit::{self, Step};
use super::roles::{self, QUALITY};
use crate::api::ClientAddress;
use crate::auth::Session;
use crate::error::{ApiError, JsonBody, PathParams};
use crate::http::AppState;

/// Whether the case id falls in the sample of `per_mille` cases per thousand: the first eight
/// bytes of SHA-256 of the id, modulo 1000.
pub fn in_sample(case_id: &str, per_mille: u16) -> bool {
    let digest = Sha256::digest(case_id.as_bytes());
    let mut first = [0u8; 8];
    first.copy_from_slice(&digest[..8]);
    u64::from_be_bytes(first) % 1000 < u64::from(per_mille)
}

/// After agreement: the quality check when sampled or above the back-payment bound, else the call.
pub fn next_step(policy: &Policy, case_id: &str, result: &ResultDocument) -> &'static str {
    let above = result.backpay.as_ref().is_some_and(|b| b.amount > policy.quality_back_payment_above);
    if above || in_sample(case_id, policy.quality_share_per_mille) { "quality_check" } else { "phone_call" }
}

#[utoipa::path(post, path = "/api/v1/workbench/cases/{case_id}/quality", tag = "workbench",
    summary = "The quality check's verdict: approved to the phone call, rejected to the expert team",
    security(("session" = [])),
    params(("case_id" = String, Path, description = "The case number (`WIA-…`)"),
        ("X-CSRF-Token" = String, Header, description = "The session's CSRF token (from GET /api/v1/session)")),
    request_body = QualityVerdict,
    responses(
        (status = 200, description = "Saved", body = StepDone),
        (status = 400, description = "No reason (`why`)", body = helder_api::Error),
        (status = 401, description = "Not signed in", body = helder_api::Error),
        (status = 403, description = "Not quality control (`team_role`), or checked or decided it (`four_eyes`)", body = helder_api::Error),
        (status = 404, description = "No such case on the workbench", body = helder_api::Error),
        (status = 409, description = "Not taken, another step, or saved since (`version_conflict`)", body = helder_api::Error),
    ))]
pub async fn verdict(
    State(state): State<AppState>,
    session: Session,
    PathParams(case_id): PathParams<String>,
    ClientAddress(address): ClientAddress,
    JsonBody(body): JsonBody<QualityVerdict>,
) -> Result<(StatusCode, Json<StepDone>), ApiError> {
    let db = state.db.as_ref().ok_or(ApiError::NotFound)?;
    roles::require(db, &session, QUALITY).await?;
    let why = audit::why(&body.why)?;
    let case = audit::state(db, &case_id).await?;
    super::worklist::four_eyes(&state, &case, &session).await?;
    audit::taken_by_me(&case, &session, "quality_check", body.version)?;
    let current = audit::document_at(db, &case).await?;
    let (step_to, what) =
        if body.approved { ("phone_call", "quality approved") } else { ("expert_team", "quality rejected") };
    let step = Step {
        case: &case,
        session: &session,
        team_role: QUALITY,
        action: "quality_check",
        step_to,
        document: audit::with_step(&current, step_to)?,
        what: what.into(),
        why: &why,
        check: None,
        keep_claim: false,
    };
    let version = audit::save(db, step, &address.to_string()).await?;
    Ok((StatusCode::OK, Json(StepDone { step: step_to.into(), version, copies: Vec::new() })))
}
