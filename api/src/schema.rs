//! The OpenAPI description of the two documents the API carries but does not own:
//! `helder-case/1` (core's input, `docs/domain/CASE-FORMAT.md`) and `helder-result/1` with its
//! explanation. Core stays free of schema derives (its dependency list is kept tiny), so these
//! types mirror its serialized form field by field; they exist only for the schema. The server's
//! `openapi` tests keep them honest: every golden case reads into `CaseDocument` with unknown
//! fields refused, and every golden result and explanation round-trips through `ResultDocument`
//! and `Explanation` to the same JSON.

use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use utoipa::openapi::schema::{ObjectBuilder, Schema, SchemaFormat, SchemaType, Type};
use utoipa::openapi::{KnownFormat, RefOr};
use utoipa::{PartialSchema, ToSchema};

/// A string schema component with a pattern or format: `Money`, `Date`, `Month`.
macro_rules! text_schema {
    ($name:ident, $description:literal, $pattern:expr, $format:expr) => {
        #[doc = $description]
        #[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub String);

        impl PartialSchema for $name {
            fn schema() -> RefOr<Schema> {
                ObjectBuilder::new()
                    .schema_type(SchemaType::Type(Type::String))
                    .description(Some($description))
                    .pattern($pattern)
                    .format($format)
                    .into()
            }
        }

        impl ToSchema for $name {
            fn name() -> Cow<'static, str> {
                Cow::Borrowed(stringify!($name))
            }
        }
    };
}

text_schema!(
    Money,
    "An amount of euros as a string with exactly two decimals and a plain minus (`1234.50`, `-3.00`); never a number, so no float ever touches it.",
    Some(r"^-?[0-9]+\.[0-9]{2}$"),
    None
);
text_schema!(
    Date,
    "A calendar date, `YYYY-MM-DD`.",
    None::<String>,
    Some(SchemaFormat::KnownFormat(KnownFormat::Date))
);
text_schema!(Month, "A calendar month, `YYYY-MM`.", Some(r"^[0-9]{4}-[0-9]{2}$"), None);

// ---------------------------------------------------------------------------------------------
// helder-case/1

/// A `helder-case/1` document: the facts of one WIA case (`docs/domain/CASE-FORMAT.md`). Core
/// validates it strictly; a document that does not compute is answered with a `CaseError` (422).
#[derive(Clone, Debug, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CaseDocument {
    /// Always `helder-case/1`.
    pub format: String,
    pub case_id: String,
    /// The calculation date.
    pub as_of: Date,
    pub first_sick_day: Date,
    #[serde(default)]
    pub waiting_period_extension_weeks: Option<u32>,
    #[serde(default)]
    pub wages: Option<Wages>,
    #[serde(default)]
    pub application: Option<Application>,
    #[serde(default)]
    pub decision: Option<Decision>,
    #[serde(default)]
    pub income: Option<Vec<MonthAmount>>,
    #[serde(default)]
    pub ww: Option<Vec<MonthAmount>>,
    #[serde(default)]
    pub advance: Option<Advance>,
    #[serde(default)]
    pub correction: Option<Correction>,
    /// UWV's decisions as the client received them, one per letter.
    #[serde(default)]
    pub decisions: Option<Vec<DecisionLetter>>,
    /// What UWV told the client in letters and calls that are not decisions.
    #[serde(default)]
    pub contacts: Option<Vec<Contact>>,
}

#[derive(Clone, Debug, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Wages {
    #[serde(default)]
    pub reference_period: Option<Period>,
    #[serde(default)]
    pub months: Option<Vec<WageMonth>>,
    #[serde(default)]
    pub holiday_pay_built_up: Option<Money>,
    #[serde(default)]
    pub holiday_pay_paid_from_earlier: Option<Money>,
}

#[derive(Clone, Debug, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Period {
    pub from: Date,
    pub to: Date,
}

#[derive(Clone, Debug, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct WageMonth {
    pub month: Month,
    pub sv_wage: Money,
}

#[derive(Clone, Debug, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct MonthAmount {
    pub month: Month,
    pub amount: Money,
}

#[derive(Clone, Debug, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Application {
    pub received: Date,
    #[serde(default)]
    pub notice_of_default: Option<Date>,
    #[serde(default)]
    pub penalty_excluded: Option<bool>,
}

#[derive(Clone, Debug, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum DecisionOutcome {
    Refused,
    Wga,
    Iva,
}

#[derive(Clone, Debug, Serialize, Deserialize, ToSchema)]
pub enum DisabilityClass {
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

#[derive(Clone, Debug, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Decision {
    pub date: Date,
    pub outcome: DecisionOutcome,
    #[serde(default)]
    pub disability_class: Option<DisabilityClass>,
    #[serde(default)]
    pub weeks_requirement_met: Option<bool>,
    #[serde(default)]
    pub lgu_months: Option<u32>,
    #[serde(default)]
    pub residual_earning_capacity: Option<Money>,
    /// True when the decision is not UWV's but assumed for a what-if estimate: every figure of
    /// the result is then an `estimate`.
    #[serde(default)]
    pub assumed: Option<bool>,
}

