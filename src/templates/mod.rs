//! Clause templates (Tera): compiled with every clause's wording and checked against the
//! parameters each variant declares when a library is checked, or each compiled when it is
//! first rendered for the built-in library, which the test suite checks; rendered per level
//! and language with the grammar filters of [`filters`].

pub(crate) mod filters;

use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::rc::Rc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, RwLock};

use tera::{Context, Tera};

use crate::error::{Diagnostic, Error, Result, Source};
use crate::i18n::Locales;
use crate::lang::Lang;
use crate::memo::Memo;
use crate::model::{Clause, Level, ParamValue, Variant};

/// Template variables every clause gets besides its parameters.
pub(crate) const CONTEXT_VARIABLES: [&str; 2] = ["level", "lang"];

/// The templates of a clause library.
pub(crate) struct Templates {
    compiled: Compiled,
    /// Which library's templates these are, for what a thread remembers of their renders.
    id: u64,
}

thread_local! {
    /// The clauses and labels a thread rendered, tidied, by library, template and the values
    /// given to it: a template sees only its clause's parameters, so the rows of a batch, which
    /// differ in names and a few values, render most of their clauses alike.
    static RENDERED: RefCell<Memo<String>> = RefCell::new(Memo::new(RENDERED_KEPT));
}

/// The renders a thread remembers in each generation: an 18-norm annex has about 60.
const RENDERED_KEPT: usize = 512;

/// The next library's [`Templates::id`].
static NEXT_ID: AtomicU64 = AtomicU64::new(0);

/// The templates compiled: all at once and checked, or each the first time it is rendered.
enum Compiled {
    All(Box<Tera>),
    AsUsed {
        /// An engine with the filters and no template, which each template's engine copies
        /// (cheaper than registering Tera's own filters and ours again).
        blank: Box<Tera>,
        /// Each label's template as written, by name.
        sources: HashMap<String, String>,
        /// Those rendered so far, each compiled alone.
        done: RwLock<HashMap<String, Arc<Tera>>>,
    },
}

/// A clause template waiting to be compiled with all the others (Tera re-checks every template on
/// each addition, so they are added in one go), with what its checks need.
pub(crate) struct Pending<'a> {
    /// The template's name: `2.3/union/sector/kk`.
    pub name: String,
    /// The template as written.
    pub text: String,
    /// Which part of the clause file it is.
    pub what: Part,
    /// The clause file it is from.
    pub source: &'a Source,
    /// Where in it the text starts: line and column.
    pub at: (usize, usize),
    /// Parameters of this variant.
    pub declared: Rc<BTreeSet<String>>,
    /// Parameters of the whole file.
    pub all_declared: Rc<BTreeSet<String>>,
}

/// A part of a clause file that is a template, as the message `clause-part` says it: "the Kazakh
/// text of variant `union` at the sector level", "the Russian label of `review_days`".
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Part {
    /// The text of a variant at a level.
    Text(Lang, Variant, Level),
    /// The label of a parameter.
    Label(Lang, String),
}

impl Part {
    /// The arguments of `clause-part`.
    pub(crate) fn args(&self) -> Vec<(&'static str, String)> {
        let (part, lang, variant, level, param) = match self {
            Part::Text(lang, variant, level) => ("text", lang, variant.name(), level.name(), ""),
            Part::Label(lang, param) => ("label", lang, "", "", param.as_str()),
        };
        vec![
            ("part", part.into()),
            ("lang", lang.code().into()),
            ("variant", variant.into()),
            ("level", level.into()),
            ("param", param.into()),
        ]
    }
}

