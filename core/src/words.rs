//! Every sentence and label a reader sees, in one place: the widget's, the
//! standalone page's, the summary's and the preview card's. The views, the
//! page generator and the build script call these; none writes its own.
//! This is also where translations would plug in.
//!
//! Fixed labels are constants; sentences that depend on the data or the
//! verdict are functions, each tested below.

use std::fmt;

use crate::codec::Notice;
use crate::data::{DataSet, Source};
use crate::model::{self, Belief, Evaluation, Flip, Robustness, Sensitivity, Verdict};
use crate::report::{analyse, deciding_criteria, fixed, points, trim_number};
use crate::state::CopyWhat;

// The fixed labels: one constant per key of `words.toml`, written by the
// build script (a list of constants is data, kept as data).
include!(concat!(env!("OUT_DIR"), "/labels.rs"));

/// What the widget says once a copy has reached the clipboard.
pub fn copied(what: CopyWhat) -> &'static str {
    match what {
        CopyWhat::Link => "Link copied.",
        CopyWhat::Summary => "Summary copied as Markdown.",
        CopyWhat::Snippet => "Embed snippet copied.",
        CopyWhat::Frame => "Iframe snippet copied.",
    }
}

/// Where every score comes from, in one wording wherever it is said: the
/// widget's footer, the standalone page, the summary and the preview card.
pub fn credit_line(source: &Source) -> String {
    format!(
        "Scores: our reading of “{}” ({}, {}), which gives no scores itself.",
        source.title, source.publisher, source.year
    )
}

/// The credit line in two lines of about the same length, for the preview
/// card; joined with a space they are [`credit_line`].
pub fn credit_lines(source: &Source) -> [String; 2] {
    let line = credit_line(source);
    match line.split_once("” (") {
        Some((first, second)) => [format!("{first}”"), format!("({second}")],
        None => [line, String::new()],
    }
}

/// The weights the standalone page opens on, in words.
fn equal_weights(data: &DataSet) -> String {
    let primary: Vec<String> = data
        .criteria
        .iter()
        .filter(|c| c.primary)
        .map(|c| in_sentence(c.label))
        .collect();
    let primary: Vec<&str> = primary.iter().map(String::as_str).collect();
    format!("with equal weight on {}", join_words(&primary))
}

/// The lead of the standalone page's fallback: the question and the
/// weights its verdict is for.
pub fn fallback_lead(data: &DataSet) -> String {
    format!("{TITLE} Verdict {}", equal_weights(data))
}

/// The lead of a use case page's fallback.
pub fn use_case_lead(data: &DataSet, use_case: &str) -> String {
    let [first, second] = &data.options;
    format!(
        "{} or {} for {use_case}? Verdict with the article's use case as the weights",
        first.label, second.label
    )
}

/// The range of a score, where the evidence supports more than one value.
pub fn evidence_range(low: u8, high: u8) -> String {
    format!("(the evidence supports {low} to {high})")
}

/// Under a score's quotes: whose words they are.
pub fn quotes_credit(credit: &str) -> String {
    format!("The article's words; credit: {credit}.")
}

/// Beside a claim: whom the article credits, and the criteria it bears on.
pub fn claim_source(credit: &str, bears_on: &str) -> String {
    format!("(credited to {credit}; bears on {bears_on})")
}

/// One of the article's tables: its caption and its source line, which say
/// whether the article prints it or we gathered it from its lists.
pub fn table_caption(title: &str, from_lists: bool) -> String {
    if from_lists {
        format!("{title} (from the article's lists)")
    } else {
        title.to_owned()
    }
}

pub fn table_source(credit: &str, from_lists: bool) -> String {
    if from_lists {
        format!("{credit}; not a table it prints, but its bullet points gathered into one")
    } else {
        format!("{credit}, as printed")
    }
}

/// A link preview's texts: `og:title`, `og:description` and the card's alt
/// text, for the standalone page (`use_case` `None`) or one use case.
pub fn preview_texts(
    data: &DataSet,
    use_case: Option<&str>,
    evaluation: &Evaluation,
) -> [String; 3] {
    let [first, second] = &data.options;
    let subject = use_case.unwrap_or("your backend");
    let question = format!("{} or {} for {subject}?", first.label, second.label);
    let verdict = verdict_label(data, evaluation.verdict);
    let scores = evaluation.totals.map(|totals| {
        format!(
            "{} {} out of 10, {} {} out of 10",
            first.label,
            points(totals[0]),
            second.label,
            points(totals[1])
        )
    });
    let weighed = if use_case.is_some() {
        "with the article's use case as the starting weights".to_owned()
    } else {
        equal_weights(data)
    };
    [
        format!("{question} Verdict: {verdict}"),
        format!(
            "{} {}, {weighed}. Move the sliders to weigh it your way; every score quotes the article it comes from.",
            explanation(data, evaluation),
            scores.clone().unwrap_or_default()
        ),
        format!(
            "{CARD_NAME}: {question} Verdict: {verdict}.{}",
            scores.map_or_else(String::new, |s| format!(" {s}."))
        ),
    ]
}

