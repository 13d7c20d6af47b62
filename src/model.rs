//! Validated model types: what the rest of the pipeline works with once input has been checked.

use std::collections::BTreeMap;
use std::fmt;

use serde::Serialize;

use crate::dates::{self, Date};
use crate::error::{Code, Diagnostic};
use crate::lang::Bilingual;
use crate::names::named_enum;
use crate::suggest;

named_enum! {
    /// The level of the agreement the annex belongs to.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
    pub enum Level: "level" {
        /// A collective agreement of one employer (ұжымдық шарт / коллективный договор).
        Enterprise = "enterprise",
        /// A sectoral agreement (салалық келісім / отраслевое соглашение).
        Sector = "sector",
        /// A regional agreement (өңірлік келісім / региональное соглашение).
        Region = "region",
    }
}

named_enum! {
    /// How the two languages are laid out.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum Layout: "layout" {
        /// A two-column table: Kazakh left, Russian right, one row per numbered clause.
        Columns = "columns",
        /// The whole Kazakh text, then the whole Russian text.
        Sequential = "sequential",
    }
}

named_enum! {
    /// The negotiating position a clause's wording takes, strongest for workers first.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
    pub enum Variant: "variant" {
        /// The strongest wording a union would propose.
        Union = "union",
        /// The recommendation as written (the default).
        Recommended = "recommended",
        /// The minimal wording an employer would counter with.
        Employer = "employer",
    }
}

// `named_enum!` takes no attribute on a value, so `#[default]` cannot mark it.
#[allow(clippy::derivable_impls)]
impl Default for Layout {
    fn default() -> Self {
        Layout::Columns
    }
}

// `named_enum!` takes no attribute on a value, so `#[default]` cannot mark it.
#[allow(clippy::derivable_impls)]
impl Default for Variant {
    fn default() -> Self {
        Variant::Recommended
    }
}

named_enum! {
    /// What a parameter counts, which decides its type and the noun printed after it.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum Unit: "unit" {
        /// Calendar days (the Labour Code's default, Art. 13).
        CalendarDays = "calendar-days",
        /// Working days.
        WorkingDays = "working-days",
        /// Months.
        Months = "months",
        /// A plain count (people, meetings…).
        Count = "count",
        /// A day of the year written "MM-DD".
        MonthDay = "month-day",
    }
}

impl Unit {
    /// What a value of this unit counts, in English, for messages.
    pub fn words(self) -> &'static str {
        match self {
            Unit::CalendarDays => "calendar days",
            Unit::WorkingDays => "working days",
            Unit::Months => "months",
            Unit::Count => "people or times",
            Unit::MonthDay => "days",
        }
    }
}

named_enum! {
    /// Which way a term parameter counts from the event of its procedure.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum Counts: "direction" {
        /// The term ends so long after the event: «within 10 working days of the request».
        After = "after",
        /// The act is due so long before the event: «at least 30 days before introduction».
        Before = "before",
    }
}

named_enum! {
    /// Which values of a parameter are more favourable to workers.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum Favours: "direction" {
        /// Larger values (more days of notice, more members).
        More = "more",
        /// Smaller values (a faster reply, a shorter audit interval, an earlier report date).
        Less = "less",
    }
}

/// A parameter's value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParamValue {
    /// A whole number of the parameter's unit.
    Int(i64),
    /// A day of the year.
    MonthDay {
        /// 1–12.
        month: u8,
        /// 1–31, valid for the month.
        day: u8,
    },
}

impl fmt::Display for ParamValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ParamValue::Int(n) => write!(f, "{n}"),
            ParamValue::MonthDay { month, day } => write!(f, "{month:02}-{day:02}"),
        }
    }
}

impl Serialize for ParamValue {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            ParamValue::Int(n) => s.serialize_i64(*n),
            ParamValue::MonthDay { .. } => s.collect_str(self),
        }
    }
}

