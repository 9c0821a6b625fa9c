//! The way to the correction workbench on the staff start page. In both builds: in the client's
//! build (without the `workbench` feature) the workbench's screen is a full load of its address,
//! which the server answers with the staff build (`main.rs`, `staff_build`).

use helder_api::workbench::Worklist;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::{Ctx, Screen, fetch, role, t};

/// On the staff start page: the way to the workbench, for an account with a team role (the
/// server answers the worklist only to those).
#[component]
pub fn WorkbenchLink() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let member = RwSignal::new(false);
    spawn_local(async move {
        if role(ctx) == "staff" {
            let page: Option<Worklist> =
                fetch("GET", "/api/v1/workbench/worklist?category=to_check&step=sorted&limit=1", None, None, None)
                    .await;
            member.set(page.is_some());
        }
    });
    view! {
        <Show when=move || member.get()>
            <p><button id="open-workbench" class="button-secondary" on:click=move |_| ctx.screen.set(Screen::Workbench)>
                {move || t(ctx, "ui-workbench-open")}</button></p>
        </Show>
    }
}
