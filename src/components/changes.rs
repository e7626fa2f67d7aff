//! "What would change it": each slider's exact flip points, in words.

use verdict_core::model::{Sensitivity, Verdict};
use verdict_core::report::flip_words;
use verdict_core::DATASET;
use yew::prelude::*;

/// What the view shows.
pub struct WhatWouldChangeProps<'a> {
    pub sensitivities: &'a [Sensitivity],
    pub weights: &'a [u8],
    pub verdict: Verdict,
}

pub fn what_would_change(props: &WhatWouldChangeProps) -> Html {
    if props.verdict == Verdict::Unweighted {
        return html! {};
    }
    // Criteria in use, and unused ones that would flip the verdict.
    let items = props
        .sensitivities
        .iter()
        .enumerate()
        .filter(|(i, s)| props.weights[*i] > 0 || s.above.is_some() || s.below.is_some());
    html! {
        <div class="changes">
            <h3 id="changes-title" class="group-title">{ "What would change it" }</h3>
            <p class="hint">{ "Move one slider, the others held still, and the verdict changes at these weights:" }</p>
            <ul>
                { for items.map(|(index, sensitivity)| html! {
                    <li key={DATASET.criteria[index].id} data-criterion={DATASET.criteria[index].id}>{ flip_words(&DATASET, index, sensitivity) }</li>
                }) }
            </ul>
        </div>
    }
}
