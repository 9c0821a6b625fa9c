//! Who the explanation speaks to (issue 18 item 6, "the supporter view speaks about the
//! client"), over every golden case and 400 generated ones: a supporter reads about the client by
//! first name ("Mehmet moet nog € 840,00 terugbetalen") and is never addressed as the one who
//! owes, gets or must act; the client and staff read the second person as before (the insta
//! snapshots of `explanations.rs` hold the client's text).

use helder_explain::{Explanation, Reader, explain_case, explain_case_for};
use helder_tests::golden_and_generated_cases as cases;

/// Every text of an explanation a reader sees: section titles, leads, paragraphs, sources, the
/// worked calculation, the first screen's four lines, actions, timeline, notes and glossary.
fn texts(explanation: &Explanation) -> Vec<String> {
    let mut out = Vec::new();
    for section in &explanation.sections {
        out.push(section.title.clone());
        out.extend(std::iter::once(&section.lead).chain(section.paragraphs.iter().flatten()).map(|s| s.text.clone()));
        out.extend(section.sources.iter().cloned());
        for step in &section.worked {
            out.push(step.sentence.text.clone());
            out.push(step.source.clone());
        }
    }
    let summary = &explanation.summary;
    for line in [&summary.money, &summary.why, &summary.next, &summary.todo, &explanation.actions, &explanation.notes] {
        out.extend(line.iter().map(|s| s.text.clone()));
    }
    out.extend(explanation.timeline.iter().map(|step| step.text.text.clone()));
    for entry in &explanation.glossary {
        out.push(entry.term.clone());
        out.push(entry.meaning.clone());
    }
    out
}

/// The words that address the reader: Dutch `u`, `uw` (as written, capitalised at a sentence's
/// start), English `you`, `your` in any case.
fn addresses_the_reader(language: &str, text: &str) -> Option<String> {
    text.split(|c: char| !c.is_alphanumeric()).find_map(|word| {
        let found = match language {
            "nl" => matches!(word, "u" | "U" | "uw" | "Uw" | "uzelf"),
            _ => matches!(word.to_lowercase().as_str(), "you" | "your" | "yours" | "yourself"),
        };
        found.then(|| word.to_owned())
    })
}

#[test]
fn a_supporter_reads_about_the_client_by_first_name() {
    let supporter = Reader::of("supporter", "Mehmet Yilmaz");
    let mut checked = 0;
    for (name, case) in cases(400) {
        for language in ["nl", "en"] {
            let explanation = explain_case_for(&case, language, &supporter).unwrap();
            let texts = texts(&explanation);
            for text in &texts {
                if let Some(word) = addresses_the_reader(language, text) {
                    panic!("{name} {language}: \"{word}\" addresses the supporter in \"{text}\"");
                }
                assert!(!text.contains("Yilmaz"), "{name} {language}: the first name only: {text}");
            }
            assert!(texts.iter().any(|t| t.contains("Mehmet")), "{name} {language}: the client is not named");
            let summary = &explanation.summary;
            assert!(
                summary.money.iter().chain(&summary.todo).any(|s| s.text.contains("Mehmet")),
                "{name} {language}: the top block does not name the client"
            );
            checked += texts.len();
        }
    }
    assert!(checked > 20_000, "only {checked} texts checked");
}

/// The supporter's text differs from the client's only in who it speaks of: the same messages,
/// the same figures, the same trace lines, sentence by sentence.
#[test]
fn a_supporter_reads_the_same_sentences_and_figures_as_the_client() {
    let supporter = Reader::of("supporter", "Mehmet Yilmaz");
    for (name, case) in cases(100) {
        let client = explain_case(&case, "nl").unwrap();
        let about = explain_case_for(&case, "nl", &supporter).unwrap();
        let shape = |e: &Explanation| -> Vec<(String, Vec<String>, Vec<String>)> {
            e.sentences()
                .chain(e.summary.money.iter())
                .chain(e.summary.todo.iter())
                .map(|s| (s.message.clone(), s.traces.clone(), s.figures.iter().map(|f| f.value.clone()).collect()))
                .collect()
        };
        assert_eq!(shape(&client), shape(&about), "{name}");
    }
}

/// Staff read the client's text: they read it out to the client on the phone.
#[test]
fn staff_and_the_client_read_the_same_text() {
    for (name, case) in cases(50) {
        for language in ["nl", "en"] {
            let client = explain_case(&case, language).unwrap();
            let staff = explain_case_for(&case, language, &Reader::Staff).unwrap();
            assert_eq!(client, staff, "{name} {language}");
        }
    }
}

/// The sentence of the brief, exactly: golden case p04's supporter reads "Mehmet moet nog …".
#[test]
fn the_supporter_reads_mehmet_moet_nog() {
    let p04 = cases(0).into_iter().find(|(n, _)| n == "p04-advance-ww-income").unwrap().1;
    let supporter = Reader::of("supporter", "Mehmet Yilmaz");
    let client = explain_case(&p04, "nl").unwrap();
    let about = explain_case_for(&p04, "nl", &supporter).unwrap();
    // The no-break space between € and the amount is read as a space.
    let money =
        |e: &Explanation| e.summary.money.iter().map(|s| s.text.replace('\u{a0}', " ")).collect::<Vec<_>>().join(" ");
    assert!(money(&client).starts_with("U moet nog € 840,00 terugbetalen."), "{}", money(&client));
    assert_eq!(money(&about), money(&client).replacen("U moet", "Mehmet moet", 1));
    let en = explain_case_for(&p04, "en", &supporter).unwrap();
    assert!(money(&en).starts_with("Mehmet still has to pay back €840.00."), "{}", money(&en));
}
