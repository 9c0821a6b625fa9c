//! The what-if panel of an undecided case.

use helder_api::Estimate;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::case::Check;
use crate::{Ctx, t};

/// "What if UWV decides …?": for an undecided case, per assumed decision the server's estimate
/// (the euros of its money line, and its result hash). The browser's engine (`engine`) computes
/// the same assumed case; the estimate is shown at once, with the outcome of that check when it
/// is done.
#[component]
pub fn WhatIf(facts: String, estimates: Vec<Estimate>) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let shown = RwSignal::new(None::<(&'static str, String, Check)>);
    let buttons = estimates
        .into_iter()
        .filter_map(|estimate| {
            let outcome = estimate.outcome;
            let assumed = helder_core::whatif::Assumed::from_code(&outcome)?;
            let (label, assumption) = match assumed {
                helder_core::whatif::Assumed::Iva => ("ui-whatif-iva", "ui-whatif-if-iva"),
                helder_core::whatif::Assumed::Wga => ("ui-whatif-wga", "ui-whatif-if-wga"),
                helder_core::whatif::Assumed::Refused => ("ui-whatif-refused", "ui-whatif-if-refused"),
            };
            let text = estimate.estimate.iter().map(|s| s.text.as_str()).collect::<Vec<_>>().join(" ");
            let hash = estimate.result_hash;
            let facts = facts.clone();
            let choose = move |_| {
                shown.set(Some((assumption, text.clone(), Check::Running)));
                let (facts, hash, text) = (facts.clone(), hash.clone(), text.clone());
                spawn_local(async move {
                    let check = Check::of(crate::engine::what_if(&facts, assumed.code()).await, &hash);
                    // Only if this estimate is still the one shown (another button may have been
                    // chosen) and still on screen (a language switch or leaving the case drops it).
                    let current =
                        shown.try_with_untracked(|shown| shown.as_ref().is_some_and(|(a, _, _)| *a == assumption));
                    if current == Some(true) {
                        shown.set(Some((assumption, text, check)));
                    }
                });
            };
            Some(view! {
                <button id=format!("what-if-{outcome}") class="button-secondary" on:click=choose>{move || t(ctx, label)}</button>
            })
        })
        .collect_view();
    view! {
        <section class="panel what-if" aria-labelledby="what-if-heading">
            <h2 id="what-if-heading">{move || t(ctx, "ui-whatif-title")}</h2>
            <p>{move || t(ctx, "ui-whatif-intro")}</p>
            <div class="toolbar">{buttons}</div>
            {move || shown.get().map(|(assumption, text, check)| view! {
                <div id="what-if-result" class="estimate" role="status">
                    <p><strong>{t(ctx, "ui-whatif-estimate")}</strong></p>
                    <p>{t(ctx, assumption)} " " {text}</p>
                    {match check {
                        Check::Running => view! { <p class="muted" role="status">{t(ctx, "ui-checking")}</p> }.into_any(),
                        Check::Agrees => view! { <p class="checked">{t(ctx, "ui-whatif-checked")}</p> }.into_any(),
                        Check::Differs => view! { <p class="warning" role="alert">{t(ctx, "ui-mismatch")}</p> }.into_any(),
                        Check::Unavailable => {
                            view! { <p class="muted" role="status">{t(ctx, "ui-check-unavailable")}</p> }.into_any()
                        }
                    }}
                </div>
            })}
        </section>
    }
}
