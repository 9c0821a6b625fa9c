//! The parts of the portal a Dutch first screen does not need (issue 15, budget 3): the sign-in, the
//! case list, the form of "Dit klopt niet" (shown when a wage month is chosen), the figures of the
//! result document (read and shown after the overview's top block and cards, which are the
//! explanation's: the ledgers, each card's "how did we calculate this?" with the facts behind the
//! daily wage, what the client was told) with the timeline and the glossary below the ledgers, the
//! news, and below the case overview what changed, what-if, letters, requests, consent, e-mail and
//! call notes; the labels of the languages after Dutch; and the engine's check (loading the engine,
//! hashing its result), which follows the parts.
//!
//! Each is a split point: `cargo xtask build-portal` cuts its code into a WASM chunk
//! (wasm_split, as Leptos' `#[lazy]` does), which the browser loads the first time the part is
//! shown. Code two chunks share goes into a chunk both load. The six parts a client's case page
//! shows at once (news, letters, requests, consent, e-mail and the dispute form; a supporter's
//! shows the first three) share one chunk, `client_parts`: one request, and less code shared
//! across chunks than six. The figures are a chunk of their own (`figures`): staff see them too;
//! the timeline and the glossary, which sit below the ledgers, come in it. Within a case view the
//! parts are asked for after the figures, and the check after the parts (`order`).
//!
//! Each part that draws calls `helder_explain::register_later_labels` first: the Dutch labels of
//! the parts after the first screen are a table only these split points name, so it leaves the
//! first screen's module with them (a shared chunk, loaded with whichever part comes first).
//!
//! The split points are `fallible`: a chunk that cannot be loaded (a dropped connection) leaves a
//! line in the part's place and one error at the top asking to reload the page, instead of
//! aborting the whole module. The check's chunk is the exception: without it the overview says
//! the browser could not recalculate, as for a lost engine. The other languages' labels are asked
//! for before a screen in that language is drawn (`labels`); without them the page stays Dutch
//! and says so beside the language switch.

use helder_api::{Estimate, Sentence};
use helder_core::contract::DagloonResult;
use leptos::prelude::*;
use leptos::wasm_split::{SplitLoaderError, wasm_split};
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

use crate::case::{Check, DagloonFacts, Figures, Read};
use crate::{Ctx, t};
use helder_explain::{GlossaryEntry, Section, Step};

/// A split part's answer that is still to come (split functions cannot be `async` themselves).
type Pending<T> = Pin<Box<dyn Future<Output = T>>>;

#[wasm_split(what_changed, wasm_split_path = ::leptos::wasm_split, fallible)]
fn what_changed_part(case_id: String) -> Result<AnyView, SplitLoaderError> {
    helder_explain::register_later_labels();
    Ok(view! { <crate::change::WhatChanged case_id=case_id/> }.into_any())
}

#[wasm_split(what_if, wasm_split_path = ::leptos::wasm_split, fallible)]
fn what_if_part(facts: String, estimates: Vec<Estimate>) -> Result<AnyView, SplitLoaderError> {
    helder_explain::register_later_labels();
    Ok(view! { <crate::whatif::WhatIf facts=facts estimates=estimates/> }.into_any())
}

#[wasm_split(client_parts, wasm_split_path = ::leptos::wasm_split, fallible)]
fn letters_part(case_id: String) -> Result<AnyView, SplitLoaderError> {
    helder_explain::register_later_labels();
    Ok(view! { <crate::letters::Letters case_id=case_id/> }.into_any())
}

#[wasm_split(client_parts, wasm_split_path = ::leptos::wasm_split, fallible)]
fn requests_part(case_id: String) -> Result<AnyView, SplitLoaderError> {
    helder_explain::register_later_labels();
    Ok(view! { <crate::dispute::Requests case_id=case_id/> }.into_any())
}

#[wasm_split(client_parts, wasm_split_path = ::leptos::wasm_split, fallible)]
fn consent_part(case_id: String) -> Result<AnyView, SplitLoaderError> {
    helder_explain::register_later_labels();
    Ok(view! { <crate::consent::Consent case_id=case_id/> }.into_any())
}

#[wasm_split(client_parts, wasm_split_path = ::leptos::wasm_split, fallible)]
fn email_part() -> Result<AnyView, SplitLoaderError> {
    helder_explain::register_later_labels();
    Ok(view! { <crate::news::EmailForm/> }.into_any())
}

