//! Every rule Helder applies, each with its legal source. The match in `Rule::citation` is
//! exhaustive, so a new rule cannot compile without naming where it comes from.

/// A rule of RULES.md. The serialized name (`snake_case`) is stable: explanations and the
/// portal key their wording on it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Rule {
    // §1 dates
    WaitingPeriodEnd,
    BenefitStart,
    NoticeDue,
    ApplicationDeadline,
    DecisionDue,
    DecisionDueAfterLoonsanctie,
    // §2 dagloon
    ReferencePeriod,
    WageTotal,
    WagelessMonths,
    Divisor,
    DagloonUncapped,
    IndexationToStart,
    MaximumDagloon,
    DagloonAtStart,
    IncomeRatio,
    Maandloon,
    // §3 benefit
    IndexationRunning,
    LguDuration,
    BenefitIva,
    BenefitLgu,
    BenefitLau,
    BenefitVvu,
    BenefitVvuAssumed,
    BenefitNone,
    // §4 advance
    AdvancePaidTotal,
    AdvanceEntitledTotal,
    AdvanceMonthDifference,
    AdvanceOverpayment,
    AdvanceUnderpayment,
    WwOffset,
    IncomePart,
    // §5 waiver
    WaiverScope,
    WaiverApplies,
    Waived,
    ToRepay,
    AlreadyRepaid,
    Refund,
    StillOpen,
    TaxCompensation,
    WaiverRoute,
    // §6 back payment
    BackpayOutcome,
    DagloonAsSet,
    BackpayPaid,
    BackpayDue,
    BackpayDifference,
    BackPayment,
    NotReclaimed,
    OverpaymentRecovered,
    StatutoryInterest,
    NewMonthlyAmount,
    NewMonthlyAmountLowered,
    // §7 penalty
    PenaltyStart,
    PenaltyDays,
    PenaltyAmount,
    // §9 UWV's decisions
    DecidedAmount,
    DecisionDifference,
    ObjectionDeadline,
    ToldDifference,
}

/// Where a rule comes from: the legal source and whether it is law, policy or a Helder
/// decision where the law is silent (RULES.md asks that the last be visible to people).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Citation {
    pub source: &'static str,
    pub kind: SourceKind,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SourceKind {
    Law,
    Policy,
    HelderDecision,
}

impl SourceKind {
    /// `law`, `policy` or `helder_decision`, as the result's `trace[].basis`.
    pub fn code(self) -> &'static str {
        match self {
            SourceKind::Law => "law",
            SourceKind::Policy => "policy",
            SourceKind::HelderDecision => "helder_decision",
        }
    }
}

const fn law(source: &'static str) -> Citation {
    Citation { source, kind: SourceKind::Law }
}
const fn policy(source: &'static str) -> Citation {
    Citation { source, kind: SourceKind::Policy }
}
const fn helder(source: &'static str) -> Citation {
    Citation { source, kind: SourceKind::HelderDecision }
}

