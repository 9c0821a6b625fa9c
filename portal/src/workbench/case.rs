//! A case on the workbench: its category, step, dates and who took it; the form of its step (the
//! check entry, the expert's choice between the two entries side by side, the quality verdict,
//! the phone call and the decision); and what happened so far. Every save sends the version the
//! form was read at: when someone else saved first, the server refuses (409) and the screen says
//! so in words, with a button to load the case again; nothing typed is thrown away.

use helder_api::workbench::{
    CheckEntry, CheckFacts, CheckOutcome, Claim, Decide, ExpertDecision, PhoneCall, QualityVerdict, RecordedCheck,
    StepDone, WorkbenchCase,
};
use leptos::prelude::*;
use leptos::task::spawn_local;
use serde::Serialize;

use super::facts::{self, TypedFacts};
use super::worklist::WorkbenchNav;
use super::{category_name, refusal, step_name};
use crate::form::{
    ErrorSummary, FieldErrors, described_by, error_code, error_of, field_error, local_date_in, local_time,
};
use crate::{Ctx, api, body, csrf, fetch, t, t_with};

/// What the case screen shares with its forms.
#[derive(Clone, Copy)]
struct Bench {
    case_id: StoredValue<String>,
    case: RwSignal<Option<WorkbenchCase>>,
    /// A save that was done, in words.
    done: RwSignal<Option<String>>,
    /// A refused save, in words; `conflict` when it was a lost race.
    refused: RwSignal<Option<(String, bool)>>,
}

impl Bench {
    fn reload(self) {
        spawn_local(self.load());
    }

    async fn load(self) {
        let path = format!("/api/v1/workbench/cases/{}", js_sys::encode_uri_component(&self.case_id.get_value()));
        if let Some(case) = fetch::<WorkbenchCase>("GET", &path, None, None, None).await {
            self.case.set(Some(case));
        }
    }

    fn version(self) -> i64 {
        self.case.with_untracked(|c| c.as_ref().map(|c| c.version).unwrap_or_default())
    }

    /// Posts a step; on success reloads the case, then says what was done (by `said`); on a refusal says
    /// why. Field errors of a 400 go to `errors` under `field`.
    fn save<T: Serialize + 'static>(
        self,
        ctx: Ctx,
        what: &'static str,
        request: T,
        errors: FieldErrors,
        field: &'static str,
        said: fn(Ctx, &str) -> Option<String>,
    ) {
        let path =
            format!("/api/v1/workbench/cases/{}/{what}", js_sys::encode_uri_component(&self.case_id.get_value()));
        let request = body(&request);
        spawn_local(async move {
            match api("POST", &path, request, csrf(ctx), None).await {
                Ok((200 | 201, text)) => {
                    errors.set(Vec::new());
                    self.refused.set(None);
                    // Said only once the case is loaded again: the next form then sends the
                    // new version, so a quick next save is not refused as a lost race.
                    self.load().await;
                    self.done.set(said(ctx, &text));
                }
                Ok((400, text)) => {
                    let code = error_code(&text).unwrap_or_default();
                    errors.set(vec![(field.to_owned(), t_with(ctx, "ui-wb-refused", &[("code", &code)]))]);
                }
                Ok((status, text)) => {
                    let conflict = status == 409 && error_code(&text).as_deref() == Some("version_conflict");
                    self.done.set(None);
                    self.refused.set(Some((refusal(ctx, status, &text), conflict)));
                }
                Err(_) => self.refused.set(Some((t(ctx, "ui-error"), false))),
            }
        });
    }
}

/// What a save did, in words, from its `CheckOutcome` or `StepDone` answer.
fn step_now(ctx: Ctx, text: &str) -> Option<String> {
    if let Ok(outcome) = serde_json::from_str::<CheckOutcome>(text) {
        let saved = t_with(ctx, "ui-wb-saved", &[("step", &step_name(ctx, &outcome.step))]);
        return Some(match outcome.agree {
            Some(true) => format!("{} {saved}", t(ctx, "ui-wb-agree")),
            Some(false) => {
                let count = outcome.differences.len().to_string();
                format!("{} {saved}", t_with(ctx, "ui-wb-differ", &[("count", &count)]))
            }
            None => saved,
        });
    }
    let done = serde_json::from_str::<StepDone>(text).ok()?;
    if done.copies.is_empty() {
        return Some(t_with(ctx, "ui-wb-saved", &[("step", &step_name(ctx, &done.step))]));
    }
    let copies: Vec<String> = done.copies.iter().map(|c| super::copy_name(ctx, c)).collect();
    Some(t_with(ctx, "ui-wb-decided", &[("copies", &copies.join(", "))]))
}

