//! The schema's small fixture (`tests/fixtures/dataset.toml`), checked and
//! lowered, as a data set the words, the analysis and the card are tested
//! on, so an honest edit of the real data breaks no test of theirs: two
//! options (A, B), two criteria (Speed, primary, weight 5: A 4 with a range
//! of 4 to 6 from one evidence row, B 8; Ease, weight 3: A 9, B 5) and two
//! presets (`fast`, B's; `easy`, A's).

use std::sync::OnceLock;

use crate::data::DataSet;
use crate::schema::{check, lower};

pub const FIXTURE: &str = include_str!("../tests/fixtures/dataset.toml");
pub const FIXTURE_ARTICLE: &str = include_str!("../tests/fixtures/article.txt");

/// The fixture as the shipped type, made once.
pub fn dataset() -> &'static DataSet {
    static DATA: OnceLock<DataSet> = OnceLock::new();
    DATA.get_or_init(|| {
        let checked = check("fixture.toml", FIXTURE, FIXTURE_ARTICLE)
            .unwrap_or_else(|problems| panic!("the fixture passes: {problems:#?}"));
        lower(checked).dataset
    })
}

/// The fixture with `extra` TOML appended (more criteria, say), checked
/// and lowered, for a test that needs more than the fixture has. Leaked:
/// each call is one test's.
pub fn dataset_with(extra: &str) -> &'static DataSet {
    let text = format!("{FIXTURE}\n{extra}");
    let checked = check("fixture.toml", &text, FIXTURE_ARTICLE)
        .unwrap_or_else(|problems| panic!("the fixture with {extra} passes: {problems:#?}"));
    Box::leak(Box::new(lower(checked).dataset))
}

/// Weights for the fixture from a few `(id, weight)` pairs, zero elsewhere.
pub fn weights(pairs: &[(&str, u8)]) -> Vec<u8> {
    let data = dataset();
    let mut weights = vec![0; data.criteria.len()];
    for &(id, weight) in pairs {
        weights[data.criterion_index(id).expect("a fixture criterion")] = weight;
    }
    weights
}
