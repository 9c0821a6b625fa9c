//! §3 Benefit per month: WIA 51-52 (IVA), WIA 59-61 (WGA: loongerelateerde uitkering,
//! loonaanvullings- and vervolguitkering), WIA 14 (indexation), WIA 13 lid 4 (maandloon).
//!
//! WIA 61 lid 1: "De loongerelateerde uitkering bedraagt per maand gedurende de eerste twee
//! maanden 75% en daarna 70% van het verschil tussen het maandloon en het inkomen." Each monthly
//! amount is `round_half_up(Σ rate(d) / weekdays(m), 2)` over the weekdays d with a right.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use std::collections::BTreeMap;

use crate::calendar::{Month, add_months, weekdays_between};
use crate::contract::{BenefitMonth, BenefitResult, Decision, DisabilityClass, Outcome};
use crate::dagloon::{days_per_month, index_once, maandloon};
use crate::error::CaseError;
use crate::money::Euro;
use crate::params::{DAGLOON_INDEX, MINIMUM_WAGE};
use crate::rules::Rule;
use crate::trace::{Figure, Input, Trace, TraceId, Traced, Value, at};

/// Which benefit a day falls under.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Iva,
    Lgu,
    Lau,
    Vvu,
    None,
}

impl Kind {
    pub fn code(self) -> &'static str {
        match self {
            Kind::Iva => "iva",
            Kind::Lgu => "lgu",
            Kind::Lau => "lau",
            Kind::Vvu => "vvu",
            Kind::None => "none",
        }
    }

    fn rule(self) -> Rule {
        match self {
            Kind::Iva => Rule::BenefitIva,
            Kind::Lgu => Rule::BenefitLgu,
            Kind::Lau => Rule::BenefitLau,
            Kind::Vvu => Rule::BenefitVvu,
            Kind::None => Rule::BenefitNone,
        }
    }
}

/// Everything a monthly schedule is computed from.
pub struct Basis<'a> {
    pub decision: &'a Decision,
    pub benefit_start: NaiveDate,
    pub dagloon_at_start: &'a Traced<Euro>,
    pub income_ratio: &'a Traced<Decimal>,
    pub income: &'a BTreeMap<Month, Euro>,
    /// The first day without LGU (start + LGU months), when there is an LGU.
    pub lgu_end: Option<NaiveDate>,
}

/// One month of a schedule, with the trace line of its amount.
#[derive(Clone, Debug)]
pub struct MonthFigure {
    pub month: Month,
    pub dagloon: Euro,
    pub maandloon: Euro,
    pub weekdays: u32,
    pub weekdays_with_right: u32,
    pub income: Euro,
    pub amount: Traced<Euro>,
    pub kind: Kind,
}

/// How a schedule names its lines in the trace.
pub struct Labels {
    /// `/benefit/months` for the benefit of the right; `None` for a comparison schedule.
    pub figure_prefix: Option<&'static str>,
    /// Months after this one get no figure path (computed beyond `as_of` for a correction).
    pub figures_through: Month,
    /// Replaces the kind's rule for the amount line (e.g. "what was paid" in a back payment).
    pub amount_rule: Option<Rule>,
}

/// The LGU end date (WIA 59): start + LGU months, when the weeks requirement is met.
pub fn lgu_end(decision: &Decision, benefit_start: NaiveDate, trace: &mut Trace) -> Option<Traced<NaiveDate>> {
    if decision.outcome != Outcome::Wga || !decision.weeks_requirement_met {
        return None;
    }
    Some(trace.record(
        Rule::LguDuration,
        at("/benefit/lgu_end"),
        add_months(benefit_start, decision.lgu_months),
        vec![
            Input::fact("benefit_start", Value::Date(benefit_start)),
            Input::fact("lgu_months", Value::Count(i64::from(decision.lgu_months))),
        ],
    ))
}

