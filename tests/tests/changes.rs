//! What changed between two versions of a case (issue 17, `helder_core::change`): the golden pair
//! `tests/cases/changes/c01-correction-decided` (computed by hand in its `.md`) and properties over
//! generated pairs: every change is new − old to the cent, the month changes add up to the totals,
//! and identical versions differ in nothing.

use helder_core::Euro;
use helder_core::change::{Cause, Difference, FactName, MonthFact, Version, difference};
use helder_core::contract::{Case, ResultDocument, parse_case};
use helder_explain::change_sentences;
use helder_tests::wording::{DUTCH, DUTCH_IN_ENGLISH, ENGLISH, badly_written_numbers, is_code};
use proptest::prelude::*;
use serde_json::Value;

const CASES: u32 = 2_000;

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

fn euro(text: &str) -> Euro {
    serde_json::from_value(Value::String(text.to_owned())).expect("money")
}

fn golden_pair() -> (String, String) {
    let dir = helder_tests::cases_dir().join("changes");
    let read = |name: &str| std::fs::read_to_string(dir.join(name)).expect("golden pair file");
    (read("c01-correction-decided.old.case.json"), read("c01-correction-decided.new.case.json"))
}

/// The golden pair's figures and causes, exactly as derived by hand in its `.md`.
#[test]
fn golden_pair_correction_decided() {
    let (old, new) = golden_pair();
    let difference = diff(&old, &new);
    assert_eq!(
        difference.causes[..3],
        [
            Cause::Fact { fact: FactName::CorrectionStep },
            Cause::Fact { fact: FactName::CorrectionDate },
            Cause::Fact { fact: FactName::BackPaymentDate },
        ]
    );
    let amount = difference.figure("/backpay/amount").expect("the back payment changed");
    assert_eq!(
        (amount.old, amount.new, amount.change),
        (Some(euro("8602.13")), Some(euro("4874.07")), euro("-3728.06"))
    );
    // The correction date ends the back payment's months; the step changes no amount and only the
    // interest reads the payment date.
    assert_eq!(amount.causes, [1], "the correction date alone causes the lower back payment");
    let interest = difference.figure("/backpay/interest").expect("interest begins");
    assert_eq!((interest.old, interest.new, interest.change), (None, Some(euro("196.78")), euro("196.78")));
    assert_eq!(interest.causes, [2], "the payment date causes the interest");
    let monthly = difference.figure("/backpay/new_monthly_amount").expect("a new monthly amount");
    assert_eq!((monthly.old, monthly.new, monthly.change), (None, Some(euro("2141.02")), euro("2141.02")));
    assert_eq!(monthly.causes, [1], "the correction date causes the new monthly amount");
    let months: Vec<(String, Euro)> = difference
        .figures
        .iter()
        .filter(|f| f.figure.starts_with("/backpay/months/") && f.figure.ends_with("/difference"))
        .map(|f| (f.figure.clone(), f.change))
        .collect();
    let expected: Vec<(String, Euro)> = (14..24)
        .map(|i| (format!("/backpay/months/{i}/difference"), euro(if i < 20 { "-369.15" } else { "-378.29" })))
        .collect();
    assert_eq!(months, expected);
    assert_eq!(months.iter().map(|(_, change)| *change).sum::<Euro>(), amount.change);
    for month in difference.figures.iter().filter(|f| f.figure.starts_with("/backpay/months/")) {
        assert_eq!(month.causes, [1], "{} gone with the correction date", month.figure);
    }
    // The serialized difference reads back as itself (what the API carries).
    let json = serde_json::to_string(&difference).expect("serializes");
    assert_eq!(serde_json::from_str::<Difference>(&json).expect("reads back"), difference);
}

fn generated(seed: u64) -> Value {
    let mut rng = helder_tests::generate::Rng::new(seed);
    helder_tests::generate::case(&mut rng, (seed % 1_000_000) as usize)
}

/// What a generated second version changes, as bits: a wage month corrected by the cents (a
/// Polis correction), the calculation date a month later, an advance paid month by the cents,
/// the back-payment date a day later. Edits that do not apply to the case (no advance, no
/// correction) are left out.
const WAGE: u8 = 1;
const AS_OF: u8 = 2;
const ADVANCE_PAID: u8 = 4;
const BACK_PAYMENT_DATE: u8 = 8;

