//! The result document written as JSON with its trace written by hand: the bytes
//! `serde_json::to_vec` writes, at a fraction of the cost. The trace is most of a result
//! (hundreds of lines, each a struct with a list of structs), and serde's field-by-field
//! writing of it was 17 % of recomputing every stored benefit (issue 15 budget 4).
//! `tests/tests/parity.rs` holds the two writers to the same bytes over every golden case and
//! 1,200 generated ones; `contract/json/tests.rs` does so for a whole case, for text that needs
//! escaping in every field, and for an empty trace.

use super::{ResultDocument, TraceDecision, TraceInput, TraceLine};

/// Appends `result` as JSON to `out`: the bytes of `serde_json::to_writer(out, result)`.
pub fn write_result(result: &mut ResultDocument, out: &mut Vec<u8>) -> Result<(), serde_json::Error> {
    // Everything but the trace through serde, with the trace left empty: the trace is the
    // document's last field, so the text ends in `"trace":[]}` and the lines go in between.
    let lines = std::mem::take(&mut result.trace);
    let start = out.len();
    let written = serde_json::to_writer(&mut *out, &*result);
    result.trace = lines;
    written?;
    if !out.ends_with(b",\"trace\":[]}") {
        // Not the shape this writer knows (a field after the trace): serde writes it all.
        out.truncate(start);
        return serde_json::to_writer(out, &*result);
    }
    out.truncate(out.len().saturating_sub(2));
    write_list(&result.trace, out, write_line)?;
    out.extend_from_slice(b"]}");
    Ok(())
}

/// `items` written one after the other, a comma between each two (the brackets are the caller's).
fn write_list<T>(
    items: &[T],
    out: &mut Vec<u8>,
    write: impl Fn(&T, &mut Vec<u8>) -> Result<(), serde_json::Error>,
) -> Result<(), serde_json::Error> {
    for (index, item) in items.iter().enumerate() {
        if index > 0 {
            out.push(b',');
        }
        write(item, out)?;
    }
    Ok(())
}

fn write_line(line: &TraceLine, out: &mut Vec<u8>) -> Result<(), serde_json::Error> {
    field(out, b"{\"id\":", &line.id)?;
    field(out, b",\"rule\":", &line.rule)?;
    field(out, b",\"source\":", &line.source)?;
    field(out, b",\"basis\":", &line.basis)?;
    if let Some(figure) = &line.figure {
        field(out, b",\"figure\":", figure)?;
    }
    out.extend_from_slice(b",\"inputs\":[");
    write_list(&line.inputs, out, write_input)?;
    out.push(b']');
    field(out, b",\"value\":", &line.value)?;
    if let Some(provenance) = &line.provenance {
        field(out, b",\"provenance\":", provenance)?;
    }
    if let Some(decision) = &line.decision {
        write_decision(decision, out)?;
    }
    out.push(b'}');
    Ok(())
}

fn write_input(input: &TraceInput, out: &mut Vec<u8>) -> Result<(), serde_json::Error> {
    field(out, b"{\"name\":", &input.name)?;
    field(out, b",\"value\":", &input.value)?;
    if let Some(trace) = &input.trace {
        field(out, b",\"trace\":", trace)?;
    }
    if let Some(source) = &input.source {
        field(out, b",\"source\":", source)?;
    }
    if let Some(confidence) = &input.confidence {
        field(out, b",\"confidence\":", confidence)?;
    }
    out.push(b'}');
    Ok(())
}

fn write_decision(decision: &TraceDecision, out: &mut Vec<u8>) -> Result<(), serde_json::Error> {
    field(out, b",\"decision\":{\"kind\":", &decision.kind)?;
    field(out, b",\"date\":", &crate::calendar::format_date(decision.date))?;
    field(out, b",\"reference\":", &decision.reference)?;
    out.push(b'}');
    Ok(())
}

/// `key` (already JSON: the punctuation and quoted name before the value), then `text` as a
/// JSON string.
fn field(out: &mut Vec<u8>, key: &[u8], text: &str) -> Result<(), serde_json::Error> {
    out.extend_from_slice(key);
    // JSON escapes only quotes, backslashes and control characters; text without them (nearly
    // all of a trace) is written as it is, the rest as serde_json escapes it.
    if text.bytes().any(|byte| byte < 0x20 || byte == b'"' || byte == b'\\') {
        serde_json::to_writer(&mut *out, text)
    } else {
        out.reserve(text.len() + 2);
        out.push(b'"');
        out.extend_from_slice(text.as_bytes());
        out.push(b'"');
        Ok(())
    }
}

#[cfg(test)]
mod tests;
