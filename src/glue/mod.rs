//! The one module that touches the browser (`web_sys`, `JsValue`), by job:
//! here the bindings to `element.js` and the start (the panic hook, the
//! element's definition); `registry` the mounted widgets and the pool of
//! idle apps; `browser_host` the browser behind [`Host`](crate::host::Host).
//! Everything else in the app sees the page only through that trait, and
//! the model, the data and the codec live in `verdict-core` with no web
//! dependency at all.

mod browser_host;
mod registry;

use wasm_bindgen::prelude::*;
use web_sys::{Element, HtmlElement};

use registry::Widget;
use verdict_core::words::INTERNAL_ERROR;

#[wasm_bindgen(module = "/src/element.js")]
extern "C" {
    #[wasm_bindgen(js_name = defineElement)]
    pub(super) fn define_element(mount: &Closure<dyn Fn(HtmlElement, JsValue, String) -> JsValue>);

    #[wasm_bindgen(js_name = createMountPoint)]
    pub(super) fn create_mount_point() -> Element;

    #[wasm_bindgen(js_name = showMountPoint)]
    pub(super) fn show_mount_point(root: &JsValue, mount_point: &Element);

    #[wasm_bindgen(js_name = showFailure)]
    pub(super) fn show_failure(host: &HtmlElement, message: &str);

    #[wasm_bindgen(js_name = stopWidgets)]
    pub(super) fn stop_widgets();

    #[wasm_bindgen(js_name = bundleBase)]
    pub(super) fn bundle_base() -> String;

    #[wasm_bindgen(js_name = copyText)]
    pub(super) fn copy_text(text: &str, done: JsValue);

    #[wasm_bindgen(js_name = reportVerdict)]
    pub(super) fn report_verdict(
        host: &HtmlElement,
        verdict: Option<&str>,
        option_ids: &str,
        scores: &[f64],
        criterion_ids: &str,
        weights: &[u8],
        robust: Option<bool>,
    );
}

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
        let hosts = registry::mounted();
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
