//! The comparison table, a document kind: the table negotiators exchange («Салыстырмалы кесте» /
//! «Сравнительная таблица»), one per language, each changed clause with its old and new wording
//! and an empty column for the justification.

use super::{ClauseDiff, ItemDiff, Side};
use crate::document::{Cell, Document, Line, Meta, Part, Status, Table};
use crate::error::Result;
use crate::lang::Lang;
use crate::library::Library;

/// The comparison table in Kazakh, then in Russian on the next page, with `meta`'s page furniture.
pub fn document(
    a: &Side,
    b: &Side,
    diffs: &[ClauseDiff],
    items: &[ItemDiff],
    library: &Library,
    meta: Meta,
) -> Result<Document> {
    let loc = library.locales();
    let mut parts = Vec::new();
    for lang in Lang::ALL {
        if !parts.is_empty() {
            parts.push(Part::PageBreak);
        }
        let columns = [
            loc.text(lang, "table-number", &[])?,
            a.label.get(lang).clone(),
            b.label.get(lang).clone(),
            loc.text(lang, "table-justification", &[])?,
        ];
        parts.push(Part::Table(Table {
            heading: Line::new(loc.text(lang, "table-heading", &[])?, lang),
            widths: vec![8, 38, 38, 16],
            header: columns.iter().map(|c| Cell::text(c, lang, true)).collect(),
            rows: item_rows(items, lang, library)?
                .into_iter()
                .chain(rows(diffs, lang))
                .map(|row| {
                    row.iter()
                        .chain([&String::new()])
                        .map(|t| Cell::text(t, lang, false))
                        .collect()
                })
                .collect(),
        }));
    }
    Ok(Document { meta, parts })
}

/// The part (and which piece of it), old text and new text of each changed piece outside the
/// clauses, in `lang`; «—» for a side that has no such piece.
fn item_rows(items: &[ItemDiff], lang: Lang, library: &Library) -> Result<Vec<[String; 3]>> {
    use super::words::{new_text, old_text};
    let mut out = Vec::new();
    for d in items.iter().filter(|d| d.status != Status::Same) {
        let part = library
            .locales()
            .text(lang, &format!("diff-part-{}", d.part.name()), &[])?;
        let name = match d.key.parse::<usize>() {
            Ok(n) => format!("{part} {n}"),
            Err(_) => part,
        };
        let t = d.text.get(lang);
        let cell = |text: String| {
            if text.is_empty() {
                "—".to_string()
            } else {
                text
            }
        };
        if old_text(t) != new_text(t) {
            out.push([name, cell(old_text(t)), cell(new_text(t))]);
        }
    }
    Ok(out)
}

/// Number, old wording and new wording of each changed clause in `lang`; «—» for a side that has
/// no such clause.
fn rows(diffs: &[ClauseDiff], lang: Lang) -> Vec<[String; 3]> {
    use super::words::{new_text, old_text};
    diffs
        .iter()
        .filter(|d| d.status != Status::Same)
        .map(|d| {
            let (title, body) = (d.title_diff.get(lang), d.body.get(lang));
            let cell = |title: String, body: String| {
                if body.is_empty() {
                    "—".to_string()
                } else {
                    format!("{title}. {body}")
                }
            };
            [
                d.norm.clone(),
                cell(old_text(title), old_text(body)),
                cell(new_text(title), new_text(body)),
            ]
        })
        .collect()
}
