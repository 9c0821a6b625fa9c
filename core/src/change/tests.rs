use super::*;
use crate::contract::parse_case;

const CASE: &str = include_str!("../../../tests/cases/p06-backpay-too-low.case.json");

fn version(json: &str) -> (Case, ResultDocument) {
    let case = parse_case(json).expect("a valid case");
    let result = crate::compute_case(&case).expect("computes").into_lines();
    (case, result)
}

fn diff(old: &str, new: &str) -> Difference {
    let (old_case, old_result) = version(old);
    let (new_case, new_result) = version(new);
    difference(Version { case: &old_case, result: &old_result }, Version { case: &new_case, result: &new_result })
}

#[test]
fn identical_versions_have_no_difference() {
    assert_eq!(
        diff(CASE, CASE),
        Difference {
            rules_old: crate::rules_version().into(),
            rules_new: crate::rules_version().into(),
            ..Difference::default()
        }
    );
    assert!(diff(CASE, CASE).is_empty());
}

#[test]
fn a_higher_wage_is_the_cause_of_a_higher_dagloon() {
    let changed = CASE.replacen(
        "\"month\": \"2021-10\",\n    \"sv_wage\": \"2200.00\"",
        "\"month\": \"2021-10\",\n    \"sv_wage\": \"2510.00\"",
        1,
    );
    assert_ne!(changed, CASE);
    let difference = diff(CASE, &changed);
    assert_eq!(
        difference.causes[0],
        Cause::MonthAmount {
            fact: MonthFact::Wage,
            month: Month::new(2021, 10).unwrap_or(Month::of(NaiveDate::MIN)),
            old: Some(Euro::cents(220_000)),
            new: Some(Euro::cents(251_000)),
        }
    );
    let backpay = difference.figure("/backpay/amount").expect("the back payment changed");
    assert_eq!(backpay.change, backpay.new.unwrap_or_default() - backpay.old.unwrap_or_default());
    assert_eq!(backpay.causes, vec![0]);
}

/// P06 with what UWV paid in each month of the correction period (2023-11 to 2024-12), the
/// month `changed` at `amount` and the rest at € 1,500.00.
fn with_paid(case: &str, changed: &str, amount: &str) -> String {
    let mut case: serde_json::Value = serde_json::from_str(case).expect("JSON");
    let paid: Vec<serde_json::Value> = (0..14)
        .map(|i| {
            let month = format!("{}-{:02}", 2023 + (10 + i) / 12, (10 + i) % 12 + 1);
            let amount = if month == changed { amount } else { "1500.00" };
            serde_json::json!({ "month": month, "amount": amount })
        })
        .collect();
    case["correction"]["paid"] = serde_json::json!(paid);
    case.to_string()
}

