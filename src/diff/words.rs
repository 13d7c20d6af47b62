//! Word diff for legal text: a token is a run of non-space characters, so punctuation stays with
//! its word, «Алтын» and АҚ-ның are single tokens, and a changed number with its words in
//! parentheses («30 (тридцать)» → «45 (сорок пять)») comes out as one change.

use similar::{Algorithm, DiffOp, capture_diff_slices};
use unicode_normalization::UnicodeNormalization;

use crate::document::Segment;

/// Runs of spaces and runs of everything else.
fn tokens(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut space = None;
    for (i, c) in text.char_indices() {
        let is_space = c.is_whitespace();
        if space.is_some_and(|s| s != is_space) {
            out.push(&text[start..i]);
            start = i;
        }
        space = Some(is_space);
    }
    if start < text.len() {
        out.push(&text[start..]);
    }
    out
}

/// The changes that turn `old` into `new`, both NFC-normalised first.
pub fn diff(old: &str, new: &str) -> Vec<Segment> {
    let (old, new): (String, String) = (old.nfc().collect(), new.nfc().collect());
    let (a, b) = (tokens(&old), tokens(&new));
    let mut raw: Vec<Segment> = Vec::new();
    for op in capture_diff_slices(Algorithm::Patience, &a, &b) {
        match op {
            DiffOp::Equal { old_index, len, .. } => {
                raw.push(Segment::Same(a[old_index..old_index + len].concat()))
            }
            DiffOp::Delete {
                old_index, old_len, ..
            } => raw.push(Segment::Deleted(a[old_index..old_index + old_len].concat())),
            DiffOp::Insert {
                new_index, new_len, ..
            } => raw.push(Segment::Inserted(
                b[new_index..new_index + new_len].concat(),
            )),
            DiffOp::Replace {
                old_index,
                old_len,
                new_index,
                new_len,
            } => {
                raw.push(Segment::Deleted(a[old_index..old_index + old_len].concat()));
                raw.push(Segment::Inserted(
                    b[new_index..new_index + new_len].concat(),
                ));
            }
        }
    }
    merge(raw)
}

/// Joins changes separated only by spaces into one deletion and one insertion, and merges
/// neighbours of the same kind.
fn merge(raw: Vec<Segment>) -> Vec<Segment> {
    let mut out: Vec<Segment> = Vec::new();
    let (mut del, mut ins) = (String::new(), String::new());
    let mut pending_space: Option<String> = None;
    let flush = |out: &mut Vec<Segment>, del: &mut String, ins: &mut String| {
        if !del.is_empty() {
            out.push(Segment::Deleted(std::mem::take(del)));
        }
        if !ins.is_empty() {
            out.push(Segment::Inserted(std::mem::take(ins)));
        }
    };
    let in_change = |del: &String, ins: &String| !del.is_empty() || !ins.is_empty();
    for seg in raw {
        match seg {
            Segment::Same(t) if t.trim().is_empty() && in_change(&del, &ins) => {
                pending_space = Some(pending_space.unwrap_or_default() + &t);
            }
            Segment::Same(t) => {
                if let Some(space) = pending_space.take() {
                    flush(&mut out, &mut del, &mut ins);
                    push_same(&mut out, space);
                }
                flush(&mut out, &mut del, &mut ins);
                push_same(&mut out, t);
            }
            Segment::Deleted(t) => {
                if let Some(space) = pending_space.take() {
                    del.push_str(&space);
                    ins.push_str(&space);
                }
                del.push_str(&t);
            }
            Segment::Inserted(t) => {
                if let Some(space) = pending_space.take() {
                    del.push_str(&space);
                    ins.push_str(&space);
                }
                ins.push_str(&t);
            }
        }
    }
    flush(&mut out, &mut del, &mut ins);
    if let Some(space) = pending_space {
        push_same(&mut out, space);
    }
    out
}

fn push_same(out: &mut Vec<Segment>, text: String) {
    if text.is_empty() {
        return;
    }
    if let Some(Segment::Same(prev)) = out.last_mut() {
        prev.push_str(&text);
    } else {
        out.push(Segment::Same(text));
    }
}

/// The text before the changes (what rejecting every revision gives).
pub fn old_text(segments: &[Segment]) -> String {
    segments
        .iter()
        .filter_map(|s| match s {
            Segment::Same(t) | Segment::Deleted(t) => Some(t.as_str()),
            Segment::Inserted(_) => None,
        })
        .collect()
}

/// The text after the changes (what accepting every revision gives).
pub fn new_text(segments: &[Segment]) -> String {
    segments
        .iter()
        .filter_map(|s| match s {
            Segment::Same(t) | Segment::Inserted(t) => Some(t.as_str()),
            Segment::Deleted(_) => None,
        })
        .collect()
}

/// Whether anything changed.
pub fn changed(segments: &[Segment]) -> bool {
    segments.iter().any(|s| !matches!(s, Segment::Same(_)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_changed_number_is_one_change() {
        let d = diff(
            "не позднее чем за 30 (тридцать) календарных дней",
            "не позднее чем за 45 (сорок пять) календарных дней",
        );
        assert_eq!(
            d,
            vec![
                Segment::Same("не позднее чем за ".into()),
                Segment::Deleted("30 (тридцать)".into()),
                Segment::Inserted("45 (сорок пять)".into()),
                Segment::Same(" календарных дней".into()),
            ]
        );
    }

    #[test]
    fn suffixes_and_quotes_stay_with_their_words() {
        let d = diff("«Алтын» АҚ-ның өкілі", "«Алтын» ЖШС-ның өкілі");
        assert_eq!(d[1], Segment::Deleted("АҚ-ның".into()));
        assert_eq!(d[2], Segment::Inserted("ЖШС-ның".into()));
        assert_eq!(old_text(&d), "«Алтын» АҚ-ның өкілі");
        assert_eq!(new_text(&d), "«Алтын» ЖШС-ның өкілі");
        assert!(!changed(&diff("бір екі", "бір екі")));
    }
}
