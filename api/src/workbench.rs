//! The correction workbench's bodies (the UWV side): worklists, the blind double entry of the
//! decisive facts, the comparison of two checks, the expert's choice, the quality check, the
//! phone call and the decision. Every state-changing body carries the case `version` it was
//! read at: a save on an older version is refused (409), so nothing is overwritten.

use serde::{Deserialize, Serialize};

/// One case on a worklist: oldest first, with its age and due date. No client names: the
/// worklist is for picking work, opening a case is logged for the client.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct WorklistItem {
    pub case_id: String,
    /// `to_check`, `no_reason`, `loonloze_tijdvakken`, `indexering`, `opting_in`, `aop`.
    pub category: String,
    /// `sorted`, `first_check`, `second_check`, `expert_team`, `quality_check`, `phone_call`, `decided`.
    pub step: String,
    /// `YYYY-MM-DD`: when the case entered the correction.
    pub received_at: String,
    /// Days since `received_at` (Dutch calendar days).
    pub age_days: i64,
    /// `YYYY-MM-DD`: by when the correction should be done.
    pub due_date: String,
    /// Who took the case, when someone did.
    pub claimed_by: Option<String>,
    /// The case version to send with a save.
    pub version: i64,
}

/// A page of a worklist; `next` is the cursor of the following page (keyset pagination).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Worklist {
    pub items: Vec<WorklistItem>,
    pub next: Option<String>,
}

/// A save names the version it was read at, and why.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Claim {
    pub version: i64,
}

/// An amount for a month (`YYYY-MM`, euros with two decimals).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MonthAmount {
    pub month: String,
    pub amount: String,
}

/// The decisive facts a checker records from the file (Polis, the payments): they replace the
/// case's wages, first sick day, dagloon as set and payments.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CheckFacts {
    /// SV wages per month from Polis.
    pub wages: Vec<MonthAmount>,
    /// Months of the reference period without wage.
    pub wageless_months: Vec<String>,
    /// `YYYY-MM-DD`.
    pub first_sick_day: String,
    /// The dagloon UWV set (euros).
    pub dagloon_as_set: String,
    /// What UWV paid per month; empty: computed from the dagloon as set.
    pub paid: Vec<MonthAmount>,
}

/// A check: the facts, the version read, and why (a sentence for the audit).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CheckEntry {
    pub version: i64,
    pub why: String,
    pub facts: CheckFacts,
}

/// A figure on which two computations differ: the trace line's id, rule and both values.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TraceDifference {
    pub id: String,
    pub rule: String,
    pub figure: Option<String>,
    pub first: Option<String>,
    pub second: Option<String>,
}

/// What a check led to.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CheckOutcome {
    /// 1 (first check) or 2 (second check).
    pub round: i64,
    /// After the second check: whether both results agree figure by figure.
    pub agree: Option<bool>,
    /// After the second check: only the trace lines that differ.
    pub differences: Vec<TraceDifference>,
    /// The step the case is in now.
    pub step: String,
    pub version: i64,
}

/// A recorded check as the expert team, quality control and team leads see it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RecordedCheck {
    pub round: i64,
    pub checker: String,
    pub at: String,
    pub facts: CheckFacts,
    pub result_hash: String,
}

/// One audited step of the case: who, when, what changed and why.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StepRecord {
    pub at: String,
    pub actor: String,
    pub team_role: String,
    pub action: String,
    pub step_from: String,
    pub step_to: String,
    pub what: String,
    pub why: String,
}

/// A case on the workbench. `checks` holds only what the reader may see: a checker sees their own
/// entry, never the other's (blind double entry); the expert team, quality control and team
/// leads see both once both are in.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct WorkbenchCase {
    pub case_id: String,
    pub category: String,
    pub step: String,
    pub version: i64,
    pub claimed_by: Option<String>,
    pub received_at: String,
    pub due_date: String,
    pub checks: Vec<RecordedCheck>,
    /// With both checks visible: the trace lines on which they differ.
    pub differences: Vec<TraceDifference>,
    pub steps: Vec<StepRecord>,
}

/// The expert's decision on a disagreement: one of the two entries (`choose` 1 or 2), or
/// corrected facts.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ExpertDecision {
    pub version: i64,
    pub why: String,
    pub choose: Option<i64>,
    pub facts: Option<CheckFacts>,
}

/// The quality controller's verdict: approved goes on to the phone call, rejected back to the
/// expert team.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct QualityVerdict {
    pub version: i64,
    pub why: String,
    pub approved: bool,
}

