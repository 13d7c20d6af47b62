//! A user's own Word file as the template of the DOCX kelisim writes (`--reference-doc`, as
//! pandoc calls it): its page size and margins, its header and footer (the letterhead, with the
//! images they show), its fonts and the sizes of its Normal and first heading style, and its
//! styles, to which kelisim adds its own where the file lacks them.

use std::io::Read;
use std::path::Path;

use quick_xml::events::{BytesStart, Event};

use crate::error::{Error, Result};
use crate::input::{read_at_most, xml_attr as attr};

/// The largest reference document read, and the largest part of it.
const MAX_FILE: u64 = 20 * 1024 * 1024;
const MAX_PART: u64 = 16 * 1024 * 1024;

/// The namespace of WordprocessingML, which a part kelisim adds its own elements to must bind
/// to the prefix `w`.
const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/// What a reference document gives the DOCX kelisim writes.
#[derive(Debug, Clone, PartialEq)]
pub struct Reference {
    /// Page width and height, in twentieths of a point, portrait.
    pub page: (u32, u32),
    /// Margins: top, right, bottom, left, and the header's and the footer's distance from the
    /// edge, in twentieths of a point.
    pub margins: [u32; 6],
    /// The font of its text (its Normal style's, else its document defaults').
    pub font: Option<String>,
    /// The size of its text in points.
    pub size: Option<f64>,
    /// The size of its first heading style in points.
    pub heading_size: Option<f64>,
    /// Its `word/styles.xml`, when it has one kelisim can add to.
    pub styles: Option<String>,
    /// The id of its default paragraph style (`Normal`, or `a` in a Russian Word).
    pub normal: String,
    /// Its header and footer of ordinary pages.
    pub header: Option<Part>,
    /// The footer.
    pub footer: Option<Part>,
}

/// A header or footer of the reference document, with what it shows.
#[derive(Debug, Clone, PartialEq)]
pub struct Part {
    /// The part's XML.
    pub xml: String,
    /// Its relationships (`word/_rels/header1.xml.rels`), if any.
    pub rels: Option<String>,
    /// The images it shows: their names inside `word/` (`media/image1.png`) and bytes.
    pub media: Vec<(String, Vec<u8>)>,
}

/// Image formats a header may show, by extension, with their content types.
pub const IMAGE_TYPES: [(&str, &str); 9] = [
    ("png", "image/png"),
    ("jpeg", "image/jpeg"),
    ("jpg", "image/jpeg"),
    ("gif", "image/gif"),
    ("bmp", "image/bmp"),
    ("tif", "image/tiff"),
    ("tiff", "image/tiff"),
    ("emf", "image/x-emf"),
    ("wmf", "image/x-wmf"),
];

