//! §7 Penalty for a late decision (dwangsom bij niet tijdig beslissen): Awb 4:17.
//! "De dwangsom bedraagt de eerste veertien dagen € 23 per dag, de daaropvolgende veertien dagen
//! € 35 per dag en de overige dagen € 45 per dag" (lid 2), at most 42 days (lid 1), starting two
//! weeks after the later of the end of the term and the notice of default (lid 3). "Geen
//! dwangsom is verschuldigd indien: a. het bestuursorgaan onredelijk laat in gebreke is gesteld,
//! b. de aanvrager geen belanghebbende is, of c. de aanvraag kennelijk niet-ontvankelijk of
//! kennelijk ongegrond is" (lid 6): the case states that with `penalty_excluded`. The amounts are
//! a dated table (`params::PENALTY_TIERS`), looked up on the penalty's first day.

use chrono::NaiveDate;

use crate::calendar::add_days;
use crate::contract::{Application, Decision, PenaltyResult};
use crate::error::CaseError;
use crate::money::Euro;
use crate::params::PENALTY_TIERS;
use crate::rules::Rule;
use crate::trace::{Input, Trace, Traced, Value, at};

/// Awb 4:17 lid 3: "De dwangsom is verschuldigd voor elke dag dat het bestuursorgaan in gebreke is,
/// gerekend vanaf de dag waarop twee weken zijn verstreken na de dag waarop de termijn voor het
/// geven van de beschikking is verstreken en het bestuursorgaan van de aanvrager een schriftelijke
/// ingebrekestelling heeft ontvangen": the first day of the penalty for a notice received on
/// `notice`. The letters use it for a notice of default not yet sent.
pub fn penalty_start(decision_due: NaiveDate, notice: NaiveDate) -> NaiveDate {
    add_days(decision_due.max(notice), 14)
}

/// The penalty, when a notice of default was sent. When no penalty is owed (`penalty_excluded`,
/// Awb 4:17 lid 6) `start` and `days` still say what would have run, the amount is 0.00 and
/// `owed` is false.
pub fn penalty(
    application: &Application,
    decision: Option<&Decision>,
    decision_due: &Traced<NaiveDate>,
    as_of: NaiveDate,
    trace: &mut Trace,
) -> Result<Option<PenaltyResult>, CaseError> {
    let Some(notice) = application.notice_of_default else { return Ok(None) };
    let start = trace.record(
        Rule::PenaltyStart,
        at("/penalty/start"),
        penalty_start(decision_due.value, notice),
        [
            Input::figure("decision_due", decision_due),
            Input::fact("notice_of_default", Value::Date(notice)),
            Input::fact("days_after", Value::Count(14)),
        ],
    );
    let tiers = PENALTY_TIERS.at(start.value, "/application/notice_of_default")?;
    let maximum_days = tiers.value.maximum_days;
    // Days count up to the day before the decision (or the calculation date while undecided).
    let end = decision.map_or(as_of, |d| d.date);
    let elapsed = (end - start.value).num_days().clamp(0, i64::from(maximum_days));
    let days = trace.record(
        Rule::PenaltyDays,
        at("/penalty/days"),
        u32::try_from(elapsed).unwrap_or(0),
        [
            Input::figure("start", &start),
            Input::fact(if decision.is_some() { "decision_date" } else { "as_of" }, Value::Date(end)),
            Input::parameter("maximum_days", Value::Count(i64::from(maximum_days)), tiers),
        ],
    );
    let mut remaining = days.value;
    let mut euros = 0;
    let mut maximum_euros = 0;
    for per_day in tiers.value.per_day_euros {
        let counted = remaining.min(tiers.value.days_per_tier);
        euros += i64::from(counted) * per_day;
        maximum_euros += i64::from(tiers.value.days_per_tier) * per_day;
        remaining -= counted;
    }
    let owed = !application.penalty_excluded;
    let [first, second, third] = tiers.value.per_day_euros.map(|euros| Value::Euro(Euro::cents(euros * 100)));
    let amount = trace.record(
        Rule::PenaltyAmount,
        at("/penalty/amount"),
        if owed { Euro::cents(euros * 100) } else { Euro::ZERO },
        [
            Input::figure("days", &days),
            Input::parameter("per_day_1_14", first, tiers),
            Input::parameter("per_day_15_28", second, tiers),
            Input::parameter("per_day_29_42", third, tiers),
            Input::parameter("maximum", Value::Euro(Euro::cents(maximum_euros * 100)), tiers),
            Input::fact("penalty_excluded", Value::Flag(application.penalty_excluded)),
        ],
    );
    Ok(Some(PenaltyResult {
        owed,
        start: start.value,
        days: days.value,
        amount: amount.value,
        running: decision.is_none() && days.value < maximum_days,
    }))
}

#[cfg(test)]
mod tests;
