//! Diff for negotiators: two wordings of the annex — two profiles, two clause variants, or a
//! rendered annex and the counterparty's edited DOCX — compared clause by clause and word by word
//! in both languages, for the terminal, Markdown, Word tracked changes, or the comparison table.

pub mod output;
pub mod redline;
pub mod table;
pub mod words;

use std::collections::BTreeMap;
use std::path::Path;

use crate::document::inline::plain;
use crate::document::{Annex, PlainClause, Segment, Status};
use crate::error::{Error, Result, Source};
use crate::export::docx::reader;
use crate::lang::{Bilingual, Lang};
use crate::library::Library;
use crate::model::{Level, ParamError, Scalar, Variant};
use crate::names::Named;

/// One side of a comparison.
#[derive(Debug, Clone)]
pub struct Side {
    /// What to call it in headings: a file name, or «вариант профсоюза 2.3».
    pub label: Bilingual<String>,
    /// The rendered annex, when the side is a profile.
    pub annex: Option<Annex>,
    /// Its clauses.
    pub clauses: Vec<PlainClause>,
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
            annex: None,
            clauses: reader::read(path, library)?,
        });
    }
    let (_, annex) = crate::render_profile(&Source::read(path)?, library)?;
    let clauses = annex.clauses().map(|c| c.plain()).collect();
    Ok(Side {
        label,
        annex: Some(annex),
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
        annex: None,
        clauses: vec![PlainClause {
            norm: clause.id.clone(),
            title: clause.title.clone(),
            body,
        }],
    })
}

/// Sort key of a norm id: "2.3" → (2, 3).
pub(crate) fn order(norm: &str) -> (u32, u32) {
    let (s, i) = norm.split_once('.').unwrap_or((norm, "0"));
    (s.parse().unwrap_or(u32::MAX), i.parse().unwrap_or(u32::MAX))
}

/// Every clause of either side, in the recommendation's order, with what changed from `a` to `b`.
/// Two single-clause sides (variants) are compared with each other whatever their norms.
pub fn compare(a: &Side, b: &Side) -> Vec<ClauseDiff> {
    type Pair<'a> = (Option<&'a PlainClause>, Option<&'a PlainClause>);
    let mut norms: BTreeMap<(u32, u32), Pair> = BTreeMap::new();
    if a.annex.is_none() && b.annex.is_none() && a.clauses.len() == 1 && b.clauses.len() == 1 {
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
            let same_title = |c: &PlainClause| c.title.map(|_, t| vec![Segment::Same(t.clone())]);
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
