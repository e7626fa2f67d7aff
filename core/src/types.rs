//! The data set's types, each declared once (see [`crate::bake`]): what
//! the widget and the model need ([`DataSet`]), and what only the
//! standalone page shows ([`Reading`], [`Table`], [`Evidence`]). The statics
//! built from `data/dataset.toml` are in [`crate::data`].
//!
//! Every type is read from the data file as it is ([`Source`], [`Choice`],
//! [`Table`], [`Figure`], [`Evidence`]), or made from the file's entries
//! by `schema::lower` ([`Criterion`], [`Score`], [`Reading`], [`Preset`]):
//! the file names options by id and keeps each score's quotes beside it,
//! while the bundle wants positions and no quotes.

data_types! {
    /// The article the data set comes from, named as our copy of it
    /// allows.
    (read, bake)
    pub struct Source {
        /// The title in quotation marks (the article's own words, checked
        /// like any quote), or "title not in our copy" where our copy of
        /// the article carries none: we never invent one.
        pub title: &'static str,
        /// What it is ("blog post").
        pub kind: &'static str,
        pub publisher: &'static str,
        pub year: u16,
    }

    /// One of the two options compared.
    (read, bake)
    pub struct Choice {
        pub id: &'static str,
        pub label: &'static str,
    }

    /// One option's score on one criterion (0 to 10): our reading of the
    /// article, and the range the evidence supports around it.
    (bake)
    pub struct Score {
        pub score: u8,
        /// The lowest and highest the evidence supports; both equal `score`
        /// where we have no evidence either way.
        pub low: u8,
        pub high: u8,
    }

    /// What one score rests on: our words, the article's words (each checked
    /// against `data/article.txt` when the data is built), and whom the article
    /// credits for them. Only the standalone page shows these, so they are kept
    /// out of [`DataSet`] and out of the wasm bundle.
    (bake)
    pub struct Reading {
        pub reading: &'static str,
        pub quotes: &'static [&'static str],
        /// Whom the article credits for the quoted claims ("the article" where
        /// it credits no one). A credit is for a claim, never for our score.
        pub credit: &'static str,
        /// How each end of the score's range that differs from the score
        /// follows from the evidence ("The high end: …"), for the page.
        pub derivations: &'static [&'static str],
    }

    /// Something the reader can weigh.
    (bake)
    pub struct Criterion {
        pub id: &'static str,
        /// The slider's name.
        pub label: &'static str,
        /// What the criterion means, in the slider's hint.
        pub help: &'static str,
        /// Shown among the first sliders rather than under "More criteria".
        pub primary: bool,
        pub default_weight: u8,
        /// One score per option, in the order of [`DataSet::options`].
        pub scores: [Score; 2],
        /// What the end of the ranges most favourable to each option rests
        /// on, described by what it shows, in option order; empty where the
        /// criterion has no range.
        pub range_ends: [&'static str; 2],
        /// Whether independent figures check this criterion: an evidence
        /// row bears on it with a status other than unverified or
        /// unsupported (the rows are in [`EVIDENCE`], which only the
        /// standalone page carries). A verdict that would not stand without
        /// the unchecked criteria rests on the article's word alone.
        pub checked: bool,
    }

    /// A use case from the article, expressed as weights.
    (bake)
    pub struct Preset {
        pub id: &'static str,
        pub label: &'static str,
        /// Position of the option the article recommends.
        pub article_winner: usize,
        /// Positions of the criteria the article's reason for its winner
        /// names (empty where it names none we weigh).
        pub reason_criteria: &'static [usize],
        /// A weight for every criterion, in the order of [`DataSet::criteria`].
        pub weights: &'static [u8],
    }

    /// One of the article's tables: as it prints it, or built from its lists.
    (read, bake)
    pub struct Table {
        pub id: &'static str,
        pub title: &'static str,
        pub credit: &'static str,
        /// True for a table we built from the article's bullet lists; the
        /// article prints the others.
        pub from_lists: bool,
        pub columns: &'static [&'static str],
        pub rows: &'static [&'static [&'static str]],
    }

    /// An independent figure that checks a claim.
    (read, bake)
    pub struct Figure {
        pub label: &'static str,
        pub value: &'static str,
        pub source: &'static str,
        pub date: &'static str,
        pub url: &'static str,
    }

    /// One of the article's claims beside what independent sources say.
    (read, bake)
    pub struct Evidence {
        pub id: &'static str,
        /// The ids of the criteria the claim bears on.
        pub criteria: &'static [&'static str],
        /// The article's exact words, or, where `claim_in_our_words`, our
        /// summary of a claim it spreads over a table or a list.
        pub claim: &'static str,
        pub claim_in_our_words: bool,
        pub article_credit: &'static str,
        /// How far the claim holds, in a plain word or two.
        pub status: &'static str,
        pub summary: &'static str,
        pub figures: &'static [Figure],
    }

    /// What the model and the widget need. The readings, the article's tables
    /// and the evidence are separate statics ([`READINGS`], [`ARTICLE_TABLES`],
    /// [`EVIDENCE`]): the
    /// standalone page carries them as HTML generated at build time, so the
    /// wasm bundle, which never reads them, leaves them out.
    (bake)
    pub struct DataSet {
        pub source: Source,
        pub options: [Choice; 2],
        pub criteria: &'static [Criterion],
        pub presets: &'static [Preset],
    }
}
