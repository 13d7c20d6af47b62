//! `kelisim diff A B`: two wordings compared for negotiators.

use kelisim::dates::{Date, Moment, TIMESTAMP_RANGE};
use kelisim::diff::protocol::Negotiation;
use kelisim::diff::{self, ClauseSpec, output};
use kelisim::document::Status;
use kelisim::error::{Error, Result, Source};
use kelisim::export::{self, DocxOptions, Format};
use kelisim::lang::Bilingual;
use kelisim::model::Layout;

use super::{CmdResult, Failure, ui};
use crate::cli::{DiffArgs, DiffFormat};

/// Runs `diff`; with `--exit-code`, differences exit 1 and bad input 2.
pub(super) fn run(args: &DiffArgs) -> CmdResult {
    match compare(args) {
        Ok(true) if args.exit_code => Err(Failure::Exit(1)),
        Ok(_) => Ok(()),
        Err(e) if args.exit_code => {
            ui::report(&e);
            Err(Failure::Exit(2))
        }
        Err(e) => Err(e.into()),
    }
}

/// `--label-a` / `--label-b`: one text for both languages, or `kk:…;ru:…`.
fn label(text: &str) -> Bilingual<String> {
    let mut kk = None;
    let mut ru = None;
    for part in text.split(';') {
        match part.trim().split_once(':') {
            Some(("kk", t)) => kk = Some(t.trim().to_string()),
            Some(("ru", t)) => ru = Some(t.trim().to_string()),
            _ => {}
        }
    }
    match (kk, ru) {
        (Some(kk), Some(ru)) => Bilingual { kk, ru },
        _ => Bilingual {
            kk: text.trim().to_string(),
            ru: text.trim().to_string(),
        },
    }
}

/// Compares and writes; whether the sides differ.
fn compare(args: &DiffArgs) -> Result<bool> {
    let library = super::library(&args.library)?;
    let spec = ClauseSpec {
        level: args.level,
        params: &args.params,
    };
    let mut a = diff::side(&args.a, library, &spec)?;
    let mut b = diff::side(&args.b, library, &spec)?;
    if let Some(l) = &args.label_a {
        a.label = label(l);
    }
    if let Some(l) = &args.label_b {
        b.label = label(l);
    }
    let diffs = diff::compare(&a, &b);
    let items = diff::compare_items(&a, &b);
    let warnings = diff::warnings(&a, &b, &diffs, &items, ui::lang());
    let differ =
        diffs.iter().any(|d| d.differs()) || items.iter().any(|d| d.status != Status::Same);
    let to_file = args.output.as_ref().filter(|p| p.as_os_str() != "-");
    let bytes = match args.format {
        DiffFormat::Term => {
            let colour = to_file.is_none() && ui::colour_stdout();
            let marks = if colour {
                output::Marks::Colour
            } else {
                output::Marks::Plain
            };
            output::term(&diffs, &items, &warnings, marks, args.all, library)?.into_bytes()
        }
        DiffFormat::Md => {
            output::markdown(&a, &b, &diffs, &items, &warnings, library)?.into_bytes()
        }
        DiffFormat::Json => output::json(&diffs, &items, &warnings).into_bytes(),
        DiffFormat::Docx | DiffFormat::Table | DiffFormat::Protocol => {
            let docx_out = to_file.is_some_and(|p| p.extension().is_some_and(|e| e == "docx"));
            if args.format == DiffFormat::Docx && !docx_out {
                return Err(Error::usage("diff-docx-to-file", Vec::new()));
            }
            // The warnings of a file format go to standard error.
            for w in &warnings {
                eprintln!("{}{}", ui::warning(), w.message);
            }
            let redline = diff::redline::document(&a, &b, &diffs, &items, library)?;
            let doc = match args.format {
                DiffFormat::Table => {
                    let date = Moment::from_unix(timestamp(args.date)?).date;
                    diff::table::document(&a, &b, &diffs, &items, library, date, redline.meta)?
                }
                DiffFormat::Protocol => {
                    let negotiation = match &args.status {
                        Some(path) => {
                            let known = diff::protocol::ids(&a, &b, &diffs, &items, library)?;
                            Negotiation::load(&Source::read(path)?, &known)?
                        }
                        None => Negotiation::default(),
                    };
                    diff::protocol::document(
                        &a,
                        &b,
                        &diffs,
                        &items,
                        &negotiation,
                        library,
                        redline.meta,
                    )?
                }
                _ => redline,
            };
            // The changes are B's: the document and its revisions are B's unless `--author`
            // names someone.
            let mut doc = doc;
            doc.meta.author = b.label.clone();
            let opts = DocxOptions {
                layout: Layout::Columns,
                style: super::page_style(&args.page)?,
                author: args.author.clone(),
                timestamp: timestamp(args.date)?,
                reviser: args.author.clone(),
            };
            let format = if docx_out { Format::Docx } else { Format::Md };
            export::write(&doc, format, &opts)?
        }
    };
    match to_file {
        Some(path) => {
            super::write_atomic(path, &bytes, args.force)?;
            ui::wrote(path);
        }
        None => super::print(&String::from_utf8_lossy(&bytes))?,
    }
    Ok(differ)
}

/// `--date YYYY-MM-DD` as seconds since 1970, else `SOURCE_DATE_EPOCH`, else now: revisions
/// are dated when they are made.
fn timestamp(date: Option<Date>) -> Result<i64> {
    let Some(date) = date else {
        if std::env::var_os("SOURCE_DATE_EPOCH").is_some() {
            return super::render::source_date_epoch();
        }
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX));
        return Ok(now.clamp(*TIMESTAMP_RANGE.start(), *TIMESTAMP_RANGE.end()));
    };
    Some(date.timestamp())
        .filter(|t| TIMESTAMP_RANGE.contains(t))
        .ok_or_else(|| Error::usage("diff-date-range", vec![("date", date.iso())]))
}
