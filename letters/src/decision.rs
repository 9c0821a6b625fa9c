//! UWV's decision letters (beschikkingen, Awb 1:3 lid 2): what is decided, the motivation
//! (Awb 3:46: "Een besluit dient te berusten op een deugdelijke motivering") taken from the
//! explanation's sentences and worked calculation for the trace lines the decision rests on, the
//! objection clause with its date (Awb 3:45, 6:7, 6:8; `termijnen`), the rules version and the
//! result hash. The employer's copy (`Recipient::Employer`) says what was decided and how to
//! object, without any amount or the motivation built on them.

use crate::writer::{Arg, Writer, cited};
use crate::{Block, Kind, Letter, LetterError, Recipient, Sources, applies, termijnen};
use helder_explain::Sentence;

/// The decision letter of `kind` for `recipient`. `kind` must be one of `Kind::DECISIONS` that
/// applies to the result.
pub fn decision(kind: Kind, recipient: Recipient, sources: &Sources) -> Result<Letter, LetterError> {
    if !kind.is_decision() || !applies(kind, sources.result) {
        return Err(LetterError::NotApplicable(kind.code()));
    }
    let language = sources.explanation.language.as_str();
    let w = Writer::new(language, sources.result, "uwv")?;
    let case = sources.result.case_id.clone();
    let sent = sources.sent.format("%Y-%m-%d").to_string();

    let mut header = vec![w.text("from-uwv", &[])?];
    header.push(match recipient {
        Recipient::Client => w.text("to-client", &[("case", case.clone())])?,
        Recipient::Employer => w.text("to-employer", &[("case", case.clone())])?,
    });
    header.push(w.text("date-line", &[("date", helder_explain::date(language, &sent))])?);
    header.push(w.text("case-line", &[("case", case.clone())])?);
    if recipient == Recipient::Employer {
        header.push(w.text("title-employer-copy", &[])?);
    }

    let mut blocks = Vec::new();
    let decided = match recipient {
        Recipient::Client => decided(kind, &w)?,
        Recipient::Employer => {
            let mut sentences = vec![w.say("decision-employer", vec![("case", Arg::Text(case.clone()))])?];
            if kind == Kind::WiaClaim {
                sentences.push(outcome(&w)?);
            }
            sentences
        }
    };
    blocks.push(Block { heading: Some(w.text("heading-decision", &[])?), paragraphs: vec![decided] });

    if recipient == Recipient::Client {
        let sections: Vec<&helder_explain::Section> = sources
            .explanation
            .sections
            .iter()
            .filter(|section| sections_of(kind).contains(&section.id.as_str()))
            .collect();
        let mut motivation = Vec::new();
        let mut calculation = Vec::new();
        let mut legal = Vec::new();
        for section in &sections {
            motivation.push(vec![section.lead.clone()]);
            motivation.extend(section.paragraphs.iter().cloned());
            for step in &section.worked {
                let mut sentence = step.sentence.clone();
                sentence.text = format!("{} ({})", sentence.text, step.source);
                sentence.figures = worked_figures(sources.result, &sentence.traces);
                // A step whose sum writes an intermediate amount (14 × € 23,00 = € 322,00) that
                // no trace line holds stays on the screen only: a letter shows cited figures.
                if only_cited_amounts(language, &sentence) {
                    calculation.push(vec![sentence]);
                }
            }
            for source in &section.sources {
                if !legal.contains(source) {
                    legal.push(source.clone());
                }
            }
        }
        blocks.push(Block { heading: Some(w.text("heading-motivation", &[])?), paragraphs: motivation });
        if !calculation.is_empty() {
            blocks.push(Block { heading: Some(w.text("heading-calculation", &[])?), paragraphs: calculation });
        }
        if !legal.is_empty() {
            let sentence = plain(format!("{}.", legal.join("; ")), "sources");
            blocks.push(Block { heading: Some(w.text("heading-sources", &[])?), paragraphs: vec![vec![sentence]] });
        }
    }

    let deadline = termijnen::objection_deadline(sources.sent).ok_or(LetterError::NotApplicable("objection"))?;
    let deadline_text = deadline.format("%Y-%m-%d").to_string();
    let mut objection = vec![w.say(
        "objection-clause",
        vec![(
            "deadline",
            Arg::Cited(
                helder_explain::date(language, &deadline_text),
                cited(deadline_text, "objection_deadline", None, None),
            ),
        )],
    )?];
    if Some(deadline) != sources.sent.checked_add_days(chrono::Days::new(42)) {
        objection.push(w.say("objection-moved", vec![])?);
    }
    blocks.push(Block { heading: Some(w.text("heading-objection", &[])?), paragraphs: vec![objection] });

    let mut about = Vec::new();
    match recipient {
        Recipient::Client => {
            about.push(w.say("about-calculated", vec![])?);
            let body: Vec<&Sentence> = blocks.iter().flat_map(|b| b.paragraphs.iter().flatten()).collect();
            if body.iter().flat_map(|s| &s.figures).any(|f| f.provenance.as_deref() == Some("estimate")) {
                about.push(w.say("about-estimate", vec![])?);
            }
        }
        Recipient::Employer => about.push(w.say("about-employer", vec![])?),
    }
    about.push(w.say(
        "about-rules",
        vec![
            ("version", Arg::Text(sources.result.rules_version.clone())),
            ("hash", Arg::Text(sources.result_hash.to_owned())),
        ],
    )?);
    blocks.push(Block { heading: Some(w.text("heading-about", &[])?), paragraphs: vec![about] });

    Ok(Letter {
        kind,
        recipient,
        language: language.to_owned(),
        title: w.text(&format!("title-{}", kind.code()), &[])?,
        header,
        salutation: w.text("salutation", &[])?,
        blocks,
        closing: w.text("closing-uwv", &[])?,
    })
}

