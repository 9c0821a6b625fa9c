//! The case overview: the most important message on top, the timeline, a card per topic with
//! "how did we calculate this?", the ledgers, what-if, consent and the glossary. Every sentence
//! comes from the server's explanation; every figure from its result; the browser recomputes the
//! result with the same engine and says whether it agrees.

use leptos::prelude::*;
use leptos::task::spawn_local;
use serde_json::Value;
use sha2::{Digest, Sha256};

use crate::consent::Consent;
use crate::ledger::{AdvanceLedger, BackpayLedger};
use crate::whatif::WhatIf;
use crate::{Ctx, Screen, api, list, role, t, t_with, text};

pub fn sha256_hex(text: &str) -> String {
    Sha256::digest(text.as_bytes()).iter().map(|b| format!("{b:02x}")).collect()
}

/// The trace lines a section cites, for "how was this calculated?".
fn cited_lines(result: &Value, section: &Value) -> Vec<Value> {
    let mut ids: Vec<String> = Vec::new();
    let sentences = std::iter::once(&section["lead"])
        .chain(section["paragraphs"].as_array().into_iter().flatten().flat_map(|p| p.as_array().into_iter().flatten()));
    for sentence in sentences {
        for id in sentence["traces"].as_array().into_iter().flatten().filter_map(Value::as_str) {
            if !ids.iter().any(|known| known == id) {
                ids.push(id.to_owned());
            }
        }
    }
    let trace = list(&result["trace"]);
    ids.iter().filter_map(|id| trace.iter().find(|line| line["id"] == id.as_str()).cloned()).collect()
}

/// A sentence; for staff with the trace ids it cites (the references they quote on the phone).
fn sentence_text(sentence: &Value, with_ids: bool) -> String {
    let text = text(&sentence["text"]);
    let ids: Vec<&str> = sentence["traces"].as_array().into_iter().flatten().filter_map(Value::as_str).collect();
    if with_ids && !ids.is_empty() { format!("{text} [{}]", ids.join(", ")) } else { text }
}

