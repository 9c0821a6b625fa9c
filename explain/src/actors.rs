//! Who acts in each sentence. Every message a sentence is made from declares its actor here, and
//! a sentence whose message is missing from this table cannot be written (`Writer::say` fails).
//! The rule this serves (issue "Every figure says who decided it"): a sentence in which UWV acts
//! may only cite figures UWV decided (or facts of the case, or amounts of the law); Helder's
//! calculations are said in Helder's voice, the law's rules in the law's, the client's in "u".

use serde::{Deserialize, Serialize};

/// The one who acts in a sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Actor {
    /// UWV did or decided something: only decided figures and facts may be cited.
    Uwv,
    /// Helder calculated or assumed something.
    Helder,
    /// The client did, gets, owes or can do something.
    Client,
    /// A rule of the law or of published policy, or a deadline it sets.
    Law,
    /// A dated statement of a source about what is not known yet.
    Source,
}

impl Actor {
    pub fn code(self) -> &'static str {
        match self {
            Actor::Uwv => "uwv",
            Actor::Helder => "helder",
            Actor::Client => "client",
            Actor::Law => "law",
            Actor::Source => "source",
        }
    }
}

/// The actor of message `id`, when it is a sentence message.
pub fn actor(id: &str) -> Option<Actor> {
    use Actor::{Client, Helder, Law, Source, Uwv};
    let actor = match id {
        // Where the case stands.
        "now-apply" | "now-repay" | "now-running" => Client,
        "now-assessment" | "now-closed" | "now-correction" => Uwv,
        "now-assessment-late" => Law,
        "late-decision-action" | "late-application-action" => Client,
        "late-decision-penalty" => Law,
        // Timeline events: a deadline the law sets is the law's; what UWV did on a date the case
        // gives is UWV's.
        "event-first_sick_day"
        | "event-application_received"
        | "event-application_deadline"
        | "event-notice_of_default"
        | "event-tax_compensation_claim"
        | "event-objection_deadline-next"
        | "event-objection_deadline-late" => Client,
        "event-notice_due-done"
        | "event-notice_due-next"
        | "event-decision_due-next"
        | "event-decision_due-late"
        | "event-benefit_start-done"
        | "event-benefit_start-next"
        | "event-benefit_start-pending"
        | "event-decision_due-met"
        | "event-benefit_start-not_begun"
        | "event-decision_due-passed"
        | "event-penalty_start-done"
        | "event-penalty_start-next" => Law,
        "event-advance_start"
        | "event-advance_end"
        | "event-decision_iva"
        | "event-decision_wga"
        | "event-decision_refused"
        | "event-advance_waived"
        | "event-refund-done"
        | "event-refund-next"
        | "event-correction_effective-done"
        | "event-correction_effective-next"
        | "event-back_payment-done"
        | "event-back_payment-next"
        | "event-letter_advance_settlement"
        | "event-letter_refund"
        | "event-letter_dagloon_correction"
        | "event-letter_penalty"
        | "event-correction" => Uwv,
        // Letters and calls that are not decisions.
        id if id.starts_with("event-letter-") || id.starts_with("event-call-") => Uwv,
        "contact-told-letter" | "contact-told-call" => Uwv,
        "contact-differs" => Helder,
        "contact-ask" => Client,
        "event-tax_compensation_claim-uncertain" => Client,
        "decision-due-loonsanctie" => Helder,
        // The worked calculation: Helder's sums.
        id if id.starts_with("worked-") => Helder,
        // Who stands behind a figure.
        "provenance-decided" | "differ-decided" => Uwv,
        "provenance-checked" | "provenance-undecided" | "provenance-unknown" | "differ-calculated" => Helder,
        "provenance-estimate-undecided" | "provenance-estimate-unknown" => Helder,
        "provenance-letter-unknown" | "provenance-estimate-letter-unknown" => Helder,
        "differ-higher" | "differ-lower" => Helder,
        "objection-open" | "objection-how" | "objection-closed" => Client,
        // Dagloon.
        "dagloon-lead" | "dagloon-total" | "dagloon-maandloon" => Client,
        "dagloon-period" | "dagloon-wageless" | "dagloon-wageless-rule" | "dagloon-indexed" | "dagloon-capped" => Law,
        "dagloon-monthly-payroll" | "dagloon-divisor" | "dagloon-rounding" => Helder,
        // Benefit.
        "benefit-lead" | "benefit-lead-none" | "benefit-start" => Client,
        "benefit-iva" | "benefit-lgu" | "benefit-lgu-after" | "benefit-lau" | "benefit-vvu" => Law,
        "benefit-income" | "benefit-holiday" | "benefit-gross" => Law,
        "benefit-vvu-assumption" | "benefit-maandloon-month" => Helder,
        // Advance.
        "advance-lead" | "advance-over" | "advance-under" | "advance-exact" | "advance-income" => Client,
        "advance-unsettled" => Uwv,
        "advance-entitled" | "advance-income-rule" => Helder,
        "advance-ww" => Law,
        // Waiver.
        "waiver-lead-nothing" | "waiver-lead-open" | "waiver-lead-paid" | "waiver-waived" => Client,
        "waiver-lead-refund" => Helder,
        "waiver-reason-late_decision" | "waiver-reason-promised" | "waiver-reason-decision_in_time" => Uwv,
        "waiver-reason-no_overpayment" | "waiver-reason-client_caused" => Client,
        "waiver-reason-outside_scope" | "waiver-policy" | "waiver-ww-part" => Law,
        "waiver-to-repay" | "waiver-to-repay-plain" | "waiver-repaid" | "waiver-refund" => Client,
        "waiver-tax" | "waiver-tax-years" => Law,
        "waiver-tax-claim" | "waiver-tax-claim-uncertain" | "waiver-plan" => Client,
        "waiver-route-herstel" | "waiver-route-geparkeerd" | "waiver-route-regulier" => Uwv,
        "waiver-route-rule" => Helder,
        // Dagloon correction.
        "backpay-lead-too_low"
        | "backpay-lead-too_low-paid"
        | "backpay-lead-too_high"
        | "backpay-lead-too_high-repay"
        | "backpay-lead-correct" => Helder,
        "backpay-step" | "backpay-totals" | "backpay-interest" | "backpay-new" => Client,
        "backpay-dagloon" | "backpay-months" | "backpay-paid-computed" => Helder,
        "backpay-new-lowered" | "backpay-new-lowered-decided" => Helder,
        "backpay-interest-none" | "backpay-interest-unknown" | "backpay-not-reclaimed" | "backpay-new-indexed" => Law,
        "backpay-could-have-known" => Client,
        "category-to_check"
        | "category-no_reason"
        | "category-no_reason-checked"
        | "category-loonloze_tijdvakken"
        | "category-loonloze_tijdvakken-before-2020"
        | "category-indexering"
        | "category-opting_in"
        | "category-aop" => Uwv,
        "step-sorted-about"
        | "step-first_check-about"
        | "step-second_check-about"
        | "step-expert_team-about"
        | "step-quality_check-about"
        | "step-phone_call-about"
        | "step-decided-about" => Uwv,
        "not-known-yet" => Source,
        // Penalty.
        "penalty-lead" | "penalty-lead-running" => Helder,
        "penalty-lead-none" | "penalty-notice" => Client,
        "penalty-lead-excluded" => Uwv,
        "penalty-start" | "penalty-days" | "penalty-rates" | "penalty-maximum" => Law,
        "estimate-used" | "estimate-affects" => Helder,
        // The first screen's four answers (`summary`).
        "summary-money-refund"
        | "summary-money-waived"
        | "summary-money-backpay"
        | "summary-money-backpay-total"
        | "summary-money-backpay-paid"
        | "summary-money-backpay-total-paid"
        | "summary-money-interest"
        | "summary-money-interest-paid"
        | "summary-money-backpay-sum"
        | "summary-money-backpay-repay"
        | "summary-money-not-reclaimed"
        | "summary-money-penalty"
        | "summary-money-penalty-running"
        | "summary-money-penalty-maximum"
        | "summary-money-undecided" => Client,
        "summary-why-penalty" | "summary-next-correction" => Uwv,
        "summary-next-penalty" | "summary-next-running" | "summary-next-penalty-maximum" => Law,
        "summary-next-penalty-decision" | "summary-next-penalty-decision-passed" => Law,
        "summary-next-penalty-pay" | "summary-next-penalty-pay-passed" | "summary-next-repay-wait" => Uwv,
        "summary-next-none" | "summary-todo-notice-when" => Helder,
        "summary-todo-apply"
        | "summary-todo-objection"
        | "summary-todo-repay-letter"
        | "summary-todo-repay-wait"
        | "summary-todo-tax"
        | "summary-todo-tax-uncertain"
        | "summary-todo-wait"
        | "summary-todo-nothing" => Client,
        _ => return None,
    };
    Some(actor)
}
