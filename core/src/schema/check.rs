//! Checking the data file: every entry on its own, then one pass per kind
//! of entry, then the model over every preset.

use super::*;

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
fn entries<T: FromToml>(
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
        match T::from_toml(item) {
            Ok(entry) => parsed.push(entry),
            Err(problem) => problems.add(&name, problem),
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
    let source = match table.get("source").map(Source::from_toml) {
        Some(Ok(source)) => {
            check_marked_quotes("[source]", "title", source.title, article, &mut problems);
            Some(source)
        }
        Some(Err(problem)) => {
            problems.add("[source]", problem);
            None
        }
        None => {
            problems.add("[source]", "section is missing");
            None
        }
    };
    let options: Vec<Choice> = entries(&table, "options", "option", &mut problems);
    let criteria: Vec<FileCriterion> = entries(&table, "criteria", "criterion", &mut problems);
    let presets: Vec<FilePreset> = entries(&table, "presets", "preset", &mut problems);
    let tables: Vec<Table> = entries(&table, "tables", "table", &mut problems);
    let evidence: Vec<Evidence> = entries(&table, "evidence", "evidence", &mut problems);

    let ids = check_ids(
        &options,
        &criteria,
        &presets,
        &tables,
        &evidence,
        &mut problems,
    );
    check_criteria(&criteria, &options, &ids, &evidence, article, &mut problems);
    check_presets(&presets, &ids, article, &mut problems);
    check_tables(&tables, article, &mut problems);
    check_evidence(&evidence, &ids, article, &mut problems);
    // Only a data set that is otherwise sound can be run through the model.
    if problems.list.is_empty() {
        check_presets_give_the_articles_winner(&options, &criteria, &presets, &mut problems);
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

/// The ids entries refer to each other by.
struct Ids {
    options: HashSet<String>,
    criteria: HashSet<String>,
}

/// Every id well formed and unique within its kind; exactly two options.
fn check_ids(
    options: &[Choice],
    criteria: &[FileCriterion],
    presets: &[FilePreset],
    tables: &[Table],
    evidence: &[Evidence],
    problems: &mut Problems,
) -> Ids {
    if options.len() != 2 {
        problems.add(
            "[[options]]",
            format!("expected exactly 2 options, found {}", options.len()),
        );
    }
    check_unique(presets.iter().map(|p| p.id), "preset", problems);
    check_unique(tables.iter().map(|t| t.id), "table", problems);
    check_unique(evidence.iter().map(|e| e.id), "evidence", problems);
    Ids {
        options: check_unique(options.iter().map(|o| o.id), "option", problems),
        criteria: check_unique(criteria.iter().map(|c| c.id), "criterion", problems),
    }
}

/// Each criterion: its default weight, one score per option within 0 to
/// 10, each with a reading, a credit and quotes that are in the article,
/// and a range that holds the score, each end that differs from it derived
/// from evidence rows, and what each end rests on.
fn check_criteria(
    criteria: &[FileCriterion],
    options: &[Choice],
    ids: &Ids,
    evidence: &[Evidence],
    article: &str,
    problems: &mut Problems,
) {
    for criterion in criteria {
        let name = format!("criterion `{}`", criterion.id);
        check_marked_quotes(&name, "label", criterion.label, article, problems);
        check_marked_quotes(&name, "help", criterion.help, article, problems);
        if !(0..=10).contains(&criterion.weight) {
            problems.add(
                &name,
                format!("default weight {} is outside 0 to 10", criterion.weight),
            );
        }
        for score in criterion.scores {
            check_score(&name, score, ids, article, problems);
            let (low, high) = score.range();
            for (end, differs, from, derivation) in [
                (
                    "low",
                    low != score.score,
                    score.low_from,
                    score.low_derivation,
                ),
                (
                    "high",
                    high != score.score,
                    score.high_from,
                    score.high_derivation,
                ),
            ] {
                let end = RangeEnd {
                    criterion: criterion.id,
                    option: score.option,
                    end,
                    differs,
                    from,
                    derivation,
                };
                check_range_end(&name, &end, evidence, problems);
            }
        }
        let ranged = criterion
            .scores
            .iter()
            .any(|s| s.range() != (s.score, s.score));
        for (id, source) in &criterion.range_ends {
            if !ids.options.contains(*id) {
                problems.add(&name, format!("range_ends names unknown option `{id}`"));
            }
            if source.trim().is_empty() {
                problems.add(&name, format!("range_ends for `{id}` is empty"));
            }
            check_marked_quotes(&name, "range_ends", source, article, problems);
        }
        if ranged
            && options
                .iter()
                .any(|o| !criterion.range_ends.contains_key(o.id))
        {
            problems.add(
                &name,
                "a score has a range, so range_ends must name the source behind each option's end",
            );
        }
        if !ranged && !criterion.range_ends.is_empty() {
            problems.add(&name, "range_ends is set but no score has a range");
        }
        for option in options {
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
    }
    if !criteria.is_empty() && !criteria.iter().any(|c| c.primary) {
        problems.add("[[criteria]]", "no criterion is marked primary");
    }
}

fn check_score(name: &str, score: &FileScore, ids: &Ids, article: &str, problems: &mut Problems) {
    let option = score.option;
    if !ids.options.contains(option) {
        problems.add(name, format!("score names unknown option `{option}`"));
    }
    if !(0..=10).contains(&score.score) {
        problems.add(
            name,
            format!(
                "score {} for option `{option}` is outside 0 to 10",
                score.score
            ),
        );
    }
    if score.credit.trim().is_empty() || score.reading.trim().is_empty() {
        problems.add(
            name,
            format!("score for option `{option}` needs a credit and a reading"),
        );
    }
    let (low, high) = score.range();
    if !(0..=score.score).contains(&low) || !(score.score..=10).contains(&high) {
        problems.add(
            name,
            format!(
                "range {low}..{high} for option `{option}` must hold the score {} and stay within 0 to 10",
                score.score
            ),
        );
    }
    check_marked_quotes(name, "reading", score.reading, article, problems);
    check_marked_quotes(name, "credit", score.credit, article, problems);
    if score.quotes.is_empty() {
        problems.add(
            name,
            format!("score for option `{option}` needs at least one quote from the article"),
        );
    }
    for quote in score.quotes {
        if quote.trim().is_empty() || !article.contains(quote) {
            problems.add(
                name,
                format!("quote for option `{option}` is not in the article's text: {quote:?}"),
            );
        }
    }
}

/// One end of a score's range, as the file writes it.
struct RangeEnd<'a> {
    criterion: &'a str,
    option: &'a str,
    /// "low" or "high", as the fields are named.
    end: &'a str,
    /// Whether the end differs from the score.
    differs: bool,
    from: Option<&'a [&'a str]>,
    derivation: Option<&'a str>,
}

/// An end that differs from the score names the evidence rows it comes
/// from (known, and bearing on its criterion) and a derivation whose every
/// figure one of those rows gives; an end that is the score names neither.
fn check_range_end(
    name: &str,
    range_end: &RangeEnd,
    evidence: &[Evidence],
    problems: &mut Problems,
) {
    let RangeEnd {
        criterion,
        option,
        end,
        ..
    } = *range_end;
    match (range_end.differs, range_end.from, range_end.derivation) {
        (false, None, None) => {}
        (false, _, _) => problems.add(
            name,
            format!("the {end} end for option `{option}` is the score itself, so it takes no {end}_from or {end}_derivation"),
        ),
        (true, Some(from), Some(derivation)) if !from.is_empty() && !derivation.trim().is_empty() => {
            let mut rows = Vec::new();
            for id in from {
                match evidence.iter().find(|e| e.id == *id) {
                    None => problems.add(name, format!("{end}_from names unknown evidence `{id}`")),
                    Some(row) if !row.criteria.contains(&criterion) => problems.add(
                        name,
                        format!("{end}_from names evidence `{id}`, which does not bear on this criterion"),
                    ),
                    Some(row) => rows.push(row),
                }
            }
            for figure in quoted_figures(derivation) {
                let given = rows
                    .iter()
                    .any(|row| row.figures.iter().any(|f| f.value.contains(figure)));
                if !given {
                    problems.add(
                        name,
                        format!(
                            "{end}_derivation for option `{option}` uses {figure}, which no figure of {} gives",
                            from.join(", ")
                        ),
                    );
                }
            }
        }
        (true, _, _) => problems.add(
            name,
            format!("the {end} end for option `{option}` differs from the score, so it needs {end}_from (evidence ids) and {end}_derivation"),
        ),
    }
}

/// The figures a derivation takes from its sources: numbers written with a
/// thousands comma or a percent sign ("853,263", "40.8%"). Its own
/// arithmetic ("5.95", "6") is neither.
fn quoted_figures(text: &str) -> Vec<&str> {
    text.split_whitespace()
        .map(|word| {
            word.trim_start_matches('(')
                .trim_end_matches([',', '.', ':', ';', ')'])
        })
        .filter(|word| {
            word.starts_with(|c: char| c.is_ascii_digit())
                && (word.contains(',') || word.ends_with('%'))
        })
        .collect()
}

/// Words a text puts in quotation marks (“…”) are the article's exact
/// words: the page shows them as the article's.
fn check_marked_quotes(
    name: &str,
    field: &str,
    text: &str,
    article: &str,
    problems: &mut Problems,
) {
    let mut rest = text;
    while let Some(open) = rest.find('“') {
        let after = &rest[open + '“'.len_utf8()..];
        let Some(close) = after.find('”') else {
            problems.add(
                name,
                format!("{field} opens a quotation mark it never closes: {text:?}"),
            );
            return;
        };
        let quoted = &after[..close];
        if !article.contains(quoted) {
            problems.add(
                name,
                format!("{field} puts “{quoted}” in quotation marks, but those are not the article's words; quote it exactly or drop the marks"),
            );
        }
        rest = &after[close + '”'.len_utf8()..];
    }
}

/// Each preset: weights for known criteria within 0 to 10, not all zero,
/// a winner that is one of the options, the article's reason in its own
/// words, and the criteria that reason names weighing most.
fn check_presets(presets: &[FilePreset], ids: &Ids, article: &str, problems: &mut Problems) {
    for preset in presets {
        let name = format!("preset `{}`", preset.id);
        if preset.reason.trim().is_empty() || !article.contains(preset.reason) {
            problems.add(
                &name,
                format!("reason is not in the article's text: {:?}", preset.reason),
            );
        }
        let heaviest_other = preset
            .weights
            .iter()
            .filter(|(id, _)| !preset.reason_criteria.contains(id))
            .map(|(_, &w)| w)
            .max()
            .unwrap_or(0);
        for id in preset.reason_criteria {
            if !ids.criteria.contains(*id) {
                problems.add(
                    &name,
                    format!("reason_criteria names unknown criterion `{id}`"),
                );
            }
            let weight = preset.weights.get(id).copied().unwrap_or(0);
            if weight <= 0 || weight < heaviest_other {
                problems.add(
                    &name,
                    format!("the reason's criterion `{id}` has weight {weight}, but the reason's criteria must weigh most (another weighs {heaviest_other})"),
                );
            }
        }
        for (id, &weight) in &preset.weights {
            if !ids.criteria.contains(*id) {
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
        if !ids.options.contains(preset.article_winner) {
            problems.add(
                &name,
                format!(
                    "article_winner names unknown option `{}`",
                    preset.article_winner
                ),
            );
        }
    }
}

/// Each table: rows as wide as its columns, and, unless it is gathered
/// from the article's lists, every cell word for word in the article.
fn check_tables(tables: &[Table], article: &str, problems: &mut Problems) {
    for table in tables {
        let name = format!("table `{}`", table.id);
        if !table.from_lists {
            for cell in table
                .columns
                .iter()
                .chain(table.rows.iter().copied().flatten())
            {
                if !article.contains(cell) {
                    problems.add(
                        &name,
                        format!("cell {cell:?} is not in the article's text; a table the article does not print says from_lists = true"),
                    );
                }
            }
        }
        for (row, cells) in table.rows.iter().enumerate() {
            if cells.len() != table.columns.len() {
                problems.add(
                    &name,
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
}

/// Each evidence row: the article's claim in its words (or marked as ours),
/// a known status, the criteria it bears on, and at least one figure with
/// a source, a date and a pinned https address.
fn check_evidence(evidence: &[Evidence], ids: &Ids, article: &str, problems: &mut Problems) {
    for item in evidence {
        let name = format!("evidence `{}`", item.id);
        if item.claim_in_our_words {
            check_marked_quotes(&name, "claim", item.claim, article, problems);
        } else if !article.contains(item.claim) {
            problems.add(
                &name,
                format!("claim is not in the article's text; quote it exactly, or say claim_in_our_words = true: {:?}", item.claim),
            );
        }
        if !EVIDENCE_STATUSES.contains(&item.status) {
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
        for id in item.criteria {
            if !ids.criteria.contains(*id) {
                problems.add(&name, format!("criteria names unknown criterion `{id}`"));
            }
        }
        for figure in item.figures {
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
}

/// The model, run over the file's scores, gives every preset the winner the
/// article names for it.
fn check_presets_give_the_articles_winner(
    options: &[Choice],
    criteria: &[FileCriterion],
    presets: &[FilePreset],
    problems: &mut Problems,
) {
    let scores: Vec<[f64; 2]> = criteria
        .iter()
        .map(|c| options_in_order(options, c).map(|s| s.score as f64))
        .collect();
    for preset in presets {
        let weights: Vec<f64> = preset_weights(criteria, preset)
            .iter()
            .map(|&w| f64::from(w))
            .collect();
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
