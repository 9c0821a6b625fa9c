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
mod tests {
    use super::*;
    use crate::calendar::parse_date;

    fn amount_for(received: &str, notice: &str, decided: &str) -> (u32, String) {
        let application = Application {
            received: parse_date(received).unwrap(),
            notice_of_default: Some(parse_date(notice).unwrap()),
            penalty_excluded: false,
        };
        let mut trace = Trace::new();
        let due = trace.record(Rule::DecisionDue, None, add_days(application.received, 56), []);
        let decision = Decision {
            date: parse_date(decided).unwrap(),
            outcome: crate::contract::Outcome::Iva,
            disability_class: None,
            weeks_requirement_met: true,
            lgu_months: 24,
            residual_earning_capacity: None,
        };
        let result = penalty(&application, Some(&decision), &due, decision.date, &mut trace).unwrap();
        (result.days, result.amount.to_string())
    }

    #[test]
    fn awb_4_17_tiers_and_maximum() {
        // (received, notice of default, decision, days, amount) — Awb 4:17 lid 2 and 3.
        let table = [
            ("2024-02-05", "2024-04-15", "2024-05-20", 21, "567.00"), // p05: 14 × 23 + 7 × 35
            ("2024-02-05", "2024-04-15", "2024-04-29", 0, "0.00"),    // decided on the start day
            ("2024-02-05", "2024-04-15", "2024-05-13", 14, "322.00"), // first tier only
            ("2024-02-05", "2024-04-15", "2024-06-10", 42, "1442.00"), // the Awb 4:17 maximum
            ("2024-02-05", "2024-04-15", "2025-06-10", 42, "1442.00"), // never more than 42 days
        ];
        for (received, notice, decided, days, amount) in table {
            assert_eq!(amount_for(received, notice, decided), (days, amount.to_owned()), "{decided}");
        }
    }
}
