//! The one codec for everything that comes from outside the bundle: the
//! element's attributes, the page's URL and stored settings.
//!
//! It never panics. Unknown ids are ignored, numbers are clamped or
//! rejected, and each thing it ignored becomes a [`Notice`] the widget shows
//! in a sentence. Nothing here is ever treated as markup.

use crate::data::DataSet;
use crate::model::MAX_WEIGHT;

/// Longest attribute or parameter value read at all. A full set of weights
/// is under 250 bytes; anything far longer is a mistake or an attack.
pub const MAX_INPUT_LEN: usize = 1024;

/// Longest piece of a bad input quoted back to the reader.
const MAX_QUOTE_CHARS: usize = 24;

/// Something from outside that was ignored or changed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    UnknownPreset(String),
    UnknownCriterion(String),
    NotANumber { id: String, raw: String },
    OutOfRange { id: String, raw: String, used: u8 },
    Rounded { id: String, raw: String, used: u8 },
    Duplicate(String),
    Malformed(String),
    TooLong { what: &'static str, len: usize },
    UnknownTheme(String),
}

/// Shortens outside text to a safe, short quote: control characters out,
/// at most a couple of dozen characters.
fn quote(raw: &str) -> String {
    let cleaned: String = raw.chars().filter(|c| !c.is_control()).collect();
    if cleaned.chars().count() > MAX_QUOTE_CHARS {
        let head: String = cleaned.chars().take(MAX_QUOTE_CHARS - 1).collect();
        format!("{head}…")
    } else {
        cleaned
    }
}

/// The reader's weights: one whole number from 0 to 10 per criterion, in the
/// order of [`DataSet::criteria`].
pub type Weights = Vec<u8>;

/// Applies an `id:value,id:value` list on top of `weights`.
pub fn apply_weights(data: &DataSet, input: &str, weights: &mut [u8]) -> Vec<Notice> {
    let mut notices = Vec::new();
    if input.len() > MAX_INPUT_LEN {
        notices.push(Notice::TooLong {
            what: "weights",
            len: input.chars().count(),
        });
        return notices;
    }
    let mut seen = vec![false; weights.len()];
    for entry in input.split(',').map(str::trim).filter(|e| !e.is_empty()) {
        let Some((id, raw)) = entry.split_once(':') else {
            notices.push(Notice::Malformed(quote(entry)));
            continue;
        };
        let (id, raw) = (id.trim(), raw.trim());
        let Some(index) = data.criterion_index(id) else {
            notices.push(Notice::UnknownCriterion(quote(id)));
            continue;
        };
        let label = data.criteria[index].label.to_owned();
        if seen[index] {
            notices.push(Notice::Duplicate(label));
            continue;
        }
        let value = match parse_decimal(raw) {
            Some(value) => value,
            None => {
                notices.push(Notice::NotANumber {
                    id: label,
                    raw: quote(raw),
                });
                continue;
            }
        };
        let used = value.clamp(0.0, MAX_WEIGHT).round() as u8;
        if !(0.0..=MAX_WEIGHT).contains(&value) {
            notices.push(Notice::OutOfRange {
                id: label,
                raw: quote(raw),
                used,
            });
        } else if value.fract() != 0.0 {
            notices.push(Notice::Rounded {
                id: label,
                raw: quote(raw),
                used,
            });
        }
        seen[index] = true;
        weights[index] = used;
    }
    notices
}

/// Reads a plain decimal number (`7`, `-3`, `7.5`, `+2.`); anything else,
/// exponents, `NaN` and `inf` included, is not a weight. Written by hand
/// because the standard float parser costs the bundle about 10 KB.
pub fn parse_decimal(raw: &str) -> Option<f64> {
    // `strip_prefix`, not `&raw[1..]`: a slice that can panic brings the
    // standard library's panic formatting for strings (about 3 KB).
    let (negative, digits) = match (raw.strip_prefix('-'), raw.strip_prefix('+')) {
        (Some(rest), _) => (true, rest),
        (_, Some(rest)) => (false, rest),
        _ => (false, raw),
    };
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
    let all_digits = |part: &str| part.bytes().all(|b| b.is_ascii_digit());
    if whole.is_empty() && fraction.is_empty() || !all_digits(whole) || !all_digits(fraction) {
        return None;
    }
    // Digits past these cannot change a weight from 0 to 10 after rounding;
    // the whole part only needs to say "more than 10".
    let whole_value = whole
        .bytes()
        .fold(0.0, |acc, b| (acc * 10.0 + f64::from(b - b'0')).min(1e6));
    let (fraction_value, _) = fraction
        .bytes()
        .take(9)
        .fold((0.0, 0.1), |(acc, scale), b| {
            (acc + f64::from(b - b'0') * scale, scale / 10.0)
        });
    let value = whole_value + fraction_value;
    Some(if negative { -value } else { value })
}

