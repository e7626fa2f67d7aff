//! The widget's root component and its state.
//!
//! Event -> Action -> reduce -> new weights -> render. The verdict, the
//! breakdown and the flip points are derived from the weights on every
//! render, never stored.

use std::rc::Rc;

use verdict_core::codec::{self, Notice};
use verdict_core::report::{
    self, embed_snippet, explanation, frame_snippet, share_link, summary_markdown, verdict_id,
};
use verdict_core::DATASET;
use yew::prelude::*;

use crate::components::{
    breakdown::{breakdown, BreakdownProps},
    changes::{what_would_change, WhatWouldChangeProps},
    evidence::{evidence_check, EvidenceCheckProps},
    notices::{notices, NoticesProps},
    presets::{presets, PresetsProps},
    share::{share, Copied, CopyWhat, ShareProps},
    slider::{weight_slider, WeightSliderProps},
    verdict::{verdict_panel, VerdictPanelProps},
};
use crate::texts::{CREDIT_LINE, SCALE_NOTE};

/// The element's attributes, as read by the glue.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Attributes {
    pub preset: Option<String>,
    pub weights: Option<String>,
    pub theme: Option<String>,
    /// The element is the standalone page: state lives in the address bar
    /// and is remembered across visits.
    pub standalone: bool,
    /// Where "Copy link" points from an embedded widget.
    pub share_url: Option<String>,
    /// Only ever true in a test build (`--features test-panic`).
    pub test_panic: bool,
}

/// The verdict as reported to the host page. With every weight at 0 there
/// is no verdict and no scores, but the weights are still reported. Scores
/// and weights are in data set order (the ids are in [`crate::texts`]).
#[derive(Clone, Debug, PartialEq)]
pub struct VerdictReport<'a> {
    pub verdict: Option<&'static str>,
    pub scores: Option<[f64; 2]>,
    pub weights: &'a [u8],
    /// Whether the verdict holds for every score within its evidence's
    /// range; `None` with no verdict.
    pub robust: Option<bool>,
}

/// What the app needs from the page around it. The glue implements it with
/// the browser; nothing else in the app touches the browser.
pub trait Host {
    /// Reflects the verdict on the element and tells the page.
    fn report(&self, report: &VerdictReport);
    /// Puts text on the clipboard, then says whether it worked.
    fn copy(&self, text: String, done: Callback<bool>);
    /// The page's query string (standalone page only).
    fn page_query(&self) -> String;
    /// The page's full address.
    fn page_address(&self) -> String;
    /// The address of the folder the bundle came from.
    fn bundle_address(&self) -> String;
    /// Puts these weights in the page's query without adding a history
    /// entry. The host may wait for the reader to pause, so it formats them
    /// only when it writes.
    fn replace_query(&self, weights: &[u8]);
    fn load_saved(&self) -> Option<String>;
    /// Remembers these weights for the reader's next visit (formatted, like
    /// the query, only when written).
    fn save(&self, weights: &[u8]);
}

/// A shared [`Host`]; equal when it is the same host.
#[derive(Clone)]
pub struct HostRef(pub Rc<dyn Host>);

impl PartialEq for HostRef {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// What the root component shows: one element's widget, or nothing while
/// its app waits in the pool for the next element (see `glue.rs`).
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
}

/// The reader's weights and what was ignored on the way in.
#[derive(Clone, Debug, PartialEq)]
pub struct WidgetState {
    pub weights: Vec<u8>,
    pub notices: Vec<Notice>,
    /// The reader moved something since the state was loaded.
    pub changed_by_reader: bool,
    /// The share panel: the last copy's outcome, and the snippet shown.
    pub copied: Copied,
    pub show_embed: bool,
    /// The collapsed sections the reader has opened at least once. Until
    /// then a section's content is not built at all: a closed section shows
    /// nothing, and building it would cost every step of a slider.
    pub opened: Opened,
}

/// The widget's collapsed sections.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Section {
    /// The sliders beyond the four primary ones.
    More,
    /// What decided the verdict and what would change it.
    Why,
    /// Copy a link, a summary or the embed snippet.
    Share,
}

/// Which sections have been opened; once built, a section stays built.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Opened {
    pub more: bool,
    pub why: bool,
    pub share: bool,
}

impl Opened {
    fn slot(&mut self, section: Section) -> &mut bool {
        match section {
            Section::More => &mut self.more,
            Section::Why => &mut self.why,
            Section::Share => &mut self.share,
        }
    }
}

