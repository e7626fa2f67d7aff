//! Text formatting, a leaf every layer may use: numbers as the widget
//! writes them (with integers: the standard float formatter costs the
//! bundle about 10 KB) and HTML escaping.

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

/// A score out of 10 with one decimal, as shown everywhere.
pub fn points(value: f64) -> String {
    fixed(value, 1)
}

/// `value` with exactly `decimals` (0 to 3) digits after the point, rounded
/// half away from zero. Written with integers because the standard float
/// formatter costs the bundle about 10 KB.
pub fn fixed(value: f64, decimals: u32) -> String {
    let scale = 10_i64.pow(decimals.min(3));
    let scaled = (value * scale as f64).round() as i64;
    let sign = if scaled < 0 { "-" } else { "" };
    let (whole, part) = (scaled.abs() / scale, scaled.abs() % scale);
    if decimals == 0 {
        format!("{sign}{whole}")
    } else {
        format!("{sign}{whole}.{part:0width$}", width = decimals as usize)
    }
}

/// A number of tenths as the widget writes it ("5.8").
pub fn tenths_text(value: i64) -> String {
    fixed(value as f64 / 10.0, 1)
}

/// A weight with at most two decimals and no trailing zeros.
pub fn trim_number(value: f64) -> String {
    let text = fixed(value, 2);
    text.trim_end_matches('0').trim_end_matches('.').to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fixed_rounds_half_away_from_zero() {
        assert_eq!(fixed(5.75, 1), "5.8");
        assert_eq!(fixed(-1.25, 1), "-1.3");
        assert_eq!(fixed(0.04, 1), "0.0");
        assert_eq!(fixed(7.2381, 2), "7.24");
        assert_eq!(fixed(10.0, 2), "10.00");
        assert_eq!(fixed(3.6, 0), "4");
        assert_eq!(trim_number(7.5), "7.5");
        assert_eq!(trim_number(3.0), "3");
    }

    #[test]
    fn escape_leaves_no_markup() {
        assert_eq!(
            escape("<a href=\"x\">Tom & 'Jerry'</a>"),
            "&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;"
        );
    }
}
