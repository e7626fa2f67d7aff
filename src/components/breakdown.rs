//! Each criterion's signed contribution to the margin, drawn as bars (SVG
//! attributes, never style attributes, so a strict CSP allows them) with
//! the same figures as text beside them.

use verdict_core::format::fixed;
use verdict_core::model::Evaluation;
use verdict_core::report::Shown;
use verdict_core::words::{pull_words, DECIDED_TITLE};
use verdict_core::DATASET;
use yew::prelude::*;

use crate::texts::AXIS_LABELS;

/// What the view shows.
pub struct BreakdownProps<'a> {
    pub evaluation: &'a Evaluation,
    pub shown: Option<&'a Shown>,
    pub weights: &'a [u8],
}

pub fn breakdown(props: &BreakdownProps) -> Html {
    let evaluation = props.evaluation;
    // The pulls as shown add up to the margin the verdict bar shows.
    let Some(shown) = props.shown else {
        return html! {};
    };
    let largest = evaluation
        .contributions
        .iter()
        .fold(0.0_f64, |m, c| m.max(c.abs()))
        .max(f64::EPSILON);
    let rows = DATASET
        .criteria
        .iter()
        .zip(evaluation.contributions.iter().zip(&shown.pulls))
        .zip(props.weights)
        .filter(|(_, &weight)| weight > 0);
    html! {
        <div class="breakdown">
            <h3 id="breakdown-title" class="group-title">{ DECIDED_TITLE }</h3>
            <p class="axis" aria-hidden="true">
                <span>{ AXIS_LABELS[0] }</span>
                <span>{ AXIS_LABELS[1] }</span>
            </p>
            <ul class="bars">
                { for rows.map(|((criterion, (&share, &shown_pull)), _)| {
                    let toward = if share > 0.0 { Some(DATASET.options[0].id) } else if share < 0.0 { Some(DATASET.options[1].id) } else { None };
                    let text = pull_words(&DATASET, share, shown_pull);
                    let width = share.abs() / largest * 50.0;
                    let x = if share >= 0.0 { 50.0 } else { 50.0 - width };
                    html! {
                        <li class="bar-row">
                            <span class="bar-label">{ criterion.label }</span>
                            <svg class="bar-chart" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                                <rect class="bar-axis" x="49.75" y="0" width="0.5" height="10" />
                                <rect class="bar" data-toward={toward} x={fixed(x, 2)} y="1" width={fixed(width, 2)} height="8" />
                            </svg>
                            <span class="bar-value">{ text }</span>
                        </li>
                    }
                }) }
            </ul>
        </div>
    }
}
