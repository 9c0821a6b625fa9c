use super::*;

fn date(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

/// (sent, last day to object, why). Weekdays and holidays checked against a 2024-2026 calendar.
#[test]
fn the_objection_deadline_is_six_weeks_after_sending_moved_past_weekends_and_holidays() {
    let table = [
        ("2024-05-01", "2024-06-12", "Wednesday + 42 days is a Wednesday, a working day"),
        ("2024-03-09", "2024-04-22", "sent on a Saturday: ends Saturday 20 April, runs to Monday 22 April"),
        ("2024-03-10", "2024-04-22", "ends Sunday 21 April, runs to Monday 22 April"),
        ("2024-03-15", "2024-04-26", "ends Friday 26 April 2024, a working day (Koningsdag is Saturday 27th)"),
        ("2024-11-14", "2024-12-27", "ends Thursday 26 December (tweede Kerstdag), runs to Friday 27th"),
        ("2024-11-13", "2024-12-27", "ends Wednesday 25 December (eerste Kerstdag), 26th too: Friday 27th"),
        ("2025-02-26", "2025-04-09", "an ordinary Wednesday"),
        ("2025-03-06", "2025-04-17", "Thursday 17 April 2025, the day before Goede Vrijdag"),
        ("2025-03-07", "2025-04-22", "ends Goede Vrijdag 18 April 2025; weekend and tweede Paasdag 21st: Tuesday 22nd"),
        ("2025-03-24", "2025-05-06", "ends Monday 5 May 2025 (Bevrijdingsdag), runs to Tuesday 6th"),
        ("2025-04-17", "2025-05-30", "ends Hemelvaartsdag Thursday 29 May 2025, runs to Friday 30th"),
        ("2025-04-28", "2025-06-10", "ends tweede Pinksterdag Monday 9 June 2025, runs to Tuesday 10th"),
        ("2025-11-20", "2026-01-02", "ends Nieuwjaarsdag Thursday 1 January 2026, runs to Friday 2nd"),
        ("2026-03-15", "2026-04-28", "ends Sunday 26 April 2026; Koningsdag is Monday 27th: Tuesday 28th"),
        (
            "2025-03-15",
            "2025-04-28",
            "ends Saturday 26 April 2025 (Koningsdag on the 26th, the 27th a Sunday): Monday 28th",
        ),
    ];
    for (sent, deadline, why) in table {
        assert_eq!(objection_deadline(date(sent)), Some(date(deadline)), "{sent}: {why}");
    }
}

#[test]
fn holidays_of_the_algemene_termijnenwet() {
    let holidays = [
        "2024-01-01",
        "2024-03-29",
        "2024-04-01",
        "2024-04-27",
        "2024-05-05",
        "2024-05-09",
        "2024-05-20",
        "2024-12-25",
        "2024-12-26",
        "2025-04-18",
        "2025-04-21",
        "2025-04-26",
        "2025-05-29",
        "2025-06-09",
        "2026-04-03",
        "2026-04-06",
        "2026-04-27",
        "2026-05-14",
        "2026-05-25",
        "2013-04-30",
    ];
    for day in holidays {
        assert!(is_general_holiday(date(day)), "{day} is a holiday");
    }
    for day in ["2024-04-26", "2025-04-27", "2024-03-31", "2024-05-10", "2026-04-26", "2013-04-27"] {
        assert!(!is_general_holiday(date(day)), "{day} is not a holiday");
    }
}
