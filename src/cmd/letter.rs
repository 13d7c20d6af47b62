//! `kelisim letter`: a letter an adopted norm's procedure calls for, written like `render`.

use std::path::PathBuf;

use kelisim::error::{Error, Result, Source};
use kelisim::export::{self, DocxOptions, Format};
use kelisim::letters::{self, Figures, Kind, Request};
use kelisim::library::Library;
use kelisim::pdf::Converter;

use crate::cli::LetterArgs;

/// Runs `letter`.
pub(crate) fn run(args: &LetterArgs) -> Result<()> {
    let only = |given: bool, flag: &str, kind: Kind| -> Result<()> {
        if given && args.kind != kind {
            return Err(Error::Message(format!(
                "`{flag}` is for `letter {}`, not `letter {}`",
                kind.name(),
                args.kind.name()
            )));
        }
        Ok(())
    };
    only(args.grounds.is_some(), "--grounds", Kind::Objection)?;
    only(args.year.is_some(), "--year", Kind::Report)?;
    only(args.figures.is_some(), "--figures", Kind::Report)?;
    let library = Library::load(args.library.clauses.as_deref())?;
    let style = super::page_style(&args.page)?;
    let timestamp = super::render::source_date_epoch()?;
    let pdf = if args.format.contains(&Format::Pdf) {
        Some(Converter::find(args.pdf.pdf_a)?)
    } else {
        None
    };
    let calendar = super::calendar(&args.calendar)?;
    let source = Source::read(&args.profile)?;
    let (profile, annex) = kelisim::render_profile(&source, &library)?;
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
    let letter = letters::letter(args.kind, &profile, &annex, &library, &calendar, &request)?;
    for note in &letter.notes {
        eprintln!("note: {note}");
    }
    let opts = DocxOptions {
        layout: args.layout.or(profile.layout).unwrap_or(style.layout),
        style,
        author: args.author.clone(),
        timestamp,
        reviser: None,
    };
    let stem = args
        .profile
        .file_stem()
        .unwrap_or_default()
        .to_string_lossy()
        .into_owned();
    let name = match &letter.suffix {
        Some(suffix) => format!("{stem}-{}-{suffix}", args.kind.name()),
        None => format!("{stem}-{}", args.kind.name()),
    };
    let mut files: Vec<(PathBuf, Vec<u8>)> = Vec::new();
    for &format in &args.format {
        let bytes = export::write(&letter.document, format, &opts)?;
        files.push((
            args.output.join(&name).with_extension(format.extension()),
            bytes,
        ));
    }
    super::render::write_documents(&mut files, pdf.as_ref(), timestamp, args.force)?;
    for (out, _) in &files {
        eprintln!("wrote {}", out.display());
    }
    Ok(())
}
