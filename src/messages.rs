//! What kelisim says to its user, in Kazakh, Russian or English: the phrase books of the
//! interface (`locales/ui/*.ftl`, compiled in), apart from those of the documents
//! ([`crate::i18n`]). A message's id is the stable code a diagnostic carries
//! ([`crate::error::Diagnostic::code`]); its `.hint` attribute is the help. Which language is
//! spoken is the command line's choice ([`UiLang::from_locale`] reads `LANG` and its kin).

use std::sync::{Mutex, OnceLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use crate::names::named_enum;

named_enum! {
    /// A language of the interface.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum UiLang: "interface language" {
        /// Қазақ тілі.
        Kk = "kk",
        /// Русский язык.
        Ru = "ru",
        /// English (the default).
        En = "en",
    }
}

impl UiLang {
    /// Every interface language.
    pub const ALL: [UiLang; 3] = [UiLang::Kk, UiLang::Ru, UiLang::En];

    /// The language a POSIX locale names («kk_KZ.UTF-8», «ru_RU», «C»), read as a string: the
    /// locale need not be installed. `None` for another language.
    pub fn from_locale(locale: &str) -> Option<UiLang> {
        let language = locale
            .split(['_', '.', '@', '-'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        match language.as_str() {
            "kk" => Some(UiLang::Kk),
            "ru" => Some(UiLang::Ru),
            "en" | "c" | "posix" => Some(UiLang::En),
            _ => None,
        }
    }

    /// The file of its phrase book.
    fn source(self) -> &'static str {
        match self {
            UiLang::Kk => include_str!("../locales/ui/kk.ftl"),
            UiLang::Ru => include_str!("../locales/ui/ru.ftl"),
            UiLang::En => include_str!("../locales/ui/en.ftl"),
        }
    }
}

type Bundle = FluentBundle<FluentResource>;

/// The phrase book of `lang`, each message parsed the first time it is said, with the messages
/// it refers to: a run says a few of a book's 240, and parsing a whole book cost a
/// tenth of a `check`.
fn with_book<R>(lang: UiLang, f: impl FnOnce(&mut Book) -> R) -> R {
    static BOOKS: [OnceLock<Mutex<Book>>; 3] = [OnceLock::new(), OnceLock::new(), OnceLock::new()];
    let i = UiLang::ALL.iter().position(|l| *l == lang).unwrap_or(2);
    let book = BOOKS[i].get_or_init(|| {
        let id = lang.name().parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![id]);
        bundle.set_use_isolating(false);
        Mutex::new(Book::new(bundle))
    });
    // A thread that panicked while formatting left the book whole: each change is one call.
    let mut book = book.lock().unwrap_or_else(|e| e.into_inner());
    f(&mut book)
}

/// A phrase book learnt a message at a time: what has been learnt, and where each entry of the
/// book's text is, found in one pass the first time a message is learnt. For books compiled in
/// and checked by the test suite (these, and the documents' [`crate::i18n::Locales::as_used`]);
/// a broken entry would show as missing.
pub(crate) struct Book {
    /// The messages learnt so far.
    pub(crate) bundle: Bundle,
    entries: Option<Vec<Span>>,
}

/// Where an entry of a book is: its id from `.0` to `.1`, its text from `.0` to `.2`.
type Span = (usize, usize, usize);

impl Book {
    /// A book that has learnt what `bundle` holds.
    pub(crate) fn new(bundle: Bundle) -> Book {
        Book {
            bundle,
            entries: None,
        }
    }

    /// Adds the message `id` of `source` (the book's text) and the messages it refers to,
    /// unless there.
    pub(crate) fn learn(&mut self, source: &str, id: &str) {
        if self.bundle.has_message(id) {
            return;
        }
        let entries = self.entries.get_or_insert_with(|| entries(source));
        let Some(text) = entry(entries, source, id) else {
            return;
        };
        let resource = FluentResource::try_new(text.to_string()).unwrap_or_else(|(r, _)| r);
        let _ = self.bundle.add_resource(resource);
        for other in references(text) {
            self.learn(source, other);
        }
    }
}

/// The entries of the phrase book `source`, in its order: each begins with a line `id = …` and
/// holds every line after it that is indented or blank (a message's lines and attributes).
fn entries(source: &str) -> Vec<Span> {
    let bytes = source.as_bytes();
    let mut found = Vec::new();
    let mut open: Option<(usize, usize)> = None;
    let mut at = 0;
    while at < bytes.len() {
        let end = memchr::memchr(b'\n', &bytes[at..]).map_or(bytes.len(), |i| at + i + 1);
        let line = &source[at..end];
        let goes_on = matches!(bytes[at], b' ' | b'\n') || line.trim().is_empty();
        if !goes_on {
            if let Some((start, id_end)) = open.take() {
                found.push((start, id_end, at));
            }
            let len = line
                .bytes()
                .position(|b| !(b.is_ascii_alphanumeric() || b == b'-' || b == b'_'))
                .unwrap_or(line.len());
            if bytes[at].is_ascii_alphabetic()
                && line[len..].trim_start_matches(' ').starts_with('=')
            {
                open = Some((at, at + len));
            }
        }
        at = end;
    }
    if let Some((start, id_end)) = open {
        found.push((start, id_end, at));
    }
    found
}

