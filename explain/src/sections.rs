//! The sections of an explanation, each named after the domain word it explains. Each opens
//! with the sentence that matters most, then short paragraphs; each ends with its sources.

use helder_core::Euro;
use helder_core::contract::{ResultDocument, TimelineEvent};

use crate::assumptions::{citing, lines_of};
use crate::writer::{Arg, Cite, Writer, fig};
use crate::{ExplainError, Section, Sentence, Step};

type Paragraphs = Vec<Vec<Sentence>>;

/// The fixed maximum penalty of Awb 4:17 lid 2, shown before a penalty exists.
const PENALTY_MAXIMUM_CENTS: i64 = 144_200;

/// The status section's sentences in parts: actions, timeline steps, notes.
pub struct Overview {
    pub actions: Vec<Sentence>,
    pub timeline: Vec<Step>,
    pub notes: Vec<Sentence>,
}

/// The sections, and the status section's parts (written with it).
pub fn all(w: &mut Writer<'_>, r: &ResultDocument) -> Result<(Vec<Section>, Overview), ExplainError> {
    w.sources()?; // start every section with an empty source list
    let (status, overview) = status(w, r)?;
    let mut sections = vec![status];
    for section in [dagloon(w, r)?, benefit(w, r)?, advance(w, r)?, waiver(w, r)?, backpay(w, r)?, penalty(w, r)?] {
        sections.extend(section);
    }
    Ok((sections, overview))
}

fn finish(w: &mut Writer<'_>, id: &str, lead: Sentence, mut paragraphs: Paragraphs) -> Result<Section, ExplainError> {
    paragraphs.retain(|p| !p.is_empty());
    let all: Vec<&Sentence> = std::iter::once(&lead).chain(paragraphs.iter().flatten()).collect();
    let notes = w.estimate_notes(&all)?;
    if !notes.is_empty() {
        paragraphs.push(notes);
    }
    Ok(Section {
        id: id.to_owned(),
        title: w.text(&format!("title-{id}"))?,
        lead,
        paragraphs,
        sources: w.sources()?,
        worked: Vec::new(),
    })
}

fn euro(amount: Euro, path: &str) -> Arg {
    Arg::Euro(amount, fig(path))
}