impl Rule {
    pub fn citation(self) -> Citation {
        match self {
            Rule::WaitingPeriodEnd => law("WIA 23, WIA 25 lid 9"),
            Rule::BenefitStart => law("WIA 47, WIA 54"),
            Rule::NoticeDue => law("WIA 64 lid 2"),
            Rule::ApplicationDeadline => law("WIA 64 lid 3"),
            Rule::DecisionDue => law("Awb 4:13"),
            // With a loonsanctie UWV answers the application by extending the wage-payment period
            // and decides the claim only at its end: Helder counts the decision as late from the
            // day the extended right starts (RULES §1).
            Rule::DecisionDueAfterLoonsanctie => helder("WIA 25 lid 9; Awb 4:13"),
            Rule::ReferencePeriod => law("DLB 13"),
            Rule::WageTotal => law("DLB 16"),
            Rule::WagelessMonths => law("CRvB ECLI:NL:CRVB:2024:1523"),
            Rule::Divisor => law("DLB 16; CRvB ECLI:NL:CRVB:2024:1523"),
            Rule::DagloonUncapped => law("DLB 16"),
            Rule::IndexationToStart => law("DLB 23"),
            Rule::MaximumDagloon => law("Wfsv 17"),
            Rule::DagloonAtStart => law("Wfsv 17; DLB 23"),
            Rule::IncomeRatio => law("WIA 52, WIA 61"),
            Rule::Maandloon => law("WIA 13 lid 4"),
            Rule::IndexationRunning => law("WIA 14"),
            Rule::LguDuration => law("WIA 59"),
            Rule::BenefitIva => law("WIA 51, WIA 52"),
            Rule::BenefitLgu => law("WIA 61 lid 1"),
            Rule::BenefitLau => law("WIA 60 lid 1-3, WIA 61 lid 2-5"),
            Rule::BenefitVvu => law("WIA 62 lid 1, WIA 61 lid 6, WIA 12 lid 1 onder b"),
            // The same amount, but the choice of the VVU rests on Helder's assumption that a
            // decision without a remaining earning capacity means the income test of WIA 60 lid 2
            // is not met (RULES §3, issue 16 item 2).
            Rule::BenefitVvuAssumed => helder("WIA 60 lid 2, WIA 62 lid 1, WIA 61 lid 6, WIA 12 lid 1 onder b"),
            Rule::BenefitNone => law("WIA 4, WIA 5"),
            Rule::AdvancePaidTotal => law("Awb 4:95"),
            Rule::AdvanceEntitledTotal => law("Awb 4:95 lid 4"),
            Rule::AdvanceMonthDifference => law("Awb 4:95 lid 4"),
            Rule::AdvanceOverpayment => law("Awb 4:95 lid 4"),
            Rule::AdvanceUnderpayment => law("Awb 4:95 lid 4"),
            Rule::WwOffset => policy("KB-2021; HERSTEL-2021"),
            // The WIA 52 income rule applied to the advance: UWV's advance formula is unpublished,
            // which the explanation says in words. A source is a code and an article only, so it
            // can be written in the language of the explanation.
            Rule::IncomePart => helder("WIA 52"),
            Rule::WaiverScope => policy("KB-2021; KB-2024"),
            Rule::WaiverApplies => policy("KB-2021; HERSTEL-2021"),
            Rule::Waived => policy("KB-2021; HERSTEL-2021"),
            Rule::ToRepay => policy("KB-2021; WIA 77"),
            Rule::AlreadyRepaid => policy("HERSTEL-2021"),
            Rule::Refund => policy("HERSTEL-2021"),
            Rule::StillOpen => policy("KB-2021; WIA 77"),
            // HERSTEL-2021 documents the tegemoetkoming only through 2022; no later policy was
            // found, so flagging the years for a later refund is Helder's reading (RULES §5).
            Rule::TaxCompensation => helder("HERSTEL-2021"),
            Rule::WaiverRoute => helder("HERSTEL-2021"),
            Rule::BackpayOutcome => policy("VA-2025"),
            Rule::DagloonAsSet => policy("VA-2025"),
            Rule::BackpayPaid => policy("VA-2025"),
            Rule::BackpayDue => policy("VA-2025; WIA 51, WIA 61"),
            Rule::BackpayDifference => policy("VA-2025"),
            Rule::BackPayment => policy("VA-2025"),
            Rule::NotReclaimed => policy("NR-2025"),
            Rule::OverpaymentRecovered => policy("VA-2025; WIA 77"),
            Rule::StatutoryInterest => law("Awb 4:98, Awb 4:102 lid 4, BW 6:119"),
            Rule::NewMonthlyAmount => policy("VA-2025"),
            // Lowering a too-high benefit from the correction date was still undecided between
            // UWV and the ministry in autumn 2025 (seed 001): Helder computes it, as a
            // calculation awaiting that decision (RULES §6, issue 16 item 6).
            Rule::NewMonthlyAmountLowered => helder("VA-2025"),
            Rule::PenaltyStart => law("Awb 4:17 lid 3"),
            Rule::PenaltyDays => law("Awb 4:17 lid 1"),
            Rule::PenaltyAmount => law("Awb 4:17 lid 2, Awb 4:17 lid 6"),
            Rule::DecidedAmount => law("Awb 1:3"),
            Rule::DecisionDifference => law("Awb 1:3"),
            Rule::ObjectionDeadline => law("Awb 6:7, Awb 6:8, Atw 1"),
            // Holding what UWV told against the calculation: the lesson of the 2021 repair, where
            // clients were told of a waiver before their file was reviewed.
            Rule::ToldDifference => helder("HERSTEL-2021"),
        }
    }

