//! Clause templates (Tera): compiled with every clause's wording and checked against the
//! parameters each variant declares when a library is checked, or each compiled when it is
//! first rendered for the built-in library, which the test suite checks; rendered per level
//! and language with the grammar filters of [`filters`].

pub(crate) mod filters;

use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, RwLock};

use tera::{Context, Tera};

use crate::error::{Diagnostic, Error, Result};
use crate::i18n::Locales;
use crate::lang::Lang;
use crate::memo::Memo;
use crate::model::{Clause, Level, ParamValue, Variant};

/// Template variables every clause gets besides its parameters.
pub(crate) const CONTEXT_VARIABLES: [&str; 2] = ["level", "lang"];

/// The templates of a clause library.
pub(crate) struct Templates {
    locales: Arc<Locales>,
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
        /// Each template as written, by name.
        sources: HashMap<String, String>,
        /// Those rendered so far, each compiled alone.
        done: RwLock<HashMap<String, Arc<Tera>>>,
    },
}

/// A clause template waiting to be compiled with all the others (Tera re-checks every template on
/// each addition, so they are added in one go), with what its checks need.
pub(crate) struct Pending {
    /// The template's name: `2.3/union/sector/kk`.
    pub name: String,
    /// The template as written.
    pub text: String,
    /// Which part of the clause file it is, as the message `clause-part` says it: "the Kazakh
    /// text of variant `union` at the sector level" ([`text_part`], [`label_part`]).
    pub what: Vec<(&'static str, String)>,
    /// Where the variant's text starts.
    pub at: Diagnostic,
    /// Parameters of this variant.
    pub declared: BTreeSet<String>,
    /// Parameters of the whole file.
    pub all_declared: BTreeSet<String>,
}

/// The arguments of `clause-part` for the text of `variant` at `level` in `lang`.
pub(crate) fn text_part(lang: Lang, variant: Variant, level: Level) -> Vec<(&'static str, String)> {
    vec![
        ("part", "text".into()),
        ("lang", lang.code().into()),
        ("variant", variant.name().into()),
        ("level", level.name().into()),
        ("param", String::new()),
    ]
}

/// The arguments of `clause-part` for the label of parameter `param` in `lang`.
pub(crate) fn label_part(lang: Lang, param: &str) -> Vec<(&'static str, String)> {
    vec![
        ("part", "label".into()),
        ("lang", lang.code().into()),
        ("variant", String::new()),
        ("level", String::new()),
        ("param", param.into()),
    ]
}

/// The diagnostic of `p` saying `id`, with `more` arguments than those of its part.
fn about(p: &Pending, id: &'static str, more: Vec<(&'static str, String)>) -> Diagnostic {
    let mut args = p.what.clone();
    args.extend(more);
    p.at.clone().coded(id, args)
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
        pending: &[Pending],
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
            locales: Arc::clone(locales),
            compiled: Compiled::All(Box::new(tera)),
            id: NEXT_ID.fetch_add(1, Ordering::Relaxed),
        }
    }

    /// The templates of `pending`, each compiled when it is first rendered, unchecked: for the
    /// built-in library, whose every template the test suite compiles and checks
    /// ([`Templates::compile`]), so that a run compiles only the wordings it renders.
    pub(crate) fn as_used(pending: Vec<Pending>, locales: &Arc<Locales>) -> Templates {
        Templates {
            locales: Arc::clone(locales),
            compiled: Compiled::AsUsed {
                sources: pending.into_iter().map(|p| (p.name, p.text)).collect(),
                done: RwLock::new(HashMap::new()),
            },
            id: NEXT_ID.fetch_add(1, Ordering::Relaxed),
        }
    }

    /// Renders the template `name` with `ctx`, compiling it first if it is not yet.
    fn render_named(&self, name: &str, ctx: &Context) -> std::result::Result<String, tera::Error> {
        let (sources, done) = match &self.compiled {
            Compiled::All(tera) => return tera.render(name, ctx),
            Compiled::AsUsed { sources, done } => (sources, done),
        };
        let ready = done.read().ok().and_then(|d| d.get(name).cloned());
        let tera = match ready {
            Some(tera) => tera,
            None => {
                let mut tera = engine(&self.locales);
                // A name the library lacks is Tera's own "not found", as from the whole library.
                if let Some(text) = sources.get(name) {
                    tera.add_raw_template(name, text)?;
                }
                let tera = Arc::new(tera);
                if let Ok(mut d) = done.write() {
                    d.insert(name.to_string(), Arc::clone(&tera));
                }
                tera
            }
        };
        tera.render(name, ctx)
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
            let text = self.render_named(&name, &ctx).map_err(|e| {
                let mut args = text_part(lang, variant, own);
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
            let text = self.render_named(&name, &ctx).map_err(|e| {
                let mut args = label_part(lang, param);
                args.extend([("file", clause.file.clone()), ("error", tera_message(&e))]);
                Error::said("template-failed", args)
            })?;
            Ok(tidy(&text))
        })
    }
}

impl Pending {
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

/// Collapses runs of whitespace left by template tags and line folding into single spaces,
/// keeping blank lines as paragraph breaks and line starts of list items.
fn tidy(text: &str) -> String {
    text.split("\n\n")
        .map(|paragraph| {
            paragraph
                .lines()
                .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
                .filter(|l| !l.is_empty())
                .fold(String::new(), |mut acc, line| {
                    if !acc.is_empty() {
                        let item = line.starts_with("- ")
                            || line
                                .split_once(". ")
                                .is_some_and(|(n, _)| n.parse::<u32>().is_ok());
                        acc.push(if item { '\n' } else { ' ' });
                    }
                    acc.push_str(&line);
                    acc
                })
        })
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("\n\n")
}
