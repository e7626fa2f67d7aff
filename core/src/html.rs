//! HTML generated from the data at build time: the static fallback (what
//! readers see inside `<backend-verdict>` before the widget starts, with
//! JavaScript off, or when the wasm cannot load) and the standalone page's
//! sources sections (the scores with their rationale, the evidence, the
//! article's tables). Generated from the same data and model as the widget,
//! so they can never disagree; a test keeps `index.html` in step.

use crate::data::{DataSet, Evidence, Preset, ARTICLE_TABLES, EVIDENCE, READINGS};
use crate::format::{escape, points};
use crate::report::evaluate;
use crate::words::{
    claim_source, credit_line, evidence_range, explanation, fallback_lead, quotes_credit,
    sources_lead, table_caption, table_source, use_case_lead, verdict_label, CLAIM_LEAD,
    CLAIM_LEAD_OUR_WORDS, CRITERION_COLUMN, EVIDENCE_LEAD, OPEN_INTERACTIVE, SCORES_CAPTION,
    SCORES_SOURCE,
};

/// The fallback for the default weights, with the article's key table and,
/// when given, a link to the full page.
pub fn fallback_html(data: &DataSet, full_page: Option<&str>) -> String {
    fallback_for(
        data,
        &fallback_lead(data),
        &data.default_weights(),
        full_page,
    )
}

/// The fallback of one use case's page: the verdict for its preset's
/// weights, for readers without JavaScript and for crawlers.
pub fn use_case_fallback_html(data: &DataSet, preset: &Preset, full_page: &str) -> String {
    fallback_for(
        data,
        &use_case_lead(data, preset.label),
        preset.weights,
        Some(full_page),
    )
}