impl Reference {
    /// Reads the reference document `path`.
    pub fn read(path: &Path) -> Result<Reference> {
        let name = path.display().to_string();
        let refuse = |why: &str, detail: &str| -> Error {
            crate::input::docx_refused(&name, "reference", why, detail)
        };
        let fail = |why: &str| refuse(why, "");
        let Ok(bytes) = read_at_most(path, MAX_FILE)? else {
            return Err(refuse("too-large", &(MAX_FILE >> 20).to_string()));
        };
        let kind = crate::input::Magic::of_bytes(&bytes).document(&[]);
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes))
            .map_err(|_| fail(kind.filter(|k| *k != "zip").unwrap_or("not-zip")))?;
        let mut part = |name: &str| -> Result<Option<Vec<u8>>> {
            let Ok(mut entry) = zip.by_name(name) else {
                return Ok(None);
            };
            if entry.size() > MAX_PART {
                return Err(refuse("part-too-large", name));
            }
            let mut bytes = Vec::new();
            (&mut entry)
                .take(MAX_PART + 1)
                .read_to_end(&mut bytes)
                .map_err(|_| refuse("part-damaged", name))?;
            Ok(Some(bytes))
        };
        let text = |bytes: Vec<u8>, name: &str| {
            String::from_utf8(bytes).map_err(|_| refuse("part-not-utf8", name))
        };
        let document = part("word/document.xml")?.ok_or_else(|| fail("no-document"))?;
        let document = text(document, "word/document.xml")?;
        let section = last_section(&document)
            .map_err(|e| refuse("xml-broken", &e.to_string()))?
            .ok_or_else(|| fail("no-section"))?;
        let (Some(width), Some(height)) = (section.width, section.height) else {
            return Err(fail("no-page-size"));
        };
        let (width, height) = (width.min(height), width.max(height));
        if !(5000..=31680).contains(&width) || height > 31680 {
            return Err(fail("page-size"));
        }
        let margins = section.margins;
        if margins[1] + margins[3] + 4000 > width || margins[0] + margins[2] + 4000 > height {
            return Err(fail("margins"));
        }
        let rels = match part("word/_rels/document.xml.rels")? {
            Some(r) => text(r, "word/_rels/document.xml.rels")?,
            None => String::new(),
        };
        let mut piece = |id: &Option<String>| -> Result<Option<Part>> {
            let Some(target) = id.as_ref().and_then(|id| target_of(&rels, id)) else {
                return Ok(None);
            };
            let target = target.trim_start_matches('/').trim_start_matches("word/");
            let path = format!("word/{target}");
            let Some(xml) = part(&path)? else {
                return Err(refuse("part-missing", &path));
            };
            let xml = text(xml, &path)?;
            let (dir, file) = target.rsplit_once('/').unwrap_or(("", target));
            let rels_path = match dir {
                "" => format!("word/_rels/{file}.rels"),
                d => format!("word/{d}/_rels/{file}.rels"),
            };
            let part_rels = match part(&rels_path)? {
                Some(r) => Some(text(r, &rels_path)?),
                None => None,
            };
            let mut media = Vec::new();
            for (kind, target, external) in relationships(part_rels.as_deref().unwrap_or("")) {
                if external || kind.ends_with("/hyperlink") {
                    continue;
                }
                let ext = target.rsplit('.').next().unwrap_or("").to_ascii_lowercase();
                if !kind.ends_with("/image") || !IMAGE_TYPES.iter().any(|(e, _)| *e == ext) {
                    return Err(refuse("not-an-image", &target));
                }
                let inside = match dir {
                    "" => target.clone(),
                    d => format!("{d}/{target}"),
                };
                let Some(bytes) = part(&format!("word/{inside}"))? else {
                    return Err(refuse("image-missing", &inside));
                };
                media.push((target, bytes));
            }
            Ok(Some(Part {
                xml,
                rels: part_rels,
                media,
            }))
        };
        let header = piece(&section.header)?;
        let footer = piece(&section.footer)?;
        let styles_xml = match part("word/styles.xml")? {
            Some(s) => Some(text(s, "word/styles.xml")?),
            None => None,
        };
        let found = styles_xml.as_deref().map(read_styles).unwrap_or_default();
        Ok(Reference {
            page: (width, height),
            margins,
            font: found.font,
            size: found.size,
            heading_size: found.heading_size,
            styles: styles_xml.filter(|s| found.ours_fit && s.contains("</w:styles>")),
            normal: found.normal.unwrap_or_else(|| "Normal".into()),
            header,
            footer,
        })
    }
}

/// What the last `w:sectPr` of a document says.
#[derive(Default)]
struct Section {
    width: Option<u32>,
    height: Option<u32>,
    margins: [u32; 6],
    header: Option<String>,
    footer: Option<String>,
}

fn twips_attr(e: &BytesStart, key: &str) -> Option<u32> {
    attr(e, key)
        .and_then(|v| v.trim().parse::<f64>().ok())
        .map(|v| v.max(0.0) as u32)
}

