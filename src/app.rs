//! The widget's root component: the state (`verdict_core::state` behind
//! Yew's reducer) and what tells the host page, through the named hooks of
//! `hooks.rs`, and the layout of the views.
//!
//! Event -> Action -> reduce -> new weights -> render. The verdict, the
//! breakdown and the flip points are derived from the weights on every
//! render, never stored.

use verdict_core::codec;
use verdict_core::links::{embed_snippet, frame_snippet, CopyWhat};
use verdict_core::report;
use verdict_core::state::{self, Action, Attributes, Copied, Section};
use verdict_core::words::{
    announcement, explanation, more_count, MORE_LEGEND, MORE_TITLE, SHARE_TITLE, SLIDERS_LEGEND,
    SOURCES_LINK, TITLE, WHY_TITLE,
};
use verdict_core::DATASET;
use yew::prelude::*;

use crate::components::{
    breakdown::{breakdown, BreakdownProps},
    changes::{what_would_change, WhatWouldChangeProps},
    evidence::{evidence_check, EvidenceCheckProps},
    notices::{notices, NoticesProps},
    presets::{presets, PresetsProps},
    share::{share, ShareProps},
    slider::{weight_slider, WeightSliderProps},
    verdict::{verdict_panel, VerdictPanelProps},
};
use crate::hooks::{
    use_attributes_reset, use_first_preset_stop, use_heard, use_page_in_step, use_sources_link,
    use_verdict_report, use_widget_state,
};
use crate::host::HostRef;
use crate::texts::{self, CREDIT_LINE, SCALE_NOTE};

/// What the root component shows: one element's widget, or nothing while
/// its app waits in the pool for the next element (see `glue/registry.rs`).
#[derive(Clone, PartialEq, Properties)]
pub struct AppProps {
    pub element: Option<ElementProps>,
}

/// One element's widget.
#[derive(Clone, PartialEq, Properties)]
pub struct ElementProps {
    /// Which element this is, for the app's lifetime: an app reused for
    /// another element starts afresh, its state dropped with the old key.
    pub generation: u32,
    pub attributes: Attributes,
    pub host: HostRef,
    /// The sliders the reader moved in the page's build-time copy of the
    /// widget before this one took over (`id:value` list; empty for none).
    pub moved: AttrValue,
}

/// The root of one Yew app. Apps are pooled rather than destroyed (Yew keeps
/// an app's event listeners for the life of the page), so the root shows
/// the current element's widget, keyed by its generation, or nothing.
#[component]
pub fn App(props: &AppProps) -> Html {
    match &props.element {
        Some(element) => html! { <ElementWidget key={element.generation} ..element.clone() /> },
        None => html! {},
    }
}

