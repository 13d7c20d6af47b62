//! Errors: every problem with the user's input is a [`Diagnostic`] that names the file, line and
//! column and says how to fix it. The command layer prints an [`Error`] with its own prefix
//! ([`Error::render`](crate::error::Error::render)) and maps it to exit code 1, or 2 for a usage mistake
//! ([`Error::is_usage`]).

use std::fmt;
use std::path::{Path, PathBuf};

/// A problem in one input file, at one place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// The file as the user named it.
    pub file: String,
    /// 1-based line; 0 when the place is not known.
    pub line: usize,
    /// 1-based column, in characters; 0 when not known.
    pub column: usize,
    /// What is wrong, in one sentence.
    pub message: String,
    /// How to fix it.
    pub hint: Option<String>,
    /// The source line the error points into, when known.
    pub source_line: Option<String>,
    /// The message of the interface's phrase books (`locales/ui/*.ftl`) it says, by which the
    /// command line says it in the user's language; `None` for a message written only in
    /// English so far.
    pub code: Option<Box<Code>>,
}

/// A message of the interface's phrase books, and its arguments.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Code {
    /// Its id, which is stable: `file-empty`.
    pub id: &'static str,
    /// Its arguments, by name.
    pub args: Vec<(&'static str, String)>,
}

impl Diagnostic {
    /// A diagnostic about `file` at `line` and `column` (0 when not known), with no message
    /// yet: [`Diagnostic::coded`](crate::error::Diagnostic::coded) gives it one.
    pub fn in_file(file: impl Into<String>, line: usize, column: usize) -> Diagnostic {
        Diagnostic {
            file: file.into(),
            line,
            column,
            message: String::new(),
            hint: None,
            source_line: None,
            code: None,
        }
    }

    /// Adds a hint.
    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }
}

impl Diagnostic {
    /// The diagnostic as the terminal shows it, its first line after `prefix` ("error: "): the
    /// message, the place, the source line with a caret, the hint.
    pub fn render(&self, prefix: &str) -> String {
        self.render_labelled(prefix, "help")
    }

    /// [`Diagnostic::render`] with `help` as the word before the hint, in the user's language.
    pub fn render_labelled(&self, prefix: &str, help: &str) -> String {
        struct Shown<'a>(&'a Diagnostic, &'a str, &'a str);
        impl fmt::Display for Shown<'_> {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.write(f, self.1, self.2)
            }
        }
        Shown(self, prefix, help).to_string()
    }

    fn write(&self, f: &mut fmt::Formatter<'_>, prefix: &str, help: &str) -> fmt::Result {
        writeln!(f, "{prefix}{}", shorten(&self.message))?;
        match (self.line, self.column) {
            (0, _) => writeln!(f, "  --> {}", self.file)?,
            (l, 0) => writeln!(f, "  --> {}:{l}", self.file)?,
            (l, c) => writeln!(f, "  --> {}:{l}:{c}", self.file)?,
        }
        if let Some(text) = &self.source_line {
            let gutter = self.line.to_string();
            let pad = " ".repeat(gutter.len());
            let (shown, caret_at) = snippet(text, self.column.saturating_sub(1));
            writeln!(f, "{pad} |")?;
            writeln!(f, "{gutter} | {shown}")?;
            if self.column > 0 {
                let lead: String = shown
                    .chars()
                    .take(caret_at)
                    .map(|c| if c == '\t' { '\t' } else { ' ' })
                    .collect();
                writeln!(f, "{pad} | {lead}^")?;
            }
        }
        if let Some(hint) = &self.hint {
            writeln!(f, "  = {help}: {hint}")?;
        }
        Ok(())
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.write(f, "", "help")
    }
}

/// A message quoting a huge value from the input (a million-character key) keeps its start and
/// end, which say what is wrong, and drops the middle.
fn shorten(message: &str) -> std::borrow::Cow<'_, str> {
    const KEEP: usize = 150;
    let count = message.chars().count();
    if count <= 2 * KEEP + 50 {
        return message.into();
    }
    let head: String = message.chars().take(KEEP).collect();
    let tail: String = message.chars().skip(count - KEEP).collect();
    format!(
        "{head} … ({} characters left out) … {tail}",
        count - 2 * KEEP
    )
    .into()
}

