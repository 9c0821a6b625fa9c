//! Demo data: realistic cases that together cover every outcome (IVA, WGA, refused; advance
//! waived, partly repaid, promised, in time, outside scope; back payment too low, too high,
//! correct; every correction step; a penalty), and accounts for every role. Idempotent.

use serde_json::{Value, json};

use crate::auth::hash_password;
use crate::db::Db;
use crate::error::ApiError;

/// The password of every demo staff and supporter account (documented in the README).
pub const DEMO_PASSWORD: &str = "helder-demo";

/// Whether an account is one of the demo's (`demo-client-NN`, `demo-staff-N`,
/// `demo-supporter-N`): they sign in only on a server started with `--demo`. Imported clients
/// are `client-…` and single sign-on accounts `sso-…`, so no real account matches.
pub fn is_demo_account(account_id: &str) -> bool {
    account_id.starts_with("demo-")
}

/// The golden cases the demo starts from (`tests/cases/`, copied in at build time so the
/// binary needs no files).
const BASE: &[(&str, &str)] = &[
    ("p01", include_str!("../../tests/cases/p01-iva-basic.case.json")),
    ("p02", include_str!("../../tests/cases/p02-wageless-months.case.json")),
    ("p03", include_str!("../../tests/cases/p03-advance-refused-waived.case.json")),
    ("p04", include_str!("../../tests/cases/p04-advance-ww-income.case.json")),
    ("p05", include_str!("../../tests/cases/p05-penalty.case.json")),
    ("p06", include_str!("../../tests/cases/p06-backpay-too-low.case.json")),
    ("p07", include_str!("../../tests/cases/p07-backpay-too-high.case.json")),
    ("p08", include_str!("../../tests/cases/p08-decision-agrees.case.json")),
    ("p09", include_str!("../../tests/cases/p09-decision-differs.case.json")),
    ("p10", include_str!("../../tests/cases/p10-correction-to-check.case.json")),
    ("p11", include_str!("../../tests/cases/p11-correction-no-reason.case.json")),
    ("p12", include_str!("../../tests/cases/p12-correction-indexering.case.json")),
    ("p13", include_str!("../../tests/cases/p13-correction-opting-in.case.json")),
    ("p14", include_str!("../../tests/cases/p14-correction-aop.case.json")),
];

fn base(name: &str) -> Value {
    let text = BASE.iter().find(|(n, _)| *n == name).map_or("{}", |(_, t)| t);
    serde_json::from_str(text).unwrap_or(Value::Null)
}