/// What a decision of UWV is about.
#[derive(Clone, Debug, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum DecisionKind {
    WiaClaim,
    AdvanceSettlement,
    Refund,
    DagloonCorrection,
    Penalty,
}

/// One decision of UWV: its kind, the date of the letter, the letter's reference and the
/// amounts it states.
#[derive(Clone, Debug, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DecisionLetter {
    pub kind: DecisionKind,
    /// The date of the letter.
    pub date: Date,
    /// The letter's reference.
    pub reference: String,
    #[serde(default)]
    pub amounts: Option<DecidedAmounts>,
}

/// The amounts a decision states, each named after the result figure it decides; which ones a
/// decision may state depends on its kind.
#[derive(Clone, Debug, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DecidedAmounts {
    /// `wia_claim`, `dagloon_correction`: decides `/dagloon/at_start`.
    #[serde(default)]
    pub dagloon: Option<Money>,
    /// `advance_settlement`: decides `/advance/overpayment`.
    #[serde(default)]
    pub overpayment: Option<Money>,
    /// `advance_settlement`: decides `/waiver/waived`.
    #[serde(default)]
    pub waived: Option<Money>,
    /// `advance_settlement`: decides `/waiver/to_repay`.
    #[serde(default)]
    pub to_repay: Option<Money>,
    /// `refund`: decides `/waiver/refund`.
    #[serde(default)]
    pub refund: Option<Money>,
    /// `dagloon_correction`: decides `/backpay/amount`.
    #[serde(default)]
    pub back_payment: Option<Money>,
    /// `dagloon_correction`: decides `/backpay/interest`.
    #[serde(default)]
    pub interest: Option<Money>,
    /// `dagloon_correction`: decides `/backpay/new_monthly_amount`.
    #[serde(default)]
    pub new_monthly_amount: Option<Money>,
    /// `penalty`: decides `/penalty/amount`.
    #[serde(default)]
    pub penalty: Option<Money>,
}

#[derive(Clone, Debug, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum ContactKind {
    Letter,
    Call,
}

/// What a letter or call was about; each subject but `other` names the result figure an amount
/// mentioned is held against.
#[derive(Clone, Debug, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum ContactSubject {
    Advance,
    Waiver,
    Refund,
    Dagloon,
    BackPayment,
    Penalty,
    Other,
}

/// A letter or call from UWV that is not a decision: what the client was told, and when.
#[derive(Clone, Debug, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    pub date: Date,
    pub kind: ContactKind,
    pub subject: ContactSubject,
    /// The amount UWV mentioned, if any.
    #[serde(default)]
    pub amount: Option<Money>,
}

#[derive(Clone, Debug, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Advance {
    #[serde(default)]
    pub payments: Option<Vec<MonthAmount>>,
    #[serde(default)]
    pub client_caused_delay: Option<bool>,
    #[serde(default)]
    pub promised_full_waiver: Option<bool>,
    #[serde(default)]
    pub repayments: Option<Vec<Repayment>>,
    #[serde(default)]
    pub refund_date: Option<Date>,
}

#[derive(Clone, Debug, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum RepaymentKind {
    Repaid,
    Withheld,
}

#[derive(Clone, Debug, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Repayment {
    pub date: Date,
    pub amount: Money,
    pub kind: RepaymentKind,
}

#[derive(Clone, Debug, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum CorrectionCategory {
    ToCheck,
    NoReason,
    LoonlozeTijdvakken,
    Indexering,
    OptingIn,
    Aop,
}

#[derive(Clone, Debug, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum CorrectionStep {
    Sorted,
    FirstCheck,
    SecondCheck,
    ExpertTeam,
    QualityCheck,
    PhoneCall,
    Decided,
}

#[derive(Clone, Debug, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Correction {
    pub category: CorrectionCategory,
    pub step: CorrectionStep,
    pub dagloon_as_set: Money,
    #[serde(default)]
    pub correction_date: Option<Date>,
    #[serde(default)]
    pub back_payment_date: Option<Date>,
    #[serde(default)]
    pub could_have_known: Option<bool>,
    #[serde(default)]
    pub paid: Option<Vec<MonthAmount>>,
}

// ---------------------------------------------------------------------------------------------
// helder-result/1

/// A `helder-result/1` document: every figure of the case, each recorded with its derivation in
/// `trace`. Sections are `null` when their facts are absent.
#[derive(Clone, Debug, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ResultDocument {
    /// Always `helder-result/1`.
    pub format: String,
    pub case_id: String,
    pub as_of: Date,
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
    pub trace: Vec<TraceLine>,
}

