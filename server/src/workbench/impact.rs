//! The impact of a rules change for team leads (issue 12 item 6). Computing every stored case
//! again is a batch job (`helder recompute --diff … --publish`, `crate::impact`), not a request:
//! at 220,000 cases it takes most of a minute. The job publishes its report here
//! (`impact_reports`), and the team lead reads the latest one on the dashboard.

use axum::Json;
use axum::extract::State;
use helder_api::workbench::{Impact, ImpactCause, ImpactGroup, ImpactReport};
use helder_core::change::Cause;

use super::roles::{self, TEAM_LEAD};
use crate::auth::Session;
use crate::db::Db;
use crate::error::ApiError;
use crate::http::AppState;

/// Case numbers listed per group; the count says how many there are in all.
pub const CASES_LISTED: usize = 50;

#[utoipa::path(get, path = "/api/v1/workbench/impact", tag = "workbench",
    summary = "The latest impact analysis of a rules change (published by `helder recompute --diff --publish`)",
    security(("session" = [])),
    responses(
        (status = 200, description = "The latest report, or none yet", body = Impact),
        (status = 401, description = "Not signed in", body = helder_api::Error),
        (status = 403, description = "Not a team lead (`team_role`, `workbench_only`)", body = helder_api::Error),
    ))]
pub async fn latest(State(state): State<AppState>, session: Session) -> Result<Json<Impact>, ApiError> {
    let db = state.db.as_ref().ok_or(ApiError::NotFound)?;
    roles::require(db, &session, TEAM_LEAD).await?;
    let row: Option<(String,)> =
        sqlx::query_as("SELECT report FROM impact_reports ORDER BY published_at DESC, report_id DESC LIMIT 1")
            .fetch_optional(&db.pool)
            .await?;
    let report = match row {
        // Written by `publish` from the same type; a row that does not read is a server fault.
        Some((text,)) => Some(serde_json::from_str(&text).map_err(|e| ApiError::Internal(e.to_string()))?),
        None => None,
    };
    Ok(Json(Impact { report }))
}

/// The report as the API shows it.
pub fn report(impact: &crate::impact::Impact, published_at: &str) -> ImpactReport {
    let count = |n: usize| i64::try_from(n).unwrap_or(i64::MAX);
    ImpactReport {
        published_at: published_at.to_owned(),
        rules_version: helder_core::rules_version().to_owned(),
        cases: count(impact.cases),
        changed: count(impact.changed),
        skipped: count(impact.skipped.len()),
        groups: impact
            .groups
            .iter()
            .map(|group| {
                let mut case_ids = group.case_ids.clone();
                case_ids.sort();
                let cases = count(case_ids.len());
                case_ids.truncate(CASES_LISTED);
                ImpactGroup {
                    causes: group.causes.iter().map(cause).collect(),
                    field: group.field.clone(),
                    rule: group.rule.clone(),
                    change: group.change.to_string(),
                    figures: count(group.figures),
                    cases,
                    case_ids,
                }
            })
            .collect(),
    }
}

/// A cause, flattened (`ImpactCause` says which field means what for each kind).
fn cause(cause: &Cause) -> ImpactCause {
    // The fact names are serde's snake_case names, as in the result documents.
    let name_of = |value: serde_json::Result<serde_json::Value>| {
        value.ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default()
    };
    let flat = |kind: &str, name: String, month: Option<String>, old: Option<String>, new: Option<String>| {
        ImpactCause { kind: kind.to_owned(), name, month, old, new }
    };
    match cause {
        Cause::MonthAmount { fact, month, old, new } => flat(
            "month_amount",
            name_of(serde_json::to_value(fact)),
            Some(name_of(serde_json::to_value(month))),
            old.map(|e| e.to_string()),
            new.map(|e| e.to_string()),
        ),
        Cause::Fact { fact } => flat("fact", name_of(serde_json::to_value(fact)), None, None, None),
        Cause::DecisionAdded { decision, reference, .. } => {
            flat("decision_added", decision.clone(), None, None, Some(reference.clone()))
        }
        Cause::DecisionRemoved { decision, reference, .. } => {
            flat("decision_removed", decision.clone(), None, Some(reference.clone()), None)
        }
        Cause::Parameter { name, old, new, .. } => flat("parameter", name.clone(), None, old.clone(), new.clone()),
        Cause::Rules { old, new } => flat("rules", String::new(), None, Some(old.clone()), Some(new.clone())),
    }
}

/// Stores a report as the latest, with its audit row, in one transaction.
pub async fn publish(db: &Db, impact: &crate::impact::Impact) -> Result<ImpactReport, ApiError> {
    let published_at = crate::db::now();
    let report = report(impact, &published_at);
    let text = serde_json::to_string(&report).map_err(|e| ApiError::Internal(e.to_string()))?;
    let report_id = format!("impact-{}", crate::db::random_id());
    let summary = format!("{} cases, {} changed, {} groups", report.cases, report.changed, report.groups.len());
    let entry = crate::db::AuditEntry {
        actor: "system",
        role: "system",
        action: "impact_published",
        object: &report_id,
        origin: "local",
    };
    let mut transaction = db.begin_write().await?;
    sqlx::query("INSERT INTO impact_reports (report_id, published_at, rules_version, report) VALUES ($1, $2, $3, $4)")
        .bind(&report_id)
        .bind(&published_at)
        .bind(&report.rules_version)
        .bind(&text)
        .execute(&mut *transaction)
        .await?;
    crate::db::insert_audit(&mut transaction, &entry, &summary).await?;
    transaction.commit().await?;
    Ok(report)
}
