//! What people read: snapshots of every golden case's explanation in both languages, the B1
//! readability rules over golden and generated cases, legal terms explained before they are
//! used bare, and every amount in the text equal to the figure its sentence cites.

use helder_explain::{Explanation, explain_case, languages};
use serde_json::Value;

use helder_tests::golden_and_generated_cases as cases;

fn result_json(case: &str) -> Value {
    serde_json::from_str(&helder_core::compute(case).expect("the case computes")).expect("result JSON")
}

#[test]
fn explanation_snapshots_of_the_golden_cases() {
    for (name, case, _) in helder_tests::golden_cases() {
        for language in ["nl", "en"] {
            let explanation = explain_case(&case, language).unwrap_or_else(|e| panic!("{name} {language}: {e}"));
            insta::assert_snapshot!(format!("{name}-{language}"), explanation.to_text());
        }
    }
}

#[test]
fn a_third_language_is_only_a_message_file() {
    // The language list is read off explain/messages/*.ftl at build time.
    assert_eq!(languages(), ["en", "nl"]);
    assert!(matches!(explain_case(&cases(0)[0].1, "tr"), Err(helder_explain::ExplainCaseError::Explain(_))));
}

/// The separate sentences of a rendered text (a message may hold two or three short ones).
fn sentences_of(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    let chars: Vec<char> = text.chars().collect();
    for (i, c) in chars.iter().enumerate() {
        current.push(*c);
        let end = matches!(c, '.' | '?' | '!') && chars.get(i + 1).is_none_or(|next| next.is_whitespace());
        if end {
            out.push(current.trim().to_owned());
            current.clear();
        }
    }
    if !current.trim().is_empty() {
        out.push(current.trim().to_owned());
    }
    out
}

fn reading_order(explanation: &Explanation) -> Vec<String> {
    explanation.sentences().map(|s| s.text.clone()).collect()
}

#[test]
fn dutch_text_is_b1_readable() {
    let terms = helder_explain::terms("nl").unwrap();
    let mut words = 0usize;
    let mut count = 0usize;
    let mut too_long = Vec::new();
    let mut unexplained = Vec::new();
    for (name, case) in cases(400) {
        let explanation = explain_case(&case, "nl").unwrap_or_else(|e| panic!("{name}: {e}"));
        let texts = reading_order(&explanation);
        for sentence in texts.iter().flat_map(|t| sentences_of(t)) {
            let n = sentence.split_whitespace().count();
            words += n;
            count += 1;
            if n > 25 {
                too_long.push(format!("{name}: ({n} words) {sentence}"));
            }
        }
        // A term's first appearance must be its explained form.
        let all = texts.join(" ").to_lowercase();
        for (short, first) in &terms {
            if let Some(position) = find_word(&all, &short.to_lowercase())
                && !all[position..].starts_with(&first.to_lowercase())
            {
                unexplained.push(format!("{name}: \"{short}\" is used before it is explained"));
            }
        }
    }
    let average = words as f64 / count as f64;
    assert!(too_long.is_empty(), "sentences over 25 words:\n{}", too_long.join("\n"));
    assert!(unexplained.is_empty(), "{}", unexplained.join("\n"));
    assert!(average <= 15.0, "average sentence length {average:.1} words");
    assert!(count > 5_000, "only {count} sentences checked");
}

/// The byte position of the first whole-word occurrence of `word` in `text`.
fn find_word(text: &str, word: &str) -> Option<usize> {
    let mut start = 0;
    while let Some(found) = text[start..].find(word) {
        let position = start + found;
        let before = text[..position].chars().next_back();
        let after = text[position + word.len()..].chars().next();
        let boundary = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric());
        if boundary(before) && boundary(after) {
            return Some(position);
        }
        start = position + word.len();
    }
    None
}