#[component]
pub fn WorkbenchCaseView(case_id: String) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let bench = Bench {
        case_id: StoredValue::new(case_id.clone()),
        case: RwSignal::new(None),
        done: RwSignal::new(None),
        refused: RwSignal::new(None),
    };
    bench.reload();
    let me = move || ctx.me.with(|me| me.as_ref().map(|me| me.account.name.clone())).unwrap_or_default();
    let take = move |_| {
        let claim = Claim { version: bench.version() };
        bench.save(ctx, "claim", claim, RwSignal::new(Vec::new()), "wb-take", step_now);
    };
    let title = case_id.clone();
    view! {
        <h1>{move || t_with(ctx, "ui-workbench-case-title", &[("case", &title)])}</h1>
        <WorkbenchNav/>
        <Show when=move || bench.refused.get().is_some()>
            <div class="error-summary" role="alert" id="wb-refused">
                <p>{move || bench.refused.get().map(|(text, _)| text).unwrap_or_default()}</p>
                <Show when=move || bench.refused.get().is_some_and(|(_, conflict)| conflict)>
                    <button id="wb-reload" class="button-secondary" on:click=move |_| { bench.refused.set(None); bench.reload(); }>
                        {move || t(ctx, "ui-wb-reload")}</button>
                </Show>
            </div>
        </Show>
        <Show when=move || bench.done.get().is_some()>
            <div class="confirmation" role="status" id="wb-done"><p class="confirmation-title">{move || bench.done.get().unwrap_or_default()}</p></div>
        </Show>
        {move || bench.case.get().map(|case| {
            let lang = ctx.lang.get();
            let mine = case.claimed_by.as_deref() == Some(me().as_str());
            let can_take = case.step != "decided" && !mine;
            let facts_line = t_with(ctx, "ui-wb-case-facts", &[
                ("category", &category_name(ctx, &case.category)),
                ("step", &step_name(ctx, &case.step)),
                ("received", &helder_explain::date(&lang, &case.received_at)),
                ("due", &helder_explain::date(&lang, &case.due_date)),
            ]);
            let holder = case.claimed_by.clone().map(|who| t_with(ctx, "ui-wb-claimed", &[("who", &who)]));
            view! {
                <section class="panel" id="wb-case" aria-labelledby="wb-case-heading">
                    <h2 id="wb-case-heading">{step_name(ctx, &case.step)}</h2>
                    <p id="wb-step" data-step=case.step.clone()>{facts_line}</p>
                    {holder.map(|h| view! { <p id="wb-holder">{h}</p> })}
                    {can_take.then(|| view! { <button id="wb-take" class="button" on:click=take>{t(ctx, "ui-wb-take-this")}</button> })}
                </section>
                {step_form(bench, &case)}
                <History case=case.clone()/>
            }
        })}
    }
}

/// The form of the case's step.
fn step_form(bench: Bench, case: &WorkbenchCase) -> AnyView {
    match case.step.as_str() {
        "first_check" | "second_check" => view! { <CheckForm bench=bench/> }.into_any(),
        "expert_team" => view! { <ExpertForm bench=bench checks=case.checks.clone() case=case.clone()/> }.into_any(),
        "quality_check" => view! { <QualityForm bench=bench checks=case.checks.clone()/> }.into_any(),
        "phone_call" => view! { <CallForm bench=bench/> <DecisionForm bench=bench/> }.into_any(),
        _ => ().into_any(),
    }
}

/// A "why" field (required: the audit says why every step was done).
fn why_field(ctx: Ctx, errors: FieldErrors, id: &'static str, value: RwSignal<String>) -> impl IntoView {
    view! {
        <label for=id>{move || t(ctx, "ui-wb-why")}</label>
        {field_error(errors, id)}
        <input id=id maxlength="500" aria-describedby=described_by(errors, id, None)
            aria-invalid=move || error_of(errors, id).map(|_| "true")
            prop:value=move || value.get() on:input=move |ev| value.set(event_target_value(&ev))/>
    }
}

