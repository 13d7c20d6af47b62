//! PDF: the DOCX converted by LibreOffice, run headless with a profile directory of its own, many
//! documents in one call; then made reproducible ([`settle`]): LibreOffice stamps the time of the
//! conversion into the file, which is replaced by the document's timestamp.
//!
//! LibreOffice lays out the same pages a lawyer sees when opening the DOCX, with the fonts of
//! the machine embedded (subsets); PDF/A-2b, for archives, is its `SelectPdfVersion` 2.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::dates::Moment;
use crate::error::{Error, Result};

/// The environment variable that names the LibreOffice program, when it is not `soffice` or
/// `libreoffice` on the `PATH`.
pub const PROGRAM_VARIABLE: &str = "KELISIM_SOFFICE";

/// The LibreOffice that converts, and how.
#[derive(Debug, Clone)]
pub struct Converter {
    program: PathBuf,
    archive: bool,
}

impl Converter {
    /// LibreOffice from `KELISIM_SOFFICE`, else `soffice` or `libreoffice` on the `PATH`;
    /// PDF/A-2b if `archive`. Not found, an error that says how to install it.
    pub fn find(archive: bool) -> Result<Converter> {
        let program = match std::env::var_os(PROGRAM_VARIABLE) {
            Some(p) => {
                let p = PathBuf::from(p);
                if !p.is_file() {
                    return Err(Error::said(
                        "pdf-program-not-a-file",
                        vec![
                            ("variable", PROGRAM_VARIABLE.to_string()),
                            ("path", p.display().to_string()),
                        ],
                    ));
                }
                p
            }
            None => on_path(&["soffice", "libreoffice"]).ok_or_else(|| {
                Error::said(
                    "pdf-no-libreoffice",
                    vec![("variable", PROGRAM_VARIABLE.to_string())],
                )
            })?,
        };
        Ok(Converter { program, archive })
    }

    /// Each DOCX of `docs` as a PDF, in one run of LibreOffice; each PDF's dates are
    /// `timestamp` (seconds since 1970). One document LibreOffice could not convert is an error
    /// of its own; the others are converted.
    pub fn convert(&self, docs: &[&[u8]], timestamp: i64) -> Result<Vec<Result<Vec<u8>>>> {
        if docs.is_empty() {
            return Ok(Vec::new());
        }
        let work = WorkDir::new()?;
        let (input, output) = (work.0.join("in"), work.0.join("out"));
        for dir in [&input, &output] {
            std::fs::create_dir(dir).map_err(|e| work.refused(e))?;
        }
        let mut names = Vec::with_capacity(docs.len());
        for (i, doc) in docs.iter().enumerate() {
            let name = input.join(format!("{i:06}.docx"));
            std::fs::write(&name, doc).map_err(|e| work.refused(e))?;
            names.push(name);
        }
        let filter = if self.archive {
            r#"pdf:writer_pdf_Export:{"SelectPdfVersion":{"type":"long","value":"2"}}"#
        } else {
            "pdf:writer_pdf_Export"
        };
        let mut child = Command::new(&self.program)
            .arg(format!(
                "-env:UserInstallation={}",
                file_url(&work.0.join("profile"))
            ))
            .args([
                "--headless",
                "--norestore",
                "--nologo",
                "--convert-to",
                filter,
            ])
            .arg("--outdir")
            .arg(&output)
            .args(&names)
            // LibreOffice writes the local time, with its offset; in UTC it is one form.
            .env("TZ", "UTC")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .map_err(|e| {
                Error::said(
                    "pdf-no-start",
                    vec![
                        ("program", self.program.display().to_string()),
                        ("error", e.to_string()),
                        ("variable", PROGRAM_VARIABLE.to_string()),
                    ],
                )
            })?;
        // LibreOffice takes a second or two to start and about half a second a document; one
        // that hangs (a dialog it cannot show) is stopped.
        let limit = Duration::from_secs(120 + 10 * docs.len() as u64);
        let started = Instant::now();
        let status = loop {
            match child.try_wait() {
                Ok(Some(status)) => break status,
                Ok(None) if started.elapsed() > limit => {
                    let _ = child.kill();
                    let _ = child.wait();
                    return Err(Error::said(
                        "pdf-timeout",
                        vec![
                            ("count", docs.len().to_string()),
                            ("seconds", limit.as_secs().to_string()),
                            ("program", self.program.display().to_string()),
                        ],
                    ));
                }
                Ok(None) => std::thread::sleep(Duration::from_millis(20)),
                Err(e) => {
                    return Err(Error::said("pdf-lost", vec![("error", e.to_string())]));
                }
            }
        };
        let mut stderr = String::new();
        if let Some(mut e) = child.stderr.take() {
            let _ = e.read_to_string(&mut stderr);
        }
        let said = stderr.trim();
        Ok((0..docs.len())
            .map(|i| {
                let pdf = output.join(format!("{i:06}.pdf"));
                match std::fs::read(&pdf) {
                    Ok(bytes) if bytes.starts_with(b"%PDF-") => Ok(settle(bytes, timestamp)),
                    _ => Err(Error::said(
                        "pdf-not-written",
                        vec![
                            // Numbers, not Rust's English «exit status: 1».
                            (
                                "code",
                                status.code().map_or("none".into(), |c| c.to_string()),
                            ),
                            (
                                "signal",
                                signal(&status).map_or("none".into(), |s| s.to_string()),
                            ),
                            (
                                "said",
                                if said.is_empty() { "none" } else { said }.to_string(),
                            ),
                        ],
                    )),
                }
            })
            .collect())
    }
}

