//! The pure crate's layers, stated once here and in ARCHITECTURE.md
//! ("Layers"), and enforced: a module uses only modules of its own layer or
//! a lower one, and no modules use each other in a cycle, whatever the
//! path. A module's tests (`mod tests` at its end) may use anything.

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

/// Lowest first. Every module of `core/src` is in exactly one layer.
const LAYERS: &[(&str, &[&str])] = &[
    ("the data macro and its reader", &["bake", "read"]),
    (
        "leaves: the types and the data, the model, the codec, text formatting, the fixed labels, the palette",
        &["types", "data", "model", "codec", "format", "labels", "palette"],
    ),
    ("the analysis", &["report"]),
    ("the links and snippets a reader copies", &["links"]),
    ("the words", &["words"]),
    ("the state", &["state"]),
    (
        "the pages and the card; the build's checks",
        &["html", "card", "schema"],
    ),
];

/// What in `core/src` is no module of the crate's layers: the crate root,
/// the schema's tests and the fixture data set (test modules in files of
/// their own) and the binaries.
const NOT_LAYERED: &[&str] = &["lib", "schema_tests", "fixture", "bin"];

/// The modules `source` names through `crate::`, outside comments and its
/// tests.
fn uses(source: &str) -> Vec<String> {
    // A file's test modules come last: everything from the first on is cut.
    let end = ["#[cfg(test)]\nmod ", "#[cfg(test)]\npub(crate) mod "]
        .iter()
        .filter_map(|start| source.find(start))
        .min()
        .unwrap_or(source.len());
    let code: String = source[..end]
        .lines()
        .filter(|line| !line.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n");
    let ident = |text: &str| -> String {
        text.chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect()
    };
    let mut found = Vec::new();
    for (at, _) in code.match_indices("crate::") {
        if code[..at].ends_with('$') {
            continue;
        }
        let rest = &code[at + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            // `crate::{a::b, c}`: the first name of each item at the top level.
            let mut depth = 0;
            let mut item_start = true;
            for (i, c) in group.char_indices() {
                match c {
                    '{' => depth += 1,
                    '}' if depth == 0 => break,
                    '}' => depth -= 1,
                    ',' if depth == 0 => item_start = true,
                    c if item_start && !c.is_whitespace() => {
                        found.push(ident(&group[i..]));
                        item_start = false;
                    }
                    _ => {}
                }
            }
        } else {
            found.push(ident(rest));
        }
    }
    found.retain(|name| !name.is_empty());
    // `crate::DATASET` and the other statics: the crate root re-exports
    // them from `data`.
    for name in &mut found {
        if name.starts_with(|c: char| c.is_ascii_uppercase()) {
            *name = "data".to_owned();
        }
    }
    found
}

/// A cycle in `graph` (module to the modules it uses), if there is one, as
/// the path around it.
fn cycle(graph: &BTreeMap<String, Vec<String>>) -> Option<Vec<String>> {
    fn visit(
        node: &str,
        graph: &BTreeMap<String, Vec<String>>,
        path: &mut Vec<String>,
        done: &mut Vec<String>,
    ) -> Option<Vec<String>> {
        if let Some(start) = path.iter().position(|n| n == node) {
            let mut around = path[start..].to_vec();
            around.push(node.to_owned());
            return Some(around);
        }
        if done.iter().any(|n| n == node) {
            return None;
        }
        path.push(node.to_owned());
        for next in graph.get(node).into_iter().flatten() {
            if let Some(found) = visit(next, graph, path, done) {
                return Some(found);
            }
        }
        path.pop();
        done.push(node.to_owned());
        None
    }
    let mut done = Vec::new();
    graph
        .keys()
        .find_map(|node| visit(node, graph, &mut Vec::new(), &mut done))
}

/// The crate's modules and what each uses of the others.
fn module_graph() -> BTreeMap<String, Vec<String>> {
    let source = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut graph = BTreeMap::new();
    for entry in fs::read_dir(&source).expect("core/src") {
        let path = entry.expect("a file").path();
        // A module is a file, or a folder of files (`words/`), read as one.
        let files: Vec<_> = if path.is_dir() {
            fs::read_dir(&path)
                .expect("a module's folder")
                .map(|file| file.expect("a file").path())
                .filter(|file| file.extension().is_some_and(|ext| ext == "rs"))
                .collect()
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            vec![path.clone()]
        } else {
            continue;
        };
        let name = path.file_stem().unwrap().to_string_lossy().into_owned();
        if NOT_LAYERED.contains(&name.as_str()) || files.is_empty() {
            continue;
        }
        let mut used: Vec<String> = files
            .iter()
            .flat_map(|file| uses(&fs::read_to_string(file).expect("a source file")))
            .collect();
        used.retain(|other| *other != name);
        used.sort();
        used.dedup();
        graph.insert(name, used);
    }
    graph
}

fn layer_of(module: &str) -> Option<usize> {
    LAYERS
        .iter()
        .position(|(_, modules)| modules.contains(&module))
}

#[test]
fn every_module_has_one_layer() {
    for module in module_graph().keys() {
        let layers = LAYERS
            .iter()
            .filter(|(_, modules)| modules.contains(&module.as_str()))
            .count();
        assert_eq!(
            layers, 1,
            "core/src/{module}.rs must be in one layer of LAYERS"
        );
    }
}

#[test]
fn modules_use_only_their_own_layer_and_those_below() {
    for (module, used) in module_graph() {
        let own = layer_of(&module).expect("a layer");
        for other in used {
            let theirs =
                layer_of(&other).unwrap_or_else(|| panic!("{module} uses {other}, in no layer"));
            assert!(
                theirs <= own,
                "{module} ({}) uses {other} ({}), a higher layer",
                LAYERS[own].0,
                LAYERS[theirs].0
            );
        }
    }
}

#[test]
fn no_modules_use_each_other_in_a_cycle() {
    assert_eq!(cycle(&module_graph()), None);
}

// The checker itself, on small inputs.

fn graph(edges: &[(&str, &[&str])]) -> BTreeMap<String, Vec<String>> {
    edges
        .iter()
        .map(|(from, to)| (from.to_string(), to.iter().map(|s| s.to_string()).collect()))
        .collect()
}

#[test]
fn the_checker_reads_every_form_of_use() {
    let source = "//! Uses crate::words in a comment only.\n\
        use crate::{data::DataSet, model::{self, Verdict}, format};\n\
        use crate::codec::Notice;\n\
        fn f() { crate::report::analyse(); }\n\
        // crate::state, in a comment\n\
        static S: () = crate::DATASET;\n\
        #[cfg(test)]\nmod tests { use crate::html; }\n";
    assert_eq!(
        uses(source),
        ["data", "model", "format", "codec", "report", "data"]
    );
}

#[test]
fn the_checker_finds_a_cycle_through_any_path() {
    assert_eq!(
        cycle(&graph(&[("a", &["b"]), ("b", &["c"]), ("c", &[])])),
        None
    );
    assert_eq!(
        cycle(&graph(&[("a", &["b"]), ("b", &["c"]), ("c", &["a"])])),
        Some(vec!["a".into(), "b".into(), "c".into(), "a".into()])
    );
    assert_eq!(
        cycle(&graph(&[
            ("a", &["b", "d"]),
            ("b", &[]),
            ("d", &["d2"]),
            ("d2", &["d"])
        ])),
        Some(vec!["d".into(), "d2".into(), "d".into()])
    );
}
