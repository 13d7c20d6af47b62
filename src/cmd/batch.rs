//! `kelisim batch`: every row of a manifest rendered in parallel, each written atomically as it is
//! done; a bad row is reported and the others are still written; an index lists them all.

use std::collections::{BTreeMap, BTreeSet};

use std::io::{IsTerminal, Write};
use std::path::Path;
use std::sync::Mutex;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use rayon::prelude::*;

use kelisim::batch::{Manifest, Outcome, Row, names, render_row};
use kelisim::error::{Error, Result};
use kelisim::export::{self, DocxOptions};
use kelisim::library::Library;
use kelisim::style::Style;

use super::output::AtomicFile;
use super::{CmdResult, ERROR, Failure};
use crate::cli::BatchArgs;

/// Runs `batch`.
pub(super) fn run(args: &BatchArgs) -> CmdResult {
    let library = Library::load(args.library.clauses.as_deref())?;
    let manifest = Manifest::load(&args.manifest)?;
    manifest.check_header(&library)?;
    let style = Style::load(None)?;
    let timestamp = super::render::source_date_epoch()?;
    super::ensure_dir(&args.output)?;
    if !args.force
        && let Some(old) = ["index.csv", "index.md"]
            .map(|n| args.output.join(n))
            .into_iter()
            .find(|p| p.exists())
    {
        return Err(Error::Message(format!(
            "`{}` is there from an earlier batch and was left as it is; pass --force to overwrite that batch, or choose another output directory",
            old.display()
        ))
        .into());
    }

    let total = manifest.rows()?.count() as u64;
    let bar = if args.quiet || !std::io::stderr().is_terminal() {
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
    let rows = manifest.rows()?.enumerate().map(|(seq, row)| {
        let i = seq;
        let row = row.map_err(|e| (i + 2, e.to_string()));
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
            Err((n, _)) => format!("row-{n}"),
        };
        (seq, row, stem)
    });
    let threads = args.jobs.unwrap_or(0);
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .map_err(|e| Error::Message(format!("cannot start {threads} workers ({e})")))?;
    let job = Job {
        args,
        manifest: &manifest,
        library: &library,
        style: &style,
        timestamp,
    };
    let index = Mutex::new(Index::create(&args.output, args.force)?);
    pool.install(|| {
        rows.par_bridge().for_each(|(seq, row, stem)| {
            let outcome = match row {
                Ok(row) => job.render(&row, stem),
                Err((number, error)) => Outcome {
                    row: number,
                    id: stem,
                    name: String::new(),
                    level: String::new(),
                    files: Vec::new(),
                    error: Some(error),
                },
            };
            bar.inc(1);
            if let Ok(mut index) = index.lock() {
                index.add(seq, outcome);
            }
        })
    });
    bar.finish_and_clear();
    let index = index
        .into_inner()
        .map_err(|_| Error::Message("a worker failed while writing the index".into()))?;
    let (done, failed) = index.finish(&args.output)?;
    for e in &failed {
        eprintln!("{ERROR}{e}");
    }
    eprintln!(
        "rendered {} of {} rows into {}; see {}",
        done - failed.len(),
        done,
        args.output.display(),
        args.output.join("index.md").display()
    );
    if failed.is_empty() {
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
}

impl Job<'_> {
    fn render(&self, row: &Row, stem: String) -> Outcome {
        let mut outcome = Outcome {
            row: row.number,
            id: stem,
            name: String::new(),
            level: String::new(),
            files: Vec::new(),
            error: None,
        };
        let (profile, annex) = match render_row(self.manifest, row, self.library) {
            Ok(r) => r,
            Err(e) => {
                outcome.error = Some(e);
                return outcome;
            }
        };
        let doc = annex.document(false);
        outcome.name = profile.parties.employer.name.ru.clone();
        outcome.level = profile.level.name().to_string();
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
            let written = bytes.and_then(|b| {
                super::write_atomic(&self.args.output.join(&name), &b, self.args.force)
            });
            match written {
                Ok(()) => outcome.files.push(name),
                Err(e) => {
                    outcome.error = Some(format!("row {}: {}", row.number, e));
                    return outcome;
                }
            }
        }
        outcome
    }
}