/// The signal that stopped a process, on a system that has them.
fn signal(status: &std::process::ExitStatus) -> Option<i32> {
    #[cfg(unix)]
    {
        use std::os::unix::process::ExitStatusExt;
        status.signal()
    }
    #[cfg(not(unix))]
    {
        let _ = status;
        None
    }
}

/// The first of `names` found in a directory of the `PATH`.
fn on_path(names: &[&str]) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    names.iter().find_map(|name| {
        std::env::split_paths(&path)
            .map(|dir| dir.join(name))
            .find(|p| p.is_file())
    })
}

/// `path` as a `file://` URL, every byte but the unreserved ones escaped.
fn file_url(path: &Path) -> String {
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let mut url = String::from("file://");
    for &b in absolute.to_string_lossy().as_bytes() {
        if b.is_ascii_alphanumeric() || b"/-_.~".contains(&b) {
            url.push(char::from(b));
        } else {
            url.push_str(&format!("%{b:02X}"));
        }
    }
    url
}

/// A directory of the conversion's own in the temporary directory, removed with all it holds
/// when dropped.
struct WorkDir(PathBuf);

impl WorkDir {
    fn new() -> Result<WorkDir> {
        let base = std::env::temp_dir();
        for n in 0..1000u32 {
            let dir = base.join(format!("kelisim-pdf-{}-{n}", std::process::id()));
            match std::fs::create_dir(&dir) {
                Ok(()) => return Ok(WorkDir(dir)),
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
                Err(e) => return Err(WorkDir(dir).refused(e)),
            }
        }
        Err(Error::said(
            "pdf-no-workdir",
            vec![("dir", base.display().to_string())],
        ))
    }

    fn refused(&self, e: std::io::Error) -> Error {
        Error::said(
            "pdf-workdir-refused",
            vec![
                ("dir", self.0.display().to_string()),
                ("error", e.to_string()),
            ],
        )
    }
}

impl Drop for WorkDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// `pdf` as LibreOffice wrote it, with the time of the conversion replaced by `timestamp`: in
/// the document information and the XMP metadata, in the ICC colour profile (whose stream is
/// inflated, dated and deflated again), and in the file identifier and LibreOffice's
/// `DocChecksum`, which become a checksum of the rest. The cross-reference table is rebuilt. A file not laid out as LibreOffice writes
/// them (one classic cross-reference table) is returned as it is.
pub fn settle(pdf: Vec<u8>, timestamp: i64) -> Vec<u8> {
    rebuild(&pdf, Moment::from_unix(timestamp)).unwrap_or(pdf)
}

/// The objects of a PDF with one classic cross-reference table, each by number and bytes.
struct Objects<'a> {
    head: &'a [u8],
    objects: Vec<(usize, Vec<u8>)>,
    free: Vec<usize>,
    trailer: &'a [u8],
}

