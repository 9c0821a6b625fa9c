//! Legal invariants as properties over generated cases (proptest, 10,000 cases each). Cases come
//! from the deterministic generator, seeded by proptest, so a failure shrinks to a seed that
//! reproduces it.

// The generator is shared with helder-tests (parity and batch runs); included by path so this
// test of helder-core (run for every mutant by `cargo xtask mutants`) builds only core.
#[allow(dead_code)] // this target uses only the seeded single-case part
#[path = "../../tests/src/generate.rs"]
mod generate;

use helder_core::contract::ResultDocument;
use proptest::prelude::*;
use serde_json::Value;

const CASES: u32 = 10_000;

/// 10,000 cases per property; `cargo xtask mutants` runs fewer per mutant
/// (`HELDER_PROPTEST_CASES`), as a mutant that survives 10,000 cases also survives fewer.
fn config() -> ProptestConfig {
    let cases = std::env::var("HELDER_PROPTEST_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(CASES);
    ProptestConfig { cases, failure_persistence: None, ..ProptestConfig::default() }
}

fn generated(seed: u64) -> Value {
    let mut rng = generate::Rng::new(seed);
    generate::case(&mut rng, (seed % 1_000_000) as usize)
}

fn compute(case: &Value) -> Result<ResultDocument, String> {
    let json = helder_core::compute(&case.to_string()).map_err(|e| e.to_json())?;
    serde_json::from_str(&json).map_err(|e| format!("the result does not parse back: {e}"))
}

fn money(value: &Value) -> rust_decimal_free::Cents {
    value.as_str().and_then(|s| s.parse().ok()).unwrap_or_else(|| panic!("not money: {value}"))
}

/// Money strings as whole cents (no float, no extra dependency).
mod rust_decimal_free {
    #[derive(Debug, PartialEq, Eq, PartialOrd, Ord, Clone, Copy)]
    pub struct Cents(pub i128);
    impl std::str::FromStr for Cents {
        type Err = ();
        fn from_str(text: &str) -> Result<Cents, ()> {
            let (sign, unsigned) = match text.strip_prefix('-') {
                Some(rest) => (-1, rest),
                None => (1, text),
            };
            let (whole, cents) = unsigned.split_once('.').ok_or(())?;
            if cents.len() != 2 {
                return Err(());
            }
            Ok(Cents(sign * (whole.parse::<i128>().map_err(|_| ())? * 100 + cents.parse::<i128>().map_err(|_| ())?)))
        }
    }
}

/// Every money field of the contract, with its JSON pointer.
fn money_fields(value: &Value, path: &str, out: &mut Vec<(String, String)>) {
    match value {
        Value::Object(map) => {
            for (key, child) in map {
                if key != "trace" {
                    money_fields(child, &format!("{path}/{key}"), out);
                }
            }
        }
        Value::Array(items) => {
            for (index, child) in items.iter().enumerate() {
                money_fields(child, &format!("{path}/{index}"), out);
            }
        }
        Value::String(text)
            if text.contains('.') && text.trim_start_matches('-').starts_with(|c: char| c.is_ascii_digit()) =>
        {
            out.push((path.to_owned(), text.clone()));
        }
        _ => {}
    }
}

proptest! {
    #![proptest_config(config())]

    /// No generated case makes core panic, and each gives a result or a typed error.
    #[test]
    fn no_panics_and_every_case_computes(seed in any::<u64>()) {
        let case = generated(seed);
        let outcome = std::panic::catch_unwind(|| helder_core::compute(&case.to_string()));
        prop_assert!(outcome.is_ok(), "core panicked on {case}");
        prop_assert!(outcome.unwrap().is_ok(), "a generated (valid) case failed: {case}");
    }

    /// No mutation of a valid document makes core panic: bytes cut, changed or inserted.
    #[test]
    fn no_panics_on_mutated_documents(seed in any::<u64>(), cut in any::<prop::sample::Index>(), byte in any::<u8>()) {
        let mut text = generated(seed).to_string().into_bytes();
        let at = cut.index(text.len());
        match seed % 3 {
            0 => text.truncate(at),
            1 => text[at] = byte,
            _ => text.insert(at, byte),
        }
        let text = String::from_utf8_lossy(&text).into_owned();
        let outcome = std::panic::catch_unwind(|| helder_core::compute(&text));
        prop_assert!(outcome.is_ok(), "core panicked on {text}");
    }

    /// Money in the result always has exactly two decimals.
    #[test]
    fn money_always_has_two_decimals(seed in any::<u64>()) {
        let case = generated(seed);
        let json: Value = serde_json::from_str(&helder_core::compute(&case.to_string()).unwrap()).unwrap();
        let mut fields = Vec::new();
        money_fields(&json, "", &mut fields);
        for (path, text) in fields {
            let decimals = text.split_once('.').map(|(_, d)| d.len());
            prop_assert_eq!(decimals, Some(2), "{} = {}", path, text);
        }
    }

    /// The advance split adds up: ww_offset + waived + to_repay = overpayment; the income part
    /// is inside what is repaid (unless promised); the refund never exceeds what was repaid.
    #[test]
    fn advance_split_adds_up_and_refund_is_bounded(seed in any::<u64>()) {
        let case = generated(seed);
        let result = serde_json::to_value(compute(&case).unwrap()).unwrap();
        if let (Some(advance), Some(waiver)) = (result["advance"].as_object(), result["waiver"].as_object()) {
            let overpayment = money(&advance["overpayment"]);
            let ww_offset = money(&advance["ww_offset"]);
            let income_part = money(&advance["income_part"]);
            let waived = money(&waiver["waived"]);
            let to_repay = money(&waiver["to_repay"]);
            prop_assert_eq!(ww_offset.0 + waived.0 + to_repay.0, overpayment.0, "{}", case);
            if waiver["reason"] != "promised" && waiver["applies"] == true {
                prop_assert_eq!(to_repay, income_part, "{}", case);
            }
            // The ledger's months add up to the settlement: Σ (entitled − paid) = under − over.
            let months = advance["months"].as_array().unwrap();
            let differences: i128 = months.iter().map(|m| money(&m["difference"]).0).sum();
            prop_assert_eq!(differences, money(&advance["underpayment"]).0 - overpayment.0, "{}", case);
            for month in months {
                prop_assert_eq!(money(&month["difference"]).0, money(&month["entitled"]).0 - money(&month["paid"]).0);
            }
            let repaid = money(&waiver["already_repaid"]);
            prop_assert!(money(&waiver["refund"]) <= repaid);
            prop_assert_eq!(money(&waiver["refund"]).0 - money(&waiver["still_open"]).0, repaid.0 - to_repay.0);
        }
    }

    /// A higher corrected dagloon (higher wages in the reference period) never lowers the back
    /// payment.
    #[test]
    fn higher_corrected_dagloon_never_lowers_back_payment(seed in any::<u64>(), raise in 1u32..500) {
        let case = generated(seed);
        if case.get("correction").is_none() {
            return Ok(());
        }
        let mut raised = case.clone();
        for month in raised["wages"]["months"].as_array_mut().unwrap() {
            let wage = money(&month["sv_wage"]).0;
            let new = wage + wage * i128::from(raise) / 1000;
            month["sv_wage"] = Value::String(format!("{}.{:02}", new / 100, new % 100));
        }
        let before = compute(&case).unwrap().backpay.unwrap();
        let after = compute(&raised).unwrap().backpay.unwrap();
        prop_assert!(after.dagloon_corrected >= before.dagloon_corrected);
        prop_assert!(after.amount >= before.amount, "{} -> {}: {}", before.amount, after.amount, case);
    }

    /// The order of input arrays never matters.
    #[test]
    fn results_do_not_depend_on_input_order(seed in any::<u64>()) {
        let case = generated(seed);
        let mut shuffled = case.clone();
        let mut rng = generate::Rng::new(seed ^ 0x5eed);
        let mut shuffle = |items: &mut Value| {
            if let Some(list) = items.as_array_mut() {
                for i in (1..list.len()).rev() {
                    let j = rng.range(0, i as i64) as usize;
                    list.swap(i, j);
                }
            }
        };
        for pointer in ["/wages/months", "/income", "/ww", "/advance/payments", "/advance/repayments"] {
            if let Some(list) = shuffled.pointer_mut(pointer) {
                shuffle(list);
            }
        }
        prop_assert_eq!(helder_core::compute(&case.to_string()), helder_core::compute(&shuffled.to_string()));
    }
}
