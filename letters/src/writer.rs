//! Sentences of a letter: a message with arguments, each argument read from the result by the
//! JSON pointer it cites, so the sentence carries the same citations an explanation's sentence
//! carries (`Cited`: value, trace line, figure, provenance).

use helder_core::ResultDocument;
use helder_explain::{Cited, Sentence};
use serde_json::Value;

use crate::{LetterError, messages};

/// One argument of a letter sentence.
pub enum Arg {
    /// A money figure of the result at this pointer.
    Euro(String),
    /// A date figure of the result at this pointer.
    Date(String),
    /// A count (days) of the result at this pointer.
    Count(String),
    /// Text that is no figure (a reference, a list of years, a quoted line).
    Text(String),
    /// A value written by the caller with its own citation (an estimate, a fact of the case, a
    /// date the letter sets).
    Cited(String, Cited),
}

pub struct Writer<'a> {
    pub language: &'a str,
    pub result: &'a ResultDocument,
    json: Value,
    actor: &'static str,
}

impl<'a> Writer<'a> {
    pub fn new(language: &'a str, result: &'a ResultDocument, actor: &'static str) -> Result<Self, LetterError> {
        let json = serde_json::to_value(result).map_err(|e| LetterError::Case(e.to_string()))?;
        Ok(Writer { language, result, json, actor })
    }

    /// A message without figures.
    pub fn text(&self, id: &str, args: &[(&str, String)]) -> Result<String, LetterError> {
        messages::message(self.language, id, args)
    }

    /// The contract value of a result figure (`"1234.56"`, `"2024-06-20"`, `"21"`).
    pub fn value(&self, pointer: &str) -> Result<String, LetterError> {
        match self.json.pointer(pointer) {
            Some(Value::String(text)) => Ok(text.clone()),
            Some(Value::Number(number)) => Ok(number.to_string()),
            _ => Err(LetterError::MissingFigure(pointer.to_owned())),
        }
    }

    /// How a result figure is cited: its value, the trace line that made it and its provenance.
    pub fn cite(&self, pointer: &str) -> Result<Cited, LetterError> {
        let value = self.value(pointer)?;
        let line = self.result.trace.iter().find(|line| line.figure.as_deref() == Some(pointer));
        Ok(Cited {
            value,
            trace: line.map(|line| line.id.clone()),
            figure: Some(pointer.to_owned()),
            input: None,
            law: None,
            provenance: line.and_then(|line| line.provenance.as_deref().map(str::to_owned)),
            decision: line.and_then(|line| line.decision.clone()),
        })
    }

    /// A sentence of message `id`; a sentence citing an estimated figure says so.
    pub fn say(&self, id: &str, args: Vec<(&str, Arg)>) -> Result<Sentence, LetterError> {
        let mut texts = Vec::with_capacity(args.len());
        let mut figures = Vec::new();
        for (name, arg) in args {
            let text = match arg {
                Arg::Euro(pointer) => {
                    let cited = self.cite(&pointer)?;
                    let text = helder_explain::euro(self.language, &cited.value);
                    figures.push(cited);
                    text
                }
                Arg::Date(pointer) => {
                    let cited = self.cite(&pointer)?;
                    let text = helder_explain::date(self.language, &cited.value);
                    figures.push(cited);
                    text
                }
                Arg::Count(pointer) => {
                    let cited = self.cite(&pointer)?;
                    let text = cited.value.clone();
                    figures.push(cited);
                    text
                }
                Arg::Text(text) => text,
                Arg::Cited(text, cited) => {
                    figures.push(cited);
                    text
                }
            };
            texts.push((name, text));
        }
        let mut text = messages::message(self.language, id, &texts)?;
        if figures.iter().any(|f| f.provenance.as_deref() == Some("estimate")) {
            text = format!("{text} {}", messages::message(self.language, "estimate-marker", &[])?);
        }
        Ok(Sentence {
            text,
            traces: figures.iter().filter_map(|f| f.trace.clone()).collect(),
            figures,
            message: id.to_owned(),
            actor: self.actor.to_owned(),
        })
    }
}

/// A citation of a value that is not a figure of this result: a fact of the case, an estimate
/// or a date the letter sets, named by `input`.
pub fn cited(value: String, input: &str, figure: Option<String>, provenance: Option<&str>) -> Cited {
    Cited {
        value,
        trace: None,
        figure,
        input: Some(input.to_owned()),
        law: None,
        provenance: provenance.map(str::to_owned),
        decision: None,
    }
}
