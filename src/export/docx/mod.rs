//! DOCX exporter: a pure function from a [`Document`] to the bytes of a Word file.
//!
//! WordprocessingML is written directly (see README, "Design"): real styles and multi-level list
//! numbering of our own, every run tagged `kk-KZ` or `ru-RU`, the style's page (A4) and margins, a header
//! with the short name and a footer with «Бет / Стр. N», core properties with fixed timestamps,
//! Deflate-compressed parts in a fixed order. The same input gives the same bytes.

mod body;
pub use body::BOOKMARK;
pub mod package;
mod parts;
pub mod reader;
mod xml;

pub use parts::{NUM_KK, NUM_RU};

use crate::dates::{Moment, TIMESTAMP_RANGE};
use crate::document::Document;
use crate::error::Result;
use crate::model::Layout;
use crate::style::Style;

/// Options of the DOCX exporter.
#[derive(Debug, Clone)]
pub struct DocxOptions {
    /// How the two languages are laid out.
    pub layout: Layout,
    /// Font, size and margins.
    pub style: Style,
    /// The author in the document properties; the workers' organisation when `None`.
    pub author: Option<String>,
    /// Creation time, seconds since 1970 (from `SOURCE_DATE_EPOCH`, or a fixed default).
    pub timestamp: i64,
    /// Author of tracked changes (clauses carrying a revision); the document's author if `None`.
    pub reviser: Option<String>,
}

/// The default timestamp: the day of the recommendation, 26.06.2026, 00:00 UTC.
pub const DEFAULT_TIMESTAMP: i64 = 1_782_432_000;

/// The most UTF-16 code units Word takes in the `w:author` of a revision (the Open XML SDK's
/// limit; a longer one makes Word repair the file).
const MAX_REVISION_AUTHOR: usize = 255;

/// Renders `doc` as a DOCX file.
pub fn docx(doc: &Document, opts: &DocxOptions) -> Result<Vec<u8>> {
    let (author, stamp) = author_and_stamp(doc, opts)?;
    let tracking = body::Tracking::new(revision_author(doc, opts, &author), stamp.clone());
    let body = body::body(doc, opts.layout, &opts.style, &tracking);
    package(doc, opts, &author, &stamp, &body)
}

/// The author of tracked changes, at most 255 UTF-16 units long as Word requires: the reviser,
/// else the document's author, whole when it fits. The document properties keep the full name
/// (`dc:creator` has no such limit).
///
/// When it does not fit:
/// - the default author, «Kazakh name / Russian name» of the workers' organisation, becomes the
///   Kazakh name alone, else the Russian name alone, so that the balloon shows one whole name
///   rather than a second language cut off mid-word;
/// - a name given by the user (`--author`), or a default whose names are each too long, is cut at
///   a character boundary to 254 units and ends with «…».
fn revision_author(doc: &Document, opts: &DocxOptions, author: &str) -> String {
    let fits = |s: &str| s.encode_utf16().count() <= MAX_REVISION_AUTHOR;
    let name = opts.reviser.as_deref().unwrap_or(author);
    if fits(name) {
        return name.to_string();
    }
    if opts.reviser.is_none() && opts.author.is_none() {
        for one in [&doc.meta.author.kk, &doc.meta.author.ru] {
            if fits(one) && !one.trim().is_empty() {
                return one.clone();
            }
        }
    }
    let mut cut = String::new();
    let mut units = 0;
    for c in name.chars() {
        units += c.len_utf16();
        if units > MAX_REVISION_AUTHOR - 1 {
            break;
        }
        cut.push(c);
    }
    format!("{}…", cut.trim_end())
}

/// The document's author (the option, else the workers' organisation) and its W3C timestamp;
/// an error for a timestamp outside [`TIMESTAMP_RANGE`].
fn author_and_stamp(doc: &Document, opts: &DocxOptions) -> Result<(String, String)> {
    if !TIMESTAMP_RANGE.contains(&opts.timestamp) {
        return Err(crate::error::Error::said(
            "epoch-range",
            vec![
                ("value", opts.timestamp.to_string()),
                ("min", TIMESTAMP_RANGE.start().to_string()),
                ("max", TIMESTAMP_RANGE.end().to_string()),
            ],
        ));
    }
    let author = opts
        .author
        .clone()
        .unwrap_or_else(|| format!("{} / {}", doc.meta.author.kk, doc.meta.author.ru));
    let stamp = Moment::from_unix(opts.timestamp).w3c();
    Ok((author, stamp))
}

fn package(
    doc: &Document,
    opts: &DocxOptions,
    author: &str,
    stamp: &str,
    body: &str,
) -> Result<Vec<u8>> {
    let moment = Moment::from_unix(opts.timestamp);
    let reference = opts.style.reference.as_deref();
    // A reference document's header and footer, with their relationships and images.
    let mut media: Vec<(String, Vec<u8>)> = Vec::new();
    let mut rels = Vec::new();
    for (name, part) in [
        ("header1.xml", reference.and_then(|r| r.header.as_ref())),
        ("footer1.xml", reference.and_then(|r| r.footer.as_ref())),
    ] {
        let Some(part) = part else { continue };
        if let Some(r) = &part.rels {
            rels.push((format!("word/_rels/{name}.rels"), r.clone().into_bytes()));
        }
        for (target, bytes) in &part.media {
            let path = format!("word/{target}");
            if !media.iter().any(|(p, _)| *p == path) {
                media.push((path, bytes.clone()));
            }
        }
    }
    let files = [
        ("[Content_Types].xml", parts::content_types(&media)),
        ("_rels/.rels", parts::package_rels()),
        ("docProps/core.xml", parts::core(doc, author, stamp)),
        ("docProps/app.xml", parts::app()),
        (
            "word/document.xml",
            parts::document(body, &opts.style, doc.meta.landscape),
        ),
        ("word/_rels/document.xml.rels", parts::document_rels()),
        ("word/styles.xml", parts::styles(&opts.style)),
        ("word/numbering.xml", parts::numbering()),
        ("word/settings.xml", parts::settings()),
        ("word/header1.xml", parts::header(doc, &opts.style)),
        ("word/footer1.xml", parts::footer(doc, &opts.style)),
    ];
    let files: Vec<(String, Vec<u8>)> = files
        .into_iter()
        .map(|(name, text)| (name.to_string(), text.into_bytes()))
        .chain(rels)
        .chain(media)
        .collect();
    Ok(package::zip(&files, package::DosTime::new(moment)))
}
