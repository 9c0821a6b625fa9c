//! Unit tests of `decisions` (kept beside the module, out of its source).

use serde_json::{Value, json};

use crate::CaseError;

/// Golden case p03's facts (refused claim, late decision, advance, one repayment) with `letters`.
fn p03_with(letters: Value) -> String {
    let months: Vec<Value> = (6..=12)
        .map(|m| json!({ "month": format!("2020-{m:02}"), "sv_wage": "2400.00" }))
        .chain((1..=5).map(|m| json!({ "month": format!("2021-{m:02}"), "sv_wage": "2400.00" })))
        .collect();
    let payments: Vec<Value> =
        ["2023-06", "2023-07", "2023-08", "2023-09"].map(|m| json!({ "month": m, "amount": "1500.00" })).to_vec();
    json!({
        "format": "helder-case/1",
        "case_id": "P-03",
        "as_of": "2024-06-30",
        "first_sick_day": "2021-06-14",
        "wages": { "months": months },
        "application": { "received": "2023-03-01" },
        "decision": { "date": "2023-09-20", "outcome": "refused" },
        "advance": {
            "payments": payments,
            "repayments": [{ "date": "2023-12-15", "amount": "300.00", "kind": "repaid" }],
            "refund_date": "2024-03-01"
        },
        "decisions": letters,
    })
    .to_string()
}

fn result(case: &str) -> Value {
    serde_json::from_str(&crate::compute(case).unwrap()).unwrap()
}

fn error(case: &str) -> CaseError {
    crate::compute(case).unwrap_err()
}

#[test]
fn a_decided_amount_is_kept_beside_the_calculation_with_the_difference() {
    // (letter date, decided waiver, difference, agrees, objection deadline, open on 2024-06-30)
    let table = [
        ("2023-10-10", "6000.00", "0.00", true, "2023-11-21", false), // Tuesday + 6 weeks
        ("2024-06-01", "5500.00", "-500.00", false, "2024-07-15", true), // Saturday + 6 weeks → Monday (Atw 1)
        ("2024-06-02", "6100.00", "100.00", false, "2024-07-15", true), // Sunday + 6 weeks → Monday
    ];
    for (date, waived, difference, agrees, deadline, open) in table {
        let case = p03_with(json!([{
            "kind": "advance_settlement", "date": date, "reference": "VS-1", "amounts": { "waived": waived }
        }]));
        let result = result(&case);
        let decision = &result["decisions"][0];
        assert_eq!(decision["objection_deadline"], deadline, "{date}");
        assert_eq!(decision["objection_open"], open, "{date}");
        let amount = &decision["amounts"][0];
        assert_eq!((amount["decided"].as_str(), amount["calculated"].as_str()), (Some(waived), Some("6000.00")));
        assert_eq!((amount["difference"].as_str(), amount["agrees"].as_bool()), (Some(difference), Some(agrees)));
        // Helder's figure stays Helder's; its provenance says whether UWV decided the same.
        assert_eq!(result["waiver"]["waived"], "6000.00");
        let line = result["trace"].as_array().unwrap().iter().find(|l| l["figure"] == "/waiver/waived").unwrap();
        assert_eq!(line["provenance"], if agrees { "decided" } else { "calculated" }, "{date}");
        assert_eq!(line.get("decision").is_some(), agrees);
        let decided = result["trace"]
            .as_array()
            .unwrap()
            .iter()
            .find(|l| l["figure"] == "/decisions/0/amounts/0/decided")
            .unwrap();
        assert_eq!(
            (decided["provenance"].as_str(), decided["decision"]["reference"].as_str()),
            (Some("decided"), Some("VS-1"))
        );
    }
}

#[test]
fn every_result_figure_has_a_provenance() {
    let result = result(&p03_with(json!([])));
    for line in result["trace"].as_array().unwrap() {
        let provenance = line.get("provenance").and_then(Value::as_str);
        match line.get("figure") {
            Some(_) => assert!(matches!(provenance, Some("calculated" | "estimate" | "decided")), "{line}"),
            None => assert!(provenance.is_none(), "{line}"),
        }
    }
}

