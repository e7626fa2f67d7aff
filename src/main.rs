//! Backend Verdict's web app: the `<backend-verdict>` element, drawn with Yew.
//!
//! Built for the browser (wasm32), it defines the element's widget. Built
//! natively, the same components render a widget's first state to HTML for
//! the build (`prerender`): one render, in the page and in the browser.

mod app;
mod components;
#[cfg(target_arch = "wasm32")]
mod glue;
mod hooks;
mod host;
mod input;
#[cfg(not(target_arch = "wasm32"))]
mod prerender;
// The ids the glue reports the verdict with are unused in the native build.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
mod texts;

#[cfg(target_arch = "wasm32")]
fn main() {
    glue::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    prerender::main()
}

// Talc in place of Rust's default wasm allocator (dlmalloc): about 1.5 KB
// smaller after brotli (measured: 73,001 to 71,407 bytes of wasm) and, by
// its own benchmarks, faster. The widget is single-threaded, which this
// allocator assumes.
#[cfg(all(not(target_feature = "atomics"), target_family = "wasm"))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
