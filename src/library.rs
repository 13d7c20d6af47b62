//! The clause library: one YAML file per norm with its titles, typed parameters and the Tera
//! templates of its wording per variant and language; checked when loaded, rendered on demand.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::sync::Arc;

use serde::Deserialize;
use serde_saphyr::Spanned;
use tera::{Context, Tera};

use crate::error::{Diagnostic, Error, Result, Source};
use crate::lang::{Bilingual, Lang};
use crate::load::files::{self, LibraryFiles};
use crate::load::locales::Locales;
use crate::load::yaml::{self, Scalar, at};
use crate::model::{Level, NORMS, ParamValue, Unit, Variant};
use crate::render::filters;

/// Template variables every clause gets besides its parameters.
pub const CONTEXT_VARIABLES: [&str; 2] = ["level", "lang"];

/// Which values of a parameter are more favourable to workers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Favours {
    /// Larger values (more days of notice, more members).
    More,
    /// Smaller values (a faster reply, a shorter audit interval, an earlier report date).
    Less,
}

/// A parameter a clause declares.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParamSpec {
    /// The name templates and profiles use.
    pub name: String,
    /// What it counts.
    pub unit: Unit,
    /// One line saying what it is.
    pub about: String,
    /// Which direction is better for workers; `None` when the file does not say (lint reports it).
    pub favours: Option<Favours>,
    /// The default of each variant that has one.
    pub defaults: BTreeMap<Variant, ParamValue>,
    /// Smallest allowed value (numbers only).
    pub min: Option<i64>,
    /// Largest allowed value (numbers only).
    pub max: Option<i64>,
}

impl ParamSpec {
    /// "10–180", the allowed range, for messages.
    pub fn bounds_text(&self) -> String {
        if self.unit == Unit::MonthDay {
            return "any day of the year, \"MM-DD\"".into();
        }
        match (self.min, self.max) {
            (Some(a), Some(b)) => format!("{a}–{b}"),
            (Some(a), None) => format!("{a} or more"),
            (None, Some(b)) => format!("up to {b}"),
            (None, None) => "any".into(),
        }
    }
}

/// One norm's clause.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Clause {
    /// The recommendation's id: "2.3".
    pub id: String,
    /// The slug: "human-review".
    pub slug: String,
    /// Section of the recommendation, 1–6.
    pub section: u8,
    /// Position inside the section.
    pub item: u8,
    /// The resolution it implements: "3-3".
    pub resolution: String,
    /// Titles.
    pub title: Bilingual<String>,
    /// Declared parameters, in file order.
    pub params: Vec<ParamSpec>,
    /// The variants this file provides.
    pub variants: Vec<Variant>,
    /// Each variant's templates as written, and the line where they start, for `lint`.
    pub templates: BTreeMap<Variant, (usize, Bilingual<String>)>,
    /// The file it came from, for messages.
    pub file: String,
}

impl Clause {
    /// The parameter called `name`.
    pub fn param(&self, name: &str) -> Option<&ParamSpec> {
        self.params.iter().find(|p| p.name == name)
    }

    /// Every parameter with the default of `variant`.
    pub fn defaults(&self, variant: Variant) -> BTreeMap<String, ParamValue> {
        self.params
            .iter()
            .filter_map(|p| Some((p.name.clone(), *p.defaults.get(&variant)?)))
            .collect()
    }
}

/// The loaded, checked clause library with its phrase books.
pub struct Library {
    clauses: Vec<Clause>,
    locales: Arc<Locales>,
    tera: Tera,
}

impl std::fmt::Debug for Library {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Library")
            .field("clauses", &self.clauses)
            .finish_non_exhaustive()
    }
}

impl Library {
    /// The built-in library, each file replaced by the one in `overrides` if given.
    pub fn load(overrides: Option<&Path>) -> Result<Library> {
        Library::from_files(&files::load(overrides)?)
    }

