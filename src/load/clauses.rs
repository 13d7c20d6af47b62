//! Clause files: one YAML file per norm with its titles, typed parameters and the templates of
//! its wording per variant, level and language, parsed into a [`Clause`] and the templates to
//! compile. A level may take another level's wording by naming it (`region: sector`), so that a
//! text that is truly the same is written once.

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};
use std::rc::Rc;

use serde::Deserialize;
use serde::de::value::MapAccessDeserializer;
use serde_saphyr::Spanned;

use crate::error::{Diagnostic, Error, Result, Source};
use crate::lang::{Bilingual, Lang};
use crate::load::files::Compiled;
use crate::load::yaml::{self, at};
use crate::model::{
    Clause, Counts, Favours, Level, NORMS, ParamSpec, Scalar, Unit, Variant, Wording,
};
use crate::names::Named;
use crate::templates::{LABEL_VALUE, Part, Pending, label_name, template_name};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawClause {
    id: Spanned<Scalar>,
    slug: Spanned<String>,
    /// The resolution of the recommendation the norm comes from: "3-3". The section and item are
    /// the id's. A clause of the user's own, which is not from the recommendation, has none.
    #[serde(default)]
    resolution: Option<Spanned<String>>,
    title: RawPair,
    /// The title of the section, for a clause of the user's own that opens a new one.
    #[serde(default)]
    section_title: Option<RawPair>,
    #[serde(default)]
    params: BTreeMap<String, Spanned<RawParam>>,
    text: BTreeMap<String, Spanned<RawVariant>>,
}

/// A variant: its wording at each level, and the norms it refers to.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawVariant {
    /// Norms this wording refers to (the Committee of 1.2), which a profile adopting it must
    /// adopt too.
    #[serde(default)]
    requires: Vec<Spanned<Scalar>>,
    #[serde(default)]
    enterprise: Option<Spanned<RawWording>>,
    #[serde(default)]
    sector: Option<Spanned<RawWording>>,
    #[serde(default)]
    region: Option<Spanned<RawWording>>,
}

/// A level's wording: its text in both languages, or the name of the level whose text it takes.
enum RawWording {
    Text(RawPair),
    SameAs(String),
}

impl<'de> Deserialize<'de> for RawWording {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        struct V;
        impl<'de> serde::de::Visitor<'de> for V {
            type Value = RawWording;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str(
                    "a wording `{kk: …, ru: …}`, or the level whose wording this level takes",
                )
            }
            fn visit_str<E>(self, v: &str) -> std::result::Result<RawWording, E> {
                Ok(RawWording::SameAs(v.trim().to_string()))
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                map: A,
            ) -> std::result::Result<RawWording, A::Error> {
                RawPair::deserialize(MapAccessDeserializer::new(map)).map(RawWording::Text)
            }
        }
        d.deserialize_any(V)
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPair {
    kk: String,
    ru: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawParam {
    unit: Spanned<String>,
    about: String,
    /// What the parameter sets, with its value, in words: a template of `value`.
    label: Spanned<RawPair>,
    favours: Option<Spanned<String>>,
    /// `after` or `before`: a term of a procedure, counted from its event.
    counts: Option<Spanned<String>>,
    default: BTreeMap<String, Spanned<Scalar>>,
    min: Option<i64>,
    max: Option<i64>,
}

/// Parses the clause file `source`; its templates are added to `pending`.
pub(crate) fn parse<'a>(
    source: &'a Source,
    check: bool,
    pending: &mut Vec<Pending<'a>>,
) -> Result<Clause> {
    clause(yaml::parse(source)?, source, None, check, pending)
}

/// The clause file `source` from its values as the build wrote them in JSON (`build.rs`), which
/// hold no positions, and its wordings' texts borrowed from the binary: what [`parse`] gives,
/// with every position 0. Unchecked, as [`parse`] is without `check`.
pub(crate) fn parse_compiled<'a>(
    source: &'a Source,
    compiled: Compiled,
    pending: &mut Vec<Pending<'a>>,
) -> Result<Clause> {
    let raw = serde_json::from_str(compiled.json).map_err(|e| {
        Error::Message(format!(
            "{}: the compiled form does not read: {e}",
            source.name
        ))
    })?;
    clause(raw, source, Some(compiled.texts), false, pending)
}