/// Facts change at once, a wage, a paid month, the dagloon as set, the correction and back payment
/// dates: the paid line of 2024-03 is caused by the payment alone; the wage reaches only what is
/// computed from the dagloon.
#[test]
fn each_changed_line_names_only_its_own_fact() {
    let old = with_paid(CASE, "2024-03", "1500.00");
    let wage_changed = CASE.replacen(
        "\"month\": \"2021-10\",\n    \"sv_wage\": \"2200.00\"",
        "\"month\": \"2021-10\",\n    \"sv_wage\": \"2510.00\"",
        1,
    );
    assert_ne!(wage_changed, CASE);
    let others_changed = wage_changed
        .replacen("\"dagloon_as_set\": \"98.86\"", "\"dagloon_as_set\": \"99.86\"", 1)
        .replacen("\"back_payment_date\": \"2025-01-20\"", "\"back_payment_date\": \"2025-01-21\"", 1)
        .replacen("\"correction_date\": \"2025-01-01\"", "\"correction_date\": \"2025-01-10\"", 1);
    let new = with_paid(&others_changed, "2024-03", "1600.00");
    let difference = diff(&old, &new);
    let march = Month::new(2024, 3).unwrap_or(Month::of(NaiveDate::MIN));
    let paid = difference.figure("/backpay/months/4/paid").expect("the paid amount of 2024-03 changed");
    assert_eq!((paid.old, paid.new), (Some(Euro::cents(150_000)), Some(Euro::cents(160_000))));
    assert_eq!(
        difference.causes_of(paid).collect::<Vec<_>>(),
        vec![&Cause::MonthAmount {
            fact: MonthFact::BenefitPaid,
            month: march,
            old: Some(Euro::cents(150_000)),
            new: Some(Euro::cents(160_000)),
        }]
    );
    // The paid total has no input that changed (it counts the months): its causes are the facts
    // of its section, the payment among them.
    let total = difference.figure("/backpay/paid_total").expect("the paid total changed");
    assert!(
        difference
            .causes_of(total)
            .any(|cause| matches!(cause, Cause::MonthAmount { fact: MonthFact::BenefitPaid, .. })),
        "{:?}",
        difference.causes_of(total).collect::<Vec<_>>()
    );
    // What is due follows from the corrected dagloon: the wage only, not the other facts of the
    // back payment.
    let due = difference.figure("/backpay/months/0/due").expect("what is due changed");
    assert_eq!(
        difference.causes_of(due).collect::<Vec<_>>(),
        vec![&Cause::MonthAmount {
            fact: MonthFact::Wage,
            month: Month::new(2021, 10).unwrap_or(Month::of(NaiveDate::MIN)),
            old: Some(Euro::cents(220_000)),
            new: Some(Euro::cents(251_000)),
        }]
    );
    let dagloon = difference.figure("/dagloon/uncapped").expect("the dagloon changed");
    assert!(
        difference.causes_of(dagloon).all(|cause| matches!(cause, Cause::MonthAmount { fact: MonthFact::Wage, .. })),
        "{:?}",
        difference.causes_of(dagloon).collect::<Vec<_>>()
    );
}

/// P04 with the WW, the income and the advance of 2024-02 each € 100.00 higher, the first sick
/// day a day later, the waiting period two weeks longer, a repayment and the calculation a month
/// later: the advance ledger's line for February is caused by the advance paid alone.
#[test]
fn the_advance_ledger_names_the_advance_paid_only() {
    let old = include_str!("../../../tests/cases/p04-advance-ww-income.case.json");
    let mut new: serde_json::Value = serde_json::from_str(old).expect("JSON");
    new["ww"][1] = serde_json::json!({ "month": "2024-02", "amount": "1000.00" });
    new["income"][0] = serde_json::json!({ "month": "2024-02", "amount": "700.00" });
    new["advance"]["payments"][1] = serde_json::json!({ "month": "2024-02", "amount": "1900.00" });
    new["first_sick_day"] = serde_json::json!("2022-01-18");
    new["as_of"] = serde_json::json!("2025-01-31");
    new["waiting_period_extension_weeks"] = serde_json::json!(2);
    new["advance"]["repayments"] = serde_json::json!([{ "date": "2024-06-03", "amount": "100.00", "kind": "repaid" }]);
    let difference = diff(old, &new.to_string());
    // The refund date defaults to the calculation date: the advance terms changed too.
    assert_eq!(difference.causes.len(), 8, "{:?}", difference.causes);
    let february = difference.figure("/advance/months/1/difference").expect("February's difference changed");
    assert_eq!(
        difference.causes_of(february).collect::<Vec<_>>(),
        vec![&Cause::MonthAmount {
            fact: MonthFact::AdvancePaid,
            month: Month::new(2024, 2).unwrap_or(Month::of(NaiveDate::MIN)),
            old: Some(Euro::cents(180_000)),
            new: Some(Euro::cents(190_000)),
        }]
    );
}

/// A step whose inputs changed while its value did not is still a changed line (staff see why
/// it stayed): p04's WW offset is the overpayment (€ 5,400.00) both when the WW totals
/// € 6,800.00 and € 7,800.00.
#[test]
fn a_line_with_new_inputs_and_the_same_value_changed() {
    let case = include_str!("../../../tests/cases/p04-advance-ww-income.case.json");
    let with_ww = |amount: &str| {
        let mut case: serde_json::Value = serde_json::from_str(case).expect("JSON");
        case["ww"][1] = serde_json::json!({ "month": "2024-02", "amount": amount });
        case.to_string()
    };
    let difference = diff(&with_ww("5000.00"), &with_ww("6000.00"));
    assert!(!difference.is_empty());
    assert_eq!(difference.figure("/advance/ww_offset"), None);
    let offset = difference.lines.iter().find(|line| line.figure.as_deref() == Some("/advance/ww_offset"));
    assert_eq!(
        offset.map(|line| (line.value_old.as_deref(), line.value_new.as_deref())),
        Some((Some("5400.00"), Some("5400.00")))
    );
}

