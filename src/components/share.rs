//! Copy a link, a Markdown summary or the embed snippet for this result.

use verdict_core::codec::{format_weights, matching_preset};
use verdict_core::report::{share_link, summary_markdown};
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

/// What the share panel shows and where its buttons lead.
pub struct ShareProps<'a> {
    pub weights: &'a [u8],
    /// The standalone page's address (without state).
    pub page: &'a str,
    /// The folder the bundle came from, for the embed snippet.
    pub bundle: &'a str,
    pub copied: &'a Copied,
    pub show_embed: bool,
    /// Asks the host to copy `text`, announcing `what` when it worked.
    pub oncopy: Callback<(String, &'static str)>,
    pub ontoggle_embed: Callback<()>,
}

/// The embed snippet for this state: the loader and one element.
fn snippet(bundle: &str, weights: &[u8]) -> String {
    let state = match matching_preset(&DATASET, weights) {
        Some(preset) => format!(r#"preset="{preset}""#),
        None => format!(r#"weights="{}""#, format_weights(&DATASET, weights)),
    };
    format!(
        "<script type=\"module\" src=\"{bundle}embed.js\"></script>\n<backend-verdict {state}></backend-verdict>"
    )
}

pub fn share(props: &ShareProps) -> Html {
    let link = share_link(&DATASET, props.page, props.weights);
    let embed = snippet(props.bundle, props.weights);
    let summary = summary_markdown(&DATASET, props.weights, &link);
    let copy = |text: String, what: &'static str| {
        let oncopy = props.oncopy.clone();
        Callback::from(move |_| oncopy.emit((text.clone(), what)))
    };
    let toggle_embed = props.ontoggle_embed.reform(|_| ());
    html! {
        <div class="share">
            <h3 id="share-title" class="group-title">{ "Share this result" }</h3>
            <div class="share-buttons">
                <button type="button" data-copy="link" onclick={copy(link, "Link copied.")}>{ "Copy link" }</button>
                <button type="button" data-copy="summary" onclick={copy(summary, "Summary copied as Markdown.")}>{ "Copy summary" }</button>
                <button type="button" aria-expanded={props.show_embed.to_string()} onclick={toggle_embed}>{ "Embed this" }</button>
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
            if props.show_embed {
                <div class="embed">
                    <label for="embed-snippet">{ "Paste this into your page:" }</label>
                    <textarea id="embed-snippet" class="snippet" readonly=true value={embed.clone()} />
                    <button type="button" data-copy="embed" onclick={copy(embed, "Embed snippet copied.")}>{ "Copy snippet" }</button>
                </div>
            }
        </div>
    }
}
