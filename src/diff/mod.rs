//! Diff for negotiators: two wordings of the annex — two profiles, two clause variants, or a
//! rendered annex and the counterparty's edited DOCX — compared clause by clause and word by word
//! in both languages, for the terminal, Markdown, Word tracked changes, or the comparison table.

pub mod output;
pub mod protocol;
pub mod redline;
pub mod table;
pub mod words;

use std::collections::BTreeMap;
use std::path::Path;

use crate::document::inline::plain;
use crate::document::{Annex, PartKind, PlainClause, PlainItem, Segment, Status};
use crate::error::{Error, Result, Source};
use crate::export::docx::reader;
use crate::input::Magic;
use crate::lang::{Bilingual, Lang};
use crate::library::Library;
use crate::messages::{UiLang, say};
use crate::model::{Level, Scalar, Variant};

/// One side of a comparison.
#[derive(Debug, Clone)]
pub struct Side {
    /// What to call it in headings: a file name, or «вариант профсоюза 2.3».
    pub label: Bilingual<String>,
    /// The rendered annex, when the side is a profile.
    pub annex: Option<Annex>,
    /// Its clauses.
    pub clauses: Vec<PlainClause>,
    /// The rest of its text (heading, preamble, parties, final provisions, signatures), when the
    /// side is a whole annex.
    pub items: Vec<PlainItem>,
    /// Tracked changes an edited DOCX still holds, read as accepted: (author, how many).
    pub revisions: Vec<(String, usize)>,
    /// The same DOCX with its tracked changes rejected, when it holds any: what the warnings
    /// compare too, to say what the comparison would be in that view.
    pub original: Option<Box<Side>>,
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
    /// Whether the other side put it elsewhere among the clauses both sides have.
    pub moved: bool,
}

impl ClauseDiff {
    /// Whether the clause differs between the sides in any way: text, presence or place.
    pub fn differs(&self) -> bool {
        self.status != Status::Same || self.moved
    }
}

/// The norms both sides have that are not where A had them: the ones outside a longest common
/// subsequence of the two orders, so that a clause cut and pasted elsewhere is the one named, not
/// the clauses it jumped over.
fn moved(a: &[PlainClause], b: &[PlainClause]) -> Vec<String> {
    let both = |x: &[PlainClause], y: &[PlainClause]| -> Vec<String> {
        x.iter()
            .filter(|c| y.iter().any(|o| o.norm == c.norm))
            .map(|c| c.norm.clone())
            .collect()
    };
    let (x, y) = (both(a, b), both(b, a));
    // lcs[i][j]: the longest common subsequence of x[i..] and y[j..].
    let mut lcs = vec![vec![0usize; y.len() + 1]; x.len() + 1];
    for i in (0..x.len()).rev() {
        for j in (0..y.len()).rev() {
            lcs[i][j] = if x[i] == y[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let (mut i, mut j, mut kept) = (0, 0, Vec::new());
    while i < x.len() && j < y.len() {
        if x[i] == y[j] {
            kept.push(&x[i]);
            i += 1;
            j += 1;
        } else if lcs[i + 1][j] >= lcs[i][j + 1] {
            i += 1;
        } else {
            j += 1;
        }
    }
    x.iter().filter(|n| !kept.contains(n)).cloned().collect()
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
    // What a file is, by its first bytes rather than its name: a zip is read as a DOCX (and a
    // zip of another kind named for what it is), an old Word or a PDF file is refused.
    let magic = Magic::of(path);
    if let (Magic::Compound | Magic::Pdf, Some(kind)) = (magic, magic.document(&[])) {
        return Err(Error::said(
            "diff-not-docx",
            vec![
                ("path", path.display().to_string()),
                ("kind", kind.to_string()),
            ],
        ));
    }
    if magic == Magic::Zip
        || path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("docx"))
    {
        let read = reader::read(path, library)?;
        let original = if read.revisions.is_empty() {
            None
        } else {
            let o = reader::read_original(path, library)?;
            Some(Box::new(Side {
                label: label.clone(),
                annex: None,
                clauses: o.clauses,
                items: o.items,
                revisions: Vec::new(),
                original: None,
            }))
        };
        return Ok(Side {
            label,
            annex: None,
            clauses: read.clauses,
            items: read.items,
            revisions: read.revisions,
            original,
        });
    }
    let (profile, annex) = crate::render_profile(&Source::read(path)?, library)?;
    let clauses = annex.clauses().map(|c| c.plain()).collect();
    // A draft in one side's wording throughout is named for that side: «вариант профсоюза».
    let variants: Vec<Variant> = profile.norms.iter().map(|a| a.variant).collect();
    let label = match variants.split_first() {
        Some((&first, rest))
            if first != Variant::Recommended && rest.iter().all(|v| *v == first) =>
        {
            library
                .locales()
                .both(&format!("variant-{}", first.name()), &[])?
        }
        _ => label,
    };
    // The coverage table's rows too, compared when the other side is a DOCX that has one.
    let items = annex
        .items()
        .into_iter()
        .chain(annex.coverage.items())
        .collect();
    Ok(Side {
        label,
        items,
        annex: Some(annex),
        clauses,
        revisions: Vec::new(),
        original: None,
    })
}

fn clause_side(id: &str, variant: &str, library: &Library, spec: &ClauseSpec) -> Result<Side> {
    let clause = library.clause(id).map_err(Error::from)?;
    let v = Variant::from_name(variant)
        .filter(|v| clause.variants.contains(v))
        .ok_or_else(|| {
            let lacks = clause.lacks_variant(variant);
            Error::from(lacks)
        })?;
    let mut params = clause.defaults(v);
    for p in spec.params {
        let (name, value) = p
            .split_once('=')
            .ok_or_else(|| Error::said("params-form", vec![("param", p.clone())]))?;
        let param = clause
            .param(name.trim())
            .filter(|s| s.defaults.contains_key(&v))
            .ok_or_else(|| {
                Error::said(
                    "param-not-in-variant",
                    vec![
                        ("name", name.trim().to_string()),
                        ("id", clause.id.clone()),
                        ("variant", v.name().to_string()),
                    ],
                )
            })?;
        let value = param
            .value(&Scalar::from_text(value))
            .map_err(|e| Error::from(param.refusal(&clause.id, &e)))?;
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
        items: Vec::new(),
        revisions: Vec::new(),
        original: None,
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
    let moved = moved(&a.clauses, &b.clauses);
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
                moved: moved.contains(&title.norm),
            })
        })
        .collect()
}