/// A figure of one version only is a change from or to nothing: p01 a month later has the
/// benefit of 2024-09 (75 % × maandloon 3,710.55 = € 2,782.91) as a new figure.
#[test]
fn a_figure_of_the_newer_version_only_is_a_change() {
    let old = include_str!("../../../tests/cases/p01-iva-basic.case.json");
    let new = old.replacen("\"as_of\": \"2024-08-31\"", "\"as_of\": \"2024-09-30\"", 1);
    assert_ne!(new, old);
    let difference = diff(old, &new);
    let september = difference.figure("/benefit/months/6/amount").expect("September is new");
    assert_eq!(
        (september.old, september.new, september.change),
        (None, Some(Euro::cents(278_291)), Euro::cents(278_291))
    );
}

/// A later back payment reaches a new period of the statutory interest: the 2025 rate joins the
/// interest as a parameter it now uses (p06 paid back on 2024-12-20, then on 2025-01-20).
#[test]
fn a_rate_the_interest_newly_uses_is_a_parameter_cause() {
    let old = CASE.replacen("\"back_payment_date\": \"2025-01-20\"", "\"back_payment_date\": \"2024-12-20\"", 1);
    assert_ne!(old, CASE);
    let difference = diff(&old, CASE);
    let interest = difference.figure("/backpay/interest").expect("the interest changed");
    assert_eq!(
        difference.causes_of(interest).collect::<Vec<_>>(),
        vec![
            &Cause::Fact { fact: FactName::BackPaymentDate },
            &Cause::Parameter {
                name: "rate_percent".into(),
                old: None,
                new: Some("6".into()),
                source: Some("Besluit wettelijke rente, 6 %".into()),
            },
        ]
    );
}

/// A fact that changes no figure is still a difference (p10's correction moved from the second
/// to the first check).
#[test]
fn a_changed_fact_without_changed_figures_is_a_difference() {
    let old = include_str!("../../../tests/cases/p10-correction-to-check.case.json");
    let new = old.replacen("\"step\": \"second_check\"", "\"step\": \"first_check\"", 1);
    assert_ne!(new, old);
    let difference = diff(old, &new);
    assert_eq!(
        (&difference.causes[..], difference.figures.len(), difference.lines.len()),
        (&[Cause::Fact { fact: FactName::CorrectionStep }][..], 0, 0)
    );
    assert!(!difference.is_empty());
}

/// Money below zero keeps its sign: UWV paid € 5,000.00 in 2024-03, then € 5,100.00, so that
/// month's difference (due − paid, 2,021.45 − 5,000.00) is negative and € 100.00 lower.
#[test]
fn a_negative_figure_keeps_its_sign() {
    let difference = diff(&with_paid(CASE, "2024-03", "5000.00"), &with_paid(CASE, "2024-03", "5100.00"));
    let march = difference.figure("/backpay/months/4/difference").expect("March's difference changed");
    // Due in 2024-03: € 2,021.45 (tests/cases/p06-backpay-too-low.expected.json).
    assert_eq!(
        (march.old, march.new, march.change),
        (Some(Euro::cents(-297_855)), Some(Euro::cents(-307_855)), Euro::cents(-10_000))
    );
}

/// `case` with each field at a JSON pointer set (added when its object lacks it).
fn edited(case: &str, edits: &[(&str, serde_json::Value)]) -> String {
    let mut case: serde_json::Value = serde_json::from_str(case).expect("JSON");
    for (pointer, value) in edits {
        let (parent, field) = pointer.rsplit_once('/').expect("a pointer");
        match case.pointer_mut(parent) {
            Some(serde_json::Value::Array(list)) => list[field.parse::<usize>().expect("an index")] = value.clone(),
            Some(serde_json::Value::Object(object)) => {
                object.insert(field.to_owned(), value.clone());
            }
            _ => panic!("no object or list at {parent}"),
        }
    }
    case.to_string()
}

