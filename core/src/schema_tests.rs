//! Each problem in a data file fails the build with a message that names
//! the file, the entry and the problem. These feed broken copies of a small
//! fixture file (`core/tests/fixtures/`) to the same checks the build script
//! runs, so an honest edit of the real data never breaks a test about the
//! schema.

use crate::bake::Bake;
use crate::schema::{check, lower, to_rust, Checked};

const FIXTURE: &str = include_str!("../tests/fixtures/dataset.toml");
const FIXTURE_ARTICLE: &str = include_str!("../tests/fixtures/article.txt");
const FILE: &str = "fixture.toml";

fn check_fixture(text: &str) -> Result<Checked, Vec<String>> {
    check(FILE, text, FIXTURE_ARTICLE)
}

/// Checks `text` and asserts one of the messages is exactly `expected`.
fn check_fails_with(text: &str, expected: &str) {
    match check_fixture(text) {
        Ok(_) => panic!("expected the data to be rejected with: {expected}"),
        Err(problems) => assert!(
            problems.iter().any(|p| p == expected),
            "expected {expected:?} among {problems:#?}"
        ),
    }
}

/// The fixture with the first occurrence of `from` replaced by `to`.
fn broken(from: &str, to: &str) -> String {
    assert!(FIXTURE.contains(from), "the fixture has no {from:?}");
    FIXTURE.replacen(from, to, 1)
}

#[test]
fn the_fixture_and_the_real_file_pass() {
    let checked = check_fixture(FIXTURE).unwrap_or_else(|p| panic!("{p:#?}"));
    assert_eq!(checked.criteria.len(), 2);
    check(
        "data/dataset.toml",
        include_str!("../../data/dataset.toml"),
        include_str!("../../data/article.txt"),
    )
    .unwrap_or_else(|p| panic!("{p:#?}"));
}

#[test]
fn lowering_puts_scores_in_option_order_and_fills_in_ranges() {
    let lowered = lower(check_fixture(FIXTURE).unwrap());
    let speed = &lowered.dataset.criteria[0];
    // The file lists B's score first; the bundle keeps the options' order.
    assert_eq!(
        speed.scores.bake(),
        "[Score { score: 4, low: 4, high: 6 }, Score { score: 8, low: 8, high: 8 }]"
    );
    assert_eq!(speed.range_ends, ["Bench X", "the article"]);
    assert!(speed.has_evidence);
    let ease = &lowered.dataset.criteria[1];
    assert_eq!(ease.range_ends, ["", ""]);
    assert!(!ease.has_evidence && !ease.primary);
    assert_eq!(ease.default_weight, 3);
    // A preset's weights cover every criterion, 0 where it names none.
    let fast = &lowered.dataset.presets[0];
    assert_eq!((fast.weights, fast.article_winner), (&[10, 0][..], 1));
    // The quotes go with the readings, not the bundle's scores.
    assert_eq!(lowered.readings[0][0].quotes, ["A is slower.", "A waits."]);
    assert_eq!(lowered.said_in, ["Its table", "Its list"]);
}

#[test]
fn the_statics_are_rust_that_names_every_field() {
    let rust = to_rust(check_fixture(FIXTURE).unwrap());
    for expected in [
        "pub static DATASET: DataSet = DataSet { source: Source { title: \"Fixture: A or B?\", publisher: \"Test Press\", year: 2025 }, options: [Choice { id: \"a\", label: \"A\" }, Choice { id: \"b\", label: \"B\" }], criteria: &[Criterion { id: \"speed\",",
        "pub static PRESET_SAID_IN: &[&str] = &[\"Its table\", \"Its list\"];",
        "pub static READINGS: &[[Reading; 2]] = &[[Reading { reading: \"Slower.\", quotes: &[\"A is slower.\", \"A waits.\"], credit: \"the article\" },",
        "pub static ARTICLE_TABLES: &[Table] = &[Table { id: \"compare\", title: \"A vs B\", credit: \"the article\", from_lists: false, columns: &[\"Feature\", \"A\", \"B\"], rows: &[&[\"Speed\", \"Slower\", \"Faster\"]] },",
        "figures: &[Figure { label: \"B over A\", value: \"1.3x\", source: \"Bench X\", date: \"2025-01-30\", url: \"https://example.org/bench/3f2a/results\" }] }];",
    ] {
        assert!(rust.contains(expected), "no {expected:?} in:\n{rust}");
    }
}

