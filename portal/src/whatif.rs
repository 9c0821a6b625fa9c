//! The what-if panel of an undecided case.

use helder_api::Estimate;
use leptos::prelude::*;

use crate::case::sha256_hex;
use crate::{Ctx, t};

/// "What if UWV decides …?": for an undecided case, per assumed decision the server's estimate
/// (the euros of its money line, and its result hash). The browser builds the same assumed case, computes it
/// with the WASM engine and shows the estimate only with the outcome of that check.
#[component]
pub fn WhatIf(facts: String, estimates: Vec<Estimate>) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let shown = RwSignal::new(None::<(&'static str, String, bool)>);
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
                let local = helder_core::whatif::with_decision(&facts, assumed)
                    .and_then(|case| helder_core::compute(&case))
                    .map(|result| sha256_hex(&result));
                shown.set(Some((assumption, text.clone(), local.ok().as_deref() == Some(hash.as_str()))));
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
            {move || shown.get().map(|(assumption, text, checked)| view! {
                <div id="what-if-result" class="estimate" role="status">
                    <p><strong>{t(ctx, "ui-whatif-estimate")}</strong></p>
                    <p>{t(ctx, assumption)} " " {text}</p>
                    {if checked {
                        view! { <p class="checked">{t(ctx, "ui-whatif-checked")}</p> }.into_any()
                    } else {
                        view! { <p class="warning" role="alert">{t(ctx, "ui-mismatch")}</p> }.into_any()
                    }}
                </div>
            })}
        </section>
    }
}
