//! What was ignored in the attributes or the link, in one polite note.

use verdict_core::codec::Notice;
use verdict_core::words::{notice_sentence, DISMISS, NOTICES_LEAD};
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
            <p>{ NOTICES_LEAD }</p>
            <ul>
                { for props.notices.iter().map(|notice| html! { <li>{ notice_sentence(notice) }</li> }) }
            </ul>
            <button type="button" class="link-button" onclick={ondismiss}>{ DISMISS }</button>
        </div>
    }
}
