//! The one palette: every colour the widget, the standalone page, the frame
//! and the preview card use, each a light and a dark value. The card reads
//! it here; the stylesheets (`src/widget.css`, `static/page.css`,
//! `static/frame.css`) write the same values, and `tests/palette.rs` fails
//! on any colour of theirs that is not one of these, or a widget property
//! that does not hold its pair.

/// One colour in both themes, and the widget's property for it, where a
/// host may override it (`--bv-<name>` and `--bv-<name>-dark`).
pub struct Colour {
    pub property: Option<&'static str>,
    /// The widget's own custom property that holds the pair (`--_bg`).
    pub holder: Option<&'static str>,
    pub light: &'static str,
    pub dark: &'static str,
}

const fn themed(
    property: &'static str,
    holder: &'static str,
    light: &'static str,
    dark: &'static str,
) -> Colour {
    Colour {
        property: Some(property),
        holder: Some(holder),
        light,
        dark,
    }
}

const fn fixed(holder: &'static str, light: &'static str, dark: &'static str) -> Colour {
    Colour {
        property: None,
        holder: Some(holder),
        light,
        dark,
    }
}

pub const BACKGROUND: Colour = themed("background", "bg", "#ffffff", "#15181d");
pub const TEXT: Colour = themed("text", "fg", "#1b1f24", "#e8eaed");
pub const MUTED: Colour = themed("muted", "muted", "#4d5560", "#b3bac4");
pub const BORDER: Colour = themed("border", "border", "#c9ced6", "#444b55");
pub const SURFACE: Colour = themed("surface", "surface", "#f4f6f8", "#20252c");
pub const ACCENT: Colour = themed("accent", "accent", "#1f5fbf", "#8ab4f8");
/// Text on the accent (a pressed chip's).
pub const ON_ACCENT: Colour = fixed("accent-fg", "#ffffff", "#10141a");
pub const PYTHON: Colour = themed("python", "python", "#2f62a0", "#7fb0ee");
pub const NODE: Colour = themed("node", "node", "#2f7a3a", "#7cc48a");
pub const WARNING_BACKGROUND: Colour = fixed("warn-bg", "#fff4d6", "#3a3115");
pub const WARNING_BORDER: Colour = fixed("warn-border", "#b88a00", "#d9b44a");
pub const FOCUS: Colour = themed("focus", "focus", "#1f5fbf", "#8ab4f8");
/// Behind the widget on the standalone page and the use-case pages.
pub const PAGE_BACKGROUND: Colour = Colour {
    property: None,
    holder: None,
    light: "#eef1f4",
    dark: "#0d0f12",
};

/// Every colour, for the test that holds the stylesheets to them.
pub const ALL: [&Colour; 13] = [
    &BACKGROUND,
    &TEXT,
    &MUTED,
    &BORDER,
    &SURFACE,
    &ACCENT,
    &ON_ACCENT,
    &PYTHON,
    &NODE,
    &WARNING_BACKGROUND,
    &WARNING_BORDER,
    &FOCUS,
    &PAGE_BACKGROUND,
];
