//! `helder recompute --diff`: the impact of a rules change (issue 12 item 6). Every stored case
//! is computed again and compared with its stored result through `helder_core::change`; every
//! cent of difference is grouped by what caused it (a parameter, the rules, a fact) and by the
//! result field, with the cases affected. A figure with more than one cause is counted once,
//! under the combination of its causes, so the groups add up to the total difference.
//!
//! At 220,000 cases the stored results are about 11 GB, so [`impact_of_stream`] reads them a
//! chunk of lines at a time, in any order, and keeps per case only its outcome. A fresh result
//! that is byte for byte its stored line apart from `rules_version` has no figure that differs:
//! it is counted without parsing the stored line or running `difference` ([`Comparison`]).

use std::collections::{BTreeMap, HashMap};
use std::io::BufRead;

use helder_core::change::{Cause, Version, difference};
use helder_core::contract::ResultDocument;
use helder_core::{Case, Euro};
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

/// How a case is compared with its stored result. Both give the same report; `Full` exists so a
/// test can hold the shortcut against the full comparison.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Comparison {
    /// Parse the stored result and run `difference` for every case.
    Full,
    /// First check whether the fresh result is the stored line byte for byte apart from
    /// `rules_version`; only the cases where it is not are parsed and compared in full.
    SkipIdentical,
}

/// The report of [`impact_of_stream`] and how many cases took the shortcut.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Streamed {
    pub impact: Impact,
    /// Cases whose fresh result was their stored line apart from `rules_version`.
    pub identical: usize,
}

/// Compares each case's fresh result with its stored one. `stored` maps a case id to its stored
/// `helder-result/1` JSON; `cases` are `helder-case/1` JSON documents.
pub fn impact(cases: &[String], stored: &HashMap<String, String>, threads: usize) -> std::io::Result<Impact> {
    let pool = pool(threads)?;
    let compared: Vec<Compared> = pool.install(|| {
        cases
            .par_iter()
            .map(|case_json| {
                let case = match helder_core::contract::parse_case(case_json) {
                    Ok(case) => case,
                    Err(error) => return facts_unread(&error),
                };
                match stored.get(&case.case_id) {
                    // A stored map holds only lines whose case id reads, so a line is never absent.
                    Some(line) => compare(&case, line, Comparison::SkipIdentical).unwrap_or_else(|| no_stored(&case)),
                    None => no_stored(&case),
                }
            })
            .collect()
    });
    Ok(report(cases.len(), compared.into_iter()))
}

/// The same report as [`impact`] from an NDJSON stream of stored results, read a chunk of lines
/// at a time on its own thread (so reading overlaps computing) and never held whole. The lines
/// may come in any order; when a case id has more than one line, the last one counts, and a line
/// whose case id does not read is left out, as [`stored_results`] does.
pub fn impact_of_stream<R: BufRead + Send>(
    cases: &[String],
    stored: R,
    threads: usize,
    comparison: Comparison,
) -> std::io::Result<Streamed> {
    let pool = pool(threads)?;
    // Case ids in order, to find the cases of a stored line by binary search.
    let mut ids: Vec<(String, usize)> = pool.install(|| {
        cases.par_iter().enumerate().filter_map(|(index, case)| Some((raw_case_id(case)?, index))).collect()
    });
    ids.sort_unstable();
    let mut outcomes: Vec<Option<Compared>> = Vec::new();
    outcomes.resize_with(cases.len(), || None);
    let (sender, receiver) = std::sync::mpsc::sync_channel::<std::io::Result<Vec<String>>>(1);
    std::thread::scope(|scope| {
        scope.spawn(move || {
            let mut lines = stored.lines();
            loop {
                let chunk: std::io::Result<Vec<String>> = lines.by_ref().take(CHUNK).collect();
                let done = match &chunk {
                    Ok(read) => read.is_empty(),
                    Err(_) => true,
                };
                if sender.send(chunk).is_err() || done {
                    return;
                }
            }
        });
        for chunk in receiver {
            let chunk = chunk?;
            let compared: Vec<Vec<(usize, Option<Compared>)>> =
                pool.install(|| chunk.par_iter().map(|line| compare_line(cases, &ids, line, comparison)).collect());
            // In line order, so a later line of the same case replaces an earlier one.
            for (index, outcome) in compared.into_iter().flatten() {
                if outcome.is_some() {
                    outcomes[index] = outcome;
                }
            }
        }
        Ok::<(), std::io::Error>(())
    })?;
    let missing: Vec<(usize, Compared)> = pool.install(|| {
        outcomes
            .par_iter()
            .enumerate()
            .filter(|(_, outcome)| outcome.is_none())
            .map(|(index, _)| {
                let outcome = match helder_core::contract::parse_case(&cases[index]) {
                    Ok(case) => no_stored(&case),
                    Err(error) => facts_unread(&error),
                };
                (index, outcome)
            })
            .collect()
    });
    for (index, outcome) in missing {
        outcomes[index] = Some(outcome);
    }
    let identical =
        outcomes.iter().filter(|outcome| matches!(outcome, Some(Compared::Done { identical: true, .. }))).count();
    let impact = report(cases.len(), outcomes.into_iter().flatten());
    Ok(Streamed { impact, identical })
}

