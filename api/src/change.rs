//! `GET /api/v1/cases/{case_id}/changes`: what changed between the stored versions of a case
//! (issue 17). The difference is core's `change::Difference` itself and the sentences are
//! helder-explain's; `schema` mirrors their serialized form for the OpenAPI document (core and
//! explain carry no schema derives), and the server's `openapi` tests round-trip the golden pair
//! through it.

use serde::{Deserialize, Serialize};

pub use helder_core::change::Difference;
pub use helder_explain::ChangeSentence;

/// One stored version of a case and what changed from the version before it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CaseChange {
    pub version: i64,
    /// When the version was stored (RFC 3339, UTC): the date of the change.
    pub created_at: String,
    /// One sentence per headline figure that changed, in the language asked; empty for the
    /// first version, and when no headline figure changed.
    #[cfg_attr(feature = "openapi", schema(value_type = Vec<schema::ChangeSentence>))]
    pub sentences: Vec<ChangeSentence>,
    /// Helder's calculation of the cent-exact difference from the version before (core's
    /// change: figures, causes and the changed trace lines); `null` for the first version.
    #[cfg_attr(feature = "openapi", schema(value_type = Option<schema::Difference>))]
    pub difference: Option<Difference>,
}

/// The OpenAPI mirror of core's `change::Difference` and explain's `ChangeSentence`, field by
/// field (docs/domain/CHANGES.md).
#[cfg(feature = "openapi")]
pub mod schema {
    use serde::{Deserialize, Serialize};
    use utoipa::ToSchema;

    use crate::schema::{Date, Money, Month};

    /// A changed figure in words.
    #[derive(Clone, Debug, Serialize, Deserialize, ToSchema)]
    #[serde(deny_unknown_fields)]
    pub struct ChangeSentence {
        /// The result field, e.g. `/backpay/amount`.
        pub figure: String,
        pub text: String,
    }

    /// The difference from an older version of a case to a newer one.
    #[derive(Clone, Debug, Serialize, Deserialize, ToSchema)]
    #[serde(deny_unknown_fields)]
    pub struct Difference {
        /// The rules version of the older and the newer result.
        pub rules_old: String,
        pub rules_new: String,
        /// What differs between the versions' facts, decisions and parameters.
        pub causes: Vec<Cause>,
        /// Every money figure whose amount or provenance changed, in trace order.
        pub figures: Vec<FigureChange>,
        /// Every trace line that changed (value or inputs).
        pub lines: Vec<LineChange>,
    }

    /// A money figure of the result that changed.
    #[derive(Clone, Debug, Serialize, Deserialize, ToSchema)]
    #[serde(deny_unknown_fields)]
    pub struct FigureChange {
        /// The result field, a JSON pointer such as `/backpay/amount`.
        pub figure: String,
        pub rule: String,
        pub trace_old: Option<String>,
        pub trace_new: Option<String>,
        pub old: Option<Money>,
        pub new: Option<Money>,
        /// `new − old`, an absent figure counting as 0.00.
        pub change: Money,
        /// `decided`, `calculated` or `estimate` in each version.
        pub provenance_old: Option<String>,
        pub provenance_new: Option<String>,
        /// Indices into `causes`.
        pub causes: Vec<usize>,
    }

    /// A trace line that differs: its value or its inputs.
    #[derive(Clone, Debug, Serialize, Deserialize, ToSchema)]
    #[serde(deny_unknown_fields)]
    pub struct LineChange {
        pub id_old: Option<String>,
        pub id_new: Option<String>,
        pub rule: String,
        pub figure: Option<String>,
        pub value_old: Option<String>,
        pub value_new: Option<String>,
    }

    /// Why a figure changed.
    #[derive(Clone, Debug, Serialize, Deserialize, ToSchema)]
    #[serde(tag = "cause", rename_all = "snake_case", deny_unknown_fields)]
    pub enum Cause {
        /// An amount per month in the facts. `fact`: `wage`, `income`, `ww`, `advance_paid` or
        /// `benefit_paid`.
        MonthAmount { fact: String, month: Month, old: Option<Money>, new: Option<Money> },
        /// Another fact of the case, by name (`correction_date`, `holiday_pay`, …).
        Fact { fact: String },
        /// A decision letter of UWV is in the newer version only.
        DecisionAdded { decision: String, date: Date, reference: String },
        /// A decision letter of UWV is in the older version only.
        DecisionRemoved { decision: String, date: Date, reference: String },
        /// A legal parameter used by a trace line has another value or source.
        Parameter { name: String, old: Option<String>, new: Option<String>, source: Option<String> },
        /// The rules changed without a changed parameter.
        Rules { old: String, new: String },
    }
}
