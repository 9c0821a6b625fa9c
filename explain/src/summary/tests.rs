//! The four answers of the first screen, per golden case, with exact euros and dates.

use crate::{Explanation, explain_case};

/// Golden case `name` of `tests/cases/` explained in `language`.
pub(crate) fn golden(name: &str, language: &str) -> Explanation {
    let path = format!("{}/../tests/cases/{name}.case.json", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    explain_case(&text, language).unwrap_or_else(|e| panic!("{name}: {e}"))
}

/// Undecided and late, a notice of default sent and the penalty running (demo client 18).
pub(crate) const WAITING: &str = r#"{
    "format": "helder-case/1", "case_id": "WAIT", "as_of": "2026-06-30", "first_sick_day": "2024-04-08",
    "application": { "received": "2026-01-05", "notice_of_default": "2026-05-11" }
}"#;

/// Money, why, next and to do, each line's sentences joined (the no-break space between € and
/// the amount read as a space).
fn lines(e: &Explanation) -> [String; 4] {
    let join = |s: &[crate::Sentence]| s.iter().map(|s| s.text.replace('\u{a0}', " ")).collect::<Vec<_>>().join(" ");
    [join(&e.summary.money), join(&e.summary.why), join(&e.summary.next), join(&e.summary.todo)]
}

/// A refused client whose whole advance was waived reads at once that she owes nothing and gets
/// € 300 back, decided by UWV's letter (p08; RULES §5, §9).
#[test]
fn refused_with_a_waived_advance_owes_nothing_and_gets_300_back() {
    let e = golden("p08-decision-agrees", "nl");
    let [money, why, next, todo] = lines(&e);
    assert_eq!(money, "U hoeft niets terug te betalen. U krijgt € 300,00 terug.");
    assert_eq!(e.summary.money_provenance, ["decided"]);
    assert_eq!(e.summary.as_of, "2024-06-30");
    assert_eq!(
        why,
        "20 september 2023: UWV besliste: u krijgt geen WIA-uitkering. UWV besliste te laat. Daardoor kreeg u \
         het voorschot langer. Dat is niet uw schuld."
    );
    assert_eq!(next, "Helder kent geen volgende stap met een datum. Dit is de stand op 30 juni 2024.");
    assert_eq!(
        todo,
        "Vraag UWV of u een tegemoetkoming (een vergoeding) kunt krijgen als u de belastingaanslag over 2023 en \
         2024 hebt. UWV beschreef die alleen voor terugbetalingen tot en met 2022: of het nu nog kan, is niet zeker. \
         Helder kent daarvoor geen uiterste datum."
    );
}

/// A penalty shows its amount (p05: 21 days, € 567; Awb 4:17).
#[test]
fn a_penalty_shows_its_amount() {
    let [money, why, ..] = lines(&golden("p05-penalty", "nl"));
    assert_eq!(money, "U heeft recht op een dwangsom (een boete voor UWV) van € 567,00.");
    assert!(why.ends_with("UWV besliste niet binnen 2 weken na uw ingebrekestelling (een brief dat UWV moet beslissen) van 15 april 2024."), "{why}");
}

/// Undecided and late with a running penalty: its amount so far and the maximum, since when it
/// runs, and that the client only waits (the notice of default is sent).
#[test]
fn a_running_penalty_shows_its_amount_and_the_client_waits() {
    let e = explain_case(WAITING, "nl").unwrap();
    let [money, why, next, todo] = lines(&e);
    assert_eq!(
        money,
        "U heeft recht op een dwangsom (een boete voor UWV). Op 30 juni 2026 was die € 1.172,00. Beslist UWV niet \
         eerder, dan stopt die op 5 juli 2026 bij het hoogste bedrag: € 1.442,00."
    );
    assert!(
        why.starts_with("UWV beoordeelt uw aanvraag nog, maar is te laat. UWV had uiterlijk 27 april 2026"),
        "{why}"
    );
    // 25 May 2026 + 41 days: the 42nd day (Awb 4:17 lid 1).
    assert_eq!(
        next,
        "De dwangsom loopt sinds 25 mei 2026. Hij stopt als UWV beslist, en uiterlijk op 5 juli 2026 (na 42 dagen)."
    );
    assert_eq!(todo, "U hoeft nu niets te doen. Wacht op de brief van UWV.");
}

/// An amount still to pay back: how (pay, or ask for a payment plan) and that UWV's decision
/// sets the term, since no letter is in the case (p04; RULES §8 "The first screen").
#[test]
fn an_amount_to_pay_back_says_how_and_who_sets_the_term() {
    let [money, _, _, todo] = lines(&golden("p04-advance-ww-income", "nl"));
    assert_eq!(money, "U moet nog € 840,00 terugbetalen.");
    assert_eq!(
        todo,
        "U hoeft nu niets te doen. Wacht op het besluit van UWV. Daarin staat hoe en wanneer u € 840,00 terugbetaalt. \
         Lukt dat niet in één keer? Vraag dan om een betalingsregeling."
    );
}

