//! Command-line arguments (clap derive). Every flag is documented here; `kelisim help` shows it.

use std::path::PathBuf;

use clap::builder::{PossibleValue, PossibleValuesParser, TypedValueParser};
use clap::{Args, Parser, Subcommand, ValueEnum};

use kelisim::export::Format;
use kelisim::grammar::{kk, ru};
use kelisim::lang::Lang;
use kelisim::model::{Layout, Level, Variant};
use kelisim::names::Named;

/// The parser of an enum whose names (and their help) come from its table, so the command line
/// accepts exactly what profiles and messages call its values.
fn named<T: Named + Clone + Send + Sync>() -> impl TypedValueParser<Value = T> {
    PossibleValuesParser::new(
        T::TABLE
            .iter()
            .map(|e| PossibleValue::new(e.name).help(e.about.trim())),
    )
    .try_map(|name: String| T::from_name(&name).ok_or("not one of the possible values"))
}

/// `kelisim --version`: the version, the git revision and the day it was built, which a bug
/// report quotes.
pub(crate) fn version() -> String {
    let built = env!("KELISIM_BUILT").parse::<i64>().map_or_else(
        |_| "unknown".to_string(),
        |t| kelisim::dates::Moment::from_unix(t).date.iso(),
    );
    format!(
        "{} ({}, built {built})",
        env!("CARGO_PKG_VERSION"),
        env!("KELISIM_REVISION")
    )
}

/// Drafts the AI annex of a Kazakh collective agreement in Kazakh and Russian from a YAML profile.
#[derive(Debug, Parser)]
#[command(name = "kelisim", version, about, long_about = None)]
pub(crate) struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
    #[command(flatten)]
    pub global: GlobalArgs,
}

/// The flags every command takes.
#[derive(Debug, Args)]
pub(crate) struct GlobalArgs {
    /// Say nothing but errors and warnings (no «wrote …», no progress bar).
    #[arg(short, long, global = true)]
    pub quiet: bool,
    /// Also say what is read: the files, the clause library, the calendar.
    #[arg(short, long, global = true)]
    pub verbose: bool,
    /// The language of messages [default: the project file's `ui_lang`, else LC_ALL,
    /// LC_MESSAGES or LANG, else English]; clap's own help stays English.
    #[arg(long, global = true, value_parser = named::<kelisim::messages::UiLang>(), value_name = "LANG")]
    pub ui_lang: Option<kelisim::messages::UiLang>,
    /// Errors and warnings as JSON on standard output, one list when the command ends: each
    /// `{file, line, column, severity, code, message, help}` (the README lists the codes).
    #[arg(long, global = true)]
    pub json: bool,
    /// Colour in messages and in `diff`'s marks.
    #[arg(
        long,
        value_enum,
        global = true,
        default_value = "auto",
        value_name = "WHEN"
    )]
    pub color: Color,
}

/// When to colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum Color {
    /// On a terminal, unless NO_COLOR is set.
    Auto,
    /// Always.
    Always,
    /// Never.
    Never,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    /// Render profiles into the bilingual annex.
    #[command(after_help = "Examples:
  kelisim render examples/karaganda-coal.yaml -o out/
  kelisim render profile.yaml --format docx,pdf --coverage --reference-doc letterhead.docx
  kelisim render profile.yaml -o -            # the Markdown to standard output")]
    Render(RenderArgs),
    /// Validate profiles (and a clause override) without writing anything.
    #[command(after_help = "Examples:
  kelisim check profile.yaml
  kelisim check enterprise.yaml --floor sector.yaml")]
    Check(CheckArgs),
    /// Browse the clause library, or copy it out to customise it.
    #[command(
        subcommand,
        after_help = "Examples:
  kelisim clauses list
  kelisim clauses show human-review --variant employer --lang ru
  kelisim clauses eject my-clauses/"
    )]
    Clauses(ClausesCommand),
    /// Write a commented starter profile (to standard output without FILE).
    #[command(after_help = "Examples:
  kelisim init profile.yaml
  kelisim init > profile.yaml")]
    Init(InitArgs),
    /// Print the JSON Schema of the profile, for editors.
    #[command(after_help = "Examples:
  kelisim schema -o kelisim.schema.json
  kelisim schema --clauses my-clauses/ > kelisim.schema.json

