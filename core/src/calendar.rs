//! Calendar arithmetic the rules need: calendar months and weekday (dagloondag) counts.
//! Dagloondagen are Monday to Friday (DLB 1 lid 2); public holidays count as ordinary days.

use chrono::{Datelike, Days, NaiveDate, Weekday};
use std::fmt;

/// A calendar month, `YYYY-MM` in the contract.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Month {
    year: i32,
    month: u32,
}

impl Month {
    /// `None` unless `month` is 1..=12 and the year is one chrono can represent.
    pub fn new(year: i32, month: u32) -> Option<Month> {
        NaiveDate::from_ymd_opt(year, month, 1).map(|_| Month { year, month })
    }

    pub fn of(date: NaiveDate) -> Month {
        Month { year: date.year(), month: date.month() }
    }

    /// Strictly `YYYY-MM`.
    pub fn parse(text: &str) -> Option<Month> {
        let bytes = text.as_bytes();
        if bytes.len() != 7 || bytes[4] != b'-' || !all_digits(&bytes[..4]) || !all_digits(&bytes[5..]) {
            return None;
        }
        Month::new(text[..4].parse().ok()?, text[5..].parse().ok()?)
    }

    pub fn year(self) -> i32 {
        self.year
    }

    pub fn number(self) -> u32 {
        self.month
    }

    pub fn first_day(self) -> NaiveDate {
        // Valid by construction (`new` checked the first day exists).
        NaiveDate::from_ymd_opt(self.year, self.month, 1).unwrap_or(NaiveDate::MIN)
    }

    pub fn last_day(self) -> NaiveDate {
        NaiveDate::from_ymd_opt(self.year, self.month, self.days()).unwrap_or(NaiveDate::MAX)
    }

    /// Days in the month (Gregorian leap years, as chrono has them).
    pub fn days(self) -> u32 {
        match self.month {
            4 | 6 | 9 | 11 => 30,
            2 if self.year % 4 == 0 && (self.year % 100 != 0 || self.year % 400 == 0) => 29,
            2 => 28,
            _ => 31,
        }
    }

    pub fn next(self) -> Month {
        self.plus(1)
    }

    pub fn previous(self) -> Month {
        self.plus(-1)
    }

    /// `months` calendar months later (or earlier when negative).
    pub fn plus(self, months: i32) -> Month {
        let index = self.year * 12 + (self.month as i32 - 1) + months;
        Month { year: index.div_euclid(12), month: index.rem_euclid(12) as u32 + 1 }
    }

    /// Months from `self` through `last`, both included (empty when `last` is earlier).
    pub fn through(self, last: Month) -> impl Iterator<Item = Month> {
        let mut next = Some(self).filter(|m| *m <= last);
        std::iter::from_fn(move || {
            let current = next?;
            next = Some(current.next()).filter(|m| *m <= last);
            Some(current)
        })
    }

    /// How many months `through(last)` yields.
    pub fn count_through(self, last: Month) -> usize {
        let count = (last.year - self.year) * 12 + last.month as i32 - self.month as i32 + 1;
        usize::try_from(count).unwrap_or(0)
    }

    /// Monday-to-Friday days of the month.
    pub fn weekdays(self) -> u32 {
        weekdays_in(self.first_day(), self.days())
    }
}

impl fmt::Display for Month {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match crate::digits::month(self.year, self.month) {
            Some(digits) => f.write_str(digits.as_str()),
            None => write!(f, "{:04}-{:02}", self.year, self.month),
        }
    }
}

/// Strictly `YYYY-MM-DD`.
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    let bytes = text.as_bytes();
    if bytes.len() != 10
        || bytes[4] != b'-'
        || bytes[7] != b'-'
        || !all_digits(&bytes[..4])
        || !all_digits(&bytes[5..7])
        || !all_digits(&bytes[8..])
    {
        return None;
    }
    NaiveDate::from_ymd_opt(text[..4].parse().ok()?, text[5..7].parse().ok()?, text[8..].parse().ok()?)
}

/// The contract's date format, `YYYY-MM-DD`.
pub fn format_date(date: NaiveDate) -> String {
    match crate::digits::date(date) {
        Some(digits) => digits.as_str().to_owned(),
        None => format!("{:04}-{:02}-{:02}", date.year(), date.month(), date.day()),
    }
}

/// Monday-to-Friday days from `from` through `to`, both included; 0 when `to < from`.
pub fn weekdays_between(from: NaiveDate, to: NaiveDate) -> u32 {
    if to < from {
        return 0;
    }
    // Day numbers instead of `to - from`: the same count, without chrono's Duration.
    let days = i64::from(to.num_days_from_ce()) - i64::from(from.num_days_from_ce()) + 1;
    weekdays_from(from.weekday(), days)
}

/// Monday-to-Friday days in the `days` days from `first` on (a month from its first day and
/// length, without making its last day).
pub fn weekdays_in(first: NaiveDate, days: u32) -> u32 {
    weekdays_from(first.weekday(), i64::from(days))
}

/// Monday-to-Friday days among `days` consecutive days starting on a `first`.
fn weekdays_from(first: Weekday, days: i64) -> u32 {
    let full_weeks = days / 7;
    let mut count = full_weeks * 5;
    let mut weekday = first;
    for _ in 0..days % 7 {
        if !matches!(weekday, Weekday::Sat | Weekday::Sun) {
            count += 1;
        }
        weekday = weekday.succ();
    }
    u32::try_from(count).unwrap_or(u32::MAX)
}

/// `date + days`; saturates at chrono's range (inputs are range-checked long before that).
pub fn add_days(date: NaiveDate, days: u64) -> NaiveDate {
    date.checked_add_days(Days::new(days)).unwrap_or(NaiveDate::MAX)
}

/// The same day `months` later, clamped to the month's end (31 January + 1 month = 28/29 Feb).
pub fn add_months(date: NaiveDate, months: u32) -> NaiveDate {
    date.checked_add_months(chrono::Months::new(months)).unwrap_or(NaiveDate::MAX)
}

fn all_digits(bytes: &[u8]) -> bool {
    bytes.iter().all(u8::is_ascii_digit)
}

#[cfg(test)]
mod tests;
