//! What was ignored in the attributes or the link, in one polite note.

use verdict_core::codec::Notice;
use yew::prelude::*;

/// What the view shows.
pub struct NoticesProps<'a> {
    pub notices: &'a [Notice],
    pub ondismiss: Callback<()>,
}

pub fn notices(props: &NoticesProps) -> Html {
    if props.notices.is_empty() {
        return html! {};
    }
    let ondismiss = props.ondismiss.reform(|_| ());
    html! {
        <div class="notice" role="note" part="notice">
            <p>{ "Some settings could not be used, so defaults stand in for them:" }</p>
            <ul>
                { for props.notices.iter().map(|notice| html! { <li>{ capitalise(&notice.to_string()) }{ "." }</li> }) }
            </ul>
            <button type="button" class="link-button" onclick={ondismiss}>{ "Dismiss" }</button>
        </div>
    }
}

/// Sentences start with a capital. The notices start with ASCII words, so
/// ASCII case suffices (Unicode case tables cost the bundle kilobytes).
fn capitalise(text: &str) -> String {
    let mut text = text.to_owned();
    if let Some(first) = text.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    text
}