fn fallback_for(data: &DataSet, lead: &str, weights: &[u8], full_page: Option<&str>) -> String {
    let evaluation = evaluate(data, weights);
    let mut html = String::new();
    html.push_str("<div class=\"backend-verdict-fallback\">\n");
    html.push_str(&format!(
        "  <p><strong>{}: {}.</strong>",
        escape(lead),
        escape(verdict_label(data, evaluation.verdict))
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
    if let Some(table) = ARTICLE_TABLES.iter().find(|t| t.id == "key-takeaways") {
        push_bare_table(
            &mut html,
            table.id,
            table.title,
            table.credit,
            table.columns,
            &escaped_rows(table.rows),
        );
        html.push('\n');
    }
    html.push_str(&format!("  <p>{}", escape(&credit_line(&data.source))));
    if let Some(link) = full_page {
        html.push_str(&format!(
            " <a href=\"{}\">{OPEN_INTERACTIVE}</a>.",
            escape(link)
        ));
    }
    html.push_str("</p>\n</div>");
    html
}

/// Appends one table in a wrapper that scrolls sideways on a phone, so it
/// takes focus for the keyboard and says what it holds.
fn push_table(
    html: &mut String,
    id: &str,
    caption: &str,
    credit: &str,
    columns: &[&str],
    rows: &[Vec<String>],
) {
    html.push_str(&format!(
        "<div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-label=\"{}\">",
        escape(caption)
    ));
    push_bare_table(html, id, caption, credit, columns, rows);
    html.push_str("</div>\n");
}

/// Appends one table: caption with source, header row, body rows (already
/// HTML) whose first cell heads the row.
fn push_bare_table(
    html: &mut String,
    id: &str,
    caption: &str,
    credit: &str,
    columns: &[&str],
    rows: &[Vec<String>],
) {
    html.push_str(&format!(
        "<table data-table=\"{}\">\n<caption>{} <span class=\"source\">Source: {}.</span></caption>\n<thead><tr>",
        escape(id),
        escape(caption),
        escape(credit)
    ));
    for column in columns {
        html.push_str(&format!("<th scope=\"col\">{}</th>", escape(column)));
    }
    html.push_str("</tr></thead>\n<tbody>\n");
    for row in rows {
        html.push_str("<tr>");
        for (i, cell) in row.iter().enumerate() {
            let tag = if i == 0 { "th scope=\"row\"" } else { "td" };
            let close = if i == 0 { "th" } else { "td" };
            html.push_str(&format!("<{tag}>{cell}</{close}>"));
        }
        html.push_str("</tr>\n");
    }
    html.push_str("</tbody></table>");
}

/// A table's text cells, escaped for HTML.
fn escaped_rows(rows: &[&[&str]]) -> Vec<Vec<String>> {
    rows.iter()
        .map(|row| row.iter().map(|cell| escape(cell)).collect())
        .collect()
}

/// The scores behind the model: each our reading of the article, with the
/// article's words it rests on, whom the article credits for them, the
/// range the evidence supports, and the evidence rows that bear on it.
pub fn scores_html(data: &DataSet) -> String {
    let mut columns = vec![CRITERION_COLUMN];
    columns.extend(data.options.iter().map(|o| o.label));
    let rows: Vec<Vec<String>> = data
        .criteria
        .iter()
        .zip(READINGS)
        .map(|(c, readings)| {
            let mut head = escape(c.label);
            let rows = evidence_on(c.id);
            if !rows.is_empty() {
                let links: Vec<String> = rows
                    .iter()
                    .map(|e| {
                        format!(
                            "<a href=\"#evidence-{}\">{}</a>",
                            escape(e.id),
                            escape(&format!("{}, {}", evidence_title(e.id), e.status))
                        )
                    })
                    .collect();
                head.push_str(&format!(
                    " <span class=\"source\">{EVIDENCE_LEAD}: {}.</span>",
                    links.join(", ")
                ));
            }
            let mut row = vec![head];
            row.extend(c.scores.iter().zip(readings).map(|(score, reading)| {
                let range = if (score.low, score.high) == (score.score, score.score) {
                    String::new()
                } else {
                    format!(
                        " <span class=\"range\">{}</span>",
                        evidence_range(score.low, score.high)
                    )
                };
                let derivations: String = reading
                    .derivations
                    .iter()
                    .map(|d| format!("<span class=\"source derivation\">{}</span>", escape(d)))
                    .collect();
                let quotes: Vec<String> = reading
                    .quotes
                    .iter()
                    .map(|q| format!("<li><q>{}</q></li>", escape(q)))
                    .collect();
                format!(
                    "<strong>{}</strong>{range}: {}<ul class=\"quotes\">{}</ul><span class=\"source\">{}</span>{derivations}",
                    score.score,
                    escape(reading.reading),
                    quotes.join(""),
                    escape(&quotes_credit(reading.credit))
                )
            }));
            row
        })
        .collect();
    let mut html = String::new();
    push_table(
        &mut html,
        "scores",
        SCORES_CAPTION,
        SCORES_SOURCE,
        &columns,
        &rows,
    );
    html.trim_end().to_owned()
}

/// The evidence rows that bear on a criterion.
pub fn evidence_on(criterion: &str) -> Vec<&'static crate::data::Evidence> {
    EVIDENCE
        .iter()
        .filter(|e| e.criteria.contains(&criterion))
        .collect()
}

/// An evidence row's claim, short enough for a link.
fn evidence_title(id: &str) -> String {
    id.replace('-', " ")
}

/// Each of the article's checkable claims beside independent figures.
pub fn evidence_html(data: &DataSet, evidence: &[Evidence]) -> String {
    let mut html = String::from("<ul class=\"claims\">\n");
    for item in evidence {
        // Quotation marks only around the article's own words (the build
        // checks them); a claim in our words is shown as ours.
        let claim = if item.claim_in_our_words {
            format!("{CLAIM_LEAD_OUR_WORDS} {}", escape(item.claim))
        } else {
            format!("{CLAIM_LEAD} “{}”", escape(item.claim))
        };
        let bears_on: Vec<String> = item
            .criteria
            .iter()
            .filter_map(|id| data.criteria.iter().find(|c| c.id == *id))
            .map(|c| escape(c.label))
            .collect();
        html.push_str(&format!(
            "<li class=\"claim\" id=\"evidence-{}\" data-evidence=\"{}\">\n<p><span class=\"status status-{}\">{}</span> {} <span class=\"source\">{}</span></p>\n<p>{}</p>\n<ul class=\"figures\">\n",
            escape(item.id),
            escape(item.id),
            escape(&item.status.replace(' ', "-")),
            escape(item.status),
            claim,
            escape(&claim_source(item.article_credit, &bears_on.join(", "))),
            escape(item.summary)
        ));
        for figure in item.figures {
            html.push_str(&format!(
                "<li>{}: <strong>{}</strong>. <a href=\"{}\" rel=\"noopener noreferrer\">{}</a>, {}.</li>\n",
                escape(figure.label),
                escape(figure.value),
                escape(figure.url),
                escape(figure.source),
                escape(figure.date)
            ));
        }
        html.push_str("</ul>\n</li>\n");
    }
    html.push_str("</ul>");
    html
}

/// The article's tables, with its credits: as it prints them, or, marked
/// so, as we built them from its lists.
pub fn article_tables_html() -> String {
    let mut html = String::new();
    for table in ARTICLE_TABLES {
        let title = table_caption(table.title, table.from_lists);
        let credit = table_source(table.credit, table.from_lists);
        push_table(
            &mut html,
            table.id,
            &title,
            &credit,
            table.columns,
            &escaped_rows(table.rows),
        );
    }
    html.trim_end().to_owned()
}

/// Every generated block of `index.html`, by marker name.
pub fn page_blocks(data: &DataSet) -> [(&'static str, String); 5] {
    [
        ("fallback", fallback_html(data, None)),
        (
            "sources-lead",
            format!("<p>{}</p>", escape(&sources_lead(data))),
        ),
        ("scores", scores_html(data)),
        ("evidence", evidence_html(data, EVIDENCE)),
        ("article-tables", article_tables_html()),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::Figure;
    use crate::DATASET;

    #[test]
    fn states_the_default_verdict_and_links_to_the_page() {
        let html = fallback_html(&DATASET, Some("https://example.org/bv/?a=1&b=2"));
        assert!(html.contains("Verdict with equal weight on performance, scalability, learning curve and cost: Node.js."), "{html}");
        assert!(html.contains("<a href=\"https://example.org/bv/?a=1&amp;b=2\">"));
        assert!(html.contains("Enterprise &amp; Fintech</t"), "{html}");
    }

    /// The standalone page carries these blocks inline; they must be the
    /// ones the current data gives. `UPDATE_PAGE=1 cargo test` rewrites them.
    #[test]
    fn index_html_carries_the_current_blocks() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../index.html");
        let mut page = std::fs::read_to_string(path).unwrap();
        let mut stale = Vec::new();
        for (name, expected) in page_blocks(&DATASET) {
            let start = format!("<!-- {name}:start -->\n");
            let end = format!("\n<!-- {name}:end -->");
            let from = page.find(&start).unwrap_or_else(|| panic!("no {start}")) + start.len();
            let to = from
                + page[from..]
                    .find(&end)
                    .unwrap_or_else(|| panic!("no {end}"));
            if page[from..to] != expected {
                stale.push(name);
                page.replace_range(from..to, &expected);
            }
        }
        if !stale.is_empty() && std::env::var_os("UPDATE_PAGE").is_some() {
            std::fs::write(path, page).unwrap();
            return;
        }
        assert!(
            stale.is_empty(),
            "index.html is stale in {stale:?}: run UPDATE_PAGE=1 cargo test"
        );
    }

    #[test]
    fn a_claim_shows_its_words_as_the_articles_or_ours_and_links_each_figure() {
        static FIGURES: [Figure; 1] = [Figure {
            label: "Requests per second",
            value: "12,000",
            source: "Bench X",
            date: "2025-03-01",
            url: "https://example.org/bench?run=1&os=linux",
        }];
        let row = |id, claim_in_our_words| Evidence {
            id,
            criteria: &["performance"],
            claim: "Node.js is faster",
            claim_in_our_words,
            article_credit: "the article",
            status: "partly holds",
            summary: "Faster on I/O <only>.",
            figures: &FIGURES,
        };
        let html = evidence_html(&DATASET, &[row("quoted", false), row("ours", true)]);
        assert!(
            html.contains(&format!("{CLAIM_LEAD} “Node.js is faster”")),
            "{html}"
        );
        assert!(
            html.contains(&format!("{CLAIM_LEAD_OUR_WORDS} Node.js is faster")),
            "{html}"
        );
        assert!(html.contains("<a href=\"https://example.org/bench?run=1&amp;os=linux\" rel=\"noopener noreferrer\">Bench X</a>, 2025-03-01."), "{html}");
        assert!(
            html.contains("class=\"status status-partly-holds\""),
            "{html}"
        );
        assert!(html.contains("Faster on I/O &lt;only&gt;."), "{html}");
        assert!(
            html.contains("Performance"),
            "the criterion it bears on, by its label: {html}"
        );
    }
}