/// Characters of a source line shown on either side of the caret when the line is longer than
/// three times this; the cut is marked with `…`, so that a 50 MB line does not flood the terminal.
const SNIPPET_RADIUS: usize = 60;

/// The part of `line` to show around character `at`, with control characters made visible
/// (U+2400 pictures, tabs kept), and the caret's position in it.
fn snippet(line: &str, at: usize) -> (String, usize) {
    let count = line.chars().count();
    let at = at.min(count);
    let (start, end) = if count <= 3 * SNIPPET_RADIUS {
        (0, count)
    } else {
        (
            at.saturating_sub(SNIPPET_RADIUS),
            (at + SNIPPET_RADIUS).min(count),
        )
    };
    let mut shown = String::new();
    if start > 0 {
        shown.push('…');
    }
    shown.extend(line.chars().skip(start).take(end - start).map(|c| match c {
        '\t' => '\t',
        '\0'..='\u{1f}' => char::from_u32(0x2400 + c as u32).unwrap_or('�'),
        '\u{7f}'..='\u{9f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' => '�',
        c => c,
    }));
    if end < count {
        shown.push('…');
    }
    (shown, at - start + usize::from(start > 0))
}

/// A text file that diagnostics point into.
#[derive(Debug, Clone)]
pub struct Source {
    /// The name shown in messages: the path as given by the user, or `<builtin>/…` for embedded
    /// files.
    pub name: String,
    /// The whole text, NFC-normalised; a built-in file's is borrowed from the binary.
    pub text: std::borrow::Cow<'static, str>,
    /// Line and column (1-based) of the first character that was not in NFC as read, if any.
    pub not_nfc_at: Option<(usize, usize)>,
    /// Byte offset of the start of every line, built on the first diagnostic, so that a file
    /// with thousands of errors is not scanned once per error.
    line_starts: std::sync::OnceLock<Vec<usize>>,
}

impl Source {
    /// A diagnostic at `line`:`column` (1-based; 0 for unknown) of this file.
    pub fn diag(&self, line: usize, column: usize, message: impl Into<String>) -> Diagnostic {
        let starts = self.line_starts.get_or_init(|| {
            std::iter::once(0)
                .chain(self.text.match_indices('\n').map(|(i, _)| i + 1))
                .collect()
        });
        let source_line = line
            .checked_sub(1)
            .and_then(|i| starts.get(i))
            .map(|&start| {
                let rest = &self.text[start..];
                rest[..rest.find('\n').unwrap_or(rest.len())]
                    .trim_end()
                    .to_string()
            });
        Diagnostic {
            file: self.name.clone(),
            line,
            column,
            message: message.into(),
            hint: None,
            source_line,
            code: None,
        }
    }
}

/// Everything that can go wrong.
#[derive(Debug)]
pub enum Error {
    /// Reading or writing a file failed.
    Io {
        /// What we were doing: "read", "write", "create directory"…
        action: &'static str,
        /// The file.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// The input is wrong; one or more diagnostics say where and how.
    Invalid(Vec<Diagnostic>),
    /// A problem not tied to a place in a file, said by a message of the interface's phrase
    /// books ([`Error::said`](crate::error::Error::said)): the command line says it in the
    /// user's language.
    Said {
        /// The message and its arguments.
        code: Code,
        /// Whether the command line asks for what cannot be done (flags that do not go
        /// together, a value of the wrong form): a usage mistake, which exits with 2 as clap's
        /// own do ([`Error::usage`](crate::error::Error::usage)).
        usage: bool,
    },
    /// A fault of kelisim's own that no input causes, or a message already said in the user's
    /// language, as text.
    Message(String),
}

impl Error {
    /// An I/O error on `path`.
    pub fn io(action: &'static str, path: &Path, source: std::io::Error) -> Self {
        Error::Io {
            action,
            path: path.to_path_buf(),
            source,
        }
    }
}

impl Error {
    /// The code of the message that says it (of its first diagnostic, for several), as `--json`
    /// gives it; `None` for a fault of kelisim's own.
    pub fn code(&self) -> Option<&'static str> {
        match self {
            Error::Io { .. } => Some("io-failed"),
            Error::Invalid(diags) => diags.first().and_then(|d| d.code.as_ref()).map(|c| c.id),
            Error::Said { code, .. } => Some(code.id),
            Error::Message(_) => None,
        }
    }

