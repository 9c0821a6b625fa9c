//! The timeline as a person reads it: refused, undecided and late cases, with exact dates.

use crate::summary::tests::{WAITING, golden};
use crate::{Explanation, explain_case};

/// (date, state, actor, message) of every step.
fn steps(e: &Explanation) -> Vec<(&str, &str, &str, &str)> {
    e.timeline.iter().map(|s| (s.date.as_str(), s.state.as_str(), s.actor.as_str(), s.text.message.as_str())).collect()
}

fn state_of<'a>(e: &'a Explanation, message: &str) -> Vec<(&'a str, &'a str)> {
    e.timeline.iter().filter(|s| s.text.message == message).map(|s| (s.date.as_str(), s.state.as_str())).collect()
}

/// Refused (p03): the right never began; UWV decided after the term (due 26 April 2023,
/// decided 20 September 2023), so the term is passed, not done.
#[test]
fn refused_no_right_began_and_the_late_term_is_passed() {
    let e = golden("p03-advance-refused-waived", "nl");
    assert_eq!(state_of(&e, "event-benefit_start-not_begun"), [("2023-06-12", "not_begun")]);
    assert_eq!(state_of(&e, "event-decision_due-passed"), [("2023-04-26", "passed")]);
    assert!(
        !steps(&e).iter().any(|(_, state, _, message)| message.starts_with("event-benefit_start") && *state == "done")
    );
    let begun =
        e.timeline.iter().find(|s| s.text.message == "event-benefit_start-not_begun").map(|s| s.text.text.clone());
    assert_eq!(
        begun.as_deref(),
        Some("Op deze dag zou uw recht op een WIA-uitkering beginnen. Maar UWV wees uw aanvraag af.")
    );
    // Who acts: the client applied.
    let applied = e.timeline.iter().find(|s| s.text.message == "event-application_received");
    assert_eq!(applied.map(|s| (s.date.as_str(), s.actor.as_str())), Some(("2023-03-01", "client")));
    assert_eq!(applied.map(|s| s.text.text.as_str()), Some("U vroeg de WIA-uitkering aan. UWV kreeg uw aanvraag."));
}

/// Undecided and late (demo client 18): the right is pending (6 April 2026), the decision term
/// of 27 April 2026 is late, and "now" is the calculation date, 30 June 2026.
#[test]
fn undecided_the_right_is_pending_and_now_is_the_calculation_date() {
    let e = explain_case(WAITING, "nl").unwrap();
    assert_eq!(state_of(&e, "event-benefit_start-pending"), [("2026-04-06", "pending")]);
    assert_eq!(state_of(&e, "event-decision_due-late"), [("2026-04-27", "late")]);
    assert_eq!(state_of(&e, "event-notice_due-done"), [("2025-12-21", "passed")]);
    let now: Vec<_> = e.timeline.iter().filter(|s| s.state == "now").map(|s| s.date.as_str()).collect();
    assert_eq!(now, ["2026-06-30"]);
    assert!(!e.timeline.iter().any(|s| s.text.message.starts_with("event-benefit_start") && s.state == "done"));
}

/// Late with a penalty (p05): the term (1 April 2024) is passed, as UWV decided on 20 May 2024;
/// a decision in time (p01: due 15 January 2024, decided 10 January) meets it.
#[test]
fn a_deadline_is_met_or_passed() {
    let e = golden("p05-penalty", "nl");
    assert_eq!(state_of(&e, "event-decision_due-passed"), [("2024-04-01", "passed")]);
    assert_eq!(state_of(&e, "event-penalty_start-done"), [("2024-04-29", "done")]);
    let e = golden("p01-iva-basic", "nl");
    assert_eq!(state_of(&e, "event-decision_due-met"), [("2024-01-15", "met")]);
    assert_eq!(state_of(&e, "event-benefit_start-done"), [("2024-03-04", "done")]);
}

/// An objection term that ended reads passed (p09 with a later calculation date).
#[test]
fn an_ended_objection_term_is_passed() {
    let path = format!("{}/../tests/cases/p09-decision-differs.case.json", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(path).unwrap().replace("\"as_of\": \"2025-01-10\"", "\"as_of\": \"2025-03-31\"");
    let e = explain_case(&text, "nl").unwrap();
    assert_eq!(state_of(&e, "event-objection_deadline-late"), [("2025-02-17", "passed")]);
}

/// Paid or still to come (p06, demo client 06): the correction is decided and its back payment
/// date, 20 January 2025, lies before the calculation date of 31 October 2025, so UWV paid it.
/// The timeline says so, and the first screen and the card say it in the past tense with that
/// day; in p09 (calculation date 10 January 2025) the same payment is still to come.
#[test]
fn a_back_payment_is_paid_or_to_come_in_the_timeline_and_the_first_screen_alike() {
    let e = golden("p06-backpay-too-low", "nl");
    assert_eq!(state_of(&e, "event-back_payment-done"), [("2025-01-20", "done")]);
    let paid = e.timeline.iter().find(|s| s.text.message == "event-back_payment-done").map(|s| s.text.text.as_str());
    assert_eq!(paid, Some("UWV betaalde de nabetaling (geld dat u eerst te weinig kreeg)."));
    let money: Vec<_> = e.summary.money.iter().map(|s| s.text.replace('\u{a0}', " ")).collect();
    assert_eq!(
        money[0],
        "Op 20 januari 2025 kreeg u samen € 5.070,85 na: € 4.874,07 nabetaling (geld dat u eerst te weinig kreeg) \
         en € 196,78 wettelijke rente (vergoeding voor het wachten)."
    );
    let lead = e.sections.iter().find(|s| s.id == "backpay").map(|s| s.lead.text.replace('\u{a0}', " "));
    assert_eq!(
        lead.as_deref(),
        Some("Helder rekende uit: op 20 januari 2025 kreeg u € 4.874,07 na. Dat is een nabetaling.")
    );

    let e = golden("p09-decision-differs", "nl");
    assert_eq!(state_of(&e, "event-back_payment-next"), [("2025-01-20", "next")]);
    assert_eq!(e.summary.money[0].message, "summary-money-backpay");
    let first = e.summary.money[0].text.replace('\u{a0}', " ");
    assert!(first.starts_with("U krijgt € 4.874,07 na."), "{first}");
}
