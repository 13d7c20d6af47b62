//! The document body: every block of the document as paragraphs per language, laid out as a
//! two-column table or one language after the other.

use super::inline;
use super::parts::{num_id, text_width};
use super::xml::{Inline, paragraph, runs};
use crate::document::{Block, Document};
use crate::lang::Lang;
use crate::model::Layout;
use crate::style::Style;

/// The paragraphs of `block` in `lang`.
pub fn block_paragraphs(block: &Block, lang: Lang) -> Vec<String> {
    let text = |t: &crate::lang::Bilingual<String>| vec![Inline::plain(t.get(lang))];
    let one = |style: &str, num: Option<(u32, u8)>, inlines: Vec<Inline>| {
        vec![paragraph(style, num, &runs(&inlines, lang))]
    };
    match block {
        Block::Heading(t) => one("AnnexHeading", None, text(t)),
        Block::Title(t) => one("AnnexTitle", None, text(t)),
        Block::Text(t) => one("BodyText", None, text(t)),
        Block::Label(t) => one("BlockHeading", None, text(t)),
        Block::Section(s) => one("SectionHeading", Some((num_id(lang), 0)), text(&s.title)),
        Block::Clause(c) => {
            let mut paragraphs = inline::paragraphs(c.body.get(lang));
            let mut first = vec![
                Inline::bold(format!("{}.", c.title.get(lang))),
                Inline::plain(" "),
            ];
            first.extend(paragraphs.first().cloned().unwrap_or_default());
            if paragraphs.is_empty() {
                paragraphs.push(Vec::new());
            }
            paragraphs[0] = first;
            paragraphs
                .iter()
                .enumerate()
                .map(|(i, p)| {
                    let num = (i == 0).then_some((num_id(lang), 1));
                    paragraph("ClauseText", num, &runs(p, lang))
                })
                .collect()
        }
        Block::Signatory(p, seal) => {
            let mut lines = vec![
                (
                    "SignatureRole",
                    vec![Inline::plain(format!("{}:", p.role.get(lang)))],
                ),
                ("Signature", text(&p.name)),
            ];
            lines.extend(p.person.as_ref().map(|person| ("Signature", text(person))));
            let line = format!("{} {}", "_".repeat(20), seal.get(lang));
            lines.push(("SignatureLine", vec![Inline::plain(line)]));
            lines
                .iter()
                .map(|(style, l)| paragraph(style, None, &runs(l, lang)))
                .collect()
        }
    }
}

/// The body in `layout`.
pub fn body(doc: &Document, layout: Layout, style: &Style) -> String {
    let blocks = doc.blocks();
    match layout {
        Layout::Columns => columns(&blocks, style),
        Layout::Sequential => {
            let half = |lang| -> String {
                blocks
                    .iter()
                    .flat_map(|b| block_paragraphs(b, lang))
                    .collect()
            };
            let page_break = "<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>";
            format!("{}{page_break}{}", half(Lang::Kk), half(Lang::Ru))
        }
    }
}

fn columns(blocks: &[Block], style: &Style) -> String {
    let width = text_width(style);
    let col = width / 2;
    let mut out = format!(
        "<w:tbl><w:tblPr><w:tblW w:w=\"{width}\" w:type=\"dxa\"/><w:tblLayout w:type=\"fixed\"/>\
<w:tblLook w:val=\"0000\" w:firstRow=\"0\" w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"1\" w:noVBand=\"1\"/>\
</w:tblPr><w:tblGrid><w:gridCol w:w=\"{col}\"/><w:gridCol w:w=\"{col}\"/></w:tblGrid>"
    );
    for block in blocks {
        // A clause and its translation stay on one page.
        out.push_str("<w:tr><w:trPr><w:cantSplit/></w:trPr>");
        for lang in Lang::ALL {
            out.push_str(&format!(
                "<w:tc><w:tcPr><w:tcW w:w=\"{col}\" w:type=\"dxa\"/></w:tcPr>{}</w:tc>",
                block_paragraphs(block, lang).concat()
            ));
        }
        out.push_str("</w:tr>");
    }
    out.push_str("</w:tbl><w:p/>");
    out
}
