//! The first screen's four answers (issue "The first screen answers four questions", item 1):
//! the money, why, what happens next (with a date) and what the client must do (with a deadline
//! and how, or that nothing is needed) — with the case number and the date the figures are as
//! of. Every line is made of sentences like the sections' (a message id, its actor, the figures
//! it cites with their provenance), many of them the sections' own messages.
//!
//! Where neither the law nor the case gives a deadline (paying back before UWV's letter, the
//! compensation for tax, a notice of default), the line says what Helder knows and that UWV's
//! letter sets the term (docs/domain/RULES.md §8, "The first screen").

use chrono::{Datelike, NaiveDate};
use helder_core::Euro;
use helder_core::calendar::add_days;
use helder_core::contract::{PenaltyResult, ResultDocument};
use serde::{Deserialize, Serialize};

use crate::writer::{Arg, Cite, Writer, fig};
use crate::{ExplainError, Sentence};

/// The four answers of the first screen.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Summary {
    /// The date the figures are as of (the calculation date, `YYYY-MM-DD`).
    pub as_of: String,
    /// How much: the amounts that matter most now.
    pub money: Vec<Sentence>,
    /// Who stands behind each sentence of `money`, one word per sentence in the same order:
    /// `decided`, `calculated` or `estimate` (empty for a sentence that names no amount). Each
    /// amount carries its own word: a monthly amount resting on an estimate is not called a
    /// calculation because the back payment before it is one.
    pub money_provenance: Vec<String>,
    /// Why: the decision (or that UWV is still assessing) and the reason for the money.
    pub why: Vec<Sentence>,
    /// What happens next, with its date.
    pub next: Vec<Sentence>,
    /// What the client must do, by when and how; or that nothing is needed now.
    pub todo: Vec<Sentence>,
}

/// The fixed maximum penalty of Awb 4:17 lid 2.
const PENALTY_MAXIMUM_CENTS: i64 = 144_200;

/// Awb 4:17 lid 1: the penalty is owed for at most 42 days.
const PENALTY_MAXIMUM_DAYS: u32 = 42;

/// Awb 4:18: "Het bestuursorgaan stelt de verschuldigdheid en de hoogte van de dwangsom vast bij
/// beschikking binnen twee weken na de laatste dag waarover de dwangsom verschuldigd was."
const PENALTY_DECISION_DAYS: u64 = 14;

/// Awb 4:87 lid 1: "Betaling geschiedt binnen zes weken" (of the decision that sets the sum,
/// unless that decision sets another term, lid 2).
const PAYMENT_DAYS: u64 = 42;

/// The last day penalty `p` runs: the day before UWV's decision, or, while UWV has not decided,
/// the 42nd day (the day it reaches its maximum unless UWV decides first).
fn penalty_last_day(p: &PenaltyResult) -> NaiveDate {
    let days = if p.running { PENALTY_MAXIMUM_DAYS } else { p.days };
    add_days(p.start, u64::from(days.max(1) - 1))
}

/// The first 1 January or 1 July after `date`: the next half-yearly indexation of the dagloon
/// (WIA 14).
fn next_indexation(date: NaiveDate) -> NaiveDate {
    let (year, month) = (date.year(), date.month());
    let next = if month < 7 { NaiveDate::from_ymd_opt(year, 7, 1) } else { NaiveDate::from_ymd_opt(year + 1, 1, 1) };
    next.unwrap_or(NaiveDate::MAX)
}

fn euro(amount: Euro, path: &str) -> Arg {
    Arg::Euro(amount, fig(path))
}

/// The four answers for result `r`. Written with its own writer, so a legal term gets its
/// explanation here and again at its first use in the sections below.
pub fn summary(w: &mut Writer<'_>, r: &ResultDocument) -> Result<Summary, ExplainError> {
    let money = money(w, r)?;
    let money_provenance = money.iter().map(provenance_of).collect();
    Ok(Summary {
        as_of: helder_core::calendar::format_date(r.as_of),
        money,
        money_provenance,
        why: why(w, r)?,
        next: next(w, r)?,
        todo: todo(w, r)?,
    })
}