fn wage_of_october_2021(old: Option<i64>, new: Option<i64>) -> Cause {
    Cause::MonthAmount {
        fact: MonthFact::Wage,
        month: Month::new(2021, 10).unwrap_or(Month::of(NaiveDate::MIN)),
        old: old.map(Euro::cents),
        new: new.map(Euro::cents),
    }
}

/// A wage month and the calculation date change together (p06, 2021-10 € 2,200.00 → € 2,510.00,
/// as_of 31-10-2025 → 30-11-2025): the dagloon reads the wages and not the calculation date, so
/// every dagloon figure names the wage alone. The dagloon line's unrounded quotient (22,310.00 /
/// 216 = 103.287…) changes with the wage total it is computed from; it is no fact of its own.
#[test]
fn a_dagloon_is_caused_by_the_wage_and_not_by_the_calculation_date() {
    let new = edited(CASE, &[("/wages/months/9/sv_wage", "2510.00".into()), ("/as_of", "2025-11-30".into())]);
    let difference = diff(CASE, &new);
    assert!(difference.causes.contains(&Cause::Fact { fact: FactName::AsOf }), "{:?}", difference.causes);
    let uncapped = difference.figure("/dagloon/uncapped").expect("the dagloon changed");
    assert_eq!((uncapped.old, uncapped.new), (Some(Euro::cents(10_185)), Some(Euro::cents(10_329))));
    for pointer in ["/dagloon/wage_total", "/dagloon/uncapped", "/dagloon/uncapped_at_start", "/dagloon/at_start"] {
        let figure = difference.figure(pointer).unwrap_or_else(|| panic!("{pointer} changed"));
        assert_eq!(
            difference.causes_of(figure).collect::<Vec<_>>(),
            vec![&wage_of_october_2021(Some(220_000), Some(251_000))],
            "{pointer}"
        );
    }
}

/// A wage month that becomes wageless changes the divisor (216 → 195 dagloondagen): the
/// divisor's count of wageless days follows from the wageless months, and the wageless months
/// are read from the wages, never from the calculation date.
#[test]
fn a_wageless_month_is_caused_by_the_wage_and_not_by_the_calculation_date() {
    let new = edited(CASE, &[("/wages/months/9/sv_wage", "0.00".into()), ("/as_of", "2025-11-30".into())]);
    let difference = diff(CASE, &new);
    let divisor = difference.lines.iter().find(|line| line.figure.as_deref() == Some("/dagloon/divisor"));
    assert_eq!(
        divisor.map(|line| (line.value_old.as_deref(), line.value_new.as_deref())),
        Some((Some("216"), Some("195")))
    );
    let uncapped = difference.figure("/dagloon/uncapped").expect("the dagloon changed");
    assert_eq!(difference.causes_of(uncapped).collect::<Vec<_>>(), vec![&wage_of_october_2021(Some(220_000), Some(0))]);
}

/// With the reference period given, a later first sick day moves the benefit start but not the
/// dagloon of the reference period: the uncapped dagloon, whose unrounded quotient changed with
/// the corrected wage, names the wage and not the first sick day (which is a fact of its section).
#[test]
fn a_quotient_of_changed_lines_is_not_a_changed_fact() {
    let period = serde_json::json!({ "from": "2020-11-01", "to": "2021-10-31" });
    let old = edited(CASE, &[("/wages/reference_period", period.clone())]);
    let new = edited(&old, &[("/wages/months/9/sv_wage", "2510.00".into()), ("/first_sick_day", "2021-11-15".into())]);
    let difference = diff(&old, &new);
    assert!(difference.causes.contains(&Cause::Fact { fact: FactName::FirstSickDay }), "{:?}", difference.causes);
    let uncapped = difference.figure("/dagloon/uncapped").expect("the dagloon changed");
    assert_eq!(
        difference.causes_of(uncapped).collect::<Vec<_>>(),
        vec![&wage_of_october_2021(Some(220_000), Some(251_000))]
    );
}

