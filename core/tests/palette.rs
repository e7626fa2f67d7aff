//! The stylesheets use the one palette (`verdict_core::palette`, which the
//! preview card reads): every colour in the widget's, the standalone page's
//! and the frame's CSS is one of its values, and each of the widget's
//! colour properties holds its pair, overridable where the palette says.

use std::fs;
use std::path::Path;

use verdict_core::palette::ALL;

fn read(path: &str) -> String {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    fs::read_to_string(root.join(path)).unwrap_or_else(|error| panic!("{path}: {error}"))
}

/// Every `#rrggbb` in a stylesheet, outside its comments.
fn colours(css: &str) -> Vec<String> {
    let mut code = String::new();
    let mut rest = css;
    while let Some(start) = rest.find("/*") {
        code.push_str(&rest[..start]);
        rest = rest[start..]
            .find("*/")
            .map_or("", |end| &rest[start + end + 2..]);
    }
    code.push_str(rest);
    code.match_indices('#')
        .map(|(at, _)| &code[at..])
        .filter(|tail| tail.len() >= 7 && tail[1..7].chars().all(|c| c.is_ascii_hexdigit()))
        .map(|tail| tail[..7].to_ascii_lowercase())
        .collect()
}

#[test]
fn every_colour_of_the_stylesheets_is_the_palettes() {
    let known: Vec<&str> = ALL.iter().flat_map(|c| [c.light, c.dark]).collect();
    for path in ["src/widget.css", "static/page.css", "static/frame.css"] {
        let found = colours(&read(path));
        for colour in found {
            assert!(
                known.contains(&colour.as_str()),
                "{path}: {colour} is not in core/src/palette.rs"
            );
        }
    }
}

#[test]
fn each_widget_colour_property_holds_its_pair() {
    let css = read("src/widget.css");
    for colour in ALL {
        let Some(holder) = colour.holder else {
            continue;
        };
        let (light, dark) = match colour.property {
            Some(property) => (
                format!("var(--bv-{property}, {})", colour.light),
                format!("var(--bv-{property}-dark, {})", colour.dark),
            ),
            None => (colour.light.to_owned(), colour.dark.to_owned()),
        };
        let declaration = format!("--_{holder}: light-dark({light}, {dark});");
        assert!(
            css.contains(&declaration),
            "src/widget.css lacks `{declaration}`"
        );
    }
}

#[test]
fn the_reader_finds_colours_outside_comments_only() {
    assert_eq!(
        colours("/* #123456 */ a { color: #ABCDEF; } #main { }"),
        ["#abcdef"]
    );
}
