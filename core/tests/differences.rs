//! What changed between two versions of a case (`helder_core::change`, issue 17), as properties
//! over generated pairs: every change is new − old to the cent, every money figure that differs is
//! listed, the month changes add up to the totals, only what was edited is a cause, nothing changes
//! without a cause, and identical versions differ in nothing. Here in core (not in helder-tests) so
//! `cargo xtask mutants` checks every mutant of `change.rs` against them. The golden pair and the
//! wording are in `tests/tests/changes.rs`.

#[allow(dead_code)] // this target uses the single-case generator and `corrected`
#[path = "../../tests/src/generate.rs"]
mod generate;

use generate::{ADVANCE_PAID, AS_OF, BACK_PAYMENT_DATE, WAGE, corrected};
use helder_core::Euro;
use helder_core::change::{Cause, Difference, FactName, MonthFact, Version, difference};
use helder_core::contract::{Case, ResultDocument, parse_case};
use proptest::prelude::*;
use serde_json::Value;

const CASES: u32 = 2_000;

/// 2,000 pairs per property; `cargo xtask mutants` runs fewer per mutant (`HELDER_PROPTEST_CASES`).
fn config() -> ProptestConfig {
    let cases = std::env::var("HELDER_PROPTEST_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(CASES);
    ProptestConfig { cases, failure_persistence: None, ..ProptestConfig::default() }
}

fn version(json: &str) -> (Case, ResultDocument) {
    let case = parse_case(json).expect("a valid case");
    let result = serde_json::from_str(&helder_core::compute(json).expect("computes")).expect("parses back");
    (case, result)
}

fn diff(old: &str, new: &str) -> Difference {
    let (old_case, old_result) = version(old);
    let (new_case, new_result) = version(new);
    difference(Version { case: &old_case, result: &old_result }, Version { case: &new_case, result: &new_result })
}

fn generated(seed: u64) -> Value {
    let mut rng = generate::Rng::new(seed);
    generate::case(&mut rng, (seed % 1_000_000) as usize)
}

fn money_figures(result: &ResultDocument) -> std::collections::BTreeMap<String, Euro> {
    result
        .trace
        .iter()
        .filter_map(|line| {
            let figure = line.figure.clone()?;
            let value: Euro = serde_json::from_value(Value::String(line.value.clone())).ok()?;
            Some((figure, value))
        })
        .collect()
}

proptest! {
    #![proptest_config(config())]

    /// Between identical versions there is no difference.
    #[test]
    fn identical_versions_differ_in_nothing(seed in any::<u64>()) {
        let case = generated(seed).to_string();
        prop_assert!(diff(&case, &case).is_empty());
    }

    /// Every listed figure changes by exactly new − old (absent = 0.00); every money figure that
    /// differs is listed; the back-payment months add up to the change of due − paid.
    #[test]
    fn differences_add_up_to_the_cent(
        seed in any::<u64>(), pick in 0usize..64, cents in -50_000i64..50_000, edits in 0u8..16,
    ) {
        let old = generated(seed);
        let new = corrected(&old, pick, cents, edits);
        let (old_case, old_result) = version(&old.to_string());
        let (new_case, new_result) = version(&new.to_string());
        let difference = difference(Version { case: &old_case, result: &old_result }, Version { case: &new_case, result: &new_result });
        let (before, after) = (money_figures(&old_result), money_figures(&new_result));
        for figure in &difference.figures {
            prop_assert_eq!(figure.old, before.get(&figure.figure).copied(), "{}", figure.figure);
            prop_assert_eq!(figure.new, after.get(&figure.figure).copied(), "{}", figure.figure);
            prop_assert_eq!(figure.change, figure.new.unwrap_or_default() - figure.old.unwrap_or_default());
        }
        let listed: std::collections::BTreeSet<&str> = difference.figures.iter().map(|f| f.figure.as_str()).collect();
        for pointer in before.keys().chain(after.keys()) {
            if before.get(pointer) != after.get(pointer) {
                prop_assert!(listed.contains(pointer.as_str()), "{} changed but is not listed", pointer);
            }
        }
        let change = |pointer: &str| difference.figure(pointer).map(|f| f.change).unwrap_or_default();
        let months: Euro = difference
            .figures
            .iter()
            .filter(|f| f.figure.starts_with("/backpay/months/") && f.figure.ends_with("/difference"))
            .map(|f| f.change)
            .sum();
        prop_assert_eq!(months, change("/backpay/due_total") - change("/backpay/paid_total"));
        // Only what was edited is a cause (a later calculation date also moves the advance's
        // refund date, which defaults to it); the rules are the same.
        for cause in &difference.causes {
            let edited = match cause {
                Cause::MonthAmount { fact: MonthFact::Wage, .. } => edits & WAGE != 0,
                Cause::MonthAmount { fact: MonthFact::AdvancePaid, .. } => edits & ADVANCE_PAID != 0,
                Cause::Fact { fact: FactName::AsOf | FactName::AdvanceTerms } => edits & AS_OF != 0,
                Cause::Fact { fact: FactName::BackPaymentDate } => edits & BACK_PAYMENT_DATE != 0,
                Cause::Parameter { .. } => true,
                _ => false,
            };
            prop_assert!(edited, "{:?} with edits {:#06b}", cause, edits);
        }
        for figure in &difference.figures {
            let causes: Vec<&Cause> = difference.causes_of(figure).collect();
            // Nothing changes without a cause (the rules are the same, so they cannot be it).
            prop_assert!(!causes.is_empty(), "{} changed with no cause, edits {:#06b}", figure.figure, edits);
            // The dagloon is made from the wages of the reference period alone: it changes only
            // with a wage, and then names the wage and nothing else (never the calculation date).
            if figure.figure.starts_with("/dagloon/") {
                prop_assert!(edits & WAGE != 0, "{} changed without a wage, edits {:#06b}", figure.figure, edits);
                prop_assert!(
                    !causes.is_empty() && causes.iter().all(|c| matches!(c, Cause::MonthAmount { fact: MonthFact::Wage, .. })),
                    "{}: {:?}", figure.figure, causes
                );
            }
            // Only the statutory interest reads the back-payment date.
            if causes.contains(&&Cause::Fact { fact: FactName::BackPaymentDate }) {
                prop_assert_eq!(figure.figure.as_str(), "/backpay/interest");
            }
        }
    }
}
