//! Checks `data/dataset.toml` and writes it out as Rust statics, and writes
//! the fixed labels of `src/words.toml` as constants.
//!
//! A bad entry stops the build with messages that name the file, the entry
//! and the problem, so the data can never ship unchecked.

// The same modules the crate has, in the same order, so the types read
// here are the types it ships (`src/types.rs`, declared once).
#[path = "src/read.rs"]
#[macro_use]
mod read;
#[path = "src/bake.rs"]
#[macro_use]
#[allow(dead_code)]
mod bake;
#[path = "src/types.rs"]
#[allow(dead_code)]
mod types;
/// The build sees the types where the crate has them.
mod data {
    pub use crate::types::*;
}
#[path = "src/model.rs"]
#[allow(dead_code)]
mod model;
#[path = "src/schema/mod.rs"]
mod schema;

use std::path::PathBuf;

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("set by cargo"));
    // A different data file can be checked with BACKEND_VERDICT_DATA, which
    // the tests use to prove that a broken file fails the build.
    println!("cargo:rerun-if-env-changed=BACKEND_VERDICT_DATA");
    let path = std::env::var_os("BACKEND_VERDICT_DATA")
        .map(PathBuf::from)
        .unwrap_or_else(|| manifest.join("../data/dataset.toml"));
    println!("cargo:rerun-if-changed={}", path.display());
    for source in ["schema/", "model.rs", "types.rs", "read.rs", "bake.rs"] {
        println!("cargo:rerun-if-changed=src/{source}");
    }

    let shown = if std::env::var_os("BACKEND_VERDICT_DATA").is_some() {
        path.display().to_string()
    } else {
        "data/dataset.toml".to_owned()
    };
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(error) => fail(&[format!("{shown}: cannot be read: {error}")]),
    };
    // The article's text sits beside the data file; every quote is checked
    // against it.
    let article_path = path.with_file_name("article.txt");
    println!("cargo:rerun-if-changed={}", article_path.display());
    let article = match std::fs::read_to_string(&article_path) {
        Ok(text) => text,
        Err(error) => fail(&[format!(
            "{}: cannot be read: {error}",
            article_path.display()
        )]),
    };
    write_labels(&manifest.join("src/words.toml"));
    match schema::check(&shown, &text, &article) {
        Ok(checked) => {
            let out = PathBuf::from(std::env::var("OUT_DIR").expect("set by cargo"));
            std::fs::write(out.join("dataset.rs"), schema::to_rust(checked))
                .expect("OUT_DIR is writable");
        }
        Err(problems) => fail(&problems),
    }
}

/// Writes each key of the fixed labels' file as a constant (`title` as
/// `TITLE`), for `src/words.rs` to include.
fn write_labels(path: &std::path::Path) {
    println!("cargo:rerun-if-changed={}", path.display());
    let shown = "core/src/words.toml";
    let text = std::fs::read_to_string(path)
        .unwrap_or_else(|error| fail(&[format!("{shown}: cannot be read: {error}")]));
    let table: toml::Table = text
        .parse()
        .unwrap_or_else(|error| fail(&[format!("{shown}: not valid TOML: {error}")]));
    let mut code = String::new();
    for (key, value) in &table {
        let Some(label) = value.as_str() else {
            fail(&[format!("{shown}: `{key}`: expected a string")]);
        };
        let starts_with_a_letter = key.starts_with(|c: char| c.is_ascii_lowercase());
        if !starts_with_a_letter
            || !key
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        {
            fail(&[format!(
                "{shown}: `{key}`: a key is lowercase letters, digits and underscores, from a letter"
            )]);
        }
        code.push_str(&format!(
            "/// `{key}` in `words.toml`.\npub const {}: &str = {label:?};\n",
            key.to_ascii_uppercase()
        ));
    }
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("set by cargo"));
    std::fs::write(out.join("labels.rs"), code).expect("OUT_DIR is writable");
}

fn fail(problems: &[String]) -> ! {
    for problem in problems {
        // Each line becomes a build error cargo shows in full.
        println!("cargo:warning={problem}");
        eprintln!("error: {problem}");
    }
    eprintln!(
        "error: the data set has {} problem(s); see above",
        problems.len()
    );
    std::process::exit(1);
}
