//! What a shared link shows before anyone opens it: the preview texts
//! (`og:title`, `og:description`, the image's alt text) and the 1200 x 630
//! card image, as SVG, for the standalone page and each use case. The
//! `verdict-cards` tool rasterises the SVG to PNG when `make dist` runs; the
//! words come from the same model as the widget, so a card never disagrees
//! with the verdict the page opens on.

use crate::data::{DataSet, Preset};
use crate::format::{escape, points};
use crate::model::Verdict;
use crate::palette::{BACKGROUND, BORDER, MUTED, NODE, PYTHON, SURFACE, TEXT};
use crate::report::evaluate;
use crate::words::{
    credit_lines, preview_texts, verdict_label, CARD_NAME, CARD_SUBJECT, CARD_VERDICT,
};

/// The card's size in CSS pixels, as `og:image:width` and `height` say.
pub const CARD_SIZE: (u32, u32) = (1200, 630);

/// One page's link preview.
#[derive(Clone, Debug, PartialEq)]
pub struct Preview {
    /// What the question is about: "your backend" or a use case's label.
    pub subject: String,
    /// `og:title`: the question and the verdict.
    pub title: String,
    /// `og:description`: why, both scores, and what the page offers.
    pub description: String,
    /// The card image's alt text: everything the card shows, in words.
    pub image_alt: String,
    pub verdict: Verdict,
    /// Each option's score out of 10, or `None` with no verdict.
    pub totals: Option<[f64; 2]>,
}

/// The preview of the standalone page (the default weights) or of one use
/// case's page (its preset's weights).
pub fn preview(data: &DataSet, preset: Option<&Preset>) -> Preview {
    let weights = preset.map_or_else(|| data.default_weights(), |p| p.weights.to_vec());
    let evaluation = evaluate(data, &weights);
    let [title, description, image_alt] = preview_texts(data, preset.map(|p| p.label), &evaluation);
    Preview {
        subject: preset.map_or(CARD_SUBJECT, |p| p.label).to_owned(),
        title,
        description,
        image_alt,
        verdict: evaluation.verdict,
        totals: evaluation.totals,
    }
}

/// The colour the widget gives the verdict (the light theme's).
fn verdict_colour(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::Winner(0) => PYTHON.light,
        Verdict::Winner(_) => NODE.light,
        _ => MUTED.light,
    }
}

/// The card as SVG: the question, the verdict and both scores. Text is
/// sized to fit: a use case's label can be long, and SVG does not wrap.
pub fn card_svg(data: &DataSet, preview: &Preview) -> String {
    let (width, height) = CARD_SIZE;
    let [first, second] = &data.options;
    // About 0.6 em per character in a bold sans-serif face; the line may
    // use 1,000 of the card's 1,200 pixels.
    let subject_line = format!("{}?", preview.subject);
    let fitted = (1000.0 / (0.6 * subject_line.chars().count() as f64)).min(64.0);
    let colour = verdict_colour(preview.verdict);
    let credit = credit_lines(&data.source);
    let scores = match preview.totals {
        Some(totals) => format!(
            "<text x=\"110\" y=\"508\" font-size=\"44\" fill=\"{text}\">{} <tspan font-weight=\"bold\" fill=\"{python}\">{}</tspan>/10 · {} <tspan font-weight=\"bold\" fill=\"{node}\">{}</tspan>/10</text>",
            escape(first.label),
            points(totals[0]),
            escape(second.label),
            points(totals[1]),
            text = TEXT.light,
            python = PYTHON.light,
            node = NODE.light,
        ),
        None => String::new(),
    };
    format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}" font-family="DejaVu Sans, Liberation Sans, Arial, sans-serif">
<rect width="{width}" height="{height}" fill="{surface}"/>
<rect x="40" y="40" width="1120" height="550" rx="24" fill="{background}" stroke="{border}" stroke-width="2"/>
<rect x="72" y="80" width="12" height="470" rx="6" fill="{colour}"/>
<text x="110" y="125" font-size="30" fill="{muted}">{CARD_NAME}</text>
<text x="110" y="200" font-size="44" fill="{text}">{} or {} for</text>
<text x="110" y="{subject_y:.0}" font-size="{fitted:.0}" font-weight="bold" fill="{text}">{}</text>
<text x="110" y="360" font-size="36" fill="{muted}">{CARD_VERDICT}</text>
<text x="110" y="450" font-size="100" font-weight="bold" fill="{colour}">{}</text>
{scores}
<text x="110" y="546" font-size="20" fill="{muted}">{}</text>
<text x="110" y="571" font-size="20" fill="{muted}">{}</text>
</svg>
"##,
        escape(first.label),
        escape(second.label),
        escape(&subject_line),
        escape(verdict_label(data, preview.verdict)),
        escape(&credit[0]),
        escape(&credit[1]),
        subject_y = 200.0 + 20.0 + fitted,
        surface = SURFACE.light,
        background = BACKGROUND.light,
        border = BORDER.light,
        muted = MUTED.light,
        text = TEXT.light,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::DATASET;

    /// Discourse, for one, cuts a link preview's description at 250
    /// characters.
    #[test]
    fn every_description_fits_in_250_characters() {
        let presets = DATASET.presets.iter().map(Some);
        for preset in std::iter::once(None).chain(presets) {
            let description = preview(&DATASET, preset).description;
            let length = description.chars().count();
            assert!(length <= 250, "{length} characters: {description}");
        }
    }

    #[test]
    fn the_home_preview_states_the_default_verdict() {
        // The fixture (`crate::fixture`) at its default weights, Speed 5 and
        // Ease 3: B, 6.9 to 5.9.
        let data = crate::fixture::dataset();
        let home = preview(data, None);
        assert_eq!(home.title, "A or B for your backend? Verdict: B");
        assert!(
            home.description
                .contains("A 5.9 out of 10, B 6.9 out of 10"),
            "{}",
            home.description
        );
        assert!(
            home.image_alt
                .ends_with("Verdict: B. A 5.9 out of 10, B 6.9 out of 10."),
            "{}",
            home.image_alt
        );
    }

    #[test]
    fn each_use_case_preview_names_its_own_verdict() {
        let data = crate::fixture::dataset();
        for (id, label, winner) in [("fast", "Fast things", "B"), ("easy", "Easy things", "A")] {
            let card = preview(data, data.preset(id));
            assert_eq!(card.title, format!("A or B for {label}? Verdict: {winner}"));
            let svg = card_svg(data, &card);
            assert!(svg.contains(&format!(">{winner}</text>")), "{svg}");
            assert!(svg.contains(&format!(">{label}?</text>")), "{svg}");
        }
    }

    #[test]
    fn the_card_is_1200_by_630_and_escapes_its_text() {
        let data = crate::fixture::dataset();
        let card = Preview {
            subject: "Web APIs & <Microservices>".to_owned(),
            ..preview(data, None)
        };
        let svg = card_svg(data, &card);
        assert!(svg.starts_with(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1200\" height=\"630\""
        ));
        assert!(
            svg.contains("Web APIs &amp; &lt;Microservices&gt;?"),
            "{svg}"
        );
        assert!(!svg.contains("APIs & "));
    }
}
