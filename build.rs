//! Minifies the widget's stylesheet into the bundle: comments out, runs of
//! whitespace cut to one space or none. The source stays readable; the wasm
//! carries only what the browser needs.

use std::path::PathBuf;

fn main() {
    println!("cargo:rerun-if-changed=src/widget.css");
    let css = std::fs::read_to_string("src/widget.css").expect("src/widget.css is readable");
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("set by cargo"));
    std::fs::write(out.join("widget.css"), minify_css(&css)).expect("OUT_DIR is writable");
}

fn minify_css(css: &str) -> String {
    // Drop comments (the stylesheet has no strings that contain "/*").
    let mut text = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(start) = rest.find("/*") {
        text.push_str(&rest[..start]);
        rest = rest[start..]
            .find("*/")
            .map_or("", |end| &rest[start + end + 2..]);
    }
    text.push_str(rest);
    // Collapse whitespace, then drop it around punctuation where CSS allows.
    let collapsed = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut out = String::with_capacity(collapsed.len());
    let chars: Vec<char> = collapsed.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        let tight = |c: char| matches!(c, '{' | '}' | ';' | ',' | '>');
        if c == ' ' {
            let before = i.checked_sub(1).map(|j| chars[j]);
            let after = chars.get(i + 1).copied();
            // Only the space after a colon goes: before one, in a selector,
            // it may separate a descendant pseudo-class.
            if before.is_some_and(|b| tight(b) || b == ':') || after.is_some_and(tight) {
                continue;
            }
        }
        out.push(c);
    }
    out.replace(";}", "}")
}
