//! The one serialized contract: `helder-case/1` in, `helder-result/1` out
//! (`docs/domain/CASE-FORMAT.md`). Input is parsed strictly — unknown fields, money that is not
//! a two-decimal string, impossible dates are errors with the JSON path — and validated once,
//! here, into the domain `Case`. Output types serialize to exactly the contract's field names.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::de::{self, Deserializer, Visitor};
use serde::ser::Serializer;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;
use std::str::FromStr;

use crate::calendar::{Month, format_date, parse_date};
use crate::error::CaseError;
use crate::money::Euro;

mod json;
pub use json::write_result;

pub const CASE_FORMAT: &str = "helder-case/1";
pub const RESULT_FORMAT: &str = "helder-result/1";

/// The most entries any input list may have (100 years of months): bounds the work per case.
const MAX_LIST: usize = 1200;
/// The largest amount accepted as a fact: €999,999,999.99.
const MAX_AMOUNT_DIGITS: usize = 9;

// ---------------------------------------------------------------------------------------------
// The validated domain case.

/// A case after validation: every fact present is consistent with the others.
#[derive(Clone, Debug, PartialEq)]
pub struct Case {
    pub case_id: String,
    pub as_of: NaiveDate,
    pub first_sick_day: NaiveDate,
    pub waiting_period_extension_weeks: u32,
    pub wages: Option<Wages>,
    pub application: Option<Application>,
    pub decision: Option<Decision>,
    pub income: BTreeMap<Month, Euro>,
    pub ww: BTreeMap<Month, Euro>,
    pub advance: Option<Advance>,
    pub correction: Option<Correction>,
    /// UWV's decisions as the client received them, in the order of the input.
    pub decisions: Vec<DecisionLetter>,
    /// What UWV told the client in letters and calls (not decisions), sorted by date.
    pub contacts: Vec<Contact>,
}

/// A letter or call from UWV that is not a decision: what the client was told, and when.
#[derive(Clone, Debug, PartialEq)]
pub struct Contact {
    pub date: NaiveDate,
    pub kind: ContactKind,
    pub subject: ContactSubject,
    /// The amount UWV mentioned, if any.
    pub amount: Option<Euro>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ContactKind {
    Letter,
    Call,
}

impl ContactKind {
    pub fn code(self) -> &'static str {
        match self {
            ContactKind::Letter => "letter",
            ContactKind::Call => "call",
        }
    }
}

/// What a letter or call was about; each subject but `other` names the result figure an amount
/// mentioned can be held against.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ContactSubject {
    Advance,
    Waiver,
    Refund,
    Dagloon,
    BackPayment,
    Penalty,
    Other,
}

impl ContactSubject {
    pub const ALL: [ContactSubject; 7] = [
        ContactSubject::Advance,
        ContactSubject::Waiver,
        ContactSubject::Refund,
        ContactSubject::Dagloon,
        ContactSubject::BackPayment,
        ContactSubject::Penalty,
        ContactSubject::Other,
    ];

    pub fn code(self) -> &'static str {
        match self {
            ContactSubject::Advance => "advance",
            ContactSubject::Waiver => "waiver",
            ContactSubject::Refund => "refund",
            ContactSubject::Dagloon => "dagloon",
            ContactSubject::BackPayment => "back_payment",
            ContactSubject::Penalty => "penalty",
            ContactSubject::Other => "other",
        }
    }

    /// The result figure an amount on this subject is about.
    pub fn figure(self) -> Option<&'static str> {
        match self {
            ContactSubject::Advance => Some("/advance/overpayment"),
            ContactSubject::Waiver => Some("/waiver/waived"),
            ContactSubject::Refund => Some("/waiver/refund"),
            ContactSubject::Dagloon => Some("/dagloon/at_start"),
            ContactSubject::BackPayment => Some("/backpay/amount"),
            ContactSubject::Penalty => Some("/penalty/amount"),
            ContactSubject::Other => None,
        }
    }
}

/// What a decision of UWV is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DecisionKind {
    /// The WIA claim (the same decision as `decision`).
    WiaClaim,
    /// The settlement of the advance, with the waiver of its recovery.
    AdvanceSettlement,
    /// Paying back what the client already repaid (restitutie).
    Refund,
    /// The dagloon correction and the back payment.
    DagloonCorrection,
    /// The penalty for a late decision (Awb 4:17).
    Penalty,
}

impl DecisionKind {
    pub const ALL: [DecisionKind; 5] = [
        DecisionKind::WiaClaim,
        DecisionKind::AdvanceSettlement,
        DecisionKind::Refund,
        DecisionKind::DagloonCorrection,
        DecisionKind::Penalty,
    ];

    pub fn code(self) -> &'static str {
        match self {
            DecisionKind::WiaClaim => "wia_claim",
            DecisionKind::AdvanceSettlement => "advance_settlement",
            DecisionKind::Refund => "refund",
            DecisionKind::DagloonCorrection => "dagloon_correction",
            DecisionKind::Penalty => "penalty",
        }
    }

    /// The amounts a decision of this kind can state.
    pub fn amounts(self) -> &'static [DecidedName] {
        match self {
            DecisionKind::WiaClaim => &[DecidedName::Dagloon],
            DecisionKind::AdvanceSettlement => &[DecidedName::Overpayment, DecidedName::Waived, DecidedName::ToRepay],
            DecisionKind::Refund => &[DecidedName::Refund],
            DecisionKind::DagloonCorrection => {
                &[DecidedName::Dagloon, DecidedName::BackPayment, DecidedName::Interest, DecidedName::NewMonthlyAmount]
            }
            DecisionKind::Penalty => &[DecidedName::Penalty],
        }
    }
}

/// An amount a decision states, named after the result figure it decides.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DecidedName {
    Dagloon,
    Overpayment,
    Waived,
    ToRepay,
    Refund,
    BackPayment,
    Interest,
    NewMonthlyAmount,
    Penalty,
}

impl DecidedName {
    pub fn code(self) -> &'static str {
        match self {
            DecidedName::Dagloon => "dagloon",
            DecidedName::Overpayment => "overpayment",
            DecidedName::Waived => "waived",
            DecidedName::ToRepay => "to_repay",
            DecidedName::Refund => "refund",
            DecidedName::BackPayment => "back_payment",
            DecidedName::Interest => "interest",
            DecidedName::NewMonthlyAmount => "new_monthly_amount",
            DecidedName::Penalty => "penalty",
        }
    }

    /// The result figure (JSON pointer) Helder calculates for the same amount.
    pub fn figure(self) -> &'static str {
        match self {
            DecidedName::Dagloon => "/dagloon/at_start",
            DecidedName::Overpayment => "/advance/overpayment",
            DecidedName::Waived => "/waiver/waived",
            DecidedName::ToRepay => "/waiver/to_repay",
            DecidedName::Refund => "/waiver/refund",
            DecidedName::BackPayment => "/backpay/amount",
            DecidedName::Interest => "/backpay/interest",
            DecidedName::NewMonthlyAmount => "/backpay/new_monthly_amount",
            DecidedName::Penalty => "/penalty/amount",
        }
    }
}