    /// The letter of the trace section this rule's figures belong to (trace ids read `D3`, `W2`).
    pub fn section(self) -> Section {
        match self {
            Rule::WaitingPeriodEnd
            | Rule::BenefitStart
            | Rule::NoticeDue
            | Rule::ApplicationDeadline
            | Rule::DecisionDue
            | Rule::DecisionDueAfterLoonsanctie => Section::Dates,
            Rule::ReferencePeriod
            | Rule::WageTotal
            | Rule::WagelessMonths
            | Rule::Divisor
            | Rule::DagloonUncapped
            | Rule::IndexationToStart
            | Rule::MaximumDagloon
            | Rule::DagloonAtStart
            | Rule::IncomeRatio
            | Rule::Maandloon => Section::Dagloon,
            Rule::IndexationRunning
            | Rule::LguDuration
            | Rule::BenefitIva
            | Rule::BenefitLgu
            | Rule::BenefitLau
            | Rule::BenefitVvu
            | Rule::BenefitVvuAssumed
            | Rule::BenefitNone => Section::Benefit,
            Rule::AdvancePaidTotal
            | Rule::AdvanceEntitledTotal
            | Rule::AdvanceMonthDifference
            | Rule::AdvanceOverpayment
            | Rule::AdvanceUnderpayment
            | Rule::WwOffset
            | Rule::IncomePart => Section::Advance,
            Rule::WaiverScope
            | Rule::WaiverApplies
            | Rule::Waived
            | Rule::ToRepay
            | Rule::AlreadyRepaid
            | Rule::Refund
            | Rule::StillOpen
            | Rule::TaxCompensation
            | Rule::WaiverRoute => Section::Waiver,
            Rule::BackpayOutcome
            | Rule::DagloonAsSet
            | Rule::BackpayPaid
            | Rule::BackpayDue
            | Rule::BackpayDifference
            | Rule::BackPayment
            | Rule::NotReclaimed
            | Rule::OverpaymentRecovered
            | Rule::StatutoryInterest
            | Rule::NewMonthlyAmount
            | Rule::NewMonthlyAmountLowered => Section::Backpay,
            Rule::PenaltyStart | Rule::PenaltyDays | Rule::PenaltyAmount => Section::Penalty,
            Rule::DecidedAmount | Rule::DecisionDifference | Rule::ObjectionDeadline | Rule::ToldDifference => {
                Section::Decisions
            }
        }
    }

