//! The workbench at the scale of the whole WIA analysis: generated cases spread over the six
//! categories and every step, stored through the server's own code where it is cheap enough
//! and as the same rows in bulk where it is not.
//!
//! - Version 1 of every case goes in through `helder_server::import::import` (accounts, cases,
//!   case_versions, case_summaries: the real import, one transaction), as sorted.
//! - Each later step is one more case version, as `workbench::audit::save` writes it: the
//!   document with the step (`audit::with_step`), for a decided case UWV's decision added by
//!   `workbench::call::decided`; its `workbench_steps` row; and the case's summary of the latest
//!   version by `case_summary::write` (core's real result). Bulk multi-row INSERTs, a
//!   transaction per batch of cases.
//! - Not seeded: the blind entries (`workbench_checks`) and the audit rows of the steps, which
//!   none of the measured requests read.

use chrono::{Days, NaiveDate};
use helder_server::db::Db;
use helder_tests::generate::Rng;
use serde_json::Value;
use sqlx::AnyConnection;

/// Categories with their share of the cases, in percent.
pub const CATEGORIES: [(&str, i64); 6] = [
    ("to_check", 30),
    ("no_reason", 25),
    ("loonloze_tijdvakken", 15),
    ("indexering", 12),
    ("opting_in", 10),
    ("aop", 8),
];

/// The step each case has reached, in percent: most still sorted, fewer further on.
pub const STEPS: [(&str, i64); 7] = [
    ("sorted", 52),
    ("first_check", 8),
    ("second_check", 7),
    ("expert_team", 2),
    ("quality_check", 3),
    ("phone_call", 5),
    ("decided", 23),
];

/// Received dates go back this many days from today.
const RECEIVED_OVER_DAYS: i64 = 730;
/// Cases per seeding transaction.
const BATCH: usize = 1_000;

/// One case as it will be stored.
pub struct Planned {
    pub case_id: String,
    pub category: &'static str,
    pub received: NaiveDate,
    /// The imported document (step `sorted`).
    pub document: String,
    /// The steps after the import, each a save: (action, team role, actor, step to).
    pub steps: Vec<(&'static str, &'static str, &'static str, &'static str)>,
    /// The decision letter's date, for a decided case.
    pub decided_on: Option<NaiveDate>,
}