#[derive(Clone, Debug, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DatesResult {
    pub first_sick_day: Date,
    pub waiting_period_end: Date,
    pub benefit_start: Date,
    pub notice_due: Date,
    pub application_deadline: Date,
    pub decision_due: Option<Date>,
}

#[derive(Clone, Debug, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DagloonResult {
    pub reference_period_assumed: bool,
    pub reference_from: Date,
    pub reference_to: Date,
    pub wage_total: Money,
    pub divisor: u32,
    pub wageless_months: Vec<Month>,
    pub uncapped: Money,
    pub uncapped_at_start: Money,
    pub maximum_at_start: Money,
    pub at_start: Money,
    pub capped: bool,
    pub maandloon_at_start: Money,
}

#[derive(Clone, Debug, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct BenefitResult {
    pub outcome: String,
    pub residual_earning_capacity: Option<Money>,
    pub lgu_end: Option<Date>,
    pub months: Vec<BenefitMonth>,
}

#[derive(Clone, Debug, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct BenefitMonth {
    pub month: Month,
    pub dagloon: Money,
    pub maandloon: Money,
    pub weekdays: u32,
    pub weekdays_with_right: u32,
    pub income: Money,
    pub amount: Money,
    pub kind: String,
}

#[derive(Clone, Debug, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AdvanceResult {
    pub settled: bool,
    pub first_month: Option<Month>,
    pub last_month: Option<Month>,
    pub months: Vec<AdvanceMonth>,
    pub paid_total: Money,
    pub entitled_total: Option<Money>,
    pub ww_total: Money,
    pub income_total: Money,
    pub ww_offset: Option<Money>,
    pub income_part: Option<Money>,
    pub overpayment: Option<Money>,
    pub underpayment: Option<Money>,
}

#[derive(Clone, Debug, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AdvanceMonth {
    pub month: Month,
    pub paid: Money,
    pub entitled: Option<Money>,
    /// `entitled − paid` (`null` while undecided).
    pub difference: Option<Money>,
    pub ww: Money,
    pub income: Money,
}

#[derive(Clone, Debug, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct WaiverResult {
    pub applies: bool,
    pub reason: String,
    pub route: Option<String>,
    pub in_scope: bool,
    pub decision_late: bool,
    pub waived: Money,
    pub to_repay: Money,
    pub already_repaid: Money,
    pub refund: Money,
    pub still_open: Money,
    pub refund_date: Date,
    pub tax_compensation_possible: bool,
    pub tax_years: Vec<i32>,
}

#[derive(Clone, Debug, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct BackpayResult {
    pub category: String,
    pub paid_computed: bool,
    pub step: String,
    pub decided: bool,
    pub outcome: String,
    pub dagloon_as_set: Money,
    pub dagloon_corrected: Money,
    pub months: Vec<BackpayMonth>,
    pub paid_total: Money,
    pub due_total: Money,
    pub amount: Money,
    pub not_reclaimed: Money,
    pub to_repay: Money,
    pub interest: Option<Money>,
    pub back_payment_date: Option<Date>,
    pub new_monthly_amount: Option<Money>,
    pub new_from: Option<Date>,
}

#[derive(Clone, Debug, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct BackpayMonth {
    pub month: Month,
    pub paid: Money,
    pub due: Money,
    pub difference: Money,
}

#[derive(Clone, Debug, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PenaltyResult {
    pub owed: bool,
    pub start: Date,
    pub days: u32,
    pub amount: Money,
    pub running: bool,
}

#[derive(Clone, Debug, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DecisionResult {
    /// `wia_claim`, `advance_settlement`, `refund`, `dagloon_correction` or `penalty`.
    pub kind: String,
    pub date: Date,
    pub reference: String,
    /// The last day to object (bezwaar): six weeks from the day after the letter (Awb 6:7, 6:8).
    pub objection_deadline: Date,
    /// True while `as_of` is on or before the objection deadline.
    pub objection_open: bool,
    pub amounts: Vec<DecidedAmount>,
}

/// An amount UWV decided, beside Helder's calculation of the same figure.
#[derive(Clone, Debug, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DecidedAmount {
    pub name: String,
    /// The result figure (JSON pointer) Helder calculates for it.
    pub figure: String,
    pub decided: Money,
    /// `null` when the case lacks the facts to calculate the figure.
    pub calculated: Option<Money>,
    /// `decided − calculated`.
    pub difference: Option<Money>,
    pub agrees: Option<bool>,
}

#[derive(Clone, Debug, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ContactResult {
    pub date: Date,
    /// `letter` or `call`.
    pub kind: String,
    pub subject: String,
    pub amount: Option<Money>,
    /// The result figure the amount is about (`null` for `other` or without an amount).
    pub figure: Option<String>,
    /// Helder's figure there (`null` when the case lacks the facts).
    pub calculated: Option<Money>,
    /// `amount − calculated`.
    pub difference: Option<Money>,
    /// True when what UWV said is not what Helder calculates: a staff view flags it.
    pub contradicts: bool,
}