/// The diagnostic of `p` saying `id`, with `more` arguments than those of its part.
fn about(p: &Pending<'_>, id: &'static str, more: Vec<(&'static str, String)>) -> Diagnostic {
    let mut args = p.what.args();
    args.extend(more);
    p.source.diag(p.at.0, p.at.1, "").coded(id, args)
}

/// The name a template is compiled under.
pub(crate) fn template_name(id: &str, variant: Variant, level: Level, lang: Lang) -> String {
    format!("{id}/{}/{}/{}", variant.name(), level.name(), lang.code())
}

/// The variable a parameter's label template states the value with.
pub(crate) const LABEL_VALUE: &str = "value";

/// The name a parameter's label is compiled under: `2.3/param/review_days/kk`.
pub(crate) fn label_name(id: &str, param: &str, lang: Lang) -> String {
    format!("{id}/param/{param}/{}", lang.code())
}

fn engine(locales: &Arc<Locales>) -> Tera {
    let mut tera = Tera::new();
    tera.autoescape_on(Vec::<&str>::new());
    filters::register(&mut tera, Arc::clone(locales));
    tera
}

impl Templates {
    /// Compiles every pending template at once, then checks each; problems go to `diags`. When
    /// the batch fails, each template is compiled alone to say which one is wrong and where.
    pub(crate) fn compile(
        pending: &[Pending<'_>],
        locales: &Arc<Locales>,
        diags: &mut Vec<Diagnostic>,
    ) -> Templates {
        let mut tera = engine(locales);
        let all = pending.iter().map(|p| (p.name.as_str(), p.text.as_str()));
        if tera.add_raw_templates(all).is_err() {
            for p in pending {
                let mut alone = engine(locales);
                if let Err(e) = alone.add_raw_template(&p.name, &p.text) {
                    diags.push(about(
                        p,
                        "template-invalid",
                        vec![("error", tera_message(&e))],
                    ));
                }
            }
        } else {
            for p in pending {
                p.check(&tera, diags);
            }
        }
        Templates {
            compiled: Compiled::All(Box::new(tera)),
            id: NEXT_ID.fetch_add(1, Ordering::Relaxed),
        }
    }

    /// The templates of `pending`, each compiled when it is first rendered, unchecked: for the
    /// built-in library, whose every template the test suite compiles and checks
    /// ([`Templates::compile`]), so that a run compiles only the wordings it renders. A wording's
    /// text is taken from its clause when rendered; `pending` holds the labels, which are kept
    /// here (an unchecked clause file gives no wording to it).
    pub(crate) fn as_used(pending: Vec<Pending<'_>>, locales: &Arc<Locales>) -> Templates {
        Templates {
            compiled: Compiled::AsUsed {
                blank: Box::new(engine(locales)),
                sources: pending.into_iter().map(|p| (p.name, p.text)).collect(),
                done: RwLock::new(HashMap::new()),
            },
            id: NEXT_ID.fetch_add(1, Ordering::Relaxed),
        }
    }

    /// Renders the template `name` with `ctx`, compiling it first if it is not yet, from
    /// `written` (a wording's text, from its clause) or from the labels kept. As used, a text
    /// without a tag is given as it is, and one of text and `{{ … }}` expressions alone
    /// ([`pieces`]) is rendered an expression at a time, each a one-off template of the blank
    /// engine: Tera's lexer reads a text a byte at a time, and the library's wordings are long
    /// texts around a few expressions. Should an expression fail, the whole template is
    /// rendered, so that the error is the one Tera gives of it.
    fn render_named(
        &self,
        name: &str,
        written: Option<&str>,
        ctx: &Context,
    ) -> std::result::Result<String, tera::Error> {
        let (blank, sources, done) = match &self.compiled {
            Compiled::All(tera) => return tera.render(name, ctx),
            Compiled::AsUsed {
                blank,
                sources,
                done,
            } => (blank, sources, done),
        };
        let text = written.or_else(|| sources.get(name).map(String::as_str));
        // A name the library lacks is Tera's own "not found", as from the whole library.
        let compiled = |name: &str, text: Option<&str>| {
            if let Some(tera) = done.read().ok().and_then(|d| d.get(name).cloned()) {
                return Ok(tera);
            }
            let mut tera = Tera::clone(blank);
            if let Some(text) = text {
                tera.add_raw_template(name, text)?;
            }
            let tera = Arc::new(tera);
            if let Ok(mut d) = done.write() {
                d.insert(name.to_string(), Arc::clone(&tera));
            }
            Ok::<_, tera::Error>(tera)
        };
        if let Some(pieces) = text.and_then(pieces) {
            let mut out = String::with_capacity(text.map_or(0, str::len));
            let mut failed = false;
            for piece in pieces {
                match piece {
                    Piece::Text(t) => out.push_str(t),
                    // Compiled on the blank engine, which copies nothing nor re-checks templates.
                    Piece::Expr(e) => match blank.render_str(e, ctx, false) {
                        Ok(value) => out.push_str(&value),
                        Err(_) => {
                            failed = true;
                            break;
                        }
                    },
                }
            }
            if !failed {
                return Ok(out);
            }
        }
        compiled(name, text)?.render(name, ctx)
    }

    /// Renders the wording of `clause` in `variant` for `level` and `lang` with `params`, as one
    /// Markdown paragraph with single spaces.
    pub(crate) fn render(
        &self,
        clause: &Clause,
        variant: Variant,
        level: Level,
        lang: Lang,
        params: &BTreeMap<String, ParamValue>,
    ) -> Result<String> {
        let own = clause.wording_level(variant, level);
        let name = template_name(&clause.id, variant, own, lang);
        self.remembered(&name, &format!("{params:?}"), || {
            let mut ctx = Context::new();
            ctx.insert("lang", lang.code());
            for (name, value) in params {
                ctx.insert(name.clone(), value);
            }
            let written = clause
                .wording(variant, level)
                .map(|w| w.text.get(lang).as_ref());
            let text = self.render_named(&name, written, &ctx).map_err(|e| {
                let mut args = Part::Text(lang, variant, own).args();
                args.extend([("file", clause.file.clone()), ("error", tera_message(&e))]);
                Error::said("template-failed", args)
            })?;
            Ok(tidy(&text))
        })
    }

    /// What `render` gives for the template `name` with the values `values` (their debug form),
    /// remembered by this thread.
    fn remembered(
        &self,
        name: &str,
        values: &str,
        render: impl FnOnce() -> Result<String>,
    ) -> Result<String> {
        let id = self.id.to_le_bytes();
        let key: [&[u8]; 4] = [&id, name.as_bytes(), b"\0", values.as_bytes()];
        RENDERED.with(|memo| memo.borrow_mut().try_get(&key, render))
    }

    /// What parameter `param` of `clause` sets, with `value`, in words in `lang`: «срок
    /// рассмотрения жалобы — 10 (десять) рабочих дней».
    pub(crate) fn label(
        &self,
        clause: &Clause,
        param: &str,
        lang: Lang,
        value: &ParamValue,
    ) -> Result<String> {
        let name = label_name(&clause.id, param, lang);
        self.remembered(&name, &format!("{value:?}"), || {
            let mut ctx = Context::new();
            ctx.insert("lang", lang.code());
            ctx.insert(LABEL_VALUE, value);
            let text = self.render_named(&name, None, &ctx).map_err(|e| {
                let mut args = Part::Label(lang, param.to_string()).args();
                args.extend([("file", clause.file.clone()), ("error", tera_message(&e))]);
                Error::said("template-failed", args)
            })?;
            Ok(tidy(&text))
        })
    }
}

impl Pending<'_> {
    /// Checks the variables the compiled template uses against the declared parameters.
    fn check(&self, tera: &Tera, diags: &mut Vec<Diagnostic>) {
        let used: BTreeSet<String> = tera
            .get_template_variables(&self.name)
            .map(|v| {
                v.into_iter()
                    .filter(|v| !CONTEXT_VARIABLES.contains(v))
                    .map(str::to_string)
                    .collect()
            })
            .unwrap_or_default();
        for u in used.difference(&self.declared) {
            let id = if self.all_declared.contains(u) {
                "template-no-default"
            } else {
                "template-undeclared"
            };
            diags.push(about(self, id, vec![("name", u.clone())]));
        }
        for u in self.declared.difference(&used) {
            diags.push(about(self, "template-unused", vec![("name", u.clone())]));
        }
    }
}

/// A Tera error with its causes, on one line where possible.
fn tera_message(e: &tera::Error) -> String {
    let mut text = e.to_string();
    let mut source = std::error::Error::source(e);
    while let Some(s) = source {
        text.push_str(&format!(" ({s})"));
        source = s.source();
    }
    text
}

/// A piece of a template: literal text, or an expression `{{ … }}` with its braces.
#[derive(Debug, PartialEq, Eq)]
enum Piece<'a> {
    Text(&'a str),
    Expr(&'a str),
}

/// The pieces of `text` if it holds only literal text and `{{ … }}` expressions, which Tera
/// renders as the text with each expression's value in its place; `None` for any other
/// template: a block or a comment, whitespace control (`{{-`), a brace inside an expression, or
/// an odd number of a quote inside one (a `}}` in a string).
fn pieces(text: &str) -> Option<Vec<Piece<'_>>> {
    let mut found = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        match rest.as_bytes().get(open + 1) {
            Some(b'{') => {
                let len = rest[open + 2..].find("}}")?;
                let inner = &rest[open + 2..open + 2 + len];
                let odd = |q: char| inner.matches(q).count() % 2 == 1;
                if inner.starts_with('-')
                    || inner.ends_with('-')
                    || inner.contains(['{', '}'])
                    || ['"', '\'', '`'].into_iter().any(odd)
                {
                    return None;
                }
                found.push(Piece::Text(&rest[..open]));
                found.push(Piece::Expr(&rest[open..open + len + 4]));
                rest = &rest[open + len + 4..];
            }
            Some(b'%' | b'#') => return None,
            _ => {
                found.push(Piece::Text(&rest[..=open]));
                rest = &rest[open + 1..];
            }
        }
    }
    found.push(Piece::Text(rest));
    Some(found)
}