    /// Whether it is a mistake in the command line's use, which exits with 2.
    pub fn is_usage(&self) -> bool {
        matches!(self, Error::Said { usage: true, .. })
    }
}

impl From<Code> for Error {
    fn from(code: Code) -> Self {
        Error::Said { code, usage: false }
    }
}

impl From<Diagnostic> for Error {
    fn from(d: Diagnostic) -> Self {
        Error::Invalid(vec![d])
    }
}

impl Error {
    /// The error as the terminal shows it, each message after `prefix` ("error: "), each
    /// diagnostic written by `each` and each message of the phrase books by `say`, in the
    /// user's language ([`Error::render_in`](crate::error::Error::render_in)); a long list of
    /// diagnostics is cut after [`MAX_SHOWN`] and counted.
    pub fn render_each(
        &self,
        prefix: &str,
        each: impl Fn(&Diagnostic) -> String,
        say: impl Fn(&'static str, &[(&'static str, String)]) -> String,
    ) -> String {
        match self {
            Error::Io {
                action,
                path,
                source,
            } => format!(
                "{prefix}{}",
                say(
                    "io-failed",
                    &[
                        ("action", (*action).to_string()),
                        ("path", path.display().to_string()),
                        ("error", source.to_string()),
                    ]
                )
            ),
            Error::Invalid(diags) => {
                let mut out = diags
                    .iter()
                    .take(MAX_SHOWN)
                    .map(each)
                    .collect::<Vec<_>>()
                    .join("\n");
                if diags.len() > MAX_SHOWN {
                    let more = (diags.len() - MAX_SHOWN).to_string();
                    out.push('\n');
                    out.push_str(&say("errors-more", &[("count", more)]));
                }
                if diags.len() > 1 {
                    out.push('\n');
                    out.push_str(&say("errors-count", &[("count", diags.len().to_string())]));
                }
                out
            }
            Error::Message(m) => format!("{prefix}{m}"),
            Error::Said { code, .. } => format!("{prefix}{}", say(code.id, &code.args)),
        }
    }
}

impl std::error::Error for Error {}

/// Diagnostics shown in full; the rest are counted. A list of 100,000 errors helps nobody.
pub const MAX_SHOWN: usize = 50;

/// The result of every fallible step.
pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Source {
    /// A source named `name` holding `text`, NFC-normalised and without a byte-order mark.
    pub fn new(name: impl Into<String>, text: &str) -> Source {
        use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};
        let raw = text.trim_start_matches('\u{feff}');
        let text: String = if is_nfc_quick(raw.chars()) == IsNormalized::Yes {
            raw.to_string()
        } else {
            raw.nfc().collect()
        };
        let not_nfc_at = (text != raw).then(|| {
            raw.lines()
                .zip(text.lines())
                .enumerate()
                .find(|(_, (a, b))| a != b)
                .map_or((1, 1), |(i, (a, b))| {
                    let col = a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count();
                    (i + 1, col + 1)
                })
        });
        Source {
            name: name.into(),
            text: text.into(),
            not_nfc_at,
            line_starts: std::sync::OnceLock::new(),
        }
    }

    /// A file compiled into kelisim: taken as it is, since a test keeps every built-in file in NFC
    /// (normalising them on every start would cost a fifth of a render), and not copied.
    pub fn builtin(name: impl Into<String>, text: &'static str) -> Source {
        Source {
            name: name.into(),
            text: text.into(),
            not_nfc_at: None,
            line_starts: std::sync::OnceLock::new(),
        }
    }
}