fn rebuild(pdf: &[u8], at: Moment) -> Option<Vec<u8>> {
    let mut file = Objects::read(pdf)?;
    let lengths: Vec<(usize, usize)> = file
        .objects
        .iter_mut()
        .filter_map(|(_, o)| redate_icc(o, at))
        .collect();
    for (number, length) in lengths {
        let (_, o) = file.objects.iter_mut().find(|(n, _)| *n == number)?;
        let header = format!("{number} 0 obj\n");
        if !o.starts_with(header.as_bytes()) {
            return None;
        }
        *o = format!("{header}{length}\nendobj\n\n").into_bytes();
    }
    for (_, o) in &mut file.objects {
        if contains(o, b"/CreationDate") || contains(o, b"/Type/Metadata") {
            redate(o, at);
        }
    }
    Some(file.write())
}

impl<'a> Objects<'a> {
    fn read(pdf: &'a [u8]) -> Option<Objects<'a>> {
        let start = rfind(pdf, b"startxref")?;
        let xref: usize = number_at(pdf, start + b"startxref".len())?.0;
        let table = pdf.get(xref..)?.strip_prefix(b"xref\n")?;
        let (first, rest) = number_at(table, 0)?;
        let (count, rest) = number_at(table, rest)?;
        if first != 0 || table.get(rest) != Some(&b'\n') {
            return None;
        }
        let entries = table.get(rest + 1..rest + 1 + 20 * count)?;
        let trailer = table.get(rest + 1 + 20 * count..)?;
        if !trailer.starts_with(b"trailer") {
            return None;
        }
        let mut offsets = Vec::new();
        let mut free = Vec::new();
        for (n, e) in entries.chunks(20).enumerate() {
            let offset: usize = std::str::from_utf8(e.get(..10)?).ok()?.parse().ok()?;
            match e.get(17) {
                Some(b'n') => offsets.push((offset, n)),
                Some(b'f') => free.push(n),
                _ => return None,
            }
        }
        offsets.sort_unstable();
        let head_end = offsets.first().map_or(xref, |o| o.0);
        let mut objects = Vec::with_capacity(offsets.len());
        for (i, &(offset, n)) in offsets.iter().enumerate() {
            let end = offsets.get(i + 1).map_or(xref, |o| o.0);
            objects.push((n, pdf.get(offset..end)?.to_vec()));
        }
        Some(Objects {
            head: pdf.get(..head_end)?,
            objects,
            free,
            trailer,
        })
    }

    /// The file: the objects, a cross-reference table for them, and the trailer with an
    /// identifier computed from them.
    fn write(&self) -> Vec<u8> {
        let mut out = self.head.to_vec();
        let count = self.objects.len() + self.free.len();
        let mut offsets = vec![None; count];
        for (n, o) in &self.objects {
            if let Some(slot) = offsets.get_mut(*n) {
                *slot = Some(out.len());
            }
            out.extend_from_slice(o);
        }
        let id = checksum(&out);
        let xref = out.len();
        out.extend_from_slice(format!("xref\n0 {count}\n").as_bytes());
        for offset in offsets {
            match offset {
                Some(o) => out.extend_from_slice(format!("{o:010} 00000 n \n").as_bytes()),
                None => out.extend_from_slice(b"0000000000 65535 f \n"),
            }
        }
        let trailer = self.trailer;
        let end = rfind(trailer, b"startxref").unwrap_or(trailer.len());
        let mut trailer = trailer[..end].to_vec();
        if let Some(i) = find(&trailer, b"/ID [") {
            let mut hex = id.iter();
            let mut j = i;
            // Each of the two strings `<…>` becomes the checksum.
            while let Some(open) = find(&trailer[j..], b"<").map(|k| j + k) {
                let Some(close) = find(&trailer[open..], b">").map(|k| open + k) else {
                    break;
                };
                let Some(h) = hex.next() else { break };
                trailer.splice(open + 1..close, h.bytes());
                j = open + 1 + h.len() + 1;
            }
        }
        // LibreOffice's own checksum of the document, timed too.
        if let Some(i) = find(&trailer, b"/DocChecksum /") {
            let start = i + b"/DocChecksum /".len();
            let end = start
                + trailer[start..]
                    .iter()
                    .take_while(|b| b.is_ascii_hexdigit())
                    .count();
            trailer.splice(start..end, id[0].bytes());
        }
        out.extend_from_slice(&trailer);
        out.extend_from_slice(format!("startxref\n{xref}\n%%EOF\n").as_bytes());
        out
    }
}

/// The file identifier's two strings: CRC-32 checksums of `body` from four starting values, in
/// hex, twice (the file is never edited, so both are the same).
fn checksum(body: &[u8]) -> [String; 2] {
    let hex: String = [0u32, 1, 2, 3]
        .iter()
        .map(|&seed| {
            let mut h = crc32fast::Hasher::new_with_initial(seed);
            h.update(body);
            format!("{:08X}", h.finalize())
        })
        .collect();
    [hex.clone(), hex]
}

/// If object `o` is an ICC colour profile deflated into a stream, dates it `at` and returns the
/// object that holds its length with the new length; `o` is rewritten.
fn redate_icc(o: &mut Vec<u8>, at: Moment) -> Option<(usize, usize)> {
    let dict_end = find(o, b">>\nstream\n")?;
    let dict = std::str::from_utf8(&o[..dict_end]).ok()?;
    if !dict.contains("/Filter/FlateDecode") || dict.contains("/Type") {
        return None;
    }
    let length_of = dict.split("/Length ").nth(1)?;
    let mut words = length_of.split(['/', ' ', '>']);
    let number: usize = words.next()?.parse().ok()?;
    if words.next() != Some("0") || words.next() != Some("R") {
        return None;
    }
    let start = dict_end + b">>\nstream\n".len();
    let end = start + find(&o[start..], b"\nendstream")?;
    let mut icc = Vec::new();
    flate2::read::ZlibDecoder::new(&o[start..end])
        .read_to_end(&mut icc)
        .ok()?;
    if icc.get(36..40) != Some(b"acsp") {
        return None;
    }
    let (d, (h, m, s)) = (at.date, at.time);
    let date = [
        u16::try_from(d.year).ok()?,
        u16::from(d.month),
        u16::from(d.day),
        u16::from(h),
        u16::from(m),
        u16::from(s),
    ];
    for (i, v) in date.iter().enumerate() {
        icc[24 + 2 * i..26 + 2 * i].copy_from_slice(&v.to_be_bytes());
    }
    let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::new(6));
    z.write_all(&icc).ok()?;
    let deflated = z.finish().ok()?;
    let length = deflated.len();
    o.splice(start..end, deflated);
    Some((number, length))
}

