//! The figures a reader sees agree with each other: the margin shown is the
//! difference of the totals shown, and the pulls shown in "Why" add up to
//! it, for every preset, the default and any weights.

use proptest::prelude::*;
use verdict_core::format::tenths_text;
use verdict_core::model::{evaluate, Verdict};
use verdict_core::report::{self, shown};
use verdict_core::words::summary_markdown;
use verdict_core::DATASET;

/// Checks one set of weights against the bundled data set.
fn figures_agree(weights: &[u8]) -> Result<(), TestCaseError> {
    let evaluation = report::evaluate(&DATASET, weights);
    let Some(figures) = shown(&evaluation) else {
        prop_assert_eq!(evaluation.verdict, Verdict::Unweighted);
        return Ok(());
    };
    let totals = evaluation.totals.expect("a verdict has totals");
    // Each total as shown is the total rounded to a tenth.
    for (shown_total, total) in figures.totals.iter().zip(totals) {
        prop_assert!((*shown_total as f64 / 10.0 - total).abs() <= 0.05 + 1e-9);
    }
    // The pulls shown add up to the margin shown, each within a tenth of
    // its exact value, and a criterion with no weight pulls nothing.
    prop_assert_eq!(figures.pulls.iter().sum::<i64>(), figures.margin);
    for ((&pull, &exact), &weight) in figures
        .pulls
        .iter()
        .zip(&evaluation.contributions)
        .zip(weights)
    {
        prop_assert!((pull as f64 - exact * 10.0).abs() < 1.0 + 1e-9);
        if weight == 0 {
            prop_assert_eq!(pull, 0);
        }
    }
    // The summary a reader copies says the same figures.
    let summary = summary_markdown(
        &DATASET,
        weights,
        &report::analyse(&DATASET, weights),
        "https://example.test/",
    );
    for figure in [figures.totals[0], figures.totals[1]] {
        let shown = format!(" {} / 10", tenths_text(figure));
        prop_assert!(summary.contains(&shown), "{} not in {}", shown, summary);
    }
    let margin = format!("margin {}\n", tenths_text(figures.margin.abs()));
    prop_assert!(summary.contains(&margin), "{} not in {}", margin, summary);
    Ok(())
}

#[test]
fn every_starting_state_shows_figures_that_add_up() {
    figures_agree(&DATASET.default_weights()).unwrap();
    for preset in DATASET.presets {
        figures_agree(preset.weights).unwrap();
    }
}

#[test]
fn totals_that_round_apart_still_show_a_margin_that_adds_up() {
    // 5.75 and 7.50 exactly: rounded on its own the margin 1.75 would show
    // 1.8 beside 5.8 and 7.5; shown as the difference it is 1.7.
    let scores = [[4.0, 8.0], [7.5, 7.0]];
    let evaluation = evaluate(&scores, &[1.0, 1.0]);
    assert_eq!(evaluation.totals, Some([5.75, 7.5]));
    let figures = shown(&evaluation).unwrap();
    assert_eq!(figures.totals, [58, 75]);
    assert_eq!(figures.margin, -17);
    assert_eq!(figures.pulls.iter().sum::<i64>(), -17);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    #[test]
    fn any_weights_show_figures_that_add_up(
        weights in prop::collection::vec(0u8..=10, DATASET.criteria.len()),
    ) {
        figures_agree(&weights)?;
    }
}
