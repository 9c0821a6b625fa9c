//! The end of the case overview: the timeline and the glossary. Both are the explanation's, and
//! both sit below the ledgers, so neither is in a phone's or a desktop's first view: they come
//! with the result's figures, in their chunk (`later::timeline`, `later::glossary`; issue 15,
//! budget 3), and say so in a line when it cannot be loaded.

use helder_api::Sentence;
use helder_explain::{GlossaryEntry, Step};
use leptos::prelude::*;

use crate::case::sentence_text;
use crate::{Ctx, t, t_with};

/// The timeline: per step its date, what happens, who acts and its state in words (never by
/// colour alone); the current step is marked for assistive technology too.
#[component]
pub(crate) fn Timeline(steps: Vec<Step>, notes: Vec<Sentence>, with_ids: bool, about: Option<String>) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let lang = ctx.lang.get_untracked();
    view! {
        <section aria-labelledby="timeline-heading" class="timeline">
            <h2 id="timeline-heading">{t(ctx, "ui-timeline-title")}</h2>
            <ol class="steps" id="timeline">
                {steps.iter().map(|step| {
                    // The client's steps name the client for a supporter ("Wie: Mehmet").
                    let who = |actor: &str| match (actor, &about) {
                        ("client", Some(client)) => t_with(ctx, "ui-actor-client-about", &[("client", client)]),
                        _ => t(ctx, &format!("ui-actor-{actor}")),
                    };
                    let state = &step.state;
                    let actor = &step.actor;
                    let current = (state == "now").then_some("step");
                    // "Now" is the calculation date: the figures are as of that day.
                    let date = helder_explain::date(&lang, &step.date);
                    let date = if current.is_some() { t_with(ctx, "ui-as-of", &[("date", &date)]) } else { date };
                    view! {
                        <li class=format!("step step-{state}") aria-current=current>
                            <span class="step-date">{date}</span>
                            <span class="step-text">{sentence_text(&step.text, with_ids)}</span>
                            <span class="step-who">{t(ctx, "ui-timeline-who")} ": " {who(actor)}</span>
                            <strong class=format!("tag tag-{state}")>{t(ctx, &format!("ui-state-{state}"))}</strong>
                        </li>
                    }
                }).collect_view()}
            </ol>
            {notes.iter().map(|s| view! { <p class="muted">{sentence_text(s, with_ids)}</p> }).collect_view()}
        </section>
    }
}

/// The words the explanation uses, with their meaning.
#[component]
pub(crate) fn Glossary(entries: Vec<GlossaryEntry>) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    view! {
        <section class="glossary" aria-labelledby="glossary-heading">
            <h2 id="glossary-heading">{t(ctx, "ui-glossary")}</h2>
            <dl>
                {entries.into_iter().map(|g| view! {
                    <dt>{g.term}</dt>
                    <dd>{g.meaning}</dd>
                }).collect_view()}
            </dl>
        </section>
    }
}
