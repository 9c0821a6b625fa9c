//! The client's own letters, drafted from the result: the notice of default (ingebrekestelling,
//! Awb 4:17) while the decision is late, the objection (bezwaarschrift, Awb 6:5) while a
//! decision's term is open, and "Dit klopt niet": a request to correct a month's wage in the
//! Polis records, with core's computation of the case with the client's value as a labelled
//! estimate of what it changes.

use helder_core::Euro;
use helder_core::contract::parse_amount;
use helder_explain::Sentence;
use serde_json::Value;

use crate::writer::{Arg, Writer, cited};
use crate::{Block, Kind, Letter, LetterError, Recipient, Sources};

/// True while the decision on the claim is late: the result's timeline has the decision's due
/// date as `late` (core's `status`).
pub fn decision_is_late(result: &helder_core::ResultDocument) -> bool {
    result.timeline.iter().any(|event| event.event == "decision_due" && event.state == "late")
}

fn header(w: &Writer, sources: &Sources, reference: Option<&str>) -> Result<Vec<String>, LetterError> {
    let case = sources.result.case_id.clone();
    let sent = sources.sent.format("%Y-%m-%d").to_string();
    let mut header = vec![
        w.text("from-client", &[("case", case.clone())])?,
        w.text("to-uwv", &[])?,
        w.text("date-line", &[("date", helder_explain::date(w.language, &sent))])?,
        w.text("case-line", &[("case", case)])?,
    ];
    if let Some(reference) = reference {
        header.push(w.text("reference-line", &[("reference", reference.to_owned())])?);
    }
    Ok(header)
}

fn letter(kind: Kind, w: &Writer, header: Vec<String>, blocks: Vec<Block>) -> Result<Letter, LetterError> {
    Ok(Letter {
        kind,
        recipient: Recipient::Client,
        language: w.language.to_owned(),
        title: w.text(&format!("title-{}", kind.code()), &[])?,
        header,
        salutation: w.text("salutation", &[])?,
        blocks,
        closing: w.text("closing-client", &[])?,
    })
}

/// The notice of default, sent on `sources.sent`: the penalty runs from two weeks after the
/// later of the decision's due date and the notice (Awb 4:17 lid 3, core's `penalty_start`).
pub fn notice_of_default(sources: &Sources) -> Result<Letter, LetterError> {
    let due = match &sources.result.dates.decision_due {
        Some(due) if decision_is_late(sources.result) => *due,
        _ => return Err(LetterError::NotApplicable(Kind::NoticeOfDefault.code())),
    };
    let w = Writer::new(&sources.explanation.language, sources.result, "client")?;
    let start = helder_core::penalty::penalty_start(due, sources.sent).format("%Y-%m-%d").to_string();
    let sentences = vec![
        w.say("notice-decision-due", vec![("due", Arg::Date("/dates/decision_due".into()))])?,
        w.say("notice-default", vec![])?,
        w.say(
            "notice-penalty",
            vec![(
                "start",
                Arg::Cited(helder_explain::date(w.language, &start), cited(start, "penalty_start", None, None)),
            )],
        )?,
        w.say("notice-ask", vec![])?,
    ];
    let header = header(&w, sources, None)?;
    letter(Kind::NoticeOfDefault, &w, header, vec![Block { heading: None, paragraphs: vec![sentences] }])
}

/// The objection to the latest decision whose term is open: every amount where the decision
/// and Helder's calculation differ, and the explanation's sentences citing the `disputed` trace
/// lines.
pub fn objection(sources: &Sources, disputed: &[String]) -> Result<Letter, LetterError> {
    let result = sources.result;
    let Some((index, decision)) = result.decisions.iter().enumerate().rev().find(|(_, d)| d.objection_open) else {
        return Err(LetterError::NotApplicable(Kind::Objection.code()));
    };
    let w = Writer::new(&sources.explanation.language, result, "client")?;
    let at = |field: &str| format!("/decisions/{index}/{field}");
    let intro = vec![w.say(
        "objection-intro",
        vec![("date", Arg::Date(at("date"))), ("reference", Arg::Text(decision.reference.clone()))],
    )?];

    let mut lines = Vec::new();
    for (inner, amount) in decision.amounts.iter().enumerate() {
        if amount.agrees != Some(false) {
            continue;
        }
        lines.push(vec![w.say(
            "objection-amount",
            vec![
                ("name", Arg::Text(w.text(&format!("amount-{}", amount.name), &[])?)),
                ("decided", Arg::Euro(at(&format!("amounts/{inner}/decided")))),
                ("calculated", Arg::Euro(amount.figure.clone())),
                ("difference", Arg::Euro(at(&format!("amounts/{inner}/difference")))),
            ],
        )?]);
    }
    for trace in disputed {
        let quoted = sources.explanation.sentences().find(|s| s.traces.contains(trace));
        if let Some(quoted) = quoted {
            let mut sentence = w.say("objection-quote", vec![("line", Arg::Text(quoted.text.clone()))])?;
            sentence.traces.extend(quoted.traces.iter().cloned());
            sentence.figures.extend(quoted.figures.iter().cloned());
            lines.push(vec![sentence]);
        }
    }
    if lines.is_empty() {
        lines.push(vec![w.say("objection-none", vec![])?]);
    }
    let request = vec![
        w.say("objection-in-time", vec![("deadline", Arg::Date(at("objection_deadline")))])?,
        w.say("objection-ask", vec![])?,
    ];
    let header = header(&w, sources, Some(&decision.reference))?;
    letter(
        Kind::Objection,
        &w,
        header,
        vec![
            Block { heading: None, paragraphs: vec![intro] },
            Block { heading: Some(w.text("heading-disputed", &[])?), paragraphs: lines },
            Block { heading: Some(w.text("heading-request", &[])?), paragraphs: vec![request] },
        ],
    )
}

