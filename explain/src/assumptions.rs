//! The sentences that state an assumption of Helder's. The trace marks an assumption: a line
//! whose rule is a Helder decision (`basis: helder_decision`, e.g. a vervolguitkering because
//! the decision names no remaining earning capacity, or a lower benefit going forward that UWV
//! and the ministry have not decided), or a line with an input named `assumption`. A sentence
//! made from one of these messages states the assumption of the lines it cites, so a test can
//! check that every figure the explanation shows has each assumption it rests on said in words.

use helder_core::contract::ResultDocument;

use crate::Sentence;
use crate::writer::Writer;

/// The messages that state an assumption (each says what Helder assumes, or that UWV has not
/// decided what Helder computed).
pub const STATEMENTS: &[&str] = &[
    "benefit-vvu-assumption",
    "backpay-new-lowered",
    "backpay-new-lowered-decided",
    "backpay-paid-computed",
    "advance-income-rule",
    "waiver-route-rule",
    "waiver-tax-claim",
    "waiver-tax-claim-uncertain",
    "contact-ask",
    "decision-due-loonsanctie",
];

/// True when sentences made from message `id` state the assumption of the lines they cite.
pub fn states_assumption(id: &str) -> bool {
    STATEMENTS.contains(&id)
}

/// True when a trace line marks an assumption: its rule is a Helder decision, or one of its
/// inputs is named `assumption`.
pub fn is_assumption(line: &helder_core::contract::TraceLine) -> bool {
    line.basis == "helder_decision" || line.inputs.iter().any(|input| input.name == "assumption")
}

/// The ids of the lines made by `rule` (every month of a schedule, say).
pub fn lines_of(r: &ResultDocument, rule: &str) -> Vec<String> {
    r.trace.iter().filter(|line| line.rule == rule).map(|line| line.id.clone()).collect()
}

/// `sentence` citing the assumption lines `ids` as well (their sources join the section's).
pub fn citing(
    w: &mut Writer<'_>,
    r: &ResultDocument,
    mut sentence: Sentence,
    ids: impl IntoIterator<Item = String>,
) -> Sentence {
    for id in ids {
        if let Some(line) = r.trace.iter().find(|line| line.id == id) {
            w.cite_source(&line.source);
        }
        if !sentence.traces.contains(&id) {
            sentence.traces.push(id);
        }
    }
    sentence
}
