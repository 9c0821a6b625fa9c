//! The decisive facts as a checker types them: one month and amount a line (`2021-01 2200,00`),
//! months as `2021-03 2021-04`, a date and a dagloon. Read into `CheckFacts` strings without any
//! arithmetic (the engine computes on the server); what does not read becomes an error beside its
//! field.

use helder_api::workbench::{CheckFacts, MonthAmount};

/// The typed form, field by field.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TypedFacts {
    pub wages: String,
    pub wageless: String,
    pub first_sick_day: String,
    pub dagloon: String,
    pub paid: String,
}

/// What is wrong with a field: its id and a message id with arguments.
pub type Problem = (&'static str, &'static str, Vec<(&'static str, String)>);

/// The facts, or every problem in the order of the fields.
pub fn read(typed: &TypedFacts) -> Result<CheckFacts, Vec<Problem>> {
    let mut problems = Vec::new();
    let wages = month_amounts(&typed.wages, "wb-wages", &mut problems);
    let paid = month_amounts(&typed.paid, "wb-paid", &mut problems);
    let wageless: Vec<String> =
        typed.wageless.split([' ', ',', ';', '\n']).filter(|m| !m.is_empty()).map(str::to_owned).collect();
    if !wageless.iter().all(|m| is_month(m)) {
        problems.push(("wb-wageless", "ui-wb-wageless-wrong", Vec::new()));
    }
    let first_sick_day = typed.first_sick_day.trim().to_owned();
    if first_sick_day.len() != 10 {
        problems.push(("wb-first-sick-day", "ui-wb-first-sick-day-missing", Vec::new()));
    }
    let dagloon = amount(&typed.dagloon);
    if dagloon.is_none() {
        problems.push(("wb-dagloon", "ui-wb-dagloon-wrong", Vec::new()));
    }
    if wages.is_empty() && !problems.iter().any(|(field, _, _)| *field == "wb-wages") {
        problems.push(("wb-wages", "ui-wb-wages-missing", Vec::new()));
    }
    // Problems in the order of the fields on the form.
    let order = ["wb-wages", "wb-wageless", "wb-first-sick-day", "wb-dagloon", "wb-paid"];
    problems.sort_by_key(|(field, _, _)| order.iter().position(|f| f == field));
    match (problems.is_empty(), dagloon) {
        (true, Some(dagloon_as_set)) => {
            Ok(CheckFacts { wages, wageless_months: wageless, first_sick_day, dagloon_as_set, paid })
        }
        _ => Err(problems),
    }
}

fn month_amounts(text: &str, field: &'static str, problems: &mut Vec<Problem>) -> Vec<MonthAmount> {
    let mut list = Vec::new();
    for (number, line) in text.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
        let mut parts = line.split([' ', '\t', ':', '=']).filter(|p| !p.is_empty());
        match (parts.next(), parts.next().and_then(amount), parts.next()) {
            (Some(month), Some(amount), None) if is_month(month) => {
                list.push(MonthAmount { month: month.to_owned(), amount })
            }
            _ => {
                problems.push((field, "ui-wb-lines-wrong", vec![("line", (number + 1).to_string())]));
                return list;
            }
        }
    }
    list
}

fn is_month(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.len() == 7
        && bytes[4] == b'-'
        && bytes.iter().enumerate().all(|(i, b)| i == 4 || b.is_ascii_digit())
        && matches!(&text[5..], "01" | "02" | "03" | "04" | "05" | "06" | "07" | "08" | "09" | "10" | "11" | "12")
}

/// An amount in euros as typed (`2200`, `2.200,00`, `2200.5`) as the API's `2200.00`; the
/// thousands dot goes, the decimal comma becomes a point. Text only: no arithmetic.
fn amount(typed: &str) -> Option<String> {
    let text = typed.trim().trim_start_matches('€').trim();
    let (whole, cents) = match text.rsplit_once([',', '.']) {
        Some((whole, cents)) if cents.len() <= 2 => (whole.replace(['.', ','], ""), cents.to_owned()),
        _ => (text.replace(['.', ','], ""), String::new()),
    };
    if whole.is_empty() || !whole.bytes().all(|b| b.is_ascii_digit()) || !cents.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some(format!("{whole}.{cents:0<2}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_read_the_dutch_and_the_english_way() {
        for (typed, read) in [("2200", "2200.00"), ("2.200,00", "2200.00"), ("98,86", "98.86"), ("€ 2200.5", "2200.50")]
        {
            assert_eq!(amount(typed).as_deref(), Some(read), "{typed}");
        }
        for wrong in ["", "abc", "12,3,4x", "-5"] {
            assert_eq!(amount(wrong), None, "{wrong}");
        }
    }

    #[test]
    fn a_wrong_line_is_named_beside_its_field() {
        let typed = TypedFacts {
            wages: "2021-01 2200,00\n2021-13 100".into(),
            wageless: "2021-03".into(),
            first_sick_day: "2021-11-08".into(),
            dagloon: "98,86".into(),
            paid: String::new(),
        };
        assert_eq!(read(&typed), Err(vec![("wb-wages", "ui-wb-lines-wrong", vec![("line", "2".to_owned())])]));
    }
}
