//! Each problem in the data file fails the build with a message that names
//! the file, the entry and the problem. These feed broken copies of the real
//! file to the same checks the build script runs.

use crate::schema::check;

const REAL: &str = include_str!("../../data/dataset.toml");
const FILE: &str = "data/dataset.toml";

/// Checks `text` and asserts one of the messages is exactly `expected`.
fn check_fails_with(text: &str, expected: &str) {
    match check(FILE, text) {
        Ok(_) => panic!("expected the data to be rejected with: {expected}"),
        Err(problems) => assert!(
            problems.iter().any(|p| p == expected),
            "expected {expected:?} among {problems:#?}"
        ),
    }
}

/// The real file with the first occurrence of `from` replaced by `to`.
fn broken(from: &str, to: &str) -> String {
    assert!(
        REAL.contains(from),
        "the data file no longer contains {from:?}"
    );
    REAL.replacen(from, to, 1)
}

#[test]
fn the_real_file_passes() {
    let checked = check(FILE, REAL).unwrap_or_else(|p| panic!("{p:#?}"));
    assert_eq!(checked.presets.len(), 12);
}

#[test]
fn a_missing_score_is_named() {
    check_fails_with(
        &broken(
            r#"  { option = "node", score = 8, credit = "WWT", rationale = "Runs on V8, non-blocking and asynchronous; about 80,000+ requests/sec in the article's benchmark table." },
"#,
            "",
        ),
        "data/dataset.toml: criterion `performance`: missing score for option `node`",
    );
}

#[test]
fn a_missing_field_is_named() {
    check_fails_with(
        &broken(
            r#"{ option = "python", score = 4, credit = "WWT", "#,
            r#"{ option = "python", credit = "WWT", "#,
        ),
        "data/dataset.toml: criterion `performance`: missing field `score`",
    );
}

#[test]
fn a_wrong_type_is_named() {
    let text = broken(
        r#"{ option = "python", score = 4,"#,
        r#"{ option = "python", score = "four","#,
    );
    let problems = check(FILE, &text).err().expect("rejected");
    assert!(
        problems.iter().any(|p| p.starts_with(
            "data/dataset.toml: criterion `performance`: invalid type: string \"four\""
        )),
        "{problems:#?}"
    );
}

#[test]
fn a_score_out_of_range_is_named() {
    for score in [11, -1] {
        check_fails_with(
            &broken(
                r#"{ option = "node", score = 8, credit = "WWT""#,
                &format!(r#"{{ option = "node", score = {score}, credit = "WWT""#),
            ),
            &format!("data/dataset.toml: criterion `performance`: score {score} for option `node` is outside 0 to 10"),
        );
    }
}

#[test]
fn an_unknown_criterion_in_a_preset_is_named() {
    check_fails_with(
        &broken(
            "weights = { performance = 8, scalability = 8, realtime = 10,",
            "weights = { speed = 8, scalability = 8, realtime = 10,",
        ),
        "data/dataset.toml: preset `realtime`: weight names unknown criterion `speed`",
    );
}

#[test]
fn a_duplicate_id_is_named() {
    check_fails_with(
        &broken(r#"id = "scalability""#, r#"id = "performance""#),
        "data/dataset.toml: criterion `performance`: duplicate id",
    );
    check_fails_with(
        &broken(r#"id = "web-api""#, r#"id = "realtime""#),
        "data/dataset.toml: preset `realtime`: duplicate id",
    );
}

#[test]
fn a_preset_without_the_articles_winner_is_named() {
    check_fails_with(
        &broken(
            "weights = { ai-data = 10, performance = 4, scalability = 4, learning-curve = 5, cost = 3 }",
            "weights = { performance = 10, scalability = 10 }",
        ),
        "data/dataset.toml: preset `ai-ml`: its weights give `node` but the article's best choice is `python`",
    );
    check_fails_with(
        &broken(r#"article_winner = "node""#, r#"article_winner = "ruby""#),
        "data/dataset.toml: preset `realtime`: article_winner names unknown option `ruby`",
    );
}

#[test]
fn an_evidence_figure_without_a_source_is_named() {
    check_fails_with(
        &broken(r#"source = "Stack Overflow Developer Survey 2024", date = "2024", url"#, r#"source = "", date = "2024", url"#),
        "data/dataset.toml: evidence `node-usage`: figure `Node.js, Stack Overflow 2024` needs a source and a date",
    );
    check_fails_with(
        &broken(r#"status = "holds""#, r#"status = "true""#),
        "data/dataset.toml: evidence `node-usage`: status `true` is not one of: holds, partly holds, outdated, contradicted, not reproduced, unverified",
    );
}

#[test]
fn a_ragged_table_row_is_named() {
    check_fails_with(
        &broken(
            r#"["Requests/sec", "~12,000 (WWT)", "~80,000+ (WWT)"]"#,
            r#"["Requests/sec", "~12,000 (WWT)"]"#,
        ),
        "data/dataset.toml: table `benchmarks`: row 1 has 2 cells but the table has 3 columns",
    );
}

#[test]
fn broken_toml_is_reported() {
    let problems = check(FILE, "[[criteria]\nid = ").err().expect("rejected");
    assert!(
        problems[0].starts_with("data/dataset.toml: not valid TOML"),
        "{problems:?}"
    );
}

#[test]
fn the_bundled_data_is_exactly_the_checked_file() {
    let checked = check(FILE, REAL).unwrap_or_else(|p| panic!("{p:#?}"));
    let built = include_str!(concat!(env!("OUT_DIR"), "/dataset.rs"));
    assert_eq!(crate::schema::to_rust(&checked), built);
}