/// One decision of UWV as a fact of the case: its kind, the date of the letter, the letter's
/// reference and the amounts it states.
#[derive(Clone, Debug, PartialEq)]
pub struct DecisionLetter {
    pub kind: DecisionKind,
    pub date: NaiveDate,
    pub reference: String,
    /// In the order of `DecisionKind::amounts`.
    pub amounts: Vec<(DecidedName, Euro)>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Wages {
    /// Explicit reference period (`None`: the 12 calendar months before the first sick day).
    pub reference_period: Option<(NaiveDate, NaiveDate)>,
    pub months: BTreeMap<Month, Euro>,
    pub holiday_pay_built_up: Euro,
    pub holiday_pay_paid_from_earlier: Euro,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Application {
    pub received: NaiveDate,
    pub notice_of_default: Option<NaiveDate>,
    /// Awb 4:17 lid 3: the notice came unreasonably late or the claim was manifestly inadmissible.
    pub penalty_excluded: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    Refused,
    Wga,
    Iva,
}

impl Outcome {
    pub fn code(self) -> &'static str {
        match self {
            Outcome::Refused => "refused",
            Outcome::Wga => "wga",
            Outcome::Iva => "iva",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DisabilityClass {
    From35To45,
    From45To55,
    From55To65,
    From65To80,
    From80To100,
}

impl DisabilityClass {
    pub fn code(self) -> &'static str {
        match self {
            DisabilityClass::From35To45 => "35-45",
            DisabilityClass::From45To55 => "45-55",
            DisabilityClass::From55To65 => "55-65",
            DisabilityClass::From65To80 => "65-80",
            DisabilityClass::From80To100 => "80-100",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Decision {
    pub date: NaiveDate,
    pub outcome: Outcome,
    pub disability_class: Option<DisabilityClass>,
    pub weeks_requirement_met: bool,
    pub lgu_months: u32,
    /// Restverdiencapaciteit per month (WIA 61), when the decision states it.
    pub residual_earning_capacity: Option<Euro>,
    /// True when Helder assumes this decision for a what-if estimate (`whatif`): every figure
    /// of the result is then an `estimate`, not UWV's decision nor a calculation on facts.
    pub assumed: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum RepaymentKind {
    Repaid,
    Withheld,
}

#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Repayment {
    pub date: NaiveDate,
    pub amount: Euro,
    pub kind: RepaymentKind,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Advance {
    pub payments: BTreeMap<Month, Euro>,
    pub client_caused_delay: bool,
    pub promised_full_waiver: bool,
    /// Sorted by date (then amount, kind), so the order of the input never matters.
    pub repayments: Vec<Repayment>,
    pub refund_date: NaiveDate,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CorrectionCategory {
    ToCheck,
    NoReason,
    LoonlozeTijdvakken,
    Indexering,
    OptingIn,
    Aop,
}

impl CorrectionCategory {
    pub const ALL: [CorrectionCategory; 6] = [
        CorrectionCategory::ToCheck,
        CorrectionCategory::NoReason,
        CorrectionCategory::LoonlozeTijdvakken,
        CorrectionCategory::Indexering,
        CorrectionCategory::OptingIn,
        CorrectionCategory::Aop,
    ];

    pub fn code(self) -> &'static str {
        match self {
            CorrectionCategory::ToCheck => "to_check",
            CorrectionCategory::NoReason => "no_reason",
            CorrectionCategory::LoonlozeTijdvakken => "loonloze_tijdvakken",
            CorrectionCategory::Indexering => "indexering",
            CorrectionCategory::OptingIn => "opting_in",
            CorrectionCategory::Aop => "aop",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum CorrectionStep {
    Sorted,
    FirstCheck,
    SecondCheck,
    ExpertTeam,
    QualityCheck,
    PhoneCall,
    Decided,
}

impl CorrectionStep {
    pub const ALL: [CorrectionStep; 7] = [
        CorrectionStep::Sorted,
        CorrectionStep::FirstCheck,
        CorrectionStep::SecondCheck,
        CorrectionStep::ExpertTeam,
        CorrectionStep::QualityCheck,
        CorrectionStep::PhoneCall,
        CorrectionStep::Decided,
    ];

    pub fn code(self) -> &'static str {
        match self {
            CorrectionStep::Sorted => "sorted",
            CorrectionStep::FirstCheck => "first_check",
            CorrectionStep::SecondCheck => "second_check",
            CorrectionStep::ExpertTeam => "expert_team",
            CorrectionStep::QualityCheck => "quality_check",
            CorrectionStep::PhoneCall => "phone_call",
            CorrectionStep::Decided => "decided",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Correction {
    pub category: CorrectionCategory,
    pub step: CorrectionStep,
    pub dagloon_as_set: Euro,
    pub correction_date: Option<NaiveDate>,
    pub back_payment_date: Option<NaiveDate>,
    pub could_have_known: bool,
    pub paid: Option<BTreeMap<Month, Euro>>,
}

/// Parses and validates a `helder-case/1` document.
pub fn parse_case(json: &str) -> Result<Case, CaseError> {
    let deserializer = &mut serde_json::Deserializer::from_str(json);
    #[cfg(feature = "error-paths")]
    let document: CaseDocument = serde_path_to_error::deserialize(&mut *deserializer).map_err(|error| {
        let path = pointer(error.path());
        syntax_error(path, error.into_inner())
    })?;
    #[cfg(not(feature = "error-paths"))]
    let document: CaseDocument =
        serde::Deserialize::deserialize(&mut *deserializer).map_err(|error| syntax_error(String::new(), error))?;
    // Nothing but whitespace may follow the document.
    deserializer.end().map_err(|error| syntax_error(String::new(), error))?;
    document.validate()
}

/// The typed error for a document serde could not read; `path` is where (empty without the
/// `error-paths` feature).
fn syntax_error(mut path: String, inner: serde_json::Error) -> CaseError {
    let message = inner.to_string();
    let detail = message.split(" at line ").next().unwrap_or(&message).to_owned();
    if let Some(field) = backticked(&detail, "unknown field `") {
        if !path.ends_with(&format!("/{field}")) {
            path = format!("{path}/{field}");
        }
        return CaseError::UnknownField { path, field };
    }
    if let Some(field) = backticked(&detail, "missing field `") {
        return CaseError::MissingField { path: format!("{path}/{field}"), field };
    }
    if inner.is_data() {
        return CaseError::BadValue { path, expected: detail.trim_start_matches("invalid type: ").to_owned() };
    }
    CaseError::Syntax { path, detail }
}

fn backticked(text: &str, prefix: &str) -> Option<String> {
    let rest = text.strip_prefix(prefix)?;
    rest.split('`').next().map(str::to_owned)
}

/// serde_path_to_error's path as a JSON pointer (`/advance/payments/3/amount`).
#[cfg(feature = "error-paths")]
fn pointer(path: &serde_path_to_error::Path) -> String {
    use serde_path_to_error::Segment;
    let mut out = String::new();
    for segment in path.iter() {
        match segment {
            Segment::Seq { index } => out.push_str(&format!("/{index}")),
            Segment::Map { key } | Segment::Enum { variant: key } => {
                out.push('/');
                out.push_str(&key.replace('~', "~0").replace('/', "~1"));
            }
            Segment::Unknown => {}
        }
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Strict scalar types of the input.

/// A date `YYYY-MM-DD` between 2000 and 2100 (outside that no Helder rule applies).
#[derive(Clone, Copy, Debug)]
struct Day(NaiveDate);

impl<'de> Deserialize<'de> for Day {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Day, D::Error> {
        let text = deserializer.deserialize_str(TextVisitor("a date as \"YYYY-MM-DD\""))?;
        parse_date(&text)
            .filter(|date| (2000..=2100).contains(&chrono::Datelike::year(date)))
            .map(Day)
            .ok_or_else(|| de::Error::custom("expected a real date \"YYYY-MM-DD\" between 2000 and 2100"))
    }
}

/// A calendar month `YYYY-MM` between 2000 and 2100.
#[derive(Clone, Copy, Debug)]
struct MonthText(Month);

impl<'de> Deserialize<'de> for MonthText {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<MonthText, D::Error> {
        let text = deserializer.deserialize_str(TextVisitor("a month as \"YYYY-MM\""))?;
        Month::parse(&text)
            .filter(|month| (2000..=2100).contains(&month.year()))
            .map(MonthText)
            .ok_or_else(|| de::Error::custom("expected a month \"YYYY-MM\" between 2000 and 2100"))
    }
}

/// A non-negative amount of money as a string with exactly two decimals.
#[derive(Clone, Copy, Debug)]
struct Amount(Euro);

impl<'de> Deserialize<'de> for Amount {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Amount, D::Error> {
        let text =
            deserializer.deserialize_str(TextVisitor("money as a string with two decimals, like \"1234.50\""))?;
        parse_amount(&text).map(Amount).ok_or_else(|| {
            de::Error::custom(if text.starts_with('-') {
                "expected a non-negative amount: money in a case is never negative"
            } else {
                "expected money as a string with exactly two decimals, like \"1234.50\""
            })
        })
    }
}

/// `digits.dd`, at most nine digits before the point.
pub fn parse_amount(text: &str) -> Option<Euro> {
    amount_digits(text)?;
    Decimal::from_str(text).ok().and_then(Euro::exact)
}

/// The whole euros and the cents of an amount [`parse_amount`] accepts, as the amount's own
/// `to_string` writes them (no leading zeros: `"0012.30"` is `("12", "30")`), found without
/// decimal arithmetic: the browser's first screen formats amounts with this alone, so it carries
/// no decimal parser (issue 15, budget 3).
pub fn amount_digits(text: &str) -> Option<(&str, &str)> {
    let (whole, cents) = text.split_once('.')?;
    let plain = |part: &str| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit());
    if !plain(whole) || whole.len() > MAX_AMOUNT_DIGITS || cents.len() != 2 || !plain(cents) {
        return None;
    }
    let whole = whole.trim_start_matches('0');
    Some((if whole.is_empty() { "0" } else { whole }, cents))
}

struct TextVisitor(&'static str);

impl Visitor<'_> for TextVisitor {
    type Value = String;
    fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str(self.0)
    }
    fn visit_str<E: de::Error>(self, value: &str) -> Result<String, E> {
        Ok(value.to_owned())
    }
}

/// A list of at most `MAX_LIST` entries.
#[derive(Debug)]
struct Bounded<T>(Vec<T>);

impl<T> Default for Bounded<T> {
    fn default() -> Self {
        Bounded(Vec::new())
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Bounded<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Bounded<T>, D::Error> {
        struct ListVisitor<T>(std::marker::PhantomData<T>);
        impl<'de, T: Deserialize<'de>> Visitor<'de> for ListVisitor<T> {
            type Value = Vec<T>;
            fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(formatter, "a list of at most {MAX_LIST} entries")
            }
            fn visit_seq<A: de::SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<T>, A::Error> {
                let mut items = Vec::new();
                while let Some(item) = seq.next_element()? {
                    if items.len() == MAX_LIST {
                        return Err(de::Error::custom(format!("expected at most {MAX_LIST} entries")));
                    }
                    items.push(item);
                }
                Ok(items)
            }
        }
        deserializer.deserialize_seq(ListVisitor(std::marker::PhantomData)).map(Bounded)
    }
}

// ---------------------------------------------------------------------------------------------
// The input document as written.

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CaseDocument {
    format: String,
    case_id: String,
    as_of: Day,
    first_sick_day: Day,
    #[serde(default)]
    waiting_period_extension_weeks: u32,
    wages: Option<WagesDocument>,
    application: Option<ApplicationDocument>,
    decision: Option<DecisionDocument>,
    #[serde(default)]
    income: Bounded<MonthAmount>,
    #[serde(default)]
    ww: Bounded<MonthAmount>,
    advance: Option<AdvanceDocument>,
    correction: Option<CorrectionDocument>,
    #[serde(default)]
    decisions: Bounded<DecisionLetterDocument>,
    #[serde(default)]
    contacts: Bounded<ContactDocument>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ContactDocument {
    date: Day,
    kind: ContactKindDocument,
    subject: ContactSubjectDocument,
    amount: Option<Amount>,
}

#[derive(Deserialize, Clone, Copy)]
#[serde(rename_all = "snake_case")]
enum ContactKindDocument {
    Letter,
    Call,
}

#[derive(Deserialize, Clone, Copy)]
#[serde(rename_all = "snake_case")]
enum ContactSubjectDocument {
    Advance,
    Waiver,
    Refund,
    Dagloon,
    BackPayment,
    Penalty,
    Other,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DecisionLetterDocument {
    kind: DecisionKindDocument,
    date: Day,
    reference: String,
    #[serde(default)]
    amounts: DecidedAmountsDocument,
}

#[derive(Deserialize, Clone, Copy)]
#[serde(rename_all = "snake_case")]
enum DecisionKindDocument {
    WiaClaim,
    AdvanceSettlement,
    Refund,
    DagloonCorrection,
    Penalty,
}

/// Every amount any decision can state; which ones a decision may state depends on its kind.
#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct DecidedAmountsDocument {
    dagloon: Option<Amount>,
    overpayment: Option<Amount>,
    waived: Option<Amount>,
    to_repay: Option<Amount>,
    refund: Option<Amount>,
    back_payment: Option<Amount>,
    interest: Option<Amount>,
    new_monthly_amount: Option<Amount>,
    penalty: Option<Amount>,
}

impl DecidedAmountsDocument {
    fn get(&self, name: DecidedName) -> Option<Euro> {
        let amount = match name {
            DecidedName::Dagloon => self.dagloon,
            DecidedName::Overpayment => self.overpayment,
            DecidedName::Waived => self.waived,
            DecidedName::ToRepay => self.to_repay,
            DecidedName::Refund => self.refund,
            DecidedName::BackPayment => self.back_payment,
            DecidedName::Interest => self.interest,
            DecidedName::NewMonthlyAmount => self.new_monthly_amount,
            DecidedName::Penalty => self.penalty,
        };
        amount.map(|a| a.0)
    }
}

const ALL_DECIDED_NAMES: [DecidedName; 9] = [
    DecidedName::Dagloon,
    DecidedName::Overpayment,
    DecidedName::Waived,
    DecidedName::ToRepay,
    DecidedName::Refund,
    DecidedName::BackPayment,
    DecidedName::Interest,
    DecidedName::NewMonthlyAmount,
    DecidedName::Penalty,
];

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct WagesDocument {
    reference_period: Option<PeriodDocument>,
    #[serde(default)]
    months: Bounded<WageMonth>,
    holiday_pay_built_up: Option<Amount>,
    holiday_pay_paid_from_earlier: Option<Amount>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PeriodDocument {
    from: Day,
    to: Day,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct WageMonth {
    month: MonthText,
    sv_wage: Amount,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct MonthAmount {
    month: MonthText,
    amount: Amount,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ApplicationDocument {
    received: Day,
    notice_of_default: Option<Day>,
    #[serde(default)]
    penalty_excluded: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DecisionDocument {
    date: Day,
    outcome: OutcomeDocument,
    disability_class: Option<ClassDocument>,
    weeks_requirement_met: Option<bool>,
    lgu_months: Option<u32>,
    residual_earning_capacity: Option<Amount>,
    #[serde(default)]
    assumed: bool,
}

#[derive(Deserialize, Clone, Copy)]
#[serde(rename_all = "snake_case")]
enum OutcomeDocument {
    Refused,
    Wga,
    Iva,
}

#[derive(Deserialize, Clone, Copy)]
enum ClassDocument {
    #[serde(rename = "35-45")]
    From35To45,
    #[serde(rename = "45-55")]
    From45To55,
    #[serde(rename = "55-65")]
    From55To65,
    #[serde(rename = "65-80")]
    From65To80,
    #[serde(rename = "80-100")]
    From80To100,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AdvanceDocument {
    #[serde(default)]
    payments: Bounded<MonthAmount>,
    #[serde(default)]
    client_caused_delay: bool,
    #[serde(default)]
    promised_full_waiver: bool,
    #[serde(default)]
    repayments: Bounded<RepaymentDocument>,
    refund_date: Option<Day>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RepaymentDocument {
    date: Day,
    amount: Amount,
    kind: KindDocument,
}

#[derive(Deserialize, Clone, Copy)]
#[serde(rename_all = "snake_case")]
enum KindDocument {
    Repaid,
    Withheld,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CorrectionDocument {
    category: CategoryDocument,
    step: StepDocument,
    dagloon_as_set: Amount,
    correction_date: Option<Day>,
    back_payment_date: Option<Day>,
    #[serde(default)]
    could_have_known: bool,
    paid: Option<Bounded<MonthAmount>>,
}

#[derive(Deserialize, Clone, Copy)]
#[serde(rename_all = "snake_case")]
enum CategoryDocument {
    ToCheck,
    NoReason,
    LoonlozeTijdvakken,
    Indexering,
    OptingIn,
    Aop,
}

#[derive(Deserialize, Clone, Copy)]
#[serde(rename_all = "snake_case")]
enum StepDocument {
    Sorted,
    FirstCheck,
    SecondCheck,
    ExpertTeam,
    QualityCheck,
    PhoneCall,
    Decided,
}

fn contradiction(path: &str, rule: &'static str) -> CaseError {
    CaseError::Contradiction { path: path.to_owned(), rule }
}

/// A month → amount map; a month listed twice is an error, not a silent overwrite.
fn month_map(list: Bounded<MonthAmount>, path: &str) -> Result<BTreeMap<Month, Euro>, CaseError> {
    let mut map = BTreeMap::new();
    for (index, entry) in list.0.into_iter().enumerate() {
        if map.insert(entry.month.0, entry.amount.0).is_some() {
            return Err(CaseError::Duplicate {
                path: format!("{path}/{index}/month"),
                field: "month",
                key: entry.month.0.to_string(),
            });
        }
    }
    Ok(map)
}

impl CaseDocument {
    fn validate(self) -> Result<Case, CaseError> {
        if self.format != CASE_FORMAT {
            return Err(CaseError::WrongFormat { path: "/format".into() });
        }
        let case_id = self.case_id.trim().to_owned();
        if case_id.is_empty() || case_id.chars().count() > 64 || case_id.chars().any(char::is_control) {
            return Err(CaseError::BadValue {
                path: "/case_id".into(),
                expected: "a case id of 1 to 64 printable characters".into(),
            });
        }
        let as_of = self.as_of.0;
        let first_sick_day = self.first_sick_day.0;
        if as_of < first_sick_day {
            return Err(contradiction("/as_of", "the calculation date is before the first sick day"));
        }
        if self.waiting_period_extension_weeks > 52 {
            return Err(CaseError::BadValue {
                path: "/waiting_period_extension_weeks".into(),
                expected: "at most 52 weeks (WIA 25 lid 9)".into(),
            });
        }
        let as_of_month = Month::of(as_of);

        let wages = self.wages.map(|w| validate_wages(w, first_sick_day)).transpose()?;

        let application = match self.application {
            None => None,
            Some(doc) => {
                let received = doc.received.0;
                if received < first_sick_day {
                    return Err(contradiction("/application/received", "the application is before the first sick day"));
                }
                if received > as_of {
                    return Err(contradiction(
                        "/application/received",
                        "the application is after the calculation date",
                    ));
                }
                let notice = doc.notice_of_default.map(|d| d.0);
                if let Some(notice) = notice {
                    if notice < received {
                        return Err(contradiction(
                            "/application/notice_of_default",
                            "the notice of default is before the application",
                        ));
                    }
                    if notice > as_of {
                        return Err(contradiction(
                            "/application/notice_of_default",
                            "the notice of default is after the calculation date",
                        ));
                    }
                }
                Some(Application { received, notice_of_default: notice, penalty_excluded: doc.penalty_excluded })
            }
        };

        let decision = match self.decision {
            None => None,
            Some(doc) => Some(validate_decision(doc, application.as_ref(), as_of)?),
        };

        let income = month_map(self.income, "/income")?;
        let ww = month_map(self.ww, "/ww")?;
        for (path, map) in [("/income", &income), ("/ww", &ww)] {
            if map.keys().any(|month| *month > as_of_month) {
                return Err(contradiction(path, "a month after the calculation date"));
            }
        }

        let advance = match self.advance {
            None => None,
            Some(doc) => {
                let payments = month_map(doc.payments, "/advance/payments")?;
                if payments.keys().any(|month| *month > as_of_month) {
                    return Err(contradiction("/advance/payments", "an advance paid after the calculation date"));
                }
                let mut repayments = Vec::with_capacity(doc.repayments.0.len());
                for (index, repayment) in doc.repayments.0.into_iter().enumerate() {
                    if repayment.date.0 > as_of {
                        return Err(contradiction(
                            &format!("/advance/repayments/{index}/date"),
                            "a repayment after the calculation date",
                        ));
                    }
                    repayments.push(Repayment {
                        date: repayment.date.0,
                        amount: repayment.amount.0,
                        kind: match repayment.kind {
                            KindDocument::Repaid => RepaymentKind::Repaid,
                            KindDocument::Withheld => RepaymentKind::Withheld,
                        },
                    });
                }
                repayments.sort();
                Some(Advance {
                    payments,
                    client_caused_delay: doc.client_caused_delay,
                    promised_full_waiver: doc.promised_full_waiver,
                    repayments,
                    refund_date: doc.refund_date.map_or(as_of, |d| d.0),
                })
            }
        };

        let correction = match self.correction {
            None => None,
            Some(doc) => {
                let correction_date = doc.correction_date.map(|d| d.0);
                let back_payment_date = doc.back_payment_date.map(|d| d.0);
                if let (Some(correction), Some(back)) = (correction_date, back_payment_date)
                    && back < correction.pred_opt().unwrap_or(correction) - chrono::Days::new(366)
                {
                    return Err(contradiction(
                        "/correction/back_payment_date",
                        "the back payment is more than a year before the correction date",
                    ));
                }
                let paid = doc.paid.map(|list| month_map(list, "/correction/paid")).transpose()?;
                Some(Correction {
                    category: match doc.category {
                        CategoryDocument::ToCheck => CorrectionCategory::ToCheck,
                        CategoryDocument::NoReason => CorrectionCategory::NoReason,
                        CategoryDocument::LoonlozeTijdvakken => CorrectionCategory::LoonlozeTijdvakken,
                        CategoryDocument::Indexering => CorrectionCategory::Indexering,
                        CategoryDocument::OptingIn => CorrectionCategory::OptingIn,
                        CategoryDocument::Aop => CorrectionCategory::Aop,
                    },
                    step: match doc.step {
                        StepDocument::Sorted => CorrectionStep::Sorted,
                        StepDocument::FirstCheck => CorrectionStep::FirstCheck,
                        StepDocument::SecondCheck => CorrectionStep::SecondCheck,
                        StepDocument::ExpertTeam => CorrectionStep::ExpertTeam,
                        StepDocument::QualityCheck => CorrectionStep::QualityCheck,
                        StepDocument::PhoneCall => CorrectionStep::PhoneCall,
                        StepDocument::Decided => CorrectionStep::Decided,
                    },
                    dagloon_as_set: doc.dagloon_as_set.0,
                    correction_date,
                    back_payment_date,
                    could_have_known: doc.could_have_known,
                    paid,
                })
            }
        };

        let decisions = validate_decisions(
            self.decisions,
            &Facts {
                as_of,
                decision: decision.as_ref(),
                application: application.as_ref(),
                advance: advance.as_ref(),
                correction: correction.as_ref(),
            },
        )?;

        let mut contacts = Vec::with_capacity(self.contacts.0.len());
        for (index, doc) in self.contacts.0.into_iter().enumerate() {
            let date = doc.date.0;
            if date > as_of || date < first_sick_day {
                return Err(contradiction(
                    &format!("/contacts/{index}/date"),
                    "a letter or call outside the case (before the first sick day or after the calculation date)",
                ));
            }
            contacts.push(Contact {
                date,
                kind: match doc.kind {
                    ContactKindDocument::Letter => ContactKind::Letter,
                    ContactKindDocument::Call => ContactKind::Call,
                },
                subject: match doc.subject {
                    ContactSubjectDocument::Advance => ContactSubject::Advance,
                    ContactSubjectDocument::Waiver => ContactSubject::Waiver,
                    ContactSubjectDocument::Refund => ContactSubject::Refund,
                    ContactSubjectDocument::Dagloon => ContactSubject::Dagloon,
                    ContactSubjectDocument::BackPayment => ContactSubject::BackPayment,
                    ContactSubjectDocument::Penalty => ContactSubject::Penalty,
                    ContactSubjectDocument::Other => ContactSubject::Other,
                },
                amount: doc.amount.map(|a| a.0),
            });
        }

        Ok(Case {
            case_id,
            as_of,
            first_sick_day,
            waiting_period_extension_weeks: self.waiting_period_extension_weeks,
            wages,
            application,
            decision,
            income,
            ww,
            advance,
            correction,
            decisions,
            contacts,
        })
    }
}

/// The facts a decision letter must agree with.
struct Facts<'a> {
    as_of: NaiveDate,
    decision: Option<&'a Decision>,
    application: Option<&'a Application>,
    advance: Option<&'a Advance>,
    correction: Option<&'a Correction>,
}

fn validate_decisions(
    list: Bounded<DecisionLetterDocument>,
    facts: &Facts<'_>,
) -> Result<Vec<DecisionLetter>, CaseError> {
    let mut letters: Vec<DecisionLetter> = Vec::with_capacity(list.0.len());
    for (index, doc) in list.0.into_iter().enumerate() {
        let at = |field: &str| format!("/decisions/{index}/{field}");
        let kind = match doc.kind {
            DecisionKindDocument::WiaClaim => DecisionKind::WiaClaim,
            DecisionKindDocument::AdvanceSettlement => DecisionKind::AdvanceSettlement,
            DecisionKindDocument::Refund => DecisionKind::Refund,
            DecisionKindDocument::DagloonCorrection => DecisionKind::DagloonCorrection,
            DecisionKindDocument::Penalty => DecisionKind::Penalty,
        };
        if letters.iter().any(|letter| letter.kind == kind) {
            return Err(CaseError::Duplicate { path: at("kind"), field: "kind", key: kind.code().to_owned() });
        }
        let date = doc.date.0;
        if date > facts.as_of {
            return Err(contradiction(&at("date"), "the decision is after the calculation date"));
        }
        let reference = doc.reference.trim().to_owned();
        if reference.is_empty() || reference.chars().count() > 64 || reference.chars().any(char::is_control) {
            return Err(CaseError::BadValue {
                path: at("reference"),
                expected: "the letter's reference: 1 to 64 printable characters".into(),
            });
        }
        // A decision is about facts the case holds; it cannot come before what it decides.
        match kind {
            DecisionKind::WiaClaim => match facts.decision {
                None => {
                    return Err(CaseError::MissingFact {
                        path: "/decision".into(),
                        needed: "the WIA decision (outcome)",
                        section: "a wia_claim decision letter",
                    });
                }
                Some(decision) if decision.date != date => {
                    return Err(contradiction(&at("date"), "the wia_claim letter's date differs from /decision/date"));
                }
                Some(_) => {}
            },
            DecisionKind::AdvanceSettlement | DecisionKind::Refund => {
                if facts.advance.is_none() {
                    return Err(CaseError::MissingFact {
                        path: "/advance".into(),
                        needed: "the advance",
                        section: "a decision about the advance",
                    });
                }
                if facts.decision.is_none_or(|decision| date < decision.date) {
                    return Err(contradiction(
                        &at("date"),
                        "a decision about the advance comes on or after the WIA decision",
                    ));
                }
            }
            DecisionKind::DagloonCorrection => {
                if facts.correction.is_none_or(|c| c.step != CorrectionStep::Decided) {
                    return Err(contradiction(
                        &at("kind"),
                        "a dagloon_correction decision needs /correction/step \"decided\"",
                    ));
                }
            }
            DecisionKind::Penalty => {
                if facts.application.is_none_or(|a| a.notice_of_default.is_none_or(|notice| date < notice)) {
                    return Err(contradiction(
                        &at("date"),
                        "a penalty decision comes after a notice of default (Awb 4:17)",
                    ));
                }
            }
        }
        let allowed = kind.amounts();
        if let Some(name) = ALL_DECIDED_NAMES.iter().find(|n| !allowed.contains(n) && doc.amounts.get(**n).is_some()) {
            return Err(contradiction(
                &format!("/decisions/{index}/amounts/{}", name.code()),
                "an amount this kind of decision does not decide",
            ));
        }
        let amounts = allowed.iter().filter_map(|name| doc.amounts.get(*name).map(|amount| (*name, amount))).collect();
        letters.push(DecisionLetter { kind, date, reference, amounts });
    }
    Ok(letters)
}

fn validate_wages(doc: WagesDocument, first_sick_day: NaiveDate) -> Result<Wages, CaseError> {
    let reference_period = match doc.reference_period {
        None => None,
        Some(period) => {
            let (from, to) = (period.from.0, period.to.0);
            if to < from {
                return Err(contradiction("/wages/reference_period/to", "the reference period ends before it starts"));
            }
            if to >= first_sick_day {
                return Err(contradiction(
                    "/wages/reference_period/to",
                    "the reference period must end before the first sick day (DLB 13)",
                ));
            }
            if (to - from).num_days() > 370 {
                return Err(contradiction(
                    "/wages/reference_period",
                    "the reference period is longer than one year (DLB 13)",
                ));
            }
            Some((from, to))
        }
    };
    let (first, last) = match reference_period {
        Some((from, to)) => (Month::of(from), Month::of(to)),
        None => {
            let sick = Month::of(first_sick_day);
            (sick.plus(-12), sick.previous())
        }
    };
    let mut months = BTreeMap::new();
    for (index, entry) in doc.months.0.into_iter().enumerate() {
        let month = entry.month.0;
        if month < first || month > last {
            return Err(contradiction(
                &format!("/wages/months/{index}/month"),
                "a wage month outside the reference period (DLB 13)",
            ));
        }
        if months.insert(month, entry.sv_wage.0).is_some() {
            return Err(CaseError::Duplicate {
                path: format!("/wages/months/{index}/month"),
                field: "month",
                key: month.to_string(),
            });
        }
    }
    Ok(Wages {
        reference_period,
        months,
        holiday_pay_built_up: doc.holiday_pay_built_up.map_or(Euro::ZERO, |a| a.0),
        holiday_pay_paid_from_earlier: doc.holiday_pay_paid_from_earlier.map_or(Euro::ZERO, |a| a.0),
    })
}

fn validate_decision(
    doc: DecisionDocument,
    application: Option<&Application>,
    as_of: NaiveDate,
) -> Result<Decision, CaseError> {
    let date = doc.date.0;
    if let Some(application) = application
        && date < application.received
    {
        return Err(contradiction("/decision/date", "the decision is before the application"));
    }
    if date > as_of {
        return Err(contradiction("/decision/date", "the decision is after the calculation date"));
    }
    let outcome = match doc.outcome {
        OutcomeDocument::Refused => Outcome::Refused,
        OutcomeDocument::Wga => Outcome::Wga,
        OutcomeDocument::Iva => Outcome::Iva,
    };
    let disability_class = doc.disability_class.map(|class| match class {
        ClassDocument::From35To45 => DisabilityClass::From35To45,
        ClassDocument::From45To55 => DisabilityClass::From45To55,
        ClassDocument::From55To65 => DisabilityClass::From55To65,
        ClassDocument::From65To80 => DisabilityClass::From65To80,
        ClassDocument::From80To100 => DisabilityClass::From80To100,
    });
    if outcome == Outcome::Iva && disability_class.is_some_and(|c| c != DisabilityClass::From80To100) {
        return Err(contradiction("/decision/disability_class", "an IVA decision needs the class 80-100 (WIA 4)"));
    }
    if outcome == Outcome::Wga && disability_class.is_none() {
        return Err(CaseError::MissingFact {
            path: "/decision/disability_class".into(),
            needed: "the disability class",
            section: "a WGA benefit",
        });
    }
    let weeks_requirement_met = match (outcome, doc.weeks_requirement_met) {
        (Outcome::Wga, None) => {
            return Err(CaseError::MissingFact {
                path: "/decision/weeks_requirement_met".into(),
                needed: "whether the weeks requirement is met",
                section: "a WGA benefit",
            });
        }
        (_, value) => value.unwrap_or(false),
    };
    let lgu_months = doc.lgu_months.unwrap_or(24);
    if !(3..=24).contains(&lgu_months) {
        return Err(CaseError::BadValue {
            path: "/decision/lgu_months".into(),
            expected: "a number of months from 3 to 24 (WIA 59)".into(),
        });
    }
    Ok(Decision {
        date,
        outcome,
        disability_class,
        weeks_requirement_met,
        lgu_months,
        residual_earning_capacity: doc.residual_earning_capacity.map(|a| a.0),
        assumed: doc.assumed,
    })
}

// ---------------------------------------------------------------------------------------------
// The result document.

/// `helder-result/1`. Sections are `null` when their facts are absent. `T` is the trace: the
/// recorder itself when computed (`ResultDocument<Trace>`), its lines when read back.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ResultDocument<T = Vec<TraceLine>> {
    pub format: String,
    pub case_id: String,
    #[serde(with = "date_text")]
    pub as_of: NaiveDate,
    pub rules_version: String,
    pub dates: DatesResult,
    pub dagloon: Option<DagloonResult>,
    pub benefit: Option<BenefitResult>,
    pub advance: Option<AdvanceResult>,
    pub waiver: Option<WaiverResult>,
    pub backpay: Option<BackpayResult>,
    pub penalty: Option<PenaltyResult>,
    /// UWV's decisions, each amount beside Helder's calculation of it and the difference.
    #[serde(default)]
    pub decisions: Vec<DecisionResult>,
    /// What UWV told the client in letters and calls, each amount held against Helder's figure.
    #[serde(default)]
    pub contacts: Vec<ContactResult>,
    pub timeline: Vec<TimelineEvent>,
    /// Parameters of confidence E that changed a figure in this result.
    pub estimates: Vec<EstimateUsed>,
    pub trace: T,
}

impl ResultDocument {
    /// A document with no figures: a formatting context for text that cites nothing.
    pub fn empty() -> ResultDocument {
        let day = chrono::NaiveDate::MIN;
        ResultDocument {
            format: RESULT_FORMAT.to_owned(),
            case_id: String::new(),
            as_of: day,
            rules_version: String::new(),
            dates: DatesResult {
                first_sick_day: day,
                waiting_period_end: day,
                benefit_start: day,
                notice_due: day,
                application_deadline: day,
                decision_due: None,
            },
            dagloon: None,
            benefit: None,
            advance: None,
            waiver: None,
            backpay: None,
            penalty: None,
            decisions: Vec::new(),
            contacts: Vec::new(),
            timeline: Vec::new(),
            estimates: Vec::new(),
            trace: Vec::new(),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DatesResult {
    #[serde(with = "date_text")]
    pub first_sick_day: NaiveDate,
    #[serde(with = "date_text")]
    pub waiting_period_end: NaiveDate,
    #[serde(with = "date_text")]
    pub benefit_start: NaiveDate,
    #[serde(with = "date_text")]
    pub notice_due: NaiveDate,
    #[serde(with = "date_text")]
    pub application_deadline: NaiveDate,
    #[serde(with = "option_date_text")]
    pub decision_due: Option<NaiveDate>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DagloonResult {
    /// True when the case gave no reference period and Helder assumed monthly payroll (DLB 13).
    pub reference_period_assumed: bool,
    #[serde(with = "date_text")]
    pub reference_from: NaiveDate,
    #[serde(with = "date_text")]
    pub reference_to: NaiveDate,
    pub wage_total: Euro,
    pub divisor: u32,
    pub wageless_months: Vec<Month>,
    pub uncapped: Euro,
    pub uncapped_at_start: Euro,
    pub maximum_at_start: Euro,
    pub at_start: Euro,
    pub capped: bool,
    pub maandloon_at_start: Euro,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BenefitResult {
    pub outcome: String,
    /// The restverdiencapaciteit the decision states, if any (WIA 61).
    pub residual_earning_capacity: Option<Euro>,
    #[serde(with = "option_date_text")]
    pub lgu_end: Option<NaiveDate>,
    pub months: Vec<BenefitMonth>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BenefitMonth {
    pub month: Month,
    pub dagloon: Euro,
    pub maandloon: Euro,
    pub weekdays: u32,
    pub weekdays_with_right: u32,
    pub income: Euro,
    pub amount: Euro,
    /// A code (`Label`: borrowed when computed).
    pub kind: Label,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AdvanceResult {
    /// False while there is no decision: only what was paid is known.
    pub settled: bool,
    #[serde(with = "option_month_text")]
    pub first_month: Option<Month>,
    #[serde(with = "option_month_text")]
    pub last_month: Option<Month>,
    pub months: Vec<AdvanceMonth>,
    pub paid_total: Euro,
    pub entitled_total: Option<Euro>,
    pub ww_total: Euro,
    pub income_total: Euro,
    pub ww_offset: Option<Euro>,
    pub income_part: Option<Euro>,
    pub overpayment: Option<Euro>,
    pub underpayment: Option<Euro>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AdvanceMonth {
    pub month: Month,
    pub paid: Euro,
    pub entitled: Option<Euro>,
    /// `entitled − paid`: negative when the advance was more than the benefit (`None` while
    /// undecided). The portal's ledger shows it per month.
    pub difference: Option<Euro>,
    pub ww: Euro,
    pub income: Euro,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct WaiverResult {
    pub applies: bool,
    pub reason: String,
    pub route: Option<String>,
    pub in_scope: bool,
    pub decision_late: bool,
    pub waived: Euro,
    pub to_repay: Euro,
    pub already_repaid: Euro,
    pub refund: Euro,
    pub still_open: Euro,
    #[serde(with = "date_text")]
    pub refund_date: NaiveDate,
    pub tax_compensation_possible: bool,
    pub tax_years: Vec<i32>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BackpayResult {
    pub category: String,
    /// True when UWV's payments were not given and Helder computed them from the dagloon as set.
    pub paid_computed: bool,
    pub step: String,
    pub decided: bool,
    pub outcome: String,
    pub dagloon_as_set: Euro,
    pub dagloon_corrected: Euro,
    pub months: Vec<BackpayMonth>,
    pub paid_total: Euro,
    pub due_total: Euro,
    pub amount: Euro,
    pub not_reclaimed: Euro,
    pub to_repay: Euro,
    pub interest: Option<Euro>,
    #[serde(with = "option_date_text")]
    pub back_payment_date: Option<NaiveDate>,
    pub new_monthly_amount: Option<Euro>,
    #[serde(with = "option_date_text")]
    pub new_from: Option<NaiveDate>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BackpayMonth {
    pub month: Month,
    pub paid: Euro,
    pub due: Euro,
    pub difference: Euro,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PenaltyResult {
    pub owed: bool,
    #[serde(with = "date_text")]
    pub start: NaiveDate,
    pub days: u32,
    pub amount: Euro,
    /// True while the decision has not come: the days still run.
    pub running: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DecisionResult {
    pub kind: String,
    #[serde(with = "date_text")]
    pub date: NaiveDate,
    pub reference: String,
    /// The last day to object (bezwaar): six weeks from the day after the letter (Awb 6:7, 6:8).
    #[serde(with = "date_text")]
    pub objection_deadline: NaiveDate,
    /// True while `as_of` is on or before the objection deadline.
    pub objection_open: bool,
    pub amounts: Vec<DecidedAmount>,
}

/// An amount UWV decided, beside Helder's calculation of the same figure.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DecidedAmount {
    pub name: String,
    /// The result figure Helder calculates for it.
    pub figure: String,
    pub decided: Euro,
    /// `None` when the case lacks the facts to calculate the figure.
    pub calculated: Option<Euro>,
    /// `decided − calculated`.
    pub difference: Option<Euro>,
    pub agrees: Option<bool>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ContactResult {
    #[serde(with = "date_text")]
    pub date: NaiveDate,
    pub kind: String,
    pub subject: String,
    pub amount: Option<Euro>,
    /// The result figure the amount is about (`null` for `other` or without an amount).
    pub figure: Option<String>,
    /// Helder's figure there (`null` when the case lacks the facts).
    pub calculated: Option<Euro>,
    /// `amount − calculated`.
    pub difference: Option<Euro>,
    /// True when what UWV said is not what Helder calculates: a staff view flags it.
    pub contradicts: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TimelineEvent {
    #[serde(with = "date_text")]
    pub date: NaiveDate,
    /// Codes (`Label`: the engine's own constants, borrowed when computed).
    pub event: Label,
    pub state: Label,
    pub actor: Label,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EstimateUsed {
    pub trace: String,
    #[serde(with = "date_text")]
    pub from: NaiveDate,
    pub source: String,
}

/// Text of a trace line that is usually one of the engine's own constants (a rule's name, its
/// source, a code): borrowed when the line comes from `Trace::lines`, owned when read from JSON.
/// Either way it serializes to the same string; borrowing spares `into_lines` most of its
/// allocations (issue 15 budget 4).
pub type Label = std::borrow::Cow<'static, str>;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TraceLine {
    pub id: String,
    pub rule: Label,
    pub source: Label,
    /// `law`, `policy` or `helder_decision`.
    pub basis: Label,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub figure: Option<String>,
    pub inputs: Vec<TraceInput>,
    pub value: String,
    /// For a result figure: `decided`, `calculated` or `estimate`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provenance: Option<Label>,
    /// For a `decided` figure: the decision it comes from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decision: Option<TraceDecision>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TraceDecision {
    pub kind: Label,
    #[serde(with = "date_text")]
    pub date: NaiveDate,
    pub reference: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TraceInput {
    pub name: Label,
    pub value: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trace: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<Label>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub confidence: Option<Label>,
}

impl Serialize for Euro {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Euro {
    /// Result documents carry signed amounts (a back-payment difference can be negative).
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Euro, D::Error> {
        let text = deserializer.deserialize_str(TextVisitor("money as a string with two decimals"))?;
        let unsigned = text.strip_prefix('-').unwrap_or(&text);
        let euro = parse_amount(unsigned).ok_or_else(|| de::Error::custom("expected money with two decimals"))?;
        Ok(if unsigned.len() == text.len() { euro } else { -euro })
    }
}

impl Serialize for Month {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Month {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Month, D::Error> {
        let text = deserializer.deserialize_str(TextVisitor("a month as \"YYYY-MM\""))?;
        Month::parse(&text).ok_or_else(|| de::Error::custom("expected a month \"YYYY-MM\""))
    }
}

pub(crate) mod date_text {
    use super::*;
    pub fn serialize<S: Serializer>(date: &NaiveDate, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&format_date(*date))
    }
    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<NaiveDate, D::Error> {
        let text = deserializer.deserialize_str(TextVisitor("a date as \"YYYY-MM-DD\""))?;
        parse_date(&text).ok_or_else(|| de::Error::custom("expected a date \"YYYY-MM-DD\""))
    }
}

mod option_date_text {
    use super::*;
    pub fn serialize<S: Serializer>(date: &Option<NaiveDate>, serializer: S) -> Result<S::Ok, S::Error> {
        match date {
            Some(date) => serializer.serialize_str(&format_date(*date)),
            None => serializer.serialize_none(),
        }
    }
    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<NaiveDate>, D::Error> {
        let text: Option<String> = Option::deserialize(deserializer)?;
        text.map(|t| parse_date(&t).ok_or_else(|| de::Error::custom("expected a date \"YYYY-MM-DD\""))).transpose()
    }
}

mod option_month_text {
    use super::*;
    pub fn serialize<S: Serializer>(month: &Option<Month>, serializer: S) -> Result<S::Ok, S::Error> {
        match month {
            Some(month) => serializer.collect_str(month),
            None => serializer.serialize_none(),
        }
    }
    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<Month>, D::Error> {
        Option::<Month>::deserialize(deserializer)
    }
}
