//! "Does it survive the evidence?": whether the verdict holds for every
//! score within the range its sources support, and the least a reader would
//! have to believe differently to change it. Two paragraphs of text and no
//! more: every element costs the bundle bytes, and the evidence itself is
//! one link away, on the standalone page (the credit line's link).

use verdict_core::model::{Evaluation, Robustness};
use verdict_core::report::belief;
use verdict_core::words::{belief_words, robustness_words};
use verdict_core::DATASET;
use yew::prelude::*;

/// What the view shows.
pub struct EvidenceCheckProps<'a> {
    pub evaluation: &'a Evaluation,
    pub robustness: Option<&'a Robustness>,
    pub weights: &'a [u8],
}

pub fn evidence_check(props: &EvidenceCheckProps) -> Html {
    let Some(robustness) = props.robustness else {
        return html! {};
    };
    html! { <>
        <p class="robust-words" data-robust={if robustness.robust() { "true" } else { "false" }}>
            { robustness_words(&DATASET, props.evaluation, robustness) }
        </p>
        if let Some(belief) = belief(&DATASET, props.weights) {
            <p class="belief">{ belief_words(&DATASET, props.evaluation.verdict, &belief) }</p>
        }
    </> }
}