fn pick(rng: &mut Rng, table: &[(&'static str, i64)]) -> &'static str {
    let mut roll = rng.range(1, 100);
    for (name, share) in table {
        if roll <= *share {
            return name;
        }
        roll -= share;
    }
    table[0].0
}

/// The saves that bring a sorted case to `step`, as the workbench's endpoints make them.
fn path(
    step: &str,
    via_expert: bool,
    via_quality: bool,
) -> Vec<(&'static str, &'static str, &'static str, &'static str)> {
    const CHECKER_1: &str = "demo-checker-1";
    const CHECKER_2: &str = "demo-checker-2";
    let mut steps = Vec::new();
    if step == "sorted" {
        return steps;
    }
    steps.push(("claim", "checker", CHECKER_1, "first_check"));
    if step == "first_check" {
        return steps;
    }
    steps.push(("first_check", "checker", CHECKER_1, "second_check"));
    if step == "second_check" {
        return steps;
    }
    let after_checks = match step {
        "expert_team" => "expert_team",
        "quality_check" => "quality_check",
        _ if via_expert => "expert_team",
        _ if via_quality => "quality_check",
        _ => "phone_call",
    };
    steps.push(("second_check", "checker", CHECKER_2, after_checks));
    if after_checks == "expert_team" && step != "expert_team" {
        let next = if step == "quality_check" || via_quality { "quality_check" } else { "phone_call" };
        steps.push(("expert_decision", "expert", "demo-expert-1", next));
    }
    if steps.last().is_some_and(|s| s.3 == "quality_check") && step != "quality_check" {
        steps.push(("quality_check", "quality", "demo-quality-1", "phone_call"));
    }
    if step == "decided" {
        steps.push(("call", "checker", CHECKER_1, "phone_call"));
        steps.push(("decision", "checker", CHECKER_1, "decided"));
    }
    steps
}

/// `count` generated cases with a dagloon correction (the generator gives one to about a third
/// of its cases; the others are skipped), each with a category, a step and a received date.
pub fn plan(count: usize, seed: u64, today: NaiveDate) -> Vec<Planned> {
    let mut cases = Rng::new(seed);
    let mut spread = Rng::new(seed ^ 0x5EED_BE0C);
    let mut planned = Vec::with_capacity(count);
    let mut index = 0;
    while planned.len() < count {
        let mut document = helder_tests::generate::case(&mut cases, index);
        index += 1;
        if document.get("correction").is_none() {
            continue;
        }
        let category = pick(&mut spread, &CATEGORIES);
        let mut step = pick(&mut spread, &STEPS);
        let received = today - Days::new(spread.range(1, RECEIVED_OVER_DAYS) as u64);
        // A decision some weeks after the case came in, spread evenly up to yesterday, so the
        // throughput of every recent week has cases.
        let days_in = (today - received).num_days();
        let decided_on = if step == "decided" && days_in > 15 {
            Some(received + Days::new(spread.range(14, days_in - 1) as u64))
        } else {
            if step == "decided" {
                step = "phone_call";
            }
            None
        };
        let (via_expert, via_quality) = (spread.chance(5), spread.chance(10));
        document["correction"]["category"] = Value::from(category);
        document["correction"]["step"] = Value::from("sorted");
        planned.push(Planned {
            case_id: document["case_id"].as_str().unwrap_or_default().to_owned(),
            category,
            received,
            document: document.to_string(),
            steps: path(step, via_expert, via_quality),
            decided_on,
        });
    }
    planned
}

/// The import file of the plan: a made-up client per case, with BSNs from 800000000 up that
/// pass the elfproef (never real ones: the 8-series is not issued to people).
pub fn import_text(plan: &[Planned]) -> String {
    let mut text = String::new();
    let mut number = 800_000_000u32;
    for (index, case) in plan.iter().enumerate() {
        let bsn = loop {
            number += 1;
            let bsn = format!("{number:09}");
            if helder_server::input::bsn_passes_elfproef(&bsn) {
                break bsn;
            }
        };
        text.push_str(&format!(
            r#"{{"client":{{"name":"Generated client {index}","bsn":"{bsn}"}},"case":{}}}"#,
            case.document
        ));
        text.push('\n');
    }
    text
}

/// A cell of a bulk insert.
enum Cell {
    Text(String),
    Int(i64),
    Null,
}

/// `INSERT INTO table (columns) VALUES (…), (…)` in chunks the parameter limits allow.
async fn insert(
    connection: &mut AnyConnection,
    table_and_columns: &str,
    width: usize,
    rows: Vec<Vec<Cell>>,
) -> Result<(), sqlx::Error> {
    for chunk in rows.chunks(2_000 / width) {
        let values: Vec<String> = (0..chunk.len())
            .map(|row| {
                let cells: Vec<String> = (1..=width).map(|column| format!("${}", row * width + column)).collect();
                format!("({})", cells.join(", "))
            })
            .collect();
        let sql = format!("INSERT INTO {table_and_columns} VALUES {}", values.join(", "));
        // Built from the column count only; every value is a bind parameter.
        let mut query = sqlx::query(sqlx::AssertSqlSafe(sql));
        for cell in chunk.iter().flatten() {
            query = match cell {
                Cell::Text(text) => query.bind(text.clone()),
                Cell::Int(number) => query.bind(*number),
                Cell::Null => query.bind(None::<String>),
            };
        }
        query.execute(&mut *connection).await?;
    }
    Ok(())
}

/// The moment of a step: on its day, as RFC 3339 UTC text like `db::now()`.
fn moment(day: NaiveDate, sequence: usize) -> String {
    format!("{}T{:02}:{:02}:00.000Z", helder_core::calendar::format_date(day), 8 + sequence % 9, sequence % 60)
}

/// Imports the plan, then stores every later step and puts every case on the workbench. Returns
/// the number of case versions stored after the import.
pub async fn seed(db: &Db, plan: &[Planned], today: NaiveDate) -> Result<usize, Box<dyn std::error::Error>> {
    let text = import_text(plan);
    helder_server::import::import(db, &text, "workbench-bench").await.map_err(|e| format!("import: {e:?}"))?;
    drop(text);
    let mut later_versions = 0;
    for batch in plan.chunks(BATCH) {
        let mut transaction = db.pool.begin().await?;
        let (mut versions, mut steps, mut workbench) = (Vec::new(), Vec::new(), Vec::new());
        for case in batch {
            let mut document = case.document.clone();
            let mut step_from = "sorted";
            let last_day = case.decided_on.unwrap_or(today);
            let span = (last_day - case.received).num_days().max(0) as u64;
            let mut step_since = moment(case.received, 0);
            let mut claimed_by = None;
            let mut version = 1;
            for (number, (action, team_role, actor, step_to)) in case.steps.iter().enumerate() {
                let day = if *action == "decision" {
                    last_day
                } else {
                    case.received + Days::new(span * (number as u64 + 1) / (case.steps.len() as u64 + 1))
                };
                let next = match (*action, case.decided_on) {
                    ("decision", Some(date)) => {
                        helder_server::workbench::call::decided(&document, date, &format!("DC-{}", case.case_id))
                    }
                    _ => helder_server::workbench::audit::with_step(&document, step_to),
                };
                let Ok(next) = next else { break };
                document = next;
                version += 1;
                let at = moment(day, number + 1);
                versions.push(vec![
                    Cell::Text(case.case_id.clone()),
                    Cell::Int(version),
                    Cell::Text(document.clone()),
                    Cell::Text(at.clone()),
                    Cell::Text((*actor).to_owned()),
                ]);
                let what = match *action {
                    "decision" => format!("decision DC-{} of {}; copies: client, employer", case.case_id, &at[..10]),
                    "call" => "reached".to_owned(),
                    _ => format!("{step_from} → {step_to}"),
                };
                steps.push(vec![
                    Cell::Text(helder_server::db::random_id()),
                    Cell::Text(case.case_id.clone()),
                    Cell::Text(at.clone()),
                    Cell::Text((*actor).to_owned()),
                    Cell::Text((*team_role).to_owned()),
                    Cell::Text((*action).to_owned()),
                    Cell::Text(step_from.to_owned()),
                    Cell::Text((*step_to).to_owned()),
                    Cell::Int(version),
                    Cell::Text(what),
                    Cell::Text("seeded by workbench-bench".to_owned()),
                ]);
                // Taking a sorted case and a call that keeps the case are the saves that keep it taken.
                claimed_by = matches!(*action, "claim" | "call").then_some(*actor);
                step_from = step_to;
                step_since = at;
            }
            if version > 1 {
                helder_server::case_summary::write(&mut transaction, &case.case_id, version, &document).await?;
                later_versions += version as usize - 1;
            }
            workbench.push(vec![
                Cell::Text(case.case_id.clone()),
                Cell::Text(case.category.to_owned()),
                Cell::Text(step_from.to_owned()),
                Cell::Text(helder_core::calendar::format_date(case.received)),
                Cell::Text(helder_core::calendar::format_date(case.received + Days::new(91))),
                claimed_by.map_or(Cell::Null, |id| Cell::Text(id.to_owned())),
                Cell::Int(version),
                Cell::Text(step_since),
            ]);
        }
        insert(&mut transaction, "case_versions (case_id, version, document, created_at, created_by)", 5, versions)
            .await?;
        insert(
            &mut transaction,
            "workbench_steps (id, case_id, at, actor_id, team_role, action, step_from, step_to, version, what, why)",
            11,
            steps,
        )
        .await?;
        insert(
            &mut transaction,
            "workbench_cases (case_id, category, step, received_at, due_date, claimed_by, version, step_since)",
            8,
            workbench,
        )
        .await?;
        transaction.commit().await?;
    }
    // The workbench rows went in as bulk INSERTs, past the writers that keep the dashboard's
    // totals: make them once from the full aggregate, as migration 0014 does for existing rows.
    let mut transaction = db.pool.begin().await?;
    helder_server::workbench::totals::rebuild(&mut transaction).await?;
    transaction.commit().await?;
    Ok(later_versions)
}
