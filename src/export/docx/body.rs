//! The document body: every block of the document as paragraphs per language, laid out as a
//! two-column table or one language after the other.

use std::cell::RefCell;

use super::parts::{num_id, section_properties, table_text_size, text_width};
use super::xml::{esc, paragraph, run_text, runs};
use crate::document::inline::{self, Inline};
use crate::document::{
    Block, Cell, ClauseText, Document, Mark, Part, Revision, Segment, Status, Table,
};
use crate::lang::{Bilingual, Lang};
use crate::memo::Memo;
use crate::model::Layout;
use crate::style::Style;

thread_local! {
    /// The paragraphs of the clauses a thread wrote, by text and bookmark id.
    static CLAUSES: RefCell<Memo<Vec<String>>> = RefCell::new(Memo::new(CLAUSES_KEPT));
}

/// The clauses a thread remembers in each generation: an annex has 18 in each language.
const CLAUSES_KEPT: usize = 128;

/// The start of the name of a clause's bookmark; a leading underscore hides it in Word.
pub const BOOKMARK: &str = "_kelisim_";

/// The end of the bookmark name of the place a moved clause left (`_kelisim_2_3_kk_moved`): a
/// bookmark name is unique in a document, and the clause's new place has the plain one.
pub(super) const MOVED_FROM: &str = "_moved";

/// The paragraph style of clause text, by which the reader finds clauses.
pub(super) const CLAUSE_STYLE: &str = "ClauseText";

/// Who tracked changes are attributed to, and the next revision id.
pub(super) struct Tracking {
    /// `w:author` of every revision.
    pub author: String,
    /// `w:date` of every revision (W3C date-time).
    pub date: String,
    next: std::cell::Cell<u32>,
}

impl Tracking {
    /// Revisions by `author` on `date`, numbered from 1.
    pub(super) fn new(author: String, date: String) -> Tracking {
        Tracking {
            author,
            date,
            next: std::cell::Cell::new(1),
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
    fn bookmark(&self, norm: &str, lang: Lang, moved_from: bool) -> String {
        let id = self.next.get();
        self.next.set(id + 1);
        format!(
            "<w:bookmarkStart w:id=\"{id}\" w:name=\"{BOOKMARK}{}_{}{}\"/><w:bookmarkEnd w:id=\"{id}\"/>",
            esc(&norm.replace('.', "_")),
            lang.code(),
            if moved_from { MOVED_FROM } else { "" }
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
                format!("{br}{}", run_text(l, tag))
            })
            .collect();
        let wrapper = if inserted { "w:ins" } else { "w:del" };
        format!(
            "<{wrapper} {}><w:r><w:rPr>{b}<w:lang w:val=\"{}\"/></w:rPr>{body}</w:r></{wrapper}>",
            self.attrs(),
            lang.tag()
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
    let moved_from = revision.moved && status == Status::Removed;
    let mut out = t.bookmark(&c.norm, lang, moved_from);
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
        "<w:p><w:pPr><w:pStyle w:val=\"{CLAUSE_STYLE}\"/><w:numPr><w:ilvl w:val=\"1\"/><w:numId w:val=\"{}\"/></w:numPr>{mark}</w:pPr>{out}</w:p>",
        num_id(lang)
    )
}

/// The paragraphs of `block` in `lang`; clauses with a revision are written as tracked changes.
pub(super) fn block_paragraphs(block: &Block, lang: Lang, tracking: &Tracking) -> Vec<String> {
    let text = |t: &Bilingual<String>| vec![Inline::plain(t.get(lang))];
    let one = |style: &str, num: Option<(u32, u8)>, inlines: Vec<Inline>| {
        vec![paragraph(style, num, &runs(&inlines, lang))]
    };
    match block {
        Block::Heading(t) => one("AnnexHeading", None, text(t)),
        Block::Title(t) => one("AnnexTitle", None, text(t)),
        Block::Text(t) => one("BodyText", None, text(t)),
        Block::Label(t) => one("BlockHeading", None, text(t)),
        Block::Section { title, .. } => one("SectionHeading", Some((num_id(lang), 0)), text(title)),
        Block::Clause(
            c @ ClauseText {
                revision: Some(revision),
                ..
            },
        ) => vec![tracked_clause(c, lang, revision, tracking)],
        Block::Clause(c) => {
            // A clause's paragraphs depend on its text and its bookmark's id alone, which rows
            // of a batch share for every clause they do not change.
            let id = tracking.next.get();
            let key: [&[u8]; 8] = [
                &id.to_le_bytes(),
                lang.code().as_bytes(),
                c.norm.as_bytes(),
                b"\0",
                c.title.get(lang).as_bytes(),
                b"\0",
                c.body.get(lang).as_bytes(),
                b"\0",
            ];
            let paragraphs = CLAUSES.with(|memo| {
                memo.borrow_mut()
                    .get(&key, || clause_paragraphs(c, lang, tracking))
            });
            tracking.next.set(id + 1);
            paragraphs
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
        Block::Revised {
            block,
            status,
            text,
        } => revised(block, *status, text.get(lang), lang, tracking),
    }
}

/// The paragraphs of an untracked clause: its title in bold before the first, which has its
/// bookmark (one revision id of `tracking`).
fn clause_paragraphs(c: &ClauseText, lang: Lang, tracking: &Tracking) -> Vec<String> {
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
                let first = tracking.bookmark(&c.norm, lang, false) + &runs(p, lang);
                paragraph(CLAUSE_STYLE, Some((num_id(lang), 1)), &first)
            } else {
                paragraph(CLAUSE_STYLE, None, &runs(p, lang))
            }
        })
        .collect()
}

