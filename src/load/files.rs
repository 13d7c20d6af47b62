//! Where the clause library and the phrase books come from: compiled into the binary, with a
//! user's directory of the same shape overriding them file by file.
//!
//! A file named `ID-SLUG.yaml` with an id no built-in clause has (4.4, 7.1) adds a clause of the
//! user's own. The shape (what `kelisim clauses eject DIR` writes):
//!
//! ```text
//! DIR/1.1-consultation.yaml … DIR/6.1-motivated-objection.yaml
//! DIR/locales/kk.ftl
//! DIR/locales/ru.ftl
//! ```

use std::path::Path;

use crate::error::{Error, Result, Source};
use crate::lang::Bilingual;
use crate::suggest;

include!(concat!(env!("OUT_DIR"), "/builtin.rs"));

/// The text sources of a clause library.
#[derive(Debug, Clone)]
pub struct LibraryFiles {
    /// One source per clause file, in file-name order.
    pub clauses: Vec<Source>,
    /// `locales/kk.ftl` and `locales/ru.ftl`.
    pub locales: Bilingual<Source>,
}

/// Every built-in file as (path relative to an ejected directory, contents), in a stable order:
/// the clause files, then the phrase books, each by name.
pub fn builtin() -> Vec<(String, &'static str)> {
    BUILTIN
        .iter()
        .map(|&(path, text)| (path.to_string(), text))
        .collect()
}

/// The built-in files, each replaced by the file of the same name under `overrides` if there is
/// one. A file under `overrides` that replaces nothing is an error, so that a misspelt name does
/// not silently leave the built-in text in force.
pub fn load(overrides: Option<&Path>) -> Result<LibraryFiles> {
    let builtin = builtin();
    let own = match overrides {
        Some(dir) => check_no_strangers(dir, &builtin)?,
        None => Vec::new(),
    };
    let mut clauses = Vec::new();
    let mut kk = None;
    let mut ru = None;
    for (rel, text) in builtin {
        let source = match overrides.map(|d| d.join(&rel)).filter(|p| p.is_file()) {
            Some(path) => Source::read(&path)?,
            None => Source::builtin(format!("{BUILTIN_PREFIX}{}", builtin_name(&rel)), text),
        };
        match rel.as_str() {
            "locales/kk.ftl" => kk = Some(source),
            "locales/ru.ftl" => ru = Some(source),
            _ => clauses.push(source),
        }
    }
    // The user's own clauses come after the built-in ones; the library orders them by id.
    for rel in own {
        if let Some(dir) = overrides {
            clauses.push(Source::read(&dir.join(rel))?);
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

/// The JSON the build made of the built-in clause file named `name` (a [`Source`]'s name,
/// `<builtin>/clauses/…`), if the build could read it: the file's values without their
/// positions, each wording's text a span of the texts given beside it.
pub(crate) fn compiled(name: &str) -> Option<Compiled> {
    let file = name
        .strip_prefix(BUILTIN_PREFIX)?
        .strip_prefix("clauses/")?;
    COMPILED
        .iter()
        .find(|&&(n, ..)| n == file)
        .map(|&(_, json, texts)| Compiled { json, texts })
}

/// A built-in clause file as the build wrote it (`build.rs`).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Compiled {
    /// Its values, each wording's text replaced by its span in `texts`: `"START-END"`.
    pub json: &'static str,
    /// The texts of its wordings, one after another.
    pub texts: &'static str,
}

/// What the name of a built-in file's [`Source`] starts with.
const BUILTIN_PREFIX: &str = "<builtin>/";

fn builtin_name(rel: &str) -> String {
    if rel.starts_with("locales/") {
        rel.to_string()
    } else {
        format!("clauses/{rel}")
    }
}

/// Whether `name` is the file of a clause of the user's own: `ID-SLUG.yaml` with an id such as
/// 4.4 or 7.1 that no built-in file has.
fn own_clause(name: &str, builtin: &[(String, &str)]) -> bool {
    let Some((id, rest)) = name.split_once('-') else {
        return false;
    };
    let well_formed = id.split_once('.').is_some_and(|(s, i)| {
        !s.is_empty() && !i.is_empty() && (s.to_string() + i).bytes().all(|b| b.is_ascii_digit())
    }) && rest.strip_suffix(".yaml").is_some_and(|slug| {
        !slug.is_empty()
            && slug
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
    });
    well_formed
        && !builtin
            .iter()
            .any(|(r, _)| r.starts_with(&format!("{id}-")))
}

/// The files of `dir` that override nothing: an error, unless they are clauses of the user's
/// own, which are returned (their paths relative to `dir`, sorted).
fn check_no_strangers(dir: &Path, builtin: &[(String, &str)]) -> Result<Vec<String>> {
    if !dir.is_dir() {
        return Err(Error::said(
            "clauses-not-a-directory",
            vec![("dir", dir.display().to_string())],
        ));
    }
    let known: Vec<&str> = builtin.iter().map(|(r, _)| r.as_str()).collect();
    let mut strangers = Vec::new();
    let mut own = Vec::new();
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
            if !relevant || known.contains(&rel.as_str()) {
                continue;
            }
            if sub.is_empty() && own_clause(&name, builtin) {
                own.push(rel);
            } else {
                strangers.push(rel);
            }
        }
    }
    strangers.sort();
    if let Some(rel) = strangers.first() {
        let near = suggest::closest(rel, known.iter().copied());
        return Err(Error::said(
            "clauses-stranger",
            vec![
                ("path", dir.join(rel).display().to_string()),
                ("near", near.unwrap_or("none").to_string()),
            ],
        ));
    }
    own.sort();
    Ok(own)
}
