//! Unit tests of `params` (kept beside the module, out of its source).

use super::*;
fn check_sorted_and_sourced<T>(table: &Table<T>) {
    assert!(!table.entries.is_empty(), "{}", table.name);
    for pair in table.entries.windows(2) {
        assert!(pair[0].from < pair[1].from, "{} not sorted at {}", table.name, pair[1].from);
    }
    for entry in table.entries {
        assert!(entry.from > NaiveDate::MIN, "{}: invalid literal date", table.name);
        assert!(!entry.source.trim().is_empty(), "{} {} has no source", table.name, entry.from);
    }
    let last = table.entries.last().map(|e| e.from).unwrap();
    assert!(table.known_through >= last, "{}", table.name);
}

#[test]
fn tables_are_sorted_and_valid() {
    check_sorted_and_sourced(&DAGLOON_INDEX);
    check_sorted_and_sourced(&MINIMUM_WAGE);
    check_sorted_and_sourced(&STATUTORY_INTEREST);
    check_sorted_and_sourced(&DECISION_TERM_WEEKS);
    check_sorted_and_sourced(&PENALTY_TIERS);
    assert_eq!(DAGLOON_INDEX.entries.first().map(|e| e.from), Some(ymd(2015, 1, 1)));
}

#[test]
fn lookups_outside_the_table_are_errors() {
    assert!(DAGLOON_INDEX.at(ymd(2014, 12, 31), "/x").is_err());
    assert!(DAGLOON_INDEX.at(ymd(2027, 1, 1), "/x").is_err());
    assert_eq!(DAGLOON_INDEX.at(ymd(2026, 12, 31), "/x").unwrap().value.maximum().to_string(), "309.91");
    let at = DAGLOON_INDEX.at(ymd(2024, 3, 4), "/x").unwrap();
    assert_eq!(at.value.maximum().to_string(), "274.44");
}

#[test]
fn changes_between_is_half_open() {
    // p01: after the reference period (ends 2022-02-28) through the start 2024-03-04.
    let steps = DAGLOON_INDEX.changes_between(ymd(2022, 2, 28), ymd(2024, 3, 4), "/x").unwrap();
    let percents: Vec<String> = steps.iter().map(|s| s.value.index_percent().to_string()).collect();
    assert_eq!(percents, ["1.81", "10.15", "3.13", "3.73"]);
    let none = DAGLOON_INDEX.changes_between(ymd(2024, 1, 1), ymd(2024, 1, 1), "/x").unwrap();
    assert!(none.is_empty());
}

#[test]
fn index_percentages_match_minimum_wage_changes_where_both_are_published() {
    // DLB 23: the dagloon follows the minimum wage; the two tables must agree to 0.01 %.
    for pair in MINIMUM_WAGE.entries.windows(2) {
        let (old, new) = (Decimal::from(pair[0].value), Decimal::from(pair[1].value));
        let change = crate::money::round_half_up((new / old - Decimal::ONE) * Decimal::from(100), 2);
        let index = DAGLOON_INDEX.at(pair[1].from, "/x").unwrap().value.index_percent();
        assert!((change - index).abs() <= Decimal::new(1, 2), "{}: wage {change} vs index {index}", pair[1].from);
    }
}

#[test]
fn published_values_issue_16() {
    // (date, maximum dagloon, confidence) — issue 16 item 4: 1 July 2019 is published as 216.90
    // (Rekenregels 1 juli 2019), not the 216.89 derived back from 2020.
    let table = [
        (ymd(2018, 1, 1), "209.26", Confidence::Medium),
        (ymd(2018, 7, 1), "211.42", Confidence::Medium),
        (ymd(2019, 1, 1), "214.28", Confidence::Medium),
        (ymd(2019, 7, 1), "216.90", Confidence::Medium),
        (ymd(2020, 1, 1), "219.28", Confidence::Medium),
        (ymd(2020, 7, 1), "222.78", Confidence::Estimate),
        (ymd(2025, 7, 1), "297.82", Confidence::Estimate),
        (ymd(2026, 1, 1), "304.25", Confidence::Medium),
        // Derived (E-rule): 304.25 × 1.0186 = 309.91, the index following the minimum wage.
        (ymd(2026, 7, 1), "309.91", Confidence::Estimate),
    ];
    for (date, maximum, confidence) in table {
        let entry = DAGLOON_INDEX.at(date, "/x").unwrap();
        assert_eq!((entry.value.maximum().to_string(), entry.confidence), (maximum.to_owned(), confidence), "{date}");
    }
    // Every source names a publication, not this repository's own documents.
    for entry in MINIMUM_WAGE.entries {
        assert!(!entry.source.contains("PARAMETERS.md"), "{}: {}", entry.from, entry.source);
    }
    // WML 8 lid 1 onder b per 1 juli 2026: € 2.337,00 a month, index 1.86 %.
    let july_2026 = MINIMUM_WAGE.at(ymd(2026, 7, 1), "/x").unwrap();
    assert_eq!((july_2026.value, july_2026.confidence), (233_700, Confidence::Medium));
    assert_eq!(DAGLOON_INDEX.at(ymd(2026, 7, 1), "/x").unwrap().value.index_percent().to_string(), "1.86");
    // BW 6:119 for the second half of 2026: no publication found, the estimate stays in force.
    assert_eq!(STATUTORY_INTEREST.at(ymd(2026, 11, 30), "/x").unwrap().confidence, Confidence::Estimate);
    // WIA 12 lid 1 onder b: the minimum wage with 8 % holiday allowance (WML 15).
    assert_eq!(policy::MINIMUM_WAGE_HOLIDAY_ALLOWANCE_PERCENT.value, 8);
}

