//! `make dist`'s reach step: everything a shared link and an oEmbed consumer
//! need, with absolute addresses from BASE_URL, written into the built
//! folder:
//! - `cards/home.png` and `cards/<preset-id>.png`: 1200 x 630 link-preview
//!   cards, SVG from `verdict_core::card` rasterised with resvg;
//! - `use-case/<preset-id>/index.html`: the page opened on one use case,
//!   made from the built `index.html` (its assets resolve against
//!   `<base href="../../">`), with the verdict as text in the fallback;
//! - `oembed.json` beside each page (oEmbed 1.0, `rich`, an iframe of
//!   `frame.html`);
//! - the preview tags (`og:*`, `twitter:*`, the oEmbed link) in the head of
//!   `index.html` and of every use-case page, replaced if already there.
//!
//! Usage: verdict-cards DIST_DIR BASE_URL

use std::fs;
use std::path::Path;
use std::process::ExitCode;

use resvg::{tiny_skia, usvg};
use verdict_core::card::{card_svg, preview, Preview, CARD_SIZE};
use verdict_core::data::Preset;
use verdict_core::format::escape;
use verdict_core::html::use_case_fallback_html;
use verdict_core::links::FRAME_HEIGHT;
use verdict_core::words::{use_case_page_texts, EVERY_USE_CASE};
use verdict_core::DATASET;

/// The width oEmbed consumers are told (a blog column).
const FRAME_WIDTH: u32 = 700;

const PREVIEWS_START: &str = "<!-- previews:start -->";
const PREVIEWS_END: &str = "<!-- previews:end -->";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [dir, base] = args.as_slice() else {
        eprintln!("usage: verdict-cards DIST_DIR BASE_URL");
        return ExitCode::from(2);
    };
    let base = if base.ends_with('/') {
        base.clone()
    } else {
        format!("{base}/")
    };
    match run(Path::new(dir), &base) {
        Ok(written) => {
            println!("verdict-cards: wrote {written} files in {dir} for {base}");
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("verdict-cards: {error}");
            ExitCode::FAILURE
        }
    }
}

fn run(dir: &Path, base: &str) -> Result<usize, String> {
    let index_path = dir.join("index.html");
    let index = fs::read_to_string(&index_path)
        .map_err(|e| format!("{}: {e}; run the release build first", index_path.display()))?;
    let fonts = font_database()?;
    fs::create_dir_all(dir.join("cards")).map_err(|e| e.to_string())?;
    let mut written = 0;

    // The standalone page.
    let home = preview(&DATASET, None);
    render_png(
        &card_svg(&DATASET, &home),
        &fonts,
        &dir.join("cards/home.png"),
    )?;
    let page = Page {
        address: base.to_owned(),
        image: format!("{base}cards/home.png"),
        frame: format!("{base}frame.html"),
        oembed: format!("{base}oembed.json"),
    };
    write(&index_path, &with_previews(&index, &home, &page))?;
    write(&dir.join("oembed.json"), &oembed(&home, &page, base))?;
    written += 3;

    // One page per use case.
    for preset in DATASET.presets {
        let card = preview(&DATASET, Some(preset));
        let folder = dir.join("use-case").join(preset.id);
        fs::create_dir_all(&folder).map_err(|e| e.to_string())?;
        render_png(
            &card_svg(&DATASET, &card),
            &fonts,
            &dir.join(format!("cards/{}.png", preset.id)),
        )?;
        let page = Page {
            address: format!("{base}use-case/{}/", preset.id),
            image: format!("{base}cards/{}.png", preset.id),
            frame: format!("{base}frame.html?preset={}", preset.id),
            oembed: format!("{base}use-case/{}/oembed.json", preset.id),
        };
        let html = use_case_page(&index, preset, &card, base)?;
        write(
            &folder.join("index.html"),
            &with_previews(&html, &card, &page),
        )?;
        write(&folder.join("oembed.json"), &oembed(&card, &page, base))?;
        written += 3;
    }
    Ok(written)
}

/// One page's absolute addresses.
struct Page {
    address: String,
    image: String,
    frame: String,
    oembed: String,
}

