//! §3 Benefit per month: WIA 51-52 (IVA), WIA 59-62 (WGA: loongerelateerde uitkering,
//! loonaanvullings- and vervolguitkering), WIA 14 (indexation), WIA 13 lid 4 (maandloon).
//!
//! WIA 61 lid 1: "De loongerelateerde uitkering bedraagt per maand gedurende de eerste twee
//! maanden 75% en daarna 70% van het verschil tussen het maandloon en het inkomen." Each monthly
//! amount is `round_half_up(Σ rate(d) / weekdays(m), 2)` over the weekdays d with a right.
//!
//! After the LGU (WIA 60 lid 1): a loonaanvullingsuitkering for who meets the income test of
//! lid 2 (earns at least half the remaining earning capacity) or has none (lid 3: who can earn
//! at most 20 %, the class 80-100), else a vervolguitkering. WIA 62 lid 1: "De vervolguitkering
//! bedraagt per kalendermaand: G × H", G the percentage of WIA 61 lid 6 and H "het minimumloon
//! per maand of het maandloon in het geval het minimumloon per maand hoger is dan het
//! maandloon"; the WIA's minimumloon includes the holiday allowance (WIA 12 lid 1 onder b).

use chrono::NaiveDate;
use rust_decimal::Decimal;
use std::collections::BTreeMap;