/// The provenance of the amounts sentence `s` names: the weakest of them (`estimate` before
/// `calculated` before `decided`), so a sentence with an estimate in it is never called a
/// decision; empty when it names no amount with a provenance (the law's maximum has none).
fn provenance_of(s: &Sentence) -> String {
    let rank = |p: &str| match p {
        "estimate" => 0,
        "calculated" => 1,
        _ => 2,
    };
    s.figures
        .iter()
        .filter(|f| f.value.contains('.'))
        .filter_map(|f| f.provenance.as_deref())
        .min_by_key(|p| rank(p))
        .unwrap_or_default()
        .to_owned()
}

/// True when the figures at `paths` do not all have the same provenance.
fn provenance_differs(w: &Writer<'_>, paths: &[&str]) -> bool {
    let mut kinds = paths.iter().map(|path| w.line_of(path).and_then(|line| line.provenance.clone()));
    let first = kinds.next().flatten();
    kinds.any(|kind| kind != first)
}

/// The WIA decision's timeline event (`decision_iva`, `decision_wga`, `decision_refused`).
fn decision(r: &ResultDocument) -> Option<&helder_core::contract::TimelineEvent> {
    r.timeline.iter().find(|e| e.event.starts_with("decision_") && e.event != "decision_due")
}

/// True while a correction of the dagloon is under way (core's `now` is a correction step).
fn correcting(r: &ResultDocument) -> Option<&str> {
    r.timeline.iter().find(|e| e.state == "now").and_then(|e| e.event.strip_prefix("correction_"))
}

