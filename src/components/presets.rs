//! The article's use cases as buttons that set the weights.

use verdict_core::words::PRESETS_TITLE;
use verdict_core::DATASET;
use yew::prelude::*;

/// What the view shows.
pub struct PresetsProps {
    /// The preset whose weights are exactly the current ones.
    pub active: Option<&'static str>,
    pub onselect: Callback<&'static str>,
}

pub fn presets(props: &PresetsProps) -> Html {
    html! {
        <div class="presets" role="group" aria-labelledby="presets-title">
            <h3 id="presets-title" class="group-title">{ PRESETS_TITLE }</h3>
            <div class="preset-list">
                { for DATASET.presets.iter().map(|preset| {
                    let onclick = {
                        let (id, callback) = (preset.id, props.onselect.clone());
                        Callback::from(move |_| callback.emit(id))
                    };
                    let pressed = props.active == Some(preset.id);
                    html! {
                        <button
                            type="button"
                            class="preset"
                            part="preset"
                            data-preset={preset.id}
                            aria-pressed={pressed.to_string()}
                            {onclick}
                        >
                            { preset.label }
                        </button>
                    }
                }) }
            </div>
        </div>
    }
}
