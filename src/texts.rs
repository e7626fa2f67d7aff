//! Text that depends only on the data set, worked out by `build.rs` when the
//! bundle is built: every render would otherwise format it again.

/// One criterion's fixed text, in data set order.
pub struct CriterionText {
    /// The slider's element id, `weight-<criterion id>`.
    pub input_id: &'static str,
    /// The id of the hint that describes the slider.
    pub hint_id: &'static str,
    /// Both options' scores, as the line under the slider shows them.
    pub scores: &'static str,
}

include!(concat!(env!("OUT_DIR"), "/texts.rs"));

/// For the use case whose weights the reader has (the one the preset row
/// shows pressed), the note on what tips its verdict where the article's
/// reason alone does not give its winner.
pub fn preset_note(preset: Option<&str>) -> Option<&'static str> {
    PRESET_NOTES
        .iter()
        .find(|(id, _)| Some(*id) == preset)
        .map(|(_, note)| *note)
}
