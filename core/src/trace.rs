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

impl TraceId {
    /// `D3` as a `String`, natively without the formatting machinery (`Trace::lines` makes one
    /// per line and per cited input: hundreds per result); in the browser as `Display` writes it
    /// (see `digits`).
    pub fn text(self) -> String {
        match crate::digits::natural(u64::from(self.number)) {
            Some(number) => {
                let mut text = String::with_capacity(6);
                text.push(self.section.letter());
                text.push_str(number.as_str());
                text
            }
            None => text_of(self, 6),
        }
    }
}

/// `to_string` with room for the usual text, so the `String` does not grow step by step.
fn text_of(value: impl fmt::Display, room: usize) -> String {
    use fmt::Write;
    let mut text = String::with_capacity(room);
    let _ = write!(text, "{value}");
    text
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
    /// Text of the case itself, e.g. a decision letter's reference. (Boxed slices, not
    /// vectors: a `Value` is 24 bytes, and every trace input holds one.)
    Text(Box<str>),
    Months(Box<[Month]>),
    Years(Box<[i32]>),
    Nothing,
}

impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            // The common values straight to text (`digits`), not through `write!`.
            Value::Euro(euro) => fmt::Display::fmt(euro, f),
            Value::Count(count) => match crate::digits::integer(*count) {
                Some(digits) => f.write_str(digits.as_str()),
                None => write!(f, "{count}"),
            },
            Value::Date(date) => match crate::digits::date(*date) {
                Some(digits) => f.write_str(digits.as_str()),
                None => f.write_str(&format_date(*date)),
            },
            Value::Month(month) => fmt::Display::fmt(month, f),
            Value::Percent(percent) => write!(f, "{}", percent.normalize()),
            Value::Decimal(value) => write!(f, "{}", value.normalize()),
            Value::Flag(flag) => f.write_str(if *flag { "true" } else { "false" }),
            Value::Code(code) => f.write_str(code),
            Value::Text(text) => f.write_str(text),
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
    /// The table entry's own `source` field, borrowed: 8 bytes in every input instead of 16.
    source: &'static &'static str,
    pub confidence: Confidence,
}

impl ParameterUse {
    pub fn source(self) -> &'static str {
        self.source
    }
}

impl<T> From<&'static Dated<T>> for ParameterUse {
    fn from(dated: &'static Dated<T>) -> ParameterUse {
        ParameterUse { from: dated.from, source: &dated.source, confidence: dated.confidence }
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
    pub fn parameter<T>(name: &'static str, value: Value, dated: &'static Dated<T>) -> Input {
        Input { name, value, trace: None, parameter: Some(dated.into()) }
    }
}

/// The JSON pointer of the result field a trace line produced, without allocating.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Figure {
    /// A fixed field, e.g. `/dagloon/at_start`.
    Path(&'static str),
    /// A field of a list entry, e.g. `/benefit/months/3/amount`.
    Indexed { list: &'static str, index: usize, field: &'static str },
    /// A field of an entry of a list inside a list entry, e.g. `/decisions/0/amounts/1/decided`.
    Nested { list: &'static str, index: usize, inner: &'static str, inner_index: usize, field: &'static str },
}

impl fmt::Display for Figure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Figure::Path(path) => f.write_str(path),
            Figure::Indexed { list, index, field } => match crate::digits::index(*index) {
                Some(index) => {
                    for part in [list, "/", index.as_str(), "/", field] {
                        f.write_str(part)?;
                    }
                    Ok(())
                }
                None => write!(f, "{list}/{index}/{field}"),
            },
            Figure::Nested { list, index, inner, inner_index, field } => {
                match (crate::digits::index(*index), crate::digits::index(*inner_index)) {
                    (Some(index), Some(inner_index)) => {
                        for part in [list, "/", index.as_str(), "/", inner, "/", inner_index.as_str(), "/", field] {
                            f.write_str(part)?;
                        }
                        Ok(())
                    }
                    _ => write!(f, "{list}/{index}/{inner}/{inner_index}/{field}"),
                }
            }
        }
    }
}

/// `Some(Figure::Path(path))`: the usual way to name the figure a line makes.
pub fn at(path: &'static str) -> Option<Figure> {
    Some(Figure::Path(path))
}

/// Who stands behind a figure: UWV decided it, Helder calculated it (UWV has not decided it, or
/// decided another amount), or it rests on an estimate (a parameter of confidence E).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Provenance {
    Calculated,
    Estimate,
    /// Decided by UWV: the index of the decision in the trace's register (`Trace::decision`).
    Decided(usize),
}

