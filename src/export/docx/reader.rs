//! Reading back the clauses of a DOCX that kelisim produced and someone then edited in Word or
//! LibreOffice, by the style, bookmark and language names the writer beside it uses. The file comes from the other side of a negotiation: sizes are limited, nothing in
//! it can make this code panic, and a file that is not a DOCX, or not ours, gets a clear error.

use std::io::Read;
use std::path::Path;

use quick_xml::Reader;
use quick_xml::events::Event;

use super::body::{BOOKMARK, CLAUSE_STYLE, MOVED_FROM};
use crate::document::{PartKind, PlainClause, PlainItem};
use crate::error::{Error, Result};
use crate::input::{read_at_most, xml_attr as attr};
use crate::lang::{Bilingual, Lang};
use crate::library::Library;

/// The largest DOCX read.
pub const MAX_FILE: u64 = 20 * 1024 * 1024;
/// The largest `word/document.xml` read, uncompressed (a zip bomb stops here).
pub const MAX_XML: u64 = 64 * 1024 * 1024;

/// A paragraph: style, numbering level, language, the norm its bookmark names, and text
/// (insertions accepted, deletions gone), with where its leading bold text (the title) ends.
#[derive(Debug, Default)]
struct Para {
    style: String,
    /// The table cell (row, cell) it stands in, counted through the document, if any.
    cell: Option<(usize, usize)>,
    level: Option<u32>,
    lang: Option<String>,
    norm: Option<String>,
    text: String,
    bold_end: usize,
    past_bold: bool,
    /// Whether its paragraph mark, or its table row, is a tracked deletion (`Some(false)`) or
    /// insertion (`Some(true)`): the paragraph is gone in the view that drops it.
    tracked: Option<bool>,
}

impl Para {
    fn push(&mut self, text: &str, bold: bool) {
        self.text.push_str(text);
        if !self.past_bold {
            if bold {
                self.bold_end = self.text.len();
            } else if !text.trim().is_empty() {
                self.past_bold = true;
            }
        }
    }

    /// The title and the body of a clause paragraph whose title is not the library's: the
    /// leading bold text up to its full stop, or else the text up to the first full stop.
    fn split_title(&self) -> (&str, &str) {
        let bold = self.text[..self.bold_end].trim();
        match bold.strip_suffix('.') {
            Some(title) if !title.trim().is_empty() => (title, &self.text[self.bold_end..]),
            _ => self.text.trim().split_once('.').unwrap_or(("", &self.text)),
        }
    }
}

fn not_docx(path: &Path, why: &str, detail: &str) -> Error {
    crate::input::docx_refused(&path.display().to_string(), "diff", why, detail)
}

/// What a DOCX holds, as a diff compares it.
#[derive(Debug, Clone, Default)]
pub struct ReadDocx {
    /// The clauses, matched to norms.
    pub clauses: Vec<PlainClause>,
    /// Every other piece of the annex's text: heading, preamble, parties, definitions, final
    /// provisions, signatures, and text kelisim did not write.
    pub items: Vec<PlainItem>,
    /// Tracked changes the file still holds, unaccepted: (author, how many), by author.
    pub revisions: Revisions,
}

/// The annex in `path`, both languages: its clauses, matched to norms by the bookmarks kelisim
/// writes or by their titles in a file without them, and the rest of its text. Tracked changes
/// are read as accepted (insertions kept, deletions dropped) and counted.
pub fn read(path: &Path, library: &Library) -> Result<ReadDocx> {
    read_view(path, library, View::Accepted)
}

/// The annex in `path` as it stood before its tracked changes: insertions dropped, deletions
/// kept (Word's "Reject All").
pub fn read_original(path: &Path, library: &Library) -> Result<ReadDocx> {
    read_view(path, library, View::Original)
}

/// Which text of a document with tracked changes is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum View {
    /// Every change accepted.
    Accepted,
    /// Every change rejected.
    Original,
}

