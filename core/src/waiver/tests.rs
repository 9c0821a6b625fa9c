//! Unit tests of `waiver` (kept beside the module, out of its source): the contract's open
//! readings of issue 16 — the order of `reason`, `applies` without an overpayment, the date
//! that decides `route`, and `tax_years`.

use crate::contract::parse_case;
use crate::rules::Rule;
use crate::trace::Value;

/// A case with an advance over `months` (YYYY-MM, 1000.00 each), decided on `decided`. With
/// `wages` the claim is an IVA on 3000.00 a month in 2022 (benefit from 2025-01-13, far above
/// the advance); without, it is refused, so the whole advance is overpaid.
struct Facts<'a> {
    first_sick_day: &'a str,
    received: &'a str,
    decided: &'a str,
    months: &'a [&'a str],
    wages: bool,
    client_caused: bool,
    promised: bool,
    repaid: Option<&'a str>,
    refund_date: &'a str,
}

const BASE: Facts<'static> = Facts {
    first_sick_day: "2023-01-16",
    received: "2024-10-01",
    decided: "2025-03-10",
    months: &["2025-01", "2025-02"],
    wages: false,
    client_caused: false,
    promised: false,
    repaid: None,
    refund_date: "2025-06-30",
};

/// (applies, reason, route, tax years, refund inside the documented tegemoetkoming window).
fn waiver_of(facts: &Facts<'_>) -> (bool, String, Option<String>, Vec<i32>, bool) {
    let payments: Vec<String> =
        facts.months.iter().map(|m| format!(r#"{{"month":"{m}","amount":"1000.00"}}"#)).collect();
    let repayments = facts
        .repaid
        .map(|date| format!(r#"{{"date":"{date}","amount":"300.00","kind":"repaid"}}"#))
        .unwrap_or_default();
    let (wages, outcome) = if facts.wages {
        let months: Vec<String> =
            (1..=12).map(|m| format!(r#"{{"month":"2022-{m:02}","sv_wage":"3000.00"}}"#)).collect();
        (format!(r#""wages":{{"months":[{}]}},"#, months.join(",")), r#""outcome":"iva","disability_class":"80-100""#)
    } else {
        (String::new(), r#""outcome":"refused""#)
    };
    let case = format!(
        r#"{{"format":"helder-case/1","case_id":"W","as_of":"2026-06-30","first_sick_day":"{}",{wages}
        "application":{{"received":"{}"}},"decision":{{"date":"{}",{outcome}}},
        "advance":{{"payments":[{}],"client_caused_delay":{},"promised_full_waiver":{},
        "repayments":[{repayments}],"refund_date":"{}"}}}}"#,
        facts.first_sick_day,
        facts.received,
        facts.decided,
        payments.join(","),
        facts.client_caused,
        facts.promised,
        facts.refund_date,
    );
    let case = parse_case(&case).unwrap();
    let result = crate::compute_case(&case).unwrap();
    let waiver = result.waiver.clone().unwrap();
    let tax_line = result.trace.entries().iter().find(|e| e.rule == Rule::TaxCompensation).unwrap();
    let within = result
        .trace
        .inputs_of(tax_line)
        .iter()
        .find(|input| input.name == "within_documented_scheme")
        .map(|input| input.value == Value::Flag(true))
        .unwrap();
    (waiver.applies, waiver.reason, waiver.route, waiver.tax_years, within)
}

#[test]
fn reason_is_the_first_that_holds() {
    // (facts, applies, reason) — CASE-FORMAT `waiver.reason`: promised, outside_scope,
    // client_caused, decision_in_time, no_overpayment, late_decision (KB-2021, HERSTEL-2021).
    let outside = ["2019-03", "2019-04"];
    let early = |client_caused, promised| Facts {
        months: &outside,
        first_sick_day: "2017-03-06",
        received: "2019-01-07",
        decided: "2019-05-20",
        client_caused,
        promised,
        ..BASE
    };
    let table = [
        // A written promise wins over scope and the client's own conduct.
        (early(true, true), true, "promised"),
        // Outside the window comes before the client's own conduct.
        (early(true, false), false, "outside_scope"),
        // The client's own conduct comes before the decision's timing.
        (Facts { decided: "2024-11-20", client_caused: true, ..BASE }, false, "client_caused"),
        (Facts { decided: "2024-11-20", ..BASE }, false, "decision_in_time"),
        // The policy's conditions hold but the decided benefit exceeds the advance: the waiver
        // applies with nothing to waive.
        (Facts { wages: true, ..BASE }, true, "no_overpayment"),
        (BASE, true, "late_decision"),
    ];
    for (facts, applies, reason) in table {
        let (got_applies, got_reason, ..) = waiver_of(&facts);
        assert_eq!((got_applies, got_reason.as_str()), (applies, reason), "{} {}", facts.decided, facts.months[0]);
    }
}

#[test]
fn route_by_advance_end_then_decision_date() {
    // (advance months, received, decided, route) — HERSTEL-2021 windows (seed 000): the advance's
    // end date decides `herstel`; otherwise the decision date decides parked or regular.
    let table = [
        (&["2021-05", "2021-06"][..], "2021-02-01", "2021-07-15", Some("herstel")),
        (&["2021-08"][..], "2021-05-03", "2021-09-01", Some("geparkeerd")), // ended 2021-08-31
        (&["2021-10", "2021-11"][..], "2021-07-05", "2022-01-15", Some("geparkeerd")),
        (&["2021-10", "2021-11", "2021-12", "2022-01", "2022-02"][..], "2021-07-05", "2022-02-22", Some("regulier")),
        // Not applying (decided in time): no route.
        (&["2021-05"][..], "2021-05-03", "2021-06-01", None),
    ];
    for (months, received, decided, route) in table {
        let facts = Facts { months, first_sick_day: "2019-06-03", received, decided, ..BASE };
        let (_, _, got, ..) = waiver_of(&facts);
        assert_eq!(got.as_deref(), route, "{decided}");
    }
}

#[test]
fn tax_years_and_the_documented_tegemoetkoming() {
    // (repaid on, refund date, tax years, inside the 2021-2022 scheme) — RULES §5, item 7.
    let table = [
        (Some("2023-12-15"), "2024-03-01", vec![2023, 2024], false), // later refund: flagged, scheme uncertain
        (Some("2021-11-01"), "2022-06-01", vec![2021, 2022], true),  // inside the repair operation
        (Some("2024-02-01"), "2024-03-01", vec![], false),           // same year: no tax effect
        (None, "2024-03-01", vec![], false),                         // nothing repaid, nothing refunded
    ];
    for (repaid, refund_date, years, within) in table {
        let facts = Facts { repaid, refund_date, ..BASE };
        let (_, _, _, got_years, got_within) = waiver_of(&facts);
        assert_eq!((got_years, got_within), (years, within), "{refund_date}");
    }
}
