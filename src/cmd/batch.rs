//! `kelisim batch`: every row of a manifest rendered in parallel, each written atomically as it is
//! done; a bad row is reported and the others are still written; an index lists them all.

use std::collections::{BTreeMap, BTreeSet};

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use rayon::prelude::*;
use rust_xlsxwriter::{Workbook, XlsxError};
use signal_hook::consts::{SIGINT, SIGTERM};

use kelisim::batch::{self, Manifest, Outcome, Row, names, render_row};
use kelisim::dates::Moment;
use kelisim::error::Source;
use kelisim::error::{Error, Result};
use kelisim::export::docx::package::{Archive, ArchiveError, DosTime, Entry};
use kelisim::export::{self, DocxOptions, Format};
use kelisim::library::Library;
use kelisim::model::Profile;
use kelisim::pdf::Converter;
use kelisim::style::Style;

use super::output::AtomicFile;
use super::{CmdResult, Failure, ui};
use crate::cli::BatchArgs;

/// The record of the rows a batch finished, beside its index: what `--resume` reads to skip them.
const RECORD: &str = ".kelisim-batch.tsv";

/// Runs `batch`.
pub(super) fn run(args: &BatchArgs) -> CmdResult {
    let library = super::library(&args.library)?;
    let manifest = Manifest::load(&args.manifest)?;
    // A bad header would fail every row: it fails the table, and nothing is rendered.
    if let Err(e) = manifest.check_header(library) {
        ui::report(&e);
        return Err(Failure::Error(Error::said("batch-header-bad", Vec::new())));
    }
    let style = super::page_style(&args.page)?;
    let timestamp = super::render::source_date_epoch()?;
    let upper = match &args.floor {
        Some(path) => {
            let source = Source::read(path)?;
            let upper = kelisim::render_profile(&source, library)?.0;
            Some((upper, source.text))
        }
        None => None,
    };
    // `-o drafts.zip`: one archive, written whole or not at all.
    let zip = args
        .output
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("zip"))
        .then_some(args.output.as_path());
    if zip.is_some() && args.resume {
        return Err(Error::usage(
            "batch-resume-zip",
            vec![("path", args.output.display().to_string())],
        )
        .into());
    }
    if zip.is_none() {
        super::ensure_dir(&args.output)?;
    }
    let record = args.output.join(RECORD);
    let earlier = if args.resume {
        Record::load(&record)?
    } else {
        if !args.force
            && zip.is_none()
            && let Some(old) = ["index.csv", "index.md", RECORD]
                .map(|n| args.output.join(n))
                .into_iter()
                .find(|p| p.exists())
        {
            return Err(Error::said(
                "batch-earlier",
                vec![
                    ("path", old.display().to_string()),
                    ("resume", record.exists().to_string()),
                ],
            )
            .into());
        }
        Record::default()
    };

    // SIGINT or SIGTERM: the rows in hand are finished, no new one is started; a second signal
    // ends the process at once.
    let stop = Arc::new(AtomicBool::new(false));
    for signal in [SIGINT, SIGTERM] {
        signal_hook::flag::register_conditional_shutdown(signal, 130, Arc::clone(&stop))
            .and_then(|_| signal_hook::flag::register(signal, Arc::clone(&stop)))
            .map_err(|e| Error::said("batch-no-signals", vec![("error", e.to_string())]))?;
    }

    let pdf = if args.format.contains(&Format::Pdf) {
        Some(Converter::find(args.pdf.pdf_a)?)
    } else {
        None
    };
    let total = manifest.rows()?.count() as u64;
    if zip.is_some() && total * args.format.len() as u64 + 2 > u64::from(u16::MAX) {
        return Err(Error::said("batch-zip-too-many", vec![("rows", total.to_string())]).into());
    }
    let bar = if super::ui::quiet() || !std::io::stderr().is_terminal() {
        ProgressBar::with_draw_target(Some(total), ProgressDrawTarget::hidden())
    } else {
        let bar = ProgressBar::new(total);
        // The rate as a whole number of rows a second: «442/s», not «442.5117/s».
        if let Ok(s) =
            ProgressStyle::with_template("{bar:40} {pos}/{len} rows, {rate}/s, {eta} left")
        {
            bar.set_style(s.with_key(
                "rate",
                |state: &indicatif::ProgressState, w: &mut dyn std::fmt::Write| {
                    let _ = write!(w, "{:.0}", state.per_sec());
                },
            ));
        }
        bar
    };

    let mut taken = BTreeSet::new();
    let id_column = manifest.id.clone();
    let base_name = base_employer(&manifest);
    let rows = manifest
        .rows()?
        .take_while(|_| !stop.load(Ordering::SeqCst))
        .enumerate()
        .map(|(seq, row)| {
            let row = row.map_err(|e| (seq + 2, e.line_in(ui::lang()), e.code()));
            let stem = match &row {
                Ok(r) => {
                    let wanted = id_column
                        .as_ref()
                        .and_then(|c| cell(r, c))
                        .or_else(|| cell(r, "parties.employer.name.ru"))
                        .or_else(|| cell(r, "parties.employer.name.kk"))
                        .unwrap_or_else(|| base_name.clone());
                    names::file_stem(&wanted, r.number, &mut taken)
                }
                Err((n, ..)) => format!("row-{n}"),
            };
            (seq, row, stem)
        });
    let threads = args.jobs.unwrap_or(0);
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .map_err(|e| {
            Error::said(
                "batch-no-workers",
                vec![("threads", threads.to_string()), ("error", e.to_string())],
            )
        })?;
    let job = Job {
        args,
        manifest: &manifest,
        library,
        style: &style,
        timestamp,
        inputs: format!(
            "{} {} {timestamp} {:?} {:?} {}",
            env!("CARGO_PKG_VERSION"),
            args.format
                .iter()
                .map(|f| f.name())
                .collect::<Vec<_>>()
                .join(","),
            args.library.clauses,
            upper.as_ref().map(|(_, text)| text),
            args.pdf.pdf_a,
        ),
        upper: upper.as_ref().map(|(u, _)| u),
        earlier: &earlier,
        skipped: AtomicUsize::new(0),
        archive: zip.is_some(),
    };
    let replace = args.force || args.resume;
    let mut index = Index::create(&args.output, zip, replace, timestamp)?;
    index.pdf = pdf.map(|converter| PdfStage {
        converter,
        timestamp,
        rows: Vec::new(),
    });
    // Rows are drafted on every core; one writer takes them as they come, in any order, and
    // writes the index (and the archive) in row order, so that no core waits for the disk. The
    // channel is bounded: rows finished far ahead of one still being drafted wait in it, and
    // workers wait only when it is full.
    let index = std::thread::scope(|scope| {
        let (done, finished) = std::sync::mpsc::sync_channel::<(usize, Outcome, Files)>(WAITING);
        let writer = scope.spawn(move || {
            for (seq, outcome, files) in finished {
                index.add(seq, outcome, files);
            }
            index
        });
        pool.install(|| {
            rows.par_bridge()
                .for_each_with(done, |done, (seq, row, stem)| {
                    let (outcome, files) = match row {
                        Ok(row) => job.render(&row, stem),
                        Err((number, error, code)) => {
                            let mut outcome = Outcome::new(number, stem, Some(error));
                            outcome.code = code;
                            (outcome, Vec::new())
                        }
                    };
                    bar.inc(1);
                    // The writer ends only when every sender has, so it is there to take this.
                    let _ = done.send((seq, outcome, files));
                })
        });
        writer.join()
    })
    .map_err(|_| Error::said("batch-worker-failed", Vec::new()))?;
    bar.finish_and_clear();
    if stop.load(Ordering::SeqCst) && zip.is_some() {
        // Dropped unfinished, the archive leaves nothing behind.
        drop(index);
        eprintln!(
            "{}",
            ui::say(
                "batch-interrupted-zip",
                &[("path", args.output.display().to_string())]
            )
        );
        return Err(Failure::Exit(130));
    }
    let counts = index.finish(&args.output)?;
    for (e, code) in &counts.failed {
        ui::report_text(e, *code);
    }
    if stop.load(Ordering::SeqCst) {
        eprintln!(
            "{}",
            ui::say(
                "batch-interrupted",
                &[
                    ("done", counts.done.to_string()),
                    ("count", total.to_string())
                ]
            )
        );
        return Err(Failure::Exit(130));
    }
    let skipped = job.skipped.load(Ordering::SeqCst);
    if let Some(upper) = &args.floor {
        eprintln!(
            "{}",
            ui::say(
                "batch-below-floor",
                &[
                    ("below", counts.floor.to_string()),
                    ("count", counts.done.to_string()),
                    ("upper", upper.display().to_string()),
                ]
            )
        );
    }
    let index = match zip {
        Some(_) => "zip".to_string(),
        None => args.output.join("index.md").display().to_string(),
    };
    eprintln!(
        "{}",
        ui::say(
            "batch-done",
            &[
                (
                    "rendered",
                    (counts.done - counts.failed.len() - skipped).to_string()
                ),
                ("count", counts.done.to_string()),
                ("path", args.output.display().to_string()),
                ("skipped", skipped.to_string()),
                ("failed", counts.failed.len().to_string()),
                ("index", index),
            ]
        )
    );
    if counts.failed.is_empty() {
        Ok(())
    } else {
        Err(Failure::Reported)
    }
}

