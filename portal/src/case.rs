//! The case overview: the most important message on top, a card per topic with "how did we
//! calculate this?", the ledgers, the timeline, what-if, consent and the glossary. Every sentence
//! comes from the server's explanation; every figure from its result document. The first screen
//! is the explanation's top block and cards; the result's figures (the ledgers, each card's
//! calculation) follow in a chunk of their own (`later::figures`), and with them the timeline and
//! the glossary below the ledgers (`timeline`). Then the browser loads the same engine (`engine`),
//! recomputes the result from the facts and says whether it reaches the server's result byte for
//! byte (its hash is the server's `result_hash`).

use helder_api::{CaseView, Sentence};
use helder_core::contract::{AdvanceResult, BackpayResult, ContactResult, DagloonResult, TraceLine, WaiverResult};
use helder_explain::{Explanation, Section};
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::sync::Arc;

use crate::summary::TopBlock;
use crate::{Ctx, Screen, fetch, role, t, t_with};

/// A sentence; for staff with the trace ids it cites (the references they quote on the phone).
pub(crate) fn sentence_text(sentence: &Sentence, with_ids: bool) -> String {
    if with_ids && !sentence.traces.is_empty() {
        format!("{} [{}]", sentence.text, sentence.traces.join(", "))
    } else {
        sentence.text.clone()
    }
}

/// Whether the browser's own engine, loaded after the first screen (`engine`), reaches the
/// server's result: its result document must hash to the server's `result_hash`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Check {
    /// The engine is on its way or computing.
    Running,
    /// The same result, byte for byte.
    Agrees,
    /// Another result, or none: the warning to contact UWV.
    Differs,
    /// The engine, or the check's chunk (which loads it and hashes its result), could not be
    /// loaded: the figures are the server's, unchecked.
    Unavailable,
}

impl Check {
    /// The engine's answer for a result whose server hash is `server_hash`: the SHA-256 (hex) of
    /// the engine's own result document must be the server's. Only the check's chunk and the
    /// what-if's call this, so the hash function is not in the first screen's module.
    pub(crate) fn of(answer: Result<Option<String>, crate::engine::Unavailable>, server_hash: &str) -> Check {
        use sha2::{Digest, Sha256};
        match answer {
            Ok(Some(result)) => {
                let hash: String = Sha256::digest(result.as_bytes()).iter().map(|b| format!("{b:02x}")).collect();
                if hash == server_hash { Check::Agrees } else { Check::Differs }
            }
            Ok(None) => Check::Differs,
            Err(crate::engine::Unavailable) => Check::Unavailable,
        }
    }
}

/// The parts of the server's result the overview shows besides the explanation (serde skips the
/// members of the result document not named here): the ledgers, the facts behind the daily wage,
/// staff's trace lines and what the client was told. They are read in a chunk of their own
/// (`later::figures`) after the overview is drawn: its first screen is the explanation's.
#[derive(serde::Deserialize)]
pub(crate) struct Figures {
    pub(crate) trace: Vec<TraceLine>,
    pub(crate) dagloon: Option<DagloonResult>,
    pub(crate) advance: Option<AdvanceResult>,
    pub(crate) waiver: Option<WaiverResult>,
    pub(crate) backpay: Option<BackpayResult>,
    #[serde(default)]
    pub(crate) contacts: Vec<ContactResult>,
}

/// What the overview reads of the case's facts itself: whether UWV has decided (no what-if
/// then). The wage of every month is read with the figures (`calculation::wages`).
#[derive(Default, serde::Deserialize)]
struct Facts {
    #[serde(default)]
    decision: Option<serde::de::IgnoredAny>,
}

/// Whether UWV has decided the case of `view` (the server's figures come after it, in the
/// `Result` signal of `CaseView`; their check is its `check` signal).
fn decided(view: &CaseView) -> bool {
    serde_json::from_str::<Facts>(view.facts.json()).unwrap_or_default().decision.is_some()
}