#[test]
fn every_amount_in_the_text_is_the_figure_it_cites() {
    let mut checked = 0;
    for (name, case) in cases(300) {
        let result = result_json(&case);
        for language in ["nl", "en"] {
            let explanation = explain_case(&case, language).unwrap();
            for sentence in explanation.sentences() {
                // Sentences say who pays whom, so an amount is written without its sign.
                let values: Vec<&str> = sentence.figures.iter().map(|f| f.value.trim_start_matches('-')).collect();
                for amount in helder_tests::wording::amounts_in(&sentence.text, language) {
                    assert!(
                        values.contains(&amount.as_str()),
                        "{name} {language}: {amount} in \"{}\" is not cited",
                        sentence.text
                    );
                    checked += 1;
                }
                for cited in &sentence.figures {
                    let shown = match (&cited.figure, &cited.input, &cited.law) {
                        (Some(figure), None, _) => result.pointer(figure).map(|v| match v {
                            Value::String(s) => s.clone(),
                            other => other.to_string(),
                        }),
                        (Some(_), Some(input), _) => {
                            let trace = cited.trace.as_deref().unwrap();
                            let line = result["trace"].as_array().unwrap().iter().find(|l| l["id"] == trace).unwrap();
                            let found = line["inputs"].as_array().unwrap().iter().find(|i| i["name"] == input.as_str());
                            found.map(|i| i["value"].as_str().unwrap().to_owned())
                        }
                        (None, _, Some(law)) => {
                            assert_eq!((law.as_str(), cited.value.as_str()), ("Awb 4:17 lid 2", "1442.00"));
                            Some(cited.value.clone())
                        }
                        _ => Some(cited.value.clone()), // a fact of the case (a date it gave)
                    };
                    assert_eq!(shown.as_deref(), Some(cited.value.as_str()), "{name} {language}: {cited:?}");
                    if let (Some(trace), Some(figure)) = (&cited.trace, &cited.figure) {
                        let line =
                            result["trace"].as_array().unwrap().iter().find(|l| l["id"] == trace.as_str()).unwrap();
                        assert_eq!(line["figure"], figure.as_str(), "{name}: {trace} did not make {figure}");
                    }
                }
            }
        }
    }
    assert!(checked > 2_000, "only {checked} amounts checked");
}

#[test]
fn every_section_opens_with_its_lead_and_names_its_sources() {
    for (name, case) in cases(100) {
        let explanation = explain_case(&case, "nl").unwrap();
        assert_eq!(explanation.sections[0].id, "status", "{name}");
        for section in &explanation.sections {
            assert!(!section.lead.text.is_empty(), "{name} {}", section.id);
            let cites_trace =
                std::iter::once(&section.lead).chain(section.paragraphs.iter().flatten()).any(|s| !s.traces.is_empty());
            if cites_trace {
                assert!(
                    !section.sources.is_empty(),
                    "{name}: section {} cites figures but names no source",
                    section.id
                );
            }
        }
    }
}

/// Every sentence of the explanation, the status section's parts included.
fn all_sentences(explanation: &Explanation) -> Vec<&helder_explain::Sentence> {
    explanation
        .sentences()
        .chain(&explanation.actions)
        .chain(explanation.timeline.iter().map(|step| &step.text))
        .chain(&explanation.notes)
        .chain(&explanation.summary.money)
        .chain(&explanation.summary.why)
        .chain(&explanation.summary.next)
        .chain(&explanation.summary.todo)
        .collect()
}

/// The rule of the issue "Every figure says who decided it", over message ids: every sentence's
/// message declares its actor, and a sentence in which UWV acts cites no figure Helder calculated
/// or estimated — only figures UWV decided, facts of the case and amounts of the law.
#[test]
fn no_sentence_in_which_uwv_acts_cites_a_calculated_figure() {
    let mut uwv_sentences = 0;
    let mut decided_cited = 0;
    let mut calculated_cited = 0;
    for (name, case) in cases(400) {
        for language in ["nl", "en"] {
            let explanation = explain_case(&case, language).unwrap();
            for sentence in all_sentences(&explanation) {
                let declared = helder_explain::actor(&sentence.message)
                    .unwrap_or_else(|| panic!("{name}: message {:?} declares no actor", sentence.message));
                assert_eq!(declared.code(), sentence.actor, "{name}: {}", sentence.message);
                for cited in &sentence.figures {
                    match cited.provenance.as_deref() {
                        Some("decided") => {
                            decided_cited += 1;
                            assert!(cited.decision.is_some(), "{name}: a decided figure names its decision");
                        }
                        Some(_) => calculated_cited += 1,
                        None => {}
                    }
                }
                if declared != helder_explain::Actor::Uwv {
                    continue;
                }
                uwv_sentences += 1;
                for cited in &sentence.figures {
                    let provenance = cited.provenance.as_deref();
                    assert!(
                        provenance.is_none() || provenance == Some("decided"),
                        "{name} {language}: UWV acts in \"{}\" ({}) but {} is {provenance:?}",
                        sentence.text,
                        sentence.message,
                        cited.value
                    );
                }
            }
        }
    }
    assert!(uwv_sentences > 1_000 && decided_cited > 10 && calculated_cited > 10_000, "too little checked");
}