fn cell(row: &Row, column: &str) -> Option<String> {
    row.cells
        .iter()
        .find(|(c, _)| c == column)
        .map(|(_, v)| v.clone())
}

fn base_employer(m: &Manifest) -> String {
    m.base
        .pointer("/parties/employer/name/ru")
        .and_then(|v| v.as_str())
        .unwrap_or("")
        .to_string()
}

struct Job<'a> {
    args: &'a BatchArgs,
    manifest: &'a Manifest,
    library: &'a Library,
    style: &'a Style,
    timestamp: i64,
    /// What every row's drafts depend on besides its cells and the base.
    inputs: String,
    /// The rows an earlier run finished (`--resume`).
    earlier: &'a Record,
    /// The sectoral or regional agreement above the rows (`--floor`).
    upper: Option<&'a Profile>,
    /// Rows skipped because an earlier run drafted them from the same input.
    skipped: AtomicUsize,
    /// Whether the drafts go into one zip archive rather than a directory.
    archive: bool,
}

impl Job<'_> {
    /// Drafts `row` as the files named from `stem`: written into the directory here, in the
    /// worker, or given back to go into the archive in row order.
    fn render(&self, row: &Row, stem: String) -> (Outcome, Files) {
        let input = row.fingerprint(&self.manifest.base, &self.inputs);
        if let Some(done) = self.earlier.done(&stem, &input, &self.args.output) {
            self.skipped.fetch_add(1, Ordering::SeqCst);
            let outcome = Outcome {
                row: row.number,
                ..done.clone()
            };
            return (outcome, Vec::new());
        }
        let mut outcome = Outcome::new(row.number, stem, None);
        outcome.input = input;
        let mut files = Vec::new();
        let drafted = match render_row(self.manifest, row, self.library, self.upper, ui::lang()) {
            Ok(r) => r,
            Err((e, code)) => {
                outcome.error = Some(e);
                outcome.code = code;
                return (outcome, files);
            }
        };
        let (profile, annex) = (drafted.profile, drafted.annex);
        let doc = annex.document(false);
        outcome.describe(&profile);
        outcome.floor = drafted.floor;
        let layout = profile.layout.unwrap_or(self.style.layout);
        let opts = DocxOptions {
            layout,
            style: self.style.clone(),
            author: None,
            timestamp: self.timestamp,
            reviser: None,
        };
        for &format in &self.args.format {
            let (ext, bytes) = (format.extension(), export::write(&doc, format, &opts));
            let name = format!("{}.{ext}", outcome.id);
            // A resumed batch redraws a row's own files when its input changed.
            let replace = self.args.force || self.args.resume;
            let written = bytes.and_then(|b| {
                // A PDF is converted with others of its chunk when the row reaches the index; a
                // file for the archive is compressed here, on this core (a DOCX is already).
                if format == Format::Pdf {
                    files.push(File::Pdf(name.clone(), b));
                    Ok(())
                } else if self.archive {
                    files.push(File::Ready(Entry::new(&name, &b, format != Format::Docx)));
                    Ok(())
                } else {
                    super::write_atomic(&self.args.output.join(&name), &b, replace)
                }
            });
            match written {
                Ok(()) => outcome.files.push(name),
                Err(e) => {
                    outcome.error = Some(batch::at(
                        ui::lang(),
                        row.number,
                        None,
                        e.line_in(ui::lang()),
                    ));
                    outcome.code = e.code();
                    return (outcome, Vec::new());
                }
            }
        }
        (outcome, files)
    }
}