/// A text field of the facts form.
fn facts_field(
    ctx: Ctx,
    errors: FieldErrors,
    id: &'static str,
    label: &'static str,
    hint: &'static str,
    rows: Option<&'static str>,
    value: RwSignal<String>,
) -> impl IntoView {
    let hint_id: &'static str = match id {
        "wb-wages" => "wb-wages-hint",
        "wb-wageless" => "wb-wageless-hint",
        "wb-dagloon" => "wb-dagloon-hint",
        _ => "wb-paid-hint",
    };
    let input = match rows {
        Some(rows) => view! {
            <textarea id=id rows=rows aria-describedby=described_by(errors, id, Some(hint_id))
                aria-invalid=move || error_of(errors, id).map(|_| "true")
                prop:value=move || value.get() on:input=move |ev| value.set(event_target_value(&ev))></textarea>
        }
        .into_any(),
        None => view! {
            <input id=id aria-describedby=described_by(errors, id, Some(hint_id))
                aria-invalid=move || error_of(errors, id).map(|_| "true")
                prop:value=move || value.get() on:input=move |ev| value.set(event_target_value(&ev))/>
        }
        .into_any(),
    };
    view! {
        <label for=id>{move || t(ctx, label)}</label>
        <p class="hint" id=hint_id>{move || t(ctx, hint)}</p>
        {field_error(errors, id)}
        {input}
    }
}

/// The facts form's fields, as the checker or the expert types them.
#[derive(Clone, Copy)]
struct FactSignals {
    wages: RwSignal<String>,
    wageless: RwSignal<String>,
    first_sick_day: RwSignal<String>,
    dagloon: RwSignal<String>,
    paid: RwSignal<String>,
}

impl FactSignals {
    fn new() -> Self {
        let empty = || RwSignal::new(String::new());
        FactSignals { wages: empty(), wageless: empty(), first_sick_day: empty(), dagloon: empty(), paid: empty() }
    }

    /// The fields filled with recorded facts, as they would be typed (the expert starts from an
    /// entry and corrects it).
    fn fill(self, facts: &CheckFacts) {
        let lines = |list: &[helder_api::workbench::MonthAmount]| {
            list.iter().map(|m| format!("{} {}", m.month, m.amount)).collect::<Vec<_>>().join("\n")
        };
        self.wages.set(lines(&facts.wages));
        self.wageless.set(facts.wageless_months.join(" "));
        self.first_sick_day.set(facts.first_sick_day.clone());
        self.dagloon.set(facts.dagloon_as_set.clone());
        self.paid.set(lines(&facts.paid));
    }

    /// The facts, or each problem as (field, message) in the order of the fields.
    fn read(self, ctx: Ctx) -> Result<CheckFacts, Vec<(String, String)>> {
        let typed = TypedFacts {
            wages: self.wages.get_untracked(),
            wageless: self.wageless.get_untracked(),
            first_sick_day: self.first_sick_day.get_untracked(),
            dagloon: self.dagloon.get_untracked(),
            paid: self.paid.get_untracked(),
        };
        facts::read(&typed).map_err(|list| {
            list.iter()
                .map(|(field, id, args)| {
                    let args: Vec<(&str, &str)> = args.iter().map(|(k, v)| (*k, v.as_str())).collect();
                    ((*field).to_owned(), t_with(ctx, id, &args))
                })
                .collect()
        })
    }
}

/// The five facts fields, each with its hint and its error beside it.
fn facts_fields(ctx: Ctx, errors: FieldErrors, facts: FactSignals) -> impl IntoView {
    let first_sick_day = facts.first_sick_day;
    view! {
        {facts_field(ctx, errors, "wb-wages", "ui-wb-wages", "ui-wb-wages-hint", Some("8"), facts.wages)}
        {facts_field(ctx, errors, "wb-wageless", "ui-wb-wageless", "ui-wb-wageless-hint", None, facts.wageless)}
        <label for="wb-first-sick-day">{move || t(ctx, "ui-wb-first-sick-day")}</label>
        {field_error(errors, "wb-first-sick-day")}
        <input id="wb-first-sick-day" type="date" aria-describedby=described_by(errors, "wb-first-sick-day", None)
            aria-invalid=move || error_of(errors, "wb-first-sick-day").map(|_| "true")
            prop:value=move || first_sick_day.get() on:input=move |ev| first_sick_day.set(event_target_value(&ev))/>
        {facts_field(ctx, errors, "wb-dagloon", "ui-wb-dagloon", "ui-wb-dagloon-hint", None, facts.dagloon)}
        {facts_field(ctx, errors, "wb-paid", "ui-wb-paid", "ui-wb-paid-hint", Some("4"), facts.paid)}
    }
}

