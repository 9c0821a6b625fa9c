//! Unit tests of `benefit` (kept beside the module, out of its source).

use super::*;
use crate::calendar::parse_date;

fn euro(text: &str) -> Euro {
    Euro::exact(text.parse::<Decimal>().unwrap()).unwrap()
}

fn decision(class: &str, residual: Option<&str>) -> Decision {
    let class = match class {
        "35-45" => DisabilityClass::From35To45,
        "45-55" => DisabilityClass::From45To55,
        "55-65" => DisabilityClass::From55To65,
        "65-80" => DisabilityClass::From65To80,
        _ => DisabilityClass::From80To100,
    };
    Decision {
        date: parse_date("2024-01-10").unwrap(),
        outcome: Outcome::Wga,
        disability_class: Some(class),
        weeks_requirement_met: true,
        lgu_months: 3,
        residual_earning_capacity: residual.map(euro),
        assumed: false,
    }
}

/// The rate after the LGU, rounded to cents as a whole month at that rate is, with its kind and
/// the step of WIA 61-62 that gave it.
fn after_lgu_rate(
    decision: &Decision,
    maandloon: &str,
    income: &str,
    ratio: &str,
    minimum_cents: i64,
) -> (String, &'static str, &'static str) {
    let mut trace = Trace::new();
    let dagloon = trace.record(Rule::DagloonAtStart, None, Euro::cents(10_000), []);
    let ratio = trace.record(Rule::IncomeRatio, None, ratio.parse::<Decimal>().unwrap(), []);
    let income_by_month = BTreeMap::new();
    let start = parse_date("2024-01-01").unwrap();
    let basis = Basis {
        decision,
        benefit_start: start,
        dagloon_at_start: &dagloon,
        income_ratio: &ratio,
        income: &income_by_month,
        // The LGU has ended: every day below is after it.
        lgu_end: Some(add_months(start, 3)),
    };
    let day = parse_date("2025-03-03").unwrap();
    let rate = day_rate(&basis, day, add_months(start, 2), euro(maandloon), euro(income), minimum_cents);
    (Euro::round_half_up(rate.monthly).to_string(), rate.kind.code(), rate.step.unwrap_or("-"))
}

/// A schedule of `first` through `last` for a WGA benefit starting on `start` with this decision,
/// dagloon (cents) and no income, an LGU of three months; with the trace it was recorded in.
fn schedule_of(
    decision: &Decision,
    start: &str,
    dagloon_cents: i64,
    first: &str,
    last: &str,
) -> (Result<Vec<MonthFigure>, CaseError>, Trace) {
    let mut trace = Trace::new();
    let dagloon = trace.record(Rule::DagloonAtStart, None, Euro::cents(dagloon_cents), []);
    let ratio = trace.record(Rule::IncomeRatio, None, Decimal::ONE, []);
    let income = BTreeMap::new();
    let start = parse_date(start).unwrap();
    let basis = Basis {
        decision,
        benefit_start: start,
        dagloon_at_start: &dagloon,
        income_ratio: &ratio,
        income: &income,
        lgu_end: Some(add_months(start, 3)),
    };
    let labels = Labels { figure_prefix: None, figures_through: Month::of(start), amount_rule: None };
    let month = |text: &str| Month::of(parse_date(text).unwrap());
    let months = schedule(&basis, month(first), month(last), &labels, &mut trace);
    (months, trace)
}

