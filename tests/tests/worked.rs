//! What a client reads under "Hoe is dit berekend?" (issue 18 items 2-3) and the assumptions
//! every figure rests on (issue 16), over every golden case and 400 generated ones:
//! - the Dutch worked calculation has no trace id, no rule code or internal code, no English
//!   word, and no number outside Dutch money, date and percentage writing;
//! - every "X% van € Y … = € Z" is arithmetically true for the Y it names (half up to cents,
//!   the rounding of RULES §2-3);
//! - the English one has no Dutch words but the legal names whitelisted below;
//! - every figure the explanation shows names each assumption it rests on.

use helder_core::ResultDocument;
use helder_core::contract::TraceLine;
use helder_explain::{Explanation, Sentence, explain_case, is_assumption, states_assumption};
use rust_decimal::{Decimal, RoundingStrategy};
use std::collections::{BTreeSet, HashMap};

use helder_tests::golden_and_generated_cases as cases;

fn result(case: &str) -> ResultDocument {
    serde_json::from_str(&helder_core::compute(case).expect("the case computes")).expect("a result document")
}

/// Every step of the worked calculation: (section, text, source). The no-break space between
/// € and the amount (it keeps them on one line) is read as a space.
fn worked(explanation: &Explanation) -> Vec<(String, String, String)> {
    explanation
        .sections
        .iter()
        .flat_map(|section| {
            section.worked.iter().map(|step| {
                (section.id.clone(), step.sentence.text.replace('\u{a0}', " "), step.source.replace('\u{a0}', " "))
            })
        })
        .collect()
}

use helder_tests::wording::{DUTCH, DUTCH_IN_ENGLISH, ENGLISH, badly_written_numbers, is_code};

/// A Dutch amount (`€ 1.234,56`) as a decimal.
fn euro(text: &str) -> Option<Decimal> {
    text.trim().strip_prefix("€ ")?.trim_end_matches('.').replace('.', "").replace(',', ".").parse().ok()
}

fn dutch_decimal(text: &str) -> Option<Decimal> {
    text.trim().replace(',', ".").parse().ok()
}

/// Every "X% van Y" in `text`, read as "X% van € Y [× a ÷ b | × P%]… = € Z": (the phrase, Z,
/// the exact product). A form the check cannot read (no percentage before it, no amount after
/// "van", no "= € Z", a factor it does not know) is returned with `None`: a percentage sentence
/// must be checkable, so the caller counts it as a failure rather than skipping it.
fn percent_claims(text: &str) -> Vec<(String, Decimal, Option<Decimal>)> {
    let mut out = Vec::new();
    for (index, _) in text.match_indices("% van ") {
        let head = &text[..index];
        let percent_text: String = head
            .chars()
            .rev()
            .take_while(|c| c.is_ascii_digit() || *c == ',')
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        let rest = &text[index + "% van ".len()..];
        let (expression, after) = rest.split_once(" = ").unwrap_or((rest, ""));
        let stated_text = after.split_whitespace().take(2).collect::<Vec<_>>().join(" ");
        let phrase = format!("{percent_text}% van {expression} = {stated_text}");
        let stated = euro(&stated_text);
        let exact = dutch_decimal(&percent_text).zip(stated).and_then(|(percent, _)| {
            // The expression: € Y, then factors "× a", "÷ b", "× P%".
            let mut parts = expression.split(' ');
            let (Some("€"), Some(amount)) = (parts.next(), parts.next()) else { return None };
            let mut value = euro(&format!("€ {amount}"))? * percent / Decimal::ONE_HUNDRED;
            let factors: Vec<&str> = parts.collect();
            for pair in factors.chunks(2) {
                match pair {
                    ["×", factor] if factor.ends_with('%') => {
                        value *= dutch_decimal(factor.trim_end_matches('%'))? / Decimal::ONE_HUNDRED
                    }
                    ["×", factor] => value *= dutch_decimal(factor)?,
                    ["÷", divisor] => value /= dutch_decimal(divisor).filter(|d| !d.is_zero())?,
                    _ => return None,
                }
            }
            Some(value)
        });
        out.push((phrase, stated.unwrap_or_default(), exact));
    }
    out
}

