//! The links and snippets a reader copies, and which one a copy button
//! copies: the share link, the script embed and the iframe embed, each
//! opening the widget on the same weights.

use crate::codec::{format_weights, matching_preset, to_query};
use crate::data::DataSet;
use crate::format::escape;
use crate::labels::FRAME_TITLE;

/// What a copy button copies.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CopyWhat {
    Link,
    Summary,
    /// The script embed.
    Snippet,
    /// The iframe embed.
    Frame,
}

/// The attribute (or query) that opens the widget on these weights: the
/// preset whose weights they are, else the weights themselves.
fn state_pair(data: &DataSet, weights: &[u8]) -> (&'static str, String) {
    match matching_preset(data, weights) {
        Some(preset) => ("preset", preset.to_owned()),
        None => ("weights", format_weights(data, weights)),
    }
}

/// The script embed for these weights: the loader from `bundle` (the
/// folder it is served from, ending in `/`) and the element.
pub fn embed_snippet(data: &DataSet, bundle: &str, weights: &[u8]) -> String {
    let (name, value) = state_pair(data, weights);
    format!(
        "<script type=\"module\" src=\"{bundle}embed.js\"></script>\n<backend-verdict {name}=\"{value}\"></backend-verdict>"
    )
}

/// The height an iframe of the widget gets when no helper resizes it: the
/// widget's height at load in a blog column, with room for a notice.
pub const FRAME_HEIGHT: u32 = 900;

/// An iframe of the widget alone: the iframe embed's and oEmbed's markup.
pub fn frame_tag(src: &str, title: &str) -> String {
    format!(
        "<iframe src=\"{}\" title=\"{}\" loading=\"lazy\" width=\"100%\" height=\"{FRAME_HEIGHT}\" style=\"border:0;max-width:100%\"></iframe>",
        escape(src),
        escape(title)
    )
}

/// The iframe embed for these weights, for hosts that allow no script, and
/// the one-line helper that sizes it where one script is allowed.
pub fn frame_snippet(data: &DataSet, bundle: &str, weights: &[u8]) -> String {
    let (name, value) = state_pair(data, weights);
    format!(
        "{}\n<script src=\"{bundle}frame-resize.js\" async></script>",
        frame_tag(&format!("{bundle}frame.html?{name}={value}"), FRAME_TITLE)
    )
}

/// The standalone page's address with this state in its query.
pub fn share_link(data: &DataSet, page: &str, weights: &[u8]) -> String {
    let base = page.split(['?', '#']).next().unwrap_or(page);
    format!("{base}{}", to_query(data, weights))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snippets_open_the_widget_on_the_same_weights() {
        let data = &crate::DATASET;
        let gaming = data.preset("gaming").unwrap().weights;
        let bundle = "https://example.test/bv/";
        assert_eq!(
            embed_snippet(data, bundle, gaming),
            "<script type=\"module\" src=\"https://example.test/bv/embed.js\"></script>\n<backend-verdict preset=\"gaming\"></backend-verdict>"
        );
        assert!(frame_snippet(data, bundle, gaming)
            .starts_with("<iframe src=\"https://example.test/bv/frame.html?preset=gaming\" title=\"Backend Verdict"));
        assert!(frame_snippet(data, bundle, gaming)
            .ends_with("<script src=\"https://example.test/bv/frame-resize.js\" async></script>"));
        // Weights no preset has travel as the weights themselves.
        let mut own = gaming.to_vec();
        own[0] = 1;
        let frame = frame_snippet(data, bundle, &own);
        let query = frame
            .split("frame.html?")
            .nth(1)
            .unwrap()
            .split('"')
            .next()
            .unwrap();
        let (weights, notices) = crate::codec::parse_query(data, query).unwrap();
        assert_eq!(weights, own);
        assert!(notices.is_empty());
    }
}