/// A row's files to go into the archive, and its PDFs to convert.
type Files = Vec<File>;

/// A file of a row on its way to the index.
enum File {
    /// Ready for the archive.
    Ready(Entry),
    /// A PDF to convert, named, from these DOCX bytes.
    Pdf(String, Vec<u8>),
}

/// Rows drafted that may wait for the writer before the workers wait for it.
const WAITING: usize = 64;

/// Rows a PDF is converted for at once: LibreOffice takes a second or two to start and about
/// half a second a document, and the rows wait in memory for their chunk.
const PDF_CHUNK: usize = 50;

/// Rows waiting, in order, for their PDFs (whose bytes are the DOCX until converted).
struct PdfStage {
    converter: Converter,
    timestamp: i64,
    rows: Vec<(Outcome, Files)>,
}

/// The index, written in row order as rows finish (out of order, in parallel): only rows that
/// finished before an earlier one are held, so memory does not grow with the table. Into an
/// archive, the rows' files go in the same order, then the index.
struct Index {
    csv: csv::Writer<Sink>,
    md: Sink,
    /// The rows drafted, with the fingerprints of their input, for `--resume`.
    record: csv::Writer<Sink>,
    /// `index.xlsx`, its one sheet written row by row to a temporary file (rust_xlsxwriter's
    /// constant-memory mode), and the format of its cells.
    book: Workbook,
    wrap: rust_xlsxwriter::Format,
    /// Rows that grant less than the agreement above them.
    floor: usize,
    /// The zip archive every file goes into, if the output is one.
    archive: Option<(PathBuf, Archive<AtomicFile>)>,
    /// The directory the PDFs go into when there is no archive, and whether they may replace
    /// files there.
    dir: PathBuf,
    replace: bool,
    /// Rows waiting for their PDFs, with LibreOffice to convert them.
    pdf: Option<PdfStage>,
    waiting: BTreeMap<usize, (Outcome, Files)>,
    next: usize,
    done: usize,
    failed: Vec<(String, Option<&'static str>)>,
    /// The first failure to write the index, reported when it is finished.
    broken: Option<std::io::Error>,
}

/// Where an index file is written: to its own file, or into memory until it joins the archive.
enum Sink {
    File(AtomicFile),
    Memory(Vec<u8>),
}

impl Write for Sink {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        match self {
            Sink::File(f) => f.write(buf),
            Sink::Memory(m) => m.write(buf),
        }
    }

