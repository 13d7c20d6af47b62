//! Reading input files, in one place: every file kelisim reads is bounded in size before it is
//! read, and a text file's encoding is checked (UTF-8, with UTF-16 named as such) before it
//! becomes a [`Source`].

use std::io::Read;
use std::path::Path;

use crate::error::{Diagnostic, Error, Result, Source};

/// The largest text file kelisim reads (profiles, clause files, phrase books, styles,
/// manifests). A real profile is a few kilobytes; this bound keeps a wrong or hostile file from
/// taking the machine's memory.
pub const MAX_INPUT_BYTES: u64 = 4 << 20;

/// The name of standard input, as a path on the command line (`-`) and in messages.
pub const STDIN: &str = "-";

/// How messages name standard input.
pub const STDIN_NAME: &str = "<stdin>";

impl Source {
    /// Reads `path` as UTF-8, refusing files over [`MAX_INPUT_BYTES`]; `-` is standard input,
    /// named `<stdin>` in messages.
    pub fn read(path: &Path) -> Result<Source> {
        let stdin = path == Path::new(STDIN);
        let bytes = if stdin {
            read_stdin()?
        } else {
            read_text_bytes(path)?
        };
        let shown = if stdin {
            STDIN_NAME.to_string()
        } else {
            path.display().to_string()
        };
        let problem = |line, column, source_line, code, args| {
            let mut d = Diagnostic::in_file(shown.clone(), line, column).coded(code, args);
            d.source_line = source_line;
            Error::from(d)
        };
        if let Some(kind) = Magic::of_bytes(&bytes).document(&bytes) {
            return Err(problem(
                0,
                0,
                None,
                "file-binary",
                vec![("kind", kind.into())],
            ));
        }
        if is_utf16(&bytes) {
            return Err(problem(1, 1, None, "file-utf16", Vec::new()));
        }
        let text = String::from_utf8(bytes).map_err(|e| {
            let at = e.utf8_error().valid_up_to();
            let valid = std::str::from_utf8(&e.as_bytes()[..at]).unwrap_or("");
            let line = valid.matches('\n').count() + 1;
            let col = valid.rsplit('\n').next().unwrap_or("").chars().count() + 1;
            let line_start = valid.rfind('\n').map_or(0, |i| i + 1);
            let rest = &e.as_bytes()[line_start..];
            let line_end = rest.iter().position(|&b| b == b'\n').unwrap_or(rest.len());
            let source_line = String::from_utf8_lossy(&rest[..line_end])
                .trim_end()
                .to_string();
            problem(line, col, Some(source_line), "file-not-utf8", Vec::new())
        })?;
        Ok(Source::new(shown, &text))
    }
}

/// What a file is by its first bytes, whatever its name says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Magic {
    /// A zip archive: DOCX, XLSX, ODF and the like, told apart by the parts inside.
    Zip,
    /// An OLE compound file: an old Word (.doc) or Excel (.xls) file.
    Compound,
    /// A PDF.
    Pdf,
    /// Anything else (text, or a file that cannot be read: its reader says why).
    Other,
}

impl Magic {
    /// The kind of the file at `path`, from its first eight bytes.
    pub fn of(path: &Path) -> Magic {
        use std::io::Read;
        let mut head = [0u8; 8];
        let n = std::fs::File::open(path)
            .and_then(|mut f| f.read(&mut head))
            .unwrap_or(0);
        Magic::of_bytes(&head[..n])
    }

    /// The kind of a file that starts with `head`.
    pub fn of_bytes(head: &[u8]) -> Magic {
        if head.starts_with(b"PK\x03\x04") {
            Magic::Zip
        } else if head.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            Magic::Compound
        } else if head.starts_with(b"%PDF") {
            Magic::Pdf
        } else {
            Magic::Other
        }
    }

    /// What a binary document of this kind that starts with `bytes` is, told from the parts a
    /// zip holds: `docx`, `xlsx`, `odf`, `zip`, `pdf` or `compound` (the message `file-binary`
    /// names each); `None` for text.
    pub fn document(self, bytes: &[u8]) -> Option<&'static str> {
        let holds = |needle: &[u8]| bytes.windows(needle.len()).any(|w| w == needle);
        Some(match self {
            Magic::Zip if holds(b"word/") => "docx",
            Magic::Zip if holds(b"xl/") => "xlsx",
            Magic::Zip if holds(b"application/vnd.oasis.opendocument") => "odf",
            Magic::Zip => "zip",
            Magic::Pdf => "pdf",
            Magic::Compound => "compound",
            Magic::Other => return None,
        })
    }
}

