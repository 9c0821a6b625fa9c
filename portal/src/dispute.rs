//! "Dit klopt niet" on the client's case page: on a month of the facts behind the dagloon the
//! client enters the wage they believe is right; the server has core compute the case with it and
//! answers the effect in euros (dagloon, the last month's benefit, the back payment), which this
//! shows as an estimate beside the figures now; the client can read the letter and send the
//! request. The client's requests and where each stands (`Requests`, for the client and a
//! supporter) are listed on the same page. Shows and collects only: every figure comes from the
//! server, and the amount typed is only rewritten into the contract's form (`1234.56`).

use helder_api::SendLetter;
use helder_api::correction::{CorrectionEstimate, CorrectionRequests, EstimateCorrection};
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::form::{ErrorSummary, FieldErrors, described_by, error_code, error_of, field_error};
use crate::{Ctx, api, body, csrf, fetch, t, t_with};

/// Bumped when a request was sent, so the list of requests reads again.
#[derive(Clone, Copy)]
pub struct Sent(pub RwSignal<u32>);

/// A request's state as a word (`received`, `in_progress`, `handled`).
pub fn state_word(ctx: Ctx, state: &str) -> String {
    t(
        ctx,
        match state {
            "received" => "ui-request-state-received",
            "in_progress" => "ui-request-state-in_progress",
            _ => "ui-request-state-handled",
        },
    )
}

/// The button on a wage month's line.
#[component]
pub fn DisputeButton(month: String, chosen: RwSignal<Option<String>>) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let label =
        t_with(ctx, "ui-dispute-button-label", &[("month", &helder_explain::month(&ctx.lang.get_untracked(), &month))]);
    let id = format!("dispute-{month}");
    view! {
        <button class="link-button dispute" id=id aria-label=label type="button"
            on:click=move |_| chosen.set(Some(month.clone()))>{move || t(ctx, "ui-dispute-button")}</button>
    }
}