    fn flush(&mut self) -> std::io::Result<()> {
        match self {
            Sink::File(f) => f.flush(),
            Sink::Memory(_) => Ok(()),
        }
    }
}

impl Index {
    /// Starts the index files in `dir`, or in memory for the archive `zip`; they appear only when
    /// [`Index::finish`] commits them.
    fn create(dir: &Path, zip: Option<&Path>, force: bool, timestamp: i64) -> Result<Index> {
        let sink = |name: &str| -> Result<Sink> {
            Ok(match zip {
                Some(_) => Sink::Memory(Vec::new()),
                None => Sink::File(AtomicFile::create(&dir.join(name), force)?),
            })
        };
        let io = |e: std::io::Error| Error::io("write", dir, e);
        // A byte-order mark first, so that Excel reads the Cyrillic as UTF-8.
        let mut file = sink("index.csv")?;
        file.write_all("\u{feff}".as_bytes()).map_err(io)?;
        let mut csv = csv::Writer::from_writer(file);
        let mut md = sink("index.md")?;
        // Floor findings, as many as a row has, follow its fixed fields.
        let record = csv::WriterBuilder::new()
            .delimiter(b'\t')
            .has_headers(false)
            .flexible(true)
            .from_writer(sink(RECORD)?);
        csv.write_record(COLUMNS)
            .map_err(|e| index_unwritten(dir, &e))?;
        writeln!(
            md,
            "| {} |\n|{}",
            COLUMNS.join(" | "),
            " --- |".repeat(COLUMNS.len())
        )
        .map_err(io)?;
        let (book, wrap) = workbook(timestamp).map_err(|e| index_unwritten(dir, &e))?;
        let archive = match zip {
            Some(path) => {
                let when = DosTime::new(Moment::from_unix(timestamp));
                let file = AtomicFile::create(path, force)?;
                Some((path.to_path_buf(), Archive::new(file, when)))
            }
            None => None,
        };
        Ok(Index {
            csv,
            md,
            record,
            book,
            wrap,
            floor: 0,
            archive,
            dir: dir.to_path_buf(),
            replace: force,
            pdf: None,
            waiting: BTreeMap::new(),
            next: 0,
            done: 0,
            failed: Vec::new(),
            broken: None,
        })
    }

