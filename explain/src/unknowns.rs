//! What is not known yet about the dagloon correction, as dated, sourced statements. They live in
//! one table, `data/not-known-yet.json`, included at build time: a new statement (or a newer one
//! on the same topic) is a change to that file, not to code. Each statement is shown with its
//! date ("Stand op 1 oktober 2025: …"), and its source joins the section's sources.

use chrono::NaiveDate;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::sync::OnceLock;

use crate::ExplainError;

/// The table's text.
pub const TABLE: &str = include_str!("../data/not-known-yet.json");

/// One dated statement.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Statement {
    /// What it is about: `processing_time`, `finished_checks`, `lowering`, `compensation_scheme`.
    pub topic: String,
    /// The date the statement describes ("Stand op …"), `YYYY-MM-DD`.
    #[serde(deserialize_with = "date")]
    pub date: NaiveDate,
    /// A source code of RULES.md with its own `source-<code>` message (`VA-2025`, `VR-2026`).
    pub source: String,
    /// Where exactly in the source, for the people who keep the table (the test checks it is given).
    pub where_in_source: String,
    /// The statement per language code, in that language's register (Dutch: B1).
    pub text: BTreeMap<String, String>,
}

fn date<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<NaiveDate, D::Error> {
    let text = String::deserialize(deserializer)?;
    helder_core::calendar::parse_date(&text).ok_or_else(|| serde::de::Error::custom("expected a date YYYY-MM-DD"))
}

impl Statement {
    pub fn text(&self, language: &str) -> Option<&str> {
        self.text.get(language).map(String::as_str)
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Table {
    statements: Vec<Statement>,
}

/// Every statement of the table, or why the table does not read.
pub fn statements() -> Result<&'static [Statement], ExplainError> {
    static TABLE_READ: OnceLock<Result<Vec<Statement>, String>> = OnceLock::new();
    match TABLE_READ.get_or_init(|| {
        serde_json::from_str::<Table>(TABLE).map(|table| table.statements).map_err(|error| error.to_string())
    }) {
        Ok(statements) => Ok(statements),
        Err(detail) => Err(ExplainError::Message {
            language: String::new(),
            id: "data/not-known-yet.json".into(),
            detail: detail.clone(),
        }),
    }
}

/// The latest statement on `topic` dated on or before `as_of`.
pub fn latest(topic: &str, as_of: NaiveDate) -> Result<Option<&'static Statement>, ExplainError> {
    Ok(statements()?.iter().filter(|s| s.topic == topic && s.date <= as_of).max_by_key(|s| s.date))
}

/// The topics a case's back-payment section speaks of: what is not known yet that concerns this
/// client. The explanation shows their latest statements; a new or changed statement on one of
/// them is news for the client (the server's campaign news).
pub fn topics(b: &helder_core::contract::BackpayResult) -> Vec<&'static str> {
    let mut topics = Vec::new();
    if !b.decided && b.category != "no_reason" {
        topics.extend(["finished_checks", "processing_time"]);
    }
    match b.outcome.as_str() {
        // Once UWV decided the correction, the lowering is decided for this case.
        "too_high" if !b.decided => topics.push("lowering"),
        "too_low" => topics.push("compensation_scheme"),
        _ => {}
    }
    topics
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every statement reads, has text in every language Helder speaks, names a known source and
    /// belongs to a topic the explanation shows.
    #[test]
    fn every_statement_is_dated_sourced_and_in_every_language() {
        let statements = statements().unwrap();
        assert!(statements.len() >= 4);
        for statement in statements {
            for language in crate::languages() {
                let text = statement.text(language).unwrap_or_else(|| panic!("{statement:?} lacks {language}"));
                assert!(!text.trim().is_empty());
                let source = crate::messages::text(language, &format!("source-{}", statement.source));
                assert_ne!(source, format!("source-{}", statement.source), "unknown source {}", statement.source);
            }
            assert!(
                ["processing_time", "finished_checks", "lowering", "compensation_scheme"]
                    .contains(&statement.topic.as_str())
            );
            assert!(!statement.where_in_source.is_empty());
        }
    }
}
