//! The deadlines of an annex's procedures: for every term of an adopted norm (a parameter its
//! clause file marks `counts: after` or `before`), the day it ends when its event happens on a
//! given day, counted by [`crate::calendar`]; and the same as an iCalendar file a lawyer imports
//! into Outlook or any calendar.

use crate::calendar::{Calendar, Count, Due};
use crate::dates::{Date, Moment, days_in_month};
use crate::document::Annex;
use crate::error::Result;
use crate::lang::Bilingual;
use crate::library::Library;
use crate::model::{Adopted, Counts, ParamValue, Profile, Unit};

/// One term of a procedure, and when it ends.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Deadline {
    /// The norm of the recommendation: "2.3".
    pub norm: String,
    /// Its clause's number in the annex: "3.3.".
    pub number: String,
    /// The parameter.
    pub param: String,
    /// What the term is, with its length, in words: «срок рассмотрения жалобы работника –
    /// 10 (десять) рабочих дней».
    pub label: Bilingual<String>,
    /// Which way it counts from the event.
    pub counts: Counts,
    /// When it ends.
    pub due: Due,
    /// The day it ends in words: «29 марта 2027 года» / «2027 жылғы 29 наурыз».
    pub due_in_words: Bilingual<String>,
}

/// Every term of the norms `profile` adopts, for an event on `from`, by due date.
pub fn deadlines(
    profile: &Profile,
    annex: &Annex,
    library: &Library,
    calendar: &Calendar,
    from: Date,
) -> Result<Vec<Deadline>> {
    let mut found = Vec::new();
    for adopted in &profile.norms {
        let Ok(clause) = library.clause(&adopted.id) else {
            continue;
        };
        for spec in &clause.params {
            found.extend(deadline(
                adopted, annex, library, calendar, &spec.name, from,
            )?);
        }
    }
    found.sort_by(|a, b| (a.due.date, &a.number).cmp(&(b.due.date, &b.number)));
    Ok(found)
}

/// The term `param` of the adopted norm `norm`, for an event on `from`: `None` when the profile
/// does not adopt the norm or its variant has no such term.
pub fn term(
    profile: &Profile,
    annex: &Annex,
    library: &Library,
    calendar: &Calendar,
    (norm, param): (&str, &str),
    from: Date,
) -> Result<Option<Deadline>> {
    match profile.norms.iter().find(|a| a.id == norm) {
        Some(adopted) => deadline(adopted, annex, library, calendar, param, from),
        None => Ok(None),
    }
}

/// The term `param` of `adopted` for an event on `from`, if its clause marks it as one and the
/// variant sets it.
fn deadline(
    adopted: &Adopted,
    annex: &Annex,
    library: &Library,
    calendar: &Calendar,
    param: &str,
    from: Date,
) -> Result<Option<Deadline>> {
    let Ok(clause) = library.clause(&adopted.id) else {
        return Ok(None);
    };
    let Some(spec) = clause.params.iter().find(|p| p.name == param) else {
        return Ok(None);
    };
    let (Some(counts), Some(value)) = (spec.counts, adopted.params.get(&spec.name)) else {
        return Ok(None);
    };
    let before = counts == Counts::Before;
    let due = match (spec.unit, value) {
        (Unit::MonthDay, ParamValue::MonthDay { month, day }) => {
            next_day_of_year(calendar, from, *month, *day)
        }
        (unit, ParamValue::Int(n)) => {
            let count = match unit {
                Unit::WorkingDays => Count::WorkingDays,
                Unit::Months => Count::Months,
                _ => Count::Days,
            };
            calendar.due(from, u32::try_from(*n).unwrap_or(0), count, before)
        }
        _ => return Ok(None),
    };
    let due_in_words = Bilingual::try_from_fn(|lang| {
        crate::render::date_in_words(library.locales(), lang, due.date, "nom")
    })?;
    let number = annex
        .clauses()
        .find(|c| c.norm == adopted.id)
        .map(|c| c.number.clone())
        .unwrap_or_default();
    Ok(Some(Deadline {
        due_in_words,
        norm: adopted.id.clone(),
        number,
        param: spec.name.clone(),
        label: library.label(clause, &spec.name, value)?,
        counts,
        due,
    }))
}

