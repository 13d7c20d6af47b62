//! The text outputs of a diff: the terminal and Markdown with the changes marked, and JSON for
//! scripts.

use super::{ClauseDiff, ItemDiff, Side, Warning};
use crate::document::{Segment, Status};
use crate::error::Result;
use crate::export::markdown::escape;
use crate::lang::{Bilingual, Lang};
use crate::library::Library;

/// How changes are marked in plain text.
#[derive(Debug, Clone, Copy)]
pub enum Marks {
    /// ANSI colours: red deletions, green insertions.
    Colour,
    /// `[-deleted-]{+inserted+}`, as wdiff writes them.
    Plain,
}

fn marked(segments: &[Segment], marks: Marks) -> String {
    segments
        .iter()
        .map(|s| match (s, marks) {
            (Segment::Same(t), _) => t.clone(),
            (Segment::Deleted(t), Marks::Colour) => format!("\x1b[31;9m{t}\x1b[0m"),
            (Segment::Inserted(t), Marks::Colour) => format!("\x1b[32;4m{t}\x1b[0m"),
            (Segment::Deleted(t), Marks::Plain) => format!("[-{t}-]"),
            (Segment::Inserted(t), Marks::Plain) => format!("{{+{t}+}}"),
        })
        .collect()
}

fn status_note(status: Status, lang: Lang, library: &Library) -> Result<String> {
    Ok(match status {
        Status::Added => format!(" ({})", library.locales().text(lang, "diff-added", &[])?),
        Status::Removed => format!(" ({})", library.locales().text(lang, "diff-removed", &[])?),
        _ => String::new(),
    })
}

/// What happened to a clause besides its words, after its name: « (новый пункт)», « (перенесенный
/// пункт)».
pub(crate) fn clause_note(d: &ClauseDiff, lang: Lang, library: &Library) -> Result<String> {
    let mut note = status_note(d.status, lang, library)?;
    if d.moved {
        note.push_str(&format!(
            " ({})",
            library.locales().text(lang, "diff-moved", &[])?
        ));
    }
    Ok(note)
}

/// The name of a piece outside the clauses: «Тараптар 2 / Стороны 2».
fn item_name(d: &ItemDiff, library: &Library) -> Result<String> {
    let part = library
        .locales()
        .both(&format!("diff-part-{}", d.part.name()), &[])?;
    let key = match d.key.as_str() {
        "heading" | "title" | "scope" | "preamble" | "place-date" => String::new(),
        k => format!(" {k}"),
    };
    Ok(format!("{}{key} / {}{key}", part.kk, part.ru))
}

/// Changed pieces and clauses, each language on its own line, for a terminal; the warnings after.
pub fn term(
    diffs: &[ClauseDiff],
    items: &[ItemDiff],
    warnings: &[Warning],
    marks: Marks,
    all: bool,
    library: &Library,
) -> Result<String> {
    // A heading line, then each language's text on a line of its own.
    let entry = |heading: String, text: &Bilingual<Vec<Segment>>| {
        let mut out = format!("{heading}\n");
        for lang in Lang::ALL {
            out.push_str(&format!(
                "  {}: {}\n",
                lang.code(),
                marked(text.get(lang), marks)
            ));
        }
        out.push('\n');
        out
    };
    let mut out = String::new();
    for d in items.iter().filter(|d| all || d.status != Status::Same) {
        let note = status_note(d.status, Lang::Ru, library)?;
        out.push_str(&entry(format!("{}{note}", item_name(d, library)?), &d.text));
    }
    for d in diffs.iter().filter(|d| all || d.differs()) {
        let heading = format!(
            "{} {} / {}{}",
            d.norm,
            marked(&d.title_diff.kk, marks),
            marked(&d.title_diff.ru, marks),
            clause_note(d, Lang::Ru, library)?
        );
        out.push_str(&entry(heading, &d.body));
    }
    if out.is_empty() {
        let none = library.locales().both("diff-no-changes", &[])?;
        out = format!("{} / {}\n", none.kk, none.ru);
    }
    for w in warnings {
        out.push_str(&format!("warning: {}\n", w.message));
    }
    Ok(out)
}

fn md_marked(segments: &[Segment]) -> String {
    crate::export::markdown::marked(segments).replace('\n', "<br>")
}

