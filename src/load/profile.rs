//! The profile: the input types exactly as a user writes them (strict, with source positions),
//! and the validation step that turns them into a [`Profile`] or a list of diagnostics.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::Deserialize;
use serde::de::value::MapAccessDeserializer;
use serde_saphyr::Spanned;

use crate::dates::Date;
use crate::error::{Diagnostic, Error, Result, Source};
use crate::lang::Bilingual;
use crate::load::text::{placeholder, unprintable};
use crate::load::yaml;
use crate::model::{
    Adopted, AiSystem, Clause, Introduction, Layout, Level, NORMS, ParamValue, Parties, Party,
    Profile, Risk, Scalar, Variant, find_clause,
};
use crate::names::Named;

/// A profile as written: the public contract of kelisim's input.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "kelisim profile")]
pub(crate) struct RawProfile {
    /// The agreement the AI annex belongs to.
    #[schemars(with = "RawAgreement")]
    pub agreement: Spanned<RawAgreement>,
    /// The parties that sign it.
    pub parties: RawParties,
    /// The sector, in both languages; required when `level` is `sector`.
    #[serde(default)]
    #[schemars(with = "Option<RawText>")]
    pub sector: Option<Spanned<RawText>>,
    /// The region, in both languages; required when `level` is `region`.
    #[serde(default)]
    #[schemars(with = "Option<RawText>")]
    pub region: Option<Spanned<RawText>>,
    /// Defaults for every adopted norm, e.g. `{variant: union}` to draft from one side.
    #[serde(default)]
    #[schemars(with = "Option<RawDefaults>")]
    pub defaults: Option<Spanned<RawDefaults>>,
    /// The norms adopted: `all`, or a list of ids ("2.3"), slugs (human-review) or mappings
    /// with `id`, `variant` and `params`.
    #[schemars(with = "RawNorms")]
    pub norms: Spanned<RawNorms>,
    /// The employer's register of AI systems, which the notices, requests and reports name.
    #[serde(default)]
    #[schemars(with = "Vec<RawAiSystem>")]
    pub ai_systems: Vec<Spanned<RawAiSystem>>,
}

/// An AI system of the register.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawAiSystem {
    /// A short id to name it by on the command line: lowercase letters, digits and hyphens.
    #[schemars(with = "String", regex(pattern = r"^[a-z0-9][a-z0-9-]*$"))]
    pub id: Spanned<Scalar>,
    /// Its name, in both languages.
    #[schemars(with = "RawText")]
    pub name: Spanned<RawText>,
    /// What it is for, in both languages.
    #[schemars(with = "RawText")]
    pub purpose: Spanned<RawText>,
    /// The decisions it takes or supports.
    #[serde(default)]
    #[schemars(with = "Option<RawText>")]
    pub decisions: Option<Spanned<RawText>>,
    /// The categories of data it processes, each in both languages.
    #[serde(default)]
    #[schemars(with = "Vec<RawText>")]
    pub data: Vec<Spanned<RawText>>,
    /// Its main parameters and criteria.
    #[serde(default)]
    #[schemars(with = "Option<RawText>")]
    pub parameters: Option<Spanned<RawText>>,
    /// `false`, or what it monitors of the workers, in both languages.
    #[serde(default)]
    #[schemars(with = "Option<MonitoringSchema>")]
    pub monitoring: Option<Spanned<RawMonitoring>>,
    /// Who reviews its output (the human oversight).
    #[serde(default)]
    #[schemars(with = "Option<RawText>")]
    pub oversight: Option<Spanned<RawText>>,
    /// The expected effect on employment, pay and working conditions (the assessment 1.1 asks
    /// the notice to carry).
    #[serde(default)]
    #[schemars(with = "Option<RawText>")]
    pub impact: Option<Spanned<RawText>>,
    /// The retraining offered to the workers it affects.
    #[serde(default)]
    #[schemars(with = "Option<RawText>")]
    pub retraining: Option<Spanned<RawText>>,
    /// The units and the number of workers it affects.
    #[serde(default)]
    #[schemars(with = "Option<RawAffected>")]
    pub affected: Option<Spanned<RawAffected>>,
    /// Who supplies it.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub vendor: Option<Spanned<String>>,
    /// `low`, `medium` or `high`.
    #[serde(default)]
    #[schemars(with = "Option<Risk>")]
    pub risk: Option<Spanned<String>>,
    /// The day it is to be introduced, `YYYY-MM-DD`.
    #[serde(default)]
    #[schemars(with = "Option<String>", regex(pattern = r"^\d{4}-\d{2}-\d{2}$"))]
    pub planned: Option<Spanned<Scalar>>,
    /// The day it was introduced, `YYYY-MM-DD`.
    #[serde(default)]
    #[schemars(with = "Option<String>", regex(pattern = r"^\d{4}-\d{2}-\d{2}$"))]
    pub introduced: Option<Spanned<Scalar>>,
}

