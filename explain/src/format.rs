//! Amounts, dates and months written for people. One implementation for both message sources:
//! the explanation writer (Fluent) and the portal's compiled labels, so the two never differ.

use chrono::{Datelike, NaiveDate};
use helder_core::Euro;
use helder_core::calendar::Month;

use crate::ExplainError;

/// A source of messages with text arguments.
pub trait Messages {
    fn message(&self, id: &str, args: &[(&str, &str)]) -> Result<String, ExplainError>;

    /// How the language writes an amount. A source that writes many amounts keeps it (the
    /// explanation writes hundreds, and three message lookups each were 2 % of a recompute run).
    fn euro_format(&self) -> Result<std::borrow::Cow<'_, EuroFormat>, ExplainError>
    where
        Self: Sized,
    {
        EuroFormat::of(self).map(std::borrow::Cow::Owned)
    }
}

/// The pieces of an amount in one language: `€ 1.234,56` is `before`, the digits grouped by
/// `thousands`, `decimal`, the cents, then `after`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EuroFormat {
    thousands: String,
    decimal: String,
    before: String,
    after: String,
}

impl EuroFormat {
    /// Read from the messages: the `euro` message is written once around a marker, and what
    /// stands before and after it is what stands around every amount.
    pub fn of(messages: &impl Messages) -> Result<EuroFormat, ExplainError> {
        const MARK: &str = "\u{1}";
        let around = messages.message("euro", &[("value", MARK)])?;
        let (before, after) = around.split_once(MARK).unwrap_or((&around, ""));
        Ok(EuroFormat {
            thousands: messages.message("thousands-separator", &[])?,
            decimal: messages.message("decimal-separator", &[])?,
            before: before.to_owned(),
            after: after.to_owned(),
        })
    }
}

/// Money in the language's format (`€ 1.234,56`, `€1,234.56`). Never a minus: sentences say who
/// pays whom.
pub fn euro(messages: &impl Messages, amount: Euro) -> Result<String, ExplainError> {
    let format = messages.euro_format()?;
    let text = amount.abs().to_string();
    let (whole, cents) = text.split_once('.').unwrap_or((&text, "00"));
    let mut written = String::with_capacity(format.before.len() + text.len() + 8 + format.after.len());
    written.push_str(&format.before);
    for (index, digit) in whole.chars().enumerate() {
        if index > 0 && (whole.len() - index) % 3 == 0 {
            written.push_str(&format.thousands);
        }
        written.push(digit);
    }
    written.push_str(&format.decimal);
    written.push_str(cents);
    written.push_str(&format.after);
    Ok(written)
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::change::Say;

    /// The amount as it was written before `EuroFormat`: three message lookups for each amount.
    fn looked_up(messages: &impl Messages, amount: Euro) -> String {
        let text = amount.abs().to_string();
        let (whole, cents) = text.split_once('.').unwrap_or((&text, "00"));
        let thousands = messages.message("thousands-separator", &[]).unwrap();
        let mut grouped = String::new();
        for (index, digit) in whole.chars().enumerate() {
            if index > 0 && (whole.len() - index) % 3 == 0 {
                grouped.push_str(&thousands);
            }
            grouped.push(digit);
        }
        let value = format!("{grouped}{}{cents}", messages.message("decimal-separator", &[]).unwrap());
        messages.message("euro", &[("value", &value)]).unwrap()
    }

    /// In every language the `euro` message holds its value once, so the pieces around the
    /// marker are the pieces around every amount, and amounts are written as before.
    #[test]
    fn amounts_are_written_from_the_euro_message() {
        for language in crate::messages::languages() {
            let say = Say { bundle: crate::messages::bundle(language).unwrap(), language, about: None };
            assert_eq!(say.message("euro", &[("value", "\u{1}")]).unwrap().matches('\u{1}').count(), 1, "{language}");
            for cents in [0, 5, 750, 99_999, 100_000, -123_450, 123_456_705, -10_000_000_000] {
                let amount = Euro::cents(cents);
                assert_eq!(euro(&say, amount).unwrap(), looked_up(&say, amount), "{language} {amount}");
            }
        }
        let say = Say { bundle: crate::messages::bundle("nl").unwrap(), language: "nl", about: None };
        assert_eq!(euro(&say, Euro::cents(-123_456_750)).unwrap(), "€\u{a0}1.234.567,50");
    }
}
