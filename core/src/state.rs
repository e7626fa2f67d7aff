//! The widget's state, the actions that change it and the rules it starts
//! from: which of the attributes, a shared link and the reader's saved
//! weights wins. Plain Rust, so every rule is tested natively; the app
//! wraps [`WidgetState::reduce`] for Yew and renders the result.

use crate::codec::{self, Notice};
use crate::data::DataSet;
use crate::links::{embed_snippet, frame_snippet, share_link, CopyWhat};
use crate::report::analyse;
use crate::words::summary_markdown;

/// The element's attributes, as the glue reads them.
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

/// Where the standalone page remembers the reader's last weights (in
/// `localStorage`, as `codec::format_weights` writes them).
pub const STORAGE_KEY: &str = "backend-verdict:weights";

/// What the state rules read from the page around the widget. The app's
/// host implements it with the browser; the tests, with plain values.
pub trait Page {
    /// The page's query string (read on the standalone page only).
    fn query(&self) -> String;
    /// The weights the reader saved on an earlier visit, as written.
    fn saved(&self) -> Option<String>;
    /// The page's full address.
    fn address(&self) -> String;
    /// The address of the folder the bundle came from, ending in `/`.
    fn bundle_address(&self) -> String;
}

/// The widget's collapsed sections.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Section {
    /// The sliders beyond the primary ones.
    More,
    /// What decided the verdict and what would change it.
    Why,
    /// Copy a link, a summary or the embed snippet.
    Share,
}

/// Which sections have been opened; once built, a section stays built.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
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

/// The outcome of the last copy, shown in words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Copied {
    Nothing,
    /// What reached the clipboard (the words for it are `words::copied`).
    Done(CopyWhat),
    /// The clipboard refused; the text is shown to copy by hand.
    Failed(String),
}

/// The reader's weights, what was ignored on the way in, and the state of
/// the sections and the share panel.
#[derive(Clone, Debug, PartialEq)]
pub struct WidgetState {
    pub weights: Vec<u8>,
    pub notices: Vec<Notice>,
    /// The reader moved something since the state was loaded; only then is
    /// anything saved for the next visit.
    pub changed_by_reader: bool,
    pub copied: Copied,
    pub show_embed: bool,
    /// The collapsed sections the reader has opened at least once. Until
    /// then a section's content is not built at all: a closed section shows
    /// nothing, and building it would cost every step of a slider.
    pub opened: Opened,
}

/// Everything that changes the state.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    SetWeight(usize, u8),
    ApplyPreset(&'static str),
    /// New weights from outside (the host changed an attribute).
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

    /// The state after `action`, or `None` when nothing changes (so the
    /// app renders nothing again).
    pub fn reduce(&self, data: &DataSet, action: Action) -> Option<WidgetState> {
        let mut next = self.clone();
        match action {
            Action::SetWeight(index, weight) => {
                let slot = next.weights.get_mut(index)?;
                let weight = weight.min(crate::model::MAX_WEIGHT as u8);
                if *slot == weight {
                    return None;
                }
                *slot = weight;
                next.changed_by_reader = true;
            }
            Action::ApplyPreset(id) => {
                next.weights = data.preset(id)?.weights.to_vec();
                next.changed_by_reader = true;
            }
            Action::Load(weights, notices) => {
                // An open section stays open in the page, so its content
                // must stay too.
                next = WidgetState::loaded(weights, notices, self.opened);
            }
            Action::DismissNotices => next.notices.clear(),
            Action::Copied(copied) => next.copied = copied,
            Action::ToggleEmbed => next.show_embed = !next.show_embed,
            Action::Open(section) => {
                let slot = next.opened.slot(section);
                if *slot {
                    return None;
                }
                *slot = true;
            }
        }
        (next != *self).then_some(next)
    }
}

/// The weights the attributes ask for, and what in them was ignored.
pub fn from_attributes(data: &DataSet, attributes: &Attributes) -> (Vec<u8>, Vec<Notice>) {
    let (weights, mut notices) = codec::resolve(
        data,
        attributes.preset.as_deref(),
        attributes.weights.as_deref(),
    );
    notices.extend(codec::parse_theme(attributes.theme.as_deref()).1);
    (weights, notices)
}

