//! Every sentence and label a reader sees, in one place: the widget's, the
//! standalone page's, the summary's and the preview card's. The views, the
//! page generator and the build script call these; none writes its own.
//! This is also where translations would plug in.
//!
//! Fixed labels are constants; sentences that depend on the data or the
//! verdict are functions, each tested beside it, in one file per audience:
//! the widget's (`widget`), the pages' (`page`), the preview card's
//! (`card`) and the copied summary's (`summary`); what they share is here.

use std::fmt;

use crate::codec::Notice;
use crate::data::{DataSet, Source};
use crate::format::{fixed, tenths_text, trim_number};
use crate::links::CopyWhat;
use crate::model::{self, Belief, Evaluation, Flip, Robustness, Sensitivity, Standing, Verdict};
use crate::report::{deciding_criteria, shown, Analysis, ReasonGap, Shown};

// The fixed labels, kept as data (`words.toml`), are words too.
pub use crate::labels::*;

mod card;
mod page;
mod summary;
mod widget;

pub use card::*;
pub use page::*;
pub use summary::*;
pub use widget::*;

/// Where every score comes from, in one wording wherever it is said: the
/// widget's footer, the standalone page, the summary and the preview card.
pub fn credit_line(source: &Source) -> String {
    format!(
        "Scores: our reading of {}, which gives no scores itself.",
        article_name(source)
    )
}

/// The article as our copy lets us name it: by its publisher, year and
/// kind, and its title as the data file gives it (in quotation marks, the
/// article's own words, or "title not in our copy": we never invent one).
#[inline(never)]
pub fn article_name(source: &Source) -> String {
    // The year as an i64, whose formatting the bundle has anyway (a u16's
    // would be another routine).
    format!(
        "{}'s {} {} ({})",
        source.publisher,
        i64::from(source.year),
        source.kind,
        source.title
    )
}

/// The verdict as a reader reads it.
pub fn verdict_label(data: &DataSet, verdict: Verdict) -> &'static str {
    match (data.winner(verdict), verdict) {
        (Some(winner), _) => winner.label,
        (None, Verdict::Tie) => VERDICT_TIE,
        (None, _) => VERDICT_NONE,
    }
}

/// Criterion labels joined as a sentence lists them ("performance,
/// scalability and cost"), each as it reads inside a sentence.
fn join_labels(labels: &[&str]) -> String {
    let mut out = String::new();
    for (i, label) in labels.iter().enumerate() {
        if i > 0 {
            out.push_str(if i + 1 == labels.len() { " and " } else { ", " });
        }
        out.push_str(&in_sentence(label));
    }
    out
}

/// Labels start with a capital; inside a sentence they should not, unless
/// the first word is a name or an acronym (a second capital, as in "AI").
pub(crate) fn in_sentence(label: &str) -> String {
    let mut chars = label.chars();
    match (chars.next(), chars.next()) {
        (Some(first), Some(second)) if !second.is_ascii_uppercase() => {
            // ASCII only: the labels are ASCII, and Unicode case tables
            // would cost the bundle kilobytes.
            let mut lowered = label.to_owned();
            if let Some(head) = lowered.get_mut(..first.len_utf8()) {
                head.make_ascii_lowercase();
            }
            lowered
        }
        _ => label.to_owned(),
    }
}

/// A verdict inside a sentence.
fn verdict_in_sentence(data: &DataSet, verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::Winner(_) => verdict_label(data, verdict),
        Verdict::Tie => "too close to call",
        Verdict::Unweighted => "no verdict",
    }
}

/// The weights the standalone page opens on, in words.
fn equal_weights(data: &DataSet) -> String {
    let primary: Vec<&str> = data
        .criteria
        .iter()
        .filter(|c| c.primary)
        .map(|c| c.label)
        .collect();
    format!("with equal weight on {}", join_labels(&primary))
}

/// What the tests of every audience share: a preset's weights, and weights
/// from a few pairs.
#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture::dataset;

    #[test]
    fn labels_read_well_inside_a_sentence() {
        assert_eq!(in_sentence("Learning curve"), "learning curve");
        assert_eq!(
            in_sentence("AI and data libraries"),
            "AI and data libraries"
        );
    }

    #[test]
    fn the_credit_line_names_the_article_and_says_it_gives_no_scores() {
        let source = &dataset().source;
        assert_eq!(
            credit_line(source),
            "Scores: our reading of Test Press's 2025 test post (“Fixture: A or B?”), which gives no scores itself."
        );
        // A copy with no title says so, and invents none.
        let untitled = Source {
            title: "title not in our copy",
            ..*source
        };
        assert_eq!(
            credit_line(&untitled),
            "Scores: our reading of Test Press's 2025 test post (title not in our copy), which gives no scores itself."
        );
    }

    #[test]
    fn the_verdict_reads_as_a_name_a_tie_or_no_verdict() {
        let data = dataset();
        assert_eq!(verdict_label(data, Verdict::Winner(1)), "B");
        assert_eq!(verdict_label(data, Verdict::Tie), VERDICT_TIE);
        assert_eq!(verdict_label(data, Verdict::Unweighted), VERDICT_NONE);
    }
}
