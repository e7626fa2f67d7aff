//! The model's results in words: the verdict, why, what would change it, and
//! the summary a reader copies. Kept here, beside the model, so every
//! sentence the widget shows is tested natively.

use crate::codec::to_query;
use crate::data::DataSet;
use crate::model::{self, Belief, Evaluation, Flip, Robustness, Sensitivity, Verdict};

/// Everything the widget shows for one set of weights, derived on demand.
#[derive(Clone, Debug, PartialEq)]
pub struct Analysis {
    pub evaluation: Evaluation,
    /// One entry per criterion, in data set order.
    pub sensitivities: Vec<Sensitivity>,
    /// How far the verdict survives the evidence; `None` with no verdict.
    pub robustness: Option<Robustness>,
}

/// Runs the model over the bundled scores for these weights: the verdict
/// alone, without the flip points.
pub fn evaluate(data: &DataSet, weights: &[u8]) -> Evaluation {
    let weights: Vec<f64> = weights.iter().map(|&w| f64::from(w)).collect();
    model::evaluate(&data.score_pairs(), &weights)
}

/// Runs the model over the bundled scores for these weights.
pub fn analyse(data: &DataSet, weights: &[u8]) -> Analysis {
    let scores = data.score_pairs();
    let weights: Vec<f64> = weights.iter().map(|&w| f64::from(w)).collect();
    let evaluation = model::evaluate(&scores, &weights);
    let sensitivities = (0..weights.len())
        .map(|index| model::sensitivity(&scores, &weights, index))
        .collect();
    let robustness = model::robustness(&scores, &data.score_ranges(), &weights);
    Analysis {
        evaluation,
        sensitivities,
        robustness,
    }
}

/// The machine-readable verdict: an option id, `tie`, or `None`.
pub fn verdict_id(data: &DataSet, verdict: Verdict) -> Option<&'static str> {
    match verdict {
        Verdict::Winner(index) => Some(data.options[index].id),
        Verdict::Tie => Some("tie"),
        Verdict::Unweighted => None,
    }
}

/// The verdict as a reader reads it.
pub fn verdict_label(data: &DataSet, verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::Winner(index) => data.options[index].label,
        Verdict::Tie => "Too close to call",
        Verdict::Unweighted => "No verdict yet",
    }
}

/// A score out of 10 with one decimal, as shown everywhere.
pub fn points(value: f64) -> String {
    fixed(value, 1)
}

/// `value` with exactly `decimals` (0 to 3) digits after the point, rounded
/// half away from zero. Written with integers because the standard float
/// formatter costs the bundle about 10 KB.
pub fn fixed(value: f64, decimals: u32) -> String {
    let scale = 10_i64.pow(decimals.min(3));
    let scaled = (value * scale as f64).round() as i64;
    let sign = if scaled < 0 { "-" } else { "" };
    let (whole, part) = (scaled.abs() / scale, scaled.abs() % scale);
    if decimals == 0 {
        format!("{sign}{whole}")
    } else {
        format!("{sign}{whole}.{part:0width$}", width = decimals as usize)
    }
}

/// The words for a weight, for screen readers and the summary. A table, not
/// a format: every slider asks on every step of any slider.
pub fn weight_words(weight: u8) -> &'static str {
    const WORDS: [&str; 11] = [
        "0 of 10, ignored",
        "1 of 10, barely matters",
        "2 of 10, barely matters",
        "3 of 10, somewhat important",
        "4 of 10, somewhat important",
        "5 of 10, important",
        "6 of 10, important",
        "7 of 10, very important",
        "8 of 10, very important",
        "9 of 10, essential",
        "10 of 10, essential",
    ];
    WORDS[usize::from(weight.min(10))]
}

/// A criterion's scores as the line under its slider shows them:
/// "Python 4–6 · Node.js 8", each our reading of the article, with the range
/// the evidence supports where it differs from the reading ("4, up to 6").
/// Only what differs from slider to slider; the scale and where the scores
/// come from are said once, near the sliders.
pub fn scores_line(data: &DataSet, index: usize) -> String {
    let one = |option: usize| {
        let score = &data.criteria[index].scores[option];
        let label = data.options[option].label;
        match (score.low < score.score, score.high > score.score) {
            (false, false) => format!("{label} {}", score.score),
            (true, false) => format!("{label} {} (down to {})", score.score, score.low),
            (false, true) => format!("{label} {} (up to {})", score.score, score.high),
            (true, true) => format!("{label} {} ({} to {})", score.score, score.low, score.high),
        }
    };
    format!("{} · {}", one(0), one(1))
}

