//! §2 Dagloon (daily wage): Dagloonbesluit werknemersverzekeringen (DLB) 13, 16, 23; Wfsv 17;
//! WIA 13 lid 4, WIA 14; CRvB 30-07-2024 (loonloze tijdvakken).
//!
//! DLB 16: "Het dagloon is het loon in het refertejaar gedeeld door 261." CRvB 2024: a calendar
//! month of the reference period without any wage is left out, with its dagloondagen, so the
//! divisor becomes 261 minus those days.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::calendar::{Month, weekdays_between};
use crate::contract::{Case, DagloonResult, Wages};
use crate::error::CaseError;
use crate::money::Euro;
use crate::params::DAGLOON_INDEX;
use crate::rules::Rule;
use crate::trace::{Input, Trace, Traced, Value, at};

/// Dagloondagen in a year (DLB 16) and per month (WIA 13 lid 4: 21.75).
const DAYS_PER_YEAR: u32 = 261;

/// The dagloon of the right and what it was made from.
pub struct Dagloon {
    pub reference_period_assumed: bool,
    pub reference_from: NaiveDate,
    pub reference_to: NaiveDate,
    pub wage_total: Traced<Euro>,
    pub divisor: Traced<u32>,
    pub wageless_months: Traced<Vec<Month>>,
    pub uncapped: Traced<Euro>,
    pub uncapped_at_start: Traced<Euro>,
    pub maximum_at_start: Traced<Euro>,
    pub at_start: Traced<Euro>,
    /// C/D = capped ÷ uncapped dagloon at the start, unrounded (WIA 52, 61).
    pub income_ratio: Traced<Decimal>,
    pub maandloon_at_start: Traced<Euro>,
}

