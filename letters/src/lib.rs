//! `helder-letters`: the letters of a case, rendered from the same result and explanation the
//! screen shows, so a letter and the screen cannot disagree. UWV's decision letters
//! (beschikkingen: the WIA claim, the advance settlement and waiver, the dagloon correction and
//! back payment, the penalty), each for the client or as the employer's copy, and the client's
//! own letters (notice of default, objection, "Dit klopt niet"), in Dutch and English, as an
//! HTML page (`html`) and as a tagged PDF/UA-1 document (`pdf`, typst with embedded fonts).
//!
//! A letter never computes a figure: every amount is read from the result by the JSON pointer it
//! cites (or, for "Dit klopt niet", from core's computation of the case with the client's value),
//! and every sentence carries its citations, as the explanation's sentences do. Dates the letter
//! itself sets (the objection deadline, the day the penalty would start) come from pure functions
//! of the sending date (`termijnen`, `helder_core::penalty::penalty_start`).

mod client;
mod decision;
mod effect;
mod html;
mod messages;
mod pdf;
pub mod termijnen;
mod writer;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

pub use client::{correction, notice_of_default, objection};
pub use decision::decision;
pub use effect::{Effect, EffectFigure, correction_effect};
pub use helder_explain::{Cited, Sentence};
pub use html::html;
pub use messages::languages;
pub use pdf::pdf;

/// The kinds of letter. The first four are UWV's decisions, the last three the client's letters.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    WiaClaim,
    AdvanceSettlement,
    DagloonCorrection,
    Penalty,
    NoticeOfDefault,
    Objection,
    Correction,
}

impl Kind {
    pub const ALL: [Kind; 7] = [
        Kind::WiaClaim,
        Kind::AdvanceSettlement,
        Kind::DagloonCorrection,
        Kind::Penalty,
        Kind::NoticeOfDefault,
        Kind::Objection,
        Kind::Correction,
    ];
    pub const DECISIONS: [Kind; 4] = [Kind::WiaClaim, Kind::AdvanceSettlement, Kind::DagloonCorrection, Kind::Penalty];

    pub fn code(self) -> &'static str {
        match self {
            Kind::WiaClaim => "wia_claim",
            Kind::AdvanceSettlement => "advance_settlement",
            Kind::DagloonCorrection => "dagloon_correction",
            Kind::Penalty => "penalty",
            Kind::NoticeOfDefault => "notice_of_default",
            Kind::Objection => "objection",
            Kind::Correction => "correction",
        }
    }

    pub fn parse(code: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|kind| kind.code() == code)
    }

    pub fn is_decision(self) -> bool {
        Kind::DECISIONS.contains(&self)
    }
}

/// Who a decision letter is for. The employer's copy leaves out every amount and the
/// motivation built on them: those are the client's income data (AVG art. 5 lid 1 onder c,
/// data minimisation); the employer is an interested party in the decision itself (Awb 1:2),
/// not in the client's money.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Recipient {
    Client,
    Employer,
}

/// What every letter is drafted from: the result, its explanation in the letter's language,
/// the result's hash (the receipt the server gives) and the day the letter is sent.
#[derive(Clone, Copy, Debug)]
pub struct Sources<'a> {
    pub result: &'a helder_core::ResultDocument,
    pub explanation: &'a helder_explain::Explanation,
    pub result_hash: &'a str,
    pub sent: NaiveDate,
}

/// A drafted letter: the same elements are written as HTML and as PDF.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Letter {
    pub kind: Kind,
    pub recipient: Recipient,
    pub language: String,
    pub title: String,
    /// Sender, addressee, date, case number (and the decision's reference), one line each.
    pub header: Vec<String>,
    pub salutation: String,
    pub blocks: Vec<Block>,
    pub closing: String,
}

/// A part of the letter under its heading; each paragraph is a list of sentences.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Block {
    pub heading: Option<String>,
    pub paragraphs: Vec<Vec<Sentence>>,
}

impl Letter {
    /// Every sentence of the letter body.
    pub fn sentences(&self) -> impl Iterator<Item = &Sentence> {
        self.blocks.iter().flat_map(|block| block.paragraphs.iter().flatten())
    }

    /// The letter's paragraphs as plain text, in reading order: what HTML and PDF both show.
    pub fn lines(&self) -> Vec<String> {
        let mut lines = vec![self.title.clone()];
        lines.extend(self.header.iter().cloned());
        lines.push(self.salutation.clone());
        for block in &self.blocks {
            lines.extend(block.heading.iter().cloned());
            for paragraph in &block.paragraphs {
                lines.push(paragraph.iter().map(|s| s.text.as_str()).collect::<Vec<_>>().join(" "));
            }
        }
        lines.push(self.closing.clone());
        lines
    }
}

/// Why a letter could not be drafted or rendered.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum LetterError {
    #[error("no messages for language {0:?}")]
    UnknownLanguage(String),
    #[error("message {0:?} is missing or broken")]
    Message(String),
    /// The letter does not apply to this case (e.g. a notice of default while the decision is
    /// not late, an objection without an open decision).
    #[error("letter {0:?} does not apply to this case")]
    NotApplicable(&'static str),
    #[error("the result has no figure at {0}")]
    MissingFigure(String),
    #[error("the case with the corrected wage does not compute: {0}")]
    Case(String),
    #[error("the PDF could not be made: {0}")]
    Pdf(String),
}

/// The letters that apply to a result on the sending day: the decision letters for the parts
/// the result has, a notice of default while the decision is late, an objection while a
/// decision's term is open, a correction request when there is a dagloon.
pub fn available(result: &helder_core::ResultDocument) -> Vec<Kind> {
    Kind::ALL.into_iter().filter(|kind| applies(*kind, result)).collect()
}

pub(crate) fn applies(kind: Kind, result: &helder_core::ResultDocument) -> bool {
    match kind {
        Kind::WiaClaim => result.benefit.is_some(),
        Kind::AdvanceSettlement => result.advance.as_ref().is_some_and(|a| a.settled),
        Kind::DagloonCorrection => result.backpay.is_some(),
        Kind::Penalty => result.penalty.is_some(),
        Kind::NoticeOfDefault => client::decision_is_late(result),
        Kind::Objection => result.decisions.iter().any(|d| d.objection_open),
        Kind::Correction => result.dagloon.is_some(),
    }
}

/// SHA-256 of a rendered letter, lower-case hex: what the communication log stores beside it.
pub fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::Digest;
    sha2::Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect()
}
