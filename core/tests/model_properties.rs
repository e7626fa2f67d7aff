//! Properties the verdict model must keep for any scores and weights.

use proptest::prelude::*;
use verdict_core::model::{
    classify, evaluate, robustness, sensitivity, smallest_belief, ScoreRange, Standing, Verdict,
    MAX_SCORE_GAP, MAX_WEIGHT, TIE_BAND,
};

/// Whole-point scores, as the data set has them.
fn scores(len: usize) -> impl Strategy<Value = Vec<[f64; 2]>> {
    prop::collection::vec([0u8..=10, 0u8..=10], len).prop_map(|v| {
        v.into_iter()
            .map(|[a, b]| [f64::from(a), f64::from(b)])
            .collect()
    })
}

fn weights(len: usize) -> impl Strategy<Value = Vec<f64>> {
    prop::collection::vec(0.0..=MAX_WEIGHT, len)
}

fn case() -> impl Strategy<Value = (Vec<[f64; 2]>, Vec<f64>)> {
    (1usize..12).prop_flat_map(|n| (scores(n), weights(n)))
}

/// The verdict with weight `index` set to `x`.
fn verdict_with(scores: &[[f64; 2]], weights: &[f64], index: usize, x: f64) -> Verdict {
    let mut moved = weights.to_vec();
    moved[index] = x;
    evaluate(scores, &moved).verdict
}

