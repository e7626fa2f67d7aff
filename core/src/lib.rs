//! Backend Verdict's pure logic: the data set, the verdict model, the codec
//! for attributes, URLs and storage, the widget's state and every sentence
//! it shows. No web dependency, so all of it is tested with plain
//! `cargo test`.

// The data file's reader, native only (the build script, the tests, the
// build's tools): the wasm carries no parser, and there the types declare
// no reader (`bake.rs` calls `from_toml!` natively only).
#[cfg(not(target_arch = "wasm32"))]
#[macro_use]
#[cfg_attr(not(test), allow(dead_code))]
mod read;
// Outside the tests only the build script writes Rust with `Bake`.
#[macro_use]
#[cfg_attr(not(test), allow(dead_code))]
mod bake;

pub mod card;
pub mod codec;
pub mod data;
pub mod format;
pub mod html;
pub mod labels;
pub mod links;
pub mod model;
pub mod palette;
pub mod report;
pub mod state;
pub mod types;
pub mod words;

// The build script's checks, included here so tests can prove each message.
#[cfg(test)]
mod schema;
#[cfg(test)]
mod schema_tests;
// The fixture as a data set, for the tests of the words, the analysis and the card.
#[cfg(test)]
pub(crate) mod fixture;

pub use data::{ARTICLE_TABLES, DATASET, EVIDENCE, PRESET_SAID_IN, READINGS};
