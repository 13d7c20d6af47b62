//! The project file, `kelisim.yaml`, in the working directory or the nearest parent that has
//! one: defaults for the flags an office types on every call (`--style`, `--reference-doc`,
//! `--clauses`, `--author`, `--holidays`). A flag on the command line wins; paths in the file are
//! relative to the file. `kelisim config` shows what is in force and where each value came from.

use std::path::{Path, PathBuf};

use serde::Deserialize;

use kelisim::error::{Result, Source};
use kelisim::messages::UiLang;

use crate::cli::{CalendarArgs, Command, DocumentArgs, LibraryArgs, PageArgs};

/// The name of the project file.
pub(crate) const FILE: &str = "kelisim.yaml";

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawProject {
    /// A style file (YAML), as `--style`.
    #[serde(default)]
    style: Option<PathBuf>,
    /// A Word file for the page and the letterhead, as `--reference-doc`.
    #[serde(default)]
    reference_doc: Option<PathBuf>,
    /// A clause library over the built-in one, as `--clauses`.
    #[serde(default)]
    clauses: Option<PathBuf>,
    /// The author in the DOCX properties, as `--author`.
    #[serde(default)]
    author: Option<String>,
    /// Days off to count working days by, as `--holidays`.
    #[serde(default)]
    holidays: Option<PathBuf>,
    /// The language of messages, as `--ui-lang`: `kk`, `ru` or `en`.
    #[serde(default)]
    ui_lang: Option<serde_saphyr::Spanned<String>>,
}

/// A project file found and read.
#[derive(Debug, Default)]
pub(crate) struct Project {
    /// Where it is; `None` when there is none.
    pub path: Option<PathBuf>,
    style: Option<PathBuf>,
    reference_doc: Option<PathBuf>,
    clauses: Option<PathBuf>,
    author: Option<String>,
    holidays: Option<PathBuf>,
    /// The language of messages, unless `--ui-lang` names one.
    pub ui_lang: Option<UiLang>,
}

impl Project {
    /// The project file of `dir` or its nearest parent that has one; none found is no error.
    pub(crate) fn find(dir: &Path) -> Result<Project> {
        let Some(path) = dir.ancestors().map(|d| d.join(FILE)).find(|p| p.is_file()) else {
            return Ok(Project::default());
        };
        let source = Source::read(&path)?;
        let raw: RawProject = if source
            .text
            .lines()
            .all(|l| l.trim().is_empty() || l.trim_start().starts_with('#'))
        {
            RawProject::default()
        } else {
            kelisim::load::parse_yaml(&source)?
        };
        let ui_lang = match &raw.ui_lang {
            None => None,
            Some(l) => Some(UiLang::from_name(l.value.trim()).ok_or_else(|| {
                source
                    .diag(
                        l.referenced.line() as usize,
                        l.referenced.column() as usize,
                        format!(
                            "`ui_lang: {}` is not a language of kelisim's messages",
                            l.value
                        ),
                    )
                    .hint("write `ui_lang: kk`, `ru` or `en`")
            })?),
        };
        let base = path.parent().unwrap_or(Path::new("."));
        let under = |p: Option<PathBuf>| p.map(|p| base.join(p));
        Ok(Project {
            style: under(raw.style),
            reference_doc: under(raw.reference_doc),
            clauses: under(raw.clauses),
            holidays: under(raw.holidays),
            author: raw.author,
            ui_lang,
            path: Some(path),
        })
    }

    /// Fills the flags `command` was not given from the project file.
    pub(crate) fn apply(&self, command: &mut Command) {
        match command {
            Command::Render(a) => {
                self.document(&mut a.out);
                self.library(&mut a.library);
            }
            Command::Letter(a) => {
                self.document(&mut a.out);
                self.library(&mut a.library);
                self.calendar(&mut a.calendar);
            }
            Command::Batch(a) => {
                self.page(&mut a.page);
                self.library(&mut a.library);
            }
            Command::Diff(a) => {
                self.page(&mut a.page);
                self.library(&mut a.library);
                fill(&mut a.author, &self.author);
            }
            Command::Deadlines(a) => {
                self.library(&mut a.library);
                self.calendar(&mut a.calendar);
            }
            Command::Check(a) => self.library(&mut a.library),
            Command::Schema(a) => self.library(&mut a.library),
            Command::Lint(a) => self.library(a),
            Command::Clauses(crate::cli::ClausesCommand::List(a)) => self.library(a),
            Command::Clauses(crate::cli::ClausesCommand::Show(a)) => self.library(&mut a.library),
            _ => {}
        }
    }

    fn document(&self, out: &mut DocumentArgs) {
        self.page(&mut out.page);
        fill(&mut out.author, &self.author);
    }

    fn page(&self, page: &mut PageArgs) {
        fill(&mut page.style, &self.style);
        fill(&mut page.reference_doc, &self.reference_doc);
    }

    fn library(&self, library: &mut LibraryArgs) {
        fill(&mut library.clauses, &self.clauses);
    }

    fn calendar(&self, calendar: &mut CalendarArgs) {
        fill(&mut calendar.holidays, &self.holidays);
    }

    /// What `kelisim config` prints: each setting, its value and where it came from.
    pub(crate) fn report(&self) -> String {
        let from = match &self.path {
            Some(p) => format!("{}", p.display()),
            None => String::new(),
        };
        let mut out = match &self.path {
            Some(p) => format!("project file: {}\n", p.display()),
            None => format!(
                "project file: none ({FILE} in this directory or a parent sets the defaults below)\n"
            ),
        };
        let path = |p: &Option<PathBuf>| p.as_ref().map(|p| p.display().to_string());
        let rows = [
            ("style", path(&self.style), "the shipped style"),
            ("reference_doc", path(&self.reference_doc), "none"),
            (
                "clauses",
                path(&self.clauses),
                "the built-in clause library",
            ),
            ("author", self.author.clone(), "the sender's organisation"),
            (
                "ui_lang",
                self.ui_lang.map(|l| l.name().to_string()),
                "LC_ALL, LC_MESSAGES or LANG, else en",
            ),
            (
                "holidays",
                path(&self.holidays),
                "the shipped calendar of Kazakhstan",
            ),
        ];
        for (name, value, default) in rows {
            match value {
                Some(v) => out.push_str(&format!("{name:<14} {v}  (from {from})\n")),
                None => out.push_str(&format!("{name:<14} {default}  (default)\n")),
            }
        }
        for (name, meaning) in [
            ("SOURCE_DATE_EPOCH", "the DOCX and PDF timestamps"),
            ("NO_COLOR", "no colour with --color auto"),
            (kelisim::pdf::PROGRAM_VARIABLE, "the LibreOffice program"),
        ] {
            match std::env::var(name) {
                Ok(v) => out.push_str(&format!(
                    "{name:<14} {v}  (from the environment: {meaning})\n"
                )),
                Err(_) => out.push_str(&format!("{name:<14} unset  ({meaning})\n")),
            }
        }
        out.push_str("a flag on the command line wins over all of these\n");
        out
    }
}

fn fill<T: Clone>(flag: &mut Option<T>, default: &Option<T>) {
    if flag.is_none() {
        flag.clone_from(default);
    }
}
