//! The package parts around the document body: content types, relationships, styles, numbering,
//! settings, header, footer and document properties.

use super::body::CLAUSE_STYLE;
use super::xml::{esc, runs};
use crate::document::Document;
use crate::document::inline::Inline;
use crate::lang::Lang;
use crate::style::Style;
use crate::style::reference::IMAGE_TYPES;

/// Our numbering definitions: one list per language (an abstract list and its instance) so that
/// the Kazakh and Russian columns count independently and alike. Two instances of one abstract list
/// would share their counters in Word and LibreOffice.
pub(super) const ABSTRACT_KK: u32 = 10;
/// The abstract list of Russian paragraphs.
pub(super) const ABSTRACT_RU: u32 = 20;
/// The numbering instance of Kazakh paragraphs.
pub const NUM_KK: u32 = 11;
/// The numbering instance of Russian paragraphs.
pub const NUM_RU: u32 = 21;

/// The numbering instance of `lang`.
pub(super) fn num_id(lang: Lang) -> u32 {
    match lang {
        Lang::Kk => NUM_KK,
        Lang::Ru => NUM_RU,
    }
}

const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const R: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const XML: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

/// Millimetres to twentieths of a point.
pub(super) fn twips(mm: f64) -> u32 {
    (mm * 1440.0 / 25.4).round() as u32
}

/// `[Content_Types].xml`, with the image formats of `media` (a reference document's letterhead).
pub(super) fn content_types(media: &[(String, Vec<u8>)]) -> String {
    let main = "application/vnd.openxmlformats-officedocument.wordprocessingml";
    let images: String = IMAGE_TYPES
        .iter()
        .filter(|(ext, _)| {
            media
                .iter()
                .any(|(name, _)| name.to_ascii_lowercase().ends_with(&format!(".{ext}")))
        })
        .map(|(ext, kind)| format!("<Default Extension=\"{ext}\" ContentType=\"{kind}\"/>"))
        .collect();
    format!(
        "{XML}<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">\
<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>\
<Default Extension=\"xml\" ContentType=\"application/xml\"/>{images}\
<Override PartName=\"/word/document.xml\" ContentType=\"{main}.document.main+xml\"/>\
<Override PartName=\"/word/styles.xml\" ContentType=\"{main}.styles+xml\"/>\
<Override PartName=\"/word/numbering.xml\" ContentType=\"{main}.numbering+xml\"/>\
<Override PartName=\"/word/settings.xml\" ContentType=\"{main}.settings+xml\"/>\
<Override PartName=\"/word/header1.xml\" ContentType=\"{main}.header+xml\"/>\
<Override PartName=\"/word/footer1.xml\" ContentType=\"{main}.footer+xml\"/>\
<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>\
<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>\
</Types>"
    )
}

/// `_rels/.rels`.
pub(super) fn package_rels() -> String {
    format!(
        "{XML}<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\
<Relationship Id=\"rId1\" Type=\"{R}/officeDocument\" Target=\"word/document.xml\"/>\
<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>\
<Relationship Id=\"rId3\" Type=\"{R}/extended-properties\" Target=\"docProps/app.xml\"/>\
</Relationships>"
    )
}

/// `word/_rels/document.xml.rels`.
pub(super) fn document_rels() -> String {
    format!(
        "{XML}<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\
<Relationship Id=\"rId1\" Type=\"{R}/styles\" Target=\"styles.xml\"/>\
<Relationship Id=\"rId2\" Type=\"{R}/numbering\" Target=\"numbering.xml\"/>\
<Relationship Id=\"rId3\" Type=\"{R}/settings\" Target=\"settings.xml\"/>\
<Relationship Id=\"rId4\" Type=\"{R}/header\" Target=\"header1.xml\"/>\
<Relationship Id=\"rId5\" Type=\"{R}/footer\" Target=\"footer1.xml\"/>\
</Relationships>"
    )
}

