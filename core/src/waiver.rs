//! §5 Waiver of the recovery of WIA advances (kwijtschelding WIA-voorschotten): extra-statutory
//! favourable policy (Kamerbrief 30-08-2021, Kamerstukken 32716 nr. 44; UWV "Decharge opdracht
//! herstelactie WIA voorschotten"), not law. "Terugvorderingen die samenhangen met te late
//! WIA-claimbeoordelingen worden stopgezet, niet gestart of terugbetaald."

use chrono::{Datelike, NaiveDate};

use crate::advance::Settlement;
use crate::calendar::Month;
use crate::contract::{Advance, Decision, WaiverResult};
use crate::money::Euro;
use crate::params::policy;
use crate::rules::Rule;
use crate::trace::{Input, Trace, Traced, Value, at};

pub struct Waiver {
    pub applies: Traced<bool>,
    pub reason: &'static str,
    pub route: Option<Traced<&'static str>>,
    pub in_scope: bool,
    pub decision_late: bool,
    pub waived: Traced<Euro>,
    pub to_repay: Traced<Euro>,
    pub already_repaid: Traced<Euro>,
    pub refund: Traced<Euro>,
    pub still_open: Traced<Euro>,
    pub refund_date: NaiveDate,
    pub tax: Traced<Vec<i32>>,
}

