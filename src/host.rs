//! What the app needs from the page around it. The glue implements [`Host`]
//! with the browser; nothing else in the app touches the browser.

use std::rc::Rc;

use verdict_core::state::Page;
use yew::Callback;

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

/// The page around one element: what the state rules read ([`Page`]) and
/// what the app tells it.
pub trait Host: Page {
    /// Reflects the verdict on the element and tells the page.
    fn report(&self, report: &VerdictReport);
    /// Puts text on the clipboard, then says whether it worked.
    fn copy(&self, text: String, done: Callback<bool>);
    /// Puts these weights in the page's query without adding a history
    /// entry, once the reader pauses.
    fn replace_query(&self, weights: &[u8]);
    /// Remembers these weights for the reader's next visit, once the reader
    /// pauses.
    fn save(&self, weights: &[u8]);
}

/// A shared [`Host`]; equal when it is the same host. It reads as the host
/// itself (`host.report(…)`).
#[derive(Clone)]
pub struct HostRef(Rc<dyn Host>);

impl HostRef {
    pub fn new(host: impl Host + 'static) -> Self {
        Self(Rc::new(host))
    }
}

impl std::ops::Deref for HostRef {
    type Target = dyn Host + 'static;

    fn deref(&self) -> &(dyn Host + 'static) {
        &*self.0
    }
}

impl PartialEq for HostRef {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}
