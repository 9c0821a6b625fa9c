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

/// The estimate bits are kept 64 lines to a word: lines 64 and 128 of a section are the first of
/// the second and third words, and what they feed is an estimate too.
#[test]
fn estimates_past_the_first_64_lines_still_feed_estimates() {
    let mut trace = Trace::new();
    let mut estimated = Vec::new();
    for number in 1..=128 {
        if [1, 64, 128].contains(&number) {
            let (line, _) = estimated_line(&mut trace);
            estimated.push(line);
        } else {
            trace.record(Rule::PenaltyAmount, None, Euro::cents(100), [Input::fact("days", Value::Count(1))]);
        }
    }
    assert_eq!(estimated.iter().map(|line| line.id.number).collect::<Vec<_>>(), [1, 64, 128]);
    for line in &estimated {
        let fed = trace.record(Rule::PenaltyAmount, None, line.value, [Input::figure("estimated", line)]);
        assert_eq!(provenance_of(&trace, fed.id), Provenance::Estimate, "fed by line {}", line.id.number);
    }
}

/// The result's `estimates[]` lists each line fed directly by an estimated parameter, with it:
/// here the 2026 penalty row, not the lines computed from other lines.
#[test]
fn estimates_are_the_lines_an_estimated_parameter_feeds() {
    let mut trace = Trace::new();
    let (estimated, _) = estimated_line(&mut trace);
    trace.record(Rule::PenaltyAmount, None, estimated.value, [Input::figure("estimated", &estimated)]);
    let estimates: Vec<(String, NaiveDate, &str)> = trace
        .estimates()
        .map(|(entry, parameter)| (entry.id.to_string(), parameter.from, parameter.source()))
        .collect();
    assert_eq!(
        estimates,
        vec![(
            "P1".to_owned(),
            parse_date("2026-01-01").unwrap(),
            "Awb 4:17 as changed from 2026-01-01: text not found, amounts assumed unchanged"
        )]
    );
}

/// Each section numbers its own lines from 1 (`D1`, `P1`, `D2`), so an id names its section's
/// line whatever other sections recorded in between.
#[test]
fn each_section_numbers_its_own_lines() {
    let mut trace = Trace::new();
    let one = Euro::cents(100);
    let ids: Vec<String> = [Rule::WageTotal, Rule::PenaltyAmount, Rule::Divisor, Rule::PenaltyAmount]
        .into_iter()
        .map(|rule| trace.record(rule, None, one, []).id.to_string())
        .collect();
    assert_eq!(ids, ["D1", "P1", "D2", "P2"]);
}

/// UWV confirming an early line (a decision compared after the calculation) makes that line
/// decided and leaves the estimates of later lines as they are: line 70, estimated, still feeds
/// an estimate after line 2 is confirmed.
#[test]
fn confirming_an_early_line_keeps_later_estimates() {
    let mut trace = Trace::new();
    let mut early = None;
    let mut late = None;
    for number in 1..=70 {
        match number {
            2 => early = Some(trace.record(Rule::PenaltyAmount, None, Euro::cents(100), [])),
            70 => late = Some(estimated_line(&mut trace).0),
            _ => {
                trace.record(Rule::PenaltyAmount, None, Euro::cents(100), []);
            }
        }
    }
    let (early, late) = (early.expect("line 2"), late.expect("line 70"));
    assert_eq!((early.id.number, late.id.number), (2, 70));
    let letter = DecisionRef { kind: "penalty", date: parse_date("2026-01-24").unwrap(), reference: "D-2".into() };
    trace.confirm(early.id, &letter);
    assert_eq!(provenance_of(&trace, early.id), Provenance::Decided(0));
    let fed = trace.record(Rule::PenaltyAmount, None, late.value, [Input::figure("estimated", &late)]);
    assert_eq!(provenance_of(&trace, fed.id), Provenance::Estimate);
}

#[test]
fn a_trace_id_as_text_is_its_display() {
    let cases = [(Section::Dates, 0, "T0"), (Section::Dagloon, 3, "D3"), (Section::Benefit, 10, "B10")];
    for (section, number, expected) in cases {
        assert_eq!(TraceId { section, number }.text(), expected);
    }
    for number in [1, 9, 99, 100, 101, 999, 1_000, 10_000, 10_001, 65_535] {
        let id = TraceId { section: Section::Penalty, number };
        assert_eq!(id.text(), id.to_string(), "{number}");
    }
}

/// Every trace input is copied into the arena once and read when serialized: its size is part
/// of the cost of a case (issue 15, budget 1). Boxed slices in `Value` and the borrowed source
/// in `ParameterUse` keep it at 64 bytes (80 before), on 64-bit targets.
#[test]
#[cfg(target_pointer_width = "64")]
fn an_input_is_64_bytes() {
    assert_eq!(std::mem::size_of::<Value>(), 24);
    assert_eq!(std::mem::size_of::<Option<ParameterUse>>(), 16);
    assert_eq!(std::mem::size_of::<Input>(), 64);
}