fn read_view(path: &Path, library: &Library, view: View) -> Result<ReadDocx> {
    let Ok(bytes) = read_at_most(path, MAX_FILE)? else {
        return Err(not_docx(path, "too-large", &(MAX_FILE >> 20).to_string()));
    };
    let kind = crate::input::Magic::of_bytes(&bytes).document(&[]);
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes))
        .map_err(|_| not_docx(path, kind.filter(|k| *k != "zip").unwrap_or("not-zip"), ""))?;
    if zip.index_for_name("word/document.xml").is_none() {
        return Err(not_docx(path, other_kind(&zip), ""));
    }
    let document = "word/document.xml";
    let mut entry = zip
        .by_name(document)
        .map_err(|_| not_docx(path, "part-damaged", document))?;
    if entry.size() > MAX_XML {
        return Err(not_docx(path, "part-too-large", document));
    }
    let mut xml = String::new();
    (&mut entry)
        .take(MAX_XML + 1)
        .read_to_string(&mut xml)
        .map_err(|_| not_docx(path, "part-not-utf8", document))?;
    if xml.len() as u64 > MAX_XML {
        return Err(not_docx(path, "part-too-large", document));
    }
    let (paragraphs, revisions) =
        paragraphs(&xml, view).map_err(|e| not_docx(path, "xml-broken", &e))?;
    let (clauses, added) = clauses(path, &paragraphs, library)?;
    let mut items = items(&paragraphs);
    items.extend(coverage(&paragraphs));
    // Clauses that match no norm, numbered per language in their order.
    for lang in Lang::ALL {
        for (n, (_, text)) in added.iter().filter(|(l, _)| *l == lang).enumerate() {
            let key = format!("added.{}", n + 1);
            let item = match items
                .iter_mut()
                .position(|i| i.part == PartKind::Clause && i.key == key)
            {
                Some(i) => &mut items[i],
                None => {
                    items.push(PlainItem::new(PartKind::Clause, key, Bilingual::default()));
                    let last = items.len() - 1;
                    &mut items[last]
                }
            };
            match lang {
                Lang::Kk => item.text.kk = text.clone(),
                Lang::Ru => item.text.ru = text.clone(),
            }
        }
    }
    Ok(ReadDocx {
        clauses,
        items,
        revisions,
    })
}

/// Where a paragraph stands in the annex, which decides what a body-text paragraph is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Zone {
    /// Before the parties: the sector line and the preamble.
    Front,
    Parties,
    Definitions,
    Clauses,
    Closing,
    Signatures,
    /// The coverage table, which is not compared.
    Coverage,
}

/// A piece of one language's text: its part, which piece, the text.
type Piece = (PartKind, String, String);

/// Tracked changes by author: (author, how many).
type Revisions = Vec<(String, usize)>;

/// The body text before the parties: the sector or region line (a short one, when there are two
/// or more) and the preamble, in reading order.
fn flush_front(front: &mut Vec<String>, found: &mut Vec<Piece>) {
    let mut pieces = std::mem::take(front).into_iter().peekable();
    if pieces.len() > 1
        && let Some(first) = pieces.next_if(|f| f.chars().count() < 200)
    {
        found.push((PartKind::Heading, "scope".into(), first));
    }
    for (i, text) in pieces.enumerate() {
        let key = if i == 0 {
            "preamble".to_string()
        } else {
            format!("preamble.{}", i + 1)
        };
        found.push((PartKind::Preamble, key, text));
    }
}

/// The rows of the coverage table, if the file has one, as the pieces
/// [`crate::document::Coverage::items`] makes: per norm, its cells after the first, a line each.
fn coverage(paragraphs: &[Para]) -> Vec<PlainItem> {
    // The coverage table's paragraphs, by (row, cell), in order.
    let mut cells: Vec<((usize, usize), Vec<&Para>)> = Vec::new();
    for p in paragraphs.iter().filter(|p| p.style == "TableText") {
        let Some(at) = p.cell else { continue };
        match cells.last_mut() {
            Some((c, ps)) if *c == at => ps.push(p),
            _ => cells.push((at, vec![p])),
        }
    }
    let mut rows: Vec<Vec<Vec<&Para>>> = Vec::new();
    let mut last_row = None;
    for ((row, _), ps) in cells {
        if last_row != Some(row) {
            rows.push(Vec::new());
            last_row = Some(row);
        }
        if let Some(r) = rows.last_mut() {
            r.push(ps);
        }
    }
    let in_lang = |ps: &[&Para], lang: Lang| -> Vec<String> {
        ps.iter()
            .filter(|p| p.lang.as_deref().and_then(Lang::from_tag) == Some(lang))
            .map(|p| p.text.trim().to_string())
            .filter(|t| !t.is_empty())
            .collect()
    };
    rows.into_iter()
        // The header row, and any row that is not a norm's, is not a piece.
        .filter(|r| r.len() == 5)
        .filter_map(|r| {
            let norm = in_lang(&r[0], Lang::Ru)
                .first()?
                .split_whitespace()
                .next()?
                .to_string();
            norm.contains('.').then(|| {
                let text = Bilingual::try_from_fn(|lang| {
                    Ok::<_, ()>(
                        r[1..]
                            .iter()
                            .map(|c| in_lang(c, lang).join("\n"))
                            .collect::<Vec<_>>()
                            .join("\n"),
                    )
                })
                .unwrap_or_default();
                PlainItem::new(PartKind::Coverage, norm, text)
            })
        })
        .collect()
}