pub fn waiver(
    advance: &Advance,
    first_month: Month,
    last_month: Month,
    settlement: &Settlement,
    decision: &Decision,
    decision_due: &Traced<NaiveDate>,
    trace: &mut Trace,
) -> Waiver {
    // Scope: the advance ran on at least one day of the policy window, and then as a whole.
    let window_first = policy::WAIVER_WINDOW_FIRST.value;
    let window_last = policy::WAIVER_WINDOW_LAST.value;
    let in_scope = first_month <= Month::of(window_last) && last_month >= Month::of(window_first);
    let scope = trace.record(
        Rule::WaiverScope,
        None,
        in_scope,
        [
            Input::fact("first_advance_month", Value::Month(first_month)),
            Input::fact("last_advance_month", Value::Month(last_month)),
            Input::parameter("window_first", Value::Date(window_first), &policy::WAIVER_WINDOW_FIRST),
            Input::parameter("window_last", Value::Date(window_last), &policy::WAIVER_WINDOW_LAST),
        ],
    );
    let decision_late = decision.date > decision_due.value;
    let promised = advance.promised_full_waiver;
    let client_caused = advance.client_caused_delay;
    let applies_value = promised || (in_scope && decision_late && !client_caused);
    let overpayment = settlement.overpayment.value;
    // The reason is the first that holds, in this order (CASE-FORMAT): a written promise wins;
    // then the conditions of the policy (scope, the client's own conduct, a late decision);
    // only when they all hold does "no_overpayment" say there was nothing to waive.
    let reason = if promised {
        "promised"
    } else if !in_scope {
        "outside_scope"
    } else if client_caused {
        "client_caused"
    } else if !decision_late {
        "decision_in_time"
    } else if overpayment.is_zero() {
        "no_overpayment"
    } else {
        "late_decision"
    };
    let applies = trace.record(
        Rule::WaiverApplies,
        at("/waiver/applies"),
        applies_value,
        [
            Input::figure("in_scope", &scope),
            Input::fact("decision_date", Value::Date(decision.date)),
            Input::figure("decision_due", decision_due),
            Input::fact("decision_late", Value::Flag(decision_late)),
            Input::fact("client_caused_delay", Value::Flag(client_caused)),
            Input::fact("promised_full_waiver", Value::Flag(promised)),
            Input::fact("reason", Value::Code(reason)),
        ],
    );

    // The split, in order: WW pays its part; the income part stays due; the rest is waived.
    // A written promise (September 2021) waives everything but what WW pays.
    let after_ww = overpayment - settlement.ww_offset.value;
    let waived_value = if promised {
        after_ww
    } else if applies_value {
        after_ww - settlement.income_part.value
    } else {
        Euro::ZERO
    };
    let waived = trace.record(
        Rule::Waived,
        at("/waiver/waived"),
        waived_value,
        [
            Input::figure("overpayment", &settlement.overpayment),
            Input::figure("ww_offset", &settlement.ww_offset),
            Input::figure("income_part", &settlement.income_part),
            Input::figure("applies", &applies),
        ],
    );
    let to_repay = trace.record(
        Rule::ToRepay,
        at("/waiver/to_repay"),
        after_ww - waived.value,
        [
            Input::figure("overpayment", &settlement.overpayment),
            Input::figure("ww_offset", &settlement.ww_offset),
            Input::figure("waived", &waived),
        ],
    );
    let already_repaid = trace.record(
        Rule::AlreadyRepaid,
        at("/waiver/already_repaid"),
        advance.repayments.iter().map(|r| r.amount).sum::<Euro>(),
        [Input::fact("repayments", Value::Count(advance.repayments.len() as i64))],
    );
    let refund = trace.record(
        Rule::Refund,
        at("/waiver/refund"),
        (already_repaid.value - to_repay.value).positive_part(),
        [Input::figure("already_repaid", &already_repaid), Input::figure("to_repay", &to_repay)],
    );
    let still_open = trace.record(
        Rule::StillOpen,
        at("/waiver/still_open"),
        (to_repay.value - already_repaid.value).positive_part(),
        [Input::figure("to_repay", &to_repay), Input::figure("already_repaid", &already_repaid)],
    );

    // A refund in a later calendar year than a repayment can change tax and toeslagen in both
    // years. HERSTEL-2021 offered a tegemoetkoming for that, handled through the end of 2022; no
    // later policy was found. Helder flags the years (a fact of the tax calendar) for every
    // refund and records whether the refund falls in the documented scheme; it does not compute
    // an amount. No years (an empty list) when nothing is refunded or all in the same year.
    let refund_year = advance.refund_date.year();
    let mut years: Vec<i32> = Vec::new();
    if refund.value.is_positive() {
        years = advance.repayments.iter().map(|r| r.date.year()).filter(|year| *year < refund_year).collect();
        years.dedup();
        if !years.is_empty() {
            years.push(refund_year);
        }
    }
    let tax = trace.record(
        Rule::TaxCompensation,
        at("/waiver/tax_years"),
        years,
        [
            Input::figure("refund", &refund),
            Input::fact("refund_date", Value::Date(advance.refund_date)),
            Input::parameter(
                "compensation_handled_through",
                Value::Date(policy::TAX_COMPENSATION_HANDLED_THROUGH.value),
                &policy::TAX_COMPENSATION_HANDLED_THROUGH,
            ),
            Input::fact(
                "within_documented_scheme",
                Value::Flag(advance.refund_date <= policy::TAX_COMPENSATION_HANDLED_THROUGH.value),
            ),
        ],
    );

    // Route (Helder decision on the HERSTEL-2021 windows): the repair operation for advances
    // that ended by 30-8-2021 (the advance's end date decides), else the decision date, on
    // which the recovery arises: parked up to 21-2-2022, regular from 22-2-2022. Only when the
    // waiver applies; `null` otherwise.
    let route = applies_value.then(|| {
        let advance_end = last_month.last_day();
        let code = if advance_end <= policy::REPAIR_OPERATION_LAST.value {
            "herstel"
        } else if decision.date <= policy::PARKED_LAST.value {
            "geparkeerd"
        } else {
            "regulier"
        };
        trace.record(
            Rule::WaiverRoute,
            at("/waiver/route"),
            code,
            [
                Input::fact("advance_end", Value::Date(advance_end)),
                Input::fact("decision_date", Value::Date(decision.date)),
                Input::parameter(
                    "repair_operation_last",
                    Value::Date(policy::REPAIR_OPERATION_LAST.value),
                    &policy::REPAIR_OPERATION_LAST,
                ),
                Input::parameter("parked_last", Value::Date(policy::PARKED_LAST.value), &policy::PARKED_LAST),
            ],
        )
    });

    Waiver {
        applies,
        reason,
        route,
        in_scope,
        decision_late,
        waived,
        to_repay,
        already_repaid,
        refund,
        still_open,
        refund_date: advance.refund_date,
        tax,
    }
}

impl Waiver {
    pub fn result(&self) -> WaiverResult {
        WaiverResult {
            applies: self.applies.value,
            reason: self.reason.to_owned(),
            route: self.route.as_ref().map(|r| r.value.to_owned()),
            in_scope: self.in_scope,
            decision_late: self.decision_late,
            waived: self.waived.value,
            to_repay: self.to_repay.value,
            already_repaid: self.already_repaid.value,
            refund: self.refund.value,
            still_open: self.still_open.value,
            refund_date: self.refund_date,
            tax_compensation_possible: !self.tax.value.is_empty(),
            tax_years: self.tax.value.clone(),
        }
    }
}

#[cfg(test)]
mod tests;
