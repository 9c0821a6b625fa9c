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
    let mut number = 800_000_000u32;
    for (index, case) in helder_tests::generate::cases(seed, count).into_iter().enumerate() {
        let line = if import {
            // Made-up BSNs from 800000000 up: never real ones, but passing the elfproef the
            // import checks.
            number = next_elfproef(number);
            format!(r#"{{"client":{{"name":"Generated client {index}","bsn":"{number:09}"}},"case":{case}}}"#)
        } else {
            case
        };
        if writeln!(out, "{line}").is_err() {
            std::process::exit(1);
        }
    }
}

/// The first number above `after` whose nine digits pass the elfproef (9·d1 + 8·d2 + … + 2·d8 −
/// d9 divisible by 11).
fn next_elfproef(after: u32) -> u32 {
    (after + 1..)
        .find(|n| {
            let digits = format!("{n:09}");
            let sum: i64 = digits
                .bytes()
                .zip([9, 8, 7, 6, 5, 4, 3, 2, -1])
                .map(|(digit, weight)| i64::from(digit - b'0') * weight)
                .sum();
            sum % 11 == 0
        })
        .unwrap_or(after)
}