/// The clause of the values `raw` of the file `source`; its templates go to `pending`. Unless
/// `check`, a wording's text is not checked nor kept apart (it is compiled from the clause when
/// first rendered), only the labels are. With `stored`, each wording's text in `raw` is the span
/// of `stored` that holds it (`build.rs`).
fn clause<'a>(
    raw: RawClause,
    source: &'a Source,
    stored: Option<&'static str>,
    check: bool,
    pending: &mut Vec<Pending<'a>>,
) -> Result<Clause> {
    let mut diags: Vec<Diagnostic> = Vec::new();
    let said = |s: (usize, usize), id: &'static str, args: Vec<(&'static str, String)>| {
        source.diag(s.0, s.1, "").coded(id, args)
    };

    let id = raw.id.value.as_key();
    let slug = raw.slug.value.clone();
    match (NORMS.iter().find(|(i, _)| *i == id), &raw.resolution) {
        (None, Some(r)) => diags.push(said(
            at(&raw.id),
            "clause-not-a-norm",
            vec![("id", id.clone()), ("resolution", r.value.clone())],
        )),
        (Some(_), None) => diags.push(said(
            at(&raw.id),
            "clause-no-resolution",
            vec![("id", id.clone())],
        )),
        (Some((_, s)), _) if *s != slug => diags.push(said(
            at(&raw.slug),
            "clause-wrong-slug",
            vec![
                ("id", id.clone()),
                ("slug", slug.clone()),
                ("right", s.to_string()),
            ],
        )),
        _ => {}
    }
    if let Some(clash) = NORMS.iter().find(|(i, s)| *s == slug && *i != id) {
        diags.push(said(
            at(&raw.slug),
            "clause-slug-taken",
            vec![("slug", slug.clone()), ("id", clash.0.to_string())],
        ));
    }
    let (section, item) = match id
        .split_once('.')
        .map(|(s, i)| (s.parse::<u8>(), i.parse::<u8>()))
    {
        Some((Ok(s), Ok(i))) => (s, i),
        _ => {
            diags.push(said(
                at(&raw.id),
                "clause-id-form",
                vec![("id", id.clone())],
            ));
            (0, 0)
        }
    };

    let mut params = Vec::new();
    for (name, p) in &raw.params {
        match parse_param(&id, name, p, source) {
            Ok(spec) => params.push(spec),
            Err(e) => diags.push(e),
        }
    }
    let all_declared: Rc<BTreeSet<String>> =
        Rc::new(params.iter().map(|p| p.name.clone()).collect());
    let value = Rc::new(BTreeSet::from([LABEL_VALUE.to_string()]));
    for (name, p) in &raw.params {
        let label = &p.value.label;
        for lang in Lang::ALL {
            let text = pair_text(&label.value, lang);
            let what = Part::Label(lang, name.clone());
            if text.trim().is_empty() {
                diags.push(said(at(label), "clause-part-empty", what.args()));
                continue;
            }
            pending.push(Pending {
                name: label_name(&id, name, lang),
                text: text.trim().to_string(),
                what,
                source,
                at: at(label),
                declared: Rc::clone(&value),
                all_declared: Rc::clone(&value),
            });
        }
    }

    let mut variants = Vec::new();
    let mut wordings = BTreeMap::new();
    let mut levels = BTreeMap::new();
    let mut requires = BTreeMap::new();
    for (vname, by_level) in &raw.text {
        let Some(variant) = Variant::from_name(vname) else {
            let unknown = Variant::unknown(vname);
            diags.push(said(at(by_level), unknown.id, unknown.args));
            continue;
        };
        variants.push(variant);
        // A parameter belongs to the variants that give it a default.
        let declared: Rc<BTreeSet<String>> = Rc::new(
            params
                .iter()
                .filter(|p| p.defaults.contains_key(&variant))
                .map(|p| p.name.clone())
                .collect(),
        );
        let raw_variant = &by_level.value;
        let named: BTreeMap<Level, (&Spanned<RawWording>, (usize, usize))> = [
            (Level::Enterprise, &raw_variant.enterprise),
            (Level::Sector, &raw_variant.sector),
            (Level::Region, &raw_variant.region),
        ]
        .into_iter()
        .filter_map(|(level, w)| w.as_ref().map(|w| (level, (w, at(w)))))
        .collect();
        let needs: Vec<String> = raw_variant
            .requires
            .iter()
            .map(|r| r.value.as_key())
            .collect();
        if !needs.is_empty() {
            requires.insert(variant, needs);
        }
        for level in Level::all() {
            let Some((wording, place)) = named.get(&level) else {
                diags.push(said(
                    at(by_level),
                    "clause-level-missing",
                    vec![
                        ("variant", vname.clone()),
                        ("level", level.name().to_string()),
                    ],
                ));
                continue;
            };
            let pair = match &wording.value {
                RawWording::Text(pair) => pair,
                RawWording::SameAs(other) => {
                    let target = Level::from_name(other);
                    match target.and_then(|t| named.get(&t).map(|w| (t, w))) {
                        Some((t, (w, _)))
                            if t != level && matches!(w.value, RawWording::Text(_)) =>
                        {
                            levels.insert((variant, level), t);
                        }
                        _ => diags.push(said(
                            *place,
                            "clause-same-as",
                            vec![
                                ("variant", vname.clone()),
                                ("level", level.name().to_string()),
                                ("other", other.clone()),
                            ],
                        )),
                    }
                    continue;
                }
            };
            levels.insert((variant, level), level);
            let text = Bilingual::try_from_fn(|lang| {
                let written = pair_text(pair, lang);
                let Some(texts) = stored else {
                    return Ok(Cow::Owned(written.to_string()));
                };
                written
                    .split_once('-')
                    .and_then(|(start, end)| Some(start.parse().ok()?..end.parse().ok()?))
                    .and_then(|span| texts.get(span))
                    .map(Cow::Borrowed)
                    .ok_or_else(|| {
                        Error::Message(format!(
                            "{}: the compiled form does not read: no wording at {written:?}",
                            source.name
                        ))
                    })
            })?;
            wordings.insert(
                (variant, level),
                Wording {
                    line: place.0,
                    text,
                },
            );
            for lang in Lang::ALL.into_iter().filter(|_| check) {
                let text = pair_text(pair, lang);
                let what = Part::Text(lang, variant, level);
                if text.trim().is_empty() {
                    diags.push(said(*place, "clause-part-empty", what.args()));
                    continue;
                }
                if names_level(text) {
                    diags.push(said(*place, "clause-branches-on-level", what.args()));
                    continue;
                }
                pending.push(Pending {
                    name: template_name(&id, variant, level, lang),
                    text: text.to_string(),
                    what,
                    source,
                    at: *place,
                    declared: Rc::clone(&declared),
                    all_declared: Rc::clone(&all_declared),
                });
            }
        }
    }
    for p in &params {
        if !p.defaults.keys().any(|v| variants.contains(v)) {
            diags.push(said(
                at(&raw.id),
                "clause-param-no-default",
                vec![("name", p.name.clone())],
            ));
        }
    }
    if !diags.is_empty() {
        return Err(Error::Invalid(diags));
    }
    Ok(Clause {
        id,
        slug,
        section,
        item,
        resolution: raw.resolution.as_ref().map(|r| r.value.trim().to_string()),
        section_title: raw.section_title.as_ref().map(|t| Bilingual {
            kk: t.kk.trim().to_string(),
            ru: t.ru.trim().to_string(),
        }),
        title: Bilingual {
            kk: raw.title.kk.trim().to_string(),
            ru: raw.title.ru.trim().to_string(),
        },
        params,
        variants,
        wordings,
        levels,
        requires,
        file: source.name.clone(),
    })
}