/// The section properties: the style's page (A4 unless a reference document says; landscape
/// for wide tables) and margins, header and footer. The first page, which carries the heading
/// itself, has no running header (`w:titlePg`, with no first-page header), but the same footer
/// with its page number; a reference document's letterhead stands on every page.
pub(super) fn section_properties(style: &Style, landscape: bool) -> String {
    let m = &style.margins;
    let (w, h) = (twips(style.page.0), twips(style.page.1));
    let size = if landscape {
        format!("<w:pgSz w:w=\"{h}\" w:h=\"{w}\" w:orient=\"landscape\"/>")
    } else {
        format!("<w:pgSz w:w=\"{w}\" w:h=\"{h}\"/>")
    };
    let reference = style.reference.as_deref();
    let [.., header, footer] = reference.map_or([0, 0, 0, 0, 567, 567], |r| r.margins);
    let first_header = if reference.is_some_and(|r| r.header.is_some()) {
        "<w:headerReference w:type=\"first\" r:id=\"rId4\"/>"
    } else {
        ""
    };
    format!(
        "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rId4\"/>{first_header}\
<w:footerReference w:type=\"default\" r:id=\"rId5\"/><w:footerReference w:type=\"first\" r:id=\"rId5\"/>\
{size}\
<w:pgMar w:top=\"{}\" w:right=\"{}\" w:bottom=\"{}\" w:left=\"{}\" w:header=\"{header}\" w:footer=\"{footer}\" w:gutter=\"0\"/>\
<w:cols w:space=\"708\"/><w:titlePg/></w:sectPr>",
        twips(m.top),
        twips(m.right),
        twips(m.bottom),
        twips(m.left)
    )
}

/// `word/document.xml` around `body`.
pub(super) fn document(body: &str, style: &Style, landscape: bool) -> String {
    format!(
        "{XML}<w:document xmlns:w=\"{W}\" xmlns:r=\"{R}\"><w:body>{body}{}</w:body></w:document>",
        section_properties(style, landscape)
    )
}

/// The width of the text area in twips, on a portrait or a landscape page.
pub(super) fn text_width(style: &Style, landscape: bool) -> u32 {
    let page = if landscape {
        style.page.1
    } else {
        style.page.0
    };
    twips(page - style.margins.left - style.margins.right)
}

/// The size of table, header and footer text in half-points: two points below the body's.
pub(super) fn table_text_size(style: &Style) -> u32 {
    ((style.size * 2.0).round() as u32)
        .saturating_sub(4)
        .max(12)
}