/// A UTF-16 file: one with its byte-order mark, or one without whose opening bytes have NULs on
/// one side of every pair only (every ASCII letter in UTF-16 is its byte and a NUL). A UTF-8 file
/// with a stray NUL has it once, and is reported as NUL where it stands.
pub fn is_utf16(bytes: &[u8]) -> bool {
    if bytes.starts_with(&[0xff, 0xfe]) || bytes.starts_with(&[0xfe, 0xff]) {
        return true;
    }
    let head = &bytes[..bytes.len().min(256) & !1];
    let nuls = |side: usize| {
        head.iter()
            .skip(side)
            .step_by(2)
            .filter(|&&b| b == 0)
            .count()
    };
    let (even, odd) = (nuls(0), nuls(1));
    (even == 0) != (odd == 0) && even.max(odd) >= 4.min(head.len() / 2)
}

/// Standard input, up to [`MAX_INPUT_BYTES`].
fn read_stdin() -> Result<Vec<u8>> {
    let mut bytes = Vec::new();
    std::io::stdin()
        .lock()
        .take(MAX_INPUT_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| Error::io("read", Path::new(STDIN_NAME), e))?;
    if bytes.len() as u64 > MAX_INPUT_BYTES {
        return Err(Error::from(Diagnostic::in_file(STDIN_NAME, 0, 0).coded(
            "stdin-too-big",
            vec![("limit", (MAX_INPUT_BYTES >> 20).to_string())],
        )));
    }
    Ok(bytes)
}

/// Reads at most [`MAX_INPUT_BYTES`] of the text file `path`; a longer file (or a pipe that goes
/// on) is an error, found without reading the rest.
fn read_text_bytes(path: &Path) -> Result<Vec<u8>> {
    let too_big = |size: String| {
        Error::from(Diagnostic::in_file(path.display().to_string(), 0, 0).coded(
            "file-too-big",
            vec![
                ("mib", size),
                ("limit", (MAX_INPUT_BYTES >> 20).to_string()),
            ],
        ))
    };
    if path.is_dir() {
        return Err(Error::said(
            "file-is-directory",
            vec![
                ("path", path.display().to_string()),
                (
                    "dir",
                    path.display().to_string().trim_end_matches('/').to_string(),
                ),
            ],
        ));
    }
    match read_at_most(path, MAX_INPUT_BYTES)? {
        Ok(bytes) => Ok(bytes),
        Err(TooLarge(Some(size))) => Err(too_big(mib_number(size))),
        Err(TooLarge(None)) => Err(too_big("over".into())),
    }
}

/// A file over the limit it was read with, and its size when the file system says it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TooLarge(pub Option<u64>);

/// "1.5": `bytes` in MiB.
fn mib_number(bytes: u64) -> String {
    format!("{:.1}", bytes as f64 / 1048576.0)
}

/// The bytes of `path` if it holds at most `max`, found without reading the rest: a file the
/// file system says is larger is not read at all, and a pipe that goes on is cut at `max + 1`.
pub fn read_at_most(path: &Path, max: u64) -> Result<Result<Vec<u8>, TooLarge>> {
    let file = std::fs::File::open(path).map_err(|e| Error::io("read", path, e))?;
    let meta = file.metadata().map_err(|e| Error::io("read", path, e))?;
    if meta.len() > max {
        return Ok(Err(TooLarge(Some(meta.len()))));
    }
    let mut bytes = Vec::new();
    file.take(max + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| Error::io("read", path, e))?;
    if bytes.len() as u64 > max {
        return Ok(Err(TooLarge(None)));
    }
    Ok(Ok(bytes))
}

/// Refuses the file at `path` before it is read (or streamed) if it is larger than `max` bytes:
/// "`enterprises.csv` is 257.0 MiB; kelisim reads tables of up to 256 MiB". `kind` is `tables`
/// or `workbooks`, which the message `table-too-big` says with its advice.
pub fn check_size(path: &Path, max: u64, kind: &'static str) -> Result<()> {
    let size = std::fs::metadata(path)
        .map_err(|e| Error::io("read", path, e))?
        .len();
    if size <= max {
        return Ok(());
    }
    Err(Error::said(
        "table-too-big",
        vec![
            ("path", path.display().to_string()),
            ("kind", kind.to_string()),
            ("mib", mib_number(size)),
            ("limit", (max >> 20).to_string()),
        ],
    ))
}

/// The value of the attribute `key` (`w:val`, with its prefix as written) of an XML element of
/// a DOCX part, its entities decoded.
pub fn xml_attr(e: &quick_xml::events::BytesStart, key: &str) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.as_ref() == key)
        .and_then(|a| {
            a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
                .ok()
                .map(|v| v.into_owned())
        })
}

/// The DOCX at `path` cannot serve as `usage` (`diff`, the document compared, or `reference`,
/// a reference document), because of `why`, with `detail` (a part's name, a size, what the XML
/// reader said): the message `docx-unusable`, whose keys say the reasons.
pub(crate) fn docx_refused(path: &str, usage: &str, why: &str, detail: &str) -> Error {
    Error::said(
        "docx-unusable",
        vec![
            ("path", path.to_string()),
            ("use", usage.to_string()),
            ("why", why.to_string()),
            ("detail", detail.to_string()),
        ],
    )
}
