//! Every use case the article names reproduces the article's best choice.

use verdict_core::model::Verdict;
use verdict_core::report::{analyse, verdict_id};
use verdict_core::DATASET;

/// The contract's table: preset id, the article's label, its best choice.
const ARTICLE: [(&str, &str, &str); 12] = [
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
    assert_eq!(DATASET.presets.len(), ARTICLE.len());
    for (id, label, winner) in ARTICLE {
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

#[test]
fn every_score_carries_a_credit_and_a_rationale() {
    let credits = [
        "Statista",
        "WWT",
        "OpenAI Community",
        "HostAdvice",
        "the article",
    ];
    for criterion in DATASET.criteria {
        for score in &criterion.scores {
            assert!(score.score <= 10, "{}", criterion.id);
            assert!(
                credits.contains(&score.credit),
                "{}: {}",
                criterion.id,
                score.credit
            );
            assert!(!score.rationale.is_empty(), "{}", criterion.id);
        }
    }
}

#[test]
fn default_weights_give_a_verdict() {
    let analysis = analyse(&DATASET, &DATASET.default_weights());
    assert_ne!(analysis.evaluation.verdict, Verdict::Unweighted);
}