impl ParamValue {
    /// Parses "MM-DD" (a valid day of a leap year).
    pub fn parse_month_day(text: &str) -> Option<ParamValue> {
        dates::parse_month_day(text).map(|(month, day)| ParamValue::MonthDay { month, day })
    }
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
    /// For a term of a procedure (`kelisim deadlines`, the letters), which way it counts from
    /// the procedure's event; `None` for an interval, a number or an amount.
    pub counts: Option<Counts>,
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
            return "a day every year has, \"MM-DD\"".into();
        }
        match (self.min, self.max) {
            (Some(a), Some(b)) => format!("{a}–{b}"),
            (Some(a), None) => format!("{a} or more"),
            (None, Some(b)) => format!("up to {b}"),
            (None, None) => "any".into(),
        }
    }

    /// The value `value` written for this parameter, or why it does not fit: of the wrong type,
    /// not a day of the year, or outside the bounds. Profiles, clause files' defaults, batch
    /// cells and the command line's `--params` all go through here.
    pub fn value(&self, value: &Scalar) -> Result<ParamValue, ParamError> {
        let v = match (self.unit, value) {
            (Unit::MonthDay, Scalar::Str(s)) if s.trim() == "02-29" => {
                return Err(ParamError::LeapDay);
            }
            (Unit::MonthDay, Scalar::Str(s)) => ParamValue::parse_month_day(s.trim())
                .ok_or_else(|| ParamError::NotMonthDay(s.trim().to_string()))?,
            (_, Scalar::Int(n)) => ParamValue::Int(*n),
            (_, other) => return Err(ParamError::Kind(other.kind())),
        };
        match v {
            ParamValue::Int(n)
                if self.min.is_some_and(|m| n < m) || self.max.is_some_and(|m| n > m) =>
            {
                Err(ParamError::OutOfBounds(n))
            }
            v => Ok(v),
        }
    }

    /// What the phrase books say of a value written for it in norm `norm` that does not fit.
    pub fn refusal(&self, norm: &str, error: &ParamError) -> Code {
        let bounds = match (self.min, self.max) {
            (Some(_), Some(_)) => "range",
            (Some(_), None) => "min",
            (None, Some(_)) => "max",
            (None, None) => "any",
        };
        let bound = |b: Option<i64>| b.map_or(String::new(), |b| b.to_string());
        let mut args = vec![
            ("name", self.name.clone()),
            ("id", norm.to_string()),
            ("unit", self.unit.name().to_string()),
            ("bounds", bounds.to_string()),
            ("min", bound(self.min)),
            ("max", bound(self.max)),
        ];
        let id = match error {
            ParamError::LeapDay => "param-leap-day",
            ParamError::NotMonthDay(text) => {
                args.push(("value", text.clone()));
                "param-not-month-day"
            }
            ParamError::Kind(found) => {
                args.push(("found", (*found).to_string()));
                "param-kind"
            }
            ParamError::OutOfBounds(n) => {
                args.push(("value", n.to_string()));
                "param-out-of-bounds"
            }
        };
        Code { id, args }
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
    /// The resolution of the recommendation it implements ("3-3"); `None` for a clause of the
    /// user's own.
    pub resolution: Option<String>,
    /// The title of its section, when a clause of the user's own opens a section the
    /// recommendation does not have.
    pub section_title: Option<Bilingual<String>>,
    /// Titles.
    pub title: Bilingual<String>,
    /// Declared parameters, in file order.
    pub params: Vec<ParamSpec>,
    /// The variants this file provides.
    pub variants: Vec<Variant>,
    /// The wordings as written, by variant and level, for the levels that have their own.
    pub wordings: BTreeMap<(Variant, Level), Wording>,
    /// For every variant and level, the level whose wording it takes (its own, or another).
    pub levels: BTreeMap<(Variant, Level), Level>,
    /// The norms each variant's wording refers to, which a profile adopting it must adopt too.
    pub requires: BTreeMap<Variant, Vec<String>>,
    /// The file it came from, for messages.
    pub file: String,
}

/// One wording of a clause as its file writes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Wording {
    /// The line of the file where it starts.
    pub line: usize,
    /// The template of each language; a built-in one is borrowed from the binary.
    pub text: Bilingual<std::borrow::Cow<'static, str>>,
}

impl Clause {
    /// The level whose wording `variant` uses at `level`.
    pub fn wording_level(&self, variant: Variant, level: Level) -> Level {
        self.levels.get(&(variant, level)).copied().unwrap_or(level)
    }

    /// The wording `variant` uses at `level`, as written.
    pub fn wording(&self, variant: Variant, level: Level) -> Option<&Wording> {
        self.wordings
            .get(&(variant, self.wording_level(variant, level)))
    }

    /// The parameter called `name`.
    pub fn param(&self, name: &str) -> Option<&ParamSpec> {
        self.params.iter().find(|p| p.name == name)
    }

    /// For a parameter `name` the clause does not declare: the closest it declares, if one is
    /// near, and the names of all it declares.
    pub(crate) fn unknown_param(&self, name: &str) -> (Option<&str>, Vec<&str>) {
        let names: Vec<&str> = self.params.iter().map(|p| p.name.as_str()).collect();
        (crate::suggest::closest(name, names.iter().copied()), names)
    }