/// Every paragraph outside the clauses, per language, as the pieces [`crate::document::Annex::items`]
/// makes of a rendered annex, so that the two compare piece by piece. A paragraph of a style
/// kelisim does not write is kept as text of the part it stands in.
fn items(paragraphs: &[Para]) -> Vec<PlainItem> {
    use PartKind::*;
    let mut by_lang: Vec<(Lang, Vec<Piece>)> = Vec::new();
    for lang in Lang::ALL {
        let mut found: Vec<Piece> = Vec::new();
        let mut front: Vec<String> = Vec::new();
        let mut zone = Zone::Front;
        let mut count = 0usize;
        let mut extra = 0usize;
        let text_of = |p: &Para| p.text.trim().to_string();
        for p in paragraphs
            .iter()
            .filter(|p| p.lang.as_deref().and_then(Lang::from_tag) == Some(lang))
        {
            let text = text_of(p);
            if text.is_empty() {
                continue;
            }
            let part = match zone {
                Zone::Front => Heading,
                Zone::Parties => Parties,
                Zone::Definitions => Preamble,
                Zone::Clauses => Clause,
                Zone::Closing => Closing,
                Zone::Signatures => Signatures,
                Zone::Coverage => Coverage,
            };
            match p.style.as_str() {
                "AnnexHeading" => found.push((Heading, "heading".into(), text)),
                "AnnexTitle" => found.push((Heading, "title".into(), text)),
                "BlockHeading" => {
                    if zone == Zone::Front {
                        flush_front(&mut front, &mut found);
                    }
                    zone = match zone {
                        Zone::Front => Zone::Parties,
                        Zone::Parties | Zone::Definitions | Zone::Clauses => Zone::Closing,
                        Zone::Closing => Zone::Signatures,
                        Zone::Signatures | Zone::Coverage => Zone::Coverage,
                    };
                    count = 0;
                    let part = match zone {
                        Zone::Parties => Parties,
                        Zone::Closing => Closing,
                        Zone::Signatures => Signatures,
                        _ => Coverage,
                    };
                    if part != Coverage {
                        found.push((part, "heading".into(), text));
                    }
                }
                "SectionHeading" => {
                    zone = if zone == Zone::Parties || zone == Zone::Front {
                        Zone::Definitions
                    } else {
                        Zone::Clauses
                    };
                    count = 0;
                }
                s if s == CLAUSE_STYLE => zone = Zone::Clauses,
                "BodyText" if zone == Zone::Front => front.push(text),
                "BodyText" if zone == Zone::Definitions => {
                    count += 1;
                    found.push((Preamble, format!("definition.{count}"), text));
                }
                "BodyText" if zone == Zone::Signatures && count == 0 => {
                    found.push((Signatures, "place-date".into(), text));
                }
                "BodyText" if zone == Zone::Parties || zone == Zone::Closing => {
                    count += 1;
                    found.push((part, count.to_string(), text));
                }
                "SignatureRole" => {
                    count += 1;
                    found.push((Signatures, count.to_string(), text));
                }
                "Signature" => match found.last_mut() {
                    Some((Signatures, key, t)) if key != "heading" && key != "place-date" => {
                        t.push('\n');
                        t.push_str(&text);
                    }
                    _ => {
                        extra += 1;
                        found.push((Signatures, format!("text.{extra}"), text));
                    }
                },
                "SignatureLine" | "TableText" | "Header" | "Footer" => {}
                _ if zone == Zone::Coverage => {}
                _ => {
                    extra += 1;
                    found.push((part, format!("text.{extra}"), text));
                }
            }
        }
        flush_front(&mut front, &mut found);
        by_lang.push((lang, found));
    }
    // One item per (part, key), in the Kazakh reading order, then what only Russian has.
    let mut out: Vec<PlainItem> = Vec::new();
    for (lang, found) in by_lang {
        for (part, key, text) in found {
            let item = match out.iter_mut().position(|i| i.part == part && i.key == key) {
                Some(i) => &mut out[i],
                None => {
                    out.push(PlainItem::new(part, key, Bilingual::default()));
                    let last = out.len() - 1;
                    &mut out[last]
                }
            };
            match lang {
                Lang::Kk => item.text.kk = text,
                Lang::Ru => item.text.ru = text,
            }
        }
    }
    out
}