pub enum Action {
    SetWeight(usize, u8),
    ApplyPreset(&'static str),
    Load(Vec<u8>, Vec<Notice>),
    DismissNotices,
    Copied(Copied),
    ToggleEmbed,
    Open(Section),
}

impl WidgetState {
    fn loaded(weights: Vec<u8>, notices: Vec<Notice>, opened: Opened) -> Self {
        WidgetState {
            weights,
            notices,
            changed_by_reader: false,
            copied: Copied::Nothing,
            show_embed: false,
            opened,
        }
    }
}

impl Reducible for WidgetState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::SetWeight(index, weight) => {
                if next.weights.get(index) == Some(&weight) {
                    return self;
                }
                if let Some(slot) = next.weights.get_mut(index) {
                    *slot = weight.min(10);
                    next.changed_by_reader = true;
                }
            }
            Action::ApplyPreset(id) => {
                if let Some(preset) = DATASET.preset(id) {
                    next.weights = preset.weights.to_vec();
                    next.changed_by_reader = true;
                }
            }
            Action::Load(weights, notices) => {
                // An open section stays open in the page, so its content
                // must stay too.
                next = WidgetState::loaded(weights, notices, next.opened);
            }
            Action::DismissNotices => next.notices.clear(),
            Action::Copied(copied) => next.copied = copied,
            Action::ToggleEmbed => next.show_embed = !next.show_embed,
            Action::Open(section) => {
                let slot = next.opened.slot(section);
                if *slot {
                    return self;
                }
                *slot = true;
            }
        }
        Rc::new(next)
    }
}

/// The state an element starts in: its attributes, or on the standalone
/// page a shared link in the address bar, else the reader's saved weights.
fn initial_state(attributes: &Attributes, host: &dyn Host) -> WidgetState {
    let (weights, notices) = from_attributes(attributes);
    // Everything but the verdict and the primary sliders starts closed, on
    // the standalone page too: the widget's height at load is then the same
    // whatever the weights, which lets the loader hold exactly that space.
    let opened = Opened::default();
    if attributes.standalone {
        if let Some((weights, notices)) = codec::parse_query(&DATASET, &host.page_query()) {
            return WidgetState::loaded(weights, notices, opened);
        }
        if let Some(saved) = host.load_saved() {
            let mut restored = DATASET.default_weights();
            // Garbage in storage is ignored silently: the reader did not
            // write it and cannot fix it.
            if codec::apply_weights(&DATASET, &saved, &mut restored).is_empty() {
                return WidgetState::loaded(restored, Vec::new(), opened);
            }
        }
    }
    WidgetState::loaded(weights, notices, opened)
}

fn from_attributes(attributes: &Attributes) -> (Vec<u8>, Vec<Notice>) {
    let (weights, mut notices) = codec::resolve(
        &DATASET,
        attributes.preset.as_deref(),
        attributes.weights.as_deref(),
    );
    notices.extend(codec::parse_theme(attributes.theme.as_deref()).1);
    (weights, notices)
}

