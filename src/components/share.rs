//! Copy a link, a Markdown summary or an embed snippet (script or iframe) for
//! this result.

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
    /// The script embed.
    Snippet,
    /// The iframe embed.
    Frame,
}

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
                <button type="button" data-copy="link" onclick={copy(CopyWhat::Link)}>{ "Copy link" }</button>
                <button type="button" data-copy="summary" onclick={copy(CopyWhat::Summary)}>{ "Copy summary" }</button>
                <button type="button" aria-expanded={props.embed_snippets.is_some().to_string()} onclick={toggle_embed}>{ "Embed this" }</button>
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
            if let Some((script, frame)) = props.embed_snippets {
                <div class="embed">
                    <label for="embed-snippet">{ "Paste this into your page:" }</label>
                    <textarea id="embed-snippet" class="snippet" readonly=true value={script.clone()} />
                    <button type="button" data-copy="embed" onclick={copy(CopyWhat::Snippet)}>{ "Copy snippet" }</button>
                    <label for="frame-snippet">{ "No scripts allowed? An iframe (the script line sizes it, where one is allowed):" }</label>
                    <textarea id="frame-snippet" class="snippet" readonly=true value={frame.clone()} />
                    <button type="button" data-copy="frame" onclick={copy(CopyWhat::Frame)}>{ "Copy iframe" }</button>
                </div>
            }
        </div>
    }
}
