//! `helder recompute`: NDJSON of case documents in, NDJSON of result (or error) documents out,
//! in input order, identical for any number of threads.

use rayon::prelude::*;
use std::io::{BufRead, Write};

/// Lines per parallel chunk: large enough to amortise scheduling, small enough to stream.
const CHUNK: usize = 256;

#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Summary {
    pub cases: usize,
    pub errors: usize,
}

/// What `recompute` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Output {
    /// One result (or error) document per input line.
    Results,
    /// Only the error documents: every case is computed, no result is serialized.
    ErrorsOnly,
}

/// Recomputes every line of `input` into `output`. A bad line becomes an error document with
/// its line number; the other lines are still computed.
pub fn recompute(
    input: impl BufRead,
    mut output: impl Write,
    threads: usize,
    mode: Output,
) -> std::io::Result<Summary> {
    let pool = rayon::ThreadPoolBuilder::new().num_threads(threads.max(1)).build().map_err(std::io::Error::other)?;
    let mut summary = Summary::default();
    let mut lines = input.lines().enumerate();
    loop {
        let mut chunk = Vec::with_capacity(CHUNK);
        for (number, line) in lines.by_ref().take(CHUNK) {
            let line = line?;
            if !line.trim().is_empty() {
                chunk.push((number + 1, line));
            }
        }
        if chunk.is_empty() {
            break;
        }
        let results: Vec<(bool, String)> = pool.install(|| {
            chunk
                .par_iter()
                .map(|(number, line)| match compute_line(line, mode) {
                    Ok(result) => (true, result),
                    Err(error) => (
                        false,
                        serde_json::json!({
                            "line": number,
                            "error": error.code(),
                            "path": error.path(),
                            "message": error.to_string(),
                        })
                        .to_string(),
                    ),
                })
                .collect()
        });
        for (ok, text) in results {
            summary.cases += 1;
            if !ok {
                summary.errors += 1;
            }
            if !ok || mode == Output::Results {
                output.write_all(text.as_bytes())?;
                output.write_all(b"\n")?;
            }
        }
    }
    output.flush()?;
    Ok(summary)
}

fn compute_line(line: &str, mode: Output) -> Result<String, helder_core::CaseError> {
    match mode {
        Output::Results => helder_core::compute(line),
        Output::ErrorsOnly => {
            let case = helder_core::contract::parse_case(line)?;
            helder_core::compute_case(&case).map(|_| String::new())
        }
    }
}