/// The server's figures as the overview has them.
#[derive(Clone)]
pub(crate) enum Read {
    /// The chunk that reads them is on its way.
    Waiting,
    /// Read; `None` when the result document cannot be read (then no figures are shown).
    Done(Option<Arc<Figures>>),
    /// The chunk could not be loaded: a line in the ledgers' place, and the page's error.
    Lost,
}

impl Read {
    pub(crate) fn figures(&self) -> Option<Arc<Figures>> {
        match self {
            Read::Done(figures) => figures.clone(),
            Read::Waiting | Read::Lost => None,
        }
    }
}

#[component]
pub fn CaseView(case_id: String) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    provide_context(crate::dispute::Sent(RwSignal::new(0)));
    // Shared, not cloned per redraw: the case view's result member is never cloned in the browser.
    let data = RwSignal::new(None::<Arc<(CaseView, Explanation)>>);
    // Whether UWV has decided, read once per case view beside it.
    let decision = RwSignal::new(None::<bool>);
    let result = RwSignal::new(Read::Waiting);
    // The figures first, then the parts, then the check (`order`).
    let order = crate::order::Order::new(result);
    provide_context(order.clone());
    // The check of the figures shown: (server hash, outcome).
    let check = RwSignal::new(None::<(String, Check)>);
    let load = {
        let case_id = case_id.clone();
        move || {
            let path = format!("/api/v1/cases/{case_id}?lang={}", ctx.lang.get());
            let order = order.clone();
            spawn_local(async move {
                let reason = (role(ctx) == "staff").then(|| ctx.reason.get_untracked());
                let view = fetch::<CaseView>("GET", &path, None, None, reason).await;
                match view.and_then(|view| view.explanation.parse().ok().map(|explanation| (view, explanation))) {
                    Some((view, explanation)) => {
                        let server = view.result_hash.clone();
                        let facts = view.facts.json().to_owned();
                        let document = view.result.json().map(str::to_owned);
                        decision.set(Some(decided(&view)));
                        ctx.error.set(None);
                        data.set(Some(Arc::new((view, explanation))));
                        // A result is read and checked once per server hash: it does not depend
                        // on the language, so switching it redraws the overview with the figures
                        // and the check already there (or still on their way).
                        // (`try_`: the case may have been left while it was on its way.)
                        if check.try_with_untracked(|check| check.as_ref().is_some_and(|(hash, _)| *hash == server))
                            != Some(false)
                        {
                            return;
                        }
                        check.set(Some((server.clone(), Check::Running)));
                        result.set(Read::Waiting);
                        // First the figures (their reader is a chunk of its own), then the check
                        // (a chunk of its own, which loads the same engine, here in the browser:
                        // does it reach the same result?). The check is the least urgent: it
                        // waits for the parts (`order`).
                        spawn_local(async move {
                            let read = match document {
                                None => Read::Done(None),
                                Some(document) => match crate::later::figures(document).await {
                                    Ok(figures) => Read::Done(figures),
                                    Err(_) => {
                                        crate::later::say_unavailable(ctx);
                                        Read::Lost
                                    }
                                },
                            };
                            // Only for the result still shown: the case may have been left (the
                            // signals are gone then) or reloaded with another result meanwhile.
                            let current = |server: &str| {
                                check.try_with_untracked(|check| check.as_ref().is_some_and(|(hash, _)| hash == server))
                                    == Some(true)
                            };
                            if !current(&server) {
                                return;
                            }
                            result.set(read);
                            if !order.parts_done().await || !current(&server) {
                                return;
                            }
                            let outcome = crate::later::check(facts, server.clone()).await;
                            if current(&server) {
                                check.set(Some((server, outcome)));
                            }
                        });
                    }
                    None => ctx.error.set(Some(t(ctx, "ui-error"))),
                }
            });
        }
    };
    // Staff state why they open this case first: after a reload, back or forward the reason is
    // gone (it lives in memory only, for one case, and never in the address).
    let asking = RwSignal::new(role(ctx) == "staff" && ctx.reason.get_untracked().trim().is_empty());
    Effect::new(move |_| {
        if !asking.get() {
            load();
        }
    });
    let copied = RwSignal::new(false);
    let copy = move |_| {
        let Some(shown) = data.get_untracked() else { return };
        let (view, explanation) = &*shown;
        let mut summary = format!("{} {}\n", t(ctx, "ui-case-id"), view.case_id);
        for section in &explanation.sections {
            summary.push_str(&format!("- {}: {}\n", section.title, sentence_text(&section.lead, true)));
        }
        if let Some(window) = web_sys::window() {
            let _ = window.navigator().clipboard().write_text(&summary);
            copied.set(true);
        }
    };
    let print = move |_| {
        if let Some(window) = web_sys::window() {
            let _ = window.print();
        }
    };
    // Registered with the case view itself, not with the closure that redraws it: leaving the
    // case removes the client's name from the printed header.
    on_cleanup(crate::print::clear);
    view! {
        <Show when=move || data.get().is_some() fallback=move || {
            let case_id = case_id.clone();
            move || match asking.get() {
                true => view! { <StateReason case_id=case_id.clone() asking=asking/> }.into_any(),
                false => view! { <p role="status">{move || t(ctx, "ui-loading")}</p> }.into_any(),
            }
        }>
            {move || {
                let Some(shown_case) = data.get() else { return ().into_any() };
                let (view, explanation) = &*shown_case;
                let Some(decided) = decision.get() else { return ().into_any() };
                let shown = move || result.with(Read::figures);
                let viewer_role = view.viewer.role.clone();
                let client = view.client.clone();
                let banner = match viewer_role.as_str() {
                    "supporter" => Some(t_with(ctx, "ui-banner-supporter", &[("client", &client)])),
                    "staff" => {
                        let reason = view.viewer.reason.clone().unwrap_or_default();
                        Some(t_with(ctx, "ui-banner-staff", &[("client", &client), ("reason", &reason)]))
                    }
                    _ => None,
                };
                let sections = &explanation.sections;
                let Some(status) = sections.first() else { return ().into_any() };
                let with_ids = role(ctx) == "staff";
                // A supporter reads about the client by first name (the explanation does too).
                let about = helder_explain::Reader::of(&viewer_role, &client).about().map(str::to_owned);
                let facts = view.facts.json().to_owned();
                let estimates = view.what_if.clone();
                let ledgers = move || shown().map(crate::later::ledgers);
                let lost = move || {
                    result.with(|read| matches!(read, Read::Lost)).then(|| {
                        crate::later::unavailable_line(ctx)
                    })
                };
                // The printing browser's own day (not UTC's, which is yesterday just after midnight in the
                // Netherlands).
                let today = crate::form::local_date_in(0);
                // The name and case number on every printed page (cleared when the case is left).
                crate::print::set(&format!(
                    "{} · {} {}",
                    t_with(ctx, "ui-print-client", &[("client", &client)]),
                    t(ctx, "ui-case-id"),
                    view.case_id
                ));
                view! {
                    {banner.map(|text| view! { <div class="notification viewer-banner" role="note">{text}</div> })}
                    <p class="print-header">
                        {t_with(ctx, "ui-print-client", &[("client", &client)])} " · "
                        {t(ctx, "ui-case-id")} " " {view.case_id.clone()} " · "
                        {t(ctx, "ui-printed-on")} " " {helder_explain::date(&ctx.lang.get(), &today)}
                    </p>
                    {with_ids.then_some(move || shown().map(crate::later::contradictions))}
                    <h1>{status.title.clone()}</h1>
                    <TopBlock summary=explanation.summary.clone() case_id=view.case_id.clone() with_ids=with_ids about=about.clone()/>
                    <CheckLine check=check/>
                    {(viewer_role != "staff").then(|| crate::later::news(view.case_id.clone()))}
                    <div class="toolbar">
                        <button class="button-secondary" on:click=print>{t(ctx, "ui-print")}</button>
                        {with_ids.then(|| view! { <button id="copy-summary" class="button-secondary" on:click=copy>{t(ctx, "ui-copy-summary")}</button> })}
                        <Show when=move || copied.get()><span role="status">{move || t(ctx, "ui-copied")}</span></Show>
                    </div>
                    <div class="cards">
                        {sections.iter().skip(1).map(|section| {
                            // "Dit klopt niet" on a wage month: the client's own letter.
                            let dispute = (viewer_role == "client").then(|| view.case_id.clone());
                            let wages = (section.id == "dagloon").then(|| (facts.clone(), dispute));
                            view! { <Card section=section.clone() result=result wages=wages with_ids=with_ids/> }
                        }).collect_view()}
                    </div>
                    {ledgers}
                    {lost}
                    // The timeline below the money (issue 18): the top block answers first.
                    {crate::later::timeline(explanation.timeline.clone(), explanation.notes.clone(), with_ids, about.clone())}
                    // Versions count from 1: a later one means the case changed (issue 17).
                    {(view.version > 1).then(|| crate::later::what_changed(view.case_id.clone()))}
                    {(!decided && !estimates.is_empty()).then(|| crate::later::what_if(facts.clone(), estimates.clone()))}
                    {(viewer_role != "staff").then(|| crate::later::letters(view.case_id.clone()))}
                    {(viewer_role != "staff").then(|| crate::later::requests(view.case_id.clone()))}
                    {(viewer_role == "client").then(|| crate::later::consent(view.case_id.clone()))}
                    {(viewer_role == "client").then(crate::later::email)}
                    {(viewer_role == "staff").then(|| crate::later::call_notes(view.case_id.clone()))}
                    {crate::later::glossary(explanation.glossary.clone())}
                    <p class="print-small-print">{t(ctx, "ui-rules-version")} " " {view.rules_version.clone()}</p>
                }.into_any()
            }}
        </Show>
        // Leaving the case ends the reason stated for it: the next case asks for its own.
        <button class="link-button" id="back" on:click=move |_| {
            ctx.reason.set(String::new());
            ctx.screen.set(Screen::Home);
        }>{move || t(ctx, "ui-back")}</button>
    }
}