#[test]
fn vervolguitkering_is_g_times_minimum_wage_with_holiday_allowance() {
    // (class, maandloon, minimum wage per month in cents, monthly VVU) — WIA 62 lid 1 (G × H),
    // WIA 61 lid 6 (G), WIA 12 lid 1 onder b (the minimum wage plus 8 % holiday allowance).
    let table = [
        ("55-65", "4000.00", 219_180, "994.20"), // 0.42 × 2191.80 × 1.08 (issue 16 item 1; was 920.56)
        ("35-45", "4000.00", 219_180, "662.80"), // 0.28 × 2367.144
        ("45-55", "4000.00", 219_180, "828.50"), // 0.35 × 2367.144
        ("65-80", "4000.00", 219_180, "1201.33"), // 0.5075 × 2367.144 = 1201.32558
        ("55-65", "4000.00", 224_580, "1018.69"), // 1 July 2025: 0.42 × 2245.80 × 1.08
        ("55-65", "2000.00", 219_180, "840.00"), // maandloon below the minimum: 0.42 × 2000.00
        ("55-65", "2367.14", 219_180, "994.20"), // maandloon one cent under 2367.144: 0.42 × 2367.14
    ];
    for (class, maandloon, minimum, expected) in table {
        let got = after_lgu_rate(&decision(class, None), maandloon, "0.00", "1", minimum);
        assert_eq!(got, (expected.to_owned(), "vvu", "62_1_no_capacity_stated"), "{class} {maandloon} {minimum}");
    }
}

#[test]
fn loonaanvulling_follows_wia_60_and_61() {
    // (class, remaining capacity, income, C/D, maandloon, monthly amount, kind, step) — WIA 60
    // lid 1-3, 61 lid 2-5; minimum wage 2191.80 (2025), so H = 2367.144 unless the maandloon is lower.
    let table = [
        // Class 80-100 has no income test (WIA 60 lid 3): always 70 % of maandloon − income
        // (WIA 61 lid 2), also when the decision names a remaining capacity (issue 16 item 3).
        ("80-100", None, "0.00", "1", "4000.00", "2800.00", "lau", "61_2_no_income_test"),
        ("80-100", Some("500.00"), "0.00", "1", "4000.00", "2800.00", "lau", "61_2_no_income_test"),
        ("80-100", Some("500.00"), "300.00", "1", "4000.00", "2590.00", "lau", "61_2_no_income_test"),
        // Earning the whole remaining capacity: 70 % of maandloon − income (WIA 61 lid 2-3).
        ("45-55", Some("1200.00"), "1300.00", "1", "4000.00", "1890.00", "lau", "61_2_capacity_used"),
        // Earning half of it or more: 70 % of maandloon − capacity × C/D (WIA 61 lid 4).
        ("45-55", Some("1200.00"), "700.00", "1", "4000.00", "1960.00", "lau", "61_4_half_used"),
        ("45-55", Some("1200.00"), "700.00", "0.8", "4000.00", "2128.00", "lau", "61_4_half_used"),
        // ... at least G × H (WIA 61 lid 5): 0.35 × min(2367.144, 2000.00) = 700.00 > 0.7 × 500.
        ("45-55", Some("1500.00"), "800.00", "1", "2000.00", "700.00", "lau", "61_5_floor"),
        // ... but never more than 70 % of maandloon − income: 0.7 × (2000 − 1500) = 350.00.
        ("45-55", Some("1900.00"), "1500.00", "1", "2000.00", "350.00", "lau", "61_5_floor"),
        // Earning less than half: the vervolguitkering (WIA 60 lid 1 onder b, 62 lid 1).
        ("45-55", Some("1200.00"), "500.00", "1", "4000.00", "828.50", "vvu", "62_1"),
        // No remaining capacity stated: Helder assumes the vervolguitkering (issue 16 item 2).
        ("45-55", None, "0.00", "1", "4000.00", "828.50", "vvu", "62_1_no_capacity_stated"),
    ];
    for (class, residual, income, ratio, maandloon, expected, kind, step) in table {
        let got = after_lgu_rate(&decision(class, residual), maandloon, income, ratio, 219_180);
        assert_eq!(got, (expected.to_owned(), kind, step), "{class} {residual:?} {income}");
    }
}