    /// Takes the outcome of the `seq`-th row and writes every row now in order.
    fn add(&mut self, seq: usize, outcome: Outcome, files: Files) {
        self.waiting.insert(seq, (outcome, files));
        while let Some((o, files)) = self.waiting.remove(&self.next) {
            self.next += 1;
            match self.pdf.as_mut() {
                Some(stage) => {
                    stage.rows.push((o, files));
                    if stage.rows.len() >= PDF_CHUNK {
                        self.convert();
                    }
                }
                None => self.write(&o, &files),
            }
        }
    }

    /// Converts the PDFs of the rows waiting for them, in one run of LibreOffice, and writes
    /// those rows in order. A row whose PDF fails fails, with the files it has.
    fn convert(&mut self) {
        let Some(stage) = self.pdf.as_mut() else {
            return;
        };
        let mut rows = std::mem::take(&mut stage.rows);
        let docs: Vec<&[u8]> = rows
            .iter()
            .flat_map(|(_, files)| files.iter())
            .filter_map(|file| match file {
                File::Pdf(_, docx) => Some(docx.as_slice()),
                File::Ready(_) => None,
            })
            .collect();
        let mut converted = match stage.converter.convert(&docs, stage.timestamp) {
            Ok(pdfs) => pdfs,
            Err(e) => docs
                .iter()
                .map(|_| Err(Error::Message(e.render_in(ui::lang(), ""))))
                .collect(),
        }
        .into_iter();
        for (o, files) in &mut rows {
            *files = std::mem::take(files)
                .into_iter()
                .filter_map(|file| {
                    let File::Pdf(name, _) = file else {
                        return Some(file);
                    };
                    let pdf = converted
                        .next()
                        .unwrap_or_else(|| Err(Error::said("pdf-none", Vec::new())));
                    let written = pdf.and_then(|pdf| match self.archive {
                        Some(_) => Ok(Some(File::Ready(Entry::new(&name, &pdf, false)))),
                        None => super::write_atomic(&self.dir.join(&name), &pdf, self.replace)
                            .map(|()| None),
                    });
                    written.unwrap_or_else(|e| {
                        let message = format!("{name}: {}", e.line_in(ui::lang()));
                        o.error = Some(batch::at(ui::lang(), o.row, None, message));
                        o.code = e.code();
                        o.files.retain(|f| *f != name);
                        None
                    })
                })
                .collect();
            if o.error.is_some() {
                files.retain(|f| !matches!(f, File::Ready(e) if e.name().ends_with(".pdf")));
            }
        }
        for (o, files) in rows {
            self.write(&o, &files);
        }
    }

    fn write(&mut self, o: &Outcome, files: &Files) {
        self.done += 1;
        if let Some((_, archive)) = self.archive.as_mut() {
            for file in files {
                let File::Ready(entry) = file else { continue };
                let added = archive.add(entry);
                if self.broken.is_none() {
                    self.broken = added.map_err(archive_error).err();
                }
            }
        }
        let cells = cells(o);
        let csv = self.csv.write_record(&cells);
        let esc = |s: &str| kelisim::export::markdown::escape(s).replace('|', "\\|");
        let md_cells: Vec<String> = cells
            .iter()
            .zip(COLUMNS)
            .map(|(c, column)| match column {
                // Links to the drafts, beside the index.
                "files" => o
                    .files
                    .iter()
                    .map(|f| format!("[{}]({})", esc(f), f.replace(' ', "%20")))
                    .collect::<Vec<_>>()
                    .join(" "),
                _ => esc(c).replace('\n', "<br>"),
            })
            .collect();
        let md = writeln!(self.md, "| {} |", md_cells.join(" | "));
        let row = u32::try_from(self.done).unwrap_or(u32::MAX);
        let sheet = self.book.worksheet_from_index(0).and_then(|sheet| {
            cells.iter().enumerate().try_for_each(|(col, c)| {
                let col = col as u16;
                match (col, c.parse::<f64>()) {
                    // The row number as a number, so that Excel sorts it as one.
                    (0, Ok(n)) => sheet.write_number(row, col, n).map(|_| ()),
                    _ => sheet
                        .write_string_with_format(row, col, c, &self.wrap)
                        .map(|_| ()),
                }
            })
        });
        let record = match o.error {
            None => self.record.write_record(
                [&o.id, &o.input, &o.name, &o.level, &o.norms, &o.variants]
                    .into_iter()
                    .cloned()
                    .chain([o.files.join(" ")])
                    .chain(o.floor.iter().cloned()),
            ),
            Some(_) => Ok(()),
        };
        if self.broken.is_none() {
            self.broken = csv
                .and(record)
                .map_err(std::io::Error::from)
                .and(md)
                .and(sheet.map_err(std::io::Error::other))
                .err();
        }
        if let Some(e) = &o.error {
            self.failed.push((e.clone(), o.code));
        }
        self.floor += usize::from(!o.floor.is_empty());
    }