/// The line under the top block that says whether the browser reached the same result: running
/// (a status), the same (`#checked`), different (`#mismatch`, an alert) or not possible here.
#[component]
fn CheckLine(check: RwSignal<Option<(String, Check)>>) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    move || match check.get().map(|(_, check)| check) {
        None => ().into_any(),
        Some(Check::Running) => {
            view! { <p class="muted" id="checking" role="status">{t(ctx, "ui-checking")}</p> }.into_any()
        }
        Some(Check::Agrees) => view! { <p class="checked" id="checked">{t(ctx, "ui-checked")}</p> }.into_any(),
        Some(Check::Differs) => {
            view! { <p class="warning" id="mismatch" role="alert">{t(ctx, "ui-mismatch")}</p> }.into_any()
        }
        Some(Check::Unavailable) => {
            view! { <p class="muted" id="unchecked" role="status">{t(ctx, "ui-check-unavailable")}</p> }.into_any()
        }
    }
}

/// The reason a staff member opens this case, asked on the case's own screen (see `CaseView`).
#[component]
fn StateReason(case_id: String, asking: RwSignal<bool>) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let open = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if !ctx.reason.get_untracked().trim().is_empty() {
            asking.set(false);
        }
    };
    view! {
        <h1>{move || t(ctx, "ui-case-id")} " " {case_id.clone()}</h1>
        <form on:submit=open class="panel">
            <label for="reason">{move || t(ctx, "ui-reason-label")}</label>
            <p class="hint" id="reason-hint">{move || t(ctx, "ui-reason-hint")}</p>
            <input id="reason" aria-describedby="reason-hint" required=true maxlength="200" prop:value=move || ctx.reason.get()
                on:input=move |ev| ctx.reason.set(event_target_value(&ev))/>
            <button id="state-reason" type="submit" class="button">
                {move || t_with(ctx, "ui-open-case", &[("case", &case_id)])}
            </button>
        </form>
    }
}