/// Replaces every `D:YYYYMMDDHHMMSS` and `YYYY-MM-DDTHH:MM:SS` in `o` by `at`, in place (the
/// lengths are the same).
fn redate(o: &mut [u8], at: Moment) {
    let (d, (h, m, s)) = (at.date, at.time);
    let pdf = format!(
        "D:{:04}{:02}{:02}{h:02}{m:02}{s:02}",
        d.year, d.month, d.day
    );
    let xmp = format!(
        "{:04}-{:02}-{:02}T{h:02}:{m:02}:{s:02}",
        d.year, d.month, d.day
    );
    let digit = |b: u8| b.is_ascii_digit();
    let mut i = 0;
    while i + xmp.len() <= o.len() {
        let w = &o[i..];
        if w.starts_with(b"D:") && w[2..16].iter().all(|&b| digit(b)) {
            o[i..i + 16].copy_from_slice(pdf.as_bytes());
            i += 16;
        } else if w[..19].iter().enumerate().all(|(k, &b)| match k {
            4 | 7 => b == b'-',
            10 => b == b'T',
            13 | 16 => b == b':',
            _ => digit(b),
        }) {
            o[i..i + 19].copy_from_slice(xmp.as_bytes());
            i += 19;
        } else {
            i += 1;
        }
    }
}