#[test]
fn a_missing_score_is_named() {
    check_fails_with(
        &broken(
            r#"  { option = "b", score = 8, credit = "the article", reading = "Faster.", quotes = ["B is faster."] },
"#,
            "",
        ),
        "fixture.toml: criterion `speed`: missing score for option `b`",
    );
}

#[test]
fn a_missing_an_unknown_or_a_mistyped_field_is_named() {
    check_fails_with(
        &broken(r#"{ option = "b", score = 8,"#, r#"{ option = "b","#),
        "fixture.toml: criterion `speed`: field `scores`: item 1: missing field `score`",
    );
    check_fails_with(
        &broken(r#"help = "How easy it is to learn""#, r#"hepl = "How easy""#),
        "fixture.toml: criterion `ease`: unknown field `hepl`, expected one of: scores, range_ends, weight, id, label, help, primary",
    );
    check_fails_with(
        &broken(r#"{ option = "a", score = 9,"#, r#"{ option = "a", score = "nine","#),
        "fixture.toml: criterion `ease`: field `scores`: item 1: field `score`: expected a whole number, found string \"nine\"",
    );
    check_fails_with(
        &broken("year = 2025", "year = 70000"),
        "fixture.toml: [source]: field `year`: 70000 is outside 0 to 65535",
    );
}

#[test]
fn a_missing_section_is_named() {
    check_fails_with(
        &FIXTURE.replace("[[options]]", "[[choices]]"),
        "fixture.toml: [[options]]: section is missing",
    );
}

#[test]
fn a_score_out_of_range_is_named() {
    for score in [11, -1] {
        check_fails_with(
            &broken(
                r#"{ option = "b", score = 8,"#,
                &format!(r#"{{ option = "b", score = {score},"#),
            ),
            &format!(
                "fixture.toml: criterion `speed`: score {score} for option `b` is outside 0 to 10"
            ),
        );
    }
}

#[test]
fn an_unknown_criterion_in_a_preset_is_named() {
    check_fails_with(
        &broken("weights = { speed = 10 }", "weights = { sped = 10 }"),
        "fixture.toml: preset `fast`: weight names unknown criterion `sped`",
    );
}

#[test]
fn a_duplicate_id_is_named() {
    check_fails_with(
        &broken(r#"id = "ease""#, r#"id = "speed""#),
        "fixture.toml: criterion `speed`: duplicate id",
    );
    check_fails_with(
        &broken(r#"id = "easy""#, r#"id = "fast""#),
        "fixture.toml: preset `fast`: duplicate id",
    );
    check_fails_with(
        &broken(r#"id = "speed-bench""#, r#"id = "Speed Bench""#),
        "fixture.toml: evidence `Speed Bench`: id must be lowercase letters, digits and hyphens",
    );
}

#[test]
fn a_preset_without_the_articles_winner_is_named() {
    check_fails_with(
        &broken(
            "weights = { ease = 10, speed = 2 }",
            "weights = { speed = 10 }",
        ),
        "fixture.toml: preset `easy`: its weights give `b` but the article's best choice is `a`",
    );
    check_fails_with(
        &broken(r#"article_winner = "b""#, r#"article_winner = "c""#),
        "fixture.toml: preset `fast`: article_winner names unknown option `c`",
    );
    check_fails_with(
        &broken("weights = { speed = 10 }", "weights = { speed = 0 }"),
        "fixture.toml: preset `fast`: every weight is zero, so it gives no verdict",
    );
}

#[test]
fn an_evidence_figure_without_a_source_or_a_known_status_is_named() {
    check_fails_with(
        &broken(r#"source = "Bench X", date"#, r#"source = "", date"#),
        "fixture.toml: evidence `speed-bench`: figure `B over A` needs a source and a date",
    );
    check_fails_with(
        &broken(r#"status = "partly holds""#, r#"status = "true""#),
        "fixture.toml: evidence `speed-bench`: status `true` is not one of: holds, partly holds, outdated, unsupported, unverified, contradicted, not reproduced",
    );
}

#[test]
fn a_ragged_table_row_is_named() {
    check_fails_with(
        &broken(
            r#"rows = [["Speed", "Slower", "Faster"]]"#,
            r#"rows = [["Speed", "Slower"]]"#,
        ),
        "fixture.toml: table `compare`: row 1 has 2 cells but the table has 3 columns",
    );
}

#[test]
fn broken_toml_is_reported() {
    let problems = check_fixture("[[criteria]\nid = ").err().expect("rejected");
    assert!(
        problems[0].starts_with("fixture.toml: not valid TOML"),
        "{problems:?}"
    );
}

#[test]
fn a_quote_that_is_not_the_articles_words_is_named() {
    check_fails_with(
        &broken(r#"quotes = ["A is easy."]"#, r#"quotes = ["A is simple."]"#),
        "fixture.toml: criterion `ease`: quote for option `a` is not in the article's text: \"A is simple.\"",
    );
    // Every score rests on at least one quote.
    check_fails_with(
        &broken(r#"quotes = ["A is easy."]"#, "quotes = []"),
        "fixture.toml: criterion `ease`: score for option `a` needs at least one quote from the article",
    );
}

#[test]
fn a_range_must_hold_the_score_and_name_its_sources() {
    check_fails_with(
        &broken("score = 4, high = 6,", "score = 4, low = 5, high = 6,"),
        "fixture.toml: criterion `speed`: range 5..6 for option `a` must hold the score 4 and stay within 0 to 10",
    );
    check_fails_with(
        &broken("score = 4, high = 6,", "score = 4, high = 11,"),
        "fixture.toml: criterion `speed`: range 4..11 for option `a` must hold the score 4 and stay within 0 to 10",
    );
    check_fails_with(
        &broken(r#"range_ends = { a = "Bench X","#, r#"range_ends = { c = "Bench X","#),
        "fixture.toml: criterion `speed`: a score has a range, so range_ends must name the source behind each option's end",
    );
    check_fails_with(
        &broken("score = 4, high = 6,", "score = 4,"),
        "fixture.toml: criterion `speed`: range_ends is set but no score has a range",
    );
}

#[test]
fn a_printed_table_must_be_the_articles_words() {
    let misquoted = broken(
        r#"rows = [["Speed", "Slower", "Faster"]]"#,
        r#"rows = [["Speed", "Sluggish", "Faster"]]"#,
    );
    check_fails_with(
        &misquoted,
        "fixture.toml: table `compare`: cell \"Sluggish\" is not in the article's text; a table the article does not print says from_lists = true",
    );
    // The same words pass once the table says it is built from the lists.
    let gathered = misquoted.replacen(
        "title = \"A vs B\"\n",
        "title = \"A vs B\"\nfrom_lists = true\n",
        1,
    );
    check_fixture(&gathered).unwrap_or_else(|p| panic!("{p:#?}"));
}

#[test]
fn evidence_names_real_criteria_and_pinned_addresses() {
    check_fails_with(
        &broken(r#"criteria = ["speed"]"#, r#"criteria = ["sped"]"#),
        "fixture.toml: evidence `speed-bench`: criteria names unknown criterion `sped`",
    );
    check_fails_with(
        &broken(r#"criteria = ["speed"]"#, "criteria = []"),
        "fixture.toml: evidence `speed-bench`: needs the criteria it bears on",
    );
    check_fails_with(
        &broken("example.org/bench/3f2a/", "github.com/x/bench/blob/HEAD/"),
        "fixture.toml: evidence `speed-bench`: figure `B over A` links to a branch, whose file can move or vanish; pin a commit",
    );
    check_fails_with(
        &broken("url = \"https://", "url = \"http://"),
        "fixture.toml: evidence `speed-bench`: figure `B over A` needs an https:// address",
    );
}

#[test]
fn every_criterion_links_the_evidence_that_names_it() {
    // On the real data: the page's links and the bundle's flag agree with
    // the evidence rows.
    for criterion in crate::DATASET.criteria {
        let named: Vec<&str> = crate::EVIDENCE
            .iter()
            .filter(|e| e.criteria.contains(&criterion.id))
            .map(|e| e.id)
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
}
