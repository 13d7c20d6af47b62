//! The comparison table, a document kind: the table negotiators exchange («Салыстырмалы кесте» /
//! «Сравнительная таблица»), one per language, each changed clause with its old and new wording
//! and an empty column for the justification.

use super::{ClauseDiff, ItemDiff, Side};
use crate::dates::Date;
use crate::document::{Block, Cell, Document, Line, Meta, Part, Segment, Status, Table};
use crate::error::Result;
use crate::lang::{Bilingual, Lang};
use crate::library::Library;

/// The comparison table in Kazakh, then in Russian on the next page, on landscape pages with
/// `meta`'s furniture: under a heading that names the agreement, the two sides and the date of
/// the comparison (`date`), one row per piece or clause that differs, A's wording with the words
/// B drops struck through and B's with the words it adds underlined.
pub fn document(
    a: &Side,
    b: &Side,
    diffs: &[ClauseDiff],
    items: &[ItemDiff],
    library: &Library,
    date: Date,
    mut meta: Meta,
) -> Result<Document> {
    let loc = library.locales();
    let mut front = Vec::new();
    if let Some(annex) = b.annex.as_ref().or(a.annex.as_ref()) {
        front.push(Block::Heading(annex.heading.clone()));
    }
    front.push(Block::Title(loc.both("table-heading", &[])?));
    front.push(Block::Text(super::heading(a, b, library)?));
    front.push(Block::Text(Bilingual::try_from_fn(|lang| {
        crate::render::date_in_words(loc, lang, date, "nom")
    })?));
    let mut parts = vec![Part::Bilingual(front)];
    for lang in Lang::ALL {
        // The Kazakh table follows the heading on its page; the Russian one starts its own.
        if lang != Lang::ALL[0] {
            parts.push(Part::PageBreak);
        }
        let columns = [
            loc.text(lang, "table-number", &[])?,
            a.label.get(lang).clone(),
            b.label.get(lang).clone(),
            loc.text(lang, "table-justification", &[])?,
        ];
        let mut rows = Vec::new();
        for d in items.iter().filter(|d| d.status != Status::Same) {
            let part = loc.text(lang, &format!("diff-part-{}", d.part.name()), &[])?;
            let name = match d.key.parse::<usize>() {
                Ok(n) => format!("{part} {n}"),
                Err(_) => part,
            };
            rows.push(row(name, d.status, d.text.get(lang), lang));
        }
        for d in diffs.iter().filter(|d| d.differs()) {
            let whole = [
                d.title_diff.get(lang).clone(),
                vec![Segment::Same(". ".into())],
                d.body.get(lang).clone(),
            ]
            .concat();
            let name = format!(
                "{}{}",
                d.norm,
                super::output::clause_note(d, lang, library)?
            );
            rows.push(row(name, d.status, &whole, lang));
        }
        parts.push(Part::Table(Table {
            heading: Line::new(loc.text(lang, "table-heading", &[])?, lang),
            widths: vec![8, 38, 38, 16],
            header: columns.iter().map(|c| Cell::text(c, lang, true)).collect(),
            rows,
        }));
    }
    meta.landscape = true;
    Ok(Document { meta, parts })
}

/// A row: the item, A's wording, B's wording («—» for a side without it), an empty justification.
fn row(name: String, status: Status, segments: &[Segment], lang: Lang) -> Vec<Cell> {
    let none = || Cell(vec![Line::new("—", lang)]);
    vec![
        Cell::text(&name, lang, false),
        if status == Status::Added {
            none()
        } else {
            Cell::tracked(segments, true, lang)
        },
        if status == Status::Removed {
            none()
        } else {
            Cell::tracked(segments, false, lang)
        },
        Cell::text("", lang, false),
    ]
}
