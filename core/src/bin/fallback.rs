//! Prints the static fallback HTML for `make dist`'s ready-to-paste snippet.
//! Usage: fallback [ADDRESS-OF-THE-FULL-PAGE]

fn main() {
    let link = std::env::args().nth(1);
    println!(
        "{}",
        verdict_core::html::fallback_html(&verdict_core::DATASET, link.as_deref())
    );
}
