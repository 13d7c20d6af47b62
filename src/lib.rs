//! kelisim drafts the artificial-intelligence annex of Kazakh collective agreements (and of
//! sectoral and regional agreements) in Kazakh and Russian at once, from a small YAML profile.
//!
//! # Steps
//!
//! 1. **Load** ([`load`]): the profile (YAML, strict, with line and column of every value), the
//!    clause files (`clauses/*.yaml`, [`load::clauses`]) and the phrase books (`locales/*.ftl`,
//!    [`i18n`]), compiled in and overridable file by file ([`load::files`]); a run of the
//!    built-in library reads its clause files from the JSON the build made of them, and
//!    borrows their wordings from the binary.
//! 2. **Model** ([`model`], [`library`]): validation turns the input into a [`model::Profile`] or
//!    a list of [`error::Diagnostic`]s; a library from files is checked when loaded (both
//!    languages, declared parameters used in both), its templates compiled whole; the built-in
//!    one, checked by the test suite, compiles each template as it is first rendered, a
//!    wording of text and expressions an expression at a time ([`templates`]), and learns each
//!    phrase as it is first said ([`i18n`]).
//! 3. **Render** ([`render`]): Fluent phrases and Tera clause templates, with the grammar
//!    filters ([`grammar`]), become a [`document::Annex`] with final numbering.
//! 4. **Document kinds**: each builds a [`document::Document`]: the annex
//!    ([`document::Annex::document`]), the letters its procedures call for ([`letters`]), the
//!    redline ([`diff::redline`]), the comparison table ([`diff::table`]) and the protocol of
//!    disagreements ([`diff::protocol`]).
//! 5. **Export** ([`export`]): pure functions from any document to bytes, Markdown and DOCX,
//!    with the page style from [`style`]; the DOCX reader sits beside the writer. PDF is the
//!    DOCX converted by LibreOffice ([`pdf`]), many documents in one run, made reproducible.
//!
//! On top: [`diff`] (two wordings compared), [`batch`] (many profiles from a table),
//! [`floor`] and [`lint`] (checks). The command-line interface in `src/main.rs` and `src/cmd/`
//! only parses arguments, calls these steps and writes files.
//!
//! # Modules, lowest first
//!
//! A module uses only those before it (`tests/layers.rs` checks): `error`, `memo`, `names`, `messages`,
//! `input`, `suggest`, `lang`, `typography`, `dates`, `calendar` → `model`, `document` → `grammar` →
//! `i18n` → `templates` → `load`, `style` → `library` → `schema`, `render` → `floor`, `lint`,
//! `deadlines` → `letters` → `export` → `pdf` → `diff` → `batch`.
//!
//! ```
//! use kelisim::{Library, Source, export};
//!
//! let library = Library::load(None)?;
//! let profile = Source::new(
//!     "profile.yaml",
//!     r#"
//! agreement: {level: enterprise}
//! parties:
//!   employer: {name: {kk: "«Алтын» ЖШС", ru: "ТОО «Алтын»"}}
//!   workers: {name: {kk: "«Алтын» ЖШС кәсіподағы", ru: "Профсоюз ТОО «Алтын»"}}
//! norms: [human-review]
//! "#,
//! );
//! let (_, annex) = kelisim::render_profile(&profile, &library)?;
//! let md = export::markdown(&annex.document(false), &Default::default());
//! assert!(md.contains("**2.1. Адамның араласу құқығы.**"));
//! assert!(md.contains("**2.1. Право на человеческое вмешательство.**"));
//! # Ok::<(), kelisim::Error>(())
//! ```

pub mod batch;
pub mod calendar;
pub mod dates;
pub mod deadlines;
pub mod diff;
pub mod document;
pub mod error;
pub mod export;
pub mod floor;
pub mod grammar;
pub mod i18n;
pub mod input;
pub mod lang;
pub mod letters;
pub mod library;
pub mod lint;
pub mod load;
pub(crate) mod memo;
pub mod messages;
pub mod model;
pub mod names;
pub mod pdf;
pub(crate) mod render;
pub mod schema;
pub mod style;
pub(crate) mod suggest;
pub(crate) mod templates;
pub mod typography;

pub use document::{Annex, Document};
pub use error::{Error, Result, Source};
pub use export::Format;
pub use lang::{Bilingual, Lang};
pub use library::Library;
pub use model::Profile;

/// Steps 1–3 for one profile: validate `source` against `library` and render its annex.
pub fn render_profile(source: &Source, library: &Library) -> Result<(Profile, Annex)> {
    let profile = load::profile::load(source, library.clauses())?;
    let annex = render::annex(&profile, library)?;
    Ok((profile, annex))
}
