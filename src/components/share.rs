//! Copy a link, a Markdown summary or the embed snippet for this result.

use verdict_core::codec::{format_weights, matching_preset};
use verdict_core::report::{share_link, summary_markdown};
use verdict_core::DATASET;
use yew::prelude::*;

use crate::app::HostRef;

#[derive(Clone, PartialEq, Properties)]
pub struct SharePanelProps {
    pub weights: Vec<u8>,
    pub host: HostRef,
    pub standalone: bool,
    pub share_url: Option<String>,
}

/// The outcome of the last copy, shown in words.
#[derive(Clone, PartialEq)]
enum Copied {
    Nothing,
    Done(&'static str),
    /// The clipboard refused; the text is shown to copy by hand.
    Failed(String),
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

#[component]
pub fn SharePanel(props: &SharePanelProps) -> Html {
    let copied = use_state(|| Copied::Nothing);
    let show_embed = use_state(|| false);
    let host = &props.host.0;
    // An embedded widget links to its standalone page, never the host's.
    let page = if props.standalone {
        host.page_address()
    } else {
        props
            .share_url
            .clone()
            .filter(|url| url.starts_with("https://") || url.starts_with("http://"))
            .unwrap_or_else(|| host.bundle_address())
    };
    let link = share_link(&DATASET, &page, &props.weights);
    let embed = snippet(&host.bundle_address(), &props.weights);

    let copy = |text: String, what: &'static str| {
        let copied = copied.clone();
        let host = props.host.clone();
        Callback::from(move |_| {
            let copied = copied.clone();
            let shown = text.clone();
            host.0.copy(
                text.clone(),
                Callback::from(move |ok| {
                    copied.set(if ok {
                        Copied::Done(what)
                    } else {
                        Copied::Failed(shown.clone())
                    })
                }),
            );
        })
    };
    let toggle_embed = {
        let show_embed = show_embed.clone();
        Callback::from(move |_| show_embed.set(!*show_embed))
    };
    let summary = summary_markdown(&DATASET, &props.weights, &link);

    html! {
        <section class="share" aria-labelledby="share-title">
            <h3 id="share-title" class="group-title">{ "Share this result" }</h3>
            <div class="share-buttons">
                <button type="button" data-copy="link" onclick={copy(link.clone(), "Link copied.")}>{ "Copy link" }</button>
                <button type="button" data-copy="summary" onclick={copy(summary, "Summary copied as Markdown.")}>{ "Copy summary" }</button>
                <button type="button" aria-expanded={show_embed.to_string()} onclick={toggle_embed}>{ "Embed this" }</button>
            </div>
            <p class="copy-status" role="status">
                { match &*copied {
                    Copied::Nothing => String::new(),
                    Copied::Done(message) => (*message).to_owned(),
                    Copied::Failed(_) => "The clipboard is not available here; select the text below and copy it.".to_owned(),
                } }
            </p>
            if let Copied::Failed(text) = &*copied {
                <textarea class="manual-copy" readonly=true aria-label="Text to copy" value={text.clone()} />
            }
            if *show_embed {
                <div class="embed">
                    <label for="embed-snippet">{ "Paste this into your page:" }</label>
                    <textarea id="embed-snippet" class="snippet" readonly=true value={embed.clone()} />
                    <button type="button" data-copy="embed" onclick={copy(embed, "Embed snippet copied.")}>{ "Copy snippet" }</button>
                </div>
            }
        </section>
    }
}
