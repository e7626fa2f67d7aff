//! One criterion's weight: a native range input, its value in words, and a
//! small mark of the range of weights within which the verdict holds.

use verdict_core::model::{Sensitivity, Verdict, MAX_WEIGHT};
use verdict_core::report::{fixed, trim_number, weight_words};
use verdict_core::DATASET;
use yew::prelude::*;

use crate::glue::range_value;
use crate::texts::{CriterionText, CRITERION_TEXTS};

/// What the view shows.
pub struct WeightSliderProps {
    pub index: usize,
    pub weight: u8,
    pub sensitivity: Sensitivity,
    pub verdict: Verdict,
    pub oninput: Callback<(usize, u8)>,
}

/// Width of the sensitivity mark, in SVG user units.
const MARK_WIDTH: f64 = 100.0;

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
    let Sensitivity {
        holds_from,
        holds_to,
        ..
    } = props.sensitivity;
    let holds_text = match props.verdict {
        Verdict::Unweighted => "No verdict to hold yet.".to_owned(),
        _ if holds_from <= 0.0 && holds_to >= MAX_WEIGHT => {
            "The verdict holds at any weight of this criterion.".to_owned()
        }
        _ => format!(
            "The verdict holds from {} to {}.",
            trim_number(holds_from),
            trim_number(holds_to)
        ),
    };
    let x = |weight: f64| fixed(weight / MAX_WEIGHT * MARK_WIDTH, 2);
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
            <svg class="holds" viewBox="0 0 100 6" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                <rect class="holds-track" x="0" y="2" width="100" height="2" />
                if !matches!(props.verdict, Verdict::Unweighted) {
                    <rect
                        class="holds-range"
                        x={x(holds_from)}
                        y="1"
                        width={x(holds_to - holds_from)}
                        height="4"
                    />
                }
                <rect class="holds-now" x={x(f64::from(props.weight) - 0.1)} y="0" width="2" height="6" />
            </svg>
            <p class="hint" id={hint_id}>
                { criterion.help }{ ". " }
                <span class="scored">{ scores }</span>{ " " }
                { holds_text }
            </p>
        </div>
    }
}