/// Collapses runs of whitespace left by template tags and line folding into single spaces,
/// keeping blank lines as paragraph breaks and line starts of list items (`- …`, `2. …`), in
/// one pass: a paragraph ends at an empty line, a word at what [`char::is_whitespace`] calls
/// whitespace.
fn tidy(text: &str) -> String {
    // Most wordings render as one line with single spaces (a folded YAML text and its newline):
    // found so by a few searches of the whole text, not word by word.
    let line = text.strip_suffix('\n').unwrap_or(text);
    if is_tidy(line) {
        return line.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut open = false;
    for line in text.split('\n') {
        if line.is_empty() {
            open = false;
            continue;
        }
        let mut words = Words(line);
        let Some(first) = words.next() else {
            continue;
        };
        let more = words.clone().next().is_some();
        if open {
            let number = first
                .strip_suffix('.')
                .is_some_and(|n| n.parse::<u32>().is_ok());
            let item = more && (first == "-" || number);
            out.push(if item { '\n' } else { ' ' });
        } else if !out.is_empty() {
            out.push_str("\n\n");
        }
        open = true;
        // Words one space apart are copied as one run.
        let offset = |word: &str| word.as_ptr() as usize - line.as_ptr() as usize;
        let (mut run, mut end) = (offset(first), offset(first) + first.len());
        for word in words {
            let at = offset(word);
            if at != end + 1 || line.as_bytes()[end] != b' ' {
                out.push_str(&line[run..end]);
                out.push(' ');
                run = at;
            }
            end = at + word.len();
        }
        out.push_str(&line[run..end]);
    }
    out
}

/// Whether `text` is what [`tidy`] makes of it: one line, words one ASCII space apart, no
/// whitespace at either end. Only a byte 0xC2, 0xE1, 0xE2 or 0xE3 can begin whitespace beyond
/// ASCII; each is decoded (in Kazakh and Russian text, the «» and dashes).
fn is_tidy(text: &str) -> bool {
    let bytes = text.as_bytes();
    !text.starts_with(' ')
        && !text.ends_with(' ')
        && memchr::memchr3(b'\n', b'\t', b'\r', bytes).is_none()
        && memchr::memchr2(0x0B, 0x0C, bytes).is_none()
        && memchr::memmem::find(bytes, b"  ").is_none()
        && memchr::memchr3_iter(0xC2, 0xE2, 0xE1, bytes)
            .chain(memchr::memchr_iter(0xE3, bytes))
            .all(|i| text[i..].chars().next().is_some_and(|c| !c.is_whitespace()))
}

/// The words of a line, as [`str::split_whitespace`] finds them, found by byte: only an ASCII
/// space or a character whose first byte is 0xC2, 0xE1, 0xE2 or 0xE3 can be whitespace, so the
/// letters of Kazakh and Russian are passed over without being decoded.
#[derive(Clone)]
struct Words<'a>(&'a str);

