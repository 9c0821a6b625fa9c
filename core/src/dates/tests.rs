//! Unit tests of `dates` (kept beside the module, out of its source).

use crate::calendar::parse_date;
use crate::contract::parse_case;
use crate::trace::Trace;
fn dates_for(first_sick_day: &str, received: &str, extension_weeks: u32) -> [String; 5] {
    let case = format!(
        r#"{{"format":"helder-case/1","case_id":"T","as_of":"2027-12-31","first_sick_day":"{first_sick_day}",
        "waiting_period_extension_weeks":{extension_weeks},"application":{{"received":"{received}"}}}}"#
    );
    let case = parse_case(&case).unwrap();
    let dates = super::dates(&case, &mut Trace::new()).unwrap();
    [
        dates.waiting_period_end.value,
        dates.benefit_start.value,
        dates.notice_due.value,
        dates.application_deadline.value,
        dates.decision_due.unwrap().value,
    ]
    .map(crate::calendar::format_date)
}

#[test]
fn waiting_period_and_terms() {
    // (first sick day, received, loonsanctie weeks, [end, start, notice, deadline, due]) —
    // WIA 23, 25 lid 9, 47, 64; Awb 4:13 (8 weeks), 16 weeks from 2026 (UWV, estimate).
    let table = [
        ("2022-03-07", "2023-11-20", 0, ["2024-03-03", "2024-03-04", "2023-11-19", "2023-12-17", "2024-01-15"]), // p01
        ("2022-10-12", "2024-07-01", 0, ["2024-10-08", "2024-10-09", "2024-06-25", "2024-07-23", "2024-08-26"]), // p02
        // A year's loonsanctie: the claim decision is due by the end of the extended waiting
        // period, not 8 weeks after the application (Helder decision, issue 16 point 9).
        ("2022-03-07", "2023-11-20", 52, ["2025-03-02", "2025-03-03", "2023-11-19", "2023-12-17", "2025-03-02"]),
        // A short loonsanctie ending before the Awb term: the term still applies.
        ("2022-03-07", "2024-02-20", 1, ["2024-03-10", "2024-03-11", "2023-11-19", "2023-12-17", "2024-04-16"]),
        ("2024-03-11", "2025-12-31", 0, ["2026-03-08", "2026-03-09", "2025-11-23", "2025-12-21", "2026-02-25"]), // last day of 8 weeks
        ("2024-03-11", "2026-01-02", 0, ["2026-03-08", "2026-03-09", "2025-11-23", "2025-12-21", "2026-04-24"]), // 16 weeks from 2026
    ];
    for (sick, received, weeks, expected) in table {
        assert_eq!(dates_for(sick, received, weeks), expected.map(str::to_owned), "{sick} {received} {weeks}");
    }
    assert!(parse_date("2024-02-29").is_some());
}