/// The golden cases with decision letters: a decided figure names the letter; a figure where
/// UWV decided another amount gives both, the difference, the line and the objection date.
#[test]
fn decided_figures_name_the_letter_and_a_difference_names_the_objection_date() {
    let golden: Vec<(String, String)> =
        helder_tests::golden_cases().into_iter().map(|(name, case, _)| (name, case)).collect();
    let text = |name: &str, language: &str| {
        let case = &golden.iter().find(|(n, _)| n == name).unwrap().1;
        explain_case(case, language).unwrap().to_text()
    };
    let agrees = text("p08-decision-agrees", "nl");
    assert!(agrees.contains("UWV besliste dit op 10 oktober 2023 (brief VS-2023-0456)."), "{agrees}");
    assert!(agrees.contains("Helder rekende het na en kwam op hetzelfde bedrag uit."), "{agrees}");
    let differs = text("p09-decision-differs", "nl");
    for expected in [
        "UWV besliste op 6 januari 2025 (brief DC-2025-0107): €\u{a0}4.514,70.",
        "Helder rekende uit: €\u{a0}4.874,07.",
        "Helder komt €\u{a0}359,37 hoger uit dan UWV. Het verschil zit in regel N47 van de berekening.",
        "bezwaar maken tot en met 17 februari 2025.",
    ] {
        assert!(differs.contains(expected), "missing {expected:?} in\n{differs}");
    }
    let differs_en = text("p09-decision-differs", "en");
    assert!(differs_en.contains("until 17 February 2025"), "{differs_en}");
    // Without a letter, Helder's figure is Helder's: never "UWV pays you".
    let calculated = text("p06-backpay-too-low", "nl");
    // (Paid on 20 January 2025, before the calculation date: said in the past tense.)
    assert!(calculated.contains("Helder rekende uit: op 20 januari 2025 kreeg u €\u{a0}4.874,07 na."), "{calculated}");
    assert!(!calculated.contains("UWV betaalt u €\u{a0}4.874,07"), "{calculated}");
}

/// A case of golden p06's facts with the given correction category and step.
fn correction_case(category: &str, step: &str) -> String {
    let (_, case, _) =
        helder_tests::golden_cases().into_iter().find(|(name, _, _)| name == "p06-backpay-too-low").unwrap();
    let mut case: Value = serde_json::from_str(&case).unwrap();
    case["correction"]["category"] = category.into();
    case["correction"]["step"] = step.into();
    if step != "decided" {
        let correction = case["correction"].as_object_mut().unwrap();
        correction.remove("correction_date");
        correction.remove("back_payment_date");
    }
    case.to_string()
}

/// Every correction category and every step of the check is explained in Dutch and English.
#[test]
fn every_correction_category_and_step_has_dutch_and_english_text() {
    use helder_core::contract::{CorrectionCategory, CorrectionStep};
    for category in CorrectionCategory::ALL {
        for step in CorrectionStep::ALL {
            let case = correction_case(category.code(), step.code());
            let mut texts = Vec::new();
            for language in ["nl", "en"] {
                let explanation = explain_case(&case, language).unwrap();
                let backpay = explanation.sections.iter().find(|s| s.id == "backpay").unwrap();
                let messages: Vec<(&str, &str)> =
                    backpay.paragraphs.iter().flatten().map(|s| (s.message.as_str(), s.text.as_str())).collect();
                // "No reason": UWV found no sign of an error, so no check (and no step) follows.
                let step_text = format!("step-{}-about", step.code());
                if category == CorrectionCategory::NoReason {
                    assert!(!messages.iter().any(|(m, _)| *m == step_text), "no check follows no_reason");
                }
                let mut wanted_messages = vec![format!("category-{}", category.code())];
                if category != CorrectionCategory::NoReason {
                    wanted_messages.push(step_text);
                }
                for wanted in wanted_messages {
                    let (_, text) = messages
                        .iter()
                        .find(|(message, _)| *message == wanted)
                        .unwrap_or_else(|| panic!("{language}: no {wanted} for {}/{}", category.code(), step.code()));
                    assert!(text.len() > 20, "{language} {wanted}: {text}");
                    texts.push(text.to_string());
                }
                if category == CorrectionCategory::NoReason {
                    assert!(messages.iter().any(|(m, _)| *m == "category-no_reason-checked"), "say what was checked");
                }
            }
            let half = texts.len() / 2;
            assert_ne!(texts[..half], texts[half..], "the Dutch and English texts differ");
        }
    }
}