#[test]
fn decision_letters_are_validated_strictly() {
    // (letters, error code, path)
    let table = [
        (
            json!([{ "kind": "refund", "date": "2024-02-15", "reference": "R", "amounts": { "waived": "1.00" } }]),
            "contradiction",
            "/decisions/0/amounts/waived",
        ),
        (
            json!([{ "kind": "refund", "date": "2024-02-15", "reference": "R", "amounts": { "refnud": "1.00" } }]),
            "unknown_field",
            "/decisions/0/amounts/refnud",
        ),
        (
            json!([{ "kind": "refund", "date": "2024-02-15", "reference": "R", "letter": "x" }]),
            "unknown_field",
            "/decisions/0/letter",
        ),
        (json!([{ "kind": "refund", "date": "2024-07-01", "reference": "R" }]), "contradiction", "/decisions/0/date"),
        (json!([{ "kind": "refund", "date": "2023-09-01", "reference": "R" }]), "contradiction", "/decisions/0/date"),
        (json!([{ "kind": "refund", "date": "2024-02-15", "reference": "  " }]), "bad_value", "/decisions/0/reference"),
        (
            json!([{ "kind": "refund", "date": "2024-02-15", "reference": "R" },
                { "kind": "refund", "date": "2024-02-16", "reference": "S" }]),
            "duplicate",
            "/decisions/1/kind",
        ),
        (
            json!([{ "kind": "wia_claim", "date": "2023-09-21", "reference": "W" }]),
            "contradiction",
            "/decisions/0/date",
        ),
        (
            json!([{ "kind": "dagloon_correction", "date": "2024-02-15", "reference": "D" }]),
            "contradiction",
            "/decisions/0/kind",
        ),
        (json!([{ "kind": "penalty", "date": "2024-02-15", "reference": "P" }]), "contradiction", "/decisions/0/date"),
        (json!([{ "kind": "waiver", "date": "2024-02-15", "reference": "P" }]), "bad_value", "/decisions/0/kind"),
        (
            json!([{ "kind": "refund", "date": "2024-02-15", "reference": "R", "amounts": { "refund": "-1.00" } }]),
            "bad_value",
            "/decisions/0/amounts/refund",
        ),
    ];
    for (letters, code, path) in table {
        let error = error(&p03_with(letters.clone()));
        assert_eq!((error.code(), error.path()), (code, path), "{letters}: {error}");
    }
}

#[test]
fn a_decided_amount_without_facts_to_check_it_is_kept_without_a_calculation() {
    // Without the wages there is no dagloon figure: the WIA letter's dagloon stands alone.
    let mut case: Value = serde_json::from_str(&p03_with(
        json!([{ "kind": "wia_claim", "date": "2023-09-20", "reference": "W", "amounts": { "dagloon": "80.00" } }]),
    ))
    .unwrap();
    case.as_object_mut().unwrap().remove("wages");
    let result = result(&case.to_string());
    let amount = &result["decisions"][0]["amounts"][0];
    assert_eq!(amount["decided"], "80.00");
    assert!(amount["calculated"].is_null() && amount["difference"].is_null() && amount["agrees"].is_null());
}

#[test]
fn letters_and_calls_are_held_against_the_figures() {
    let mut case: Value = serde_json::from_str(&p03_with(json!([]))).unwrap();
    case["contacts"] = json!([
        { "date": "2023-09-25", "kind": "call", "subject": "waiver", "amount": "5000.00" },
        { "date": "2023-10-01", "kind": "letter", "subject": "refund", "amount": "300.00" },
        { "date": "2023-10-02", "kind": "letter", "subject": "other" },
    ]);
    let result = result(&case.to_string());
    let contacts = result["contacts"].as_array().unwrap();
    assert_eq!(
        (contacts[0]["difference"].as_str(), contacts[0]["contradicts"].as_bool()),
        (Some("-1000.00"), Some(true))
    );
    assert_eq!((contacts[1]["difference"].as_str(), contacts[1]["contradicts"].as_bool()), (Some("0.00"), Some(false)));
    assert!(contacts[2]["figure"].is_null() && contacts[2]["contradicts"] == false);
    assert!(result["timeline"].as_array().unwrap().iter().any(|e| e["event"] == "call-waiver"));
    // A contact outside the case, or with a field the contract does not know, is an error.
    case["contacts"] = json!([{ "date": "2024-07-01", "kind": "call", "subject": "waiver" }]);
    assert_eq!(error(&case.to_string()).path(), "/contacts/0/date");
    case["contacts"] = json!([{ "date": "2024-01-01", "kind": "email", "subject": "waiver" }]);
    assert_eq!(error(&case.to_string()).path(), "/contacts/0/kind");
}
