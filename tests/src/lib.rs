//! Shared helpers for Helder's cross-crate tests: the golden cases (`tests/cases/`), a deterministic case generator (for parity, property and batch runs), and a subset
//! comparison of result documents.

pub mod browser;
pub mod generate;
pub mod golden;
pub mod oidc;
pub mod postgres;
pub mod process_memory;
pub mod wording;

pub use golden::{cases_dir, golden_cases, subset_differences};

/// The golden cases plus `generated` cases of the generator (seed 4242), as (name, case JSON):
/// what the explanation tests read.
pub fn golden_and_generated_cases(generated: usize) -> Vec<(String, String)> {
    let mut all: Vec<(String, String)> = golden_cases().into_iter().map(|(name, case, _)| (name, case)).collect();
    all.extend(generate::cases(4_242, generated).into_iter().enumerate().map(|(i, c)| (format!("generated-{i}"), c)));
    all
}