A profile names it on its first line, for editors with the YAML language server:
  # yaml-language-server: $schema=kelisim.schema.json")]
    Schema(SchemaArgs),
    /// Check a clause library (the shipped one, or a `--clauses` override) for drift between languages.
    #[command(after_help = "Examples:
  kelisim lint
  kelisim lint --clauses my-clauses/")]
    Lint(#[command(flatten)] LibraryArgs),
    /// Draft many agreements from a manifest: a base profile and a table of rows (CSV, XLSX, inline).
    #[command(after_help = "Examples:
  kelisim batch examples/batch/manifest.yaml -o drafts/
  kelisim batch manifest.yaml -o drafts.zip --floor sector.yaml
  kelisim batch manifest.yaml -o drafts/ --resume      # after an interruption")]
    Batch(BatchArgs),
    /// Compare two wordings: profiles, clause variants (2.3@union) or a DOCX edited by the other side.
    #[command(after_help = "Examples:
  kelisim diff union.yaml employer.yaml
  kelisim diff 2.3@union 2.3@employer
  kelisim diff ours.docx theirs.docx --format docx -o redline.docx
  kelisim diff ours.yaml theirs.yaml --format protocol --status round-2.yaml -o protocol.docx")]
    Diff(DiffArgs),
    /// Every deadline of the adopted norms' procedures for an event on a day, or as iCalendar.
    #[command(after_help = "Examples:
  kelisim deadlines examples/karaganda-coal.yaml --from 2027-03-12
  kelisim deadlines profile.yaml --from 2027-03-12 --ics terms.ics --holidays days-off.txt")]
    Deadlines(DeadlinesArgs),
    /// Write a letter an adopted norm's procedure calls for: a notice, an objection, a request, a report.
    Letter(LetterArgs),
    /// Put a Kazakh name or number in a case: «Алтын» ЖШС → «Алтын» ЖШС-ның.
    #[command(after_help = "Examples:
  kelisim inflect --case gen \"«Алтын» ЖШС\"
  kelisim inflect --all Қарағанды")]
    Inflect(InflectArgs),
    /// Write a number as documents do: 30 (тридцати), 30 (отыз).
    #[command(after_help = "Examples:
  kelisim number 30 --lang ru --case gen
  kelisim number 45")]
    Number(NumberArgs),
    /// Print a shell's completion script for kelisim.
    #[command(after_help = "Examples:
  kelisim completions bash > ~/.local/share/bash-completion/completions/kelisim
  kelisim completions zsh > ~/.zfunc/_kelisim")]
    Completions(CompletionsArgs),
    /// Show the defaults in force (the project file `kelisim.yaml`, the environment) and where
    /// each came from.
    #[command(after_help = "Example:
  kelisim config

A kelisim.yaml in the working directory or a parent sets the defaults:
  style: styles/office.yaml
  reference_doc: letterhead.docx
  clauses: my-clauses/
  author: \"Заңгер А. Б.\"
  holidays: calendars/2027.txt")]
    Config,
    /// Print the manual page, or write one page per command into DIR.
    #[command(after_help = "Examples:
  kelisim manpage | man -l -
  kelisim manpage man/")]
    Manpage(ManpageArgs),
}

/// Arguments of `schema`.
#[derive(Debug, Args)]
pub(crate) struct SchemaArgs {
    /// Write the schema to this file instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Overwrite the file if it exists.
    #[arg(long)]
    pub force: bool,
    #[command(flatten)]
    pub library: LibraryArgs,
}

