//! `kelisim deadlines`: every term of the adopted norms' procedures, for an event on a day, on
//! standard output, and as an iCalendar file with `--ics`.

use kelisim::deadlines::{Deadline, deadlines, ics};
use kelisim::error::{Result, Source};
use kelisim::model::Counts;

use crate::cli::DeadlinesArgs;

/// Runs `deadlines`.
pub(crate) fn run(args: &DeadlinesArgs) -> Result<()> {
    let library = super::library(&args.library)?;
    let calendar = super::calendar(&args.calendar)?;
    let source = Source::read(&args.profile)?;
    let (profile, annex) = kelisim::render_profile(&source, library)?;
    let found = deadlines(&profile, &annex, library, &calendar, args.from)?;
    if let Some(path) = &args.ics {
        let timestamp = super::render::source_date_epoch()?;
        let name = format!("{} / {}", annex.short_name.kk, annex.short_name.ru);
        super::output::write_atomic(
            path,
            ics(&found, args.from, &name, timestamp).as_bytes(),
            args.force,
        )?;
        super::ui::wrote(path);
    }
    let mut out = format!(
        "Deadlines for an event on {} {}, counted by {} ({}–{}); a date is when the term ends, \
         «by» a date the last day to act before the event:\n",
        weekday(args.from.weekday()),
        args.from.iso(),
        calendar.name,
        calendar.years.0,
        calendar.years.1
    );
    if found.is_empty() {
        out.push_str("  none: the profile adopts no norm with a term\n");
    }
    let mut beyond = false;
    for d in &found {
        out.push_str(&line(d));
        beyond |= d.due.beyond_calendar;
    }
    if beyond {
        out.push_str(&format!(
            "* counted past the years `{}` covers: weekends are skipped there, days off cannot be; give a calendar with --holidays\n",
            calendar.name
        ));
    }
    super::print(&out)
}

/// «2027-03-25 Thu  2.1. (norm 1.1)», then what the term is in both languages.
fn line(d: &Deadline) -> String {
    let when = match d.counts {
        Counts::After => "",
        Counts::Before => "by ",
    };
    let mut out = format!(
        "{when}{} {}  {} (norm {}){}",
        d.due.date.iso(),
        weekday(d.due.date.weekday()),
        d.number,
        d.norm,
        if d.due.beyond_calendar { " *" } else { "" }
    );
    if let Some(moved) = d.due.moved_from {
        out.push_str(&format!(
            "  (the count reached {} {}, a day off)",
            weekday(moved.weekday()),
            moved.iso()
        ));
    }
    out.push_str(&format!(
        "\n    kk: {}; {}\n    ru: {}; {}\n",
        d.due_in_words.kk, d.label.kk, d.due_in_words.ru, d.label.ru
    ));
    out
}

fn weekday(n: u8) -> &'static str {
    ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][usize::from(n.clamp(1, 7) - 1)]
}