/// The paragraphs of a block whose text changed, with the changes tracked: one paragraph per line
/// of its text, in the block's styles; a block added or removed whole has its paragraph marks
/// tracked too. The signature line of a signatory is kept as it is.
fn revised(
    block: &Block,
    status: Status,
    segments: &[Segment],
    lang: Lang,
    t: &Tracking,
) -> Vec<String> {
    let styles: &[&str] = match block {
        Block::Heading(_) => &["AnnexHeading"],
        Block::Title(_) => &["AnnexTitle"],
        Block::Text(_) => &["BodyText"],
        Block::Label(_) => &["BlockHeading"],
        Block::Signatory(..) => &["SignatureRole", "Signature"],
        _ => return block_paragraphs(block, lang, t),
    };
    let mut lines: Vec<Vec<Segment>> = vec![Vec::new()];
    for segment in segments {
        let (text, make): (&str, fn(String) -> Segment) = match segment {
            Segment::Same(x) => (x, Segment::Same),
            Segment::Deleted(x) => (x, Segment::Deleted),
            Segment::Inserted(x) => (x, Segment::Inserted),
        };
        for (i, piece) in text.split('\n').enumerate() {
            if i > 0 {
                lines.push(Vec::new());
            }
            if !piece.is_empty()
                && let Some(line) = lines.last_mut()
            {
                line.push(make(piece.to_string()));
            }
        }
    }
    let mut out: Vec<String> = lines
        .iter()
        .enumerate()
        .map(|(i, line)| {
            // Each paragraph mark is a revision of its own, with its own id.
            let mark = match t.mark(status) {
                m if m.is_empty() => String::new(),
                m => format!("<w:rPr>{m}</w:rPr>"),
            };
            let style = styles[i.min(styles.len() - 1)];
            let body: String = line
                .iter()
                .map(|s| match s {
                    Segment::Same(x) => runs(&[Inline::plain(x)], lang),
                    Segment::Deleted(x) => t.run(x, false, false, lang),
                    Segment::Inserted(x) => t.run(x, true, false, lang),
                })
                .collect();
            format!("<w:p><w:pPr><w:pStyle w:val=\"{style}\"/>{mark}</w:pPr>{body}</w:p>")
        })
        .collect();
    if let Block::Signatory(_, seal) = block {
        let line = format!("{} {}", "_".repeat(20), seal.get(lang));
        out.push(paragraph(
            "SignatureLine",
            None,
            &runs(&[Inline::plain(line)], lang),
        ));
    }
    out
}

/// Runs of marked spans: struck through or underlined, tagged with `lang`.
fn marked_runs(spans: &[(String, Mark)], lang: Lang) -> String {
    spans
        .iter()
        .map(|(text, mark)| {
            let props = match mark {
                Mark::None => "",
                Mark::Struck => "<w:strike/>",
                Mark::Underlined => "<w:u w:val=\"single\"/>",
            };
            format!(
                "<w:r><w:rPr>{props}<w:lang w:val=\"{}\"/></w:rPr>{}</w:r>",
                lang.tag(),
                run_text(text, "w:t")
            )
        })
        .collect()
}

/// A paragraph that ends the page.
const PAGE_BREAK: &str = "<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>";

/// The body: each part in order, bilingual blocks in `layout`.
pub(super) fn body(doc: &Document, layout: Layout, style: &Style, tracking: &Tracking) -> String {
    doc.parts
        .iter()
        .map(|part| match part {
            Part::Bilingual(blocks) => {
                bilingual(blocks, layout, style, doc.meta.landscape, tracking)
            }
            Part::Table(t) => table(t, style, doc.meta.landscape),
            Part::PageBreak => PAGE_BREAK.to_string(),
        })
        .collect()
}

