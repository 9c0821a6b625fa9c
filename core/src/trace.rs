//! The derivation of every figure. A figure is made by `Trace::record`, which stores the rule,
//! its inputs and the value and hands the value back: the trace cannot drift from the number,
//! because the number only exists by being recorded.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use std::fmt;

use crate::calendar::{Month, format_date};
use crate::money::Euro;
use crate::params::{Confidence, Dated};
use crate::rules::{Rule, Section};

/// A trace line reference such as `D3`: section letter and number within the section.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct TraceId {
    pub section: Section,
    pub number: u16,
}

impl fmt::Display for TraceId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}{}", self.section.letter(), self.number)
    }
}

/// A value in the trace, rendered to text only when the result is serialized.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Euro(Euro),
    Count(i64),
    Date(NaiveDate),
    Month(Month),
    /// A percentage, e.g. 1.35 for 1.35 %.
    Percent(Decimal),
    /// An unrounded quotient or ratio, shown as computed.
    Decimal(Decimal),
    Flag(bool),
    Code(&'static str),
    Months(Vec<Month>),
    Years(Vec<i32>),
    Nothing,
}

impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Euro(euro) => write!(f, "{euro}"),
            Value::Count(count) => write!(f, "{count}"),
            Value::Date(date) => f.write_str(&format_date(*date)),
            Value::Month(month) => write!(f, "{month}"),
            Value::Percent(percent) => write!(f, "{}", percent.normalize()),
            Value::Decimal(value) => write!(f, "{}", value.normalize()),
            Value::Flag(flag) => write!(f, "{flag}"),
            Value::Code(code) => f.write_str(code),
            Value::Months(months) => {
                let listed: Vec<String> = months.iter().map(Month::to_string).collect();
                f.write_str(&listed.join(","))
            }
            Value::Years(years) => {
                let listed: Vec<String> = years.iter().map(i32::to_string).collect();
                f.write_str(&listed.join(","))
            }
            Value::Nothing => f.write_str("-"),
        }
    }
}

/// A parameter used by a rule: its value's source and confidence go into the trace so an
/// estimate (confidence E) is visible wherever it changes a figure.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ParameterUse {
    pub from: NaiveDate,
    pub source: &'static str,
    pub confidence: Confidence,
}

impl<T> From<&Dated<T>> for ParameterUse {
    fn from(dated: &Dated<T>) -> ParameterUse {
        ParameterUse { from: dated.from, source: dated.source, confidence: dated.confidence }
    }
}

/// One named input of a rule: a fact, an earlier figure (with its trace id) or a parameter.
#[derive(Clone, Debug, PartialEq)]
pub struct Input {
    pub name: &'static str,
    pub value: Value,
    pub trace: Option<TraceId>,
    pub parameter: Option<ParameterUse>,
}

impl Input {
    /// A fact from the case document or a constant of the rule.
    pub fn fact(name: &'static str, value: Value) -> Input {
        Input { name, value, trace: None, parameter: None }
    }

    /// An earlier figure, referred to by its trace id.
    pub fn figure<T: Clone + Into<Value>>(name: &'static str, figure: &Traced<T>) -> Input {
        Input { name, value: figure.value.clone().into(), trace: Some(figure.id), parameter: None }
    }

    /// A value from the dated parameter table.
    pub fn parameter<T>(name: &'static str, value: Value, dated: &Dated<T>) -> Input {
        Input { name, value, trace: None, parameter: Some(dated.into()) }
    }
}

/// One line of the derivation.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    pub id: TraceId,
    pub rule: Rule,
    /// The JSON pointer of the result field this line produced, when it is one.
    pub figure: Option<String>,
    pub inputs: Vec<Input>,
    pub value: Value,
}

impl Entry {
    /// True when an estimated (confidence E) parameter fed this line directly.
    pub fn uses_estimate(&self) -> bool {
        self.inputs.iter().any(|input| input.parameter.is_some_and(|p| p.confidence == Confidence::Estimate))
    }
}

/// A value together with the trace line that made it.
#[derive(Clone, Debug, PartialEq)]
pub struct Traced<T> {
    pub value: T,
    pub id: TraceId,
}

/// The recorder. Ids are numbered per section in the order figures are made.
#[derive(Debug, Default)]
pub struct Trace {
    entries: Vec<Entry>,
    counters: [u16; 7],
}

impl Trace {
    pub fn new() -> Trace {
        Trace { entries: Vec::with_capacity(128), counters: [0; 7] }
    }

    /// Records `value` as made by `rule` from `inputs`, for the result field `figure` (a JSON
    /// pointer, or `None` for an intermediate step), and returns it with its trace id.
    pub fn record<T: Clone + Into<Value>>(
        &mut self,
        rule: Rule,
        figure: Option<String>,
        value: T,
        inputs: Vec<Input>,
    ) -> Traced<T> {
        let section = rule.section();
        let counter = &mut self.counters[section.index()];
        *counter = counter.saturating_add(1);
        let id = TraceId { section, number: *counter };
        self.entries.push(Entry { id, rule, figure, inputs, value: value.clone().into() });
        Traced { value, id }
    }

    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    pub fn into_entries(self) -> Vec<Entry> {
        self.entries
    }
}

impl From<Euro> for Value {
    fn from(value: Euro) -> Value {
        Value::Euro(value)
    }
}
impl From<NaiveDate> for Value {
    fn from(value: NaiveDate) -> Value {
        Value::Date(value)
    }
}
impl From<Month> for Value {
    fn from(value: Month) -> Value {
        Value::Month(value)
    }
}
impl From<bool> for Value {
    fn from(value: bool) -> Value {
        Value::Flag(value)
    }
}
impl From<u32> for Value {
    fn from(value: u32) -> Value {
        Value::Count(i64::from(value))
    }
}
impl From<i64> for Value {
    fn from(value: i64) -> Value {
        Value::Count(value)
    }
}
impl From<Decimal> for Value {
    fn from(value: Decimal) -> Value {
        Value::Decimal(value)
    }
}
impl From<&'static str> for Value {
    fn from(value: &'static str) -> Value {
        Value::Code(value)
    }
}
impl From<Vec<Month>> for Value {
    fn from(value: Vec<Month>) -> Value {
        Value::Months(value)
    }
}
impl From<Vec<i32>> for Value {
    fn from(value: Vec<i32>) -> Value {
        Value::Years(value)
    }
}
impl<T: Into<Value>> From<Option<T>> for Value {
    fn from(value: Option<T>) -> Value {
        value.map_or(Value::Nothing, Into::into)
    }
}
