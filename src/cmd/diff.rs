//! `kelisim diff A B`: two wordings compared for negotiators.

use std::io::IsTerminal;

use kelisim::dates::{Date, TIMESTAMP_RANGE};
use kelisim::diff::{self, ClauseSpec, output};
use kelisim::error::{Error, Result};
use kelisim::export::{self, DocxOptions, Format};
use kelisim::library::Library;
use kelisim::model::Layout;
use kelisim::style::Style;

use crate::cli::{DiffArgs, DiffFormat};

/// Runs `diff`.
pub(super) fn run(args: &DiffArgs) -> Result<()> {
    let library = Library::load(args.library.clauses.as_deref())?;
    let spec = ClauseSpec {
        level: args.level,
        params: &args.params,
    };
    let a = diff::side(&args.a, &library, &spec)?;
    let b = diff::side(&args.b, &library, &spec)?;
    let diffs = diff::compare(&a, &b);
    let to_file = args.output.as_ref().filter(|p| p.as_os_str() != "-");
    let bytes = match args.format {
        DiffFormat::Term => {
            let colour = to_file.is_none()
                && std::io::stdout().is_terminal()
                && std::env::var_os("NO_COLOR").is_none();
            let marks = if colour {
                output::Marks::Colour
            } else {
                output::Marks::Plain
            };
            output::term(&diffs, marks, args.all, &library)?.into_bytes()
        }
        DiffFormat::Md => output::markdown(&a, &b, &diffs, &library)?.into_bytes(),
        DiffFormat::Docx | DiffFormat::Table => {
            let docx_out = to_file.is_some_and(|p| p.extension().is_some_and(|e| e == "docx"));
            if args.format == DiffFormat::Docx && !docx_out {
                return Err(Error::Message(
                    "a DOCX goes to a file: give `-o FILE.docx`".into(),
                ));
            }
            let redline = diff::redline::annex(&a, &b, &diffs, &library)?.document(false);
            let doc = match args.format {
                DiffFormat::Table => diff::table::document(&a, &b, &diffs, &library, redline.meta)?,
                _ => redline,
            };
            let opts = DocxOptions {
                layout: Layout::Columns,
                style: Style::load(None)?,
                author: args.author.clone(),
                timestamp: timestamp(args.date.as_deref())?,
                reviser: args.author.clone(),
            };
            let format = if docx_out { Format::Docx } else { Format::Md };
            export::write(&doc, format, &opts)?
        }
    };
    match to_file {
        Some(path) => {
            super::write_atomic(path, &bytes, args.force)?;
            eprintln!("wrote {}", path.display());
            Ok(())
        }
        None => super::print(&String::from_utf8_lossy(&bytes)),
    }
}

/// `--date YYYY-MM-DD` as seconds since 1970, else `SOURCE_DATE_EPOCH` or the fixed default.
fn timestamp(date: Option<&str>) -> Result<i64> {
    let Some(date) = date else {
        return super::render::source_date_epoch();
    };
    Date::parse(date)
        .map(Date::timestamp)
        .filter(|t| TIMESTAMP_RANGE.contains(t))
        .ok_or_else(|| {
            Error::Message(format!(
                "`--date {date}`: write the date as YYYY-MM-DD, from 1980-01-01 to 2107-12-31 (the dates a DOCX can carry)"
            ))
        })
}
