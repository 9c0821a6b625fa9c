//! §1 Dates and the waiting period: WIA 23, 25 lid 9, 47, 54, 64; Awb 4:13.
//!
//! "De wachttijd bedraagt 104 weken" (WIA 23): the waiting period runs 104 weeks from the first
//! sick day; a loonsanctie extends it (WIA 25 lid 9). The right starts the day after. After a
//! loonsanctie the claim decision is due by the end of the extended waiting period (a Helder
//! decision, `Rule::DecisionDueAfterLoonsanctie`).

use chrono::NaiveDate;

use crate::calendar::add_days;
use crate::contract::{Case, DatesResult};
use crate::error::CaseError;
use crate::params::DECISION_TERM_WEEKS;
use crate::rules::Rule;
use crate::trace::{Input, Trace, Traced, Value, at};

/// The key dates, each with its trace line.
pub struct Dates {
    pub waiting_period_end: Traced<NaiveDate>,
    pub benefit_start: Traced<NaiveDate>,
    pub notice_due: Traced<NaiveDate>,
    pub application_deadline: Traced<NaiveDate>,
    pub decision_due: Option<Traced<NaiveDate>>,
}

pub fn dates(case: &Case, trace: &mut Trace) -> Result<Dates, CaseError> {
    let sick = case.first_sick_day;
    let extension_days = u64::from(case.waiting_period_extension_weeks) * 7;
    let sick_input = || Input::fact("first_sick_day", Value::Date(sick));

    // WIA 23: 104 weeks, so the last day is D + 727; WIA 25 lid 9 adds the loonsanctie weeks.
    let waiting_period_end = trace.record(
        Rule::WaitingPeriodEnd,
        at("/dates/waiting_period_end"),
        add_days(sick, 727 + extension_days),
        [
            sick_input(),
            Input::fact("waiting_period_days", Value::Count(728)),
            Input::fact("extension_weeks", Value::Count(i64::from(case.waiting_period_extension_weeks))),
        ],
    );
    // WIA 47, 54: the right starts the day after the waiting period.
    let benefit_start = trace.record(
        Rule::BenefitStart,
        at("/dates/benefit_start"),
        add_days(waiting_period_end.value, 1),
        [Input::figure("waiting_period_end", &waiting_period_end)],
    );
    // WIA 64 lid 2: UWV sends the notice when week 89 has passed.
    let notice_due = trace.record(
        Rule::NoticeDue,
        at("/dates/notice_due"),
        add_days(sick, 622),
        [sick_input(), Input::fact("days_after_first_sick_day", Value::Count(622))],
    );
    // WIA 64 lid 3: the client applies by the last day of week 93.
    let application_deadline = trace.record(
        Rule::ApplicationDeadline,
        at("/dates/application_deadline"),
        add_days(sick, 650),
        [sick_input(), Input::fact("days_after_first_sick_day", Value::Count(650))],
    );
    // Awb 4:13: the decision term runs from receipt of the application. With a loonsanctie
    // (WIA 25 lid 9) UWV answers the application by extending the wage-payment period and
    // decides the claim at its end; "received + term" then says nothing about lateness.
    // Helder decision: the claim decision is due by the last day of the extended waiting period
    // (so the benefit can start on time), and never before the Awb term.
    let decision_due = match &case.application {
        None => None,
        Some(application) => {
            let term = DECISION_TERM_WEEKS.at(application.received, "/application/received")?;
            let after_term = add_days(application.received, term.value * 7);
            let mut inputs = vec![
                Input::fact("application_received", Value::Date(application.received)),
                Input::parameter("decision_term_weeks", Value::Count(term.value as i64), term),
            ];
            let (rule, due) = if case.waiting_period_extension_weeks > 0 {
                inputs.push(Input::figure("waiting_period_end", &waiting_period_end));
                (Rule::DecisionDueAfterLoonsanctie, after_term.max(waiting_period_end.value))
            } else {
                (Rule::DecisionDue, after_term)
            };
            Some(trace.record(rule, at("/dates/decision_due"), due, inputs))
        }
    };
    Ok(Dates { waiting_period_end, benefit_start, notice_due, application_deadline, decision_due })
}

impl Dates {
    pub fn result(&self, case: &Case) -> DatesResult {
        DatesResult {
            first_sick_day: case.first_sick_day,
            waiting_period_end: self.waiting_period_end.value,
            benefit_start: self.benefit_start.value,
            notice_due: self.notice_due.value,
            application_deadline: self.application_deadline.value,
            decision_due: self.decision_due.as_ref().map(|d| d.value),
        }
    }
}

#[cfg(test)]
mod tests;
