//! The browser behind [`Host`] for one element: the page's address and
//! storage (written once the reader pauses), the clipboard, the verdict's
//! report to the element.

use std::cell::RefCell;
use std::rc::Rc;

use gloo_timers::callback::Timeout;
use wasm_bindgen::prelude::*;
use web_sys::HtmlElement;
use yew::Callback;

use super::{bundle_base, copy_text, report_verdict};
use crate::host::{Host, VerdictReport};
use crate::texts::{CRITERION_IDS, OPTION_IDS};
use verdict_core::state::{Page, STORAGE_KEY};
use verdict_core::{codec, DATASET};

/// The browser behind [`Host`] for one element.
pub(super) struct BrowserHost {
    host: HtmlElement,
    /// Address-bar and storage writes waiting for the reader to pause.
    pending: Rc<RefCell<PendingWrites>>,
}

/// The latest weights for the query and for storage, not yet written.
/// History and storage writes are slow (and browsers throttle history
/// writes), so they wait until the reader pauses: every step of a slider
/// restarts the timer, and only a pause of [`WRITE_DELAY_MS`] lets it fire.
#[derive(Default)]
pub(super) struct PendingWrites {
    query: Option<Vec<u8>>,
    saved: Option<Vec<u8>>,
    /// The timer for the writes above. Replacing it cancels the old one;
    /// one that has fired stays here until then, because dropping a timer
    /// from inside its own callback would free the callback as it runs.
    timer: Option<Timeout>,
}

/// How long the reader must pause before the URL and storage catch up.
const WRITE_DELAY_MS: u32 = 200;

impl BrowserHost {
    fn defer(&self, write: impl FnOnce(&mut PendingWrites)) {
        let mut pending = self.pending.borrow_mut();
        write(&mut pending);
        let state = self.pending.clone();
        pending.timer = Some(Timeout::new(WRITE_DELAY_MS, move || flush(&state)));
    }
}

impl BrowserHost {
    pub(super) fn new(host: HtmlElement, pending: Rc<RefCell<PendingWrites>>) -> Self {
        Self { host, pending }
    }
}

/// The element left the page: the writes waiting are made at once, and the
/// timer, with nothing left to write, is cancelled.
pub(super) fn finish(pending: &RefCell<PendingWrites>) {
    flush(pending);
    pending.borrow_mut().timer = None;
}

/// Makes the writes waiting in `pending` now (when the reader pauses, or
/// when the element leaves the page), leaving the timer where it is.
fn flush(pending: &RefCell<PendingWrites>) {
    let Ok(mut pending) = pending.try_borrow_mut() else {
        return;
    };
    let (query, saved) = (pending.query.take(), pending.saved.take());
    drop(pending);
    if let Some(weights) = query {
        write_query(&codec::to_query(&DATASET, &weights));
    }
    if let (Some(weights), Some(storage)) = (saved, local_storage()) {
        // Full or blocked storage is not the reader's problem; skip it.
        let text = codec::format_weights(&DATASET, &weights);
        storage.set_item(STORAGE_KEY, &text).ok();
    }
}

/// Replaces the page's query without adding a history entry.
fn write_query(query: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let location = window.location();
    let path = location.pathname().unwrap_or_default();
    let hash = location.hash().unwrap_or_default();
    if let Ok(history) = window.history() {
        // Replacing, not pushing: one history entry however many moves.
        let url = format!("{path}{query}{hash}");
        history
            .replace_state_with_url(&JsValue::NULL, "", Some(&url))
            .ok();
    }
}

impl Page for BrowserHost {
    fn query(&self) -> String {
        web_sys::window()
            .and_then(|w| w.location().search().ok())
            .unwrap_or_default()
    }

    fn saved(&self) -> Option<String> {
        // Blocked or broken storage reads as nothing saved.
        local_storage()?.get_item(STORAGE_KEY).ok().flatten()
    }

    fn address(&self) -> String {
        web_sys::window()
            .and_then(|w| w.location().href().ok())
            .unwrap_or_default()
    }

    fn bundle_address(&self) -> String {
        bundle_base()
    }
}

impl Host for BrowserHost {
    fn report(&self, report: &VerdictReport) {
        // One call across the boundary: the element's script builds the
        // event's detail from the ids and the numbers.
        report_verdict(
            &self.host,
            report.verdict,
            OPTION_IDS,
            report.scores.as_ref().map_or(&[][..], |s| &s[..]),
            CRITERION_IDS,
            report.weights,
            report.robust,
        );
    }

    fn copy(&self, text: String, done: Callback<bool>) {
        // The element's script waits for the clipboard's promise: a Rust
        // future here would bring an executor into the bundle for one call.
        copy_text(
            &text,
            Closure::once_into_js(move |copied: bool| done.emit(copied)),
        );
    }

    fn replace_query(&self, weights: &[u8]) {
        self.defer(|pending| pending.query = Some(weights.to_vec()));
    }

    fn save(&self, weights: &[u8]) {
        self.defer(|pending| pending.saved = Some(weights.to_vec()));
    }
}

/// The page's local storage, or `None` where it is blocked. (Reading the
/// property itself throws in some sandboxed frames, which `web_sys` turns
/// into an `Err` here rather than an exception through the app.)
fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}
