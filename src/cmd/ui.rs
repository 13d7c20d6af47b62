//! What the command line says beside its output, on standard error: notes of what it did
//! («wrote …»), which `-q` silences; details of what it read, which `-v` adds; and the colour of
//! its prefixes and of `diff`'s marks, which `--color` sets (`auto`: on a terminal, unless
//! `NO_COLOR` is set, as <https://no-color.org> asks).

use std::fmt::Display;
use std::io::IsTerminal;
use std::sync::OnceLock;

use crate::cli::{Color, GlobalArgs};

struct Ui {
    quiet: bool,
    verbose: bool,
    colour: Color,
}

static UI: OnceLock<Ui> = OnceLock::new();

fn ui() -> &'static Ui {
    UI.get_or_init(|| Ui {
        quiet: false,
        verbose: false,
        colour: Color::Auto,
    })
}

/// Takes the global flags; the first call wins.
pub(crate) fn init(args: &GlobalArgs) {
    let _ = UI.set(Ui {
        quiet: args.quiet,
        verbose: args.verbose && !args.quiet,
        colour: args.color,
    });
}

/// Whether `-q` was given.
pub(crate) fn quiet() -> bool {
    ui().quiet
}

/// A note of what was done, unless `-q`.
pub(crate) fn note(message: impl Display) {
    if !ui().quiet {
        eprintln!("{message}");
    }
}

/// A detail of what was read or chosen, with `-v`.
pub(crate) fn detail(message: impl Display) {
    if ui().verbose {
        eprintln!("{}{message}", paint("note: ", "2"));
    }
}

/// Whether a stream that is a terminal when `terminal` gets colour.
pub(crate) fn colour(terminal: bool) -> bool {
    match ui().colour {
        Color::Always => true,
        Color::Never => false,
        Color::Auto => terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
    }
}

/// Whether standard output gets colour.
pub(crate) fn colour_stdout() -> bool {
    colour(std::io::stdout().is_terminal())
}

/// `text` in the SGR colour `code` when standard error gets colour.
fn paint(text: &str, code: &str) -> String {
    if colour(std::io::stderr().is_terminal()) {
        format!("\x1b[{code}m{text}\x1b[0m")
    } else {
        text.to_string()
    }
}

/// The prefix of every error: «error: », red and bold on a terminal.
pub(crate) fn error() -> String {
    paint("error: ", "1;31")
}

/// The prefix of a warning: valid input that will show in the signed text.
pub(crate) fn warning() -> String {
    paint("warning: ", "1;33")
}