/// (case id, client name, BSN, what it shows, case document).
pub fn demo_cases() -> Vec<(String, &'static str, &'static str, &'static str, Value)> {
    let mut cases = Vec::new();
    let mut add = |id: &str, name: &'static str, bsn: &'static str, what: &'static str, mut case: Value| {
        case["case_id"] = json!(id);
        cases.push((id.to_owned(), name, bsn, what, case));
    };
    add("WIA-DEMO-01", "Fatima El Amrani", "999990019", "IVA from a mid-month start", base("p01"));
    add("WIA-DEMO-02", "Jan de Boer", "999990020", "WGA, wage-less months, LGU 75% then 70%", base("p02"));
    add(
        "WIA-DEMO-03",
        "Anouk Visser",
        "999990032",
        "refused, late decision, whole advance waived, refund; UWV's letters agree with Helder",
        base("p08"),
    );
    add("WIA-DEMO-04", "Mehmet Yilmaz", "999990044", "advance with WW and income, partly repaid", base("p04"));
    add("WIA-DEMO-05", "Sanne Bakker", "999990056", "penalty after a notice of default", base("p05"));
    add("WIA-DEMO-06", "Kees Jansen", "999990068", "dagloon too low: back payment with interest", base("p06"));
    add("WIA-DEMO-07", "Priya Ramdin", "999991073", "dagloon too high: nothing reclaimed", base("p07"));
    // Correction steps under way, and a dagloon that was right.
    let steps = ["sorted", "first_check", "second_check", "expert_team", "quality_check", "phone_call"];
    let names = ["Lotte Smit", "Ahmed Benali", "Ingrid Mulder", "Tom Peters", "Noor Hendriks", "Wim de Groot"];
    let bsns = ["999990081", "999990093", "999991103", "999990111", "999990123", "999990135"];
    for (index, step) in steps.iter().enumerate() {
        let mut case = base("p06");
        case["correction"]["step"] = json!(step);
        case["correction"].as_object_mut().map(|c| c.remove("back_payment_date"));
        let what: &'static str = match index {
            0 => "correction step: sorted",
            1 => "correction step: first check",
            2 => "correction step: second check",
            3 => "correction step: expert team",
            4 => "correction step: quality check",
            _ => "correction step: phone call",
        };
        add(&format!("WIA-DEMO-{:02}", 8 + index), names[index], bsns[index], what, case);
    }
    let mut correct = base("p07");
    correct["correction"]["dagloon_as_set"] = json!("170.99");
    add("WIA-DEMO-14", "Eva Kramer", "999990147", "dagloon checked: correct", correct);
    // Advance promised in writing (2021): everything but WW waived.
    let mut promised = base("p04");
    promised["advance"]["promised_full_waiver"] = json!(true);
    add("WIA-DEMO-15", "Ruud Vermeulen", "999990159", "advance promised in writing", promised);
    // Decision in time: no waiver, the overpayment is recovered.
    let mut in_time = base("p03");
    in_time["decision"]["date"] = json!("2023-04-20");
    in_time["advance"]["payments"] =
        json!([{ "month": "2023-03", "amount": "1500.00" }, { "month": "2023-04", "amount": "1500.00" }]);
    in_time["advance"]["repayments"] = json!([{ "date": "2023-06-15", "amount": "500.00", "kind": "withheld" }]);
    in_time["advance"].as_object_mut().map(|a| a.remove("refund_date"));
    add("WIA-DEMO-16", "Karin de Wit", "999990160", "decision in time: advance recovered, partly withheld", in_time);
    // An advance entirely before 2020: outside the waiver scheme.
    let outside = json!({
        "format": "helder-case/1", "as_of": "2020-06-30", "first_sick_day": "2017-06-12",
        "wages": { "months": [
            { "month": "2016-06", "sv_wage": "2500.00" }, { "month": "2016-07", "sv_wage": "2500.00" },
            { "month": "2016-08", "sv_wage": "2500.00" }, { "month": "2016-09", "sv_wage": "2500.00" },
            { "month": "2016-10", "sv_wage": "2500.00" }, { "month": "2016-11", "sv_wage": "2500.00" },
            { "month": "2016-12", "sv_wage": "2500.00" }, { "month": "2017-01", "sv_wage": "2500.00" },
            { "month": "2017-02", "sv_wage": "2500.00" }, { "month": "2017-03", "sv_wage": "2500.00" },
            { "month": "2017-04", "sv_wage": "2500.00" }, { "month": "2017-05", "sv_wage": "2500.00" } ] },
        "application": { "received": "2019-03-18" },
        "decision": { "date": "2019-11-25", "outcome": "refused" },
        "advance": { "payments": [ { "month": "2019-06", "amount": "1400.00" }, { "month": "2019-07", "amount": "1400.00" },
            { "month": "2019-08", "amount": "1400.00" }, { "month": "2019-09", "amount": "1400.00" } ] }
    });
    add("WIA-DEMO-17", "Hans Dekker", "999990172", "advance before 2020: outside the waiver scheme", outside);
    // Still waiting: the decision is late and a notice of default is running.
    let waiting = json!({
        "format": "helder-case/1", "as_of": "2026-06-30", "first_sick_day": "2024-04-08",
        "application": { "received": "2026-01-05", "notice_of_default": "2026-05-11" }
    });
    add("WIA-DEMO-18", "Yara Haddad", "999990184", "undecided and late: penalty running", waiting);
    add(
        "WIA-DEMO-19",
        "Fenna Dijkstra",
        "999990196",
        "UWV's back payment differs from Helder's (objection open); an earlier letter named another amount",
        base("p09"),
    );
    // The other correction categories, each at a step of its own, so every category and every
    // step has a case on the workbench (tests/cases/README.md has their figures).
    add("WIA-DEMO-20", "Daan Visser", "999990202", "correction to check, at the second check", base("p10"));
    add("WIA-DEMO-21", "Mila Jacobs", "999990214", "correction without a reason, sorted: dagloon correct", base("p11"));
    add(
        "WIA-DEMO-22",
        "Bas Kuipers",
        "999990226",
        "indexation corrected, decided: too high, not reclaimed",
        base("p12"),
    );
    add("WIA-DEMO-23", "Sara Mertens", "999990238", "opting in, at the phone call: dagloon correct", base("p13"));
    add("WIA-DEMO-24", "Johan Post", "999990251", "AOP correction, at the expert team", base("p14"));
    cases
}

