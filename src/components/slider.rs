//! One criterion's weight: a native range input, its value, and the one
//! line that differs from slider to slider (each option's score and what
//! the criterion means). The scale and the scores' source are said once,
//! above the sliders.

use verdict_core::words::weight_words;
use verdict_core::DATASET;
use yew::prelude::*;

use crate::input::range_value;
use crate::texts::{CriterionText, CRITERION_TEXTS};

/// What the view shows.
pub struct WeightSliderProps {
    pub index: usize,
    pub weight: u8,
    pub oninput: Callback<(usize, u8)>,
}

pub fn weight_slider(props: &WeightSliderProps) -> Html {
    let criterion = &DATASET.criteria[props.index];
    let CriterionText {
        input_id,
        hint_id,
        scores,
    } = CRITERION_TEXTS[props.index];
    let oninput = {
        let (index, callback) = (props.index, props.oninput.clone());
        Callback::from(move |event: InputEvent| {
            if let Some(weight) = range_value(&event) {
                callback.emit((index, weight));
            }
        })
    };
    html! {
        <div class="slider">
            <div class="slider-head">
                <label for={input_id}>{ criterion.label }</label>
                <output for={input_id} class="weight" aria-hidden="true">{ props.weight }</output>
            </div>
            <input
                type="range"
                id={input_id}
                min="0"
                max="10"
                step="1"
                value={props.weight.to_string()}
                aria-valuetext={weight_words(props.weight)}
                aria-describedby={hint_id}
                {oninput}
            />
            <p class="hint" id={hint_id}>
                <span class="scored">{ scores }</span>
                <span class="help">{ criterion.help }</span>
            </p>
        </div>
    }
}
