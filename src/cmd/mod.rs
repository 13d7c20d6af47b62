//! One module per subcommand, and the only code that touches the file system for output.

mod ask;
mod batch;
mod check;
mod clauses;
mod deadlines;
mod diff;
mod grammar;
mod init;
mod letter;
mod manual;
mod output;
mod project;
pub(crate) mod render;
pub(crate) mod ui;

pub(crate) use output::{ensure_dir, write_all, write_atomic};

use std::io::Write;
use std::path::Path;

use kelisim::error::{Error, Result, Source};
use kelisim::style::{Reference, Style};

use crate::cli::Command;

/// Prints what validation found valid but worth a look (a party without a signatory).
pub(crate) fn warn(profile: &kelisim::Profile) {
    for w in &profile.warnings {
        ui::report_warning(w);
    }
}

/// How a command failed.
#[derive(Debug)]
pub(crate) enum Failure {
    /// An error still to be printed.
    Error(Error),
    /// Failures already printed one by one (a profile of several, a row of a batch); only the
    /// exit code is left.
    Reported,
    /// Nothing to print; exit with this code (`diff --exit-code`: 1 for differences, 2 for bad
    /// input already printed).
    Exit(u8),
}

impl From<Error> for Failure {
    fn from(e: Error) -> Failure {
        Failure::Error(e)
    }
}

/// What a command that may report failures itself returns.
pub(crate) type CmdResult = std::result::Result<(), Failure>;

/// Runs one subcommand, with the project file's defaults for the flags it was not given.
pub(crate) fn run(mut command: Command, global: &crate::cli::GlobalArgs) -> CmdResult {
    let project = std::env::current_dir()
        .map_err(|e| Error::io("read", Path::new("."), e))
        .and_then(|here| project::Project::find(&here));
    ui::init(global, project.as_ref().ok().and_then(|p| p.ui_lang));
    let project = project?;
    if let Some(path) = &project.path {
        ui::detail(ui::say(
            "detail-project",
            &[("path", path.display().to_string())],
        ));
    }
    project.apply(&mut command);
    match command {
        Command::Config => Ok(print(&project.report())?),
        Command::Render(args) => render::run(&args),
        Command::Check(args) => check::run(&args),
        Command::Clauses(c) => Ok(clauses::run(c)?),
        Command::Init(args) => Ok(init::run(&args)?),
        Command::Schema(args) => Ok(init::schema(&args)?),
        Command::Lint(args) => Ok(lint(args.clauses.as_deref())?),
        Command::Diff(args) => diff::run(&args),
        Command::Deadlines(args) => Ok(deadlines::run(&args)?),
        Command::Letter(args) => Ok(letter::run(&args)?),
        Command::Batch(args) => batch::run(&args),
        Command::Inflect(args) => Ok(grammar::inflect(&args)?),
        Command::Number(args) => Ok(grammar::number(&args)?),
        Command::Completions(args) => Ok(manual::completions(&args)?),
        Command::Manpage(args) => Ok(manual::manpage(&args)?),
    }
}

/// Runs `job` on every profile, reporting each failure on standard error as it happens, so that
/// one bad profile does not stop the others. `failed` is the message that counts them: "N of M
/// profiles …".
pub(crate) fn each_profile(
    profiles: &[std::path::PathBuf],
    failed: &'static str,
    mut job: impl FnMut(&Path) -> Result<()>,
) -> CmdResult {
    let mut failures = 0;
    for path in profiles {
        ui::detail(ui::say(
            "detail-reading",
            &[("path", path.display().to_string())],
        ));
        if let Err(e) = job(path) {
            ui::report(&e);
            failures += 1;
        }
    }
    match failures {
        0 => Ok(()),
        _ if profiles.len() == 1 => Err(Failure::Reported),
        n => Err(Error::said(
            failed,
            vec![
                ("failed", n.to_string()),
                ("count", profiles.len().to_string()),
            ],
        )
        .into()),
    }
}

/// The page style: the shipped one, a style file over it, and a reference document over both
/// for the page, margins, fonts and sizes it defines (said on standard error when both are
/// given, so that nobody wonders why the style file's font is not used).
pub(crate) fn page_style(args: &crate::cli::PageArgs) -> Result<Style> {
    let file = args.style.as_deref().map(Source::read).transpose()?;
    if let Some(f) = &file {
        ui::detail(ui::say("detail-style", &[("path", f.name.clone())]));
    }
    let style = Style::load(file.as_ref())?;
    let Some(path) = &args.reference_doc else {
        return Ok(style);
    };
    if let Some(file) = &args.style {
        let message = ui::say(
            "reference-over-style",
            &[
                ("reference", path.display().to_string()),
                ("style", file.display().to_string()),
            ],
        );
        ui::choice(message);
    }
    Ok(style.with_reference(Reference::read(path)?))
}

/// The calendar of Kazakhstan, or the `--holidays` file in its place.
pub(crate) fn calendar(args: &crate::cli::CalendarArgs) -> Result<kelisim::calendar::Calendar> {
    let calendar = match &args.holidays {
        Some(path) => kelisim::calendar::Calendar::parse(&Source::read(path)?)?,
        None => kelisim::calendar::Calendar::kazakhstan(),
    };
    ui::detail(ui::say(
        "detail-calendar",
        &[
            ("name", calendar.name.clone()),
            ("from", calendar.years.0.to_string()),
            ("to", calendar.years.1.to_string()),
        ],
    ));
    Ok(calendar)
}

/// The clause library: the built-in one, or a `--clauses` directory over it. It lives as long as
/// the process, which ends without taking it apart (a tenth of a `check`'s work was its drop).
pub(crate) fn library(args: &crate::cli::LibraryArgs) -> Result<&'static kelisim::Library> {
    let library = kelisim::Library::load(args.clauses.as_deref())?;
    match &args.clauses {
        Some(dir) => ui::detail(ui::say(
            "detail-clauses",
            &[("dir", dir.display().to_string())],
        )),
        None => ui::detail(ui::say(
            "detail-builtin",
            &[("count", library.clauses().len().to_string())],
        )),
    }
    Ok(Box::leak(Box::new(library)))
}

/// Runs `lint` on the built-in library or an override: findings on standard error, exit 1.
pub(crate) fn lint(overrides: Option<&Path>) -> Result<()> {
    let files = kelisim::load::files::load(overrides)?;
    let findings = kelisim::lint::lint(&files);
    if findings.is_empty() {
        if ui::json() {
            return Ok(());
        }
        return print(&format!(
            "ok: {} clause files and both phrase books are consistent\n",
            files.clauses.len()
        ));
    }
    Err(Error::Invalid(findings))
}

/// Writes `text` to standard output; a closed pipe (`kelisim … | head`) is not an error.
pub(crate) fn print(text: &str) -> Result<()> {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            Err(Error::io("write", Path::new("<stdout>"), e))
        }
        _ => Ok(()),
    }
}