/// Whom and what an AI system affects.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawAffected {
    /// The units (departments, sites), in both languages.
    #[serde(default)]
    #[schemars(with = "Option<RawText>")]
    pub units: Option<Spanned<RawText>>,
    /// How many workers.
    #[serde(default)]
    #[schemars(with = "Option<u32>", range(min = 1, max = 1_000_000))]
    pub headcount: Option<Spanned<i64>>,
}

/// `monitoring:` as written: `false`, or what is monitored.
#[derive(Debug)]
pub(crate) enum RawMonitoring {
    /// `true` or `false`.
    Flag(bool),
    /// What it monitors.
    What(RawText),
}

impl<'de> Deserialize<'de> for RawMonitoring {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> serde::de::Visitor<'de> for V {
            type Value = RawMonitoring;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("`false`, or what the system monitors: `{kk: …, ru: …}`")
            }
            fn visit_bool<E>(self, v: bool) -> Result<RawMonitoring, E> {
                Ok(RawMonitoring::Flag(v))
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                map: A,
            ) -> Result<RawMonitoring, A::Error> {
                RawText::deserialize(MapAccessDeserializer::new(map)).map(RawMonitoring::What)
            }
        }
        d.deserialize_any(V)
    }
}

/// Schema stand-in for `monitoring`.
struct MonitoringSchema;

impl JsonSchema for MonitoringSchema {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Monitoring".into()
    }
    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let text = generator.subschema_for::<RawText>();
        schemars::json_schema!({
            "description": "`false`, or what the system monitors of the workers, in both languages.",
            "anyOf": [{"const": false}, text]
        })
    }
}

/// Defaults for every adopted norm.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawDefaults {
    /// The wording of every norm that does not name its own: `union`, `recommended` or `employer`.
    #[serde(default)]
    #[schemars(with = "Option<Variant>")]
    pub variant: Option<Spanned<String>>,
}

/// The agreement.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawAgreement {
    /// `enterprise` (collective agreement), `sector` or `region`.
    #[schemars(with = "Level")]
    pub level: Spanned<String>,
    /// The number of this annex in the agreement.
    #[serde(default)]
    #[schemars(with = "Option<u32>", range(min = 1))]
    pub annex: Option<Spanned<u32>>,
    /// First and last year of the agreement's term: `[2027, 2029]`.
    #[serde(default)]
    #[schemars(with = "Option<[i32; 2]>")]
    pub years: Option<Spanned<Vec<i32>>>,
    /// Date of signing, `YYYY-MM-DD`.
    #[serde(default)]
    #[schemars(with = "Option<String>", regex(pattern = r"^\d{4}-\d{2}-\d{2}$"))]
    pub date: Option<Spanned<Scalar>>,
    /// Place of signing, in both languages.
    #[serde(default)]
    #[schemars(with = "Option<RawText>")]
    pub place: Option<Spanned<RawText>>,
    /// `columns` (default: Kazakh left, Russian right) or `sequential`.
    #[serde(default)]
    #[schemars(with = "Option<Layout>")]
    pub layout: Option<Spanned<String>>,
}

