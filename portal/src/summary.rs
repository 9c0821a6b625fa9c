//! The top block of the case overview: four short lines — the money (with who stands behind
//! it), why, what happens next, what you must do — with the case number and the date the figures
//! are as of. The sentences are the explanation's `summary` (helder-explain `summary`); this only
//! shows them.

use helder_api::Sentence;
use helder_explain::Summary;
use leptos::prelude::*;

use crate::{Ctx, t, t_with};

#[component]
pub fn TopBlock(summary: Summary, case_id: String, with_ids: bool, about: Option<String>) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let lang = ctx.lang.get_untracked();
    let as_of = t_with(ctx, "ui-as-of", &[("date", &helder_explain::date(&lang, &summary.as_of))]);
    // Each amount its own word: the money line is one tagged phrase per sentence.
    let tag_of = |provenance: &str| match provenance {
        "decided" => Some(("decided", "ui-summary-provenance-decided")),
        "estimate" => Some(("estimate", "ui-summary-provenance-estimate")),
        "calculated" => Some(("calculated", "ui-summary-provenance-calculated")),
        _ => None,
    };
    let money: Vec<_> = summary
        .money
        .iter()
        .enumerate()
        .map(|(index, sentence)| {
            let tag = summary.money_provenance.get(index).and_then(|p| tag_of(p));
            (sentence.clone(), tag)
        })
        .collect();
    // A supporter reads "Wat moet Mehmet doen?", as the sentences speak about the client.
    let todo_label = match &about {
        Some(client) => t_with(ctx, "ui-summary-todo-about", &[("client", client)]),
        None => t(ctx, "ui-summary-todo"),
    };
    let line = move |id: &'static str,
                     label: String,
                     sentences: Vec<(Sentence, Option<(&'static str, &'static str)>)>| {
        let parts = sentences
            .into_iter()
            .map(|(sentence, tag)| {
                let tag = tag.map(|(kind, label)| {
                    view! { <span class=format!("provenance-tag summary-provenance provenance-{kind}")>{t(ctx, label)}</span>" " }
                });
                view! { <span class="summary-sentence">{tag}{crate::case::sentence_text(&sentence, with_ids)}" "</span> }
            })
            .collect_view();
        view! {
            <div class="summary-line" id=id>
                <dt>{label}</dt>
                <dd>{parts}</dd>
            </div>
        }
    };
    let untagged = |sentences: Vec<Sentence>| sentences.into_iter().map(|s| (s, None)).collect::<Vec<_>>();
    view! {
        <section class="summary" id="summary" aria-labelledby="summary-heading">
            <h2 id="summary-heading">{t(ctx, "ui-summary-title")}</h2>
            <p class="summary-meta">
                <span>{t(ctx, "ui-case-id")} " " {case_id}</span>
                <span class="summary-as-of" id="summary-as-of-line">{as_of}</span>
            </p>
            <dl class="summary-lines">
                {line("summary-money", t(ctx, "ui-summary-money"), money)}
                {line("summary-why", t(ctx, "ui-summary-why"), untagged(summary.why))}
                {line("summary-next", t(ctx, "ui-summary-next"), untagged(summary.next))}
                {line("summary-todo", todo_label, untagged(summary.todo))}
            </dl>
        </section>
    }
}
