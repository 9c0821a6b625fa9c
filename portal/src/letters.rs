//! The client's letters on the case page: for each letter the client can send now (a notice of
//! default while the decision is late, an objection while a decision's term is open), links to
//! the draft as PDF and as HTML, rendered by the server from the same result the page shows.
//! Only for the client and a supporter (staff open the case with a reason in a header, which a
//! link cannot carry).

use helder_api::Letters as LetterList;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::later::{say_unavailable, unavailable_line};
use crate::{Ctx, fetch, t};

#[component]
pub fn Letters(case_id: String) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let drafts = RwSignal::new(Vec::<String>::new());
    // A read that fails is said in the letters' place and as the page's error: without it the
    // client could not tell "no letter to send" from "not known".
    let lost = RwSignal::new(false);
    let path = format!("/api/v1/cases/{case_id}/letters");
    spawn_local(async move {
        match fetch::<LetterList>("GET", &path, None, None, None).await {
            Some(list) => drafts.set(list.drafts.into_iter().filter(|d| !d.decision).map(|d| d.kind).collect()),
            None => {
                say_unavailable(ctx);
                lost.set(true);
            }
        }
    });
    let name = move |kind: &str| match kind {
        "notice_of_default" => Some(t(ctx, "ui-letter-notice-of-default")),
        "objection" => Some(t(ctx, "ui-letter-objection")),
        _ => None,
    };
    view! {
        {move || lost.get().then(|| unavailable_line(ctx))}
        <Show when=move || drafts.get().iter().any(|kind| name(kind).is_some())>
            <section class="panel letters" aria-labelledby="letters-heading" id="letters">
                <h2 id="letters-heading">{move || t(ctx, "ui-letters-title")}</h2>
                <p>{move || t(ctx, "ui-letters-intro")}</p>
                <ul>
                    {
                        let case_id = case_id.clone();
                        move || drafts.get().into_iter().filter_map(|kind| {
                            let label = name(&kind)?;
                            let base = format!("/api/v1/cases/{case_id}/letters/{kind}?lang={}", ctx.lang.get());
                            Some(view! {
                                <li id=format!("letter-{kind}")>
                                    {label} ": "
                                    <a class="letter-pdf" href=format!("{base}&format=pdf") download>{t(ctx, "ui-letter-pdf")}</a>
                                    " · "
                                    <a class="letter-html" href=format!("{base}&format=html") target="_blank" rel="noopener">{t(ctx, "ui-letter-html")}</a>
                                </li>
                            })
                        }).collect_view()
                    }
                </ul>
            </section>
        </Show>
    }
}
