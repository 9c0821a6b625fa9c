//! The parts of the portal the first screen does not need (issue 15, budget 3): the sign-in, the
//! case list, the form of "Dit klopt niet" (shown when a wage month is chosen), and below the
//! case overview what changed, what-if, letters, requests, consent, e-mail and call notes. Each is a split point: `cargo xtask build-portal` cuts its code into a
//! WASM chunk (wasm_split, as Leptos' `#[lazy]` does), which the browser loads the first time the
//! part is shown. Code two chunks share goes into a chunk both load. The four parts every client
//! sees (letters, requests, consent, e-mail, the dispute form) share one chunk
//! (`client_parts`): they are always loaded together, and one chunk is fewer requests and less
//! code shared across chunks than four.
//!
//! The split points are `fallible`: a chunk that cannot be loaded (a dropped connection) leaves a
//! line asking to reload the page instead of aborting the whole module.

use helder_api::Estimate;
use leptos::prelude::*;
use leptos::wasm_split::{SplitLoaderError, wasm_split};

use crate::t;

#[wasm_split(what_changed, wasm_split_path = ::leptos::wasm_split, fallible)]
fn what_changed_part(case_id: String) -> Result<AnyView, SplitLoaderError> {
    Ok(view! { <crate::change::WhatChanged case_id=case_id/> }.into_any())
}

#[wasm_split(what_if, wasm_split_path = ::leptos::wasm_split, fallible)]
fn what_if_part(facts: String, estimates: Vec<Estimate>) -> Result<AnyView, SplitLoaderError> {
    Ok(view! { <crate::whatif::WhatIf facts=facts estimates=estimates/> }.into_any())
}

#[wasm_split(client_parts, wasm_split_path = ::leptos::wasm_split, fallible)]
fn letters_part(case_id: String) -> Result<AnyView, SplitLoaderError> {
    Ok(view! { <crate::letters::Letters case_id=case_id/> }.into_any())
}

#[wasm_split(client_parts, wasm_split_path = ::leptos::wasm_split, fallible)]
fn requests_part(case_id: String) -> Result<AnyView, SplitLoaderError> {
    Ok(view! { <crate::dispute::Requests case_id=case_id/> }.into_any())
}

#[wasm_split(client_parts, wasm_split_path = ::leptos::wasm_split, fallible)]
fn consent_part(case_id: String) -> Result<AnyView, SplitLoaderError> {
    Ok(view! { <crate::consent::Consent case_id=case_id/> }.into_any())
}

#[wasm_split(client_parts, wasm_split_path = ::leptos::wasm_split, fallible)]
fn email_part() -> Result<AnyView, SplitLoaderError> {
    Ok(view! { <crate::news::EmailForm/> }.into_any())
}

#[wasm_split(client_parts, wasm_split_path = ::leptos::wasm_split, fallible)]
fn dispute_form_part(
    case_id: String,
    chosen: RwSignal<Option<String>>,
    wages: Vec<(String, String)>,
) -> Result<AnyView, SplitLoaderError> {
    Ok(view! { <crate::dispute::DisputeForm case_id=case_id chosen=chosen wages=wages/> }.into_any())
}

#[wasm_split(call_notes, wasm_split_path = ::leptos::wasm_split, fallible)]
fn call_notes_part(case_id: String) -> Result<AnyView, SplitLoaderError> {
    Ok(view! { <crate::call_note::CallNotes case_id=case_id/> }.into_any())
}

#[wasm_split(sign_in, wasm_split_path = ::leptos::wasm_split, fallible)]
fn sign_in_part() -> Result<AnyView, SplitLoaderError> {
    Ok(view! { <crate::signin::SignIn/> }.into_any())
}

#[wasm_split(home, wasm_split_path = ::leptos::wasm_split, fallible)]
fn home_part() -> Result<AnyView, SplitLoaderError> {
    Ok(view! { <crate::signin::Home/> }.into_any())
}

/// A part drawn once its chunk has arrived: nothing in its place until then, and a line asking to
/// reload the page if it cannot be loaded.
fn loaded(part: impl Future<Output = Result<AnyView, SplitLoaderError>> + 'static) -> AnyView {
    let slot = RwSignal::new_local(None::<AnyView>);
    // The part is built under this owner (its components read the portal's context), without
    // tracking anything for the view around it, and not at all once that view is gone.
    untrack(|| {
        leptos::task::spawn_local_scoped_with_cancellation(async move {
            let shown = match part.await {
                Ok(view) => view,
                Err(_) => {
                    let ctx = expect_context::<crate::Ctx>();
                    view! { <p class="warning part-unavailable" role="status">{move || t(ctx, "ui-part-unavailable")}</p> }.into_any()
                }
            };
            slot.set(Some(shown));
        })
    });
    // The view is moved into the page once; the slot is emptied so nothing holds a second copy.
    (move || {
        slot.track();
        slot.try_update_untracked(Option::take).flatten()
    })
    .into_any()
}

pub(crate) fn what_changed(case_id: String) -> AnyView {
    loaded(what_changed_part(case_id))
}

pub(crate) fn what_if(facts: String, estimates: Vec<Estimate>) -> AnyView {
    loaded(what_if_part(facts, estimates))
}

pub(crate) fn letters(case_id: String) -> AnyView {
    loaded(letters_part(case_id))
}

pub(crate) fn requests(case_id: String) -> AnyView {
    loaded(requests_part(case_id))
}

pub(crate) fn consent(case_id: String) -> AnyView {
    loaded(consent_part(case_id))
}

pub(crate) fn email() -> AnyView {
    loaded(email_part())
}

pub(crate) fn dispute_form(case_id: String, chosen: RwSignal<Option<String>>, wages: Vec<(String, String)>) -> AnyView {
    loaded(dispute_form_part(case_id, chosen, wages))
}

pub(crate) fn call_notes(case_id: String) -> AnyView {
    loaded(call_notes_part(case_id))
}

pub(crate) fn sign_in() -> AnyView {
    loaded(sign_in_part())
}

pub(crate) fn home() -> AnyView {
    loaded(home_part())
}