/// "Dit klopt niet" on the Polis wage of `month` (`YYYY-MM`): the client says it was `value`.
/// Core computes the case with that wage; its dagloon and the benefit of the result's last month
/// are shown beside the current ones as an estimate, with their difference.
pub fn correction(sources: &Sources, case_json: &str, month: &str, value: Euro) -> Result<Letter, LetterError> {
    if sources.result.dagloon.is_none() {
        return Err(LetterError::NotApplicable(Kind::Correction.code()));
    }
    let w = Writer::new(&sources.explanation.language, sources.result, "client")?;
    let (polis, estimate) = estimate(case_json, month, value)?;
    let language = w.language;
    let month_text = helder_explain::month(language, month);
    let euro = |amount: &str| helder_explain::euro(language, amount);
    let value_text = value.to_string();

    let wage = vec![
        w.say(
            "correction-wage",
            vec![
                ("month", Arg::Text(month_text.clone())),
                ("polis", Arg::Cited(euro(&polis), cited(polis.clone(), &format!("wages/{month}"), None, None))),
                ("value", Arg::Cited(euro(&value_text), cited(value_text.clone(), "client_value", None, None))),
            ],
        )?,
        w.say("correction-estimate", vec![])?,
    ];

    let mut effect = Vec::new();
    effect.push(vec![compare(&w, &estimate, "correction-dagloon", "/dagloon/at_start", "/dagloon/at_start", None)?]);
    if let Some(benefit) = &sources.result.benefit
        && let Some((index, last)) = benefit.months.iter().enumerate().next_back()
    {
        let wanted = last.month.to_string();
        let estimated_index = estimate
            .pointer("/benefit/months")
            .and_then(Value::as_array)
            .and_then(|months| months.iter().position(|m| m["month"] == wanted.as_str()));
        if let Some(estimated_index) = estimated_index {
            effect.push(vec![compare(
                &w,
                &estimate,
                "correction-benefit",
                &format!("/benefit/months/{index}/amount"),
                &format!("/benefit/months/{estimated_index}/amount"),
                Some(helder_explain::month(language, &wanted)),
            )?]);
        }
    }
    let request =
        vec![w.say("correction-ask", vec![("month", Arg::Text(month_text))])?, w.say("correction-evidence", vec![])?];
    let header = header(&w, sources, None)?;
    letter(
        Kind::Correction,
        &w,
        header,
        vec![
            Block { heading: None, paragraphs: vec![wage] },
            Block { heading: Some(w.text("heading-effect", &[])?), paragraphs: effect },
            Block { heading: Some(w.text("heading-request", &[])?), paragraphs: vec![request] },
        ],
    )
}

/// The current figure at `current`, the estimate's at `estimated`, and their difference.
fn compare(
    w: &Writer,
    estimate: &Value,
    id: &str,
    current: &str,
    estimated: &str,
    month: Option<String>,
) -> Result<Sentence, LetterError> {
    let old = w.cite(current)?;
    let new = estimate
        .pointer(estimated)
        .and_then(Value::as_str)
        .ok_or_else(|| LetterError::MissingFigure(estimated.to_owned()))?
        .to_owned();
    let difference = match (parse_amount(&new), parse_amount(&old.value)) {
        (Some(new), Some(old)) => (new - old).to_string(),
        _ => return Err(LetterError::MissingFigure(estimated.to_owned())),
    };
    let language = w.language;
    let mut args = vec![
        (
            "new",
            Arg::Cited(
                helder_explain::euro(language, &new),
                cited(new, "estimate", Some(estimated.to_owned()), Some("estimate")),
            ),
        ),
        ("old", Arg::Euro(current.to_owned())),
        (
            "difference",
            Arg::Cited(
                helder_explain::euro(language, &difference),
                cited(difference, "difference", Some(current.to_owned()), Some("estimate")),
            ),
        ),
    ];
    if let Some(month) = month {
        args.push(("month", Arg::Text(month)));
    }
    w.say(id, args)
}

/// The Polis wage the case holds for `month` ("0.00" when it has none) and core's result of the
/// case with `value` for that month.
pub(crate) fn estimate(case_json: &str, month: &str, value: Euro) -> Result<(String, Value), LetterError> {
    let mut case: Value = serde_json::from_str(case_json).map_err(|e| LetterError::Case(e.to_string()))?;
    let months = case
        .pointer_mut("/wages/months")
        .and_then(Value::as_array_mut)
        .ok_or_else(|| LetterError::Case("the case has no wages.months".into()))?;
    let polis = match months.iter_mut().find(|m| m["month"] == month) {
        Some(entry) => {
            let polis = entry["sv_wage"].as_str().unwrap_or("0.00").to_owned();
            entry["sv_wage"] = Value::String(value.to_string());
            polis
        }
        None => {
            months.push(serde_json::json!({ "month": month, "sv_wage": value.to_string() }));
            "0.00".to_owned()
        }
    };
    let text = serde_json::to_string(&case).map_err(|e| LetterError::Case(e.to_string()))?;
    let computed = helder_core::compute(&text).map_err(|e| LetterError::Case(e.to_string()))?;
    let result = serde_json::from_str(&computed).map_err(|e| LetterError::Case(e.to_string()))?;
    Ok((polis, result))
}
