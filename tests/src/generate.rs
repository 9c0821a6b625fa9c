//! A deterministic generator of plausible `helder-case/1` documents (SplitMix64, no external
//! randomness), so parity, property and batch runs are reproducible from a seed.

use serde_json::{Value, json};

/// SplitMix64: tiny, fast and good enough for test data.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    /// Uniform in `low..=high`.
    pub fn range(&mut self, low: i64, high: i64) -> i64 {
        let span = (high - low + 1) as u64;
        low + (self.next_u64() % span) as i64
    }
    pub fn chance(&mut self, percent: i64) -> bool {
        self.range(1, 100) <= percent
    }
}

fn money(cents: i64) -> String {
    format!("{}.{:02}", cents / 100, cents % 100)
}

fn date(year: i64, month: i64, day: i64) -> String {
    format!("{year:04}-{month:02}-{day:02}")
}

fn month_text(index: i64) -> String {
    format!("{:04}-{:02}", index.div_euclid(12), index.rem_euclid(12) + 1)
}

fn days_in_month(year: i64, month: i64) -> i64 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Adds days to a (y, m, d) date without a calendar crate.
fn add_days(mut year: i64, mut month: i64, mut day: i64, mut days: i64) -> (i64, i64, i64) {
    while days > 0 {
        let left = days_in_month(year, month) - day;
        if days <= left {
            day += days;
            break;
        }
        days -= left + 1;
        day = 1;
        month += 1;
        if month > 12 {
            month = 1;
            year += 1;
        }
    }
    (year, month, day)
}

/// One generated case: first sick day 2018–2023, everything else consistent with it. The
/// calculation date stays inside the parameter table (through June 2026).
pub fn case(rng: &mut Rng, index: usize) -> Value {
    let sick_year = rng.range(2018, 2023);
    let sick_month = rng.range(1, 12);
    let sick_day = rng.range(1, 28);
    let sick_index = sick_year * 12 + sick_month - 1;
    let (start_y, start_m, _) = add_days(sick_year, sick_month, sick_day, 728);
    let start_index = start_y * 12 + start_m - 1;
    let last_index = 2026 * 12 + 5; // 2026-06
    let as_of_index = rng.range(start_index + 1, (start_index + 60).min(last_index)).min(last_index);
    let as_of_year = as_of_index.div_euclid(12);
    let as_of_month = as_of_index.rem_euclid(12) + 1;
    let as_of = date(as_of_year, as_of_month, days_in_month(as_of_year, as_of_month));

    // Wages: a base monthly wage, some wage-less months, sometimes above the cap.
    let top = if rng.chance(10) { 900_000 } else { 520_000 };
    let base = rng.range(180_000, top);
    let mut months = Vec::new();
    for offset in (1..=12).rev() {
        if rng.chance(12) {
            continue;
        }
        let wage = base + rng.range(-20_000, 20_000);
        months.push(json!({ "month": month_text(sick_index - offset), "sv_wage": money(wage) }));
    }
    if months.is_empty() {
        months.push(json!({ "month": month_text(sick_index - 1), "sv_wage": money(base) }));
    }

    // Application around week 90, decision 2 to 40 weeks later (not after as_of).
    let (app_y, app_m, app_d) = add_days(sick_year, sick_month, sick_day, rng.range(600, 700));
    let app_index = app_y * 12 + app_m - 1;
    let mut doc = json!({
        "format": "helder-case/1",
        "case_id": format!("GEN-{index:06}"),
        "as_of": as_of,
        "first_sick_day": date(sick_year, sick_month, sick_day),
        "wages": { "months": months },
    });
    if app_index > as_of_index {
        return doc;
    }
    doc["application"] = json!({ "received": date(app_y, app_m, app_d) });
    let (dec_y, dec_m, dec_d) = add_days(app_y, app_m, app_d, rng.range(14, 280));
    let dec_index = dec_y * 12 + dec_m - 1;
    let decided = dec_index < as_of_index && rng.chance(90);
    if decided {
        let outcome = match rng.range(0, 9) {
            0..=3 => "iva",
            4..=7 => "wga",
            _ => "refused",
        };
        let mut decision = json!({ "date": date(dec_y, dec_m, dec_d), "outcome": outcome });
        if outcome == "wga" {
            let classes = ["35-45", "45-55", "55-65", "65-80", "80-100"];
            decision["disability_class"] = json!(classes[rng.range(0, 4) as usize]);
            decision["weeks_requirement_met"] = json!(rng.chance(85));
            decision["lgu_months"] = json!(rng.range(3, 24));
        } else if outcome == "iva" {
            decision["disability_class"] = json!("80-100");
            decision["weeks_requirement_met"] = json!(true);
        }
        doc["decision"] = decision;
        if outcome != "refused" && rng.chance(40) {
            // Some income from work in a few months after the start.
            let mut income = Vec::new();
            for m in start_index..=as_of_index {
                if rng.chance(20) {
                    income.push(json!({ "month": month_text(m), "amount": money(rng.range(5_000, 150_000)) }));
                }
            }
            doc["income"] = json!(income);
        }
        // An advance when the decision came after the start.
        if dec_index >= start_index && rng.chance(60) {
            let amount = rng.range(90_000, 300_000);
            let payments: Vec<Value> =
                (start_index..=dec_index).map(|m| json!({ "month": month_text(m), "amount": money(amount) })).collect();
            let mut advance = json!({ "payments": payments });
            if rng.chance(30) {
                let mut ww = Vec::new();
                for m in start_index..=dec_index {
                    if rng.chance(50) {
                        ww.push(json!({ "month": month_text(m), "amount": money(rng.range(20_000, 150_000)) }));
                    }
                }
                doc["ww"] = json!(ww);
            }
            if rng.chance(40) && dec_index < as_of_index {
                let year = (dec_index + 1).div_euclid(12);
                let month = (dec_index + 1).rem_euclid(12) + 1;
                advance["repayments"] = json!([{ "date": date(year, month, 15), "amount": money(rng.range(5_000, 100_000)), "kind": if rng.chance(50) { "repaid" } else { "withheld" } }]);
            }
            advance["client_caused_delay"] = json!(rng.chance(10));
            advance["promised_full_waiver"] = json!(rng.chance(5));
            doc["advance"] = advance;
        }
        // A dagloon correction for granted benefits.
        if outcome != "refused" && rng.chance(50) && as_of_index > start_index + 1 {
            let correction_index = rng.range(start_index + 1, as_of_index);
            let back_index = (correction_index + rng.range(0, 2)).min(last_index);
            let steps = ["sorted", "first_check", "second_check", "quality_check", "phone_call", "decided"];
            let categories = ["to_check", "no_reason", "loonloze_tijdvakken", "indexering", "opting_in", "aop"];
            doc["correction"] = json!({
                "category": categories[rng.range(0, 5) as usize],
                "step": steps[rng.range(0, 5) as usize],
                "dagloon_as_set": money(rng.range(6_000, 30_000)),
                "correction_date": date(correction_index.div_euclid(12), correction_index.rem_euclid(12) + 1, 1),
                "back_payment_date": date(back_index.div_euclid(12), back_index.rem_euclid(12) + 1, rng.range(1, 28)),
                "could_have_known": rng.chance(10),
            });
        }
    } else if rng.chance(30) {
        // Undecided and late: a notice of default.
        let (n_y, n_m, n_d) = add_days(dec_y, dec_m, dec_d, 0);
        if n_y * 12 + n_m - 1 < as_of_index {
            doc["application"]["notice_of_default"] = json!(date(n_y, n_m, n_d));
        }
    }
    if decided && rng.chance(15) {
        let (n_y, n_m, n_d) = add_days(app_y, app_m, app_d, rng.range(60, 120));
        if (n_y, n_m, n_d) <= (dec_y, dec_m, dec_d) {
            doc["application"]["notice_of_default"] = json!(date(n_y, n_m, n_d));
        }
    }
    doc
}