/// The standalone page an embedded widget links to: the `share-url`
/// attribute when it is a web address, else the folder the bundle came from.
pub fn share_page(share_url: Option<&str>, host: &dyn Host) -> String {
    share_url
        .filter(|url| url.starts_with("https://") || url.starts_with("http://"))
        .map_or_else(|| host.bundle_address(), str::to_owned)
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
        let attributes = props.attributes.clone();
        let host = host.clone();
        use_reducer(move || initial_state(&attributes, host.0.as_ref()))
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
            let (weights, notices) = from_attributes(attributes);
            state.dispatch(Action::Load(weights, notices));
        });
    }

    let analysis = report::analyse(&DATASET, &state.weights);

    // Tell the page the verdict, and on the standalone page keep the address
    // bar (and, once the reader has moved something, storage) in step. The
    // verdict and scores come from this render's analysis, not a second run
    // of the model.
    {
        let host = host.clone();
        let standalone = props.attributes.standalone;
        let evaluation = &analysis.evaluation;
        let deps = (
            state.weights.clone(),
            state.changed_by_reader,
            verdict_id(&DATASET, evaluation.verdict),
            evaluation.totals,
            analysis.robustness.map(|r| r.robust),
        );
        use_effect_with(deps, move |(weights, changed, verdict, scores, robust)| {
            host.0.report(&VerdictReport {
                verdict: *verdict,
                scores: *scores,
                weights,
                robust: *robust,
            });
            if standalone {
                host.0.replace_query(weights);
                if *changed {
                    host.0.save(weights);
                }
            }
        });
    }

    // The sources live on the standalone page, beside the widget there.
    // Worked out when the attributes change, not on every step.
    let sources_link = {
        let host = host.clone();
        let deps = (
            props.attributes.standalone,
            props.attributes.share_url.clone(),
        );
        use_memo(deps, move |(standalone, share_url)| -> AttrValue {
            if *standalone {
                AttrValue::Static("#sources")
            } else {
                format!(
                    "{}#sources",
                    share_page(share_url.as_deref(), host.0.as_ref())
                )
                .into()
            }
        })
    };
    let active_preset = codec::matching_preset(&DATASET, &state.weights);

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
            let weights = &state.weights;
            // An embedded widget links to its standalone page, never the host's.
            let page = if attributes.standalone {
                host.0.page_address()
            } else {
                share_page(attributes.share_url.as_deref(), host.0.as_ref())
            };
            let link = share_link(&DATASET, &page, weights);
            let (text, done) = match what {
                CopyWhat::Link => (link, "Link copied."),
                CopyWhat::Summary => (
                    summary_markdown(&DATASET, weights, &link),
                    "Summary copied as Markdown.",
                ),
                CopyWhat::Snippet => (
                    embed_snippet(&DATASET, &host.0.bundle_address(), weights),
                    "Embed snippet copied.",
                ),
                CopyWhat::Frame => (
                    frame_snippet(&DATASET, &host.0.bundle_address(), weights),
                    "Iframe snippet copied.",
                ),
            };
            let state = state.clone();
            let shown = text.clone();
            host.0.copy(
                text,
                Callback::from(move |ok| {
                    state.dispatch(Action::Copied(if ok {
                        Copied::Done(done)
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
        let bundle = host.0.bundle_address();
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
    let more_count = if more_weighted > 0 {
        format!(
            " ({} more, {more_weighted} in use)",
            positions(false).count()
        )
    } else {
        format!(" ({} more)", positions(false).count())
    };
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
            <h2 class="title">{ "Python or Node.js for your backend?" }</h2>
            { notices(&NoticesProps { notices: &state.notices, ondismiss: on_dismiss }) }
            <div class="layout">
                <div class="controls">
                    { presets(&PresetsProps { active: active_preset, onselect: on_preset }) }
                    <fieldset class="sliders">
                        <legend>{ "How much does each matter to you? (0 to 10)" }</legend>
                        <p class="hint scale">{ SCALE_NOTE }</p>
                        { for positions(true).map(slider) }
                    </fieldset>
                    <details class="panel more" ontoggle={on_open(Section::More)}>
                        <summary onclick={on_open(Section::More).reform(MouseEvent::into)}>
                            { "More criteria" }
                            <span class="count">{ more_count }</span>
                        </summary>
                        if opened.more {
                            <fieldset class="sliders">
                                <legend class="visually-hidden">{ "More criteria (0 to 10)" }</legend>
                                { for positions(false).map(slider) }
                            </fieldset>
                        }
                    </details>
                </div>
                <div class="side">
                    { verdict_panel(&VerdictPanelProps {
                        evaluation: &analysis.evaluation,
                        robustness: analysis.robustness.as_ref(),
                    }) }
                    <details class="panel why-panel" ontoggle={on_open(Section::Why)}>
                        <summary onclick={on_open(Section::Why).reform(MouseEvent::into)}>{ "Why, and what would change it" }</summary>
                        if opened.why {
                            <div class="panel-body">
                                <p class="why">{ explanation(&DATASET, &analysis.evaluation) }</p>
                                { evidence_check(&EvidenceCheckProps {
                                    verdict: analysis.evaluation.verdict,
                                    robustness: analysis.robustness.as_ref(),
                                    weights: &state.weights,
                                }) }
                                { breakdown(&BreakdownProps {
                                    evaluation: &analysis.evaluation,
                                    weights: &state.weights,
                                }) }
                                { what_would_change(&WhatWouldChangeProps {
                                    sensitivities: &analysis.sensitivities,
                                    verdict: analysis.evaluation.verdict,
                                }) }
                            </div>
                        }
                    </details>
                    <details class="panel share-panel" ontoggle={on_open(Section::Share)}>
                        <summary onclick={on_open(Section::Share).reform(MouseEvent::into)}>{ "Share or embed this result" }</summary>
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
                <a href={(*sources_link).clone()}>{ "Sources, quotes and evidence" }</a>
            </footer>
        </div>
    }
}