/// The check: the decisive facts, entered blind (the form starts empty, also for the second
/// checker).
#[component]
fn CheckForm(bench: Bench) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let errors: FieldErrors = RwSignal::new(Vec::new());
    let facts = FactSignals::new();
    let why = RwSignal::new(String::new());
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let read = facts.read(ctx);
        let mut problems = read.clone().err().unwrap_or_default();
        if why.get_untracked().trim().is_empty() {
            problems.push(("wb-why-check".into(), t(ctx, "ui-wb-why-missing")));
        }
        match read {
            Ok(facts) if problems.is_empty() => {
                let entry = CheckEntry { version: bench.version(), why: why.get_untracked(), facts };
                bench.save(ctx, "checks", entry, errors, "wb-wages", step_now);
            }
            _ => errors.set(problems),
        }
    };
    view! {
        <section class="panel" aria-labelledby="wb-check-heading">
            <h2 id="wb-check-heading">{move || t(ctx, "ui-wb-check-title")}</h2>
            <p class="hint">{move || t(ctx, "ui-wb-check-intro")}</p>
            <ErrorSummary errors=errors id="wb-check-errors"/>
            <form on:submit=submit novalidate=true>
                {facts_fields(ctx, errors, facts)}
                {why_field(ctx, errors, "wb-why-check", why)}
                <button id="wb-save-check" type="submit" class="button">{move || t(ctx, "ui-wb-save-check")}</button>
            </form>
        </section>
    }
}

/// Both entries side by side (stacked on a phone) and the trace lines on which they differ.
fn entries(ctx: Ctx, checks: &[RecordedCheck]) -> impl IntoView + use<> {
    let lang = ctx.lang.get_untracked();
    let columns = checks
        .iter()
        .map(|check| {
            let f: &CheckFacts = &check.facts;
            let lines = |list: &[helder_api::workbench::MonthAmount]| {
                list.iter()
                    .map(|m| format!("{}: {}", helder_explain::month(&lang, &m.month), helder_explain::euro(&lang, &m.amount)))
                    .collect::<Vec<_>>()
                    .join("; ")
            };
            let paid = if f.paid.is_empty() { t(ctx, "ui-wb-paid-computed") } else { lines(&f.paid) };
            let wageless: Vec<String> = f.wageless_months.iter().map(|m| helder_explain::month(&lang, m)).collect();
            view! {
                <div class="wb-entry" id=format!("wb-entry-{}", check.round)>
                    <h3>{t_with(ctx, "ui-wb-entry", &[("round", &check.round.to_string()), ("who", &check.checker)])}</h3>
                    <dl>
                        <dt>{t(ctx, "ui-wb-wages")}</dt><dd>{lines(&f.wages)}</dd>
                        <dt>{t(ctx, "ui-wb-wageless")}</dt><dd>{wageless.join(", ")}</dd>
                        <dt>{t(ctx, "ui-wb-first-sick-day")}</dt><dd>{helder_explain::date(&lang, &f.first_sick_day)}</dd>
                        <dt>{t(ctx, "ui-wb-dagloon")}</dt><dd>{helder_explain::euro(&lang, &f.dagloon_as_set)}</dd>
                        <dt>{t(ctx, "ui-wb-paid")}</dt><dd>{paid}</dd>
                    </dl>
                </div>
            }
        })
        .collect_view();
    view! { <div class="wb-entries">{columns}</div> }
}

/// The expert's third answer beside choosing check 1 or 2: neither, the facts corrected.
const CORRECT_FACTS: i64 = 3;

