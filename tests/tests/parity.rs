//! WASM-vs-native parity: the same case documents through native `helder-core` /
//! `helder-explain` and through their WASM build (run by Node) give byte-identical results and
//! explanations — every golden case, 1,000+ generated cases, and malformed documents (whose
//! error documents must match too).

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};

fn wasm_node_dir() -> PathBuf {
    let dir = std::env::var_os("HELDER_WASM_NODE")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../target/wasm-node"));
    assert!(
        dir.join("helder_explain_bg.wasm").exists(),
        "no WASM build of helder-explain at {}: run `cargo xtask test`, which builds it",
        dir.display()
    );
    dir
}

/// Runs `cases` through the Node harness in `mode`; one output line per case.
fn through_wasm(cases: &[String], mode: &str) -> Vec<String> {
    let script = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("parity/run.js");
    let mut child = Command::new("node")
        .arg(&script)
        .arg(wasm_node_dir())
        .arg(mode)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("node runs");
    let mut stdin = child.stdin.take().unwrap();
    let input = cases.join("\n") + "\n";
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let output = child.wait_with_output().expect("node finishes");
    writer.join().unwrap().unwrap();
    assert!(output.status.success(), "node failed");
    let lines: Vec<String> = String::from_utf8(output.stdout).unwrap().lines().map(str::to_owned).collect();
    assert_eq!(lines.len(), cases.len());
    lines
}

fn golden() -> Vec<String> {
    helder_tests::golden_cases()
        .into_iter()
        .map(|(_, case, _)| serde_json::from_str::<serde_json::Value>(&case).unwrap().to_string())
        .collect()
}

#[test]
fn wasm_and_native_results_are_byte_identical() {
    let mut cases = golden();
    let golden_count = cases.len();
    cases.extend(helder_tests::generate::cases(20_241_124, 1_200));
    // Malformed documents: their error documents must match too.
    cases.push("{}".into());
    cases.push(r#"{"format":"helder-case/1","case_id":"E","as_of":"2024-01-01","first_sick_day":"2025-01-01"}"#.into());
    cases.push(r#"{"format":"helder-case/1","case_id":"E","as_of":"2024-13-01","first_sick_day":"2022-01-01"}"#.into());

    let wasm = through_wasm(&cases, "compute");
    let mut computed = 0;
    for (index, (case, wasm)) in cases.iter().zip(&wasm).enumerate() {
        let native = match helder_core::compute(case) {
            Ok(result) => result,
            Err(error) => format!("ERR {}", error.to_json()),
        };
        assert_eq!(&native, wasm, "case {index} differs between native and WASM");
        if !native.starts_with("ERR ") {
            computed += 1;
        }
    }
    // The generator makes valid cases: a parity run over errors only would prove little.
    assert!(computed >= golden_count + 1_000, "only {computed} cases computed without error");
}

/// The browser's engine checks a what-if estimate with `what_if` (`core/src/wasm.rs`): the same
/// assumed case gives the same result document as the server's `whatif::what_if`.
#[test]
fn wasm_and_native_what_if_results_are_byte_identical() {
    let mut cases = golden();
    cases.extend(helder_tests::generate::cases(20_261_128, 300));
    for outcome in ["iva", "wga", "refused", "unknown"] {
        let wasm = through_wasm(&cases, &format!("what-if:{outcome}"));
        let mut estimated = 0;
        for (index, (case, wasm)) in cases.iter().zip(&wasm).enumerate() {
            let native = match helder_core::whatif::what_if(case, outcome) {
                Ok(result) => result,
                Err(error) => format!("ERR {}", error.to_json()),
            };
            assert_eq!(&native, wasm, "case {index} ({outcome}) differs between native and WASM");
            estimated += usize::from(!native.starts_with("ERR "));
        }
        // Decided cases are errors; an unknown outcome is always one.
        if outcome == "unknown" {
            assert_eq!(estimated, 0);
        } else {
            assert!(estimated >= 50, "only {estimated} undecided cases estimated as {outcome}");
        }
    }
}

#[test]
fn wasm_and_native_explanations_are_byte_identical() {
    let mut cases = golden();
    cases.extend(helder_tests::generate::cases(77, 200));
    for language in ["nl", "en"] {
        let wasm = through_wasm(&cases, &format!("explain:{language}"));
        for (index, (case, wasm)) in cases.iter().zip(&wasm).enumerate() {
            let explanation = helder_explain::explain_case(case, language).expect("explains");
            let native = serde_json::to_string(&explanation).unwrap();
            assert_eq!(&native, wasm, "case {index} ({language}) explains differently in WASM");
        }
    }
}

/// The recompute run writes result documents with `contract::write_result` (its trace by hand,
/// for speed): the bytes of the engine's own `compute`, and so the same `result_hash`, for every
/// golden case and 1,200 generated ones.
#[test]
fn the_stored_result_writer_writes_the_engines_bytes() {
    let mut cases = golden();
    cases.extend(helder_tests::generate::cases(20_261_129, 1_200));
    let mut written = 0;
    for (index, case) in cases.iter().enumerate() {
        let Ok(engine) = helder_core::compute(case) else { continue };
        let parsed = helder_core::contract::parse_case(case).unwrap();
        let mut result = helder_core::compute_case(&parsed).unwrap().into_lines();
        let mut out = Vec::new();
        helder_core::contract::write_result(&mut result, &mut out).unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), engine, "case {index} is written differently");
        written += 1;
    }
    assert!(written >= 1_100, "only {written} cases computed");
}
