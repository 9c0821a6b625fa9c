//! The timeline as a person reads it. Core's timeline says whether an event's date has passed
//! (`done`, `next`, `late`, and one `now`: the calculation date); the words a person reads must
//! follow the event itself (issue "The first screen answers four questions", item 4):
//! - a deadline is `met` (the act came in time) or `passed` (its date went by: UWV decided late,
//!   or Helder does not know whether the act came), never "done";
//! - a right that never began is not shown as begun: `not_begun` when UWV refused the claim,
//!   `pending` while UWV has not decided (it begins only if UWV grants the benefit).
//!
//! The state picks the message too (`event-<code>-<state>` when there is one), so the sentence
//! and its state tag cannot disagree.

use chrono::NaiveDate;
use helder_core::contract::{ResultDocument, TimelineEvent};

/// Every state a step of the explanation's timeline can have (`ui-state-<state>` labels).
#[cfg_attr(not(test), allow(dead_code))] // the completeness test reads it
pub const STATES: &[&str] = &["done", "now", "next", "late", "met", "passed", "not_begun", "pending"];

/// The state of `event` as the person reads it.
pub fn state(r: &ResultDocument, event: &TimelineEvent) -> &'static str {
    let decision = r.timeline.iter().find(|e| e.event.starts_with("decision_") && e.event != "decision_due");
    match (&*event.event, &*event.state) {
        // The decision term: met when UWV decided on or before the last day, passed when later.
        ("decision_due", "done") => match decision {
            Some(decision) if decision.date <= event.date => "met",
            _ => "passed",
        },
        // Helder does not know when UWV's notice came, only that the date went by.
        ("notice_due", "done") => "passed",
        // The client's objection term that ended: passed, not "too late" for something owed.
        ("objection_deadline", "late") => "passed",
        // Paid or still to come: the one fact the first screen's money line reads too.
        ("back_payment", _) => match back_payment_paid(r) {
            Some(_) => "done",
            None => "next",
        },
        ("benefit_start", core) => match decision.map(|d| &*d.event) {
            Some("decision_refused") => "not_begun",
            None => "pending",
            _ => known(core),
        },
        (_, core) => known(core),
    }
}

/// The day UWV paid the back payment, when the case says it did: the correction is decided and
/// its back payment date is on or before the calculation date (core's `back_payment` event is
/// then `done`). The timeline ("UWV betaalde de nabetaling") and the first screen's money line
/// ("Op … kreeg u … na") both read this, so one cannot say paid while the other says to come.
pub fn back_payment_paid(r: &ResultDocument) -> Option<NaiveDate> {
    r.timeline.iter().find(|e| e.event == "back_payment" && e.state == "done").map(|e| e.date)
}

fn known(core: &str) -> &'static str {
    match core {
        "now" => "now",
        "next" => "next",
        "late" => "late",
        _ => "done",
    }
}

#[cfg(test)]
mod tests;
