//! The codec for attributes, URLs and storage: exact behaviour on known bad
//! input, and properties over generated input.

use proptest::prelude::*;
use verdict_core::codec::{
    apply_weights, format_weights, parse_decimal, parse_query, parse_theme, resolve, to_query,
    Notice, Theme,
};
use verdict_core::DATASET;

fn index(id: &str) -> usize {
    DATASET.criterion_index(id).unwrap()
}

/// Resolves attributes and returns the weights and the notices as text.
fn check(preset: Option<&str>, weights: Option<&str>) -> (Vec<u8>, Vec<String>) {
    let (weights, notices) = resolve(&DATASET, preset, weights);
    (weights, notices.iter().map(ToString::to_string).collect())
}

#[test]
fn weights_apply_on_top_of_the_defaults() {
    let (weights, notices) = check(None, Some("performance:8,cost:3"));
    assert!(notices.is_empty());
    assert_eq!(weights[index("performance")], 8);
    assert_eq!(weights[index("cost")], 3);
    assert_eq!(weights[index("scalability")], 5);
}

#[test]
fn weights_apply_on_top_of_a_preset() {
    let (weights, _) = check(Some("ai-ml"), Some("cost:0"));
    let preset = DATASET.preset("ai-ml").unwrap();
    assert_eq!(weights[index("ai-data")], preset.weights[index("ai-data")]);
    assert_eq!(weights[index("cost")], 0);
}

#[test]
fn the_issues_hostile_example_keeps_what_is_good() {
    let (weights, notices) = check(Some("nope"), Some("performance:NaN,,cost:99,foo:3"));
    assert_eq!(weights[index("performance")], 5, "NaN is ignored");
    assert_eq!(weights[index("cost")], 10, "99 is clamped");
    assert_eq!(
        notices,
        [
            "there is no use case “nope”",
            "the weight “NaN” for Performance is not a number from 0 to 10",
            "the weight 99 for Cost is outside 0 to 10, so 10 was used",
            "there is no criterion “foo”",
        ]
    );
}

#[test]
fn odd_numbers_are_clamped_rounded_or_rejected() {
    let (weights, notices) = check(
        None,
        Some("performance:-3,scalability:7.6,cost:inf,learning-curve:1e1"),
    );
    assert_eq!(weights[index("performance")], 0);
    assert_eq!(weights[index("scalability")], 8);
    assert_eq!(weights[index("cost")], 5);
    assert_eq!(
        weights[index("learning-curve")],
        5,
        "exponents are not weights"
    );
    assert_eq!(
        notices,
        [
            "the weight -3 for Performance is outside 0 to 10, so 0 was used",
            "the weight 7.6 for Scalability was rounded to 8",
            "the weight “inf” for Cost is not a number from 0 to 10",
            "the weight “1e1” for Learning curve is not a number from 0 to 10",
        ]
    );
}

#[test]
fn decimals_parse_like_the_standard_parser() {
    for raw in [
        "0",
        "7",
        "10",
        "-3",
        "+2",
        "7.5",
        "7.",
        ".5",
        "0.25",
        "99",
        "12345678901234567890",
        "3.999999999999",
    ] {
        let expected: f64 = raw.parse().unwrap();
        let parsed = parse_decimal(raw).unwrap();
        assert!(
            (parsed - expected).abs() < 1e-9 || (expected > 1e6 && parsed >= 1e6),
            "{raw}"
        );
    }
    for raw in [
        "", "-", ".", "NaN", "inf", "1e1", "0x1", "1.2.3", " 1", "1,5", "٣",
    ] {
        assert_eq!(parse_decimal(raw), None, "{raw}");
    }
}

#[test]
fn duplicates_keep_the_first_and_malformed_entries_are_named() {
    let (weights, notices) = check(None, Some("cost:2,cost:9,oops"));
    assert_eq!(weights[index("cost")], 2);
    assert_eq!(
        notices,
        [
            "Cost was given twice; the first value was kept",
            "“oops” is not of the form id:value"
        ]
    );
}

#[test]
fn long_or_hostile_text_is_quoted_short_and_plain() {
    let (_, notices) = check(
        Some("<img src=x onerror=alert(1)>\u{7}abcdefghijklmnop"),
        None,
    );
    assert_eq!(notices, ["there is no use case “<img src=x onerror=aler…”"]);
    let huge = "performance:1,".repeat(10_000);
    let (weights, notices) = check(None, Some(&huge));
    assert_eq!(weights, DATASET.default_weights());
    assert_eq!(
        notices,
        ["the weights value is too long (140000 characters)"]
    );
}