/// The expert team: both entries side by side, where their results differ (in words), and the
/// choice: one of the two entries, or the facts corrected (starting from the first entry).
#[component]
fn ExpertForm(bench: Bench, checks: Vec<RecordedCheck>, case: WorkbenchCase) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let errors: FieldErrors = RwSignal::new(Vec::new());
    let chosen = RwSignal::new(0i64);
    let why = RwSignal::new(String::new());
    let facts = FactSignals::new();
    let first_entry = checks.iter().find(|c| c.round == 1).map(|c| c.facts.clone());
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let mut problems = Vec::new();
        let choice = chosen.get_untracked();
        if choice == 0 {
            problems.push(("wb-choose-1".to_owned(), t(ctx, "ui-wb-choose-missing")));
        }
        let corrected = (choice == CORRECT_FACTS).then(|| facts.read(ctx));
        if let Some(Err(list)) = &corrected {
            problems.extend(list.iter().cloned());
        }
        if why.get_untracked().trim().is_empty() {
            problems.push(("wb-why-expert".to_owned(), t(ctx, "ui-wb-why-missing")));
        }
        if !problems.is_empty() {
            errors.set(problems);
            return;
        }
        let decision = ExpertDecision {
            version: bench.version(),
            why: why.get_untracked(),
            choose: (choice != CORRECT_FACTS).then_some(choice),
            facts: corrected.and_then(Result::ok),
        };
        bench.save(ctx, "expert", decision, errors, "wb-choose-1", step_now);
    };
    let rounds: Vec<i64> = checks.iter().map(|c| c.round).collect();
    view! {
        <section class="panel" aria-labelledby="wb-expert-heading">
            <h2 id="wb-expert-heading">{move || t(ctx, "ui-wb-checks-title")}</h2>
            {entries(ctx, &checks)}
            <h3>{move || t(ctx, "ui-wb-differences")}</h3>
            {super::differences::differences(ctx, &case.differences)}
            <ErrorSummary errors=errors id="wb-expert-errors"/>
            <form on:submit=submit novalidate=true>
                <fieldset aria-describedby=described_by(errors, "wb-choose-1", None)>
                    <legend>{move || t(ctx, "ui-wb-choose-legend")}</legend>
                    {field_error(errors, "wb-choose-1")}
                    {rounds.into_iter().map(|round| {
                        let id = format!("wb-choose-{round}");
                        view! {
                            <p class="choice">
                                <input type="radio" name="wb-choose" id=id.clone() value=round.to_string()
                                    on:change=move |_| chosen.set(round)/>
                                <label for=id>{move || t_with(ctx, "ui-wb-choose", &[("round", &round.to_string())])}</label>
                            </p>
                        }
                    }).collect_view()}
                    <p class="choice">
                        <input type="radio" name="wb-choose" id="wb-choose-facts" value="facts"
                            on:change=move |_| {
                                // Start from the first entry, once: what the expert typed stays.
                                if chosen.get_untracked() != CORRECT_FACTS
                                    && facts.wages.get_untracked().is_empty()
                                    && let Some(entry) = &first_entry
                                {
                                    facts.fill(entry);
                                }
                                chosen.set(CORRECT_FACTS);
                            }/>
                        <label for="wb-choose-facts">{move || t(ctx, "ui-wb-choose-facts")}</label>
                    </p>
                </fieldset>
                <Show when=move || chosen.get() == CORRECT_FACTS>
                    <div id="wb-expert-facts" class="conditional">
                        <p class="hint">{move || t(ctx, "ui-wb-expert-facts-intro")}</p>
                        {facts_fields(ctx, errors, facts)}
                    </div>
                </Show>
                {why_field(ctx, errors, "wb-why-expert", why)}
                <button id="wb-save-expert" type="submit" class="button">{move || t(ctx, "ui-wb-save-expert")}</button>
            </form>
        </section>
    }
}

/// A choice among a few answers as radio buttons, the first answer's id being the field's.
fn radios(
    ctx: Ctx,
    errors: FieldErrors,
    name: &'static str,
    legend: &'static str,
    options: &'static [(&'static str, &'static str)],
    value: RwSignal<String>,
) -> impl IntoView {
    let first: &'static str = options.first().map(|(id, _)| *id).unwrap_or(name);
    view! {
        <fieldset>
            <legend>{move || t(ctx, legend)}</legend>
            {field_error(errors, first)}
            {options.iter().map(|(id, label)| {
                let answer = id.rsplit_once("--").map(|(_, a)| a).unwrap_or(id);
                view! {
                    <p class="choice">
                        <input type="radio" name=name id=*id value=answer on:change=move |_| value.set(answer.to_owned())/>
                        <label for=*id>{move || t(ctx, label)}</label>
                    </p>
                }
            }).collect_view()}
        </fieldset>
    }
}