/// What a zip archive without `word/document.xml` is, by the parts other formats have.
/// What a zip archive without `word/document.xml` is, as `docx-unusable` says it.
fn other_kind<R: Read + std::io::Seek>(zip: &zip::ZipArchive<R>) -> &'static str {
    let has = |name: &str| zip.index_for_name(name).is_some();
    if has("xl/workbook.xml") {
        "xlsx"
    } else if has("ppt/presentation.xml") {
        "pptx"
    } else if has("content.xml") && has("mimetype") {
        "odf"
    } else {
        "no-document"
    }
}

/// The paragraphs of `word/document.xml`, and the tracked changes it holds, by author.
fn paragraphs(xml: &str, view: View) -> std::result::Result<(Vec<Para>, Revisions), String> {
    let mut reader = Reader::from_str(xml);
    let mut out = Vec::new();
    let mut revisions: std::collections::BTreeMap<String, usize> = Default::default();
    let mut count = |e: &quick_xml::events::BytesStart| {
        *revisions
            .entry(attr(e, "w:author").unwrap_or_default())
            .or_default() += 1;
    };
    let mut para: Option<Para> = None;
    let (mut row, mut cell, mut in_cell) = (0usize, 0usize, false);
    let (mut in_text, mut in_del, mut in_ins, mut run_lang) = (false, 0u32, 0u32, None::<String>);
    // Text inside a deletion (accepted view) or an insertion (original view) is not read.
    let hidden = |del: u32, ins: u32| match view {
        View::Accepted => del > 0,
        View::Original => ins > 0,
    };
    let mut run_bold = false;
    // Inside `w:pPr`/`w:trPr`, where an empty `w:ins`/`w:del` marks the paragraph or the row;
    // the mark of the row in hand.
    let (mut in_props, mut row_tracked) = (false, None::<bool>);
    loop {
        let event = reader.read_event().map_err(|e| e.to_string())?;
        match event {
            Event::Start(e) => match e.name().as_ref() {
                "w:p" => {
                    para = Some(Para {
                        cell: in_cell.then_some((row, cell)),
                        tracked: row_tracked,
                        ..Para::default()
                    })
                }
                "w:tr" => {
                    row += 1;
                    row_tracked = None;
                }
                "w:pPr" | "w:trPr" => in_props = true,
                "w:tc" => {
                    cell += 1;
                    in_cell = true;
                }
                "w:t" => in_text = true,
                "w:delText" => in_text = view == View::Original,
                "w:del" => {
                    in_del += 1;
                    count(&e);
                }
                "w:ins" => {
                    in_ins += 1;
                    count(&e);
                }
                "w:r" => (run_lang, run_bold) = (None, false),
                _ => {}
            },
            Event::Empty(e) => match e.name().as_ref() {
                // A paragraph mark or a table row inserted or deleted.
                "w:ins" | "w:del" => {
                    count(&e);
                    let inserted = e.name().as_ref() == "w:ins";
                    if in_props {
                        match para.as_mut() {
                            Some(p) => p.tracked = Some(inserted),
                            None => row_tracked = Some(inserted),
                        }
                    }
                }
                "w:b" => {
                    run_bold = !matches!(attr(&e, "w:val").as_deref(), Some("0" | "false" | "off"))
                }
                "w:pStyle" => {
                    if let Some(p) = para.as_mut() {
                        p.style = attr(&e, "w:val").unwrap_or_default();
                    }
                }
                "w:ilvl" => {
                    if let Some(p) = para.as_mut() {
                        p.level = attr(&e, "w:val").and_then(|v| v.parse().ok());
                    }
                }
                "w:lang" => run_lang = attr(&e, "w:val"),
                "w:bookmarkStart" => {
                    if let Some(p) = para.as_mut() {
                        let name = attr(&e, "w:name").unwrap_or_default();
                        if let Some(mark) = name.strip_prefix(BOOKMARK)
                            && let Some((norm, _lang)) = mark
                                .strip_suffix(MOVED_FROM)
                                .unwrap_or(mark)
                                .rsplit_once('_')
                        {
                            p.norm = Some(norm.replace('_', "."));
                        }
                    }
                }
                "w:noBreakHyphen" if !hidden(in_del, in_ins) => {
                    if let Some(p) = para.as_mut() {
                        p.push("-", run_bold);
                    }
                }
                "w:br" | "w:tab" if !hidden(in_del, in_ins) => {
                    if let Some(p) = para.as_mut() {
                        p.push(" ", run_bold);
                    }
                }
                _ => {}
            },
            Event::End(e) => match e.name().as_ref() {
                // A paragraph tracked as deleted (accepted view) or inserted (original view) is
                // gone, unless text of it stays in this view.
                "w:p" => out.extend(para.take().filter(|p| {
                    let gone = p.tracked == Some(view == View::Original);
                    !gone || !p.text.trim().is_empty()
                })),
                "w:pPr" | "w:trPr" => in_props = false,
                "w:tr" => row_tracked = None,
                "w:t" | "w:delText" => in_text = false,
                "w:tc" => in_cell = false,
                "w:del" => in_del = in_del.saturating_sub(1),
                "w:ins" => in_ins = in_ins.saturating_sub(1),
                _ => {}
            },
            Event::Text(t) if in_text && !hidden(in_del, in_ins) => {
                if let Some(p) = para.as_mut() {
                    // The page's typography is no change of words.
                    p.push(&crate::typography::untie(&t.xml10_content()), run_bold);
                    if p.lang.is_none() {
                        p.lang = run_lang.clone();
                    }
                }
            }
            Event::GeneralRef(r) if in_text && !hidden(in_del, in_ins) => {
                let c = match r.xml10_content().as_ref() {
                    "amp" => Some('&'),
                    "lt" => Some('<'),
                    "gt" => Some('>'),
                    "quot" => Some('"'),
                    "apos" => Some('\''),
                    _ => r.resolve_char_ref().ok().flatten(),
                };
                if let (Some(p), Some(c)) = (para.as_mut(), c) {
                    p.push(c.encode_utf8(&mut [0; 4]), run_bold);
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    Ok((out, revisions.into_iter().collect()))
}

/// A clause paragraph that matches no norm: its language and text.
type Unmatched = (Lang, String);

/// The clauses matched to norms, and the text of clause paragraphs that match none (a clause the
/// other side added), per language, in order.
fn clauses(
    path: &Path,
    paragraphs: &[Para],
    library: &Library,
) -> Result<(Vec<PlainClause>, Vec<Unmatched>)> {
    // (language, norm, title, body) of every clause paragraph, in order.
    let mut found: Vec<(Lang, String, String, String)> = Vec::new();
    let mut added: Vec<Unmatched> = Vec::new();
    let mut current_added = false;
    for p in paragraphs.iter().filter(|p| p.style == CLAUSE_STYLE) {
        let lang = p
            .lang
            .as_deref()
            .and_then(Lang::from_tag)
            .unwrap_or(Lang::Ru);
        if p.level.is_some() {
            let text = p.text.trim();
            let titled = |c: &&crate::model::Clause| {
                text.strip_prefix(c.title.get(lang).as_str())
                    .is_some_and(|rest| rest.starts_with('.'))
            };
            let clause = match p.norm.as_deref().and_then(|n| library.find(n)) {
                Some(c) => Some(c),
                None => library.clauses().iter().find(titled),
            };
            let Some(clause) = clause else {
                // A clause the other side added, or one whose bookmark and title are both gone:
                // compared as a piece of text of its own.
                added.push((lang, text.to_string()));
                current_added = true;
                continue;
            };
            current_added = false;
            // A clause found by its bookmark may have a title the other side renamed.
            let own = clause.title.get(lang);
            let (title, body) = if titled(&clause) {
                (own.as_str(), &text[own.len() + 1..])
            } else {
                p.split_title()
            };
            found.push((
                lang,
                clause.id.clone(),
                title.trim().to_string(),
                body.trim().to_string(),
            ));
        } else if current_added {
            if let Some(last) = added.iter_mut().rev().find(|f| f.0 == lang) {
                last.1.push('\n');
                last.1.push_str(p.text.trim());
            }
        } else if let Some(last) = found.iter_mut().rev().find(|f| f.0 == lang) {
            last.3.push('\n');
            last.3.push_str(p.text.trim());
        }
    }
    if found.is_empty() && added.is_empty() {
        return Err(not_docx(path, "no-clauses", ""));
    }
    let mut out: Vec<PlainClause> = Vec::new();
    for (lang, norm, title, body) in found {
        let Some(clause) = library.find(&norm) else {
            continue;
        };
        let entry = match out.iter_mut().position(|c| c.norm == norm) {
            Some(i) => &mut out[i],
            None => {
                out.push(PlainClause {
                    norm: norm.clone(),
                    title: clause.title.clone(),
                    body: Bilingual::default(),
                });
                let last = out.len() - 1;
                &mut out[last]
            }
        };
        match lang {
            Lang::Kk => (entry.title.kk, entry.body.kk) = (title, body),
            Lang::Ru => (entry.title.ru, entry.body.ru) = (title, body),
        }
    }
    Ok((out, added))
}