/// `count` cases from `seed`, one JSON document per entry.
pub fn cases(seed: u64, count: usize) -> Vec<String> {
    let mut rng = Rng::new(seed);
    (0..count).map(|index| case(&mut rng, index).to_string()).collect()
}

/// What a second version of a generated case changes (for the properties of what changed), as
/// bits: a wage month corrected by the cents (a Polis correction), the calculation date a month
/// later, an advance paid month by the cents, the back-payment date a day later. Edits that do not
/// apply to the case (no advance, no correction) are left out.
pub const WAGE: u8 = 1;
pub const AS_OF: u8 = 2;
pub const ADVANCE_PAID: u8 = 4;
pub const BACK_PAYMENT_DATE: u8 = 8;

/// `case`'s next version with the `edits` made (bits above); `pick` chooses the month.
pub fn corrected(case: &Value, pick: usize, cents: i64, edits: u8) -> Value {
    let mut next = case.clone();
    let mut shift = |pointer: &str, field: &str| {
        if let Some(months) = next.pointer_mut(pointer).and_then(Value::as_array_mut)
            && !months.is_empty()
        {
            let index = pick % months.len();
            let amount = months[index][field].as_str().and_then(cents_of).unwrap_or(0);
            months[index][field] = Value::String(money((amount + cents).max(0)));
        }
    };
    if edits & WAGE != 0 {
        shift("/wages/months", "sv_wage");
    }
    if edits & ADVANCE_PAID != 0 {
        shift("/advance/payments", "amount");
    }
    if edits & AS_OF != 0
        && let Some((year, month, _)) = next["as_of"].as_str().and_then(ymd)
    {
        // The last day of the next month: a generated calculation date is a month's last day.
        let (year, month) = if month == 12 { (year + 1, 1) } else { (year, month + 1) };
        next["as_of"] = Value::String(date(year, month, days_in_month(year, month)));
    }
    if edits & BACK_PAYMENT_DATE != 0
        && let Some((year, month, day)) =
            next.pointer("/correction/back_payment_date").and_then(Value::as_str).and_then(ymd)
    {
        let (year, month, day) = add_days(year, month, day, 1);
        next["correction"]["back_payment_date"] = Value::String(date(year, month, day));
    }
    next
}

/// "1234.56" in cents (the generator writes every amount with two decimals, never negative).
fn cents_of(text: &str) -> Option<i64> {
    let (whole, part) = text.split_once('.')?;
    Some(whole.parse::<i64>().ok()? * 100 + part.parse::<i64>().ok()?)
}

fn ymd(text: &str) -> Option<(i64, i64, i64)> {
    let mut parts = text.splitn(3, '-').map(str::parse::<i64>);
    Some((parts.next()?.ok()?, parts.next()?.ok()?, parts.next()?.ok()?))
}
