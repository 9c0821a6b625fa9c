//! The sentence writer: formats one message with its arguments, explains each legal term at its
//! first use, and records which trace lines every sentence cites.

use chrono::NaiveDate;
use fluent_bundle::{FluentArgs, FluentValue};
use fluent_syntax::ast;
use helder_core::Euro;
use helder_core::calendar::{Month, format_date};
use helder_core::contract::{ResultDocument, TraceLine};
use rustc_hash::{FxHashMap, FxHashSet};

use crate::format::{self, Messages};
use crate::messages::Bundle;
use crate::{Cited, ExplainError, GlossaryEntry, Sentence};

/// Legal terms with a short form, a first-use form and a meaning (`term-<name>[-first|-meaning]`).
pub const TERMS: &[&str] = &[
    "voorschot",
    "kwijtschelding",
    "dagloon",
    "maandloon",
    "nabetaling",
    "loonloze",
    "ingebrekestelling",
    "dwangsom",
    "restitutie",
    "rente",
    "tegemoetkoming",
    "bezwaar",
];

/// Every parameter input that can carry confidence E (an estimate): each needs an
/// `estimate-what-` and an `estimate-affects-` message, so the note names the value.
const ESTIMATED_PARAMETERS: &[&str] = &[
    "index_percent",
    "maximum_dagloon",
    "rate_percent",
    "decision_term_weeks",
    "maximum_days",
    "per_day_1_14",
    "per_day_15_28",
    "per_day_29_42",
    "maximum",
];

/// Message families whose ids the renderer builds from codes (`prefix` + member).
#[cfg_attr(not(test), allow(dead_code))] // the completeness test reads it
pub const FAMILIES: &[(&str, &[&str])] = &[
    ("month-", &["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"]),
    (
        "step-",
        &[
            "sorted",
            "first_check",
            "second_check",
            "expert_team",
            "quality_check",
            "phone_call",
            "decided",
            "sorted-about",
            "first_check-about",
            "second_check-about",
            "expert_team-about",
            "quality_check-about",
            "phone_call-about",
            "decided-about",
        ],
    ),
    ("category-", &["to_check", "no_reason", "loonloze_tijdvakken", "indexering", "opting_in", "aop"]),
    ("estimate-what-", ESTIMATED_PARAMETERS),
    ("estimate-affects-", ESTIMATED_PARAMETERS),
    (
        "event-",
        &[
            "first_sick_day",
            "notice_due-done",
            "notice_due-next",
            "application_received",
            "application_deadline",
            "decision_due-met",
            "decision_due-passed",
            "decision_due-next",
            "decision_due-late",
            "benefit_start-done",
            "benefit_start-next",
            "benefit_start-not_begun",
            "benefit_start-pending",
            "notice_of_default",
            "penalty_start-done",
            "penalty_start-next",
            "advance_start",
            "advance_end",
            "decision_iva",
            "decision_wga",
            "decision_refused",
            "advance_waived",
            "refund-done",
            "refund-next",
            "tax_compensation_claim",
            "correction_effective-done",
            "correction_effective-next",
            "back_payment-done",
            "back_payment-next",
            "letter_advance_settlement",
            "letter_refund",
            "letter_dagloon_correction",
            "letter_penalty",
            "objection_deadline-next",
            "objection_deadline-late",
            "letter-advance",
            "letter-waiver",
            "letter-refund",
            "letter-dagloon",
            "letter-back_payment",
            "letter-penalty",
            "letter-other",
            "call-advance",
            "call-waiver",
            "call-refund",
            "call-dagloon",
            "call-back_payment",
            "call-penalty",
            "call-other",
        ],
    ),
    (
        "waiver-reason-",
        &["late_decision", "promised", "no_overpayment", "decision_in_time", "client_caused", "outside_scope"],
    ),
    ("waiver-route-", &["herstel", "geparkeerd", "regulier"]),
    ("backpay-lead-", &["too_low", "too_high", "correct"]),
    ("title-", &["status", "dagloon", "benefit", "advance", "waiver", "backpay", "penalty"]),
    // The portal's timeline states (`ui-state-<state>`).
    ("ui-state-", crate::timeline::STATES),
    // The provenance tag of a money card (`ui-provenance-<provenance>`, read off `Cited::provenance`;
    // `decided` takes the decision's date and reference). The portal integrates it.
    ("ui-provenance-", &["decided", "calculated", "estimate"]),
    // What each demo client shows, on the demo picker (`ui-demo-shows-<nn>` of `demo-client-<nn>`).
    (
        "ui-demo-shows-",
        &[
            "01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13", "14", "15", "16", "17", "18",
            "19", "20", "21", "22", "23", "24",
        ],
    ),
    ("contact-told-", &["letter", "call"]),
    // Who acts at a step of the timeline (`ui-actor-<actor>`).
    ("ui-actor-", &["client", "uwv", "client-about"]),
    (
        "source-",
        &[
            "WIA",
            "Awb",
            "DLB",
            "Wfsv",
            "BW",
            "CRvB",
            "KB-2021",
            "KB-2024",
            "HERSTEL-2021",
            "VA-2025",
            "NR-2025",
            "VR-2026",
            "Atw",
        ],
    ),
    (
        "term-",
        &[
            "voorschot",
            "voorschot-first",
            "voorschot-meaning",
            "kwijtschelding",
            "kwijtschelding-first",
            "kwijtschelding-meaning",
            "dagloon",
            "dagloon-first",
            "dagloon-meaning",
            "maandloon",
            "maandloon-first",
            "maandloon-meaning",
            "nabetaling",
            "nabetaling-first",
            "nabetaling-meaning",
            "loonloze",
            "loonloze-first",
            "loonloze-meaning",
            "ingebrekestelling",
            "ingebrekestelling-first",
            "ingebrekestelling-meaning",
            "dwangsom",
            "dwangsom-first",
            "dwangsom-meaning",
            "restitutie",
            "restitutie-first",
            "restitutie-meaning",
            "rente",
            "rente-first",
            "rente-meaning",
            "tegemoetkoming",
            "tegemoetkoming-first",
            "tegemoetkoming-meaning",
            "bezwaar",
            "bezwaar-first",
            "bezwaar-meaning",
        ],
    ),
];