/// The facts behind the daily wage besides the dagloon: the case's facts (JSON, whose wage per
/// month the card's calculation reads) and the case id when the reader is the client, who may say
/// "Dit klopt niet" about a month.
pub(crate) type DagloonFacts = (String, Option<String>);

/// One topic: its key sentence, its paragraphs, and "how did we calculate this?" with the trace
/// lines it cites, the facts they used (for the daily wage: the dagloon and the wage per month)
/// and the legal sources.
#[component]
fn Card(section: Section, result: RwSignal<Read>, wages: Option<DagloonFacts>, with_ids: bool) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let id = format!("card-{}", section.id);
    let sources = section.sources.join("; ");
    // "How did we calculate this?" comes with the figures (`later::calculation`).
    let calculation = crate::later::calculation(section.clone(), result, wages, with_ids);
    // The key amount, large: the first amount the lead sentence cites. Hidden from screen
    // readers, which read it in the lead sentence right after.
    let key_amount = section
        .lead
        .figures
        .iter()
        .map(|f| f.value.as_str())
        .find(|v| is_money(v))
        .map(|v| view! { <p class="card-amount" aria-hidden="true">{helder_explain::euro(&ctx.lang.get_untracked(), v)}</p> });
    let provenance = provenance_tag(ctx, &section);
    view! {
        <section class="card" id=id.clone() aria-labelledby=format!("{id}-title")>
            <h2 id=format!("{id}-title")>{section.title.clone()}</h2>
            {key_amount}
            {provenance}
            <p class="card-lead">{sentence_text(&section.lead, with_ids)}</p>
            {section.paragraphs.iter().map(|p| view! {
                <p>{p.iter().map(|s| sentence_text(s, with_ids)).collect::<Vec<_>>().join(" ")}</p>
            }).collect_view()}
            {calculation}
            {(!sources.is_empty()).then(|| view! { <p class="sources">{sources}</p> })}
        </section>
    }
}