/// `word/styles.xml`: document defaults instead of a second `Normal`, and one paragraph style per
/// kind of block. Text is justified in both layouts, as a legal text is printed; a clause keeps
/// at least two lines together at a page break (widow and orphan control), so that its title is
/// never alone at the foot of a page.
pub(super) fn styles(style: &Style) -> String {
    let text_jc = "both";
    let half_points = (style.size * 2.0).round() as u32;
    let font = esc(&style.font);
    let reference = style.reference.as_deref();
    let normal = esc(reference.map_or("Normal", |r| &r.normal));
    let para = |id: &'static str, name: &str, ppr: &str, rpr: &str| {
        let xml = format!(
            "<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"{id}\"><w:name w:val=\"{name}\"/>\
<w:basedOn w:val=\"{normal}\"/><w:qFormat/><w:pPr>{ppr}</w:pPr><w:rPr>{rpr}</w:rPr></w:style>"
        );
        (id, xml)
    };
    let small = table_text_size(style);
    let ru = Lang::Ru.tag();
    let big = reference
        .and_then(|r| r.heading_size)
        .map_or(half_points + 4, |points| (points * 2.0).round() as u32);
    let head = format!(
        "{XML}<w:styles xmlns:w=\"{W}\"><w:docDefaults><w:rPrDefault><w:rPr>\
<w:rFonts w:ascii=\"{font}\" w:hAnsi=\"{font}\" w:eastAsia=\"{font}\" w:cs=\"{font}\"/>\
<w:sz w:val=\"{half_points}\"/><w:szCs w:val=\"{half_points}\"/><w:lang w:val=\"{ru}\" w:eastAsia=\"{ru}\" w:bidi=\"ar-SA\"/>\
</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/>\
</w:pPr></w:pPrDefault></w:docDefaults>\
<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/>\
<w:pPr><w:jc w:val=\"both\"/></w:pPr></w:style>\
<w:style w:type=\"character\" w:default=\"1\" w:styleId=\"DefaultParagraphFont\"><w:name w:val=\"Default Paragraph Font\"/><w:uiPriority w:val=\"1\"/><w:semiHidden/></w:style>\
<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/><w:semiHidden/>\
<w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/>\
<w:left w:w=\"108\" w:type=\"dxa\"/><w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>"
    );
    let own = [
        para(
            "AnnexHeading",
            "Annex Heading",
            "<w:spacing w:after=\"120\"/><w:jc w:val=\"right\"/>",
            "",
        ),
        para(
            "AnnexTitle",
            "Annex Title",
            "<w:keepNext/><w:spacing w:before=\"120\" w:after=\"240\"/><w:jc w:val=\"center\"/>",
            &format!("<w:b/><w:bCs/><w:caps/><w:sz w:val=\"{big}\"/><w:szCs w:val=\"{big}\"/>"),
        ),
        para(
            "BlockHeading",
            "Block Heading",
            "<w:keepNext/><w:spacing w:before=\"240\" w:after=\"120\"/><w:jc w:val=\"center\"/><w:outlineLvl w:val=\"0\"/>",
            "<w:b/><w:bCs/>",
        ),
        para(
            "SectionHeading",
            "Section Heading",
            "<w:keepNext/><w:spacing w:before=\"240\" w:after=\"120\"/><w:jc w:val=\"center\"/><w:outlineLvl w:val=\"0\"/>",
            "<w:b/><w:bCs/>",
        ),
        para(
            CLAUSE_STYLE,
            "Clause Text",
            &format!("<w:widowControl/><w:spacing w:after=\"120\"/><w:jc w:val=\"{text_jc}\"/>"),
            "",
        ),
        para(
            "BodyText",
            "Body Text",
            &format!("<w:spacing w:after=\"120\"/><w:jc w:val=\"{text_jc}\"/>"),
            "",
        ),
        para(
            "Signature",
            "Signature",
            "<w:keepNext/><w:keepLines/><w:jc w:val=\"left\"/>",
            "",
        ),
        para(
            "SignatureRole",
            "Signature Role",
            "<w:keepNext/><w:keepLines/><w:spacing w:before=\"360\"/><w:jc w:val=\"left\"/>",
            "<w:b/><w:bCs/>",
        ),
        para(
            "SignatureLine",
            "Signature Line",
            "<w:keepLines/><w:spacing w:before=\"480\" w:after=\"120\"/><w:jc w:val=\"left\"/>",
            "",
        ),
        para(
            "TableText",
            "Table Text",
            "<w:jc w:val=\"left\"/>",
            &format!("<w:sz w:val=\"{small}\"/><w:szCs w:val=\"{small}\"/>"),
        ),
        para(
            "Header",
            "Header",
            "<w:jc w:val=\"right\"/>",
            &format!("<w:sz w:val=\"{small}\"/><w:szCs w:val=\"{small}\"/>"),
        ),
        para(
            "Footer",
            "Footer",
            "<w:jc w:val=\"center\"/>",
            &format!("<w:sz w:val=\"{small}\"/><w:szCs w:val=\"{small}\"/>"),
        ),
    ];
    match reference.and_then(|r| r.styles.as_deref()) {
        // The reference document's styles, and ours where it has none of that id.
        Some(theirs) => {
            let end = theirs.rfind("</w:styles>").unwrap_or(theirs.len());
            let added: String = own
                .iter()
                .filter(|(id, _)| !theirs.contains(&format!("w:styleId=\"{id}\"")))
                .map(|(_, xml)| xml.as_str())
                .collect();
            format!("{}{added}{}", &theirs[..end], &theirs[end..])
        }
        None => {
            let own: String = own.iter().map(|(_, xml)| xml.as_str()).collect();
            format!("{head}{own}</w:styles>")
        }
    }
}

/// `word/numbering.xml`: "1." for sections, "1.1." for clauses, one instance per language.
pub(super) fn numbering() -> String {
    let level = |ilvl: u8, text: &str| {
        format!(
            "<w:lvl w:ilvl=\"{ilvl}\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/>\
<w:suff w:val=\"space\"/><w:lvlText w:val=\"{text}\"/><w:lvlJc w:val=\"left\"/>\
<w:pPr><w:ind w:left=\"0\" w:firstLine=\"0\"/></w:pPr></w:lvl>"
        )
    };
    let list = |abstract_id: u32, nsid: &str| {
        format!(
            "<w:abstractNum w:abstractNumId=\"{abstract_id}\"><w:nsid w:val=\"{nsid}\"/>\
<w:multiLevelType w:val=\"multilevel\"/>{}{}</w:abstractNum>",
            level(0, "%1."),
            level(1, "%1.%2.")
        )
    };
    format!(
        "{XML}<w:numbering xmlns:w=\"{W}\">{}{}\
<w:num w:numId=\"{NUM_KK}\"><w:abstractNumId w:val=\"{ABSTRACT_KK}\"/></w:num>\
<w:num w:numId=\"{NUM_RU}\"><w:abstractNumId w:val=\"{ABSTRACT_RU}\"/></w:num></w:numbering>",
        list(ABSTRACT_KK, "4B4B0010"),
        list(ABSTRACT_RU, "52550020")
    )
}