fn money(w: &mut Writer<'_>, r: &ResultDocument) -> Result<Vec<Sentence>, ExplainError> {
    let mut out = Vec::new();
    if let Some(v) = &r.waiver {
        if v.still_open.is_positive() {
            out.push(w.say("waiver-lead-open", vec![("open", euro(v.still_open, "/waiver/still_open"))])?);
        } else if v.refund.is_positive() {
            out.push(w.say("summary-money-refund", vec![("refund", euro(v.refund, "/waiver/refund"))])?);
        } else if v.waived.is_positive() && !v.to_repay.is_positive() {
            out.push(w.say("summary-money-waived", vec![("waived", euro(v.waived, "/waiver/waived"))])?);
        } else if !v.to_repay.is_positive() {
            out.push(w.say("waiver-lead-nothing", vec![])?);
        }
    }
    if let Some(b) = &r.backpay {
        // Paid (the past tense, with the day) or still to come: the timeline reads the same fact.
        let paid = crate::timeline::back_payment_paid(r);
        let with_date = |mut args: Vec<(&'static str, Arg)>| {
            if let Some(date) = paid {
                args.push(("date", Arg::Date(date, Cite::Fact)));
            }
            args
        };
        match b.outcome.as_str() {
            "too_low" if b.amount.is_positive() => match b.interest.filter(|i| i.is_positive()) {
                // One figure, the total people would otherwise add up themselves, with its parts
                // (the worked calculation bridges it: back payment + interest = total).
                // The parts with different provenance (say, interest UWV decided on a back payment
                // Helder calculated): each part its own sentence, so each amount its own word,
                // then the total, whose provenance is the weakest of them.
                Some(interest) if provenance_differs(w, &["/backpay/amount", "/backpay/interest"]) => {
                    let total = b.amount + interest;
                    let parts = vec!["/backpay/amount".to_owned(), "/backpay/interest".to_owned()];
                    out.push(w.say(
                        if paid.is_some() { "summary-money-backpay-paid" } else { "summary-money-backpay" },
                        with_date(vec![("amount", euro(b.amount, "/backpay/amount"))]),
                    )?);
                    out.push(w.say(
                        if paid.is_some() { "summary-money-interest-paid" } else { "summary-money-interest" },
                        vec![("interest", euro(interest, "/backpay/interest"))],
                    )?);
                    out.push(w.say("summary-money-backpay-sum", vec![("total", Arg::Euro(total, Cite::Sum(parts)))])?);
                }
                Some(interest) => {
                    let total = b.amount + interest;
                    let parts = vec!["/backpay/amount".to_owned(), "/backpay/interest".to_owned()];
                    out.push(w.say(
                        if paid.is_some() { "summary-money-backpay-total-paid" } else { "summary-money-backpay-total" },
                        with_date(vec![
                            ("total", Arg::Euro(total, Cite::Sum(parts))),
                            ("amount", euro(b.amount, "/backpay/amount")),
                            ("interest", euro(interest, "/backpay/interest")),
                        ]),
                    )?);
                }
                None => out.push(w.say(
                    if paid.is_some() { "summary-money-backpay-paid" } else { "summary-money-backpay" },
                    with_date(vec![("amount", euro(b.amount, "/backpay/amount"))]),
                )?),
            },
            "too_high" if b.to_repay.is_positive() => out
                .push(w.say("summary-money-backpay-repay", vec![("to_repay", euro(b.to_repay, "/backpay/to_repay"))])?),
            "too_high" if b.not_reclaimed.is_positive() => out.push(w.say(
                "summary-money-not-reclaimed",
                vec![("amount", euro(b.not_reclaimed, "/backpay/not_reclaimed"))],
            )?),
            _ => {}
        }
    }
    if let Some(p) = r.penalty.as_ref().filter(|p| p.owed && p.amount.is_positive()) {
        let last = Arg::Date(penalty_last_day(p), Cite::Law("Awb 4:17 lid 1"));
        if p.running {
            // The amount on the calculation date, and the day it stops at the latest: never "now",
            // which a reader months later takes for today.
            out.push(w.say(
                "summary-money-penalty-running",
                vec![
                    ("as_of", Arg::Date(r.as_of, Cite::Fact)),
                    ("amount", euro(p.amount, "/penalty/amount")),
                    ("maximum", Arg::Euro(Euro::cents(PENALTY_MAXIMUM_CENTS), Cite::Law("Awb 4:17 lid 2"))),
                    ("last", last),
                ],
            )?);
        } else if decision(r).is_none() {
            // Undecided, and the 42 days are over: it stopped at its maximum.
            out.push(w.say(
                "summary-money-penalty-maximum",
                vec![("amount", euro(p.amount, "/penalty/amount")), ("last", last)],
            )?);
        } else {
            out.push(w.say("summary-money-penalty", vec![("amount", euro(p.amount, "/penalty/amount"))])?);
        }
    }
    let granted = decision(r).is_some_and(|d| d.event != "decision_refused");
    match r.benefit.as_ref().and_then(|b| b.months.iter().enumerate().next_back()) {
        Some((index, month)) if granted => out.push(w.say(
            "benefit-lead",
            vec![
                ("month", Arg::Month(month.month)),
                ("amount", euro(month.amount, &format!("/benefit/months/{index}/amount"))),
            ],
        )?),
        // Refused: say there is no benefit, unless the line is already about the advance.
        _ if decision(r).is_some_and(|d| d.event == "decision_refused") && r.waiver.is_none() => {
            out.push(w.say("benefit-lead-none", vec![])?)
        }
        _ if decision(r).is_none() && out.is_empty() => out.push(w.say("summary-money-undecided", vec![])?),
        _ => {}
    }
    Ok(out)
}

fn why(w: &mut Writer<'_>, r: &ResultDocument) -> Result<Vec<Sentence>, ExplainError> {
    let mut out = Vec::new();
    let late = r.timeline.iter().any(|e| e.event == "decision_due" && e.state == "late");
    match decision(r) {
        Some(event) => {
            let inner = w.say(&format!("event-{}", event.event), vec![])?;
            out.push(w.wrap("line-done", vec![("date", Arg::Date(event.date, Cite::Fact))], inner)?);
        }
        None if r.timeline.iter().any(|e| e.event == "apply") => out.push(w.say(
            "now-apply",
            vec![("date", Arg::Date(r.dates.application_deadline, fig("/dates/application_deadline")))],
        )?),
        None => match r.dates.decision_due {
            Some(due) if late => {
                out.push(w.say("now-assessment-late", vec![("date", Arg::Date(due, fig("/dates/decision_due")))])?)
            }
            _ => out.push(w.say("now-assessment", vec![])?),
        },
    }
    if let Some(v) = &r.waiver {
        out.push(w.say(&format!("waiver-reason-{}", v.reason), vec![])?);
    } else if let Some(b) = &r.backpay {
        if b.outcome == "correct" || correcting(r).is_some() {
            out.push(w.say(&format!("category-{}", b.category), vec![])?);
        } else {
            out.push(w.say(
                "backpay-dagloon",
                vec![
                    ("as_set", euro(b.dagloon_as_set, "/backpay/dagloon_as_set")),
                    ("corrected", euro(b.dagloon_corrected, "/dagloon/at_start")),
                ],
            )?);
        }
    } else if r.penalty.as_ref().is_some_and(|p| p.owed && p.amount.is_positive())
        && let Some(notice) = r.timeline.iter().find(|e| e.event == "notice_of_default")
    {
        let cite = Cite::Input { figure: "/penalty/start".into(), name: "notice_of_default" };
        out.push(w.say("summary-why-penalty", vec![("date", Arg::Date(notice.date, cite))])?);
    }
    Ok(out)
}