/// What a byte may begin: 0 no whitespace, 1 an ASCII space, 2 a character to decode.
const SPACE: [u8; 256] = {
    let mut table = [0; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = match b as u8 {
            b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | b' ' => 1,
            0xC2 | 0xE1..=0xE3 => 2,
            _ => 0,
        };
        b += 1;
    }
    table
};

impl<'a> Words<'a> {
    /// The length in bytes of the whitespace character at byte `i` of the rest, or 0.
    fn space_at(&self, i: usize) -> usize {
        match SPACE[usize::from(self.0.as_bytes()[i])] {
            0 => 0,
            1 => 1,
            _ => self.0[i..]
                .chars()
                .next()
                .filter(|c| c.is_whitespace())
                .map_or(0, char::len_utf8),
        }
    }
}

impl<'a> Iterator for Words<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let bytes = self.0.as_bytes();
        let mut start = 0;
        while start < bytes.len() {
            match self.space_at(start) {
                0 => break,
                n => start += n,
            }
        }
        let mut end = start;
        loop {
            while end < bytes.len() && SPACE[usize::from(bytes[end])] == 0 {
                end += 1;
            }
            if end == bytes.len() || self.space_at(end) > 0 {
                break;
            }
            end += 1;
        }
        let word = &self.0[start..end];
        self.0 = &self.0[end..];
        (!word.is_empty()).then_some(word)
    }
}

