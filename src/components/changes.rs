//! "What would change it": the exact weights at which a slider, moved on
//! its own, flips the verdict. Only sliders that can flip it are listed.

use verdict_core::model::{Sensitivity, Verdict};
use verdict_core::words::{flip_words, CHANGES_LEAD, CHANGES_TITLE, NOTHING_FLIPS};
use verdict_core::DATASET;
use yew::prelude::*;

/// What the view shows.
pub struct WhatWouldChangeProps<'a> {
    pub sensitivities: &'a [Sensitivity],
    pub verdict: Verdict,
}

pub fn what_would_change(props: &WhatWouldChangeProps) -> Html {
    if props.verdict == Verdict::Unweighted {
        return html! {};
    }
    let mut flips = props
        .sensitivities
        .iter()
        .enumerate()
        .filter(|(_, s)| s.above.is_some() || s.below.is_some())
        .peekable();
    html! {
        <div class="changes">
            <h3 class="group-title">{ CHANGES_TITLE }</h3>
            if flips.peek().is_none() {
                <p class="hint">{ NOTHING_FLIPS }</p>
            } else {
                <p class="hint">{ CHANGES_LEAD }</p>
                <ul>
                    { for flips.map(|(index, sensitivity)| html! {
                        <li key={DATASET.criteria[index].id} data-criterion={DATASET.criteria[index].id}>{ flip_words(&DATASET, index, sensitivity) }</li>
                    }) }
                </ul>
            }
        </div>
    }
}
