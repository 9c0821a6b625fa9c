//! The first screen's four answers against the rest of the page (issue 18), over every golden
//! case and 400 generated ones:
//! - a back payment is either paid or still to come, and the timeline, the top block and the
//!   back-payment card all say the same one;
//! - every amount in the money line carries its own provenance word, the one of that figure,
//!   and no card says both that UWV decided and that it has not about the same figure.

use helder_explain::{Explanation, Sentence, explain_case};

use helder_tests::golden_and_generated_cases as cases;

fn messages(sentences: &[Sentence]) -> Vec<&str> {
    sentences.iter().map(|s| s.message.as_str()).collect()
}

/// The timeline's back-payment step (`done` or `next`), when there is one.
fn back_payment_step(e: &Explanation) -> Option<&str> {
    e.timeline.iter().find(|s| s.text.message.starts_with("event-back_payment-")).map(|s| s.state.as_str())
}

#[test]
fn the_timeline_and_the_top_block_agree_whether_a_back_payment_is_paid() {
    let mut problems = Vec::new();
    let (mut paid, mut to_come) = (0, 0);
    for (name, case) in cases(400) {
        for language in ["nl", "en"] {
            let e = explain_case(&case, language).unwrap_or_else(|err| panic!("{name}: {err}"));
            let money = messages(&e.summary.money);
            let said_paid = money.iter().any(|m| m.starts_with("summary-money-backpay") && m.ends_with("-paid"));
            let said_to_come =
                money.iter().any(|m| matches!(*m, "summary-money-backpay" | "summary-money-backpay-total"));
            let lead = e.sections.iter().find(|s| s.id == "backpay").map(|s| s.lead.message.as_str());
            let next = messages(&e.summary.next);
            match back_payment_step(&e) {
                Some("done") => {
                    paid += 1;
                    if said_to_come || lead == Some("backpay-lead-too_low") {
                        problems
                            .push(format!("{name} {language}: paid in the timeline, to come on the page: {money:?}"));
                    }
                    if next.iter().any(|m| m.contains("back_payment")) {
                        problems.push(format!("{name} {language}: paid, yet the next step is the payment"));
                    }
                }
                Some(_) | None => {
                    to_come += usize::from(said_to_come);
                    if said_paid || lead == Some("backpay-lead-too_low-paid") {
                        problems.push(format!("{name} {language}: not paid in the timeline, paid on the page"));
                    }
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    // Both kinds are seen (p06 paid, p09 to come, and generated ones).
    assert!(paid >= 2 && to_come >= 2, "paid {paid}, to come {to_come}");
}

/// A contract money string (`"1234.50"`).
fn is_money(value: &str) -> bool {
    value.trim_start_matches('-').split_once('.').is_some_and(|(whole, cents)| {
        !whole.is_empty() && whole.bytes().all(|b| b.is_ascii_digit()) && cents.len() == 2
    })
}

#[test]
fn each_amount_in_the_money_line_carries_the_word_of_its_own_provenance() {
    let mut problems = Vec::new();
    let mut checked = 0;
    for (name, case) in cases(400) {
        let e = explain_case(&case, "nl").unwrap_or_else(|err| panic!("{name}: {err}"));
        let s = &e.summary;
        if s.money_provenance.len() != s.money.len() {
            problems.push(format!("{name}: {} sentences, {} words", s.money.len(), s.money_provenance.len()));
            continue;
        }
        for (sentence, word) in s.money.iter().zip(&s.money_provenance) {
            for figure in sentence.figures.iter().filter(|f| is_money(&f.value)) {
                let Some(provenance) = figure.provenance.as_deref() else { continue };
                checked += 1;
                if provenance != word {
                    problems
                        .push(format!("{name}: {} is {provenance}, tagged {word}: {}", figure.value, sentence.text));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert!(checked > 400, "only {checked} amounts checked");
}

/// What a card shows about who decided: the portal's tag (its label, picked as the portal picks
/// it: a decided amount the card cites, else the lead's first amount) and the card's sentences.
fn card_text(language: &str, section: &helder_explain::Section) -> String {
    let cited = || section.lead.figures.iter().chain(section.paragraphs.iter().flatten().flat_map(|s| &s.figures));
    let decided =
        cited().any(|f| is_money(&f.value) && f.provenance.as_deref() == Some("decided") && f.decision.is_some());
    let lead = section.lead.figures.iter().find(|f| is_money(&f.value) && f.provenance.is_some());
    let tag = match (decided, lead.and_then(|f| f.provenance.as_deref())) {
        (true, _) => String::new(),
        (false, Some("estimate")) => helder_explain::text(language, "ui-provenance-estimate", &[]),
        (false, Some(_)) => helder_explain::text(language, "ui-provenance-calculated", &[]),
        (false, None) => String::new(),
    };
    let sentences = std::iter::once(&section.lead).chain(section.paragraphs.iter().flatten());
    std::iter::once(tag).chain(sentences.map(|s| s.text.clone())).collect::<Vec<_>>().join(" ")
}

#[test]
fn no_card_says_uwv_decided_and_has_not_decided() {
    let mut problems = Vec::new();
    let mut decided_cards = 0;
    for (name, case) in cases(400) {
        for (language, decided, undecided) in
            [("nl", "besluit genomen", "nog niet beslist"), ("en", "UWV has decided", "has not decided")]
        {
            let e = explain_case(&case, language).unwrap_or_else(|err| panic!("{name}: {err}"));
            for section in &e.sections {
                let text = card_text(language, section);
                if text.contains(decided) {
                    decided_cards += 1;
                    if text.contains(undecided) {
                        problems.push(format!("{name} {language} {}: {text}", section.id));
                    }
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert!(decided_cards >= 2, "only {decided_cards} cards say UWV decided");
}
