//! Every use case the article names reproduces the article's best choice.

use verdict_core::model::Verdict;
use verdict_core::report::{analyse, verdict_id};
use verdict_core::{DATASET, READINGS};

/// The contract's table: preset id, the article's label, its best choice.
const CONTRACT: [(&str, &str, &str); 12] = [
    (
        "realtime",
        "Real-time apps (chat, gaming, streaming)",
        "node",
    ),
    ("web-api", "Web APIs & Microservices", "node"),
    ("ai-ml", "AI, Machine Learning and Data Science", "python"),
    ("automation", "Automation & Scripting", "python"),
    ("startup-mvp", "Startups & MVPs", "python"),
    ("high-traffic-api", "High-Traffic APIs", "node"),
    ("enterprise", "Enterprise Applications", "python"),
    ("fintech", "Fintech", "python"),
    ("saas", "SaaS (Software as a Service)", "node"),
    ("iot", "IoT (Internet of Things)", "node"),
    ("ecommerce", "eCommerce", "node"),
    ("gaming", "Gaming", "node"),
];

#[test]
fn every_preset_gives_the_articles_best_choice() {
    assert_eq!(DATASET.presets.len(), CONTRACT.len());
    for (id, label, winner) in CONTRACT {
        let preset = DATASET
            .preset(id)
            .unwrap_or_else(|| panic!("preset `{id}` is missing"));
        assert_eq!(preset.label, label, "label of preset `{id}`");
        let analysis = analyse(&DATASET, preset.weights);
        assert_eq!(
            verdict_id(&DATASET, analysis.evaluation.verdict),
            Some(winner),
            "preset `{id}` should give {winner}, margin {}",
            analysis.evaluation.margin
        );
        assert_eq!(DATASET.options[preset.article_winner].id, winner);
    }
}

#[test]
fn the_contracts_criteria_come_first_with_their_labels() {
    let primary: Vec<(&str, &str)> = DATASET
        .criteria
        .iter()
        .filter(|c| c.primary)
        .map(|c| (c.id, c.label))
        .collect();
    assert_eq!(
        primary,
        [
            ("performance", "Performance"),
            ("scalability", "Scalability"),
            ("learning-curve", "Learning curve"),
            ("cost", "Cost"),
        ]
    );
}

/// The article's text, as kept beside the data file.
const ARTICLE_TEXT: &str = include_str!("../../data/article.txt");

#[test]
fn every_score_quotes_the_articles_own_words() {
    for (criterion, readings) in DATASET.criteria.iter().zip(READINGS) {
        for reading in readings {
            assert!(!reading.quotes.is_empty(), "{}", criterion.id);
            for quote in reading.quotes {
                assert!(ARTICLE_TEXT.contains(quote), "{}: {quote:?}", criterion.id);
            }
            assert!(!reading.reading.is_empty(), "{}", criterion.id);
        }
    }
}

#[test]
fn a_credit_is_for_quoted_words_the_article_credits() {
    // The article credits these names in brackets after a claim; a credit
    // beyond "the article" must be one of them, with a quote that shows it.
    let credited = ["WWT", "OpenAI Community", "HostAdvice", "Statista"];
    for (criterion, readings) in DATASET.criteria.iter().zip(READINGS) {
        for reading in readings {
            assert!(
                reading.credit.starts_with("the article"),
                "{}: {}",
                criterion.id,
                reading.credit
            );
            for name in credited.iter().filter(|n| reading.credit.contains(*n)) {
                let shown = format!("({name})");
                assert!(
                    reading.quotes.iter().any(|q| q.contains(&shown)),
                    "{}: credits {name} but quotes none of its claims",
                    criterion.id
                );
            }
        }
    }
}

#[test]
fn the_article_copy_is_the_article() {
    // The title and publisher head the copy, then the article's first words.
    assert!(ARTICLE_TEXT.starts_with(DATASET.source.title));
    assert!(ARTICLE_TEXT
        .contains("\n----\nPython vs Node.js is a common debate in backend development."));
    assert!(ARTICLE_TEXT
        .trim_end()
        .ends_with("scalability needs, and long-term goals."));
}

#[test]
fn default_weights_give_a_verdict() {
    let analysis = analyse(&DATASET, &DATASET.default_weights());
    assert_ne!(analysis.evaluation.verdict, Verdict::Unweighted);
}
