//! What the command line says beside its output, on standard error: notes of what it did
//! («wrote …»), which `-q` silences; details of what it read, which `-v` adds; and the colour of
//! its prefixes and of `diff`'s marks, which `--color` sets (`auto`: on a terminal, unless
//! `NO_COLOR` is set, as <https://no-color.org> asks).

use std::fmt::Display;
use std::io::IsTerminal;
use std::sync::OnceLock;

use kelisim::messages::UiLang;

use crate::cli::{Color, GlobalArgs};

struct Ui {
    quiet: bool,
    verbose: bool,
    colour: Color,
    lang: UiLang,
    json: bool,
}

static UI: OnceLock<Ui> = OnceLock::new();

fn ui() -> &'static Ui {
    UI.get_or_init(|| Ui {
        quiet: false,
        verbose: false,
        colour: Color::Auto,
        lang: UiLang::En,
        json: false,
    })
}

/// Takes the global flags, and the project file's language when no flag names one; the first
/// call wins.
pub(crate) fn init(args: &GlobalArgs, project: Option<UiLang>) {
    let _ = UI.set(Ui {
        quiet: args.quiet,
        verbose: args.verbose && !args.quiet,
        colour: args.color,
        lang: args.ui_lang.or(project).unwrap_or_else(from_environment),
        json: args.json,
    });
}

/// The language the environment asks for: the first of LC_ALL, LC_MESSAGES and LANG that is
/// set, as POSIX reads them; English for a language kelisim does not speak.
fn from_environment() -> UiLang {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|v| std::env::var(v).ok())
        .find(|v| !v.is_empty())
        .and_then(|v| UiLang::from_locale(&v))
        .unwrap_or(UiLang::En)
}

/// The language messages are in.
pub(crate) fn lang() -> UiLang {
    ui().lang
}

/// The message `id` of the interface's phrase books, in the user's language.
pub(crate) fn say(id: &str, args: &[(&str, String)]) -> String {
    kelisim::messages::say(lang(), id, args)
}

/// An error as the terminal shows it, in the user's language.
pub(crate) fn render(e: &kelisim::Error) -> String {
    e.render_in(lang(), &error())
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

/// «wrote PATH», unless `-q`.
pub(crate) fn wrote(path: &std::path::Path) {
    note(say("wrote", &[("path", path.display().to_string())]));
}

/// A detail of what was read or chosen, with `-v`.
pub(crate) fn detail(message: impl Display) {
    if ui().verbose {
        eprintln!(
            "{}{message}",
            paint(&format!("{}: ", say("note-prefix", &[])), "2")
        );
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
    paint(&format!("{}: ", say("error-prefix", &[])), "1;31")
}

/// A note of a choice made for the user, unless `-q`.
pub(crate) fn choice(message: impl Display) {
    note(format!("{}: {message}", say("note-prefix", &[])));
}

/// The prefix of a warning: valid input that will show in the signed text.
pub(crate) fn warning() -> String {
    paint(&format!("{}: ", say("warning-prefix", &[])), "1;33")
}

/// What `--json` collects, printed as one list on standard output when the command ends.
static REPORTED: std::sync::Mutex<Vec<serde_json::Value>> = std::sync::Mutex::new(Vec::new());

/// Whether `--json` was given.
pub(crate) fn json() -> bool {
    ui().json
}

/// One entry of `--json`: where, how grave, which message and what it says.
fn entry(
    severity: &str,
    d: Option<&kelisim::error::Diagnostic>,
    message: &str,
) -> serde_json::Value {
    let place = |n: usize| (n > 0).then_some(n);
    match d {
        Some(d) => {
            let d = d.in_lang(lang());
            serde_json::json!({
                "file": d.file,
                "line": place(d.line),
                "column": place(d.column),
                "severity": severity,
                "code": d.code.as_ref().map(|c| c.id),
                "message": d.message,
                "help": d.hint,
            })
        }
        None => serde_json::json!({
            "file": null, "line": null, "column": null, "severity": severity,
            "code": null, "message": message, "help": null,
        }),
    }
}

fn collect(values: impl IntoIterator<Item = serde_json::Value>) {
    if let Ok(mut all) = REPORTED.lock() {
        all.extend(values);
    }
}

/// Says `e`: on standard error, or into the `--json` list.
pub(crate) fn report(e: &kelisim::Error) {
    if !json() {
        eprintln!("{}", render(e));
        return;
    }
    let values: Vec<serde_json::Value> = match e {
        kelisim::Error::Invalid(diags) => {
            diags.iter().map(|d| entry("error", Some(d), "")).collect()
        }
        kelisim::Error::Io { path, .. } => {
            let mut v = entry("error", None, &e.render_in(lang(), ""));
            v["file"] = serde_json::json!(path.display().to_string());
            v["code"] = serde_json::json!("io-failed");
            vec![v]
        }
        kelisim::Error::Message(m) => vec![entry("error", None, m)],
        kelisim::Error::Said { code, .. } => {
            let mut v = entry("error", None, &say(code.id, &code.args));
            v["code"] = serde_json::json!(code.id);
            v["help"] = serde_json::json!(kelisim::messages::text(
                lang(),
                code.id,
                Some("hint"),
                &code.args
            ));
            vec![v]
        }
    };
    collect(values);
}

/// Says a warning: on standard error, or into the `--json` list.
pub(crate) fn report_warning(d: &kelisim::error::Diagnostic) {
    if json() {
        collect([entry("warning", Some(d), "")]);
    } else {
        eprint!("{}", d.render_in(lang(), &warning()));
    }
}

/// Says an error already written as text (a failed row of a batch), with the code of the
/// message that says why.
pub(crate) fn report_text(message: &str, code: Option<&'static str>) {
    if json() {
        let mut v = entry("error", None, message);
        v["code"] = serde_json::json!(code);
        collect([v]);
    } else {
        eprintln!("{}{message}", error());
    }
}

/// Prints the `--json` list, when asked for, as the command ends.
pub(crate) fn finish() {
    if !json() {
        return;
    }
    let all = REPORTED.lock().map(|a| a.clone()).unwrap_or_default();
    let mut text = serde_json::to_string_pretty(&all).unwrap_or_else(|_| "[]".into());
    text.push('\n');
    let _ = super::print(&text);
}