/// A piece of the annex outside its clauses, compared.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ItemDiff {
    /// Its part.
    pub part: PartKind,
    /// Which piece of the part.
    pub key: String,
    /// What happened to it.
    pub status: Status,
    /// Tracked text per language.
    pub text: Bilingual<Vec<Segment>>,
}

/// Every piece of text outside the clauses, compared between two whole annexes, in B's reading
/// order with what only A has after it. Sides that are single clauses have none.
pub fn compare_items(a: &Side, b: &Side) -> Vec<ItemDiff> {
    if a.items.is_empty() || b.items.is_empty() {
        return Vec::new();
    }
    // The coverage table is derived from the clauses: compared only when an edited DOCX has one
    // (its cells may have been edited by hand) and so has the other side.
    let has_coverage = |s: &Side| s.items.iter().any(|i| i.part == PartKind::Coverage);
    let coverage = has_coverage(a) && has_coverage(b) && (a.annex.is_none() || b.annex.is_none());
    let keep = |i: &&PlainItem| coverage || i.part != PartKind::Coverage;
    let find = |side: &Side, i: &PlainItem| {
        side.items
            .iter()
            .find(|o| o.part == i.part && o.key == i.key)
            .cloned()
    };
    let mut out = Vec::new();
    let mut push =
        |part, key: &str, old: Option<&Bilingual<String>>, new: Option<&Bilingual<String>>| {
            let (status, text) = match (old, new) {
                (Some(x), Some(y)) => {
                    let text =
                        Bilingual::try_from_fn(|l| Ok::<_, ()>(words::diff(x.get(l), y.get(l))))
                            .unwrap_or_default();
                    let changed = Lang::ALL.iter().any(|l| words::changed(text.get(*l)));
                    let status = if changed {
                        Status::Changed
                    } else {
                        Status::Same
                    };
                    (status, text)
                }
                (Some(x), None) => (
                    Status::Removed,
                    x.map(|_, t| vec![Segment::Deleted(t.clone())]),
                ),
                (None, Some(y)) => (
                    Status::Added,
                    y.map(|_, t| vec![Segment::Inserted(t.clone())]),
                ),
                (None, None) => return,
            };
            out.push(ItemDiff {
                part,
                key: key.to_string(),
                status,
                text,
            });
        };
    for item in b.items.iter().filter(keep) {
        let old = find(a, item);
        push(
            item.part,
            &item.key,
            old.as_ref().map(|o| &o.text),
            Some(&item.text),
        );
    }
    for item in a.items.iter().filter(keep).filter(|i| find(b, i).is_none()) {
        push(item.part, &item.key, Some(&item.text), None);
    }
    out
}

