//! The document body: every block of the document as paragraphs per language, laid out as a
//! two-column table or one language after the other.

use super::inline;
use super::parts::{num_id, text_width};
use super::xml::{Inline, paragraph, runs};
use crate::document::{Block, Coverage, Document};
use crate::lang::{Bilingual, Lang};
use crate::model::Layout;
use crate::style::Style;

/// The paragraphs of `block` in `lang`.
pub fn block_paragraphs(block: &Block, lang: Lang) -> Vec<String> {
    let text = |t: &Bilingual<String>| vec![Inline::plain(t.get(lang))];
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

/// The body in `layout`, with the coverage table on a page of its own if `coverage`.
pub fn body(doc: &Document, layout: Layout, style: &Style, coverage: bool) -> String {
    let mut out = annex(doc, layout, style);
    if coverage {
        out.push_str(&coverage_table(&doc.coverage, style));
    }
    out
}

/// The coverage table: five columns, every cell in Kazakh and then in Russian.
fn coverage_table(c: &Coverage, style: &Style) -> String {
    let width = text_width(style);
    let shares = [30, 12, 16, 22, 20];
    let widths: Vec<u32> = shares.iter().map(|s| width * s / 100).collect();
    let both = |b: &Bilingual<String>| -> String {
        Lang::ALL
            .into_iter()
            .filter(|l| !b.get(*l).is_empty())
            .map(|l| paragraph("TableText", None, &runs(&[Inline::plain(b.get(l))], l)))
            .collect()
    };
    let heading = format!("{} / {}", c.heading.kk, c.heading.ru);
    let mut out = format!(
        "<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>{}",
        paragraph(
            "BlockHeading",
            None,
            &runs(&[Inline::plain(heading)], Lang::Kk)
        )
    );
    out.push_str(&format!(
        "<w:tbl><w:tblPr><w:tblW w:w=\"{width}\" w:type=\"dxa\"/><w:tblBorders>{}</w:tblBorders>\
<w:tblLayout w:type=\"fixed\"/></w:tblPr><w:tblGrid>{}</w:tblGrid>",
        ["top", "left", "bottom", "right", "insideH", "insideV"]
            .map(|b| format!("<w:{b} w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/>"))
            .concat(),
        widths
            .iter()
            .map(|w| format!("<w:gridCol w:w=\"{w}\"/>"))
            .collect::<String>()
    ));
    let row = |cells: Vec<String>, header: bool| -> String {
        let props = if header {
            "<w:trPr><w:tblHeader/></w:trPr>"
        } else {
            "<w:trPr><w:cantSplit/></w:trPr>"
        };
        let cells: String = cells
            .iter()
            .zip(&widths)
            .map(|(c, w)| {
                format!("<w:tc><w:tcPr><w:tcW w:w=\"{w}\" w:type=\"dxa\"/></w:tcPr>{c}</w:tc>")
            })
            .collect();
        format!("<w:tr>{props}{cells}</w:tr>")
    };
    out.push_str(&row(c.columns.iter().map(both).collect(), true));
    for r in &c.rows {
        let params: String = if r.params.is_empty() {
            paragraph("TableText", None, "")
        } else {
            r.params
                .iter()
                .map(|p| paragraph("TableText", None, &runs(&[Inline::plain(p)], Lang::Ru)))
                .collect()
        };
        let variant = if r.variant.kk.is_empty() {
            paragraph("TableText", None, "")
        } else {
            both(&r.variant)
        };
        out.push_str(&row(
            vec![
                both(&r.norm),
                both(&r.adopted),
                variant,
                params,
                both(&r.source),
            ],
            false,
        ));
    }
    out.push_str("</w:tbl><w:p/>");
    out
}

fn annex(doc: &Document, layout: Layout, style: &Style) -> String {
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