impl Provenance {
    /// `calculated`, `estimate` or `decided`, as the result's `trace[].provenance`.
    pub fn code(self) -> &'static str {
        match self {
            Provenance::Calculated => "calculated",
            Provenance::Estimate => "estimate",
            Provenance::Decided(_) => "decided",
        }
    }
}

/// A decision of UWV a figure can be traced to: the letter's kind, date and reference.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DecisionRef {
    pub kind: &'static str,
    pub date: NaiveDate,
    pub reference: String,
}

/// One line of the derivation. Its inputs live in the trace's arena (`Trace::inputs_of`).
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    pub id: TraceId,
    pub rule: Rule,
    /// The result field this line produced, when it is one.
    pub figure: Option<Figure>,
    inputs: std::ops::Range<usize>,
    pub value: Value,
    /// Set when the line is recorded: an estimate when an input is (or rests on) one.
    pub provenance: Provenance,
}

/// A value together with the trace line that made it.
#[derive(Clone, Debug, PartialEq)]
pub struct Traced<T> {
    pub value: T,
    pub id: TraceId,
}

/// The recorder. Ids are numbered per section in the order figures are made. All inputs share
/// one arena, so recording a line allocates nothing in the common case.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Trace {
    entries: Vec<Entry>,
    inputs: Vec<Input>,
    counters: [u16; 8],
    /// Lines whose provenance is `estimate`, so a line fed by one is an estimate too: one bit
    /// per line number, per section (a set, so the check per input is O(1)).
    estimated: [Vec<u64>; 8],
    /// (line, input) of every input that is a parameter of confidence E, in recording order:
    /// the result's `estimates`, without a pass over every input afterwards.
    estimated_parameters: Vec<(usize, usize)>,
    decisions: Vec<DecisionRef>,
    /// A what-if: the decision is assumed, so every line is an estimate.
    assumed: bool,
}

impl Trace {
    pub fn new() -> Trace {
        Trace {
            entries: Vec::with_capacity(320),
            inputs: Vec::with_capacity(1600),
            counters: [0; 8],
            estimated: Default::default(),
            estimated_parameters: Vec::new(),
            decisions: Vec::new(),
            assumed: false,
        }
    }

    /// The recorder for a what-if case (an assumed decision): every line it records is an
    /// estimate.
    pub fn assumed() -> Trace {
        Trace { assumed: true, ..Trace::new() }
    }

    /// Records `value` as made by `rule` from `inputs`, for the result field `figure` (`None`
    /// for an intermediate step), and returns it with its trace id.
    pub fn record<T: Clone + Into<Value>>(
        &mut self,
        rule: Rule,
        figure: Option<Figure>,
        value: T,
        inputs: impl IntoIterator<Item = Input>,
    ) -> Traced<T> {
        let first = self.inputs.len();
        self.inputs.extend(inputs);
        let id = self.push_line(rule, figure, value.clone().into(), first);
        Traced { value, id }
    }

    /// `record` for inputs gathered in a buffer the caller reuses: moved over in one copy
    /// (`Vec::append`), leaving the buffer empty.
    pub fn record_moving<T: Clone + Into<Value>>(
        &mut self,
        rule: Rule,
        figure: Option<Figure>,
        value: T,
        inputs: &mut Vec<Input>,
    ) -> Traced<T> {
        let first = self.inputs.len();
        self.inputs.append(inputs);
        let id = self.push_line(rule, figure, value.clone().into(), first);
        Traced { value, id }
    }

    /// The line for the inputs from `first` on, not generic: `record` is instantiated for every
    /// value type and input array length, and keeping this out of it keeps the WASM small.
    fn push_line(&mut self, rule: Rule, figure: Option<Figure>, value: Value, first: usize) -> TraceId {
        let section = rule.section();
        let counter = &mut self.counters[section.index()];
        *counter = counter.saturating_add(1);
        let id = TraceId { section, number: *counter };
        let mut estimate = self.assumed;
        for (offset, input) in self.inputs.get(first..).unwrap_or(&[]).iter().enumerate() {
            if input.parameter.is_some_and(|p| p.confidence == Confidence::Estimate) {
                self.estimated_parameters.push((self.entries.len(), first + offset));
                estimate = true;
            } else if !estimate && input.trace.is_some_and(|line| self.is_estimated(line)) {
                estimate = true;
            }
        }
        let provenance = if estimate {
            self.set_estimated(id, true);
            Provenance::Estimate
        } else {
            Provenance::Calculated
        };
        self.entries.push(Entry { id, rule, figure, inputs: first..self.inputs.len(), value, provenance });
        id
    }

