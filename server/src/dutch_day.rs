//! Days as they are in the Netherlands (Europe/Amsterdam, with summer time): a consent "until 1
//! December" ends when 1 December ends there, not at 23:59 UTC (which is 00:59 or 01:59 the next
//! day in Amsterdam).

use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use chrono_tz::Europe::Amsterdam;

/// Today's date in the Netherlands.
pub fn today() -> NaiveDate {
    Utc::now().with_timezone(&Amsterdam).date_naive()
}

/// The day of a moment in the Netherlands.
pub fn day_of(at: DateTime<Utc>) -> NaiveDate {
    at.with_timezone(&Amsterdam).date_naive()
}

/// The last millisecond of `date` in the Netherlands, in UTC: 22:59:59.999Z in winter (CET,
/// UTC+1), 21:59:59.999Z in summer (CEST, UTC+2). `None` only past chrono's last date.
pub fn end_of(date: NaiveDate) -> Option<DateTime<Utc>> {
    let next_midnight = date.succ_opt()?.and_hms_opt(0, 0, 0)?;
    // Midnight always exists and is never doubled in Amsterdam (the clocks change at 02:00 and
    // 03:00), so `earliest` is the one instant.
    let next_day = Amsterdam.from_local_datetime(&next_midnight).earliest()?;
    Some(next_day.with_timezone(&Utc) - chrono::Duration::milliseconds(1))
}
