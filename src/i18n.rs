//! Fixed phrases (Fluent): one bundle per language, placeables not isolated so that no invisible
//! U+2068/U+2069 marks reach the document.

use std::collections::BTreeSet;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

use crate::error::{Error, Result, Source};
use crate::lang::{Bilingual, Lang};

/// The phrase books of both languages.
pub struct Locales {
    bundles: Bilingual<FluentBundle<FluentResource>>,
    ids: Bilingual<BTreeSet<String>>,
}

impl std::fmt::Debug for Locales {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Locales").field("ids", &self.ids).finish()
    }
}

/// One argument of a phrase.
pub type Arg<'a> = (&'a str, FluentValue<'a>);

impl Locales {
    /// Parses the Kazakh and Russian `.ftl` sources.
    pub fn parse(sources: &Bilingual<Source>) -> Result<Locales> {
        let mut diags = Vec::new();
        let mut ids = Bilingual::<BTreeSet<String>>::default();
        let bundles = Bilingual::try_from_fn(|lang| -> Result<_> {
            let source = sources.get(lang);
            let langid: LanguageIdentifier = lang
                .tag()
                .parse()
                .map_err(|e| Error::Message(format!("bad language id ({e})")))?;
            let mut bundle = FluentBundle::new_concurrent(vec![langid]);
            bundle.set_use_isolating(false);
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
            let set = match lang {
                Lang::Kk => &mut ids.kk,
                Lang::Ru => &mut ids.ru,
            };
            for entry in resource.entries() {
                if let fluent_syntax::ast::Entry::Message(m) = entry {
                    set.insert(m.id.name.to_string());
                }
            }
            if let Err(errors) = bundle.add_resource(resource) {
                for e in errors {
                    diags.push(
                        source
                            .diag(0, 0, "")
                            .coded("fluent-error", vec![("error", e.to_string())]),
                    );
                }
            }
            Ok(bundle)
        })?;
        if !diags.is_empty() {
            return Err(Error::Invalid(diags));
        }
        Ok(Locales { bundles, ids })
    }

    /// The message ids defined in `lang`.
    pub fn ids(&self, lang: Lang) -> &BTreeSet<String> {
        self.ids.get(lang)
    }

    /// Formats message `id` of `lang` with `args`.
    pub fn text(&self, lang: Lang, id: &str, args: &[Arg<'_>]) -> Result<String> {
        let bundle = self.bundles.get(lang);
        let pattern = bundle
            .get_message(id)
            .and_then(|m| m.value())
            .ok_or_else(|| {
                Error::said(
                    "fluent-missing",
                    vec![("lang", lang.code().to_string()), ("id", id.to_string())],
                )
            })?;
        let mut fargs = FluentArgs::new();
        for (k, v) in args {
            fargs.set(*k, v.clone());
        }
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
    }

    /// The plain-text attribute `attr` of message `id` (`.gender = m`), if it has one.
    pub fn attribute(&self, lang: Lang, id: &str, attr: &str) -> Option<String> {
        let bundle = self.bundles.get(lang);
        let pattern = bundle.get_message(id)?.get_attribute(attr)?.value();
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, None, &mut errors);
        errors.is_empty().then(|| text.trim().to_string())
    }

    /// Formats message `id` in both languages.
    pub fn both(&self, id: &str, args: &[Arg<'_>]) -> Result<Bilingual<String>> {
        Bilingual::try_from_fn(|lang| self.text(lang, id, args))
    }
}

/// 1-based line and column (in characters) of byte offset `at` in `text`.
pub fn line_col(text: &str, at: usize) -> (usize, usize) {
    let at = at.min(text.len());
    let before = text.get(..at).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().unwrap_or("").chars().count() + 1;
    (line, col)
}