    /// Records a figure UWV decided: `value` is the amount in the decision letter, and the
    /// line's provenance is `decided` with the letter's date and reference.
    pub fn record_decided<T: Clone + Into<Value>>(
        &mut self,
        rule: Rule,
        figure: Option<Figure>,
        value: T,
        inputs: impl IntoIterator<Item = Input>,
        decision: &DecisionRef,
    ) -> Traced<T> {
        let traced = self.record(rule, figure, value, inputs);
        let register = self.register(decision);
        if let Some(entry) = self.entries.last_mut() {
            entry.provenance = Provenance::Decided(register);
        }
        self.set_estimated(traced.id, false);
        traced
    }

    /// Marks the calculated line `id` as decided: UWV decided exactly the amount Helder
    /// calculated. The decision code calls this where it compares the two, as it records the
    /// comparison.
    pub fn confirm(&mut self, id: TraceId, decision: &DecisionRef) {
        let register = self.register(decision);
        if let Some(entry) = self.entries.iter_mut().find(|entry| entry.id == id) {
            entry.provenance = Provenance::Decided(register);
        }
        self.set_estimated(id, false);
    }

    fn is_estimated(&self, id: TraceId) -> bool {
        let number = usize::from(id.number);
        self.estimated[id.section.index()].get(number / 64).is_some_and(|bits| bits & (1 << (number % 64)) != 0)
    }

    fn set_estimated(&mut self, id: TraceId, estimated: bool) {
        let number = usize::from(id.number);
        let bits = &mut self.estimated[id.section.index()];
        if estimated && bits.len() <= number / 64 {
            bits.resize(number / 64 + 1, 0);
        }
        if let Some(word) = bits.get_mut(number / 64) {
            if estimated {
                *word |= 1 << (number % 64);
            } else {
                *word &= !(1 << (number % 64));
            }
        }
    }

    fn register(&mut self, decision: &DecisionRef) -> usize {
        match self.decisions.iter().position(|known| known == decision) {
            Some(index) => index,
            None => {
                self.decisions.push(decision.clone());
                self.decisions.len() - 1
            }
        }
    }

    /// The line that made the result field `figure` (a JSON pointer), if any.
    pub fn line_of(&self, figure: &str) -> Option<&Entry> {
        self.entries.iter().find(|entry| entry.figure.is_some_and(|made| made.to_string() == figure))
    }

    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    pub fn inputs_of(&self, entry: &Entry) -> &[Input] {
        self.inputs.get(entry.inputs.clone()).unwrap_or(&[])
    }

    /// Lines fed directly by an estimated (confidence E) parameter, with that parameter.
    pub fn estimates(&self) -> impl Iterator<Item = (&Entry, ParameterUse)> {
        self.estimated_parameters
            .iter()
            .filter_map(|&(entry, input)| Some((self.entries.get(entry)?, self.inputs.get(input)?.parameter?)))
    }
}

/// Serialized as the contract's `trace[]`: formatted straight into the output, field for field
/// the same as `contract::TraceLine`, which reads it back.
impl serde::Serialize for Trace {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeSeq;
        let mut seq = serializer.serialize_seq(Some(self.entries.len()))?;
        for entry in &self.entries {
            let decision = match entry.provenance {
                Provenance::Decided(index) => self.decisions.get(index),
                _ => None,
            };
            seq.serialize_element(&EntryView { entry, inputs: self.inputs_of(entry), decision })?;
        }
        seq.end()
    }
}