/// The form for the chosen month, its estimate and sending the request.
#[component]
pub fn DisputeForm(case_id: String, chosen: RwSignal<Option<String>>, wages: Vec<(String, String)>) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let typed = RwSignal::new(String::new());
    let errors: FieldErrors = RwSignal::new(Vec::new());
    let estimate = RwSignal::new(None::<CorrectionEstimate>);
    let sent = RwSignal::new(false);
    let reload = use_context::<Sent>();
    // A new month starts afresh.
    Effect::new(move |_| {
        chosen.track();
        typed.set(String::new());
        errors.set(Vec::new());
        estimate.set(None);
    });
    let path = format!("/api/v1/cases/{case_id}/correction-estimate");
    let work_out = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        sent.set(false);
        let Some(month) = chosen.get_untracked() else { return };
        let Some(value) = contract_amount(&typed.get_untracked()) else {
            estimate.set(None);
            errors.set(vec![("dispute-value".into(), t(ctx, "ui-dispute-error-value"))]);
            return;
        };
        let request = body(&EstimateCorrection { month, value });
        let path = path.clone();
        spawn_local(async move {
            match api("POST", &path, request, csrf(ctx), None).await {
                Ok((200, text)) => match serde_json::from_str::<CorrectionEstimate>(&text) {
                    Ok(answer) => {
                        errors.set(Vec::new());
                        estimate.set(Some(answer));
                    }
                    Err(_) => errors.set(vec![("dispute-value".into(), t(ctx, "ui-error"))]),
                },
                Ok((400, text)) if error_code(&text).as_deref() == Some("month") => {
                    errors.set(vec![("dispute-value".into(), t(ctx, "ui-dispute-error-month"))])
                }
                Ok((400, text)) if error_code(&text).as_deref() == Some("value") => {
                    errors.set(vec![("dispute-value".into(), t(ctx, "ui-dispute-error-value"))])
                }
                _ => errors.set(vec![("dispute-value".into(), t(ctx, "ui-error"))]),
            }
        });
    };
    let letters = format!("/api/v1/cases/{case_id}/letters");
    let send = move |_| {
        let Some(shown) = estimate.get_untracked() else { return };
        let request = body(&SendLetter {
            kind: "correction".into(),
            lang: Some(ctx.lang.get_untracked()),
            month: Some(shown.month.clone()),
            value: Some(shown.value.clone()),
            ..Default::default()
        });
        let letters = letters.clone();
        spawn_local(async move {
            match api("POST", &letters, request, csrf(ctx), None).await {
                Ok((201, _)) => {
                    sent.set(true);
                    chosen.set(None);
                    if let Some(Sent(count)) = reload {
                        count.update(|n| *n += 1);
                    }
                }
                _ => errors.set(vec![("dispute-value".into(), t(ctx, "ui-error"))]),
            }
        });
    };
    let draft_base = format!("/api/v1/cases/{case_id}/letters/correction");
    view! {
        <Show when=move || sent.get()>
            <div class="confirmation" role="status" id="dispute-sent">
                <p class="confirmation-title">{move || t(ctx, "ui-dispute-sent")}</p>
            </div>
        </Show>
        {move || chosen.get().map(|month| {
            let lang = ctx.lang.get();
            let month_text = helder_explain::month(&lang, &month);
            let polis = wages.iter().find(|(m, _)| *m == month).map(|(_, w)| helder_explain::euro(&lang, w))
                .unwrap_or_else(|| t(ctx, "ui-facts-no-wage"));
            let draft_base = draft_base.clone();
            let send = send.clone();
            view! {
                <section class="panel dispute" id="dispute" aria-labelledby="dispute-heading">
                    <h3 id="dispute-heading">{t_with(ctx, "ui-dispute-title", &[("month", &month_text)])}</h3>
                    <p>{t(ctx, "ui-dispute-intro")}</p>
                    <p id="dispute-polis">{t_with(ctx, "ui-dispute-polis", &[("amount", &polis)])}</p>
                    <ErrorSummary errors=errors id="dispute-errors"/>
                    <form on:submit=work_out.clone() novalidate=true>
                        <label for="dispute-value">{t(ctx, "ui-dispute-value")}</label>
                        <p class="hint" id="dispute-value-hint">{t(ctx, "ui-dispute-value-hint")}</p>
                        {field_error(errors, "dispute-value")}
                        <input id="dispute-value" inputmode="decimal" autocomplete="off"
                            aria-describedby=described_by(errors, "dispute-value", Some("dispute-value-hint"))
                            aria-invalid=move || error_of(errors, "dispute-value").map(|_| "true")
                            prop:value=move || typed.get()
                            on:input=move |ev| typed.set(event_target_value(&ev))/>
                        <button id="dispute-estimate" type="submit" class="button">{t(ctx, "ui-dispute-estimate")}</button>
                        " "
                        <button id="dispute-cancel" type="button" class="button-secondary"
                            on:click=move |_| chosen.set(None)>{t(ctx, "ui-dispute-cancel")}</button>
                    </form>
                    {move || estimate.get().map(|shown| {
                        let lang = ctx.lang.get();
                        let draft = format!("{draft_base}?format=pdf&lang={lang}&month={}&value={}", shown.month, shown.value);
                        view! {
                            <EstimateTable shown=shown/>
                            <p>
                                <a id="dispute-draft" class="letter-pdf" href=draft download>{t(ctx, "ui-dispute-draft")}</a>
                            </p>
                            <button id="dispute-send" type="button" class="button" on:click=send.clone()>{t(ctx, "ui-dispute-send")}</button>
                        }
                    })}
                </section>
            }
        })}
    }
}

