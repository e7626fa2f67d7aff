//! The summary a reader copies, in Markdown.

use super::*;

/// The short Markdown summary a reader copies.
pub fn summary_markdown(data: &DataSet, weights: &[u8], link: &str) -> String {
    let analysis = analyse(data, weights);
    let evaluation = &analysis.evaluation;
    let mut out = format!(
        "**Backend Verdict: {}**\n\n",
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
    use crate::words::testing::*;
    use crate::DATASET;

    #[test]
    fn the_summary_has_the_verdict_the_weights_the_credit_and_the_link() {
        let link = "https://example.org/?preset=realtime";
        let summary = summary_markdown(&DATASET, preset("realtime"), link);
        assert!(
            summary.starts_with("**Backend Verdict: Node.js**\n\n- Python "),
            "{summary}"
        );
        assert!(summary.contains("- Weights (0 to 10): "), "{summary}");
        assert!(summary.contains(&format!("- {}\n", credit_line(&DATASET.source))));
        assert!(summary.ends_with("\nhttps://example.org/?preset=realtime\n"));
    }
}
