//! `gen-cases COUNT [SEED]`: writes COUNT generated `helder-case/1` documents as NDJSON to stdout
//! (for `helder recompute` benchmarks and parity runs).

use std::io::Write;

fn main() {
    let mut args = std::env::args().skip(1);
    let count: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(1000);
    let seed: u64 = args.next().and_then(|a| a.parse().ok()).unwrap_or(2024);
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for case in helder_tests::generate::cases(seed, count) {
        if writeln!(out, "{case}").is_err() {
            std::process::exit(1);
        }
    }
}
