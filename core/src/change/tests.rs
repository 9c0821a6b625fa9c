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