/// Staff and supporter accounts: (id, role, name, username).
const STAFF: &[(&str, &str, &str, &str)] = &[
    ("demo-staff-1", "staff", "Carla Kok (UWV klantcontact)", "carla"),
    ("demo-staff-2", "staff", "Dirk Bos (UWV klantcontact)", "dirk"),
    ("demo-supporter-1", "supporter", "Anna de Vries (cliëntondersteuner)", "anna"),
    ("demo-supporter-2", "supporter", "Bram Willems (cliëntondersteuner)", "bram"),
    ("demo-checker-1", "staff", "Eline Koster (UWV controleur)", "eline"),
    ("demo-checker-2", "staff", "Frank Meijer (UWV controleur)", "frank"),
    ("demo-expert-1", "staff", "Gerda Vos (UWV expertteam)", "gerda"),
    ("demo-quality-1", "staff", "Hamid Aziz (UWV kwaliteitscontrole)", "hamid"),
    ("demo-teamlead-1", "staff", "Iris Brouwer (UWV teamleider)", "iris"),
];

/// The workbench team: (account, team role).
const TEAM: &[(&str, &str)] = &[
    ("demo-checker-1", "checker"),
    ("demo-checker-2", "checker"),
    ("demo-expert-1", "expert"),
    ("demo-quality-1", "quality"),
    ("demo-teamlead-1", "team_lead"),
];

/// Seeds the demo data; existing accounts and cases are left as they are.
pub async fn seed(db: &Db) -> Result<usize, ApiError> {
    let mut added = 0;
    for (id, role, name, username) in STAFF {
        if db.account(id).await?.is_none() {
            let hash = hash_password(DEMO_PASSWORD)?;
            db.insert_account(id, role, name, Some(username), Some(&hash), None).await?;
            if let Some((_, team_role)) = TEAM.iter().find(|(account, _)| account == id) {
                crate::workbench::roles::grant(db, id, team_role).await?;
            }
        }
    }
    for (index, (case_id, name, bsn, _, case)) in demo_cases().into_iter().enumerate() {
        let client_id = format!("demo-client-{:02}", index + 1);
        if db.account(&client_id).await?.is_none() {
            db.insert_account(&client_id, "client", name, None, None, Some(bsn)).await?;
        }
        if db.latest_version(&case_id).await?.is_none() {
            // Every demo case must compute: a broken demo is a bug.
            helder_core::compute(&case.to_string()).map_err(ApiError::Case)?;
            Db::store_case(&db.pool, &case_id, &client_id, &case.to_string(), "demo").await?;
            added += 1;
        }
        enroll(db, index, &case_id, &case).await?;
    }
    db.audit("system", "system", "demo_seed", "database", &format!("{added} cases added"), "local").await?;
    Ok(added)
}

/// Puts every demo case with a correction on the workbench in its category and step, received on
/// a day of its own (so the worklists have an order), due 13 weeks later.
async fn enroll(db: &Db, index: usize, case_id: &str, case: &Value) -> Result<(), ApiError> {
    let correction = &case["correction"];
    let (Some(category), Some(step)) = (correction["category"].as_str(), correction["step"].as_str()) else {
        return Ok(());
    };
    match crate::workbench::audit::state(db, case_id).await {
        Err(ApiError::NotFound) => {}
        other => return other.map(|_| ()),
    }
    let first = chrono::NaiveDate::from_ymd_opt(2025, 9, 1).unwrap_or_default();
    let received = first + chrono::Days::new(index as u64);
    let due = received + chrono::Days::new(91);
    let (received, due) = (helder_core::calendar::format_date(received), helder_core::calendar::format_date(due));
    crate::workbench::audit::enroll(db, case_id, category, step, &received, &due).await
}
