//! What people read: snapshots of every golden case's explanation in both languages, the B1
//! readability rules over golden and generated cases, legal terms explained before they are
//! used bare, and every amount in the text equal to the figure its sentence cites.

use helder_explain::{Explanation, explain_case, languages};
use serde_json::Value;

/// Golden cases plus `generated` cases from the generator, as (name, case JSON).
fn cases(generated: usize) -> Vec<(String, String)> {
    let mut all: Vec<(String, String)> =
        helder_tests::golden_cases().into_iter().map(|(name, case, _)| (name, case)).collect();
    all.extend(
        helder_tests::generate::cases(4_242, generated)
            .into_iter()
            .enumerate()
            .map(|(i, c)| (format!("generated-{i}"), c)),
    );
    all
}

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

/// Euro amounts written in a sentence, as contract money strings ("1234.56").
fn amounts_in(text: &str, language: &str) -> Vec<String> {
    let (marker, thousands, decimal) = if language == "nl" { ("€\u{a0}", '.', ',') } else { ("€", ',', '.') };
    let mut out = Vec::new();
    for piece in text.split(marker).skip(1) {
        let number: String =
            piece.chars().take_while(|c| c.is_ascii_digit() || *c == thousands || *c == decimal).collect();
        let number = number.trim_end_matches(['.', ',']);
        let plain: String =
            number.chars().filter(|c| *c != thousands).map(|c| if c == decimal { '.' } else { c }).collect();
        out.push(plain);
    }
    out
}

#[test]
fn every_amount_in_the_text_is_the_figure_it_cites() {
    let mut checked = 0;
    for (name, case) in cases(300) {
        let result = result_json(&case);
        for language in ["nl", "en"] {
            let explanation = explain_case(&case, language).unwrap();
            for sentence in explanation.sentences() {
                let values: Vec<&str> = sentence.figures.iter().map(|f| f.value.as_str()).collect();
                for amount in amounts_in(&sentence.text, language) {
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
