//! Unit tests of `calendar` (kept beside the module, out of its source).

use super::*;
fn date(text: &str) -> NaiveDate {
    parse_date(text).unwrap()
}

#[test]
fn weekday_counts() {
    // (from, to, weekdays) — DLB 1 lid 2: Monday to Friday.
    let table = [
        ("2024-03-01", "2024-03-31", 21), // p01: March 2024
        ("2024-03-04", "2024-03-31", 20), // p01: right from Monday 4 March
        ("2024-10-09", "2024-10-31", 17), // p02: right from Wednesday 9 October
        ("2017-02-01", "2017-05-31", 86), // CRvB 2024: February–May 2017
        ("2024-03-02", "2024-03-03", 0),  // a weekend
        ("2024-03-05", "2024-03-04", 0),  // empty range
        ("2024-03-20", "2024-03-04", 0),  // empty range over more than a week
        ("2024-03-05", "2024-03-05", 1),  // one Tuesday: from and to both count
    ];
    for (from, to, expected) in table {
        assert_eq!(weekdays_between(date(from), date(to)), expected, "{from}..{to}");
    }
}

#[test]
fn months_parse_strictly_and_step() {
    assert_eq!(Month::parse("2024-12").map(|m| m.next().to_string()).as_deref(), Some("2025-01"));
    assert_eq!(Month::parse("2024-01").map(|m| m.plus(-13).to_string()).as_deref(), Some("2022-12"));
    for bad in ["2024-13", "2024-1", "24-01", "2024/01", "2024-00", "+024-01"] {
        assert!(Month::parse(bad).is_none(), "{bad}");
    }
    // A sign parses as a number ("+5" is 5): each part must be digits only, each separator a '-'.
    for bad in [
        "2024-02-30",
        "2024-2-01",
        "2024-02-1 ",
        "20240201xx",
        "+024-02-01",
        "2024-+2-01",
        "2024-02-+1",
        "2024/02/01",
        "2024-02/01",
        "2024/02-01",
        "2024-02-011",
    ] {
        assert!(parse_date(bad).is_none(), "{bad}");
    }
}

#[test]
fn months_through_includes_both_ends() {
    let from = Month::parse("2023-11").unwrap();
    let to = Month::parse("2024-02").unwrap();
    let listed: Vec<String> = from.through(to).map(|m| m.to_string()).collect();
    assert_eq!(listed, ["2023-11", "2023-12", "2024-01", "2024-02"]);
    assert_eq!(to.through(from).count(), 0);
    // `count_through` sizes the schedules: it must agree with `through`.
    for (a, b) in [(from, to), (to, from), (from, from)] {
        assert_eq!(a.count_through(b), a.through(b).count(), "{a}..{b}");
    }
}

#[test]
fn month_lengths_and_weekdays_agree_with_chrono() {
    // `days`, `last_day` and `weekdays` are computed arithmetically for speed; chrono's own
    // calendar is the reference, over four centuries (leap years by 4, 100 and 400).
    for year in 1899..=2301 {
        for number in 1..=12 {
            let month = Month::new(year, number).unwrap();
            let last = month.next().first_day().pred_opt().unwrap();
            assert_eq!(month.last_day(), last, "{month}");
            assert_eq!(month.days(), chrono::Datelike::day(&last), "{month}");
            let mut weekdays = 0;
            let mut day = month.first_day();
            while day <= last {
                weekdays += u32::from(!matches!(chrono::Datelike::weekday(&day), Weekday::Sat | Weekday::Sun));
                day = day.succ_opt().unwrap();
            }
            assert_eq!(month.weekdays(), weekdays, "{month}");
            assert_eq!(weekdays_between(month.first_day(), last), weekdays, "{month}");
        }
    }
}
