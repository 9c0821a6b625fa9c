//! What changed, worded (issue 17): the difference between two versions of a case
//! (`helder_core::change`) as one B1 sentence per headline figure that changed, with its causes —
//! "Uw nabetaling is € 12,40 hoger, omdat uw loon van april 2023 € 310,00 hoger is vastgesteld."
//! No trace ids or internal names: a parameter is "a legal amount or percentage". Staff read the
//! changed trace lines from the difference itself.

use fluent_bundle::FluentArgs;
use helder_core::Euro;
use helder_core::change::{Cause, Difference, FactName, FigureChange, MonthFact};
use serde::{Deserialize, Serialize};

use crate::ExplainError;
use crate::format::{self, Messages};
use crate::messages::{Bundle, bundle};

/// One changed figure in words.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChangeSentence {
    /// The result field, e.g. `/backpay/amount`.
    pub figure: String,
    pub text: String,
}

/// The figures a person is told about, in this order; the rest (months, totals) stays in the
/// difference for staff.
const HEADLINES: [(&str, &str); 7] = [
    ("/backpay/amount", "change-name-backpay"),
    ("/backpay/interest", "change-name-interest"),
    ("/backpay/new_monthly_amount", "change-name-new-monthly"),
    ("/dagloon/at_start", "change-name-dagloon"),
    ("/advance/overpayment", "change-name-overpayment"),
    ("/waiver/to_repay", "change-name-to-repay"),
    ("/penalty/amount", "change-name-penalty"),
];

/// At most this many causes are named per sentence; more would not be read.
const MOST_CAUSES: usize = 3;

/// The sentences of a difference in `language`, one per headline figure that changed.
pub fn change_sentences(difference: &Difference, language: &str) -> Result<Vec<ChangeSentence>, ExplainError> {
    change_sentences_for(difference, language, &crate::Reader::Client)
}

/// The same, for `reader`: a supporter reads about the client by first name (the messages'
/// `.supporter` forms, as in the explanation).
pub fn change_sentences_for(
    difference: &Difference,
    language: &str,
    reader: &crate::Reader,
) -> Result<Vec<ChangeSentence>, ExplainError> {
    let about = reader.about().map(|name| (name.to_owned(), crate::reader::whose(language, name)));
    let say = Say { bundle: bundle(language)?, language, about };
    let mut sentences = Vec::new();
    for (pointer, name_id) in HEADLINES {
        let Some(figure) = difference.figure(pointer) else { continue };
        let name = say.message(name_id, &[])?;
        let Some(what) = say.figure(figure, &name)? else { continue };
        let mut causes: Vec<String> = Vec::new();
        for cause in difference.causes_of(figure) {
            let text = say.cause(cause)?;
            if !causes.contains(&text) && causes.len() < MOST_CAUSES {
                causes.push(text);
            }
        }
        let text = if causes.is_empty() {
            say.message("change-sentence", &[("change", &what)])?
        } else {
            let joined = join(&say, &causes)?;
            say.message("change-sentence-because", &[("change", &what), ("causes", &joined)])?
        };
        sentences.push(ChangeSentence { figure: pointer.to_owned(), text });
    }
    Ok(sentences)
}

fn join(say: &Say<'_>, parts: &[String]) -> Result<String, ExplainError> {
    match parts {
        [] => Ok(String::new()),
        [one] => Ok(one.clone()),
        [first @ .., last] => say.message("change-and", &[("first", &first.join(", ")), ("last", last)]),
    }
}

pub(crate) struct Say<'a> {
    pub(crate) bundle: &'a Bundle,
    pub(crate) language: &'a str,
    /// The client's first name and its possessive when writing about the client.
    pub(crate) about: Option<(String, String)>,
}

impl Messages for Say<'_> {
    fn message(&self, id: &str, args: &[(&str, &str)]) -> Result<String, ExplainError> {
        let error =
            |detail: String| ExplainError::Message { language: self.language.to_owned(), id: id.to_owned(), detail };
        let message = self.bundle.get_message(id).ok_or_else(|| error("no such message".into()))?;
        let about = self.about.as_ref().and_then(|_| message.get_attribute(crate::reader::SUPPORTER_ATTRIBUTE));
        let pattern =
            about.map(|a| a.value()).or_else(|| message.value()).ok_or_else(|| error("no such message".into()))?;
        let mut fluent = FluentArgs::new();
        for (name, value) in args {
            fluent.set(*name, value.to_string());
        }
        if let Some((client, whose)) = &self.about {
            fluent.set("client", client.clone());
            fluent.set("whose", whose.clone());
        }
        let mut errors = Vec::new();
        let text = self.bundle.format_pattern(pattern, Some(&fluent), &mut errors).into_owned();
        if errors.is_empty() { Ok(text) } else { Err(error(format!("{errors:?}"))) }
    }
}

