//! The order in which a case view asks for its chunks (issue 15, budget 2): on a slow line every
//! chunk asked for at once shares the bandwidth, so the one the overview waits for comes first.
//! 1. The result's figures (`later::figures`): the ledgers, the cards' calculations, the timeline
//!    and the glossary wait for them.
//! 2. The parts (`later::loaded`): news, letters, requests, consent, e-mail, call notes, what
//!    changed, what-if. Each waits until the figures are read or lost.
//! 3. The check (`later::check`, then the engine's 143 KiB), the least urgent: it waits until the
//!    parts asked for so far are drawn or lost.

use leptos::prelude::*;
use std::cell::Cell;
use std::future::Future;
use std::rc::Rc;

use crate::case::Read;

/// A case view's order, given to its parts as a context (`CaseView`).
#[derive(Clone)]
pub(crate) struct Order {
    figures: RwSignal<Read>,
    /// The parts asked for and not yet drawn or lost.
    pending: RwSignal<u32>,
    /// The case view's owner (weak: the order is a context on it): the check's wait is watched
    /// under it, so it ends with the view.
    owner: Option<WeakOwner>,
}

impl Order {
    pub(crate) fn new(figures: RwSignal<Read>) -> Self {
        Self { figures, pending: RwSignal::new(0), owner: Owner::current().map(|owner| owner.downgrade()) }
    }

    /// Whether the figures are on their way (tracked). Signals already gone (the case view was
    /// left, or a context outlived its view) hold nothing up.
    fn figures_waiting(&self) -> bool {
        self.figures.try_with(|read| matches!(read, Read::Waiting)).unwrap_or(false)
    }

    /// Whether the figures could not be loaded (untracked; `false` once the case view is gone).
    pub(crate) fn figures_lost(&self) -> bool {
        self.figures.try_with_untracked(|read| matches!(read, Read::Lost)).unwrap_or(false)
    }

    /// Counts a part as pending until the returned guard is dropped (drawn, lost, or its view
    /// gone), and resolves once the figures are read or lost. Called where the part is made: the
    /// watch belongs to the part's own owner and goes with it.
    pub(crate) fn part(&self) -> (Counted, impl Future<Output = bool> + use<>) {
        self.pending.try_update(|pending| *pending += 1);
        let order = self.clone();
        (Counted(self.pending), until(move || !order.figures_waiting()))
    }

    /// Resolves `true` once the figures are read or lost and every part asked for is drawn or
    /// lost; `false` if the case view is gone first.
    pub(crate) fn parts_done(&self) -> impl Future<Output = bool> + use<> {
        let order = self.clone();
        async move {
            let Some(owner) = order.owner.as_ref().and_then(WeakOwner::upgrade) else { return false };
            let done = order.clone();
            let until = owner.with(|| {
                until(move || !done.figures_waiting() && done.pending.try_get().is_none_or(|pending| pending == 0))
            });
            until.await
        }
    }
}

/// A pending part (see [`Order::part`]).
pub(crate) struct Counted(RwSignal<u32>);

impl Drop for Counted {
    fn drop(&mut self) {
        self.0.try_update(|pending| *pending = pending.saturating_sub(1));
    }
}

/// Resolves `true` once `condition` holds (at once if it does now), `false` if the owner it is
/// watched under is cleaned up first. The watch is made now, under the current owner: an effect
/// that settles a promise the future awaits (the page's own promise machinery, already in the
/// module). The effect's closure settles it when dropped too, so a watch whose owner goes never
/// leaves a promise pending.
fn until(condition: impl Fn() -> bool + 'static) -> impl Future<Output = bool> {
    let watch = (!untrack(&condition)).then(|| {
        let mut resolve = None;
        let settled = js_sys::Promise::new(&mut |done, _| resolve = Some(done));
        let met = Rc::new(Cell::new(false));
        let settle = resolve.map(Settle);
        let effect = Effect::new({
            let met = met.clone();
            move |_| {
                if condition() {
                    met.set(true);
                    if let Some(settle) = &settle {
                        settle.now();
                    }
                }
            }
        });
        (wasm_bindgen_futures::JsFuture::from(settled), effect, met)
    });
    async move {
        let Some((settled, effect, met)) = watch else { return true };
        let _ = settled.await;
        effect.dispose();
        met.get()
    }
}

/// Settles a promise: when asked, and when dropped (with the effect that holds it).
struct Settle(js_sys::Function);

impl Settle {
    fn now(&self) {
        let _ = self.0.call0(&wasm_bindgen::JsValue::NULL);
    }
}

impl Drop for Settle {
    fn drop(&mut self) {
        self.now();
    }
}
