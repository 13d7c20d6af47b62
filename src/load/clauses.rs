//! Clause files: one YAML file per norm with its titles, typed parameters and the templates of
//! its wording per variant and language, parsed into a [`Clause`] and the templates to compile.

use std::collections::{BTreeMap, BTreeSet};

use serde::Deserialize;
use serde_saphyr::Spanned;

use crate::error::{Diagnostic, Error, Result, Source};
use crate::lang::{Bilingual, Lang};
use crate::load::yaml::{self, at};
use crate::model::{Clause, Favours, NORMS, ParamError, ParamSpec, Scalar, Unit, Variant};
use crate::names::Named;
use crate::templates::{Pending, template_name};

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

/// Parses the clause file `source`; its templates are added to `pending`.
pub(crate) fn parse(source: &Source, pending: &mut Vec<Pending>) -> Result<Clause> {
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
            diags.push(d(at(pair), format!("unknown variant `{vname}`")).hint(Variant::list()));
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
                variant,
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
    let Some(unit) = Unit::from_name(unit_name) else {
        let (l, c) = at(&raw.unit);
        return Err(source
            .diag(
                l,
                c,
                format!("unknown unit `{unit_name}` of parameter `{name}`"),
            )
            .hint(Unit::list()));
    };
    let favours = match raw.favours.as_ref() {
        None => None,
        Some(f) => match Favours::from_name(f.value.trim()) {
            Some(favours) => Some(favours),
            None => {
                let (l, c) = at(f);
                return Err(source
                    .diag(l, c, format!("`favours: {}` of `{name}` is neither `more` nor `less`", f.value.trim()))
                    .hint("`more` if a larger value is better for workers, `less` if a smaller one is"));
            }
        },
    };
    let mut spec = ParamSpec {
        name: name.to_string(),
        unit,
        about: raw.about.trim().to_string(),
        favours,
        defaults: BTreeMap::new(),
        min: raw.min,
        max: raw.max,
    };
    for (vname, value) in &raw.default {
        let (l, c) = at(value);
        let variant = Variant::from_name(vname).ok_or_else(|| {
            source.diag(
                l,
                c,
                format!("unknown variant `{vname}` in the defaults of `{name}`"),
            )
        })?;
        let v = spec.value(&value.value).map_err(|e| {
            let message = match e {
                ParamError::Type(m) => format!("default of `{name}`: {m}"),
                ParamError::OutOfBounds(_) => {
                    format!("the `{vname}` default of `{name}` is outside its own bounds")
                }
            };
            source.diag(l, c, message)
        })?;
        spec.defaults.insert(variant, v);
    }
    Ok(spec)
}

/// Checks that `clauses` are the recommendation's norms, each once.
pub(crate) fn check_set(clauses: &[Clause], diags: &mut Vec<Diagnostic>) {
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
