//! §9 UWV's decisions as facts of the case. A decision (besluit, Awb 1:3) is what UWV decided
//! in a letter; Helder's figures are a calculation under the published rules. Each amount a
//! letter states is recorded as `decided`, beside Helder's calculation of the same figure and
//! the difference; where the two agree, the calculated figure is marked `decided` too.
//!
//! Objection (bezwaar): "De termijn voor het indienen van een bezwaar- of beroepschrift bedraagt
//! zes weken" (Awb 6:7), and "vangt aan met ingang van de dag na die waarop het besluit op de
//! voorgeschreven wijze is bekendgemaakt" (Awb 6:8 lid 1). A term ending on a Saturday or Sunday
//! runs to the next Monday (Algemene termijnenwet, art. 1). Public holidays are not in Helder's
//! tables, so a deadline on a holiday is shown one working day early — never too late.

use chrono::{Datelike, Weekday};

use crate::calendar::add_days;
use crate::contract::{Case, ContactResult, DecidedAmount, DecisionLetter, DecisionResult};
use crate::rules::Rule;
use crate::trace::{DecisionRef, Figure, Input, Trace, Value};

/// Records every decision letter of the case: its objection deadline and, per amount, the
/// decided amount, Helder's calculation and their difference. Call after every section.
pub fn decisions(case: &Case, trace: &mut Trace) -> Vec<DecisionResult> {
    case.decisions.iter().enumerate().map(|(index, letter)| decision(case, index, letter, trace)).collect()
}

/// What UWV told the client in letters and calls: each amount mentioned beside Helder's figure on
/// the same subject, so a staff view can flag what contradicts it. Call after every section.
pub fn contacts(case: &Case, trace: &mut Trace) -> Vec<ContactResult> {
    let mut out = Vec::with_capacity(case.contacts.len());
    for (index, contact) in case.contacts.iter().enumerate() {
        let figure = contact.amount.and(contact.subject.figure());
        let calculated = figure.and_then(|figure| trace.line_of(figure)).and_then(|line| match &line.value {
            Value::Euro(value) => Some((line.id, *value)),
            _ => None,
        });
        let difference = match (contact.amount, calculated) {
            (Some(amount), Some((line, value))) => Some(
                trace
                    .record(
                        Rule::ToldDifference,
                        Some(Figure::Indexed { list: "/contacts", index, field: "difference" }),
                        amount - value,
                        vec![
                            Input::fact("contact_kind", Value::Code(contact.kind.code())),
                            Input::fact("contact_date", Value::Date(contact.date)),
                            Input::fact("amount_told", Value::Euro(amount)),
                            Input { name: "calculated", value: Value::Euro(value), trace: Some(line), parameter: None },
                        ],
                    )
                    .value,
            ),
            _ => None,
        };
        out.push(ContactResult {
            date: contact.date,
            kind: contact.kind.code().to_owned(),
            subject: contact.subject.code().to_owned(),
            amount: contact.amount,
            figure: figure.map(str::to_owned),
            calculated: calculated.map(|(_, value)| value),
            difference,
            contradicts: difference.is_some_and(|d| !d.is_zero()),
        });
    }
    out
}

fn decision(case: &Case, index: usize, letter: &DecisionLetter, trace: &mut Trace) -> DecisionResult {
    let reference = DecisionRef { kind: letter.kind.code(), date: letter.date, reference: letter.reference.clone() };
    let letter_inputs = || {
        vec![
            Input::fact("decision_kind", Value::Code(letter.kind.code())),
            Input::fact("decision_date", Value::Date(letter.date)),
            Input::fact("reference", Value::Text(letter.reference.as_str().into())),
        ]
    };

    // Awb 6:8: the term starts the day after the letter; six weeks (Awb 6:7) end 42 days later.
    let six_weeks = add_days(letter.date, 42);
    let deadline_value = match six_weeks.weekday() {
        Weekday::Sat => add_days(six_weeks, 2),
        Weekday::Sun => add_days(six_weeks, 1),
        _ => six_weeks,
    };
    let deadline = trace.record(
        Rule::ObjectionDeadline,
        Some(Figure::Indexed { list: "/decisions", index, field: "objection_deadline" }),
        deadline_value,
        [
            letter_inputs(),
            vec![
                Input::fact("weeks", Value::Count(6)),
                Input::fact("six_weeks_end", Value::Date(six_weeks)),
                Input::fact("as_of", Value::Date(case.as_of)),
            ],
        ]
        .concat(),
    );

    let mut amounts = Vec::with_capacity(letter.amounts.len());
    for (inner_index, (name, amount)) in letter.amounts.iter().enumerate() {
        let at = |field| Some(Figure::Nested { list: "/decisions", index, inner: "amounts", inner_index, field });
        let decided = trace.record_decided(
            Rule::DecidedAmount,
            at("decided"),
            *amount,
            [letter_inputs(), vec![Input::fact("amount_in_letter", Value::Euro(*amount))]].concat(),
            &reference,
        );
        // Helder's figure for the same amount, when the case has the facts to calculate it.
        let calculated = trace.line_of(name.figure()).and_then(|line| match &line.value {
            Value::Euro(value) => Some((line.id, *value)),
            _ => None,
        });
        let (difference, agrees) = match calculated {
            Some((line, value)) => {
                let difference = trace.record(
                    Rule::DecisionDifference,
                    at("difference"),
                    *amount - value,
                    vec![
                        Input::figure("decided", &decided),
                        Input { name: "calculated", value: Value::Euro(value), trace: Some(line), parameter: None },
                    ],
                );
                if difference.value.is_zero() {
                    trace.confirm(line, &reference);
                }
                (Some(difference.value), Some(difference.value.is_zero()))
            }
            None => (None, None),
        };
        amounts.push(DecidedAmount {
            name: name.code().to_owned(),
            figure: name.figure().to_owned(),
            decided: *amount,
            calculated: calculated.map(|(_, value)| value),
            difference,
            agrees,
        });
    }

    DecisionResult {
        kind: letter.kind.code().to_owned(),
        date: letter.date,
        reference: letter.reference.clone(),
        objection_deadline: deadline.value,
        objection_open: case.as_of <= deadline.value,
        amounts,
    }
}

#[cfg(test)]
mod tests;