/// The parties.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawParties {
    /// The employer (enterprise) or the employers' association(s) (sector, region).
    #[schemars(with = "RawParty")]
    pub employer: Spanned<RawParty>,
    /// The trade union, or the elected representatives of the workers.
    #[schemars(with = "RawParty")]
    pub workers: Spanned<RawParty>,
    /// The authorised state body (sector) or the akimat (region).
    #[serde(default)]
    #[schemars(with = "Option<RawParty>")]
    pub government: Option<Spanned<RawParty>>,
}

/// A party.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawParty {
    /// The organisation's name in both languages: «Алтын» ЖШС / ТОО «Алтын».
    #[schemars(with = "RawText")]
    pub name: Spanned<RawText>,
    /// Business identification number: 12 digits, in quotes.
    #[serde(default)]
    #[schemars(with = "Option<String>", regex(pattern = r"^\d{12}$"))]
    pub bin: Option<Spanned<Scalar>>,
    /// Position and name of the person who signs, in both languages.
    #[serde(default)]
    #[schemars(with = "Option<RawText>")]
    pub signatory: Option<Spanned<RawText>>,
}

/// A text in both languages.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawText {
    /// Kazakh.
    #[schemars(with = "String", required)]
    pub kk: Option<Spanned<String>>,
    /// Russian.
    #[schemars(with = "String", required)]
    pub ru: Option<Spanned<String>>,
}

/// `all`, or a list of norms.
#[derive(Debug)]
pub(crate) enum RawNorms {
    /// Every norm, in its recommended wording.
    All,
    /// The norms listed.
    List(Vec<Spanned<RawNormEntry>>),
}

/// One adopted norm.
#[derive(Debug)]
pub(crate) enum RawNormEntry {
    /// By id or slug alone.
    Key(Scalar),
    /// With a variant or parameters.
    Detailed(RawNormDetail),
}

/// A norm with its variant and parameters.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawNormDetail {
    /// Id ("1.2") or slug (joint-committee).
    #[schemars(with = "NormKeySchema")]
    pub id: Spanned<Scalar>,
    /// `union`, `recommended` (default) or `employer`.
    #[serde(default)]
    #[schemars(with = "Option<Variant>")]
    pub variant: Option<Spanned<String>>,
    /// Parameter values by name; see `kelisim clauses show ID`.
    #[serde(default)]
    #[schemars(with = "BTreeMap<String, ParamSchema>")]
    pub params: BTreeMap<String, Spanned<Scalar>>,
}

impl<'de> Deserialize<'de> for RawNorms {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> serde::de::Visitor<'de> for V {
            type Value = RawNorms;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("the word `all` or a list of norms")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<RawNorms, E> {
                if v.trim() == "all" {
                    Ok(RawNorms::All)
                } else {
                    // Said by the message `norms-not-all` (`yaml::said`).
                    Err(E::custom(format!("{}{v}", yaml::NORMS_NOT_ALL)))
                }
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> Result<RawNorms, A::Error> {
                let mut list = Vec::new();
                while let Some(e) = seq.next_element()? {
                    list.push(e);
                }
                Ok(RawNorms::List(list))
            }
        }
        d.deserialize_any(V)
    }
}

impl<'de> Deserialize<'de> for RawNormEntry {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> serde::de::Visitor<'de> for V {
            type Value = RawNormEntry;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a norm id (\"2.3\"), a slug (human-review) or a mapping with `id`")
            }
            fn visit_str<E>(self, v: &str) -> Result<RawNormEntry, E> {
                Ok(RawNormEntry::Key(Scalar::Str(v.to_string())))
            }
            fn visit_f64<E>(self, v: f64) -> Result<RawNormEntry, E> {
                Ok(RawNormEntry::Key(Scalar::Float(v)))
            }
            fn visit_i64<E>(self, v: i64) -> Result<RawNormEntry, E> {
                Ok(RawNormEntry::Key(Scalar::Int(v)))
            }
            fn visit_u64<E>(self, v: u64) -> Result<RawNormEntry, E> {
                Ok(RawNormEntry::Key(Scalar::Str(v.to_string())))
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                map: A,
            ) -> Result<RawNormEntry, A::Error> {
                RawNormDetail::deserialize(MapAccessDeserializer::new(map))
                    .map(RawNormEntry::Detailed)
            }
        }
        d.deserialize_any(V)
    }
}

