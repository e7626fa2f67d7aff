//! The standalone page's and the use-case pages' words: the fallback, the
//! sources, the tables and the evidence.

use super::*;

/// The standalone page's words over its sources: what the article gives,
/// and what the page shows of it.
pub fn sources_lead(data: &DataSet) -> String {
    format!(
        "The article, {}, gives no scores: each score here is our reading of its words, quoted beside it. Its claims are shown as its claims, in its words or marked as ours, with the credits it gives, and beside independent figures where we have them; a score's range is what those figures support, each end with how it follows from them.",
        article_name(&data.source)
    )
}

/// The lead of the standalone page's fallback: the question and the
/// weights its verdict is for.
pub fn fallback_lead(data: &DataSet) -> String {
    format!("{TITLE} Verdict {}", equal_weights(data))
}

/// The lead of a use case page's fallback.
pub fn use_case_lead(data: &DataSet, use_case: &str) -> String {
    let [first, second] = &data.options;
    format!(
        "{} or {} for {use_case}? Verdict with the article's use case as the weights",
        first.label, second.label
    )
}

/// A use case's page: its heading, and the line under it.
pub fn use_case_page_texts(data: &DataSet, use_case: &str, winner: &str) -> [String; 2] {
    let [first, second] = &data.options;
    [
        format!("{} or {} for {use_case}?", first.label, second.label),
        format!(
            "The article's best choice for {use_case}: {winner}. The widget starts from that use case; move a slider to weigh it your way."
        ),
    ]
}

/// The range of a score, where the evidence supports more than one value.
pub fn evidence_range(low: u8, high: u8) -> String {
    format!("(the evidence supports {low} to {high})")
}

/// Under a score's quotes: whose words they are.
pub fn quotes_credit(credit: &str) -> String {
    format!("The article's words; credit: {credit}.")
}

/// Beside a claim: whom the article credits, and the criteria it bears on.
pub fn claim_source(credit: &str, bears_on: &str) -> String {
    format!("(credited to {credit}; bears on {bears_on})")
}

/// One of the article's tables: its caption and its source line, which say
/// whether the article prints it or we gathered it from its lists.
pub fn table_caption(title: &str, from_lists: bool) -> String {
    if from_lists {
        format!("{title} (from the article's lists)")
    } else {
        title.to_owned()
    }
}

pub fn table_source(credit: &str, from_lists: bool) -> String {
    if from_lists {
        format!("{credit}; not a table it prints, but its bullet points gathered into one")
    } else {
        format!("{credit}, as printed")
    }
}