    /// Parses and checks a library from its sources.
    pub fn from_files(files: &LibraryFiles) -> Result<Library> {
        let locales = Arc::new(Locales::parse(&files.locales)?);
        let mut tera = Tera::new();
        tera.autoescape_on(Vec::<&str>::new());
        filters::register(&mut tera, Arc::clone(&locales));

        let mut diags = Vec::new();
        let mut clauses = Vec::new();
        let mut pending = Vec::new();
        for source in &files.clauses {
            match parse_clause(source, &mut pending) {
                Ok(c) => clauses.push(c),
                Err(Error::Invalid(d)) => diags.extend(d),
                Err(e) => return Err(e),
            }
        }
        compile(&mut tera, &pending, &locales, &mut diags);
        if diags.is_empty() {
            check_set(&clauses, &mut diags);
        }
        if !diags.is_empty() {
            return Err(Error::Invalid(diags));
        }
        clauses.sort_by_key(|c| (c.section, c.item));
        Ok(Library {
            clauses,
            locales,
            tera,
        })
    }

    /// Every clause in the recommendation's order.
    pub fn clauses(&self) -> &[Clause] {
        &self.clauses
    }

    /// The phrase books.
    pub fn locales(&self) -> &Locales {
        &self.locales
    }

    /// The clause with id or slug `key`.
    pub fn find(&self, key: &str) -> Option<&Clause> {
        self.clauses.iter().find(|c| c.id == key || c.slug == key)
    }

    /// Renders the wording of `clause` in `variant` for `level` and `lang` with `params`, as one
    /// Markdown paragraph with single spaces.
    pub fn render(
        &self,
        clause: &Clause,
        variant: Variant,
        level: Level,
        lang: Lang,
        params: &BTreeMap<String, ParamValue>,
    ) -> Result<String> {
        let mut ctx = Context::new();
        ctx.insert("level", level.name());
        ctx.insert("lang", lang.code());
        for (name, value) in params {
            ctx.insert(name.clone(), value);
        }
        let name = template_name(&clause.id, variant, lang);
        let text = self.tera.render(&name, &ctx).map_err(|e| {
            Error::Message(format!(
                "{}: the {} text of variant `{}` failed to render: {}",
                clause.file,
                lang.english_name(),
                variant.name(),
                tera_message(&e)
            ))
        })?;
        Ok(tidy(&text))
    }
}

fn template_name(id: &str, variant: Variant, lang: Lang) -> String {
    format!("{id}/{}/{}", variant.name(), lang.code())
}

/// A Tera error with its causes, on one line where possible.
fn tera_message(e: &tera::Error) -> String {
    let mut text = e.to_string();
    let mut source = std::error::Error::source(e);
    while let Some(s) = source {
        text.push_str(&format!(" ({s})"));
        source = s.source();
    }
    text
}