/// Arguments of `completions`.
#[derive(Debug, Args)]
pub(crate) struct CompletionsArgs {
    /// The shell.
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

/// Arguments of `manpage`.
#[derive(Debug, Args)]
pub(crate) struct ManpageArgs {
    /// Write kelisim.1 and one page per command (kelisim-render.1, …) here; the main page to
    /// standard output without it.
    pub dir: Option<PathBuf>,
    /// Overwrite pages that exist.
    #[arg(long)]
    pub force: bool,
}

/// A date on the command line, `YYYY-MM-DD`.
fn date(text: &str) -> Result<kelisim::dates::Date, String> {
    kelisim::dates::Date::parse(text)
        .ok_or_else(|| format!("`{text}` is not a date; write YYYY-MM-DD, e.g. 2027-03-15"))
}

/// Arguments of `deadlines`.
#[derive(Debug, Args)]
pub(crate) struct DeadlinesArgs {
    /// The profile whose adopted norms' terms are counted.
    #[arg(value_name = "PROFILE")]
    pub profile: PathBuf,
    /// The day of the event each term counts from (a notice sent, a request received…).
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = date)]
    pub from: kelisim::dates::Date,
    #[command(flatten)]
    pub calendar: CalendarArgs,
    /// Also write the deadlines as an iCalendar file, to import into Outlook or any calendar.
    #[arg(long, value_name = "FILE.ics")]
    pub ics: Option<PathBuf>,
    /// Overwrite the iCalendar file if it exists.
    #[arg(long)]
    pub force: bool,
    #[command(flatten)]
    pub library: LibraryArgs,
}

/// The calendar working days are counted by.
#[derive(Debug, Args)]
pub(crate) struct CalendarArgs {
    /// Days off to count working days by, replacing the shipped calendar of Kazakhstan: a date a
    /// line is a day off, `work YYYY-MM-DD` a working Saturday.
    #[arg(long, value_name = "FILE")]
    pub holidays: Option<PathBuf>,
}

/// Arguments of `letter`.
#[derive(Debug, Args)]
#[command(after_help = "Examples:
  kelisim letter notice examples/karaganda-coal.yaml --system shift-planner --date 2027-02-01
  kelisim letter objection examples/karaganda-coal.yaml --system shift-planner --date 2027-02-20 --grounds grounds.yaml
  kelisim letter report examples/karaganda-coal.yaml --year 2027 --figures figures-2027.yaml --format docx,pdf")]
pub(crate) struct LetterArgs {
    /// Which letter.
    #[arg(value_parser = named::<kelisim::letters::Kind>(), value_name = "KIND")]
    pub kind: kelisim::letters::Kind,
    /// The enterprise profile: the parties, the adopted norms and the register of AI systems.
    #[arg(value_name = "PROFILE")]
    pub profile: PathBuf,
    /// The system of the register the letter is about (its `id`).
    #[arg(long, value_name = "ID")]
    pub system: Option<String>,
    /// The day of the letter and of its event: the notice given, the objection or request
    /// received, the complaint filed; its terms are counted from it [default: blank lines, and
    /// for a notice the last day its norms allow].
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = date)]
    pub date: Option<kelisim::dates::Date>,
    /// For `objection`: the grounds, a YAML list of `{kk: …, ru: …}` [default: lines to fill].
    #[arg(long, value_name = "FILE")]
    pub grounds: Option<PathBuf>,
    /// For `report`: the calendar year it covers.
    #[arg(long, value_name = "YYYY")]
    pub year: Option<i32>,
    /// For `report`: the year's figures per system (YAML) [default: a table to fill].
    #[arg(long, value_name = "FILE")]
    pub figures: Option<PathBuf>,
    #[command(flatten)]
    pub calendar: CalendarArgs,
    #[command(flatten)]
    pub out: DocumentArgs,
    #[command(flatten)]
    pub library: LibraryArgs,
}