use crate::calendar::{Month, add_months, weekdays_between, weekdays_in};
use crate::contract::{BenefitMonth, BenefitResult, Decision, DisabilityClass, Outcome};
use crate::dagloon::{days_per_month, index_once, maandloon};
use crate::error::CaseError;
use crate::money::Euro;
use crate::params::{Cursor, DAGLOON_INDEX, MINIMUM_WAGE, policy};
use crate::rules::Rule;
use crate::trace::{Figure, Input, Trace, Traced, Value, at};

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
        [
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
    let mut figures = Vec::with_capacity(first.count_through(last));
    // One month's inputs, reused from month to month: the trace copies them into its arena.
    let mut inputs: Vec<Input> = Vec::with_capacity(24);
    // The tables are searched again only when a month reaches their next entry (the months only
    // grow); `NaiveDate::MIN` makes the first month look the index up.
    let mut next_index_change = NaiveDate::MIN;
    let mut minimum_wages = Cursor::new(&MINIMUM_WAGE);

    for (index, month) in first.through(last).enumerate() {
        // WIA 14: index on each 1 January / 1 July after the start, up to the month's first day.
        let first_day = month.first_day();
        // Between two index dates there is nothing to index, and a month inside the known
        // table cannot fail the lookup: only a month that reaches the next date, or lies past
        // the table, looks again (the same steps and errors as looking every month).
        let index_due = first_day >= next_index_change || first_day > DAGLOON_INDEX.known_through;
        if first_day > indexed_through && index_due {
            next_index_change = DAGLOON_INDEX.next_change_after(first_day);
            let steps = DAGLOON_INDEX.changes_between(indexed_through, first_day, "/as_of")?;
            for step in steps {
                dagloon = trace.record(
                    Rule::IndexationRunning,
                    None,
                    index_once(dagloon.value, step.value.index_percent()),
                    [
                        Input::figure("dagloon", &dagloon),
                        Input::parameter("index_percent", Value::Percent(step.value.index_percent()), step),
                        Input::fact("rounding", Value::Code("half-up to cents")),
                    ],
                );
                maandloon_line = None;
            }
        }
        indexed_through = indexed_through.max(first_day);
        let month_maandloon = match &maandloon_line {
            Some(line) => line.clone(),
            None => {
                let line = trace.record(
                    Rule::Maandloon,
                    None,
                    maandloon(dagloon.value),
                    [
                        Input::figure("dagloon", &dagloon),
                        Input::fact("days_per_month", Value::Decimal(days_per_month())),
                    ],
                );
                maandloon_line = Some(line.clone());
                line
            }
        };

        let income = basis.income.get(&month).copied().unwrap_or(Euro::ZERO);
        let weekdays = weekdays_in(first_day, month.days());
        let right_from = first_day.max(start);
        let right_to = month.last_day();
        // A right from the month's first day covers all its weekdays.
        let weekdays_with_right =
            if right_from == first_day { weekdays } else { weekdays_between(right_from, right_to) };

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

        let minimum_wage = minimum_wages.at(first_day, "/as_of")?;
        let mut sum = Decimal::ZERO;
        // A month at one rate on all its weekdays is that rate: Σ rate / n over n days.
        let mut single_rate: Option<Decimal> = None;
        let mut kind: Option<Kind> = None;
        let mut assumed = false;
        inputs.clear();
        inputs.extend([
            Input::figure("maandloon", &month_maandloon),
            Input::fact("weekdays", Value::Count(i64::from(weekdays))),
            Input::fact("weekdays_with_right", Value::Count(i64::from(weekdays_with_right))),
            Input::fact("income", Value::Euro(income)),
        ]);
        if !income.is_zero() {
            inputs.push(Input::figure("income_ratio", basis.income_ratio));
        }
        for (i, segment_from) in cuts.iter().enumerate() {
            let segment_to = cuts.get(i + 1).and_then(|next| next.pred_opt()).unwrap_or(right_to);
            // One segment is the whole right in the month, counted above.
            let days = if cuts.len() == 1 { weekdays_with_right } else { weekdays_between(*segment_from, segment_to) };
            if days == 0 {
                continue;
            }
            let rate = day_rate(basis, *segment_from, two_months, month_maandloon.value, income, minimum_wage.value);
            // The month's kind is the kind of its first weekday with a right (CASE-FORMAT): in
            // the month the LGU ends that is `lgu`; the trace lists every segment's kind.
            kind.get_or_insert(rate.kind);
            assumed |= rate.assumed;
            single_rate = (days == weekdays && cuts.len() == 1).then_some(rate.monthly);
            sum += rate.monthly * Decimal::from(days);
            inputs.push(Input::fact("kind", Value::Code(rate.kind.code())));
            inputs.push(Input::fact("days_at_rate", Value::Count(i64::from(days))));
            inputs.push(Input::fact("percent", Value::Percent(rate.percent)));
            if let Some(step) = rate.step {
                inputs.push(Input::fact("wia_61_62_step", Value::Code(step)));
            }
            if rate.uses_minimum_wage {
                let minimum = Euro::cents(minimum_wage.value);
                let holiday = &policy::MINIMUM_WAGE_HOLIDAY_ALLOWANCE_PERCENT;
                inputs.push(Input::parameter("minimum_wage", Value::Euro(minimum), minimum_wage));
                inputs.push(Input::parameter(
                    "holiday_allowance_percent",
                    Value::Percent(Decimal::from(holiday.value)),
                    holiday,
                ));
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
        // A month that rests on an assumption for any of its days is recorded as such.
        let rule = labels.amount_rule.unwrap_or(if assumed { Rule::BenefitVvuAssumed } else { kind.rule() });
        let amount = trace.record_moving(rule, figure, amount, &mut inputs);
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

/// The benefit on one day, as a monthly rate: its kind, the percentage, which step of WIA
/// 61-62 gave it after the LGU, and whether the minimum wage entered it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct DayRate {
    pub kind: Kind,
    pub monthly: Decimal,
    pub percent: Decimal,
    pub step: Option<&'static str>,
    pub uses_minimum_wage: bool,
    /// The rate rests on Helder's assumption that a missing remaining earning capacity means
    /// the income requirement is not met (issue 16 item 2): the month's line is then recorded
    /// under `Rule::BenefitVvuAssumed`, a Helder decision, not law.
    pub assumed: bool,
}

/// The WIA's "minimumloon" per month: the WML amount plus the holiday allowance (WIA 12 lid 1
/// onder b), unrounded (the monthly amount is rounded once).
pub fn minimum_wage_with_holiday_allowance(minimum_wage_cents: i64) -> Decimal {
    let percent = Decimal::from(policy::MINIMUM_WAGE_HOLIDAY_ALLOWANCE_PERCENT.value);
    Decimal::new(minimum_wage_cents, 2) * (Decimal::ONE_HUNDRED + percent) / Decimal::ONE_HUNDRED
}

/// The benefit kind and the monthly rate on a day, with its percentage.
pub fn day_rate(
    basis: &Basis<'_>,
    day: NaiveDate,
    two_months: NaiveDate,
    maandloon: Euro,
    income: Euro,
    minimum_wage_cents: i64,
) -> DayRate {
    let decision = basis.decision;
    let ml = maandloon.decimal();
    let ratio = basis.income_ratio.value;
    let counted_income = if income.is_zero() { Decimal::ZERO } else { income.decimal() * ratio };
    // The maandloon less the counted income; without income the maandloon itself, which most
    // months are: the same decimal the subtraction gives, but for a maandloon of 0.00, where
    // `0.00 - 0` is 0 at scale 0. It is only ever multiplied, and a product with a zero is
    // `Decimal::ZERO` either way.
    let less_income = if income.is_zero() { ml } else { ml - counted_income };
    let pct = |p: i64| Decimal::new(p, 2);
    let plain = |kind, monthly, percent| DayRate {
        kind,
        monthly,
        percent,
        step: None,
        uses_minimum_wage: false,
        assumed: false,
    };
    match decision.outcome {
        Outcome::Refused => plain(Kind::None, Decimal::ZERO, Decimal::ZERO),
        // WIA 51-52: 75 % of the maandloon minus 70 % of income × C/D.
        Outcome::Iva => plain(Kind::Iva, pct(75) * ml - pct(70) * counted_income, Decimal::new(75, 0)),
        Outcome::Wga => {
            if basis.lgu_end.is_some_and(|end| day < end) {
                // WIA 61 lid 1: 75 % in the first two months of the right, then 70 %.
                // (The percentage as shown is the fraction × 100, written out.)
                let (percent, shown) =
                    if day < two_months { (pct(75), Decimal::new(7500, 2)) } else { (pct(70), Decimal::new(7000, 2)) };
                return plain(Kind::Lgu, percent * less_income, shown);
            }
            after_lgu(decision, ml, income, less_income, ratio, minimum_wage_cents)
        }
    }
}

/// WIA 60-62 after the LGU. G × H is the vervolguitkering of WIA 62 lid 1 and the floor of the
/// loonaanvulling of WIA 61 lid 5: G the class percentage, H the minimum wage with holiday
/// allowance or the maandloon when that is lower.
fn after_lgu(
    decision: &Decision,
    ml: Decimal,
    income: Euro,
    less_income: Decimal,
    ratio: Decimal,
    minimum_wage_cents: i64,
) -> DayRate {
    let seventy = Decimal::new(70, 2);
    let seventy_percent = Decimal::new(70, 0);
    let full_lau = seventy * less_income;
    let percent = vvu_percent(decision.disability_class);
    // Only the steps that use G × H compute it (it costs two divisions).
    let g_times_h = || percent / Decimal::ONE_HUNDRED * minimum_wage_with_holiday_allowance(minimum_wage_cents).min(ml);
    let lau = |monthly, step, uses_minimum_wage| DayRate {
        kind: Kind::Lau,
        monthly,
        percent: seventy_percent,
        step: Some(step),
        uses_minimum_wage,
        assumed: false,
    };
    // WIA 60 lid 3: who can earn at most 20 % (class 80-100) has no income test, so gets the
    // loonaanvulling of WIA 61 lid 2 whatever the decision says of a remaining capacity.
    if decision.disability_class == Some(DisabilityClass::From80To100) {
        return lau(full_lau, "61_2_no_income_test", false);
    }
    match decision.residual_earning_capacity.map(Euro::decimal) {
        // WIA 61 lid 2-3: earning at least the remaining capacity: 70 % of maandloon − income.
        Some(residual) if income.decimal() >= residual => lau(full_lau, "61_2_capacity_used", false),
        // WIA 60 lid 2, 61 lid 4-5: earning at least half of it: 70 % of maandloon − remaining
        // capacity × C/D, at least G × H but never more than the full loonaanvulling.
        Some(residual) if income.decimal() * Decimal::TWO >= residual => {
            let partial = seventy * (ml - residual * ratio);
            let g_times_h = g_times_h();
            if partial >= g_times_h {
                lau(partial, "61_4_half_used", false)
            } else {
                lau(g_times_h.min(full_lau), "61_5_floor", true)
            }
        }
        // WIA 60 lid 1 onder b, 62 lid 1: earning less than half the remaining capacity.
        Some(_) => DayRate {
            kind: Kind::Vvu,
            monthly: g_times_h(),
            percent,
            step: Some("62_1"),
            uses_minimum_wage: true,
            assumed: false,
        },
        // Without a stated remaining capacity Helder assumes the income test is not met (a
        // Helder decision the explanation states; issue 16 item 2).
        None => DayRate {
            kind: Kind::Vvu,
            monthly: g_times_h(),
            percent,
            step: Some("62_1_no_capacity_stated"),
            uses_minimum_wage: true,
            assumed: true,
        },
    }
}

/// WIA 61 lid 6: the uitkeringspercentage per class, for the vervolguitkering (WIA 62 lid 1)
/// and the floor of the loonaanvulling (WIA 61 lid 5).
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
                kind: m.kind.code().into(),
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

#[cfg(test)]
mod tests;
