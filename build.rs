//! Worked out once, when the bundle is built, rather than in the browser:
//! the text that depends only on the data set (element ids, each
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
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("set by cargo"));
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