/// Arguments of `batch`.
#[derive(Debug, Args)]
pub(crate) struct BatchArgs {
    /// The manifest (YAML: `base`, `table` or `rows`, optional `id`).
    pub manifest: PathBuf,
    /// Directory to write into (created if missing).
    #[arg(short, long, value_name = "DIR", default_value = "out")]
    pub output: PathBuf,
    /// Rows rendered at once (default: one per core).
    #[arg(short, long, value_name = "N")]
    pub jobs: Option<usize>,
    /// Output formats, comma-separated.
    #[arg(long, value_parser = named::<Format>(), value_delimiter = ',', default_value = "md,docx")]
    pub format: Vec<Format>,
    #[command(flatten)]
    pub pdf: PdfArgs,
    #[command(flatten)]
    pub page: PageArgs,
    /// Overwrite files that already exist.
    #[arg(long)]
    pub force: bool,
    /// Finish an interrupted batch in the same directory: rows already drafted from the same
    /// input are kept, the rest are drafted, and one complete index is written.
    #[arg(long)]
    pub resume: bool,
    /// The sectoral or regional profile above these enterprises: the index lists, per row,
    /// every point where it grants workers less.
    #[arg(long, value_name = "UPPER")]
    pub floor: Option<PathBuf>,
    #[command(flatten)]
    pub library: LibraryArgs,
}

/// What `diff` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum DiffFormat {
    /// A word diff per changed clause, Kazakh and Russian, coloured on a terminal.
    Term,
    /// Markdown with <del> and <ins>.
    Md,
    /// B's document with A→B as Word tracked changes (needs -o FILE.docx).
    Docx,
    /// The comparison table (Салыстырмалы кесте / Сравнительная таблица): DOCX if -o ends in .docx,
    /// Markdown otherwise.
    Table,
    /// Every change and warning for scripts: {"changes": [...], "warnings": [...]}.
    Json,
    /// The protocol of disagreements (A is the workers' wording, B the employer's): DOCX if -o
    /// ends in .docx, Markdown otherwise; `--status` says where each item stands.
    Protocol,
}

/// Arguments of `diff`.
#[derive(Debug, Args)]
pub(crate) struct DiffArgs {
    /// The old wording: a profile, a clause variant like `2.3@union`, or a .docx from `render`.
    pub a: String,
    /// The new wording, the same kinds.
    pub b: String,
    /// Output.
    #[arg(long, value_enum, default_value = "term")]
    pub format: DiffFormat,
    /// File to write; standard output if omitted (not for DOCX).
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Author of the tracked changes (default: B's workers' organisation, or kelisim).
    #[arg(long, value_name = "NAME")]
    pub author: Option<String>,
    /// Date of the tracked changes, YYYY-MM-DD (default: SOURCE_DATE_EPOCH, or a fixed date).
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = date)]
    pub date: Option<kelisim::dates::Date>,
    /// Level at which clause variants are rendered.
    #[arg(long, value_parser = named::<Level>(), default_value = "enterprise")]
    pub level: Level,
    /// Parameters of clause variants: NAME=VALUE, comma-separated or repeated.
    #[arg(long, value_delimiter = ',', value_name = "NAME=VALUE")]
    pub params: Vec<String>,
    /// Show unchanged clauses too (term).
    #[arg(long)]
    pub all: bool,
    /// Exit 0 when the sides read the same, 1 when they differ, 2 on bad input.
    #[arg(long)]
    pub exit_code: bool,
    /// The negotiation's status file (YAML: `round`, and `items` agreed, disputed or deferred),
    /// for `--format protocol`.
    #[arg(long, value_name = "FILE")]
    pub status: Option<PathBuf>,
    /// What to call A in headings and table columns: one text, or `kk:…;ru:…`.
    #[arg(long, value_name = "TEXT")]
    pub label_a: Option<String>,
    /// What to call B, the same way.
    #[arg(long, value_name = "TEXT")]
    pub label_b: Option<String>,
    #[command(flatten)]
    pub page: PageArgs,
    /// Overwrite the output file if it exists.
    #[arg(long)]
    pub force: bool,
    #[command(flatten)]
    pub library: LibraryArgs,
}

