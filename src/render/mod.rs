//! Rendering, the annex kind: a validated profile and the clause library become an [`Annex`]:
//! fixed phrases from Fluent, clause wording from Tera, numbering from the adopted norms.

use fluent_bundle::FluentValue;

use crate::dates::Date;
use crate::document::{
    Annex, ClauseText, Coverage, CoverageRow, Labelled, Section, Signatory, Signatures,
};
use crate::error::{Error, Result};
use crate::grammar::{kk, ru};
use crate::i18n::Locales;
use crate::lang::{Bilingual, Lang};
use crate::library::Library;
use crate::model::{Adopted, AiSystem, Clause, Level, ParamValue, Party, Profile};

/// Numbers clauses into sections by the recommendation's section each belongs to, in the order
/// given ("1.", then "1.1.", "1.2." …), each section titled from the phrase books. The annex and
/// the redline number alike because both come here.
pub(crate) fn sections(
    clauses: impl IntoIterator<Item = (u8, ClauseText)>,
    first: usize,
    library: &Library,
) -> Result<Vec<Section>> {
    // (section of the recommendation, numbered section)
    let mut sections: Vec<(u8, Section)> = Vec::new();
    for (key, mut clause) in clauses {
        if sections.last().map(|(k, _)| *k) != Some(key) {
            let section = Section {
                number: format!("{}.", first + sections.len()),
                title: library.section_title(key)?,
                clauses: Vec::new(),
            };
            sections.push((key, section));
        }
        if let Some((_, section)) = sections.last_mut() {
            clause.number = format!("{}{}.", section.number, section.clauses.len() + 1);
            section.clauses.push(clause);
        }
    }
    Ok(sections.into_iter().map(|(_, s)| s).collect())
}

/// Renders `profile` with `library`.
pub(crate) fn annex(profile: &Profile, library: &Library) -> Result<Annex> {
    let loc = library.locales();
    let level = FluentValue::from(profile.level.name());
    let lvl = ("level", level.clone());
    let heading = |years: (i32, i32)| annex_name(profile, loc, years, "nom");
    let mut clauses = Vec::new();
    for adopted in &profile.norms {
        let clause = library.find(&adopted.id).ok_or_else(|| {
            Error::Message(format!("norm {} is not in the clause library", adopted.id))
        })?;
        let mut body = Bilingual::try_from_fn(|lang| {
            library.render(
                clause,
                adopted.variant,
                profile.level,
                lang,
                &adopted.params,
            )
        })?;
        if clause.id == MONITORING
            && let Some(register) = monitoring_systems(loc, profile)?
        {
            body = body.map(|lang, text| format!("{text} {}", register.get(lang)));
        }
        clauses.push((
            clause.section,
            ClauseText {
                number: String::new(),
                norm: clause.id.clone(),
                title: clause.title.clone(),
                body,
                revision: None,
            },
        ));
    }
    // The definitions are section 1; the clauses' sections follow.
    let sections = sections(clauses, 2, library)?;
    let definitions = definitions(loc, &sections, &level)?;

    let mut parties = vec![party_line(
        loc,
        "role-employer",
        &level,
        &profile.parties.employer,
    )?];
    parties.push(party_line(
        loc,
        "role-workers",
        &level,
        &profile.parties.workers,
    )?);
    if let Some(g) = &profile.parties.government {
        parties.push(party_line(loc, "role-government", &level, g)?);
    }

    let numbers: std::collections::BTreeMap<String, String> = sections
        .iter()
        .flat_map(|s| s.clauses.iter().map(|c| (c.norm.clone(), c.number.clone())))
        .collect();
    let coverage = coverage(profile, library, &numbers)?;
    Ok(Annex {
        languages: loc.both("column-header", &[])?,
        heading: heading(profile.years.unwrap_or((0, 0)))?,
        short_name: heading((0, 0))?,
        page_label: loc.both("page", &[])?,
        page_of: loc.both("page-of", &[])?,
        author: profile.parties.workers.name.clone(),
        title: loc.both("annex-title", &[])?,
        scope: match profile.level {
            Level::Enterprise => None,
            Level::Sector => profile.sector.as_ref(),
            Level::Region => profile.region.as_ref(),
        }
        .map(|name| {
            Bilingual::try_from_fn(|lang| {
                loc.text(
                    lang,
                    "scope-line",
                    &[lvl.clone(), ("name", name.get(lang).as_str().into())],
                )
            })
        })
        .transpose()?,
        preamble: loc.both("preamble", std::slice::from_ref(&lvl))?,
        parties: Labelled {
            heading: loc.both("parties-heading", &[])?,
            lines: parties,
        },
        definitions,
        sections,
        closing: Labelled {
            heading: loc.both("final-heading", &[])?,
            lines: vec![
                loc.both("entry-into-force", std::slice::from_ref(&lvl))?,
                loc.both("equal-force", &[])?,
            ],
        },
        signatures: signatures(profile, loc, &level)?,
        coverage,
    })
}