/// The state an element starts in. An embedded widget follows its
/// attributes alone. The standalone page follows a shared link in its
/// address bar first (without overwriting the saved weights: nothing is
/// saved until the reader moves something), else the weights the reader
/// saved last time, else its attributes.
pub fn initial_state(data: &DataSet, attributes: &Attributes, page: &dyn Page) -> WidgetState {
    // Everything but the verdict and the primary sliders starts closed, on
    // the standalone page too: the widget's height at load is then the same
    // whatever the weights, which lets the loader hold exactly that space.
    let opened = Opened::default();
    if attributes.standalone {
        if let Some((weights, notices)) = codec::parse_query(data, &page.query()) {
            return WidgetState::loaded(weights, notices, opened);
        }
        if let Some(saved) = page.saved() {
            let mut restored = data.default_weights();
            // Garbage in storage is ignored silently: the reader did not
            // write it and cannot fix it.
            if codec::apply_weights(data, &saved, &mut restored).is_empty() {
                return WidgetState::loaded(restored, Vec::new(), opened);
            }
        }
    }
    let (weights, notices) = from_attributes(data, attributes);
    WidgetState::loaded(weights, notices, opened)
}

/// The state once the widget takes over from the copy of it the page drew
/// at build time: the sliders the reader had already moved there
/// (`moved`, an `id:value` list as the `weights` attribute takes) keep
/// their values, as if moved in the widget. The list comes from our own
/// markup, so whatever in it cannot be read is passed over in silence.
pub fn carry_over(data: &DataSet, state: WidgetState, moved: &str) -> WidgetState {
    let mut weights = state.weights.clone();
    codec::apply_weights(data, moved, &mut weights);
    weights
        .iter()
        .enumerate()
        .fold(state, |state, (index, &weight)| {
            state
                .reduce(data, Action::SetWeight(index, weight))
                .unwrap_or(state)
        })
}

/// The standalone page an embedded widget links to: the `share-url`
/// attribute when it is a web address, else the folder the bundle came from.
pub fn share_page(share_url: Option<&str>, page: &dyn Page) -> String {
    share_url
        .filter(|url| url.starts_with("https://") || url.starts_with("http://"))
        .map_or_else(|| page.bundle_address(), str::to_owned)
}

/// Where "Sources, quotes and evidence" leads: the sources live on the
/// standalone page, beside the widget there.
pub fn sources_link(attributes: &Attributes, page: &dyn Page) -> String {
    if attributes.standalone {
        "#sources".to_owned()
    } else {
        format!(
            "{}#sources",
            share_page(attributes.share_url.as_deref(), page)
        )
    }
}

