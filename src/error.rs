//! Errors: every problem with the user's input is a [`Diagnostic`] that names the file, line and
//! column and says how to fix it. The command layer maps [`Error`] to exit code 1.

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
}

impl Diagnostic {
    /// Adds a hint.
    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "error: {}", self.message)?;
        match (self.line, self.column) {
            (0, _) => writeln!(f, "  --> {}", self.file)?,
            (l, 0) => writeln!(f, "  --> {}:{l}", self.file)?,
            (l, c) => writeln!(f, "  --> {}:{l}:{c}", self.file)?,
        }
        if let Some(text) = &self.source_line {
            let gutter = self.line.to_string();
            let pad = " ".repeat(gutter.len());
            writeln!(f, "{pad} |")?;
            writeln!(f, "{gutter} | {text}")?;
            if self.column > 0 {
                let caret_at = self.column.saturating_sub(1).min(text.chars().count());
                let lead: String = text
                    .chars()
                    .take(caret_at)
                    .map(|c| if c == '\t' { '\t' } else { ' ' })
                    .collect();
                writeln!(f, "{pad} | {lead}^")?;
            }
        }
        if let Some(hint) = &self.hint {
            writeln!(f, "  = help: {hint}")?;
        }
        Ok(())
    }
}

/// A text file that diagnostics point into.
#[derive(Debug, Clone)]
pub struct Source {
    /// The name shown in messages: the path as given by the user, or `<builtin>/…` for embedded
    /// files.
    pub name: String,
    /// The whole text, NFC-normalised.
    pub text: String,
    /// Line and column (1-based) of the first character that was not in NFC as read, if any.
    pub not_nfc_at: Option<(usize, usize)>,
}

impl Source {
    /// A diagnostic at `line`:`column` (1-based; 0 for unknown) of this file.
    pub fn diag(&self, line: usize, column: usize, message: impl Into<String>) -> Diagnostic {
        let source_line = (line > 0)
            .then(|| self.text.lines().nth(line - 1))
            .flatten()
            .map(|l| l.trim_end().to_string());
        Diagnostic {
            file: self.name.clone(),
            line,
            column,
            message: message.into(),
            hint: None,
            source_line,
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
    /// A problem that is not tied to a place in a file (with its hint in the text).
    Message(String),
    /// Failures already reported on standard error one by one; only the exit code is left.
    Reported,
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

impl From<Diagnostic> for Error {
    fn from(d: Diagnostic) -> Self {
        Error::Invalid(vec![d])
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Io {
                action,
                path,
                source,
            } => write!(
                f,
                "error: failed to {action} `{}` ({source})",
                path.display()
            ),
            Error::Invalid(diags) => {
                for (i, d) in diags.iter().enumerate() {
                    if i > 0 {
                        writeln!(f)?;
                    }
                    write!(f, "{d}")?;
                }
                if diags.len() > 1 {
                    write!(f, "\n{} errors", diags.len())?;
                }
                Ok(())
            }
            Error::Message(m) => write!(f, "error: {m}"),
            Error::Reported => Ok(()),
        }
    }
}

impl std::error::Error for Error {}

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
            text,
            not_nfc_at,
        }
    }

    /// A file compiled into kelisim: taken as it is, since a test keeps every built-in file in NFC
    /// (normalising them on every start would cost a fifth of a render).
    pub fn builtin(name: impl Into<String>, text: &str) -> Source {
        Source {
            name: name.into(),
            text: text.to_string(),
            not_nfc_at: None,
        }
    }

    /// Reads `path` as UTF-8.
    pub fn read(path: &Path) -> Result<Source> {
        let bytes = std::fs::read(path).map_err(|e| Error::io("read", path, e))?;
        let text = String::from_utf8(bytes).map_err(|e| {
            let at = e.utf8_error().valid_up_to();
            let valid = std::str::from_utf8(&e.as_bytes()[..at]).unwrap_or("");
            let line = valid.matches('\n').count() + 1;
            let col = valid.rsplit('\n').next().unwrap_or("").chars().count() + 1;
            Error::from(Diagnostic {
                file: path.display().to_string(),
                line,
                column: col,
                message: "the file is not valid UTF-8".into(),
                hint: Some("save it as UTF-8 (Kazakh letters need it); in Word or Notepad choose \"UTF-8\" when saving".into()),
                source_line: None,
            })
        })?;
        Ok(Source::new(path.display().to_string(), &text))
    }
}
