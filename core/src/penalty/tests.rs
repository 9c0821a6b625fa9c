//! Unit tests of `penalty` (kept beside the module, out of its source).

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
        assumed: false,
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