/// Schema stand-in for `norms`.
struct NormKeySchema;
/// Schema stand-in for a parameter value.
struct ParamSchema;

impl JsonSchema for NormKeySchema {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "NormKey".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let ids: Vec<&str> = NORMS.iter().flat_map(|(i, s)| [*i, *s]).collect();
        let numbers: Vec<f64> = NORMS.iter().filter_map(|(i, _)| i.parse().ok()).collect();
        schemars::json_schema!({
            "description": "A norm id (\"2.3\") or slug (human-review); see `kelisim clauses list`.",
            "anyOf": [{"type": "string", "enum": ids}, {"type": "number", "enum": numbers}]
        })
    }
}

impl JsonSchema for ParamSchema {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "ParamValue".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "A whole number (days, months, people) or a day of the year as \"MM-DD\".",
            "anyOf": [{"type": "integer"}, {"type": "string", "pattern": "^\\d{2}-\\d{2}$"}]
        })
    }
}

impl JsonSchema for RawNorms {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Norms".into()
    }
    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let key = generator.subschema_for::<NormKeySchema>();
        let detail = generator.subschema_for::<RawNormDetail>();
        schemars::json_schema!({
            "anyOf": [
                {"const": "all"},
                {"type": "array", "minItems": 1, "items": {"anyOf": [key, detail]}}
            ]
        })
    }
}

/// Reads and validates the profile in `source` against the clauses of a library.
pub(crate) fn load(source: &Source, clauses: &[Clause]) -> Result<Profile> {
    let raw: RawProfile = yaml::parse(source)?;
    Validator {
        source,
        diags: Vec::new(),
        warnings: Vec::new(),
    }
    .profile(&raw, clauses)
}

struct Validator<'a> {
    source: &'a Source,
    diags: Vec<Diagnostic>,
    /// What is valid but will show in the signed text: a party without a signatory.
    warnings: Vec<Diagnostic>,
}