pub fn dagloon(
    case: &Case,
    wages: &Wages,
    benefit_start: &Traced<NaiveDate>,
    trace: &mut Trace,
) -> Result<Dagloon, CaseError> {
    // DLB 13: the year ending with the last payroll period (monthly, unless given) before the
    // period of the first sick day.
    let (reference_from, reference_to) = wages.reference_period.unwrap_or_else(|| {
        let sick_month = Month::of(case.first_sick_day);
        (sick_month.plus(-12).first_day(), sick_month.previous().last_day())
    });

    // DLB 16: A − B + C.
    let a: Euro = wages.months.values().sum();
    let b = wages.holiday_pay_paid_from_earlier;
    let c = wages.holiday_pay_built_up;
    let total = a - b + c;
    if total.is_negative() {
        return Err(CaseError::Contradiction {
            path: "/wages/holiday_pay_paid_from_earlier".into(),
            rule: "holiday pay from earlier build-up exceeds the wages of the reference period",
        });
    }
    let wage_total = trace.record(
        Rule::WageTotal,
        at("/dagloon/wage_total"),
        total,
        [
            Input::fact("sv_wage_total_a", Value::Euro(a)),
            Input::fact("holiday_pay_paid_from_earlier_b", Value::Euro(b)),
            Input::fact("holiday_pay_built_up_c", Value::Euro(c)),
        ],
    );

    // CRvB 2024: months of the reference period without any wage, with their dagloondagen.
    let mut wageless = Vec::new();
    let mut wageless_days = 0;
    for month in Month::of(reference_from).through(Month::of(reference_to)) {
        let paid = wages.months.get(&month).is_some_and(|wage| wage.is_positive());
        if !paid {
            let from = month.first_day().max(reference_from);
            let to = month.last_day().min(reference_to);
            wageless_days += weekdays_between(from, to);
            wageless.push(month);
        }
    }
    let wageless_months = trace.record(
        Rule::WagelessMonths,
        at("/dagloon/wageless_months"),
        wageless,
        [
            Input::fact("reference_from", Value::Date(reference_from)),
            Input::fact("reference_to", Value::Date(reference_to)),
        ],
    );
    let divisor = trace.record(
        Rule::Divisor,
        at("/dagloon/divisor"),
        DAYS_PER_YEAR.saturating_sub(wageless_days),
        [
            Input::fact("days_per_year", Value::Count(i64::from(DAYS_PER_YEAR))),
            Input::figure("wageless_months", &wageless_months),
            Input::fact("wageless_days", Value::Count(i64::from(wageless_days))),
        ],
    );

    // DLB 16, half-up to cents (Helder decision matching published UWV figures). With no wage
    // at all the divisor is 0 and so is the dagloon.
    let quotient =
        if divisor.value == 0 { Decimal::ZERO } else { wage_total.value.decimal() / Decimal::from(divisor.value) };
    let uncapped = trace.record(
        Rule::DagloonUncapped,
        at("/dagloon/uncapped"),
        Euro::round_half_up(quotient),
        [
            Input::figure("wage_total", &wage_total),
            Input::figure("divisor", &divisor),
            Input::fact("unrounded", Value::Decimal(quotient)),
            Input::fact("rounding", Value::Code("half-up to cents")),
        ],
    );

    // DLB 23: each index change after the reference period up to and including the start.
    let mut indexed = uncapped.clone();
    let steps = DAGLOON_INDEX.changes_between(reference_to, benefit_start.value, "/first_sick_day")?;
    let last_step = steps.len().checked_sub(1);
    for (index, step) in steps.iter().enumerate() {
        let figure = if Some(index) == last_step { at("/dagloon/uncapped_at_start") } else { None };
        indexed = trace.record(
            Rule::IndexationToStart,
            figure,
            index_once(indexed.value, step.value.index_percent()),
            [
                Input::figure("dagloon", &indexed),
                Input::parameter("index_percent", Value::Percent(step.value.index_percent()), step),
                Input::fact("rounding", Value::Code("half-up to cents")),
            ],
        );
    }
    let uncapped_at_start = indexed;

    // Wfsv 17: the maximum in force on the first day of the right.
    let maximum = DAGLOON_INDEX.at(benefit_start.value, "/first_sick_day")?;
    let maximum_at_start = trace.record(
        Rule::MaximumDagloon,
        at("/dagloon/maximum_at_start"),
        maximum.value.maximum(),
        [
            Input::figure("benefit_start", benefit_start),
            Input::parameter("maximum_dagloon", Value::Euro(maximum.value.maximum()), maximum),
        ],
    );
    let at_start = trace.record(
        Rule::DagloonAtStart,
        at("/dagloon/at_start"),
        uncapped_at_start.value.min(maximum_at_start.value),
        [Input::figure("uncapped_at_start", &uncapped_at_start), Input::figure("maximum_dagloon", &maximum_at_start)],
    );
    let ratio = if uncapped_at_start.value.is_zero() || at_start.value == uncapped_at_start.value {
        Decimal::ONE
    } else {
        at_start.value.decimal() / uncapped_at_start.value.decimal()
    };
    let income_ratio = trace.record(
        Rule::IncomeRatio,
        None,
        ratio,
        [Input::figure("capped", &at_start), Input::figure("uncapped", &uncapped_at_start)],
    );
    let maandloon_at_start = trace.record(
        Rule::Maandloon,
        at("/dagloon/maandloon_at_start"),
        maandloon(at_start.value),
        [Input::figure("dagloon", &at_start), Input::fact("days_per_month", Value::Decimal(days_per_month()))],
    );

    Ok(Dagloon {
        reference_period_assumed: wages.reference_period.is_none(),
        reference_from,
        reference_to,
        wage_total,
        divisor,
        wageless_months,
        uncapped,
        uncapped_at_start,
        maximum_at_start,
        at_start,
        income_ratio,
        maandloon_at_start,
    })
}

/// One indexation step: `round_half_up(dagloon × (1 + pct/100), 2)` (DLB 23, WIA 14).
pub fn index_once(dagloon: Euro, percent: Decimal) -> Euro {
    Euro::round_half_up(dagloon.decimal() * (Decimal::ONE + percent / Decimal::ONE_HUNDRED))
}

/// WIA 13 lid 4: maandloon = 21.75 × dagloon, half-up to cents.
pub fn maandloon(dagloon: Euro) -> Euro {
    Euro::round_half_up(days_per_month() * dagloon.decimal())
}

pub fn days_per_month() -> Decimal {
    Decimal::new(2175, 2)
}

impl Dagloon {
    pub fn result(&self) -> DagloonResult {
        DagloonResult {
            reference_period_assumed: self.reference_period_assumed,
            reference_from: self.reference_from,
            reference_to: self.reference_to,
            wage_total: self.wage_total.value,
            divisor: self.divisor.value,
            wageless_months: self.wageless_months.value.clone(),
            uncapped: self.uncapped.value,
            uncapped_at_start: self.uncapped_at_start.value,
            maximum_at_start: self.maximum_at_start.value,
            at_start: self.at_start.value,
            capped: self.at_start.value < self.uncapped_at_start.value,
            maandloon_at_start: self.maandloon_at_start.value,
        }
    }
}

#[cfg(test)]
mod tests;
