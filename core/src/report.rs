//! The analysis: the model run over the bundled data for a reader's
//! weights, and the figures as shown. The sentences built from these are
//! in [`crate::words`]; the links and snippets a reader copies in
//! [`crate::links`].

use crate::data::{DataSet, Preset};
use crate::model::{self, Belief, Evaluation, Robustness, Sensitivity, Verdict};

/// What the widget shows on every step for one set of weights: the verdict
/// and whether it holds across the evidence. The flip points
/// ([`sensitivities`]) and the smallest belief ([`belief`]) only "Why"
/// shows, so they are worked out there, not on every step.
#[derive(Clone, Debug, PartialEq)]
pub struct Analysis {
    pub evaluation: Evaluation,
    /// The figures as shown (see [`shown`]); `None` with no verdict.
    pub shown: Option<Shown>,
    /// How far the verdict survives the evidence; `None` with no verdict.
    pub robustness: Option<Robustness>,
}

/// The weights as the model takes them.
fn as_floats(weights: &[u8]) -> Vec<f64> {
    weights.iter().map(|&w| f64::from(w)).collect()
}

/// Runs the model over the bundled scores for these weights: the verdict
/// alone.
pub fn evaluate(data: &DataSet, weights: &[u8]) -> Evaluation {
    model::evaluate(&data.score_pairs(), &as_floats(weights))
}

/// Runs the model over the bundled scores for these weights.
pub fn analyse(data: &DataSet, weights: &[u8]) -> Analysis {
    let scores = data.score_pairs();
    let weights = as_floats(weights);
    let evaluation = model::evaluate(&scores, &weights);
    Analysis {
        shown: shown(&evaluation),
        robustness: model::robustness(&scores, &data.score_ranges(), &data.checked(), &weights),
        evaluation,
    }
}

/// The figures a reader sees for a verdict, in tenths of a point: each
/// option's total, rounded half away from zero, the margin as the
/// difference of those rounded totals (never rounded on its own, so the
/// three always add up), and each criterion's pull, apportioned so that
/// the pulls shown add up to the margin shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Shown {
    pub totals: [i64; 2],
    /// Option 0's shown total minus option 1's.
    pub margin: i64,
    /// Each criterion's signed pull (toward option 0 when positive).
    pub pulls: Vec<i64>,
}

/// Tenths of a point, rounded half away from zero.
fn tenths(value: f64) -> i64 {
    (value * 10.0).round() as i64
}

/// The figures shown for an evaluation; `None` with no verdict.
///
/// The pulls are apportioned by largest remainder: each starts at its
/// exact value rounded down, and the tenths still missing from the margin
/// shown go to the pulls with the largest remainders. The exact pulls add
/// up to the exact margin, which lies within a tenth of the margin shown,
/// so the tenths missing are never negative and never more than the pulls
/// with a remainder.
pub fn shown(evaluation: &Evaluation) -> Option<Shown> {
    let totals = evaluation.totals?.map(tenths);
    let margin = totals[0] - totals[1];
    let exact = |i: usize| evaluation.contributions[i] * 10.0;
    let mut pulls: Vec<i64> = (0..evaluation.contributions.len())
        .map(|i| exact(i).floor() as i64)
        .collect();
    let missing = margin - pulls.iter().sum::<i64>();
    // One tenth at a time to the largest remainder left; a pull that has
    // had its tenth has a negative remainder, so none gets two. (A dozen
    // criteria at most, so a scan beats a sort in the bundle.)
    for _ in 0..missing {
        let mut largest = 0;
        for i in 0..pulls.len() {
            if exact(i) - pulls[i] as f64 > exact(largest) - pulls[largest] as f64 {
                largest = i;
            }
        }
        pulls[largest] += 1;
    }
    Some(Shown {
        totals,
        margin,
        pulls,
    })
}

/// Where the article's reason for a use case, on its own, does not give
/// the article's winner: what it gives, and the other weights that tip it.
#[derive(Clone, Debug)]
pub struct ReasonGap {
    pub preset: &'static Preset,
    /// The verdict with only the reason's criteria weighted as the preset
    /// weighs them (no verdict where the reason names none).
    pub alone: Verdict,
    /// The preset's other weighted criteria that pull toward the article's
    /// winner, strongest first.
    pub tipped_by: Vec<usize>,
}

