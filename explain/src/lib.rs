//! `helder-explain`: what a person reads. Turns a `helder-result/1` document into sections of
//! plain sentences in Dutch (B1) or English. Every sentence is rendered from the result and its
//! trace — never written beside it — and carries the trace ids of the figures it mentions, so
//! the portal can show "how was this calculated" and an agent can say "look at line B3".
//!
//! Wording lives in `messages/<language>.ftl` (Fluent); adding a language is adding a file.

mod actors;
mod assumptions;
mod change;
mod format;
mod labels;
mod mail;
mod messages;
mod reader;
mod request;
mod sections;
mod summary;
mod timeline;
mod unknowns;
#[cfg(feature = "wasm")]
pub mod wasm;
mod worked;
mod writer;

use format::Messages;
use serde::{Deserialize, Serialize};

pub use actors::{Actor, actor};
pub use assumptions::{is_assumption, states_assumption};
pub use change::{ChangeSentence, change_sentences, change_sentences_for};
pub use labels::{FIRST_LANGUAGE, OtherLabels, other_labels, register_later_labels, register_other_labels};
pub use mail::{NewsMail, news_mail};
pub use messages::languages;
pub use reader::Reader;
pub use request::correction_request_said;
pub use summary::Summary;
/// The campaign statements (what is not known yet), for the server's campaign news.
pub use unknowns::{Statement as CampaignStatement, statements as campaign_statements, topics as campaign_topics};

/// Why an explanation could not be made.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ExplainError {
    #[error("no messages for language {0:?}; available: {1}")]
    UnknownLanguage(String, String),
    #[error("message {id:?} is missing or broken in {language:?}: {detail}")]
    Message { language: String, id: String, detail: String },
}

/// The explanation of one result in one language.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Explanation {
    pub language: String,
    pub case_id: String,
    pub rules_version: String,
    pub sections: Vec<Section>,
    /// The status section once more, in parts for the portal's first screen: what the client
    /// should do now, the timeline (one step per event of the result: date, what happens, who
    /// acts, state) and notes (e.g. that an estimated value is used). Same sentences, no new text.
    #[serde(default)]
    pub actions: Vec<Sentence>,
    #[serde(default)]
    pub timeline: Vec<Step>,
    #[serde(default)]
    pub notes: Vec<Sentence>,
    /// The first screen's four answers: the money, why, what happens next, what to do.
    #[serde(default)]
    pub summary: Summary,
    /// The legal terms used, in order of first use, with their meaning.
    pub glossary: Vec<GlossaryEntry>,
}

/// One topic: status, dagloon, benefit, advance, waiver, backpay or penalty.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Section {
    pub id: String,
    pub title: String,
    /// The one sentence that matters most: the amount and what to do (or that nothing is needed).
    pub lead: Sentence,
    pub paragraphs: Vec<Vec<Sentence>>,
    /// Where the rules of this section come from, read off the trace lines it cites
    /// (`Wet WIA, artikel 51`).
    pub sources: Vec<String>,
    /// "How was this calculated?" for clients and supporters: the section's sums written out,
    /// step by step, each with its legal source in words (`worked`). Staff see the trace lines.
    #[serde(default)]
    pub worked: Vec<WorkedStep>,
}

/// One step of a worked calculation: a sentence with the sum written out
/// (`€ 28.264,90 − € 23.390,83 = € 4.874,07`) and the trace lines it works out, and where the
/// rule comes from, in words in the language of the explanation.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct WorkedStep {
    pub sentence: Sentence,
    pub source: String,
}

/// One event of the timeline: the result's date, state as a person reads it (`done`, `now`,
/// `next`, `late`, `met`, `passed`, `not_begun`, `pending`: `timeline::state`) and actor
/// (`client`, `uwv`), and what happens, without the date.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Step {
    pub date: String,
    pub state: String,
    pub actor: String,
    pub text: Sentence,
}

/// A sentence with the figures it mentions.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Sentence {
    pub text: String,
    /// Trace ids of the figures in this sentence, e.g. `["D9"]`.
    pub traces: Vec<String>,
    pub figures: Vec<Cited>,
    /// The message the sentence is made from (for a timeline line: the event's message).
    #[serde(default)]
    pub message: String,
    /// Who acts in it (`actors::actor` of the message): `uwv`, `helder`, `client`, `law`, `source`.
    #[serde(default)]
    pub actor: String,
}

/// A figure shown in a sentence and where it comes from.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Cited {
    /// The value in the contract's format (`"1234.56"`, `"2024-06-20"`, `"21"`).
    pub value: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trace: Option<String>,
    /// The result field (JSON pointer) the value is read from, when it is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub figure: Option<String>,
    /// The named input of the trace line, when the value is one of its inputs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub input: Option<String>,
    /// For a fixed amount of the law (e.g. the Awb 4:17 maximum): its article.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub law: Option<String>,
    /// For a result figure: `decided`, `calculated` or `estimate`, read off its trace line.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provenance: Option<String>,
    /// For a `decided` figure: the decision (kind, date, letter reference).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decision: Option<helder_core::contract::TraceDecision>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GlossaryEntry {
    pub term: String,
    pub meaning: String,
}

/// Whether the portal's labels of `language` are here (in a browser build another language than
/// Dutch once its tables are registered: [`register_other_labels`]; Dutch always, in the client's
/// build its first screen's labels, those of the later parts once one of them has registered
/// them: [`register_later_labels`]).
pub fn has_labels(language: &str) -> bool {
    labels::Labels::of(language).is_some()
}