    /// Flushes and moves the index and the record into place, or closes the archive with the
    /// index in it; returns the rows done and the errors.
    fn finish(mut self, dir: &Path) -> Result<Counts> {
        self.convert();
        for (_, (o, files)) in std::mem::take(&mut self.waiting) {
            self.write(&o, &files);
        }
        let target = self
            .archive
            .as_ref()
            .map_or(dir.to_path_buf(), |(p, _)| p.clone());
        let unwritten = |e: &dyn std::fmt::Display| index_unwritten(&target, e);
        let flushed = self
            .csv
            .flush()
            .and_then(|()| self.record.flush())
            .and_then(|()| self.md.flush());
        if let Some(e) = self.broken.take().or(flushed.err()) {
            return Err(unwritten(&e));
        }
        let csv = self.csv.into_inner().map_err(|e| unwritten(e.error()))?;
        let record = self.record.into_inner().map_err(|e| unwritten(e.error()))?;
        let xlsx = self.book.save_to_buffer().map_err(|e| unwritten(&e))?;
        match (self.archive, csv, self.md, record) {
            (None, Sink::File(csv), Sink::File(md), Sink::File(record)) => {
                super::write_atomic(&dir.join("index.xlsx"), &xlsx, true)?;
                csv.commit()?;
                md.commit()?;
                record.commit()?;
            }
            (Some((path, mut archive)), Sink::Memory(csv), Sink::Memory(md), _) => {
                // The record stays out: an archive is written whole, so nothing is resumed.
                archive
                    .add(&Entry::new("index.csv", &csv, true))
                    .and_then(|()| archive.add(&Entry::new("index.md", &md, true)))
                    // A workbook is compressed already.
                    .and_then(|()| archive.add(&Entry::new("index.xlsx", &xlsx, false)))
                    .and_then(|()| archive.finish())
                    .map_err(|e| {
                        Error::said(
                            "batch-zip-unwritten",
                            vec![
                                ("path", path.display().to_string()),
                                ("error", archive_error(e).to_string()),
                            ],
                        )
                    })?
                    .commit()?;
            }
            _ => return Err(unwritten(&"its parts went to different places")),
        }
        Ok(Counts {
            done: self.done,
            failed: std::mem::take(&mut self.failed),
            floor: self.floor,
        })
    }
}

/// What went wrong adding to the archive, as an I/O error of the index.
fn archive_error(e: ArchiveError) -> std::io::Error {
    match e {
        ArchiveError::Io(e) => e,
        ArchiveError::TooLarge => std::io::Error::other("> 65,535 files or > 4 GiB"),
    }
}

/// The index in `dir` could not be written.
fn index_unwritten(dir: &Path, e: &dyn std::fmt::Display) -> Error {
    Error::said(
        "batch-index-unwritten",
        vec![
            ("path", dir.display().to_string()),
            ("error", e.to_string()),
        ],
    )
}