/// Writes every weight as `id:value`, joined by commas, in data set order.
pub fn format_weights(data: &DataSet, weights: &[u8]) -> String {
    // Written piece by piece: a collected `join` costs the bundle its own
    // routine.
    let mut list = String::new();
    for (criterion, weight) in data.criteria.iter().zip(weights) {
        if !list.is_empty() {
            list.push(',');
        }
        list.push_str(criterion.id);
        list.push(':');
        list.push_str(&u32::from(*weight).to_string());
    }
    list
}

/// The weights a `preset` and a `weights` list describe together: the
/// preset's weights (or the defaults), then the listed ones on top.
pub fn resolve(
    data: &DataSet,
    preset: Option<&str>,
    weights: Option<&str>,
) -> (Weights, Vec<Notice>) {
    let mut notices = Vec::new();
    let mut resolved = data.default_weights();
    if let Some(id) = preset.map(str::trim).filter(|id| !id.is_empty()) {
        if id.len() > MAX_INPUT_LEN {
            notices.push(Notice::TooLong {
                what: "preset",
                len: id.chars().count(),
            });
        } else {
            match data.preset(id) {
                Some(preset) => resolved = preset.weights.to_vec(),
                None => notices.push(Notice::UnknownPreset(quote(id))),
            }
        }
    }
    if let Some(list) = weights {
        notices.extend(apply_weights(data, list, &mut resolved));
    }
    (resolved, notices)
}

/// The first preset whose weights are exactly these, if any.
pub fn matching_preset(data: &DataSet, weights: &[u8]) -> Option<&'static str> {
    data.presets
        .iter()
        .find(|preset| preset.weights == weights)
        .map(|preset| preset.id)
}

/// The colour theme a host asks for.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    Light,
    Dark,
    #[default]
    Auto,
}

/// Reads the `theme` attribute; anything else is `auto`, with a notice.
pub fn parse_theme(raw: Option<&str>) -> (Theme, Option<Notice>) {
    match raw.map(|r| r.trim().to_ascii_lowercase()).as_deref() {
        None | Some("") | Some("auto") => (Theme::Auto, None),
        Some("light") => (Theme::Light, None),
        Some("dark") => (Theme::Dark, None),
        Some(other) => (Theme::Auto, Some(Notice::UnknownTheme(quote(other)))),
    }
}

/// Decodes `%XX` escapes and `+` in a URL query component. Bad escapes are
/// kept as they are; a component whose bytes are not UTF-8 is kept as
/// written, escapes and all, so a notice can still show what was given.
fn percent_decode(component: &str) -> String {
    let bytes = component.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                (Some(high), Some(low)) => {
                    out.push((high * 16 + low) as u8);
                    i += 2;
                }
                _ => out.push(b'%'),
            },
            byte => out.push(byte),
        }
        i += 1;
    }
    String::from_utf8(out).unwrap_or_else(|_| component.to_owned())
}

/// Reads the state in a page URL's query (`?preset=…&weights=…`, with or
/// without the `?`). Other parameters belong to the host and are left alone.
/// Returns `None` when the query says nothing about the widget.
pub fn parse_query(data: &DataSet, query: &str) -> Option<(Weights, Vec<Notice>)> {
    let query = query.strip_prefix('?').unwrap_or(query);
    if query.len() > 8 * MAX_INPUT_LEN {
        let (weights, _) = resolve(data, None, None);
        let notice = Notice::TooLong {
            what: "link",
            len: query.chars().count(),
        };
        return Some((weights, vec![notice]));
    }
    let (mut preset, mut weights) = (None, None);
    for pair in query.split('&') {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        match key {
            "preset" if preset.is_none() => preset = Some(percent_decode(value)),
            "weights" if weights.is_none() => weights = Some(percent_decode(value)),
            _ => {}
        }
    }
    if preset.is_none() && weights.is_none() {
        return None;
    }
    Some(resolve(data, preset.as_deref(), weights.as_deref()))
}

/// The query that [`parse_query`] reads back as exactly these weights.
pub fn to_query(data: &DataSet, weights: &[u8]) -> String {
    // Ids and digits need no escaping; `:` and `,` are allowed in a query.
    let list = format_weights(data, weights);
    match matching_preset(data, weights) {
        Some(preset) => format!("?preset={preset}&weights={list}"),
        None => format!("?weights={list}"),
    }
}
