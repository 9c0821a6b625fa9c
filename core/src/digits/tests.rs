use super::*;

/// Each writer gives `format!`'s text, at the edges of its range too.
#[test]
fn digits_are_the_text_format_writes() {
    for (negative, magnitude) in
        [(false, 0), (false, 5), (true, 7), (false, 100), (true, 123_456_789), (false, u64::MAX)]
    {
        let sign = if negative { "-" } else { "" };
        assert_eq!(
            cents(negative, magnitude).unwrap().as_str(),
            format!("{sign}{}.{:02}", magnitude / 100, magnitude % 100)
        );
    }
    for number in [0, 9, -1, 10, -4_560, i64::MAX, i64::MIN] {
        assert_eq!(integer(number).unwrap().as_str(), number.to_string());
    }
    for place in [0, 7, 10, 4_321, usize::MAX] {
        assert_eq!(index(place).unwrap().as_str(), place.to_string());
    }
    for (y, m, d) in [(2024, 1, 5), (1, 12, 31), (0, 2, 29), (9999, 10, 10), (987, 7, 1)] {
        let day = NaiveDate::from_ymd_opt(y, m, d).unwrap();
        assert_eq!(date(day).unwrap().as_str(), format!("{y:04}-{m:02}-{d:02}"));
        assert_eq!(month(y, m).unwrap().as_str(), format!("{y:04}-{m:02}"));
    }
    assert!(date(NaiveDate::from_ymd_opt(10_000, 1, 1).unwrap()).is_none());
    assert!(date(NaiveDate::from_ymd_opt(-1, 1, 1).unwrap()).is_none());
    assert!(month(-5, 3).is_none());
}