    /// The message `norm-lacks-variant`: the clause has no wording `variant`, and these.
    pub fn lacks_variant(&self, variant: &str) -> Code {
        let have: Vec<&str> = self.variants.iter().map(|v| v.name()).collect();
        Code {
            id: "norm-lacks-variant",
            args: vec![
                ("id", self.id.clone()),
                ("variant", variant.to_string()),
                ("known", have.join(", ")),
            ],
        }
    }

    /// Every parameter with the default of `variant`.
    pub fn defaults(&self, variant: Variant) -> BTreeMap<String, ParamValue> {
        self.params
            .iter()
            .filter_map(|p| Some((p.name.clone(), *p.defaults.get(&variant)?)))
            .collect()
    }
}

/// Why a value does not fit a parameter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ParamError {
    /// `02-29`, which not every year has.
    LeapDay,
    /// Text that is not a day of the year written "MM-DD".
    NotMonthDay(String),
    /// A value of the wrong kind: [`Scalar::kind`].
    Kind(&'static str),
    /// A number outside the parameter's bounds.
    OutOfBounds(i64),
}

/// A party to the agreement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Party {
    /// The organisation's name, as written in each language.
    pub name: Bilingual<String>,
    /// Business identification number (БСН / БИН), already checked.
    pub bin: Option<String>,
    /// Who signs, with their position.
    pub signatory: Option<Bilingual<String>>,
}

/// The parties: employer(s), workers and, for sector and region, the state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Parties {
    /// The employer, or the employers' association(s).
    pub employer: Party,
    /// The trade union, or the elected representatives of the workers.
    pub workers: Party,
    /// The authorised state body (sector) or the akimat (region).
    pub government: Option<Party>,
}

named_enum! {
    /// How much harm an AI system can do to workers, as the employer rates it.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum Risk: "risk" {
        /// Low.
        Low = "low",
        /// Medium.
        Medium = "medium",
        /// High: decisions on hiring, pay, discipline or dismissal.
        High = "high",
    }
}

/// An AI system of the employer's register (`ai_systems:` in the profile), which the notices,
/// requests and reports of the agreement's procedures name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AiSystem {
    /// A short id the command line names it by: `shift-planner`.
    pub id: String,
    /// Its name.
    pub name: Bilingual<String>,
    /// What it is for.
    pub purpose: Bilingual<String>,
    /// The decisions it takes or supports.
    pub decisions: Option<Bilingual<String>>,
    /// The categories of data it processes.
    pub data: Vec<Bilingual<String>>,
    /// Its main parameters and criteria.
    pub parameters: Option<Bilingual<String>>,
    /// What it monitors of the workers, if it monitors them.
    pub monitoring: Option<Bilingual<String>>,
    /// Who reviews its output: the human oversight.
    pub oversight: Option<Bilingual<String>>,
    /// The expected effect on employment, pay and working conditions.
    pub impact: Option<Bilingual<String>>,
    /// The retraining offered to the workers it affects.
    pub retraining: Option<Bilingual<String>>,
    /// The units it affects.
    pub units: Option<Bilingual<String>>,
    /// How many workers it affects.
    pub headcount: Option<u32>,
    /// Who supplies it.
    pub vendor: Option<String>,
    /// The employer's rating of its risk.
    pub risk: Option<Risk>,
    /// When it is to be introduced, or was.
    pub when: Option<Introduction>,
}

/// When an AI system is introduced.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Introduction {
    /// To be introduced on this day.
    Planned(Date),
    /// In use since this day.
    Introduced(Date),
}

/// One norm the profile adopts, with every parameter resolved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Adopted {
    /// The norm's id, as in the recommendation ("2.3").
    pub id: String,
    /// The wording chosen.
    pub variant: Variant,
    /// Every parameter of the clause: the profile's value or the variant's default.
    pub params: BTreeMap<String, ParamValue>,
}

/// A validated profile.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Profile {
    /// Where it came from, for messages.
    pub source_name: String,
    /// The level of the agreement.
    pub level: Level,
    /// The number of the annex, if given.
    pub annex: Option<u32>,
    /// First and last year of the agreement's term.
    pub years: Option<(i32, i32)>,
    /// Date of signing.
    pub date: Option<Date>,
    /// Place of signing.
    pub place: Option<Bilingual<String>>,
    /// Layout asked for by the profile, if it says.
    pub layout: Option<Layout>,
    /// The parties.
    pub parties: Parties,
    /// The sector (sector level).
    pub sector: Option<Bilingual<String>>,
    /// The region (region level).
    pub region: Option<Bilingual<String>>,
    /// Adopted norms in the recommendation's order.
    pub norms: Vec<Adopted>,
    /// The employer's register of AI systems.
    pub ai_systems: Vec<AiSystem>,
    /// What is valid but shows in the signed text (a party without a signatory): `check` and
    /// `render` print these.
    pub warnings: Vec<Diagnostic>,
}

