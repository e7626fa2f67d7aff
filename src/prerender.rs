//! The build's side of the widget: renders an element's first state with
//! the app's own components (Yew's server renderer), as the declarative
//! shadow root the page carries, so a reader sees the widget and its verdict
//! at the first paint, before any script runs. The wasm then renders the
//! same state and takes the root over (`src/element.js`).
//!
//! Usage: backend-verdict [NAME=VALUE | NAME]... --stylesheet=URL
//! [--integrity=HASH] [--page=URL] with the element's attributes (`preset`,
//! `weights`, `theme`, `share-url`, `standalone`), the widget stylesheet's
//! address as the page links it and its hash, and the full page's address
//! for the line shown where the widget cannot start (left out on the full
//! page itself). Prints the `<template shadowrootmode="open">` to put first
//! inside the element. `tools/prerender.mjs` runs it for each page.

use std::process::ExitCode;

use verdict_core::format::escape;
use verdict_core::state::{initial_state, Attributes, Page, STORAGE_KEY};
use verdict_core::words::{NEEDS_SCRIPT, OPEN_FULL_PAGE};
use verdict_core::{codec, DATASET};
use yew::{Callback, LocalServerRenderer};

use crate::app::{App, AppProps, ElementProps};
use crate::host::{Host, HostRef, VerdictReport};

/// What one run renders.
#[derive(Debug, Default, PartialEq)]
struct Request {
    attributes: Attributes,
    stylesheet: String,
    integrity: Option<String>,
    page: Option<String>,
}

pub fn main() -> ExitCode {
    match parse(std::env::args().skip(1)) {
        Ok(request) => {
            print!("{}", shadow_root(&request));
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("backend-verdict: {error}");
            ExitCode::from(2)
        }
    }
}

fn parse(args: impl Iterator<Item = String>) -> Result<Request, String> {
    let mut request = Request::default();
    for arg in args {
        let (name, value) = match arg.split_once('=') {
            Some((name, value)) => (name, Some(value.to_owned())),
            None => (arg.as_str(), None),
        };
        let attributes = &mut request.attributes;
        match (name, value) {
            ("preset", value) => attributes.preset = value,
            ("weights", value) => attributes.weights = value,
            ("theme", value) => attributes.theme = value,
            ("share-url", value) => attributes.share_url = value,
            ("standalone", _) => attributes.standalone = true,
            ("--stylesheet", Some(url)) => request.stylesheet = url,
            ("--integrity", Some(hash)) => request.integrity = Some(hash),
            ("--page", Some(url)) => request.page = Some(url),
            _ => return Err(format!("unknown argument {arg:?}")),
        }
    }
    if request.stylesheet.is_empty() {
        return Err("--stylesheet=URL is required".to_owned());
    }
    Ok(request)
}

/// The element's declarative shadow root: the stylesheet, then the widget
/// box as `src/element.js` makes it, holding the app's first render and,
/// hidden until it is needed, the line for a page where it cannot start.
fn shadow_root(request: &Request) -> String {
    // In the top window, as a link in the frame would be: the full page in
    // a box the widget's size helps nobody.
    let link = request.page.as_deref().map_or(String::new(), |page| {
        format!(
            " <a href=\"{}\" target=\"_top\">{}</a>",
            escape(page),
            escape(OPEN_FULL_PAGE)
        )
    });
    // The same request as the page's own link to the stylesheet (with its
    // hash, a CORS request; without, as a frame of no origin must load it),
    // so each engine loads it once and finds it loaded here.
    let integrity = request.integrity.as_deref().map_or(String::new(), |hash| {
        format!(" integrity=\"{}\" crossorigin=\"anonymous\"", escape(hash))
    });
    format!(
        "<template shadowrootmode=\"open\"><link rel=\"stylesheet\" href=\"{}\"{integrity}>\
         <div part=\"widget\"{}><p class=\"notice needs-script\" hidden>{}{link}</p>{}</div></template>",
        escape(&request.stylesheet),
        drawn_state(request),
        escape(NEEDS_SCRIPT),
        render(request),
    )
}

