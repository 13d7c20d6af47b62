//! The document body: every block of the document as paragraphs per language, laid out as a
//! two-column table or one language after the other.

use std::cell::Cell;

use super::inline;
use super::parts::{num_id, text_width};
use super::xml::{Inline, esc, lang_tag, paragraph, runs};
use crate::document::{
    Block, ClauseText, ComparisonTable, Coverage, Document, Revision, Segment, Status,
};
use crate::lang::{Bilingual, Lang};
use crate::model::Layout;
use crate::style::Style;

/// The start of the name of a clause's bookmark; a leading underscore hides it in Word.
pub const BOOKMARK: &str = "_kelisim_";

/// Who tracked changes are attributed to, and the next revision id.
pub struct Tracking {
    /// `w:author` of every revision.
    pub author: String,
    /// `w:date` of every revision (W3C date-time).
    pub date: String,
    next: Cell<u32>,
}

impl Tracking {
    /// Revisions by `author` on `date`, numbered from 1.
    pub fn new(author: String, date: String) -> Tracking {
        Tracking {
            author,
            date,
            next: Cell::new(1),
        }
    }

    /// The attributes of a new revision: `w:id="…" w:author="…" w:date="…"`.
    fn attrs(&self) -> String {
        let id = self.next.get();
        self.next.set(id + 1);
        format!(
            "w:id=\"{id}\" w:author=\"{}\" w:date=\"{}\"",
            esc(&self.author),
            esc(&self.date)
        )
    }

    /// A hidden bookmark naming the clause of norm `norm` in `lang` (`_kelisim_2_3_kk`), so that
    /// `kelisim diff` finds the clause in an edited copy even when its title was changed. It
    /// takes its id from the revisions' sequence: Word wants annotation ids unique.
    fn bookmark(&self, norm: &str, lang: Lang) -> String {
        let id = self.next.get();
        self.next.set(id + 1);
        format!(
            "<w:bookmarkStart w:id=\"{id}\" w:name=\"{BOOKMARK}{}_{}\"/><w:bookmarkEnd w:id=\"{id}\"/>",
            esc(&norm.replace('.', "_")),
            lang.code()
        )
    }

    /// A run of `text` inside `w:ins` or `w:del` (as `w:delText`), bold if `bold`.
    fn run(&self, text: &str, inserted: bool, bold: bool, lang: Lang) -> String {
        let b = if bold { "<w:b/><w:bCs/>" } else { "" };
        let lines: Vec<&str> = text.split('\n').collect();
        let tag = if inserted { "w:t" } else { "w:delText" };
        let body: String = lines
            .iter()
            .enumerate()
            .map(|(i, l)| {
                let br = if i > 0 { "<w:br/>" } else { "" };
                format!("{br}<{tag} xml:space=\"preserve\">{}</{tag}>", esc(l))
            })
            .collect();
        let wrapper = if inserted { "w:ins" } else { "w:del" };
        format!(
            "<{wrapper} {}><w:r><w:rPr>{b}<w:lang w:val=\"{}\"/></w:rPr>{body}</w:r></{wrapper}>",
            self.attrs(),
            lang_tag(lang)
        )
    }

    /// `<w:ins …/>` or `<w:del …/>` marking a paragraph mark or a table row.
    fn mark(&self, status: Status) -> String {
        match status {
            Status::Added => format!("<w:ins {}/>", self.attrs()),
            Status::Removed => format!("<w:del {}/>", self.attrs()),
            _ => String::new(),
        }
    }
}

