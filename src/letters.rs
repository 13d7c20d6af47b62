//! The letters the annex's procedures call for, a document kind each: the employer's notice of a
//! planned AI system (1.1, 2.1), the union's motivated objection (6.1) and request to disclose a
//! system's logic (2.2), a worker's complaint asking for a person to review a decision (2.3),
//! and the employer's annual report (5.1). Each is written from the profile, its register of AI
//! systems and the adopted norms' terms, counted by [`crate::deadlines`], in both languages; what
//! the profile cannot know is left as a line to fill by hand.

use std::collections::BTreeMap;

use fluent_bundle::FluentValue;
use serde::Deserialize;
use serde_saphyr::Spanned;

use crate::calendar::{Calendar, Count};
use crate::dates::Date;
use crate::deadlines::{Deadline, term};
use crate::document::{Annex, Block, Cell, Document, Line, Meta, Part, Signatory, Table};
use crate::error::{Code, Diagnostic, Error, Result, Source};
use crate::i18n::Locales;
use crate::lang::{Bilingual, Lang};
use crate::library::Library;
use crate::load::yaml::{self, at};
use crate::model::{AiSystem, Introduction, Level, Profile, Variant};
use crate::names::named_enum;
use crate::suggest::closest;

named_enum! {
    /// The kinds of letter.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum Kind: "letter" {
        /// The employer's notice of a planned AI system (1.1, 2.1).
        Notice = "notice",
        /// The union's motivated objection to a system, asking to suspend it (6.1).
        Objection = "objection",
        /// The union's request for a system's logic, parameters and criteria (2.2).
        DisclosureRequest = "disclosure-request",
        /// A worker's complaint asking for a person to review a decision taken with AI (2.3).
        ReviewRequest = "review-request",
        /// The employer's annual report on AI use (5.1).
        Report = "report",
    }
}

impl Kind {
    /// The norms the letter rests on, any one of which will do.
    pub fn norms(self) -> &'static [&'static str] {
        match self {
            Kind::Notice => &["1.1", "2.1"],
            Kind::Objection => &["6.1"],
            Kind::DisclosureRequest => &["2.2"],
            Kind::ReviewRequest => &["2.3"],
            Kind::Report => &["5.1"],
        }
    }

    /// Whether the letter is about one system of the register, named by `--system`.
    pub fn needs_system(self) -> bool {
        matches!(
            self,
            Kind::Notice | Kind::Objection | Kind::DisclosureRequest
        )
    }
}

/// What a letter is asked for with.
#[derive(Debug, Clone, Default)]
pub struct Request {
    /// The system of the register it is about.
    pub system: Option<String>,
    /// The day of the letter, which is the day of its event: the notice given, the objection or
    /// request received, the complaint filed. Without it the letter leaves the dates blank (a
    /// notice is dated the last day its norms allow).
    pub date: Option<Date>,
    /// The objection's grounds; blank lines to fill when empty.
    pub grounds: Vec<Bilingual<String>>,
    /// The calendar year a report covers.
    pub year: Option<i32>,
    /// The report's figures; a table to fill when absent.
    pub figures: Option<Figures>,
}

/// A letter, and what the command line should tell the user about it.
#[derive(Debug, Clone)]
pub struct Letter {
    /// The letter.
    pub document: Document,
    /// What distinguishes its file name: the system's id, the report's year.
    pub suffix: Option<String>,
    /// Choices made for the user (a notice dated the last day allowed), for standard error.
    pub notes: Vec<Code>,
}

/// A report's figures for one system of the register; `None` leaves a cell to fill.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SystemFigures {
    /// Incidents: failures and errors of the system.
    pub incidents: Option<u32>,
    /// Complaints of workers about its decisions.
    pub complaints: Option<u32>,
    /// Of them, upheld.
    pub upheld: Option<u32>,
    /// Workers trained.
    pub trained: Option<u32>,
}

