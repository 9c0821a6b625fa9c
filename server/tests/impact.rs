//! `helder recompute --diff` (issue 12 item 6): stored results that differ from the current rules
//! in known ways, and the report that groups every cent by its cause and field.

use std::process::Command;

use helder_core::Euro;
use helder_core::change::Cause;
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
