//! The one error type of `helder-core`. Variants are data (a JSON path, a date, a parameter),
//! never prose; `Display` renders the plain-English message the command line and API show.
//! "No entitlement" is a result, not an error.

use chrono::NaiveDate;
use thiserror::Error;

/// Why a case document could not be computed. `path()` is the JSON pointer of the bad field.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum CaseError {
    /// Not JSON, not UTF-8, too deep, or a value of the wrong JSON type.
    #[error("the document is not valid JSON for helder-case/1: {detail}")]
    Syntax { path: String, detail: String },

    #[error("unknown field {field:?}: a misspelt fact must not be dropped silently")]
    UnknownField { path: String, field: String },

    #[error("required field {field:?} is missing")]
    MissingField { path: String, field: String },

    #[error("format must be \"helder-case/1\"")]
    WrongFormat { path: String },

    #[error("expected {expected}")]
    BadValue { path: String, expected: String },

    #[error("{field} appears twice for {key}")]
    Duplicate { path: String, field: &'static str, key: String },

    /// Facts that cannot all be true at once, e.g. a decision before the application.
    #[error("{rule}")]
    Contradiction { path: String, rule: &'static str },

    /// A fact the computation needs for a section whose other facts are present.
    #[error("{needed} is needed to compute {section}")]
    MissingFact { path: String, needed: &'static str, section: &'static str },

    /// A date outside the dated parameter table: Helder never guesses a value.
    #[error("no {parameter} is known for {date}; the parameter table covers {covered}")]
    ParameterOutOfRange { path: String, parameter: &'static str, date: NaiveDate, covered: String },
}

impl CaseError {
    /// The JSON pointer of the field the error is about (`""` for the whole document).
    pub fn path(&self) -> &str {
        match self {
            CaseError::Syntax { path, .. }
            | CaseError::UnknownField { path, .. }
            | CaseError::MissingField { path, .. }
            | CaseError::WrongFormat { path }
            | CaseError::BadValue { path, .. }
            | CaseError::Duplicate { path, .. }
            | CaseError::Contradiction { path, .. }
            | CaseError::MissingFact { path, .. }
            | CaseError::ParameterOutOfRange { path, .. } => path,
        }
    }

    /// A stable machine code for the kind of error.
    pub fn code(&self) -> &'static str {
        match self {
            CaseError::Syntax { .. } => "syntax",
            CaseError::UnknownField { .. } => "unknown_field",
            CaseError::MissingField { .. } => "missing_field",
            CaseError::WrongFormat { .. } => "wrong_format",
            CaseError::BadValue { .. } => "bad_value",
            CaseError::Duplicate { .. } => "duplicate",
            CaseError::Contradiction { .. } => "contradiction",
            CaseError::MissingFact { .. } => "missing_fact",
            CaseError::ParameterOutOfRange { .. } => "parameter_out_of_range",
        }
    }

    /// The error document of CASE-FORMAT: `{"error", "path", "message"}`.
    pub fn to_json(&self) -> String {
        serde_json::json!({ "error": self.code(), "path": self.path(), "message": self.to_string() }).to_string()
    }
}