/// A clause paragraph with its revisions, of the title and of the body, tracked.
fn tracked_clause(c: &ClauseText, lang: Lang, revision: &Revision, t: &Tracking) -> String {
    let plain = |text: &str, bold: bool| {
        let inline = if bold {
            Inline::bold(text)
        } else {
            Inline::plain(text)
        };
        runs(&[inline], lang)
    };
    let tracked = |segments: &[Segment], bold: bool| -> String {
        segments
            .iter()
            .map(|segment| match segment {
                Segment::Same(text) => text
                    .split('\n')
                    .map(|l| plain(l, bold))
                    .collect::<Vec<_>>()
                    .join("<w:r><w:br/></w:r>"),
                Segment::Deleted(text) => t.run(text, false, bold, lang),
                Segment::Inserted(text) => t.run(text, true, bold, lang),
            })
            .collect()
    };
    let title = format!("{}.", c.title.get(lang));
    let status = revision.status;
    let mut out = t.bookmark(&c.norm, lang);
    out.push_str(&match status {
        Status::Added => t.run(&format!("{title} "), true, true, lang),
        Status::Removed => t.run(&format!("{title} "), false, true, lang),
        _ => tracked(revision.title.get(lang), true) + &plain(".", true) + &plain(" ", false),
    });
    out.push_str(&tracked(revision.body.get(lang), false));
    let mark = t.mark(status);
    let mark = if mark.is_empty() {
        String::new()
    } else {
        format!("<w:rPr>{mark}</w:rPr>")
    };
    format!(
        "<w:p><w:pPr><w:pStyle w:val=\"ClauseText\"/><w:numPr><w:ilvl w:val=\"1\"/><w:numId w:val=\"{}\"/></w:numPr>{mark}</w:pPr>{out}</w:p>",
        num_id(lang)
    )
}