#[wasm_split(client_parts, wasm_split_path = ::leptos::wasm_split, fallible)]
fn dispute_form_part(
    case_id: String,
    chosen: RwSignal<Option<String>>,
    wages: Vec<(String, String)>,
) -> Result<AnyView, SplitLoaderError> {
    helder_explain::register_later_labels();
    Ok(view! { <crate::dispute::DisputeForm case_id=case_id chosen=chosen wages=wages/> }.into_any())
}

/// The result document's figures, read in a chunk of their own: serde's derived readers of the
/// trace lines and the results are 16.4 KiB (gzip) the overview does not need to be drawn.
#[wasm_split(figures, wasm_split_path = ::leptos::wasm_split, fallible)]
fn figures_part(document: String) -> Result<Option<Arc<Figures>>, SplitLoaderError> {
    Ok(serde_json::from_str(&document).ok().map(Arc::new))
}

#[wasm_split(figures, wasm_split_path = ::leptos::wasm_split, fallible)]
fn ledgers_part(figures: Arc<Figures>) -> Result<AnyView, SplitLoaderError> {
    helder_explain::register_later_labels();
    Ok(view! { <crate::ledger::Ledgers figures=figures/> }.into_any())
}

#[wasm_split(figures, wasm_split_path = ::leptos::wasm_split, fallible)]
fn reference_wages_part(
    dagloon: DagloonResult,
    wages: Vec<(String, String)>,
    dispute: Option<String>,
) -> Result<AnyView, SplitLoaderError> {
    helder_explain::register_later_labels();
    Ok(view! { <crate::calculation::ReferenceWages dagloon=dagloon wages=wages dispute=dispute/> }.into_any())
}

#[wasm_split(figures, wasm_split_path = ::leptos::wasm_split, fallible)]
fn calculation_part(
    section: Section,
    result: RwSignal<Read>,
    wages: Option<DagloonFacts>,
    with_ids: bool,
) -> Result<AnyView, SplitLoaderError> {
    helder_explain::register_later_labels();
    Ok(view! { <crate::calculation::Calculation section=section result=result wages=wages with_ids=with_ids/> }
        .into_any())
}

#[wasm_split(client_parts, wasm_split_path = ::leptos::wasm_split, fallible)]
fn news_part(case_id: String) -> Result<AnyView, SplitLoaderError> {
    helder_explain::register_later_labels();
    Ok(view! { <crate::news::News case_id=case_id/> }.into_any())
}

#[wasm_split(figures, wasm_split_path = ::leptos::wasm_split, fallible)]
fn contradictions_part(figures: Arc<Figures>) -> Result<AnyView, SplitLoaderError> {
    helder_explain::register_later_labels();
    Ok(view! { <crate::told::Contradictions contacts=figures.contacts.clone()/> }.into_any())
}

/// The timeline and the glossary: the explanation's, below the ledgers, so they come in the
/// figures' chunk (a case page loads it anyway) instead of before the first screen.
#[wasm_split(figures, wasm_split_path = ::leptos::wasm_split, fallible)]
fn timeline_part(
    steps: Vec<Step>,
    notes: Vec<Sentence>,
    with_ids: bool,
    about: Option<String>,
) -> Result<AnyView, SplitLoaderError> {
    helder_explain::register_later_labels();
    Ok(view! { <crate::timeline::Timeline steps=steps notes=notes with_ids=with_ids about=about/> }.into_any())
}

#[wasm_split(figures, wasm_split_path = ::leptos::wasm_split, fallible)]
fn glossary_part(entries: Vec<GlossaryEntry>) -> Result<AnyView, SplitLoaderError> {
    helder_explain::register_later_labels();
    Ok(view! { <crate::timeline::Glossary entries=entries/> }.into_any())
}

/// The browser's check of the server's result: the engine (`engine`, a module of its own)
/// computes the case from its facts, and its result must hash to the server's. Loading the engine,
/// the hash function and the comparison are a chunk, asked for once the parts are drawn (`order`).
#[wasm_split(check, wasm_split_path = ::leptos::wasm_split, fallible)]
fn check_part(facts: String, server_hash: String) -> Result<Pending<Check>, SplitLoaderError> {
    Ok(Box::pin(async move { Check::of(crate::engine::compute(&facts).await, &server_hash) }))
}