/// The contract's `trace[]` built straight from the recorded lines, field for field what the
/// `Serialize` impl above writes and `contract::TraceLine` reads back, without a JSON round trip
/// (`ResultDocument::into_lines`; `recompute --diff` calls it for every stored case).
impl Trace {
    pub fn lines(&self) -> Vec<crate::contract::TraceLine> {
        use crate::contract::{TraceDecision, TraceInput, TraceLine};
        use std::borrow::Cow;
        self.entries
            .iter()
            .map(|entry| {
                let citation = entry.rule.citation();
                let decision = match entry.provenance {
                    Provenance::Decided(index) => self.decisions.get(index),
                    _ => None,
                };
                TraceLine {
                    id: entry.id.text(),
                    rule: Cow::Borrowed(entry.rule.name()),
                    source: Cow::Borrowed(citation.source),
                    basis: Cow::Borrowed(citation.kind.code()),
                    figure: entry.figure.map(|figure| text_of(figure, 48)),
                    inputs: self
                        .inputs_of(entry)
                        .iter()
                        .map(|input| TraceInput {
                            name: Cow::Borrowed(input.name),
                            value: text_of(&input.value, 16),
                            trace: input.trace.map(TraceId::text),
                            source: input.parameter.map(|parameter| Cow::Borrowed(parameter.source())),
                            confidence: input.parameter.map(|parameter| Cow::Borrowed(parameter.confidence.code())),
                        })
                        .collect(),
                    value: text_of(&entry.value, 16),
                    provenance: entry.figure.map(|_| Cow::Borrowed(entry.provenance.code())),
                    decision: decision.map(|decision| TraceDecision {
                        kind: Cow::Borrowed(decision.kind),
                        date: decision.date,
                        reference: decision.reference.clone(),
                    }),
                }
            })
            .collect()
    }
}

struct EntryView<'a> {
    entry: &'a Entry,
    inputs: &'a [Input],
    decision: Option<&'a DecisionRef>,
}

/// Serializes anything `Display` as a JSON string without an intermediate `String`.
struct Text<T>(T);

impl<T: fmt::Display> serde::Serialize for Text<T> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(&self.0)
    }
}

impl serde::Serialize for EntryView<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let entry = self.entry;
        let citation = entry.rule.citation();
        let mut line = serializer.serialize_struct("TraceLine", 9)?;
        line.serialize_field("id", &Text(entry.id))?;
        line.serialize_field("rule", entry.rule.name())?;
        line.serialize_field("source", citation.source)?;
        line.serialize_field("basis", citation.kind.code())?;
        match entry.figure {
            Some(figure) => line.serialize_field("figure", &Text(figure))?,
            None => line.skip_field("figure")?,
        }
        line.serialize_field("inputs", &InputsView(self.inputs))?;
        line.serialize_field("value", &Text(&entry.value))?;
        // Every result figure says who stands behind it; intermediate steps are Helder's.
        match entry.figure {
            Some(_) => line.serialize_field("provenance", entry.provenance.code())?,
            None => line.skip_field("provenance")?,
        }
        match self.decision {
            Some(decision) => line.serialize_field("decision", &DecisionView(decision))?,
            None => line.skip_field("decision")?,
        }
        line.end()
    }
}

struct DecisionView<'a>(&'a DecisionRef);

impl serde::Serialize for DecisionView<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut fields = serializer.serialize_struct("TraceDecision", 3)?;
        fields.serialize_field("kind", self.0.kind)?;
        fields.serialize_field("date", &Text(format_date(self.0.date)))?;
        fields.serialize_field("reference", &self.0.reference)?;
        fields.end()
    }
}

struct InputsView<'a>(&'a [Input]);

impl serde::Serialize for InputsView<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::{SerializeSeq, SerializeStruct};
        let mut seq = serializer.serialize_seq(Some(self.0.len()))?;
        for input in self.0 {
            seq.serialize_element(&InputView(input))?;
        }
        return seq.end();

        struct InputView<'a>(&'a Input);
        impl serde::Serialize for InputView<'_> {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                let input = self.0;
                let mut fields = serializer.serialize_struct("TraceInput", 5)?;
                fields.serialize_field("name", input.name)?;
                fields.serialize_field("value", &Text(&input.value))?;
                match input.trace {
                    Some(id) => fields.serialize_field("trace", &Text(id))?,
                    None => fields.skip_field("trace")?,
                }
                match input.parameter {
                    Some(parameter) => {
                        fields.serialize_field("source", parameter.source())?;
                        fields.serialize_field("confidence", parameter.confidence.code())?;
                    }
                    None => {
                        fields.skip_field("source")?;
                        fields.skip_field("confidence")?;
                    }
                }
                fields.end()
            }
        }
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
        Value::Months(value.into_boxed_slice())
    }
}
impl From<Vec<i32>> for Value {
    fn from(value: Vec<i32>) -> Value {
        Value::Years(value.into_boxed_slice())
    }
}
impl<T: Into<Value>> From<Option<T>> for Value {
    fn from(value: Option<T>) -> Value {
        value.map_or(Value::Nothing, Into::into)
    }
}

#[cfg(test)]
mod tests;