/// The text of the entry `id` of `source`, whose entries are `entries`: the first, as Fluent
/// keeps the first of an id written twice.
fn entry<'s>(entries: &[Span], source: &'s str, id: &str) -> Option<&'s str> {
    let &(start, _, end) = entries
        .iter()
        .find(|e| e.1 - e.0 == id.len() && &source[e.0..e.1] == id)?;
    Some(&source[start..end])
}

/// The ids of the messages `text` refers to: `{ other }`, `{ other.attribute }`.
fn references(text: &str) -> impl Iterator<Item = &str> {
    text.split('{').skip(1).filter_map(|rest| {
        let rest = rest.trim_start_matches(' ');
        let len = rest
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
            .unwrap_or(rest.len());
        let (id, after) = rest.split_at(len);
        let after = after.strip_prefix('.').map_or(after, |attr| {
            attr.trim_start_matches(|c: char| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        });
        let well_formed = id.starts_with(|c: char| c.is_ascii_alphabetic())
            && after.trim_start_matches(' ').starts_with('}');
        well_formed.then_some(id)
    })
}

/// The message `id` (or its attribute `attr`) in `lang` with `args`; English when `lang` lacks
/// it, and the id itself when English does too.
pub fn text(lang: UiLang, id: &str, attr: Option<&str>, args: &[(&str, String)]) -> Option<String> {
    let mut fluent = FluentArgs::new();
    for (k, v) in args {
        // A count is a number, by which a language chooses its plural form («3 ошибки»,
        // «5 ошибок»); every other argument is text, written as it is (a BIN keeps its zeros).
        match v.parse::<u32>() {
            Ok(n) if *k == "count" => fluent.set(*k, FluentValue::from(n)),
            _ => fluent.set(*k, FluentValue::from(v.as_str())),
        }
    }
    for lang in [lang, UiLang::En] {
        let said = with_book(lang, |book| {
            book.learn(lang.source(), id);
            let bundle = &book.bundle;
            let message = bundle.get_message(id)?;
            let pattern = match attr {
                Some(a) => message.get_attribute(a).map(|a| a.value()),
                None => message.value(),
            }?;
            let mut errors = Vec::new();
            Some(
                bundle
                    .format_pattern(pattern, Some(&fluent), &mut errors)
                    .into_owned(),
            )
        });
        if said.is_some() {
            return said;
        }
    }
    None
}

/// The message `id` in `lang`: its text, or the id when no book has it.
pub fn say(lang: UiLang, id: &str, args: &[(&str, String)]) -> String {
    text(lang, id, None, args).unwrap_or_else(|| id.to_string())
}

/// The message `id` in `lang` on one line, its hint in brackets: for a line of a batch's index.
pub fn line(lang: UiLang, id: &str, args: &[(&str, String)]) -> String {
    let message = say(lang, id, args);
    match text(lang, id, Some("hint"), args).filter(|h| !h.is_empty()) {
        Some(hint) => format!("{message} ({hint})"),
        None => message,
    }
}

/// The message ids of `lang`'s phrase book, for the test that keeps the books in step.
pub fn ids(lang: UiLang) -> Vec<String> {
    let resource = FluentResource::try_new(lang.source().to_string()).unwrap_or_else(|(r, _)| r);
    resource
        .entries()
        .filter_map(|e| match e {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
            _ => None,
        })
        .collect()
}

impl crate::error::Diagnostic {
    /// This diagnostic saying the message `code` of the phrase books, in English until the
    /// command line says it in the user's language ([`Diagnostic::render_in`]).
    ///
    /// [`Diagnostic::render_in`]: crate::error::Diagnostic::render_in
    pub fn coded(mut self, code: &'static str, args: Vec<(&'static str, String)>) -> Self {
        self.message = say(UiLang::En, code, &args);
        self.hint = text(UiLang::En, code, Some("hint"), &args).filter(|h| !h.is_empty());
        self.code = Some(Box::new(crate::error::Code { id: code, args }));
        self
    }

    /// The diagnostic in `lang` (a coded one; any other as it was written), for [`render`].
    ///
    /// [`render`]: crate::error::Diagnostic::render
    pub fn in_lang(&self, lang: UiLang) -> crate::error::Diagnostic {
        let mut d = self.clone();
        if let Some(code) = &self.code {
            d.message = say(lang, code.id, &code.args);
            d.hint = text(lang, code.id, Some("hint"), &code.args).filter(|h| !h.is_empty());
        }
        d
    }

    /// What the diagnostic says in `lang` on one line, its hint in brackets, without its place.
    pub fn line_in(&self, lang: UiLang) -> String {
        let d = self.in_lang(lang);
        match &d.hint {
            Some(h) => format!("{} ({h})", d.message),
            None => d.message,
        }
    }

    /// The diagnostic as the terminal shows it, in `lang`.
    pub fn render_in(&self, lang: UiLang, prefix: &str) -> String {
        self.in_lang(lang)
            .render_labelled(prefix, &say(lang, "help-label", &[]))
    }
}