fn next(w: &mut Writer<'_>, r: &ResultDocument) -> Result<Vec<Sentence>, ExplainError> {
    let as_of = || Arg::Date(r.as_of, Cite::Fact);
    if let Some(step) = correcting(r) {
        let step = w.text(&format!("step-{step}"))?;
        return Ok(vec![w.say("summary-next-correction", vec![("date", as_of()), ("step", Arg::Text(step))])?]);
    }
    if let Some(p) = r.penalty.as_ref().filter(|p| p.owed && p.amount.is_positive() && decision(r).is_none()) {
        let start = Arg::Date(p.start, fig("/penalty/start"));
        let last = Arg::Date(penalty_last_day(p), Cite::Law("Awb 4:17 lid 1"));
        let id = if p.running { "summary-next-penalty" } else { "summary-next-penalty-maximum" };
        return Ok(vec![w.say(id, vec![("date", start), ("last", last)])?]);
    }
    // The first dated step still to come that UWV or the law takes (the client's own steps are
    // what they must do; a right that begins only if UWV grants it is no next step).
    let upcoming = r.timeline.iter().find(|e| {
        e.state == "next"
            && e.actor == "uwv"
            && !matches!(crate::timeline::state(r, e), "pending" | "not_begun")
            && e.event != "tax_compensation_claim"
    });
    if let Some(event) = upcoming {
        let state = crate::timeline::state(r, event);
        let id = [format!("event-{}-{state}", event.event), format!("event-{}", event.event)]
            .into_iter()
            .find(|id| w.has(id))
            .unwrap_or_default();
        let inner = w.say(&id, vec![])?;
        let cite = match &*event.event {
            "decision_due" => fig("/dates/decision_due"),
            "notice_due" => fig("/dates/notice_due"),
            _ => Cite::Fact,
        };
        return Ok(vec![w.wrap("line-next", vec![("date", Arg::Date(event.date, cite))], inner)?]);
    }
    if let Some(sentence) = next_about_money(w, r)? {
        return Ok(vec![sentence]);
    }
    let running = decision(r).is_some_and(|d| d.event != "decision_refused") && r.benefit.is_some();
    if running {
        // The next date the law gives a running benefit: its half-yearly indexation.
        let date = Arg::Date(next_indexation(r.as_of), Cite::Law("WIA 14"));
        return Ok(vec![w.say("summary-next-running", vec![("date", date)])?]);
    }
    Ok(vec![w.say("summary-next-none", vec![("date", as_of())])?])
}

