//! The date by which to object to a decision: Awb 6:7 and 6:8 with the Algemene termijnenwet.
//!
//! "De termijn voor het indienen van een bezwaar- of beroepschrift bedraagt zes weken" (Awb 6:7);
//! it "vangt aan met ingang van de dag na die waarop het besluit op de voorgeschreven wijze is
//! bekendgemaakt" (Awb 6:8 lid 1): six weeks from the day after sending end on the same weekday
//! as the sending, 42 days later. "Een in een wet gestelde termijn die op een zaterdag, zondag of
//! algemeen erkende feestdag eindigt, wordt verlengd tot en met de eerstvolgende dag die niet een
//! zaterdag, zondag of algemeen erkende feestdag is" (Atw art. 1 lid 1). The holidays are those of
//! Atw art. 3 lid 1 (Nieuwjaarsdag, tweede Paas- en Pinksterdag, both Christmas days,
//! Hemelvaartsdag, Koningsdag, 5 mei) and Goede Vrijdag (art. 3 lid 2). Days equated by royal
//! decree (art. 3 lid 3, one decree every three years) are not in this table: on such a day the
//! date shown is the earlier one, never a later one than the law gives.

use chrono::{Datelike, Days, NaiveDate, Weekday};

/// The last day on which an objection to a decision sent on `sent` is in time; `None` only
/// beyond chrono's calendar.
pub fn objection_deadline(sent: NaiveDate) -> Option<NaiveDate> {
    let six_weeks = sent.checked_add_days(Days::new(42))?;
    next_day_that_is_not_weekend_or_holiday(six_weeks)
}

/// Atw art. 1 lid 1: `day` itself when it is a working day, else the first working day after it.
pub fn next_day_that_is_not_weekend_or_holiday(day: NaiveDate) -> Option<NaiveDate> {
    let mut day = day;
    while matches!(day.weekday(), Weekday::Sat | Weekday::Sun) || is_general_holiday(day) {
        day = day.succ_opt()?;
    }
    Some(day)
}

/// An algemeen erkende feestdag of Atw art. 3 lid 1, or Goede Vrijdag (lid 2).
pub fn is_general_holiday(day: NaiveDate) -> bool {
    let year = day.year();
    let fixed = |month, date| NaiveDate::from_ymd_opt(year, month, date) == Some(day);
    if fixed(1, 1) || fixed(5, 5) || fixed(12, 25) || fixed(12, 26) || Some(day) == kings_day(year) {
        return true;
    }
    let Some(easter) = easter_sunday(year) else { return false };
    // Goede Vrijdag, tweede Paasdag, Hemelvaartsdag, tweede Pinksterdag.
    [-2_i64, 1, 39, 50].iter().any(|offset| easter.checked_add_signed(chrono::Duration::days(*offset)) == Some(day))
}

/// "De dag waarop de verjaardag van de Koning wordt gevierd": 27 April, 26 April when the 27th is
/// a Sunday (Besluit viering Koningsdag, from 2014); before 2014 Koninginnedag, 30 April or the
/// 29th when the 30th was a Sunday.
fn kings_day(year: i32) -> Option<NaiveDate> {
    let (day, earlier) = if year >= 2014 { (27, 26) } else { (30, 29) };
    let date = NaiveDate::from_ymd_opt(year, 4, day)?;
    if date.weekday() == Weekday::Sun { NaiveDate::from_ymd_opt(year, 4, earlier) } else { Some(date) }
}

/// Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm, Meeus/Jones/Butcher).
fn easter_sunday(year: i32) -> Option<NaiveDate> {
    let a = year % 19;
    let b = year / 100;
    let c = year % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(year, u32::try_from(month).ok()?, u32::try_from(day).ok()?)
}

#[cfg(test)]
mod tests;
