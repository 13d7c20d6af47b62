//! The protocol of disagreements («Келіспеушіліктер хаттамасы» / «Протокол разногласий»), a
//! document kind: what the parity commission signs when agreement is not reached on every item.
//! Side A is the workers' wording, side B the employer's. A status file carries the negotiation
//! from round to round: which items are agreed (and in whose wording), disputed or deferred.

use std::collections::BTreeMap;

use serde::Deserialize;
use serde_saphyr::Spanned;

use super::words::{new_text, old_text};
use super::{ClauseDiff, ItemDiff, Side};
use crate::document::{
    Annex, Block, Cell, Document, Line, Meta, Part, Segment, Signatory, Status, Table,
};
use crate::error::{Diagnostic, Error, Result, Source};
use crate::lang::{Bilingual, Lang};
use crate::library::Library;
use crate::load::yaml::{self, at};
use crate::names::{Named, named_enum};

named_enum! {
    /// Where an item of the negotiation stands.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum Decision: "status" {
        /// Agreed: it leaves the table of open items.
        Agreed = "agreed",
        /// Still disputed (the default).
        Disputed = "disputed",
        /// Put off to a later round.
        Deferred = "deferred",
    }
}

named_enum! {
    /// Whose wording an agreed item takes.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum Wording: "wording" {
        /// The workers' (side A).
        A = "a",
        /// The employer's (side B).
        B = "b",
    }
}

/// The status file: the round, and where each item stands.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Negotiation {
    /// The round of the negotiation.
    pub round: Option<u32>,
    /// By item id: a norm ("2.3") or a piece outside the clauses ("signatures.1").
    pub items: BTreeMap<String, ItemStatus>,
}