/// What happens next to money already owed, with the date the law gives: a penalty that ended
/// is set by UWV within two weeks of its last day (Awb 4:18) and paid within six weeks of that
/// decision (Awb 4:87); an amount to pay back waits for UWV's decision, for which the law gives
/// no date (said in words).
fn next_about_money(w: &mut Writer<'_>, r: &ResultDocument) -> Result<Option<Sentence>, ExplainError> {
    let passed = |date: NaiveDate| date < r.as_of;
    if let Some(p) = r.penalty.as_ref().filter(|p| p.owed && p.amount.is_positive() && !p.running) {
        let letter = r.decisions.iter().find(|d| d.kind == "penalty");
        let sentence = match letter {
            Some(letter) => {
                let due = add_days(letter.date, PAYMENT_DAYS);
                w.say(
                    if passed(due) { "summary-next-penalty-pay-passed" } else { "summary-next-penalty-pay" },
                    vec![
                        ("decided", Arg::Date(letter.date, Cite::Fact)),
                        ("date", Arg::Date(due, Cite::Law("Awb 4:87"))),
                    ],
                )?
            }
            None => {
                let due = add_days(penalty_last_day(p), PENALTY_DECISION_DAYS);
                w.say(
                    if passed(due) { "summary-next-penalty-decision-passed" } else { "summary-next-penalty-decision" },
                    vec![("date", Arg::Date(due, Cite::Law("Awb 4:18")))],
                )?
            }
        };
        return Ok(Some(sentence));
    }
    let settled = r.decisions.iter().any(|d| d.kind == "advance_settlement");
    if r.waiver.as_ref().is_some_and(|v| v.still_open.is_positive()) && !settled {
        return Ok(Some(w.say("summary-next-repay-wait", vec![])?));
    }
    Ok(None)
}

fn todo(w: &mut Writer<'_>, r: &ResultDocument) -> Result<Vec<Sentence>, ExplainError> {
    let mut out = Vec::new();
    let has = |code: &str, state: &str| r.timeline.iter().any(|e| e.event == code && e.state == state);
    if has("application_deadline", "late") {
        out.push(w.say("late-application-action", vec![])?);
    } else if has("application_deadline", "next") {
        let date = Arg::Date(r.dates.application_deadline, fig("/dates/application_deadline"));
        out.push(w.say("summary-todo-apply", vec![("date", date)])?);
    }
    let notice_sent = r.timeline.iter().any(|e| e.event == "notice_of_default");
    if has("decision_due", "late") && !notice_sent {
        out.push(w.say("late-decision-action", vec![])?);
        out.push(w.say("summary-todo-notice-when", vec![])?);
    }
    for (index, letter) in r.decisions.iter().enumerate().filter(|(_, d)| d.objection_open) {
        let deadline = Arg::Date(letter.objection_deadline, fig(format!("/decisions/{index}/objection_deadline")));
        out.push(w.say(
            "summary-todo-objection",
            vec![
                ("decided", Arg::Date(letter.date, Cite::Fact)),
                ("reference", Arg::Text(letter.reference.clone())),
                ("date", deadline),
            ],
        )?);
    }
    let settlement = r.decisions.iter().find(|d| d.kind == "advance_settlement");
    if let Some(v) = r.waiver.as_ref().filter(|v| v.still_open.is_positive()) {
        let open = euro(v.still_open, "/waiver/still_open");
        out.push(match settlement {
            Some(letter) => w.say(
                "summary-todo-repay-letter",
                vec![
                    ("open", open),
                    ("date", Arg::Date(letter.date, Cite::Fact)),
                    ("due", Arg::Date(add_days(letter.date, PAYMENT_DAYS), Cite::Law("Awb 4:87"))),
                ],
            )?,
            None => w.say("summary-todo-repay-wait", vec![("open", open)])?,
        });
    }
    if let Some(b) = r.backpay.as_ref().filter(|b| b.outcome == "too_high" && b.to_repay.is_positive()) {
        out.push(w.say("summary-todo-repay-wait", vec![("open", euro(b.to_repay, "/backpay/to_repay"))])?);
    }
    if let Some(v) = r.waiver.as_ref().filter(|v| v.tax_compensation_possible) {
        let years: Vec<String> = v.tax_years.iter().map(i32::to_string).collect();
        // Documented only for refunds through 2022 (HERSTEL-2021): later, say it is uncertain,
        // as the waiver card does.
        let id = if crate::sections::tax_compensation_documented(w) {
            "summary-todo-tax"
        } else {
            "summary-todo-tax-uncertain"
        };
        out.push(w.say(id, vec![("years", Arg::Text(w.list(&years)?))])?);
    }
    if out.is_empty() {
        let waiting = decision(r).is_none() || correcting(r).is_some();
        out.push(w.say(if waiting { "summary-todo-wait" } else { "summary-todo-nothing" }, vec![])?);
    }
    Ok(out)
}

#[cfg(test)]
pub(crate) mod tests;
