//! Each problem in the data file fails the build with a message that names
//! the file, the entry and the problem. These feed broken copies of the real
//! file to the same checks the build script runs.

const REAL: &str = include_str!("../../data/dataset.toml");
const ARTICLE: &str = include_str!("../../data/article.txt");
const FILE: &str = "data/dataset.toml";

/// Checks a data file against the real article's text.
fn check(file: &str, text: &str) -> Result<crate::schema::Checked, Vec<String>> {
    crate::schema::check(file, text, ARTICLE)
}

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

/// The real file without the text from the first `start` up to (and with)
/// the first `end` after it.
fn cut(start: &str, end: &str) -> String {
    let from = REAL
        .find(start)
        .unwrap_or_else(|| panic!("no {start:?} in the data file"));
    let to = from + REAL[from..].find(end).unwrap() + end.len();
    let mut text = REAL.to_owned();
    text.replace_range(from..to, "");
    text
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
    let from = REAL
        .find(r#"  { option = "node", score = 8, credit = "the article; the requests/sec"#)
        .unwrap();
    let to = from + REAL[from..].find("] },\n").unwrap() + "] },\n".len();
    let mut text = REAL.to_owned();
    text.replace_range(from..to, "");
    check_fails_with(
        &text,
        "data/dataset.toml: criterion `performance`: missing score for option `node`",
    );
}

#[test]
fn a_missing_field_is_named() {
    check_fails_with(
        &broken(
            r#"{ option = "python", score = 4, low = 4,"#,
            r#"{ option = "python", low = 4,"#,
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
                r#"{ option = "node", score = 8, credit = "the article; the requests"#,
                &format!(r#"{{ option = "node", score = {score}, credit = "the article; the requests"#),
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
        &broken(r#"value = "40.8% of respondents", source = "Stack Overflow Developer Survey 2024 (65,437 responses in all)""#, r#"value = "40.8% of respondents", source = """#),
        "data/dataset.toml: evidence `node-usage`: figure `Node.js, Stack Overflow 2024` needs a source and a date",
    );
    check_fails_with(
        &broken(r#"status = "unverified""#, r#"status = "true""#),
        "data/dataset.toml: evidence `memory`: status `true` is not one of: holds, partly holds, outdated, unsupported, unverified, contradicted, not reproduced",
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

#[test]
fn a_quote_that_is_not_the_articles_words_is_named() {
    check_fails_with(
        &broken("\"~12,000 (WWT)\",", "\"about 12,000 (WWT)\","),
        "data/dataset.toml: criterion `performance`: quote for option `python` is not in the article's text: \"about 12,000 (WWT)\"",
    );
    // Every score rests on at least one quote.
    check_fails_with(
        &cut("\"Python is easier to learn due to", ",\n"),
        "data/dataset.toml: criterion `learning-curve`: score for option `python` needs at least one quote from the article",
    );
}

#[test]
fn a_range_must_hold_the_score_and_name_its_sources() {
    check_fails_with(
        &broken(r#"score = 4, low = 4, high = 6,"#, r#"score = 4, low = 5, high = 6,"#),
        "data/dataset.toml: criterion `performance`: range 5..6 for option `python` must hold the score 4 and stay within 0 to 10",
    );
    check_fails_with(
        &broken(r#"score = 4, low = 4, high = 6,"#, r#"score = 4, low = 4, high = 11,"#),
        "data/dataset.toml: criterion `performance`: range 4..11 for option `python` must hold the score 4 and stay within 0 to 10",
    );
    check_fails_with(
        &broken(r#"range_ends = { python = "TechEmpower"#, r#"range_ends = { ruby = "TechEmpower"#),
        "data/dataset.toml: criterion `performance`: a score has a range, so range_ends must name the source behind each option's end",
    );
}

#[test]
fn a_printed_table_must_be_the_articles_words() {
    check_fails_with(
        &broken(r#""Memory Usage", "Higher"#, r#""Memory usage", "Higher"#),
        "data/dataset.toml: table `benchmarks`: cell \"Memory usage\" is not in the article's text; a table the article does not print says printed = false",
    );
    // The same words pass once the table says it is built from the lists.
    let text = broken(r#""Memory Usage", "Higher"#, r#""Memory usage", "Higher"#).replacen(
        "credit = \"the article, citing WWT, OpenAI Community and HostAdvice\"\n",
        "credit = \"the article, citing WWT, OpenAI Community and HostAdvice\"\nprinted = false\n",
        1,
    );
    check(FILE, &text).unwrap_or_else(|p| panic!("{p:#?}"));
}

#[test]
fn evidence_names_real_criteria_and_pinned_addresses() {
    check_fails_with(
        &broken(r#"criteria = ["performance"]"#, r#"criteria = ["speed"]"#),
        "data/dataset.toml: evidence `requests-per-second`: criteria names unknown criterion `speed`",
    );
    check_fails_with(
        &broken(r#"criteria = ["performance"]"#, r#"criteria = []"#),
        "data/dataset.toml: evidence `requests-per-second`: needs the criteria it bears on",
    );
    check_fails_with(
        &broken(
            "granian/blob/ec1220eaa420d776712ca4e7c8a11267382e1cc6/",
            "granian/blob/HEAD/",
        ),
        "data/dataset.toml: evidence `requests-per-second`: figure `Python uvicorn (httptools), a bare ASGI server, JSON serialization` links to a branch, whose file can move or vanish; pin a commit",
    );
}

#[test]
fn every_criterion_links_the_evidence_that_names_it() {
    let checked = check(FILE, REAL).unwrap_or_else(|p| panic!("{p:#?}"));
    for criterion in crate::DATASET.criteria {
        let named: Vec<&str> = checked
            .evidence
            .iter()
            .filter(|e| e.criteria.iter().any(|c| c == criterion.id))
            .map(|e| e.id.as_str())
            .collect();
        let linked: Vec<&str> = crate::html::evidence_on(criterion.id)
            .iter()
            .map(|e| e.id)
            .collect();
        assert_eq!(linked, named, "{}", criterion.id);
        assert_eq!(
            criterion.has_evidence,
            !named.is_empty(),
            "{}",
            criterion.id
        );
    }
    // The two claims the presets weigh most that had no evidence now do.
    for id in ["security", "developer-availability"] {
        let criterion = &crate::DATASET.criteria[crate::DATASET.criterion_index(id).unwrap()];
        assert!(criterion.has_evidence, "{id}");
    }
}
