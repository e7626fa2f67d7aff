//! The verdict model: a weighted mean per option, a tie band, each
//! criterion's signed contribution and each weight's exact flip points.
//!
//! The model compares a pair of options by position (0 and 1). It never sees
//! their names, so nothing here can favour one of them. It depends on
//! nothing else in the crate, because the build script includes this file to
//! check the presets while the data set is being built.

/// The highest weight a reader can give a criterion.
pub const MAX_WEIGHT: f64 = 10.0;

/// Margins (in points out of 10) this close to zero are "too close to call".
///
/// Scores are whole points, so the band is well under the smallest lead a
/// single criterion can give, yet wide enough that rounding in the display
/// never shows a winner the reader cannot see in the scores.
pub const TIE_BAND: f64 = 0.2;

/// What the model concludes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Verdict {
    /// Every weight is zero, so there is nothing to compare and no verdict.
    Unweighted,
    /// The margin lies within the tie band.
    Tie,
    /// The option at this position (0 or 1) wins.
    Winner(usize),
}

/// The outcome for one set of weights.
#[derive(Clone, Debug, PartialEq)]
pub struct Evaluation {
    /// Each option's weighted mean score (0 to 10), or `None` with no weight.
    pub totals: Option<[f64; 2]>,
    /// Option 0's total minus option 1's total (0 without any weight).
    pub margin: f64,
    pub verdict: Verdict,
    /// Each criterion's signed share of the margin; they add up to `margin`.
    pub contributions: Vec<f64>,
}

/// Where the verdict changes as one weight moves, the others held still.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Sensitivity {
    /// The current verdict holds for every weight in `holds_from..=holds_to`
    /// (open at an end where a flip lies exactly there).
    pub holds_from: f64,
    pub holds_to: f64,
    /// The nearest flip below the current weight, if any lies in 0..=10.
    pub below: Option<Flip>,
    /// The nearest flip above the current weight, if any lies in 0..=10.
    pub above: Option<Flip>,
}

/// A weight at which the verdict changes, and the verdict past it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Flip {
    /// The exact weight where the margin reaches a tie-band edge. Just past
    /// it (away from the current weight) the verdict is `to`.
    pub at: f64,
    pub to: Verdict,
}

/// Sorts a short slice (a dozen items at most here) by insertion, keeping
/// equal items in their order; `after(a, b)` says `a` belongs after `b`.
/// The standard library's sorts cost the bundle kilobytes for lists this
/// short.
pub fn sort_small_by<T>(items: &mut [T], after: impl Fn(&T, &T) -> bool) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && after(&items[j - 1], &items[j]) {
            items.swap(j - 1, j);
            j -= 1;
        }
    }
}

/// Classifies a margin, given whether any weight is non-zero.
pub fn classify(margin: f64, any_weight: bool) -> Verdict {
    if !any_weight {
        Verdict::Unweighted
    } else if margin > TIE_BAND {
        Verdict::Winner(0)
    } else if margin < -TIE_BAND {
        Verdict::Winner(1)
    } else {
        Verdict::Tie
    }
}

/// Evaluates `weights` against `scores`, one `[option 0, option 1]` pair of
/// 0 to 10 scores per criterion, in the same order as the weights.
pub fn evaluate(scores: &[[f64; 2]], weights: &[f64]) -> Evaluation {
    debug_assert_eq!(scores.len(), weights.len());
    let total_weight: f64 = weights.iter().sum();
    if total_weight <= 0.0 {
        return Evaluation {
            totals: None,
            margin: 0.0,
            verdict: Verdict::Unweighted,
            contributions: vec![0.0; weights.len()],
        };
    }
    let mut totals = [0.0; 2];
    let mut contributions = Vec::with_capacity(weights.len());
    for (pair, &weight) in scores.iter().zip(weights) {
        totals[0] += weight * pair[0] / total_weight;
        totals[1] += weight * pair[1] / total_weight;
        contributions.push(weight * (pair[0] - pair[1]) / total_weight);
    }
    let margin = contributions.iter().sum();
    Evaluation {
        totals: Some(totals),
        margin,
        verdict: classify(margin, true),
        contributions,
    }
}

