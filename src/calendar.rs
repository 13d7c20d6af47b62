//! Working days and terms, counted as the agreement's procedures count them: a term in calendar
//! days, working days or months starts on the day after the event; working days skip Saturdays,
//! Sundays and the days off of the Republic of Kazakhstan (shipped as data, `calendars/kz.txt`,
//! with its sources; `--holidays FILE` replaces it); a term whose last day is a day off ends on
//! the next working day. A term counted back from an event ("at least 30 days before the system
//! is introduced") ends on the last day that still keeps it, moved to the working day before.

use std::collections::BTreeSet;

use crate::dates::Date;
use crate::error::{Diagnostic, Error, Result, Source};

/// The shipped calendar of days off.
pub const KAZAKHSTAN: &str = include_str!("../calendars/kz.txt");

/// What a term counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Count {
    /// Calendar days.
    Days,
    /// Working days.
    WorkingDays,
    /// Months.
    Months,
}

/// The days off and working days of a calendar file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Calendar {
    /// Where it came from, for messages.
    pub name: String,
    /// Days off besides Saturdays and Sundays.
    off: BTreeSet<Date>,
    /// Saturdays or Sundays made working days.
    working: BTreeSet<Date>,
    /// The first and last year it covers.
    pub years: (i32, i32),
}

/// When a term ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Due {
    /// The last day of the term.
    pub date: Date,
    /// The day the count reached, when it was a day off and the term moved to `date`.
    pub moved_from: Option<Date>,
    /// Whether the count passed beyond the years the calendar covers (weekends were still
    /// skipped there, holidays could not be).
    pub beyond_calendar: bool,
}

impl Calendar {
    /// The shipped calendar of Kazakhstan.
    pub fn kazakhstan() -> Calendar {
        Calendar::parse(&Source::builtin("<builtin>/calendars/kz.txt", KAZAKHSTAN)).unwrap_or_else(
            |_| Calendar {
                name: "<builtin>/calendars/kz.txt".into(),
                off: BTreeSet::new(),
                working: BTreeSet::new(),
                years: (0, -1),
            },
        )
    }