/// The annex's name for the agreement's `years` (`(0, 0)` for none): «Приложение 3 к
/// коллективному договору ТОО «Алтын» на 2027–2029 годы» in `case` `nom`, «приложения 3 к …» in
/// `gen`, as a reference to one of its items reads.
fn annex_name(
    profile: &Profile,
    loc: &Locales,
    (from, to): (i32, i32),
    case: &str,
) -> Result<Bilingual<String>> {
    let level = FluentValue::from(profile.level.name());
    let scope = match profile.level {
        Level::Enterprise => None,
        Level::Sector => profile.sector.as_ref(),
        Level::Region => profile.region.as_ref(),
    }
    .map(|name| scope_by(loc, name, &level))
    .transpose()?
    .unwrap_or_default();
    // One year is written «на 2027 год», not «на 2027–2027 годы».
    let to = if to == from { 0 } else { to };
    let employer = &profile.parties.employer.name;
    Bilingual::try_from_fn(|lang| {
        let employer = match lang {
            Lang::Kk => kk::inflect(&employer.kk, kk::Case::Gen, false),
            Lang::Ru => employer.ru.clone(),
        };
        let text = loc.text(
            lang,
            "annex-heading",
            &[
                ("level", level.clone()),
                ("case", case.into()),
                ("employer", employer.into()),
                ("scope", scope.get(lang).as_str().into()),
                ("annex", FluentValue::from(profile.annex.unwrap_or(0))),
                ("from", FluentValue::from(from)),
                ("to", FluentValue::from(to)),
            ],
        )?;
        Ok(if case == "nom" {
            capitalise(&text)
        } else {
            text
        })
    })
}

/// How a letter cites the annex: «приложения 3 к коллективному договору ТОО «Алтын» на
/// 2027–2029 годы» / «… ұжымдық шартына 3-қосымшаның».
pub(crate) fn annex_in_genitive(profile: &Profile, loc: &Locales) -> Result<Bilingual<String>> {
    annex_name(profile, loc, profile.years.unwrap_or((0, 0)), "gen")
}

/// The definitions section: the terms every clause uses, and the Committee's where the clause
/// that sets it up (1.2) is adopted, with that clause's number.
fn definitions(loc: &Locales, sections: &[Section], level: &FluentValue<'_>) -> Result<Labelled> {
    let lvl = [("level", level.clone())];
    let mut lines = vec![
        loc.both("definition-ai-system", &lvl)?,
        loc.both("definition-affecting", &[])?,
        loc.both("definition-representatives", &lvl)?,
    ];
    let committee = sections
        .iter()
        .flat_map(|s| &s.clauses)
        .find(|c| c.norm == COMMITTEE);
    if let Some(c) = committee {
        let number = c.number.trim_end_matches('.');
        lines.push(loc.both("definition-committee", &[("clause", number.into())])?);
    }
    Ok(Labelled {
        heading: loc.both("definitions-heading", &[])?,
        lines,
    })
}

/// The norm that sets up the Committee the definitions name.
const COMMITTEE: &str = "1.2";