/// The benefit for every month from `first` through `last`.
pub fn schedule(
    basis: &Basis<'_>,
    first: Month,
    last: Month,
    labels: &Labels,
    trace: &mut Trace,
) -> Result<Vec<MonthFigure>, CaseError> {
    let start = basis.benefit_start;
    let mut dagloon: Traced<Euro> = basis.dagloon_at_start.clone();
    let mut indexed_through = start;
    let mut maandloon_line: Option<Traced<Euro>> = None;
    let two_months = add_months(start, 2);
    let mut figures = Vec::new();

    for (index, month) in first.through(last).enumerate() {
        // WIA 14: index on each 1 January / 1 July after the start, up to the month's first day.
        let first_day = month.first_day();
        if first_day > indexed_through {
            let steps = DAGLOON_INDEX.changes_between(indexed_through, first_day, "/as_of")?;
            for step in steps {
                dagloon = trace.record(
                    Rule::IndexationRunning,
                    None,
                    index_once(dagloon.value, step.value.index_percent()),
                    vec![
                        Input::figure("dagloon", &dagloon),
                        Input::parameter("index_percent", Value::Percent(step.value.index_percent()), step),
                        Input::fact("rounding", Value::Code("half-up to cents")),
                    ],
                );
                maandloon_line = None;
            }
            indexed_through = first_day;
        }
        let month_maandloon = match &maandloon_line {
            Some(line) => line.clone(),
            None => {
                let line = trace.record(
                    Rule::Maandloon,
                    None,
                    maandloon(dagloon.value),
                    vec![
                        Input::figure("dagloon", &dagloon),
                        Input::fact("days_per_month", Value::Decimal(days_per_month())),
                    ],
                );
                maandloon_line = Some(line.clone());
                line
            }
        };

        let income = basis.income.get(&month).copied().unwrap_or(Euro::ZERO);
        let weekdays = month.weekdays();
        let right_from = first_day.max(start);
        let right_to = month.last_day();
        let weekdays_with_right = weekdays_between(right_from, right_to);

        // Split the month where the rate changes: two months after the start (75 % → 70 %)
        // and at the end of the LGU.
        let mut cuts = [right_from; 3];
        let mut cut_count = 1;
        for cut in [Some(two_months), basis.lgu_end].into_iter().flatten() {
            if cut > right_from && cut <= right_to && !cuts[..cut_count].contains(&cut) {
                cuts[cut_count] = cut;
                cut_count += 1;
            }
        }
        let cuts = &mut cuts[..cut_count];
        cuts.sort_unstable();

        let minimum_wage = MINIMUM_WAGE.at(first_day, "/as_of")?;
        let mut sum = Decimal::ZERO;
        // A month at one rate on all its weekdays is that rate: Σ rate / n over n days.
        let mut single_rate: Option<Decimal> = None;
        let mut kind: Option<Kind> = None;
        let mut inputs = vec![
            Input::figure("maandloon", &month_maandloon),
            Input::fact("weekdays", Value::Count(i64::from(weekdays))),
            Input::fact("weekdays_with_right", Value::Count(i64::from(weekdays_with_right))),
            Input::fact("income", Value::Euro(income)),
        ];
        if !income.is_zero() {
            inputs.push(Input::figure("income_ratio", basis.income_ratio));
        }
        for (i, segment_from) in cuts.iter().enumerate() {
            let segment_to = cuts.get(i + 1).and_then(|next| next.pred_opt()).unwrap_or(right_to);
            let days = weekdays_between(*segment_from, segment_to);
            if days == 0 {
                continue;
            }
            let (segment_kind, rate, percent) =
                day_rate(basis, *segment_from, two_months, month_maandloon.value, income, minimum_wage.value);
            kind.get_or_insert(segment_kind);
            single_rate = (days == weekdays && cuts.len() == 1).then_some(rate);
            sum += rate * Decimal::from(days);
            inputs.push(Input::fact("kind", Value::Code(segment_kind.code())));
            inputs.push(Input::fact("days_at_rate", Value::Count(i64::from(days))));
            inputs.push(Input::fact("percent", Value::Percent(percent)));
            if segment_kind == Kind::Vvu {
                let minimum = Euro::cents(minimum_wage.value);
                inputs.push(Input::parameter("minimum_wage", Value::Euro(minimum), minimum_wage));
            }
        }
        let kind = kind.unwrap_or(if basis.decision.outcome == Outcome::Refused { Kind::None } else { Kind::Iva });
        let amount = if weekdays == 0 || sum <= Decimal::ZERO {
            Euro::ZERO
        } else if let Some(rate) = single_rate {
            Euro::round_half_up(rate)
        } else {
            Euro::round_half_up(sum / Decimal::from(weekdays))
        };
        inputs.push(Input::fact("rounding", Value::Code("half-up to cents")));
        let figure = labels.figure_prefix.filter(|_| month <= labels.figures_through).map(|list| Figure::Indexed {
            list,
            index,
            field: "amount",
        });
        let rule = labels.amount_rule.unwrap_or(kind.rule());
        let amount = trace.record(rule, figure, amount, inputs);
        figures.push(MonthFigure {
            month,
            dagloon: dagloon.value,
            maandloon: month_maandloon.value,
            weekdays,
            weekdays_with_right,
            income,
            amount,
            kind,
        });
    }
    Ok(figures)
}