#[test]
fn changes_between_refuses_dates_outside_the_table() {
    // DAGLOON_INDEX runs from 2015-01-01 through 2026-12-31: both ends are inside, a day beyond
    // either is an error naming that day.
    let covered = "2015-01-01 to 2026-12-31";
    assert!(DAGLOON_INDEX.changes_between(ymd(2015, 1, 1), ymd(2026, 12, 31), "/x").is_ok());
    // (after, through, the date the error names)
    for (after, through, named) in [
        (ymd(2014, 12, 31), ymd(2024, 1, 1), ymd(2014, 12, 31)),
        (ymd(2014, 12, 31), ymd(2026, 12, 31), ymd(2014, 12, 31)),
        (ymd(2024, 1, 1), ymd(2027, 1, 1), ymd(2027, 1, 1)),
    ] {
        let error = DAGLOON_INDEX.changes_between(after, through, "/x").unwrap_err();
        assert_eq!(
            error,
            CaseError::ParameterOutOfRange {
                path: "/x".to_owned(),
                parameter: "maximum dagloon and index percentage",
                date: named,
                covered: covered.to_owned(),
            }
        );
    }
}

#[test]
fn confidence_codes() {
    // docs/domain/PARAMETERS.md: H read in the law or an official publication, M several reliable
    // secondary sources agree, E an estimate Helder derived.
    let codes = [Confidence::High, Confidence::Medium, Confidence::Estimate].map(Confidence::code);
    assert_eq!(codes, ["H", "M", "E"]);
}

/// FNV-1a 64's published test vectors (draft-eastlake-fnv, "" / "a" / "foobar").
#[test]
fn fnv1a_test_vectors() {
    assert_eq!(fnv1a(b""), 0xcbf2_9ce4_8422_2325);
    assert_eq!(fnv1a(b"a"), 0xaf63_dc4c_8601_ec8c);
    assert_eq!(fnv1a(b"foobar"), 0x8594_4171_f739_67e8);
}

/// The fingerprint in `rules_version` is the hash of every table's values, so a changed value
/// (here the maximum dagloon from 2023-07-01, Wfsv 17: € 264.57) changes it.
#[test]
fn fingerprint_hashes_the_tables() {
    let text = canonical_tables();
    assert!(text.contains("\u{0}2023-07-01|26457|"), "{text}");
    assert!(text.contains("\u{0}minimum wage per month|"), "{text}");
    assert_eq!(fingerprint(), fnv1a(text.as_bytes()));
    assert_ne!(fingerprint(), fnv1a(text.replace("|26457|", "|26458|").as_bytes()));
}

/// `Cursor::at` answers what `Table::at` answers (the same entry, or the same error), for dates
/// that grow, as a schedule's months do, and for dates in any order; `next_change_after` is the
/// first entry after the date, by a plain scan.
mod cursor {
    use super::*;
    use proptest::prelude::*;

    fn day(offset: i64) -> NaiveDate {
        // From mid-2014 (before every table) to mid-2027 (past them).
        ymd(2014, 6, 1) + chrono::Duration::days(offset)
    }

    fn same<T: Copy>(table: &'static Table<T>, days: &[i64]) -> Result<(), TestCaseError> {
        same_on(table, days.iter().map(|offset| day(*offset)))
    }

    fn same_on<T: Copy>(table: &'static Table<T>, dates: impl Iterator<Item = NaiveDate>) -> Result<(), TestCaseError> {
        let mut cursor = Cursor::new(table);
        for date in dates {
            let theirs = table.at(date, "/x").map(|entry| entry.from);
            prop_assert_eq!(cursor.at(date, "/x").map(|entry| entry.from), theirs, "{} on {}", table.name, date);
            let scanned = table.entries.iter().map(|e| e.from).find(|from| *from > date).unwrap_or(NaiveDate::MAX);
            prop_assert_eq!(table.next_change_after(date), scanned);
        }
        Ok(())
    }

    /// Every entry's first day, the days either side of it, the last known day and the day after.
    fn boundaries<T: Copy>(table: &Table<T>) -> Vec<NaiveDate> {
        let around = |date: NaiveDate| [date.pred_opt(), Some(date), date.succ_opt()].into_iter().flatten();
        let mut dates: Vec<NaiveDate> = table.entries.iter().flat_map(|e| around(e.from)).collect();
        dates.extend(around(table.known_through));
        dates
    }

    #[test]
    fn on_every_boundary_growing_and_shrinking() {
        fn both<T: Copy>(table: &'static Table<T>) {
            let dates = boundaries(table);
            same_on(table, dates.iter().copied()).unwrap();
            same_on(table, dates.iter().rev().copied()).unwrap();
        }
        both(&MINIMUM_WAGE);
        both(&DAGLOON_INDEX);
        both(&STATUTORY_INTEREST);
    }

    proptest! {
        #[test]
        fn in_any_order(days in proptest::collection::vec(0i64..4_750, 1..60)) {
            same(&MINIMUM_WAGE, &days)?;
            same(&DAGLOON_INDEX, &days)?;
            same(&STATUTORY_INTEREST, &days)?;
        }

        #[test]
        fn for_growing_dates(mut days in proptest::collection::vec(0i64..4_750, 1..60)) {
            days.sort_unstable();
            same(&MINIMUM_WAGE, &days)?;
            same(&DAGLOON_INDEX, &days)?;
        }
    }
}
