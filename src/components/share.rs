//! Copy a link, a Markdown summary or an embed snippet (script or iframe) for
//! this result.

use verdict_core::links::CopyWhat;
use verdict_core::state::Copied;
use verdict_core::words::{
    copied, COPY_FAILED, COPY_FRAME, COPY_LINK, COPY_SNIPPET, COPY_SUMMARY, EMBED_THIS,
    PASTE_FRAME, PASTE_SNIPPET, TEXT_TO_COPY,
};
use yew::prelude::*;

/// What the share panel shows and where its buttons lead.
pub struct ShareProps<'a> {
    pub copied: &'a Copied,
    /// The two embed snippets (script, iframe), while "Embed this" is open.
    pub embed_snippets: Option<&'a (String, String)>,
    pub oncopy: Callback<CopyWhat>,
    pub ontoggle_embed: Callback<()>,
}

pub fn share(props: &ShareProps) -> Html {
    let copy = |what: CopyWhat| props.oncopy.reform(move |_| what);
    let toggle_embed = props.ontoggle_embed.reform(|_| ());
    html! {
        <div class="share">
            <div class="share-buttons">
                <button type="button" data-copy="link" onclick={copy(CopyWhat::Link)}>{ COPY_LINK }</button>
                <button type="button" data-copy="summary" onclick={copy(CopyWhat::Summary)}>{ COPY_SUMMARY }</button>
                <button type="button" aria-expanded={props.embed_snippets.is_some().to_string()} onclick={toggle_embed}>{ EMBED_THIS }</button>
            </div>
            <p class="copy-status" role="status">
                { match props.copied {
                    Copied::Nothing => "",
                    Copied::Done(what) => copied(*what),
                    Copied::Failed(_) => COPY_FAILED,
                } }
            </p>
            if let Copied::Failed(text) = props.copied {
                <textarea class="manual-copy" readonly=true aria-label={TEXT_TO_COPY} value={text.clone()} />
            }
            if let Some((script, frame)) = props.embed_snippets {
                <div class="embed">
                    <label for="embed-snippet">{ PASTE_SNIPPET }</label>
                    <textarea id="embed-snippet" class="snippet" readonly=true value={script.clone()} />
                    <button type="button" data-copy="embed" onclick={copy(CopyWhat::Snippet)}>{ COPY_SNIPPET }</button>
                    <label for="frame-snippet">{ PASTE_FRAME }</label>
                    <textarea id="frame-snippet" class="snippet" readonly=true value={frame.clone()} />
                    <button type="button" data-copy="frame" onclick={copy(CopyWhat::Frame)}>{ COPY_FRAME }</button>
                </div>
            }
        </div>
    }
}
