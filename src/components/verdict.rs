//! The verdict bar: the winner and both scores out of 10, kept in view
//! while the reader moves any slider (it sticks to the top of the visible
//! area; see `widget.css`). With no verdict it says how to get one.

use verdict_core::format::tenths_text;
use verdict_core::model::{Evaluation, Robustness, Verdict};
use verdict_core::report::Shown;
use verdict_core::words::{
    explanation, robustness_label, verdict_label, MARGIN, OUT_OF_TEN, VERDICT_KICKER,
};
use verdict_core::DATASET;
use yew::prelude::*;

/// What the view shows.
pub struct VerdictPanelProps<'a> {
    pub evaluation: &'a Evaluation,
    pub shown: Option<&'a Shown>,
    pub robustness: Option<&'a Robustness>,
    /// The live region's sentence (see `app.rs`).
    pub heard: String,
}

pub fn verdict_panel(props: &VerdictPanelProps) -> Html {
    let evaluation = props.evaluation;
    // The variant is a data attribute, not a class: a computed class would
    // be split and joined again by Yew on every step of a slider.
    let variant = match evaluation.verdict {
        Verdict::Winner(_) => DATASET
            .winner(evaluation.verdict)
            .map_or("none", |winner| winner.id),
        Verdict::Tie => "tie",
        Verdict::Unweighted => "none",
    };
    html! {
        <div class="verdict" data-verdict={variant} part="verdict">
            // A heading, so a screen reader's heading keys come back to
            // the verdict from anywhere in the widget.
            <h3 class="verdict-line">
                <span class="verdict-kicker">{ VERDICT_KICKER }</span>
                <strong class="verdict-name">{ verdict_label(&DATASET, evaluation.verdict) }</strong>
            </h3>
            // Heard, not seen: the verdict and the figures in one sentence
            // once the reader pauses (the bar's figures change on every step).
            <p class="visually-hidden" role="status">{ props.heard.clone() }</p>
            // The figures as shown: the margin is the difference of the
            // two totals beside it, as rounded, never rounded on its own.
            if let Some(figures) = props.shown {
                <dl class="scores">
                    { for DATASET.options.iter().zip(figures.totals).map(|(option, total)| html! {
                        <div class="score" data-option={option.id}>
                            <dt>{ option.label }</dt>
                            <dd><span class="score-value">{ tenths_text(total) }</span><span class="out-of">{ OUT_OF_TEN }</span></dd>
                        </div>
                    }) }
                    <div class="score margin">
                        <dt>{ MARGIN }</dt>
                        <dd>{ tenths_text(figures.margin.abs()) }</dd>
                    </div>
                </dl>
            }
            if let Some(robustness) = props.robustness {
                <p class="robustness" data-robust={if robustness.robust() { "true" } else { "false" }}>
                    { robustness_label(robustness) }
                </p>
            } else {
                // The one state where the reason cannot wait behind a click.
                <p class="why">{ explanation(&DATASET, evaluation) }</p>
            }
        </div>
    }
}
