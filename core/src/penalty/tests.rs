//! Unit tests of `penalty` (kept beside the module, out of its source).

use super::*;
use crate::calendar::parse_date;
fn amount_for(received: &str, notice: &str, decided: &str) -> (u32, String) {
    let (days, amount, _) = penalty_for(received, notice, decided, false);
    (days, amount)
}

/// Days, amount and whether it is owed; the penalty's lines must cite the dated table.
fn penalty_for(received: &str, notice: &str, decided: &str, excluded: bool) -> (u32, String, bool) {
    let application = Application {
        received: parse_date(received).unwrap(),
        notice_of_default: Some(parse_date(notice).unwrap()),
        penalty_excluded: excluded,
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
    let result = penalty(&application, Some(&decision), &due, decision.date, &mut trace).unwrap().unwrap();
    let amount_line = trace.entries().iter().find(|e| e.rule == Rule::PenaltyAmount).unwrap();
    assert!(trace.inputs_of(amount_line).iter().any(|i| i.parameter.is_some()), "amounts come from PENALTY_TIERS");
    (result.days, result.amount.to_string(), result.owed)
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

#[test]
fn awb_4_17_lid_6_and_the_2026_row() {
    // (received, notice, decision, excluded, days, amount, owed) — Awb 4:17 lid 6 (no penalty
    // when the notice came unreasonably late, the applicant is no interested party, or the
    // application is manifestly inadmissible or unfounded: the case says so with
    // `penalty_excluded`); start and days still show what would have run.
    let table = [
        ("2024-02-05", "2024-04-15", "2024-05-20", true, 21, "0.00", false),
        ("2024-02-05", "2024-04-15", "2024-05-20", false, 21, "567.00", true),
        // Due 2025-12-01, notice 2025-12-20: the penalty starts 2026-01-03, in the 2026 row of the
        // table (amounts unchanged, E): 14 × 23 + 7 × 35.
        ("2025-10-06", "2025-12-20", "2026-01-24", false, 21, "567.00", true),
    ];
    for (received, notice, decided, excluded, days, amount, owed) in table {
        assert_eq!(penalty_for(received, notice, decided, excluded), (days, amount.to_owned(), owed), "{decided}");
    }
    let start_2026 = PENALTY_TIERS.at(parse_date("2026-01-05").unwrap(), "/x").unwrap();
    assert_eq!(start_2026.confidence, crate::params::Confidence::Estimate);
    let start_2025 = PENALTY_TIERS.at(parse_date("2025-12-31").unwrap(), "/x").unwrap();
    assert_eq!(start_2025.confidence, crate::params::Confidence::High);
}

#[test]
fn awb_4_17_maximum_is_shown_beside_the_amount() {
    // Awb 4:17 lid 2: 14 × € 23 + 14 × € 35 + 14 × € 45 = € 1,442.00 at most, whatever the days.
    let application = Application {
        received: parse_date("2024-02-05").unwrap(),
        notice_of_default: Some(parse_date("2024-04-15").unwrap()),
        penalty_excluded: false,
    };
    let mut trace = Trace::new();
    let due = trace.record(Rule::DecisionDue, None, add_days(application.received, 56), []);
    penalty(&application, None, &due, parse_date("2024-05-20").unwrap(), &mut trace).unwrap().unwrap();
    let amount_line = trace.entries().iter().find(|e| e.rule == Rule::PenaltyAmount).unwrap();
    let maximum = trace.inputs_of(amount_line).iter().find(|i| i.name == "maximum").unwrap();
    assert_eq!(maximum.value, Value::Euro(Euro::cents(144_200)));
}

/// Awb 4:17 lid 3: two weeks after the later of the decision's due date and the notice.
/// (decision due, notice received, first day of the penalty)
#[test]
fn the_penalty_starts_two_weeks_after_the_later_of_due_date_and_notice() {
    for (due, notice, start) in [
        ("2024-04-01", "2024-04-15", "2024-04-29"), // notice after the due date
        ("2024-04-01", "2024-03-20", "2024-04-15"), // notice before it: the due date counts
        ("2024-12-31", "2024-12-31", "2025-01-14"), // across the year
    ] {
        assert_eq!(
            penalty_start(parse_date(due).unwrap(), parse_date(notice).unwrap()),
            parse_date(start).unwrap(),
            "{due} {notice}"
        );
    }
}
