//! `helder recompute --diff` (issue 12 item 6): stored results that differ from the current rules
//! in known ways, and the report that groups every cent by its cause and field.

use std::process::Command;

use helder_core::Euro;
use helder_core::change::Cause;
use helder_server::impact::{Comparison, Skipped, impact_of_stream};
use helder_server::impact::{impact, stored_results};
use serde_json::Value;

fn case(name: &str) -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/cases").join(name);
    let text = std::fs::read_to_string(path).expect("golden case");
    serde_json::from_str::<Value>(&text).expect("json").to_string()
}

fn computed(case: &str) -> Value {
    serde_json::from_str(&helder_core::compute(case).expect("computes")).expect("json")
}

/// The trace line that makes `figure`.
fn line<'a>(result: &'a mut Value, figure: &str) -> &'a mut Value {
    result["trace"]
        .as_array_mut()
        .and_then(|lines| lines.iter_mut().find(|line| line["figure"] == figure))
        .unwrap_or_else(|| panic!("no line for {figure}"))
}

fn minus(text: &Value, cents: i64) -> Value {
    let euro: Euro = serde_json::from_value(text.clone()).expect("money");
    Value::String((euro - Euro::cents(cents)).to_string())
}

fn euro(text: &str) -> Euro {
    serde_json::from_value(Value::String(text.to_owned())).expect("money")
}

/// p06 and p09 stored under older rules with a back payment 12.40 and 7.60 lower; p01 stored
/// with another maximum dagloon, 5.00 lower; p02 stored as now; p03 without a stored result.
fn stored() -> (Vec<String>, String) {
    let cases: Vec<String> = [
        "p06-backpay-too-low",
        "p09-decision-differs",
        "p01-iva-basic",
        "p02-wageless-months",
        "p03-advance-refused-waived",
    ]
    .iter()
    .map(|name| case(&format!("{name}.case.json")))
    .collect();
    let mut stored = Vec::new();
    for (case, cents) in [(&cases[0], 1_240), (&cases[1], 760)] {
        let mut result = computed(case);
        result["rules_version"] = Value::String("helder-core 0.0.0+older".into());
        let amount = line(&mut result, "/backpay/amount");
        amount["value"] = minus(&amount["value"], cents);
        stored.push(result);
    }
    let mut p01 = computed(&cases[2]);
    let maximum = line(&mut p01, "/dagloon/maximum_at_start");
    maximum["value"] = minus(&maximum["value"], 500);
    let input = maximum["inputs"]
        .as_array_mut()
        .and_then(|inputs| inputs.iter_mut().find(|input| input["name"] == "maximum_dagloon"))
        .expect("the maximum's parameter input");
    input["value"] = minus(&input["value"], 500);
    stored.push(p01);
    stored.push(computed(&cases[3]));
    let text = stored.iter().map(Value::to_string).collect::<Vec<_>>().join("\n");
    (cases, text)
}

#[test]
fn every_cent_is_grouped_by_its_cause() {
    let (cases, text) = stored();
    let report = impact(&cases, &stored_results(&text), 2).expect("the report");
    assert_eq!((report.cases, report.changed), (5, 3));
    assert_eq!(report.skipped.len(), 1);
    assert_eq!((report.skipped[0].case_id.as_str(), report.skipped[0].reason.as_str()), ("P-03", "no stored result"));
    let summary: Vec<(String, String, Euro, Vec<String>)> = report
        .groups
        .iter()
        .map(|group| {
            let causes = group
                .causes
                .iter()
                .map(|cause| match cause {
                    Cause::Rules { old, .. } => format!("rules since {old}"),
                    Cause::Parameter { name, old, new, .. } => {
                        format!("{name} {} → {}", old.as_deref().unwrap_or("-"), new.as_deref().unwrap_or("-"))
                    }
                    other => format!("{other:?}"),
                })
                .collect::<Vec<_>>()
                .join(" + ");
            (causes, group.field.clone(), group.change, group.case_ids.clone())
        })
        .collect();
    let maximum = computed(&cases[2])["dagloon"]["maximum_at_start"].as_str().map(euro).expect("maximum");
    let older_maximum = maximum - Euro::cents(500);
    assert_eq!(
        summary,
        vec![
            (
                format!("maximum_dagloon {older_maximum} → {maximum}"),
                "/dagloon/maximum_at_start".to_owned(),
                euro("5.00"),
                vec!["P-01".to_owned()]
            ),
            (
                "rules since helder-core 0.0.0+older".to_owned(),
                "/backpay/amount".to_owned(),
                euro("20.00"),
                vec!["P-06".to_owned(), "P-09".to_owned()]
            ),
        ]
    );
}

