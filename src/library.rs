//! The clause library: the clause files parsed ([`crate::load::clauses`]), their templates
//! compiled ([`crate::templates`]) and the phrase books ([`crate::i18n`]), checked together when
//! loaded and rendered on demand.

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;

use crate::error::{Error, Result};
use crate::i18n::Locales;
use crate::lang::{Bilingual, Lang};
use crate::load::clauses;
use crate::load::files::{self, LibraryFiles};
use crate::model::{Clause, Level, ParamValue, Variant, find_clause};
use crate::templates::Templates;

/// The loaded, checked clause library with its phrase books.
pub struct Library {
    clauses: Vec<Clause>,
    locales: Arc<Locales>,
    templates: Templates,
}

impl std::fmt::Debug for Library {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Library")
            .field("clauses", &self.clauses)
            .finish_non_exhaustive()
    }
}

impl Library {
    /// The built-in library, each file replaced by the one in `overrides` if given.
    /// The built-in library alone is not checked again: the test suite checks it
    /// ([`Library::from_files`]), and its templates are compiled as they are rendered.
    pub fn load(overrides: Option<&Path>) -> Result<Library> {
        let files = files::load(overrides)?;
        match overrides {
            None => Library::build(&files, false),
            Some(_) => Library::from_files(&files),
        }
    }

    /// Parses and checks a library from its sources: every template compiled and checked
    /// against the parameters it may use, the set of norms, the sections' titles.
    pub fn from_files(files: &LibraryFiles) -> Result<Library> {
        Library::build(files, true)
    }

    fn build(files: &LibraryFiles, check: bool) -> Result<Library> {
        let locales = Arc::new(if check {
            Locales::parse(&files.locales)?
        } else {
            Locales::as_used(&files.locales)?
        });
        let mut diags = Vec::new();
        let mut found = Vec::new();
        let mut pending = Vec::new();
        for source in &files.clauses {
            // Unchecked, a built-in file is read from the JSON the build made of it.
            let parsed = match files::compiled(&source.name).filter(|_| !check) {
                Some(json) => clauses::parse_compiled(source, json, &mut pending),
                None => clauses::parse(source, check, &mut pending),
            };
            match parsed {
                Ok(c) => found.push(c),
                Err(Error::Invalid(d)) => diags.extend(d),
                Err(e) => return Err(e),
            }
        }
        let templates = if check {
            Templates::compile(&pending, &locales, &mut diags)
        } else {
            Templates::as_used(pending, &locales)
        };
        if check && diags.is_empty() {
            clauses::check_set(&found, &mut diags);
            for c in &found {
                let titled = Lang::ALL
                    .iter()
                    .all(|&l| locales.has(l, &format!("section-{}", c.section)))
                    || found
                        .iter()
                        .any(|o| o.section == c.section && o.section_title.is_some());
                if !titled {
                    diags.push(crate::error::Diagnostic::in_file(&c.file, 0, 0).coded(
                        "clause-section-untitled",
                        vec![("section", c.section.to_string())],
                    ));
                }
            }
        }
        if !diags.is_empty() {
            return Err(Error::Invalid(diags));
        }
        found.sort_by_key(|c| (c.section, c.item));
        Ok(Library {
            clauses: found,
            locales,
            templates,
        })
    }

    /// Every clause in the recommendation's order.
    pub fn clauses(&self) -> &[Clause] {
        &self.clauses
    }

    /// The phrase books.
    pub fn locales(&self) -> &Locales {
        &self.locales
    }

    /// The clause with id or slug `key`.
    pub fn find(&self, key: &str) -> Option<&Clause> {
        self.clauses.iter().find(|c| c.id == key || c.slug == key)
    }

    /// The title of section `n`: the phrase books' `section-N`, or, for a section of the user's
    /// own, the `section_title` of a clause in it (the library refuses one that has neither).
    pub fn section_title(&self, n: u8) -> Result<Bilingual<String>> {
        let id = format!("section-{n}");
        if Lang::ALL.iter().all(|&l| self.locales.has(l, &id)) {
            return self.locales.both(&id, &[]);
        }
        self.clauses
            .iter()
            .filter(|c| c.section == n)
            .find_map(|c| c.section_title.clone())
            .ok_or_else(|| Error::said("clause-section-untitled", vec![("section", n.to_string())]))
    }

    /// The clause with id or slug `key`, or what to tell the user, with "did you mean".
    pub fn clause(&self, key: &str) -> Result<&Clause, crate::error::Code> {
        find_clause(&self.clauses, key).map(|(_, c)| c)
    }

    /// Renders the wording of `clause` in `variant` for `level` and `lang` with `params`, as one
    /// Markdown paragraph with single spaces.
    pub fn render(
        &self,
        clause: &Clause,
        variant: Variant,
        level: Level,
        lang: Lang,
        params: &BTreeMap<String, ParamValue>,
    ) -> Result<String> {
        self.templates.render(clause, variant, level, lang, params)
    }

    /// What parameter `param` of `clause` sets, with `value`, in words, in both languages: «срок
    /// рассмотрения жалобы — 10 (десять) рабочих дней».
    pub fn label(
        &self,
        clause: &Clause,
        param: &str,
        value: &ParamValue,
    ) -> Result<Bilingual<String>> {
        Bilingual::try_from_fn(|lang| self.templates.label(clause, param, lang, value))
    }
}