/// The benefit kind and the monthly rate on a day, with its percentage.
fn day_rate(
    basis: &Basis<'_>,
    day: NaiveDate,
    two_months: NaiveDate,
    maandloon: Euro,
    income: Euro,
    minimum_wage_cents: i64,
) -> (Kind, Decimal, Decimal) {
    let decision = basis.decision;
    let ml = maandloon.decimal();
    let counted_income = if income.is_zero() { Decimal::ZERO } else { income.decimal() * basis.income_ratio.value };
    let pct = |p: i64| Decimal::new(p, 2);
    match decision.outcome {
        Outcome::Refused => (Kind::None, Decimal::ZERO, Decimal::ZERO),
        // WIA 51-52: 75 % of the maandloon minus 70 % of income × C/D.
        Outcome::Iva => (Kind::Iva, pct(75) * ml - pct(70) * counted_income, Decimal::new(75, 0)),
        Outcome::Wga => {
            if basis.lgu_end.is_some_and(|end| day < end) {
                // WIA 61 lid 1: 75 % in the first two months of the right, then 70 %.
                let percent = if day < two_months { pct(75) } else { pct(70) };
                return (Kind::Lgu, percent * (ml - counted_income), percent * Decimal::ONE_HUNDRED);
            }
            // After the LGU (WIA 60-62). Helder decision: without a stated restverdiencapaciteit
            // the class 80-100 counts as 0 (so the loonaanvulling applies) and lower classes get
            // the vervolguitkering; the explanation says so.
            let residual = decision
                .residual_earning_capacity
                .map(Euro::decimal)
                .or_else(|| (decision.disability_class == Some(DisabilityClass::From80To100)).then_some(Decimal::ZERO));
            match residual {
                Some(residual) if income.decimal() * Decimal::TWO >= residual => {
                    let base = ml - counted_income.max(residual);
                    (Kind::Lau, pct(70) * base, pct(70) * Decimal::ONE_HUNDRED)
                }
                _ => {
                    let percent = vvu_percent(decision.disability_class);
                    let minimum_wage = Decimal::new(minimum_wage_cents, 2);
                    (Kind::Vvu, percent / Decimal::ONE_HUNDRED * minimum_wage.min(ml), percent)
                }
            }
        }
    }
}

/// WIA 61 lid 6: the vervolguitkering percentage of the minimum wage per class.
fn vvu_percent(class: Option<DisabilityClass>) -> Decimal {
    match class {
        Some(DisabilityClass::From35To45) => Decimal::new(28, 0),
        Some(DisabilityClass::From45To55) => Decimal::new(35, 0),
        Some(DisabilityClass::From55To65) => Decimal::new(42, 0),
        Some(DisabilityClass::From65To80) => Decimal::new(5075, 2),
        Some(DisabilityClass::From80To100) | None => Decimal::new(70, 0),
    }
}

/// The benefit section: the schedule's months through the month of `as_of`.
pub fn result(decision: &Decision, lgu_end: Option<&Traced<NaiveDate>>, months: &[MonthFigure]) -> BenefitResult {
    BenefitResult {
        outcome: decision.outcome.code().to_owned(),
        residual_earning_capacity: decision.residual_earning_capacity,
        lgu_end: lgu_end.map(|end| end.value),
        months: months
            .iter()
            .map(|m| BenefitMonth {
                month: m.month,
                dagloon: m.dagloon,
                maandloon: m.maandloon,
                weekdays: m.weekdays,
                weekdays_with_right: m.weekdays_with_right,
                income: m.income,
                amount: m.amount.value,
                kind: m.kind.code().to_owned(),
            })
            .collect(),
    }
}

/// The amount line of `month` in a schedule, if the schedule has it. Schedules are consecutive
/// months, so the position follows from the first month.
pub fn amount_in(months: &[MonthFigure], month: Month) -> Option<&Traced<Euro>> {
    let first = months.first()?.month;
    let offset = (month.year() - first.year()) * 12 + month.number() as i32 - first.number() as i32;
    let figure = months.get(usize::try_from(offset).ok()?)?;
    (figure.month == month).then_some(&figure.amount)
}

/// The trace id of a month's amount line.
pub fn amount_id(months: &[MonthFigure], month: Month) -> Option<TraceId> {
    amount_in(months, month).map(|amount| amount.id)
}