/// For weights that are a preset's: whether the article's reason alone
/// gives its winner, and if not, what tips it; `None` for other weights
/// and where the reason suffices.
pub fn reason_gap(data: &DataSet, weights: &[u8]) -> Option<ReasonGap> {
    let preset = data.presets.iter().find(|p| p.weights == weights)?;
    let reason_only: Vec<u8> = weights
        .iter()
        .enumerate()
        .map(|(i, &w)| {
            if preset.reason_criteria.contains(&i) {
                w
            } else {
                0
            }
        })
        .collect();
    let alone = evaluate(data, &reason_only).verdict;
    let winner = Verdict::Winner(preset.article_winner);
    if alone == winner {
        return None;
    }
    let sign = if preset.article_winner == 0 {
        1.0
    } else {
        -1.0
    };
    let contributions = evaluate(data, weights).contributions;
    let mut tipped_by: Vec<usize> = (0..weights.len())
        .filter(|i| !preset.reason_criteria.contains(i) && contributions[*i] * sign > 0.0)
        .collect();
    model::sort_small_by(&mut tipped_by, |&a, &b| {
        contributions[a] * sign < contributions[b] * sign
    });
    Some(ReasonGap {
        preset,
        alone,
        tipped_by,
    })
}

/// Where each slider, moved on its own, would change the verdict; one
/// entry per criterion, in data set order.
pub fn sensitivities(data: &DataSet, weights: &[u8]) -> Vec<Sensitivity> {
    let scores = data.score_pairs();
    let weights = as_floats(weights);
    (0..weights.len())
        .map(|index| model::sensitivity(&scores, &weights, index))
        .collect()
}

/// The machine-readable verdict: an option id, `tie`, or `None`.
pub fn verdict_id(data: &DataSet, verdict: Verdict) -> Option<&'static str> {
    match data.winner(verdict) {
        Some(winner) => Some(winner.id),
        None if verdict == Verdict::Tie => Some("tie"),
        None => None,
    }
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

/// The least a reader would have to believe differently to change the
/// verdict; `None` with no verdict or no such belief. Only "Why" shows it,
/// so it is worked out there, not on every step of a slider.
pub fn belief(data: &DataSet, weights: &[u8]) -> Option<Belief> {
    model::smallest_belief(&data.score_pairs(), &as_floats(weights))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deciding_criteria_are_the_three_largest_pulls_toward_the_winner() {
        // The fixture and three more criteria, each B's by a gap of 4 (Cost,
        // Scale) or 5 (Tools); Ease, A's, never decides a verdict for B.
        let score = |option, score| {
            format!("{{ option = \"{option}\", score = {score}, credit = \"the article\", reading = \"R.\", quotes = [\"B is faster.\"] }}")
        };
        let criterion = |id: &str, label: &str, a, b| {
            format!(
                "[[criteria]]\nid = \"{id}\"\nlabel = \"{label}\"\nhelp = \"H\"\nweight = 1\nscores = [{}, {}]\n",
                score("a", a),
                score("b", b)
            )
        };
        let data = crate::fixture::dataset_with(
            &[
                criterion("cost", "Cost", 3, 7),
                criterion("scale", "Scale", 2, 6),
                criterion("tools", "Tools", 4, 9),
            ]
            .join("\n"),
        );
        let weights = |pairs: &[(&str, u8)]| {
            let mut weights = vec![0; data.criteria.len()];
            for &(id, weight) in pairs {
                weights[data.criterion_index(id).unwrap()] = weight;
            }
            weights
        };
        let deciding =
            |pairs: &[(&str, u8)]| deciding_criteria(data, &evaluate(data, &weights(pairs)));
        // Largest first; equal pulls in the data set's order.
        assert_eq!(
            deciding(&[("cost", 5), ("scale", 5), ("tools", 5), ("ease", 1)]),
            ["Tools", "Cost", "Scale"]
        );
        // At most three.
        assert_eq!(
            deciding(&[("speed", 5), ("cost", 5), ("scale", 5), ("tools", 5)]),
            ["Tools", "Speed", "Cost"]
        );
        // Only what pulls toward the winner; none without one.
        assert_eq!(
            deciding(&[("speed", 3), ("ease", 5), ("cost", 1)]),
            ["Ease"]
        );
        assert!(deciding(&[]).is_empty());
    }
}
