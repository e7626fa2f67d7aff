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

/// The range the evidence supports for one criterion's scores: one
/// `[low, high]` pair per option, each holding that option's score.
pub type ScoreRange = [[f64; 2]; 2];

/// How far the verdict stands on evidence, from firmest to weakest.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Standing {
    /// The verdict is the same for every score within its range, with the
    /// unchecked criteria and without them.
    Holds,
    /// Some choice of scores within their ranges gives another verdict.
    Depends,
    /// Without the criteria no independent figure checks, the verdict
    /// would be another: it rests on the article's word.
    RestsOnArticle,
}

/// How far the verdict survives the evidence, for the reader's weights.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Robustness {
    /// The lowest margin any choice of scores within their ranges gives.
    pub lowest: f64,
    /// The highest margin any choice of scores within their ranges gives.
    pub highest: f64,
    pub standing: Standing,
    /// The verdict at the end of the ranges that favours option 1, then at
    /// the end that favours option 0: with every criterion where that end
    /// gives another verdict, else with the checked criteria alone (where
    /// the verdict may have changed only without the unchecked ones), else
    /// the verdict itself.
    pub ends: [Verdict; 2],
    /// When the verdict depends on the ranges: the criterion whose range,
    /// on its own, moves the margin furthest toward another verdict.
    pub decider: Option<usize>,
    /// The verdict with every unchecked criterion's weight at 0, the scores
    /// as read.
    pub without_unchecked: Verdict,
}

impl Robustness {
    /// Whether the verdict holds across the evidence: what `verdictchange`
    /// reports as `robust`.
    pub fn robust(&self) -> bool {
        self.standing == Standing::Holds
    }
}

/// Works out [`Robustness`] in closed form, or `None` with no weight.
///
/// `ranges` holds, per criterion, `[[low, high]; 2]`, one pair per option,
/// each containing the score in `scores`; `checked` says, per criterion,
/// whether independent figures check it. The margin is linear in every
/// score, so its lowest value takes option 0's lows and option 1's highs
/// (`Σ w (low0 − high1) / W`) and its highest the reverse; and since
/// [`classify`] is monotonic in the margin, the verdict is the same
/// everywhere in between exactly when it is the same at both ends. The
/// same holds with the unchecked criteria left out, which is the verdict
/// the evidence alone can bear: four margins and one more verdict decide
/// the standing.
pub fn robustness(
    scores: &[[f64; 2]],
    ranges: &[ScoreRange],
    checked: &[bool],
    weights: &[f64],
) -> Option<Robustness> {
    let total_weight: f64 = weights.iter().sum();
    if total_weight <= 0.0 {
        return None;
    }
    // One pass: the point margin and the ends of its range, with every
    // criterion (`all`) and with the checked ones alone (`only`), as
    // weighted sums to be divided by their total weights.
    let (mut lead, mut all_low, mut all_high) = (0.0, 0.0, 0.0);
    let (mut only_lead, mut only_low, mut only_high, mut only_weight) = (0.0, 0.0, 0.0, 0.0);
    for (((pair, range), &weight), &is_checked) in
        scores.iter().zip(ranges).zip(weights).zip(checked)
    {
        let (point, low, high) = (
            weight * (pair[0] - pair[1]),
            weight * (range[0][0] - range[1][1]),
            weight * (range[0][1] - range[1][0]),
        );
        lead += point;
        all_low += low;
        all_high += high;
        if is_checked {
            only_lead += point;
            only_low += low;
            only_high += high;
            only_weight += weight;
        }
    }
    let (lowest, highest) = (all_low / total_weight, all_high / total_weight);
    let here = classify(lead / total_weight, true);
    let without_unchecked = classify(only_lead / only_weight, only_weight > 0.0);
    // The verdict at each end of the ranges: down (toward option 1) and up
    // (toward option 0), with every criterion, or with the checked ones
    // where only they move it.
    let end = |all: f64, only: f64| {
        let with_all = classify(all, true);
        let with_checked = classify(only / only_weight, only_weight > 0.0);
        if with_all == here && only_weight > 0.0 {
            with_checked
        } else {
            with_all
        }
    };
    let ends = [end(lowest, only_low), end(highest, only_high)];
    let (low_differs, high_differs) = (ends[0] != here, ends[1] != here);
    let standing = if without_unchecked != here {
        Standing::RestsOnArticle
    } else if low_differs || high_differs {
        Standing::Depends
    } else {
        Standing::Holds
    };
    let mut decider = None;
    if standing == Standing::Depends {
        // How far each criterion's range alone moves the margin toward a
        // verdict that differs; the largest move decides.
        let mut largest = 0.0;
        for (index, ((pair, range), &weight)) in scores.iter().zip(ranges).zip(weights).enumerate()
        {
            let gap = pair[0] - pair[1];
            let down = if low_differs {
                gap - (range[0][0] - range[1][1])
            } else {
                0.0
            };
            let up = if high_differs {
                (range[0][1] - range[1][0]) - gap
            } else {
                0.0
            };
            let reach = weight * down.max(up);
            if reach > largest {
                largest = reach;
                decider = Some(index);
            }
        }
    }
    Some(Robustness {
        lowest,
        highest,
        standing,
        ends,
        decider,
        without_unchecked,
    })
}

/// The least a reader would have to believe differently to change the
/// verdict: a new score gap (option 0's score minus option 1's) on one
/// criterion, the other scores and every weight held still.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Belief {
    pub index: usize,
    /// The gap at which the margin reaches the tie band's edge. For a
    /// winner the verdict changes at this gap; for a tie, just past it.
    pub gap: f64,
    /// How far that is from the current gap (signed).
    pub change: f64,
}

/// Finds the [`Belief`] that needs the smallest change of gap, in closed
/// form. Changing criterion `i`'s gap by `d` moves the margin by `w_i d / W`,
/// so the change that brings the margin to the band edge `e` is
/// `(e − margin) W / w_i`; a gap can only lie between −10 and 10, so a change
/// past that is left out. `None` with no weight, or when no single gap can
/// change the verdict.
pub fn smallest_belief(scores: &[[f64; 2]], weights: &[f64]) -> Option<Belief> {
    let total_weight: f64 = weights.iter().sum();
    if total_weight <= 0.0 {
        return None;
    }
    let margin: f64 = scores
        .iter()
        .zip(weights)
        .map(|(pair, &weight)| weight * (pair[0] - pair[1]) / total_weight)
        .sum();
    // The band edges the margin must reach: the near one for a winner, and
    // either one for a tie.
    let edges: &[f64] = match classify(margin, true) {
        Verdict::Winner(0) => &[TIE_BAND],
        Verdict::Winner(_) => &[-TIE_BAND],
        _ => &[TIE_BAND, -TIE_BAND],
    };
    let mut best: Option<Belief> = None;
    for (index, (pair, &weight)) in scores.iter().zip(weights).enumerate() {
        if weight <= 0.0 {
            continue;
        }
        let gap = pair[0] - pair[1];
        for &edge in edges {
            let change = (edge - margin) * total_weight / weight;
            let new_gap = gap + change;
            if !(-MAX_SCORE_GAP..=MAX_SCORE_GAP).contains(&new_gap) {
                continue;
            }
            if best.is_none_or(|b| change.abs() < b.change.abs()) {
                best = Some(Belief {
                    index,
                    gap: new_gap,
                    change,
                });
            }
        }
    }
    best
}

/// The widest a score gap can be: one option 10, the other 0.
pub const MAX_SCORE_GAP: f64 = 10.0;

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