/// Collapses runs of whitespace left by template tags and line folding into single spaces,
/// keeping blank lines as paragraph breaks and line starts of list items.
fn tidy(text: &str) -> String {
    text.split("\n\n")
        .map(|paragraph| {
            paragraph
                .lines()
                .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
                .filter(|l| !l.is_empty())
                .fold(String::new(), |mut acc, line| {
                    if !acc.is_empty() {
                        let item = line.starts_with("- ")
                            || line
                                .split_once(". ")
                                .is_some_and(|(n, _)| n.parse::<u32>().is_ok());
                        acc.push(if item { '\n' } else { ' ' });
                    }
                    acc.push_str(&line);
                    acc
                })
        })
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("\n\n")
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawClause {
    id: Spanned<Scalar>,
    slug: Spanned<String>,
    section: Spanned<u8>,
    source: Spanned<RawSourceRef>,
    title: RawPair,
    #[serde(default)]
    params: BTreeMap<String, Spanned<RawParam>>,
    text: BTreeMap<String, Spanned<RawPair>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSourceRef {
    resolution: String,
    section: u8,
    item: u8,
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
    favours: Option<Spanned<String>>,
    default: BTreeMap<String, Spanned<Scalar>>,
    min: Option<i64>,
    max: Option<i64>,
}

/// A clause template waiting to be compiled with all the others (Tera re-checks every template on
/// each addition, so they are added in one go), with what its checks need.
struct Pending {
    name: String,
    text: String,
    /// "the Kazakh text of variant `union`", for messages.
    what: String,
    variant: &'static str,
    /// Where the variant's text starts.
    at: Diagnostic,
    /// Parameters of this variant, and of the whole file.
    declared: BTreeSet<String>,
    all_declared: BTreeSet<String>,
}

impl Pending {
    /// Checks the variables the compiled template uses against the declared parameters.
    fn check(&self, tera: &Tera, diags: &mut Vec<Diagnostic>) {
        let used: BTreeSet<String> = tera
            .get_template_variables(&self.name)
            .map(|v| {
                v.into_iter()
                    .filter(|v| !CONTEXT_VARIABLES.contains(v))
                    .map(str::to_string)
                    .collect()
            })
            .unwrap_or_default();
        let at = |message: String, hint: &str| {
            let mut d = self.at.clone();
            d.message = message;
            d.hint = Some(hint.to_string());
            d
        };
        for u in used.difference(&self.declared) {
            let message = if self.all_declared.contains(u) {
                format!(
                    "{} uses `{u}`, which has no `{}` default",
                    self.what, self.variant
                )
            } else {
                format!(
                    "{} uses `{u}`, which is not a declared parameter",
                    self.what
                )
            };
            diags.push(at(
                message,
                "declare it under `params` with a default for this variant, or fix the name",
            ));
        }
        for u in self.declared.difference(&used) {
            diags.push(at(
                format!("{} does not use the parameter `{u}`", self.what),
                "both languages must state every number the clause declares",
            ));
        }
    }
}

/// Compiles every pending template into `tera` at once, then checks each. When the batch fails,
/// each template is compiled alone to say which one is wrong and where.
fn compile(
    tera: &mut Tera,
    pending: &[Pending],
    locales: &Arc<Locales>,
    diags: &mut Vec<Diagnostic>,
) {
    let all = pending.iter().map(|p| (p.name.as_str(), p.text.as_str()));
    if tera.add_raw_templates(all).is_err() {
        for p in pending {
            let mut alone = Tera::new();
            alone.autoescape_on(Vec::<&str>::new());
            filters::register(&mut alone, Arc::clone(locales));
            if let Err(e) = alone.add_raw_template(&p.name, &p.text) {
                let mut d = p.at.clone();
                d.message = format!("{} is not a valid template: {}", p.what, tera_message(&e));
                diags.push(d);
            }
        }
        return;
    }
    for p in pending {
        p.check(tera, diags);
    }
}

fn parse_clause(source: &Source, pending: &mut Vec<Pending>) -> Result<Clause> {
    let raw: RawClause = yaml::parse(source)?;
    let mut diags: Vec<Diagnostic> = Vec::new();
    let d = |s: (usize, usize), m: String| source.diag(s.0, s.1, m);

    let id = raw.id.value.as_key();
    let slug = raw.slug.value.clone();
    match NORMS.iter().find(|(i, _)| *i == id) {
        None => diags.push(
            d(
                at(&raw.id),
                format!("`{id}` is not a norm of the recommendation"),
            )
            .hint("norm ids are 1.1–6.1; see `kelisim clauses list`"),
        ),
        Some((_, s)) if *s != slug => diags.push(d(
            at(&raw.slug),
            format!("norm {id} has the slug `{s}`, not `{slug}`"),
        )),
        Some(_) => {}
    }
    let src = &raw.source.value;
    if format!("{}.{}", src.section, src.item) != id || src.section != raw.section.value {
        diags.push(d(
            at(&raw.source),
            format!("`section` and `source` must agree with the id `{id}`"),
        ));
    }

    let mut params = Vec::new();
    for (name, p) in &raw.params {
        match parse_param(name, p, source) {
            Ok(spec) => params.push(spec),
            Err(e) => diags.push(e),
        }
    }
    let all_declared: BTreeSet<&str> = params.iter().map(|p| p.name.as_str()).collect();

    let mut variants = Vec::new();
    let mut templates = BTreeMap::new();
    for (vname, pair) in &raw.text {
        let Some(variant) = Variant::from_name(vname) else {
            diags.push(
                d(at(pair), format!("unknown variant `{vname}`"))
                    .hint("variants are union, recommended and employer"),
            );
            continue;
        };
        variants.push(variant);
        templates.insert(
            variant,
            (
                at(pair).0,
                Bilingual {
                    kk: pair.value.kk.clone(),
                    ru: pair.value.ru.clone(),
                },
            ),
        );
        // A parameter belongs to the variants that give it a default.
        let declared: BTreeSet<&str> = params
            .iter()
            .filter(|p| p.defaults.contains_key(&variant))
            .map(|p| p.name.as_str())
            .collect();
        for lang in Lang::ALL {
            let text = match lang {
                Lang::Kk => &pair.value.kk,
                Lang::Ru => &pair.value.ru,
            };
            let name = template_name(&id, variant, lang);
            let where_ = format!("the {} text of variant `{vname}`", lang.english_name());
            if text.trim().is_empty() {
                diags.push(d(at(pair), format!("{where_} is empty")));
                continue;
            }
            pending.push(Pending {
                name,
                text: text.clone(),
                what: where_,
                variant: variant.name(),
                at: d(at(pair), String::new()),
                declared: declared.iter().map(|s| s.to_string()).collect(),
                all_declared: all_declared.iter().map(|s| s.to_string()).collect(),
            });
        }
    }
    for p in &params {
        if !p.defaults.keys().any(|v| variants.contains(v)) {
            diags.push(d(
                at(&raw.id),
                format!(
                    "parameter `{}` has no default for any variant of this file",
                    p.name
                ),
            ));
        }
    }
    if !diags.is_empty() {
        return Err(Error::Invalid(diags));
    }
    Ok(Clause {
        id,
        slug,
        section: raw.section.value,
        item: src.item,
        resolution: src.resolution.clone(),
        title: Bilingual {
            kk: raw.title.kk.trim().to_string(),
            ru: raw.title.ru.trim().to_string(),
        },
        params,
        variants,
        templates,
        file: source.name.clone(),
    })
}

fn parse_param(
    name: &str,
    p: &Spanned<RawParam>,
    source: &Source,
) -> Result<ParamSpec, Diagnostic> {
    let raw = &p.value;
    let unit_name = raw.unit.value.as_str();
    let Some(unit) = Unit::NAMES
        .iter()
        .find(|(n, _)| *n == unit_name)
        .map(|(_, u)| *u)
    else {
        let (l, c) = at(&raw.unit);
        return Err(source
            .diag(
                l,
                c,
                format!("unknown unit `{unit_name}` of parameter `{name}`"),
            )
            .hint("units are calendar-days, working-days, months, count and month-day"));
    };
    let mut defaults = BTreeMap::new();
    for (vname, value) in &raw.default {
        let (l, c) = at(value);
        let variant = Variant::from_name(vname).ok_or_else(|| {
            source.diag(
                l,
                c,
                format!("unknown variant `{vname}` in the defaults of `{name}`"),
            )
        })?;
        let v = crate::load::profile::param_value(unit, &value.value)
            .map_err(|m| source.diag(l, c, format!("default of `{name}`: {m}")))?;
        if let ParamValue::Int(n) = v
            && (raw.min.is_some_and(|m| n < m) || raw.max.is_some_and(|m| n > m))
        {
            return Err(source.diag(
                l,
                c,
                format!("the `{vname}` default of `{name}` is outside its own bounds"),
            ));
        }
        defaults.insert(variant, v);
    }
    let favours = match raw.favours.as_ref() {
        None => None,
        Some(f) => match f.value.trim() {
            "more" => Some(Favours::More),
            "less" => Some(Favours::Less),
            other => {
                let (l, c) = at(f);
                return Err(source
                    .diag(l, c, format!("`favours: {other}` of `{name}` is neither `more` nor `less`"))
                    .hint("`more` if a larger value is better for workers, `less` if a smaller one is"));
            }
        },
    };
    Ok(ParamSpec {
        name: name.to_string(),
        unit,
        about: raw.about.trim().to_string(),
        favours,
        defaults,
        min: raw.min,
        max: raw.max,
    })
}

fn check_set(clauses: &[Clause], diags: &mut Vec<Diagnostic>) {
    for (id, slug) in NORMS {
        let found: Vec<&Clause> = clauses.iter().filter(|c| c.id == id).collect();
        if found.len() > 1 {
            diags.push(Diagnostic {
                file: found[1].file.clone(),
                line: 0,
                column: 0,
                message: format!("norm {id} is defined twice, also in {}", found[0].file),
                hint: Some("keep one file per norm".into()),
                source_line: None,
            });
        }
        if found.is_empty() {
            diags.push(Diagnostic {
                file: "clause library".into(),
                line: 0,
                column: 0,
                message: format!("norm {id} ({slug}) has no clause file"),
                hint: Some(format!("add `{id}-{slug}.yaml`")),
                source_line: None,
            });
        }
    }
}
