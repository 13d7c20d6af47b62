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

impl Source {
    /// Reads `path` as UTF-8, refusing files over [`MAX_INPUT_BYTES`].
    pub fn read(path: &Path) -> Result<Source> {
        let bytes = read_text_bytes(path)?;
        if is_utf16(&bytes) {
            return Err(Error::from(Diagnostic {
                file: path.display().to_string(),
                line: 1,
                column: 1,
                message: "the file is saved as UTF-16, not UTF-8".into(),
                hint: Some("save it as UTF-8: in Notepad choose \"UTF-8\" under Encoding, in LibreOffice \"Unicode (UTF-8)\"".into()),
                source_line: None,
            }));
        }
        let text = String::from_utf8(bytes).map_err(|e| {
            let at = e.utf8_error().valid_up_to();
            let valid = std::str::from_utf8(&e.as_bytes()[..at]).unwrap_or("");
            let line = valid.matches('\n').count() + 1;
            let col = valid.rsplit('\n').next().unwrap_or("").chars().count() + 1;
            let line_start = valid.rfind('\n').map_or(0, |i| i + 1);
            let rest = &e.as_bytes()[line_start..];
            let line_end = rest.iter().position(|&b| b == b'\n').unwrap_or(rest.len());
            let source_line = String::from_utf8_lossy(&rest[..line_end]).trim_end().to_string();
            Error::from(Diagnostic {
                file: path.display().to_string(),
                line,
                column: col,
                message: "the file is not valid UTF-8".into(),
                hint: Some("save it as UTF-8 (Kazakh letters need it); in Word or Notepad choose \"UTF-8\" when saving".into()),
                source_line: Some(source_line),
            })
        })?;
        Ok(Source::new(path.display().to_string(), &text))
    }
}

