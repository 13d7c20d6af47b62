//! `kelisim batch`: every row of a manifest rendered in parallel, each written atomically as it is
//! done; a bad row is reported and the others are still written; an index lists them all.

use std::collections::BTreeSet;
use std::io::IsTerminal;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use rayon::prelude::*;

use kelisim::batch::{Manifest, Outcome, Row, names, render_row};
use kelisim::error::{Error, Result};
use kelisim::export::{DocxOptions, MarkdownOptions, docx, markdown};
use kelisim::library::Library;
use kelisim::style::Style;

use crate::cli::{BatchArgs, Format};

/// Runs `batch`.
pub fn run(args: &BatchArgs) -> Result<()> {
    let library = Library::load(args.library.clauses.as_deref())?;
    let manifest = Manifest::load(&args.manifest)?;
    let style = Style::load(None)?;
    let timestamp = super::render::source_date_epoch()?;
    std::fs::create_dir_all(&args.output)
        .map_err(|e| Error::io("create directory", &args.output, e))?;

    let total = manifest.rows()?.count() as u64;
    let bar = if args.quiet || !std::io::stderr().is_terminal() {
        ProgressBar::with_draw_target(Some(total), ProgressDrawTarget::hidden())
    } else {
        let bar = ProgressBar::new(total);
        if let Ok(s) =
            ProgressStyle::with_template("{bar:40} {pos}/{len} rows, {per_sec}, {eta} left")
        {
            bar.set_style(s);
        }
        bar
    };

    let mut taken = BTreeSet::new();
    let id_column = manifest.id.clone();
    let base_name = base_employer(&manifest);
    let rows = manifest.rows()?.enumerate().map(|(i, row)| {
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
        (row, stem)
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
    let mut outcomes: Vec<Outcome> = pool.install(|| {
        rows.par_bridge()
            .map(|(row, stem)| {
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
                outcome
            })
            .collect()
    });
    bar.finish_and_clear();
    outcomes.sort_by_key(|o| o.row);

    super::write_atomic(&args.output.join("index.csv"), &index_csv(&outcomes)?, true)?;
    super::write_atomic(
        &args.output.join("index.md"),
        index_md(&outcomes).as_bytes(),
        true,
    )?;
    let failed: Vec<&Outcome> = outcomes.iter().filter(|o| o.error.is_some()).collect();
    for o in &failed {
        eprintln!("error: {}", o.error.as_deref().unwrap_or_default());
    }
    eprintln!(
        "rendered {} of {} rows into {}; see {}",
        outcomes.len() - failed.len(),
        outcomes.len(),
        args.output.display(),
        args.output.join("index.md").display()
    );
    if failed.is_empty() {
        Ok(())
    } else {
        Err(Error::Reported)
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
        let (profile, doc) = match render_row(self.manifest, row, self.library) {
            Ok(r) => r,
            Err(e) => {
                outcome.error = Some(e);
                return outcome;
            }
        };
        outcome.name = profile.parties.employer.name.ru.clone();
        outcome.level = profile.level.name().to_string();
        let layout = profile.layout.unwrap_or(self.style.layout);
        for format in &self.args.format {
            let (ext, bytes) = match format {
                Format::Md => (
                    "md",
                    Ok(markdown(
                        &doc,
                        &MarkdownOptions {
                            layout,
                            coverage: false,
                        },
                    )
                    .into_bytes()),
                ),
                Format::Docx => (
                    "docx",
                    docx(
                        &doc,
                        &DocxOptions {
                            layout,
                            style: self.style.clone(),
                            author: None,
                            timestamp: self.timestamp,
                            coverage: false,
                            reviser: None,
                        },
                    ),
                ),
            };
            let name = format!("{}.{ext}", outcome.id);
            let written = bytes.and_then(|b| {
                super::write_atomic(&self.args.output.join(&name), &b, self.args.force)
            });
            match written {
                Ok(()) => outcome.files.push(name),
                Err(e) => {
                    outcome.error = Some(format!(
                        "row {}: {}",
                        row.number,
                        e.to_string().trim_start_matches("error: ")
                    ));
                    return outcome;
                }
            }
        }
        outcome
    }
}

fn index_csv(outcomes: &[Outcome]) -> Result<Vec<u8>> {
    let mut w = csv::Writer::from_writer(Vec::new());
    let fail = |e: csv::Error| Error::Message(format!("cannot write the index ({e})"));
    w.write_record(["row", "id", "name", "level", "status", "files", "error"])
        .map_err(fail)?;
    for o in outcomes {
        let status = if o.error.is_some() { "failed" } else { "ok" };
        w.write_record([
            o.row.to_string().as_str(),
            &o.id,
            &o.name,
            &o.level,
            status,
            &o.files.join(" "),
            o.error.as_deref().unwrap_or(""),
        ])
        .map_err(fail)?;
    }
    w.into_inner()
        .map_err(|e| Error::Message(format!("cannot write the index ({e})")))
}

fn index_md(outcomes: &[Outcome]) -> String {
    let esc = |s: &str| kelisim::export::markdown::escape(s).replace('|', "\\|");
    let mut out = String::from(
        "| row | id | name | level | status | files | error |\n| --- | --- | --- | --- | --- | --- | --- |\n",
    );
    for o in outcomes {
        let files: Vec<String> = o
            .files
            .iter()
            .map(|f| format!("[{}]({})", esc(f), f.replace(' ', "%20")))
            .collect();
        out.push_str(&format!(
            "| {} | {} | {} | {} | {} | {} | {} |\n",
            o.row,
            esc(&o.id),
            esc(&o.name),
            o.level,
            if o.error.is_some() { "failed" } else { "ok" },
            files.join(" "),
            esc(o.error.as_deref().unwrap_or(""))
        ));
    }
    out
}