/// Quality control: both entries (read-only) and a verdict.
#[component]
fn QualityForm(bench: Bench, checks: Vec<RecordedCheck>) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let errors: FieldErrors = RwSignal::new(Vec::new());
    let verdict = RwSignal::new(String::new());
    let why = RwSignal::new(String::new());
    const OPTIONS: &[(&str, &str)] =
        &[("wb-verdict--approved", "ui-wb-approve"), ("wb-verdict--rejected", "ui-wb-reject")];
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let mut problems = Vec::new();
        if verdict.get_untracked().is_empty() {
            problems.push(("wb-verdict--approved".to_owned(), t(ctx, "ui-wb-verdict-missing")));
        }
        if why.get_untracked().trim().is_empty() {
            problems.push(("wb-why-quality".to_owned(), t(ctx, "ui-wb-why-missing")));
        }
        if !problems.is_empty() {
            errors.set(problems);
            return;
        }
        let request = QualityVerdict {
            version: bench.version(),
            why: why.get_untracked(),
            approved: verdict.get_untracked() == "approved",
        };
        bench.save(ctx, "quality", request, errors, "wb-verdict--approved", step_now);
    };
    view! {
        <section class="panel" aria-labelledby="wb-quality-heading">
            <h2 id="wb-quality-heading">{move || t(ctx, "ui-wb-quality-title")}</h2>
            {entries(ctx, &checks)}
            <ErrorSummary errors=errors id="wb-quality-errors"/>
            <form on:submit=submit novalidate=true>
                {radios(ctx, errors, "wb-verdict", "ui-wb-verdict", OPTIONS, verdict)}
                {why_field(ctx, errors, "wb-why-quality", why)}
                <button id="wb-save-quality" type="submit" class="button">{move || t(ctx, "ui-wb-save-verdict")}</button>
            </form>
        </section>
    }
}

/// The phone call's outcome.
#[component]
fn CallForm(bench: Bench) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let errors: FieldErrors = RwSignal::new(Vec::new());
    let outcome = RwSignal::new(String::new());
    let why = RwSignal::new(String::new());
    const OPTIONS: &[(&str, &str)] = &[
        ("wb-outcome--reached", "ui-wb-outcome-reached"),
        ("wb-outcome--not_reached", "ui-wb-outcome-not_reached"),
        ("wb-outcome--client_disagrees", "ui-wb-outcome-client_disagrees"),
    ];
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let mut problems = Vec::new();
        if outcome.get_untracked().is_empty() {
            problems.push(("wb-outcome--reached".to_owned(), t(ctx, "ui-wb-outcome-missing")));
        }
        if why.get_untracked().trim().is_empty() {
            problems.push(("wb-why-call".to_owned(), t(ctx, "ui-wb-why-missing")));
        }
        if !problems.is_empty() {
            errors.set(problems);
            return;
        }
        let call = PhoneCall { version: bench.version(), why: why.get_untracked(), outcome: outcome.get_untracked() };
        bench.save(ctx, "calls", call, errors, "wb-outcome--reached", step_now);
    };
    view! {
        <section class="panel" aria-labelledby="wb-call-heading">
            <h2 id="wb-call-heading">{move || t(ctx, "ui-wb-call-title")}</h2>
            <ErrorSummary errors=errors id="wb-call-errors"/>
            <form on:submit=submit novalidate=true>
                {radios(ctx, errors, "wb-outcome", "ui-wb-outcome", OPTIONS, outcome)}
                {why_field(ctx, errors, "wb-why-call", why)}
                <button id="wb-save-call" type="submit" class="button">{move || t(ctx, "ui-wb-save-call")}</button>
            </form>
        </section>
    }
}

