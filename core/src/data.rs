//! The data set itself, built from `data/dataset.toml` by the build script
//! (checked there, then written out as Rust statics so the bundle carries
//! no parser), and the questions the app asks of it. The types are in
//! [`crate::types`].

pub use crate::types::*;

include!(concat!(env!("OUT_DIR"), "/dataset.rs"));

impl DataSet {
    /// The option a verdict names, where it names one: the model knows the
    /// winner by its position, the data set by its name.
    pub fn winner(&self, verdict: crate::model::Verdict) -> Option<&Choice> {
        match verdict {
            crate::model::Verdict::Winner(position) => self.options.get(position),
            _ => None,
        }
    }

    /// The criterion with this id, by position.
    pub fn criterion_index(&self, id: &str) -> Option<usize> {
        self.criteria
            .iter()
            .position(|criterion| criterion.id == id)
    }

    /// The preset with this id.
    pub fn preset(&self, id: &str) -> Option<&'static Preset> {
        self.presets.iter().find(|preset| preset.id == id)
    }

    /// Every criterion's scores as the model takes them.
    pub fn score_pairs(&self) -> Vec<[f64; 2]> {
        self.criteria
            .iter()
            .map(|c| [f64::from(c.scores[0].score), f64::from(c.scores[1].score)])
            .collect()
    }

    /// Every criterion's score ranges as the model takes them.
    pub fn score_ranges(&self) -> Vec<crate::model::ScoreRange> {
        self.criteria
            .iter()
            .map(|c| {
                c.scores
                    .each_ref()
                    .map(|s| [f64::from(s.low), f64::from(s.high)])
            })
            .collect()
    }

    /// Whether independent figures check each criterion, as the model
    /// takes it.
    pub fn checked(&self) -> Vec<bool> {
        self.criteria.iter().map(|c| c.checked).collect()
    }

    /// The weights a reader starts from with no preset.
    pub fn default_weights(&self) -> Vec<u8> {
        self.criteria.iter().map(|c| c.default_weight).collect()
    }
}