/// The margin with weight `index` set to `x`.
fn margin_with(scores: &[[f64; 2]], weights: &[f64], index: usize, x: f64) -> f64 {
    let mut moved = weights.to_vec();
    moved[index] = x;
    evaluate(scores, &moved).margin
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn totals_stay_within_0_and_10((scores, weights) in case()) {
        let evaluation = evaluate(&scores, &weights);
        if let Some(totals) = evaluation.totals {
            for total in totals {
                prop_assert!((-1e-9..=10.0 + 1e-9).contains(&total), "{total}");
            }
            let sum: f64 = evaluation.contributions.iter().sum();
            prop_assert!((sum - (totals[0] - totals[1])).abs() < 1e-9);
        }
    }

    /// Raising the weight of a criterion on which an option leads never
    /// lowers that option's weighted lead, and never turns its win into a tie
    /// or a loss. (Its mean margin moves toward that criterion's own gap: it
    /// can shrink when the criterion's lead is smaller than the overall one,
    /// but whole-point gaps exceed the tie band, so never past the band.)
    #[test]
    fn more_weight_on_a_lead_never_hurts_the_leader(
        (scores, weights) in case(),
        pick in any::<prop::sample::Index>(),
        extra in 0.0..=MAX_WEIGHT,
    ) {
        let index = pick.index(scores.len());
        let (leader, other) = match scores[index][0] - scores[index][1] {
            gap if gap > 0.0 => (0, 1),
            gap if gap < 0.0 => (1, 0),
            _ => return Ok(()),
        };
        let raised = (weights[index] + extra).min(MAX_WEIGHT);
        let before = evaluate(&scores, &weights).verdict;
        let after = verdict_with(&scores, &weights, index, raised);
        let lead = |w: &[f64]| {
            scores.iter().zip(w).map(|(s, w)| w * (s[leader] - s[other])).sum::<f64>()
        };
        let mut moved = weights.clone();
        moved[index] = raised;
        prop_assert!(lead(&moved) >= lead(&weights) - 1e-9);
        if before == Verdict::Winner(leader) {
            prop_assert_eq!(after, Verdict::Winner(leader));
        }
        if after == Verdict::Winner(other) {
            prop_assert_eq!(before, Verdict::Winner(other));
        }
    }

    /// Just past a reported flip point the verdict is the reported one; just
    /// before it, and anywhere between the current weight and it, the verdict
    /// is still the current one.
    #[test]
    fn flip_points_are_exact(
        (scores, weights) in case(),
        pick in any::<prop::sample::Index>(),
    ) {
        let index = pick.index(scores.len());
        let current = weights[index];
        let here = verdict_with(&scores, &weights, index, current);
        let report = sensitivity(&scores, &weights, index);
        let step = 1e-7;
        // Points within rounding of a band edge cannot be judged either way.
        let clear = |x: f64| {
            let m = margin_with(&scores, &weights, index, x);
            (m.abs() - TIE_BAND).abs() > 1e-6
        };
        if let Some(flip) = report.above {
            prop_assert!(flip.at > current && flip.at <= MAX_WEIGHT);
            if flip.at + step <= MAX_WEIGHT && clear(flip.at + step) {
                prop_assert_eq!(verdict_with(&scores, &weights, index, flip.at + step), flip.to);
            }
            if flip.at - step > current && clear(flip.at - step) {
                prop_assert_eq!(verdict_with(&scores, &weights, index, flip.at - step), here);
            }
        }
        if let Some(flip) = report.below {
            prop_assert!(flip.at < current && flip.at >= 0.0);
            let past = (flip.at - step).max(0.0);
            if (past < flip.at || flip.at == 0.0) && clear(past) {
                prop_assert_eq!(verdict_with(&scores, &weights, index, past), flip.to);
            }
            if flip.at + step < current && clear(flip.at + step) {
                prop_assert_eq!(verdict_with(&scores, &weights, index, flip.at + step), here);
            }
        }
        // Where no flip is reported, the verdict holds to the end of the range.
        for x in [0.0, 2.5, 5.0, 7.5, 10.0] {
            let inside = x >= report.holds_from && x <= report.holds_to;
            let strictly = x > report.holds_from && x < report.holds_to;
            if strictly && clear(x) {
                prop_assert_eq!(verdict_with(&scores, &weights, index, x), here, "x = {}", x);
            }
            if !inside && clear(x) {
                prop_assert_ne!(verdict_with(&scores, &weights, index, x), here, "x = {}", x);
            }
        }
    }

    #[test]
    fn reordering_criteria_changes_nothing(
        (scores, weights) in case(),
        seed in any::<u64>(),
    ) {
        let mut order: Vec<usize> = (0..scores.len()).collect();
        // A deterministic shuffle from the seed.
        let mut state = seed | 1;
        for i in (1..order.len()).rev() {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            order.swap(i, (state % (i as u64 + 1)) as usize);
        }
        let shuffled_scores: Vec<[f64; 2]> = order.iter().map(|&i| scores[i]).collect();
        let shuffled_weights: Vec<f64> = order.iter().map(|&i| weights[i]).collect();
        let a = evaluate(&scores, &weights);
        let b = evaluate(&shuffled_scores, &shuffled_weights);
        prop_assert!((a.margin - b.margin).abs() < 1e-9);
        prop_assert_eq!(classify(a.margin, a.totals.is_some()), classify(b.margin, b.totals.is_some()));
        for (position, &original) in order.iter().enumerate() {
            prop_assert!((a.contributions[original] - b.contributions[position]).abs() < 1e-9);
            let sa = sensitivity(&scores, &weights, original);
            let sb = sensitivity(&shuffled_scores, &shuffled_weights, position);
            prop_assert!((sa.holds_from - sb.holds_from).abs() < 1e-9);
            prop_assert!((sa.holds_to - sb.holds_to).abs() < 1e-9);
        }
    }

    /// Swapping the two options mirrors the verdict: no option is favoured.
    #[test]
    fn swapping_options_mirrors_the_verdict((scores, weights) in case()) {
        let swapped: Vec<[f64; 2]> = scores.iter().map(|[a, b]| [*b, *a]).collect();
        let a = evaluate(&scores, &weights).verdict;
        let b = evaluate(&swapped, &weights).verdict;
        let mirrored = match a {
            Verdict::Winner(i) => Verdict::Winner(1 - i),
            other => other,
        };
        prop_assert_eq!(b, mirrored);
    }
}

/// Scores with a range around each: `[[low, high]; 2]` per criterion, each
/// holding its score, within 0 to 10; and whether independent figures
/// check each criterion (an unchecked one has no range: nothing measures
/// it).
type RangedCase = (Vec<[f64; 2]>, Vec<ScoreRange>, Vec<bool>, Vec<f64>);

