//! The one module that touches the browser (`web_sys`, `JsValue`). Everything
//! else in the app sees the page only through the [`Host`] trait, and the
//! model, the data and the codec live in `verdict-core` with no web
//! dependency at all.

use std::cell::RefCell;
use std::rc::Rc;

use gloo_timers::callback::Timeout;
use wasm_bindgen::prelude::*;
use web_sys::{Element, HtmlElement};
use yew::{AppHandle, Callback};

use crate::app::{App, AppProps, ElementProps};
use crate::host::{Host, HostRef, VerdictReport};
use crate::texts::{CRITERION_IDS, OPTION_IDS};
use verdict_core::state::{Attributes, Page, STORAGE_KEY};
use verdict_core::words::INTERNAL_ERROR;
use verdict_core::{codec, DATASET};

#[wasm_bindgen(module = "/src/element.js")]
extern "C" {
    #[wasm_bindgen(js_name = defineElement)]
    fn define_element(mount: &Closure<dyn Fn(HtmlElement, JsValue, String) -> JsValue>);

    #[wasm_bindgen(js_name = createMountPoint)]
    fn create_mount_point() -> Element;

    #[wasm_bindgen(js_name = showMountPoint)]
    fn show_mount_point(root: &JsValue, mount_point: &Element);

    #[wasm_bindgen(js_name = showFailure)]
    fn show_failure(host: &HtmlElement, message: &str);

    #[wasm_bindgen(js_name = stopWidgets)]
    fn stop_widgets();

    #[wasm_bindgen(js_name = bundleBase)]
    fn bundle_base() -> String;

    #[wasm_bindgen(js_name = copyText)]
    fn copy_text(text: &str, done: JsValue);

    #[wasm_bindgen(js_name = reportVerdict)]
    fn report_verdict(
        host: &HtmlElement,
        verdict: Option<&str>,
        option_ids: &str,
        scores: &[f64],
        criterion_ids: &str,
        weights: &[u8],
        robust: Option<bool>,
    );
}

