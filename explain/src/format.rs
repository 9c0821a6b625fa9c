//! Amounts, dates and months written for people. One implementation for both message sources:
//! the explanation writer (Fluent) and the portal's compiled labels, so the two never differ.

use chrono::{Datelike, NaiveDate};
use helder_core::Euro;
use helder_core::calendar::Month;

use crate::ExplainError;

/// A source of messages with text arguments.
pub trait Messages {
    fn message(&self, id: &str, args: &[(&str, &str)]) -> Result<String, ExplainError>;

    /// How the language writes an amount, for a source that keeps it: the explanation writes
    /// hundreds of amounts, and three message lookups for each were 2 % of recomputing every
    /// stored benefit. `None` (the portal's labels, where size counts more than speed): each
    /// amount is written from the messages.
    fn kept_euro_format(&self) -> Option<&EuroFormat> {
        None
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
    /// stands before and after it is what stands around every amount. None when the message
    /// does not hold its value exactly once (then each amount is written from the messages).
    pub fn of(messages: &impl Messages) -> Result<Option<EuroFormat>, ExplainError> {
        const MARK: &str = "\u{1}";
        let around = messages.message("euro", &[("value", MARK)])?;
        let Some((before, after)) = around.split_once(MARK).filter(|(_, after)| !after.contains(MARK)) else {
            return Ok(None);
        };
        Ok(Some(EuroFormat {
            thousands: messages.message("thousands-separator", &[])?,
            decimal: messages.message("decimal-separator", &[])?,
            before: before.to_owned(),
            after: after.to_owned(),
        }))
    }
}

/// Money in the language's format (`€ 1.234,56`, `€1,234.56`). Never a minus: sentences say who
/// pays whom.
pub fn euro(messages: &impl Messages, amount: Euro) -> Result<String, ExplainError> {
    let text = amount.abs().to_string();
    let (whole, cents) = text.split_once('.').unwrap_or((&text, "00"));
    euro_digits(messages, whole, cents)
}

/// [`euro`] of an amount given as its whole euros (digits, no leading zeros) and its cents.
pub fn euro_digits(messages: &impl Messages, whole: &str, cents: &str) -> Result<String, ExplainError> {
    let kept = messages.kept_euro_format();
    let thousands = match kept {
        Some(format) => std::borrow::Cow::Borrowed(format.thousands.as_str()),
        None => std::borrow::Cow::Owned(messages.message("thousands-separator", &[])?),
    };
    let mut written = String::with_capacity(whole.len() + cents.len() + 17);
    if let Some(format) = kept {
        written.push_str(&format.before);
    }
    for (index, digit) in whole.chars().enumerate() {
        if index > 0 && (whole.len() - index).is_multiple_of(3) {
            written.push_str(&thousands);
        }
        written.push(digit);
    }
    match kept {
        Some(format) => {
            written.push_str(&format.decimal);
            written.push_str(cents);
            written.push_str(&format.after);
            Ok(written)
        }
        None => {
            written.push_str(&messages.message("decimal-separator", &[])?);
            written.push_str(cents);
            messages.message("euro", &[("value", &written)])
        }
    }
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

    /// Messages with the amount format kept, as the explanation writer keeps it.
    struct Kept<'a>(Say<'a>, EuroFormat);

    impl Messages for Kept<'_> {
        fn message(&self, id: &str, args: &[(&str, &str)]) -> Result<String, ExplainError> {
            self.0.message(id, args)
        }
        fn kept_euro_format(&self) -> Option<&EuroFormat> {
            Some(&self.1)
        }
    }

    /// In every language the kept format writes each amount as the three messages do.
    #[test]
    fn amounts_are_written_from_the_euro_message() {
        for language in crate::messages::languages() {
            let say = || Say { bundle: crate::messages::bundle(language).unwrap(), language, about: None };
            let format = EuroFormat::of(&say()).unwrap().expect("every language's euro message holds its value once");
            let kept = Kept(say(), format);
            for cents in [0, 5, 750, 99_999, 100_000, -123_450, 123_456_705, -10_000_000_000] {
                let amount = Euro::cents(cents);
                assert_eq!(euro(&kept, amount).unwrap(), euro(&say(), amount).unwrap(), "{language} {amount}");
            }
        }
        let nl = || Say { bundle: crate::messages::bundle("nl").unwrap(), language: "nl", about: None };
        let kept = Kept(nl(), EuroFormat::of(&nl()).unwrap().unwrap());
        assert_eq!(euro(&kept, Euro::cents(-123_456_750)).unwrap(), "€\u{a0}1.234.567,50");
        assert_eq!(euro(&nl(), Euro::cents(-123_456_750)).unwrap(), "€\u{a0}1.234.567,50");
        // The browser's formatting from the text's digits writes what the amount's does.
        for text in ["0.00", "0.05", "0012.30", "1234.56", "-1234.56", "999999999.99", "-0.10"] {
            let amount = helder_core::contract::parse_amount(text.trim_start_matches('-')).unwrap();
            for language in crate::messages::languages() {
                let say = Say { bundle: crate::messages::bundle(language).unwrap(), language, about: None };
                assert_eq!(crate::euro(language, text), euro(&say, amount).unwrap(), "{language} {text}");
            }
        }
        assert_eq!(crate::euro("nl", "-0012.30"), "€\u{a0}12,30");
        assert_eq!(crate::euro("nl", "12.3"), "12.3", "not an amount: left as it is");
        // A message that is not a template around one value is not kept.
        assert!(EuroFormat::of(&Labelled(nl(), "{$value} en {$value}")).unwrap().is_none());
    }

    /// A message source whose `euro` message is given.
    struct Labelled<'a>(Say<'a>, &'static str);

    impl Messages for Labelled<'_> {
        fn message(&self, id: &str, args: &[(&str, &str)]) -> Result<String, ExplainError> {
            match id {
                "euro" => Ok(self.1.replace("{$value}", args.first().map(|(_, value)| *value).unwrap_or_default())),
                _ => self.0.message(id, args),
            }
        }
    }
}
