//! Backend Verdict's web app: the `<backend-verdict>` element, drawn with Yew.

mod app;
mod components;
mod glue;
mod host;
mod input;
mod texts;

fn main() {
    glue::start();
}

// Talc in place of Rust's default wasm allocator (dlmalloc): about 1.5 KB
// smaller after brotli (measured: 73,001 to 71,407 bytes of wasm) and, by
// its own benchmarks, faster. The widget is single-threaded, which this
// allocator assumes.
#[cfg(all(not(target_feature = "atomics"), target_family = "wasm"))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
