//! Reading and checking `data/dataset.toml`, then writing it out as Rust.
//!
//! The build script includes this file (and `model.rs`), so a bad data file
//! fails the build; the crate's tests include it too, to prove each message.
//! Every message names the file, the entry and the problem.

use serde::Deserialize;
use std::collections::{BTreeMap, HashSet};
use std::fmt::Write as _;

use crate::model;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSource {
    pub title: String,
    pub publisher: String,
    pub year: u16,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawChoice {
    pub id: String,
    pub label: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawScore {
    pub option: String,
    pub score: i64,
    #[serde(default)]
    pub low: Option<i64>,
    #[serde(default)]
    pub high: Option<i64>,
    pub credit: String,
    pub reading: String,
    pub quotes: Vec<String>,
}

impl RawScore {
    /// The range the evidence supports, the score itself by default.
    pub fn range(&self) -> (i64, i64) {
        (
            self.low.unwrap_or(self.score),
            self.high.unwrap_or(self.score),
        )
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawCriterion {
    pub id: String,
    pub label: String,
    pub help: String,
    #[serde(default)]
    pub primary: bool,
    pub weight: i64,
    /// Option id to the source behind the end most favourable to it.
    #[serde(default)]
    pub range_ends: BTreeMap<String, String>,
    pub scores: Vec<RawScore>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawPreset {
    pub id: String,
    pub label: String,
    pub article_winner: String,
    pub said_in: String,
    pub weights: BTreeMap<String, i64>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawTable {
    pub id: String,
    pub title: String,
    pub credit: String,
    #[serde(default = "printed_by_default")]
    pub printed: bool,
    pub columns: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawFigure {
    pub label: String,
    pub value: String,
    pub source: String,
    pub date: String,
    pub url: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawEvidence {
    pub id: String,
    pub criteria: Vec<String>,
    pub claim: String,
    pub article_credit: String,
    pub status: String,
    pub summary: String,
    pub figures: Vec<RawFigure>,
}

/// The data file once every check has passed.
pub struct Checked {
    pub source: RawSource,
    pub options: Vec<RawChoice>,
    /// Scores reordered to follow `options`.
    pub criteria: Vec<RawCriterion>,
    pub presets: Vec<RawPreset>,
    pub tables: Vec<RawTable>,
    pub evidence: Vec<RawEvidence>,
}

fn printed_by_default() -> bool {
    true
}

/// The words a reader sees for how far a claim holds.
pub const EVIDENCE_STATUSES: [&str; 7] = [
    "holds",
    "partly holds",
    "outdated",
    "unsupported",
    "unverified",
    "contradicted",
    "not reproduced",
];

/// Address fragments that follow a branch rather than a fixed version: a
/// figure's address must keep leading to the number it was read from.
const MOVING_ADDRESSES: [&str; 6] = [
    "/blob/HEAD/",
    "/tree/HEAD/",
    "/blob/main/",
    "/tree/main/",
    "/blob/master/",
    "/tree/master/",
];

/// Collects problems so one build reports all of them at once.
struct Problems<'a> {
    file: &'a str,
    list: Vec<String>,
}

impl Problems<'_> {
    fn add(&mut self, entry: &str, problem: impl std::fmt::Display) {
        self.list.push(format!("{}: {entry}: {problem}", self.file));
    }
}

/// Takes each entry of array `key` apart on its own, so a missing field or
/// a wrong type is reported against the entry that has it.
fn entries<T: for<'de> Deserialize<'de>>(
    table: &toml::Table,
    key: &str,
    kind: &str,
    problems: &mut Problems,
) -> Vec<T> {
    let Some(value) = table.get(key) else {
        problems.add(&format!("[[{key}]]"), "section is missing");
        return Vec::new();
    };
    let Some(array) = value.as_array() else {
        problems.add(&format!("[[{key}]]"), "expected an array of tables");
        return Vec::new();
    };
    let mut parsed = Vec::new();
    for (position, item) in array.iter().enumerate() {
        let name = match item.get("id").and_then(toml::Value::as_str) {
            Some(id) => format!("{kind} `{id}`"),
            None => format!("{kind} #{}", position + 1),
        };
        match T::deserialize(item.clone()) {
            Ok(entry) => parsed.push(entry),
            Err(error) => problems.add(&name, error.message()),
        }
    }
    parsed
}

fn check_unique<'a>(
    ids: impl Iterator<Item = &'a str>,
    kind: &str,
    problems: &mut Problems,
) -> HashSet<String> {
    let mut seen = HashSet::new();
    for id in ids {
        if id.is_empty()
            || !id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        {
            problems.add(
                &format!("{kind} `{id}`"),
                "id must be lowercase letters, digits and hyphens",
            );
        }
        if !seen.insert(id.to_owned()) {
            problems.add(&format!("{kind} `{id}`"), "duplicate id");
        }
    }
    seen
}

/// Parses and checks the data file `text`, read from `file`, against the
/// article's text (every quote, and every cell of a printed table, must be
/// the article's own words).
pub fn check(file: &str, text: &str, article: &str) -> Result<Checked, Vec<String>> {
    let mut problems = Problems {
        file,
        list: Vec::new(),
    };
    let table: toml::Table = match text.parse() {
        Ok(table) => table,
        Err(error) => return Err(vec![format!("{file}: not valid TOML: {error}")]),
    };
    let source = match table.get("source").cloned().map(RawSource::deserialize) {
        Some(Ok(source)) => Some(source),
        Some(Err(error)) => {
            problems.add("[source]", error.message());
            None
        }
        None => {
            problems.add("[source]", "section is missing");
            None
        }
    };
    let options: Vec<RawChoice> = entries(&table, "options", "option", &mut problems);
    let mut criteria: Vec<RawCriterion> = entries(&table, "criteria", "criterion", &mut problems);
    let presets: Vec<RawPreset> = entries(&table, "presets", "preset", &mut problems);
    let tables: Vec<RawTable> = entries(&table, "tables", "table", &mut problems);
    let evidence: Vec<RawEvidence> = entries(&table, "evidence", "evidence", &mut problems);

    if options.len() != 2 {
        problems.add(
            "[[options]]",
            format!("expected exactly 2 options, found {}", options.len()),
        );
    }
    let option_ids = check_unique(
        options.iter().map(|o| o.id.as_str()),
        "option",
        &mut problems,
    );
    let criterion_ids = check_unique(
        criteria.iter().map(|c| c.id.as_str()),
        "criterion",
        &mut problems,
    );
    check_unique(
        presets.iter().map(|p| p.id.as_str()),
        "preset",
        &mut problems,
    );
    check_unique(tables.iter().map(|t| t.id.as_str()), "table", &mut problems);
    check_unique(
        evidence.iter().map(|e| e.id.as_str()),
        "evidence",
        &mut problems,
    );

    for criterion in &mut criteria {
        let name = format!("criterion `{}`", criterion.id);
        if !(0..=10).contains(&criterion.weight) {
            problems.add(
                &name,
                format!("default weight {} is outside 0 to 10", criterion.weight),
            );
        }
        for score in &criterion.scores {
            if !option_ids.contains(&score.option) {
                problems.add(
                    &name,
                    format!("score names unknown option `{}`", score.option),
                );
            }
            if !(0..=10).contains(&score.score) {
                problems.add(
                    &name,
                    format!(
                        "score {} for option `{}` is outside 0 to 10",
                        score.score, score.option
                    ),
                );
            }
            if score.credit.trim().is_empty() || score.reading.trim().is_empty() {
                problems.add(
                    &name,
                    format!(
                        "score for option `{}` needs a credit and a reading",
                        score.option
                    ),
                );
            }
            let (low, high) = score.range();
            if !(0..=score.score).contains(&low) || !(score.score..=10).contains(&high) {
                problems.add(
                    &name,
                    format!(
                        "range {low}..{high} for option `{}` must hold the score {} and stay within 0 to 10",
                        score.option, score.score
                    ),
                );
            }
            if score.quotes.is_empty() {
                problems.add(
                    &name,
                    format!(
                        "score for option `{}` needs at least one quote from the article",
                        score.option
                    ),
                );
            }
            for quote in &score.quotes {
                if quote.trim().is_empty() || !article.contains(quote.as_str()) {
                    problems.add(
                        &name,
                        format!(
                            "quote for option `{}` is not in the article's text: {quote:?}",
                            score.option
                        ),
                    );
                }
            }
        }
        let ranged = criterion
            .scores
            .iter()
            .any(|s| s.range() != (s.score, s.score));
        for (id, source) in &criterion.range_ends {
            if !option_ids.contains(id) {
                problems.add(&name, format!("range_ends names unknown option `{id}`"));
            }
            if source.trim().is_empty() {
                problems.add(&name, format!("range_ends for `{id}` is empty"));
            }
        }
        if ranged
            && options
                .iter()
                .any(|o| !criterion.range_ends.contains_key(&o.id))
        {
            problems.add(
                &name,
                "a score has a range, so range_ends must name the source behind each option's end",
            );
        }
        if !ranged && !criterion.range_ends.is_empty() {
            problems.add(&name, "range_ends is set but no score has a range");
        }
        for option in &options {
            match criterion
                .scores
                .iter()
                .filter(|s| s.option == option.id)
                .count()
            {
                0 => problems.add(&name, format!("missing score for option `{}`", option.id)),
                1 => {}
                _ => problems.add(&name, format!("two scores for option `{}`", option.id)),
            }
        }
        // Keep scores in the order of the options, so position means option.
        criterion.scores.sort_by_key(|score| {
            options
                .iter()
                .position(|o| o.id == score.option)
                .unwrap_or(usize::MAX)
        });
    }
    let primary = criteria.iter().filter(|c| c.primary).count();
    if !criteria.is_empty() && primary == 0 {
        problems.add("[[criteria]]", "no criterion is marked primary");
    }

    for preset in &presets {
        let name = format!("preset `{}`", preset.id);
        for (id, &weight) in &preset.weights {
            if !criterion_ids.contains(id) {
                problems.add(&name, format!("weight names unknown criterion `{id}`"));
            }
            if !(0..=10).contains(&weight) {
                problems.add(
                    &name,
                    format!("weight {weight} for `{id}` is outside 0 to 10"),
                );
            }
        }
        if preset.weights.values().all(|&w| w <= 0) {
            problems.add(&name, "every weight is zero, so it gives no verdict");
        }
        if !option_ids.contains(&preset.article_winner) {
            problems.add(
                &name,
                format!(
                    "article_winner names unknown option `{}`",
                    preset.article_winner
                ),
            );
        }
    }

    for table in &tables {
        if table.printed {
            for cell in table.columns.iter().chain(table.rows.iter().flatten()) {
                if !article.contains(cell.as_str()) {
                    problems.add(
                        &format!("table `{}`", table.id),
                        format!("cell {cell:?} is not in the article's text; a table the article does not print says printed = false"),
                    );
                }
            }
        }
        for (row, cells) in table.rows.iter().enumerate() {
            if cells.len() != table.columns.len() {
                problems.add(
                    &format!("table `{}`", table.id),
                    format!(
                        "row {} has {} cells but the table has {} columns",
                        row + 1,
                        cells.len(),
                        table.columns.len()
                    ),
                );
            }
        }
    }

    for item in &evidence {
        let name = format!("evidence `{}`", item.id);
        if !EVIDENCE_STATUSES.contains(&item.status.as_str()) {
            problems.add(
                &name,
                format!(
                    "status `{}` is not one of: {}",
                    item.status,
                    EVIDENCE_STATUSES.join(", ")
                ),
            );
        }
        if item.figures.is_empty() {
            problems.add(&name, "needs at least one independent figure");
        }
        if item.criteria.is_empty() {
            problems.add(&name, "needs the criteria it bears on");
        }
        for id in &item.criteria {
            if !criterion_ids.contains(id) {
                problems.add(&name, format!("criteria names unknown criterion `{id}`"));
            }
        }
        for figure in &item.figures {
            if !figure.url.starts_with("https://") {
                problems.add(
                    &name,
                    format!("figure `{}` needs an https:// address", figure.label),
                );
            }
            if MOVING_ADDRESSES.iter().any(|m| figure.url.contains(m)) {
                problems.add(
                    &name,
                    format!(
                        "figure `{}` links to a branch, whose file can move or vanish; pin a commit",
                        figure.label
                    ),
                );
            }
            if figure.source.trim().is_empty() || figure.date.trim().is_empty() {
                problems.add(
                    &name,
                    format!("figure `{}` needs a source and a date", figure.label),
                );
            }
        }
    }

    // Only a data set that is otherwise sound can be run through the model.
    if problems.list.is_empty() {
        let scores: Vec<[f64; 2]> = criteria
            .iter()
            .map(|c| [c.scores[0].score as f64, c.scores[1].score as f64])
            .collect();
        for preset in &presets {
            let weights = preset_weights(&criteria, preset);
            let verdict = model::evaluate(&scores, &weights).verdict;
            let expected = options
                .iter()
                .position(|o| o.id == preset.article_winner)
                .map(model::Verdict::Winner);
            if Some(verdict) != expected {
                let given = match verdict {
                    model::Verdict::Winner(i) => format!("`{}`", options[i].id),
                    model::Verdict::Tie => "too close to call".to_owned(),
                    model::Verdict::Unweighted => "no verdict".to_owned(),
                };
                problems.add(
                    &format!("preset `{}`", preset.id),
                    format!(
                        "its weights give {given} but the article's best choice is `{}`",
                        preset.article_winner
                    ),
                );
            }
        }
    }

    match (source, problems.list.is_empty()) {
        (Some(source), true) => Ok(Checked {
            source,
            options,
            criteria,
            presets,
            tables,
            evidence,
        }),
        _ => Err(problems.list),
    }
}

/// A preset's weight for every criterion, zero where it names none.
fn preset_weights(criteria: &[RawCriterion], preset: &RawPreset) -> Vec<f64> {
    criteria
        .iter()
        .map(|c| preset.weights.get(&c.id).copied().unwrap_or(0) as f64)
        .collect()
}

/// Writes the checked data set as the Rust statics `data.rs` includes.
pub fn to_rust(data: &Checked) -> String {
    let mut out = String::new();
    let s = |text: &str| format!("{text:?}");
    let _ = writeln!(out, "/// The bundled data set, checked at build time.");
    let _ = writeln!(out, "pub static DATASET: DataSet = DataSet {{");
    let _ = writeln!(
        out,
        "    source: Source {{ title: {}, publisher: {}, year: {} }},",
        s(&data.source.title),
        s(&data.source.publisher),
        data.source.year
    );
    let _ = writeln!(out, "    options: [");
    for option in &data.options {
        let _ = writeln!(
            out,
            "        Choice {{ id: {}, label: {} }},",
            s(&option.id),
            s(&option.label)
        );
    }
    let _ = writeln!(out, "    ],\n    criteria: &[");
    for c in &data.criteria {
        let _ = writeln!(
            out,
            "        Criterion {{ id: {}, label: {}, help: {}, primary: {}, default_weight: {}, scores: [",
            s(&c.id),
            s(&c.label),
            s(&c.help),
            c.primary,
            c.weight
        );
        for score in &c.scores {
            let (low, high) = score.range();
            let _ = writeln!(
                out,
                "            Score {{ score: {}, low: {low}, high: {high} }},",
                score.score
            );
        }
        let ends: Vec<String> = data
            .options
            .iter()
            .map(|o| s(c.range_ends.get(&o.id).map_or("", String::as_str)))
            .collect();
        let has_evidence = data.evidence.iter().any(|e| e.criteria.contains(&c.id));
        let _ = writeln!(
            out,
            "        ], range_ends: [{}], has_evidence: {has_evidence} }},",
            ends.join(", ")
        );
    }
    let _ = writeln!(out, "    ],\n    presets: &[");
    for preset in &data.presets {
        let winner = data
            .options
            .iter()
            .position(|o| o.id == preset.article_winner)
            .unwrap_or(0);
        let weights: Vec<String> = preset_weights(&data.criteria, preset)
            .iter()
            .map(|w| format!("{w}"))
            .collect();
        let _ = writeln!(
            out,
            "        Preset {{ id: {}, label: {}, article_winner: {winner}, weights: &[{}] }},",
            s(&preset.id),
            s(&preset.label),
            weights.join(", ")
        );
    }
    let _ = writeln!(out, "    ],\n}};\n");
    let _ = writeln!(
        out,
        "/// Where the article recommends each preset's winner, in preset order."
    );
    let said: Vec<String> = data.presets.iter().map(|p| s(&p.said_in)).collect();
    let _ = writeln!(
        out,
        "pub static PRESET_SAID_IN: &[&str] = &[{}];\n",
        said.join(", ")
    );
    let _ = writeln!(
        out,
        "/// What each score rests on, per criterion, in option order."
    );
    let _ = writeln!(out, "pub static READINGS: &[[Reading; 2]] = &[");
    for c in &data.criteria {
        let readings: Vec<String> = c
            .scores
            .iter()
            .map(|score| {
                let quotes: Vec<String> = score.quotes.iter().map(|q| s(q)).collect();
                format!(
                    "Reading {{ reading: {}, quotes: &[{}], credit: {} }}",
                    s(&score.reading),
                    quotes.join(", "),
                    s(&score.credit)
                )
            })
            .collect();
        let _ = writeln!(out, "    [{}],", readings.join(", "));
    }
    let _ = writeln!(out, "];\n");
    let _ = writeln!(out, "/// The article's tables.");
    let _ = writeln!(out, "pub static ARTICLE_TABLES: &[Table] = &[");
    for table in &data.tables {
        let columns: Vec<String> = table.columns.iter().map(|c| s(c)).collect();
        let rows: Vec<String> = table
            .rows
            .iter()
            .map(|row| {
                let cells: Vec<String> = row.iter().map(|c| s(c)).collect();
                format!("&[{}]", cells.join(", "))
            })
            .collect();
        let _ = writeln!(
            out,
            "        Table {{ id: {}, title: {}, credit: {}, printed: {}, columns: &[{}], rows: &[{}] }},",
            s(&table.id),
            s(&table.title),
            s(&table.credit),
            table.printed,
            columns.join(", "),
            rows.join(", ")
        );
    }
    let _ = writeln!(out, "];\n");
    let _ = writeln!(out, "/// The article's claims beside independent figures.");
    let _ = writeln!(out, "pub static EVIDENCE: &[Evidence] = &[");
    for item in &data.evidence {
        let _ = writeln!(
            out,
            "        Evidence {{ id: {}, criteria: &[{}], claim: {}, article_credit: {}, status: {}, summary: {}, figures: &[",
            s(&item.id),
            item.criteria.iter().map(|c| s(c)).collect::<Vec<_>>().join(", "),
            s(&item.claim),
            s(&item.article_credit),
            s(&item.status),
            s(&item.summary)
        );
        for f in &item.figures {
            let _ = writeln!(
                out,
                "            Figure {{ label: {}, value: {}, source: {}, date: {}, url: {} }},",
                s(&f.label),
                s(&f.value),
                s(&f.source),
                s(&f.date),
                s(&f.url)
            );
        }
        let _ = writeln!(out, "        ] }},");
    }
    let _ = writeln!(out, "];");
    out
}