/// `word/settings.xml`: a 1.25 cm tab stop, automatic hyphenation (justified text in narrow
/// columns needs it; Word hyphenates the languages it has dictionaries for) and no East-Asian
/// compatibility flags.
pub(super) fn settings() -> String {
    format!(
        "{XML}<w:settings xmlns:w=\"{W}\"><w:defaultTabStop w:val=\"709\"/><w:autoHyphenation/>\
<w:characterSpacingControl w:val=\"doNotCompress\"/><w:compat>\
<w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/>\
</w:compat></w:settings>"
    )
}

/// `word/header1.xml`: a reference document's letterhead, else the short name in both
/// languages.
pub(super) fn header(doc: &Document, style: &Style) -> String {
    if let Some(theirs) = style.reference.as_deref().and_then(|r| r.header.as_ref()) {
        return theirs.xml.clone();
    }
    let body = [
        runs(&[Inline::plain(&doc.meta.short_name.kk)], Lang::Kk),
        runs(&[Inline::plain(" / ")], Lang::Ru),
        runs(&[Inline::plain(&doc.meta.short_name.ru)], Lang::Ru),
    ]
    .concat();
    format!(
        "{XML}<w:hdr xmlns:w=\"{W}\" xmlns:r=\"{R}\"><w:p><w:pPr><w:pStyle w:val=\"Header\"/></w:pPr>{body}</w:p></w:hdr>"
    )
}

/// `word/footer1.xml`: «Бет / Стр. N», or with `page_total` each language its own way with the
/// number of pages: «Бет 3 / 12 — Стр. 3 из 12» (Word's `PAGE` and `NUMPAGES` fields); after a
/// reference document's own footer, when it has one that binds `w` as kelisim does.
pub(super) fn footer(doc: &Document, style: &Style) -> String {
    let total = style.page_total;
    let ru = Lang::Ru.tag();
    let field = |name: &str| {
        format!(
            "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>\
<w:r><w:instrText xml:space=\"preserve\"> {name} </w:instrText></w:r>\
<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>\
<w:r><w:rPr><w:lang w:val=\"{ru}\"/></w:rPr><w:t>1</w:t></w:r>\
<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
        )
    };
    let text = |t: String, lang: Lang| runs(&[Inline::plain(t)], lang);
    let (label, of) = (&doc.meta.page_label, &doc.meta.page_of);
    let content = if total {
        let one = |lang: Lang| {
            [
                text(format!("{} ", label.get(lang)), lang),
                field("PAGE"),
                text(format!(" {} ", of.get(lang)), lang),
                field("NUMPAGES"),
            ]
            .concat()
        };
        [one(Lang::Kk), text(" — ".into(), Lang::Ru), one(Lang::Ru)].concat()
    } else {
        [
            text(label.kk.clone(), Lang::Kk),
            text(format!(" / {} ", label.ru), Lang::Ru),
            field("PAGE"),
        ]
        .concat()
    };
    let numbers = format!("<w:p><w:pPr><w:pStyle w:val=\"Footer\"/></w:pPr>{content}</w:p>");
    if let Some(theirs) = style.reference.as_deref().and_then(|r| r.footer.as_ref())
        && let Some(end) = theirs.xml.rfind("</w:ftr>")
        && theirs.xml.contains(&format!("xmlns:w=\"{W}\""))
    {
        return format!("{}{numbers}{}", &theirs.xml[..end], &theirs.xml[end..]);
    }
    format!("{XML}<w:ftr xmlns:w=\"{W}\" xmlns:r=\"{R}\">{numbers}</w:ftr>")
}

/// `docProps/core.xml`: title in both languages, the author, fixed timestamps.
pub(super) fn core(doc: &Document, author: &str, timestamp: &str) -> String {
    let title = format!("{} / {}", doc.meta.title.kk, doc.meta.title.ru);
    let kk = Lang::Kk.tag();
    format!(
        "{XML}<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" \
xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" \
xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\
<dc:title>{}</dc:title><dc:creator>{}</dc:creator><cp:lastModifiedBy>kelisim</cp:lastModifiedBy>\
<dc:language>{kk}</dc:language><cp:revision>1</cp:revision>\
<dcterms:created xsi:type=\"dcterms:W3CDTF\">{timestamp}</dcterms:created>\
<dcterms:modified xsi:type=\"dcterms:W3CDTF\">{timestamp}</dcterms:modified></cp:coreProperties>",
        esc(&title),
        esc(author)
    )
}

/// `docProps/app.xml`.
pub(super) fn app() -> String {
    format!(
        "{XML}<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">\
<Application>kelisim {}</Application></Properties>",
        env!("CARGO_PKG_VERSION")
    )
}