    /// Reads a calendar file: a date (`YYYY-MM-DD`) a line is a day off, `work YYYY-MM-DD` a
    /// working day, `years A B` the years covered; `#` starts a comment.
    pub fn parse(source: &Source) -> Result<Calendar> {
        let mut diags = Vec::new();
        let (mut off, mut working) = (BTreeSet::new(), BTreeSet::new());
        let mut years = None;
        for (i, raw) in source.text.lines().enumerate() {
            let line = raw.split('#').next().unwrap_or("").trim();
            if line.is_empty() {
                continue;
            }
            let column = raw.len() - raw.trim_start().len() + 1;
            let bad = |id: &'static str, args: Vec<(&'static str, String)>| -> Diagnostic {
                source.diag(i + 1, column, "").coded(id, args)
            };
            let words: Vec<&str> = line.split_whitespace().collect();
            match words.as_slice() {
                [date] => match Date::parse(date) {
                    Some(d) => {
                        off.insert(d);
                    }
                    None => {
                        diags.push(bad("calendar-not-a-date", vec![("text", date.to_string())]))
                    }
                },
                ["work", date] => match Date::parse(date) {
                    Some(d) if d.weekday() >= 6 => {
                        working.insert(d);
                    }
                    Some(d) => diags.push(bad("calendar-weekday", vec![("date", d.iso())])),
                    None => diags.push(bad(
                        "calendar-work-not-a-date",
                        vec![("text", date.to_string())],
                    )),
                },
                ["years", a, b] => match (a.parse::<i32>(), b.parse::<i32>()) {
                    (Ok(a), Ok(b)) if a <= b => years = Some((a, b)),
                    _ => diags.push(bad("calendar-years", vec![("text", line.to_string())])),
                },
                _ => diags.push(bad("calendar-line", vec![("text", line.to_string())])),
            }
        }
        if !diags.is_empty() {
            return Err(Error::Invalid(diags));
        }
        let years = years.unwrap_or_else(|| {
            let all = off.iter().chain(&working).map(|d| d.year);
            let (lo, hi) = all.fold((i32::MAX, i32::MIN), |(lo, hi), y| (lo.min(y), hi.max(y)));
            if lo > hi { (0, -1) } else { (lo, hi) }
        });
        Ok(Calendar {
            name: source.name.clone(),
            off,
            working,
            years,
        })
    }

    /// Whether `d` is a working day.
    pub fn is_working(&self, d: Date) -> bool {
        if self.working.contains(&d) {
            return true;
        }
        d.weekday() <= 5 && !self.off.contains(&d)
    }

    fn covers(&self, d: Date) -> bool {
        (self.years.0..=self.years.1).contains(&d.year)
    }

    /// The end of a term of `n` (`count`) after `event`, or, if `before`, the last day by which
    /// something due `n` before `event` is still in time.
    pub fn due(&self, event: Date, n: u32, count: Count, before: bool) -> Due {
        let step: i64 = if before { -1 } else { 1 };
        let n = i64::from(n);
        let mut beyond = false;
        let mut note = |d: Date| beyond |= !self.covers(d);
        let reached = match count {
            Count::Days => event.add_days(step * n),
            Count::Months => event.add_months(step * n),
            Count::WorkingDays => {
                let mut d = event;
                let mut left = n;
                while left > 0 {
                    d = d.add_days(step);
                    note(d);
                    if self.is_working(d) {
                        left -= 1;
                    }
                }
                d
            }
        };
        note(reached);
        let mut date = reached;
        while !self.is_working(date) {
            date = date.add_days(step);
            note(date);
        }
        Due {
            date,
            moved_from: (date != reached).then_some(reached),
            beyond_calendar: beyond,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> Date {
        Date::parse(text).unwrap()
    }

    #[test]
    fn the_shipped_calendar_reads_and_knows_its_years() {
        let kz = Calendar::kazakhstan();
        assert_eq!(kz.years, (2026, 2027));
        assert!(!kz.is_working(d("2027-03-22")) && !kz.is_working(d("2027-03-24")));
        assert!(kz.is_working(d("2027-03-25")) && kz.is_working(d("2026-08-31")));
        assert!(!kz.is_working(d("2026-12-19")), "a Saturday");
    }

    /// Terms across Nauryz, the New Year, a holiday on a weekend, a user's calendar and a term
    /// ending on a day off.
    #[test]
    fn terms_are_counted_from_the_day_after_the_event() {
        let kz = Calendar::kazakhstan();
        // The event, the term, whether it counts back, the day it ends and the day off it moved
        // from.
        type Case<'a> = (&'a str, u32, Count, bool, &'a str, Option<&'a str>);
        let cases: &[Case] = &[
            // 10 calendar days from Friday 12 March 2027: Monday 22 March is Nauryz, and so are
            // the 23rd and the 24th (21 March, a Sunday, moved): the term ends on the 25th.
            (
                "2027-03-12",
                10,
                Count::Days,
                false,
                "2027-03-25",
                Some("2027-03-22"),
            ),
            // 5 working days from Thursday 18 March 2027: 19, (22–24 off), 25, 26, 29, 30.
            (
                "2027-03-18",
                5,
                Count::WorkingDays,
                false,
                "2027-03-30",
                None,
            ),
            // 3 working days from 30 December 2026: 31 Dec, (1 Jan off, weekend, 4 Jan off as
            // 2 January fell on a Saturday), 5, 6 January.
            (
                "2026-12-30",
                3,
                Count::WorkingDays,
                false,
                "2027-01-06",
                None,
            ),
            // 7 January, Orthodox Christmas, is a day off: 7 days from 31 December ends on the 8th.
            (
                "2026-12-31",
                7,
                Count::Days,
                false,
                "2027-01-08",
                Some("2027-01-07"),
            ),
            // A month from 9 April 2026 ends on Saturday 9 May, Victory Day: on Tuesday the 12th
            // (Monday the 11th is the day off Victory Day moved to).
            (
                "2026-04-09",
                1,
                Count::Months,
                false,
                "2026-05-12",
                Some("2026-05-09"),
            ),
            // At least 30 days before 4 May 2027: 4 April is a Sunday, so by Friday 2 April.
            (
                "2027-05-04",
                30,
                Count::Days,
                true,
                "2027-04-02",
                Some("2027-04-04"),
            ),
            // 10 working days before Monday 29 March 2027 (22–24 March Nauryz, 15 March
            // Constitution Day): the 9th.
            (
                "2027-03-29",
                10,
                Count::WorkingDays,
                true,
                "2027-03-09",
                None,
            ),
        ];
        for &(event, n, count, before, due, moved) in cases {
            let got = kz.due(d(event), n, count, before);
            assert_eq!(
                (got.date, got.moved_from),
                (d(due), moved.map(d)),
                "{n} {count:?} {} {event}",
                if before { "before" } else { "after" }
            );
            assert!(!got.beyond_calendar);
        }
    }

    #[test]
    fn a_users_calendar_replaces_the_shipped_one() {
        let mine = Calendar::parse(&Source::new(
            "holidays.txt",
            "# a council's own\n2027-07-05\nwork 2027-07-03  # the Saturday worked instead\n",
        ))
        .unwrap();
        assert_eq!(mine.years, (2027, 2027));
        // From Thursday 1 July 2027: Friday 2, Saturday 3 (worked), (Monday 5 off), Tuesday 6.
        let due = mine.due(d("2027-07-01"), 3, Count::WorkingDays, false);
        assert_eq!(due.date, d("2027-07-06"));
        // Capital Day, 6 July, is no day off in this file.
        assert!(mine.is_working(d("2027-07-06")));
        let beyond = mine.due(d("2027-12-30"), 3, Count::WorkingDays, false);
        assert!(beyond.beyond_calendar);
    }

    #[test]
    fn a_bad_line_is_named_with_its_place() {
        let err = Calendar::parse(&Source::new(
            "holidays.txt",
            "2027-02-30\n  work 2027-07-05\nholiday 2027-07-06\n",
        ))
        .unwrap_err()
        .to_string();
        for want in [
            "holidays.txt:1:1",
            "`2027-02-30` is not a date",
            "holidays.txt:2:3",
            "2027-07-05 is a weekday",
            "holidays.txt:3:1",
            "is neither a date",
        ] {
            assert!(err.contains(want), "{want}: {err}");
        }
    }
}