/// Arguments of `inflect`.
#[derive(Debug, Args)]
pub(crate) struct InflectArgs {
    /// The name, word or number, as written in the nominative.
    pub text: String,
    /// The case.
    #[arg(long, value_parser = named::<kk::Case>(), default_value = "nom", conflicts_with = "all")]
    pub case: kk::Case,
    /// All seven cases, one a line.
    #[arg(long)]
    pub all: bool,
    /// The plural.
    #[arg(long)]
    pub plural: bool,
}

/// Arguments of `number`.
#[derive(Debug, Args)]
pub(crate) struct NumberArgs {
    /// A whole number from 0 to 999 999 999.
    pub number: u64,
    /// Language; both, one a line, if omitted.
    #[arg(long, value_parser = named::<Lang>())]
    pub lang: Option<Lang>,
    /// Russian case (Kazakh numerals do not change).
    #[arg(long, value_parser = named::<ru::Case>(), default_value = "nom")]
    pub case: ru::Case,
    /// Russian gender of the counted noun: один/одна/одно, два/две.
    #[arg(long, value_parser = named::<ru::Gender>(), default_value = "m")]
    pub gender: ru::Gender,
}

/// Where the clause library comes from.
#[derive(Debug, Default, Args)]
pub(crate) struct LibraryArgs {
    /// Directory whose files override the built-in clause files and locales, file by file
    /// (start from `kelisim clauses eject DIR`).
    #[arg(long, value_name = "DIR")]
    pub clauses: Option<PathBuf>,
}

/// Arguments of `render`.
#[derive(Debug, Args)]
pub(crate) struct RenderArgs {
    /// Profiles to render (YAML).
    #[arg(required = true, value_name = "PROFILE")]
    pub profiles: Vec<PathBuf>,
    /// Append a table of all 18 norms: adopted or not, variant, parameters, source item.
    #[arg(long)]
    pub coverage: bool,
    #[command(flatten)]
    pub out: DocumentArgs,
    #[command(flatten)]
    pub library: LibraryArgs,
}

/// Where and how `render` and `letter` write their documents.
#[derive(Debug, Args)]
pub(crate) struct DocumentArgs {
    /// Directory to write into (created if missing), or one file (`annex.docx`, the format taken
    /// from its extension) for one document; `-` writes Markdown to standard output.
    #[arg(short, long, value_name = "DIR|FILE", default_value = ".")]
    pub output: PathBuf,
    /// Output formats, comma-separated [default: md,docx; md with `-o -`; the file's with `-o FILE`].
    #[arg(long, value_parser = named::<Format>(), value_delimiter = ',')]
    pub format: Option<Vec<Format>>,
    /// Layout of the two languages; overrides the profile's `agreement.layout` and the style.
    #[arg(long, value_parser = named::<Layout>())]
    pub layout: Option<Layout>,
    #[command(flatten)]
    pub page: PageArgs,
    /// Author in the DOCX properties (default: the workers' organisation for an annex, the
    /// sender for a letter).
    #[arg(long, value_name = "NAME")]
    pub author: Option<String>,
    #[command(flatten)]
    pub pdf: PdfArgs,
    /// Overwrite files that already exist.
    #[arg(long)]
    pub force: bool,
}

impl DocumentArgs {
    /// How a document of `profile` is written: the layout asked for, else the profile's, else
    /// the style's.
    pub(crate) fn docx_options(
        &self,
        profile: &kelisim::Profile,
        style: &kelisim::style::Style,
        timestamp: i64,
    ) -> kelisim::export::DocxOptions {
        kelisim::export::DocxOptions {
            layout: self.layout.or(profile.layout).unwrap_or(style.layout),
            style: style.clone(),
            author: self.author.clone(),
            timestamp,
            reviser: None,
        }
    }
}