/// The first `month`-`day` on or after `from` (28 February in a year without a 29th), moved to
/// the next working day when it is a day off.
fn next_day_of_year(calendar: &Calendar, from: Date, month: u8, day: u8) -> Due {
    let on = |year: i32| Date {
        year,
        month,
        day: day.min(days_in_month(year, month).unwrap_or(28)),
    };
    let first = if on(from.year) >= from {
        on(from.year)
    } else {
        on(from.year + 1)
    };
    // Zero days after the day itself: the day, or the next working one.
    calendar.due(first, 0, Count::Days, false)
}

/// `deadlines` as an iCalendar file (RFC 5545): one all-day event a term, with both languages,
/// a reminder a day ahead, and identifiers and a stamp that depend only on the input
/// (`timestamp`, seconds since 1970), so the same input gives the same file.
pub fn ics(deadlines: &[Deadline], from: Date, source: &str, timestamp: i64) -> String {
    let stamp = {
        let m = Moment::from_unix(timestamp);
        let (d, (h, mi, s)) = (m.date, m.time);
        format!(
            "{:04}{:02}{:02}T{h:02}{mi:02}{s:02}Z",
            d.year, d.month, d.day
        )
    };
    let day = |d: Date| format!("{:04}{:02}{:02}", d.year, d.month, d.day);
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_string(),
        "VERSION:2.0".to_string(),
        format!(
            "PRODID:-//kelisim//kelisim {}//KK",
            env!("CARGO_PKG_VERSION")
        ),
        "CALSCALE:GREGORIAN".to_string(),
        "METHOD:PUBLISH".to_string(),
    ];
    for d in deadlines {
        let item = d.number.trim_end_matches('.');
        let summary = format!("{item}: {} / {}", d.label.kk, d.label.ru);
        let mut description = format!(
            "{} {} ({}). {}\n{}",
            source, item, d.norm, d.label.kk, d.label.ru
        );
        if let Some(moved) = d.due.moved_from {
            description.push_str(&format!(
                "\n{} → {} / {} → {}",
                moved.iso(),
                d.due.date.iso(),
                moved.iso(),
                d.due.date.iso()
            ));
        }
        lines.extend([
            "BEGIN:VEVENT".to_string(),
            format!("UID:{}-{}-{}@kelisim", d.norm, d.param, day(from)),
            format!("DTSTAMP:{stamp}"),
            format!("DTSTART;VALUE=DATE:{}", day(d.due.date)),
            format!("DTEND;VALUE=DATE:{}", day(d.due.date.add_days(1))),
            format!("SUMMARY:{}", text(&summary)),
            format!("DESCRIPTION:{}", text(&description)),
            "TRANSP:TRANSPARENT".to_string(),
            "BEGIN:VALARM".to_string(),
            "ACTION:DISPLAY".to_string(),
            format!("DESCRIPTION:{}", text(&summary)),
            "TRIGGER:-P1D".to_string(),
            "END:VALARM".to_string(),
            "END:VEVENT".to_string(),
        ]);
    }
    lines.push("END:VCALENDAR".to_string());
    lines.iter().map(|l| fold(l)).collect()
}

/// A TEXT value, escaped: backslash, semicolon, comma and newline.
fn text(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            c => out.push(c),
        }
    }
    out
}

/// A content line folded at 75 octets, never inside a character, ending in CRLF.
fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 70 * 3 + 2);
    let mut width = 0;
    for c in line.chars() {
        if width + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    out.push_str("\r\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lines_fold_between_characters() {
        let line = format!("SUMMARY:{}", "ә".repeat(60));
        let folded = fold(&line);
        for l in folded.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(l.len() <= 75, "{} octets", l.len());
        }
        assert_eq!(folded.replace("\r\n ", ""), format!("{line}\r\n"));
        assert_eq!(text("a, b; c\\d\ne"), "a\\, b\\; c\\\\d\\ne");
    }
}