/// On the standalone page, the state drawn in as the page's address and
/// its storage would hold it, so the page can tell before its first paint
/// whether a shared link or weights saved on an earlier visit ask for
/// another (`restore.js`, written by `tools/postbuild.mjs`).
fn drawn_state(request: &Request) -> String {
    if !request.attributes.standalone {
        return String::new();
    }
    let state = initial_state(&DATASET, &request.attributes, &BuildHost::default());
    format!(
        " data-query=\"{}\" data-saved=\"{}\" data-storage-key=\"{}\"",
        escape(&codec::to_query(&DATASET, &state.weights)),
        escape(&codec::format_weights(&DATASET, &state.weights)),
        escape(STORAGE_KEY),
    )
}

/// The app's first render for these attributes, as HTML.
fn render(request: &Request) -> String {
    let props = AppProps {
        element: Some(ElementProps {
            generation: 0,
            attributes: request.attributes.clone(),
            host: HostRef::new(BuildHost {
                page: request.page.clone().unwrap_or_default(),
            }),
            moved: "".into(),
        }),
    };
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a Tokio runtime on this thread");
    runtime.block_on(
        LocalServerRenderer::<App>::with_props(props)
            .hydratable(false)
            .render(),
    )
}

/// The page as the build sees it: no shared link, nothing saved, and the
/// full page where the sources and share links lead.
#[derive(Default)]
struct BuildHost {
    page: String,
}

impl Page for BuildHost {
    fn query(&self) -> String {
        String::new()
    }

    fn saved(&self) -> Option<String> {
        None
    }

    fn address(&self) -> String {
        self.page.clone()
    }

    fn bundle_address(&self) -> String {
        self.page.clone()
    }
}

impl Host for BuildHost {
    fn report(&self, _: &VerdictReport) {}

    fn copy(&self, _: String, done: Callback<bool>) {
        done.emit(false);
    }

    fn replace_query(&self, _: &[u8]) {}

    fn save(&self, _: &[u8]) {}
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request(args: &[&str]) -> Result<Request, String> {
        parse(args.iter().map(|arg| arg.to_string()))
    }

    #[test]
    fn reads_the_elements_attributes_and_the_addresses() {
        let request = request(&[
            "preset=realtime",
            "standalone",
            "--stylesheet=widget.css",
            "--page=../../",
        ])
        .expect("a request");
        assert_eq!(request.attributes.preset.as_deref(), Some("realtime"));
        assert!(request.attributes.standalone);
        assert_eq!(request.page.as_deref(), Some("../../"));
    }

    #[test]
    fn refuses_what_it_does_not_know_and_a_missing_stylesheet() {
        assert!(request(&["colour=red", "--stylesheet=w.css"]).is_err());
        assert!(request(&["preset=realtime"]).is_err());
    }

    #[test]
    fn the_root_carries_the_stylesheet_the_verdict_and_the_sliders() {
        let html = shadow_root(&request(&["preset=realtime", "--stylesheet=w.css?a&b"]).unwrap());
        assert!(html.starts_with(
            "<template shadowrootmode=\"open\"><link rel=\"stylesheet\" href=\"w.css?a&amp;b\">"
        ));
        assert!(html.ends_with("</div></template>"));
        assert!(html.contains("type=\"range\""), "the sliders are drawn");
        assert!(html.contains("data-verdict="), "the verdict is drawn");
        assert!(!html.contains(OPEN_FULL_PAGE), "no link without a page");
    }

    #[test]
    fn where_it_cannot_start_it_links_the_full_page_in_the_top_window() {
        let html = shadow_root(
            &request(&[
                "--stylesheet=w.css",
                "--integrity=sha384-x",
                "--page=https://h/bv/",
            ])
            .unwrap(),
        );
        assert!(html.contains("href=\"w.css\" integrity=\"sha384-x\" crossorigin=\"anonymous\""));
        let link = format!("<a href=\"https://h/bv/\" target=\"_top\">{OPEN_FULL_PAGE}</a>");
        assert!(html.contains(&link), "{html}");
    }
}
