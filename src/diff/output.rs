//! The text outputs of a diff: the terminal and Markdown with the changes marked.

use super::{ClauseDiff, Side};
use crate::document::{Segment, Status};
use crate::error::Result;
use crate::export::markdown::escape;
use crate::lang::Lang;
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

fn status_note(d: &ClauseDiff, lang: Lang, library: &Library) -> Result<String> {
    Ok(match d.status {
        Status::Added => format!(" ({})", library.locales().text(lang, "diff-added", &[])?),
        Status::Removed => format!(" ({})", library.locales().text(lang, "diff-removed", &[])?),
        _ => String::new(),
    })
}

/// Changed clauses, each language on its own line, for a terminal.
pub fn term(diffs: &[ClauseDiff], marks: Marks, all: bool, library: &Library) -> Result<String> {
    let mut out = String::new();
    for d in diffs.iter().filter(|d| all || d.status != Status::Same) {
        out.push_str(&format!(
            "{} {} / {}{}\n",
            d.norm,
            marked(&d.title_diff.kk, marks),
            marked(&d.title_diff.ru, marks),
            status_note(d, Lang::Ru, library)?
        ));
        for lang in Lang::ALL {
            out.push_str(&format!(
                "  {}: {}\n",
                lang.code(),
                marked(d.body.get(lang), marks)
            ));
        }
        out.push('\n');
    }
    if out.is_empty() {
        let none = library.locales().both("diff-no-changes", &[])?;
        out = format!("{} / {}\n", none.kk, none.ru);
    }
    Ok(out)
}

fn md_marked(segments: &[Segment]) -> String {
    segments
        .iter()
        .map(|s| match s {
            Segment::Same(t) => escape(t),
            Segment::Deleted(t) => format!("<del>{}</del>", escape(t)),
            Segment::Inserted(t) => format!("<ins>{}</ins>", escape(t)),
        })
        .collect::<String>()
        .replace('\n', "<br>")
}

/// Markdown with deletions and insertions marked (`<del>`, `<ins>`), one section per changed
/// clause.
pub fn markdown(a: &Side, b: &Side, diffs: &[ClauseDiff], library: &Library) -> Result<String> {
    let heading = super::heading(a, b, library)?;
    let mut out = format!("# {}\n\n# {}\n", escape(&heading.kk), escape(&heading.ru));
    let mut any = false;
    for d in diffs.iter().filter(|d| d.status != Status::Same) {
        any = true;
        out.push_str(&format!(
            "\n## {} {} / {}{}\n",
            d.norm,
            md_marked(&d.title_diff.kk),
            md_marked(&d.title_diff.ru),
            status_note(d, Lang::Ru, library)?
        ));
        for lang in Lang::ALL {
            out.push_str(&format!("\n{}\n", md_marked(d.body.get(lang))));
        }
    }
    if !any {
        let none = library.locales().both("diff-no-changes", &[])?;
        out.push_str(&format!("\n{} / {}\n", none.kk, none.ru));
    }
    Ok(out)
}