/// Words that are English and never Dutch (a Dutch text must hold none of them).
const ENGLISH_ONLY: &[&str] = &[
    "the",
    "and",
    "to",
    "you",
    "your",
    "we",
    "our",
    "with",
    "from",
    "for",
    "which",
    "this",
    "that",
    "applied",
    "rule",
    "income",
    "advance",
    "formula",
    "unpublished",
    "paid",
    "month",
    "months",
    "wage",
    "wages",
    "benefit",
    "decision",
    "decided",
    "calculated",
    "letter",
    "line",
    "by",
    "until",
    "get",
    "gets",
    "has",
    "have",
    "not",
    "yet",
    "is",
    "was",
];

/// The Dutch text of every golden case and 400 generated ones has no English words (sources,
/// glossary and timeline included). "is" and "was" are Dutch too: they are skipped below ("of"
/// and "over" are Dutch words and not in the list).
#[test]
fn dutch_text_has_no_english_words() {
    let english: Vec<&str> = ENGLISH_ONLY.iter().copied().filter(|w| !["is", "was"].contains(w)).collect();
    let mut found = Vec::new();
    let mut words_checked = 0;
    for (name, case) in cases(400) {
        let explanation = explain_case(&case, "nl").unwrap();
        let mut texts: Vec<String> = all_sentences(&explanation).iter().map(|s| s.text.clone()).collect();
        for section in &explanation.sections {
            texts.push(section.title.clone());
            texts.extend(section.sources.iter().cloned());
        }
        for entry in &explanation.glossary {
            texts.push(format!("{} {}", entry.term, entry.meaning));
        }
        for text in texts {
            for word in text.split(|c: char| !c.is_alphanumeric() && c != '\'') {
                words_checked += 1;
                if english.contains(&word.to_lowercase().as_str()) {
                    found.push(format!("{name}: \"{word}\" in \"{text}\""));
                }
            }
        }
    }
    found.dedup();
    assert!(found.is_empty(), "English words in Dutch text:\n{}", found.join("\n"));
    assert!(words_checked > 100_000, "only {words_checked} words checked");
}

/// The Dutch source list names Dutch sources: each line starts with the Dutch name of a source.
#[test]
fn every_source_line_is_in_the_language_of_the_explanation() {
    // The Dutch names of the sources, as the Dutch message file gives them.
    let names: Vec<String> = include_str!("../../explain/messages/nl.ftl")
        .lines()
        .filter(|line| line.starts_with("source-") && !line.starts_with("source-article"))
        .filter_map(|line| line.split_once(" = ").map(|(_, name)| name.to_owned()))
        .collect();
    assert!(names.len() >= 13);
    for (name, case) in cases(100) {
        let explanation = explain_case(&case, "nl").unwrap();
        for source in explanation.sections.iter().flat_map(|s| &s.sources) {
            let known = names.iter().find(|n| source.starts_with(n.as_str()));
            let rest = known.map(|n| &source[n.len()..]).unwrap_or(source);
            // After the name: nothing, or ", artikel <number>[ lid <n>][ onder <letter>]", or the
            // court's ECLI.
            let plain = rest.is_empty()
                || rest.strip_prefix(", artikel ").is_some_and(|article| {
                    article.split(' ').all(|part| {
                        part == "lid"
                            || part == "onder"
                            || (part.len() == 1 && part.chars().all(|c| c.is_ascii_lowercase()))
                            || part.chars().all(|c| c.is_ascii_digit() || c == ':' || c == '-')
                    })
                })
                || rest.starts_with(", ECLI:");
            assert!(known.is_some() && plain, "{name}: source line not in Dutch: {source}");
        }
    }
}

/// One voice: the text speaks of UWV, Helder and "u" — never "we".
#[test]
fn the_text_never_says_we() {
    for (name, case) in cases(200) {
        for (language, words) in [("nl", ["we", "wij", "ons", "onze"]), ("en", ["we", "us", "our", "ours"])] {
            let explanation = explain_case(&case, language).unwrap();
            for sentence in all_sentences(&explanation) {
                let lower = sentence.text.to_lowercase();
                let hit = lower.split(|c: char| !c.is_alphanumeric()).find(|word| words.contains(word));
                assert!(hit.is_none(), "{name} {language}: \"{}\"", sentence.text);
            }
        }
    }
}

