//! One full case natively: five years of monthly WGA benefit, an advance with WW and a waiver,
//! a dagloon correction with back payment and statutory interest, a penalty (`full-case.json`).
//! Budget (issue 15): the engine ≤ 20 µs per case with its trace, and ≤ 3 × the floor: the same
//! decimal arithmetic without structure or trace (`floor`), measured in the same run, since a
//! ratio holds on a loaded machine where absolute times do not. `cargo xtask bench` prints the
//! ratio; figures go to BENCHMARKS.md.

// The interleaved ratio is a report on stdout, like criterion's own.
#![allow(clippy::print_stdout)]

mod floor;

use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;

const FULL_CASE: &str = include_str!("../full-case.json");

fn full_case(c: &mut Criterion) {
    let case = helder_core::contract::parse_case(FULL_CASE).expect("the bench case is valid");
    let result = helder_core::compute_case(&case).expect("the bench case computes");
    let plan = floor::Plan::of(&case, &result);
    let mut figures = floor::Figures::default();
    floor::figures(&plan, &mut figures);
    assert_eq!(figures, floor::engine_figures(&result), "the floor must make the engine's figures");

    let mut group = c.benchmark_group("full-case");
    // Parsed once: this is the calculation with its trace, up to the result document in memory
    // (not serialized); dropping that document is inside the timing.
    group.bench_function("engine", |b| b.iter(|| helder_core::compute_case(black_box(&case))));
    group.bench_function("floor", |b| b.iter(|| floor::figures(black_box(&plan), &mut figures)));
    group.finish();
    interleaved_ratio(&case, &plan, &mut figures);

    c.bench_function("compute (JSON in, JSON out)", |b| b.iter(|| helder_core::compute(black_box(FULL_CASE))));
    c.bench_function("parse_case (validation only)", |b| {
        b.iter(|| helder_core::contract::parse_case(black_box(FULL_CASE)))
    });
}

/// Engine ÷ floor measured in alternating batches, so a load that comes and goes hits both
/// alike: criterion measures one benchmark after the other, seconds apart, and on a machine
/// shared with other builds the load changes in between. Prints the median ratio of the rounds
/// with its quartiles, and the ratio of the fastest batches (the least disturbed ones). Only under `cargo bench` (not `cargo test --benches` or `--list`).
fn interleaved_ratio(case: &helder_core::Case, plan: &floor::Plan, figures: &mut floor::Figures) {
    use std::time::Instant;
    let arguments: Vec<String> = std::env::args().collect();
    if !arguments.iter().any(|arg| arg == "--bench") || arguments.iter().any(|arg| arg == "--list") {
        return;
    }
    const ROUNDS: usize = 1001;
    const ENGINE_BATCH: u32 = 10;
    let time_engine = |runs: u32| {
        let started = Instant::now();
        for _ in 0..runs {
            black_box(helder_core::compute_case(black_box(case)).ok());
        }
        started.elapsed().as_secs_f64() / f64::from(runs)
    };
    let mut time_floor = |runs: u32| {
        let started = Instant::now();
        for _ in 0..runs {
            floor::figures(black_box(plan), figures);
            black_box(&*figures);
        }
        started.elapsed().as_secs_f64() / f64::from(runs)
    };
    // Batches of about equal duration, so a preemption is as likely to hit either: the floor
    // runs as many times more as it is faster (calibrated on the fastest of 200 single runs).
    let fastest = |time: &mut dyn FnMut(u32) -> f64| (0..200).map(|_| time(1)).fold(f64::INFINITY, f64::min);
    let calibration = fastest(&mut |runs| time_engine(runs)) / fastest(&mut time_floor);
    let floor_batch = (f64::from(ENGINE_BATCH) * calibration).round().max(1.0) as u32;
    let mut ratios = Vec::with_capacity(ROUNDS);
    let mut engine_times = Vec::with_capacity(ROUNDS);
    let mut floor_times = Vec::with_capacity(ROUNDS);
    for round in 0..ROUNDS {
        // Alternate which goes first, so neither always follows the other.
        let (engine, floor) = if round % 2 == 0 {
            let engine = time_engine(ENGINE_BATCH);
            (engine, time_floor(floor_batch))
        } else {
            let floor = time_floor(floor_batch);
            (time_engine(ENGINE_BATCH), floor)
        };
        ratios.push(engine / floor);
        engine_times.push(engine * 1e6);
        floor_times.push(floor * 1e6);
    }
    let quartiles = |values: &mut Vec<f64>| {
        values.sort_by(f64::total_cmp);
        let at = |q: usize| values[(values.len() - 1) * q / 4];
        (at(2), at(1), at(3))
    };
    let (ratio, ratio_low, ratio_high) = quartiles(&mut ratios);
    let (engine, engine_low, engine_high) = quartiles(&mut engine_times);
    let (floor, floor_low, floor_high) = quartiles(&mut floor_times);
    let (engine_fastest, floor_fastest) = (engine_times[0], floor_times[0]);
    println!(
        "full-case interleaved, {ROUNDS} rounds of {ENGINE_BATCH} engine and {floor_batch} floor runs, median (quartiles): \
         engine {engine:.1} µs ({engine_low:.1}-{engine_high:.1}), floor {floor:.1} µs ({floor_low:.1}-{floor_high:.1}), \
         engine ÷ floor {ratio:.2} ({ratio_low:.2}-{ratio_high:.2}); fastest batches: engine {engine_fastest:.1} µs, \
         floor {floor_fastest:.1} µs, ratio {:.2}",
        engine_fastest / floor_fastest
    );
}

criterion_group!(benches, full_case);
criterion_main!(benches);