/// A letter whose amount differs from Helder's: the objection deadline of Awb 6:7/6:8 (p09:
/// letter of 6 January 2025, last day 17 February 2025); the next step is the back payment.
#[test]
fn an_open_objection_term_is_what_to_do_with_its_date() {
    let e = golden("p09-decision-differs", "nl");
    let [money, _, next, todo] = lines(&e);
    // UWV's letter decided the interest but another back payment: each part its own sentence
    // and provenance word, then the total (calculated: the weakest of its parts).
    assert!(
        money.starts_with(
            "U krijgt € 4.874,07 na. Dat is een nabetaling (geld dat u eerst te weinig kreeg). U krijgt ook € 196,78 \
             wettelijke rente (vergoeding voor het wachten). Samen is dat € 5.070,85."
        ),
        "{money}"
    );
    assert_eq!(e.summary.money_provenance, ["calculated", "decided", "calculated", "calculated"]);
    assert_eq!(next, "Uiterlijk 20 januari 2025: UWV betaalt de nabetaling.");
    assert_eq!(
        todo,
        "Bent u het niet eens met het besluit van 6 januari 2025 (brief DC-2025-0107)? Maak dan bezwaar (een brief \
         dat u het niet eens bent met een besluit), uiterlijk 17 februari 2025."
    );
    let deadline = e.summary.todo[0].figures.iter().find(|f| f.value == "2025-02-17").and_then(|f| f.figure.clone());
    assert_eq!(deadline.as_deref(), Some("/decisions/0/objection_deadline"));
}

/// A running benefit with nothing to do; a dagloon under review: wait for UWV's letter.
#[test]
fn nothing_to_do_says_so() {
    let [money, _, next, todo] = lines(&golden("p01-iva-basic", "nl"));
    assert_eq!(money, "In augustus 2024 krijgt u € 2.782,91 bruto.");
    // The next half-yearly indexation after 31 August 2024 (WIA 14).
    assert_eq!(
        next,
        "Uw uitkering loopt elke maand door. Op 1 januari 2025 past UWV de hoogte van uw uitkering weer aan, zoals elk half jaar."
    );
    assert_eq!(todo, "U hoeft nu niets te doen.");
    let [_, _, next, todo] = lines(&golden("p10-correction-to-check", "nl"));
    assert_eq!(
        next,
        "UWV controleert uw dagloon nog. Op 31 oktober 2025 was uw dossier bij deze stap: tweede controle. Helder \
         weet niet wanneer UWV klaar is: daar is geen datum voor."
    );
    assert_eq!(todo, "U hoeft nu niets te doen. Wacht op de brief van UWV.");
}

/// Every line is said in both languages, and every sentence names its message and actor.
#[test]
fn every_line_is_said_in_both_languages() {
    for name in [
        "p03-advance-refused-waived",
        "p04-advance-ww-income",
        "p05-penalty",
        "p06-backpay-too-low",
        "p09-decision-differs",
    ] {
        for language in ["nl", "en"] {
            let e = golden(name, language);
            for line in lines(&e) {
                assert!(!line.is_empty(), "{name} {language}: an empty line");
            }
            let s = &e.summary;
            for sentence in s.money.iter().chain(&s.why).chain(&s.next).chain(&s.todo) {
                assert!(!sentence.message.is_empty() && !sentence.actor.is_empty(), "{name}: {sentence:?}");
            }
        }
    }
    let [money, ..] = lines(&golden("p08-decision-agrees", "en"));
    assert_eq!(money, "You do not have to pay anything back. You get €300.00 back.");
}

/// What-if (issue 18 item 5): per assumed decision the euros of the estimate's money line, all
/// estimates. Demo client 18 has no wage facts: only the penalty has euros; with the wages of p01
/// and its decision taken away, IVA and WGA give a monthly amount, a refusal says there is none.
#[test]
fn each_assumed_decision_has_its_euros() {
    use helder_core::whatif::{Assumed, with_decision};
    let penalty = "U heeft recht op een dwangsom (een boete voor UWV) van € 1.172,00.";
    for (assumed, expected) in [
        (Assumed::Iva, penalty.to_owned()),
        (Assumed::Wga, penalty.to_owned()),
        (Assumed::Refused, format!("{penalty} U krijgt geen WIA-uitkering.")),
    ] {
        let e = explain_case(&with_decision(WAITING, assumed).unwrap(), "nl").unwrap();
        assert_eq!(lines(&e)[0], expected);
        // Every amount an estimate; "U krijgt geen WIA-uitkering." names none.
        assert!(
            e.summary.money_provenance.iter().all(|p| p == "estimate" || p.is_empty()),
            "{:?}",
            e.summary.money_provenance
        );
        assert_eq!(e.summary.money_provenance[0], "estimate");
    }
    let path = format!("{}/../tests/cases/p01-iva-basic.case.json", env!("CARGO_MANIFEST_DIR"));
    let mut facts: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    facts.as_object_mut().unwrap().remove("decision");
    for assumed in Assumed::ALL {
        let e = explain_case(&with_decision(&facts.to_string(), assumed).unwrap(), "nl").unwrap();
        let [money, ..] = lines(&e);
        match assumed {
            Assumed::Refused => assert_eq!(money, "U krijgt geen WIA-uitkering."),
            _ => assert!(money.starts_with("In augustus 2024 krijgt u € ") && money.ends_with(" bruto."), "{money}"),
        }
    }
}

