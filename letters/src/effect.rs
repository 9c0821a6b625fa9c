//! The effect of "Dit klopt niet" on the screen: what the client's own value for a month's Polis
//! wage would change, as an estimate. The same computation as the correction letter (core's
//! result of the case with the client's value, `client::estimate`), so the screen and the letter
//! cannot disagree: the dagloon at the start, the benefit of the result's last month and the back
//! payment, each now, estimated and their difference (estimate − now).

use helder_core::Euro;
use helder_core::contract::parse_amount;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::LetterError;

/// What the client's value would change.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Effect {
    /// `YYYY-MM`.
    pub month: String,
    /// The Polis wage the case holds for the month (`0.00` when none).
    pub polis: String,
    /// The wage the client says is right.
    pub value: String,
    /// Each figure the value changes (or not), now and estimated.
    pub figures: Vec<EffectFigure>,
}

/// One figure of the result, now and with the client's value.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EffectFigure {
    /// `dagloon`, `benefit_month` or `backpay`.
    pub name: String,
    /// The result field the current amount is read from (a JSON pointer).
    pub figure: String,
    /// For `benefit_month`: the month (`YYYY-MM`).
    pub month: Option<String>,
    /// Helder's calculation now (or UWV's decision, as the result says).
    pub current: String,
    /// Core's result with the client's value: an estimate.
    pub estimate: String,
    /// `estimate − current`.
    pub difference: String,
}

/// The effect of `value` as the Polis wage of `month` on `result`, the result of `case_json`.
pub fn correction_effect(
    result: &helder_core::ResultDocument,
    case_json: &str,
    month: &str,
    value: Euro,
) -> Result<Effect, LetterError> {
    if result.dagloon.is_none() {
        return Err(LetterError::NotApplicable(crate::Kind::Correction.code()));
    }
    let current = serde_json::to_value(result).map_err(|e| LetterError::Case(e.to_string()))?;
    let (polis, estimate) = crate::client::estimate(case_json, month, value)?;
    let mut figures = vec![figure("dagloon", &current, &estimate, "/dagloon/at_start", "/dagloon/at_start", None)?];
    if let Some(benefit) = &result.benefit
        && let Some((index, last)) = benefit.months.iter().enumerate().next_back()
    {
        let wanted = last.month.to_string();
        let estimated = estimate
            .pointer("/benefit/months")
            .and_then(Value::as_array)
            .and_then(|months| months.iter().position(|m| m["month"] == wanted.as_str()));
        if let Some(estimated) = estimated {
            figures.push(figure(
                "benefit_month",
                &current,
                &estimate,
                &format!("/benefit/months/{index}/amount"),
                &format!("/benefit/months/{estimated}/amount"),
                Some(wanted),
            )?);
        }
    }
    if result.backpay.is_some() && estimate.pointer("/backpay/amount").is_some() {
        figures.push(figure("backpay", &current, &estimate, "/backpay/amount", "/backpay/amount", None)?);
    }
    Ok(Effect { month: month.to_owned(), polis, value: value.to_string(), figures })
}

fn figure(
    name: &str,
    current: &Value,
    estimate: &Value,
    at: &str,
    estimated_at: &str,
    month: Option<String>,
) -> Result<EffectFigure, LetterError> {
    let read = |document: &Value, pointer: &str| {
        document
            .pointer(pointer)
            .and_then(Value::as_str)
            .and_then(parse_amount)
            .ok_or_else(|| LetterError::MissingFigure(pointer.to_owned()))
    };
    let (now, estimated) = (read(current, at)?, read(estimate, estimated_at)?);
    Ok(EffectFigure {
        name: name.to_owned(),
        figure: at.to_owned(),
        month,
        current: now.to_string(),
        estimate: estimated.to_string(),
        difference: (estimated - now).to_string(),
    })
}
