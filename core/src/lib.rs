//! Backend Verdict's pure logic: the data set, the verdict model, and the
//! codec for attributes, URLs and storage. No web dependency, so all of it is
//! tested with plain `cargo test`.

pub mod card;
pub mod codec;
pub mod data;
pub mod html;
pub mod model;
pub mod report;
pub mod state;
pub mod words;

// The build script's checks, included here so tests can prove each message.
#[cfg(test)]
mod schema;
#[cfg(test)]
mod schema_tests;

pub use data::{ARTICLE_TABLES, DATASET, EVIDENCE, PRESET_SAID_IN, READINGS};