/// The norm on the limits of monitoring, which names the register's monitoring systems.
const MONITORING: &str = "5.2";

/// «The AI systems that monitor workers on the day of signing: «X» (what it monitors); …», from
/// the register, or `None` when no system of it monitors workers.
fn monitoring_systems(loc: &Locales, profile: &Profile) -> Result<Option<Bilingual<String>>> {
    let systems: Vec<&AiSystem> = profile
        .ai_systems
        .iter()
        .filter(|s| s.monitoring.is_some())
        .collect();
    if systems.is_empty() {
        return Ok(None);
    }
    Bilingual::try_from_fn(|lang| {
        let list = systems
            .iter()
            .map(|s| {
                let what = s.monitoring.as_ref().map_or("", |m| m.get(lang).as_str());
                format!("{} ({what})", quoted(s.name.get(lang)))
            })
            .collect::<Vec<_>>()
            .join("; ");
        loc.text(lang, "register-monitoring", &[("systems", list.into())])
    })
    .map(Some)
}

/// A name in «», unless it is quoted already.
fn quoted(name: &str) -> String {
    if name.contains('«') {
        name.to_string()
    } else {
        format!("«{name}»")
    }
}

/// The coverage table: every norm of the library, with what the profile made of it.
fn coverage(
    profile: &Profile,
    library: &Library,
    numbers: &std::collections::BTreeMap<String, String>,
) -> Result<Coverage> {
    let loc = library.locales();
    let mut rows = Vec::new();
    for clause in library.clauses() {
        let adopted = profile.norms.iter().find(|a| a.id == clause.id);
        let source = match &clause.resolution {
            Some(resolution) => loc.both(
                "coverage-source-item",
                &[
                    ("resolution", resolution.as_str().into()),
                    ("item", clause.id.as_str().into()),
                ],
            )?,
            None => loc.both("coverage-own", &[])?,
        };
        let (adopted_text, variant, params) = match (adopted, numbers.get(&clause.id)) {
            (Some(a), Some(number)) => (
                loc.both("coverage-yes", &[])?
                    .map(|_, yes| format!("{yes} ({number})")),
                loc.both(&format!("variant-{}", a.variant.name()), &[])?,
                params_in_words(library, clause, a, profile.level)?,
            ),
            _ => (
                loc.both("coverage-no", &[])?,
                Bilingual::default(),
                Vec::new(),
            ),
        };
        rows.push(CoverageRow {
            norm: clause.title.map(|_, t| format!("{} {t}", clause.id)),
            adopted: adopted_text,
            variant,
            params,
            source,
        });
    }
    let monitoring = profile
        .ai_systems
        .iter()
        .filter(|s| s.monitoring.is_some())
        .count();
    let register = if profile.ai_systems.is_empty() {
        None
    } else {
        Some([
            loc.both("coverage-register", &[])?,
            loc.both(
                "coverage-register-count",
                &[
                    ("systems", FluentValue::from(profile.ai_systems.len())),
                    ("monitoring", FluentValue::from(monitoring)),
                ],
            )?,
        ])
    };
    Ok(Coverage {
        register,
        heading: loc.both("coverage-heading", &[])?,
        columns: [
            loc.both("coverage-norm", &[])?,
            loc.both("coverage-adopted", &[])?,
            loc.both("coverage-variant", &[])?,
            loc.both("coverage-params", &[])?,
            loc.both("coverage-source", &[])?,
        ],
        rows,
    })
}

/// What each parameter of the adopted norm `a` sets, in words, in the order its wording states
/// them.
fn params_in_words(
    library: &Library,
    clause: &Clause,
    a: &Adopted,
    level: Level,
) -> Result<Vec<Bilingual<String>>> {
    let wording = clause
        .wording(a.variant, level)
        .map(|w| w.text.ru.as_ref())
        .unwrap_or_default();
    let mut set: Vec<(&str, &ParamValue)> = a
        .params
        .iter()
        .map(|(name, value)| (name.as_str(), value))
        .collect();
    set.sort_by_key(|(name, _)| wording.find(name));
    set.into_iter()
        .map(|(name, value)| library.label(clause, name, value))
        .collect()
}