/// The estimate: each figure now, with the client's value, and the difference, under the
/// estimate's provenance tag.
#[component]
fn EstimateTable(shown: CorrectionEstimate) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let lang = ctx.lang.get_untracked();
    let rows = shown
        .figures
        .into_iter()
        .map(|figure| {
            let name = match figure.name.as_str() {
                "benefit_month" => t_with(
                    ctx,
                    "ui-dispute-figure-benefit_month",
                    &[("month", &helder_explain::month(&lang, figure.month.as_deref().unwrap_or_default()))],
                ),
                "backpay" => t(ctx, "ui-dispute-figure-backpay"),
                _ => t(ctx, "ui-dispute-figure-dagloon"),
            };
            let amount = helder_explain::euro(&lang, &figure.difference);
            // The sign of the server's difference says which word, not a computation here.
            let difference =
                if figure.difference.trim_start_matches('-').trim_matches(|c| c == '0' || c == '.').is_empty() {
                    t(ctx, "ui-dispute-same")
                } else if figure.difference.starts_with('-') {
                    t_with(ctx, "ui-dispute-lower", &[("amount", &amount)])
                } else {
                    t_with(ctx, "ui-dispute-higher", &[("amount", &amount)])
                };
            view! {
                <tr class=format!("effect-{}", figure.name)>
                    <th scope="row">{name}</th>
                    <td class="number">{helder_explain::euro(&lang, &figure.current)}</td>
                    <td class="number">{helder_explain::euro(&lang, &figure.estimate)}</td>
                    <td class="number">{difference}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <p class="provenance provenance-estimate">
            <span class="provenance-tag">{t(ctx, "ui-provenance-word-estimate")}</span>" "{t(ctx, "ui-provenance-estimate")}
        </p>
        <div class="table-scroll" tabindex="0" role="region" aria-labelledby="dispute-effect-title">
            <table id="dispute-effect">
                <caption id="dispute-effect-title">{t(ctx, "ui-dispute-effect-title")}</caption>
                <thead><tr>
                    <th scope="col">{t(ctx, "ui-dispute-col-figure")}</th>
                    <th scope="col" class="number">{t(ctx, "ui-dispute-col-now")}</th>
                    <th scope="col" class="number">{t(ctx, "ui-dispute-col-estimate")}</th>
                    <th scope="col" class="number">{t(ctx, "ui-dispute-col-difference")}</th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

/// The case's requests and where each stands, in the server's sentence for this reader.
#[component]
pub fn Requests(case_id: String) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let list = RwSignal::new(Vec::new());
    let reload = use_context::<Sent>();
    Effect::new(move |_| {
        if let Some(Sent(count)) = reload {
            count.track();
        }
        let path = format!("/api/v1/cases/{case_id}/correction-requests?lang={}", ctx.lang.get());
        spawn_local(async move {
            if let Some(answer) = fetch::<CorrectionRequests>("GET", &path, None, None, None).await {
                list.set(answer.requests);
            }
        });
    });
    view! {
        <Show when=move || !list.get().is_empty()>
            <section class="panel requests" id="requests" aria-labelledby="requests-heading">
                <h2 id="requests-heading">{move || t(ctx, "ui-requests-title")}</h2>
                <ul>
                    {move || list.get().into_iter().map(|request| {
                        let state = state_word(ctx, &request.state);
                        view! {
                            <li class=format!("request request-{}", request.state) id=format!("request-{}", request.month)>
                                <strong class="request-state">{state}</strong> " " {request.said.unwrap_or_default()}
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </section>
        </Show>
    }
}

/// The amount as typed ("2.200,00", "2200", "€ 2,200.50") in the contract's form (`2200.00`):
/// the last `,` or `.` followed by one or two digits is the decimal mark, any other is a
/// thousands separator. `None` when it is not an amount.
pub fn contract_amount(typed: &str) -> Option<String> {
    let text: String = typed.chars().filter(|c| !c.is_whitespace() && *c != '€').collect();
    let (whole, cents) = match text.rfind([',', '.']) {
        Some(at) if (1..=2).contains(&(text.len() - at - 1)) => (&text[..at], &text[at + 1..]),
        _ => (text.as_str(), ""),
    };
    let whole: String = whole.chars().filter(|c| *c != '.' && *c != ',').collect();
    if whole.is_empty() || !whole.bytes().all(|b| b.is_ascii_digit()) || !cents.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let whole = whole.trim_start_matches('0');
    Some(format!("{}.{:0<2}", if whole.is_empty() { "0" } else { whole }, cents))
}

#[cfg(test)]
mod tests {
    use super::contract_amount;

    #[test]
    fn typed_amounts_become_the_contract_form() {
        for (typed, expected) in [
            ("2200", Some("2200.00")),
            ("2200,5", Some("2200.50")),
            ("2.200,00", Some("2200.00")),
            ("€ 2,200.00", Some("2200.00")),
            ("2.200", Some("2200.00")),
            ("0", Some("0.00")),
            ("", None),
            ("twee", None),
            ("-5", None),
        ] {
            assert_eq!(contract_amount(typed).as_deref(), expected, "{typed}");
        }
    }
}