/// The rows a batch went through, the errors of those that failed, and how many grant less
/// than the agreement above them.
struct Counts {
    done: usize,
    failed: Vec<(String, Option<&'static str>)>,
    floor: usize,
}

/// The columns of the index, in `index.csv`, `index.md` and `index.xlsx` alike.
const COLUMNS: [&str; 10] = [
    "row", "id", "name", "level", "status", "norms", "variants", "floor", "files", "error",
];

/// What the index says of a row, column by column ([`COLUMNS`]); floor findings one a line.
fn cells(o: &Outcome) -> [String; 10] {
    let status = match (&o.error, o.floor.is_empty()) {
        (Some(_), _) => "failed",
        (None, true) => "ok",
        (None, false) => "below floor",
    };
    [
        o.row.to_string(),
        o.id.clone(),
        o.name.clone(),
        o.level.clone(),
        status.to_string(),
        o.norms.clone(),
        o.variants.clone(),
        o.floor.join("\n"),
        o.files.join(" "),
        o.error.clone().unwrap_or_default(),
    ]
}

/// `index.xlsx`, dated `timestamp` (`SOURCE_DATE_EPOCH`) so that it is reproducible: one sheet
/// with its header row (bold, frozen) and column widths, and the format of the cells below it
/// (top-aligned, wrapped).
fn workbook(timestamp: i64) -> std::result::Result<(Workbook, rust_xlsxwriter::Format), XlsxError> {
    use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, FormatAlign};
    let mut book = Workbook::new();
    let created = ExcelDateTime::from_timestamp(timestamp)?;
    book.set_properties(&DocProperties::new().set_creation_datetime(&created));
    let sheet = book.add_worksheet_with_constant_memory()?;
    sheet.set_name("index")?;
    let header = Format::new().set_bold().set_align(FormatAlign::Top);
    // Widths in characters: narrow for numbers and codes, wide for names and findings.
    let widths = [6.0, 22.0, 40.0, 11.0, 12.0, 30.0, 24.0, 60.0, 40.0, 60.0];
    for (col, (name, width)) in COLUMNS.iter().zip(widths).enumerate() {
        sheet.set_column_width(col as u16, width)?;
        sheet.write_string_with_format(0, col as u16, *name, &header)?;
    }
    sheet.set_freeze_panes(1, 0)?;
    Ok((
        book,
        Format::new().set_text_wrap().set_align(FormatAlign::Top),
    ))
}

/// The rows an earlier run of the batch drafted ([`RECORD`]): by file stem, the outcome and the
/// fingerprint of its input.
#[derive(Default)]
struct Record {
    rows: std::collections::HashMap<String, Outcome>,
}

impl Record {
    /// Reads the record at `path`, which `--resume` needs.
    fn load(path: &Path) -> Result<Record> {
        let dir = path.parent().unwrap_or(Path::new("."));
        let mut reader = match csv::ReaderBuilder::new()
            .delimiter(b'\t')
            .has_headers(false)
            .flexible(true)
            .from_path(path)
        {
            Ok(r) => r,
            Err(_) => {
                return Err(Error::said(
                    "batch-nothing-to-resume",
                    vec![
                        ("dir", dir.display().to_string()),
                        ("record", RECORD.to_string()),
                    ],
                ));
            }
        };
        let mut rows = std::collections::HashMap::new();
        for (line, rec) in reader.records().enumerate() {
            let broken = |why: &str| {
                Error::said(
                    "batch-record-broken",
                    vec![
                        ("path", path.display().to_string()),
                        ("line", (line + 1).to_string()),
                        ("error", why.to_string()),
                    ],
                )
            };
            let rec = rec.map_err(|e| broken(&e.to_string()))?;
            let Some([id, input, name, level, norms, variants, files]) = (0..7)
                .map(|i| rec.get(i))
                .collect::<Option<Vec<_>>>()
                .and_then(|f| <[&str; 7]>::try_from(f).ok())
            else {
                return Err(broken("fields"));
            };
            let mut outcome = Outcome::new(0, id.to_string(), None);
            outcome.input = input.to_string();
            outcome.name = name.to_string();
            outcome.level = level.to_string();
            outcome.norms = norms.to_string();
            outcome.variants = variants.to_string();
            outcome.files = files
                .split(' ')
                .filter(|f| !f.is_empty())
                .map(String::from)
                .collect();
            outcome.floor = rec.iter().skip(7).map(String::from).collect();
            rows.insert(id.to_string(), outcome);
        }
        Ok(Record { rows })
    }

    /// The outcome of the row named `stem` if it was drafted from the same `input` and its files
    /// are all in `dir`.
    fn done(&self, stem: &str, input: &str, dir: &Path) -> Option<&Outcome> {
        self.rows
            .get(stem)
            .filter(|o| o.input == input && o.files.iter().all(|f| dir.join(f).is_file()))
    }
}
