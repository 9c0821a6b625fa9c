//! The dated tables of `docs/domain/PARAMETERS.md` are the engine's tables, row for row: date,
//! value and confidence (issue 16 item 4). The sources may say more in the document.

use std::path::PathBuf;

use helder_core::params::{DAGLOON_INDEX, MINIMUM_WAGE};

fn parameters_md() -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../docs/domain/PARAMETERS.md");
    std::fs::read_to_string(path).expect("PARAMETERS.md is readable")
}

/// The rows of the markdown table that follows `heading`, as trimmed cells, without the header
/// and separator lines.
fn rows_after(text: &str, heading: &str) -> Vec<Vec<String>> {
    let start = text.find(heading).unwrap_or_else(|| panic!("PARAMETERS.md has no section {heading:?}"));
    text[start..]
        .lines()
        .skip_while(|line| !line.starts_with('|'))
        .take_while(|line| line.starts_with('|'))
        .skip(2)
        .map(|line| line.trim_matches('|').split('|').map(|cell| cell.trim().to_owned()).collect())
        .collect()
}

#[test]
fn maximum_dagloon_table_is_the_engines() {
    let document = parameters_md();
    let rows = rows_after(&document, "## Maximum dagloon");
    let engine: Vec<Vec<String>> = DAGLOON_INDEX
        .entries
        .iter()
        .map(|entry| {
            vec![
                entry.from.to_string(),
                entry.value.maximum().to_string(),
                entry.value.index_percent().to_string(),
                entry.confidence.code().to_owned(),
            ]
        })
        .collect();
    let document: Vec<Vec<String>> =
        rows.iter().map(|row| vec![row[0].clone(), row[1].clone(), row[2].clone(), row[4].clone()]).collect();
    assert_eq!(document, engine);
}

#[test]
fn minimum_wage_table_is_the_engines() {
    let document = parameters_md();
    let rows = rows_after(&document, "## Statutory minimum wage per month");
    let engine: Vec<Vec<String>> = MINIMUM_WAGE
        .entries
        .iter()
        .map(|entry| {
            let euros = helder_core::Euro::cents(entry.value);
            vec![entry.from.to_string(), euros.to_string(), entry.confidence.code().to_owned()]
        })
        .collect();
    let document: Vec<Vec<String>> =
        rows.iter().map(|row| vec![row[0].clone(), row[1].clone(), row[3].clone()]).collect();
    assert_eq!(document, engine);
}