#[cfg(test)]
mod tests {
    use super::{Piece, pieces, tidy};
    use proptest::prelude::*;

    /// `tidy` as it was first written, paragraph by paragraph with the standard library's
    /// splitting: the faster one must give the same text.
    fn tidy_plain(text: &str) -> String {
        let mut out = String::with_capacity(text.len());
        for paragraph in text.split("\n\n") {
            let mut open = false;
            for line in paragraph.lines() {
                let mut words = line.split_whitespace();
                let Some(first) = words.next() else {
                    continue;
                };
                let more = words.clone().next().is_some();
                if open {
                    let number = first
                        .strip_suffix('.')
                        .is_some_and(|n| n.parse::<u32>().is_ok());
                    out.push(if more && (first == "-" || number) {
                        '\n'
                    } else {
                        ' '
                    });
                } else if !out.is_empty() {
                    out.push_str("\n\n");
                }
                open = true;
                out.push_str(first);
                for word in words {
                    out.push(' ');
                    out.push_str(word);
                }
            }
        }
        out
    }

    #[test]
    fn a_template_of_text_and_expressions_is_cut_into_its_pieces() {
        use Piece::{Expr, Text};
        assert_eq!(pieces("plain"), Some(vec![Text("plain")]));
        assert_eq!(
            pieces("a {{ n | count(noun=\"days\") }} b {c} {{x}}"),
            Some(vec![
                Text("a "),
                Expr("{{ n | count(noun=\"days\") }}"),
                Text(" b {"),
                Text("c} "),
                Expr("{{x}}"),
                Text(""),
            ])
        );
        for whole in [
            "{% if a %}b{% endif %}",
            "a {# note #}",
            "{{- a }}",
            "{{ a -}}",
            "{{ \"}}\" }}",
            "{{ '}}' }}",
            "{{ {} }}",
            "{{ a",
            "{{{ a }}}",
        ] {
            assert_eq!(pieces(whole), None, "{whole}");
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 4000, ..ProptestConfig::default() })]
        #[test]
        fn tidy_is_the_plain_tidy(
            text in "([a-c1-3.\\-әқ]|\n|\r| |\t|\u{a0}|\u{85}|\u{2009}|\u{202f}|\u{3000}|\u{1680}|\u{2060}|\u{e2}|¬|—|\u{1c}){0,40}"
        ) {
            prop_assert_eq!(tidy(&text), tidy_plain(&text));
        }
    }

    #[test]
    fn tidy_keeps_paragraphs_and_list_items_and_collapses_the_rest() {
        let cases = [
            ("  a \t b\n  c  ", "a b c"),
            ("a\n\n\n\n b\n", "a\n\nb"),
            ("\n\n  \n\na", "a"),
            (
                "intro:\n- one\n  more\n-\n-x\n2. two\n3.\n.5 x\nx. y",
                "intro:\n- one more - -x\n2. two 3. .5 x x. y",
            ),
            ("a\u{a0}\u{a0}b", "a b"),
            ("", ""),
        ];
        for (text, tidied) in cases {
            assert_eq!(tidy(text), tidied, "{text:?}");
        }
    }
}
