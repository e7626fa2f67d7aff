//! Reading and checking `data/dataset.toml`, then writing it out as Rust.
//!
//! The build script includes this file (with the types, the reader and the
//! model), so a bad data file fails the build; the crate's tests include it
//! too, to prove each message on small fixture files. Every message names
//! the file, the entry and the problem.
//!
//! The steps, a file each: [`check`] (`check.rs`) reads each section's
//! entries, then runs one named pass per kind of entry, then (only on an
//! otherwise sound file) runs the model over every preset; [`lower`]
//! (`lower.rs`) turns the file's entries into the shipped types, and
//! [`to_rust`] writes those as statics. Here: the file's own shapes, and
//! what both steps read of them.

use std::collections::{BTreeMap, HashSet};

use crate::bake::Bake;
use crate::data::{Choice, Criterion, DataSet, Evidence, Preset, Reading, Score, Source, Table};
use crate::model;
use crate::read::FromToml;

mod check;
mod lower;

pub use check::check;
pub use lower::to_rust;
// The tests lower a fixture; the build script only writes Rust.
#[cfg(test)]
pub use lower::lower;

data_types! {
    /// A criterion as the file writes it: its scores by option id, each
    /// with the article's words beside it.
    (read)
    pub struct FileCriterion {
        /// The scores, in any order of options.
        pub scores: &'static [FileScore],
        /// Option id to what the end most favourable to it rests on,
        /// described by what it shows.
        pub range_ends: BTreeMap<&'static str, &'static str>,
        /// The default weight, checked to be 0 to 10.
        pub weight: i64,
        pub id: &'static str,
        pub label: &'static str,
        pub help: &'static str,
        pub primary: bool,
    }

    /// One option's score as the file writes it.
    (read)
    pub struct FileScore {
        pub option: &'static str,
        pub score: i64,
        pub low: Option<i64>,
        pub high: Option<i64>,
        /// The evidence rows an end that differs from the score comes from,
        /// and how it follows from their figures.
        pub low_from: Option<&'static [&'static str]>,
        pub low_derivation: Option<&'static str>,
        pub high_from: Option<&'static [&'static str]>,
        pub high_derivation: Option<&'static str>,
        pub credit: &'static str,
        pub reading: &'static str,
        pub quotes: &'static [&'static str],
    }

    /// A use case as the file writes it: the article's winner by id, and
    /// weights by criterion id (those it leaves out are 0).
    (read)
    pub struct FilePreset {
        pub id: &'static str,
        pub label: &'static str,
        pub article_winner: &'static str,
        pub said_in: &'static str,
        /// The article's reason for its winner, in its own words.
        pub reason: &'static str,
        /// The criteria (ids) that reason names.
        pub reason_criteria: &'static [&'static str],
        pub weights: BTreeMap<&'static str, i64>,
    }
}

impl FileScore {
    /// The range the evidence supports, the score itself by default.
    pub fn range(&self) -> (i64, i64) {
        (
            self.low.unwrap_or(self.score),
            self.high.unwrap_or(self.score),
        )
    }
}

/// The data file once every check has passed.
pub struct Checked {
    pub source: Source,
    pub options: Vec<Choice>,
    pub criteria: Vec<FileCriterion>,
    pub presets: Vec<FilePreset>,
    pub tables: Vec<Table>,
    pub evidence: Vec<Evidence>,
}

/// The statuses of rows whose figures do not check the claim: a criterion
/// that only such rows bear on is not checked by independent figures.
pub const UNCHECKING_STATUSES: [&str; 2] = ["unsupported", "unverified"];

/// The words a reader sees for how far a claim holds.
pub const EVIDENCE_STATUSES: [&str; 7] = [
    "holds",
    "partly holds",
    "outdated",
    "unsupported",
    "unverified",
    "contradicted",
    "not reproduced",
];

/// Address fragments that follow a branch rather than a fixed version: a
/// figure's address must keep leading to the number it was read from.
const MOVING_ADDRESSES: [&str; 6] = [
    "/blob/HEAD/",
    "/tree/HEAD/",
    "/blob/main/",
    "/tree/main/",
    "/blob/master/",
    "/tree/master/",
];

/// A checked criterion's scores in the order of the options.
pub(crate) fn options_in_order<'a>(
    options: &[Choice],
    criterion: &'a FileCriterion,
) -> [&'a FileScore; 2] {
    [0, 1].map(|position| {
        criterion
            .scores
            .iter()
            .find(|s| s.option == options[position].id)
            .expect("checked: one score per option")
    })
}

/// A preset's weight for every criterion, zero where it names none.
pub(crate) fn preset_weights(criteria: &[FileCriterion], preset: &FilePreset) -> Vec<u8> {
    criteria
        .iter()
        .map(|c| preset.weights.get(c.id).map_or(0, |&w| w as u8))
        .collect()
}