/// The explanation sections a decision's motivation is taken from.
fn sections_of(kind: Kind) -> &'static [&'static str] {
    match kind {
        Kind::WiaClaim => &["dagloon", "benefit"],
        Kind::AdvanceSettlement => &["advance", "waiver"],
        Kind::DagloonCorrection => &["backpay"],
        Kind::Penalty => &["penalty"],
        _ => &[],
    }
}

/// True when every amount written in the sentence is one of its cited values.
fn only_cited_amounts(language: &str, sentence: &Sentence) -> bool {
    let mut written: Vec<String> =
        sentence.figures.iter().map(|f| helder_explain::euro(language, &f.value)).filter(|e| e.contains('€')).collect();
    written.sort_by_key(|text| std::cmp::Reverse(text.len()));
    let mut rest = sentence.text.clone();
    for amount in &written {
        rest = rest.replace(amount.as_str(), "");
    }
    !rest.contains('€')
}

/// A worked step cites trace lines, not figures: its amounts are those lines' values and
/// inputs, cited as such (`input` "value" for the line's own value).
fn worked_figures(result: &helder_core::ResultDocument, traces: &[String]) -> Vec<helder_explain::Cited> {
    let mut figures = Vec::new();
    for line in result.trace.iter().filter(|line| traces.contains(&line.id)) {
        let cite = |value: &str, input: &str| helder_explain::Cited {
            value: value.to_owned(),
            trace: Some(line.id.clone()),
            figure: line.figure.clone(),
            input: Some(input.to_owned()),
            law: None,
            provenance: line.provenance.as_deref().map(str::to_owned),
            decision: None,
        };
        figures.push(cite(&line.value, "value"));
        figures.extend(line.inputs.iter().map(|input| cite(&input.value, &input.name)));
    }
    figures
}

/// A sentence without figures (a list of legal sources).
fn plain(text: String, message: &str) -> Sentence {
    Sentence { text, traces: Vec::new(), figures: Vec::new(), message: message.to_owned(), actor: "law".to_owned() }
}

