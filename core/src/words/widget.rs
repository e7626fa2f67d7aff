//! The widget's words: the verdict bar, the sliders, "Why", the notices,
//! the copy messages and what a screen reader hears.

use super::*;

/// What the widget says once a copy has reached the clipboard.
pub fn copied(what: CopyWhat) -> &'static str {
    match what {
        CopyWhat::Link => COPIED_LINK,
        CopyWhat::Summary => COPIED_SUMMARY,
        CopyWhat::Snippet => COPIED_SNIPPET,
        CopyWhat::Frame => COPIED_FRAME,
    }
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

/// One criterion's pull in the breakdown, beside its bar: `share` is its
/// exact pull, `shown` the tenths the breakdown shows for it (see
/// [`crate::report::shown`]: the pulls shown add up to the margin shown).
pub fn pull_words(data: &DataSet, share: f64, shown: i64) -> String {
    let toward = if share > 0.0 {
        &data.options[0]
    } else if share < 0.0 {
        &data.options[1]
    } else {
        return NO_DIFFERENCE.to_owned();
    };
    format!(
        "{} points toward {}",
        tenths_text(shown.abs()),
        toward.label
    )
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

/// What the widget's live region says once the reader pauses after a
/// change: the verdict, then both scores and the margin as the bar shows
/// them, e.g. "Verdict: Node.js. Python 5.7, Node.js 5.8 out of 10;
/// margin 0.1." With no verdict, the verdict bar's words alone.
pub fn announcement(data: &DataSet, verdict: Verdict, shown: Option<&Shown>) -> String {
    let mut sentence = format!("{VERDICT_KICKER}{}.", verdict_label(data, verdict));
    if let Some(shown) = shown {
        let [first, second] = [0, 1].map(|i| {
            let label = data.options[i].label;
            format!("{label} {}", tenths_text(shown.totals[i]))
        });
        let margin = tenths_text(shown.margin.abs());
        sentence += &format!(" {first}, {second} {SPOKEN_OUT_OF_TEN}; {SPOKEN_MARGIN} {margin}.");
    }
    sentence
}

/// The words for a weight, for screen readers and the summary. A table, not
/// a format: every slider asks on every step of any slider.
pub fn weight_words(weight: u8) -> &'static str {
    const WORDS: [&str; 11] = [
        WEIGHT_0, WEIGHT_1, WEIGHT_2, WEIGHT_3, WEIGHT_4, WEIGHT_5, WEIGHT_6, WEIGHT_7, WEIGHT_8,
        WEIGHT_9, WEIGHT_10,
    ];
    WORDS[usize::from(weight.min(10))]
}

/// A criterion's scores as the line under its slider shows them:
/// "Python 4 (4–6) · Node.js 8", each our reading of the article, with the
/// range the evidence supports in brackets where it differs from the
/// reading. Short enough to stay on one line in a phone-sized widget; only
/// what differs from slider to slider (the scale and where the scores come
/// from are said once, near the sliders).
pub fn scores_line(data: &DataSet, index: usize) -> String {
    let one = |option: usize| {
        let score = &data.criteria[index].scores[option];
        let label = data.options[option].label;
        if (score.low, score.high) == (score.score, score.score) {
            format!("{label} {}", score.score)
        } else {
            format!("{label} {} ({}–{})", score.score, score.low, score.high)
        }
    };
    format!("{} · {}", one(0), one(1))
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
        Verdict::Winner(_) => format!(
            "{} leads, pulled most by {}.",
            verdict_label(data, evaluation.verdict),
            join_labels(&deciding_criteria(data, evaluation))
        ),
    }
}

fn flip_clause(data: &DataSet, flip: &Flip, direction: &str) -> String {
    let to = match flip.to {
        Verdict::Winner(_) => format!("{} wins", verdict_label(data, flip.to)),
        Verdict::Tie => "it is too close to call".to_owned(),
        Verdict::Unweighted => "there is no verdict".to_owned(),
    };
    format!("{direction} {} and {to}", trim_number(flip.at))
}

/// What moving one slider would do, in words.
pub fn flip_words(data: &DataSet, index: usize, sensitivity: &Sensitivity) -> String {
    let label = data.criteria[index].label;
    let mut text = format!("{label}:");
    let mut any = false;
    for (flip, direction) in [(&sensitivity.above, "above"), (&sensitivity.below, "below")] {
        if let Some(flip) = flip {
            text.push_str(if any { "; " } else { " " });
            text.push_str(&flip_clause(data, flip, direction));
            any = true;
        }
    }
    if !any {
        text.push_str(" no weight from 0 to 10 changes the verdict");
    }
    text.push('.');
    text
}