impl Say<'_> {
    fn euro(&self, amount: Euro) -> Result<String, ExplainError> {
        format::euro(self, amount)
    }

    /// "Uw nabetaling is € 12,40 hoger", or `None` when only the figure's provenance changed
    /// to something not worth a sentence.
    fn figure(&self, figure: &FigureChange, name: &str) -> Result<Option<String>, ExplainError> {
        let text = match (figure.old, figure.new) {
            (Some(_), Some(_)) if figure.change.is_positive() => {
                self.message("change-figure-higher", &[("figure", name), ("amount", &self.euro(figure.change)?)])?
            }
            (Some(_), Some(_)) if figure.change.is_negative() => {
                self.message("change-figure-lower", &[("figure", name), ("amount", &self.euro(figure.change)?)])?
            }
            (Some(_), Some(_)) if figure.provenance_new.as_deref() == Some("decided") => {
                self.message("change-figure-decided", &[("figure", name)])?
            }
            (None, Some(new)) => {
                self.message("change-figure-new", &[("figure", name), ("amount", &self.euro(new)?)])?
            }
            (Some(_), None) => self.message("change-figure-gone", &[("figure", name)])?,
            _ => return Ok(None),
        };
        Ok(Some(text))
    }

    fn cause(&self, cause: &Cause) -> Result<String, ExplainError> {
        match cause {
            Cause::MonthAmount { fact, month, old, new } => {
                let fact = self.message(month_fact_id(*fact), &[])?;
                let month = format::month(self, *month)?;
                let args = |amount: String| [("fact", fact.clone()), ("month", month.clone()), ("amount", amount)];
                let (id, amount) = match (old, new) {
                    (Some(old), Some(new)) if new > old => ("change-cause-month-higher", self.euro(*new - *old)?),
                    (Some(old), Some(new)) => ("change-cause-month-lower", self.euro(*old - *new)?),
                    (None, Some(new)) => ("change-cause-month-new", self.euro(*new)?),
                    (_, None) => ("change-cause-month-gone", String::new()),
                };
                let args = args(amount);
                let borrowed: Vec<(&str, &str)> = args.iter().map(|(k, v)| (*k, v.as_str())).collect();
                self.message(id, &borrowed)
            }
            Cause::Fact { fact } => {
                let fact = self.message(fact_id(*fact), &[])?;
                self.message("change-cause-fact", &[("fact", &fact)])
            }
            Cause::DecisionAdded { date, .. } => {
                self.message("change-cause-decision-added", &[("date", &format::date(self, *date)?)])
            }
            Cause::DecisionRemoved { date, .. } => {
                self.message("change-cause-decision-removed", &[("date", &format::date(self, *date)?)])
            }
            Cause::Parameter { .. } => self.message("change-cause-parameter", &[]),
            Cause::Rules { .. } => self.message("change-cause-rules", &[]),
        }
    }
}

fn month_fact_id(fact: MonthFact) -> &'static str {
    match fact {
        MonthFact::Wage => "change-fact-wage",
        MonthFact::Income => "change-fact-income",
        MonthFact::Ww => "change-fact-ww",
        MonthFact::AdvancePaid => "change-fact-advance-paid",
        MonthFact::BenefitPaid => "change-fact-benefit-paid",
    }
}

fn fact_id(fact: FactName) -> &'static str {
    match fact {
        FactName::AsOf => "change-fact-as-of",
        FactName::FirstSickDay => "change-fact-first-sick-day",
        FactName::WaitingPeriodExtension => "change-fact-waiting-period",
        FactName::ReferencePeriod => "change-fact-reference-period",
        FactName::HolidayPay => "change-fact-holiday-pay",
        FactName::Application => "change-fact-application",
        FactName::WiaDecision => "change-fact-wia-decision",
        FactName::AdvanceTerms => "change-fact-advance-terms",
        FactName::Repayments => "change-fact-repayments",
        FactName::CorrectionStep => "change-fact-correction-step",
        FactName::DagloonAsSet => "change-fact-dagloon-as-set",
        FactName::CorrectionDate => "change-fact-correction-date",
        FactName::BackPaymentDate => "change-fact-back-payment-date",
        FactName::CouldHaveKnown => "change-fact-could-have-known",
        FactName::Contacts => "change-fact-contacts",
    }
}