fn outcome(w: &Writer) -> Result<Sentence, LetterError> {
    let outcome = w.result.benefit.as_ref().map_or("refused", |b| b.outcome.as_str());
    match outcome {
        "iva" | "wga" => {
            w.say(&format!("decision-wia-{outcome}"), vec![("start", Arg::Date("/dates/benefit_start".into()))])
        }
        _ => w.say("decision-wia-refused", vec![]),
    }
}

/// What is decided, for the client: the figures of the result this decision sets.
fn decided(kind: Kind, w: &Writer) -> Result<Vec<Sentence>, LetterError> {
    let positive = |amount: &helder_core::Euro| amount.is_positive();
    let euro = |pointer: &str| Arg::Euro(pointer.to_owned());
    let mut out = Vec::new();
    let result = w.result;
    match kind {
        Kind::WiaClaim => {
            out.push(outcome(w)?);
            if result.dagloon.is_some() && result.benefit.as_ref().is_some_and(|b| b.outcome != "refused") {
                out.push(w.say("decision-dagloon", vec![("dagloon", euro("/dagloon/at_start"))])?);
            }
        }
        Kind::AdvanceSettlement => {
            out.push(w.say("decision-advance", vec![("paid", euro("/advance/paid_total"))])?);
            if let Some(waiver) = &result.waiver {
                if positive(&waiver.waived) {
                    out.push(w.say("decision-waiver-waived", vec![("waived", euro("/waiver/waived"))])?);
                }
                if positive(&waiver.refund) {
                    out.push(w.say(
                        "decision-waiver-refund",
                        vec![("refund", euro("/waiver/refund")), ("date", Arg::Date("/waiver/refund_date".into()))],
                    )?);
                }
                if positive(&waiver.still_open) {
                    out.push(w.say("decision-waiver-open", vec![("open", euro("/waiver/still_open"))])?);
                }
                if waiver.tax_compensation_possible && !waiver.tax_years.is_empty() {
                    let years: Vec<String> = waiver.tax_years.iter().map(i32::to_string).collect();
                    out.push(w.say("decision-tax-years", vec![("years", Arg::Text(years.join(", ")))])?);
                }
            }
        }
        Kind::DagloonCorrection => {
            if let Some(backpay) = &result.backpay {
                out.push(w.say(
                    "decision-backpay-corrected",
                    vec![("old", euro("/backpay/dagloon_as_set")), ("new", euro("/backpay/dagloon_corrected"))],
                )?);
                if positive(&backpay.amount) {
                    out.push(w.say("decision-backpay-amount", vec![("amount", euro("/backpay/amount"))])?);
                }
                if backpay.interest.as_ref().is_some_and(positive) {
                    out.push(w.say("decision-backpay-interest", vec![("interest", euro("/backpay/interest"))])?);
                }
                if positive(&backpay.not_reclaimed) {
                    out.push(
                        w.say("decision-backpay-not-reclaimed", vec![("amount", euro("/backpay/not_reclaimed"))])?,
                    );
                }
                if positive(&backpay.to_repay) {
                    out.push(w.say("decision-backpay-repay", vec![("amount", euro("/backpay/to_repay"))])?);
                }
                if backpay.new_monthly_amount.is_some() && backpay.new_from.is_some() {
                    out.push(w.say(
                        "decision-backpay-new",
                        vec![
                            ("from", Arg::Date("/backpay/new_from".into())),
                            ("amount", euro("/backpay/new_monthly_amount")),
                        ],
                    )?);
                }
            }
        }
        Kind::Penalty => {
            if let Some(penalty) = &result.penalty {
                if penalty.owed {
                    out.push(w.say("decision-penalty-owed", vec![("amount", euro("/penalty/amount"))])?);
                    out.push(w.say(
                        "decision-penalty-days",
                        vec![
                            ("start", Arg::Date("/penalty/start".into())),
                            ("days", Arg::Count("/penalty/days".into())),
                        ],
                    )?);
                } else {
                    out.push(w.say("decision-penalty-not-owed", vec![])?);
                }
            }
        }
        _ => return Err(LetterError::NotApplicable(kind.code())),
    }
    Ok(out)
}