/// Something a negotiator should know about a comparison besides its changes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    /// What kind: `unaccepted-revisions`, `one-language-edited`, `languages-disagree`.
    pub kind: &'static str,
    /// The clause or piece it concerns, if one.
    pub id: Option<String>,
    /// What to say, in the language of the interface: the message `diff-` and its kind.
    pub message: String,
}

/// What a negotiator should be told, in `lang`: tracked changes a side still holds (read as
/// accepted), a clause or piece edited in one language only, a clause whose Kazakh and Russian
/// numbers differ.
pub fn warnings(
    a: &Side,
    b: &Side,
    clauses: &[ClauseDiff],
    items: &[ItemDiff],
    lang: UiLang,
) -> Vec<Warning> {
    let mut out = Vec::new();
    let mut warn = |kind: &'static str, id: Option<String>, args: Vec<(&str, String)>| {
        let message = match kind {
            "unaccepted-revisions" => say(lang, "diff-unaccepted-revisions", &args),
            "one-language-edited" => say(lang, "diff-one-language-edited", &args),
            _ => say(lang, "diff-languages-disagree", &args),
        };
        out.push(Warning { kind, id, message });
    };
    let edited_in = |kk: &[Segment]| if words::changed(kk) { "kk" } else { "ru" };
    // How many changes a comparison finds, clauses and pieces.
    let count = |a: &Side, b: &Side| {
        compare(a, b).iter().filter(|d| d.differs()).count()
            + compare_items(a, b)
                .iter()
                .filter(|d| d.status != Status::Same)
                .count()
    };
    let accepted = count(a, b);
    for (i, side) in [a, b].into_iter().enumerate() {
        let total: usize = side.revisions.iter().map(|(_, n)| n).sum();
        if total > 0 {
            let original = side
                .original
                .as_deref()
                .map(|o| if i == 0 { count(o, b) } else { count(a, o) });
            let by: Vec<String> = side
                .revisions
                .iter()
                .map(|(who, n)| format!("{}: {n}", if who.is_empty() { "?" } else { who }))
                .collect();
            warn(
                "unaccepted-revisions",
                None,
                vec![
                    ("side", side.label.ru.clone()),
                    ("count", total.to_string()),
                    ("authors", by.join(", ")),
                    ("accepted", accepted.to_string()),
                    (
                        "rejected",
                        original.map_or("none".into(), |n| n.to_string()),
                    ),
                ],
            );
        }
    }
    let one_language = |status: Status, kk: &[Segment], ru: &[Segment]| {
        status == Status::Changed && words::changed(kk) != words::changed(ru)
    };
    for d in clauses {
        let (kk, ru) = (
            [d.title_diff.kk.clone(), d.body.kk.clone()].concat(),
            [d.title_diff.ru.clone(), d.body.ru.clone()].concat(),
        );
        if one_language(d.status, &kk, &ru) {
            warn(
                "one-language-edited",
                Some(d.norm.clone()),
                vec![
                    ("what", "clause".into()),
                    ("id", d.norm.clone()),
                    ("lang", edited_in(&kk).into()),
                ],
            );
        }
        if d.status != Status::Removed {
            let numbers = |segs: &[Segment]| {
                let n = digits(&words::new_text(segs));
                if n.is_empty() {
                    "none".to_string()
                } else {
                    n.join(", ")
                }
            };
            let (kk, ru) = (numbers(&d.body.kk), numbers(&d.body.ru));
            if kk != ru {
                warn(
                    "languages-disagree",
                    Some(d.norm.clone()),
                    vec![("id", d.norm.clone()), ("kk", kk), ("ru", ru)],
                );
            }
        }
    }
    for d in items {
        if one_language(d.status, &d.text.kk, &d.text.ru) {
            warn(
                "one-language-edited",
                Some(format!("{}.{}", d.part, d.key)),
                vec![
                    ("what", "item".into()),
                    ("id", format!("{} {}", d.part, d.key)),
                    ("lang", edited_in(&d.text.kk).into()),
                ],
            );
        }
    }
    out
}

/// Every run of digits in `text`, in order.
fn digits(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_ascii_digit())
        .filter(|s| !s.is_empty())
        .map(str::to_string)
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