fn party_line(
    loc: &Locales,
    role: &str,
    level: &FluentValue<'_>,
    p: &Party,
) -> Result<Bilingual<String>> {
    Bilingual::try_from_fn(|lang| {
        let role = loc.text(lang, role, &[("level", level.clone())])?;
        let name = FluentValue::from(p.name.get(lang).as_str());
        match &p.bin {
            Some(bin) => loc.text(
                lang,
                "party-line-bin",
                &[
                    ("role", role.into()),
                    ("name", name),
                    ("bin", bin.as_str().into()),
                ],
            ),
            None => loc.text(lang, "party-line", &[("role", role.into()), ("name", name)]),
        }
    })
}

fn signatures(profile: &Profile, loc: &Locales, level: &FluentValue<'_>) -> Result<Signatures> {
    let role = |id: &str| loc.both(id, &[("level", level.clone())]);
    let entry = |id: &str, p: &Party| -> Result<Signatory> {
        Ok(Signatory {
            role: role(id)?,
            // A name that runs on after a dash in the parties («– акимат …») opens a line here.
            name: p.name.map(|_, n| capitalise(n)),
            person: p.signatory.clone(),
        })
    };
    let mut parties = vec![
        entry("role-employer", &profile.parties.employer)?,
        entry("role-workers", &profile.parties.workers)?,
    ];
    if let Some(g) = &profile.parties.government {
        parties.push(entry("role-government", g)?);
    }
    // Without a date the block leaves one to be written by hand, so that no signed copy goes
    // undated.
    let (place, date) = (&profile.place, profile.date);
    let place_date = Some(Bilingual::try_from_fn(|lang| {
        let date = match date {
            Some(d) => date_in_words(loc, lang, d, "nom")?,
            None => loc.text(lang, "date-blank", &[])?,
        };
        match place.as_ref().map(|p| p.get(lang).clone()) {
            Some(p) => loc.text(
                lang,
                "place-date",
                &[("place", p.into()), ("date", date.into())],
            ),
            None => Ok(date),
        }
    })?);
    Ok(Signatures {
        heading: loc.both("signatures-heading", &[])?,
        place_date,
        parties,
        seal: loc.both("seal", &[])?,
    })
}

/// The sector or region as the heading names it: «тау-кен металлургия өнеркәсібі бойынша» /
/// «по горно-металлургической промышленности» (or, undeclinable, «по отрасли «…»»).
fn scope_by(
    loc: &Locales,
    name: &Bilingual<String>,
    level: &FluentValue<'_>,
) -> Result<Bilingual<String>> {
    Bilingual::try_from_fn(|lang| {
        let (text, declined) = match lang {
            Lang::Kk => (name.kk.clone(), true),
            Lang::Ru => match ru::dative_phrase(&name.ru) {
                Some(d) => (d, true),
                None => (name.ru.clone(), false),
            },
        };
        loc.text(
            lang,
            "scope-by",
            &[
                ("name", text.into()),
                ("declined", if declined { "yes" } else { "no" }.into()),
                ("level", level.clone()),
            ],
        )
    })
}

/// A date in words as legal text writes it, the one form of every document: «15 апреля 2027
/// года» / «2027 жылғы 15 сәуір»; `case` declines the Kazakh month (`dat`: «2027 жылғы 15
/// сәуірге дейін», `abl`: «… сәуірден кешіктірмей»), the Russian form is the same in every
/// sentence kelisim writes.
pub(crate) fn date_in_words(loc: &Locales, lang: Lang, d: Date, case: &str) -> Result<String> {
    let month = loc.text(
        lang,
        &format!("month-{}", d.month),
        &[("case", case.into())],
    )?;
    loc.text(
        lang,
        "date-full",
        &[
            ("day", FluentValue::from(d.day)),
            ("month", month.into()),
            ("year", FluentValue::from(d.year)),
        ],
    )
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map_or(String::new(), |f| f.to_uppercase().chain(c).collect())
}