/// Merges an inner sentence (already rendered) into a wrapper message's sentence.
fn wrap(
    w: &mut Writer<'_>,
    id: &str,
    args: Vec<(&'static str, Arg)>,
    inner: Sentence,
) -> Result<Sentence, ExplainError> {
    w.wrap(id, args, inner)
}

/// Who stands behind the figures at `figures` (JSON pointers): for each one UWV decided, the
/// letter (and, when Helder calculates another amount, both amounts, the difference, the line it
/// comes from and what the client can do by when); when UWV decided none of them, that Helder
/// calculated them and whether UWV has decided yet (`undecided`) or Helder knows of no letter
/// (`None`: say nothing then, for a figure inside a section whose lead already said it).
fn provenance(
    w: &mut Writer<'_>,
    r: &ResultDocument,
    figures: &[&str],
    undecided: Option<bool>,
) -> Result<Vec<Sentence>, ExplainError> {
    let mut out = Vec::new();
    for figure in figures {
        for (index, decision) in r.decisions.iter().enumerate() {
            for (inner, amount) in decision.amounts.iter().enumerate() {
                if amount.figure != *figure {
                    continue;
                }
                let decided = format!("/decisions/{index}/amounts/{inner}/decided");
                let date = || Arg::Date(decision.date, Cite::Input { figure: decided.clone(), name: "decision_date" });
                let reference = || Arg::Text(decision.reference.clone());
                let (Some(calculated), Some(difference), Some(false)) =
                    (amount.calculated, amount.difference, amount.agrees)
                else {
                    out.push(w.say("provenance-decided", vec![("date", date()), ("reference", reference())])?);
                    if amount.agrees == Some(true) {
                        out.push(w.say("provenance-checked", vec![])?);
                    }
                    continue;
                };
                out.push(w.say(
                    "differ-decided",
                    vec![("date", date()), ("reference", reference()), ("decided", euro(amount.decided, &decided))],
                )?);
                out.push(w.say("differ-calculated", vec![("calculated", euro(calculated, figure))])?);
                let line = w.line_of(figure).map(|line| line.id.clone()).unwrap_or_default();
                let id = if difference.is_negative() { "differ-higher" } else { "differ-lower" };
                out.push(w.say(
                    id,
                    vec![
                        ("difference", euro(difference, &format!("/decisions/{index}/amounts/{inner}/difference"))),
                        ("line", Arg::Text(line.clone())),
                    ],
                )?);
                let deadline =
                    Arg::Date(decision.objection_deadline, fig(format!("/decisions/{index}/objection_deadline")));
                if decision.objection_open {
                    out.push(w.say("objection-open", vec![("date", deadline)])?);
                    out.push(w.say("objection-how", vec![("line", Arg::Text(line))])?);
                } else {
                    out.push(w.say("objection-closed", vec![("date", deadline)])?);
                    // Awb 4:6: after the objection term, a request to reconsider.
                    w.cite_source("Awb 4:6");
                }
            }
        }
    }
    if let (true, Some(undecided)) = (out.is_empty(), undecided) {
        // A figure resting on an estimate (a what-if, or a parameter of confidence E) says so.
        let estimate = figures
            .iter()
            .any(|figure| w.line_of(figure).is_some_and(|line| line.provenance.as_deref() == Some("estimate")));
        let id = match (estimate, undecided) {
            (true, true) => "provenance-estimate-undecided",
            (true, false) => "provenance-estimate-unknown",
            (false, true) => "provenance-undecided",
            (false, false) => "provenance-unknown",
        };
        out.push(w.say(id, vec![])?);
    }
    Ok(out)
}

/// True when UWV has decided the WIA claim (the timeline has the decision).
fn claim_decided(r: &ResultDocument) -> bool {
    r.timeline.iter().any(|e| e.event.starts_with("decision_") && e.event != "decision_due")
}

// §8 — where the case stands.
fn status(w: &mut Writer<'_>, r: &ResultDocument) -> Result<(Section, Overview), ExplainError> {
    let now = r.timeline.iter().find(|e| e.state == "now");
    let late_decision = r.timeline.iter().any(|e| e.event == "decision_due" && e.state == "late");
    let lead = match now.map(|e| &*e.event) {
        Some("apply") => w.say(
            "now-apply",
            vec![("date", Arg::Date(r.dates.application_deadline, fig("/dates/application_deadline")))],
        )?,
        Some("assessment") => match r.dates.decision_due {
            Some(due) if late_decision => {
                w.say("now-assessment-late", vec![("date", Arg::Date(due, fig("/dates/decision_due")))])?
            }
            _ => w.say("now-assessment", vec![])?,
        },
        Some("repay") => match &r.waiver {
            Some(waiver) => w.say("now-repay", vec![("amount", euro(waiver.still_open, "/waiver/still_open"))])?,
            None => w.say("now-assessment", vec![])?,
        },
        Some("closed") => w.say("now-closed", vec![])?,
        Some(code) if code.starts_with("correction_") => w.say("now-correction", vec![])?,
        _ => match r.benefit.as_ref().and_then(|b| b.months.iter().enumerate().next_back()) {
            Some((index, month)) => w.say(
                "now-running",
                vec![
                    ("month", Arg::Month(month.month)),
                    ("amount", euro(month.amount, &format!("/benefit/months/{index}/amount"))),
                ],
            )?,
            // Decided, but without the wage facts there is no amount to show.
            None => match r.timeline.iter().find(|e| e.event.starts_with("decision_") && e.event != "decision_due") {
                Some(decision) => w.say(&format!("event-{}", decision.event), vec![])?,
                None => w.say("now-assessment", vec![])?,
            },
        },
    };

    let mut lines = Vec::new();
    let mut actions = Vec::new();
    let mut steps = Vec::new();
    let step = |event: &TimelineEvent, text: &Sentence| Step {
        date: helder_core::calendar::format_date(event.date),
        state: crate::timeline::state(r, event).to_owned(),
        actor: event.actor.to_string(),
        text: text.clone(),
    };
    for event in &r.timeline {
        if event.state == "now" {
            if let Some(correction) = event.event.strip_prefix("correction_") {
                let name = w.text(&format!("step-{correction}"))?;
                let line = w.say("event-correction", vec![("step", Arg::Text(name))])?;
                steps.push(step(event, &line));
                lines.push(line);
            } else {
                // Where the case is now is what the lead says.
                steps.push(step(event, &lead));
            }
            continue;
        }
        let id = if event.event == "tax_compensation_claim" && !tax_compensation_documented(w) {
            // Documented only for refunds through 2022 (HERSTEL-2021): say it is uncertain.
            "event-tax_compensation_claim-uncertain".to_owned()
        } else {
            event_message(w, r, event)
        };
        let inner = w.say(&id, vec![])?;
        steps.push(step(event, &inner));
        if event.event == "tax_compensation_claim" {
            // A possibility, not a deadline: no date in front.
            lines.push(inner);
            continue;
        }
        let date = Arg::Date(event.date, event_cite(r, event));
        let line = match &*event.state {
            "late" => wrap(w, "line-late", vec![("date", date)], inner)?,
            "next" => wrap(w, "line-next", vec![("date", date)], inner)?,
            _ => wrap(w, "line-done", vec![("date", date)], inner)?,
        };
        lines.push(line);
        // After a loonsanctie, when UWV is late is Helder's reading of the law: say so.
        if event.event == "decision_due"
            && let Some(due) = w.line_of("/dates/decision_due").filter(|l| l.rule == "decision_due_after_loonsanctie")
        {
            let id = due.id.clone();
            let said =
                w.say("decision-due-loonsanctie", vec![("date", Arg::Date(event.date, fig("/dates/decision_due")))])?;
            lines.push(citing(w, r, said, [id]));
        }
        // Once the client has sent a notice of default, the penalty section says what runs.
        let notice_sent = r.timeline.iter().any(|e| e.event == "notice_of_default");
        if event.state == "late" && event.event == "decision_due" && !notice_sent {
            actions.push(w.say("late-decision-action", vec![])?);
            let maximum = Euro::cents(PENALTY_MAXIMUM_CENTS);
            actions.push(
                w.say("late-decision-penalty", vec![("maximum", Arg::Euro(maximum, Cite::Law("Awb 4:17 lid 2")))])?,
            );
        }
        if event.state == "late" && event.event == "application_deadline" {
            actions.push(w.say("late-application-action", vec![])?);
        }
    }
    // What UWV told the client that differs from Helder's figure: both, and what to do.
    let mut told = Vec::new();
    for (index, contact) in r.contacts.iter().enumerate().filter(|(_, c)| c.contradicts) {
        let (Some(amount), Some(figure), Some(calculated), Some(difference)) =
            (contact.amount, &contact.figure, contact.calculated, contact.difference)
        else {
            continue;
        };
        let line = format!("/contacts/{index}/difference");
        told.push(w.say(
            &format!("contact-told-{}", contact.kind),
            vec![
                ("date", Arg::Date(contact.date, Cite::Fact)),
                ("told", Arg::Euro(amount, Cite::Input { figure: line.clone(), name: "amount_told" })),
            ],
        )?);
        told.push(w.say(
            "contact-differs",
            vec![("calculated", euro(calculated, figure)), ("difference", euro(difference, &line))],
        )?);
    }
    if !told.is_empty() {
        // Holding what UWV told against the calculation is Helder's decision: this states it.
        let ask = w.say("contact-ask", vec![])?;
        told.push(citing(w, r, ask, lines_of(r, "told_difference")));
    }
    // `finish` keeps the non-empty paragraphs and may add a note after them.
    let kept = usize::from(!actions.is_empty()) + usize::from(!lines.is_empty()) + usize::from(!told.is_empty());
    let section = finish(w, "status", lead, vec![actions.clone(), lines, told])?;
    let notes = section.paragraphs.get(kept).cloned().unwrap_or_default();
    Ok((section, Overview { actions, timeline: steps, notes }))
}

/// `event-<code>-<state>` when the wording depends on the state as a person reads it
/// (`timeline::state`), else on core's state, else `event-<code>`.
fn event_message(w: &Writer<'_>, r: &ResultDocument, event: &TimelineEvent) -> String {
    [crate::timeline::state(r, event), &*event.state]
        .iter()
        .map(|state| format!("event-{}-{state}", event.event))
        .find(|id| w.has(id))
        .unwrap_or_else(|| format!("event-{}", event.event))
}

/// The result figure an event's date is, when it is one; else a fact of the case.
fn event_cite(r: &ResultDocument, event: &TimelineEvent) -> Cite {
    let path = match &*event.event {
        "notice_due" => "/dates/notice_due",
        "application_deadline" => "/dates/application_deadline",
        "decision_due" => "/dates/decision_due",
        "benefit_start" => "/dates/benefit_start",
        "penalty_start" if r.penalty.is_some() => "/penalty/start",
        "objection_deadline" => {
            return match r.decisions.iter().position(|d| d.objection_deadline == event.date) {
                Some(index) => fig(format!("/decisions/{index}/objection_deadline")),
                None => Cite::Fact,
            };
        }
        _ => return Cite::Fact,
    };
    fig(path)
}

// §2 — the daily wage.
fn dagloon(w: &mut Writer<'_>, r: &ResultDocument) -> Result<Option<Section>, ExplainError> {
    let Some(d) = &r.dagloon else { return Ok(None) };
    if r.benefit.as_ref().is_some_and(|b| b.outcome == "refused") {
        // A refused claim has no benefit for the dagloon to be the basis of.
        return Ok(None);
    }
    // The dagloon of the start: later months have their own, raised one (the benefit card).
    let lead = w.say(
        "dagloon-lead",
        vec![
            ("date", Arg::Date(r.dates.benefit_start, fig("/dates/benefit_start"))),
            ("amount", euro(d.at_start, "/dagloon/at_start")),
        ],
    )?;
    let who = provenance(w, r, &["/dagloon/at_start"], Some(!claim_decided(r)))?;
    let period = |name| Cite::Input { figure: "/dagloon/wageless_months".into(), name };
    let mut how = vec![w.say(
        "dagloon-period",
        vec![
            ("from", Arg::Date(d.reference_from, period("reference_from"))),
            ("to", Arg::Date(d.reference_to, period("reference_to"))),
        ],
    )?];
    if d.reference_period_assumed {
        how.push(w.say("dagloon-monthly-payroll", vec![])?);
    }
    how.push(w.say("dagloon-total", vec![("total", euro(d.wage_total, "/dagloon/wage_total"))])?);
    how.push(w.say(
        "dagloon-divisor",
        vec![
            ("divisor", Arg::Count(i64::from(d.divisor), fig("/dagloon/divisor"))),
            ("uncapped", euro(d.uncapped, "/dagloon/uncapped")),
        ],
    )?);
    let mut wageless = Vec::new();
    if !d.wageless_months.is_empty() {
        let months = d.wageless_months.iter().map(|m| w.month(*m)).collect::<Result<Vec<_>, _>>()?;
        wageless.push(w.say(
            "dagloon-wageless",
            vec![
                ("count", Arg::Count(d.wageless_months.len() as i64, Cite::Fact)),
                ("months", Arg::Text(w.list(&months)?)),
            ],
        )?);
        wageless.push(w.say("dagloon-wageless-rule", vec![])?);
    }
    let mut after = Vec::new();
    if d.uncapped_at_start != d.uncapped {
        after.push(
            w.say("dagloon-indexed", vec![("indexed", euro(d.uncapped_at_start, "/dagloon/uncapped_at_start"))])?,
        );
    }
    if d.capped {
        after.push(w.say("dagloon-capped", vec![("maximum", euro(d.maximum_at_start, "/dagloon/maximum_at_start"))])?);
    }
    after.push(
        w.say("dagloon-maandloon", vec![("maandloon", euro(d.maandloon_at_start, "/dagloon/maandloon_at_start"))])?,
    );
    let rounding = vec![w.say("dagloon-rounding", vec![])?];
    finish(w, "dagloon", lead, vec![who, how, wageless, after, rounding]).map(Some)
}

// §3 — the benefit per month.
fn benefit(w: &mut Writer<'_>, r: &ResultDocument) -> Result<Option<Section>, ExplainError> {
    let Some(b) = &r.benefit else { return Ok(None) };
    let last = b.months.iter().enumerate().next_back();
    let lead_figure = last.map(|(index, _)| format!("/benefit/months/{index}/amount"));
    let lead = match last {
        Some((index, month)) if b.outcome != "refused" => w.say(
            "benefit-lead",
            vec![
                ("month", Arg::Month(month.month)),
                ("amount", euro(month.amount, &format!("/benefit/months/{index}/amount"))),
            ],
        )?,
        _ => {
            let lead = w.say("benefit-lead-none", vec![])?;
            return finish(w, "benefit", lead, vec![]).map(Some);
        }
    };
    let who = match &lead_figure {
        Some(figure) => provenance(w, r, &[figure.as_str()], Some(!claim_decided(r)))?,
        None => Vec::new(),
    };
    let has = |kind: &str| b.months.iter().any(|m| m.kind == kind);
    let mut kind =
        vec![w.say("benefit-start", vec![("date", Arg::Date(r.dates.benefit_start, fig("/dates/benefit_start")))])?];
    if has("iva") {
        kind.push(w.say("benefit-iva", vec![])?);
    }
    // The percentages are of the maandloon of the month shown, raised since the start: name it.
    if let (Some((index, month)), Some(d)) = (last, &r.dagloon)
        && month.maandloon != d.maandloon_at_start
        && !month.maandloon.is_zero()
    {
        let cite = Cite::Input { figure: format!("/benefit/months/{index}/amount"), name: "maandloon" };
        kind.push(w.say(
            "benefit-maandloon-month",
            vec![
                ("month", Arg::Month(month.month)),
                ("maandloon", Arg::Euro(month.maandloon, cite)),
                ("start", euro(d.maandloon_at_start, "/dagloon/maandloon_at_start")),
            ],
        )?);
    }
    if has("lgu") {
        kind.push(w.say("benefit-lgu", vec![])?);
        if let Some(end) = b.lgu_end {
            kind.push(w.say("benefit-lgu-after", vec![("date", Arg::Date(end, fig("/benefit/lgu_end")))])?);
        }
    }
    if has("lau") {
        kind.push(w.say("benefit-lau", vec![])?);
    }
    if has("vvu") {
        kind.push(w.say("benefit-vvu", vec![])?);
    }
    // Every month (of this schedule or the correction's) whose vervolguitkering rests on the
    // missing remaining earning capacity: Helder's calculation, not UWV's decision.
    let assumed = lines_of(r, "benefit_vvu_assumed");
    if !assumed.is_empty() {
        let said = w.say("benefit-vvu-assumption", vec![])?;
        kind.push(citing(w, r, said, assumed));
    }
    let mut notes = Vec::new();
    if b.months.iter().any(|m| m.income.is_positive()) {
        notes.push(w.say("benefit-income", vec![])?);
    }
    notes.push(w.say("benefit-gross", vec![])?);
    notes.push(w.say("benefit-holiday", vec![])?);
    finish(w, "benefit", lead, vec![who, kind, notes]).map(Some)
}

// §4 — the advance and its settlement.
fn advance(w: &mut Writer<'_>, r: &ResultDocument) -> Result<Option<Section>, ExplainError> {
    let Some(a) = &r.advance else { return Ok(None) };
    let lead = w.say("advance-lead", vec![("paid", euro(a.paid_total, "/advance/paid_total"))])?;
    let (Some(entitled), Some(over), Some(under)) = (a.entitled_total, a.overpayment, a.underpayment) else {
        let unsettled = vec![w.say("advance-unsettled", vec![])?];
        return finish(w, "advance", lead, vec![unsettled]).map(Some);
    };
    let who = provenance(w, r, &["/advance/overpayment"], Some(false))?;
    let mut settlement =
        vec![w.say("advance-entitled", vec![("entitled", euro(entitled, "/advance/entitled_total"))])?];
    settlement.push(if over.is_positive() {
        w.say("advance-over", vec![("over", euro(over, "/advance/overpayment"))])?
    } else if under.is_positive() {
        w.say("advance-under", vec![("under", euro(under, "/advance/underpayment"))])?
    } else {
        w.say("advance-exact", vec![])?
    });
    let mut parts = Vec::new();
    if let Some(ww) = a.ww_offset.filter(|ww| ww.is_positive()) {
        parts.push(w.say("advance-ww", vec![("ww", euro(ww, "/advance/ww_offset"))])?);
    }
    if let Some(income) = a.income_part.filter(|i| i.is_positive()) {
        parts.push(w.say("advance-income", vec![("income", euro(income, "/advance/income_part"))])?);
        let rule = w.say("advance-income-rule", vec![])?;
        parts.push(citing(w, r, rule, lines_of(r, "income_part")));
    }
    finish(w, "advance", lead, vec![settlement, who, parts]).map(Some)
}

// §5 — the waiver and refund.
fn waiver(w: &mut Writer<'_>, r: &ResultDocument) -> Result<Option<Section>, ExplainError> {
    let Some(v) = &r.waiver else { return Ok(None) };
    let (lead, lead_figure) = if v.still_open.is_positive() {
        (w.say("waiver-lead-open", vec![("open", euro(v.still_open, "/waiver/still_open"))])?, "/waiver/to_repay")
    } else if v.refund.is_positive() {
        (w.say("waiver-lead-refund", vec![("refund", euro(v.refund, "/waiver/refund"))])?, "/waiver/refund")
    } else if v.to_repay.is_positive() {
        (w.say("waiver-lead-paid", vec![])?, "/waiver/to_repay")
    } else {
        (w.say("waiver-lead-nothing", vec![])?, "/waiver/to_repay")
    };
    let who = provenance(w, r, &[lead_figure], Some(false))?;
    let mut why = Vec::new();
    if v.waived.is_positive() {
        why.push(w.say("waiver-waived", vec![("waived", euro(v.waived, "/waiver/waived"))])?);
        if lead_figure != "/waiver/waived" {
            why.extend(provenance(w, r, &["/waiver/waived"], None)?);
        }
    }
    why.push(w.say(&format!("waiver-reason-{}", v.reason), vec![])?);
    why.push(w.say("waiver-policy", vec![])?);
    let mut repay = Vec::new();
    if v.to_repay.is_positive() {
        let id = if v.applies && v.reason != "promised" { "waiver-to-repay" } else { "waiver-to-repay-plain" };
        repay.push(w.say(id, vec![("to_repay", euro(v.to_repay, "/waiver/to_repay"))])?);
    }
    if let Some(ww) = r.advance.as_ref().and_then(|a| a.ww_offset).filter(|ww| ww.is_positive()) {
        repay.push(w.say("waiver-ww-part", vec![("ww", euro(ww, "/advance/ww_offset"))])?);
    }
    let mut refund = Vec::new();
    if v.already_repaid.is_positive() {
        refund.push(w.say("waiver-repaid", vec![("repaid", euro(v.already_repaid, "/waiver/already_repaid"))])?);
    }
    if v.refund.is_positive() {
        refund.push(w.say("waiver-refund", vec![("refund", euro(v.refund, "/waiver/refund"))])?);
    }
    let mut tax = Vec::new();
    if v.tax_compensation_possible {
        tax.push(w.say("waiver-tax", vec![])?);
        let years: Vec<String> = v.tax_years.iter().map(i32::to_string).collect();
        tax.push(w.say("waiver-tax-years", vec![("years", Arg::Text(w.list(&years)?))])?);
        let id = if tax_compensation_documented(w) { "waiver-tax-claim" } else { "waiver-tax-claim-uncertain" };
        let claim = w.say(id, vec![])?;
        tax.push(citing(w, r, claim, lines_of(r, "tax_compensation")));
    }
    let mut plan = Vec::new();
    if v.still_open.is_positive() {
        plan.push(w.say("waiver-plan", vec![])?);
    }
    let mut route = Vec::new();
    if let Some(code) = &v.route {
        route.push(w.say(&format!("waiver-route-{code}"), vec![])?);
        let rule = w.say("waiver-route-rule", vec![])?;
        route.push(citing(w, r, rule, lines_of(r, "waiver_route")));
    }
    finish(w, "waiver", lead, vec![who, why, repay, refund, tax, plan, route]).map(Some)
}

// §6 — the dagloon correction and back payment.
fn backpay(w: &mut Writer<'_>, r: &ResultDocument) -> Result<Option<Section>, ExplainError> {
    let Some(b) = &r.backpay else { return Ok(None) };
    let lead = match b.outcome.as_str() {
        "too_low" => match crate::timeline::back_payment_paid(r) {
            // Paid: the past tense and the day, as the timeline and the first screen say it.
            Some(date) => w.say(
                "backpay-lead-too_low-paid",
                vec![("amount", euro(b.amount, "/backpay/amount")), ("date", Arg::Date(date, Cite::Fact))],
            )?,
            None => w.say("backpay-lead-too_low", vec![("amount", euro(b.amount, "/backpay/amount"))])?,
        },
        "too_high" if b.to_repay.is_positive() => {
            w.say("backpay-lead-too_high-repay", vec![("to_repay", euro(b.to_repay, "/backpay/to_repay"))])?
        }
        outcome => w.say(&format!("backpay-lead-{outcome}"), vec![])?,
    };
    let lead_figure =
        if b.outcome == "too_high" && b.to_repay.is_positive() { "/backpay/to_repay" } else { "/backpay/amount" };
    // UWV decided the correction (the case says so) but its letter's amounts are not in the
    // case: say that, not that Helder knows of no decision, beside "UWV heeft een besluit genomen".
    let mut who = provenance(w, r, &[lead_figure], None)?;
    if who.is_empty() {
        who = match (b.decided, w.line_of(lead_figure).is_some_and(|l| l.provenance.as_deref() == Some("estimate"))) {
            (true, false) => vec![w.say("provenance-letter-unknown", vec![])?],
            (true, true) => vec![w.say("provenance-estimate-letter-unknown", vec![])?],
            (false, _) => provenance(w, r, &[lead_figure], Some(true))?,
        };
    }
    // "No reason" means no check follows: there is no step to report.
    let checked = b.category != "no_reason";
    let mut progress = Vec::new();
    if checked && !b.decided {
        let step = w.text(&format!("step-{}", b.step))?;
        progress.push(w.say("backpay-step", vec![("step", Arg::Text(step))])?);
    }
    if checked {
        progress.push(w.say(&format!("step-{}-about", b.step), vec![])?);
    }
    let mut category = vec![w.say(&format!("category-{}", b.category), vec![])?];
    match b.category.as_str() {
        "no_reason" => category.push(w.say("category-no_reason-checked", vec![])?),
        "loonloze_tijdvakken" => category.push(w.say("category-loonloze_tijdvakken-before-2020", vec![])?),
        _ => {}
    }
    let why = vec![w.say(
        "backpay-dagloon",
        vec![
            ("as_set", euro(b.dagloon_as_set, "/backpay/dagloon_as_set")),
            ("corrected", euro(b.dagloon_corrected, "/dagloon/at_start")),
        ],
    )?];
    let mut months = Vec::new();
    if let Some(first) = b.months.first() {
        months.push(w.say("backpay-months", vec![("from", Arg::Month(first.month))])?);
        if b.paid_computed {
            // The paid months are computed with a ratio of one: the assumption line says why.
            let assumed: Vec<String> = r
                .trace
                .iter()
                .filter(|line| line.inputs.iter().any(|input| input.name == "assumption"))
                .map(|line| line.id.clone())
                .collect();
            let said = w.say("backpay-paid-computed", vec![])?;
            months.push(citing(w, r, said, assumed));
        }
        months.push(w.say(
            "backpay-totals",
            vec![("paid", euro(b.paid_total, "/backpay/paid_total")), ("due", euro(b.due_total, "/backpay/due_total"))],
        )?);
    }
    let mut money = Vec::new();
    match b.outcome.as_str() {
        "too_low" => match b.interest {
            Some(interest) if interest.is_positive() => {
                money.push(w.say("backpay-interest", vec![("interest", euro(interest, "/backpay/interest"))])?);
                money.extend(provenance(w, r, &["/backpay/interest"], None)?);
            }
            Some(_) => {
                let minimum = Cite::Input { figure: "/backpay/interest".into(), name: "minimum_paid" };
                money.push(w.say("backpay-interest-none", vec![("minimum", Arg::Euro(Euro::cents(1000), minimum))])?);
            }
            None => money.push(w.say("backpay-interest-unknown", vec![])?),
        },
        "too_high" => {
            if b.not_reclaimed.is_positive() {
                money.push(
                    w.say("backpay-not-reclaimed", vec![("amount", euro(b.not_reclaimed, "/backpay/not_reclaimed"))])?,
                );
            }
            if b.to_repay.is_positive() {
                money.push(w.say("backpay-could-have-known", vec![("amount", euro(b.to_repay, "/backpay/to_repay"))])?);
            }
        }
        _ => {}
    }
    let mut next = Vec::new();
    if let (Some(amount), Some(from)) = (b.new_monthly_amount, b.new_from) {
        let date = Cite::Input { figure: "/backpay/new_monthly_amount".into(), name: "correction_date" };
        // Lowering a too-high benefit going forward awaits a decision (issue 16 item 6).
        let lowered = w.line_of("/backpay/new_monthly_amount").is_some_and(|l| l.rule == "new_monthly_amount_lowered");
        let id = match (lowered, b.decided) {
            (false, _) => "backpay-new",
            (true, false) => "backpay-new-lowered",
            (true, true) => "backpay-new-lowered-decided",
        };
        next.push(
            w.say(id, vec![("date", Arg::Date(from, date)), ("amount", euro(amount, "/backpay/new_monthly_amount"))])?,
        );
        next.extend(provenance(w, r, &["/backpay/new_monthly_amount"], None)?);
        // The new amount is that of the correction month; the indexations of 1 January and
        // 1 July raise it later, so a later month shown elsewhere differs: bridge the two.
        let later = r.benefit.as_ref().and_then(|benefit| benefit.months.iter().enumerate().next_back());
        if let Some((index, month)) = later
            && month.month > helder_core::calendar::Month::of(from)
            && month.amount != amount
        {
            next.push(w.say(
                "backpay-new-indexed",
                vec![
                    ("month", Arg::Month(month.month)),
                    ("amount", euro(month.amount, &format!("/benefit/months/{index}/amount"))),
                ],
            )?);
        }
    }
    let unknown = not_known_yet(w, r, b)?;
    finish(w, "backpay", lead, vec![who, progress, category, why, months, money, next, unknown]).map(Some)
}

/// What is not known yet about the correction, as dated statements from the one table
/// (`data/not-known-yet.json`): the latest statement per topic on or before the calculation date.
fn not_known_yet(
    w: &mut Writer<'_>,
    r: &ResultDocument,
    b: &helder_core::contract::BackpayResult,
) -> Result<Vec<Sentence>, ExplainError> {
    let mut out = Vec::new();
    for topic in crate::unknowns::topics(b) {
        if let Some(statement) = crate::unknowns::latest(topic, r.as_of)? {
            let text = statement.text(w.language()).ok_or_else(|| ExplainError::Message {
                language: w.language().to_owned(),
                id: format!("not-known-yet {topic}"),
                detail: "the statement has no text in this language".into(),
            })?;
            w.cite_source(&statement.source);
            out.push(w.say(
                "not-known-yet",
                vec![("date", Arg::Date(statement.date, Cite::Fact)), ("text", Arg::Text(text.to_owned()))],
            )?);
        }
    }
    Ok(out)
}

// §7 — the penalty for a late decision.
fn penalty(w: &mut Writer<'_>, r: &ResultDocument) -> Result<Option<Section>, ExplainError> {
    let Some(p) = &r.penalty else { return Ok(None) };
    let lead = if !p.owed {
        w.say("penalty-lead-excluded", vec![])?
    } else if p.amount.is_positive() && p.running {
        w.say("penalty-lead-running", vec![("amount", euro(p.amount, "/penalty/amount"))])?
    } else if p.amount.is_positive() {
        w.say("penalty-lead", vec![("amount", euro(p.amount, "/penalty/amount"))])?
    } else {
        w.say("penalty-lead-none", vec![])?
    };
    let who = if p.owed && p.amount.is_positive() {
        provenance(w, r, &["/penalty/amount"], Some(p.running))?
    } else {
        Vec::new()
    };
    let notice = r.timeline.iter().find(|e| e.event == "notice_of_default").map(|e| e.date);
    let mut how = Vec::new();
    if let Some(notice) = notice {
        let cite = Cite::Input { figure: "/penalty/start".into(), name: "notice_of_default" };
        how.push(w.say("penalty-notice", vec![("date", Arg::Date(notice, cite))])?);
    }
    how.push(w.say("penalty-start", vec![("date", Arg::Date(p.start, fig("/penalty/start")))])?);
    how.push(w.say("penalty-days", vec![("days", Arg::Count(i64::from(p.days), fig("/penalty/days")))])?);
    let rate = |name| Cite::Input { figure: "/penalty/amount".into(), name };
    let rates = vec![
        w.say(
            "penalty-rates",
            vec![
                ("first", Arg::Euro(Euro::cents(2300), rate("per_day_1_14"))),
                ("second", Arg::Euro(Euro::cents(3500), rate("per_day_15_28"))),
                ("third", Arg::Euro(Euro::cents(4500), rate("per_day_29_42"))),
            ],
        )?,
        w.say("penalty-maximum", vec![("maximum", Arg::Euro(Euro::cents(PENALTY_MAXIMUM_CENTS), rate("maximum")))])?,
    ];
    finish(w, "penalty", lead, vec![who, how, rates]).map(Some)
}

/// True when the refund falls inside the window in which UWV documented the tegemoetkoming
/// (the 2021-22 repair operation, through 2022); read off the trace line that flags the years.
pub(crate) fn tax_compensation_documented(w: &Writer<'_>) -> bool {
    w.line_of("/waiver/tax_years").is_some_and(|line| {
        line.inputs.iter().any(|input| input.name == "within_documented_scheme" && input.value == "true")
    })
}