#[test]
fn the_dutch_worked_calculation_is_plain_dutch_with_true_sums() {
    let mut problems = Vec::new();
    let mut steps = 0;
    let mut claims = 0;
    for (name, case) in cases(400) {
        let explanation = explain_case(&case, "nl").unwrap_or_else(|e| panic!("{name}: {e}"));
        for (section, text, source) in worked(&explanation) {
            steps += 1;
            for word in format!("{text} {source}").split(|c: char| c.is_whitespace() || ",;:()".contains(c)) {
                let word = word.trim_end_matches('.');
                // The court's ECLI is the public reference of a ruling, not an internal code.
                if is_code(word) && !word.starts_with("ECLI") {
                    problems.push(format!("{name} {section}: code \"{word}\" in \"{text}\" ({source})"));
                }
                if ENGLISH.contains(&word.to_lowercase().as_str()) {
                    problems.push(format!("{name} {section}: English \"{word}\" in \"{text}\" ({source})"));
                }
            }
            for number in badly_written_numbers(&text) {
                problems.push(format!("{name} {section}: number \"{number}\" in \"{text}\""));
            }
            for (phrase, stated, exact) in percent_claims(&text) {
                claims += 1;
                let Some(exact) = exact else {
                    problems.push(format!("{name} {section}: \"{phrase}\" cannot be checked, in \"{text}\""));
                    continue;
                };
                let rounded = exact.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero);
                if rounded != stated {
                    problems.push(format!("{name} {section}: \"{phrase}\" is {exact}, not {stated}"));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{} problems:\n{}", problems.len(), problems.join("\n"));
    assert!(steps > 5_000, "only {steps} worked steps");
    // 248 when written: every case with a benefit, less the months worked out in words.
    assert!(claims > 200, "only {claims} percentage sums checked");
}

#[test]
fn the_english_worked_calculation_has_no_dutch_words() {
    let mut problems = Vec::new();
    for (name, case) in cases(400) {
        let explanation = explain_case(&case, "en").unwrap_or_else(|e| panic!("{name}: {e}"));
        for (section, text, source) in worked(&explanation) {
            for word in format!("{text} {source}").split(|c: char| !c.is_alphanumeric() && c != '-') {
                let lower = word.to_lowercase();
                if DUTCH.contains(&lower.as_str()) && !DUTCH_IN_ENGLISH.contains(&lower.as_str()) {
                    problems.push(format!("{name} {section}: Dutch \"{word}\" in \"{text}\" ({source})"));
                }
                if is_code(word) && !word.starts_with("ECLI") {
                    problems.push(format!("{name} {section}: code \"{word}\" in \"{text}\""));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{} problems:\n{}", problems.len(), problems.join("\n"));
}

/// The check reads what it must: a false sum, a trace id, an English word and a number in the
/// contract's format are each found.
#[test]
fn the_checks_see_what_they_look_for() {
    let rounded =
        |exact: Option<Decimal>| exact.map(|e| e.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero));
    let claim = percent_claims("Uw IVA-uitkering in oktober 2025: 75% van € 2.598,26 = € 2.193,71.");
    assert_eq!(claim.len(), 1);
    assert_ne!(rounded(claim[0].2), Some(claim[0].1));
    let claim = percent_claims("In 2025: 42% van € 2.191,80 × 108% = € 994,20.");
    assert_eq!(rounded(claim[0].2), Some(claim[0].1));
    let claim = percent_claims("U had recht op 19 van de 22 werkdagen: 75% van € 2.598,26 × 19 ÷ 22 = € 1.682,96.");
    assert_eq!(rounded(claim[0].2), Some(claim[0].1));
    // Forms the check cannot read are found, not skipped: no amount after "van", no "= € Z",
    // an unknown factor.
    for unreadable in [
        "70% van uw inkomen uit werk is € 700,00.",
        "Dat is 75% van uw maandloon.",
        "75% van € 2.598,26 is € 1.948,70.",
        "75% van € 2.598,26 + € 10,00 = € 1.958,70.",
    ] {
        let claim = percent_claims(unreadable);
        assert_eq!(claim.len(), 1, "{unreadable}");
        assert_eq!(claim[0].2, None, "{unreadable}");
    }
    assert!(is_code("B28") && is_code("ww_offset") && is_code("HERSTEL-2021") && !is_code("IVA-uitkering"));
    assert_eq!(
        badly_written_numbers("Waarde 6000.00 en 101.85185185 op 2024-06-01."),
        ["6000.00", "101.85185185", "2024", "06", "01."]
    );
    assert!(badly_written_numbers("€ 2.193,71 is 75% van € 2.924,94 op 6 november 2023, 21,75 dagen.").is_empty());
}

/// The assumption lines each figure of `explanation` rests on that no sentence states: a line
/// marked as an assumption (`is_assumption`) reached from a cited line through the inputs, and
/// not cited by a sentence whose message states an assumption. A line whose value is nothing
/// (zero, false, no years) changes no figure, so nothing rests on it.
fn unstated_assumptions(result: &ResultDocument, explanation: &Explanation) -> BTreeSet<String> {
    let lines: HashMap<&str, &TraceLine> = result.trace.iter().map(|line| (line.id.as_str(), line)).collect();
    let sentences = sentences_of(explanation);
    let mut stated = BTreeSet::new();
    for sentence in sentences.iter().filter(|s| states_assumption(&s.message)) {
        stated.extend(sentence.traces.iter().cloned());
    }
    let mut missing = BTreeSet::new();
    for sentence in &sentences {
        let mut stack: Vec<&str> = sentence.traces.iter().map(String::as_str).collect();
        let mut seen = BTreeSet::new();
        while let Some(id) = stack.pop() {
            let Some(line) = lines.get(id) else { continue };
            if !seen.insert(id) {
                continue;
            }
            let changes_a_figure = !matches!(line.value.as_str(), "0.00" | "" | "-" | "false");
            if is_assumption(line) && changes_a_figure && !stated.contains(id) {
                missing.insert(format!("{id} ({}) behind \"{}\"", line.rule, sentence.text));
            }
            stack.extend(line.inputs.iter().filter_map(|input| input.trace.as_deref()));
        }
    }
    missing
}

fn sentences_of(explanation: &Explanation) -> Vec<&Sentence> {
    explanation
        .sentences()
        .chain(&explanation.actions)
        .chain(explanation.timeline.iter().map(|step| &step.text))
        .chain(&explanation.notes)
        .chain(explanation.sections.iter().flat_map(|s| s.worked.iter().map(|step| &step.sentence)))
        .collect()
}

#[test]
fn every_assumption_a_figure_rests_on_is_stated() {
    let mut problems = Vec::new();
    let mut resting = 0;
    for (name, case) in cases(400) {
        let result = result(&case);
        for language in ["nl", "en"] {
            let explanation = explain_case(&case, language).unwrap();
            resting += usize::from(sentences_of(&explanation).iter().any(|s| states_assumption(&s.message)));
            for missing in unstated_assumptions(&result, &explanation) {
                problems.push(format!("{name} {language}: {missing}"));
            }
        }
    }
    assert!(problems.is_empty(), "{} unstated assumptions:\n{}", problems.len(), problems.join("\n"));
    assert!(resting > 50, "only {resting} explanations state an assumption");
}

/// The check fails when an assumption sentence is removed: the vervolguitkering without a
/// remaining earning capacity (p15) and the lower benefit going forward (p07).
#[test]
fn removing_an_assumption_sentence_fails_the_check() {
    for (case_name, message) in [
        ("p15-wga-vvu-holiday-allowance", "benefit-vvu-assumption"),
        ("p07-backpay-too-high", "backpay-new-lowered-decided"),
    ] {
        let (_, case, _) = helder_tests::golden_cases().into_iter().find(|(name, _, _)| name == case_name).unwrap();
        let result = result(&case);
        let mut explanation = explain_case(&case, "nl").unwrap();
        assert!(unstated_assumptions(&result, &explanation).is_empty(), "{case_name}");
        let before = sentences_of(&explanation).len();
        for section in &mut explanation.sections {
            for paragraph in &mut section.paragraphs {
                paragraph.retain(|sentence| sentence.message != message);
            }
        }
        assert_eq!(sentences_of(&explanation).len(), before - 1, "{case_name}: {message} said once");
        assert!(!unstated_assumptions(&result, &explanation).is_empty(), "{case_name} without {message}");
    }
}

/// The benefit card says "75% van uw maandloon" beside its amount: the maandloon the card (or
/// the dagloon card, when it has not changed) names is the one that percentage is of. Before,
/// demo client 06 (golden p06) read 75% = € 2.193,71 beside a maandloon of € 2.598,26.
#[test]
fn the_benefit_card_names_the_maandloon_its_percentage_is_of() {
    let mut checked = 0;
    for (name, case) in cases(400) {
        let result = result(&case);
        let Some(benefit) = &result.benefit else { continue };
        let Some(month) = benefit.months.last() else { continue };
        let full_iva = month.kind == "iva" && month.income.is_zero() && month.weekdays == month.weekdays_with_right;
        if !full_iva || benefit.outcome == "refused" {
            continue;
        }
        let explanation = explain_case(&case, "nl").unwrap();
        let section = |id: &str| explanation.sections.iter().find(|s| s.id == id);
        let sentences = |id: &str| {
            section(id).into_iter().flat_map(|s| std::iter::once(&s.lead).chain(s.paragraphs.iter().flatten()))
        };
        let Some(card) = section("benefit") else { continue };
        assert!(sentences("benefit").any(|s| s.message == "benefit-iva"), "{name}: no 75% sentence");
        let named = sentences("benefit")
            .find(|s| s.message == "benefit-maandloon-month")
            .or_else(|| sentences("dagloon").find(|s| s.message == "dagloon-maandloon"))
            .and_then(|s| s.figures.iter().find(|f| f.value.contains('.')))
            .map(|f| f.value.parse::<Decimal>().unwrap())
            .unwrap_or_else(|| panic!("{name}: no maandloon named"));
        let amount: Decimal = card.lead.figures.iter().find(|f| f.value.contains('.')).unwrap().value.parse().unwrap();
        let percent = (Decimal::new(75, 2) * named).round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero);
        assert_eq!(percent, amount, "{name}: 75% of the maandloon named ({named}) is not the amount shown");
        checked += 1;
    }
    assert!(checked > 20, "only {checked} cards checked");
}
