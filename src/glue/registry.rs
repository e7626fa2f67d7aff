//! The widgets on the page: one app per mounted element, from a pool of
//! idle apps when there is one, and the list a panic puts into the error
//! state.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use web_sys::{Element, HtmlElement};
use yew::AppHandle;

use super::browser_host::{finish, BrowserHost, PendingWrites};
use super::{create_mount_point, show_mount_point};
use crate::app::{App, AppProps, ElementProps};
use crate::host::HostRef;
use verdict_core::state::Attributes;

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

/// Every mounted element, for the panic hook (which may run while a borrow
/// is held, so this never panics: a held list reads as none).
pub(super) fn mounted() -> Vec<HtmlElement> {
    MOUNTED.with(|m| m.try_borrow().map(|m| m.clone()).unwrap_or_default())
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
    pub(super) fn mount(host: HtmlElement, root: &JsValue, moved: yew::AttrValue) -> Widget {
        let pending = Rc::<RefCell<PendingWrites>>::default();
        let bridge = HostRef::new(BrowserHost::new(host.clone(), pending.clone()));
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
        finish(&self.pending);
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