/// The stored results of an NDJSON file, by case id (a line that does not read is left out, so
/// its case is reported as having no stored result).
pub fn stored_results(text: &str) -> HashMap<String, String> {
    text.lines().filter_map(|line| stored_case_id(line).map(|id| (id, line.to_owned()))).collect::<HashMap<_, _>>()
}

/// Stored lines per chunk: at ~50 KB a line, three chunks in flight (read, queued, compared)
/// are about 40 MB.
const CHUNK: usize = 256;

fn pool(threads: usize) -> std::io::Result<rayon::ThreadPool> {
    rayon::ThreadPoolBuilder::new().num_threads(threads.max(1)).build().map_err(std::io::Error::other)
}

enum Compared {
    Skipped(Skipped),
    Done { case_id: String, figures: Vec<(Vec<Cause>, String, String, Euro)>, identical: bool },
}

fn facts_unread(error: &helder_core::CaseError) -> Compared {
    Compared::Skipped(Skipped { case_id: String::new(), reason: format!("the facts do not read: {}", error.code()) })
}

fn no_stored(case: &Case) -> Compared {
    Compared::Skipped(Skipped { case_id: case.case_id.clone(), reason: "no stored result".into() })
}

/// One stored line against every case with its case id: (case index, outcome).
/// The outcome is `None` when the line's case id does not read (the line does not count).
fn compare_line(
    cases: &[String],
    ids: &[(String, usize)],
    line: &str,
    comparison: Comparison,
) -> Vec<(usize, Option<Compared>)> {
    let Some(id) = quick_case_id(line).map(str::to_owned).or_else(|| stored_case_id(line)) else {
        return Vec::new();
    };
    let first = ids.partition_point(|(case_id, _)| case_id.as_str() < id.as_str());
    ids[first..]
        .iter()
        .take_while(|(case_id, _)| *case_id == id)
        .map(|&(_, index)| {
            let outcome = match helder_core::contract::parse_case(&cases[index]) {
                Ok(case) => compare(&case, line, comparison),
                Err(error) => Some(facts_unread(&error)),
            };
            (index, outcome)
        })
        .collect()
}