/// The line above the sliders: what the numbers under each one are.
pub fn scale_note(data: &DataSet) -> String {
    let [first, second] = &data.options;
    format!(
        "Under each slider: {} and {} scored out of 10, our reading of the article (it gives no scores); in brackets, where independent evidence puts them.",
        first.label, second.label
    )
}

/// The breakdown's axis: which side of the middle favours which option.
pub fn axis_labels(data: &DataSet) -> [String; 2] {
    let [first, second] = &data.options;
    [format!("← {}", second.label), format!("{} →", first.label)]
}

/// The count beside "More criteria": how many sliders it holds, and how
/// many of them are in use.
pub fn more_count(total: usize, in_use: usize) -> String {
    if in_use > 0 {
        format!(" ({total} more, {in_use} in use)")
    } else {
        format!(" ({total} more)")
    }
}

/// One criterion's pull in the breakdown, beside its bar.
pub fn pull_words(data: &DataSet, share: f64) -> String {
    let toward = if share > 0.0 {
        &data.options[0]
    } else if share < 0.0 {
        &data.options[1]
    } else {
        return NO_DIFFERENCE.to_owned();
    };
    format!("{} points toward {}", points(share.abs()), toward.label)
}

/// A notice as a sentence, with its capital and full stop.
pub fn notice_sentence(notice: &Notice) -> String {
    let mut text = format!("{notice}.");
    // The notices start with ASCII words, so ASCII case suffices (Unicode
    // case tables cost the bundle kilobytes).
    if let Some(first) = text.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    text
}

