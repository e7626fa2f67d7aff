//! Copy a link, a Markdown summary or the embed snippet for this result.

use verdict_core::codec::{format_weights, matching_preset};
use verdict_core::DATASET;
use yew::prelude::*;

/// The outcome of the last copy, shown in words.
#[derive(Clone, Debug, PartialEq)]
pub enum Copied {
    Nothing,
    Done(&'static str),
    /// The clipboard refused; the text is shown to copy by hand.
    Failed(String),
}

/// What a copy button copies.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum CopyWhat {
    Link,
    Summary,
    Snippet,
}

/// What the share panel shows and where its buttons lead.
pub struct ShareProps<'a> {
    pub copied: &'a Copied,
    /// The embed snippet, while "Embed this" is open.
    pub embed_snippet: Option<&'a str>,
    pub oncopy: Callback<CopyWhat>,
    pub ontoggle_embed: Callback<()>,
}

/// The embed snippet for this state: the loader and one element.
pub fn snippet(bundle: &str, weights: &[u8]) -> String {
    let state = match matching_preset(&DATASET, weights) {
        Some(preset) => format!(r#"preset="{preset}""#),
        None => format!(r#"weights="{}""#, format_weights(&DATASET, weights)),
    };
    format!(
        "<script type=\"module\" src=\"{bundle}embed.js\"></script>\n<backend-verdict {state}></backend-verdict>"
    )
}

pub fn share(props: &ShareProps) -> Html {
    let copy = |what: CopyWhat| props.oncopy.reform(move |_| what);
    let toggle_embed = props.ontoggle_embed.reform(|_| ());
    html! {
        <div class="share">
            <div class="share-buttons">
                <button type="button" data-copy="link" onclick={copy(CopyWhat::Link)}>{ "Copy link" }</button>
                <button type="button" data-copy="summary" onclick={copy(CopyWhat::Summary)}>{ "Copy summary" }</button>
                <button type="button" aria-expanded={props.embed_snippet.is_some().to_string()} onclick={toggle_embed}>{ "Embed this" }</button>
            </div>
            <p class="copy-status" role="status">
                { match props.copied {
                    Copied::Nothing => "",
                    Copied::Done(message) => message,
                    Copied::Failed(_) => "The clipboard is not available here; select the text below and copy it.",
                } }
            </p>
            if let Copied::Failed(text) = props.copied {
                <textarea class="manual-copy" readonly=true aria-label="Text to copy" value={text.clone()} />
            }
            if let Some(embed) = props.embed_snippet {
                <div class="embed">
                    <label for="embed-snippet">{ "Paste this into your page:" }</label>
                    <textarea id="embed-snippet" class="snippet" readonly=true value={embed.to_owned()} />
                    <button type="button" data-copy="embed" onclick={copy(CopyWhat::Snippet)}>{ "Copy snippet" }</button>
                </div>
            }
        </div>
    }
}