/// A portal label (`ui-*`) or formatting message of `language` with text arguments. Falls back
/// to the id, so a missing message is visible rather than silent (the tests keep every message
/// present). Reads the compiled labels (`labels`), not Fluent: this runs in the browser.
pub fn text(language: &str, id: &str, args: &[(&str, &str)]) -> String {
    labels::Labels::of(language).and_then(|l| l.message(id, args).ok()).unwrap_or_else(|| id.to_owned())
}

/// Formats with the portal's labels of `language`; `None` when the language is unknown or a
/// formatting message is missing.
fn formatted(language: &str, write: impl FnOnce(&labels::Labels) -> Result<String, ExplainError>) -> Option<String> {
    write(&labels::Labels::of(language)?).ok()
}

/// A contract money string (`"-1234.56"`) written for people in `language`, without sign
/// (`€ 1.234,56`): sentences and labels say who pays whom. Works on the text's digits: no decimal
/// arithmetic in the browser's first screen.
pub fn euro(language: &str, amount: &str) -> String {
    helder_core::contract::amount_digits(amount.trim_start_matches('-'))
        .and_then(|(whole, cents)| formatted(language, |l| format::euro_digits(l, whole, cents)))
        .unwrap_or_else(|| amount.to_owned())
}

/// A `YYYY-MM` month written out in `language` (`maart 2024`).
pub fn month(language: &str, month: &str) -> String {
    helder_core::calendar::Month::parse(month)
        .and_then(|parsed| formatted(language, |l| format::month(l, parsed)))
        .unwrap_or_else(|| month.to_owned())
}

/// A contract date (`YYYY-MM-DD`) written out in `language` (`1 maart 2024`).
pub fn date(language: &str, date: &str) -> String {
    helder_core::calendar::parse_date(date)
        .and_then(|parsed| formatted(language, |l| format::date(l, parsed)))
        .unwrap_or_else(|| date.to_owned())
}

/// The legal terms of a language: (short form, first-use form with its explanation).
pub fn terms(language: &str) -> Result<Vec<(String, String)>, ExplainError> {
    messages::bundle(language)?;
    Ok(writer::TERMS
        .iter()
        .map(|term| {
            (messages::text(language, &format!("term-{term}")), messages::text(language, &format!("term-{term}-first")))
        })
        .collect())
}

/// Explains a result (as read back from JSON) in `language` (`"nl"`, `"en"`, …) to the client.
pub fn explain(result: &helder_core::ResultDocument, language: &str) -> Result<Explanation, ExplainError> {
    explain_for(result, language, &Reader::Client)
}

/// Explains a result in `language` to `reader`: a supporter reads about the client (`reader`).
pub fn explain_for(
    result: &helder_core::ResultDocument,
    language: &str,
    reader: &Reader,
) -> Result<Explanation, ExplainError> {
    let bundle = messages::bundle(language)?;
    let mut writer = writer::Writer::new(bundle, language, result).for_reader(reader);
    let (mut sections, sections::Overview { actions, timeline, notes }) = sections::all(&mut writer, result)?;
    worked::add(&mut writer, result, &mut sections)?;
    let glossary = writer.glossary()?;
    let summary = summary::summary(&mut writer::Writer::new(bundle, language, result).for_reader(reader), result)?;
    Ok(Explanation {
        language: language.to_owned(),
        case_id: result.case_id.clone(),
        rules_version: result.rules_version.clone(),
        sections,
        actions,
        timeline,
        notes,
        summary,
        glossary,
    })
}

/// Computes a case document and explains it: `helder-case/1` JSON in, explanation out.
pub fn explain_case(case_json: &str, language: &str) -> Result<Explanation, ExplainCaseError> {
    explain_case_for(case_json, language, &Reader::Client)
}

/// Computes a case document and explains it to `reader`.
pub fn explain_case_for(case_json: &str, language: &str, reader: &Reader) -> Result<Explanation, ExplainCaseError> {
    let case = helder_core::contract::parse_case(case_json)?;
    let result = helder_core::compute_case(&case)?.into_lines();
    Ok(explain_for(&result, language, reader)?)
}

#[derive(Debug, thiserror::Error)]
pub enum ExplainCaseError {
    #[error(transparent)]
    Case(#[from] helder_core::CaseError),
    #[error(transparent)]
    Explain(#[from] ExplainError),
}

impl Explanation {
    /// Plain text for the command line and call notes: sentences with their trace ids.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        let refs = |s: &Sentence| {
            if s.traces.is_empty() { String::new() } else { format!(" [{}]", s.traces.join(", ")) }
        };
        for section in &self.sections {
            out.push_str(&format!("## {}\n\n{}{}\n", section.title, section.lead.text, refs(&section.lead)));
            for paragraph in &section.paragraphs {
                out.push('\n');
                for sentence in paragraph {
                    out.push_str(&format!("{}{}\n", sentence.text, refs(sentence)));
                }
            }
            if !section.sources.is_empty() {
                out.push_str(&format!(
                    "\n{}: {}.\n",
                    messages::text(&self.language, "sources-label"),
                    section.sources.join("; ")
                ));
            }
            out.push('\n');
        }
        if !self.glossary.is_empty() {
            out.push_str(&format!("## {}\n\n", messages::text(&self.language, "title-glossary")));
            for entry in &self.glossary {
                out.push_str(&format!("- {}: {}\n", entry.term, entry.meaning));
            }
        }
        out
    }

    /// Every sentence, leads first within each section.
    pub fn sentences(&self) -> impl Iterator<Item = &Sentence> {
        self.sections
            .iter()
            .flat_map(|section| std::iter::once(&section.lead).chain(section.paragraphs.iter().flatten()))
    }
}