/// UWV's decision on the correction is added to p06 with the amounts Helder calculated (dagloon
/// € 119.46, back payment € 4,874.07, interest € 196.78, new monthly amount € 2,141.02): the
/// amounts stay, each becomes decided, and the decision letter is its cause.
/// P06 with UWV's decision on the correction, at the amounts Helder calculated.
fn decided_p06() -> String {
    let letter = serde_json::json!([{
        "kind": "dagloon_correction",
        "date": "2025-01-06",
        "reference": "DC-2025-0107",
        "amounts": {
            "dagloon": "119.46",
            "back_payment": "4874.07",
            "interest": "196.78",
            "new_monthly_amount": "2141.02"
        }
    }]);
    edited(CASE, &[("/decisions", letter)])
}

/// UWV's correction decision on p06 confirms Helder's four amounts (dagloon € 119.46, back
/// payment € 4,874.07, interest € 196.78, new monthly amount € 2,141.02): with it added or taken
/// away each amount stays, its provenance moves `from` → `to`, and the letter is its only cause.
fn assert_same_amounts_with_provenance(difference: &Difference, (from, to): (&str, &str), letter: &Cause) {
    for (pointer, cents) in [
        ("/dagloon/at_start", 11_946),
        ("/backpay/amount", 487_407),
        ("/backpay/interest", 19_678),
        ("/backpay/new_monthly_amount", 214_102),
    ] {
        let figure = difference.figure(pointer).unwrap_or_else(|| panic!("{pointer} became {to}"));
        assert_eq!(
            (figure.old, figure.new, figure.change),
            (Some(Euro::cents(cents)), Some(Euro::cents(cents)), Euro::ZERO),
            "{pointer}"
        );
        assert_eq!(
            (figure.provenance_old.as_deref(), figure.provenance_new.as_deref()),
            (Some(from), Some(to)),
            "{pointer}"
        );
        assert_eq!(difference.causes_of(figure).collect::<Vec<_>>(), vec![letter], "{pointer}");
    }
}

#[test]
fn a_decision_added_is_the_cause_of_the_figures_it_decides() {
    let decided = decided_p06();
    let difference = diff(CASE, &decided);
    let added = Cause::DecisionAdded {
        decision: "dagloon_correction".into(),
        date: NaiveDate::from_ymd_opt(2025, 1, 6).unwrap_or(NaiveDate::MIN),
        reference: "DC-2025-0107".into(),
    };
    assert_eq!(difference.causes, std::slice::from_ref(&added));
    assert_same_amounts_with_provenance(&difference, ("calculated", "decided"), &added);
}

/// P06's result as stored under older rules, its back payment € 12.40 lower (as the impact
/// analysis meets a stored result): the change is the rules' alone.
fn stored_under_older_rules() -> (Case, ResultDocument) {
    let (case, mut result) = version(CASE);
    result.rules_version = "helder-core 0.0.0+older".into();
    let line =
        result.trace.iter_mut().find(|l| l.figure.as_deref() == Some("/backpay/amount")).expect("a back payment");
    assert_eq!(line.value, "4874.07");
    line.value = "4861.67".into();
    (case, result)
}

fn older_rules() -> Cause {
    Cause::Rules { old: "helder-core 0.0.0+older".into(), new: crate::rules_version().into() }
}

/// A figure that moved while no fact or parameter did is the rules' doing.
#[test]
fn a_figure_moved_by_the_rules_alone_names_the_rules() {
    let (old_case, old_result) = stored_under_older_rules();
    let (new_case, new_result) = version(CASE);
    let difference =
        difference(Version { case: &old_case, result: &old_result }, Version { case: &new_case, result: &new_result });
    assert_eq!(difference.causes, vec![older_rules()]);
    let backpay = difference.figure("/backpay/amount").expect("the back payment moved");
    assert_eq!(
        (backpay.old, backpay.new, backpay.change),
        (Some(Euro::cents(486_167)), Some(Euro::cents(487_407)), Euro::cents(1_240))
    );
    assert_eq!(difference.causes_of(backpay).collect::<Vec<_>>(), vec![&older_rules()]);
}

