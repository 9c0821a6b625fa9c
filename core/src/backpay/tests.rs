//! Unit tests of `backpay` (kept beside the module, out of its source).

use crate::contract::parse_case;
use crate::rules::{Rule, SourceKind};

/// The rule and its kind of source for `/backpay/new_monthly_amount`, for an IVA on 3000.00 a
/// month in 2022 (dagloon 172.14 at the start, 2025-01-13) with the dagloon set at `as_set`.
fn new_amount_rule(as_set: &str) -> (String, Rule, SourceKind) {
    let months: Vec<String> = (1..=12).map(|m| format!(r#"{{"month":"2022-{m:02}","sv_wage":"3000.00"}}"#)).collect();
    let case = format!(
        r#"{{"format":"helder-case/1","case_id":"N","as_of":"2025-08-31","first_sick_day":"2023-01-16",
        "wages":{{"months":[{}]}},
        "decision":{{"date":"2024-12-20","outcome":"iva","disability_class":"80-100"}},
        "correction":{{"category":"to_check","step":"decided","dagloon_as_set":"{as_set}",
        "correction_date":"2025-06-01","back_payment_date":"2025-06-15"}}}}"#,
        months.join(",")
    );
    let result = crate::compute_case(&parse_case(&case).unwrap()).unwrap();
    let outcome = result.backpay.clone().unwrap().outcome;
    let line = result
        .trace
        .entries()
        .iter()
        .find(|e| e.figure.is_some_and(|f| f.to_string() == "/backpay/new_monthly_amount"))
        .unwrap();
    (outcome, line.rule, line.rule.citation().kind)
}

#[test]
fn a_lower_amount_going_forward_awaits_a_decision() {
    // (dagloon as set, outcome, rule, source kind) — VA-2025; seed 001 (autumn 2025): lowering a
    // too-high benefit going forward was still undecided with the ministry, so Helder's lower
    // amount is its own calculation (issue 16 item 6); a raise follows the corrected dagloon.
    let table = [
        ("180.00", "too_high", Rule::NewMonthlyAmountLowered, SourceKind::HelderDecision),
        ("160.00", "too_low", Rule::NewMonthlyAmount, SourceKind::Policy),
    ];
    for (as_set, outcome, rule, kind) in table {
        assert_eq!(new_amount_rule(as_set), (outcome.to_owned(), rule, kind), "{as_set}");
    }
}

/// Awb 4:98 lid 2: interest below € 10 is not paid; the sum is rounded first. One tranche over
/// 2025 at 6 % (Besluit wettelijke rente): 166.67 × 6 % = 10.0002 → € 10.00, paid; 166.58 × 6 %
/// = 9.9948 → € 9.99, not paid.
#[test]
fn interest_below_ten_euros_is_not_paid() {
    let start = crate::calendar::parse_date("2025-01-01").unwrap();
    let until = crate::calendar::parse_date("2026-01-01").unwrap();
    for (principal, paid) in [("166.67", 1000), ("166.58", 0), ("1000.00", 6000)] {
        let mut trace = crate::Trace::new();
        let principal: rust_decimal::Decimal = principal.parse().unwrap();
        let line = trace.record(Rule::BackpayDifference, None, crate::Euro::round_half_up(principal), []);
        let interest = super::statutory_interest(&[(start, principal, line)], until, &mut trace);
        assert_eq!(interest, Ok(crate::Euro::cents(paid)), "{principal}");
    }
}