impl crate::error::Error {
    /// The error the message `code` of the phrase books says, with `args`.
    pub fn said(code: &'static str, args: Vec<(&'static str, String)>) -> Self {
        crate::error::Error::Said {
            code: crate::error::Code { id: code, args },
            usage: false,
        }
    }

    /// The usage mistake (exit 2) the message `code` of the phrase books says, with `args`.
    pub fn usage(code: &'static str, args: Vec<(&'static str, String)>) -> Self {
        crate::error::Error::Said {
            code: crate::error::Code { id: code, args },
            usage: true,
        }
    }

    /// The error as the terminal shows it, in `lang`, each message after `prefix` ("error: ").
    pub fn render_in(&self, lang: UiLang, prefix: &str) -> String {
        self.render_each(
            prefix,
            |d| d.render_in(lang, prefix),
            |id, args| match text(lang, id, Some("hint"), args).filter(|h| !h.is_empty()) {
                Some(hint) => format!(
                    "{}\n  = {}: {hint}",
                    say(lang, id, args),
                    say(lang, "help-label", &[])
                ),
                None => say(lang, id, args),
            },
        )
    }

    /// What the error says in `lang` on one line, each of its diagnostics without its place:
    /// for a line of a batch's index.
    pub fn line_in(&self, lang: UiLang) -> String {
        use crate::error::Error;
        match self {
            Error::Said { code, .. } => line(lang, code.id, &code.args),
            Error::Invalid(diags) => diags
                .iter()
                .map(|d| d.line_in(lang))
                .collect::<Vec<_>>()
                .join("; "),
            other => other.render_in(lang, ""),
        }
    }

    /// [`Error::render_in`] in English.
    pub fn render(&self, prefix: &str) -> String {
        self.render_in(UiLang::En, prefix)
    }
}

impl std::fmt::Display for crate::error::Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.render(""))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every message and hint of every book, learnt alone into an empty book (and through the
    /// run's books), says what the whole book parsed at once says, with and without arguments.
    #[test]
    fn a_message_learnt_alone_says_what_the_whole_book_does() {
        let args: Vec<(&str, String)> = ["file", "count", "id", "name", "error", "value"]
            .iter()
            .map(|k| (*k, "7".to_string()))
            .collect();
        for lang in UiLang::ALL {
            let id = lang.name().parse().unwrap_or_default();
            let mut whole: Bundle = FluentBundle::new_concurrent(vec![id]);
            whole.set_use_isolating(false);
            let resource = FluentResource::try_new(lang.source().to_string()).unwrap();
            whole.add_resource(resource).unwrap();
            let ids = ids(lang);
            assert!(ids.len() > 200, "{lang:?}");
            for id in &ids {
                let message = whole.get_message(id).unwrap();
                for (attr, pattern) in [
                    (None, message.value()),
                    (
                        Some("hint"),
                        message.get_attribute("hint").map(|a| a.value()),
                    ),
                ] {
                    let Some(pattern) = pattern else { continue };
                    for given in [&[][..], &args[..]] {
                        let mut fluent = FluentArgs::new();
                        for (k, v) in given {
                            fluent.set(*k, FluentValue::from(v.as_str()));
                        }
                        let mut errors = Vec::new();
                        let want = whole.format_pattern(pattern, Some(&fluent), &mut errors);
                        let got = text(lang, id, attr, given);
                        assert_eq!(got.as_deref(), Some(&*want), "{lang:?} {id} {attr:?}");
                        let mut alone: Bundle = FluentBundle::new_concurrent(vec![
                            lang.name().parse().unwrap_or_default(),
                        ]);
                        alone.set_use_isolating(false);
                        let mut alone = Book::new(alone);
                        alone.learn(lang.source(), id);
                        let alone = alone.bundle;
                        let message = alone.get_message(id).unwrap();
                        let pattern = match attr {
                            Some(a) => message.get_attribute(a).unwrap().value(),
                            None => message.value().unwrap(),
                        };
                        let mut errors = Vec::new();
                        let got = alone.format_pattern(pattern, Some(&fluent), &mut errors);
                        assert_eq!(got, want, "{lang:?} {id} {attr:?} alone");
                    }
                }
            }
        }
    }

    #[test]
    fn an_entry_ends_where_the_next_begins() {
        let book = "# a comment\nfirst = one\n    two\n  .hint = three\n\nfirst-more = { first }\n\
                    -term = t\nfirst = again\nlast=x";
        let entries = entries(book);
        assert_eq!(
            entry(&entries, book, "first"),
            Some("first = one\n    two\n  .hint = three\n\n")
        );
        assert_eq!(
            entry(&entries, book, "first-more"),
            Some("first-more = { first }\n")
        );
        assert_eq!(entry(&entries, book, "last"), Some("last=x"));
        for absent in ["one", "-term", "firs", "t", ""] {
            assert_eq!(entry(&entries, book, absent), None, "{absent}");
        }
        let refs: Vec<&str> =
            references("{ a } x. {b.hint} { $c } { -d } { NUMBER($e) } {f }\n .hint = y").collect();
        assert_eq!(refs, ["a", "b", "f"]);
    }
}