/// A phone call to the client: `reached`, `not_reached` or `client_disagrees` (back to the
/// expert team).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PhoneCall {
    pub version: i64,
    pub why: String,
    pub outcome: String,
}

/// UWV's decision on the correction: its date and reference (kenmerk). The amounts are the
/// agreed figures; the case's figures become `decided`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Decide {
    pub version: i64,
    pub why: String,
    /// `YYYY-MM-DD`, not after today.
    pub date: String,
    pub reference: String,
}

/// A step done: the case's step and version now; for a decision, who gets a copy.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StepDone {
    pub step: String,
    pub version: i64,
    /// The letter's copies (`client`, `employer`) after a decision; else empty.
    pub copies: Vec<String>,
}

/// Cases per category, step and outcome.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StepCount {
    pub category: String,
    pub step: String,
    /// The correction's outcome: `too_low` (a back payment), `correct` (no change), `too_high`
    /// (not reclaimed) or `not_computed` (`docs/domain/WORKBENCH.md`).
    pub outcome: String,
    pub cases: i64,
}

/// One figure summed over the cases on the workbench, on one basis: UWV's decision or Helder's
/// calculation, never the two mixed.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Total {
    /// `back_payment`, `interest` or `not_reclaimed` (a too-high benefit not reclaimed).
    pub figure: String,
    /// `decided` (the amounts UWV's decisions state) or `calculated` (Helder's calculation, for
    /// the cases whose decision does not state the amount yet).
    pub basis: String,
    /// Cases with an amount above zero.
    pub cases: i64,
    /// Euros, two decimals.
    pub amount: String,
}

/// Cases decided in a week (Monday to Sunday).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct WeekThroughput {
    /// `YYYY-MM-DD`: the week's Monday.
    pub week: String,
    pub decided: i64,
}

/// When the open cases are done at the recent rate: a forecast, not a plan, with the rate it
/// assumes. `done_by` is absent when nothing was decided in the weeks it looks at.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Forecast {
    /// Always `forecast`.
    pub kind: String,
    /// The weeks the rate is taken over (the last full weeks).
    pub weeks: i64,
    /// Cases decided in those weeks.
    pub decided: i64,
    /// `YYYY-MM-DD`.
    pub done_by: Option<String>,
}

/// The team lead's dashboard, from SQL aggregates.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Dashboard {
    pub counts: Vec<StepCount>,
    /// Back payments, interest (each decided, then calculated) and too-high benefits not
    /// reclaimed (calculated), in that order.
    pub totals: Vec<Total>,
    pub open_cases: i64,
    /// Age of the open cases in days (nearest rank), when there are any.
    pub age_median_days: Option<i64>,
    pub age_p90_days: Option<i64>,
    pub throughput: Vec<WeekThroughput>,
    pub forecast: Forecast,
}

/// What caused a group of differences in an impact report, flattened for reading: `kind` is
/// `parameter` (a legal parameter: `name`, its old and new value), `rules` (the code of a rule:
/// old and new rules version), `month_amount` (`name` the fact, `month`, old and new amount),
/// `fact` (`name` the fact), `decision_added` or `decision_removed` (`name` the decision kind,
/// `reference` in `new`/`old`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ImpactCause {
    pub kind: String,
    pub name: String,
    pub month: Option<String>,
    pub old: Option<String>,
    pub new: Option<String>,
}

/// Every cent one combination of causes made in one result field, over all cases.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ImpactGroup {
    pub causes: Vec<ImpactCause>,
    /// The result field, list positions as `*` (`/backpay/months/*/difference`).
    pub field: String,
    /// The rule of the trace line that makes the field.
    pub rule: String,
    /// The sum of new − old over the group's figures, euros with two decimals.
    pub change: String,
    pub figures: i64,
    /// How many cases the group touches.
    pub cases: i64,
    /// The first 50 of them, by case number.
    pub case_ids: Vec<String>,
}

/// The latest impact analysis published by `helder recompute --diff … --publish`: every stored
/// case computed again under the running rules and compared with its stored result. A Helder
/// calculation about Helder's own rules, not a decision.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ImpactReport {
    /// When it was published (RFC 3339, UTC).
    pub published_at: String,
    /// The rules the cases were computed with.
    pub rules_version: String,
    pub cases: i64,
    pub changed: i64,
    pub skipped: i64,
    pub groups: Vec<ImpactGroup>,
}

/// The team lead's view of the impact analysis: the latest report, if one was published.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Impact {
    pub report: Option<ImpactReport>,
}