/// Finds where the verdict changes as weight `index` moves from 0 to 10.
///
/// With the other weights fixed, the margin as a function of this weight `x`
/// is `(rest_lead + x * gap) / (rest_weight + x)`: monotonic in `x`, so it
/// meets each tie-band edge at most once, at a point solved for directly.
pub fn sensitivity(scores: &[[f64; 2]], weights: &[f64], index: usize) -> Sensitivity {
    let gap = scores[index][0] - scores[index][1];
    let (mut rest_lead, mut rest_weight) = (0.0, 0.0);
    for (i, (pair, &weight)) in scores.iter().zip(weights).enumerate() {
        if i != index {
            rest_lead += weight * (pair[0] - pair[1]);
            rest_weight += weight;
        }
    }
    let verdict_at = |x: f64| {
        let total = rest_weight + x;
        if total <= 0.0 {
            Verdict::Unweighted
        } else {
            classify((rest_lead + x * gap) / total, true)
        }
    };

    // Candidate change points: where the margin meets +band or -band, and 0
    // itself when the other weights are all zero (no verdict at all there).
    let mut points: Vec<f64> = [TIE_BAND, -TIE_BAND]
        .iter()
        .filter(|&&edge| gap != edge)
        .map(|&edge| (edge * rest_weight - rest_lead) / (gap - edge))
        .filter(|x| x.is_finite() && *x >= 0.0 && *x <= MAX_WEIGHT)
        .collect();
    if rest_weight <= 0.0 {
        points.push(0.0);
    }
    sort_small_by(&mut points, |a, b| a > b);
    points.dedup();

    let current = weights[index];
    let here = verdict_at(current);
    let mut result = Sensitivity {
        holds_from: 0.0,
        holds_to: MAX_WEIGHT,
        below: None,
        above: None,
    };
    // Between two neighbouring candidates the verdict cannot change, so the
    // verdict just past a candidate is the one halfway to the next candidate
    // (or to the end of the range; at the end itself, the one at the end).
    for (k, &point) in points.iter().enumerate().filter(|&(_, &p)| p > current) {
        let next = points.get(k + 1).copied().unwrap_or(MAX_WEIGHT);
        let beyond = verdict_at(point + (next - point) / 2.0);
        if beyond != here {
            result.holds_to = point;
            result.above = Some(Flip {
                at: point,
                to: beyond,
            });
            break;
        }
    }
    for (k, &point) in points
        .iter()
        .enumerate()
        .rev()
        .filter(|&(_, &p)| p < current)
    {
        let previous = if k == 0 { 0.0 } else { points[k - 1] };
        let beyond = verdict_at(point - (point - previous) / 2.0);
        if beyond != here {
            result.holds_from = point;
            result.below = Some(Flip {
                at: point,
                to: beyond,
            });
            break;
        }
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    const SCORES: [[f64; 2]; 2] = [[4.0, 8.0], [9.0, 5.0]];

    #[test]
    fn weighted_mean_and_contributions() {
        let evaluation = evaluate(&SCORES, &[1.0, 3.0]);
        let totals = evaluation.totals.unwrap();
        assert!((totals[0] - 7.75).abs() < 1e-9);
        assert!((totals[1] - 5.75).abs() < 1e-9);
        assert!((evaluation.margin - 2.0).abs() < 1e-9);
        assert_eq!(evaluation.verdict, Verdict::Winner(0));
        assert!((evaluation.contributions[0] + 1.0).abs() < 1e-9);
        assert!((evaluation.contributions[1] - 3.0).abs() < 1e-9);
    }

    #[test]
    fn small_sort_orders_and_keeps_ties_in_place() {
        let mut items = [(3, 'a'), (1, 'b'), (3, 'c'), (2, 'd'), (1, 'e')];
        sort_small_by(&mut items, |x, y| x.0 > y.0);
        assert_eq!(items, [(1, 'b'), (1, 'e'), (2, 'd'), (3, 'a'), (3, 'c')]);
    }

    #[test]
    fn zero_weights_give_no_verdict() {
        let evaluation = evaluate(&SCORES, &[0.0, 0.0]);
        assert_eq!(evaluation.verdict, Verdict::Unweighted);
        assert_eq!(evaluation.totals, None);
    }

    #[test]
    fn equal_weights_on_opposite_leads_tie() {
        assert_eq!(evaluate(&SCORES, &[5.0, 5.0]).verdict, Verdict::Tie);
    }

    #[test]
    fn flip_point_is_the_closed_form_value() {
        // Option 0 leads by 4 on criterion 1 (weight 3) and trails by 4 on
        // criterion 0. Raising criterion 0 to x gives margin (12 - 4x)/(3 + x),
        // which reaches -0.2 at x = 12.6/3.8 and +0.2 at x = 11.4/4.2.
        let sensitivity = sensitivity(&SCORES, &[1.0, 3.0], 0);
        let above = sensitivity.above.unwrap();
        assert!((above.at - 11.4 / 4.2).abs() < 1e-9);
        assert_eq!(above.to, Verdict::Tie);
        assert_eq!(sensitivity.below, None);
        assert_eq!(sensitivity.holds_from, 0.0);
    }

    #[test]
    fn lone_weight_reports_no_verdict_at_zero() {
        let sensitivity = sensitivity(&SCORES, &[4.0, 0.0], 0);
        assert_eq!(
            sensitivity.below,
            Some(Flip {
                at: 0.0,
                to: Verdict::Unweighted
            })
        );
        assert_eq!(sensitivity.above, None);
    }
}
