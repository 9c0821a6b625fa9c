//! Unit tests of `whatif` (kept beside the module, out of its source).

use serde_json::{Value, json};

use super::*;

/// Golden case p01 without its decision, on the day UWV decided (2024-01-10).
fn undecided_p01() -> Value {
    let mut months = Vec::new();
    for (year, month) in (3..=12).map(|m| (2021, m)).chain((1..=2).map(|m| (2022, m))) {
        months.push(json!({ "month": format!("{year}-{month:02}"), "sv_wage": "3000.00" }));
    }
    json!({
        "format": "helder-case/1",
        "case_id": "P-01",
        "as_of": "2024-01-10",
        "first_sick_day": "2022-03-07",
        "wages": { "months": months },
        "application": { "received": "2023-11-20" },
    })
}

#[test]
fn assumed_iva_computes_exactly_as_the_decided_case() {
    let assumed = with_decision(&undecided_p01().to_string(), Assumed::Iva).unwrap();
    let mut decided = undecided_p01();
    // The same decision written in the case, marked as assumed (a what-if): byte for byte equal.
    decided["decision"] = json!({
        "date": "2024-01-10", "outcome": "iva", "disability_class": "80-100", "weeks_requirement_met": true,
        "assumed": true
    });
    assert_eq!(crate::compute(&assumed).unwrap(), crate::compute(&decided.to_string()).unwrap());
    let result: Value = serde_json::from_str(&crate::compute(&assumed).unwrap()).unwrap();
    assert_eq!(result["benefit"]["outcome"], "iva");
    // p01's daily wage does not depend on the decision.
    assert_eq!(result["dagloon"]["at_start"], "165.47");
}

#[test]
fn each_assumed_decision_is_the_outcome_of_the_estimate() {
    for assumed in Assumed::ALL {
        let case = with_decision(&undecided_p01().to_string(), assumed).unwrap();
        let result: Value = serde_json::from_str(&crate::compute(&case).unwrap()).unwrap();
        let decision = serde_json::from_str::<Value>(&case).unwrap()["decision"].clone();
        assert_eq!(decision["date"], "2024-01-10");
        assert_eq!(decision["outcome"], assumed.code());
        assert_eq!(Assumed::from_code(assumed.code()), Some(assumed));
        let outcome = &result["benefit"]["outcome"];
        match assumed {
            Assumed::Refused => assert!(outcome.is_null() || outcome == "refused", "{outcome}"),
            _ => assert_eq!(outcome, assumed.code()),
        }
    }
    assert_eq!(Assumed::from_code("maybe"), None);
}

/// A what-if result is an estimate throughout; the same decision as UWV's is a calculation.
#[test]
fn every_figure_of_a_what_if_is_an_estimate() {
    let assumed = with_decision(&undecided_p01().to_string(), Assumed::Wga).unwrap();
    let result: Value = serde_json::from_str(&crate::compute(&assumed).unwrap()).unwrap();
    let lines = result["trace"].as_array().unwrap();
    assert!(lines.iter().filter(|l| l.get("figure").is_some()).all(|l| l["provenance"] == "estimate"));
    let mut decided: Value = serde_json::from_str(&assumed).unwrap();
    decided["decision"]["assumed"] = json!(false);
    let result: Value = serde_json::from_str(&crate::compute(&decided.to_string()).unwrap()).unwrap();
    let at_start = result["trace"].as_array().unwrap().iter().find(|l| l["figure"] == "/dagloon/at_start").unwrap();
    assert_eq!(at_start["provenance"], "calculated");
}

#[test]
fn decided_and_malformed_cases_are_typed_errors() {
    let mut decided = undecided_p01();
    decided["decision"] = json!({ "date": "2024-01-10", "outcome": "refused" });
    let error = with_decision(&decided.to_string(), Assumed::Iva).unwrap_err();
    assert_eq!((error.code(), error.path()), ("contradiction", "/decision"));
    assert_eq!(with_decision("{", Assumed::Iva).unwrap_err().code(), "syntax");
    assert_eq!(with_decision("[]", Assumed::Iva).unwrap_err().path(), "");
    let mut no_date = undecided_p01();
    no_date.as_object_mut().unwrap().remove("as_of");
    assert_eq!(with_decision(&no_date.to_string(), Assumed::Wga).unwrap_err().path(), "/as_of");
}

#[test]
fn what_if_by_outcome_code_is_the_assumed_case_computed() {
    let case = undecided_p01().to_string();
    for assumed in Assumed::ALL {
        let expected = crate::compute(&with_decision(&case, assumed).unwrap()).unwrap();
        assert_eq!(what_if(&case, assumed.code()).unwrap(), expected, "{}", assumed.code());
    }
    let iva: Value = serde_json::from_str(&what_if(&case, "iva").unwrap()).unwrap();
    assert_eq!(iva["dagloon"]["at_start"], "165.47");
    let unknown = what_if(&case, "ziektewet").unwrap_err();
    assert_eq!(unknown.code(), "bad_value");
    assert_eq!(unknown.path(), "/decision/outcome");
}