/// A UTF-16 file: one with its byte-order mark, or one without whose opening bytes have NULs on
/// one side of every pair only (every ASCII letter in UTF-16 is its byte and a NUL). A UTF-8 file
/// with a stray NUL has it once, and is reported as NUL where it stands.
fn is_utf16(bytes: &[u8]) -> bool {
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

/// Reads at most [`MAX_INPUT_BYTES`] of the text file `path`; a longer file (or a pipe that goes
/// on) is an error, found without reading the rest.
fn read_text_bytes(path: &Path) -> Result<Vec<u8>> {
    let too_big = |size: String| {
        Error::from(Diagnostic {
            file: path.display().to_string(),
            line: 0,
            column: 0,
            message: format!(
                "the file is {size}; kelisim reads profiles, clause files and styles of up to {} MiB",
                MAX_INPUT_BYTES >> 20
            ),
            hint: Some("a profile is a few kilobytes: check that this is the right file".into()),
            source_line: None,
        })
    };
    if path.is_dir() {
        return Err(Error::Message(format!(
            "`{}` is a directory; give the YAML files in it, e.g. `{}/*.yaml`",
            path.display(),
            path.display().to_string().trim_end_matches('/')
        )));
    }
    match read_at_most(path, MAX_INPUT_BYTES)? {
        Ok(bytes) => Ok(bytes),
        Err(TooLarge(Some(size))) => Err(too_big(mib(size))),
        Err(TooLarge(None)) => Err(too_big(format!("over {} MiB", MAX_INPUT_BYTES >> 20))),
    }
}

/// A file over the limit it was read with, and its size when the file system says it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TooLarge(pub Option<u64>);

/// "1.5 MiB".
pub fn mib(bytes: u64) -> String {
    format!("{:.1} MiB", bytes as f64 / 1048576.0)
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
/// "`enterprises.csv` is 257.0 MiB; kelisim reads tables of up to 256 MiB (advice)".
pub fn check_size(path: &Path, max: u64, kind: &str, advice: &str) -> Result<()> {
    let size = std::fs::metadata(path)
        .map_err(|e| Error::io("read", path, e))?
        .len();
    if size <= max {
        return Ok(());
    }
    Err(Error::Message(format!(
        "the file `{}` is {}; kelisim reads {kind} of up to {} MiB ({advice})",
        path.display(),
        mib(size),
        max >> 20
    )))
}

/// How a text table (CSV, "Unicode text") was saved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    /// UTF-8, with or without a byte-order mark ("CSV UTF-8").
    Utf8,
    /// UTF-16 with a byte-order mark (Excel's "Unicode text").
    Utf16,
    /// Windows-1251, Excel's plain "CSV" on a Russian Windows: it has no Kazakh letters.
    Windows1251,
}

impl Encoding {
    /// The encoding named in a manifest: `utf-8`, `utf-16`, `windows-1251`.
    pub fn from_name(name: &str) -> Option<Encoding> {
        match name.trim().to_ascii_lowercase().replace('_', "-").as_str() {
            "utf-8" | "utf8" => Some(Encoding::Utf8),
            "utf-16" | "utf16" => Some(Encoding::Utf16),
            "windows-1251" | "cp1251" | "1251" => Some(Encoding::Windows1251),
            _ => None,
        }
    }

    /// What a file holds, by its bytes: a byte-order mark, valid UTF-8, or else Windows-1251.
    pub fn detect(bytes: &[u8]) -> Encoding {
        if bytes.starts_with(&[0xff, 0xfe]) || bytes.starts_with(&[0xfe, 0xff]) {
            Encoding::Utf16
        } else if std::str::from_utf8(bytes).is_ok() || bytes.starts_with(&[0xef, 0xbb, 0xbf]) {
            Encoding::Utf8
        } else {
            Encoding::Windows1251
        }
    }

    /// `bytes` as text, without a byte-order mark; `None` when they are not in this encoding.
    pub fn decode(self, bytes: &[u8]) -> Option<String> {
        match self {
            Encoding::Utf8 => std::str::from_utf8(bytes)
                .ok()
                .map(|t| t.trim_start_matches('\u{feff}').to_string()),
            Encoding::Utf16 => {
                let (le, body) = match bytes {
                    [0xff, 0xfe, rest @ ..] => (true, rest),
                    [0xfe, 0xff, rest @ ..] => (false, rest),
                    rest => (true, rest),
                };
                let units: Vec<u16> = body
                    .chunks_exact(2)
                    .map(|c| {
                        if le {
                            u16::from_le_bytes([c[0], c[1]])
                        } else {
                            u16::from_be_bytes([c[0], c[1]])
                        }
                    })
                    .collect();
                String::from_utf16(&units).ok()
            }
            Encoding::Windows1251 => Some(bytes.iter().map(|&b| windows_1251(b)).collect()),
        }
    }
}

/// The character of a Windows-1251 byte.
fn windows_1251(b: u8) -> char {
    const HIGH: &str =
        "ЂЃ‚ѓ„…†‡€‰Љ‹ЊЌЋЏђ‘’“”•–—\u{fffd}™љ›њќћџ\u{00a0}ЎўЈ¤Ґ¦§Ё©Є«¬\u{00ad}®Ї°±Ііґµ¶·ё№є»јЅѕї";
    match b {
        0x00..=0x7f => char::from(b),
        0x80..=0xbf => HIGH
            .chars()
            .nth(usize::from(b - 0x80))
            .unwrap_or('\u{fffd}'),
        // А–я.
        _ => char::from_u32(0x0410 + u32::from(b - 0xc0)).unwrap_or('\u{fffd}'),
    }
}

/// Whether `text` has a «?» where a letter was, as Windows-1251 writes the Kazakh letters it
/// cannot hold (ә ғ қ ң ө ұ ү һ і): a «?» followed by a Cyrillic letter, which punctuation never
/// is.
pub fn lost_letter(text: &str) -> bool {
    let chars: Vec<char> = text.chars().collect();
    chars
        .windows(2)
        .any(|w| w[0] == '?' && ('\u{0400}'..='\u{04ff}').contains(&w[1]) && w[1].is_alphabetic())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_are_decoded_as_they_were_saved() {
        let text = "id;name\n1;ТОО «Алтын»\n";
        let utf16: Vec<u8> = [0xff, 0xfe]
            .into_iter()
            .chain(text.encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        assert_eq!(Encoding::detect(&utf16), Encoding::Utf16);
        assert_eq!(Encoding::Utf16.decode(&utf16).as_deref(), Some(text));
        // «ТОО «Алтын»» in Windows-1251.
        let cp1251 = b"1;\xd2\xce\xce \xab\xc0\xeb\xf2\xfb\xed\xbb";
        assert_eq!(Encoding::detect(cp1251), Encoding::Windows1251);
        assert_eq!(
            Encoding::Windows1251.decode(cp1251).as_deref(),
            Some("1;ТОО «Алтын»")
        );
        let bom = b"\xef\xbb\xbfid";
        assert_eq!(Encoding::Utf8.decode(bom).as_deref(), Some("id"));
        assert!(lost_letter("«?азақ» ЖШС") && lost_letter("ж?мыс") && !lost_letter("Что? Да"));
    }
}