#[test]
fn the_month_the_lgu_ends_is_an_lgu_month() {
    // CASE-FORMAT: a month's kind is the kind of its first weekday with a right. LGU of 3 months
    // from 2025-01-15 ends on 2025-04-15 (the first day without LGU); April 2025 has 22 weekdays,
    // 10 of them (1-14 April) at the LGU rate.
    let decided = decision("55-65", None);
    let (months, trace) = schedule_of(&decided, "2025-01-15", 20_000, "2025-04-01", "2025-04-01");
    let months = months.unwrap();
    let month = &months[0];
    // Dagloon 200.00 indexed on 2025-07-01 only, so 200.00 in April; maandloon 4350.00.
    // LGU 70 % × 4350.00 = 3045.00 on 10 days; VVU 0.42 × 2367.144 = 994.20048 on 12 days.
    // (3045.00 × 10 + 994.20048 × 12) / 22 = 1926.38208 → 1926.38.
    assert_eq!((month.kind, month.amount.value.to_string()), (Kind::Lgu, "1926.38".to_owned()));
    // Part of the month rests on the assumption that no remaining capacity means no income test
    // met (issue 16 item 2): the line is a Helder decision, not law.
    let line = trace.entries().iter().find(|e| e.id == month.amount.id).unwrap();
    assert_eq!(line.rule, Rule::BenefitVvuAssumed);
    assert_eq!(line.rule.citation().kind, crate::rules::SourceKind::HelderDecision);
}

#[test]
fn lgu_follows_the_decision_whatever_the_route() {
    // (weeks requirement met, LGU months, LGU end) — WIA 58 lid 1 (26 of 36 weeks, or a WW right
    // or WW revival, onder b-c) and WIA 59 (WW duration received deducted): Helder takes both from
    // the decision and does not model the route (issue 16 item 8, RULES §3).
    let start = parse_date("2025-01-13").unwrap();
    let table = [
        (true, 24, Some("2027-01-13")), // 26 of 36 weeks, full duration
        (true, 3, Some("2025-04-13")),  // through a WW right, 21 months of WW deducted
        (false, 24, None),              // referte-eis not met: straight to LAU or VVU (WIA 60 lid 1)
    ];
    for (met, months, end) in table {
        let mut decided = decision("55-65", None);
        decided.weeks_requirement_met = met;
        decided.lgu_months = months;
        let got = lgu_end(&decided, start, &mut Trace::new()).map(|end| crate::calendar::format_date(end.value));
        assert_eq!(got.as_deref(), end, "{met} {months}");
    }
}

/// A case looked at in November 2026 computes (the tables ran through 2026-06-30 and refused it
/// with 422 before), and the running dagloon is indexed on 1 July 2026 with 1.86 % (an estimate:
/// the minimum wage rise, PARAMETERS.md; WIA 14, DLB 23: new = old × 1.0186, half-up to cents).
#[test]
fn a_case_in_november_2026_is_indexed_on_1_july_2026() {
    // p01's facts (IVA from 2024-03-04, dagloon 165.47 at the start), as_of 2026-11-30.
    let months: Vec<String> = crate::calendar::Month::of(parse_date("2021-03-01").unwrap())
        .through(crate::calendar::Month::of(parse_date("2022-02-01").unwrap()))
        .map(|month| format!(r#"{{"month":"{month}","sv_wage":"3000.00"}}"#))
        .collect();
    let case = format!(
        r#"{{"format":"helder-case/1","case_id":"NOV-2026","as_of":"2026-11-30","first_sick_day":"2022-03-07",
        "wages":{{"months":[{}]}},"application":{{"received":"2023-11-20"}},
        "decision":{{"date":"2024-01-10","outcome":"iva","disability_class":"80-100","weeks_requirement_met":true}}}}"#,
        months.join(",")
    );
    let result: serde_json::Value = serde_json::from_str(&crate::compute(&case).unwrap()).unwrap();
    let figures: Vec<(String, String, String, String)> = result["benefit"]["months"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|m| m["month"].as_str().unwrap() >= "2026-05")
        .map(|m| {
            let text = |key: &str| m[key].as_str().unwrap().to_owned();
            (text("month"), text("dagloon"), text("maandloon"), text("amount"))
        })
        .collect();
    let expected = [
        // 183.45 since 1 January 2026 (× 1.0216); 75 % of 21.75 × dagloon (WIA 51).
        ("2026-05", "183.45", "3990.04", "2992.53"),
        ("2026-06", "183.45", "3990.04", "2992.53"),
        // 183.45 × 1.0186 = 186.8621… → 186.86; 21.75 × 186.86 = 4064.205 → 4064.21; × 75 % → 3048.16.
        ("2026-07", "186.86", "4064.21", "3048.16"),
        ("2026-08", "186.86", "4064.21", "3048.16"),
        ("2026-09", "186.86", "4064.21", "3048.16"),
        ("2026-10", "186.86", "4064.21", "3048.16"),
        ("2026-11", "186.86", "4064.21", "3048.16"),
    ]
    .map(|(a, b, c, d)| (a.to_owned(), b.to_owned(), c.to_owned(), d.to_owned()));
    assert_eq!(figures, expected);
}

