//! The data set's types and the data set itself, built from `data/dataset.toml`
//! by the build script (validated there, then written out as Rust statics so
//! the bundle carries no parser).

/// The article the data set comes from.
#[derive(Debug)]
pub struct Source {
    pub title: &'static str,
    pub publisher: &'static str,
    pub year: u16,
}

/// One of the two options compared.
#[derive(Debug)]
pub struct Choice {
    pub id: &'static str,
    pub label: &'static str,
}

/// One option's score on one criterion, with why and on whose word.
#[derive(Debug)]
pub struct Score {
    /// 0 to 10.
    pub score: u8,
    /// Who the article credits ("the article" where it credits no one).
    pub credit: &'static str,
    pub rationale: &'static str,
}

/// Something the reader can weigh.
#[derive(Debug)]
pub struct Criterion {
    pub id: &'static str,
    pub label: &'static str,
    pub help: &'static str,
    /// Shown among the first sliders rather than under "More criteria".
    pub primary: bool,
    pub default_weight: u8,
    /// One score per option, in the order of [`DataSet::options`].
    pub scores: [Score; 2],
}

/// A use case from the article, expressed as weights.
#[derive(Debug)]
pub struct Preset {
    pub id: &'static str,
    pub label: &'static str,
    /// Position of the option the article recommends.
    pub article_winner: usize,
    /// Where in the article the recommendation is made.
    pub said_in: &'static str,
    /// A weight for every criterion, in the order of [`DataSet::criteria`].
    pub weights: &'static [u8],
}

/// One of the article's tables, as printed.
#[derive(Debug)]
pub struct Table {
    pub id: &'static str,
    pub title: &'static str,
    pub credit: &'static str,
    pub columns: &'static [&'static str],
    pub rows: &'static [&'static [&'static str]],
}

/// An independent figure that checks a claim.
#[derive(Debug)]
pub struct Figure {
    pub label: &'static str,
    pub value: &'static str,
    pub source: &'static str,
    pub date: &'static str,
    pub url: &'static str,
}

/// One of the article's claims beside what independent sources say.
#[derive(Debug)]
pub struct Evidence {
    pub id: &'static str,
    pub claim: &'static str,
    pub article_credit: &'static str,
    /// How far the claim holds, in a plain word or two.
    pub status: &'static str,
    pub summary: &'static str,
    pub figures: &'static [Figure],
}

/// What the model and the widget need. The article's tables and the
/// evidence are separate statics ([`ARTICLE_TABLES`], [`EVIDENCE`]): the
/// standalone page carries them as HTML generated at build time, so the
/// wasm bundle, which never reads them, leaves them out.
#[derive(Debug)]
pub struct DataSet {
    pub source: Source,
    pub options: [Choice; 2],
    pub criteria: &'static [Criterion],
    pub presets: &'static [Preset],
}

include!(concat!(env!("OUT_DIR"), "/dataset.rs"));

impl DataSet {
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

    /// The weights a reader starts from with no preset.
    pub fn default_weights(&self) -> Vec<u8> {
        self.criteria.iter().map(|c| c.default_weight).collect()
    }
}
