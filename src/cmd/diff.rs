//! `kelisim diff A B`: two wordings compared for negotiators.

use std::io::IsTerminal;

use kelisim::diff::{self, ClauseSpec, output};
use kelisim::document::ComparisonTable;
use kelisim::error::{Error, Result};
use kelisim::export::docx::{DocxOptions, comparison_table, docx};
use kelisim::lang::{Bilingual, Lang};
use kelisim::library::Library;
use kelisim::style::Style;

use crate::cli::{DiffArgs, DiffFormat};

/// Runs `diff`.
pub fn run(args: &DiffArgs) -> Result<()> {
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
            if args.format == DiffFormat::Table && !docx_out {
                output::table_markdown(&a, &b, &diffs, &library)?.into_bytes()
            } else {
                if !docx_out {
                    return Err(Error::Message(
                        "a DOCX goes to a file: give `-o FILE.docx`".into(),
                    ));
                }
                let doc = diff::tracked_document(&a, &b, &diffs, &library)?;
                let opts = DocxOptions {
                    layout: kelisim::model::Layout::Columns,
                    style: Style::load(None)?,
                    author: args.author.clone(),
                    timestamp: timestamp(args.date.as_deref())?,
                    coverage: false,
                    reviser: args.author.clone(),
                };
                if args.format == DiffFormat::Docx {
                    docx(&doc, &opts)?
                } else {
                    let tables = Bilingual::try_from_fn(|lang: Lang| {
                        Ok::<_, Error>(ComparisonTable {
                            heading: library.locales().text(lang, "table-heading", &[])?,
                            columns: output::table_columns(&a, &b, lang, &library)?,
                            rows: output::table_rows(&diffs, lang),
                        })
                    })?;
                    comparison_table(&doc, &opts, &tables)?
                }
            }
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
    let bad = || {
        Error::Message(format!(
            "`--date {date}`: write the date as YYYY-MM-DD, from 1980-01-01 to 2107-12-31 (the dates a DOCX can carry)"
        ))
    };
    let mut parts = date.trim().split('-');
    let (y, m, d) = (parts.next(), parts.next(), parts.next());
    let (Some(y), Some(m), Some(d), None) = (y, m, d, parts.next()) else {
        return Err(bad());
    };
    let (y, m, d): (i64, i64, i64) = (
        y.parse().map_err(|_| bad())?,
        m.parse().map_err(|_| bad())?,
        d.parse().map_err(|_| bad())?,
    );
    let valid = kelisim::model::days_in_month(y as i32, m as u8)
        .is_some_and(|n| (1..=i64::from(n)).contains(&d));
    if !(1980..=2107).contains(&y) || !valid {
        return Err(bad());
    }
    // Days from civil (Howard Hinnant).
    let (y2, m2) = if m <= 2 { (y - 1, m + 9) } else { (y, m - 3) };
    let era = y2.div_euclid(400);
    let yoe = y2 - era * 400;
    let doy = (153 * m2 + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Ok((era * 146_097 + doe - 719_468) * 86_400)
}