/// How far the verdict stands on evidence, in one or two sentences: when
/// it holds (and how much of the lead comes from criteria no independent
/// figure checks, though it stands without them); when it depends on which
/// end of a range you believe (the criterion that decides it, and what
/// each end rests on); when it rests on the article's word (the unchecked
/// criteria, their share of the lead, and the verdict without them).
pub fn robustness_words(
    data: &DataSet,
    evaluation: &Evaluation,
    robustness: &Robustness,
) -> String {
    let unchecked = unchecked_shares(data, evaluation);
    match robustness.standing {
        Standing::Holds => {
            let mut text = format!(
                "{HOLDS_LABEL}: every score within the range its sources support gives {}.",
                verdict_in_sentence(data, evaluation.verdict)
            );
            if !unchecked.1.is_empty() {
                text.push_str(&format!(
                    " {}, yet it stands without them.",
                    shares_clause(&unchecked)
                ));
            }
            text
        }
        Standing::Depends => {
            let criterion = &data.criteria[robustness.decider.unwrap_or(0)];
            format!(
                "{DEPENDS_LABEL}, most of all on {}. Going by {}, it is {}; going by {}, {}.",
                in_sentence(criterion.label),
                criterion.range_ends[1],
                verdict_in_sentence(data, robustness.ends[0]),
                criterion.range_ends[0],
                verdict_in_sentence(data, robustness.ends[1])
            )
        }
        // A tie has no lead to share out: what holds it level is named.
        Standing::RestsOnArticle if unchecked.1.is_empty() => format!(
            "{RESTS_LABEL}: it is too close to call only with the criteria no independent figure checks; without them the verdict is {}.",
            verdict_in_sentence(data, robustness.without_unchecked)
        ),
        Standing::RestsOnArticle => format!(
            "{RESTS_LABEL}: {}; without them the verdict is {}.",
            shares_clause(&unchecked),
            verdict_in_sentence(data, robustness.without_unchecked)
        ),
    }
}

/// The criteria no independent figure checks that pull toward the winner,
/// in data set order, and their share of its lead (above 1 where the other
/// criteria pull the other way); none without a winner.
fn unchecked_shares(data: &DataSet, evaluation: &Evaluation) -> (f64, Vec<&'static str>) {
    let (mut share, mut labels) = (0.0, Vec::new());
    if let Verdict::Winner(_) = evaluation.verdict {
        for (criterion, pull) in data.criteria.iter().zip(&evaluation.contributions) {
            if !criterion.checked && pull / evaluation.margin > 0.0 {
                share += pull / evaluation.margin;
                labels.push(criterion.label);
            }
        }
    }
    (share, labels)
}

/// "50% of the lead comes from scalability, which no independent figure
/// checks", or, where those criteria pull more than the whole lead (the
/// others pulling the other way), "the lead comes from …, against the other
/// criteria".
fn shares_clause((share, labels): &(f64, Vec<&str>)) -> String {
    let names = join_labels(labels);
    if *share > 1.0 {
        format!("the lead comes from {names}, which no independent figure checks, against the other criteria")
    } else {
        format!(
            "{}% of the lead comes from {names}, which no independent figure checks",
            fixed(share * 100.0, 0)
        )
    }
}

/// The robustness in a few words, for the verdict bar. Fixed words, so
/// the bar keeps its height as the sliders move (what the standing turns
/// on is said in "Why").
pub fn robustness_label(robustness: &Robustness) -> &'static str {
    match robustness.standing {
        Standing::Holds => HOLDS_LABEL,
        Standing::Depends => DEPENDS_LABEL,
        Standing::RestsOnArticle => RESTS_LABEL,
    }
}