/// A second version of a generated case with the `edits` made.
fn corrected(case: &Value, pick: usize, cents: i64, edits: u8) -> Value {
    let mut next = case.clone();
    let mut shift = |pointer: &str, field: &str| {
        if let Some(months) = next.pointer_mut(pointer).and_then(Value::as_array_mut)
            && !months.is_empty()
        {
            let index = pick % months.len();
            let amount = euro(months[index][field].as_str().unwrap_or("0.00"));
            months[index][field] = Value::String((amount + Euro::cents(cents)).positive_part().to_string());
        }
    };
    if edits & WAGE != 0 {
        shift("/wages/months", "sv_wage");
    }
    if edits & ADVANCE_PAID != 0 {
        shift("/advance/payments", "amount");
    }
    let date = |value: &Value| chrono::NaiveDate::parse_from_str(value.as_str().unwrap_or_default(), "%Y-%m-%d").ok();
    if edits & AS_OF != 0
        && let Some(as_of) = date(&next["as_of"])
    {
        // The last day of the next month: a generated calculation date is a month's last day.
        let later = (as_of + chrono::Days::new(1)) + chrono::Months::new(1) - chrono::Days::new(1);
        next["as_of"] = Value::String(later.to_string());
    }
    if edits & BACK_PAYMENT_DATE != 0
        && let Some(paid) = next.pointer("/correction/back_payment_date").and_then(date)
    {
        next["correction"]["back_payment_date"] = Value::String((paid + chrono::Days::new(1)).to_string());
    }
    next
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

/// The golden pair worded, exactly (the sentences of its `.md`).
#[test]
fn golden_pair_worded() {
    let (old, new) = golden_pair();
    let difference = diff(&old, &new);
    let texts = |language| -> Vec<String> {
        change_sentences(&difference, language)
            .expect("worded")
            .into_iter()
            .map(|s| s.text.replace('\u{a0}', " "))
            .collect()
    };
    assert_eq!(
        texts("nl"),
        [
            "Uw nabetaling is € 3.728,06 lager, omdat de datum van de correctie is gewijzigd.",
            "Uw wettelijke rente is nu € 196,78, omdat de datum van de nabetaling is gewijzigd.",
            "Uw nieuwe uitkering per maand is nu € 2.141,02, omdat de datum van de correctie is gewijzigd.",
        ]
    );
    assert_eq!(
        texts("en"),
        [
            "Your back payment is €3,728.06 lower, because the date of the correction has changed.",
            "Your statutory interest is now €196.78, because the date of the back payment has changed.",
            "Your new monthly benefit is now €2,141.02, because the date of the correction has changed.",
        ]
    );
}

/// The issue's own example: a wage month set € 310,00 higher, worded with Dutch money and month.
#[test]
fn a_corrected_wage_is_worded_as_the_cause() {
    let (_, new) = golden_pair();
    let corrected = new.replacen("\"sv_wage\": \"2200.00\"", "\"sv_wage\": \"2510.00\"", 1);
    let difference = diff(&new, &corrected);
    let texts: Vec<String> = change_sentences(&difference, "nl")
        .expect("worded")
        .into_iter()
        .map(|s| s.text.replace('\u{a0}', " "))
        .collect();
    // The amount is the engine's (the whole chain of indexations and months is p06's); the
    // sentence must carry it to the cent and name the corrected month as the cause.
    let change = difference.figure("/backpay/amount").expect("the back payment changed").change;
    assert_eq!(change, euro("399.73"));
    assert_eq!(
        texts[0],
        "Uw nabetaling is € 399,73 hoger, omdat uw loon van november 2020 € 310,00 hoger is vastgesteld."
    );
}

/// Generated pairs: Dutch sentences carry no trace ids, codes or English words and write money
/// the Dutch way; English sentences carry no Dutch words.
#[test]
fn generated_pairs_are_worded_plainly() {
    let mut problems = Vec::new();
    let mut sentences = 0;
    for seed in 0..300u64 {
        let old = generated(seed);
        let new = corrected(&old, seed as usize, (seed as i64 % 7 - 3) * 12_345, WAGE);
        let difference = diff(&old.to_string(), &new.to_string());
        for sentence in change_sentences(&difference, "nl").expect("worded") {
            sentences += 1;
            let text = sentence.text.replace('\u{a0}', " ");
            for word in text.split(|c: char| c.is_whitespace() || ",;:()".contains(c)) {
                let word = word.trim_end_matches('.');
                if is_code(word) || ENGLISH.contains(&word.to_lowercase().as_str()) {
                    problems.push(format!("{seed}: \"{word}\" in \"{text}\""));
                }
            }
            problems
                .extend(badly_written_numbers(&text).into_iter().map(|n| format!("{seed}: number {n} in \"{text}\"")));
        }
        for sentence in change_sentences(&difference, "en").expect("worded") {
            for word in sentence.text.split(|c: char| !c.is_alphanumeric() && c != '-') {
                let lower = word.to_lowercase();
                if (DUTCH.contains(&lower.as_str()) && !DUTCH_IN_ENGLISH.contains(&lower.as_str())) || is_code(word) {
                    problems.push(format!("{seed}: \"{word}\" in \"{}\"", sentence.text));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{} problems:\n{}", problems.len(), problems.join("\n"));
    assert!(sentences > 100, "only {sentences} sentences checked");
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
