//! Diff for negotiators: two wordings of the annex — two profiles, two clause variants, or a
//! rendered annex and the counterparty's edited DOCX — compared clause by clause and word by word
//! in both languages, for the terminal, Markdown, Word tracked changes, or the comparison table.

pub mod docx_reader;
pub mod output;
pub mod words;

use std::collections::BTreeMap;
use std::path::Path;

use crate::document::{Document, Revision, Segment, Status};
use crate::error::{Error, Result, Source};
use crate::export::docx::inline;
use crate::lang::{Bilingual, Lang};
use crate::library::Library;
use crate::model::{Level, ParamError, Scalar, Variant};
use crate::names::Named;

/// One clause of one side: its norm, title and plain text per language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SideClause {
    /// The norm's id ("2.3").
    pub norm: String,
    /// The clause's title.
    pub title: Bilingual<String>,
    /// The wording as plain text, paragraphs separated by newlines.
    pub body: Bilingual<String>,
}

/// One side of a comparison.
#[derive(Debug, Clone)]
pub struct Side {
    /// What to call it in headings: a file name, or «вариант профсоюза 2.3».
    pub label: Bilingual<String>,
    /// The rendered document, when the side is a profile.
    pub document: Option<Document>,
    /// Its clauses.
    pub clauses: Vec<SideClause>,
}

/// How a clause side is asked for on the command line: `2.3@union`.
pub struct ClauseSpec<'a> {
    /// Level to render at.
    pub level: Level,
    /// Parameters over the variant's defaults: `review_days=7`.
    pub params: &'a [String],
}

/// A clause of a comparison: what changed, per language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClauseDiff {
    /// The norm's id.
    pub norm: String,
    /// The clause's title in B (in A for a removed clause).
    pub title: Bilingual<String>,
    /// What happened to it.
    pub status: Status,
    /// Tracked text of its title, per language: a title the other side renamed.
    pub title_diff: Bilingual<Vec<Segment>>,
    /// Tracked text of its body, per language.
    pub body: Bilingual<Vec<Segment>>,
}

fn plain(markdown: &str) -> String {
    inline::paragraphs(markdown)
        .iter()
        .map(|p| inline::plain_text(p))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Loads a side from `arg`: a `.docx`, a clause `ID@variant`, or a profile.
pub fn side(arg: &str, library: &Library, spec: &ClauseSpec) -> Result<Side> {
    let path = Path::new(arg);
    if !path.exists()
        && let Some((id, variant)) = arg.split_once('@')
    {
        return clause_side(id, variant, library, spec);
    }
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| arg.to_string());
    let label = Bilingual {
        kk: stem.clone(),
        ru: stem,
    };
    if path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("docx"))
    {
        return Ok(Side {
            label,
            document: None,
            clauses: docx_reader::read(path, library)?,
        });
    }
    let (_, doc) = crate::render_profile(&Source::read(path)?, library)?;
    let clauses = doc
        .sections
        .iter()
        .flat_map(|s| &s.clauses)
        .map(|c| SideClause {
            norm: c.norm.clone(),
            title: c.title.clone(),
            body: c.body.map(|_, b| plain(b)),
        })
        .collect();
    Ok(Side {
        label,
        document: Some(doc),
        clauses,
    })
}

fn clause_side(id: &str, variant: &str, library: &Library, spec: &ClauseSpec) -> Result<Side> {
    let clause = library.clause(id).map_err(|unknown| {
        Error::Message(format!(
            "`{id}@{variant}` names no norm and no file; {}",
            unknown.hint
        ))
    })?;
    let v = Variant::from_name(variant)
        .filter(|v| clause.variants.contains(v))
        .ok_or_else(|| {
            Error::Message(format!(
                "norm {} has no `{variant}` variant; {}",
                clause.id,
                Variant::list()
            ))
        })?;
    let mut params = clause.defaults(v);
    for p in spec.params {
        let (name, value) = p.split_once('=').ok_or_else(|| {
            Error::Message(format!(
                "`--params {p}`: write NAME=VALUE, e.g. review_days=7"
            ))
        })?;
        let param = clause
            .param(name.trim())
            .filter(|s| s.defaults.contains_key(&v))
            .ok_or_else(|| {
                Error::Message(format!(
                    "the `{}` wording of norm {} has no parameter `{name}`",
                    v.name(),
                    clause.id
                ))
            })?;
        let value = param.value(&Scalar::from_text(value)).map_err(|e| {
            Error::Message(match e {
                ParamError::Type(m) => format!("`--params {p}`: {m}"),
                ParamError::OutOfBounds(_) => format!(
                    "`--params {p}` is outside the allowed {}",
                    param.bounds_text()
                ),
            })
        })?;
        params.insert(param.name.clone(), value);
    }
    let body = Bilingual::try_from_fn(|lang| {
        library
            .render(clause, v, spec.level, lang, &params)
            .map(|t| plain(&t))
    })?;
    let name = library
        .locales()
        .both(&format!("variant-{}", v.name()), &[])?;
    Ok(Side {
        label: name.map(|_, n| format!("{} {}", clause.id, n)),
        document: None,
        clauses: vec![SideClause {
            norm: clause.id.clone(),
            title: clause.title.clone(),
            body,
        }],
    })
}

/// Sort key of a norm id: "2.3" → (2, 3).
fn order(norm: &str) -> (u32, u32) {
    let (s, i) = norm.split_once('.').unwrap_or((norm, "0"));
    (s.parse().unwrap_or(u32::MAX), i.parse().unwrap_or(u32::MAX))
}

