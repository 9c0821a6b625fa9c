//! One full case natively: five years of monthly WGA benefit, an advance with WW and a waiver,
//! a dagloon correction with back payment and statutory interest, a penalty (`full-case.json`).
//! Target (issue 3): ≤ 20 µs per case. Figures go to BENCHMARKS.md.

use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;

const FULL_CASE: &str = include_str!("full-case.json");

fn full_case(c: &mut Criterion) {
    let case = helder_core::contract::parse_case(FULL_CASE).expect("the bench case is valid");
    c.bench_function("compute_case (parsed, 61 months, all sections)", |b| {
        b.iter(|| helder_core::compute_case(black_box(&case)))
    });
    c.bench_function("compute (JSON in, JSON out)", |b| b.iter(|| helder_core::compute(black_box(FULL_CASE))));
    c.bench_function("parse_case (validation only)", |b| {
        b.iter(|| helder_core::contract::parse_case(black_box(FULL_CASE)))
    });
}

criterion_group!(benches, full_case);
criterion_main!(benches);
