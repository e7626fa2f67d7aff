//! The article's use cases as buttons that set the weights: a toolbar, one
//! tab stop whose arrow keys move along the chips (the roving tab index of
//! the ARIA toolbar pattern, kept by `element.js`), so the sliders are one
//! Tab away.

use verdict_core::words::{PRESETS_NTH, PRESETS_TITLE};
use verdict_core::DATASET;
use yew::prelude::*;

/// What the view shows.
pub struct PresetsProps {
    /// The preset whose weights are exactly the current ones.
    pub active: Option<&'static str>,
    /// The chip that takes the focus on Tab at first; from then on
    /// `element.js` moves the tab stop with the focus, and this stays put,
    /// so Yew never writes `tabindex` again.
    pub first_stop: usize,
    pub onselect: Callback<&'static str>,
}

pub fn presets(props: &PresetsProps) -> Html {
    html! {
        <div class="presets">
            // Out of sight, which widget of the page this is, where it has
            // several (filled in by `element.js`), so no two toolbars share
            // a name.
            <h3 id="presets-title" class="group-title">
                { PRESETS_TITLE }<span class="nth visually-hidden" data-words={PRESETS_NTH}></span>
            </h3>
            // Never a tab stop of its own (Firefox makes a scrolling box
            // one): the chips are.
            <div class="preset-list" role="toolbar" aria-labelledby="presets-title" tabindex="-1">
                { for DATASET.presets.iter().enumerate().map(|(position, preset)| {
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
                            aria-pressed={if pressed { "true" } else { "false" }}
                            tabindex={if position == props.first_stop { "0" } else { "-1" }}
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