impl fmt::Display for Notice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Notice::UnknownPreset(id) => write!(f, "there is no use case “{id}”"),
            Notice::UnknownCriterion(id) => write!(f, "there is no criterion “{id}”"),
            Notice::NotANumber { id, raw } => {
                write!(
                    f,
                    "the weight “{raw}” for {id} is not a number from 0 to 10"
                )
            }
            Notice::OutOfRange { id, raw, used } => {
                write!(
                    f,
                    "the weight {raw} for {id} is outside 0 to 10, so {used} was used"
                )
            }
            Notice::Rounded { id, raw, used } => {
                write!(f, "the weight {raw} for {id} was rounded to {used}")
            }
            Notice::Duplicate(id) => write!(f, "{id} was given twice; the first value was kept"),
            Notice::Malformed(raw) => write!(f, "“{raw}” is not of the form id:value"),
            Notice::TooLong { what, len } => {
                write!(f, "the {what} value is too long ({len} characters)")
            }
            Notice::UnknownTheme(raw) => {
                write!(f, "there is no theme “{raw}” (use light, dark or auto)")
            }
        }
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
    out.push_str(&format!("- {}\n", credit_line(&data.source)));
    out.push_str(&format!("\n{link}\n"));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::evaluate;
    use crate::DATASET;

    fn preset(id: &str) -> &'static [u8] {
        DATASET.preset(id).expect("a preset").weights
    }

    fn weights(pairs: &[(&str, u8)]) -> Vec<u8> {
        let mut weights = vec![0; DATASET.criteria.len()];
        for &(id, weight) in pairs {
            weights[DATASET.criterion_index(id).expect("a criterion")] = weight;
        }
        weights
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

    #[test]
    fn the_credit_line_names_the_article_and_says_it_gives_no_scores() {
        let line = credit_line(&DATASET.source);
        assert_eq!(
            line,
            "Scores: our reading of “Python vs Node.js: Which Is Better for Backend Development in 2025?” (BoomDevs (blog post), 2025), which gives no scores itself."
        );
    }

    #[test]
    fn the_cards_two_credit_lines_are_the_credit_line() {
        let [first, second] = credit_lines(&DATASET.source);
        assert!(!first.is_empty() && !second.is_empty());
        assert_eq!(format!("{first} {second}"), credit_line(&DATASET.source));
    }

    #[test]
    fn the_scale_note_and_axis_name_both_options() {
        assert!(scale_note(&DATASET)
            .starts_with("Under each slider: Python and Node.js scored out of 10"));
        assert_eq!(axis_labels(&DATASET), ["← Node.js", "Python →"]);
    }

    #[test]
    fn more_criteria_counts_the_sliders_in_use_only_when_there_are_some() {
        assert_eq!(more_count(7, 0), " (7 more)");
        assert_eq!(more_count(7, 2), " (7 more, 2 in use)");
    }

    #[test]
    fn a_pull_names_the_option_it_favours() {
        assert_eq!(pull_words(&DATASET, 1.25), "1.3 points toward Python");
        assert_eq!(pull_words(&DATASET, -0.5), "0.5 points toward Node.js");
        assert_eq!(pull_words(&DATASET, 0.0), "no difference");
    }

    #[test]
    fn each_copy_says_what_was_copied() {
        let said = [
            CopyWhat::Link,
            CopyWhat::Summary,
            CopyWhat::Snippet,
            CopyWhat::Frame,
        ]
        .map(copied);
        assert_eq!(
            said,
            [
                "Link copied.",
                "Summary copied as Markdown.",
                "Embed snippet copied.",
                "Iframe snippet copied."
            ]
        );
    }

    #[test]
    fn a_notice_reads_as_a_sentence() {
        assert_eq!(
            notice_sentence(&Notice::UnknownPreset("chat".into())),
            "There is no use case “chat”."
        );
        assert_eq!(
            notice_sentence(&Notice::OutOfRange {
                id: "cost".into(),
                raw: "12".into(),
                used: 10
            }),
            "The weight 12 for cost is outside 0 to 10, so 10 was used."
        );
        assert_eq!(
            notice_sentence(&Notice::TooLong {
                what: "link",
                len: 9000
            }),
            "The link value is too long (9000 characters)."
        );
    }

    #[test]
    fn the_verdict_reads_as_a_name_a_tie_or_no_verdict() {
        assert_eq!(verdict_label(&DATASET, Verdict::Winner(1)), "Node.js");
        assert_eq!(verdict_label(&DATASET, Verdict::Tie), "Too close to call");
        assert_eq!(
            verdict_label(&DATASET, Verdict::Unweighted),
            "No verdict yet"
        );
    }

    #[test]
    fn the_explanation_names_what_was_weighted_most() {
        let node = evaluate(&DATASET, &weights(&[("performance", 10), ("cost", 5)]));
        assert_eq!(
            explanation(&DATASET, &node),
            "Node.js wins on what you weighted most: performance and cost."
        );
        let none = evaluate(&DATASET, &weights(&[]));
        assert!(explanation(&DATASET, &none).starts_with("Every criterion has weight 0."));
        let tie = evaluate(
            &DATASET,
            &weights(&[("performance", 5), ("learning-curve", 5)]),
        );
        assert_eq!(tie.verdict, Verdict::Tie, "the test's premise");
        assert!(explanation(&DATASET, &tie).starts_with(&format!(
            "The two scores are within {} points of each other",
            fixed(model::TIE_BAND, 1)
        )));
    }

    #[test]
    fn a_flip_names_the_weight_and_what_it_flips_to() {
        let weights = weights(&[("performance", 5), ("learning-curve", 4)]);
        let index = DATASET.criterion_index("learning-curve").unwrap();
        let scores = DATASET.score_pairs();
        let floats: Vec<f64> = weights.iter().map(|&w| f64::from(w)).collect();
        let sensitivity = model::sensitivity(&scores, &floats, index);
        let words = flip_words(&DATASET, index, &sensitivity);
        assert!(words.starts_with("Learning curve: above "), "{words}");
        assert!(words.contains("and it is too close to call"), "{words}");
        let still = Sensitivity {
            above: None,
            below: None,
            ..sensitivity
        };
        assert_eq!(
            flip_words(&DATASET, index, &still),
            "Learning curve: no weight from 0 to 10 changes the verdict."
        );
    }

    #[test]
    fn robustness_says_whether_the_evidence_can_change_the_verdict() {
        let realtime = preset("realtime");
        let verdict = evaluate(&DATASET, realtime).verdict;
        let robust = crate::report::robustness(&DATASET, realtime).unwrap();
        assert!(robust.robust, "the test's premise");
        assert_eq!(robustness_label(&robust), "Holds across the evidence");
        assert!(robustness_words(&DATASET, verdict, &robust)
            .ends_with("gives the same verdict, Node.js."));

        let close = weights(&[("performance", 5), ("learning-curve", 4)]);
        let verdict = evaluate(&DATASET, &close).verdict;
        let fragile = crate::report::robustness(&DATASET, &close).unwrap();
        assert!(!fragile.robust, "the test's premise");
        assert_eq!(
            robustness_label(&fragile),
            "Depends on which evidence you believe"
        );
        assert_eq!(
            robustness_words(&DATASET, verdict, &fragile),
            "Depends on which evidence you believe, most of all on performance: TechEmpower Round 23 (raw servers) favours Python, the article's benchmark table (WWT) favours Node.js."
        );
    }

    #[test]
    fn the_belief_sentence_gives_the_gap_that_would_change_the_verdict() {
        let weights = weights(&[("performance", 5)]);
        let verdict = evaluate(&DATASET, &weights).verdict;
        let belief = crate::report::belief(&DATASET, &weights).unwrap();
        assert_eq!(
            belief_words(&DATASET, verdict, &belief),
            "To change the verdict you would have to believe that Node.js leads on performance by at most 0.2 points; our reading of the article has Node.js ahead by 4."
        );
    }

    #[test]
    fn the_summary_has_the_verdict_the_weights_the_credit_and_the_link() {
        let link = "https://example.org/?preset=realtime";
        let summary = summary_markdown(&DATASET, preset("realtime"), link);
        assert!(
            summary.starts_with("**Backend Verdict: Node.js**\n\n- Python "),
            "{summary}"
        );
        assert!(summary.contains("- Weights (0 to 10): "), "{summary}");
        assert!(summary.contains(&format!("- {}\n", credit_line(&DATASET.source))));
        assert!(summary.ends_with("\nhttps://example.org/?preset=realtime\n"));
    }
}