/// A table under its heading. A cell holds a paragraph per line, and an empty one when it has
/// none: `w:tc` must hold at least one `w:p` (a phrase book may make a phrase empty).
fn table(t: &Table, style: &Style, landscape: bool) -> String {
    let widths = fit_widths(t, text_width(style, landscape), table_text_size(style));
    let cell = |c: &Cell| -> String {
        if c.0.is_empty() {
            return paragraph("TableText", None, "");
        }
        c.0.iter()
            .map(|line| {
                if !line.marks.is_empty() {
                    return paragraph("TableText", None, &marked_runs(&line.marks, line.lang));
                }
                let inline = if line.bold {
                    Inline::bold(&line.text)
                } else {
                    Inline::plain(&line.text)
                };
                paragraph("TableText", None, &runs(&[inline], line.lang))
            })
            .collect()
    };
    let mut out = paragraph(
        "BlockHeading",
        None,
        &runs(&[Inline::plain(&t.heading.text)], t.heading.lang),
    );
    out.push_str(&bordered_table(&widths));
    let header: Vec<String> = t.header.iter().map(cell).collect();
    out.push_str(&bordered_row(&header, &widths, true));
    for r in &t.rows {
        let cells: Vec<String> = r.iter().map(cell).collect();
        out.push_str(&bordered_row(&cells, &widths, false));
    }
    out.push_str("</w:tbl><w:p/>");
    out
}

fn bilingual(
    blocks: &[Block],
    layout: Layout,
    style: &Style,
    landscape: bool,
    tracking: &Tracking,
) -> String {
    match layout {
        Layout::Columns => columns(blocks, style, landscape, tracking),
        Layout::Sequential => {
            let half = |lang| -> String {
                blocks
                    .iter()
                    .enumerate()
                    .flat_map(|(i, b)| {
                        kept(b, block_paragraphs(b, lang, tracking), blocks.get(i + 1))
                    })
                    .collect()
            };
            // The Russian text starts a section of its own, whose first page, like the
            // document's, carries the heading itself and so no running header.
            format!(
                "{}<w:p><w:pPr>{}</w:pPr></w:p>{}",
                half(Lang::Kk),
                section_properties(style, landscape),
                half(Lang::Ru)
            )
        }
    }
}

/// The paragraphs of `block` kept with the next block's when that is a signatory, or when
/// `block` is one and lines follow it: the place and date and each signatory but the last are
/// kept with the next, so that the signature block is never split and no party's signature
/// stands alone on a page, and a letter's copy and receipt lines stay under its signature. A
/// paragraph of text before a signature (a letter's last request) is not kept with it: kept, a
/// row of the two-column table would take it whole to the next page.
fn kept(block: &Block, paragraphs: Vec<String>, next: Option<&Block>) -> Vec<String> {
    /// Longer than a place and date line: a paragraph.
    const LINE: usize = 120;
    let keep = match (block, next) {
        (Block::Text(t), Some(Block::Signatory(..))) => {
            t.kk.chars().count() <= LINE && t.ru.chars().count() <= LINE
        }
        (_, Some(Block::Signatory(..))) | (Block::Signatory(..), Some(Block::Text(_))) => true,
        _ => false,
    };
    if !keep {
        return paragraphs;
    }
    paragraphs
        .into_iter()
        .map(|p| {
            // `w:keepNext` comes right after the paragraph's style in its properties.
            let Some(at) = p.find("<w:pStyle ") else {
                return p;
            };
            let end = at + p[at..].find("/>").map_or(0, |e| e + 2);
            if p[end..].starts_with("<w:keepNext/>") {
                p
            } else {
                format!("{}<w:keepNext/>{}", &p[..end], &p[end..])
            }
        })
        .collect()
}

/// Where the signature block that starts at `blocks[i]` ends (exclusive): its heading, the place
/// and date (one line at most), and every signatory after them; `None` if no such block starts
/// there. A heading over paragraphs of text that a signature follows (a letter's grounds) is
/// no signature block: its text may break across pages.
fn signature_block(blocks: &[Block], i: usize) -> Option<usize> {
    if !matches!(blocks.get(i), Some(Block::Label(_))) {
        return None;
    }
    let mut j = i + 1;
    if matches!(blocks.get(j), Some(Block::Text(_))) {
        j += 1;
    }
    let first = j;
    while matches!(blocks.get(j), Some(Block::Signatory(..))) {
        j += 1;
    }
    (j > first).then_some(j)
}