/// Where a back payment has interest, the money line shows the total people would otherwise add
/// up themselves, as one figure with its provenance, and its parts; the worked calculation
/// bridges it (p06, demo client 06: back payment + interest = total; RULES §6).
#[test]
fn a_back_payment_with_interest_shows_the_total() {
    let e = golden("p06-backpay-too-low", "nl");
    let path = format!("{}/../tests/cases/p06-backpay-too-low.case.json", env!("CARGO_MANIFEST_DIR"));
    let result =
        helder_core::compute_case(&helder_core::contract::parse_case(&std::fs::read_to_string(path).unwrap()).unwrap())
            .unwrap()
            .into_lines();
    let backpay = result.backpay.as_ref().unwrap();
    let total = backpay.amount + backpay.interest.unwrap();
    assert_eq!((backpay.amount.to_string(), total.to_string()), ("4874.07".into(), "5070.85".into()));
    let [money, ..] = lines(&e);
    assert!(
        money.starts_with(
            "Op 20 januari 2025 kreeg u samen € 5.070,85 na: € 4.874,07 nabetaling (geld dat u eerst te weinig kreeg) en \
             € 196,78 wettelijke rente"
        ),
        "{money}"
    );
    // The back payment is Helder's calculation; October's monthly amount rests on the estimated
    // indexation of 1 July 2025 (confidence E), so it carries its own word.
    assert_eq!(e.summary.money_provenance, ["calculated", "estimate"]);
    let first = &e.summary.money[0];
    assert_eq!(first.figures[0].value, "5070.85");
    assert_eq!(first.figures[0].provenance.as_deref(), Some("calculated"));
    let worked: Vec<String> =
        e.sections.iter().flat_map(|s| &s.worked).map(|step| step.sentence.text.replace('\u{a0}', " ")).collect();
    assert!(
        worked
            .contains(&"Met de wettelijke rente erbij krijgt u samen: € 4.874,07 + € 196,78 = € 5.070,85.".to_owned()),
        "{worked:?}"
    );
    let [money_en, ..] = lines(&golden("p06-backpay-too-low", "en"));
    assert!(
        money_en.starts_with("On 20 January 2025 you received €5,070.85 in total: €4,874.07 back payment"),
        "{money_en}"
    );
}

/// What happens next has a real date where the law gives one (issue 18, item 3):
/// - p05: the penalty ran 29 April to 19 May 2024 (21 days, to the day before the decision of
///   20 May); UWV sets it within 2 weeks of its last day, by 2 June 2024 (Awb 4:18);
/// - p04: paying back waits for UWV's decision, for which the law gives no date: said in words;
/// - demo client 18 on 30 September 2026: the penalty stopped at its maximum on its 42nd day,
///   5 July 2026, while UWV had still not decided.
#[test]
fn what_happens_next_has_the_date_the_law_gives_or_says_there_is_none() {
    let [_, _, next, _] = lines(&golden("p05-penalty", "nl"));
    assert_eq!(
        next,
        "UWV moest uiterlijk 2 juni 2024 beslissen hoeveel dwangsom u krijgt: 2 weken na de laatste dag ervan. \
         Helder kent dat besluit niet."
    );
    let [_, _, next, _] = lines(&golden("p04-advance-ww-income", "nl"));
    assert_eq!(
        next,
        "UWV stuurt u nog een besluit over het terugbetalen. Helder weet niet wanneer: de wet noemt daarvoor geen datum."
    );
    let later = WAITING.replace("2026-06-30", "2026-09-30");
    let [money, _, next, todo] = lines(&explain_case(&later, "nl").unwrap());
    assert_eq!(
        money,
        "U heeft recht op een dwangsom (een boete voor UWV) van € 1.442,00. Die liep tot en met 5 juli 2026: na 42 \
         dagen is dat het hoogste bedrag."
    );
    assert_eq!(
        next,
        "De dwangsom liep van 25 mei 2026 tot en met 5 juli 2026: 42 dagen, het maximum. Wanneer UWV beslist, weet \
         Helder niet: de wet noemt daarvoor geen nieuwe datum."
    );
    assert_eq!(todo, "U hoeft nu niets te doen. Wacht op de brief van UWV.");
}