/// The figures of an annual report (`--figures FILE`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Figures {
    /// By system id.
    pub systems: BTreeMap<String, SystemFigures>,
    /// The outcomes of the complaints and the measures taken, in the employer's words.
    pub outcomes: Option<Bilingual<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFigures {
    #[serde(default)]
    year: Option<Spanned<i32>>,
    #[serde(default)]
    systems: BTreeMap<String, Spanned<RawSystemFigures>>,
    #[serde(default)]
    outcomes: Option<RawPair>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSystemFigures {
    #[serde(default)]
    incidents: Option<u32>,
    #[serde(default)]
    complaints: Option<u32>,
    #[serde(default)]
    upheld: Option<u32>,
    #[serde(default)]
    trained: Option<u32>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPair {
    kk: String,
    ru: String,
}

impl RawPair {
    fn trimmed(&self) -> Bilingual<String> {
        Bilingual {
            kk: self.kk.trim().to_string(),
            ru: self.ru.trim().to_string(),
        }
    }
}

impl Figures {
    /// Reads the figures file `source` for a report on `year` of `register`: a system the
    /// register does not have, more complaints upheld than filed, or another year is an error
    /// at its line.
    pub fn load(source: &Source, year: i32, register: &[AiSystem]) -> Result<Figures> {
        let raw: RawFigures = yaml::parse(source)?;
        let mut diags: Vec<Diagnostic> = Vec::new();
        if let Some(y) = &raw.year
            && y.value != year
        {
            let (l, c) = at(y);
            diags.push(source.diag(l, c, "").coded(
                "figures-year",
                vec![("figures", y.value.to_string()), ("year", year.to_string())],
            ));
        }
        let mut systems = BTreeMap::new();
        for (id, entry) in &raw.systems {
            let (l, c) = at(entry);
            if !register.iter().any(|s| &s.id == id) {
                let near = closest(id, register.iter().map(|s| s.id.as_str()));
                let ids: Vec<&str> = register.iter().map(|s| s.id.as_str()).collect();
                diags.push(source.diag(l, c, "").coded(
                    "figures-unknown-system",
                    vec![
                        ("id", id.clone()),
                        ("near", near.unwrap_or("none").to_string()),
                        ("ids", list_or_none(&ids)),
                    ],
                ));
                continue;
            }
            let f = &entry.value;
            if let (Some(upheld), Some(complaints)) = (f.upheld, f.complaints)
                && upheld > complaints
            {
                diags.push(source.diag(l, c, "").coded(
                    "figures-upheld",
                    vec![
                        ("id", id.clone()),
                        ("upheld", upheld.to_string()),
                        ("complaints", complaints.to_string()),
                    ],
                ));
                continue;
            }
            systems.insert(
                id.clone(),
                SystemFigures {
                    incidents: f.incidents,
                    complaints: f.complaints,
                    upheld: f.upheld,
                    trained: f.trained,
                },
            );
        }
        if !diags.is_empty() {
            return Err(Error::Invalid(diags));
        }
        Ok(Figures {
            systems,
            outcomes: raw.outcomes.as_ref().map(RawPair::trimmed),
        })
    }
}

/// Reads an objection's grounds (`--grounds FILE`): a YAML list of grounds, each `{kk: …, ru:
/// …}`; an empty ground is an error at its line.
pub fn grounds(source: &Source) -> Result<Vec<Bilingual<String>>> {
    let raw: Vec<Spanned<RawPair>> = yaml::parse(source)?;
    let mut diags = Vec::new();
    let mut found = Vec::new();
    for (i, g) in raw.iter().enumerate() {
        let text = g.value.trimmed();
        if text.kk.is_empty() || text.ru.is_empty() {
            let (l, c) = at(g);
            diags.push(
                source
                    .diag(l, c, "")
                    .coded("grounds-empty", vec![("number", (i + 1).to_string())]),
            );
        }
        found.push(text);
    }
    if raw.is_empty() {
        diags.push(source.diag(1, 1, "").coded("grounds-none", Vec::new()));
    }
    if !diags.is_empty() {
        return Err(Error::Invalid(diags));
    }
    Ok(found)
}

/// The ids of a register for a message: `none` for an empty one, which the message says.
fn list_or_none(ids: &[&str]) -> String {
    if ids.is_empty() {
        "none".to_string()
    } else {
        ids.join(", ")
    }
}

/// The letter `kind` for `profile` (whose annex is `annex`), as `request` asks.
pub fn letter(
    kind: Kind,
    profile: &Profile,
    annex: &Annex,
    library: &Library,
    calendar: &Calendar,
    request: &Request,
) -> Result<Letter> {
    if profile.level != Level::Enterprise {
        return Err(Error::said(
            "letter-enterprise-only",
            vec![
                ("kind", kind.name().to_string()),
                ("file", profile.source_name.clone()),
                ("level", profile.level.name().to_string()),
            ],
        ));
    }
    let adopted: Vec<&str> = kind
        .norms()
        .iter()
        .copied()
        .filter(|n| profile.norms.iter().any(|a| a.id == *n))
        .collect();
    if adopted.is_empty() {
        let names: Vec<String> = kind
            .norms()
            .iter()
            .map(|n| {
                let slug = library.find(n).map_or("", |c| c.slug.as_str());
                format!("{n} ({slug})")
            })
            .collect();
        return Err(Error::said(
            "letter-norm-not-adopted",
            vec![
                ("kind", kind.name().to_string()),
                ("norms", names.join(" / ")),
                ("file", profile.source_name.clone()),
            ],
        ));
    }
    let system = match &request.system {
        Some(id) => Some(find_system(profile, id)?),
        None => None,
    };
    let w = Writer {
        profile,
        annex,
        library,
        loc: library.locales(),
        calendar,
        request,
        adopted,
    };
    match (kind, system) {
        (Kind::Notice, Some(s)) => w.notice(s),
        (Kind::Objection, Some(s)) => w.objection(s),
        (Kind::DisclosureRequest, Some(s)) => w.disclosure(s),
        (Kind::ReviewRequest, s) => w.review(s),
        (Kind::Report, _) => w.report(),
        (_, None) => {
            let ids: Vec<&str> = profile.ai_systems.iter().map(|s| s.id.as_str()).collect();
            Err(Error::usage(
                "letter-needs-system",
                vec![
                    ("kind", kind.name().to_string()),
                    ("file", profile.source_name.clone()),
                    ("ids", list_or_none(&ids)),
                ],
            ))
        }
    }
}

fn find_system<'p>(profile: &'p Profile, id: &str) -> Result<&'p AiSystem> {
    if let Some(s) = profile.ai_systems.iter().find(|s| s.id == id) {
        return Ok(s);
    }
    let ids: Vec<&str> = profile.ai_systems.iter().map(|s| s.id.as_str()).collect();
    let near = closest(id, ids.iter().copied());
    Err(Error::said(
        "letter-unknown-system",
        vec![
            ("id", id.to_string()),
            ("file", profile.source_name.clone()),
            ("near", near.unwrap_or("none").to_string()),
            ("ids", list_or_none(&ids)),
        ],
    ))
}

