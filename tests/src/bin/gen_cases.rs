//! `gen-cases COUNT [SEED] [--import]`: writes COUNT generated `helder-case/1` documents as
//! NDJSON to stdout (for `helder recompute` benchmarks and parity runs); with `--import`, as
//! `helder import` lines with a made-up client for each case.

use std::io::Write;

fn main() {
    let import = std::env::args().any(|a| a == "--import");
    let mut args = std::env::args().skip(1).filter(|a| a != "--import");
    let count: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(1000);
    let seed: u64 = args.next().and_then(|a| a.parse().ok()).unwrap_or(2024);
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for (index, case) in helder_tests::generate::cases(seed, count).into_iter().enumerate() {
        let line = if import {
            // Made-up BSNs from 800000000 up: never real ones.
            format!(
                r#"{{"client":{{"name":"Generated client {index}","bsn":"{}"}},"case":{case}}}"#,
                800_000_000 + index
            )
        } else {
            case
        };
        if writeln!(out, "{line}").is_err() {
            std::process::exit(1);
        }
    }
}