fn write(path: &Path, text: &str) -> Result<(), String> {
    fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))
}

/// The system's fonts; the cards need a sans-serif face (DejaVu Sans,
/// which `make setup` installs where it is missing).
fn font_database() -> Result<usvg::fontdb::Database, String> {
    let mut fonts = usvg::fontdb::Database::new();
    fonts.load_system_fonts();
    if fonts.faces().next().is_none() {
        return Err("no system fonts found; install fonts-dejavu-core".to_owned());
    }
    Ok(fonts)
}

fn render_png(svg: &str, fonts: &usvg::fontdb::Database, path: &Path) -> Result<(), String> {
    let options = usvg::Options {
        fontdb: std::sync::Arc::new(fonts.clone()),
        ..usvg::Options::default()
    };
    let tree = usvg::Tree::from_str(svg, &options).map_err(|e| format!("card SVG: {e}"))?;
    let (width, height) = CARD_SIZE;
    let mut pixmap = tiny_skia::Pixmap::new(width, height).ok_or("card size")?;
    resvg::render(&tree, tiny_skia::Transform::default(), &mut pixmap.as_mut());
    pixmap
        .save_png(path)
        .map_err(|e| format!("{}: {e}", path.display()))
}

/// oEmbed 1.0, type `rich`.
fn oembed(preview: &Preview, page: &Page, base: &str) -> String {
    let html = oembed_html(&page.frame, &preview.title, &page.address);
    format!(
        "{{\n  \"version\": \"1.0\",\n  \"type\": \"rich\",\n  \"title\": {},\n  \"provider_name\": \"Backend Verdict\",\n  \"provider_url\": {},\n  \"url\": {},\n  \"width\": {FRAME_WIDTH},\n  \"height\": {FRAME_HEIGHT},\n  \"thumbnail_url\": {},\n  \"thumbnail_width\": {},\n  \"thumbnail_height\": {},\n  \"html\": {}\n}}\n",
        json(&preview.title),
        json(base),
        json(&page.address),
        json(&page.image),
        CARD_SIZE.0,
        CARD_SIZE.1,
        json(&html)
    )
}

/// The oEmbed `html`: the iframe, as WordPress and Ghost keep it. A
/// `<blockquote class="wp-embedded-content">` first makes WordPress load its
/// `wp-embed` script, which sizes the iframe from the frame's messages and
/// shows the blockquote (a link to the page, its title giving the verdict)
/// until the frame speaks, so a frame that cannot load leaves words, not an
/// empty box. WordPress's allow-list keeps `frameborder` and drops `style`
/// and `loading`, which Ghost keeps. The width is in pixels: WordPress hides
/// the iframe while the blockquote shows, and at `100%` the hidden iframe
/// widens the post.
fn oembed_html(frame: &str, title: &str, page: &str) -> String {
    format!(
        "<blockquote class=\"wp-embedded-content\"><a href=\"{page}\">{title}</a></blockquote>\n<iframe src=\"{frame}\" title=\"{title}\" width=\"{FRAME_WIDTH}\" height=\"{FRAME_HEIGHT}\" frameborder=\"0\" loading=\"lazy\" style=\"border:0;max-width:100%\"></iframe>",
        page = escape(page),
        title = escape(title),
        frame = escape(frame),
    )
}

