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
                        "",
                    )
                    .coded("project-ui-lang", vec![("value", l.value.clone())])
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

    /// What `kelisim config` prints, in the user's language: each setting, its value and
    /// where it came from.
    pub(crate) fn report(&self) -> String {
        use super::ui::say;
        let from = self.path.as_ref().map(|p| p.display().to_string());
        let mut out = match &from {
            Some(p) => say("config-file", &[("path", p.clone())]),
            None => say("config-no-file", &[("file", FILE.to_string())]),
        };
        out.push('\n');
        let path = |p: &Option<PathBuf>| p.as_ref().map(|p| p.display().to_string());
        let rows = [
            ("style", path(&self.style)),
            ("reference_doc", path(&self.reference_doc)),
            ("clauses", path(&self.clauses)),
            ("author", self.author.clone()),
            ("ui_lang", self.ui_lang.map(|l| l.name().to_string())),
            ("holidays", path(&self.holidays)),
        ];
        for (name, value) in rows {
            let (id, args) = match value {
                Some(v) => (
                    "config-set",
                    vec![("value", v), ("from", from.clone().unwrap_or_default())],
                ),
                None => ("config-default", vec![("setting", name.to_string())]),
            };
            out.push_str(&format!("{name:<14} {}\n", say(id, &args)));
        }
        for name in [
            "SOURCE_DATE_EPOCH",
            "NO_COLOR",
            kelisim::pdf::PROGRAM_VARIABLE,
        ] {
            let setting = ("setting", name.to_string());
            let line = match std::env::var(name) {
                Ok(v) => say("config-environment", &[setting, ("value", v)]),
                Err(_) => say("config-unset", &[setting]),
            };
            out.push_str(&format!("{name:<14} {line}\n"));
        }
        out.push_str(&say("config-flags-win", &[]));
        out.push('\n');
        out
    }
}

fn fill<T: Clone>(flag: &mut Option<T>, default: &Option<T>) {
    if flag.is_none() {
        flag.clone_from(default);
    }
}
