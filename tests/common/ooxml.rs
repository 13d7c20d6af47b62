//! Reading back what the DOCX exporter wrote: zip entries, well-formedness, and the paragraphs of
//! `word/document.xml` with their style, numbering and the language of every run.

use std::io::Read;

use quick_xml::Reader;
use quick_xml::events::Event;

/// A paragraph as Word sees it.
#[derive(Debug, Default, Clone)]
pub(crate) struct Para {
    /// `w:pStyle`.
    pub style: String,
    /// `w:numPr`: (numId, ilvl).
    pub num: Option<(u32, u32)>,
    /// (w:lang of the run, its text).
    pub runs: Vec<(String, String)>,
}

impl Para {
    /// The paragraph's text.
    pub(crate) fn text(&self) -> String {
        self.runs.iter().map(|(_, t)| t.as_str()).collect()
    }

    /// The languages of its text runs.
    pub(crate) fn langs(&self) -> Vec<&str> {
        let mut l: Vec<&str> = self.runs.iter().map(|(l, _)| l.as_str()).collect();
        l.sort();
        l.dedup();
        l
    }
}

/// Every entry of the zip: (name, compression method, bytes).
pub(crate) fn entries(bytes: &[u8]) -> Vec<(String, zip::CompressionMethod, Vec<u8>)> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a zip");
    (0..archive.len())
        .map(|i| {
            let mut f = archive.by_index(i).unwrap();
            let mut data = Vec::new();
            f.read_to_end(&mut data).unwrap();
            (
                f.name().expect("entry name").to_string(),
                f.compression(),
                data,
            )
        })
        .collect()
}

/// Copies the DOCX at `original` to `edited` with `edit` applied to its document part, as the
/// other side's Word would save it.
pub(crate) fn edit_docx(
    original: &std::path::Path,
    edited: &std::path::Path,
    edit: impl Fn(String) -> String,
) {
    let mut zip = zip::ZipArchive::new(std::fs::File::open(original).unwrap()).unwrap();
    let mut out = zip::ZipWriter::new(std::fs::File::create(edited).unwrap());
    for i in 0..zip.len() {
        let mut f = zip.by_index(i).unwrap();
        let name = f.name().unwrap().to_string();
        let mut data = String::new();
        f.read_to_string(&mut data).unwrap();
        if name == "word/document.xml" {
            // The other side edits words, not the page's typography: its Word saves plain
            // hyphens and spaces where it typed them.
            data = edit(untied(&data));
        }
        out.start_file(name, zip::write::SimpleFileOptions::default())
            .unwrap();
        std::io::Write::write_all(&mut out, data.as_bytes()).unwrap();
    }
    out.finish().unwrap();
}

/// WordprocessingML with the page's typography taken off (kelisim::typography::tie): every
/// `w:noBreakHyphen` between two pieces of a run's text a plain hyphen, no-break spaces plain
/// spaces, no word joiners, so that a test finds the words as they were written.
pub(crate) fn untied(xml: &str) -> String {
    let mut xml = xml.to_string();
    for tag in ["w:t", "w:delText"] {
        xml = xml.replace(
            &format!("</{tag}><w:noBreakHyphen/><{tag} xml:space=\"preserve\">"),
            "-",
        );
    }
    kelisim::typography::untie(&xml)
}

/// The text of entry `name`.
pub(crate) fn part(bytes: &[u8], name: &str) -> String {
    let (_, _, data) = entries(bytes)
        .into_iter()
        .find(|(n, _, _)| n == name)
        .unwrap_or_else(|| panic!("no part {name}"));
    String::from_utf8(data).unwrap()
}

/// Panics unless `xml` is well-formed.
pub(crate) fn assert_well_formed(name: &str, xml: &str) {
    let mut reader = Reader::from_str(xml);
    reader.config_mut().check_end_names = true;
    let mut depth = 0i32;
    loop {
        match reader.read_event() {
            Ok(Event::Start(_)) => depth += 1,
            Ok(Event::End(_)) => depth -= 1,
            Ok(Event::Eof) => break,
            Ok(_) => {}
            Err(e) => panic!(
                "{name} is not well-formed at {}: {e}",
                reader.buffer_position()
            ),
        }
    }
    assert_eq!(depth, 0, "{name}: unclosed elements");
}

fn attr(e: &quick_xml::events::BytesStart, key: &str) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.as_ref() == key)
        .map(|a| {
            a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
                .unwrap()
                .into_owned()
        })
}

/// The paragraphs of a `word/document.xml`, header or footer, their text [`untied`].
pub(crate) fn paragraphs(xml: &str) -> Vec<Para> {
    let xml = untied(xml);
    let mut reader = Reader::from_str(&xml);
    let mut out = Vec::new();
    let mut para: Option<Para> = None;
    let mut lang = String::new();
    let mut in_text = false;
    let mut num_id = None;
    let mut ilvl = None;
    loop {
        match reader.read_event().unwrap() {
            Event::Empty(e) if e.name().as_ref() == "w:p" => out.push(Para::default()),
            Event::Start(e) if e.name().as_ref() == "w:p" => {
                para = Some(Para::default());
                (num_id, ilvl) = (None, None);
            }
            Event::End(e) if e.name().as_ref() == "w:p" => {
                if let Some(mut p) = para.take() {
                    if let (Some(n), Some(l)) = (num_id, ilvl) {
                        p.num = Some((n, l));
                    }
                    out.push(p);
                }
            }
            Event::Start(e) | Event::Empty(e) => match e.name().as_ref() {
                "w:pStyle" => {
                    if let Some(p) = para.as_mut() {
                        p.style = attr(&e, "w:val").unwrap_or_default();
                    }
                }
                "w:numId" => num_id = attr(&e, "w:val").and_then(|v| v.parse().ok()),
                "w:ilvl" => ilvl = attr(&e, "w:val").and_then(|v| v.parse().ok()),
                "w:r" => lang.clear(),
                "w:lang" => lang = attr(&e, "w:val").unwrap_or_default(),
                "w:t" => in_text = true,
                _ => {}
            },
            Event::End(e) if e.name().as_ref() == "w:t" => in_text = false,
            Event::Text(t) if in_text => {
                if let Some(p) = para.as_mut() {
                    p.runs.push((lang.clone(), t.xml10_content().into_owned()));
                }
            }
            Event::GeneralRef(r) if in_text => {
                let c = match r.xml10_content().as_ref() {
                    "amp" => "&".to_string(),
                    "lt" => "<".to_string(),
                    "gt" => ">".to_string(),
                    "quot" => "\"".to_string(),
                    "apos" => "'".to_string(),
                    _ => r
                        .resolve_char_ref()
                        .unwrap()
                        .map(String::from)
                        .unwrap_or_default(),
                };
                if let Some(p) = para.as_mut() {
                    p.runs.push((lang.clone(), c));
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    out
}
