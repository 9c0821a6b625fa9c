//! §4 Advance (voorschot): Awb 4:95. "Bij de vaststelling van de uitkering worden de betaalde
//! voorschotten verrekend" (Awb 4:95 lid 4): the advances paid are set off against the whole
//! entitlement over the same months, on the totals.

use rust_decimal::Decimal;

use crate::benefit::{MonthFigure, amount_in};
use crate::calendar::Month;
use crate::contract::{Advance, AdvanceMonth, AdvanceResult, Case};
use crate::money::Euro;
use crate::rules::Rule;
use crate::trace::{Figure, Input, Trace, Traced, Value, at};

/// The settled advance, when there is a decision.
pub struct Settlement {
    pub entitled_total: Traced<Euro>,
    pub overpayment: Traced<Euro>,
    pub underpayment: Traced<Euro>,
    pub ww_offset: Traced<Euro>,
    pub income_part: Traced<Euro>,
}

pub struct AdvanceFigures {
    pub first_month: Option<Month>,
    pub last_month: Option<Month>,
    pub months: Vec<AdvanceMonth>,
    pub paid_total: Traced<Euro>,
    pub ww_total: Euro,
    pub income_total: Euro,
    pub settlement: Option<Settlement>,
}

/// `entitled`: the decided benefit per month (`None` while undecided; a refused claim gives an
/// empty schedule, so every month's entitlement is 0).
pub fn advance(case: &Case, advance: &Advance, entitled: Option<&[MonthFigure]>, trace: &mut Trace) -> AdvanceFigures {
    let mut months = Vec::with_capacity(advance.payments.len());
    let mut entitled_inputs = Vec::new();
    // Per month the benefit line it was entitled to (none: entitled to nothing that month).
    let mut entitled_lines = Vec::with_capacity(advance.payments.len());
    for (month, paid) in &advance.payments {
        let entitled_amount = entitled.map(|schedule| {
            let line = amount_in(schedule, *month);
            if let Some(line) = line {
                entitled_inputs.push(Input::figure("entitled_month", line));
            }
            entitled_lines.push(line);
            line.map_or(Euro::ZERO, |line| line.value)
        });
        months.push(AdvanceMonth {
            month: *month,
            paid: *paid,
            entitled: entitled_amount,
            difference: None,
            ww: case.ww.get(month).copied().unwrap_or(Euro::ZERO),
            income: case.income.get(month).copied().unwrap_or(Euro::ZERO),
        });
    }
    let paid_total_value: Euro = months.iter().map(|m| m.paid).sum();
    let ww_total: Euro = months.iter().map(|m| m.ww).sum();
    let income_total: Euro = months.iter().map(|m| m.income).sum();
    let paid_total = trace.record(
        Rule::AdvancePaidTotal,
        at("/advance/paid_total"),
        paid_total_value,
        [Input::fact("advance_months", Value::Count(months.len() as i64))],
    );

    let settlement = entitled.map(|_| {
        let entitled_total = trace.record(
            Rule::AdvanceEntitledTotal,
            at("/advance/entitled_total"),
            months.iter().filter_map(|m| m.entitled).sum(),
            entitled_inputs,
        );
        let difference = paid_total.value - entitled_total.value;
        let totals = || [Input::figure("paid_total", &paid_total), Input::figure("entitled_total", &entitled_total)];
        let overpayment =
            trace.record(Rule::AdvanceOverpayment, at("/advance/overpayment"), difference.positive_part(), totals());
        let underpayment = trace.record(
            Rule::AdvanceUnderpayment,
            at("/advance/underpayment"),
            (-difference).positive_part(),
            totals(),
        );
        // WW over the same months pays back its part of the overpayment.
        let ww_offset = trace.record(
            Rule::WwOffset,
            at("/advance/ww_offset"),
            overpayment.value.min(ww_total),
            [Input::figure("overpayment", &overpayment), Input::fact("ww_total", Value::Euro(ww_total))],
        );
        // Helder decision: income from work should have lowered the advance by 70 % (WIA 52).
        let seventy_percent = Euro::round_half_up(Decimal::new(70, 2) * income_total.decimal());
        let income_part = trace.record(
            Rule::IncomePart,
            at("/advance/income_part"),
            (overpayment.value - ww_offset.value).min(seventy_percent),
            [
                Input::figure("overpayment", &overpayment),
                Input::figure("ww_offset", &ww_offset),
                Input::fact("income_total", Value::Euro(income_total)),
                Input::fact("income_percent", Value::Percent(Decimal::new(70, 0))),
            ],
        );
        Settlement { entitled_total, overpayment, underpayment, ww_offset, income_part }
    });

    // Per month, for the ledger (recorded after the totals, so the settlement's trace ids do
    // not depend on the number of months).
    if entitled.is_some() {
        for (index, (month, line)) in months.iter_mut().zip(entitled_lines).enumerate() {
            let entitled_input = match line {
                Some(line) => Input::figure("entitled_month", line),
                None => Input::fact("entitled_month", Value::Euro(Euro::ZERO)),
            };
            let difference = trace.record(
                Rule::AdvanceMonthDifference,
                Some(Figure::Indexed { list: "/advance/months", index, field: "difference" }),
                month.entitled.unwrap_or(Euro::ZERO) - month.paid,
                [entitled_input, Input::fact("advance_paid", Value::Euro(month.paid))],
            );
            month.difference = Some(difference.value);
        }
    }

    AdvanceFigures {
        first_month: advance.payments.keys().next().copied(),
        last_month: advance.payments.keys().next_back().copied(),
        months,
        paid_total,
        ww_total,
        income_total,
        settlement,
    }
}

impl AdvanceFigures {
    pub fn result(&self) -> AdvanceResult {
        let settled = |pick: fn(&Settlement) -> &Traced<Euro>| self.settlement.as_ref().map(|s| pick(s).value);
        AdvanceResult {
            settled: self.settlement.is_some(),
            first_month: self.first_month,
            last_month: self.last_month,
            months: self.months.clone(),
            paid_total: self.paid_total.value,
            entitled_total: settled(|s| &s.entitled_total),
            ww_total: self.ww_total,
            income_total: self.income_total,
            ww_offset: settled(|s| &s.ww_offset),
            income_part: settled(|s| &s.income_part),
            overpayment: settled(|s| &s.overpayment),
            underpayment: settled(|s| &s.underpayment),
        }
    }
}