/// The criteria that decided the verdict: those pulling toward the winner,
/// biggest first, at most three.
pub fn deciding_criteria(data: &DataSet, evaluation: &Evaluation) -> Vec<&'static str> {
    let sign = match evaluation.verdict {
        Verdict::Winner(0) => 1.0,
        Verdict::Winner(_) => -1.0,
        _ => return Vec::new(),
    };
    let mut pulling: Vec<(f64, &'static str)> = evaluation
        .contributions
        .iter()
        .zip(data.criteria)
        .map(|(&share, criterion)| (share * sign, criterion.label))
        .filter(|(share, _)| *share > 0.0)
        .collect();
    // Largest first; on a tie the earlier criterion stays first.
    model::sort_small_by(&mut pulling, |a, b| a.0 < b.0);
    pulling
        .into_iter()
        .take(3)
        .map(|(_, label)| label)
        .collect()
}

fn join_words(words: &[&str]) -> String {
    match words {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// One sentence saying why the verdict is what it is.
pub fn explanation(data: &DataSet, evaluation: &Evaluation) -> String {
    match evaluation.verdict {
        Verdict::Unweighted => {
            "Every criterion has weight 0. Give at least one criterion a weight above 0, or pick a use case, to get a verdict.".to_owned()
        }
        Verdict::Tie => format!(
            "The two scores are within {} points of each other, so neither option is ahead by enough to call.",
            fixed(model::TIE_BAND, 1)
        ),
        Verdict::Winner(index) => {
            let deciding: Vec<String> = deciding_criteria(data, evaluation)
                .into_iter()
                .map(in_sentence)
                .collect();
            let deciding: Vec<&str> = deciding.iter().map(String::as_str).collect();
            format!(
                "{} wins on what you weighted most: {}.",
                data.options[index].label,
                join_words(&deciding)
            )
        }
    }
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
            lowered[..first.len_utf8()].make_ascii_lowercase();
            lowered
        }
        _ => label.to_owned(),
    }
}

fn flip_clause(data: &DataSet, flip: &Flip, direction: &str) -> String {
    let to = match flip.to {
        Verdict::Winner(index) => format!("{} wins", data.options[index].label),
        Verdict::Tie => "it is too close to call".to_owned(),
        Verdict::Unweighted => "there is no verdict".to_owned(),
    };
    format!("{direction} {} and {to}", trim_number(flip.at))
}

/// A weight with at most two decimals and no trailing zeros.
pub fn trim_number(value: f64) -> String {
    let text = fixed(value, 2);
    text.trim_end_matches('0').trim_end_matches('.').to_owned()
}

/// What "What would change it" says when no slider, moved on its own
/// anywhere from 0 to 10, flips the verdict.
pub const NOTHING_FLIPS: &str =
    "No single slider, moved on its own anywhere from 0 to 10, changes the verdict.";

/// What moving one slider would do, in words.
pub fn flip_words(data: &DataSet, index: usize, sensitivity: &Sensitivity) -> String {
    let label = data.criteria[index].label;
    let clauses: Vec<String> = [
        sensitivity
            .above
            .as_ref()
            .map(|flip| flip_clause(data, flip, "above")),
        sensitivity
            .below
            .as_ref()
            .map(|flip| flip_clause(data, flip, "below")),
    ]
    .into_iter()
    .flatten()
    .collect();
    if clauses.is_empty() {
        format!("{label}: no weight from 0 to 10 changes the verdict.")
    } else {
        format!("{label}: {}.", clauses.join("; "))
    }
}

/// Whether the verdict survives every score within the range its evidence
/// supports, for these weights; `None` with no verdict.
pub fn robustness(data: &DataSet, weights: &[u8]) -> Option<Robustness> {
    let weights: Vec<f64> = weights.iter().map(|&w| f64::from(w)).collect();
    model::robustness(&data.score_pairs(), &data.score_ranges(), &weights)
}

/// The robustness in one sentence, naming, when the verdict depends on the
/// evidence, the criterion that decides it and the source at each end.
pub fn robustness_words(data: &DataSet, verdict: Verdict, robustness: &Robustness) -> String {
    match robustness.decider.filter(|_| !robustness.robust) {
        None => format!(
            "Holds across the evidence: any score within the range its sources support gives the same verdict, {}.",
            verdict_label(data, verdict)
        ),
        Some(index) => {
            let criterion = &data.criteria[index];
            let [first, second] = &data.options;
            format!(
                "Depends on which evidence you believe, most of all on {}: {} favours {}, {} favours {}.",
                in_sentence(criterion.label),
                criterion.range_ends[0],
                first.label,
                criterion.range_ends[1],
                second.label
            )
        }
    }
}

/// The robustness in a few words, for the verdict bar.
pub fn robustness_label(robustness: &Robustness) -> &'static str {
    if robustness.robust {
        "Holds across the evidence"
    } else {
        "Depends on which evidence you believe"
    }
}