/// The index, written in row order as rows finish (out of order, in parallel): only rows that
/// finished before an earlier one are held, so memory does not grow with the table.
struct Index {
    csv: csv::Writer<AtomicFile>,
    md: AtomicFile,
    waiting: BTreeMap<usize, Outcome>,
    next: usize,
    done: usize,
    failed: Vec<String>,
    /// The first failure to write the index, reported when it is finished.
    broken: Option<std::io::Error>,
}

impl Index {
    /// Starts both index files; they appear only when [`Index::finish`] commits them.
    fn create(dir: &Path, force: bool) -> Result<Index> {
        // A byte-order mark first, so that Excel reads the Cyrillic as UTF-8.
        let mut file = AtomicFile::create(&dir.join("index.csv"), force)?;
        file.write_all("\u{feff}".as_bytes())
            .map_err(|e| Error::io("write", &dir.join("index.csv"), e))?;
        let mut csv = csv::Writer::from_writer(file);
        let mut md = AtomicFile::create(&dir.join("index.md"), force)?;
        let io = |e: std::io::Error| Error::io("write", dir, e);
        csv.write_record(["row", "id", "name", "level", "status", "files", "error"])
            .map_err(|e| Error::Message(format!("cannot write the index ({e})")))?;
        md.write_all(b"| row | id | name | level | status | files | error |\n| --- | --- | --- | --- | --- | --- | --- |\n")
            .map_err(io)?;
        Ok(Index {
            csv,
            md,
            waiting: BTreeMap::new(),
            next: 0,
            done: 0,
            failed: Vec::new(),
            broken: None,
        })
    }

    /// Takes the outcome of the `seq`-th row and writes every row now in order.
    fn add(&mut self, seq: usize, outcome: Outcome) {
        self.waiting.insert(seq, outcome);
        while let Some(o) = self.waiting.remove(&self.next) {
            self.write(&o);
            self.next += 1;
        }
    }

    fn write(&mut self, o: &Outcome) {
        self.done += 1;
        let status = if o.error.is_some() { "failed" } else { "ok" };
        let csv = self.csv.write_record([
            o.row.to_string().as_str(),
            &o.id,
            &o.name,
            &o.level,
            status,
            &o.files.join(" "),
            o.error.as_deref().unwrap_or(""),
        ]);
        let esc = |s: &str| kelisim::export::markdown::escape(s).replace('|', "\\|");
        let files: Vec<String> = o
            .files
            .iter()
            .map(|f| format!("[{}]({})", esc(f), f.replace(' ', "%20")))
            .collect();
        let md = writeln!(
            self.md,
            "| {} | {} | {} | {} | {status} | {} | {} |",
            o.row,
            esc(&o.id),
            esc(&o.name),
            o.level,
            files.join(" "),
            esc(o.error.as_deref().unwrap_or(""))
        );
        if self.broken.is_none() {
            self.broken = csv.map_err(std::io::Error::from).and(md).err();
        }
        if let Some(e) = &o.error {
            self.failed.push(e.clone());
        }
    }

    /// Flushes and moves the index into place; returns the rows done and the errors.
    fn finish(mut self, dir: &Path) -> Result<(usize, Vec<String>)> {
        for (_, o) in std::mem::take(&mut self.waiting) {
            self.write(&o);
        }
        let flushed = self.csv.flush().and_then(|()| self.md.flush());
        if let Some(e) = self.broken.take().or(flushed.err()) {
            return Err(Error::Message(format!(
                "cannot write the index in `{}` ({e}); the rendered files are complete, but run again after fixing the disk to get the index",
                dir.display()
            )));
        }
        let csv = self.csv.into_inner().map_err(|e| {
            Error::Message(format!(
                "cannot write the index in `{}` ({}); the rendered files are complete, but run again after fixing the disk to get the index",
                dir.display(),
                e.error()
            ))
        })?;
        csv.commit()?;
        self.md.commit()?;
        Ok((self.done, std::mem::take(&mut self.failed)))
    }
}