/// Who stands behind the card's amounts, as a word in a bordered tag and a sentence (never by
/// colour alone): UWV's decision with its date and letter when the card cites an amount UWV
/// decided, else the provenance of the lead's first amount: Helder's calculation that UWV has
/// not decided, or Helder's estimate.
fn provenance_tag(ctx: Ctx, section: &Section) -> Option<impl IntoView + use<>> {
    let cited = || section.lead.figures.iter().chain(section.paragraphs.iter().flatten().flat_map(|s| &s.figures));
    let decided =
        cited().find(|f| is_money(&f.value) && f.provenance.as_deref() == Some("decided") && f.decision.is_some());
    let figure =
        decided.or_else(|| section.lead.figures.iter().find(|f| is_money(&f.value) && f.provenance.is_some()))?;
    let (kind, text) = match (figure.provenance.as_deref(), &figure.decision) {
        (Some("decided"), Some(decision)) => {
            let date =
                helder_explain::date(&ctx.lang.get_untracked(), &helder_core::calendar::format_date(decision.date));
            ("decided", t_with(ctx, "ui-provenance-decided", &[("date", &date), ("reference", &decision.reference)]))
        }
        (Some("estimate"), _) => ("estimate", t(ctx, "ui-provenance-estimate")),
        _ => ("calculated", t(ctx, "ui-provenance-calculated")),
    };
    let word = t(
        ctx,
        match kind {
            "decided" => "ui-provenance-word-decided",
            "estimate" => "ui-provenance-word-estimate",
            _ => "ui-provenance-word-calculated",
        },
    );
    Some(view! {
        <p class=format!("provenance provenance-{kind}")>
            <span class="provenance-tag">{word}</span>" "{text}
        </p>
    })
}

/// A contract money string: digits, a point, two digits (`"1234.50"`, `"-3.00"`).
fn is_money(value: &str) -> bool {
    let digits = value.trim_start_matches('-');
    digits.split_once('.').is_some_and(|(whole, cents)| {
        !whole.is_empty()
            && whole.bytes().all(|b| b.is_ascii_digit())
            && cents.len() == 2
            && cents.bytes().all(|b| b.is_ascii_digit())
    })
}
