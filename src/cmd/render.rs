//! `kelisim render`: profiles in, annexes out. One bad profile does not stop the others.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use kelisim::dates::TIMESTAMP_RANGE;
use kelisim::error::{Error, Result, Source};
use kelisim::export::{self, Format};
use kelisim::library::Library;
use kelisim::pdf::Converter;
use kelisim::style::Style;

use super::CmdResult;
use super::output::Target;
use crate::cli::RenderArgs;

/// Runs `render`.
pub(crate) fn run(args: &RenderArgs) -> CmdResult {
    let (target, formats) = Target::with_formats(
        &args.out.output,
        args.profiles.len(),
        args.out.format.as_deref(),
    )?;
    let to_stdout = target == Target::Stdout;
    let library = super::library(&args.library)?;
    let style = super::page_style(&args.out.page)?;
    let timestamp = source_date_epoch()?;
    let pdf = if formats.contains(&Format::Pdf) {
        Some(Converter::find(args.out.pdf.pdf_a)?)
    } else {
        None
    };
    let job = Job {
        args,
        target: &target,
        pdf,
        formats: &formats,
        library,
        style: &style,
        timestamp,
    };
    let mut written = BTreeSet::new();
    super::each_profile(&args.profiles, "render-failed", |path| {
        job.render(path, to_stdout, &mut written)
    })
}

/// `SOURCE_DATE_EPOCH` if set (reproducible builds' convention), else the fixed default. A DOCX
/// can carry only 1980–2107 (the zip's DOS dates), so other values are refused.
pub(crate) fn source_date_epoch() -> Result<i64> {
    let (min, max) = (TIMESTAMP_RANGE.start(), TIMESTAMP_RANGE.end());
    match std::env::var("SOURCE_DATE_EPOCH") {
        Err(_) => Ok(kelisim::export::docx::DEFAULT_TIMESTAMP),
        Ok(v) => match v.trim().parse::<i64>() {
            Ok(t) if TIMESTAMP_RANGE.contains(&t) => Ok(t),
            Ok(_) => Err(Error::said(
                "epoch-range",
                vec![
                    ("value", v.clone()),
                    ("min", min.to_string()),
                    ("max", max.to_string()),
                ],
            )),
            Err(_) => Err(Error::said(
                "epoch-not-a-number",
                vec![("value", v.clone())],
            )),
        },
    }
}

struct Job<'a> {
    args: &'a RenderArgs,
    target: &'a Target,
    pdf: Option<Converter>,
    formats: &'a [Format],
    library: &'a Library,
    style: &'a Style,
    timestamp: i64,
}

impl Job<'_> {
    fn render(&self, path: &Path, to_stdout: bool, written: &mut BTreeSet<PathBuf>) -> Result<()> {
        let source = Source::read(path)?;
        let (profile, annex) = kelisim::render_profile(&source, self.library)?;
        let doc = annex.document(self.args.coverage);
        let mut files: Vec<(PathBuf, Vec<u8>)> = Vec::new();
        let opts = self
            .args
            .out
            .docx_options(&profile, self.style, self.timestamp);
        for &format in self.formats {
            let (ext, bytes) = (format.extension(), export::write(&doc, format, &opts)?);
            if to_stdout {
                super::print(&String::from_utf8_lossy(&bytes))?;
                continue;
            }
            let out = match self.target {
                Target::File(file, _) => file.clone(),
                _ => self.args.out.output.join(stem(path)).with_extension(ext),
            };
            if !written.insert(out.clone()) {
                return Err(Error::said(
                    "render-same-output",
                    vec![("path", out.display().to_string())],
                ));
            }
            files.push((out, bytes));
        }
        write_documents(
            &mut files,
            self.pdf.as_ref(),
            self.timestamp,
            self.args.out.force,
        )?;
        for (out, _) in &files {
            super::ui::wrote(out);
        }
        Ok(())
    }
}

/// The name of the files written for the input `path`: its stem, `stdin` for standard input.
pub(crate) fn stem(path: &Path) -> String {
    if path == Path::new(kelisim::input::STDIN) {
        return "stdin".into();
    }
    path.file_stem()
        .unwrap_or_default()
        .to_string_lossy()
        .into_owned()
}

/// Writes `files` whole or none of them, the DOCX of each `.pdf` path converted by `pdf` first,
/// so that a failed conversion writes nothing.
pub(crate) fn write_documents(
    files: &mut [(PathBuf, Vec<u8>)],
    pdf: Option<&Converter>,
    timestamp: i64,
    force: bool,
) -> Result<()> {
    let is_pdf = |p: &Path| p.extension() == Some(Format::Pdf.extension().as_ref());
    if let Some(pdf) = pdf
        && files.iter().any(|(p, _)| is_pdf(p))
    {
        super::output::refuse_existing(files, force)?;
        for (_, bytes) in files.iter_mut().filter(|(p, _)| is_pdf(p)) {
            let converted = pdf.convert(&[bytes.as_slice()], timestamp)?;
            *bytes = converted
                .into_iter()
                .next()
                .unwrap_or_else(|| Err(Error::said("pdf-none", Vec::new())))?;
        }
    }
    super::write_all(files, force)
}