#[component]
pub fn CaseView(case_id: String) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let data = RwSignal::new(None::<Value>);
    let checked = RwSignal::new(None::<(String, bool)>);
    let load = {
        let case_id = case_id.clone();
        move || {
            let path = format!("/api/v1/cases/{case_id}?lang={}", ctx.lang.get());
            spawn_local(async move {
                let reason = (role(ctx) == "staff").then(|| ctx.reason.get_untracked());
                match api("GET", &path, None, None, reason).await {
                    Ok((200, view)) => {
                        // The same engine, here in the browser: does it reach the same result? The
                        // result does not depend on the language: check each server hash once.
                        let server = text(&view["result_hash"]);
                        if checked.get_untracked().is_none_or(|(known, _)| known != server) {
                            let local = helder_core::compute(&view["facts"].to_string()).map(|r| sha256_hex(&r));
                            let agrees = local.ok().as_deref() == Some(server.as_str());
                            checked.set(Some((server, agrees)));
                        }
                        ctx.error.set(None);
                        data.set(Some(view));
                    }
                    _ => ctx.error.set(Some(t(ctx, "ui-error"))),
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
        let Some(view) = data.get_untracked() else { return };
        let mut summary = format!("{} {}\n", t(ctx, "ui-case-id"), text(&view["case_id"]));
        for section in list(&view["explanation"]["sections"]) {
            summary.push_str(&format!("- {}: {}\n", text(&section["title"]), sentence_text(&section["lead"], true)));
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
    view! {
        <Show when=move || data.get().is_some() fallback=move || {
            let case_id = case_id.clone();
            move || match asking.get() {
                true => view! { <StateReason case_id=case_id.clone() asking=asking/> }.into_any(),
                false => view! { <p role="status">{move || t(ctx, "ui-loading")}</p> }.into_any(),
            }
        }>
            {move || {
                let view = data.get().unwrap_or(Value::Null);
                let viewer_role = text(&view["viewer"]["role"]);
                let client = text(&view["client"]);
                let banner = match viewer_role.as_str() {
                    "supporter" => Some(t_with(ctx, "ui-banner-supporter", &[("client", &client)])),
                    "staff" => {
                        let reason = text(&view["viewer"]["reason"]);
                        Some(t_with(ctx, "ui-banner-staff", &[("client", &client), ("reason", &reason)]))
                    }
                    _ => None,
                };
                let explanation = &view["explanation"];
                let sections = list(&explanation["sections"]);
                let status = sections.first().cloned().unwrap_or(Value::Null);
                let result = view["result"].clone();
                let with_ids = role(ctx) == "staff";
                let decided = view["facts"].get("decision").is_some();
                let estimates = list(&view["what_if"]);
                let settled_advance = result["advance"]["settled"] == true && !list(&result["advance"]["months"]).is_empty();
                let backpay_months = !list(&result["backpay"]["months"]).is_empty();
                let today = String::from(js_sys::Date::new_0().to_iso_string()).chars().take(10).collect::<String>();
                view! {
                    {banner.map(|text| view! { <div class="notification viewer-banner" role="note">{text}</div> })}
                    <p class="print-header">
                        {t(ctx, "ui-printed-on")} " " {helder_explain::date(&ctx.lang.get(), &today)} " · "
                        {t(ctx, "ui-case-id")} " " {text(&view["case_id"])} " · "
                        {t(ctx, "ui-rules-version")} " " {text(&view["rules_version"])}
                    </p>
                    <h1>{text(&status["title"])}</h1>
                    <div class="notification" role="status" id="status-lead">
                        <p class="lead-sentence">{sentence_text(&status["lead"], with_ids)}</p>
                        {list(&explanation["actions"]).iter().map(|s| view! { <p>{sentence_text(s, with_ids)}</p> }).collect_view()}
                    </div>
                    {match checked.get().map(|(_, agrees)| agrees) {
                        Some(true) => view! { <p class="checked" id="checked"><span aria-hidden="true">{t(ctx, "ui-checked-mark")}</span> " " {t(ctx, "ui-checked")}</p> }.into_any(),
                        Some(false) => view! { <p class="warning" id="mismatch" role="alert">{t(ctx, "ui-mismatch")}</p> }.into_any(),
                        None => ().into_any(),
                    }}
                    <div class="toolbar">
                        <button class="button-secondary" on:click=print>{t(ctx, "ui-print")}</button>
                        {with_ids.then(|| view! { <button id="copy-summary" class="button-secondary" on:click=copy>{t(ctx, "ui-copy-summary")}</button> })}
                        <Show when=move || copied.get()><span role="status">{move || t(ctx, "ui-copied")}</span></Show>
                    </div>
                    <Timeline steps=list(&explanation["timeline"]) notes=list(&explanation["notes"]) with_ids=with_ids/>
                    <div class="cards">
                        {sections.iter().skip(1).map(|section| view! {
                            <Card section=section.clone() result=result.clone() facts=view["facts"].clone() with_ids=with_ids/>
                        }).collect_view()}
                    </div>
                    {settled_advance.then(|| view! { <AdvanceLedger advance=result["advance"].clone() waiver=result["waiver"].clone()/> })}
                    {backpay_months.then(|| view! { <BackpayLedger backpay=result["backpay"].clone()/> })}
                    {(!decided && !estimates.is_empty()).then(|| view! { <WhatIf facts=view["facts"].clone() estimates=estimates.clone()/> })}
                    {(viewer_role == "client").then(|| view! { <Consent case_id=text(&view["case_id"])/> })}
                    <section class="glossary" aria-labelledby="glossary-heading">
                        <h2 id="glossary-heading">{t(ctx, "ui-glossary")}</h2>
                        <dl>
                            {list(&explanation["glossary"]).iter().map(|g| view! {
                                <dt>{text(&g["term"])}</dt>
                                <dd>{text(&g["meaning"])}</dd>
                            }).collect_view()}
                        </dl>
                    </section>
                }
            }}
        </Show>
        <button class="link-button" on:click=move |_| ctx.screen.set(Screen::Home)>{move || t(ctx, "ui-back")}</button>
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

/// The timeline: per step its date, what happens, who acts and its state in words (never by
/// colour alone); the current step is marked for assistive technology too.
#[component]
fn Timeline(steps: Vec<Value>, notes: Vec<Value>, with_ids: bool) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let lang = ctx.lang.get_untracked();
    view! {
        <section aria-labelledby="timeline-heading" class="timeline">
            <h2 id="timeline-heading">{t(ctx, "ui-timeline-title")}</h2>
            <ol class="steps" id="timeline">
                {steps.iter().map(|step| {
                    let state = text(&step["state"]);
                    let actor = text(&step["actor"]);
                    let current = (state == "now").then_some("step");
                    view! {
                        <li class=format!("step step-{state}") aria-current=current>
                            <span class="step-date">{helder_explain::date(&lang, &text(&step["date"]))}</span>
                            <span class="step-text">{sentence_text(&step["text"], with_ids)}</span>
                            <span class="step-who">{t(ctx, "ui-timeline-who")} ": " {t(ctx, &format!("ui-actor-{actor}"))}</span>
                            <strong class=format!("tag tag-{state}")>{t(ctx, &format!("ui-state-{state}"))}</strong>
                        </li>
                    }
                }).collect_view()}
            </ol>
            {notes.iter().map(|s| view! { <p class="muted">{sentence_text(s, with_ids)}</p> }).collect_view()}
        </section>
    }
}

/// One topic: its key sentence, its paragraphs, and "how did we calculate this?" with the trace
/// lines it cites, the facts they used and the legal sources.
#[component]
fn Card(section: Value, result: Value, facts: Value, with_ids: bool) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let lines = cited_lines(&result, &section);
    let id = format!("card-{}", text(&section["id"]));
    let facts_view =
        (section["id"] == "dagloon").then(|| view! { <ReferenceWages dagloon=result["dagloon"].clone() facts=facts/> });
    let sources =
        list(&section["sources"]).iter().filter_map(|s| s.as_str().map(str::to_owned)).collect::<Vec<_>>().join("; ");
    let calculation = (!lines.is_empty()).then(|| view! {
        <details class="calculation">
            <summary>{t(ctx, "ui-how-calculated")}</summary>
            {facts_view}
            <ul>
                {lines.iter().map(|line| view! {
                    <li>
                        <strong>{text(&line["id"])}</strong> " " {text(&line["rule"]).replace('_', " ")} ": "
                        <code>{text(&line["value"])}</code>
                        <br/>{t(ctx, "ui-trace-source")} ": " {text(&line["source"])}
                        <br/>{t(ctx, "ui-trace-inputs")} ": "
                        {list(&line["inputs"]).iter().map(|i| format!("{} = {}{}", text(&i["name"]), text(&i["value"]),
                            i["trace"].as_str().map(|t| format!(" ({t})")).unwrap_or_default())).collect::<Vec<_>>().join("; ")}
                    </li>
                }).collect_view()}
            </ul>
        </details>
    });
    // The key amount, large: the first amount the lead sentence cites. Hidden from screen
    // readers, which read it in the lead sentence right after.
    let key_amount = list(&section["lead"]["figures"])
        .iter()
        .map(|f| text(&f["value"]))
        .find(|v| is_money(v))
        .map(|v| view! { <p class="card-amount" aria-hidden="true">{helder_explain::euro(&ctx.lang.get_untracked(), &v)}</p> });
    view! {
        <section class="card" id=id.clone() aria-labelledby=format!("{id}-title")>
            <h2 id=format!("{id}-title")>{text(&section["title"])}</h2>
            {key_amount}
            <p class="card-lead">{sentence_text(&section["lead"], with_ids)}</p>
            {list(&section["paragraphs"]).iter().map(|p| view! {
                <p>{list(p).iter().map(|s| sentence_text(s, with_ids)).collect::<Vec<_>>().join(" ")}</p>
            }).collect_view()}
            {calculation}
            {(!sources.is_empty()).then(|| view! { <p class="sources">{sources}</p> })}
        </section>
    }
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

/// The facts behind the daily wage: the wage of every month of the reference period, with the
/// wage-less months marked (they do not count), and the total that counts.
#[component]
fn ReferenceWages(dagloon: Value, facts: Value) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let lang = ctx.lang.get_untracked();
    // Months as `YYYY-MM`: their text order is their calendar order.
    let from: String = text(&dagloon["reference_from"]).chars().take(7).collect();
    let to: String = text(&dagloon["reference_to"]).chars().take(7).collect();
    let wageless: Vec<String> = list(&dagloon["wageless_months"]).iter().map(text).collect();
    let mut months: Vec<(String, Option<String>)> = list(&facts["wages"]["months"])
        .iter()
        .map(|m| (text(&m["month"]), m["sv_wage"].as_str().map(str::to_owned)))
        .collect();
    for month in &wageless {
        if !months.iter().any(|(known, _)| known == month) {
            months.push((month.clone(), None));
        }
    }
    months.retain(|(month, _)| *month >= from && *month <= to);
    months.sort();
    let rows = months
        .into_iter()
        .map(|(month, wage)| {
            let counted = if wageless.contains(&month) { t(ctx, "ui-facts-wageless") } else { t(ctx, "ui-facts-yes") };
            let wage = wage.map(|w| helder_explain::euro(&lang, &w)).unwrap_or_else(|| t(ctx, "ui-facts-no-wage"));
            view! { <tr class=(wageless.contains(&month)).then_some("wageless")>
                <th scope="row">{helder_explain::month(&lang, &month)}</th>
                <td class="number">{wage}</td>
                <td>{counted}</td>
            </tr> }
        })
        .collect_view();
    view! {
        <div class="table-scroll facts" tabindex="0" role="region" aria-labelledby="facts-heading">
            <table>
                <caption id="facts-heading">{t(ctx, "ui-facts-title")}</caption>
                <thead><tr>
                    <th scope="col">{t(ctx, "ui-ledger-month")}</th>
                    <th scope="col" class="number">{t(ctx, "ui-facts-wage")}</th>
                    <th scope="col">{t(ctx, "ui-facts-counted")}</th>
                </tr></thead>
                <tbody>{rows}</tbody>
                <tfoot><tr>
                    <th scope="row">{t(ctx, "ui-facts-total")}</th>
                    <td class="number">{helder_explain::euro(&lang, &text(&dagloon["wage_total"]))}</td>
                    <td></td>
                </tr></tfoot>
            </table>
        </div>
    }
}
