//! The fixed labels: one constant per key of `words.toml`, written by the
//! build script (`title` is `TITLE`). A leaf, so the links' frame title and
//! the words alike read them; [`crate::words`] re-exports them.

include!(concat!(env!("OUT_DIR"), "/labels.rs"));