/// The least a reader would have to believe differently to change the
/// verdict; `None` with no verdict or no such belief. Only "Why" shows it,
/// so it is worked out there, not on every step of a slider.
pub fn belief(data: &DataSet, weights: &[u8]) -> Option<Belief> {
    let weights: Vec<f64> = weights.iter().map(|&w| f64::from(w)).collect();
    model::smallest_belief(&data.score_pairs(), &weights)
}

/// "What you would have to believe", in one sentence: the gap on one
/// criterion at which the verdict changes, beside the gap our reading has.
pub fn belief_words(data: &DataSet, verdict: Verdict, belief: &Belief) -> String {
    let [first, second] = &data.options;
    let criterion = &data.criteria[belief.index];
    let current = belief.gap - belief.change;
    // Who would lead at the new gap, and whether the verdict changes at
    // more or at less than that lead. A winner changes at the band's edge
    // itself; a tie only past it.
    let leader = if belief.gap > 0.0 { first } else { second };
    let more = (belief.change > 0.0) == (belief.gap > 0.0);
    let bound = match (matches!(verdict, Verdict::Winner(_)), more) {
        (true, true) => "at least",
        (true, false) => "at most",
        (false, true) => "more than",
        (false, false) => "less than",
    };
    let ahead = if current > 0.0 { first } else { second };
    let none = if !criterion.has_evidence {
        " We have no independent figures on it."
    } else {
        ""
    };
    format!(
        "To change the verdict you would have to believe that {} leads on {} by {bound} {} points; our reading of the article has {} ahead by {}.{none}",
        leader.label,
        in_sentence(criterion.label),
        trim_number(belief.gap.abs()),
        ahead.label,
        trim_number(current.abs()),
    )
}

/// The short Markdown summary a reader copies.
pub fn summary_markdown(data: &DataSet, weights: &[u8], link: &str) -> String {
    let analysis = analyse(data, weights);
    let evaluation = &analysis.evaluation;
    let mut out = format!(
        "**Backend Verdict: {}**\n\n",
        verdict_label(data, evaluation.verdict)
    );
    if let Some(totals) = evaluation.totals {
        out.push_str(&format!(
            "- {} {} / 10, {} {} / 10\n",
            data.options[0].label,
            points(totals[0]),
            data.options[1].label,
            points(totals[1])
        ));
    }
    out.push_str(&format!("- {}\n", explanation(data, evaluation)));
    let weighted: Vec<String> = data
        .criteria
        .iter()
        .zip(weights)
        .filter(|(_, &w)| w > 0)
        .map(|(c, w)| format!("{} {w}", c.label))
        .collect();
    out.push_str(&format!("- Weights (0 to 10): {}\n", weighted.join(", ")));
    if let Some(robustness) = &analysis.robustness {
        out.push_str(&format!(
            "- {}\n",
            robustness_words(data, evaluation.verdict, robustness)
        ));
    }
    out.push_str(&format!(
        "- Scores: our reading of the article \"{}\" ({}, {}), which gives none itself\n",
        data.source.title, data.source.publisher, data.source.year
    ));
    out.push_str(&format!("\n{link}\n"));
    out
}

/// The attribute (or query) that opens the widget on these weights: the
/// preset whose weights they are, else the weights themselves.
fn state_pair(data: &DataSet, weights: &[u8]) -> (&'static str, String) {
    match crate::codec::matching_preset(data, weights) {
        Some(preset) => ("preset", preset.to_owned()),
        None => ("weights", crate::codec::format_weights(data, weights)),
    }
}

/// The script embed for these weights: the loader from `bundle` (the
/// folder it is served from, ending in `/`) and the element.
pub fn embed_snippet(data: &DataSet, bundle: &str, weights: &[u8]) -> String {
    let (name, value) = state_pair(data, weights);
    format!(
        "<script type=\"module\" src=\"{bundle}embed.js\"></script>\n<backend-verdict {name}=\"{value}\"></backend-verdict>"
    )
}

/// The iframe embed for these weights, for hosts that allow no script, and
/// the one-line helper that sizes it where one script is allowed.
pub fn frame_snippet(data: &DataSet, bundle: &str, weights: &[u8]) -> String {
    let (name, value) = state_pair(data, weights);
    format!(
        "<iframe src=\"{bundle}frame.html?{name}={value}\" title=\"Backend Verdict: Python or Node.js for your backend?\" loading=\"lazy\" width=\"100%\" height=\"900\" style=\"border:0;max-width:100%\"></iframe>\n<script src=\"{bundle}frame-resize.js\" async></script>"
    )
}