/// Where a value in a sentence comes from.
pub enum Cite {
    /// A result field (JSON pointer); its trace line is found by the figure it made.
    Figure(String),
    /// A named input of the trace line that made `figure`.
    Input { figure: String, name: &'static str },
    /// A fixed amount of the law, with its article.
    Law(&'static str),
    /// A fact of the case itself (a date the person gave), with no trace line.
    Fact,
    /// The sum of result fields (back payment plus interest), shown where people would add up
    /// themselves; its provenance is the weakest of its parts'.
    Sum(Vec<String>),
}

/// One argument of a message.
pub enum Arg {
    Euro(Euro, Cite),
    Date(NaiveDate, Cite),
    Count(i64, Cite),
    Month(Month),
    /// Already-localised text (a step name, a list of months).
    Text(String),
}

pub fn fig(path: impl Into<String>) -> Cite {
    Cite::Figure(path.into())
}

pub struct Writer<'a> {
    bundle: &'static Bundle,
    language: String,
    by_figure: FxHashMap<&'a str, &'a TraceLine>,
    by_id: FxHashMap<&'a str, &'a TraceLine>,
    estimated: FxHashSet<&'a str>,
    /// The date each estimated line's parameter applies from.
    estimate_from: FxHashMap<&'a str, NaiveDate>,
    terms_used: Vec<&'static str>,
    section_sources: Vec<String>,
    /// For a supporter: the client's first name and its possessive (`reader`).
    about: Option<(String, String)>,
    /// Each line's estimated roots, found once for the whole explanation (`estimate_notes`):
    /// every section cites lines whose derivations share most of their lines.
    roots_of: FxHashMap<&'a str, Vec<&'a str>>,
    /// Each cited source written out (`sources`): the worked steps cite the same few again and again.
    source_texts: FxHashMap<String, String>,
    /// How this language writes amounts, read once (`euro`).
    euro_format: std::cell::OnceCell<Option<format::EuroFormat>>,
}

impl<'a> Writer<'a> {
    pub fn new(bundle: &'static Bundle, language: &str, result: &'a ResultDocument) -> Writer<'a> {
        let by_figure = result.trace.iter().filter_map(|line| line.figure.as_deref().map(|f| (f, line))).collect();
        let by_id = result.trace.iter().map(|line| (line.id.as_str(), line)).collect();
        let estimated = result.estimates.iter().map(|e| e.trace.as_str()).collect();
        let estimate_from = result.estimates.iter().map(|e| (e.trace.as_str(), e.from)).collect();
        Writer {
            bundle,
            language: language.to_owned(),
            by_figure,
            by_id,
            estimated,
            estimate_from,
            terms_used: Vec::new(),
            section_sources: Vec::new(),
            about: None,
            roots_of: FxHashMap::default(),
            source_texts: FxHashMap::default(),
            euro_format: std::cell::OnceCell::new(),
        }
    }