fn number_at(bytes: &[u8], from: usize) -> Option<(usize, usize)> {
    let mut i = from;
    while bytes.get(i).is_some_and(u8::is_ascii_whitespace) {
        i += 1;
    }
    let start = i;
    while bytes.get(i).is_some_and(u8::is_ascii_digit) {
        i += 1;
    }
    let n = std::str::from_utf8(bytes.get(start..i)?)
        .ok()?
        .parse()
        .ok()?;
    Some((n, i))
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

fn rfind(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).rposition(|w| w == needle)
}

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    find(hay, needle).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A PDF laid out as LibreOffice writes one, converted at `when` ("20261202014836"): an
    /// ICC profile deflated into a stream whose length is an object of its own, the document
    /// information, the file identifier and LibreOffice's checksum.
    fn converted_at(when: &str, id: &str) -> Vec<u8> {
        let mut icc = vec![0u8; 128];
        icc[36..40].copy_from_slice(b"acsp");
        let year: u16 = when[..4].parse().unwrap();
        icc[24..26].copy_from_slice(&year.to_be_bytes());
        icc[34] = when[12..14].parse().unwrap();
        let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::new(1));
        z.write_all(&icc).unwrap();
        let icc = z.finish().unwrap();
        let mut out = b"%PDF-1.6\n%\xc3\xa4\n".to_vec();
        let mut offsets = Vec::new();
        offsets.push(out.len());
        out.extend_from_slice(b"1 0 obj\n<</N 3/Length 2 0 R/Filter/FlateDecode>>\nstream\n");
        out.extend_from_slice(&icc);
        out.extend_from_slice(b"\nendstream\nendobj\n\n");
        offsets.push(out.len());
        out.extend_from_slice(format!("2 0 obj\n{}\nendobj\n\n", icc.len()).as_bytes());
        offsets.push(out.len());
        out.extend_from_slice(
            format!("3 0 obj\n<</Producer(LibreOffice)/CreationDate(D:{when}Z')>>\nendobj\n\n")
                .as_bytes(),
        );
        let xref = out.len();
        out.extend_from_slice(b"xref\n0 4\n0000000000 65535 f \n");
        for o in offsets {
            out.extend_from_slice(format!("{o:010} 00000 n \n").as_bytes());
        }
        out.extend_from_slice(
            format!(
                "trailer\n<</Size 4/Info 3 0 R\n/ID [ <{id}>\n<{id}> ]\n/DocChecksum /{id}\n>>\nstartxref\n{xref}\n%%EOF\n"
            )
            .as_bytes(),
        );
        out
    }

    #[test]
    fn two_conversions_at_different_times_settle_to_the_same_bytes() {
        let a = converted_at("20261202014836", "45F1043181B3C8601D60601996A62FAB");
        let b = converted_at("20261203235959", "0123456789ABCDEF0123456789ABCDEF");
        assert_ne!(a, b);
        let (a, b) = (settle(a, 1_782_432_000), settle(b, 1_782_432_000));
        assert_eq!(a, b);
        let text = String::from_utf8_lossy(&a);
        assert!(text.contains("/CreationDate(D:20260626000000Z')"), "{text}");
        assert!(!text.contains("45F1043181B3C8601D60601996A62FAB"));
        // Every offset of the rebuilt table points at its object, and startxref at the table.
        let file = Objects::read(&a).expect("a table kelisim reads back");
        assert_eq!(file.objects.len(), 3);
        for (n, bytes) in &file.objects {
            assert!(bytes.starts_with(format!("{n} 0 obj\n").as_bytes()));
        }
        // The ICC profile is dated 2026-06-26 00:00:00.
        let (_, icc) = &file.objects[0];
        let start = find(icc, b"stream\n").unwrap() + 7;
        let end = find(icc, b"\nendstream").unwrap();
        let mut profile = Vec::new();
        flate2::read::ZlibDecoder::new(&icc[start..end])
            .read_to_end(&mut profile)
            .unwrap();
        assert_eq!(profile[24..36], [0x07, 0xea, 0, 6, 0, 26, 0, 0, 0, 0, 0, 0]);
        let (_, length) = &file.objects[1];
        assert_eq!(
            length,
            format!("2 0 obj\n{}\nendobj\n\n", end - start).as_bytes()
        );
    }

    #[test]
    fn a_file_laid_out_otherwise_is_kept_as_it_is() {
        let odd = b"%PDF-1.7\n1 0 obj\n<<>>\nendobj\nstartxref\n999\n%%EOF\n".to_vec();
        assert_eq!(settle(odd.clone(), 0), odd);
        assert_eq!(settle(b"%PDF-".to_vec(), 0), b"%PDF-");
    }
}
