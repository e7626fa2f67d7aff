//! The preview card's and the link previews' words.

use super::*;

/// The credit line in two lines of about the same length, for the preview
/// card; joined with a space they are [`credit_line`].
pub fn credit_lines(source: &Source) -> [String; 2] {
    let line = credit_line(source);
    match line.split_once(" (") {
        Some((first, second)) => [first.to_owned(), format!("({second}")],
        None => [line, String::new()],
    }
}

/// A link preview's texts: `og:title`, `og:description` and the card's alt
/// text, for the standalone page (`use_case` `None`) or one use case.
pub fn preview_texts(
    data: &DataSet,
    use_case: Option<&str>,
    evaluation: &Evaluation,
) -> [String; 3] {
    let [first, second] = &data.options;
    let subject = use_case.unwrap_or(CARD_SUBJECT);
    let question = format!("{} or {} for {subject}?", first.label, second.label);
    let verdict = verdict_label(data, evaluation.verdict);
    let scores = shown(evaluation).map(|shown| {
        format!(
            "{} {} out of 10, {} {} out of 10",
            first.label,
            tenths_text(shown.totals[0]),
            second.label,
            tenths_text(shown.totals[1])
        )
    });
    let weighed = if use_case.is_some() {
        "weighted as the article's use case".to_owned()
    } else {
        equal_weights(data)
    };
    [
        format!("{question} Verdict: {verdict}"),
        format!(
            "{} {}, {weighed}. Weigh it your way with the sliders; each score quotes the article.",
            explanation(data, evaluation),
            scores.clone().unwrap_or_default()
        ),
        format!(
            "{CARD_NAME}: {question} Verdict: {verdict}.{}",
            scores.map_or_else(String::new, |s| format!(" {s}."))
        ),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture::dataset;

    #[test]
    fn the_cards_two_credit_lines_are_the_credit_line() {
        let source = &dataset().source;
        let [first, second] = credit_lines(source);
        assert_eq!(first, "Scores: our reading of Test Press's 2025 test post");
        assert_eq!(
            second,
            "(“Fixture: A or B?”), which gives no scores itself."
        );
        assert_eq!(format!("{first} {second}"), credit_line(source));
    }
}