#[test]
fn themes_parse_and_unknown_ones_fall_back_to_auto() {
    assert_eq!(parse_theme(Some("dark")), (Theme::Dark, None));
    assert_eq!(parse_theme(Some(" Light ")), (Theme::Light, None));
    assert_eq!(parse_theme(None), (Theme::Auto, None));
    assert_eq!(
        parse_theme(Some("neon")),
        (Theme::Auto, Some(Notice::UnknownTheme("neon".into())))
    );
}

#[test]
fn queries_decode_and_leave_other_parameters_alone() {
    assert_eq!(parse_query(&DATASET, "?utm_source=blog"), None);
    let (weights, notices) =
        parse_query(&DATASET, "?utm=x&weights=performance%3A9%2Ccost:1&preset=").unwrap();
    assert!(notices.is_empty());
    assert_eq!(weights[index("performance")], 9);
    assert_eq!(weights[index("cost")], 1);
    let (_, notices) = parse_query(&DATASET, "?weights=%ZZ%E2%82").unwrap();
    assert_eq!(notices.len(), 1);
}

#[test]
fn a_preset_link_reads_back_as_that_preset() {
    let preset = DATASET.preset("gaming").unwrap();
    let query = to_query(&DATASET, preset.weights);
    assert!(query.starts_with("?preset=gaming&weights="), "{query}");
    assert_eq!(
        parse_query(&DATASET, &query).unwrap(),
        (preset.weights.to_vec(), vec![])
    );
}

fn any_weights() -> impl Strategy<Value = Vec<u8>> {
    prop::collection::vec(0u8..=10, DATASET.criteria.len())
}

/// Text built from the pieces the codec splits on, plus anything at all.
fn hostile_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just(",".to_owned()),
        Just(":".to_owned()),
        Just("%".to_owned()),
        Just("&".to_owned()),
        Just("=".to_owned()),
        Just("weights=".to_owned()),
        Just("preset=".to_owned()),
        prop::sample::select(
            DATASET
                .criteria
                .iter()
                .map(|c| c.id.to_owned())
                .collect::<Vec<_>>()
        ),
        prop::sample::select(
            DATASET
                .presets
                .iter()
                .map(|p| p.id.to_owned())
                .collect::<Vec<_>>()
        ),
        any::<f64>().prop_map(|f| f.to_string()),
        any::<i64>().prop_map(|i| i.to_string()),
        ".*",
    ];
    prop::collection::vec(piece, 0..24).prop_map(|pieces| pieces.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(
        std::env::var("CODEC_FUZZ_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(100_000)
    ))]

    /// Any input: no panic, and every accepted state is within bounds.
    #[test]
    fn parsing_never_panics_and_stays_in_bounds(
        text in hostile_text(),
        preset in hostile_text(),
    ) {
        let (weights, notices) = resolve(&DATASET, Some(&preset), Some(&text));
        prop_assert_eq!(weights.len(), DATASET.criteria.len());
        prop_assert!(weights.iter().all(|&w| w <= 10));
        for notice in &notices {
            // Every quote is short and free of control characters.
            let shown = notice.to_string();
            prop_assert!(shown.chars().count() < 160, "{}", shown);
            prop_assert!(!shown.chars().any(char::is_control));
        }
        if let Some((weights, _)) = parse_query(&DATASET, &text) {
            prop_assert!(weights.iter().all(|&w| w <= 10));
        }
        let mut base = DATASET.default_weights();
        apply_weights(&DATASET, &text, &mut base);
        prop_assert!(base.iter().all(|&w| w <= 10));
        let _ = parse_theme(Some(&text));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    /// Format then parse returns the same state, with nothing to report.
    #[test]
    fn format_then_parse_round_trips(weights in any_weights()) {
        let (parsed, notices) = resolve(&DATASET, None, Some(&format_weights(&DATASET, &weights)));
        prop_assert_eq!(&parsed, &weights);
        prop_assert!(notices.is_empty());
        let (parsed, notices) = parse_query(&DATASET, &to_query(&DATASET, &weights)).unwrap();
        prop_assert_eq!(parsed, weights);
        prop_assert!(notices.is_empty());
    }
}
