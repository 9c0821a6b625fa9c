//! `helder compute` and `helder recompute` as a person runs them (CASE-FORMAT "Command line").

use std::io::Write;
use std::process::{Command, Stdio};

fn helder(args: &[&str], stdin: &[u8]) -> (i32, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_helder"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("helder starts");
    let mut input = child.stdin.take().expect("stdin");
    let bytes = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(&bytes);
    });
    let output = child.wait_with_output().expect("helder finishes");
    writer.join().expect("writer");
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

fn error_of(stderr: &str) -> serde_json::Value {
    serde_json::from_str(stderr.trim()).unwrap_or_else(|e| panic!("stderr is not one JSON object ({e}): {stderr}"))
}

fn shared_case(name: &str) -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/cases").join(name);
    path.display().to_string()
}

#[test]
fn compute_prints_a_result_document_for_a_golden_case() {
    let (code, stdout, stderr) = helder(&["compute", &shared_case("p01-iva-basic.case.json")], b"");
    assert_eq!(code, 0, "{stderr}");
    let result: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(result["format"], "helder-result/1");
    assert_eq!(result["case_id"], "P-01");
    assert_eq!(result["dagloon"]["at_start"], "165.47");
}

#[test]
fn random_bytes_exit_2_with_a_json_error() {
    // A fixed pseudo-random byte string (xorshift), so the test is reproducible.
    let mut state = 0x2545_f491_4f6c_dd1d_u64;
    let bytes: Vec<u8> = (0..4096)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state as u8
        })
        .collect();
    let (code, stdout, stderr) = helder(&["compute", "-"], &bytes);
    assert_eq!(code, 2);
    assert!(stdout.is_empty());
    let error = error_of(&stderr);
    assert_eq!(error["error"], "syntax");
    assert!(error["message"].as_str().unwrap().contains("not UTF-8"), "{stderr}");
}

#[test]
fn deeply_nested_json_exits_2() {
    let nested = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    let (code, stdout, stderr) = helder(&["compute", "-"], nested.as_bytes());
    assert_eq!(code, 2);
    assert!(stdout.is_empty());
    assert_eq!(error_of(&stderr)["error"], "bad_value");
}

#[test]
fn a_100_mb_string_exits_2() {
    let mut document = Vec::with_capacity(100 * 1024 * 1024 + 32);
    document.extend_from_slice(br#"{"format":""#);
    document.resize(document.len() + 100 * 1024 * 1024, b'a');
    document.extend_from_slice(br#""}"#);
    let (code, stdout, stderr) = helder(&["compute", "-"], &document);
    assert_eq!(code, 2);
    assert!(stdout.is_empty());
    let error = error_of(&stderr);
    assert_eq!(error["path"], "/case_id", "{stderr}");
}

#[test]
fn an_unknown_field_is_named_by_its_path() {
    let case = r#"{"format":"helder-case/1","case_id":"X","as_of":"2024-01-01","first_sick_day":"2022-01-03",
        "advance":{"payments":[{"month":"2023-12","amount":"10.00","amout":"1.00"}]}}"#;
    let (code, _, stderr) = helder(&["compute", "-"], case.as_bytes());
    assert_eq!(code, 2);
    let error = error_of(&stderr);
    assert_eq!(error["error"], "unknown_field");
    assert_eq!(error["path"], "/advance/payments/0/amout");
}

#[test]
fn recompute_keeps_order_and_reports_bad_lines() {
    let good = std::fs::read_to_string(shared_case("p05-penalty.case.json")).unwrap().replace('\n', "");
    let input = format!("{good}\nnot json\n{good}\n");
    let (code, stdout, stderr) = helder(&["recompute", "-", "-", "--threads", "2"], input.as_bytes());
    assert_eq!(code, 0, "{stderr}");
    let lines: Vec<serde_json::Value> = stdout.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[0]["penalty"]["amount"], "567.00");
    assert_eq!(lines[1]["line"], 2);
    assert_eq!(lines[1]["error"], "syntax");
    assert_eq!(lines[2], lines[0]);
    assert!(stderr.contains("recomputed 3 cases (1 errors)"), "{stderr}");
}

#[test]
fn recompute_check_writes_only_the_errors() {
    let good = std::fs::read_to_string(shared_case("p01-iva-basic.case.json")).unwrap().replace('\n', "");
    let input = format!("{good}\n{{\"format\":\"helder-case/2\"}}\n{good}\n");
    let (code, stdout, stderr) = helder(&["recompute", "-", "-", "--check"], input.as_bytes());
    assert_eq!(code, 0, "{stderr}");
    let lines: Vec<serde_json::Value> = stdout.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 1, "{stdout}");
    assert_eq!(lines[0]["line"], 2);
    assert_eq!(lines[0]["error"], "missing_field");
    assert!(stderr.contains("recomputed 3 cases (1 errors)"), "{stderr}");
}

#[test]
fn compute_explain_prints_the_explanation_in_both_languages() {
    let case = shared_case("p05-penalty.case.json");
    let (code, stdout, stderr) = helder(&["compute", "--explain", "nl", &case], b"");
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.contains("UWV moet u een dwangsom van €\u{a0}567,00 betalen. [P3]"), "{stdout}");
    let (code, stdout, _) = helder(&["compute", "--explain", "en", "--json", &case], b"");
    assert_eq!(code, 0);
    let explanation: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(explanation["language"], "en");
    let penalty = explanation["sections"].as_array().unwrap().iter().find(|s| s["id"] == "penalty").unwrap();
    // Helder's calculation, said in Helder's voice (UWV has not decided the penalty).
    assert_eq!(penalty["lead"]["text"], "Helder calculated: UWV has to pay you a penalty of €567.00.");
    assert_eq!(penalty["lead"]["traces"][0], "P3");
    let (code, stdout, stderr) = helder(&["compute", "--explain", "tr", &case], b"");
    assert_eq!(code, 2);
    assert!(stdout.is_empty());
    assert!(stderr.contains("no messages for language"), "{stderr}");
}