/// The standalone page's address with this state in its query.
pub fn share_link(data: &DataSet, page: &str, weights: &[u8]) -> String {
    let base = page.split(['?', '#']).next().unwrap_or(page);
    format!("{base}{}", to_query(data, weights))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fixed_rounds_half_away_from_zero() {
        assert_eq!(fixed(5.75, 1), "5.8");
        assert_eq!(fixed(-1.25, 1), "-1.3");
        assert_eq!(fixed(0.04, 1), "0.0");
        assert_eq!(fixed(7.2381, 2), "7.24");
        assert_eq!(fixed(10.0, 2), "10.00");
        assert_eq!(fixed(3.6, 0), "4");
        assert_eq!(trim_number(7.5), "7.5");
        assert_eq!(trim_number(3.0), "3");
    }

    #[test]
    fn deciding_criteria_are_the_three_largest_pulls_toward_the_winner() {
        let data = &crate::DATASET;
        // Performance, scalability and cost favour Node.js; learning curve
        // favours Python and must not be named for a Node.js verdict.
        let mut weights = vec![0; data.criteria.len()];
        weights[..4].copy_from_slice(&[3, 10, 10, 6]);
        let evaluation = evaluate(data, &weights);
        assert_eq!(verdict_id(data, evaluation.verdict), Some("node"));
        let by_hand = {
            let mut pulls: Vec<(f64, &str)> = evaluation
                .contributions
                .iter()
                .zip(data.criteria)
                .filter(|(share, _)| **share < 0.0)
                .map(|(share, c)| (-share, c.label))
                .collect();
            pulls.sort_by(|a, b| b.0.total_cmp(&a.0));
            pulls
                .into_iter()
                .map(|(_, label)| label)
                .take(3)
                .collect::<Vec<_>>()
        };
        assert_eq!(deciding_criteria(data, &evaluation), by_hand);
        assert_eq!(by_hand.len(), 3);
        assert!(!by_hand.contains(&"Learning curve"));
        // Equal pulls keep the data set's order.
        let mut equal = vec![0; data.criteria.len()];
        equal[..4].copy_from_slice(&[5, 5, 0, 0]);
        let evaluation = evaluate(data, &equal);
        let lead = |i: usize| {
            let [python, node] = &data.criteria[i].scores;
            i16::from(node.score) - i16::from(python.score)
        };
        assert_eq!(lead(0), lead(1), "the test's premise: equal leads");
        assert_eq!(
            deciding_criteria(data, &evaluation),
            ["Performance", "Scalability"]
        );
    }

    #[test]
    fn snippets_open_the_widget_on_the_same_weights() {
        let data = &crate::DATASET;
        let gaming = data.preset("gaming").unwrap().weights;
        let bundle = "https://example.test/bv/";
        assert_eq!(
            embed_snippet(data, bundle, gaming),
            "<script type=\"module\" src=\"https://example.test/bv/embed.js\"></script>\n<backend-verdict preset=\"gaming\"></backend-verdict>"
        );
        assert!(frame_snippet(data, bundle, gaming)
            .starts_with("<iframe src=\"https://example.test/bv/frame.html?preset=gaming\" title=\"Backend Verdict"));
        assert!(frame_snippet(data, bundle, gaming)
            .ends_with("<script src=\"https://example.test/bv/frame-resize.js\" async></script>"));
        // Weights no preset has travel as the weights themselves.
        let mut own = gaming.to_vec();
        own[0] = 1;
        let frame = frame_snippet(data, bundle, &own);
        let query = frame
            .split("frame.html?")
            .nth(1)
            .unwrap()
            .split('"')
            .next()
            .unwrap();
        let (weights, notices) = crate::codec::parse_query(data, query).unwrap();
        assert_eq!(weights, own);
        assert!(notices.is_empty());
    }

    #[test]
    fn weights_read_as_words() {
        assert_eq!(weight_words(0), "0 of 10, ignored");
        assert_eq!(weight_words(8), "8 of 10, very important");
        assert_eq!(weight_words(10), "10 of 10, essential");
        // Out of range reads as the most a weight can be, never a panic.
        assert_eq!(weight_words(200), "10 of 10, essential");
    }

    #[test]
    fn scores_line_shows_the_two_scores_and_their_ranges() {
        let data = &crate::DATASET;
        assert_eq!(scores_line(data, 0), "Python 4 (up to 6) · Node.js 8");
        assert_eq!(
            scores_line(data, 3),
            "Python 5 (up to 7) · Node.js 8 (down to 7)"
        );
        assert_eq!(scores_line(data, 1), "Python 5 · Node.js 9");
        for index in 0..data.criteria.len() {
            let line = scores_line(data, index);
            assert!(!line.contains("source"), "{line}");
        }
    }

    #[test]
    fn labels_read_well_inside_a_sentence() {
        assert_eq!(in_sentence("Learning curve"), "learning curve");
        assert_eq!(
            in_sentence("AI and data libraries"),
            "AI and data libraries"
        );
    }
}
