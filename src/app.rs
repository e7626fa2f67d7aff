//! The widget's root component: the state from `verdict_core::state`
//! behind Yew's reducer, the effects that tell the host page, and the
//! layout of the views.
//!
//! Event -> Action -> reduce -> new weights -> render. The verdict, the
//! breakdown and the flip points are derived from the weights on every
//! render, never stored.

use std::rc::Rc;

use gloo_timers::callback::Timeout;
use verdict_core::codec;
use verdict_core::links::{embed_snippet, frame_snippet, CopyWhat};
use verdict_core::report::{self, verdict_id};
use verdict_core::state::{self, initial_state, Action, Attributes, Copied, Section, WidgetState};
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
use crate::host::{HostRef, VerdictReport};
use crate::texts::{self, CREDIT_LINE, SCALE_NOTE};

/// How long the reader must pause before the live region speaks: longer
/// than a held arrow key's repeat, short enough to follow a single step.
const ANNOUNCE_DELAY_MS: u32 = 600;

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

/// [`WidgetState`] as Yew's reducer: an action that changes nothing keeps
/// the same state, so nothing renders again.
#[derive(PartialEq)]
struct Store(WidgetState);

impl Reducible for Store {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match self.0.reduce(&DATASET, action) {
            Some(next) => Rc::new(Store(next)),
            None => self,
        }
    }
}

impl std::ops::Deref for Store {
    type Target = WidgetState;

    fn deref(&self) -> &WidgetState {
        &self.0
    }
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
    let state = {
        let (attributes, moved) = (props.attributes.clone(), props.moved.clone());
        let host = host.clone();
        use_reducer(move || {
            let start = initial_state(&DATASET, &attributes, &*host);
            Store(state::carry_over(&DATASET, start, &moved))
        })
    };

    // Only a test build can panic on purpose; the shipped one has no such path.
    #[cfg(feature = "test-panic")]
    if props.attributes.test_panic {
        panic!("test panic requested by the data-test-panic attribute");
    }

    // A host page that changes an attribute after start-up resets the
    // widget to what the attributes now say. The first run is the initial
    // state, already read above.
    {
        let state = state.clone();
        let first_run = use_mut_ref(|| true);
        use_effect_with(props.attributes.clone(), move |attributes| {
            if std::mem::replace(&mut *first_run.borrow_mut(), false) {
                return;
            }
            let (weights, notices) = state::from_attributes(&DATASET, attributes);
            state.dispatch(Action::Load(weights, notices));
        });
    }

    let analysis = report::analyse(&DATASET, &state.weights);

    // Tell the page the verdict, from this render's analysis (not a second
    // run of the model), once the render has put it in the DOM. Not in an
    // effect: Yew runs effects after the render, but a first render that
    // takes longer than its scheduler's 16 ms slice (cold code, in a cold
    // browser) yields to the browser first, for a layout and a paint, which
    // held the verdict back by 14 to 70 ms. The host sends the report at the
    // end of the task that renders, after the DOM is patched.
    {
        let evaluation = &analysis.evaluation;
        let report = VerdictReport {
            verdict: verdict_id(&DATASET, evaluation.verdict),
            scores: evaluation.totals,
            weights: &state.weights,
            robust: analysis.robustness.map(|r| r.robust()),
        };
        // The report follows from the weights alone: a render with the
        // same weights (a section opened, a copy made) reports nothing.
        let reported = use_mut_ref(|| None::<Vec<u8>>);
        if reported.borrow().as_deref() != Some(&state.weights[..]) {
            host.report(&report);
            *reported.borrow_mut() = Some(state.weights.clone());
        }
    }

    // On the standalone page keep the address bar (and, once the reader has
    // moved something, storage) in step; the host writes once the reader
    // pauses.
    {
        // An embed never writes either, so it copies nothing on a step.
        let host = host.clone();
        let deps = props
            .attributes
            .standalone
            .then(|| (state.weights.clone(), state.changed_by_reader));
        use_effect_with(deps, move |deps| {
            if let Some((weights, changed)) = deps {
                host.replace_query(weights);
                if *changed {
                    host.save(weights);
                }
            }
        });
    }

    // The sources live on the standalone page, beside the widget there.
    // Worked out when the attributes change, not on every step.
    let sources_link = {
        let host = host.clone();
        use_memo(props.attributes.clone(), move |attributes| {
            AttrValue::from(state::sources_link(attributes, &*host))
        })
    };
    let active_preset = codec::matching_preset(&DATASET, &state.weights);
    // The chip that takes the focus on Tab at first: the pressed one, or
    // the first.
    let first_preset_stop = *use_state(|| {
        let pressed = DATASET
            .presets
            .iter()
            .position(|p| Some(p.id) == active_preset);
        pressed.unwrap_or(0)
    });

    // What a screen reader hears: the verdict, both scores and the margin,
    // in a sentence, once the reader pauses (a held arrow key is one
    // announcement, not one per step). Empty until the first change, so
    // nothing repeats the verdict bar at load.
    let heard = use_state_eq(String::new);
    {
        let sentence = announcement(
            &DATASET,
            analysis.evaluation.verdict,
            analysis.shown.as_ref(),
        );
        let heard = heard.clone();
        let pending = use_mut_ref(|| None::<Timeout>);
        let first_run = use_mut_ref(|| true);
        use_effect_with(sentence, move |sentence| {
            if std::mem::replace(&mut *first_run.borrow_mut(), false) {
                return;
            }
            let sentence = sentence.clone();
            *pending.borrow_mut() =
                Some(Timeout::new(ANNOUNCE_DELAY_MS, move || heard.set(sentence)));
        });
    }

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
                        heard: (*heard).clone(),
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
                <a href={(*sources_link).clone()}>{ SOURCES_LINK }</a>
            </footer>
        </div>
    }
}
