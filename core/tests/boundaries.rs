//! The edges the golden cases do not reach: the day a deadline falls on, the first and last
//! month a fact may name, and the codes the explanation reads. Each test here was written for a
//! mutant that survived `cargo xtask mutants` (see BENCHMARKS.md, "Mutation testing"); the
//! cases are golden cases with one fact moved to the boundary.

use serde_json::{Value, json};

/// The golden case `name` (`tests/cases/NAME.case.json`) as JSON, to move one fact.
fn golden(name: &str) -> Value {
    let path = format!("{}/../tests/cases/{name}.case.json", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    serde_json::from_str(&text).expect("golden case is JSON")
}

fn compute(case: &Value) -> Result<Value, (String, String, String)> {
    helder_core::compute(&case.to_string())
        .map(|json| serde_json::from_str(&json).expect("result is JSON"))
        .map_err(|error| (error.code().to_owned(), error.path().to_owned(), error.to_string()))
}

fn contradiction(path: &str, rule: &str) -> Result<Value, (String, String, String)> {
    Err(("contradiction".to_owned(), path.to_owned(), rule.to_owned()))
}

/// (date, state) of the timeline event `event`.
fn event(result: &Value, event: &str) -> Option<(String, String)> {
    result["timeline"].as_array()?.iter().find(|e| e["event"] == event).map(|e| {
        (e["date"].as_str().unwrap_or_default().to_owned(), e["state"].as_str().unwrap_or_default().to_owned())
    })
}

/// WIA 64 lid 3: the application is due 13 weeks before the waiting period ends (p09: first sick
/// day 2021-11-08, due 2023-08-20). On the due day itself it is not yet late.
#[test]
fn application_deadline_is_late_only_after_its_day() {
    let mut case = golden("p09-decision-differs");
    for fact in ["application", "decision", "correction", "decisions", "contacts"] {
        case.as_object_mut().expect("case is an object").remove(fact);
    }
    // (as_of, state)
    for (as_of, state) in [("2023-08-19", "next"), ("2023-08-20", "next"), ("2023-08-21", "late")] {
        case["as_of"] = json!(as_of);
        let result = compute(&case).expect("computes");
        assert_eq!(
            event(&result, "application_deadline"),
            Some(("2023-08-20".to_owned(), state.to_owned())),
            "{as_of}"
        );
    }
}

/// Awb 6:7: six weeks to object, shown only when a decided amount differs from Helder's
/// calculation (p09: letter of 2025-01-06, deadline 2025-02-17); p08's letter agrees: none.
#[test]
fn objection_deadline_only_when_an_amount_differs() {
    let differs = compute(&golden("p09-decision-differs")).expect("computes");
    assert_eq!(event(&differs, "objection_deadline"), Some(("2025-02-17".to_owned(), "next".to_owned())));
    let agrees = compute(&golden("p08-decision-agrees")).expect("computes");
    assert!(agrees["decisions"][0]["amounts"].as_array().is_some_and(|a| a.iter().all(|a| a["agrees"] == true)));
    assert_eq!(event(&agrees, "objection_deadline"), None);
}

/// Paid months must lie in the correction period: from the benefit start's month (p06: 2023-11)
/// through the month before the correction date (2025-01-01 → 2024-12).
#[test]
fn paid_months_outside_the_correction_period_are_contradictions() {
    let before = "a paid month before the benefit start";
    let after = "a paid month after the correction period";
    // (correction date, paid month, contradiction; None: the month is inside, and the other
    // months of the period are then missing)
    let table = [
        ("2025-01-01", "2023-10", Some(before)),
        ("2025-01-01", "2023-11", None),
        ("2025-01-01", "2024-12", None),
        ("2025-01-01", "2025-01", Some(after)),
        // A correction from 2023-11-20 leaves no month before it: November is after the period.
        ("2023-11-20", "2023-11", Some(after)),
    ];
    let missing = "what was paid in every month of the correction period is needed to compute the back payment";
    for (correction_date, month, outcome) in table {
        let mut case = golden("p06-backpay-too-low");
        case["correction"]["correction_date"] = json!(correction_date);
        case["correction"]["paid"] = json!([{ "month": month, "amount": "1500.00" }]);
        let result = compute(&case);
        match outcome {
            Some(rule) => assert_eq!(result, contradiction("/correction/paid", rule), "{correction_date} {month}"),
            None => assert_eq!(
                result,
                Err(("missing_fact".to_owned(), "/correction/paid".to_owned(), missing.to_owned())),
                "{correction_date} {month}"
            ),
        }
    }
}

/// An advance paid in the month of the calculation date is a fact; one in a later month is not
/// (p03: as of 2024-06-30).
#[test]
fn advance_payments_through_the_calculation_month() {
    for (month, accepted) in [("2024-06", true), ("2024-07", false)] {
        let mut case = golden("p03-advance-refused-waived");
        case["advance"]["payments"] = json!([{ "month": month, "amount": "1500.00" }]);
        let result = compute(&case);
        if accepted {
            assert!(result.is_ok(), "{month}: {result:?}");
        } else {
            assert_eq!(result, contradiction("/advance/payments", "an advance paid after the calculation date"));
        }
    }
}

/// Letters and calls may fall on the first sick day and on the calculation date, not outside
/// (p09: 2021-11-08 to 2025-01-10).
#[test]
fn contacts_within_the_case_dates() {
    let outside = "a letter or call outside the case (before the first sick day or after the calculation date)";
    for (date, accepted) in [("2021-11-07", false), ("2021-11-08", true), ("2025-01-10", true), ("2025-01-11", false)] {
        let mut case = golden("p09-decision-differs");
        case["contacts"] = json!([{ "date": date, "kind": "call", "subject": "other" }]);
        let result = compute(&case);
        if accepted {
            assert!(result.is_ok(), "{date}: {result:?}");
        } else {
            assert_eq!(result, contradiction("/contacts/0/date", outside), "{date}");
        }
    }
}

/// Every month of the benefit through the calculation month has its own trace line (p09:
/// 2023-11 to 2025-01, 15 months), so the explanation can show each.
#[test]
fn each_benefit_month_through_the_calculation_month_is_traced() {
    let result = compute(&golden("p09-decision-differs")).expect("computes");
    let months = result["benefit"]["months"].as_array().expect("months");
    assert_eq!((months.len(), &months[0]["month"], &months[14]["month"]), (15, &json!("2023-11"), &json!("2025-01")));
    let traced: Vec<&str> = result["trace"]
        .as_array()
        .expect("trace")
        .iter()
        .filter_map(|line| line["figure"].as_str())
        .filter(|figure| figure.starts_with("/benefit/months/"))
        .collect();
    let expected: Vec<String> = (0..15).map(|index| format!("/benefit/months/{index}/amount")).collect();
    assert_eq!(traced, expected);
}

/// What the explanation reads besides the figures: the rules version, each line's basis and
/// each parameter's confidence (docs/domain/PARAMETERS.md: H, M, E).
#[test]
fn rules_version_basis_and_confidence_codes() {
    let result = compute(&golden("p09-decision-differs")).expect("computes");
    let version = result["rules_version"].as_str().expect("rules_version");
    assert_eq!(version, helder_core::rules_version());
    let fingerprint = version.strip_prefix(concat!("helder-core ", env!("CARGO_PKG_VERSION"), "+")).expect(version);
    assert!(fingerprint.len() == 16 && fingerprint.bytes().all(|b| b.is_ascii_hexdigit()), "{version}");

    let line = |rule: &str| {
        result["trace"].as_array().and_then(|t| t.iter().find(|l| l["rule"] == rule)).cloned().expect(rule)
    };
    // (rule, source, basis)
    for (rule, source, basis) in [
        ("waiting_period_end", "WIA 23, WIA 25 lid 9", "law"),
        ("dagloon_as_set", "VA-2025", "policy"),
        ("told_difference", "HERSTEL-2021", "helder_decision"),
    ] {
        assert_eq!((line(rule)["source"].as_str(), line(rule)["basis"].as_str()), (Some(source), Some(basis)));
    }
    // Wfsv 17: the maximum dagloon from 2023-07-01, 264.57, from UWV's Rekenregels (M).
    assert_eq!(
        line("maximum_dagloon")["inputs"][1],
        json!({ "name": "maximum_dagloon", "value": "264.57", "source": "Rekenregels 1 juli 2023", "confidence": "M" })
    );
}

/// The application lies between the first sick day and the calculation date, both included
/// (p09: 2021-11-08 to 2025-01-10); repayments of the advance up to the calculation date (p03:
/// 2024-06-30); a decision about the advance on or after the WIA decision (p08: 2023-09-20).
#[test]
fn facts_on_the_boundary_days_are_accepted() {
    let before_sick = "the application is before the first sick day";
    for (received, accepted) in [("2021-11-07", false), ("2021-11-08", true)] {
        let mut case = golden("p09-decision-differs");
        case["application"]["received"] = json!(received);
        let result = compute(&case);
        if accepted {
            assert!(result.is_ok(), "{received}: {result:?}");
        } else {
            assert_eq!(result, contradiction("/application/received", before_sick), "{received}");
        }
    }
    for (date, accepted) in [("2024-06-30", true), ("2024-07-01", false)] {
        let mut case = golden("p03-advance-refused-waived");
        case["advance"]["repayments"][0]["date"] = json!(date);
        let result = compute(&case);
        if accepted {
            assert!(result.is_ok(), "{date}: {result:?}");
        } else {
            assert_eq!(result, contradiction("/advance/repayments/0/date", "a repayment after the calculation date"));
        }
    }
    let order = "a decision about the advance comes on or after the WIA decision";
    for (date, accepted) in [("2023-09-19", false), ("2023-09-20", true)] {
        let mut case = golden("p08-decision-agrees");
        case["decisions"][0]["date"] = json!(date);
        let result = compute(&case);
        if accepted {
            assert!(result.is_ok(), "{date}: {result:?}");
        } else {
            assert_eq!(result, contradiction("/decisions/0/date", order), "{date}");
        }
    }
}

/// Each letter besides the WIA decision is its own timeline event (p09: the dagloon
/// correction of 2025-01-06).
#[test]
fn letters_are_timeline_events() {
    let result = compute(&golden("p09-decision-differs")).expect("computes");
    assert_eq!(event(&result, "letter_dagloon_correction"), Some(("2025-01-06".to_owned(), "done".to_owned())));
}

/// The case id is 1 to 64 printable characters (CASE-FORMAT.md), checked after trimming.
#[test]
fn case_id_of_one_to_64_printable_characters() {
    let bad = || {
        Err((
            "bad_value".to_owned(),
            "/case_id".to_owned(),
            "expected a case id of 1 to 64 printable characters".to_owned(),
        ))
    };
    for (case_id, accepted) in [
        ("P", true),
        (&*"P".repeat(64), true),
        (&*"P".repeat(65), false),
        ("", false),
        ("   ", false),
        ("P-\u{7}01", false),
    ] {
        let mut case = golden("p01-iva-basic");
        case["case_id"] = json!(case_id);
        let result = compute(&case);
        if accepted {
            assert_eq!(result.map(|r| r["case_id"].clone()), Ok(json!(case_id)), "{case_id:?}");
        } else {
            assert_eq!(result, bad(), "{case_id:?}");
        }
    }
}

/// Awb 4:17: the notice of default comes with or after the application (p05: received
/// 2024-02-05), and a penalty decision on or after the notice (p05: 2024-04-15).
#[test]
fn notice_of_default_and_penalty_decision_on_their_first_day() {
    let early_notice = "the notice of default is before the application";
    let late_notice = "the notice of default is after the calculation date";
    // (notice, contradiction); p05 is computed as of 2024-12-31.
    for (notice, outcome) in [
        ("2024-02-04", Some(early_notice)),
        ("2024-02-05", None),
        ("2024-12-31", None),
        ("2025-01-01", Some(late_notice)),
    ] {
        let mut case = golden("p05-penalty");
        case["application"]["notice_of_default"] = json!(notice);
        case.as_object_mut().expect("case is an object").remove("decisions");
        let result = compute(&case);
        match outcome {
            None => assert!(result.is_ok(), "{notice}: {result:?}"),
            Some(rule) => assert_eq!(result, contradiction("/application/notice_of_default", rule), "{notice}"),
        }
    }
    let early_decision = "a penalty decision comes after a notice of default (Awb 4:17)";
    for (date, accepted) in [("2024-04-14", false), ("2024-04-15", true)] {
        let mut case = golden("p05-penalty");
        case["decisions"] = json!([{ "kind": "penalty", "date": date, "reference": "DW-2024-1" }]);
        let result = compute(&case);
        if accepted {
            assert!(result.is_ok(), "{date}: {result:?}");
        } else {
            assert_eq!(result, contradiction("/decisions/0/date", early_decision), "{date}");
        }
    }
}

/// A back payment may come up to a year before the day before the correction date (p06:
/// correction 2025-01-01, so from 2023-12-31), not earlier.
#[test]
fn back_payment_at_most_a_year_before_the_correction() {
    let early = "the back payment is more than a year before the correction date";
    for (back, accepted) in [("2023-12-30", false), ("2023-12-31", true), ("2020-01-01", false)] {
        let mut case = golden("p06-backpay-too-low");
        case["correction"]["back_payment_date"] = json!(back);
        let result = compute(&case);
        if accepted {
            assert!(result.is_ok(), "{back}: {result:?}");
        } else {
            assert_eq!(result, contradiction("/correction/back_payment_date", early), "{back}");
        }
    }
}

/// A dagloon correction without the WIA decision asks for the decision, not for the wages (p06
/// without its decision).
#[test]
fn a_correction_without_the_decision_asks_for_the_decision() {
    let mut case = golden("p06-backpay-too-low");
    case.as_object_mut().expect("case is an object").remove("decision");
    assert_eq!(
        compute(&case),
        Err((
            "missing_fact".to_owned(),
            "/decision".to_owned(),
            "the WIA decision is needed to compute the back payment".to_owned()
        ))
    );
}

/// What UWV paid, when the case states it for every month of the correction period, is what the
/// back payment compares with (p06: 2023-11 to 2024-12, 14 months of € 1,500.00 = € 21,000.00).
#[test]
fn a_complete_paid_schedule_is_the_paid_side_of_the_back_payment() {
    let mut case = golden("p06-backpay-too-low");
    let months: Vec<Value> = (0..14)
        .map(|i| json!({ "month": format!("{}-{:02}", 2023 + (10 + i) / 12, (10 + i) % 12 + 1), "amount": "1500.00" }))
        .collect();
    case["correction"]["paid"] = json!(months);
    let result = compute(&case).expect("computes");
    let backpay = &result["backpay"];
    assert_eq!(backpay["paid_total"], json!("21000.00"));
    let paid: Vec<&Value> = backpay["months"].as_array().expect("months").iter().map(|m| &m["paid"]).collect();
    assert_eq!(paid, vec![&json!("1500.00"); 14]);
    assert_eq!(
        (&backpay["months"][0]["month"], &backpay["months"][13]["month"]),
        (&json!("2023-11"), &json!("2024-12"))
    );
}

/// Exactly one event is `now`: while a correction is being handled, its step (p10: second
/// check); once decided, the running benefit (p06).
#[test]
fn one_now_event_before_and_after_the_correction_is_decided() {
    for (name, now) in
        [("p10-correction-to-check", "correction_second_check"), ("p06-backpay-too-low", "benefit_running")]
    {
        let result = compute(&golden(name)).expect("computes");
        let nows: Vec<&Value> = result["timeline"]
            .as_array()
            .expect("timeline")
            .iter()
            .filter(|e| e["state"] == "now")
            .map(|e| &e["event"])
            .collect();
        assert_eq!(nows, vec![&json!(now)], "{name}");
    }
}

/// Each disability class keeps the code the case format gives it (CASE-FORMAT.md:
/// `35-45` … `80-100`).
#[test]
fn disability_class_codes_are_the_case_format_codes() {
    for code in ["35-45", "45-55", "55-65", "65-80", "80-100"] {
        let mut case = golden("p15-wga-vvu-holiday-allowance");
        case["decision"]["disability_class"] = json!(code);
        let parsed = helder_core::contract::parse_case(&case.to_string()).expect("parses");
        assert_eq!(parsed.decision.and_then(|d| d.disability_class).map(|c| c.code()), Some(code));
    }
}

/// Wfsv 17: a dagloon above the maximum is capped, and income then counts for the capped part
/// only (WIA 52: income × capped / uncapped dagloon). P01 at € 6,000.00 a month: the dagloon at
/// the benefit start is the maximum of 2024-01-01, € 274.44.
#[test]
fn a_capped_dagloon_counts_income_in_proportion() {
    let mut case = golden("p01-iva-basic");
    for month in case["wages"]["months"].as_array_mut().expect("wage months") {
        month["sv_wage"] = json!("6000.00");
    }
    case["income"] = json!([{ "month": "2024-04", "amount": "1000.00" }]);
    let result = compute(&case).expect("computes");
    let dagloon = &result["dagloon"];
    assert_eq!(
        (&dagloon["uncapped_at_start"], &dagloon["maximum_at_start"], &dagloon["at_start"], &dagloon["capped"]),
        (&json!("330.94"), &json!("274.44"), &json!("274.44"), &json!(true))
    );
    let plain = compute(&golden("p01-iva-basic")).expect("computes");
    assert_eq!((&plain["dagloon"]["at_start"], &plain["dagloon"]["capped"]), (&json!("165.47"), &json!(false)));
    let april = &result["benefit"]["months"][1];
    assert_eq!(
        (&april["month"], &april["maandloon"], &april["income"]),
        (&json!("2024-04"), &json!("5969.07"), &json!("1000.00"))
    );
    // 75 % × 5,969.07 − 70 % × 1,000.00 × 274.44 / 330.94 = 4,476.8025 − 580.4919 = 3,896.31
    assert_eq!(april["amount"], json!("3896.31"));
}

/// A dagloon correction with a granted benefit but no wages asks for the wages; with a refused
/// claim it is a contradiction (p06 without its wages; p06 refused).
#[test]
fn a_correction_without_wages_asks_for_them() {
    let mut case = golden("p06-backpay-too-low");
    case.as_object_mut().expect("case is an object").remove("wages");
    assert_eq!(
        compute(&case),
        Err((
            "missing_fact".to_owned(),
            "/wages".to_owned(),
            "the wages of the reference period is needed to compute the back payment".to_owned()
        ))
    );
    let mut refused = golden("p06-backpay-too-low");
    refused["decision"] = json!({ "date": "2023-10-02", "outcome": "refused" });
    assert_eq!(
        compute(&refused),
        contradiction("/correction", "a dagloon correction needs a granted benefit, and the claim was refused")
    );
}

/// A letter may be dated on the calculation date, not after it (p09: as of 2025-01-10).
#[test]
fn a_decision_on_the_calculation_date_is_accepted() {
    for (date, accepted) in [("2025-01-10", true), ("2025-01-11", false)] {
        let mut case = golden("p09-decision-differs");
        case["decisions"][0]["date"] = json!(date);
        let result = compute(&case);
        if accepted {
            assert!(result.is_ok(), "{date}: {result:?}");
        } else {
            assert_eq!(result, contradiction("/decisions/0/date", "the decision is after the calculation date"));
        }
    }
}

/// The error document of CASE-FORMAT.md: `{"error", "path", "message"}`.
#[test]
fn an_error_is_the_case_format_error_document() {
    let mut case = golden("p01-iva-basic");
    case["case_id"] = json!("");
    let error = helder_core::compute(&case.to_string()).expect_err("an empty case id");
    let document: Value = serde_json::from_str(&error.to_json()).expect("JSON");
    assert_eq!(
        document,
        json!({ "error": "bad_value", "path": "/case_id", "message": "expected a case id of 1 to 64 printable characters" })
    );
}

/// WIA 64: UWV decides within 8 weeks of the application (p09: received 2023-08-14, due
/// 2023-10-09); without a decision that day is `next` through itself and `late` after.
#[test]
fn decision_due_is_late_only_after_its_day() {
    let mut case = golden("p09-decision-differs");
    for fact in ["decision", "correction", "decisions", "contacts"] {
        case.as_object_mut().expect("case is an object").remove(fact);
    }
    for (as_of, state) in [("2023-10-09", "next"), ("2023-10-10", "late")] {
        case["as_of"] = json!(as_of);
        let result = compute(&case).expect("computes");
        assert_eq!(event(&result, "decision_due"), Some(("2023-10-09".to_owned(), state.to_owned())), "{as_of}");
        // Applied, not yet decided: the case waits for UWV's assessment.
        assert_eq!(event(&result, "assessment"), Some((as_of.to_owned(), "now".to_owned())), "{as_of}");
    }
}

/// A letter's reference (kenmerk) is 1 to 64 printable characters (CASE-FORMAT.md).
#[test]
fn letter_reference_of_one_to_64_printable_characters() {
    let bad = "expected the letter's reference: 1 to 64 printable characters";
    for (reference, accepted) in
        [("D", true), (&*"D".repeat(64), true), (&*"D".repeat(65), false), (" ", false), ("DC-\u{0}1", false)]
    {
        let mut case = golden("p09-decision-differs");
        case["decisions"][0]["reference"] = json!(reference);
        let result = compute(&case);
        if accepted {
            assert!(result.is_ok(), "{reference:?}: {result:?}");
        } else {
            assert_eq!(
                result,
                Err(("bad_value".to_owned(), "/decisions/0/reference".to_owned(), bad.to_owned())),
                "{reference:?}"
            );
        }
    }
}

/// The correction date may be the benefit start, not before it (p06: start 2023-11-06).
#[test]
fn a_correction_from_the_benefit_start() {
    for (date, accepted) in [("2023-11-05", false), ("2023-11-06", true)] {
        let mut case = golden("p06-backpay-too-low");
        case["correction"]["correction_date"] = json!(date);
        let result = compute(&case);
        if accepted {
            assert!(result.is_ok(), "{date}: {result:?}");
        } else {
            assert_eq!(
                result,
                contradiction("/correction/correction_date", "the correction date is before the benefit start")
            );
        }
    }
}

/// Money in a case is `digits.dd`: exactly two decimals, at most nine digits before the point
/// (CASE-FORMAT.md).
#[test]
fn amounts_have_exactly_two_decimals() {
    use helder_core::{Euro, contract::parse_amount};
    for (text, amount) in [
        ("1500.00", Some(Euro::cents(150_000))),
        ("999999999.99", Some(Euro::cents(99_999_999_999))),
        ("1000000000.00", None),
        ("1500.0", None),
        ("1500.000", None),
        ("1500", None),
        (".50", None),
        ("1500.5a", None),
        ("+1500.00", None),
    ] {
        assert_eq!(parse_amount(text), amount, "{text}");
    }
}

/// The browser formats amounts from their digits alone (`amount_digits`, issue 15): for every
/// text `parse_amount` takes, the digits are those of the amount it reads, leading zeros and all;
/// for every text it refuses, there are none.
#[test]
fn amount_digits_are_the_parsed_amounts_digits() {
    use helder_core::contract::{amount_digits, parse_amount};
    let texts = "0.00 0.05 00.05 000000000.10 0012.30 1.00 10.00 100.00 1000.00 1234.56 999999999.99 \
                 010000000.00 1000000000.00 0000000001.00 1500.0 1500 .50 -1.00 1.0a . 1. a.00 1.-1 ١.00";
    let texts = texts.split_whitespace().chain([""]);
    for text in texts {
        let expected = parse_amount(text).map(|amount| amount.to_string());
        let digits = amount_digits(text).map(|(whole, cents)| format!("{whole}.{cents}"));
        assert_eq!(digits, expected, "{text}");
    }
    // And every amount of up to nine digits by its cents, sampled across the range.
    for cents in (0..100_000_000_000_i64).step_by(9_876_543).chain([1, 99, 100, 99_999_999_999]) {
        let text = format!("{}.{:02}", cents / 100, cents % 100);
        let padded = format!("00{text}");
        let expected = parse_amount(&text).map(|amount| amount.to_string()).expect("a valid amount");
        for text in [&text, &padded] {
            let digits = amount_digits(text).map(|(whole, cents)| format!("{whole}.{cents}"));
            if text.len() - 3 <= 9 {
                assert_eq!(digits.as_deref(), Some(expected.as_str()), "{text}");
            } else {
                assert_eq!((digits, parse_amount(text)), (None, None), "{text}");
            }
        }
    }
}

/// A list where the case format has one names what it expects (CASE-FORMAT.md: lists hold at
/// most 1,200 entries).
#[test]
fn a_list_field_says_it_expects_a_list() {
    let mut case = golden("p09-decision-differs");
    case["contacts"] = json!("a call");
    let (code, path, message) = compute(&case).expect_err("not a list");
    assert_eq!((code.as_str(), path.as_str()), ("bad_value", "/contacts"));
    assert!(message.ends_with("expected a list of at most 1200 entries"), "{message}");
}

/// The calculation date may be the first sick day, not before it (p01: 2022-03-07).
#[test]
fn a_calculation_on_the_first_sick_day() {
    let mut case = golden("p01-iva-basic");
    for fact in ["application", "decision"] {
        case.as_object_mut().expect("case is an object").remove(fact);
    }
    for (as_of, accepted) in [("2022-03-06", false), ("2022-03-07", true)] {
        case["as_of"] = json!(as_of);
        let result = compute(&case);
        if accepted {
            assert!(result.is_ok(), "{as_of}: {result:?}");
        } else {
            assert_eq!(result, contradiction("/as_of", "the calculation date is before the first sick day"));
        }
    }
}

/// DLB 13: a reference period may be a single day, not end before it starts (p01 with the wage
/// of February 2022 only).
#[test]
fn a_reference_period_of_one_day() {
    let mut case = golden("p01-iva-basic");
    case["wages"]["months"] = json!([{ "month": "2022-02", "sv_wage": "3000.00" }]);
    for (to, accepted) in [("2022-02-27", false), ("2022-02-28", true)] {
        case["wages"]["reference_period"] = json!({ "from": "2022-02-28", "to": to });
        let result = compute(&case);
        if accepted {
            assert!(result.is_ok(), "{to}: {result:?}");
        } else {
            assert_eq!(
                result,
                contradiction("/wages/reference_period/to", "the reference period ends before it starts")
            );
        }
    }
}

/// DLB 16: the wage total is A − B + C, wages minus holiday pay paid from earlier build-up plus
/// holiday pay built up (p01: 36,000.00 − 500.00 + 1,000.00 = € 36,500.00; / 261 = € 139.85).
#[test]
fn wage_total_adds_built_up_and_subtracts_earlier_holiday_pay() {
    let mut case = golden("p01-iva-basic");
    case["wages"]["holiday_pay_paid_from_earlier"] = json!("500.00");
    case["wages"]["holiday_pay_built_up"] = json!("1000.00");
    let result = compute(&case).expect("computes");
    assert_eq!(
        (&result["dagloon"]["wage_total"], &result["dagloon"]["uncapped"]),
        (&json!("36500.00"), &json!("139.85"))
    );
}

/// Awb 4:17 lid 2: € 23 a day for the first 14 days, € 35 for the next 14, € 45 after; the
/// penalty line shows each rate and the maximum, 14 × (23 + 35 + 45) = € 1,442.00 (p05).
#[test]
fn penalty_rates_per_day_in_the_trace() {
    let result = compute(&golden("p05-penalty")).expect("computes");
    let line = result["trace"].as_array().and_then(|t| t.iter().find(|l| l["rule"] == "penalty_amount")).expect("line");
    let inputs: Vec<(&str, &str)> = line["inputs"]
        .as_array()
        .expect("inputs")
        .iter()
        .filter(|input| input["name"].as_str().is_some_and(|name| name.starts_with("per_day") || name == "maximum"))
        .map(|input| (input["name"].as_str().unwrap_or_default(), input["value"].as_str().unwrap_or_default()))
        .collect();
    assert_eq!(
        inputs,
        [("per_day_1_14", "23.00"), ("per_day_15_28", "35.00"), ("per_day_29_42", "45.00"), ("maximum", "1442.00")]
    );
}

/// DLB 13: a reference period of at most 370 days (p01: 2021-02-23 to 2022-02-28 is 370 days).
#[test]
fn a_reference_period_of_at_most_370_days() {
    for (from, accepted) in [("2021-02-22", false), ("2021-02-23", true)] {
        let mut case = golden("p01-iva-basic");
        case["wages"]["reference_period"] = json!({ "from": from, "to": "2022-02-28" });
        let result = compute(&case);
        if accepted {
            assert!(result.is_ok(), "{from}: {result:?}");
        } else {
            assert_eq!(
                result,
                contradiction("/wages/reference_period", "the reference period is longer than one year (DLB 13)")
            );
        }
    }
}

/// The WIA decision may fall on the day of the application, not before it (p01: received
/// 2023-11-20).
#[test]
fn a_decision_on_the_day_of_the_application() {
    for (date, accepted) in [("2023-11-19", false), ("2023-11-20", true)] {
        let mut case = golden("p01-iva-basic");
        case["decision"]["date"] = json!(date);
        let result = compute(&case);
        if accepted {
            assert!(result.is_ok(), "{date}: {result:?}");
        } else {
            assert_eq!(result, contradiction("/decision/date", "the decision is before the application"));
        }
    }
}

/// Only the settlement letter says UWV waived the advance: listed after another letter it still
/// dates the event, and without it there is no "waived" event, whatever other letter there is.
#[test]
fn only_the_settlement_letter_dates_the_waiver() {
    let mut case = golden("p08-decision-agrees");
    let letters = case["decisions"].as_array_mut().expect("p08 has letters");
    letters.reverse();
    let result = compute(&case).expect("computes");
    assert_eq!(event(&result, "advance_waived"), Some(("2023-10-10".to_owned(), "done".to_owned())));
    case["decisions"].as_array_mut().expect("letters").retain(|letter| letter["kind"] != "advance_settlement");
    let result = compute(&case).expect("computes");
    assert_eq!(event(&result, "advance_waived"), None);
}

/// A benefit that starts on a Saturday at the end of a month (p01 with its first sick day on
/// Saturday 2 April 2022, so the right begins Saturday 30 March 2024) has a first month without
/// a weekday with a right: € 0,00, and still of the decided kind (IVA), not "none".
#[test]
fn a_first_month_without_a_weekday_keeps_the_decided_kind() {
    let mut case = golden("p01-iva-basic");
    case["first_sick_day"] = json!("2022-04-02");
    let months = case["wages"]["months"].as_array_mut().expect("wages");
    months.remove(0);
    months.push(json!({ "month": "2022-03", "sv_wage": "3000.00" }));
    let result = compute(&case).expect("computes");
    assert_eq!(result["dates"]["benefit_start"], "2024-03-30");
    let first = &result["benefit"]["months"][0];
    assert_eq!(
        (&first["month"], &first["weekdays_with_right"], &first["kind"], &first["amount"]),
        (&json!("2024-03"), &json!(0), &json!("iva"), &json!("0.00"))
    );
    assert_eq!(result["benefit"]["months"][1]["amount"], "2699.23");
}

/// The income part of an overpaid advance (WIA 52, a Helder decision) is 70 % of the income, but
/// never more than what is left of the overpayment after the WW's part: p04 (€ 5,400.00 overpaid,
/// € 2,700.00 by WW) with € 5,000.00 income in February and in March gives € 2,700.00, not 70 % of
/// € 10,000.00. With p04's own € 1,200.00 of income: € 840.00.
#[test]
fn the_income_part_is_at_most_what_the_ww_left_of_the_overpayment() {
    let mut case = golden("p04-advance-ww-income");
    let plain = compute(&case).expect("p04 computes");
    assert_eq!(plain["advance"]["income_part"], "840.00");
    case["income"] = json!([{ "month": "2024-02", "amount": "5000.00" }, { "month": "2024-03", "amount": "5000.00" }]);
    let result = compute(&case).expect("computes");
    let advance = &result["advance"];
    assert_eq!(
        (&advance["overpayment"], &advance["ww_offset"], &advance["income_part"]),
        (&json!("5400.00"), &json!("2700.00"), &json!("2700.00"))
    );
}

/// The advance is settled against the benefit the decision grants, which needs the dagloon: a
/// case whose advance ended in an IVA benefit but without the wages of the reference period is
/// refused with the fact it lacks (p04 granted, its wages left out), not settled against an
/// empty benefit. A refusal needs no wages (p04 as it is: € 5,400.00 overpaid).
#[test]
fn an_advance_settlement_needs_the_wages() {
    let mut case = golden("p04-advance-ww-income");
    case.as_object_mut().expect("case is an object").remove("wages");
    let refused = compute(&case).expect("a refusal is settled without wages");
    assert_eq!(refused["advance"]["overpayment"], "5400.00");
    case["decision"] =
        json!({ "date": "2024-03-28", "outcome": "iva", "disability_class": "80-100", "weeks_requirement_met": true });
    let (code, path, message) = compute(&case).expect_err("no dagloon to settle against");
    assert_eq!((code.as_str(), path.as_str()), ("missing_fact", "/wages"));
    assert!(message.contains("the advance settlement"), "{message}");
}
