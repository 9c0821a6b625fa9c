//! Every golden case in `tests/cases/` gives exactly the expected figures. New cases
//! are picked up from the folder without code changes. A test of helder-core itself, so that
//! `cargo xtask mutants` builds only core for each mutant.

// Shared with helder-tests (explanation and parity tests read the same cases).
#[path = "../../tests/src/golden.rs"]
mod golden;

use golden::{golden_cases, subset_differences};

#[test]
fn golden_cases_match_expected_figures() {
    let cases = golden_cases();
    assert!(cases.len() >= 7, "expected the shared golden cases, found {}", cases.len());
    let mut failures = Vec::new();
    for (name, case, expected) in &cases {
        let result = match helder_core::compute(case) {
            Ok(json) => serde_json::from_str::<serde_json::Value>(&json).expect("result is JSON"),
            Err(error) => {
                failures.push(format!("{name}: error {}", error.to_json()));
                continue;
            }
        };
        assert_eq!(result["format"], "helder-result/1");
        let Some(expected) = expected else { continue };
        let expected: serde_json::Value = serde_json::from_str(expected).expect("expected file is JSON");
        let mut differences = Vec::new();
        subset_differences(&expected, &result, "", &mut differences);
        failures.extend(differences.into_iter().map(|d| format!("{name}: {d}")));
    }
    assert!(failures.is_empty(), "golden differences:\n{}", failures.join("\n"));
}

/// `into_lines` builds the trace lines from the typed trace (no JSON round trip, for
/// `recompute --diff`): for every golden case they are exactly what reading the JSON back gives,
/// decided lines with their decision included.
#[test]
fn trace_lines_are_what_the_json_reads_back() {
    let mut decided_lines = 0;
    for (name, case, _) in golden_cases() {
        let Ok(json) = helder_core::compute(&case) else { continue };
        let read_back: helder_core::ResultDocument = serde_json::from_str(&json).expect("result reads back");
        let parsed = helder_core::contract::parse_case(&case).expect("case reads");
        let lines = helder_core::compute_case(&parsed).expect("computes").into_lines();
        decided_lines += lines.trace.iter().filter(|line| line.decision.is_some()).count();
        assert!(lines == read_back, "{name}: into_lines differs from the JSON read back");
    }
    assert!(decided_lines > 0, "no golden case has a decided trace line");
}
