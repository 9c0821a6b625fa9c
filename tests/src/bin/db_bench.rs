//! `db-bench HELDER_BIN IMPORT_FILE`: imports the file into a fresh SQLite database and a fresh
//! PostgreSQL cluster, then times `helder recompute` over the whole database (`--check`: compute
//! only; and full result documents to /dev/null). Prints one line per measurement.

use std::io::Write;
use std::process::Command;
use std::time::Instant;

fn timed(helder: &str, args: &[&str]) -> f64 {
    let started = Instant::now();
    let output = Command::new(helder).args(args).output().expect("helder runs");
    if !output.status.success() {
        eprintln!("{}", String::from_utf8_lossy(&output.stderr));
        std::process::exit(1);
    }
    started.elapsed().as_secs_f64()
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let (Some(helder), Some(file)) = (args.get(1), args.get(2)) else {
        eprintln!("usage: db-bench HELDER_BIN IMPORT_FILE");
        std::process::exit(2);
    };
    let sqlite = std::env::temp_dir().join(format!("helder-bench-{}.db", std::process::id()));
    let _ = std::fs::remove_file(&sqlite);
    let postgres = helder_tests::postgres::start_postgres();
    let mut out = std::io::stdout().lock();
    for (name, url) in [("SQLite", format!("sqlite://{}", sqlite.display())), ("PostgreSQL", postgres.url.clone())] {
        let import = timed(helder, &["import", file, "--database-url", &url]);
        let check = timed(helder, &["recompute", "--database-url", &url, "--check", "-", "/dev/null"]);
        let full = timed(helder, &["recompute", "--database-url", &url, "-", "/dev/null"]);
        let _ = writeln!(
            out,
            "{name}: import {import:.1} s; recompute whole database: compute only {check:.2} s, with result documents {full:.2} s"
        );
    }
    let _ = std::fs::remove_file(&sqlite);
}