/// The engine's build of the rules, which staff quote (the footer): with the check's chunk, which
/// loads the engine anyway.
#[wasm_split(check, wasm_split_path = ::leptos::wasm_split, fallible)]
fn rules_version_part() -> Result<Pending<Option<String>>, SplitLoaderError> {
    Ok(Box::pin(crate::engine::rules_version()))
}

/// The labels of the languages after Dutch: a page in Dutch never needs them.
#[wasm_split(languages, wasm_split_path = ::leptos::wasm_split, fallible)]
fn other_languages_part() -> Result<helder_explain::OtherLabels, SplitLoaderError> {
    Ok(helder_explain::other_labels())
}

#[wasm_split(call_notes, wasm_split_path = ::leptos::wasm_split, fallible)]
fn call_notes_part(case_id: String) -> Result<AnyView, SplitLoaderError> {
    helder_explain::register_later_labels();
    Ok(view! { <crate::call_note::CallNotes case_id=case_id/> }.into_any())
}

#[wasm_split(sign_in, wasm_split_path = ::leptos::wasm_split, fallible)]
fn sign_in_part() -> Result<AnyView, SplitLoaderError> {
    helder_explain::register_later_labels();
    Ok(view! { <crate::signin::SignIn/> }.into_any())
}

#[wasm_split(home, wasm_split_path = ::leptos::wasm_split, fallible)]
fn home_part() -> Result<AnyView, SplitLoaderError> {
    helder_explain::register_later_labels();
    Ok(view! { <crate::signin::Home/> }.into_any())
}

/// What a part's place shows until its chunk has arrived, and whether it is in the figures'
/// chunk.
#[derive(Clone, Copy, PartialEq)]
enum How {
    /// A part of a screen: nothing.
    Part,
    /// A part in the figures' chunk: nothing; and when the figures themselves could not be
    /// loaded, the line at once. That chunk is not asked for again: on a line where it hangs,
    /// each ask would wait for the chunk's limit, one after the other, and the check with them.
    WithFigures,
    /// The client's news: an empty panel of their size (when there are none), so the cards
    /// below do not move when they come (`.news-placeholder`).
    News,
    /// A whole screen (the sign-in, the case list): says it is loading.
    Screen,
}

/// A part drawn once its chunk has arrived (until then, see `How`). If the chunk cannot be
/// loaded, a line takes the part's place and the page's error (announced once, however many parts
/// fail) asks to reload. Within a case view a part is asked for once the result's figures are read
/// or lost (`order`).
fn loaded(part: impl Future<Output = Result<AnyView, SplitLoaderError>> + 'static, how: How) -> AnyView {
    // One body for every part: boxed, the future does not make a copy of it per part.
    loaded_boxed(Box::pin(part), how)
}

fn loaded_boxed(part: Pending<Result<AnyView, SplitLoaderError>>, how: How) -> AnyView {
    let order = use_context::<crate::order::Order>();
    let waits = order.as_ref().map(crate::order::Order::part);
    let slot = RwSignal::new_local(None::<AnyView>);
    let ctx = use_context::<crate::Ctx>();
    // The part is built under this owner (its components read the portal's context), without
    // tracking anything for the view around it, and not at all once that view is gone
    // (the task is cancelled with its owner).
    untrack(|| {
        leptos::task::spawn_local_scoped_with_cancellation(async move {
            // Counted as pending until drawn, lost, or dropped with its view. A part another part
            // makes (the reference wages, the dispute form) is counted as its maker draws, since
            // the slot's redraw runs before the maker's count is dropped.
            let _counted = match waits {
                Some((counted, figures)) => {
                    figures.await;
                    Some(counted)
                }
                None => None,
            };
            // (Not polled, the part's future asks for nothing.)
            let lost_with_figures = how == How::WithFigures && order.is_some_and(|order| order.figures_lost());
            let part = if lost_with_figures { None } else { part.await.ok() };
            let shown = match (part, ctx) {
                (Some(view), _) => view,
                (None, Some(ctx)) => {
                    say_unavailable(ctx);
                    unavailable_line(ctx)
                }
                (None, None) => ().into_any(),
            };
            slot.set(Some(shown));
        })
    });
    // The view is moved into the page once; the slot is emptied so nothing holds a second copy.
    (move || {
        slot.track();
        match (slot.try_update_untracked(Option::take).flatten(), how, ctx) {
            (Some(view), _, _) => view,
            (None, How::Screen, Some(ctx)) => view! { <p role="status">{move || t(ctx, "ui-loading")}</p> }.into_any(),
            (None, How::News, _) => view! { <div class="panel news-placeholder"></div> }.into_any(),
            (None, _, _) => ().into_any(),
        }
    })
    .into_any()
}

