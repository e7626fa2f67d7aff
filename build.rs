//! Two things worked out once, when the bundle is built, rather than in the
//! browser:
//! - the widget's stylesheet, minified: comments out, runs of whitespace cut
//!   to one space or none (the source stays readable; the wasm carries only
//!   what the browser needs);
//! - the text that depends only on the data set (element ids, each
//!   criterion's scores line, the credit line), written out as string
//!   constants, so no step of a slider formats or allocates it again; and
//!   each use case's note where the article's reason alone does not give
//!   its winner (a preset's weights are fixed, so its note is too, and the
//!   analysis behind it need not travel in the wasm). The words themselves
//!   come from `verdict_core::words`.

use std::fmt::Write;
use std::path::PathBuf;

use verdict_core::report::reason_gap;
use verdict_core::words::{axis_labels, credit_line, reason_gap_words, scale_note, scores_line};
use verdict_core::DATASET;

fn main() {
    println!("cargo:rerun-if-changed=src/widget.css");
    let css = std::fs::read_to_string("src/widget.css").expect("src/widget.css is readable");
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("set by cargo"));
    std::fs::write(out.join("widget.css"), minify_css(&css)).expect("OUT_DIR is writable");
    std::fs::write(out.join("texts.rs"), data_texts()).expect("OUT_DIR is writable");
}

/// Rust source for `src/texts.rs`; `{:?}` writes each string as a literal.
fn data_texts() -> String {
    let mut code = String::new();
    code.push_str("pub static CRITERION_TEXTS: &[CriterionText] = &[\n");
    for (index, criterion) in DATASET.criteria.iter().enumerate() {
        let _ = writeln!(
            code,
            "    CriterionText {{ input_id: {:?}, hint_id: {:?}, scores: {:?} }},",
            format!("weight-{}", criterion.id),
            format!("hint-{}", criterion.id),
            scores_line(&DATASET, index),
        );
    }
    code.push_str("];\n");
    let ids = |ids: Vec<&str>| ids.join(" ");
    let _ = writeln!(
        code,
        "pub const OPTION_IDS: &str = {:?};",
        ids(DATASET.options.iter().map(|o| o.id).collect())
    );
    let _ = writeln!(
        code,
        "pub const CRITERION_IDS: &str = {:?};",
        ids(DATASET.criteria.iter().map(|c| c.id).collect())
    );
    // The footer's credit, then its link.
    let _ = writeln!(
        code,
        "pub const CREDIT_LINE: &str = {:?};",
        format!("{} ", credit_line(&DATASET.source))
    );
    let _ = writeln!(
        code,
        "pub const SCALE_NOTE: &str = {:?};",
        scale_note(&DATASET)
    );
    // Beside a use case's verdict: what tips it where the article's reason
    // alone does not give its winner; only those use cases are listed.
    code.push_str("pub static PRESET_NOTES: &[(&str, &str)] = &[\n");
    for preset in DATASET.presets {
        if let Some(gap) = reason_gap(&DATASET, preset.weights) {
            let note = reason_gap_words(&DATASET, &gap);
            let _ = writeln!(code, "    ({:?}, {note:?}),", preset.id);
        }
    }
    code.push_str("];\n");
    let [left, right] = axis_labels(&DATASET);
    let _ = writeln!(
        code,
        "pub const AXIS_LABELS: [&str; 2] = [{left:?}, {right:?}];"
    );
    code
}

fn minify_css(css: &str) -> String {
    // Drop comments (the stylesheet has no strings that contain "/*").
    let mut text = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(start) = rest.find("/*") {
        text.push_str(&rest[..start]);
        rest = rest[start..]
            .find("*/")
            .map_or("", |end| &rest[start + end + 2..]);
    }
    text.push_str(rest);
    // Collapse whitespace, then drop it around punctuation where CSS allows.
    let collapsed = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut out = String::with_capacity(collapsed.len());
    let chars: Vec<char> = collapsed.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        let tight = |c: char| matches!(c, '{' | '}' | ';' | ',' | '>');
        if c == ' ' {
            let before = i.checked_sub(1).map(|j| chars[j]);
            let after = chars.get(i + 1).copied();
            // Only the space after a colon goes: before one, in a selector,
            // it may separate a descendant pseudo-class.
            if before.is_some_and(|b| tight(b) || b == ':') || after.is_some_and(tight) {
                continue;
            }
        }
        out.push(c);
    }
    out.replace(";}", "}")
}
