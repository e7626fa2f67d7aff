//! Each problem in a data file fails the build with a message that names
//! the file, the entry and the problem. These feed broken copies of a small
//! fixture file (`core/tests/fixtures/`) to the same checks the build script
//! runs, so an honest edit of the real data never breaks a test about the
//! schema.

use crate::bake::Bake;
use crate::schema::{check, lower, to_rust, Checked};

use crate::fixture::{FIXTURE, FIXTURE_ARTICLE};
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
fn the_fixture_passes() {
    // (The real file passes as the crate is built: `build.rs` checks it.)
    let checked = check_fixture(FIXTURE).unwrap_or_else(|p| panic!("{p:#?}"));
    assert_eq!(checked.criteria.len(), 2);
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
    assert!(speed.checked);
    let ease = &lowered.dataset.criteria[1];
    assert_eq!(ease.range_ends, ["", ""]);
    assert!(!ease.checked && !ease.primary);
    assert_eq!(ease.default_weight, 3);
    // A preset's weights cover every criterion, 0 where it names none.
    let fast = &lowered.dataset.presets[0];
    assert_eq!((fast.weights, fast.article_winner), (&[10, 0][..], 1));
    assert_eq!(lowered.dataset.presets[1].reason_criteria, [1]);
    // The quotes go with the readings, not the bundle's scores.
    assert_eq!(lowered.readings[0][0].quotes, ["A is slower.", "A waits."]);
    assert_eq!(
        lowered.readings[0][0].derivations,
        ["The high end: B keeps its 8 and A gets 8 × 1,000 / 1,300 = 6.15, rounded to 6."]
    );
    assert_eq!(lowered.said_in, ["Its table", "Its list"]);
}

#[test]
fn the_statics_are_rust_that_names_every_field() {
    let rust = to_rust(check_fixture(FIXTURE).unwrap());
    for expected in [
        "pub static DATASET: DataSet = DataSet { source: Source { title: \"“Fixture: A or B?”\", kind: \"test post\", publisher: \"Test Press\", year: 2025 }, options: [Choice { id: \"a\", label: \"A\" }, Choice { id: \"b\", label: \"B\" }], criteria: &[Criterion { id: \"speed\",",
        "pub static PRESET_SAID_IN: &[&str] = &[\"Its table\", \"Its list\"];",
        "pub static READINGS: &[[Reading; 2]] = &[[Reading { reading: \"Slower.\", quotes: &[\"A is slower.\", \"A waits.\"], credit: \"the article\", derivations: &[\"The high end: B keeps its 8 and A gets 8 × 1,000 / 1,300 = 6.15, rounded to 6.\"] },",
        "pub static ARTICLE_TABLES: &[Table] = &[Table { id: \"compare\", title: \"A vs B\", credit: \"the article\", from_lists: false, columns: &[\"Feature\", \"A\", \"B\"], rows: &[&[\"Speed\", \"Slower\", \"Faster\"]] },",
        "figures: &[Figure { label: \"B over A\", value: \"1,300 and 1,000 requests a second\", source: \"Bench X\", date: \"2025-01-30\", url: \"https://example.org/bench/3f2a/results\" }] }];",
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
            "weights = { ease = 10, speed = 10 }",
        ),
        "fixture.toml: preset `easy`: its weights give too close to call but the article's best choice is `a`",
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
        &broken("\ncriteria = [\"speed\"]", "\ncriteria = [\"sped\"]"),
        "fixture.toml: evidence `speed-bench`: criteria names unknown criterion `sped`",
    );
    check_fails_with(
        &broken("\ncriteria = [\"speed\"]", "\ncriteria = []"),
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
fn a_criterion_is_checked_only_by_rows_whose_figures_check_it() {
    // The fixture's one row on speed "partly holds": speed is checked. The
    // same row marked unverified or unsupported checks nothing.
    let lowered = lower(check_fixture(FIXTURE).unwrap());
    assert!(lowered.dataset.criteria[0].checked);
    for status in ["unverified", "unsupported"] {
        let text = broken(
            "status = \"partly holds\"",
            &format!("status = \"{status}\""),
        );
        let lowered = lower(check_fixture(&text).unwrap());
        assert!(!lowered.dataset.criteria[0].checked, "{status}");
    }
}

#[test]
fn a_range_end_names_its_evidence_and_derives_from_its_figures() {
    check_fails_with(
        &broken(
            r#"high_from = ["speed-bench"], high_derivation = "B keeps its 8 and A gets 8 × 1,000 / 1,300 = 6.15, rounded to 6.", "#,
            "",
        ),
        "fixture.toml: criterion `speed`: the high end for option `a` differs from the score, so it needs high_from (evidence ids) and high_derivation",
    );
    check_fails_with(
        &broken("8 × 1,000 / 1,300", "8 × 1,000 / 1,400"),
        "fixture.toml: criterion `speed`: high_derivation for option `a` uses 1,400, which no figure of speed-bench gives",
    );
    check_fails_with(
        &broken(
            r#"high_from = ["speed-bench"]"#,
            r#"high_from = ["speed-guess"]"#,
        ),
        "fixture.toml: criterion `speed`: high_from names unknown evidence `speed-guess`",
    );
    check_fails_with(
        &broken("score = 4, high = 6,", "score = 4,"),
        "fixture.toml: criterion `speed`: the high end for option `a` is the score itself, so it takes no high_from or high_derivation",
    );
}

#[test]
fn quotation_marks_hold_only_the_articles_words() {
    check_fails_with(
        &broken(r#"reading = "Slower.""#, r#"reading = "Rated “sluggish”.""#),
        "fixture.toml: criterion `speed`: reading puts “sluggish” in quotation marks, but those are not the article's words; quote it exactly or drop the marks",
    );
    // The article's own word in marks passes.
    check_fixture(&broken(
        r#"reading = "Slower.""#,
        r#"reading = "Rated “Slower”.""#,
    ))
    .unwrap_or_else(|p| panic!("{p:#?}"));
    check_fails_with(
        &broken(r#"claim = "B is faster.""#, r#"claim = "B is quicker.""#),
        "fixture.toml: evidence `speed-bench`: claim is not in the article's text; quote it exactly, or say claim_in_our_words = true: \"B is quicker.\"",
    );
    // A claim in our words is shown as ours, and needs no exact match.
    check_fixture(&broken(
        r#"claim = "B is faster.""#,
        "claim = \"B is quicker.\"\nclaim_in_our_words = true",
    ))
    .unwrap_or_else(|p| panic!("{p:#?}"));
}

#[test]
fn a_presets_reason_is_the_articles_and_its_criteria_weigh_most() {
    check_fails_with(
        &broken(r#"reason = "A is easy.""#, r#"reason = "A is simple.""#),
        "fixture.toml: preset `easy`: reason is not in the article's text: \"A is simple.\"",
    );
    check_fails_with(
        &broken(
            "weights = { ease = 10, speed = 2 }",
            "weights = { ease = 6, speed = 7 }",
        ),
        "fixture.toml: preset `easy`: the reason's criterion `ease` has weight 6, but the reason's criteria must weigh most (another weighs 7)",
    );
}

#[test]
fn a_title_in_quotation_marks_is_the_articles() {
    check_fails_with(
        &broken("title = \"“Fixture: A or B?”\"", "title = \"“A or B, decided”\""),
        "fixture.toml: [source]: title puts “A or B, decided” in quotation marks, but those are not the article's words; quote it exactly or drop the marks",
    );
}
