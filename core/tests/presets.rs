//! What the build's checks of the data file do not hold: the README says
//! what the data says, the contract's criteria come first, a credit is for
//! quoted words the article credits, our copy is the article's whole text,
//! and the default weights give a verdict. (Each preset's winner and each
//! quote are checked by the build itself, `schema/check.rs`.)

use verdict_core::model::Verdict;
use verdict_core::report::analyse;
use verdict_core::{DATASET, PRESET_SAID_IN, READINGS};

/// The README's table of use cases: id, label, the article's best choice
/// (an option's label) and where the article says so, for each row.
fn readme_use_cases() -> Vec<[String; 4]> {
    let readme = include_str!("../../README.md");
    let header =
        "| id | label (from the article) | article's best choice | where the article says so |";
    let start = readme
        .find(header)
        .expect("the README has its table of use cases");
    readme[start..]
        .lines()
        .skip(2)
        .take_while(|line| line.starts_with('|'))
        .map(|line| {
            let cells: Vec<String> = line
                .trim_matches('|')
                .split(" | ")
                .map(|cell| cell.trim().trim_matches('`').to_owned())
                .collect();
            cells.try_into().expect("four cells a row")
        })
        .collect()
}

#[test]
fn the_readme_lists_every_use_case_as_the_data_has_it() {
    let from_data: Vec<[String; 4]> = DATASET
        .presets
        .iter()
        .zip(PRESET_SAID_IN)
        .map(|(preset, said_in)| {
            [
                preset.id.to_owned(),
                preset.label.to_owned(),
                DATASET.options[preset.article_winner].label.to_owned(),
                (*said_in).to_owned(),
            ]
        })
        .collect();
    assert_eq!(readme_use_cases(), from_data);
}

#[test]
fn the_readme_lists_every_criterion_id() {
    let readme = include_str!("../../README.md");
    let ids: Vec<String> = DATASET
        .criteria
        .iter()
        .map(|c| format!("`{}`", c.id))
        .collect();
    assert!(
        readme.contains(&format!("Ids: {} |", ids.join(", "))),
        "the README's `weights` row should list {ids:?}"
    );
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
    // The copy is the article's text as we hold it, from its first words
    // to its last, with nothing of ours (no title line: our copy has none,
    // so the data names none).
    assert!(
        ARTICLE_TEXT.starts_with("Python vs Node.js is a common debate in backend development.")
    );
    assert!(ARTICLE_TEXT.contains(DATASET.source.publisher));
    assert!(ARTICLE_TEXT
        .trim_end()
        .ends_with("scalability needs, and long-term goals."));
}

#[test]
fn default_weights_give_a_verdict() {
    let analysis = analyse(&DATASET, &DATASET.default_weights());
    assert_ne!(analysis.evaluation.verdict, Verdict::Unweighted);
}
