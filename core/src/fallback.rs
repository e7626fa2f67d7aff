//! The static fallback: what readers see inside `<backend-verdict>` before
//! the widget starts, with JavaScript off, or when the wasm cannot load. It
//! is generated from the same data and model, so it can never disagree.

use crate::data::DataSet;
use crate::report::{analyse, explanation, points, verdict_label};

/// Escapes text for HTML element content and quoted attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// The fallback for the default weights, with the article's key table and,
/// when given, a link to the full page.
pub fn fallback_html(data: &DataSet, full_page: Option<&str>) -> String {
    let weights = data.default_weights();
    let evaluation = analyse(data, &weights).evaluation;
    let mut html = String::new();
    html.push_str("<div class=\"backend-verdict-fallback\">\n");
    html.push_str(&format!(
        "  <p><strong>Python or Node.js for your backend? Verdict with equal weight on {}: {}.</strong>",
        escape(
            &data
                .criteria
                .iter()
                .filter(|c| c.primary)
                .map(|c| c.label.to_lowercase())
                .collect::<Vec<_>>()
                .join(", ")
        ),
        escape(&verdict_label(data, evaluation.verdict))
    ));
    if let Some(totals) = evaluation.totals {
        html.push_str(&format!(
            " {} {} / 10, {} {} / 10.",
            escape(data.options[0].label),
            points(totals[0]),
            escape(data.options[1].label),
            points(totals[1])
        ));
    }
    html.push_str(&format!(
        " {}</p>\n",
        escape(&explanation(data, &evaluation))
    ));
    if let Some(table) = data.tables.iter().find(|t| t.id == "key-takeaways") {
        html.push_str(&format!(
            "  <table>\n    <caption>{} (source: {})</caption>\n    <tr>",
            escape(table.title),
            escape(table.credit)
        ));
        for column in table.columns {
            html.push_str(&format!("<th>{}</th>", escape(column)));
        }
        html.push_str("</tr>\n");
        for row in table.rows {
            html.push_str("    <tr>");
            for cell in row.iter() {
                html.push_str(&format!("<td>{}</td>", escape(cell)));
            }
            html.push_str("</tr>\n");
        }
        html.push_str("  </table>\n");
    }
    html.push_str(&format!(
        "  <p>Scores read from “{}” ({}, {}).",
        escape(data.source.title),
        escape(data.source.publisher),
        data.source.year
    ));
    if let Some(link) = full_page {
        html.push_str(&format!(
            " <a href=\"{}\">Open the interactive Backend Verdict</a>.",
            escape(link)
        ));
    }
    html.push_str("</p>\n</div>");
    html
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::DATASET;

    #[test]
    fn escapes_markup() {
        assert_eq!(
            escape(r#"<a href="x">&'"#),
            "&lt;a href=&quot;x&quot;&gt;&amp;&#39;"
        );
    }

    #[test]
    fn states_the_default_verdict_and_links_to_the_page() {
        let html = fallback_html(&DATASET, Some("https://example.org/bv/?a=1&b=2"));
        assert!(html.contains("Verdict with equal weight on performance, scalability, learning curve, cost: Node.js."), "{html}");
        assert!(html.contains("<a href=\"https://example.org/bv/?a=1&amp;b=2\">"));
        assert!(html.contains("<td>Enterprise &amp; Fintech</td>"));
    }

    /// The standalone page carries the fallback inline; it must be the one
    /// the current data gives. `UPDATE_FALLBACK=1 cargo test` rewrites it.
    #[test]
    fn index_html_carries_the_current_fallback() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../index.html");
        let page = std::fs::read_to_string(path).unwrap();
        let (start, end) = ("<!-- fallback:start -->\n", "\n<!-- fallback:end -->");
        let from = page.find(start).expect("start marker") + start.len();
        let to = page.find(end).expect("end marker");
        let expected = fallback_html(&DATASET, None);
        if page[from..to] != expected && std::env::var_os("UPDATE_FALLBACK").is_some() {
            std::fs::write(path, format!("{}{expected}{}", &page[..from], &page[to..])).unwrap();
            return;
        }
        assert_eq!(
            page[from..to],
            expected,
            "run UPDATE_FALLBACK=1 cargo test to refresh index.html"
        );
    }
}