/// New rules are listed as a cause even when a fact changed beside them (the wage of October
/// 2021 here): only a changed parameter names what in the rules moved.
#[test]
fn new_rules_beside_a_changed_fact_are_a_cause() {
    let (old_case, mut old_result) = version(CASE);
    old_result.rules_version = "helder-core 0.0.0+older".into();
    let (new_case, new_result) = version(&CASE.replacen(
        "\"month\": \"2021-10\",\n    \"sv_wage\": \"2200.00\"",
        "\"month\": \"2021-10\",\n    \"sv_wage\": \"2510.00\"",
        1,
    ));
    let difference =
        difference(Version { case: &old_case, result: &old_result }, Version { case: &new_case, result: &new_result });
    assert_eq!(difference.causes, vec![wage_of_october_2021(Some(220_000), Some(251_000)), older_rules()]);
    // A figure the wage explains is the wage's alone: the rules are named only where nothing else is.
    let dagloon = difference.figure("/dagloon/uncapped").expect("the dagloon moved");
    assert_eq!(
        difference.causes_of(dagloon).collect::<Vec<_>>(),
        vec![&wage_of_october_2021(Some(220_000), Some(251_000))]
    );
}

/// P08 (UWV's decision agrees) without its refund letter of 15 February 2024: that letter is the cause, and the
/// settlement letter both versions keep is not.
#[test]
fn a_letter_taken_away_is_the_cause_and_a_kept_one_is_not() {
    let old = include_str!("../../../tests/cases/p08-decision-agrees.case.json");
    let mut case: serde_json::Value = serde_json::from_str(old).expect("JSON");
    let letters = case["decisions"].as_array_mut().expect("letters");
    assert_eq!(letters.pop().map(|l| l["reference"].clone()), Some(serde_json::json!("RS-2024-0031")));
    let difference = diff(old, &case.to_string());
    assert_eq!(
        difference.causes,
        vec![Cause::DecisionRemoved {
            decision: "refund".into(),
            date: NaiveDate::from_ymd_opt(2024, 2, 15).unwrap_or(NaiveDate::MIN),
            reference: "RS-2024-0031".into(),
        }]
    );
}

/// P07 (too high, € 175.00 as set) with the dagloon as set € 176.00 and the client now found to
/// have known: each line names the fact it reads. February 2024's difference names the dagloon as
/// set alone. What is not reclaimed (€ 1,142.98 → € 0.00) and what is to be repaid (€ 0.00 →
/// € 1,426.62) read both: whether the client could have known, and the overpayment, which grew
/// with the dagloon as set (before issue 17's review only could-have-known was named there).
#[test]
fn could_have_known_names_only_the_lines_that_read_it() {
    let old = include_str!("../../../tests/cases/p07-backpay-too-high.case.json");
    let new = edited(
        old,
        &[
            ("/correction/dagloon_as_set", serde_json::json!("176.00")),
            ("/correction/could_have_known", serde_json::json!(true)),
        ],
    );
    let difference = diff(old, &new);
    let change = |pointer: &str| {
        let figure = difference.figure(pointer).unwrap_or_else(|| panic!("{pointer} changed"));
        (figure.old, figure.new, difference.causes_of(figure).cloned().collect::<Vec<_>>())
    };
    let as_set = Cause::Fact { fact: FactName::DagloonAsSet };
    let known = Cause::Fact { fact: FactName::CouldHaveKnown };
    assert_eq!(
        change("/backpay/months/0/difference"),
        (Some(Euro::cents(-5_918)), Some(Euro::cents(-7_394)), vec![as_set.clone()])
    );
    assert_eq!(
        change("/backpay/not_reclaimed"),
        (Some(Euro::cents(114_298)), Some(Euro::ZERO), vec![as_set.clone(), known.clone()])
    );
    assert_eq!(change("/backpay/to_repay"), (Some(Euro::ZERO), Some(Euro::cents(142_662)), vec![as_set, known]));
}