/// The text a copy button puts on the clipboard for these weights. An
/// embedded widget's link leads to its standalone page, never to the host's
/// page.
pub fn copy_text(
    data: &DataSet,
    what: CopyWhat,
    attributes: &Attributes,
    page: &dyn Page,
    weights: &[u8],
) -> String {
    let link = || {
        let target = if attributes.standalone {
            page.address()
        } else {
            share_page(attributes.share_url.as_deref(), page)
        };
        share_link(data, &target, weights)
    };
    match what {
        CopyWhat::Link => link(),
        CopyWhat::Summary => summary_markdown(data, weights, &analyse(data, weights), &link()),
        CopyWhat::Snippet => embed_snippet(data, &page.bundle_address(), weights),
        CopyWhat::Frame => frame_snippet(data, &page.bundle_address(), weights),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::DATASET;

    /// A page with a fixed address, query and saved weights.
    struct FakePage {
        query: &'static str,
        saved: Option<&'static str>,
    }

    impl Page for FakePage {
        fn query(&self) -> String {
            self.query.to_owned()
        }
        fn saved(&self) -> Option<String> {
            self.saved.map(str::to_owned)
        }
        fn address(&self) -> String {
            format!("https://example.org/verdict/{}#top", self.query)
        }
        fn bundle_address(&self) -> String {
            "https://cdn.example.org/bv/".to_owned()
        }
    }

    const NOTHING: FakePage = page("", None);

    /// A page with this query whose reader saved these weights, if any.
    const fn page(query: &'static str, saved: Option<&'static str>) -> FakePage {
        FakePage { query, saved }
    }

    fn standalone() -> Attributes {
        Attributes {
            standalone: true,
            ..Attributes::default()
        }
    }

    /// The start of an embedded widget with these attributes.
    fn embedded_with(set: impl FnOnce(&mut Attributes)) -> WidgetState {
        let mut attributes = Attributes::default();
        set(&mut attributes);
        initial_state(&DATASET, &attributes, &NOTHING)
    }

    fn preset_weights(id: &str) -> Vec<u8> {
        DATASET.preset(id).expect("a preset").weights.to_vec()
    }

    #[test]
    fn an_embed_starts_from_its_attributes_and_ignores_link_and_storage() {
        let attributes = Attributes {
            preset: Some("realtime".into()),
            ..Attributes::default()
        };
        let page = page("?preset=ai-ml", Some("performance:1"));
        let state = initial_state(&DATASET, &attributes, &page);
        assert_eq!(state.weights, preset_weights("realtime"));
        assert!(state.notices.is_empty());
        assert!(!state.changed_by_reader);
    }

    #[test]
    fn on_the_standalone_page_a_shared_link_wins_over_saved_weights() {
        let page = page("?preset=ai-ml", Some("performance:1"));
        let state = initial_state(&DATASET, &standalone(), &page);
        assert_eq!(state.weights, preset_weights("ai-ml"));
        // Loading a link is not the reader's move: nothing gets saved over
        // what they saved before.
        assert!(!state.changed_by_reader);
    }

    #[test]
    fn without_a_link_the_standalone_page_restores_saved_weights() {
        let page = page("?utm_source=x", Some("performance:1,cost:9"));
        let state = initial_state(&DATASET, &standalone(), &page);
        let mut expected = DATASET.default_weights();
        expected[DATASET.criterion_index("performance").unwrap()] = 1;
        expected[DATASET.criterion_index("cost").unwrap()] = 9;
        assert_eq!(state.weights, expected);
        assert!(state.notices.is_empty());
    }

    #[test]
    fn broken_saved_weights_are_ignored_without_a_notice() {
        let page = page("", Some("performance:lots"));
        let state = initial_state(&DATASET, &standalone(), &page);
        assert_eq!(state.weights, DATASET.default_weights());
        assert!(state.notices.is_empty());
    }

    #[test]
    fn a_bad_link_keeps_what_it_can_and_says_what_it_ignored() {
        let page = page("?preset=nope&weights=cost:9", Some("performance:1"));
        let state = initial_state(&DATASET, &standalone(), &page);
        assert_eq!(
            state.notices,
            vec![Notice::UnknownPreset("nope".to_owned())]
        );
        assert_eq!(state.weights[DATASET.criterion_index("cost").unwrap()], 9);
    }

    #[test]
    fn a_bad_theme_attribute_is_a_notice() {
        let state = embedded_with(|a| a.theme = Some("neon".into()));
        assert_eq!(state.notices, vec![Notice::UnknownTheme("neon".to_owned())]);
        assert_eq!(state.weights, DATASET.default_weights());
    }

    #[test]
    fn moving_a_slider_marks_the_state_as_the_readers_and_clamps() {
        let state = initial_state(&DATASET, &Attributes::default(), &NOTHING);
        let moved = state
            .reduce(&DATASET, Action::SetWeight(0, 200))
            .expect("a change");
        assert_eq!(moved.weights[0], 10);
        assert!(moved.changed_by_reader);
        // The same value again changes nothing, and nothing re-renders.
        assert_eq!(moved.reduce(&DATASET, Action::SetWeight(0, 10)), None);
        // A slider that does not exist changes nothing either.
        assert_eq!(state.reduce(&DATASET, Action::SetWeight(99, 1)), None);
    }

    #[test]
    fn a_preset_sets_every_weight_and_an_unknown_one_nothing() {
        let state = initial_state(&DATASET, &Attributes::default(), &NOTHING);
        let next = state
            .reduce(&DATASET, Action::ApplyPreset("realtime"))
            .expect("a change");
        assert_eq!(next.weights, preset_weights("realtime"));
        assert!(next.changed_by_reader);
        assert_eq!(state.reduce(&DATASET, Action::ApplyPreset("nope")), None);
    }

    #[test]
    fn new_attributes_reset_the_state_but_keep_open_sections_open() {
        let state = initial_state(&DATASET, &Attributes::default(), &NOTHING)
            .reduce(&DATASET, Action::Open(Section::Why))
            .unwrap()
            .reduce(&DATASET, Action::SetWeight(0, 1))
            .unwrap()
            .reduce(&DATASET, Action::ToggleEmbed)
            .unwrap();
        let loaded = state
            .reduce(&DATASET, Action::Load(preset_weights("web-api"), vec![]))
            .unwrap();
        assert_eq!(loaded.weights, preset_weights("web-api"));
        assert!(loaded.opened.why);
        assert!(!loaded.changed_by_reader);
        assert!(!loaded.show_embed);
    }

    #[test]
    fn a_section_opens_once_and_notices_can_be_dismissed() {
        let state = embedded_with(|a| a.preset = Some("nope".into()));
        let open = state.reduce(&DATASET, Action::Open(Section::More)).unwrap();
        assert!(open.opened.more && !open.opened.why && !open.opened.share);
        assert_eq!(open.reduce(&DATASET, Action::Open(Section::More)), None);
        assert_eq!(state.notices.len(), 1);
        let dismissed = state.reduce(&DATASET, Action::DismissNotices).unwrap();
        assert!(dismissed.notices.is_empty());
    }

    #[test]
    fn an_embed_links_to_its_share_url_only_when_it_is_a_web_address() {
        assert_eq!(
            share_page(Some("https://blog.example/verdict/"), &NOTHING),
            "https://blog.example/verdict/"
        );
        for bad in [Some("javascript:alert(1)"), Some("/relative/"), None] {
            assert_eq!(share_page(bad, &NOTHING), "https://cdn.example.org/bv/");
        }
        assert_eq!(sources_link(&standalone(), &NOTHING), "#sources");
        assert_eq!(
            sources_link(&Attributes::default(), &NOTHING),
            "https://cdn.example.org/bv/#sources"
        );
    }

    #[test]
    fn copied_links_lead_to_the_standalone_page_never_the_host() {
        let weights = preset_weights("realtime");
        let page = page("?preset=ai-ml&ref=blog", None);
        let copy =
            |what, attributes: &Attributes| copy_text(&DATASET, what, attributes, &page, &weights);
        let embedded = Attributes::default();
        let link = copy(CopyWhat::Link, &embedded);
        assert!(link.starts_with("https://cdn.example.org/bv/?preset=realtime&weights="));
        let own = copy(CopyWhat::Link, &standalone());
        assert!(own.starts_with("https://example.org/verdict/?preset=realtime&"));
        assert!(!own.contains("ref=blog") && !own.contains("#top"));
        let snippet = copy(CopyWhat::Snippet, &embedded);
        assert!(snippet.contains("src=\"https://cdn.example.org/bv/embed.js\""));
        assert!(snippet.contains("preset=\"realtime\""));
    }

    #[test]
    fn sliders_moved_before_the_takeover_keep_their_values_as_the_readers_own() {
        let start = embedded_with(|_| ());
        let first = DATASET.criteria[0].id;
        let moved = format!("{first}:{}", (start.weights[0] + 3) % 11);
        let state = carry_over(&DATASET, start.clone(), &moved);
        assert_eq!(state.weights[0], (start.weights[0] + 3) % 11);
        assert_eq!(state.weights[1..], start.weights[1..]);
        assert!(
            state.changed_by_reader,
            "the reader moved it, so it may be saved"
        );
    }

    #[test]
    fn nothing_moved_or_nothing_readable_leaves_the_start_untouched() {
        let start = embedded_with(|a| a.preset = Some("realtime".into()));
        for moved in ["", "no-such-criterion:4", "garbage", "performance:eleven"] {
            let state = carry_over(&DATASET, start.clone(), moved);
            assert_eq!(state, start, "{moved:?}");
        }
    }
}
