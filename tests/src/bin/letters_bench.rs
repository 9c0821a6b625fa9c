//! `letters-bench [ROUNDS]`: the time to render one letter, per letter kind and format, over the
//! letters of every golden case in Dutch (each decision for the client, the client's letters).
//! Drafting (from the result and explanation), HTML and the tagged PDF (typst, PDF/UA-1) are
//! timed apart; the first PDF (fonts loaded, typst's library built) is reported on its own.
//! Build with `--release`; `cargo xtask bench` runs it.

use std::collections::BTreeMap;
use std::io::Write;
use std::time::{Duration, Instant};

use helder_letters::{Kind, Recipient, Sources};

fn main() {
    let rounds: usize = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(3);
    let mut draft: BTreeMap<&str, Vec<Duration>> = BTreeMap::new();
    let mut html: BTreeMap<&str, Vec<Duration>> = BTreeMap::new();
    let mut pdf: BTreeMap<&str, Vec<Duration>> = BTreeMap::new();
    let mut first_pdf = None;
    for _ in 0..rounds {
        for (_, case, _) in helder_tests::golden_cases() {
            let Ok(text) = helder_core::compute(&case) else { continue };
            let Ok(result) = serde_json::from_str::<helder_core::ResultDocument>(&text) else { continue };
            let Ok(explanation) = helder_explain::explain(&result, "nl") else { continue };
            let hash = helder_letters::sha256_hex(text.as_bytes());
            let sources =
                Sources { result: &result, explanation: &explanation, result_hash: &hash, sent: result.as_of };
            let month = serde_json::from_str::<serde_json::Value>(&case)
                .ok()
                .and_then(|c| c.pointer("/wages/months/0/month").and_then(|m| m.as_str()).map(str::to_owned));
            for kind in helder_letters::available(&result) {
                let started = Instant::now();
                let letter = match kind {
                    kind if kind.is_decision() => helder_letters::decision(kind, Recipient::Client, &sources),
                    Kind::NoticeOfDefault => helder_letters::notice_of_default(&sources),
                    Kind::Objection => helder_letters::objection(&sources, &[]),
                    _ => match &month {
                        Some(month) => {
                            helder_letters::correction(&sources, &case, month, helder_core::Euro::cents(310_000))
                        }
                        None => continue,
                    },
                };
                let Ok(letter) = letter else { continue };
                draft.entry(kind.code()).or_default().push(started.elapsed());
                let started = Instant::now();
                let page = helder_letters::html(&letter);
                html.entry(kind.code()).or_default().push(started.elapsed());
                let started = Instant::now();
                let bytes = helder_letters::pdf(&letter);
                let elapsed = started.elapsed();
                assert!(bytes.is_ok() && !page.is_empty(), "{}: {bytes:?}", kind.code());
                if first_pdf.is_none() {
                    first_pdf = Some(elapsed);
                } else {
                    pdf.entry(kind.code()).or_default().push(elapsed);
                }
            }
        }
    }
    let mut out = std::io::stdout().lock();
    let _ =
        writeln!(out, "first PDF (loads the fonts and typst's library): {:.1} ms", ms(first_pdf.unwrap_or_default()));
    let _ = writeln!(
        out,
        "{:<20} {:>7} {:>12} {:>12} {:>14} {:>14}",
        "kind", "letters", "draft ms", "html ms", "pdf ms median", "pdf ms max"
    );
    let mut all = Vec::new();
    for (kind, times) in &pdf {
        let mut sorted = times.clone();
        sorted.sort();
        all.extend(sorted.iter().copied());
        let _ = writeln!(
            out,
            "{kind:<20} {:>7} {:>12.3} {:>12.3} {:>14.1} {:>14.1}",
            sorted.len(),
            mean(&draft[kind]),
            mean(&html[kind]),
            ms(sorted[sorted.len() / 2]),
            ms(sorted[sorted.len() - 1]),
        );
    }
    all.sort();
    if !all.is_empty() {
        let _ = writeln!(
            out,
            "all letters: PDF median {:.1} ms, mean {:.1} ms over {} letters",
            ms(all[all.len() / 2]),
            mean(&all),
            all.len()
        );
    }
}

fn ms(duration: Duration) -> f64 {
    duration.as_secs_f64() * 1000.0
}

fn mean(times: &[Duration]) -> f64 {
    if times.is_empty() { 0.0 } else { times.iter().map(|t| ms(*t)).sum::<f64>() / times.len() as f64 }
}