/// Every clause of either side, in the recommendation's order, with what changed from `a` to `b`.
/// Two single-clause sides (variants) are compared with each other whatever their norms.
pub fn compare(a: &Side, b: &Side) -> Vec<ClauseDiff> {
    type Pair<'a> = (Option<&'a SideClause>, Option<&'a SideClause>);
    let mut norms: BTreeMap<(u32, u32), Pair> = BTreeMap::new();
    if a.document.is_none() && b.document.is_none() && a.clauses.len() == 1 && b.clauses.len() == 1
    {
        norms.insert(
            order(&b.clauses[0].norm),
            (Some(&a.clauses[0]), Some(&b.clauses[0])),
        );
    } else {
        for c in &a.clauses {
            norms.entry(order(&c.norm)).or_default().0 = Some(c);
        }
        for c in &b.clauses {
            norms.entry(order(&c.norm)).or_default().1 = Some(c);
        }
    }
    norms
        .into_values()
        .filter_map(|pair| {
            let same_title = |c: &SideClause| c.title.map(|_, t| vec![Segment::Same(t.clone())]);
            let (status, title, title_diff, body) = match pair {
                (Some(x), Some(y)) => {
                    let diff = |a: &Bilingual<String>, b: &Bilingual<String>| {
                        Bilingual::try_from_fn(|l| Ok::<_, ()>(words::diff(a.get(l), b.get(l))))
                    };
                    let (title_diff, body) =
                        (diff(&x.title, &y.title).ok()?, diff(&x.body, &y.body).ok()?);
                    let changed = Lang::ALL.iter().any(|l| {
                        words::changed(body.get(*l)) || words::changed(title_diff.get(*l))
                    });
                    let status = if changed {
                        Status::Changed
                    } else {
                        Status::Same
                    };
                    (status, y, title_diff, body)
                }
                (Some(x), None) => (
                    Status::Removed,
                    x,
                    same_title(x),
                    x.body.map(|_, t| vec![Segment::Deleted(t.clone())]),
                ),
                (None, Some(y)) => (
                    Status::Added,
                    y,
                    same_title(y),
                    y.body.map(|_, t| vec![Segment::Inserted(t.clone())]),
                ),
                (None, None) => return None,
            };
            Some(ClauseDiff {
                norm: title.norm.clone(),
                title: title.title.clone(),
                status,
                title_diff,
                body,
            })
        })
        .collect()
}

/// The document to show the changes in: B's own if B is a profile, else A's, else a bare one
/// made of the clauses alone; its clauses carry the revisions.
pub fn tracked_document(
    a: &Side,
    b: &Side,
    diffs: &[ClauseDiff],
    library: &Library,
) -> Result<Document> {
    let mut doc = match (&b.document, &a.document) {
        (Some(d), _) | (None, Some(d)) => d.clone(),
        (None, None) => bare_document(a, b, library)?,
    };
    let loc = library.locales();
    let mut sections: Vec<crate::document::Section> = Vec::new();
    let mut last_section = None;
    for d in diffs {
        let section = order(&d.norm).0;
        if last_section != Some(section) {
            sections.push(crate::document::Section {
                number: format!("{}.", sections.len() + 1),
                title: loc.both(&format!("section-{section}"), &[])?,
                clauses: Vec::new(),
            });
            last_section = Some(section);
        }
        if let Some(s) = sections.last_mut() {
            let number = format!("{}{}.", s.number, s.clauses.len() + 1);
            s.clauses.push(crate::document::ClauseText {
                number,
                norm: d.norm.clone(),
                title: d.title.clone(),
                body: d.body.map(|_, segs| words::new_text(segs)),
                revision: Some(Revision {
                    status: d.status,
                    title: d.title_diff.clone(),
                    body: d.body.clone(),
                }),
            });
        }
    }
    doc.sections = sections;
    Ok(doc)
}

/// «Сравнение редакций: A → B» in both languages.
pub fn heading(a: &Side, b: &Side, library: &Library) -> Result<Bilingual<String>> {
    Bilingual::try_from_fn(|lang| {
        library.locales().text(
            lang,
            "diff-heading",
            &[
                ("old", a.label.get(lang).as_str().into()),
                ("new", b.label.get(lang).as_str().into()),
            ],
        )
    })
}

/// A document of the comparison alone (heading, title, clauses), for two clause variants or two
/// DOCX files, which bring no parties.
fn bare_document(a: &Side, b: &Side, library: &Library) -> Result<Document> {
    let yaml = "agreement: {level: enterprise}\nparties:\n  employer: {name: {kk: \"-\", ru: \"-\"}}\n  workers: {name: {kk: \"-\", ru: \"-\"}}\nnorms: [\"1.1\"]\n";
    let (_, mut doc) = crate::render_profile(&Source::new("<diff>", yaml), library)?;
    let heading = heading(a, b, library)?;
    doc.heading = heading.clone();
    doc.short_name = heading;
    doc.scope = None;
    doc.preamble = Bilingual::default();
    doc.parties.lines.clear();
    doc.closing.lines.clear();
    doc.signatures.parties.clear();
    doc.signatures.place_date = None;
    doc.author = Bilingual {
        kk: "kelisim".into(),
        ru: "kelisim".into(),
    };
    Ok(doc)
}