/// The other way: UWV's decision taken away (a letter entered on the wrong case): the four
/// amounts stay, each is Helder's calculation again, and the letter removed is the cause.
#[test]
fn a_decision_removed_is_the_cause_of_the_figures_it_decided() {
    let difference = diff(&decided_p06(), CASE);
    let removed = Cause::DecisionRemoved {
        decision: "dagloon_correction".into(),
        date: NaiveDate::from_ymd_opt(2025, 1, 6).unwrap_or(NaiveDate::MIN),
        reference: "DC-2025-0107".into(),
    };
    assert_eq!(difference.causes, std::slice::from_ref(&removed));
    assert_same_amounts_with_provenance(&difference, ("decided", "calculated"), &removed);
}

/// A parameter that moved in the rules is the only cause of the step that reads it, even when a
/// fact of the same section changed beside it: p01 stored with a maximum dagloon € 5.00 lower,
/// and its wage of March 2021 corrected. The maximum names the parameter, not the wage.
#[test]
fn a_moved_parameter_is_the_only_cause_of_the_step_that_reads_it() {
    let old_json = include_str!("../../../tests/cases/p01-iva-basic.case.json");
    let (old_case, mut old_result) = version(old_json);
    let line = old_result
        .trace
        .iter_mut()
        .find(|l| l.figure.as_deref() == Some("/dagloon/maximum_at_start"))
        .expect("the maximum");
    let input = line.inputs.iter_mut().find(|i| i.name == "maximum_dagloon").expect("its parameter");
    let lower = |text: &str| {
        (text.parse::<rust_decimal::Decimal>().unwrap_or_default() - rust_decimal::Decimal::new(500, 2)).to_string()
    };
    let (old_value, new_value) = (input.value.clone(), lower(&input.value));
    input.value = new_value.clone();
    line.value = lower(&line.value);
    let (new_case, new_result) = version(&old_json.replacen(
        "\"month\": \"2021-03\",\n    \"sv_wage\": \"3000.00\"",
        "\"month\": \"2021-03\",\n    \"sv_wage\": \"3100.00\"",
        1,
    ));
    let difference =
        difference(Version { case: &old_case, result: &old_result }, Version { case: &new_case, result: &new_result });
    let maximum = difference.figure("/dagloon/maximum_at_start").expect("the maximum moved");
    let causes = difference.causes_of(maximum).collect::<Vec<_>>();
    assert_eq!(causes.len(), 1, "{causes:?}");
    assert!(
        matches!(causes[0], Cause::Parameter { name, old: Some(old), new: Some(new), .. }
            if name == "maximum_dagloon" && *old == new_value && *new == old_value),
        "{causes:?}"
    );
}

/// A month of the newer version only that also reads a changed line: its causes are that line's
/// and the facts of its own step (the month exists because `as_of` moved). p01 a month later and
/// with € 3,100.00 instead of € 3,000.00 in 2021-10: September is new, and its amount is caused
/// by the wage (through the dagloon) and by the later `as_of`.
#[test]
fn a_new_month_from_a_changed_dagloon_names_its_own_facts_too() {
    let old = include_str!("../../../tests/cases/p01-iva-basic.case.json");
    let new = old.replacen("\"as_of\": \"2024-08-31\"", "\"as_of\": \"2024-09-30\"", 1).replacen(
        "\"month\": \"2021-10\",\n    \"sv_wage\": \"3000.00\"",
        "\"month\": \"2021-10\",\n    \"sv_wage\": \"3100.00\"",
        1,
    );
    assert_eq!(new.matches("3100.00").count(), 1);
    let difference = diff(old, &new);
    let september = difference.figure("/benefit/months/6/amount").expect("September is new");
    assert_eq!(september.old, None);
    assert_eq!(
        difference.causes_of(september).collect::<Vec<_>>(),
        vec![
            &Cause::MonthAmount {
                fact: MonthFact::Wage,
                month: Month::new(2021, 10).unwrap_or(Month::of(NaiveDate::MIN)),
                old: Some(Euro::cents(300_000)),
                new: Some(Euro::cents(310_000)),
            },
            &Cause::Fact { fact: FactName::AsOf },
        ]
    );
}