/// A case compared with its stored line; `None` when the line's case id does not read (then
/// the line is as good as absent).
fn compare(case: &Case, stored_line: &str, comparison: Comparison) -> Option<Compared> {
    let skipped = |reason: String| Some(Compared::Skipped(Skipped { case_id: case.case_id.clone(), reason }));
    let fresh = helder_core::compute_case(case);
    if let (Comparison::SkipIdentical, Ok(result)) = (comparison, &fresh) {
        // The bytes `helder recompute` writes for this case (`helder_core::compute`).
        if let Ok(bytes) = serde_json::to_vec(result)
            && same_apart_from_rules_version(&bytes, stored_line.as_bytes())
        {
            return Some(Compared::Done { case_id: case.case_id.clone(), figures: Vec::new(), identical: true });
        }
    }
    let old: ResultDocument = match serde_json::from_str(stored_line) {
        Ok(result) => result,
        Err(_) if stored_case_id(stored_line).is_none() => return None,
        Err(error) => return skipped(format!("the stored result does not read: {error}")),
    };
    let new = match fresh {
        Ok(result) => result.into_lines(),
        Err(error) => return skipped(format!("the case does not compute: {}", error.code())),
    };
    let change = difference(Version { case, result: &old }, Version { case, result: &new });
    let figures = change
        .figures
        .iter()
        .filter(|figure| !figure.change.is_zero())
        .map(|figure| {
            let causes = change.causes_of(figure).cloned().collect();
            (causes, field_of(&figure.figure), figure.rule.clone(), figure.change)
        })
        .collect();
    Some(Compared::Done { case_id: case.case_id.clone(), figures, identical: false })
}

const RULES_VERSION_KEY: &[u8] = b"\"rules_version\":\"";

/// True when `stored` is `fresh` with at most another `rules_version`: the same bytes before the
/// key, a plain string value (no quote or escape in it, so the line still reads), the same bytes
/// after. The key's first occurrence is the top-level field in both: nothing before it differs,
/// and a quote inside a JSON string is always escaped.
fn same_apart_from_rules_version(fresh: &[u8], stored: &[u8]) -> bool {
    let Some(at) = fresh.windows(RULES_VERSION_KEY.len()).position(|window| window == RULES_VERSION_KEY) else {
        return fresh == stored;
    };
    let value = at + RULES_VERSION_KEY.len();
    if stored.len() < value || fresh[..value] != stored[..value] {
        return false;
    }
    let (Some(fresh_end), Some(stored_end)) = (string_end(&fresh[value..]), string_end(&stored[value..])) else {
        return false;
    };
    fresh[value + fresh_end..] == stored[value + stored_end..]
}

/// The position of the closing quote of a string without escapes.
fn string_end(text: &[u8]) -> Option<usize> {
    let end = text.iter().position(|&byte| byte == b'"' || byte == b'\\')?;
    (text[end] == b'"').then_some(end)
}

/// The case id of a line as `helder recompute` writes it (`{"format":"helder-result/1","case_id":"…`)
/// when it has no escapes, without reading the rest of the line.
fn quick_case_id(line: &str) -> Option<&str> {
    let rest = line.strip_prefix(r#"{"format":"helder-result/1","case_id":""#)?;
    let end = string_end(rest.as_bytes())?;
    Some(&rest[..end])
}

/// The case id of a stored line read as JSON (the whole line must read).
fn stored_case_id(line: &str) -> Option<String> {
    #[derive(serde::Deserialize)]
    struct Id {
        case_id: String,
    }
    serde_json::from_str::<Id>(line).ok().map(|id| id.case_id)
}

/// The case id of a case document as `parse_case` sets it (trimmed), without validating the rest.
fn raw_case_id(case_json: &str) -> Option<String> {
    stored_case_id(case_json).map(|id| id.trim().to_owned())
}

fn report(cases: usize, compared: impl Iterator<Item = Compared>) -> Impact {
    let mut report = Impact { cases, ..Impact::default() };
    let mut groups: BTreeMap<(String, String), Group> = BTreeMap::new();
    for outcome in compared {
        match outcome {
            Compared::Skipped(skipped) => report.skipped.push(skipped),
            Compared::Done { case_id, figures, .. } => {
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
    report
}

/// `/backpay/months/3/difference` → `/backpay/months/*/difference`.
fn field_of(pointer: &str) -> String {
    pointer
        .split('/')
        .map(|part| if !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit()) { "*" } else { part })
        .collect::<Vec<_>>()
        .join("/")
}
