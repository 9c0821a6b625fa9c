//! `helder recompute --diff`: the impact of a rules change (issue 12 item 6). Every stored case
//! is computed again and compared with its stored result through `helder_core::change`; every
//! cent of difference is grouped by what caused it (a parameter, the rules, a fact) and by the
//! result field, with the cases affected. A figure with more than one cause is counted once,
//! under the combination of its causes, so the groups add up to the total difference.

use std::collections::{BTreeMap, HashMap};

use helder_core::Euro;
use helder_core::change::{Cause, Version, difference};
use helder_core::contract::ResultDocument;
use rayon::prelude::*;
use serde::Serialize;

/// The report: one group per (causes, field).
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Impact {
    pub cases: usize,
    /// Cases whose result changed.
    pub changed: usize,
    /// Cases without a stored result, or whose facts or stored result could not be read.
    pub skipped: Vec<Skipped>,
    pub groups: Vec<Group>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Skipped {
    pub case_id: String,
    pub reason: String,
}

/// Every cent one combination of causes made in one result field, over all cases.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Group {
    pub causes: Vec<Cause>,
    /// The result field with list positions as `*`, e.g. `/backpay/months/*/difference`.
    pub field: String,
    /// The rule of the trace line that makes the field.
    pub rule: String,
    /// The sum of `new − old` over every figure of the group.
    pub change: Euro,
    pub figures: usize,
    pub case_ids: Vec<String>,
}

/// Compares each case's fresh result with its stored one. `stored` maps a case id to its stored
/// `helder-result/1` JSON; `cases` are `helder-case/1` JSON documents.
pub fn impact(cases: &[String], stored: &HashMap<String, String>, threads: usize) -> std::io::Result<Impact> {
    let pool = rayon::ThreadPoolBuilder::new().num_threads(threads.max(1)).build().map_err(std::io::Error::other)?;
    let compared: Vec<Compared> = pool.install(|| cases.par_iter().map(|case| compare(case, stored)).collect());
    let mut report = Impact { cases: cases.len(), ..Impact::default() };
    let mut groups: BTreeMap<(String, String), Group> = BTreeMap::new();
    for outcome in compared {
        match outcome {
            Compared::Skipped(skipped) => report.skipped.push(skipped),
            Compared::Done { case_id, figures } => {
                if !figures.is_empty() {
                    report.changed += 1;
                }
                for (causes, field, rule, change) in figures {
                    let key = (serde_json::to_string(&causes).unwrap_or_default(), field.clone());
                    let group = groups.entry(key).or_insert_with(|| Group {
                        causes,
                        field,
                        rule,
                        change: Euro::default(),
                        figures: 0,
                        case_ids: Vec::new(),
                    });
                    group.change += change;
                    group.figures += 1;
                    if group.case_ids.last() != Some(&case_id) {
                        group.case_ids.push(case_id.clone());
                    }
                }
            }
        }
    }
    report.groups = groups.into_values().collect();
    Ok(report)
}

enum Compared {
    Skipped(Skipped),
    Done { case_id: String, figures: Vec<(Vec<Cause>, String, String, Euro)> },
}

fn compare(case_json: &str, stored: &HashMap<String, String>) -> Compared {
    let skipped = |case_id: &str, reason: String| Compared::Skipped(Skipped { case_id: case_id.to_owned(), reason });
    let case = match helder_core::contract::parse_case(case_json) {
        Ok(case) => case,
        Err(error) => return skipped("", format!("the facts do not read: {}", error.code())),
    };
    let Some(stored_json) = stored.get(&case.case_id) else {
        return skipped(&case.case_id, "no stored result".into());
    };
    let old: ResultDocument = match serde_json::from_str(stored_json) {
        Ok(result) => result,
        Err(error) => return skipped(&case.case_id, format!("the stored result does not read: {error}")),
    };
    let new = match helder_core::compute_case(&case) {
        Ok(result) => result.into_lines(),
        Err(error) => return skipped(&case.case_id, format!("the case does not compute: {}", error.code())),
    };
    let change = difference(Version { case: &case, result: &old }, Version { case: &case, result: &new });
    let figures = change
        .figures
        .iter()
        .filter(|figure| !figure.change.is_zero())
        .map(|figure| {
            let causes = change.causes_of(figure).cloned().collect();
            (causes, field_of(&figure.figure), figure.rule.clone(), figure.change)
        })
        .collect();
    Compared::Done { case_id: case.case_id, figures }
}

/// `/backpay/months/3/difference` → `/backpay/months/*/difference`.
fn field_of(pointer: &str) -> String {
    pointer
        .split('/')
        .map(|part| if !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit()) { "*" } else { part })
        .collect::<Vec<_>>()
        .join("/")
}

/// The stored results of an NDJSON file, by case id (a line that does not read is left out, so
/// its case is reported as having no stored result).
pub fn stored_results(text: &str) -> HashMap<String, String> {
    #[derive(serde::Deserialize)]
    struct Id {
        case_id: String,
    }
    text.lines()
        .filter_map(|line| serde_json::from_str::<Id>(line).ok().map(|id| (id.case_id, line.to_owned())))
        .collect::<HashMap<_, _>>()
}
