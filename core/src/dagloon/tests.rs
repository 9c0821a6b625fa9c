//! Unit tests of `dagloon` (kept beside the module, out of its source).

use super::*;
use crate::contract::parse_case;
use crate::trace::Trace;
use std::str::FromStr;
#[test]
fn indexation_steps_round_each_time() {
    // (dagloon, percent, expected) — DLB 23, p01's four steps.
    let table = [
        ("137.93", "1.81", "140.43"),
        ("140.43", "10.15", "154.68"),
        ("154.68", "3.13", "159.52"),
        ("159.52", "3.73", "165.47"),
    ];
    for (from, percent, expected) in table {
        let from = Euro::exact(Decimal::from_str(from).unwrap()).unwrap();
        let got = index_once(from, Decimal::from_str(percent).unwrap());
        assert_eq!(got.to_string(), expected);
    }
}

#[test]
fn maandloon_is_21_75_days() {
    // WIA 13 lid 4.
    assert_eq!(maandloon(Euro::cents(16547)).to_string(), "3598.97");
    assert_eq!(maandloon(Euro::cents(14708)).to_string(), "3198.99");
}

/// CRvB 30-07-2024 (ECLI:NL:CRVB:2024:1523): no wage February–May 2017 gives divisor
/// 261 − 86 = 175; a reference period without any wage month missing keeps 261.
#[test]
fn crvb_2024_divisor_example() {
    // (months with wage in the reference period June 2016 – May 2017, divisor)
    let all: Vec<String> = ["2016-06", "2016-07", "2016-08", "2016-09", "2016-10", "2016-11", "2016-12", "2017-01"]
        .iter()
        .map(|m| format!(r#"{{"month":"{m}","sv_wage":"2000.00"}}"#))
        .collect();
    let table =
        [(all.join(","), 175_u32), (format!("{},{}", all.join(","), r#"{"month":"2017-02","sv_wage":"0.00"}"#), 175)];
    for (months, divisor) in table {
        let case = parse_case(&format!(
            r#"{{"format":"helder-case/1","case_id":"CRvB","as_of":"2019-06-30","first_sick_day":"2017-06-12","wages":{{"months":[{months}]}}}}"#
        ))
        .unwrap();
        let mut trace = Trace::new();
        let dates = crate::dates::dates(&case, &mut trace).unwrap();
        let dagloon = super::dagloon(&case, case.wages.as_ref().unwrap(), &dates.benefit_start, &mut trace).unwrap();
        assert_eq!(dagloon.divisor.value, divisor);
        let wageless: Vec<String> = dagloon.wageless_months.value.iter().map(|m| m.to_string()).collect();
        assert_eq!(wageless, ["2017-02", "2017-03", "2017-04", "2017-05"]);
        // 16,000.00 / 175 = 91.428… → 91.43 (DLB 16, half-up).
        assert_eq!(dagloon.uncapped.value.to_string(), "91.43");
    }
}
