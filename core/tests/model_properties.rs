//! Properties the verdict model must keep for any scores and weights.

use proptest::prelude::*;
use verdict_core::model::{classify, evaluate, sensitivity, Verdict, MAX_WEIGHT, TIE_BAND};

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
