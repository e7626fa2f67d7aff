//! The widget's hooks, each named for what it keeps (as yew's
//! function_todomvc keeps its own): the state behind Yew's reducer, the
//! attributes a host changes, the verdict reported to the page, the page's
//! address and storage in step, the sources' address, the chips' first tab
//! stop and what a screen reader hears.

use std::rc::Rc;

use gloo_timers::callback::Timeout;
use verdict_core::report::{verdict_id, Analysis};
use verdict_core::state::{self, initial_state, Action, Attributes, WidgetState};
use verdict_core::DATASET;
use yew::prelude::*;

use crate::host::{HostRef, VerdictReport};

/// How long the reader must pause before the live region speaks: longer
/// than a held arrow key's repeat, short enough to follow a single step.
const ANNOUNCE_DELAY_MS: u32 = 600;

/// [`WidgetState`] as Yew's reducer: an action that changes nothing keeps
/// the same state, so nothing renders again.
#[derive(PartialEq)]
pub struct Store(WidgetState);

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

/// The widget's state, from the attributes (and, on the standalone page,
/// a shared link or saved weights), with the sliders the reader moved in
/// the page's build-time copy carried over.
#[hook]
pub fn use_widget_state(
    attributes: &Attributes,
    host: &HostRef,
    moved: &AttrValue,
) -> UseReducerHandle<Store> {
    let (attributes, host, moved) = (attributes.clone(), host.clone(), moved.clone());
    use_reducer(move || {
        let start = initial_state(&DATASET, &attributes, &*host);
        Store(state::carry_over(&DATASET, start, &moved))
    })
}

/// A host page that changes an attribute after start-up resets the widget
/// to what the attributes now say. The first run is the initial state,
/// already read.
#[hook]
pub fn use_attributes_reset(state: &UseReducerHandle<Store>, attributes: &Attributes) {
    let state = state.clone();
    let first_run = use_mut_ref(|| true);
    use_effect_with(attributes.clone(), move |attributes| {
        if std::mem::replace(&mut *first_run.borrow_mut(), false) {
            return;
        }
        let (weights, notices) = state::from_attributes(&DATASET, attributes);
        state.dispatch(Action::Load(weights, notices));
    });
}

/// Tells the page the verdict, from this render's analysis (not a second
/// run of the model), once the render has put it in the DOM. Not in an
/// effect: Yew runs effects after the render, but a first render that
/// takes longer than its scheduler's 16 ms slice (cold code, in a cold
/// browser) yields to the browser first, for a layout and a paint, which
/// held the verdict back by 14 to 70 ms. The host sends the report at the
/// end of the task that renders, after the DOM is patched. The report
/// follows from the weights alone: a render with the same weights (a
/// section opened, a copy made) reports nothing.
#[hook]
pub fn use_verdict_report(host: &HostRef, analysis: &Analysis, weights: &[u8]) {
    let reported = use_mut_ref(|| None::<Vec<u8>>);
    if reported.borrow().as_deref() == Some(weights) {
        return;
    }
    let evaluation = &analysis.evaluation;
    host.report(&VerdictReport {
        verdict: verdict_id(&DATASET, evaluation.verdict),
        scores: evaluation.totals,
        weights,
        robust: analysis.robustness.map(|r| r.robust()),
    });
    *reported.borrow_mut() = Some(weights.to_vec());
}

/// On the standalone page, keeps the address bar (and, once the reader has
/// moved something, storage) in step; the host writes once the reader
/// pauses. An embed never writes either, so it copies nothing on a step.
#[hook]
pub fn use_page_in_step(host: &HostRef, standalone: bool, state: &WidgetState) {
    let host = host.clone();
    let deps = standalone.then(|| (state.weights.clone(), state.changed_by_reader));
    use_effect_with(deps, move |deps| {
        if let Some((weights, changed)) = deps {
            host.replace_query(weights);
            if *changed {
                host.save(weights);
            }
        }
    });
}

/// Where "Sources, quotes and evidence" leads (the standalone page, beside
/// the widget there), worked out when the attributes change, not on every
/// step.
#[hook]
pub fn use_sources_link(host: &HostRef, attributes: &Attributes) -> AttrValue {
    let host = host.clone();
    let link = use_memo(attributes.clone(), move |attributes| {
        AttrValue::from(state::sources_link(attributes, &*host))
    });
    (*link).clone()
}

/// The chip that takes the focus on Tab at first: the pressed one, or the
/// first. Fixed from the first render on (`element.js` moves the tab stop
/// with the focus).
#[hook]
pub fn use_first_preset_stop(active: Option<&'static str>) -> usize {
    *use_state(|| {
        let pressed = DATASET.presets.iter().position(|p| Some(p.id) == active);
        pressed.unwrap_or(0)
    })
}

/// What a screen reader hears: `sentence` (the verdict, both scores and
/// the margin), once the reader pauses, so a held arrow key is one
/// announcement, not one per step. Empty until the first change, so
/// nothing repeats the verdict bar at load.
#[hook]
pub fn use_heard(sentence: String) -> String {
    let heard = use_state_eq(String::new);
    {
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
    (*heard).clone()
}
