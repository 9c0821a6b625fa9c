//! What-if: the case as it would stand if UWV decided on the calculation date. For an undecided
//! case the portal shows an estimate per assumed decision. Server and browser both build the
//! assumed case here, so both compute the same document and their result hashes can be compared.

use std::collections::BTreeMap;

use serde_json::value::RawValue;

use crate::CaseError;

/// A decision the estimate assumes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Assumed {
    /// IVA: fully and lastingly unable to work.
    Iva,
    /// WGA in disability class 80-100.
    Wga,
    /// No WIA benefit.
    Refused,
}

impl Assumed {
    pub const ALL: [Assumed; 3] = [Assumed::Iva, Assumed::Wga, Assumed::Refused];

    /// The contract's outcome code (`iva`, `wga`, `refused`).
    pub fn code(self) -> &'static str {
        match self {
            Assumed::Iva => "iva",
            Assumed::Wga => "wga",
            Assumed::Refused => "refused",
        }
    }

    pub fn from_code(code: &str) -> Option<Assumed> {
        Assumed::ALL.into_iter().find(|a| a.code() == code)
    }
}

/// The case document with UWV's decision assumed on `as_of`: IVA, or WGA in class 80-100 with the
/// weeks requirement met, or a refusal. A case that already has a decision is not estimated. The
/// decision is marked `assumed`, so every figure of its result has the provenance `estimate`.
pub fn with_decision(case_json: &str, assumed: Assumed) -> Result<String, CaseError> {
    // The members are kept as their JSON text (no `serde_json::Value`: its parser and printer
    // would be in the browser for this alone); core parses the assumed case as any other.
    let mut fields: BTreeMap<String, Box<RawValue>> =
        serde_json::from_str(case_json).map_err(|error| match serde_json::from_str::<&RawValue>(case_json) {
            Ok(_) => CaseError::BadValue { path: String::new(), expected: "a helder-case/1 object".into() },
            Err(_) => CaseError::Syntax { path: String::new(), detail: error.to_string() },
        })?;
    if fields.contains_key("decision") {
        return Err(CaseError::Contradiction {
            path: "/decision".into(),
            rule: "a what-if estimate is only made for a case without a decision",
        });
    }
    let as_of = fields
        .get("as_of")
        .map(|date| date.get())
        .ok_or_else(|| CaseError::MissingField { path: "/as_of".into(), field: "as_of".into() })?;
    // Keys in the order `json!` wrote them (sorted).
    let decision = match assumed {
        Assumed::Refused => format!(r#"{{"assumed":true,"date":{as_of},"outcome":"refused"}}"#),
        Assumed::Iva | Assumed::Wga => format!(
            r#"{{"assumed":true,"date":{as_of},"disability_class":"80-100","outcome":"{}","weeks_requirement_met":true}}"#,
            assumed.code()
        ),
    };
    let decision = RawValue::from_string(decision)
        .map_err(|error| CaseError::Syntax { path: "/as_of".into(), detail: error.to_string() })?;
    fields.insert("decision".into(), decision);
    serde_json::to_string(&fields).map_err(|error| CaseError::Syntax { path: String::new(), detail: error.to_string() })
}

/// The result document of the case with the decision `outcome` (`iva`, `wga`, `refused`)
/// assumed: `with_decision`, then `compute` — what the server hashes for its estimate, and what
/// the browser's engine computes to check it. An unknown outcome is a `bad_value` error.
pub fn what_if(case_json: &str, outcome: &str) -> Result<String, CaseError> {
    let assumed = Assumed::from_code(outcome).ok_or_else(|| CaseError::BadValue {
        path: "/decision/outcome".into(),
        expected: "iva, wga or refused".into(),
    })?;
    crate::compute(&with_decision(case_json, assumed)?)
}

#[cfg(test)]
mod tests;
