//! The redline, a document kind: an annex whose clauses carry the changes from A to B as tracked
//! revisions, which the DOCX exporter writes as Word's `w:ins`/`w:del`.

use super::{ClauseDiff, ItemDiff, Side, heading, order, words};
use crate::document::{Annex, Block, ClauseText, Document, PartKind, Revision, Status};
use crate::error::Result;
use crate::lang::Bilingual;
use crate::library::Library;

/// The annex to show the changes in: B's own if B is a profile, else A's, else a bare one made
/// of the clauses alone; its clauses, numbered as the annex numbers them, carry the revisions.
pub fn annex(a: &Side, b: &Side, diffs: &[ClauseDiff], library: &Library) -> Result<Annex> {
    let mut annex = match (&b.annex, &a.annex) {
        (Some(x), _) | (None, Some(x)) => x.clone(),
        (None, None) => bare(a, b, library)?,
    };
    let clauses = diffs.iter().map(|d| {
        let section = u8::try_from(order(&d.norm).0).unwrap_or(u8::MAX);
        let clause = ClauseText {
            number: String::new(),
            norm: d.norm.clone(),
            title: d.title.clone(),
            body: d.body.map(|_, segs| words::new_text(segs)),
            revision: Some(Revision {
                status: d.status,
                title: d.title_diff.clone(),
                body: d.body.clone(),
            }),
        };
        (section, clause)
    });
    annex.sections = crate::render::sections(clauses, annex.first_section(), library)?;
    Ok(annex)
}

/// The redline as a document: the annex of [`annex`] with every piece outside the clauses that
/// changed written as tracked changes too, and the pieces only one side has as a tracked
/// deletion or insertion at the end of their part (a clause the other side added after the
/// clauses), so that accepting every change gives B's text and rejecting every change
/// gives A's.
pub fn document(
    a: &Side,
    b: &Side,
    diffs: &[ClauseDiff],
    items: &[ItemDiff],
    library: &Library,
) -> Result<Document> {
    let annex = annex(a, b, diffs, library)?;
    let changed = |part, key: &str| {
        items
            .iter()
            .find(|d| d.part == part && d.key == key && d.status != Status::Same)
    };
    let mut keyed: Vec<_> = annex
        .keyed_blocks()
        .into_iter()
        .map(|(key, block)| {
            let revised = key.as_ref().and_then(|(part, k)| changed(*part, k));
            let block = match revised {
                Some(d) => Block::Revised {
                    block: Box::new(block),
                    status: d.status,
                    text: d.text.clone(),
                },
                None => block,
            };
            let part = match (&key, &block) {
                (Some((part, _)), _) => Some(*part),
                (None, Block::Clause(_)) => Some(PartKind::Clause),
                (None, _) => None,
            };
            (part, key.map(|(_, k)| k), block)
        })
        .collect();
    // The pieces the frame does not have: removed ones (only in A), and added ones when the
    // frame is A's annex (B an edited DOCX), at the end of their part.
    let missing: Vec<&ItemDiff> = items
        .iter()
        .filter(|d| matches!(d.status, Status::Removed | Status::Added))
        // The redline has no coverage table to put a row in.
        .filter(|d| d.part != PartKind::Coverage)
        .filter(|d| {
            !keyed
                .iter()
                .any(|(part, key, _)| *part == Some(d.part) && key.as_deref() == Some(&d.key))
        })
        .collect();
    for d in missing {
        let text = d.text.map(|_, segs| match d.status {
            Status::Removed => words::old_text(segs),
            _ => words::new_text(segs),
        });
        let block = if d.key == "heading" {
            Block::Label(text)
        } else {
            Block::Text(text)
        };
        let at = keyed
            .iter()
            .rposition(|(part, _, _)| *part == Some(d.part))
            .map_or(keyed.len(), |i| i + 1);
        keyed.insert(
            at,
            (
                Some(d.part),
                Some(d.key.clone()),
                Block::Revised {
                    block: Box::new(block),
                    status: d.status,
                    text: d.text.clone(),
                },
            ),
        );
    }
    Ok(annex.document_of(keyed.into_iter().map(|(_, _, b)| b).collect(), false))
}

/// An annex of the comparison alone (heading, title, clauses), for two clause variants or two
/// DOCX files, which bring no parties.
fn bare(a: &Side, b: &Side, library: &Library) -> Result<Annex> {
    let loc = library.locales();
    let heading = heading(a, b, library)?;
    Ok(Annex {
        languages: loc.both("column-header", &[])?,
        short_name: heading.clone(),
        heading,
        page_label: loc.both("page", &[])?,
        author: Bilingual {
            kk: "kelisim".into(),
            ru: "kelisim".into(),
        },
        title: loc.both("annex-title", &[])?,
        scope: None,
        preamble: Bilingual::default(),
        parties: Default::default(),
        definitions: Default::default(),
        sections: Vec::new(),
        closing: Default::default(),
        signatures: Default::default(),
        coverage: Default::default(),
    })
}
