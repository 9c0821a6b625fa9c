use super::*;
use crate::contract::parse_case;

fn case() -> ResultDocument {
    let document = include_str!("../../../benches/full-case.json");
    crate::compute_case(&parse_case(document).unwrap()).unwrap().into_lines()
}

/// A whole computed case: the same bytes as serde's.
#[test]
fn a_result_is_written_as_serde_writes_it() {
    let mut result = case();
    let mut out = b"kept".to_vec();
    write_result(&mut result, &mut out).unwrap();
    assert_eq!(out.strip_prefix(b"kept").unwrap(), serde_json::to_vec(&result).unwrap().as_slice());
    assert!(result.trace.len() > 100, "the trace is back in the document");
}

/// Text that JSON must escape, in every kind of field, and every optional field present.
#[test]
fn text_that_needs_escaping_is_escaped_as_serde_escapes_it() {
    let mut result = case();
    let awkward = "quote \" backslash \\ newline \n tab \t bell \u{7} é € \u{7f} end";
    let line = result.trace.first_mut().unwrap();
    line.id = awkward.to_owned();
    line.rule = awkward.to_owned().into();
    line.figure = Some(awkward.to_owned());
    line.provenance = Some(awkward.to_owned().into());
    line.decision = Some(TraceDecision {
        kind: awkward.to_owned().into(),
        date: chrono::NaiveDate::from_ymd_opt(2025, 3, 4).unwrap(),
        reference: awkward.to_owned(),
    });
    line.inputs.push(TraceInput {
        name: awkward.to_owned().into(),
        value: awkward.to_owned(),
        trace: Some(awkward.to_owned()),
        source: Some(awkward.to_owned().into()),
        confidence: Some("E".into()),
    });
    result.case_id = awkward.to_owned();
    let mut out = Vec::new();
    write_result(&mut result, &mut out).unwrap();
    assert_eq!(String::from_utf8(out).unwrap(), serde_json::to_string(&result).unwrap());
}

/// A document with no trace lines.
#[test]
fn an_empty_trace_is_an_empty_list() {
    let mut result = ResultDocument::empty();
    let mut out = Vec::new();
    write_result(&mut result, &mut out).unwrap();
    assert_eq!(out, serde_json::to_vec(&result).unwrap());
}