/// A JSON string literal.
fn json(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The page's head with its preview tags, replacing any from a run before.
fn with_previews(html: &str, preview: &Preview, page: &Page) -> String {
    let tags = format!(
        "{PREVIEWS_START}
    <link rel=\"canonical\" href=\"{address}\">
    <link rel=\"alternate\" type=\"application/json+oembed\" href=\"{oembed}\" title=\"{title}\">
    <meta property=\"og:type\" content=\"website\">
    <meta property=\"og:site_name\" content=\"Backend Verdict\">
    <meta property=\"og:title\" content=\"{title}\">
    <meta property=\"og:description\" content=\"{description}\">
    <meta property=\"og:url\" content=\"{address}\">
    <meta property=\"og:image\" content=\"{image}\">
    <meta property=\"og:image:type\" content=\"image/png\">
    <meta property=\"og:image:width\" content=\"{width}\">
    <meta property=\"og:image:height\" content=\"{height}\">
    <meta property=\"og:image:alt\" content=\"{alt}\">
    <meta name=\"twitter:card\" content=\"summary_large_image\">
    <meta name=\"twitter:title\" content=\"{title}\">
    <meta name=\"twitter:description\" content=\"{description}\">
    <meta name=\"twitter:image\" content=\"{image}\">
    <meta name=\"twitter:image:alt\" content=\"{alt}\">
    {PREVIEWS_END}",
        address = escape(&page.address),
        oembed = escape(&page.oembed),
        title = escape(&preview.title),
        description = escape(&preview.description),
        image = escape(&page.image),
        alt = escape(&preview.image_alt),
        width = CARD_SIZE.0,
        height = CARD_SIZE.1,
    );
    match (html.find(PREVIEWS_START), html.find(PREVIEWS_END)) {
        (Some(start), Some(end)) => {
            format!(
                "{}{tags}{}",
                &html[..start],
                &html[end + PREVIEWS_END.len()..]
            )
        }
        _ => html.replacen("</head>", &format!("    {tags}\n  </head>"), 1),
    }
}

/// A use case's page, made from the built standalone page: its assets stay
/// where they are (`<base href="../../">`), its title, description and main
/// content are the use case's, and the widget opens on the preset.
fn use_case_page(
    index: &str,
    preset: &Preset,
    preview: &Preview,
    base: &str,
) -> Result<String, String> {
    let between = |text: &str, open: &str, close: &str| -> Result<(usize, usize), String> {
        let start = text.find(open).ok_or(format!("index.html has no {open}"))?;
        let end = start
            + text[start..]
                .find(close)
                .ok_or(format!("index.html has no {close}"))?
            + close.len();
        Ok((start, end))
    };
    let mut html = index.to_owned();
    // Drop any preview tags the standalone page carries from an earlier run.
    if let (Some(start), Some(end)) = (html.find(PREVIEWS_START), html.find(PREVIEWS_END)) {
        html.replace_range(start..end + PREVIEWS_END.len(), "");
    }
    let (start, end) = between(&html, "<title>", "</title>")?;
    html.replace_range(
        start..end,
        &format!("<title>{}</title>", escape(&preview.title)),
    );
    let (start, end) = between(&html, "<meta name=\"description\"", ">")?;
    html.replace_range(
        start..end,
        &format!(
            "<meta name=\"description\" content=\"{}\">",
            escape(&preview.description)
        ),
    );
    let winner = DATASET.options[preset.article_winner].label;
    let [heading, intro] = use_case_page_texts(&DATASET, preset.label, winner);
    let main = format!(
        "<main>
      <h1>{heading}</h1>
      <p class=\"intro\">{intro}</p>
      <backend-verdict preset=\"{id}\">
{fallback}
      </backend-verdict>
      <p class=\"intro\"><a href=\"./\">{back}</a></p>
    </main>",
        heading = escape(&heading),
        intro = escape(&intro),
        back = escape(EVERY_USE_CASE),
        id = escape(preset.id),
        fallback = use_case_fallback_html(&DATASET, preset, base),
    );
    let (start, end) = between(&html, "<main>", "</main>")?;
    html.replace_range(start..end, &main);
    // Every relative address on the page resolves against the folder the
    // standalone page is in.
    Ok(html.replacen("<head>", "<head>\n    <base href=\"../../\">", 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_strings_escape_quotes_and_controls() {
        assert_eq!(json("a \"b\" \\ c\n"), r#""a \"b\" \\ c\n""#);
    }

    #[test]
    fn previews_are_replaced_not_repeated() {
        let page = Page {
            address: "https://example.test/bv/".into(),
            image: "https://example.test/bv/cards/home.png".into(),
            frame: "https://example.test/bv/frame.html".into(),
            oembed: "https://example.test/bv/oembed.json".into(),
        };
        let home = preview(&DATASET, None);
        let once = with_previews("<html><head></head></html>", &home, &page);
        let twice = with_previews(&once, &home, &page);
        assert_eq!(once, twice);
        assert_eq!(once.matches("og:image\"").count(), 1);
    }
}
