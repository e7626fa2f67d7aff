//! The checked file as the shipped types, and those as Rust statics.

use super::*;

/// The shipped data, made from a checked file.
pub struct Lowered {
    pub dataset: DataSet,
    pub said_in: Vec<&'static str>,
    pub readings: Vec<[Reading; 2]>,
    pub tables: Vec<Table>,
    pub evidence: Vec<Evidence>,
}

/// Turns the file's entries into the shipped types: options by position,
/// scores in option order with their ranges filled in, quotes apart from
/// the scores (only the standalone page carries them).
pub fn lower(checked: Checked) -> Lowered {
    let (criteria, presets, evidence) = (checked.criteria, checked.presets, checked.evidence);
    let options: [Choice; 2] = checked.options.try_into().expect("checked: two options");
    let shipped_criteria: Vec<Criterion> = criteria
        .iter()
        .map(|c| {
            let scores = options_in_order(&options, c);
            let (low, high) = (scores.map(|s| s.range().0), scores.map(|s| s.range().1));
            Criterion {
                id: c.id,
                label: c.label,
                help: c.help,
                primary: c.primary,
                default_weight: c.weight as u8,
                scores: [0, 1].map(|i| Score {
                    score: scores[i].score as u8,
                    low: low[i] as u8,
                    high: high[i] as u8,
                }),
                range_ends: options
                    .each_ref()
                    .map(|o| c.range_ends.get(o.id).copied().unwrap_or("")),
                checked: evidence.iter().any(|e| {
                    e.criteria.contains(&c.id) && !UNCHECKING_STATUSES.contains(&e.status)
                }),
            }
        })
        .collect();
    let readings = criteria
        .iter()
        .map(|c| {
            options_in_order(&options, c).map(|s| Reading {
                reading: s.reading,
                quotes: s.quotes,
                credit: s.credit,
                derivations: Vec::leak(
                    [("low", s.low_derivation), ("high", s.high_derivation)]
                        .into_iter()
                        .filter_map(|(end, text)| {
                            text.map(|text| &*String::leak(format!("The {end} end: {text}")))
                        })
                        .collect(),
                ),
            })
        })
        .collect();
    let shipped_presets: Vec<Preset> = presets
        .iter()
        .map(|p| Preset {
            id: p.id,
            label: p.label,
            article_winner: options
                .iter()
                .position(|o| o.id == p.article_winner)
                .expect("checked: a known option"),
            reason_criteria: Vec::leak(
                p.reason_criteria
                    .iter()
                    .map(|id| {
                        criteria
                            .iter()
                            .position(|c| c.id == *id)
                            .expect("checked: a known criterion")
                    })
                    .collect(),
            ),
            weights: Vec::leak(preset_weights(&criteria, p)),
        })
        .collect();
    Lowered {
        dataset: DataSet {
            source: checked.source,
            options,
            criteria: Vec::leak(shipped_criteria),
            presets: Vec::leak(shipped_presets),
        },
        said_in: presets.iter().map(|p| p.said_in).collect(),
        readings,
        tables: checked.tables,
        evidence,
    }
}

/// Writes the checked data set as the Rust statics `data.rs` includes.
pub fn to_rust(checked: Checked) -> String {
    let shipped = lower(checked);
    let mut out = String::new();
    let mut write = |doc: &str, name: &str, value: String| {
        out.push_str(&format!("/// {doc}\npub static {name} = {value};\n\n"));
    };
    write(
        "The data set, checked.",
        "DATASET: DataSet",
        shipped.dataset.bake(),
    );
    let said_in = shipped.said_in.as_slice().bake();
    write(
        "Where the article names each preset's winner.",
        "PRESET_SAID_IN: &[&str]",
        said_in,
    );
    let readings = shipped.readings.as_slice().bake();
    write(
        "What each score rests on, per criterion, in option order.",
        "READINGS: &[[Reading; 2]]",
        readings,
    );
    write(
        "The article's tables.",
        "ARTICLE_TABLES: &[Table]",
        shipped.tables.as_slice().bake(),
    );
    write(
        "The article's claims beside independent figures.",
        "EVIDENCE: &[Evidence]",
        shipped.evidence.as_slice().bake(),
    );
    out
}
