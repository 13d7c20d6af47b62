//! Fixed phrases (Fluent): one bundle per language, placeables not isolated so that no invisible
//! U+2068/U+2069 marks reach the document.

use std::collections::BTreeSet;
use std::sync::RwLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

use crate::error::{Error, Result, Source};
use crate::lang::{Bilingual, Lang};
use crate::messages::Book;

type Bundle = FluentBundle<FluentResource>;

/// The phrase books of both languages: parsed whole and checked ([`Locales::parse`]), or each
/// message parsed the first time it is said ([`Locales::as_used`]).
pub struct Locales {
    sources: Bilingual<Source>,
    books: Bilingual<RwLock<Book>>,
}

impl std::fmt::Debug for Locales {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Locales")
            .field("kk", &self.sources.kk.name)
            .field("ru", &self.sources.ru.name)
            .finish()
    }
}

/// One argument of a phrase.
pub type Arg<'a> = (&'a str, FluentValue<'a>);

impl Locales {
    /// Parses and checks the Kazakh and Russian `.ftl` sources whole.
    pub fn parse(sources: &Bilingual<Source>) -> Result<Locales> {
        let mut diags = Vec::new();
        let books = Bilingual::try_from_fn(|lang| -> Result<_> {
            let source = sources.get(lang);
            let mut bundle = bundle(lang)?;
            let resource = match FluentResource::try_new(source.text.to_string()) {
                Ok(r) => r,
                Err((r, errors)) => {
                    for e in errors {
                        let (line, col) = line_col(&source.text, e.pos.start);
                        diags.push(source.diag(line, col, "").coded(
                            "fluent-syntax",
                            vec![("error", e.kind.to_string().replace('\n', "\\n"))],
                        ));
                    }
                    r
                }
            };
            if let Err(errors) = bundle.add_resource(resource) {
                for e in errors {
                    diags.push(
                        source
                            .diag(0, 0, "")
                            .coded("fluent-error", vec![("error", e.to_string())]),
                    );
                }
            }
            Ok(RwLock::new(Book::new(bundle)))
        })?;
        if !diags.is_empty() {
            return Err(Error::Invalid(diags));
        }
        Ok(Locales {
            sources: sources.clone(),
            books,
        })
    }

    /// The built-in phrase books, unchecked (the test suite checks them, [`Locales::parse`]),
    /// each message parsed the first time it is said, with those it refers to: a run says a
    /// third of them, and parsing both books whole was a tenth of a `check`.
    pub fn as_used(sources: &Bilingual<Source>) -> Result<Locales> {
        Ok(Locales {
            sources: sources.clone(),
            books: Bilingual::try_from_fn(|lang| bundle(lang).map(|b| RwLock::new(Book::new(b))))?,
        })
    }

    /// Runs `f` on the bundle of `lang` once it holds message `id`, if its book has one.
    fn with<R>(&self, lang: Lang, id: &str, f: impl Fn(&Bundle) -> R) -> R {
        let lock = self.books.get(lang);
        {
            let book = lock.read().unwrap_or_else(|e| e.into_inner());
            if book.bundle.has_message(id) {
                return f(&book.bundle);
            }
        }
        // A thread that panicked while learning left the book whole: each change is one call.
        let mut book = lock.write().unwrap_or_else(|e| e.into_inner());
        book.learn(&self.sources.get(lang).text, id);
        f(&book.bundle)
    }

    /// Whether `lang`'s book defines message `id`.
    pub fn has(&self, lang: Lang, id: &str) -> bool {
        self.with(lang, id, |bundle| bundle.has_message(id))
    }

    /// The message ids defined in `lang`, read from its whole book.
    pub fn ids(&self, lang: Lang) -> BTreeSet<String> {
        let text = self.sources.get(lang).text.to_string();
        let resource = FluentResource::try_new(text).unwrap_or_else(|(r, _)| r);
        resource
            .entries()
            .filter_map(|entry| match entry {
                fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
                _ => None,
            })
            .collect()
    }

    /// Formats message `id` of `lang` with `args`.
    pub fn text(&self, lang: Lang, id: &str, args: &[Arg<'_>]) -> Result<String> {
        let mut fargs = FluentArgs::new();
        for (k, v) in args {
            fargs.set(*k, v.clone());
        }
        self.with(lang, id, |bundle| {
            let pattern = bundle
                .get_message(id)
                .and_then(|m| m.value())
                .ok_or_else(|| {
                    Error::said(
                        "fluent-missing",
                        vec![("lang", lang.code().to_string()), ("id", id.to_string())],
                    )
                })?;
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, Some(&fargs), &mut errors);
            if let Some(e) = errors.first() {
                return Err(Error::said(
                    "fluent-failed",
                    vec![
                        ("lang", lang.code().to_string()),
                        ("id", id.to_string()),
                        ("error", e.to_string()),
                    ],
                ));
            }
            Ok(text.into_owned())
        })
    }

    /// The plain-text attribute `attr` of message `id` (`.gender = m`), if it has one.
    pub fn attribute(&self, lang: Lang, id: &str, attr: &str) -> Option<String> {
        self.with(lang, id, |bundle| {
            let pattern = bundle.get_message(id)?.get_attribute(attr)?.value();
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, None, &mut errors);
            errors.is_empty().then(|| text.trim().to_string())
        })
    }

    /// Formats message `id` in both languages.
    pub fn both(&self, id: &str, args: &[Arg<'_>]) -> Result<Bilingual<String>> {
        Bilingual::try_from_fn(|lang| self.text(lang, id, args))
    }
}

/// An empty bundle for `lang`, its placeables not isolated.
fn bundle(lang: Lang) -> Result<Bundle> {
    let langid: LanguageIdentifier = lang
        .tag()
        .parse()
        .map_err(|e| Error::Message(format!("bad language id ({e})")))?;
    let mut bundle = FluentBundle::new_concurrent(vec![langid]);
    bundle.set_use_isolating(false);
    Ok(bundle)
}

/// 1-based line and column (in characters) of byte offset `at` in `text`.
pub fn line_col(text: &str, at: usize) -> (usize, usize) {
    let at = at.min(text.len());
    let before = text.get(..at).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().unwrap_or("").chars().count() + 1;
    (line, col)
}
