//! §8 Case status: a timeline of dated events, each `done`, `now`, `next` or `late`, with who
//! acts (`client`, `uwv`, `employer`). Computed from the facts and the calculation date only.

use chrono::NaiveDate;

use crate::contract::{
    AdvanceResult, BackpayResult, Case, CorrectionStep, DecisionKind, DecisionResult, Label, PenaltyResult,
    TimelineEvent, WaiverResult,
};
use crate::dates::Dates;

/// The figures the timeline reads.
pub struct Figures<'a> {
    pub dates: &'a Dates,
    pub advance: Option<&'a AdvanceResult>,
    pub waiver: Option<&'a WaiverResult>,
    pub backpay: Option<&'a BackpayResult>,
    pub penalty: Option<&'a PenaltyResult>,
    pub decisions: &'a [DecisionResult],
}

pub fn timeline(case: &Case, figures: &Figures<'_>) -> Vec<TimelineEvent> {
    let as_of = case.as_of;
    let mut events: Vec<TimelineEvent> = Vec::new();
    // Codes borrowed, as they mostly are constants; the few made with `format!` are owned.
    let mut push = |date: NaiveDate, event: Label, state: &'static str, actor: &'static str| {
        events.push(TimelineEvent { date, event, state: state.into(), actor: actor.into() });
    };
    let passed = |date: NaiveDate| if date <= as_of { "done" } else { "next" };
    let dates = figures.dates;

    push(case.first_sick_day, Label::Borrowed("first_sick_day"), "done", "client");
    push(dates.notice_due.value, Label::Borrowed("notice_due"), passed(dates.notice_due.value), "uwv");
    let deadline = dates.application_deadline.value;
    match &case.application {
        Some(application) => push(application.received, Label::Borrowed("application_received"), "done", "client"),
        None if as_of > deadline => push(deadline, Label::Borrowed("application_deadline"), "late", "client"),
        None => push(deadline, Label::Borrowed("application_deadline"), "next", "client"),
    }
    if let Some(due) = &dates.decision_due {
        let state = match &case.decision {
            Some(_) => "done",
            None if as_of > due.value => "late",
            None => "next",
        };
        push(due.value, Label::Borrowed("decision_due"), state, "uwv");
    }
    push(dates.benefit_start.value, Label::Borrowed("benefit_start"), passed(dates.benefit_start.value), "uwv");
    if let Some(notice) = case.application.as_ref().and_then(|a| a.notice_of_default) {
        push(notice, Label::Borrowed("notice_of_default"), "done", "client");
    }
    if let Some(penalty) = figures.penalty.filter(|p| p.owed) {
        push(penalty.start, Label::Borrowed("penalty_start"), passed(penalty.start), "uwv");
    }
    if let Some(advance) = figures.advance
        && let (Some(first), Some(last)) = (advance.first_month, advance.last_month)
    {
        push(first.first_day(), Label::Borrowed("advance_start"), "done", "uwv");
        push(last.last_day().min(as_of), Label::Borrowed("advance_end"), "done", "uwv");
    }
    if let Some(decision) = &case.decision {
        let event = match decision.outcome {
            crate::contract::Outcome::Iva => "decision_iva",
            crate::contract::Outcome::Wga => "decision_wga",
            crate::contract::Outcome::Refused => "decision_refused",
        };
        push(decision.date, Label::Borrowed(event), "done", "uwv");
    }
    if let (Some(waiver), Some(advance)) = (figures.waiver, case.advance.as_ref()) {
        // Only a decision letter says UWV decided the waiver; a calculation never does (in 2021
        // clients were told of a waiver before anyone had reviewed their file).
        let settled = case.decisions.iter().find(|d| d.kind == DecisionKind::AdvanceSettlement);
        if let Some(letter) = settled
            && waiver.waived.is_positive()
        {
            push(letter.date, Label::Borrowed("advance_waived"), "done", "uwv");
        }
        if waiver.refund.is_positive() {
            push(advance.refund_date, Label::Borrowed("refund"), passed(advance.refund_date), "uwv");
        }
        if waiver.tax_compensation_possible {
            push(advance.refund_date.max(as_of), Label::Borrowed("tax_compensation_claim"), "next", "client");
        }
    }
    if let (Some(correction), Some(backpay)) = (&case.correction, figures.backpay) {
        if correction.step < CorrectionStep::Decided {
            push(as_of, Label::Owned(format!("correction_{}", correction.step.code())), "now", "uwv");
        } else {
            if let Some(date) = correction.correction_date {
                push(date, Label::Borrowed("correction_effective"), passed(date), "uwv");
            }
            if backpay.amount.is_positive()
                && let Some(date) = correction.back_payment_date
            {
                push(date, Label::Borrowed("back_payment"), passed(date), "uwv");
            }
        }
    }

    // The letters (besides the WIA decision, shown above), and where a decided amount differs
    // from Helder's calculation, the last day to object.
    for (letter, result) in case.decisions.iter().zip(figures.decisions) {
        if letter.kind != DecisionKind::WiaClaim {
            push(letter.date, Label::Owned(format!("letter_{}", letter.kind.code())), "done", "uwv");
        }
        if result.amounts.iter().any(|amount| amount.agrees == Some(false)) {
            let state = if result.objection_open { "next" } else { "late" };
            push(result.objection_deadline, Label::Borrowed("objection_deadline"), state, "client");
        }
    }

    // What UWV told the client in letters and calls (not decisions).
    for contact in &case.contacts {
        push(contact.date, Label::Owned(format!("{}-{}", contact.kind.code(), contact.subject.code())), "done", "uwv");
    }

    // Exactly one `now`: what the case is waiting for today.
    let has_now =
        figures.backpay.is_some() && case.correction.as_ref().is_some_and(|c| c.step < CorrectionStep::Decided);
    if !has_now {
        let (event, actor) = if case.application.is_none() && case.decision.is_none() {
            ("apply", "client")
        } else if case.decision.is_none() {
            ("assessment", "uwv")
        } else if figures.waiver.is_some_and(|w| w.still_open.is_positive()) {
            ("repay", "client")
        } else if case.decision.as_ref().is_some_and(|d| d.outcome == crate::contract::Outcome::Refused) {
            ("closed", "uwv")
        } else {
            ("benefit_running", "uwv")
        };
        push(as_of, Label::Borrowed(event), "now", actor);
    }
    // A stable sort keeps the written order of events on the same day.
    events.sort_by_key(|event| event.date);
    events
}
