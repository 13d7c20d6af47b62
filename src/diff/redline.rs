//! The redline, a document kind: an annex whose clauses carry the changes from A to B as tracked
//! revisions, which the DOCX exporter writes as Word's `w:ins`/`w:del`.

use super::{ClauseDiff, ItemDiff, Side, heading, order, words};
use crate::document::{Annex, Block, ClauseText, Document, PartKind, Revision, Segment, Status};
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
    let mut clauses: Vec<(u8, ClauseText)> = Vec::new();
    for (d, place) in places(a, b, diffs) {
        let own = u8::try_from(order(&d.norm).0).unwrap_or(u8::MAX);
        let (status, title, body, section) = match place {
            Place::Both => (d.status, d.title_diff.clone(), d.body.clone(), own),
            // The place a moved clause left: A's words, deleted, in A's section.
            Place::Left => (
                Status::Removed,
                d.title_diff
                    .map(|_, s| vec![Segment::Same(words::old_text(s))]),
                d.body
                    .map(|_, s| vec![Segment::Deleted(words::old_text(s))]),
                own,
            ),
            // The place it came to: B's words, inserted, in the section B put it in.
            Place::Came => (
                Status::Added,
                d.title_diff
                    .map(|_, s| vec![Segment::Same(words::new_text(s))]),
                d.body
                    .map(|_, s| vec![Segment::Inserted(words::new_text(s))]),
                clauses.last().map_or(own, |(s, _)| *s),
            ),
        };
        let clause = ClauseText {
            number: String::new(),
            norm: d.norm.clone(),
            title: title.map(|_, s| words::new_text(s)),
            body: body.map(|_, s| words::new_text(s)),
            revision: Some(Revision {
                status,
                title,
                body,
                moved: place != Place::Both,
            }),
        };
        clauses.push((section, clause));
    }
    annex.sections = crate::render::sections(clauses, annex.first_section(), library)?;
    Ok(annex)
}

/// Where a clause of the redline stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Place {
    /// Its one place: the clause is where A had it, or only one side has it.
    Both,
    /// The place in A that a clause B moved left.
    Left,
    /// The place in B that a moved clause came to.
    Came,
}

/// The clauses of the redline in the order of the document accepting it gives, with the place
/// each moved clause left where A had it: in the recommendation's order when nothing moved, else
/// B's clauses in B's order with what stands only in A (a removal, a moved clause's old place)
/// where A had it, before the next clause both keep in place.
fn places<'d>(a: &Side, b: &Side, diffs: &'d [ClauseDiff]) -> Vec<(&'d ClauseDiff, Place)> {
    if !diffs.iter().any(|d| d.moved) {
        return diffs.iter().map(|d| (d, Place::Both)).collect();
    }
    let diff = |norm: &str| diffs.iter().find(|d| d.norm == norm);
    // In both sides, where A had it.
    let kept = |d: &ClauseDiff| !d.moved && matches!(d.status, Status::Same | Status::Changed);
    let mut out = Vec::new();
    let mut from_a = a.clauses.iter().map(|c| c.norm.as_str());
    let mut flush = |until: Option<&str>, out: &mut Vec<_>| {
        for norm in from_a.by_ref() {
            if Some(norm) == until {
                break;
            }
            match diff(norm) {
                Some(d) if d.moved => out.push((d, Place::Left)),
                Some(d) if d.status == Status::Removed => out.push((d, Place::Both)),
                _ => {}
            }
        }
    };
    for c in &b.clauses {
        let Some(d) = diff(&c.norm) else { continue };
        if kept(d) {
            flush(Some(&c.norm), &mut out);
            out.push((d, Place::Both));
        } else if d.moved {
            out.push((d, Place::Came));
        } else {
            out.push((d, Place::Both));
        }
    }
    flush(None, &mut out);
    out
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
        page_of: loc.both("page-of", &[])?,
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