/// A message's argument in each language.
type Args<'a> = [(&'a str, Bilingual<String>)];

struct Writer<'a> {
    profile: &'a Profile,
    annex: &'a Annex,
    library: &'a Library,
    loc: &'a Locales,
    calendar: &'a Calendar,
    request: &'a Request,
    /// The norms of the letter's kind the profile adopts.
    adopted: Vec<&'a str>,
}

impl Writer<'_> {
    /// The message `id` in both languages, each with its language's arguments.
    fn text(&self, id: &str, args: &Args<'_>) -> Result<Bilingual<String>> {
        Bilingual::try_from_fn(|lang| {
            let args: Vec<(&str, FluentValue<'_>)> = args
                .iter()
                .map(|(k, v)| (*k, FluentValue::from(v.get(lang).as_str())))
                .collect();
            self.loc.text(lang, id, &args)
        })
    }

    fn plain(&self, id: &str) -> Result<Bilingual<String>> {
        self.loc.both(id, &[])
    }

    /// A day in words, the Kazakh month in `case` (the Russian form does not change); the
    /// blank to fill when there is no day.
    fn day(&self, d: Option<Date>, case: &str) -> Result<Bilingual<String>> {
        Bilingual::try_from_fn(|lang| match d {
            Some(d) => crate::render::date_in_words(self.loc, lang, d, case),
            None => self.loc.text(lang, "date-blank", &[]),
        })
    }

    /// The number of `norm`'s clause in the annex: "3.2".
    fn item(&self, norm: &str) -> String {
        self.annex
            .clauses()
            .find(|c| c.norm == norm)
            .map_or(norm, |c| c.number.trim_end_matches('.'))
            .to_string()
    }

    fn variant(&self, norm: &str) -> Option<Variant> {
        self.profile
            .norms
            .iter()
            .find(|a| a.id == norm)
            .map(|a| a.variant)
    }

    /// The term `param` of `norm` for an event on `from`.
    fn term(&self, norm: &str, param: &str, from: Date) -> Result<Option<Deadline>> {
        term(
            self.profile,
            self.annex,
            self.library,
            self.calendar,
            (norm, param),
            from,
        )
    }

    /// «В соответствии с пунктом 3.2 приложения 3 к …» for the adopted norms.
    fn basis(&self) -> Result<Bilingual<String>> {
        let items: Vec<String> = self.adopted.iter().map(|n| self.item(n)).collect();
        let and = self.plain("letter-and")?;
        let annex = crate::render::annex_in_genitive(self.profile, self.loc)?;
        self.text(
            "letter-basis",
            &[
                ("items", and.map(|_, and| items.join(and))),
                ("annex", annex),
                (
                    "count",
                    same(if items.len() == 1 { "one" } else { "other" }),
                ),
            ],
        )
    }

    /// The addressee and sender lines, an organisation's outgoing number, and the place and
    /// date.
    fn head(&self, to: &Bilingual<String>, from: &Bilingual<String>) -> Result<Vec<Block>> {
        let mut head = self.head_of(to, from)?;
        head.insert(2, Block::Text(self.plain("letter-outgoing")?));
        Ok(head)
    }

    /// The addressee and sender lines, and the place and date.
    fn head_of(&self, to: &Bilingual<String>, from: &Bilingual<String>) -> Result<Vec<Block>> {
        let date = self.day(self.request.date, "nom")?;
        let place_date = match &self.profile.place {
            Some(place) => self.text(
                "place-date",
                &[("place", place.clone()), ("date", date.clone())],
            )?,
            None => date,
        };
        Ok(vec![
            Block::Heading(self.text("letter-to", &[("name", to.clone())])?),
            Block::Heading(self.text("letter-from", &[("name", from.clone())])?),
            Block::Text(place_date),
        ])
    }

    fn employer(&self) -> &Bilingual<String> {
        &self.profile.parties.employer.name
    }

    fn workers(&self) -> &Bilingual<String> {
        &self.profile.parties.workers.name
    }

    /// The signature of the employer (`employer`) or of the workers' representatives.
    fn signature(&self, employer: bool) -> Result<Block> {
        let (role, party) = if employer {
            ("role-employer", &self.profile.parties.employer)
        } else {
            ("role-workers", &self.profile.parties.workers)
        };
        Ok(Block::Signatory(
            Signatory {
                role: self
                    .loc
                    .both(role, &[("level", self.profile.level.name().into())])?,
                name: party.name.clone(),
                person: party.signatory.clone(),
            },
            self.plain("seal")?,
        ))
    }

    /// A numbered line of a system's description: «3. Цель применения: …».
    fn field(&self, n: &mut u32, field: &str, value: Bilingual<String>) -> Result<Block> {
        *n += 1;
        Ok(Block::Text(self.text(
            "letter-field",
            &[
                ("n", same(&n.to_string())),
                ("field", self.plain(field)?),
                ("value", value),
            ],
        )?))
    }

    /// What the register says of `s`; with `full`, every field, with a line to fill where it is
    /// silent, else its name, purpose and when it is introduced.
    fn description(&self, s: &AiSystem, full: bool) -> Result<Vec<Block>> {
        let blank = self.plain("letter-blank")?;
        let or_blank = |v: &Option<Bilingual<String>>| v.clone().unwrap_or_else(|| blank.clone());
        let mut n = 0;
        let mut out = vec![
            self.field(&mut n, "letter-field-name", s.name.clone())?,
            self.field(&mut n, "letter-field-purpose", s.purpose.clone())?,
        ];
        if full {
            if let Some(vendor) = &s.vendor {
                out.push(self.field(&mut n, "letter-field-vendor", same(vendor))?);
            }
            out.push(self.field(&mut n, "letter-field-decisions", or_blank(&s.decisions))?);
            let data = if s.data.is_empty() {
                blank.clone()
            } else {
                Bilingual::try_from_fn(|lang| {
                    Ok::<_, Error>(
                        s.data
                            .iter()
                            .map(|d| d.get(lang).as_str())
                            .collect::<Vec<_>>()
                            .join(", "),
                    )
                })?
            };
            out.push(self.field(&mut n, "letter-field-data", data)?);
            out.push(self.field(&mut n, "letter-field-parameters", or_blank(&s.parameters))?);
            let monitoring = match &s.monitoring {
                Some(m) => m.clone(),
                None => self.plain("letter-field-no-monitoring")?,
            };
            out.push(self.field(&mut n, "letter-field-monitoring", monitoring)?);
            out.push(self.field(&mut n, "letter-field-oversight", or_blank(&s.oversight))?);
            out.push(self.field(&mut n, "letter-field-units", or_blank(&s.units))?);
            let headcount = s.headcount.map_or(blank.clone(), |h| same(&h.to_string()));
            out.push(self.field(&mut n, "letter-field-headcount", headcount)?);
            if let Some(risk) = s.risk {
                let risk = self.plain(&format!("letter-risk-{}", risk.name()))?;
                out.push(self.field(&mut n, "letter-field-risk", risk)?);
            }
            out.push(self.field(&mut n, "letter-field-impact", or_blank(&s.impact))?);
            out.push(self.field(&mut n, "letter-field-retraining", or_blank(&s.retraining))?);
        }
        match s.when {
            Some(Introduction::Planned(d)) => {
                out.push(self.field(&mut n, "letter-field-planned", self.day(Some(d), "nom")?)?);
            }
            Some(Introduction::Introduced(d)) => {
                out.push(self.field(
                    &mut n,
                    "letter-field-introduced",
                    self.day(Some(d), "nom")?,
                )?);
            }
            None => {}
        }
        Ok(out)
    }

    /// The document around `parts`, its title `title`, sent by `author`.
    fn document(
        &self,
        title: Bilingual<String>,
        author: &Bilingual<String>,
        parts: Vec<Part>,
    ) -> Result<Document> {
        Ok(Document {
            meta: Meta {
                languages: self.annex.languages.clone(),
                short_name: title.clone(),
                page_label: self.annex.page_label.clone(),
                page_of: self.annex.page_of.clone(),
                author: author.clone(),
                title,
                landscape: false,
            },
            parts,
        })
    }

    fn notice(&self, s: &AiSystem) -> Result<Letter> {
        let planned = match s.when {
            Some(Introduction::Planned(d)) => d,
            Some(Introduction::Introduced(d)) => {
                return Err(Error::said(
                    "letter-notice-introduced",
                    vec![("id", s.id.clone()), ("date", d.iso())],
                ));
            }
            None => {
                return Err(Error::said(
                    "letter-notice-unplanned",
                    vec![("id", s.id.clone())],
                ));
            }
        };
        // The last day the notice may be given: the earliest that 1.1 and 2.1 allow.
        let before: Vec<Deadline> = [("1.1", "notice_days"), ("2.1", "inform_days")]
            .iter()
            .map(|(norm, param)| self.term(norm, param, planned))
            .collect::<Result<Vec<_>>>()?
            .into_iter()
            .flatten()
            .collect();
        let latest = before.iter().min_by_key(|d| d.due.date);
        let mut notes = Vec::new();
        let date = match (self.request.date, latest) {
            (Some(d), Some(l)) if d > l.due.date => {
                return Err(Error::said(
                    "letter-notice-late",
                    vec![
                        ("date", d.iso()),
                        ("id", s.id.clone()),
                        ("planned", planned.iso()),
                        ("norm", l.norm.to_string()),
                        ("due", l.due.date.iso()),
                    ],
                ));
            }
            (Some(d), _) => d,
            (None, Some(l)) => {
                notes.push(Code {
                    id: "letter-dated-latest",
                    args: vec![
                        ("date", l.due.date.iso()),
                        ("norm", l.norm.to_string()),
                        ("planned", planned.iso()),
                    ],
                });
                l.due.date
            }
            (None, None) => planned,
        };
        let request = Request {
            date: Some(date),
            ..self.request.clone()
        };
        let w = Writer {
            request: &request,
            adopted: self.adopted.clone(),
            ..*self
        };
        let mut body = w.head(w.workers(), w.employer())?;
        body.push(Block::Title(w.plain("notice-title")?));
        body.push(Block::Text(w.text(
            "notice-intro",
            &[("basis", w.basis()?), ("employer", w.employer().clone())],
        )?));
        body.extend(w.description(s, true)?);
        if let Some(d) = before.iter().find(|d| d.norm == "1.1") {
            body.push(Block::Text(w.text(
                "notice-timing",
                &[
                    ("item", same(&w.item("1.1"))),
                    ("term", d.label.clone()),
                    ("latest", w.day(Some(d.due.date), "nom")?),
                ],
            )?));
        }
        if let Some(d) = w.term("1.1", "consultation_days", date)? {
            body.push(Block::Text(w.text(
                "notice-consultations",
                &[("due", w.day(Some(d.due.date), "abl")?), ("term", d.label)],
            )?));
        } else if w.variant("1.1").is_some() {
            // The employer's wording of 1.1 takes the opinion as Labour Code Art. 12 does: five
            // working days from the draft's presentation (Art. 12(3)).
            let due = w.calendar.due(date, 5, Count::WorkingDays, false);
            body.push(Block::Text(w.text(
                "notice-article-12",
                &[("due", w.day(Some(due.date), "abl")?)],
            )?));
        }
        if let Some(d) = before.iter().find(|d| d.norm == "2.1") {
            body.push(Block::Text(w.text(
                "notice-inform",
                &[
                    ("item", same(&w.item("2.1"))),
                    ("due", w.day(Some(d.due.date), "abl")?),
                    ("term", d.label.clone()),
                ],
            )?));
        }
        body.push(w.signature(true)?);
        let title = w.plain("notice-title")?;
        Ok(Letter {
            document: w.document(title, w.employer(), vec![Part::Bilingual(body)])?,
            suffix: Some(s.id.clone()),
            notes,
        })
    }

    fn objection(&self, s: &AiSystem) -> Result<Letter> {
        let received = self.day(self.request.date, "nom")?;
        let mut body = self.head(self.employer(), self.workers())?;
        body.push(Block::Title(self.plain("objection-title")?));
        body.push(Block::Text(self.text(
            "objection-intro",
            &[
                ("basis", self.basis()?),
                ("workers", self.workers().clone()),
            ],
        )?));
        body.extend(self.description(s, false)?);
        body.push(Block::Label(self.plain("objection-grounds")?));
        body.extend(self.numbered(&self.request.grounds)?);
        let item = same(&self.item("6.1"));
        let suspension = match self.request.date {
            Some(d) => self.term("6.1", "suspension_days", d)?,
            None => None,
        };
        // The union's wording suspends until agreement, with no term to count.
        let has_term = self
            .profile
            .norms
            .iter()
            .any(|a| a.id == "6.1" && a.params.contains_key("suspension_days"));
        let request = match (suspension, has_term) {
            (Some(d), _) => self.text(
                "objection-request-term",
                &[
                    ("item", item),
                    ("received", received),
                    ("term", d.label),
                    ("due", self.day(Some(d.due.date), "dat")?),
                ],
            )?,
            (None, true) => {
                let label = self.suspension_label()?;
                self.text(
                    "objection-request-term",
                    &[
                        ("item", item),
                        ("received", received),
                        ("term", label),
                        ("due", self.day(None, "dat")?),
                    ],
                )?
            }
            (None, false) => self.text(
                "objection-request-open",
                &[("item", item), ("received", received)],
            )?,
        };
        body.push(Block::Text(request));
        body.push(Block::Text(self.plain("objection-no-use")?));
        body.push(self.signature(false)?);
        body.push(Block::Text(self.plain("letter-received")?));
        let title = self.plain("objection-title")?;
        Ok(Letter {
            document: self.document(title, self.workers(), vec![Part::Bilingual(body)])?,
            suffix: Some(s.id.clone()),
            notes: Vec::new(),
        })
    }

    /// The suspension's length in words when there is no day to count it from.
    fn suspension_label(&self) -> Result<Bilingual<String>> {
        let adopted = self.profile.norms.iter().find(|a| a.id == "6.1");
        let clause = self.library.clause("6.1").map_err(Error::from)?;
        match adopted.and_then(|a| a.params.get("suspension_days")) {
            Some(value) => self.library.label(clause, "suspension_days", value),
            None => self.plain("letter-blank"),
        }
    }

    /// The grounds numbered, or three numbered lines to fill.
    fn numbered(&self, items: &[Bilingual<String>]) -> Result<Vec<Block>> {
        if items.is_empty() {
            return self.lines_to_fill(true);
        }
        Ok(items
            .iter()
            .enumerate()
            .map(|(i, g)| Block::Text(g.map(|_, g| format!("{}. {g}", i + 1))))
            .collect())
    }

    /// Three lines to fill by hand, `numbered` or not.
    fn lines_to_fill(&self, numbered: bool) -> Result<Vec<Block>> {
        let blank = self.plain("letter-blank")?;
        Ok((1..=3)
            .map(|i| {
                Block::Text(blank.map(|_, b| {
                    if numbered {
                        format!("{i}. {b}")
                    } else {
                        b.clone()
                    }
                }))
            })
            .collect())
    }

    fn disclosure(&self, s: &AiSystem) -> Result<Letter> {
        let mut body = self.head(self.employer(), self.workers())?;
        body.push(Block::Title(self.plain("disclosure-title")?));
        body.push(Block::Text(self.text(
            "disclosure-intro",
            &[
                ("basis", self.basis()?),
                ("workers", self.workers().clone()),
            ],
        )?));
        body.extend(self.description(s, false)?);
        body.push(Block::Text(self.plain("disclosure-asked")?));
        for i in 1..=4 {
            body.push(Block::Text(self.plain(&format!("disclosure-item-{i}"))?));
        }
        let (term, due) = self.after("2.2", "reply_days")?;
        body.push(Block::Text(self.text(
            "disclosure-deadline",
            &[
                ("item", same(&self.item("2.2"))),
                ("term", term),
                ("received", self.day(self.request.date, "loc")?),
                ("due", due),
            ],
        )?));
        body.push(self.signature(false)?);
        body.push(Block::Text(self.plain("letter-received")?));
        let title = self.plain("disclosure-title")?;
        Ok(Letter {
            document: self.document(title, self.workers(), vec![Part::Bilingual(body)])?,
            suffix: Some(s.id.clone()),
            notes: Vec::new(),
        })
    }

    /// A term counted from the letter's day: its length in words, and the day it ends (in the
    /// ablative, before «кешіктірмей»), blank without a day.
    fn after(&self, norm: &str, param: &str) -> Result<(Bilingual<String>, Bilingual<String>)> {
        let clause = self.library.clause(norm).map_err(Error::from)?;
        let value = self
            .profile
            .norms
            .iter()
            .find(|a| a.id == norm)
            .and_then(|a| a.params.get(param))
            .ok_or_else(|| {
                Error::said(
                    "letter-param-unset",
                    vec![("norm", norm.to_string()), ("param", param.to_string())],
                )
            })?;
        let label = self.library.label(clause, param, value)?;
        let due = match self.request.date {
            Some(d) => self.term(norm, param, d)?.map(|t| t.due.date),
            None => None,
        };
        Ok((label, self.day(due, "abl")?))
    }

    fn review(&self, s: Option<&AiSystem>) -> Result<Letter> {
        let worker = self.plain("review-worker")?;
        // A worker's complaint has no outgoing number.
        let mut body = self.head_of(self.employer(), &worker)?;
        body.push(Block::Title(self.plain("review-title")?));
        body.push(Block::Text(
            self.text("review-intro", &[("basis", self.basis()?)])?,
        ));
        let blank = self.plain("letter-blank")?;
        let mut n = 0;
        body.push(self.field(&mut n, "review-field-decision", blank.clone())?);
        let system = s.map_or(blank.clone(), |s| s.name.clone());
        body.push(self.field(&mut n, "review-field-system", system)?);
        body.push(Block::Text(self.text(
            "letter-heading-field",
            &[
                ("n", same("3")),
                ("field", self.plain("review-field-reasons")?),
            ],
        )?));
        body.extend(self.lines_to_fill(false)?);
        let (term, due) = self.after("2.3", "review_days")?;
        body.push(Block::Text(self.text(
            "review-request",
            &[
                ("item", same(&self.item("2.3"))),
                ("term", term),
                ("filed", self.day(self.request.date, "loc")?),
                ("due", due),
            ],
        )?));
        // Only the union's wording lets the worker bring a representative.
        if self.variant("2.3") == Some(Variant::Union) {
            body.push(Block::Text(self.plain("review-representative")?));
        }
        body.push(Block::Signatory(
            Signatory {
                role: self.plain("review-role")?,
                name: self.plain("review-signature")?,
                person: None,
            },
            self.plain("review-sign")?,
        ));
        body.push(Block::Text(
            self.text("review-copy", &[("workers", self.workers().clone())])?,
        ));
        body.push(Block::Text(self.plain("letter-received")?));
        let title = self.plain("review-title")?;
        Ok(Letter {
            document: self.document(title, &worker, vec![Part::Bilingual(body)])?,
            suffix: s.map(|s| s.id.clone()),
            notes: Vec::new(),
        })
    }

    fn report(&self) -> Result<Letter> {
        let year = self
            .request
            .year
            .ok_or_else(|| Error::usage("letter-needs-year", Vec::new()))?;
        let due = self
            .term(
                "5.1",
                "report_due",
                Date {
                    year: year + 1,
                    month: 1,
                    day: 1,
                },
            )?
            .map(|d| d.due.date);
        let year_arg = same(&year.to_string());
        let title = self.text("report-title", &[("year", year_arg.clone())])?;
        let mut front = self.head(self.workers(), self.employer())?;
        front.push(Block::Title(title.clone()));
        front.push(Block::Text(self.text(
            "report-intro",
            &[
                ("basis", self.basis()?),
                ("year", year_arg),
                ("due", self.day(due, "abl")?),
            ],
        )?));
        let mut parts = vec![Part::Bilingual(front)];
        let blank = "";
        let systems = &self.profile.ai_systems;
        for lang in Lang::ALL {
            let t = |id: &str| self.loc.text(lang, id, &[]);
            let cells = |row: Vec<String>| -> Vec<Cell> {
                row.iter().map(|c| Cell::text(c, lang, false)).collect()
            };
            let header = |row: Vec<String>| -> Vec<Cell> {
                row.iter().map(|c| Cell::text(c, lang, true)).collect()
            };
            let mut rows = Vec::new();
            for (i, s) in systems.iter().enumerate() {
                let status = match s.when {
                    Some(Introduction::Introduced(d)) => self.loc.text(
                        lang,
                        "report-introduced",
                        &[("date", self.day(Some(d), "loc")?.get(lang).as_str().into())],
                    )?,
                    Some(Introduction::Planned(d)) => self.loc.text(
                        lang,
                        "report-planned",
                        &[("date", self.day(Some(d), "dat")?.get(lang).as_str().into())],
                    )?,
                    None => String::new(),
                };
                let data: Vec<&str> = s.data.iter().map(|d| d.get(lang).as_str()).collect();
                let monitoring = match &s.monitoring {
                    Some(m) => m.get(lang).clone(),
                    None => t("letter-field-no-monitoring")?,
                };
                rows.push(cells(vec![
                    (i + 1).to_string(),
                    s.name.get(lang).clone(),
                    s.purpose.get(lang).clone(),
                    data.join(", "),
                    monitoring,
                    status,
                ]));
            }
            parts.push(Part::Table(Table {
                heading: Line::new(t("report-register-heading")?, lang),
                widths: vec![5, 22, 27, 18, 14, 14],
                header: header(vec![
                    "№".into(),
                    t("report-system")?,
                    t("report-purpose")?,
                    t("report-data")?,
                    t("report-monitoring")?,
                    t("report-status")?,
                ]),
                rows,
            }));
            let figures = self.request.figures.as_ref();
            let of = |id: &str| {
                figures
                    .and_then(|f| f.systems.get(id))
                    .cloned()
                    .unwrap_or_default()
            };
            let show = |n: Option<u32>| n.map_or(blank.to_string(), |n| n.to_string());
            let mut rows = Vec::new();
            let mut totals = [Some(0u32); 4];
            for (i, s) in systems.iter().enumerate() {
                let f = of(&s.id);
                let values = [f.incidents, f.complaints, f.upheld, f.trained];
                for (total, v) in totals.iter_mut().zip(values) {
                    *total = match (*total, v) {
                        (Some(t), Some(v)) => Some(t + v),
                        _ => None,
                    };
                }
                let mut row = vec![(i + 1).to_string(), s.name.get(lang).clone()];
                row.extend(values.map(show));
                rows.push(cells(row));
            }
            let mut total = vec![String::new(), t("report-total")?];
            total.extend(totals.map(show));
            rows.push(total.iter().map(|c| Cell::text(c, lang, true)).collect());
            parts.push(Part::Table(Table {
                heading: Line::new(t("report-figures-heading")?, lang),
                widths: vec![5, 27, 17, 17, 17, 17],
                header: header(vec![
                    "№".into(),
                    t("report-system")?,
                    t("report-incidents")?,
                    t("report-complaints")?,
                    t("report-upheld")?,
                    t("report-trained")?,
                ]),
                rows,
            }));
        }
        let outcomes = match self
            .request
            .figures
            .as_ref()
            .and_then(|f| f.outcomes.clone())
        {
            Some(o) => vec![Block::Text(o)],
            None => self.lines_to_fill(false)?,
        };
        let mut back = vec![Block::Label(self.plain("report-outcomes-heading")?)];
        back.extend(outcomes);
        back.push(self.signature(true)?);
        parts.push(Part::Bilingual(back));
        Ok(Letter {
            document: self.document(title, self.employer(), parts)?,
            suffix: Some(year.to_string()),
            notes: Vec::new(),
        })
    }
}

/// The same text in both languages: a number, a name given once.
fn same(text: &str) -> Bilingual<String> {
    Bilingual {
        kk: text.to_string(),
        ru: text.to_string(),
    }
}
