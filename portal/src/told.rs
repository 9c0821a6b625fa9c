//! For staff: where an earlier letter or call told the client an amount that is not Helder's
//! figure (core's `contacts[]` with `contradicts`), with the letter or call, its date, both
//! amounts and the difference, so the agent on the phone knows what the client was told. The
//! amounts are core's; the portal only words them (no arithmetic: the difference is core's).

use helder_core::contract::ContactResult;
use leptos::prelude::*;

use crate::{Ctx, t, t_with};

#[component]
pub fn Contradictions(contacts: Vec<ContactResult>) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let lang = ctx.lang.get_untracked();
    let flagged: Vec<ContactResult> = contacts.into_iter().filter(|c| c.contradicts).collect();
    (!flagged.is_empty()).then(|| {
        let items = flagged
            .iter()
            .map(|contact| {
                let date = helder_explain::date(&lang, &helder_core::calendar::format_date(contact.date));
                let euro = |amount: Option<helder_core::Euro>| {
                    amount
                        .map(|a| helder_explain::euro(&lang, a.to_string().trim_start_matches('-')))
                        .unwrap_or_default()
                };
                let difference = contact.difference.map(|d| d.to_string()).unwrap_or_default();
                let direction =
                    if difference.starts_with('-') { "ui-told-less-than-helder" } else { "ui-told-more-than-helder" };
                let what = t(
                    ctx,
                    match contact.subject.as_str() {
                        "advance" => "ui-told-subject-advance",
                        "waiver" => "ui-told-subject-waiver",
                        "refund" => "ui-told-subject-refund",
                        "dagloon" => "ui-told-subject-dagloon",
                        "back_payment" => "ui-told-subject-back-payment",
                        _ => "ui-told-subject-penalty",
                    },
                );
                let said = if contact.kind == "call" { "ui-told-call" } else { "ui-told-letter" };
                let told = t_with(ctx, said, &[("date", &date), ("subject", &what), ("amount", &euro(contact.amount))]);
                let helder = t_with(ctx, "ui-told-helder", &[("amount", &euro(contact.calculated))]);
                let gap = t_with(ctx, direction, &[("amount", &euro(contact.difference))]);
                view! { <li>{told} " " {helder} " " <strong>{gap}</strong></li> }
            })
            .collect_view();
        view! {
            <section class="alert alert-warning" id="contradictions" aria-labelledby="contradictions-heading">
                <h2 id="contradictions-heading">{t(ctx, "ui-told-title")}</h2>
                <ul>{items}</ul>
                <p>{t(ctx, "ui-told-advice")}</p>
            </section>
        }
    })
}
