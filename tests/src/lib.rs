//! Shared helpers for Helder's cross-crate tests: the golden cases (`tests/cases/`), a deterministic case generator (for parity, property and batch runs), and a subset
//! comparison of result documents.

pub mod browser;
pub mod generate;
pub mod oidc;
pub mod postgres;
pub mod wording;

use serde_json::Value;
use std::path::PathBuf;

/// The golden cases folder of the repository (`tests/cases/`).
pub fn cases_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("cases")
}

/// The golden cases plus `generated` cases of the generator (seed 4242), as (name, case JSON):
/// what the explanation tests read.
pub fn golden_and_generated_cases(generated: usize) -> Vec<(String, String)> {
    let mut all: Vec<(String, String)> = golden_cases().into_iter().map(|(name, case, _)| (name, case)).collect();
    all.extend(generate::cases(4_242, generated).into_iter().enumerate().map(|(i, c)| (format!("generated-{i}"), c)));
    all
}

/// Every `NAME.case.json` with its `NAME.expected.json`, sorted by name.
pub fn golden_cases() -> Vec<(String, String, Option<String>)> {
    let dir = cases_dir();
    let mut cases = Vec::new();
    let entries = std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()));
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if let Some(stem) = name.strip_suffix(".case.json") {
            let case = std::fs::read_to_string(entry.path()).expect("case file is readable");
            let expected = std::fs::read_to_string(dir.join(format!("{stem}.expected.json"))).ok();
            cases.push((stem.to_owned(), case, expected));
        }
    }
    cases.sort();
    cases
}

/// Differences between `expected` (a subset) and `actual`, as readable lines. Strings that are
/// both money (`-?digits.dd`) compare as decimals; everything else exactly.
pub fn subset_differences(expected: &Value, actual: &Value, path: &str, out: &mut Vec<String>) {
    match (expected, actual) {
        (Value::Object(want), Value::Object(have)) => {
            for (key, value) in want {
                let child = format!("{path}/{key}");
                match have.get(key) {
                    Some(found) => subset_differences(value, found, &child, out),
                    None => out.push(format!("{child}: missing, expected {value}")),
                }
            }
        }
        (Value::Array(want), Value::Array(have)) => {
            if want.len() != have.len() {
                out.push(format!("{path}: {} entries, expected {}", have.len(), want.len()));
            }
            for (index, (w, h)) in want.iter().zip(have).enumerate() {
                subset_differences(w, h, &format!("{path}/{index}"), out);
            }
        }
        (Value::String(want), Value::String(have)) if is_money(want) && is_money(have) => {
            let parse = |s: &str| s.parse::<rust_decimal_free::Cents>().ok();
            if parse(want) != parse(have) {
                out.push(format!("{path}: {have}, expected {want}"));
            }
        }
        _ => {
            if expected != actual {
                out.push(format!("{path}: {actual}, expected {expected}"));
            }
        }
    }
}

fn is_money(text: &str) -> bool {
    let unsigned = text.strip_prefix('-').unwrap_or(text);
    matches!(unsigned.split_once('.'), Some((whole, cents))
        if !whole.is_empty() && whole.bytes().all(|b| b.is_ascii_digit())
        && cents.len() == 2 && cents.bytes().all(|b| b.is_ascii_digit()))
}

/// Money strings as whole cents, so "1.50" equals "1.50" and "-0.00" equals "0.00".
mod rust_decimal_free {
    #[derive(PartialEq, Eq, Debug)]
    pub struct Cents(i128);
    impl std::str::FromStr for Cents {
        type Err = ();
        fn from_str(text: &str) -> Result<Cents, ()> {
            let negative = text.starts_with('-');
            let digits: String = text.chars().filter(char::is_ascii_digit).collect();
            let value: i128 = digits.parse().map_err(|_| ())?;
            Ok(Cents(if negative { -value } else { value }))
        }
    }
}