/// The page of every DOCX and PDF: a style file, and a reference document.
#[derive(Debug, Args)]
pub(crate) struct PageArgs {
    /// Style file (YAML: font, size, margins, layout, page_total) over the shipped defaults.
    #[arg(long, value_name = "FILE")]
    pub style: Option<PathBuf>,
    /// A Word file to take the page size, margins, header and footer (the letterhead), fonts and
    /// styles from; it wins over `--style` for these, which keeps the layout and page_total.
    #[arg(long, value_name = "FILE.docx")]
    pub reference_doc: Option<PathBuf>,
}

/// How `--format pdf` is written.
#[derive(Debug, Args)]
pub(crate) struct PdfArgs {
    /// With `--format pdf`: write PDF/A-2b, the archival form (fonts embedded, colours defined).
    #[arg(long)]
    pub pdf_a: bool,
}

/// Arguments of `check`.
#[derive(Debug, Args)]
pub(crate) struct CheckArgs {
    /// Profiles to check (YAML).
    #[arg(required = true, value_name = "PROFILE")]
    pub profiles: Vec<PathBuf>,
    /// Print the coverage table of each profile (Markdown).
    #[arg(long)]
    pub coverage: bool,
    /// The sectoral or regional profile that covers these: report every point where they are
    /// less favourable to workers.
    #[arg(long, value_name = "UPPER")]
    pub floor: Option<PathBuf>,
    #[command(flatten)]
    pub library: LibraryArgs,
}

/// `clauses` subcommands.
#[derive(Debug, Subcommand)]
pub(crate) enum ClausesCommand {
    /// List the 18 norms with their parameters.
    List(#[command(flatten)] LibraryArgs),
    /// Show one norm as it renders, with default parameters.
    Show(ShowArgs),
    /// Copy the built-in clause files and locales into DIR, to edit and pass with `--clauses DIR`.
    Eject(EjectArgs),
}

/// Arguments of `clauses show`.
#[derive(Debug, Args)]
pub(crate) struct ShowArgs {
    /// Norm id ("2.3") or slug (human-review).
    pub id: String,
    /// Variant of the wording.
    #[arg(long, value_parser = named::<Variant>(), default_value = "recommended")]
    pub variant: Variant,
    /// Level of the agreement.
    #[arg(long, value_parser = named::<Level>(), default_value = "enterprise")]
    pub level: Level,
    /// Only this language (both by default).
    #[arg(long, value_parser = named::<Lang>())]
    pub lang: Option<Lang>,
    #[command(flatten)]
    pub library: LibraryArgs,
}

/// Arguments of `clauses eject`.
#[derive(Debug, Args)]
pub(crate) struct EjectArgs {
    /// Directory to copy into (created if missing).
    pub dir: PathBuf,
    /// Overwrite files that already exist.
    #[arg(long)]
    pub force: bool,
}

/// Arguments of `init`.
#[derive(Debug, Args)]
pub(crate) struct InitArgs {
    /// Ask the questions even off a terminal, reading an answer a line from standard input
    /// (on a terminal kelisim asks anyway).
    #[arg(short, long)]
    pub interactive: bool,
    /// Write the commented starter without asking, even on a terminal.
    #[arg(long, conflicts_with = "interactive")]
    pub starter: bool,
    /// File to write, with the JSON Schema beside it (kelisim.schema.json); standard output if
    /// omitted.
    pub file: Option<PathBuf>,
    /// Overwrite the file if it exists.
    #[arg(long)]
    pub force: bool,
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    #[test]
    fn cli_is_consistent() {
        super::Cli::command().debug_assert();
    }

    #[test]
    fn every_command_shows_an_example() {
        for sub in super::Cli::command().get_subcommands() {
            let help = sub
                .get_after_help()
                .map(|h| h.to_string())
                .unwrap_or_default();
            assert!(
                help.starts_with("Example"),
                "`kelisim {} --help` has no example",
                sub.get_name()
            );
            assert!(
                help.contains(&format!("kelisim {}", sub.get_name())),
                "{}: {help}",
                sub.get_name()
            );
        }
    }
}
