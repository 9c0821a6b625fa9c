//! Amounts, dates and months written for people. One implementation for both message sources:
//! the explanation writer (Fluent) and the portal's compiled labels, so the two never differ.

use chrono::{Datelike, NaiveDate};
use helder_core::Euro;
use helder_core::calendar::Month;

use crate::ExplainError;

/// A source of messages with text arguments.
pub trait Messages {
    fn message(&self, id: &str, args: &[(&str, &str)]) -> Result<String, ExplainError>;
}

/// Money in the language's format (`€ 1.234,56`, `€1,234.56`). Never a minus: sentences say who
/// pays whom.
pub fn euro(messages: &impl Messages, amount: Euro) -> Result<String, ExplainError> {
    let text = amount.abs().to_string();
    let (whole, cents) = text.split_once('.').unwrap_or((&text, "00"));
    let thousands = messages.message("thousands-separator", &[])?;
    let mut grouped = String::new();
    for (index, digit) in whole.chars().enumerate() {
        if index > 0 && (whole.len() - index) % 3 == 0 {
            grouped.push_str(&thousands);
        }
        grouped.push(digit);
    }
    let value = format!("{grouped}{}{cents}", messages.message("decimal-separator", &[])?);
    messages.message("euro", &[("value", &value)])
}

/// A date written out (`20 juni 2024`, `20 June 2024`).
pub fn date(messages: &impl Messages, date: NaiveDate) -> Result<String, ExplainError> {
    let month = messages.message(&format!("month-{}", date.month()), &[])?;
    messages.message("date", &[("day", &date.day().to_string()), ("month", &month), ("year", &date.year().to_string())])
}

/// A calendar month written out (`juni 2024`).
pub fn month(messages: &impl Messages, month: Month) -> Result<String, ExplainError> {
    let name = messages.message(&format!("month-{}", month.number()), &[])?;
    messages.message("month-year", &[("month", &name), ("year", &month.year().to_string())])
}