/// UWV's decision: its date (not after today) and the letter's reference.
#[component]
fn DecisionForm(bench: Bench) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let errors: FieldErrors = RwSignal::new(Vec::new());
    let (date, reference, why) =
        (RwSignal::new(String::new()), RwSignal::new(String::new()), RwSignal::new(String::new()));
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let mut problems = Vec::new();
        let day = date.get_untracked();
        if day.is_empty() || day > local_date_in(0) {
            problems.push(("wb-decision-date".to_owned(), t(ctx, "ui-wb-decision-date-wrong")));
        }
        if reference.get_untracked().trim().is_empty() {
            problems.push(("wb-decision-reference".to_owned(), t(ctx, "ui-wb-decision-reference-missing")));
        }
        if why.get_untracked().trim().is_empty() {
            problems.push(("wb-why-decision".to_owned(), t(ctx, "ui-wb-why-missing")));
        }
        if !problems.is_empty() {
            errors.set(problems);
            return;
        }
        let decide = Decide {
            version: bench.version(),
            why: why.get_untracked(),
            date: day,
            reference: reference.get_untracked().trim().to_owned(),
        };
        bench.save(ctx, "decision", decide, errors, "wb-decision-date", step_now);
    };
    view! {
        <section class="panel" aria-labelledby="wb-decision-heading">
            <h2 id="wb-decision-heading">{move || t(ctx, "ui-wb-decision-title")}</h2>
            <p class="hint">{move || t(ctx, "ui-wb-decision-intro")}</p>
            <ErrorSummary errors=errors id="wb-decision-errors"/>
            <form on:submit=submit novalidate=true>
                <label for="wb-decision-date">{move || t(ctx, "ui-wb-decision-date")}</label>
                {field_error(errors, "wb-decision-date")}
                <input id="wb-decision-date" type="date" max=move || local_date_in(0)
                    aria-describedby=described_by(errors, "wb-decision-date", None)
                    aria-invalid=move || error_of(errors, "wb-decision-date").map(|_| "true")
                    prop:value=move || date.get() on:input=move |ev| date.set(event_target_value(&ev))/>
                <label for="wb-decision-reference">{move || t(ctx, "ui-wb-decision-reference")}</label>
                {field_error(errors, "wb-decision-reference")}
                <input id="wb-decision-reference" maxlength="100" aria-describedby=described_by(errors, "wb-decision-reference", None)
                    aria-invalid=move || error_of(errors, "wb-decision-reference").map(|_| "true")
                    prop:value=move || reference.get() on:input=move |ev| reference.set(event_target_value(&ev))/>
                {why_field(ctx, errors, "wb-why-decision", why)}
                <button id="wb-save-decision" type="submit" class="button">{move || t(ctx, "ui-wb-save-decision")}</button>
            </form>
        </section>
    }
}

/// What a step record says was done, in words (the server records it in fixed English codes).
fn action_words(ctx: Ctx, record: &helder_api::workbench::StepRecord) -> String {
    let id = match (record.action.as_str(), record.what.as_str()) {
        ("claim", _) => "ui-wb-did-claim",
        ("first_check", _) => "ui-wb-did-first_check",
        ("second_check", _) => "ui-wb-did-second_check",
        ("expert_decision", "check 1 chosen") => "ui-wb-did-chose-1",
        ("expert_decision", "check 2 chosen") => "ui-wb-did-chose-2",
        ("expert_decision", _) => "ui-wb-did-corrected",
        ("quality_check", "quality approved") => "ui-wb-did-approved",
        ("quality_check", _) => "ui-wb-did-rejected",
        ("call", "reached") => "ui-wb-outcome-reached",
        ("call", "not_reached") => "ui-wb-outcome-not_reached",
        ("call", _) => "ui-wb-outcome-client_disagrees",
        ("decision", _) => "ui-wb-did-decision",
        _ => return record.what.clone(),
    };
    t(ctx, id)
}

/// What happened to the case: who did which step, when and why.
#[component]
fn History(case: WorkbenchCase) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let lang = ctx.lang.get_untracked();
    let lines = case
        .steps
        .iter()
        .map(|s| {
            let text = t_with(
                ctx,
                "ui-wb-history-line",
                &[
                    ("when", &local_time(&lang, &s.at)),
                    ("who", &s.actor),
                    ("from", &step_name(ctx, &s.step_from)),
                    ("to", &step_name(ctx, &s.step_to)),
                    ("action", &action_words(ctx, s)),
                    // Taking a case has no typed reason; the server records a fixed one.
                    ("why", &if s.action == "claim" { t(ctx, "ui-wb-why-claim") } else { s.why.clone() }),
                ],
            );
            view! { <li>{text}</li> }
        })
        .collect_view();
    view! {
        <section class="panel" aria-labelledby="wb-history-heading">
            <h2 id="wb-history-heading">{t(ctx, "ui-wb-history")}</h2>
            <ol id="wb-history">{lines}</ol>
        </section>
    }
}