    /// Writes for `reader`: for a supporter, every message that addresses the reader is written
    /// in its `.supporter` form, about the client.
    pub fn for_reader(mut self, reader: &crate::Reader) -> Writer<'a> {
        self.about = reader.about().map(|name| (name.to_owned(), crate::reader::whose(&self.language, name)));
        self
    }

    fn error(&self, id: &str, detail: impl Into<String>) -> ExplainError {
        ExplainError::Message { language: self.language.clone(), id: id.to_owned(), detail: detail.into() }
    }

    /// The language code this writer writes (`nl`, `en`).
    pub fn language(&self) -> &str {
        &self.language
    }

    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }

    /// A message with no arguments, as text.
    pub fn text(&self, id: &str) -> Result<String, ExplainError> {
        self.format(id, None)
    }

    /// The message's pattern for this reader: its `.supporter` attribute when writing about the
    /// client and it has one, else its value.
    fn pattern(&self, id: &str) -> Result<&'static ast::Pattern<&'static str>, ExplainError> {
        let message = self.bundle.get_message(id).ok_or_else(|| self.error(id, "no such message"))?;
        let about = self
            .about
            .as_ref()
            .and_then(|_| message.get_attribute(crate::reader::SUPPORTER_ATTRIBUTE))
            .map(|attribute| attribute.value());
        about.or_else(|| message.value()).ok_or_else(|| self.error(id, "no such message"))
    }

    fn format(&self, id: &str, args: Option<&FluentArgs<'_>>) -> Result<String, ExplainError> {
        let pattern = self.pattern(id)?;
        let mut errors = Vec::new();
        // About the client: the name and its possessive are there for every message.
        let with_name = self.about.as_ref().map(|(client, whose)| {
            let mut all = FluentArgs::new();
            for (name, value) in args.into_iter().flat_map(|a| a.iter()) {
                all.set(name.to_owned(), value.clone());
            }
            all.set("client", client.clone());
            all.set("whose", whose.clone());
            all
        });
        let args = with_name.as_ref().or(args);
        let text = self.bundle.format_pattern(pattern, args, &mut errors).into_owned();
        if errors.is_empty() { Ok(text) } else { Err(self.error(id, format!("{errors:?}"))) }
    }

    /// Money in the language's format (`€ 1.234,56`, `€1,234.56`). Never a minus: sentences say
    /// who pays whom.
    pub fn euro(&self, amount: Euro) -> Result<String, ExplainError> {
        format::euro(self, amount)
    }

    /// A date written out (`20 juni 2024`, `20 June 2024`).
    pub fn date(&self, date: NaiveDate) -> Result<String, ExplainError> {
        format::date(self, date)
    }

    /// A calendar month written out (`juni 2024`).
    pub fn month(&self, month: Month) -> Result<String, ExplainError> {
        format::month(self, month)
    }

    /// `a, b en c`.
    pub fn list(&self, items: &[String]) -> Result<String, ExplainError> {
        Ok(match items {
            [] => String::new(),
            [one] => one.clone(),
            [rest @ .., last] => format!("{} {} {last}", rest.join(", "), self.text("list-and")?),
        })
    }

    /// Renders message `id` with `args` into a sentence that cites its figures. The message must
    /// declare its actor (`actors::actor`).
    pub fn say(&mut self, id: &str, args: Vec<(&'static str, Arg)>) -> Result<Sentence, ExplainError> {
        let actor = crate::actors::actor(id).ok_or_else(|| self.error(id, "the message declares no actor"))?;
        let mut sentence = self.render(id, args)?;
        sentence.message = id.to_owned();
        sentence.actor = actor.code().to_owned();
        Ok(sentence)
    }

    /// Wraps an inner sentence (already rendered) in message `id` (e.g. `line-done`: a date in
    /// front). The sentence keeps the inner message and actor: the wrapper only adds a date.
    pub fn wrap(
        &mut self,
        id: &str,
        mut args: Vec<(&'static str, Arg)>,
        inner: Sentence,
    ) -> Result<Sentence, ExplainError> {
        args.push(("text", Arg::Text(inner.text)));
        let mut outer = self.render(id, args)?;
        for trace in inner.traces {
            if !outer.traces.contains(&trace) {
                outer.traces.push(trace);
            }
        }
        outer.figures.extend(inner.figures);
        outer.message = inner.message;
        outer.actor = inner.actor;
        Ok(outer)
    }

    /// Notes a legal source the section relies on without citing a figure of it (`Awb 4:6`).
    pub fn cite_source(&mut self, source: &str) {
        self.note_source(source);
    }

    /// The trace line with this id, if any.
    pub fn line_by_id(&self, id: &str) -> Option<&'a TraceLine> {
        self.by_id.get(id).copied()
    }

    /// The trace line that made result field `figure`, if any.
    pub fn line_of(&self, figure: &str) -> Option<&'a TraceLine> {
        self.by_figure.get(figure).copied()
    }

    fn render(&mut self, id: &str, args: Vec<(&'static str, Arg)>) -> Result<Sentence, ExplainError> {
        let mut fluent = FluentArgs::new();
        let mut figures = Vec::new();
        for (name, arg) in args {
            let (shown, cited): (FluentValue<'static>, Option<(String, Cite)>) = match arg {
                Arg::Euro(amount, cite) => (self.euro(amount)?.into(), Some((amount.to_string(), cite))),
                Arg::Date(date, cite) => (self.date(date)?.into(), Some((format_date(date), cite))),
                Arg::Count(count, cite) => (FluentValue::from(count), Some((count.to_string(), cite))),
                Arg::Month(month) => (self.month(month)?.into(), None),
                Arg::Text(text) => (text.into(), None),
            };
            fluent.set(name, shown);
            if let Some((value, cite)) = cited {
                figures.push(self.cite(id, value, cite)?);
            }
        }
        // Legal terms: the first use in this explanation carries its meaning.
        for variable in self.variables(id)? {
            if let Some(term) = variable.strip_prefix("term_") {
                let term = TERMS.iter().copied().find(|t| *t == term).ok_or_else(|| self.error(id, "unknown term"))?;
                let first = !self.terms_used.contains(&term);
                if first {
                    self.terms_used.push(term);
                }
                let form = if first { format!("term-{term}-first") } else { format!("term-{term}") };
                fluent.set(variable, self.text(&form)?);
            }
        }
        let text = self.format(id, Some(&fluent))?;
        let mut traces: Vec<String> = Vec::new();
        for cited in &figures {
            if let Some(trace) = &cited.trace
                && !traces.contains(trace)
            {
                traces.push(trace.clone());
            }
        }
        Ok(Sentence { text, traces, figures, message: String::new(), actor: String::new() })
    }

    fn cite(&mut self, id: &str, value: String, cite: Cite) -> Result<Cited, ExplainError> {
        let (line, figure, input, law) = match cite {
            Cite::Sum(paths) => {
                let mut provenance = None;
                for path in &paths {
                    let line = self.line(id, path)?;
                    self.note_source(&line.source);
                    provenance = weakest(provenance, line.provenance.as_deref().map(str::to_owned));
                }
                return Ok(Cited {
                    value,
                    trace: None,
                    figure: None,
                    input: None,
                    law: None,
                    provenance,
                    decision: None,
                });
            }
            Cite::Figure(path) => {
                let line = self.line(id, &path)?;
                (Some(line), Some(path), None, None)
            }
            Cite::Input { figure, name } => {
                let line = self.line(id, &figure)?;
                (Some(line), Some(figure), Some(name.to_owned()), None)
            }
            Cite::Law(article) => {
                self.note_source(article);
                (None, None, None, Some(article.to_owned()))
            }
            Cite::Fact => (None, None, None, None),
        };
        if let Some(line) = line {
            self.note_source(&line.source);
        }
        // The provenance is the figure's, so a value read off a line's inputs (a fact or a
        // parameter) carries none.
        let (provenance, decision) = match (line, &input) {
            (Some(line), None) => (line.provenance.as_deref().map(str::to_owned), line.decision.clone()),
            _ => (None, None),
        };
        Ok(Cited { value, trace: line.map(|l| l.id.clone()), figure, input, law, provenance, decision })
    }

    fn line(&self, id: &str, figure: &str) -> Result<&'a TraceLine, ExplainError> {
        self.by_figure.get(figure).copied().ok_or_else(|| self.error(id, format!("no trace line made {figure}")))
    }

    fn note_source(&mut self, source: &str) {
        for part in source.split([';', ',']).map(str::trim).filter(|p| !p.is_empty()) {
            if !self.section_sources.iter().any(|s| s == part) {
                self.section_sources.push(part.to_owned());
            }
        }
    }

    /// The names of the variables a message uses.
    fn variables(&self, id: &str) -> Result<Vec<&'static str>, ExplainError> {
        let pattern = self.pattern(id)?;
        let mut names = Vec::new();
        collect_variables(pattern, &mut names);
        Ok(names)
    }

    /// The sources cited since the last call, written out: `Wet WIA, artikel 51`.
    pub fn sources(&mut self) -> Result<Vec<String>, ExplainError> {
        let mut written = Vec::new();
        for source in std::mem::take(&mut self.section_sources) {
            let text = match self.source_texts.get(&source) {
                Some(text) => text.clone(),
                None => {
                    let text = self.source_text(&source)?;
                    self.source_texts.insert(source, text.clone());
                    text
                }
            };
            if !written.contains(&text) {
                written.push(text);
            }
        }
        Ok(written)
    }

    /// One source written out: `Wet WIA 13 lid 4` becomes `Wet WIA, artikel 13 lid 4`.
    fn source_text(&self, source: &str) -> Result<String, ExplainError> {
        let (code, article) = source.split_once(' ').unwrap_or((source, ""));
        let name = self.text(&format!("source-{code}"))?;
        Ok(match article {
            "" => name,
            article if code == "CRvB" => format!("{name}, {article}"),
            article => {
                // "13 lid 4 onder b" in the words of the language ("13 paragraph 4 under b").
                let words: Vec<String> = article
                    .split(' ')
                    .map(|part| match part {
                        "lid" => self.text("source-paragraph"),
                        "onder" => self.text("source-point"),
                        part => Ok(part.to_owned()),
                    })
                    .collect::<Result<_, _>>()?;
                format!("{name}, {} {}", self.text("source-article")?, words.join(" "))
            }
        })
    }

    /// One sentence per estimated parameter (confidence E) a cited figure rests on, naming the
    /// value, the date it applies from and what it affects.
    pub fn estimate_notes(&mut self, sentences: &[&Sentence]) -> Result<Vec<Sentence>, ExplainError> {
        if self.estimated.is_empty() {
            return Ok(Vec::new());
        }
        // Estimated lines in the order they are first reached, each with the traces resting on it
        // (a root's place in `roots` by its id, and each (root, trace) pair once: a root such as
        // the maximum dagloon carries hundreds of traces).
        let mut roots: Vec<(&'a str, Vec<String>)> = Vec::new();
        let mut root_at: FxHashMap<&'a str, usize> = FxHashMap::default();
        // Each cited trace once: sentences cite the same lines again and again, and a line's
        // roots are distinct, so each (root, trace) pair then comes once too.
        let mut seen: FxHashSet<&str> = FxHashSet::default();
        // Each line's roots, kept from section to section (taken out while `self` is borrowed).
        let mut roots_of = std::mem::take(&mut self.roots_of);
        for sentence in sentences {
            for trace in &sentence.traces {
                if !seen.insert(trace.as_str()) {
                    continue;
                }
                let Some(line) = self.by_id.get(trace.as_str()).copied() else { continue };
                self.find_estimate_roots(line, &mut roots_of);
                for &root in roots_of.get(line.id.as_str()).map(Vec::as_slice).unwrap_or_default() {
                    let at = *root_at.entry(root).or_insert_with(|| {
                        roots.push((root, Vec::new()));
                        roots.len() - 1
                    });
                    if let Some((_, traces)) = roots.get_mut(at) {
                        traces.push(trace.clone());
                    }
                }
            }
        }
        self.roots_of = roots_of;
        // One sentence per parameter value, however many lines use it.
        let mut notes: Vec<(String, Sentence)> = Vec::new();
        // Each (note, trace) pair once: many lines use the same estimated value.
        let mut noted: FxHashSet<(usize, &str)> = FxHashSet::default();
        for (root, traces) in &roots {
            let Some(line) = self.by_id.get(root).copied() else { continue };
            let from = self.estimate_from.get(root).copied();
            for input in line.inputs.iter().filter(|input| input.confidence.as_deref() == Some("E")) {
                let key = format!("{}={}@{from:?}", input.name, input.value);
                if let Some(at) = notes.iter().position(|(known, _)| *known == key) {
                    for trace in traces {
                        if noted.insert((at, trace.as_str()))
                            && let Some((_, sentence)) = notes.get_mut(at)
                        {
                            sentence.traces.push(trace.clone());
                        }
                    }
                    continue;
                }
                noted.extend(traces.iter().map(|trace| (notes.len(), trace.as_str())));
                let value = input.value.replace('.', &self.text("decimal-separator")?);
                let what_id = format!("estimate-what-{}", input.name);
                let what = self.message(&what_id, &[("value", value.as_str())])?;
                let date = match from {
                    Some(from) => self.date(from)?,
                    None => String::new(),
                };
                let used = self.render("estimate-used", vec![("what", Arg::Text(what)), ("date", Arg::Text(date))])?;
                let affects = self.text(&format!("estimate-affects-{}", input.name))?;
                let sentence = Sentence {
                    text: format!("{} {affects}", used.text),
                    traces: traces.clone(),
                    figures: Vec::new(),
                    message: "estimate-used".to_owned(),
                    actor: crate::actors::Actor::Helder.code().to_owned(),
                };
                notes.push((key, sentence));
            }
        }
        Ok(notes.into_iter().map(|(_, sentence)| sentence).collect())
    }

    /// The estimated lines (`result.estimates`) that `line` rests on, sorted, into `roots_of`
    /// for it and every line it rests on: a depth-first walk that visits each line once,
    /// whatever the number of paths to it. A cycle (never in a result of the engine) is cut
    /// where the walk meets a line it is still inside, so in a hand-made result with a cycle
    /// the roots found depend on which line the explanation cites first.
    fn find_estimate_roots(&self, line: &'a TraceLine, roots_of: &mut FxHashMap<&'a str, Vec<&'a str>>) {
        if roots_of.contains_key(line.id.as_str()) {
            return;
        }
        let mut inside: FxHashSet<&'a str> = FxHashSet::default();
        let mut stack: Vec<(&'a TraceLine, bool)> = vec![(line, false)];
        while let Some((line, inputs_done)) = stack.pop() {
            let id = line.id.as_str();
            if roots_of.contains_key(id) {
                continue;
            }
            if !inputs_done {
                if !inside.insert(id) {
                    continue;
                }
                stack.push((line, true));
                for input in line.inputs.iter().filter_map(|input| input.trace.as_deref()) {
                    if let Some(&from) = self.by_id.get(input)
                        && !roots_of.contains_key(input)
                        && !inside.contains(input)
                    {
                        stack.push((from, false));
                    }
                }
                continue;
            }
            let mut roots: Vec<&'a str> = Vec::new();
            if self.estimated.contains(id) {
                roots.push(id);
            }
            for input in line.inputs.iter().filter_map(|input| input.trace.as_deref()) {
                if let Some(from) = self.by_id.get(input).and_then(|from| roots_of.get(from.id.as_str())) {
                    roots.extend_from_slice(from);
                }
            }
            roots.sort_unstable();
            roots.dedup();
            inside.remove(id);
            roots_of.insert(id, roots);
        }
    }

    pub fn glossary(&self) -> Result<Vec<GlossaryEntry>, ExplainError> {
        self.terms_used
            .iter()
            .map(|term| {
                Ok(GlossaryEntry {
                    term: self.text(&format!("term-{term}"))?,
                    meaning: self.text(&format!("term-{term}-meaning"))?,
                })
            })
            .collect()
    }
}

/// Of two provenances, the one that promises least: an estimate, then Helder's calculation,
/// then UWV's decision.
fn weakest(a: Option<String>, b: Option<String>) -> Option<String> {
    let rank = |p: &Option<String>| match p.as_deref() {
        Some("estimate") => 3,
        Some("calculated") => 2,
        Some("decided") => 1,
        _ => 0,
    };
    if rank(&b) > rank(&a) { b } else { a }
}

fn collect_variables(pattern: &ast::Pattern<&'static str>, names: &mut Vec<&'static str>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            collect_from_expression(expression, names);
        }
    }
}

