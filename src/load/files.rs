//! Where the clause library and the phrase books come from: compiled into the binary, with a
//! user's directory of the same shape overriding them file by file.
//!
//! The shape (what `kelisim clauses eject DIR` writes):
//!
//! ```text
//! DIR/1.1-consultation.yaml … DIR/6.1-motivated-objection.yaml
//! DIR/locales/kk.ftl
//! DIR/locales/ru.ftl
//! ```

use std::path::Path;

use include_dir::{Dir, include_dir};

use crate::error::{Error, Result, Source};
use crate::lang::Bilingual;
use crate::suggest;

static CLAUSES: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/clauses");
static LOCALES: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/locales");

/// The text sources of a clause library.
#[derive(Debug, Clone)]
pub struct LibraryFiles {
    /// One source per clause file, in file-name order.
    pub clauses: Vec<Source>,
    /// `locales/kk.ftl` and `locales/ru.ftl`.
    pub locales: Bilingual<Source>,
}

/// Every built-in file as (path relative to an ejected directory, contents), in a stable order.
pub fn builtin() -> Vec<(String, &'static str)> {
    let mut files: Vec<(String, &'static str)> = CLAUSES
        .files()
        .filter(|f| f.path().extension().is_some_and(|e| e == "yaml"))
        .map(|f| {
            (
                f.path().display().to_string(),
                f.contents_utf8().unwrap_or(""),
            )
        })
        .collect();
    files.sort();
    let mut locales: Vec<(String, &'static str)> = LOCALES
        .files()
        .filter(|f| f.path().extension().is_some_and(|e| e == "ftl"))
        .map(|f| {
            (
                format!("locales/{}", f.path().display()),
                f.contents_utf8().unwrap_or(""),
            )
        })
        .collect();
    locales.sort();
    files.extend(locales);
    files
}

/// The built-in files, each replaced by the file of the same name under `overrides` if there is
/// one. A file under `overrides` that replaces nothing is an error, so that a misspelt name does
/// not silently leave the built-in text in force.
pub fn load(overrides: Option<&Path>) -> Result<LibraryFiles> {
    let builtin = builtin();
    if let Some(dir) = overrides {
        check_no_strangers(dir, &builtin)?;
    }
    let mut clauses = Vec::new();
    let mut kk = None;
    let mut ru = None;
    for (rel, text) in builtin {
        let source = match overrides.map(|d| d.join(&rel)).filter(|p| p.is_file()) {
            Some(path) => Source::read(&path)?,
            None => Source::builtin(format!("<builtin>/{}", builtin_name(&rel)), text),
        };
        match rel.as_str() {
            "locales/kk.ftl" => kk = Some(source),
            "locales/ru.ftl" => ru = Some(source),
            _ => clauses.push(source),
        }
    }
    let (Some(kk), Some(ru)) = (kk, ru) else {
        return Err(Error::Message(
            "the built-in phrase books are missing from this build".into(),
        ));
    };
    Ok(LibraryFiles {
        clauses,
        locales: Bilingual { kk, ru },
    })
}

fn builtin_name(rel: &str) -> String {
    if rel.starts_with("locales/") {
        rel.to_string()
    } else {
        format!("clauses/{rel}")
    }
}

fn check_no_strangers(dir: &Path, builtin: &[(String, &str)]) -> Result<()> {
    if !dir.is_dir() {
        return Err(Error::Message(format!(
            "`{}` is not a directory; `kelisim clauses eject {}` creates one to start from",
            dir.display(),
            dir.display()
        )));
    }
    let known: Vec<&str> = builtin.iter().map(|(r, _)| r.as_str()).collect();
    let mut strangers = Vec::new();
    for sub in ["", "locales"] {
        let Ok(entries) = std::fs::read_dir(dir.join(sub)) else {
            continue;
        };
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            let rel = if sub.is_empty() {
                name.clone()
            } else {
                format!("{sub}/{name}")
            };
            let relevant =
                name.ends_with(".yaml") || name.ends_with(".yml") || name.ends_with(".ftl");
            if relevant && !known.contains(&rel.as_str()) {
                strangers.push(rel);
            }
        }
    }
    strangers.sort();
    if let Some(rel) = strangers.first() {
        let hint = match suggest::closest(rel, known.iter().copied()) {
            Some(near) => format!("rename it to `{near}`"),
            None => {
                "an override must have the name of a built-in file (see `kelisim clauses eject`)"
                    .into()
            }
        };
        return Err(Error::Message(format!(
            "`{}` does not override any built-in file; {hint}",
            dir.join(rel).display()
        )));
    }
    Ok(())
}