/// Markdown with deletions and insertions marked (`<del>`, `<ins>`), one section per changed
/// clause.
pub fn markdown(
    a: &Side,
    b: &Side,
    diffs: &[ClauseDiff],
    items: &[ItemDiff],
    warnings: &[Warning],
    library: &Library,
) -> Result<String> {
    let heading = super::heading(a, b, library)?;
    let mut out = format!("# {}\n\n# {}\n", escape(&heading.kk), escape(&heading.ru));
    // A `##` heading, then each language's text as a paragraph.
    let entry = |heading: String, text: &Bilingual<Vec<Segment>>| {
        let mut out = format!("\n## {heading}\n");
        for lang in Lang::ALL {
            out.push_str(&format!("\n{}\n", md_marked(text.get(lang))));
        }
        out
    };
    let mut any = false;
    for d in items.iter().filter(|d| d.status != Status::Same) {
        any = true;
        let note = status_note(d.status, Lang::Ru, library)?;
        out.push_str(&entry(
            format!("{}{note}", escape(&item_name(d, library)?)),
            &d.text,
        ));
    }
    for d in diffs.iter().filter(|d| d.differs()) {
        any = true;
        let heading = format!(
            "{} {} / {}{}",
            d.norm,
            md_marked(&d.title_diff.kk),
            md_marked(&d.title_diff.ru),
            clause_note(d, Lang::Ru, library)?
        );
        out.push_str(&entry(heading, &d.body));
    }
    if !any {
        let none = library.locales().both("diff-no-changes", &[])?;
        out.push_str(&format!("\n{} / {}\n", none.kk, none.ru));
    }
    if !warnings.is_empty() {
        out.push('\n');
        for w in warnings {
            out.push_str(&format!("> **warning:** {}\n", escape(&w.message)));
        }
    }
    Ok(out)
}

/// Every change and warning as JSON: `{"changes": [...], "warnings": [...]}`. A change has
/// `part`, `id` (the norm, or which piece of the part), `lang`, `kind` (`changed`, `added`,
/// `removed`, `moved`), `old` and `new` (text, or null); a warning has `kind`, `id` and `message`.
pub fn json(diffs: &[ClauseDiff], items: &[ItemDiff], warnings: &[Warning]) -> String {
    use super::words::{new_text, old_text};
    use serde_json::{Value, json};
    let mut changes: Vec<Value> = Vec::new();
    let mut change = |part: &str,
                      id: &str,
                      lang: Lang,
                      (status, moved): (Status, bool),
                      old: String,
                      new: String| {
        // A clause put elsewhere is a change of its own, whether or not its words changed too.
        if moved {
            changes.push(json!({
                "part": part, "id": id, "lang": lang.code(), "kind": "moved",
                "old": old, "new": new,
            }));
        }
        let kind = match status {
            Status::Same => return,
            Status::Changed if old == new => return,
            Status::Changed => "changed",
            Status::Added => "added",
            Status::Removed => "removed",
        };
        changes.push(json!({
            "part": part,
            "id": id,
            "lang": lang.code(),
            "kind": kind,
            "old": (status != Status::Added).then_some(old),
            "new": (status != Status::Removed).then_some(new),
        }));
    };
    for d in items {
        for lang in Lang::ALL {
            let t = d.text.get(lang);
            change(
                d.part.name(),
                &d.key,
                lang,
                (d.status, false),
                old_text(t),
                new_text(t),
            );
        }
    }
    for d in diffs {
        for lang in Lang::ALL {
            let (title, body) = (d.title_diff.get(lang), d.body.get(lang));
            let whole = |t: String, b: String| format!("{t}. {b}");
            change(
                "clause",
                &d.norm,
                lang,
                (d.status, d.moved),
                whole(old_text(title), old_text(body)),
                whole(new_text(title), new_text(body)),
            );
        }
    }
    let warnings: Vec<Value> = warnings
        .iter()
        .map(|w| json!({"kind": w.kind, "id": w.id, "message": w.message}))
        .collect();
    let mut text = serde_json::to_string_pretty(&json!({"changes": changes, "warnings": warnings}))
        .unwrap_or_default();
    text.push('\n');
    text
}