impl Validator<'_> {
    /// The message `code` of the interface's phrase books, with `args`, at `at`.
    fn say<T>(&mut self, at: &Spanned<T>, code: &'static str, args: Vec<(&'static str, String)>) {
        let (l, c) = yaml::at(at);
        self.diags
            .push(self.source.diag(l, c, "").coded(code, args));
    }

    fn profile(mut self, raw: &RawProfile, clauses: &[Clause]) -> Result<Profile> {
        let a = &raw.agreement.value;
        let level = self.named::<Level>(&a.level);
        let layout = a.layout.as_ref().and_then(|l| self.named::<Layout>(l));
        if let Some(annex) = &a.annex
            && annex.value == 0
        {
            self.say(annex, "annex-number", Vec::new());
        }
        let years = a.years.as_ref().and_then(|y| self.years(y));
        let date = a.date.as_ref().and_then(|d| self.date(d));
        let place = a
            .place
            .as_ref()
            .and_then(|p| self.text(p, "agreement.place"));
        let parties = self.parties(&raw.parties, level);
        let sector = raw.sector.as_ref().and_then(|t| self.text(t, "sector"));
        let region = raw.region.as_ref().and_then(|t| self.text(t, "region"));
        match level {
            Some(Level::Sector) if raw.sector.is_none() => self.say(
                &raw.agreement,
                "scope-missing",
                vec![("level", "sector".into())],
            ),
            Some(Level::Region) if raw.region.is_none() => self.say(
                &raw.agreement,
                "scope-missing",
                vec![("level", "region".into())],
            ),
            _ => {}
        }
        let default_variant = raw
            .defaults
            .as_ref()
            .and_then(|d| d.value.variant.as_ref())
            .and_then(|v| self.named::<Variant>(v));
        let norms = self.norms(&raw.norms, clauses, default_variant.unwrap_or_default());
        let ai_systems = self.ai_systems(&raw.ai_systems);
        match (level, parties, norms) {
            (Some(level), Some(parties), Some(norms)) if self.diags.is_empty() => Ok(Profile {
                warnings: self.warnings,
                source_name: self.source.name.clone(),
                level,
                annex: a.annex.as_ref().map(|a| a.value),
                years,
                date,
                place,
                layout,
                parties,
                sector,
                region,
                norms,
                ai_systems,
            }),
            _ => Err(Error::Invalid(self.diags)),
        }
    }

    /// The register of AI systems: each id once, every text in both languages, a headcount
    /// from 1 to 1,000,000, one of `planned` and `introduced`.
    fn ai_systems(&mut self, raw: &[Spanned<RawAiSystem>]) -> Vec<AiSystem> {
        let mut found: Vec<AiSystem> = Vec::new();
        let mut seen: Vec<String> = Vec::new();
        for (i, entry) in raw.iter().enumerate() {
            let r = &entry.value;
            let path = format!("ai_systems[{i}]");
            let id = r.id.value.as_key();
            let id_ok = !id.is_empty()
                && id.starts_with(|c: char| c.is_ascii_lowercase() || c.is_ascii_digit())
                && id
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
            if !id_ok {
                self.say(
                    &r.id,
                    "system-id-bad",
                    vec![("path", path.clone()), ("id", id.clone())],
                );
            } else if seen.contains(&id) {
                self.say(&r.id, "system-id-twice", vec![("id", id.clone())]);
            }
            seen.push(id.clone());
            let text = |t: &Option<Spanned<RawText>>, field: &str, v: &mut Self| {
                t.as_ref()
                    .and_then(|t| v.text(t, &format!("{path}.{field}")))
            };
            let name = self.text(&r.name, &format!("{path}.name"));
            let purpose = self.text(&r.purpose, &format!("{path}.purpose"));
            let decisions = text(&r.decisions, "decisions", self);
            let parameters = text(&r.parameters, "parameters", self);
            let oversight = text(&r.oversight, "oversight", self);
            let impact = text(&r.impact, "impact", self);
            let retraining = text(&r.retraining, "retraining", self);
            let data: Vec<Bilingual<String>> = r
                .data
                .iter()
                .enumerate()
                .filter_map(|(j, d)| self.text(d, &format!("{path}.data[{j}]")))
                .collect();
            let monitoring = match r.monitoring.as_ref() {
                None
                | Some(Spanned {
                    value: RawMonitoring::Flag(false),
                    ..
                }) => None,
                Some(
                    m @ Spanned {
                        value: RawMonitoring::Flag(true),
                        ..
                    },
                ) => {
                    self.say(m, "monitoring-what", vec![("path", path.clone())]);
                    None
                }
                Some(
                    m @ Spanned {
                        value: RawMonitoring::What(t),
                        ..
                    },
                ) => self.text_of(t, yaml::at(m), &format!("{path}.monitoring")),
            };
            let (units, headcount) = match r.affected.as_ref() {
                None => (None, None),
                Some(a) => {
                    let units = a
                        .value
                        .units
                        .as_ref()
                        .and_then(|u| self.text(u, &format!("{path}.affected.units")));
                    let headcount = match &a.value.headcount {
                        None => None,
                        Some(h) if (1..=1_000_000).contains(&h.value) => Some(h.value as u32),
                        Some(h) => {
                            self.say(
                                h,
                                "headcount-bad",
                                vec![("path", path.clone()), ("value", h.value.to_string())],
                            );
                            None
                        }
                    };
                    (units, headcount)
                }
            };
            let vendor = match &r.vendor {
                Some(v) if v.value.trim().is_empty() => {
                    self.say(v, "vendor-empty", vec![("path", path.clone())]);
                    None
                }
                Some(v) => Some(v.value.trim().to_string()),
                None => None,
            };
            let risk = r.risk.as_ref().and_then(|k| self.named::<Risk>(k));
            let when = match (&r.planned, &r.introduced) {
                (Some(p), Some(_)) => {
                    self.say(p, "planned-and-introduced", vec![("path", path.clone())]);
                    None
                }
                (Some(p), None) => self.day(p, "planned").map(Introduction::Planned),
                (None, Some(d)) => self.day(d, "introduced").map(Introduction::Introduced),
                (None, None) => None,
            };
            if let (true, Some(name), Some(purpose)) = (id_ok, name, purpose) {
                found.push(AiSystem {
                    id,
                    name,
                    purpose,
                    decisions,
                    data,
                    parameters,
                    monitoring,
                    oversight,
                    impact,
                    retraining,
                    units,
                    headcount,
                    vendor,
                    risk,
                    when,
                });
            }
        }
        found
    }

    /// A day written at `d` for the field `what`.
    fn day(&mut self, d: &Spanned<Scalar>, what: &str) -> Option<Date> {
        let text = d.value.as_key();
        let parsed = Date::parse(&text);
        if parsed.is_none() {
            self.say(
                d,
                "not-a-date",
                vec![
                    ("field", what.to_string()),
                    ("text", text),
                    ("example", "2027-04-01".into()),
                ],
            );
        }
        parsed
    }

    /// The value of a named enum written at `s`, or a diagnostic with "did you mean".
    fn named<T: Named>(&mut self, s: &Spanned<String>) -> Option<T> {
        let name = s.value.trim();
        let found = T::from_name(name);
        if found.is_none() {
            let unknown = T::unknown(name);
            self.say(s, unknown.id, unknown.args);
        }
        found
    }

    fn years(&mut self, y: &Spanned<Vec<i32>>) -> Option<(i32, i32)> {
        match y.value.as_slice() {
            [from, to] if (2000..=2100).contains(from) && from <= to && to - from <= 10 => {
                Some((*from, *to))
            }
            _ => {
                self.say(y, "years-bad", Vec::new());
                None
            }
        }
    }

    fn date(&mut self, d: &Spanned<Scalar>) -> Option<Date> {
        let text = d.value.as_key();
        let parsed = Date::parse(&text);
        if parsed.is_none() {
            self.say(
                d,
                "not-a-date",
                vec![
                    ("field", "date".into()),
                    ("text", text),
                    ("example", "2026-12-15".into()),
                ],
            );
        }
        parsed
    }

    fn text(&mut self, t: &Spanned<RawText>, path: &str) -> Option<Bilingual<String>> {
        self.text_of(&t.value, yaml::at(t), path)
    }

    /// The text `t`, which stands at `at` (line, column), in both languages.
    fn text_of(
        &mut self,
        t: &RawText,
        at: (usize, usize),
        path: &str,
    ) -> Option<Bilingual<String>> {
        let mut get = |v: &Option<Spanned<String>>, code: &str| -> Option<String> {
            let args = |value: &str| {
                vec![
                    ("path", path.to_string()),
                    ("code", code.to_string()),
                    ("value", value.to_string()),
                ]
            };
            match v {
                Some(s) if placeholder(&s.value) && !s.value.trim().is_empty() => {
                    self.say(s, "text-placeholder", args(s.value.trim()));
                    None
                }
                Some(s) if !s.value.trim().is_empty() => {
                    let text = s.value.trim();
                    let Some(bad) = unprintable(&format!("{path}.{code}"), text) else {
                        return Some(text.to_string());
                    };
                    self.say(s, bad.id, bad.args);
                    None
                }
                Some(s) => {
                    self.say(s, "text-empty", args(""));
                    None
                }
                None => {
                    self.diags.push(
                        self.source
                            .diag(at.0, at.1, "")
                            .coded("text-missing", args("")),
                    );
                    None
                }
            }
        };
        let kk = get(&t.kk, "kk");
        let ru = get(&t.ru, "ru");
        Some(Bilingual { kk: kk?, ru: ru? })
    }

    fn party(&mut self, p: &Spanned<RawParty>, path: &str) -> Option<Party> {
        let name = self.text(&p.value.name, &format!("{path}.name"));
        let signatory = match &p.value.signatory {
            Some(s) => Some(self.text(s, &format!("{path}.signatory"))?),
            None => {
                let (l, c) = yaml::at(p);
                self.warnings.push(
                    self.source
                        .diag(l, c, "")
                        .coded("no-signatory", vec![("path", path.to_string())]),
                );
                None
            }
        };
        let bin = match &p.value.bin {
            None => None,
            Some(b) => Some(self.bin(b, path)?),
        };
        Some(Party {
            name: name?,
            bin,
            signatory,
        })
    }

    fn bin(&mut self, b: &Spanned<Scalar>, path: &str) -> Option<String> {
        let (code, bin) = match &b.value {
            Scalar::Str(s)
                if s.trim().len() == 12 && s.trim().bytes().all(|c| c.is_ascii_digit()) =>
            {
                if bin_checksum_ok(s.trim()) {
                    return Some(s.trim().to_string());
                }
                ("bin-check-digit", s.trim().to_string())
            }
            Scalar::Int(n) => ("bin-number", n.to_string()),
            other => ("bin-digits", other.as_key()),
        };
        self.say(b, code, vec![("path", path.to_string()), ("bin", bin)]);
        None
    }

    fn parties(&mut self, p: &RawParties, level: Option<Level>) -> Option<Parties> {
        let employer = self.party(&p.employer, "parties.employer");
        let workers = self.party(&p.workers, "parties.workers");
        let government = match &p.government {
            Some(g) if level == Some(Level::Enterprise) => {
                self.say(g, "government-at-enterprise", Vec::new());
                None
            }
            Some(g) => Some(self.party(g, "parties.government")?),
            None => None,
        };
        Some(Parties {
            employer: employer?,
            workers: workers?,
            government,
        })
    }

    fn norms(
        &mut self,
        n: &Spanned<RawNorms>,
        clauses: &[Clause],
        default_variant: Variant,
    ) -> Option<Vec<Adopted>> {
        let list = match &n.value {
            RawNorms::All => {
                let missing: Vec<&str> = clauses
                    .iter()
                    .filter(|c| !c.variants.contains(&default_variant))
                    .map(|c| c.id.as_str())
                    .collect();
                if !missing.is_empty() {
                    self.say(
                        n,
                        "norms-lack-variant",
                        vec![
                            ("ids", missing.join(", ")),
                            ("variant", default_variant.name().to_string()),
                        ],
                    );
                    return None;
                }
                return Some(
                    clauses
                        .iter()
                        .map(|c| Adopted {
                            id: c.id.clone(),
                            variant: default_variant,
                            params: c.defaults(default_variant),
                        })
                        .collect(),
                );
            }
            RawNorms::List(list) => list,
        };
        if list.is_empty() {
            self.say(n, "no-norms", Vec::new());
            return None;
        }
        let mut adopted: Vec<(usize, Adopted)> = Vec::new();
        let mut entries: Vec<(&Spanned<RawNormEntry>, &Clause, Variant)> = Vec::new();
        let mut seen: BTreeMap<String, usize> = BTreeMap::new();
        let mut ok = true;
        for entry in list {
            let (key, variant, params) = match &entry.value {
                RawNormEntry::Key(k) => (k, None, None),
                RawNormEntry::Detailed(d) => (&d.id.value, d.variant.as_ref(), Some(&d.params)),
            };
            let Some((index, clause)) = self.find_norm(entry, key, clauses) else {
                ok = false;
                continue;
            };
            if let Some(first) = seen.insert(clause.id.clone(), yaml::at(entry).0) {
                self.say(
                    entry,
                    "norm-twice",
                    vec![
                        ("id", clause.id.clone()),
                        ("slug", clause.slug.clone()),
                        ("line", first.to_string()),
                    ],
                );
                ok = false;
                continue;
            }
            let variant = match variant {
                None if clause.variants.contains(&default_variant) => default_variant,
                None => {
                    let lacks = clause.lacks_variant(default_variant.name());
                    self.say(entry, "norm-lacks-default-variant", lacks.args);
                    ok = false;
                    continue;
                }
                Some(v) => match self.variant(v, clause) {
                    Some(v) => v,
                    None => {
                        ok = false;
                        continue;
                    }
                },
            };
            let mut values = clause.defaults(variant);
            for (name, value) in params.into_iter().flatten() {
                match self.param(clause, variant, name, value) {
                    Some(v) => {
                        values.insert(name.clone(), v);
                    }
                    None => ok = false,
                }
            }
            adopted.push((
                index,
                Adopted {
                    id: clause.id.clone(),
                    variant,
                    params: values,
                },
            ));
            entries.push((entry, clause, variant));
        }
        for (entry, clause, variant) in entries {
            for need in clause.requires.get(&variant).into_iter().flatten() {
                if seen.contains_key(need) {
                    continue;
                }
                let slug = clauses
                    .iter()
                    .find(|c| &c.id == need)
                    .map_or("", |c| c.slug.as_str());
                self.say(
                    entry,
                    "norm-needs-norm",
                    vec![
                        ("id", clause.id.clone()),
                        ("variant", variant.name().to_string()),
                        ("need", need.clone()),
                        ("slug", slug.to_string()),
                    ],
                );
                ok = false;
            }
        }
        adopted.sort_by_key(|(i, _)| *i);
        ok.then(|| adopted.into_iter().map(|(_, a)| a).collect())
    }

    fn find_norm<'l>(
        &mut self,
        at: &Spanned<RawNormEntry>,
        key: &Scalar,
        clauses: &'l [Clause],
    ) -> Option<(usize, &'l Clause)> {
        match find_clause(clauses, &key.as_key()) {
            Ok(found) => Some(found),
            Err(unknown) => {
                self.say(at, unknown.id, unknown.args);
                None
            }
        }
    }

    fn variant(&mut self, v: &Spanned<String>, clause: &Clause) -> Option<Variant> {
        let var = self.named::<Variant>(v)?;
        if clause.variants.contains(&var) {
            return Some(var);
        }
        let lacks = clause.lacks_variant(var.name());
        self.say(v, lacks.id, lacks.args);
        None
    }

    fn param(
        &mut self,
        clause: &Clause,
        variant: Variant,
        name: &str,
        value: &Spanned<Scalar>,
    ) -> Option<ParamValue> {
        let Some(spec) = clause.param(name) else {
            let (near, names) = clause.unknown_param(name);
            let near = near.unwrap_or("none");
            self.say(
                value,
                "unknown-param",
                vec![
                    ("name", name.to_string()),
                    ("id", clause.id.clone()),
                    ("near", near.to_string()),
                    (
                        "known",
                        if names.is_empty() {
                            "none".to_string()
                        } else {
                            names.join(", ")
                        },
                    ),
                ],
            );
            return None;
        };
        if !spec.defaults.contains_key(&variant) {
            self.say(
                value,
                "param-not-in-variant",
                vec![
                    ("name", name.to_string()),
                    ("id", clause.id.clone()),
                    ("variant", variant.name().to_string()),
                ],
            );
            return None;
        }
        match spec.value(&value.value) {
            Ok(v) => Some(v),
            Err(e) => {
                let refusal = spec.refusal(&clause.id, &e);
                self.say(value, refusal.id, refusal.args);
                None
            }
        }
    }
}

/// Whether a 12-digit БСН/ИИН has a valid check digit (weights 1–11, then 3–11,1,2; mod 11).
pub(crate) fn bin_checksum_ok(digits: &str) -> bool {
    if digits.len() != 12 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    let d: Vec<u32> = digits.bytes().map(|b| u32::from(b - b'0')).collect();
    let weighted = |start: u32| -> u32 {
        (0..11)
            .map(|i| d[i] * ((start - 1 + i as u32) % 11 + 1))
            .sum::<u32>()
            % 11
    };
    let mut check = weighted(1);
    if check == 10 {
        check = weighted(3);
    }
    check != 10 && check == d[11]
}

#[cfg(test)]
mod tests {
    use super::bin_checksum_ok;

    #[test]
    fn bin_check_digit() {
        assert!(bin_checksum_ok("080540001238"));
        assert!(!bin_checksum_ok("080540001237"));
        assert!(!bin_checksum_ok("08054000123"));
        assert!(!bin_checksum_ok("08054000123 "));
    }
}