/// The command line writes the same report as JSON.
#[test]
fn recompute_diff_writes_the_report() {
    let (cases, text) = stored();
    let dir = std::env::temp_dir().join(format!("helder-impact-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let (input, results) = (dir.join("cases.ndjson"), dir.join("stored.ndjson"));
    std::fs::write(&input, cases.join("\n")).expect("cases written");
    std::fs::write(&results, text).expect("stored results written");
    let output = Command::new(env!("CARGO_BIN_EXE_helder"))
        .args(["recompute", "--threads", "2", "--diff"])
        .arg(&results)
        .arg(&input)
        .arg("-")
        .output()
        .expect("helder runs");
    let _ = std::fs::remove_dir_all(&dir);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let report: Value = serde_json::from_slice(&output.stdout).expect("a JSON report");
    assert_eq!(report["changed"], 3);
    let changes: Vec<(&str, &str)> = report["groups"]
        .as_array()
        .expect("groups")
        .iter()
        .map(|group| (group["field"].as_str().unwrap_or(""), group["change"].as_str().unwrap_or("")))
        .collect();
    assert_eq!(changes, [("/dagloon/maximum_at_start", "5.00"), ("/backpay/amount", "20.00")]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("compared 5 cases: 3 changed, 1 skipped, 2 groups"), "{stderr}");
}

/// The shortcut for a fresh result that is its stored line apart from `rules_version` gives
/// exactly the report of the full comparison (parse both, `difference` for every case), also
/// from a stream in another order with a line that does not read and an earlier, different line
/// of a case that a later line replaces; and the same report as the map of stored results.
#[test]
fn the_identical_shortcut_gives_the_report_of_the_full_comparison() {
    let (mut cases, text) = stored();
    // p02 as `helder recompute` wrote it (core's own bytes, not JSON read and written again), and
    // p08 stored under older rules with the same figures: identical apart from rules_version.
    cases.push(case("p08-decision-agrees.case.json"));
    let p02 = helder_core::compute(&cases[3]).expect("p02 computes");
    let current = format!("\"rules_version\":\"{}\"", helder_core::rules_version());
    assert!(p02.contains(&current));
    let p08 = helder_core::compute(&cases[5]).expect("p08 computes").replacen(
        &current,
        "\"rules_version\":\"helder-core 0.0.0+older\"",
        1,
    );
    let mut lines: Vec<String> = text.lines().map(str::to_owned).collect();
    lines[3] = p02;
    lines.push(p08);
    let in_order = lines.join("\n");
    let mut p02_before = computed(&cases[3]);
    let amount = line(&mut p02_before, "/dagloon/at_start");
    amount["value"] = minus(&amount["value"], 100);
    let mut shuffled = vec![p02_before.to_string(), "{\"case_id\": not json".to_owned()];
    shuffled.extend(lines.iter().rev().cloned());
    let shuffled = shuffled.join("\n");

    let full = impact_of_stream(&cases, in_order.as_bytes(), 2, Comparison::Full).expect("full");
    let fast = impact_of_stream(&cases, in_order.as_bytes(), 2, Comparison::SkipIdentical).expect("fast");
    let fast_shuffled = impact_of_stream(&cases, shuffled.as_bytes(), 2, Comparison::SkipIdentical).expect("shuffled");
    let mapped = impact(&cases, &stored_results(&in_order), 2).expect("map");

    assert_eq!((full.impact.cases, full.impact.changed, full.impact.groups.len()), (6, 3, 2));
    assert_eq!(full.impact.skipped, vec![Skipped { case_id: "P-03".into(), reason: "no stored result".into() }]);
    // P-02 (stored as now) and P-08 (older rules_version) take the shortcut; P-01, P-06, P-09 differ.
    assert_eq!((full.identical, fast.identical, fast_shuffled.identical), (0, 2, 2));
    assert_eq!(fast.impact, full.impact);
    assert_eq!(fast_shuffled.impact, full.impact);
    assert_eq!(mapped, full.impact);
}
