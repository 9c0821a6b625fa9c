//! What changed between two versions of a case (issue 17, `helder_core::change`): the golden pair
//! `tests/cases/changes/c01-correction-decided` (computed by hand in its `.md`) and the wording of
//! generated pairs. The properties of the difference itself (to the cent, causes, identical
//! versions) are core's own tests, `core/tests/differences.rs`, so mutation testing sees them.

use helder_core::Euro;
use helder_core::change::{Cause, Difference, FactName, Version, difference};
use helder_core::contract::{Case, ResultDocument, parse_case};
use helder_explain::change_sentences;
use helder_tests::wording::{DUTCH, DUTCH_IN_ENGLISH, ENGLISH, badly_written_numbers, is_code};
use serde_json::Value;

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

use helder_tests::generate::{WAGE, corrected};

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