/// Beside a use case's verdict, where the article's reason for it does not
/// on its own give the article's winner: what it gives, and what tips it.
pub fn reason_gap_words(data: &DataSet, gap: &ReasonGap) -> String {
    let winner = data.options[gap.preset.article_winner].label;
    let labels = |positions: &[usize]| {
        let labels: Vec<&str> = positions.iter().map(|&i| data.criteria[i].label).collect();
        join_labels(&labels)
    };
    let tippers = labels(&gap.tipped_by);
    if gap.preset.reason_criteria.is_empty() {
        format!(
            "The article's reason for this use case names none of the criteria; the weights are our reading, and {tippers} give it {winner}."
        )
    } else {
        format!(
            "The article's reasons alone ({}) make it {}; {tippers} tip it to {winner}.",
            labels(gap.preset.reason_criteria),
            verdict_in_sentence(data, gap.alone)
        )
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
    let none = if !criterion.checked {
        " No independent figure checks it."
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

#[cfg(test)]
mod tests {
    //! On the fixture data set (`crate::fixture`: A and B; Speed, A 4 with
    //! a range of 4 to 6, B 8, checked by one evidence row; Ease, A 9, B 5,
    //! which nothing checks), so the real data's scores can change freely.

    use super::*;
    use crate::fixture::{dataset, weights};
    use crate::report::{analyse, evaluate};

    #[test]
    fn the_announcement_says_the_verdict_both_scores_and_the_margin() {
        let data = dataset();
        let figures = Shown {
            totals: [57, 58],
            margin: -1,
            pulls: Vec::new(),
        };
        assert_eq!(
            announcement(data, Verdict::Winner(1), Some(&figures)),
            "Verdict: B. A 5.7, B 5.8 out of 10; margin 0.1."
        );
        let even = Shown {
            totals: [60, 60],
            margin: 0,
            pulls: Vec::new(),
        };
        assert_eq!(
            announcement(data, Verdict::Tie, Some(&even)),
            "Verdict: Too close to call. A 6.0, B 6.0 out of 10; margin 0.0."
        );
        assert_eq!(
            announcement(data, Verdict::Unweighted, None),
            "Verdict: No verdict yet."
        );
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
    fn scores_line_shows_the_two_scores_and_a_range_where_the_evidence_gives_one() {
        let data = dataset();
        assert_eq!(scores_line(data, 0), "A 4 (4–6) · B 8");
        assert_eq!(scores_line(data, 1), "A 9 · B 5");
    }

    #[test]
    fn the_scale_note_and_axis_name_both_options() {
        let data = dataset();
        assert_eq!(
            scale_note(data),
            "Under each slider: A and B scored out of 10, our reading of the article (it gives no scores); in brackets, where independent evidence puts them."
        );
        assert_eq!(axis_labels(data), ["← B", "A →"]);
    }

    #[test]
    fn more_criteria_counts_the_sliders_in_use_only_when_there_are_some() {
        assert_eq!(more_count(7, 0), " (7 more)");
        assert_eq!(more_count(7, 2), " (7 more, 2 in use)");
    }

    #[test]
    fn a_pull_names_the_option_it_favours() {
        // The words take the tenths shown, which add up to the margin.
        let data = dataset();
        assert_eq!(pull_words(data, 1.25, 12), "1.2 points toward A");
        assert_eq!(pull_words(data, -0.5, -5), "0.5 points toward B");
        assert_eq!(pull_words(data, 0.0, 0), "no difference");
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
            [COPIED_LINK, COPIED_SUMMARY, COPIED_SNIPPET, COPIED_FRAME]
        );
        assert_eq!(
            said.iter().collect::<std::collections::HashSet<_>>().len(),
            4,
            "each its own words"
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
    fn the_explanation_names_what_pulls_toward_the_winner() {
        let data = dataset();
        // A 5.875, B 6.875: Speed pulls toward B, Ease toward A.
        let b = evaluate(data, &weights(&[("speed", 5), ("ease", 3)]));
        assert_eq!(explanation(data, &b), "B leads, pulled most by speed.");
        let a = evaluate(data, &weights(&[("speed", 3), ("ease", 5)]));
        assert_eq!(explanation(data, &a), "A leads, pulled most by ease.");
        let none = evaluate(data, &weights(&[]));
        assert_eq!(
            explanation(data, &none),
            "Every criterion has weight 0. Give at least one criterion a weight above 0, or pick a use case, to get a verdict."
        );
        // Equal weights: the gaps (4 each way) cancel.
        let tie = evaluate(data, &weights(&[("speed", 5), ("ease", 5)]));
        assert_eq!(tie.verdict, Verdict::Tie, "the test's premise");
        assert_eq!(
            explanation(data, &tie),
            format!(
                "The two scores are within {} points of each other, so neither option is ahead by enough to call.",
                fixed(model::TIE_BAND, 1)
            )
        );
    }

    #[test]
    fn a_flip_names_the_weight_and_what_it_flips_to() {
        // Speed 5, Ease 3: the margin is (4 Ease - 4 Speed) / (Speed + Ease),
        // within the tie band (0.2) from Speed 3.32 down and Ease 4.52 up.
        let data = dataset();
        let weights: Vec<f64> = weights(&[("speed", 5), ("ease", 3)])
            .iter()
            .map(|&w| f64::from(w))
            .collect();
        let flip = |index| {
            flip_words(
                data,
                index,
                &model::sensitivity(&data.score_pairs(), &weights, index),
            )
        };
        assert_eq!(flip(0), "Speed: below 3.32 and it is too close to call.");
        assert_eq!(flip(1), "Ease: above 4.52 and it is too close to call.");
        let still = Sensitivity {
            above: None,
            below: None,
            ..model::sensitivity(&data.score_pairs(), &weights, 1)
        };
        assert_eq!(
            flip_words(data, 1, &still),
            "Ease: no weight from 0 to 10 changes the verdict."
        );
    }

    #[test]
    fn robustness_says_whether_the_evidence_can_change_the_verdict() {
        let data = dataset();
        let analysed = |weights: &[u8]| {
            let analysis = analyse(data, weights);
            let robustness = analysis.robustness.expect("a verdict");
            let words = robustness_words(data, &analysis.evaluation, &robustness);
            (robustness, words)
        };

        // Speed alone: A at most 6 against B's 8, so B holds.
        let (holds, words) = analysed(&weights(&[("speed", 10)]));
        assert_eq!(holds.standing, Standing::Holds, "the test's premise");
        assert_eq!(robustness_label(&holds), HOLDS_LABEL);
        assert_eq!(
            words,
            "Holds across the evidence: every score within the range its sources support gives B."
        );

        // Speed 5, Ease 3: B by 1.0, but A's 6 from Bench X gives A.
        let (depends, words) = analysed(&weights(&[("speed", 5), ("ease", 3)]));
        assert_eq!(depends.standing, Standing::Depends, "the test's premise");
        assert_eq!(robustness_label(&depends), DEPENDS_LABEL);
        assert_eq!(
            words,
            "Depends on which evidence you believe, most of all on speed. Going by the article, it is B; going by Bench X, A."
        );

        // Ease, which nothing checks, carries A's lead; without it, B.
        let (rests, words) = analysed(&weights(&[("speed", 3), ("ease", 5)]));
        assert_eq!(
            rests.standing,
            Standing::RestsOnArticle,
            "the test's premise"
        );
        assert_eq!(robustness_label(&rests), RESTS_LABEL);
        assert_eq!(
            words,
            "Rests on the article's word: the lead comes from ease, which no independent figure checks, against the other criteria; without them the verdict is B."
        );
    }

    #[test]
    fn a_tie_that_rests_on_unchecked_criteria_says_what_it_would_be_without_them() {
        let data = dataset();
        let analysis = analyse(data, &weights(&[("speed", 5), ("ease", 5)]));
        assert_eq!(
            analysis.evaluation.verdict,
            Verdict::Tie,
            "the test's premise"
        );
        let robustness = analysis.robustness.unwrap();
        assert_eq!(robustness.standing, Standing::RestsOnArticle);
        assert_eq!(
            robustness_words(data, &analysis.evaluation, &robustness),
            "Rests on the article's word: it is too close to call only with the criteria no independent figure checks; without them the verdict is B."
        );
    }

    #[test]
    fn the_belief_sentence_gives_the_gap_that_would_change_the_verdict() {
        // Speed 5, Ease 3: the margin is (12 - 5 gap) / 8, within the tie
        // band once B's lead on Speed is at most 2.72.
        let data = dataset();
        let weights = weights(&[("speed", 5), ("ease", 3)]);
        let verdict = evaluate(data, &weights).verdict;
        let belief = crate::report::belief(data, &weights).unwrap();
        assert_eq!(
            belief_words(data, verdict, &belief),
            "To change the verdict you would have to believe that B leads on speed by at most 2.72 points; our reading of the article has B ahead by 4."
        );
        // A lead that rests on Ease says nothing checks it.
        let weights = weights_for_ease();
        let verdict = evaluate(data, &weights).verdict;
        let belief = crate::report::belief(data, &weights).unwrap();
        assert!(belief_words(data, verdict, &belief).ends_with("No independent figure checks it."));
    }

    fn weights_for_ease() -> Vec<u8> {
        weights(&[("speed", 3), ("ease", 5)])
    }
}