#[derive(Clone, Debug, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TimelineEvent {
    pub date: Date,
    pub event: String,
    pub state: String,
    pub actor: String,
}

#[derive(Clone, Debug, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct EstimateUsed {
    pub trace: String,
    pub from: Date,
    pub source: String,
}

/// One recorded step: the rule, its legal source, its inputs and the value it made.
#[derive(Clone, Debug, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TraceLine {
    /// A section letter and a number (`D9`).
    pub id: String,
    pub rule: String,
    pub source: String,
    /// `law`, `policy` or `helder_decision`.
    pub basis: String,
    /// JSON pointer of the result figure this line made.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub figure: Option<String>,
    pub inputs: Vec<TraceInput>,
    pub value: String,
    /// For a result figure: `decided`, `calculated` or `estimate`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provenance: Option<String>,
    /// For a `decided` figure: the decision it comes from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decision: Option<TraceDecision>,
}

/// The decision a `decided` figure comes from: its kind, date and letter reference.
#[derive(Clone, Debug, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TraceDecision {
    pub kind: String,
    pub date: Date,
    pub reference: String,
}

#[derive(Clone, Debug, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TraceInput {
    pub name: String,
    pub value: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trace: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub confidence: Option<String>,
}

// ---------------------------------------------------------------------------------------------
// The explanation (helder-explain)

/// The explanation of one result in one language: sections of plain sentences, each citing the
/// trace lines of the figures it mentions.
#[derive(Clone, Debug, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Explanation {
    pub language: String,
    pub case_id: String,
    pub rules_version: String,
    pub sections: Vec<Section>,
    pub actions: Vec<Sentence>,
    pub timeline: Vec<Step>,
    pub notes: Vec<Sentence>,
    pub summary: Summary,
    pub glossary: Vec<GlossaryEntry>,
}

/// The first screen's four answers: the money (each sentence with its own provenance), why,
/// what happens next (with a date) and what the client must do.
#[derive(Clone, Debug, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Summary {
    /// The calculation date: the figures are as of this day.
    pub as_of: Date,
    pub money: Vec<Sentence>,
    /// Per sentence of `money`, in order: `decided`, `calculated` or `estimate` (the weakest
    /// of the amounts it names); empty for a sentence that names no amount.
    pub money_provenance: Vec<String>,
    pub why: Vec<Sentence>,
    pub next: Vec<Sentence>,
    pub todo: Vec<Sentence>,
}

#[derive(Clone, Debug, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Section {
    /// `status`, `dagloon`, `benefit`, `advance`, `waiver`, `backpay` or `penalty`.
    pub id: String,
    pub title: String,
    pub lead: Sentence,
    pub paragraphs: Vec<Vec<Sentence>>,
    pub sources: Vec<String>,
    /// "How was this calculated?" for clients and supporters: the section's sums written out.
    #[serde(default)]
    pub worked: Vec<WorkedStep>,
}

/// One step of a worked calculation: the sum in a sentence (`€ 28.264,90 − € 23.390,83 =
/// € 4.874,07`) and its legal source in words, in the language of the explanation.
#[derive(Clone, Debug, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct WorkedStep {
    pub sentence: Sentence,
    pub source: String,
}

#[derive(Clone, Debug, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Step {
    pub date: Date,
    /// `done`, `now`, `next`, `late`, `met` (a deadline met), `passed` (a deadline's date went
    /// by), `not_begun` (a right that did not begin) or `pending` (begins only if UWV grants it).
    pub state: String,
    /// `client` or `uwv`.
    pub actor: String,
    pub text: Sentence,
}

/// A sentence with the figures it mentions and the trace ids they come from.
#[derive(Clone, Debug, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Sentence {
    pub text: String,
    pub traces: Vec<String>,
    pub figures: Vec<Cited>,
    /// The message the sentence is made from (for a timeline line: the event's message).
    #[serde(default)]
    pub message: String,
    /// Who acts in it: `uwv`, `helder`, `client`, `law` or `source`.
    #[serde(default)]
    pub actor: String,
}

#[derive(Clone, Debug, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Cited {
    /// The value in the contract's format (`1234.56`, `2024-06-20`, `21`).
    pub value: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trace: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub figure: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub input: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub law: Option<String>,
    /// For a result figure: `decided`, `calculated` or `estimate`, read off its trace line.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provenance: Option<String>,
    /// For a `decided` figure: the decision (kind, date, letter reference).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decision: Option<TraceDecision>,
}

#[derive(Clone, Debug, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct GlossaryEntry {
    pub term: String,
    pub meaning: String,
}