/// The document's last section properties, which are the body's.
fn last_section(xml: &str) -> std::result::Result<Option<Section>, String> {
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut current: Option<Section> = None;
    let mut last = None;
    loop {
        match reader.read_event().map_err(|e| e.to_string())? {
            Event::Start(e) if e.name().as_ref() == "w:sectPr" => {
                current = Some(Section {
                    margins: [1134, 850, 1134, 1701, 567, 567],
                    ..Section::default()
                });
            }
            Event::Empty(e) if e.name().as_ref() == "w:sectPr" => {
                last = Some(Section::default());
            }
            Event::End(e) if e.name().as_ref() == "w:sectPr" => last = current.take(),
            Event::Empty(e) | Event::Start(e) if current.is_some() => {
                let Some(s) = current.as_mut() else { continue };
                match e.name().as_ref() {
                    "w:pgSz" => {
                        s.width = twips_attr(&e, "w:w");
                        s.height = twips_attr(&e, "w:h");
                    }
                    "w:pgMar" => {
                        for (i, key) in [
                            "w:top", "w:right", "w:bottom", "w:left", "w:header", "w:footer",
                        ]
                        .iter()
                        .enumerate()
                        {
                            if let Some(v) = twips_attr(&e, key) {
                                s.margins[i] = v;
                            }
                        }
                    }
                    "w:headerReference" if attr(&e, "w:type").as_deref() == Some("default") => {
                        s.header = attr(&e, "r:id");
                    }
                    "w:footerReference" if attr(&e, "w:type").as_deref() == Some("default") => {
                        s.footer = attr(&e, "r:id");
                    }
                    _ => {}
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(last)
}

/// Every relationship of a `.rels` part: (type, target, whether external).
fn relationships(rels: &str) -> Vec<(String, String, bool)> {
    let mut reader = quick_xml::Reader::from_str(rels);
    let mut found = Vec::new();
    while let Ok(event) = reader.read_event() {
        match event {
            Event::Empty(e) | Event::Start(e) if e.local_name().as_ref() == "Relationship" => {
                found.push((
                    attr(&e, "Type").unwrap_or_default(),
                    attr(&e, "Target").unwrap_or_default(),
                    attr(&e, "TargetMode").as_deref() == Some("External"),
                ));
            }
            Event::Eof => break,
            _ => {}
        }
    }
    found
}

/// The target of relationship `id` in a `.rels` part.
fn target_of(rels: &str, id: &str) -> Option<String> {
    let mut reader = quick_xml::Reader::from_str(rels);
    while let Ok(event) = reader.read_event() {
        match event {
            Event::Empty(e) | Event::Start(e)
                if e.local_name().as_ref() == "Relationship"
                    && attr(&e, "Id").as_deref() == Some(id) =>
            {
                return attr(&e, "Target");
            }
            Event::Eof => break,
            _ => {}
        }
    }
    None
}

/// What `word/styles.xml` says of the text's font and size.
#[derive(Default)]
struct Styles {
    font: Option<String>,
    size: Option<f64>,
    heading_size: Option<f64>,
    normal: Option<String>,
    /// Whether the part binds `w` to WordprocessingML, so that kelisim's styles can be added.
    ours_fit: bool,
}

fn read_styles(xml: &str) -> Styles {
    let mut found = Styles::default();
    let mut reader = quick_xml::Reader::from_str(xml);
    // Where the reader is: in the document defaults, the default paragraph style, or the first
    // heading style.
    #[derive(PartialEq)]
    enum In {
        Nothing,
        Defaults,
        Normal,
        Heading,
        Other,
    }
    let mut at = In::Nothing;
    let (mut default_font, mut default_size) = (None, None);
    let mut is_heading = false;
    while let Ok(event) = reader.read_event() {
        match event {
            Event::Start(e) if e.name().as_ref() == "w:styles" => {
                found.ours_fit = attr(&e, "xmlns:w").as_deref() == Some(W);
            }
            Event::Start(e) if e.name().as_ref() == "w:docDefaults" => at = In::Defaults,
            Event::End(e) if e.name().as_ref() == "w:docDefaults" => at = In::Nothing,
            Event::Start(e) if e.name().as_ref() == "w:style" => {
                let paragraph = attr(&e, "w:type").as_deref() == Some("paragraph");
                at = if paragraph && attr(&e, "w:default").as_deref() == Some("1") {
                    found.normal = attr(&e, "w:styleId");
                    In::Normal
                } else {
                    is_heading = false;
                    In::Other
                };
            }
            Event::End(e) if e.name().as_ref() == "w:style" => at = In::Nothing,
            Event::Empty(e) if e.name().as_ref() == "w:name" && at == In::Other => {
                let name = attr(&e, "w:val").unwrap_or_default().to_lowercase();
                if name == "heading 1" && found.heading_size.is_none() {
                    is_heading = true;
                    at = In::Heading;
                }
            }
            Event::Empty(e) if e.name().as_ref() == "w:rFonts" => {
                let font = attr(&e, "w:ascii").or_else(|| attr(&e, "w:hAnsi"));
                match at {
                    In::Defaults => default_font = font,
                    In::Normal => found.font = font.or(found.font.take()),
                    _ => {}
                }
            }
            Event::Empty(e) if e.name().as_ref() == "w:sz" => {
                let points = attr(&e, "w:val")
                    .and_then(|v| v.parse::<f64>().ok())
                    .map(|half| half / 2.0)
                    .filter(|p| (6.0..=72.0).contains(p));
                match at {
                    In::Defaults => default_size = points,
                    In::Normal => found.size = points.or(found.size),
                    In::Heading if is_heading => found.heading_size = points,
                    _ => {}
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    found.font = found.font.or(default_font).filter(|f| !f.trim().is_empty());
    found.size = found.size.or(default_size);
    found
}