/// Where one item stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ItemStatus {
    /// Agreed, disputed or deferred.
    pub decision: Decision,
    /// The wording agreed, for an agreed item.
    pub text: Option<Wording>,
    /// The grounds of the disagreement.
    pub grounds: Option<Bilingual<String>>,
    /// The decision or further procedure, in the commission's words.
    pub note: Option<Bilingual<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawNegotiation {
    #[serde(default)]
    round: Option<u32>,
    #[serde(default)]
    items: BTreeMap<String, Spanned<RawItem>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawItem {
    status: Spanned<String>,
    #[serde(default)]
    text: Option<Spanned<String>>,
    #[serde(default)]
    grounds: Option<RawText>,
    #[serde(default)]
    note: Option<RawText>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawText {
    kk: String,
    ru: String,
}

impl Negotiation {
    /// Reads the status file `source`; an id the comparison does not know (`known`) is an error
    /// at its line.
    pub fn load(source: &Source, known: &[String]) -> Result<Negotiation> {
        let raw: RawNegotiation = yaml::parse(source)?;
        let mut diags: Vec<Diagnostic> = Vec::new();
        let mut items = BTreeMap::new();
        for (id, item) in &raw.items {
            let (l, c) = at(item);
            if !known.contains(id) {
                let known = if known.is_empty() {
                    "none".to_string()
                } else {
                    known.join(", ")
                };
                diags.push(source.diag(l, c, "").coded(
                    "protocol-unknown-item",
                    vec![("id", id.clone()), ("known", known)],
                ));
                continue;
            }
            let status = &item.value.status;
            let Some(decision) = Decision::from_name(status.value.trim()) else {
                let (l, c) = at(status);
                let unknown = Decision::unknown(status.value.trim());
                diags.push(source.diag(l, c, "").coded(unknown.id, unknown.args));
                continue;
            };
            let text = match &item.value.text {
                None => None,
                Some(t) => match Wording::from_name(t.value.trim()) {
                    Some(w) => Some(w),
                    None => {
                        let (l, c) = at(t);
                        diags.push(source.diag(l, c, "").coded(
                            "protocol-no-side",
                            vec![("text", t.value.trim().to_string())],
                        ));
                        continue;
                    }
                },
            };
            if decision == Decision::Agreed && text.is_none() {
                diags.push(
                    source
                        .diag(l, c, "")
                        .coded("protocol-agreed-whose", vec![("id", id.clone())]),
                );
                continue;
            }
            let pair = |t: &Option<RawText>| {
                t.as_ref().map(|t| Bilingual {
                    kk: t.kk.trim().to_string(),
                    ru: t.ru.trim().to_string(),
                })
            };
            items.insert(
                id.clone(),
                ItemStatus {
                    decision,
                    text,
                    grounds: pair(&item.value.grounds),
                    note: pair(&item.value.note),
                },
            );
        }
        if !diags.is_empty() {
            return Err(Error::Invalid(diags));
        }
        Ok(Negotiation {
            round: raw.round,
            items,
        })
    }
}

/// One item that differs: its id, its name per language, and the two wordings per language.
struct Difference {
    id: String,
    name: Bilingual<String>,
    old: Bilingual<String>,
    new: Bilingual<String>,
}

/// Every item that differs between the sides, clauses after the other pieces, with the ids a
/// status file names them by; a clause is named by its number in A's annex (the draft on the
/// table), else in B's, else by its norm when neither side is a rendered annex.
fn differences(
    a: &Side,
    b: &Side,
    diffs: &[ClauseDiff],
    items: &[ItemDiff],
    library: &Library,
) -> Result<Vec<Difference>> {
    // «3.1 Аудит систем (п. 5.3 рекомендаций)»: the status file names it by the norm.
    let name = |d: &ClauseDiff, lang: Lang| -> Result<String> {
        let number = [a, b]
            .iter()
            .filter_map(|s| s.annex.as_ref())
            .find_map(|x| x.clauses().find(|c| c.norm == d.norm))
            .map_or(d.norm.as_str(), |c| c.number.trim_end_matches('.'));
        let norm = if number == d.norm {
            String::new()
        } else {
            let norm = library.locales().text(
                lang,
                "protocol-norm",
                &[("norm", d.norm.as_str().into())],
            )?;
            format!(" {norm}")
        };
        let note = super::output::clause_note(d, lang, library)?;
        Ok(format!("{number} {}{norm}{note}", d.title.get(lang)))
    };
    let text = |segs: &Bilingual<Vec<Segment>>, f: fn(&[Segment]) -> String| segs.map(|_, s| f(s));
    let mut out = Vec::new();
    for d in items.iter().filter(|d| d.status != Status::Same) {
        let part = library
            .locales()
            .both(&format!("diff-part-{}", d.part.name()), &[])?;
        let name = match d.key.parse::<usize>() {
            Ok(n) => part.map(|_, p| format!("{p} {n}")),
            Err(_) => part,
        };
        out.push(Difference {
            id: format!("{}.{}", d.part.name(), d.key),
            name,
            old: text(&d.text, old_text),
            new: text(&d.text, new_text),
        });
    }
    for d in diffs.iter().filter(|d| d.differs()) {
        let whole = |title: &[Segment], body: &[Segment], f: fn(&[Segment]) -> String| {
            let body = f(body);
            if body.is_empty() {
                "—".to_string()
            } else {
                format!("{}. {body}", f(title))
            }
        };
        out.push(Difference {
            id: d.norm.clone(),
            name: Bilingual::try_from_fn(|l| name(d, l))?,
            old: Bilingual::try_from_fn(|l| {
                Ok::<_, ()>(whole(d.title_diff.get(l), d.body.get(l), old_text))
            })
            .unwrap_or_default(),
            new: Bilingual::try_from_fn(|l| {
                Ok::<_, ()>(whole(d.title_diff.get(l), d.body.get(l), new_text))
            })
            .unwrap_or_default(),
        });
    }
    Ok(out)
}

/// The ids of the items that differ, which a status file may name.
pub fn ids(
    a: &Side,
    b: &Side,
    diffs: &[ClauseDiff],
    items: &[ItemDiff],
    library: &Library,
) -> Result<Vec<String>> {
    Ok(differences(a, b, diffs, items, library)?
        .into_iter()
        .map(|d| d.id)
        .collect())
}

/// The protocol of disagreements between A (the workers' wording) and B (the employer's), with
/// `meta`'s page furniture and where the negotiation stands.
pub fn document(
    a: &Side,
    b: &Side,
    diffs: &[ClauseDiff],
    items: &[ItemDiff],
    negotiation: &Negotiation,
    library: &Library,
    mut meta: Meta,
) -> Result<Document> {
    meta.landscape = true;
    let loc = library.locales();
    let annex: Option<&Annex> = b.annex.as_ref().or(a.annex.as_ref());
    let mut front = Vec::new();
    if let Some(annex) = annex {
        front.push(Block::Heading(annex.heading.clone()));
    }
    front.push(Block::Title(loc.both("protocol-title", &[])?));
    if let Some(round) = negotiation.round {
        front.push(Block::Text(
            loc.both("protocol-round", &[("round", round.into())])?,
        ));
    }
    if let Some(place_date) = annex.and_then(|x| x.signatures.place_date.clone()) {
        front.push(Block::Text(place_date));
    }
    front.push(Block::Text(Bilingual::try_from_fn(|lang| {
        loc.text(
            lang,
            "protocol-preamble",
            &[
                ("a", a.label.get(lang).as_str().into()),
                ("b", b.label.get(lang).as_str().into()),
            ],
        )
    })?));

    let all = differences(a, b, diffs, items, library)?;
    let status = |id: &str| negotiation.items.get(id);
    let (agreed, open): (Vec<&Difference>, Vec<&Difference>) = all
        .iter()
        .partition(|d| status(&d.id).is_some_and(|s| s.decision == Decision::Agreed));
    let mut parts = vec![Part::Bilingual(front)];
    for lang in Lang::ALL {
        // The Kazakh table follows the preamble on its page; the Russian one starts its own.
        if lang != Lang::ALL[0] {
            parts.push(Part::PageBreak);
        }
        let t = |id: &str| loc.text(lang, id, &[]);
        let header = [
            "№".to_string(),
            t("protocol-item")?,
            a.label.get(lang).clone(),
            b.label.get(lang).clone(),
            t("protocol-grounds")?,
            t("protocol-decision")?,
        ];
        let mut rows = Vec::new();
        for (i, d) in open.iter().enumerate() {
            let s = status(&d.id);
            let decision = match (s.and_then(|s| s.note.as_ref()), s.map(|s| s.decision)) {
                (Some(note), _) => note.get(lang).clone(),
                (None, Some(Decision::Deferred)) => t("protocol-deferred")?,
                _ => t("protocol-disputed")?,
            };
            let grounds = s
                .and_then(|s| s.grounds.as_ref())
                .map(|g| g.get(lang).clone())
                .unwrap_or_default();
            rows.push(
                [
                    (i + 1).to_string(),
                    d.name.get(lang).clone(),
                    d.old.get(lang).clone(),
                    d.new.get(lang).clone(),
                    grounds,
                    decision,
                ]
                .iter()
                .map(|c| Cell::text(c, lang, false))
                .collect(),
            );
        }
        parts.push(Part::Table(Table {
            heading: Line::new(t("protocol-open-heading")?, lang),
            widths: vec![5, 13, 26, 26, 15, 15],
            header: header.iter().map(|c| Cell::text(c, lang, true)).collect(),
            rows,
        }));
        if !agreed.is_empty() {
            let rows = agreed
                .iter()
                .enumerate()
                .map(|(i, d)| {
                    let text = match status(&d.id).and_then(|s| s.text) {
                        Some(Wording::A) => d.old.get(lang),
                        _ => d.new.get(lang),
                    };
                    [(i + 1).to_string(), d.name.get(lang).clone(), text.clone()]
                        .iter()
                        .map(|c| Cell::text(c, lang, false))
                        .collect()
                })
                .collect();
            parts.push(Part::Table(Table {
                heading: Line::new(t("protocol-agreed-heading")?, lang),
                widths: vec![5, 25, 70],
                header: [
                    "№".to_string(),
                    t("protocol-item")?,
                    t("protocol-agreed-text")?,
                ]
                .iter()
                .map(|c| Cell::text(c, lang, true))
                .collect(),
                rows,
            }));
        }
    }
    let mut back = vec![
        Block::Label(loc.both("protocol-closing-heading", &[])?),
        Block::Text(loc.both("protocol-closing", &[])?),
        Block::Label(loc.both("signatures-heading", &[])?),
    ];
    let seal = loc.both("seal", &[])?;
    for (role, side, party) in [
        ("protocol-role-a", a, annex_party(a, true)),
        ("protocol-role-b", b, annex_party(b, false)),
    ] {
        back.push(Block::Signatory(
            Signatory {
                role: loc.both(role, &[])?,
                name: party
                    .as_ref()
                    .map_or_else(|| side.label.clone(), |p| p.name.clone()),
                person: party.and_then(|p| p.person),
            },
            seal.clone(),
        ));
    }
    parts.push(Part::Bilingual(back));
    Ok(Document { meta, parts })
}

/// The signatory of the workers (`workers`) or of the employer in a side's annex, if it has one.
fn annex_party(side: &Side, workers: bool) -> Option<Signatory> {
    let parties = &side.annex.as_ref()?.signatures.parties;
    // The annex lists the employer first, then the workers.
    parties.get(usize::from(workers)).cloned()
}
