//! Validated model types: what the rest of the pipeline works with once input has been checked.

use std::collections::BTreeMap;
use std::fmt;

use clap::ValueEnum;
use schemars::JsonSchema;
use serde::Serialize;

use crate::lang::Bilingual;

/// The level of the agreement the annex belongs to.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, ValueEnum, JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    /// A collective agreement of one employer (ұжымдық шарт / коллективный договор).
    Enterprise,
    /// A sectoral agreement (салалық келісім / отраслевое соглашение).
    Sector,
    /// A regional agreement (өңірлік келісім / региональное соглашение).
    Region,
}

impl Level {
    /// Every level, in this order.
    pub const ALL: [Level; 3] = [Level::Enterprise, Level::Sector, Level::Region];

    /// The name used in profiles and templates.
    pub fn name(self) -> &'static str {
        match self {
            Level::Enterprise => "enterprise",
            Level::Sector => "sector",
            Level::Region => "region",
        }
    }
}

/// How the two languages are laid out.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, ValueEnum, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Layout {
    /// A two-column table: Kazakh left, Russian right, one row per numbered clause.
    #[default]
    Columns,
    /// The whole Kazakh text, then the whole Russian text.
    Sequential,
}

/// The negotiating position a clause's wording takes.
#[derive(
    Debug,
    Clone,
    Copy,
    Default,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    ValueEnum,
    JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum Variant {
    /// The strongest wording a union would propose.
    Union,
    /// The recommendation as written (the default).
    #[default]
    Recommended,
    /// The minimal wording an employer would counter with.
    Employer,
}

impl Variant {
    /// Every variant, strongest for workers first.
    pub const ALL: [Variant; 3] = [Variant::Union, Variant::Recommended, Variant::Employer];

    /// The name used in profiles and clause files.
    pub fn name(self) -> &'static str {
        match self {
            Variant::Union => "union",
            Variant::Recommended => "recommended",
            Variant::Employer => "employer",
        }
    }

    /// The variant called `name`, if any.
    pub fn from_name(name: &str) -> Option<Variant> {
        Variant::ALL.into_iter().find(|v| v.name() == name)
    }
}

/// What a parameter counts, which decides its type and the noun printed after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Unit {
    /// Calendar days (the Labour Code's default, Art. 13).
    CalendarDays,
    /// Working days.
    WorkingDays,
    /// Months.
    Months,
    /// A plain count (people, meetings…).
    Count,
    /// A day of the year written "MM-DD".
    MonthDay,
}

impl Unit {
    /// Every unit, with its name in clause files.
    pub const NAMES: [(&'static str, Unit); 5] = [
        ("calendar-days", Unit::CalendarDays),
        ("working-days", Unit::WorkingDays),
        ("months", Unit::Months),
        ("count", Unit::Count),
        ("month-day", Unit::MonthDay),
    ];

    /// The unit's name in clause files.
    pub fn name(self) -> &'static str {
        Unit::NAMES
            .iter()
            .find(|(_, u)| *u == self)
            .map_or("", |(n, _)| n)
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
        let (m, d) = text.split_once('-')?;
        if m.len() != 2 || d.len() != 2 {
            return None;
        }
        let (month, day): (u8, u8) = (m.parse().ok()?, d.parse().ok()?);
        (day >= 1 && day <= days_in_month(2024, month)?)
            .then_some(ParamValue::MonthDay { month, day })
    }
}

/// The number of days in `month` of `year`, or `None` for a month outside 1–12.
pub fn days_in_month(year: i32, month: u8) -> Option<u8> {
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    Some(match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return None,
    })
}

/// A calendar date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Date {
    /// Year.
    pub year: i32,
    /// 1–12.
    pub month: u8,
    /// 1–31.
    pub day: u8,
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