    /// The stable serialized name.
    pub fn name(self) -> &'static str {
        match self {
            Rule::WaitingPeriodEnd => "waiting_period_end",
            Rule::BenefitStart => "benefit_start",
            Rule::NoticeDue => "notice_due",
            Rule::ApplicationDeadline => "application_deadline",
            Rule::DecisionDue => "decision_due",
            Rule::DecisionDueAfterLoonsanctie => "decision_due_after_loonsanctie",
            Rule::ReferencePeriod => "reference_period",
            Rule::WageTotal => "wage_total",
            Rule::WagelessMonths => "wageless_months",
            Rule::Divisor => "divisor",
            Rule::DagloonUncapped => "dagloon_uncapped",
            Rule::IndexationToStart => "indexation_to_start",
            Rule::MaximumDagloon => "maximum_dagloon",
            Rule::DagloonAtStart => "dagloon_at_start",
            Rule::IncomeRatio => "income_ratio",
            Rule::Maandloon => "maandloon",
            Rule::IndexationRunning => "indexation_running",
            Rule::LguDuration => "lgu_duration",
            Rule::BenefitIva => "benefit_iva",
            Rule::BenefitLgu => "benefit_lgu",
            Rule::BenefitLau => "benefit_lau",
            Rule::BenefitVvu => "benefit_vvu",
            Rule::BenefitVvuAssumed => "benefit_vvu_assumed",
            Rule::BenefitNone => "benefit_none",
            Rule::AdvancePaidTotal => "advance_paid_total",
            Rule::AdvanceEntitledTotal => "advance_entitled_total",
            Rule::AdvanceMonthDifference => "advance_month_difference",
            Rule::AdvanceOverpayment => "advance_overpayment",
            Rule::AdvanceUnderpayment => "advance_underpayment",
            Rule::WwOffset => "ww_offset",
            Rule::IncomePart => "income_part",
            Rule::WaiverScope => "waiver_scope",
            Rule::WaiverApplies => "waiver_applies",
            Rule::Waived => "waived",
            Rule::ToRepay => "to_repay",
            Rule::AlreadyRepaid => "already_repaid",
            Rule::Refund => "refund",
            Rule::StillOpen => "still_open",
            Rule::TaxCompensation => "tax_compensation",
            Rule::WaiverRoute => "waiver_route",
            Rule::BackpayOutcome => "backpay_outcome",
            Rule::DagloonAsSet => "dagloon_as_set",
            Rule::BackpayPaid => "backpay_paid",
            Rule::BackpayDue => "backpay_due",
            Rule::BackpayDifference => "backpay_difference",
            Rule::BackPayment => "back_payment",
            Rule::NotReclaimed => "not_reclaimed",
            Rule::OverpaymentRecovered => "overpayment_recovered",
            Rule::StatutoryInterest => "statutory_interest",
            Rule::NewMonthlyAmount => "new_monthly_amount",
            Rule::NewMonthlyAmountLowered => "new_monthly_amount_lowered",
            Rule::PenaltyStart => "penalty_start",
            Rule::PenaltyDays => "penalty_days",
            Rule::PenaltyAmount => "penalty_amount",
            Rule::DecidedAmount => "decided_amount",
            Rule::DecisionDifference => "decision_difference",
            Rule::ObjectionDeadline => "objection_deadline",
            Rule::ToldDifference => "told_difference",
        }
    }
}

/// The sections of the result; each has its own trace-id letter.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Section {
    Dates,
    Dagloon,
    Benefit,
    Advance,
    Waiver,
    Backpay,
    Penalty,
    Decisions,
}

impl Section {
    pub const ALL: [Section; 8] = [
        Section::Dates,
        Section::Dagloon,
        Section::Benefit,
        Section::Advance,
        Section::Waiver,
        Section::Backpay,
        Section::Penalty,
        Section::Decisions,
    ];

    /// T(ermijnen), D(agloon), B(enefit), A(dvance/voorschot), W(aiver), N(abetaling), P(enalty),
    /// U(WV's decisions).
    pub fn letter(self) -> char {
        match self {
            Section::Dates => 'T',
            Section::Dagloon => 'D',
            Section::Benefit => 'B',
            Section::Advance => 'A',
            Section::Waiver => 'W',
            Section::Backpay => 'N',
            Section::Penalty => 'P',
            Section::Decisions => 'U',
        }
    }

    pub fn index(self) -> usize {
        match self {
            Section::Dates => 0,
            Section::Dagloon => 1,
            Section::Benefit => 2,
            Section::Advance => 3,
            Section::Waiver => 4,
            Section::Backpay => 5,
            Section::Penalty => 6,
            Section::Decisions => 7,
        }
    }
}