/// WIA 61 lid 1: the LGU is 75 % of the maandloon in the first two months of the right and 70 %
/// after, and the trace states that percentage (the explanation prints it). Maandloon € 3,000.00,
/// no income: € 2,250.00, then € 2,100.00.
#[test]
fn the_lgu_states_75_then_70_percent() {
    let mut trace = Trace::new();
    let dagloon = trace.record(Rule::DagloonAtStart, None, Euro::cents(10_000), []);
    let ratio = trace.record(Rule::IncomeRatio, None, Decimal::ONE, []);
    let income_by_month = BTreeMap::new();
    let start = parse_date("2024-01-01").unwrap();
    let decision = decision("55-65", None);
    let basis = Basis {
        decision: &decision,
        benefit_start: start,
        dagloon_at_start: &dagloon,
        income_ratio: &ratio,
        income: &income_by_month,
        lgu_end: Some(add_months(start, 3)),
    };
    let rate = |day: &str| {
        let rate =
            day_rate(&basis, parse_date(day).unwrap(), add_months(start, 2), euro("3000.00"), Euro::ZERO, 219_180);
        (rate.kind.code(), Euro::round_half_up(rate.monthly).to_string(), rate.percent)
    };
    assert_eq!(rate("2024-02-29"), ("lgu", "2250.00".to_owned(), Decimal::new(75, 0)));
    assert_eq!(rate("2024-03-01"), ("lgu", "2100.00".to_owned(), Decimal::new(70, 0)));
}

/// A schedule that runs past the tables, or starts before them, is refused with the same error
/// as when every month looked both tables up (the dagloon index first, then the minimum wage):
/// the cursor and the skipped index lookups do not change which table is named, or its date.
#[test]
fn a_schedule_outside_the_tables_names_the_same_table_and_date() {
    let decided = decision("35-45", None);
    let months = |start: &str, first: &str, last: &str| {
        schedule_of(&decided, start, 10_000, first, last).0.map(|months| months.len())
    };
    let refused = |parameter: &'static str, date: &str| CaseError::ParameterOutOfRange {
        path: "/as_of".into(),
        parameter,
        date: parse_date(date).unwrap(),
        covered: format!("2015-01-01 to {}", crate::calendar::format_date(DAGLOON_INDEX.known_through)),
    };
    // Inside the tables (through their last known month, whichever that is): every month.
    let known = DAGLOON_INDEX.known_through;
    let last_known = Month::of(known).first_day().to_string();
    let expected = Month::of(parse_date("2024-03-01").unwrap()).count_through(Month::of(known));
    assert_eq!(months("2024-03-13", "2024-03-01", &last_known), Ok(expected));
    // Past them: the first month after the last known day, the index named first.
    let after = known.succ_opt().unwrap();
    let past = crate::calendar::add_months(after, 2).to_string();
    assert_eq!(months("2024-03-13", "2024-03-01", &past), Err(refused(DAGLOON_INDEX.name, &after.to_string())));
    // Before them: a start in November 2014 has no minimum wage for its first month (the index
    // is not looked up in the month the benefit starts).
    let before = months("2014-11-17", "2014-11-01", "2015-03-01").unwrap_err();
    let CaseError::ParameterOutOfRange { parameter, date, .. } = before else { panic!("{before:?}") };
    assert_eq!((parameter, date), (MINIMUM_WAGE.name, parse_date("2014-11-01").unwrap()));
}
