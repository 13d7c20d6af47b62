//! `kelisim letter`: a letter an adopted norm's procedure calls for, written like `render`.

use std::path::PathBuf;

use kelisim::error::{Error, Result, Source};
use kelisim::export::{self, Format};
use kelisim::letters::{self, Figures, Kind, Request};
use kelisim::pdf::Converter;

use super::output::Target;
use crate::cli::LetterArgs;

/// Runs `letter`.
pub(crate) fn run(args: &LetterArgs) -> Result<()> {
    let only = |given: bool, flag: &str, kind: Kind| -> Result<()> {
        if given && args.kind != kind {
            return Err(Error::usage(
                "letter-flag-elsewhere",
                vec![
                    ("flag", flag.to_string()),
                    ("for", kind.name().to_string()),
                    ("kind", args.kind.name().to_string()),
                ],
            ));
        }
        Ok(())
    };
    let (target, formats) = Target::with_formats(&args.out.output, 1, args.out.format.as_deref())?;
    only(args.grounds.is_some(), "--grounds", Kind::Objection)?;
    only(args.year.is_some(), "--year", Kind::Report)?;
    only(args.figures.is_some(), "--figures", Kind::Report)?;
    let library = super::library(&args.library)?;
    let style = super::page_style(&args.out.page)?;
    let timestamp = super::render::source_date_epoch()?;
    let pdf = if formats.contains(&Format::Pdf) {
        Some(Converter::find(args.out.pdf.pdf_a)?)
    } else {
        None
    };
    let calendar = super::calendar(&args.calendar)?;
    let source = Source::read(&args.profile)?;
    let (profile, annex) = kelisim::render_profile(&source, library)?;
    super::warn(&profile);
    let request = Request {
        system: args.system.clone(),
        date: args.date,
        grounds: match &args.grounds {
            Some(path) => letters::grounds(&Source::read(path)?)?,
            None => Vec::new(),
        },
        year: args.year,
        figures: match (&args.figures, args.year) {
            (Some(path), Some(year)) => Some(Figures::load(
                &Source::read(path)?,
                year,
                &profile.ai_systems,
            )?),
            _ => None,
        },
    };
    let letter = letters::letter(args.kind, &profile, &annex, library, &calendar, &request)?;
    for note in &letter.notes {
        super::ui::choice(super::ui::say(note.id, &note.args));
    }
    let opts = args.out.docx_options(&profile, &style, timestamp);
    let stem = super::render::stem(&args.profile);
    let name = match &letter.suffix {
        Some(suffix) => format!("{stem}-{}-{suffix}", args.kind.name()),
        None => format!("{stem}-{}", args.kind.name()),
    };
    let mut files: Vec<(PathBuf, Vec<u8>)> = Vec::new();
    for &format in &formats {
        let bytes = export::write(&letter.document, format, &opts)?;
        if target == Target::Stdout {
            super::print(&String::from_utf8_lossy(&bytes))?;
            continue;
        }
        let path = match &target {
            Target::File(file, _) => file.clone(),
            _ => args
                .out
                .output
                .join(&name)
                .with_extension(format.extension()),
        };
        files.push((path, bytes));
    }
    super::render::write_documents(&mut files, pdf.as_ref(), timestamp, args.out.force)?;
    for (out, _) in &files {
        super::ui::wrote(out);
    }
    Ok(())
}