thread_local! {
    /// Every mounted element, so a panic can put each into its error state.
    static MOUNTED: RefCell<Vec<HtmlElement>> = const { RefCell::new(Vec::new()) };
    /// Apps whose elements left the page, each with its mount point, kept
    /// for the next element. Yew never removes an app's event listeners
    /// (they are registered once on its mount point and leaked on purpose,
    /// `yew/src/dom_bundle/subtree_root.rs`), so destroying an app would
    /// leave its mount point, listeners and memory behind for good; a page
    /// that adds and removes widgets all day reuses a few apps instead.
    static POOL: RefCell<Vec<(Element, AppHandle<App>)>> = const { RefCell::new(Vec::new()) };
    /// Each element's widget gets a new generation, so a reused app starts
    /// afresh.
    static GENERATION: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

/// The most idle apps kept: more than the widgets a page shows at once is
/// rare, and each idle app holds a few kilobytes.
const POOL_SIZE: usize = 16;

/// Installs the panic hook and defines `<backend-verdict>`.
pub fn start() {
    // Through Yew, which would otherwise install its own hook at first render.
    yew::set_custom_panic_hook(Box::new(|info| {
        // The message alone names the cause; formatting the location too
        // would cost the bundle for a line nobody can act on.
        let cause = info.payload_as_str().unwrap_or("an internal error");
        web_sys::console::error_1(&format!("Backend Verdict stopped: {cause}").into());
        // First, so that no widget waiting to start mounts on this instance.
        stop_widgets();
        // The hook may run while a borrow is held; never panic again here.
        let hosts = MOUNTED.with(|m| m.try_borrow().map(|m| m.clone()).unwrap_or_default());
        for host in hosts {
            show_failure(&host, INTERNAL_ERROR);
        }
    }));
    let mount = Closure::<dyn Fn(HtmlElement, JsValue, String) -> JsValue>::new(
        |host, root, moved: String| JsValue::from(Widget::mount(host, &root, moved.into())),
    );
    define_element(&mount);
    // The element keeps calling this for the life of the page.
    mount.forget();
}

/// One mounted element's app, driven by the element's callbacks.
#[wasm_bindgen]
pub struct Widget {
    host: HtmlElement,
    /// The element's address-bar and storage writes not yet made, flushed
    /// when it leaves the page so none is lost or made late.
    pending: Rc<RefCell<PendingWrites>>,
    /// The app and its mount point, until the element leaves the page.
    app: Option<(Element, AppHandle<App>)>,
    bridge: HostRef,
    generation: u32,
    /// The sliders the reader moved before the takeover (see `ElementProps`).
    moved: yew::AttrValue,
}

impl Widget {
    /// Shows a widget for `host` in its shadow root `root`, in an idle app
    /// from the pool when there is one; `moved` lists the sliders the
    /// reader moved in the root's build-time copy of the widget.
    fn mount(host: HtmlElement, root: &JsValue, moved: yew::AttrValue) -> Widget {
        let pending = Rc::<RefCell<PendingWrites>>::default();
        let bridge = HostRef::new(BrowserHost {
            host: host.clone(),
            pending: pending.clone(),
        });
        let generation = GENERATION.with(|g| {
            let next = g.get().wrapping_add(1);
            g.set(next);
            next
        });
        let mut widget = Widget {
            host: host.clone(),
            pending,
            app: None,
            bridge,
            generation,
            moved,
        };
        // Registered before the first render, so a panic in it still finds
        // this element and shows the error state.
        MOUNTED.with(|m| m.borrow_mut().push(host));
        let props = widget.props();
        let app = match POOL.with(|pool| pool.borrow_mut().pop()) {
            Some((mount_point, mut handle)) => {
                show_mount_point(root, &mount_point);
                handle.update(props);
                (mount_point, handle)
            }
            None => {
                let mount_point = create_mount_point();
                show_mount_point(root, &mount_point);
                let handle =
                    yew::Renderer::<App>::with_root_and_props(mount_point.clone(), props).render();
                (mount_point, handle)
            }
        };
        widget.app = Some(app);
        widget
    }

    fn props(&self) -> AppProps {
        AppProps {
            element: Some(ElementProps {
                generation: self.generation,
                attributes: read_attributes(&self.host),
                host: self.bridge.clone(),
                moved: self.moved.clone(),
            }),
        }
    }
}

#[wasm_bindgen]
impl Widget {
    /// Re-reads the element's attributes after the host page changed one.
    #[wasm_bindgen(js_name = attributesChanged)]
    pub fn attributes_changed(&mut self) {
        let props = self.props();
        if let Some((_, handle)) = self.app.as_mut() {
            handle.update(props);
        }
    }

    /// Releases the element when it leaves the page: its app shows nothing,
    /// its mount point leaves the shadow root, and both wait in the pool
    /// for the next element (or, with the pool full, the app is destroyed).
    pub fn destroy(&mut self) {
        if let Some((mount_point, mut handle)) = self.app.take() {
            handle.update(AppProps { element: None });
            mount_point.remove();
            POOL.with(|pool| {
                let mut pool = pool.borrow_mut();
                if pool.len() < POOL_SIZE {
                    pool.push((mount_point, handle));
                } else {
                    handle.destroy();
                }
            });
        }
        MOUNTED.with(|m| m.borrow_mut().retain(|h| h != &self.host));
        self.host.remove_attribute("verdict").ok();
        flush(&self.pending);
        // No write is left for the timer, and the element's callbacks are
        // done with; cancel it.
        self.pending.borrow_mut().timer = None;
    }
}

fn read_attributes(host: &HtmlElement) -> Attributes {
    Attributes {
        preset: host.get_attribute("preset"),
        weights: host.get_attribute("weights"),
        theme: host.get_attribute("theme"),
        standalone: host.has_attribute("standalone"),
        share_url: host.get_attribute("share-url"),
        test_panic: cfg!(feature = "test-panic") && host.has_attribute("data-test-panic"),
    }
}

/// The browser behind [`Host`] for one element.
struct BrowserHost {
    host: HtmlElement,
    /// Address-bar and storage writes waiting for the reader to pause.
    pending: Rc<RefCell<PendingWrites>>,
}

/// The latest weights for the query and for storage, not yet written.
/// History and storage writes are slow (and browsers throttle history
/// writes), so they wait until the reader pauses: every step of a slider
/// restarts the timer, and only a pause of [`WRITE_DELAY_MS`] lets it fire.
#[derive(Default)]
struct PendingWrites {
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