/// Whether a template names the variable `level` inside a tag: the old way of writing one text
/// for several levels, which would now be silently false.
fn names_level(template: &str) -> bool {
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        let close = match after.chars().next() {
            Some('%') => "%}",
            Some('{') => "}}",
            _ => {
                rest = after;
                continue;
            }
        };
        let Some(end) = after.find(close) else { break };
        let tag = &after[1..end];
        if tag
            .split(|c: char| !(c.is_alphanumeric() || c == '_'))
            .any(|word| word == "level")
        {
            return true;
        }
        rest = &after[end..];
    }
    false
}

fn pair_text(pair: &RawPair, lang: Lang) -> &str {
    match lang {
        Lang::Kk => &pair.kk,
        Lang::Ru => &pair.ru,
    }
}

fn parse_param(
    norm: &str,
    name: &str,
    p: &Spanned<RawParam>,
    source: &Source,
) -> Result<ParamSpec, Diagnostic> {
    let raw = &p.value;
    let unit_name = raw.unit.value.as_str();
    let Some(unit) = Unit::from_name(unit_name) else {
        let (l, c) = at(&raw.unit);
        let unknown = Unit::unknown(unit_name);
        return Err(source.diag(l, c, "").coded(unknown.id, unknown.args));
    };
    let favours = match raw.favours.as_ref() {
        None => None,
        Some(f) => match Favours::from_name(f.value.trim()) {
            Some(favours) => Some(favours),
            None => {
                let (l, c) = at(f);
                return Err(source.diag(l, c, "").coded(
                    "clause-favours",
                    vec![
                        ("value", f.value.trim().to_string()),
                        ("name", name.to_string()),
                    ],
                ));
            }
        },
    };
    let counts = match raw.counts.as_ref() {
        None => None,
        Some(c) => {
            let (l, col) = at(c);
            match Counts::from_name(c.value.trim()) {
                Some(_) if matches!(unit, Unit::Count) => {
                    return Err(source
                        .diag(l, col, "")
                        .coded("clause-counts-count", vec![("name", name.to_string())]));
                }
                Some(counts) => Some(counts),
                None => {
                    return Err(source.diag(l, col, "").coded(
                        "clause-counts",
                        vec![
                            ("value", c.value.trim().to_string()),
                            ("name", name.to_string()),
                        ],
                    ));
                }
            }
        }
    };
    let mut spec = ParamSpec {
        name: name.to_string(),
        unit,
        about: raw.about.trim().to_string(),
        favours,
        counts,
        defaults: BTreeMap::new(),
        min: raw.min,
        max: raw.max,
    };
    for (vname, value) in &raw.default {
        let (l, c) = at(value);
        let variant = Variant::from_name(vname).ok_or_else(|| {
            let unknown = Variant::unknown(vname);
            source.diag(l, c, "").coded(unknown.id, unknown.args)
        })?;
        let v = spec.value(&value.value).map_err(|e| {
            let refusal = spec.refusal(norm, &e);
            source.diag(l, c, "").coded(refusal.id, refusal.args)
        })?;
        spec.defaults.insert(variant, v);
    }
    Ok(spec)
}

/// Checks that `clauses` are the recommendation's norms, each once.
pub(crate) fn check_set(clauses: &[Clause], diags: &mut Vec<Diagnostic>) {
    for c in clauses {
        for (variant, needs) in &c.requires {
            for need in needs
                .iter()
                .filter(|n| !clauses.iter().any(|o| &o.id == *n))
            {
                diags.push(Diagnostic::in_file(&c.file, 0, 0).coded(
                    "clause-requires-unknown",
                    vec![
                        ("variant", variant.name().to_string()),
                        ("id", c.id.clone()),
                        ("need", need.clone()),
                    ],
                ));
            }
        }
    }
    for (id, slug) in NORMS {
        let found: Vec<&Clause> = clauses.iter().filter(|c| c.id == id).collect();
        if found.len() > 1 {
            diags.push(Diagnostic::in_file(&found[1].file, 0, 0).coded(
                "clause-twice",
                vec![("id", id.to_string()), ("file", found[0].file.clone())],
            ));
        }
        if found.is_empty() {
            diags.push(Diagnostic::in_file("clause library", 0, 0).coded(
                "clause-missing",
                vec![("id", id.to_string()), ("slug", slug.to_string())],
            ));
        }
    }
}