/// The paragraphs of `block` in `lang`; clauses with a revision are written as tracked changes.
pub fn block_paragraphs(block: &Block, lang: Lang, tracking: &Tracking) -> Vec<String> {
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
        Block::Clause(
            c @ ClauseText {
                revision: Some(revision),
                ..
            },
        ) => vec![tracked_clause(c, lang, revision, tracking)],
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
                    if i == 0 {
                        let first = tracking.bookmark(&c.norm, lang) + &runs(p, lang);
                        paragraph("ClauseText", Some((num_id(lang), 1)), &first)
                    } else {
                        paragraph("ClauseText", None, &runs(p, lang))
                    }
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
pub fn body(
    doc: &Document,
    layout: Layout,
    style: &Style,
    coverage: bool,
    tracking: &Tracking,
) -> String {
    let mut out = annex(doc, layout, style, tracking);
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
    // A cell holds a paragraph per language that has text, and an empty one when neither has:
    // `w:tc` must hold at least one `w:p` (a phrase book may make a phrase empty).
    let both = |b: &Bilingual<String>| -> String {
        let cell: String = Lang::ALL
            .into_iter()
            .filter(|l| !b.get(*l).is_empty())
            .map(|l| paragraph("TableText", None, &runs(&[Inline::plain(b.get(l))], l)))
            .collect();
        if cell.is_empty() {
            paragraph("TableText", None, "")
        } else {
            cell
        }
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
    out.push_str(&bordered_table(&widths));
    let columns: Vec<String> = c.columns.iter().map(both).collect();
    out.push_str(&bordered_row(&columns, &widths, true));
    for r in &c.rows {
        let params: String = if r.params.is_empty() {
            paragraph("TableText", None, "")
        } else {
            r.params
                .iter()
                .map(|p| paragraph("TableText", None, &runs(&[Inline::plain(p)], Lang::Ru)))
                .collect()
        };
        let cells = [
            both(&r.norm),
            both(&r.adopted),
            both(&r.variant),
            params,
            both(&r.source),
        ];
        out.push_str(&bordered_row(&cells, &widths, false));
    }
    out.push_str("</w:tbl><w:p/>");
    out
}

fn annex(doc: &Document, layout: Layout, style: &Style, tracking: &Tracking) -> String {
    let blocks = doc.blocks();
    match layout {
        Layout::Columns => columns(&blocks, style, tracking),
        Layout::Sequential => {
            let half = |lang| -> String {
                blocks
                    .iter()
                    .flat_map(|b| block_paragraphs(b, lang, tracking))
                    .collect()
            };
            let page_break = "<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>";
            format!("{}{page_break}{}", half(Lang::Kk), half(Lang::Ru))
        }
    }
}

fn columns(blocks: &[Block], style: &Style, tracking: &Tracking) -> String {
    let width = text_width(style);
    let col = width / 2;
    let mut out = format!(
        "<w:tbl><w:tblPr><w:tblW w:w=\"{width}\" w:type=\"dxa\"/><w:tblLayout w:type=\"fixed\"/>\
<w:tblLook w:val=\"0000\" w:firstRow=\"0\" w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"1\" w:noVBand=\"1\"/>\
</w:tblPr><w:tblGrid><w:gridCol w:w=\"{col}\"/><w:gridCol w:w=\"{col}\"/></w:tblGrid>"
    );
    for block in blocks {
        // A clause and its translation stay on one page; a whole clause added or removed is a
        // tracked row.
        let row_mark = match block {
            Block::Clause(ClauseText {
                revision: Some(r), ..
            }) => tracking.mark(r.status),
            _ => String::new(),
        };
        out.push_str(&format!("<w:tr><w:trPr><w:cantSplit/>{row_mark}</w:trPr>"));
        for lang in Lang::ALL {
            out.push_str(&format!(
                "<w:tc><w:tcPr><w:tcW w:w=\"{col}\" w:type=\"dxa\"/></w:tcPr>{}</w:tc>",
                block_paragraphs(block, lang, tracking).concat()
            ));
        }
        out.push_str("</w:tr>");
    }
    out.push_str("</w:tbl><w:p/>");
    out
}

/// The comparison table in each language: heading, columns (№, A, B, justification), rows.
pub fn comparison_tables(tables: &Bilingual<ComparisonTable>, style: &Style) -> String {
    let width = text_width(style);
    let widths = [
        width * 8 / 100,
        width * 38 / 100,
        width * 38 / 100,
        width * 16 / 100,
    ];
    let mut out = String::new();
    for (i, lang) in Lang::ALL.into_iter().enumerate() {
        let ComparisonTable {
            heading,
            columns,
            rows,
        } = tables.get(lang);
        if i > 0 {
            out.push_str("<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>");
        }
        out.push_str(&paragraph(
            "BlockHeading",
            None,
            &runs(&[Inline::plain(heading)], lang),
        ));
        out.push_str(&bordered_table(&widths));
        let cell = |text: &str, header: bool| -> String {
            text.split('\n')
                .map(|t| {
                    let inline = if header {
                        Inline::bold(t)
                    } else {
                        Inline::plain(t)
                    };
                    paragraph("TableText", None, &runs(&[inline], lang))
                })
                .collect()
        };
        let head: Vec<String> = columns.iter().map(|c| cell(c, true)).collect();
        out.push_str(&bordered_row(&head, &widths, true));
        for [n, old, new] in rows {
            let cells = [
                cell(n, false),
                cell(old, false),
                cell(new, false),
                cell("", false),
            ];
            out.push_str(&bordered_row(&cells, &widths, false));
        }
        out.push_str("</w:tbl><w:p/>");
    }
    out
}

/// The opening of a bordered table with fixed column `widths` (twips).
fn bordered_table(widths: &[u32]) -> String {
    let width: u32 = widths.iter().sum();
    format!(
        "<w:tbl><w:tblPr><w:tblW w:w=\"{width}\" w:type=\"dxa\"/><w:tblBorders>{}</w:tblBorders>\
<w:tblLayout w:type=\"fixed\"/></w:tblPr><w:tblGrid>{}</w:tblGrid>",
        ["top", "left", "bottom", "right", "insideH", "insideV"]
            .map(|b| format!("<w:{b} w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/>"))
            .concat(),
        widths
            .iter()
            .map(|w| format!("<w:gridCol w:w=\"{w}\"/>"))
            .collect::<String>()
    )
}

/// A row of a bordered table: cells of paragraphs, repeated on each page if `header`, else kept
/// on one page.
fn bordered_row(cells: &[String], widths: &[u32], header: bool) -> String {
    let props = if header {
        "<w:tblHeader/>"
    } else {
        "<w:cantSplit/>"
    };
    let cells: String = cells
        .iter()
        .zip(widths)
        .map(|(c, w)| {
            format!("<w:tc><w:tcPr><w:tcW w:w=\"{w}\" w:type=\"dxa\"/></w:tcPr>{c}</w:tc>")
        })
        .collect();
    format!("<w:tr><w:trPr>{props}</w:trPr>{cells}</w:tr>")
}