fn ranged_case() -> impl Strategy<Value = RangedCase> {
    (1usize..12).prop_flat_map(|n| {
        (
            scores(n),
            prop::collection::vec([[0u8..=4, 0u8..=4], [0u8..=4, 0u8..=4]], n),
            prop::collection::vec(any::<bool>(), n),
            weights(n),
        )
            .prop_map(|(scores, widths, checked, weights)| {
                let ranges = scores
                    .iter()
                    .zip(widths)
                    .zip(&checked)
                    .map(|((pair, width), &is_checked)| {
                        [0, 1].map(|o| {
                            if !is_checked {
                                return [pair[o]; 2];
                            }
                            [
                                (pair[o] - f64::from(width[o][0])).max(0.0),
                                (pair[o] + f64::from(width[o][1])).min(10.0),
                            ]
                        })
                    })
                    .collect();
                (scores, ranges, checked, weights)
            })
    })
}

/// The weights with every unchecked criterion's at 0.
fn checked_only(weights: &[f64], checked: &[bool]) -> Vec<f64> {
    weights
        .iter()
        .zip(checked)
        .map(|(&w, &c)| if c { w } else { 0.0 })
        .collect()
}

/// The scores at one corner of the ranges: every score at the end that
/// favours option 0 (`toward_first`) or option 1.
fn corner(ranges: &[ScoreRange], toward_first: bool) -> Vec<[f64; 2]> {
    ranges
        .iter()
        .map(|r| {
            if toward_first {
                [r[0][1], r[1][0]]
            } else {
                [r[0][0], r[1][1]]
            }
        })
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    /// The interval holds the point margin, its ends are the margins at the
    /// ranges' corners, and no scores within the ranges fall outside it.
    #[test]
    fn the_robustness_interval_holds_every_margin_within_the_ranges(
        (scores, ranges, checked, weights) in ranged_case(),
        picks in prop::collection::vec([0.0..=1.0f64, 0.0..=1.0f64], 12),
    ) {
        let Some(r) = robustness(&scores, &ranges, &checked, &weights) else {
            prop_assert!(weights.iter().sum::<f64>() <= 0.0);
            return Ok(());
        };
        let margin = evaluate(&scores, &weights).margin;
        prop_assert!(r.lowest <= margin + 1e-9 && margin <= r.highest + 1e-9);
        prop_assert!((evaluate(&corner(&ranges, false), &weights).margin - r.lowest).abs() < 1e-9);
        prop_assert!((evaluate(&corner(&ranges, true), &weights).margin - r.highest).abs() < 1e-9);
        // Any scores within the ranges, with the unchecked criteria or
        // without them: inside the interval (with them), and with the same
        // verdict as the point when the verdict is robust.
        let inside: Vec<[f64; 2]> = ranges
            .iter()
            .zip(&picks)
            .map(|(range, t)| [0, 1].map(|o| range[o][0] + t[o] * (range[o][1] - range[o][0])))
            .collect();
        let there = evaluate(&inside, &weights);
        prop_assert!(r.lowest - 1e-9 <= there.margin && there.margin <= r.highest + 1e-9);
        let here = evaluate(&scores, &weights).verdict;
        let clear = |m: f64| (m.abs() - TIE_BAND).abs() > 1e-9;
        let only_checked = checked_only(&weights, &checked);
        let there_checked = evaluate(&inside, &only_checked);
        match r.standing {
            Standing::Holds => {
                prop_assert!(r.robust());
                if clear(there.margin) {
                    prop_assert_eq!(there.verdict, here);
                }
                if clear(there_checked.margin) {
                    prop_assert_eq!(there_checked.verdict, here);
                }
            }
            Standing::Depends => {
                // A corner, with every criterion or with the checked ones,
                // gives another verdict, and the decider is a weighted
                // criterion whose range is not a point.
                prop_assert!(!r.robust());
                let corners = [
                    evaluate(&corner(&ranges, false), &weights).verdict,
                    evaluate(&corner(&ranges, true), &weights).verdict,
                    evaluate(&corner(&ranges, false), &only_checked).verdict,
                    evaluate(&corner(&ranges, true), &only_checked).verdict,
                ];
                prop_assert!(corners.iter().any(|&v| v != here));
                // The ends the widget names are verdicts the ranges reach,
                // and one of them is another verdict.
                prop_assert!(r.ends.iter().any(|&v| v != here));
                for end in r.ends {
                    prop_assert!(corners.contains(&end) || end == here);
                }
                let decider = r.decider.expect("a decider when the verdict depends");
                prop_assert!(weights[decider] > 0.0);
                prop_assert!(ranges[decider] != [[scores[decider][0]; 2], [scores[decider][1]; 2]]);
            }
            Standing::RestsOnArticle => {
                prop_assert!(!r.robust());
                prop_assert_ne!(evaluate(&scores, &only_checked).verdict, here);
            }
        }
    }

    /// A verdict that flips (or vanishes) with every unchecked criterion
    /// left out is never robust, and says so.
    #[test]
    fn a_verdict_that_needs_the_unchecked_criteria_is_never_robust(
        (scores, ranges, checked, weights) in ranged_case(),
    ) {
        let Some(r) = robustness(&scores, &ranges, &checked, &weights) else {
            return Ok(());
        };
        let here = evaluate(&scores, &weights).verdict;
        let without = evaluate(&scores, &checked_only(&weights, &checked)).verdict;
        prop_assert_eq!(r.without_unchecked, without);
        if without != here {
            prop_assert!(!r.robust());
            prop_assert_eq!(r.standing, Standing::RestsOnArticle);
        }
    }

    /// Ranges shrunk to the scores themselves, every criterion checked:
    /// robust always, with both ends at the margin.
    #[test]
    fn point_ranges_are_robust_with_the_margin_at_both_ends((scores, weights) in case()) {
        let ranges: Vec<ScoreRange> = scores.iter().map(|p| [[p[0], p[0]], [p[1], p[1]]]).collect();
        let checked = vec![true; scores.len()];
        if let Some(r) = robustness(&scores, &ranges, &checked, &weights) {
            let margin = evaluate(&scores, &weights).margin;
            prop_assert!((r.lowest - margin).abs() < 1e-9 && (r.highest - margin).abs() < 1e-9);
            prop_assert!(r.robust());
            prop_assert_eq!(r.decider, None);
        }
    }

    /// With every criterion checked, robust means both ends of the interval
    /// share the point's verdict (the standing of the version before).
    #[test]
    fn robust_means_both_ends_share_the_points_verdict((scores, ranges, _, weights) in ranged_case()) {
        let checked = vec![true; scores.len()];
        if let Some(r) = robustness(&scores, &ranges, &checked, &weights) {
            let here = evaluate(&scores, &weights).verdict;
            let same = classify(r.lowest, true) == here && classify(r.highest, true) == here;
            prop_assert_eq!(r.robust(), same);
            prop_assert_ne!(r.standing, Standing::RestsOnArticle);
        }
    }

    /// The belief, applied, changes the verdict, and a slightly smaller
    /// change does not; no other single criterion needs a smaller change.
    #[test]
    fn the_smallest_belief_flips_the_verdict_and_no_less_does((scores, weights) in case()) {
        let here = evaluate(&scores, &weights).verdict;
        let Some(belief) = smallest_belief(&scores, &weights) else {
            return Ok(());
        };
        prop_assert!(weights[belief.index] > 0.0);
        prop_assert!((-MAX_SCORE_GAP..=MAX_SCORE_GAP).contains(&belief.gap));
        let with_change = |factor: f64| {
            let mut moved = scores.clone();
            // Move option 0's score; only the gap matters to the model.
            moved[belief.index][0] += belief.change * factor;
            evaluate(&moved, &weights).verdict
        };
        // Just past the change (a relative step well above rounding error).
        prop_assert_ne!(with_change(1.0 + 1e-6), here);
        prop_assert_eq!(with_change(1.0 - 1e-6), here);
        // No criterion's gap, moved less far, changes the verdict.
        let total: f64 = weights.iter().sum();
        for (index, &weight) in weights.iter().enumerate() {
            if weight <= 0.0 || index == belief.index {
                continue;
            }
            let smaller = belief.change.abs() * (1.0 - 1e-6);
            for direction in [1.0, -1.0] {
                let gap = scores[index][0] - scores[index][1] + direction * smaller;
                if !(-MAX_SCORE_GAP..=MAX_SCORE_GAP).contains(&gap) {
                    continue;
                }
                let mut moved = scores.clone();
                moved[index][0] += direction * smaller;
                prop_assert_eq!(evaluate(&moved, &weights).verdict, here, "criterion {} (total weight {})", index, total);
            }
        }
    }
}