#[component]
fn ElementWidget(props: &ElementProps) -> Html {
    let host = props.host.clone();
    let state = use_widget_state(&props.attributes, &host, &props.moved);

    // Only a test build can panic on purpose; the shipped one has no such path.
    #[cfg(feature = "test-panic")]
    if props.attributes.test_panic {
        panic!("test panic requested by the data-test-panic attribute");
    }

    use_attributes_reset(&state, &props.attributes);
    let analysis = report::analyse(&DATASET, &state.weights);
    use_verdict_report(&host, &analysis, &state.weights);
    use_page_in_step(&host, props.attributes.standalone, &state);
    let sources_link = use_sources_link(&host, &props.attributes);
    let active_preset = codec::matching_preset(&DATASET, &state.weights);
    let first_preset_stop = use_first_preset_stop(active_preset);
    let heard = use_heard(announcement(
        &DATASET,
        analysis.evaluation.verdict,
        analysis.shown.as_ref(),
    ));

    let on_weight = {
        let state = state.clone();
        Callback::from(move |(index, weight): (usize, u8)| {
            state.dispatch(Action::SetWeight(index, weight))
        })
    };
    let on_preset = {
        let state = state.clone();
        Callback::from(move |id: &'static str| state.dispatch(Action::ApplyPreset(id)))
    };
    // The texts to copy are made when a button is pressed, not on every
    // render: each step of a slider re-renders the share panel.
    let on_copy = {
        let (state, host, attributes) = (state.clone(), host.clone(), props.attributes.clone());
        Callback::from(move |what: CopyWhat| {
            let text = state::copy_text(&DATASET, what, &attributes, &*host, &state.weights);
            let state = state.clone();
            let shown = text.clone();
            host.copy(
                text,
                Callback::from(move |ok| {
                    state.dispatch(Action::Copied(if ok {
                        Copied::Done(what)
                    } else {
                        Copied::Failed(shown.clone())
                    }))
                }),
            );
        })
    };
    let on_toggle_embed = {
        let state = state.clone();
        Callback::from(move |()| state.dispatch(Action::ToggleEmbed))
    };
    let embed_snippets = state.show_embed.then(|| {
        let bundle = host.bundle_address();
        (
            embed_snippet(&DATASET, &bundle, &state.weights),
            frame_snippet(&DATASET, &bundle, &state.weights),
        )
    });
    let on_dismiss = {
        let state = state.clone();
        Callback::from(move |()| state.dispatch(Action::DismissNotices))
    };

    let slider = |index: usize| {
        weight_slider(&WeightSliderProps {
            index,
            weight: state.weights[index],
            oninput: on_weight.clone(),
        })
    };
    // Positions of the first sliders, or of those under "More criteria".
    let positions = |primary: bool| {
        (0..DATASET.criteria.len()).filter(move |&i| DATASET.criteria[i].primary == primary)
    };
    let more_weighted = positions(false).filter(|&i| state.weights[i] > 0).count();
    let more_count = more_count(positions(false).count(), more_weighted);
    // A click on a summary (or Enter or Space on it) runs before the
    // section opens, so its content is there when it does; `toggle` covers
    // any other way of opening it (find in page, a script on the host page).
    let on_open = |section: Section| {
        let state = state.clone();
        Callback::from(move |_: Event| state.dispatch(Action::Open(section)))
    };
    let opened = state.opened;

    html! {
        <div class="app" part="app">
            <h2 class="title">{ TITLE }</h2>
            { notices(&NoticesProps { notices: &state.notices, ondismiss: on_dismiss }) }
            <div class="layout">
                <div class="controls">
                    { presets(&PresetsProps {
                        active: active_preset,
                        first_stop: first_preset_stop,
                        onselect: on_preset,
                    }) }
                    <fieldset class="sliders">
                        <legend>{ SLIDERS_LEGEND }</legend>
                        <p class="hint scale">{ SCALE_NOTE }</p>
                        { for positions(true).map(slider) }
                    </fieldset>
                    <details class="panel more" ontoggle={on_open(Section::More)}>
                        <summary onclick={on_open(Section::More).reform(MouseEvent::into)}>
                            { MORE_TITLE }
                            <span class="count">{ more_count }</span>
                        </summary>
                        if opened.more {
                            <fieldset class="sliders">
                                <legend class="visually-hidden">{ MORE_LEGEND }</legend>
                                { for positions(false).map(slider) }
                            </fieldset>
                        }
                    </details>
                </div>
                <div class="side">
                    { verdict_panel(&VerdictPanelProps {
                        evaluation: &analysis.evaluation,
                        shown: analysis.shown.as_ref(),
                        robustness: analysis.robustness.as_ref(),
                        heard,
                    }) }
                    <details class="panel why-panel" ontoggle={on_open(Section::Why)}>
                        <summary onclick={on_open(Section::Why).reform(MouseEvent::into)}>{ WHY_TITLE }</summary>
                        if opened.why {
                            <div class="panel-body">
                                <p class="why">{ explanation(&DATASET, &analysis.evaluation) }</p>
                                // A use case whose article reason alone does
                                // not give its winner says what tips it. Here
                                // rather than in the verdict bar: it goes when
                                // a slider moves, and the sliders must not.
                                if let Some(note) = texts::preset_note(active_preset) {
                                    <p class="reason-gap">{ note }</p>
                                }
                                { evidence_check(&EvidenceCheckProps {
                                    evaluation: &analysis.evaluation,
                                    robustness: analysis.robustness.as_ref(),
                                    weights: &state.weights,
                                }) }
                                { breakdown(&BreakdownProps {
                                    evaluation: &analysis.evaluation,
                                    shown: analysis.shown.as_ref(),
                                    weights: &state.weights,
                                }) }
                                { what_would_change(&WhatWouldChangeProps {
                                    sensitivities: &report::sensitivities(&DATASET, &state.weights),
                                    verdict: analysis.evaluation.verdict,
                                }) }
                            </div>
                        }
                    </details>
                    <details class="panel share-panel" ontoggle={on_open(Section::Share)}>
                        <summary onclick={on_open(Section::Share).reform(MouseEvent::into)}>{ SHARE_TITLE }</summary>
                        if opened.share {
                            { share(&ShareProps {
                                copied: &state.copied,
                                embed_snippets: embed_snippets.as_ref(),
                                oncopy: on_copy,
                                ontoggle_embed: on_toggle_embed,
                            }) }
                        }
                    </details>
                </div>
            </div>
            <footer class="credit">
                { CREDIT_LINE }
                <a href={sources_link}>{ SOURCES_LINK }</a>
            </footer>
        </div>
    }
}