fn collect_from_expression(expression: &ast::Expression<&'static str>, names: &mut Vec<&'static str>) {
    match expression {
        ast::Expression::Inline(inline) => collect_from_inline(inline, names),
        ast::Expression::Select { selector, variants } => {
            collect_from_inline(selector, names);
            for variant in variants {
                collect_variables(&variant.value, names);
            }
        }
    }
}

fn collect_from_inline(inline: &ast::InlineExpression<&'static str>, names: &mut Vec<&'static str>) {
    match inline {
        ast::InlineExpression::VariableReference { id } if !names.contains(&id.name) => {
            names.push(id.name);
        }
        ast::InlineExpression::Placeable { expression } => collect_from_expression(expression, names),
        _ => {}
    }
}

impl Messages for Writer<'_> {
    fn kept_euro_format(&self) -> Option<&format::EuroFormat> {
        // A message that fails here fails again, with its error, when written the long way.
        self.euro_format.get_or_init(|| format::EuroFormat::of(self).ok().flatten()).as_ref()
    }

    fn message(&self, id: &str, args: &[(&str, &str)]) -> Result<String, ExplainError> {
        if args.is_empty() {
            return self.format(id, None);
        }
        let mut fluent = FluentArgs::new();
        for (name, value) in args {
            fluent.set(*name, value.to_string());
        }
        self.format(id, Some(&fluent))
    }
}
