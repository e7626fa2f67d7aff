//! The summary a reader copies, in Markdown.

use super::*;

/// The short Markdown summary a reader copies, for these weights and
/// their analysis.
pub fn summary_markdown(data: &DataSet, weights: &[u8], analysis: &Analysis, link: &str) -> String {
    let evaluation = &analysis.evaluation;
    let mut out = format!(
        "**{CARD_NAME}: {}**\n\n",
        verdict_label(data, evaluation.verdict)
    );
    if let Some(shown) = &analysis.shown {
        out.push_str(&format!(
            "- {} {} / 10, {} {} / 10, margin {}\n",
            data.options[0].label,
            tenths_text(shown.totals[0]),
            data.options[1].label,
            tenths_text(shown.totals[1]),
            tenths_text(shown.margin.abs())
        ));
    }
    out.push_str(&format!("- {}\n", explanation(data, evaluation)));
    out.push_str("- Weights (0 to 10):");
    let mut first = true;
    for (criterion, &weight) in data.criteria.iter().zip(weights).filter(|(_, &w)| w > 0) {
        out.push_str(if first { " " } else { ", " });
        out.push_str(&format!("{} {weight}", criterion.label));
        first = false;
    }
    out.push('\n');
    if let Some(robustness) = &analysis.robustness {
        out.push_str(&format!(
            "- {}\n",
            robustness_words(data, evaluation, robustness)
        ));
    }
    out.push_str(&format!("- {}\n", credit_line(&data.source)));
    out.push_str(&format!("\n{link}\n"));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture::{dataset, weights};
    use crate::report::analyse;

    #[test]
    fn the_summary_has_the_verdict_the_scores_the_weights_the_credit_and_the_link() {
        // The fixture (`crate::fixture`): Speed 5 and Ease 3 give B, 6.9 to
        // 5.9, a lead that depends on Speed's evidence.
        let data = dataset();
        let weights = weights(&[("speed", 5), ("ease", 3)]);
        let summary = summary_markdown(
            data,
            &weights,
            &analyse(data, &weights),
            "https://example.org/?w",
        );
        assert_eq!(
            summary,
            format!(
                "**Backend Verdict: B**\n\n\
                 - A 5.9 / 10, B 6.9 / 10, margin 1.0\n\
                 - B leads, pulled most by speed.\n\
                 - Weights (0 to 10): Speed 5, Ease 3\n\
                 - Depends on which evidence you believe, most of all on speed. Going by the article, it is B; going by Bench X, A.\n\
                 - {}\n\
                 \nhttps://example.org/?w\n",
                credit_line(&data.source)
            )
        );
    }
}