/// The line in the place of a part whose chunk could not be loaded.
pub(crate) fn unavailable_line(ctx: Ctx) -> AnyView {
    view! { <p class="warning part-unavailable">{move || t(ctx, "ui-part-unavailable")}</p> }.into_any()
}

/// The page's error for a chunk that could not be loaded: said once, however many parts fail.
pub(crate) fn say_unavailable(ctx: Ctx) {
    if ctx.error.get_untracked().is_none() {
        ctx.error.set(Some(t(ctx, "ui-part-unavailable")));
    }
}

/// Makes sure the labels of `language` are here (Dutch's always are, another language's come with
/// their chunk); `false` if that chunk cannot be loaded.
pub(crate) async fn labels(language: &str) -> bool {
    if helder_explain::has_labels(language) {
        return true;
    }
    match other_languages_part().await {
        Ok(tables) => {
            helder_explain::register_other_labels(tables);
            helder_explain::has_labels(language)
        }
        Err(_) => false,
    }
}

/// The browser's check of a result whose server hash is `server_hash`; without the check's
/// chunk nothing was checked.
pub(crate) async fn check(facts: String, server_hash: String) -> Check {
    match check_part(facts, server_hash).await {
        Ok(check) => check.await,
        Err(_) => Check::Unavailable,
    }
}

/// The engine's build of the rules; `None` until known or if it cannot be loaded.
pub(crate) async fn rules_version() -> Option<String> {
    rules_version_part().await.ok()?.await
}

/// The result document's figures (`None` when it cannot be read).
pub(crate) async fn figures(document: String) -> Result<Option<Arc<Figures>>, SplitLoaderError> {
    figures_part(document).await
}

pub(crate) fn ledgers(figures: Arc<Figures>) -> AnyView {
    loaded(ledgers_part(figures), How::WithFigures)
}

pub(crate) fn reference_wages(
    dagloon: DagloonResult,
    wages: Vec<(String, String)>,
    dispute: Option<String>,
) -> AnyView {
    loaded(reference_wages_part(dagloon, wages, dispute), How::WithFigures)
}

pub(crate) fn calculation(
    section: Section,
    result: RwSignal<Read>,
    wages: Option<DagloonFacts>,
    with_ids: bool,
) -> AnyView {
    loaded(calculation_part(section, result, wages, with_ids), How::WithFigures)
}

pub(crate) fn timeline(steps: Vec<Step>, notes: Vec<Sentence>, with_ids: bool, about: Option<String>) -> AnyView {
    loaded(timeline_part(steps, notes, with_ids, about), How::WithFigures)
}

pub(crate) fn glossary(entries: Vec<GlossaryEntry>) -> AnyView {
    loaded(glossary_part(entries), How::WithFigures)
}

pub(crate) fn news(case_id: String) -> AnyView {
    loaded(news_part(case_id), How::News)
}

pub(crate) fn contradictions(figures: Arc<Figures>) -> AnyView {
    loaded(contradictions_part(figures), How::WithFigures)
}

pub(crate) fn what_changed(case_id: String) -> AnyView {
    loaded(what_changed_part(case_id), How::Part)
}

pub(crate) fn what_if(facts: String, estimates: Vec<Estimate>) -> AnyView {
    loaded(what_if_part(facts, estimates), How::Part)
}

pub(crate) fn letters(case_id: String) -> AnyView {
    loaded(letters_part(case_id), How::Part)
}

pub(crate) fn requests(case_id: String) -> AnyView {
    loaded(requests_part(case_id), How::Part)
}

pub(crate) fn consent(case_id: String) -> AnyView {
    loaded(consent_part(case_id), How::Part)
}

pub(crate) fn email() -> AnyView {
    loaded(email_part(), How::Part)
}

pub(crate) fn dispute_form(case_id: String, chosen: RwSignal<Option<String>>, wages: Vec<(String, String)>) -> AnyView {
    loaded(dispute_form_part(case_id, chosen, wages), How::Part)
}

pub(crate) fn call_notes(case_id: String) -> AnyView {
    loaded(call_notes_part(case_id), How::Part)
}

pub(crate) fn sign_in() -> AnyView {
    loaded(sign_in_part(), How::Screen)
}

pub(crate) fn home() -> AnyView {
    loaded(home_part(), How::Screen)
}