/// The estimate note names the value, the date it applies from and what it affects.
#[test]
fn the_estimate_note_names_the_value() {
    let mut notes = 0;
    for (name, case) in cases(200) {
        for language in ["nl", "en"] {
            let explanation = explain_case(&case, language).unwrap();
            for sentence in all_sentences(&explanation).into_iter().filter(|s| s.message == "estimate-used") {
                notes += 1;
                let has_year = sentence.text.split(|c: char| !c.is_ascii_digit()).any(|n| n.len() == 4);
                assert!(has_year, "{name} {language}: no date in \"{}\"", sentence.text);
                assert!(!sentence.traces.is_empty(), "{name}: the note cites the figures it affects");
            }
        }
    }
    assert!(notes > 50, "only {notes} estimate notes");
    let p06 = explain_case(&cases(0).into_iter().find(|(n, _)| n == "p06-backpay-too-low").unwrap().1, "nl").unwrap();
    assert!(
        p06.to_text().contains("Helder gebruikt een geschatte waarde: de verhoging van 2,46% vanaf 1 juli 2025."),
        "{}",
        p06.to_text()
    );
}

/// "Helder assumes monthly payroll" speaks of payroll periods, so it does not contradict the
/// wage-less months that follow it.
#[test]
fn the_payroll_assumption_does_not_claim_a_wage_every_month() {
    let p06 = cases(0).into_iter().find(|(n, _)| n == "p06-backpay-too-low").unwrap().1;
    for (language, claim) in [("nl", "elke maand loon"), ("en", "paid every month")] {
        let explanation = explain_case(&p06, language).unwrap();
        let sentences: Vec<_> = explanation.sentences().collect();
        let payroll = sentences.iter().find(|s| s.message == "dagloon-monthly-payroll").expect("the assumption");
        assert!(sentences.iter().any(|s| s.message == "dagloon-wageless"), "p06 has wage-less months");
        assert!(!payroll.text.contains(claim), "{language}: {}", payroll.text);
    }
}

/// When the benefit shown for a later month differs from the new monthly amount of the
/// correction, the explanation says why (the indexations in between).
#[test]
fn a_new_monthly_amount_is_bridged_to_a_later_month() {
    let mut bridged = 0;
    for (name, case) in cases(400) {
        let result: helder_core::ResultDocument = serde_json::from_str(&helder_core::compute(&case).unwrap()).unwrap();
        let (Some(backpay), Some(benefit)) = (&result.backpay, &result.benefit) else { continue };
        let (Some(amount), Some(from), Some(last)) =
            (backpay.new_monthly_amount, backpay.new_from, benefit.months.last())
        else {
            continue;
        };
        if last.month > helder_core::calendar::Month::of(from) && last.amount != amount {
            for language in ["nl", "en"] {
                let explanation = helder_explain::explain(&result, language).unwrap();
                assert!(
                    explanation.sentences().any(|s| s.message == "backpay-new-indexed"),
                    "{name} {language}: {amount} from {from} and {} in {} are not bridged",
                    last.amount,
                    last.month
                );
            }
            bridged += 1;
        }
    }
    assert!(bridged >= 1, "no case needed a bridge");
}

/// A what-if (an assumed decision) is an estimate in the result and in the words: every lead
/// figure is an `estimate`, the sentence after it says so, and UWV never acts over its figures.
#[test]
fn a_what_if_is_an_estimate_in_figures_and_words() {
    let mut estimated = 0;
    for (name, case) in cases(200) {
        for assumed in helder_core::whatif::Assumed::ALL {
            let Ok(what_if) = helder_core::whatif::with_decision(&case, assumed) else { continue };
            let Ok(explanation) = explain_case(&what_if, "nl") else { continue };
            for sentence in all_sentences(&explanation) {
                for cited in sentence.figures.iter().filter(|c| c.provenance.is_some()) {
                    assert_eq!(cited.provenance.as_deref(), Some("estimate"), "{name}: {}", sentence.text);
                    assert_ne!(sentence.actor, "uwv", "{name}: {}", sentence.text);
                }
                if sentence.message.starts_with("provenance-") {
                    assert!(sentence.message.starts_with("provenance-estimate"), "{name}: {}", sentence.text);
                    estimated += 1;
                }
            }
        }
    }
    assert!(estimated > 50, "only {estimated} what-if figures checked");
}