fn columns(blocks: &[Block], style: &Style, landscape: bool, tracking: &Tracking) -> String {
    let width = text_width(style, landscape);
    let col = width / 2;
    let mut out = format!(
        "<w:tbl><w:tblPr><w:tblW w:w=\"{width}\" w:type=\"dxa\"/><w:tblLayout w:type=\"fixed\"/>\
<w:tblLook w:val=\"0000\" w:firstRow=\"0\" w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"1\" w:noVBand=\"1\"/>\
</w:tblPr><w:tblGrid><w:gridCol w:w=\"{col}\"/><w:gridCol w:w=\"{col}\"/></w:tblGrid>"
    );
    let mut i = 0;
    while i < blocks.len() {
        // The signature block is one row, kept whole on its page.
        if let Some(end) = signature_block(blocks, i) {
            out.push_str("<w:tr><w:trPr><w:cantSplit/></w:trPr>");
            for lang in Lang::ALL {
                let paragraphs: String = blocks[i..end]
                    .iter()
                    .flat_map(|b| block_paragraphs(b, lang, tracking))
                    .collect();
                out.push_str(&format!(
                    "<w:tc><w:tcPr><w:tcW w:w=\"{col}\" w:type=\"dxa\"/></w:tcPr>{paragraphs}</w:tc>"
                ));
            }
            out.push_str("</w:tr>");
            i = end;
            continue;
        }
        let block = &blocks[i];
        // A clause and its translation start on one row; a long row breaks across pages rather
        // than leave the foot of a page empty. A whole clause added or removed is a tracked row.
        let row_mark = match block {
            Block::Clause(ClauseText {
                revision: Some(r), ..
            }) => tracking.mark(r.status),
            Block::Revised { status, .. } => tracking.mark(*status),
            _ => String::new(),
        };
        // A row's properties need one of their own before a revision mark: a tracked row
        // stays whole.
        let split = if row_mark.is_empty() {
            ""
        } else {
            "<w:cantSplit/>"
        };
        // An empty `w:trPr` is not valid: none at all then.
        let props = format!("{split}{row_mark}");
        if props.is_empty() {
            out.push_str("<w:tr>");
        } else {
            out.push_str(&format!("<w:tr><w:trPr>{props}</w:trPr>"));
        }
        for lang in Lang::ALL {
            out.push_str(&format!(
                "<w:tc><w:tcPr><w:tcW w:w=\"{col}\" w:type=\"dxa\"/></w:tcPr>{}</w:tc>",
                kept(
                    block,
                    block_paragraphs(block, lang, tracking),
                    blocks.get(i + 1)
                )
                .concat()
            ));
        }
        out.push_str("</w:tr>");
        i += 1;
    }
    out.push_str("</w:tbl><w:p/>");
    out
}

/// The widths of `t`'s columns in twips, `width` in all, for text of `half_points`: each
/// column's share as the table asks, but never narrower than its longest word, so that no word
/// breaks inside; what a narrow column needs is taken from those wider than they need, in
/// proportion to what they can spare. When the words cannot all fit, the shares stand.
fn fit_widths(t: &Table, width: u32, half_points: u32) -> Vec<u32> {
    // A Cyrillic letter of Liberation Serif or Times is 0.48–0.55 em wide (Kazakh words run
    // wider); a cell has a margin of 108 twips (0.19 cm) on each side; one letter more spares
    // the rounding.
    let letter = half_points * 10 * 55 / 100;
    let asked: Vec<u32> = t.widths.iter().map(|s| width * s / 100).collect();
    let need: Vec<u32> = (0..asked.len())
        .map(|i| {
            let longest = std::iter::once(&t.header)
                .chain(&t.rows)
                .filter_map(|r| r.get(i))
                .flat_map(|c| &c.0)
                .flat_map(|l| l.text.split([' ', '\u{a0}', '-', '\u{2011}', '/']))
                .map(|w| w.chars().count() as u32)
                .max()
                .unwrap_or(0);
            (longest + 1) * letter + 2 * 108
        })
        .collect();
    let short: u32 = asked
        .iter()
        .zip(&need)
        .map(|(a, n)| n.saturating_sub(*a))
        .sum();
    let spare: u32 = asked
        .iter()
        .zip(&need)
        .map(|(a, n)| a.saturating_sub(*n))
        .sum();
    if short == 0 || short > spare {
        return asked;
    }
    asked
        .iter()
        .zip(&need)
        .map(|(&a, &n)| {
            if a < n {
                n
            } else {
                a - (u64::from(a - n) * u64::from(short) / u64::from(spare)) as u32
            }
        })
        .collect()
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

/// A row of a bordered table: cells of paragraphs, the header repeated on each page; a row of
/// long text (a clause in two wordings) breaks across pages rather than leave half a page blank.
fn bordered_row(cells: &[String], widths: &[u32], header: bool) -> String {
    let props = if header {
        "<w:cantSplit/><w:tblHeader/>"
    } else {
        ""
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
