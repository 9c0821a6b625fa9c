//! Unit tests of `trace` (kept beside the module, out of its source).

use super::*;
use crate::calendar::parse_date;
use crate::params::PENALTY_TIERS;

/// A line fed by an estimated parameter (the 2026 penalty row, confidence E), its figure, and a
/// decision letter.
fn estimated_line(trace: &mut Trace) -> (Traced<Euro>, DecisionRef) {
    let tiers = PENALTY_TIERS.at(parse_date("2026-01-05").unwrap(), "/x").unwrap();
    assert_eq!(tiers.confidence, Confidence::Estimate);
    let line = trace.record(
        Rule::PenaltyAmount,
        None,
        Euro::cents(32_200),
        [Input::parameter("per_day_1_14", Value::Euro(Euro::cents(2_300)), tiers)],
    );
    let letter = DecisionRef { kind: "wia_claim", date: parse_date("2026-01-24").unwrap(), reference: "X-1".into() };
    (line, letter)
}

fn provenance_of(trace: &Trace, id: TraceId) -> Provenance {
    trace.entries().iter().find(|entry| entry.id == id).unwrap().provenance
}

#[test]
fn a_decided_amount_is_no_estimate_and_neither_is_what_it_feeds() {
    let mut trace = Trace::new();
    let (estimated, letter) = estimated_line(&mut trace);
    assert_eq!(provenance_of(&trace, estimated.id), Provenance::Estimate);
    // UWV decided the amount: the line that records it rests on the estimate, yet is decided.
    let decided = trace.record_decided(
        Rule::PenaltyAmount,
        None,
        estimated.value,
        [Input::figure("calculated", &estimated)],
        &letter,
    );
    assert_eq!(provenance_of(&trace, decided.id), Provenance::Decided(0));
    let fed = trace.record(Rule::PenaltyAmount, None, decided.value, [Input::figure("decided", &decided)]);
    assert_eq!(provenance_of(&trace, fed.id), Provenance::Calculated);
}

#[test]
fn a_confirmed_estimate_no_longer_makes_estimates() {
    let mut trace = Trace::new();
    let (estimated, letter) = estimated_line(&mut trace);
    trace.confirm(estimated.id, &letter);
    assert_eq!(provenance_of(&trace, estimated.id), Provenance::Decided(0));
    let fed = trace.record(Rule::PenaltyAmount, None, estimated.value, [Input::figure("confirmed", &estimated)]);
    assert_eq!(provenance_of(&trace, fed.id), Provenance::Calculated);
}

#[test]
fn a_line_fed_by_an_estimate_is_an_estimate() {
    let mut trace = Trace::new();
    let (estimated, _) = estimated_line(&mut trace);
    let fed = trace.record(Rule::PenaltyAmount, None, estimated.value, [Input::figure("estimated", &estimated)]);
    assert_eq!(provenance_of(&trace, fed.id), Provenance::Estimate);
}
