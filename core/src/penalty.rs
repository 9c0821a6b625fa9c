//! §7 Penalty for a late decision (dwangsom bij niet tijdig beslissen): Awb 4:17.
//! "De dwangsom bedraagt voor de eerste veertien dagen € 23 per dag, voor de daaropvolgende
//! veertien dagen € 35 per dag en voor de overige dagen € 45 per dag" (lid 2), at most 42 days
//! (lid 2), starting two weeks after the later of the end of the term and the notice of default
//! (lid 3).

use chrono::NaiveDate;

use crate::calendar::add_days;
use crate::contract::{Application, Decision, PenaltyResult};
use crate::money::Euro;
use crate::rules::Rule;
use crate::trace::{Input, Trace, Traced, Value, at};

/// Per-day amounts in euros for days 1-14, 15-28 and 29-42.
const TIERS: [(u32, i64); 3] = [(14, 23), (14, 35), (14, 45)];
const MAXIMUM_DAYS: u32 = 42;

pub fn penalty(
    application: &Application,
    decision: Option<&Decision>,
    decision_due: &Traced<NaiveDate>,
    as_of: NaiveDate,
    trace: &mut Trace,
) -> Option<PenaltyResult> {
    let notice = application.notice_of_default?;
    let start = trace.record(
        Rule::PenaltyStart,
        at("/penalty/start"),
        add_days(decision_due.value.max(notice), 14),
        vec![
            Input::figure("decision_due", decision_due),
            Input::fact("notice_of_default", Value::Date(notice)),
            Input::fact("days_after", Value::Count(14)),
        ],
    );
    // Days count up to the day before the decision (or the calculation date while undecided).
    let end = decision.map_or(as_of, |d| d.date);
    let elapsed = (end - start.value).num_days().clamp(0, i64::from(MAXIMUM_DAYS));
    let days = trace.record(
        Rule::PenaltyDays,
        at("/penalty/days"),
        u32::try_from(elapsed).unwrap_or(0),
        vec![
            Input::figure("start", &start),
            Input::fact(if decision.is_some() { "decision_date" } else { "as_of" }, Value::Date(end)),
            Input::fact("maximum_days", Value::Count(i64::from(MAXIMUM_DAYS))),
        ],
    );
    let mut remaining = days.value;
    let mut euros = 0;
    for (tier_days, per_day) in TIERS {
        let counted = remaining.min(tier_days);
        euros += i64::from(counted) * per_day;
        remaining -= counted;
    }
    let owed = !application.penalty_excluded;
    let amount = trace.record(
        Rule::PenaltyAmount,
        at("/penalty/amount"),
        if owed { Euro::cents(euros * 100) } else { Euro::ZERO },
        vec![
            Input::figure("days", &days),
            Input::fact("per_day_1_14", Value::Euro(Euro::cents(2300))),
            Input::fact("per_day_15_28", Value::Euro(Euro::cents(3500))),
            Input::fact("per_day_29_42", Value::Euro(Euro::cents(4500))),
            Input::fact("maximum", Value::Euro(Euro::cents(144_200))),
            Input::fact("penalty_excluded", Value::Flag(application.penalty_excluded)),
        ],
    );
    Some(PenaltyResult {
        owed,
        start: start.value,
        days: days.value,
        amount: amount.value,
        running: decision.is_none() && days.value < MAXIMUM_DAYS,
    })
}

#[cfg(test)]
mod tests;