/// The clause of `clauses` with the id or slug `key`, with its place in the list, or the message
/// `unknown-norm` with "did you mean": every unknown norm, in a profile, a batch cell or on the
/// command line, is reported from here.
pub fn find_clause<'c>(clauses: &'c [Clause], key: &str) -> Result<(usize, &'c Clause), Code> {
    let key = key.trim();
    if let Some(found) = clauses
        .iter()
        .enumerate()
        .find(|(_, c)| c.id == key || c.slug == key)
    {
        return Ok(found);
    }
    let names = clauses
        .iter()
        .flat_map(|c| [c.id.as_str(), c.slug.as_str()]);
    let near = suggest::closest(key, names);
    let first = clauses.first().map_or("", |c| c.id.as_str());
    let last = clauses.last().map_or("", |c| c.id.as_str());
    Err(Code {
        id: "unknown-norm",
        args: vec![
            ("norm", key.to_string()),
            ("near", near.unwrap_or("none").to_string()),
            ("first", first.to_string()),
            ("last", last.to_string()),
        ],
    })
}

/// The 18 norms of the recommendation, as (id, slug), in its order. The clause library must
/// provide exactly these.
pub const NORMS: [(&str, &str); 18] = [
    ("1.1", "consultation"),
    ("1.2", "joint-committee"),
    ("1.3", "committee-mandate"),
    ("1.4", "feedback"),
    ("2.1", "advance-notice"),
    ("2.2", "algorithm-disclosure"),
    ("2.3", "human-review"),
    ("3.1", "no-automated-dismissal"),
    ("3.2", "non-regression"),
    ("3.3", "alternatives"),
    ("3.4", "no-sham-automation"),
    ("4.1", "free-training"),
    ("4.2", "retraining-guarantees"),
    ("4.3", "vulnerable-groups"),
    ("5.1", "annual-report"),
    ("5.2", "monitoring-limits"),
    ("5.3", "system-audit"),
    ("6.1", "motivated-objection"),
];

/// A YAML scalar of any type, kept as written so that the validation step can say what was
/// expected.
#[derive(Debug, Clone, PartialEq)]
pub enum Scalar {
    /// An integer.
    Int(i64),
    /// A number with a fraction.
    Float(f64),
    /// Text.
    Str(String),
    /// `true` or `false`.
    Bool(bool),
}

impl Scalar {
    /// A value typed on the command line or in a table cell: a whole number if it reads as one,
    /// else text.
    pub fn from_text(text: &str) -> Scalar {
        let text = text.trim();
        text.parse()
            .map_or_else(|_| Scalar::Str(text.to_string()), Scalar::Int)
    }

    /// The scalar as a norm id: `2.3` written as a YAML number or as text, or a slug.
    pub fn as_key(&self) -> String {
        match self {
            Scalar::Int(n) => n.to_string(),
            Scalar::Float(f) => format!("{f}"),
            Scalar::Str(s) => s.trim().to_string(),
            Scalar::Bool(b) => b.to_string(),
        }
    }

    /// What kind of value this is (`int`, `float`, `text`, `bool`), the key by which the
    /// phrase books say it.
    pub fn kind(&self) -> &'static str {
        match self {
            Scalar::Int(_) => "int",
            Scalar::Float(_) => "float",
            Scalar::Str(_) => "text",
            Scalar::Bool(_) => "bool",
        }
    }
}

impl<'de> serde::Deserialize<'de> for Scalar {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl serde::de::Visitor<'_> for V {
            type Value = Scalar;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a number or a text")
            }
            fn visit_i64<E>(self, v: i64) -> Result<Scalar, E> {
                Ok(Scalar::Int(v))
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Scalar, E> {
                i64::try_from(v)
                    .map(Scalar::Int)
                    .map_err(|_| E::custom("the number is too large"))
            }
            fn visit_f64<E>(self, v: f64) -> Result<Scalar, E> {
                Ok(Scalar::Float(v))
            }
            fn visit_str<E>(self, v: &str) -> Result<Scalar, E> {
                Ok(Scalar::Str(v.to_string()))
            }
            fn visit_bool<E>(self, v: bool) -> Result<Scalar, E> {
                Ok(Scalar::Bool(v))
            }
        }
        d.deserialize_any(V)
    }
}
