//! `compute_case` on the bench case N times (default 100), for an instruction count that no load
//! on the machine changes (issue 15, budget 1; BENCHMARKS "Per case, issue 15, sixth session"):
//!
//! ```text
//! CARGO_PROFILE_RELEASE_DEBUG=true cargo build --release --example profile -p helder-core
//! valgrind --tool=callgrind target/release/examples/profile 0     # the setup alone
//! valgrind --tool=callgrind target/release/examples/profile 100   # (difference) ÷ 100 per case
//! ```

fn main() {
    let case =
        helder_core::contract::parse_case(include_str!("../benches/full-case.json")).expect("the bench case is valid");
    let runs: usize = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(100);
    for _ in 0..runs {
        std::hint::black_box(helder_core::compute_case(std::hint::black_box(&case)).ok());
    }
}
