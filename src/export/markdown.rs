//! Markdown exporter: a pure function from a [`Document`] to text.
//!
//! Bilingual blocks in `columns` are one pipe table, Kazakh left and Russian right, one row per
//! block (heading, clause, party, signature), readable on GitHub and in pandoc; in `sequential`
//! they are the whole Kazakh text, a thematic break, then the whole Russian text. A table is a
//! `##` heading and a pipe table. Plain-text fields (names, phrases) are escaped; clause bodies
//! are Markdown already.

use crate::document::{Block, Cell, Document, Mark, Part, Table};
use crate::lang::Lang;
use crate::model::Layout;

/// Options of the Markdown exporter.
#[derive(Debug, Clone, Copy, Default)]
pub struct MarkdownOptions {
    /// How the two languages are laid out.
    pub layout: Layout,
}

/// Renders `doc` as Markdown; its parts are separated by a blank line. The text is tied as on
/// the DOCX page ([`crate::typography::tie`]: «3‑қосымша», «30 (отыз)» with no break inside),
/// so that a viewer or a converter (pandoc) breaks the lines where the DOCX does.
pub fn markdown(doc: &Document, opts: &MarkdownOptions) -> String {
    crate::typography::tie_lines(&untied_markdown(doc, opts))
}

fn untied_markdown(doc: &Document, opts: &MarkdownOptions) -> String {
    let mut out = String::new();
    for part in &doc.parts {
        let text = match part {
            Part::Bilingual(blocks) => bilingual(doc, blocks, opts.layout),
            Part::Table(t) => table(t),
            Part::PageBreak => continue,
        };
        if !out.is_empty() {
            out.push('\n');
        }
        out.push_str(&text);
    }
    out
}

/// A table: its heading, then a pipe table whose cells hold their lines joined by `<br>` (a
/// Russian line that repeats the Kazakh one before it is written once).
pub fn table(t: &Table) -> String {
    let cell = |c: &Cell| -> String {
        let mut lines: Vec<String> = Vec::new();
        let mut last: Option<&str> = None;
        for line in &c.0 {
            if last == Some(line.text.as_str()) {
                continue;
            }
            last = Some(&line.text);
            if line.marks.is_empty() {
                lines.push(escape_inline(&line.text));
                continue;
            }
            lines.push(
                line.marks
                    .iter()
                    .map(|(text, mark)| match mark {
                        Mark::None => escape_inline(text),
                        Mark::Struck => format!("<del>{}</del>", escape_inline(text)),
                        Mark::Underlined => format!("<ins>{}</ins>", escape_inline(text)),
                    })
                    .collect(),
            );
        }
        lines.join("<br>").replace('|', "\\|")
    };
    let row = |cells: &[Cell]| -> String {
        let mut out = String::from("|");
        for c in cells {
            out.push_str(&format!(" {} |", cell(c)));
        }
        out.push('\n');
        out
    };
    let mut out = format!("## {}\n\n", escape(&t.heading.text));
    out.push_str(&row(&t.header));
    out.push('|');
    out.push_str(&" --- |".repeat(t.header.len()));
    out.push('\n');
    for r in &t.rows {
        out.push_str(&row(r));
    }
    out
}

fn bilingual(doc: &Document, blocks: &[Block], layout: Layout) -> String {
    match layout {
        Layout::Columns => {
            let mut out = format!(
                "| {} | {} |\n| --- | --- |\n",
                escape(&doc.meta.languages.kk),
                escape(&doc.meta.languages.ru)
            );
            for b in blocks {
                out.push_str(&format!(
                    "| {} | {} |\n",
                    cell(b, Lang::Kk),
                    cell(b, Lang::Ru)
                ));
            }
            out
        }
        Layout::Sequential => {
            let halves: Vec<String> = Lang::ALL
                .into_iter()
                .map(|lang| {
                    blocks
                        .iter()
                        .map(|b| paragraph(b, lang))
                        .collect::<Vec<_>>()
                        .join("\n\n")
                })
                .collect();
            format!("{}\n", halves.join("\n\n---\n\n"))
        }
    }
}

/// The lines of a signature entry.
fn signatory_lines(b: &Block, lang: Lang) -> Vec<String> {
    let Block::Signatory(p, seal) = b else {
        return Vec::new();
    };
    let mut lines = vec![
        format!("**{}:**", escape(p.role.get(lang))),
        escape(p.name.get(lang)),
    ];
    lines.extend(p.person.as_ref().map(|person| escape(person.get(lang))));
    lines.push(format!("{} {}", "\\_".repeat(16), escape(seal.get(lang))));
    lines
}

/// A block as inline Markdown, the same in both layouts (apart from headings).
fn inline(b: &Block, lang: Lang) -> String {
    match b {
        Block::Revised { block, text, .. } => {
            let marked = marked(text.get(lang));
            match block.as_ref() {
                Block::Heading(_) | Block::Label(_) | Block::Title(_) => format!("**{marked}**"),
                Block::Signatory(..) => marked.replace('\n', "<br>"),
                _ => marked,
            }
        }
        Block::Heading(t) | Block::Label(t) => format!("**{}**", escape(t.get(lang))),
        Block::Title(t) => format!("**{}**", escape(&t.get(lang).to_uppercase())),
        Block::Text(t) => escape(t.get(lang)),
        Block::Section { number, title } => format!("**{number} {}**", escape(title.get(lang))),
        Block::Clause(c) => format!(
            "**{} {}.** {}",
            c.number,
            escape(c.title.get(lang)),
            c.body.get(lang)
        ),
        Block::Signatory(..) => signatory_lines(b, lang).join("<br>"),
    }
}

/// A block in a table cell: `|` escaped, each line break a `<br>`.
fn cell(b: &Block, lang: Lang) -> String {
    let text = inline(b, lang);
    if !text.bytes().any(|b| b == b'|' || b == b'\n') {
        return text;
    }
    let mut rest = text.as_str();
    let mut out = String::with_capacity(text.len() + 16);
    while let Some(at) = rest.bytes().position(|b| b == b'|' || b == b'\n') {
        out.push_str(&rest[..at]);
        out.push_str(if rest.as_bytes()[at] == b'|' {
            "\\|"
        } else {
            "<br>"
        });
        rest = &rest[at + 1..];
    }
    out.push_str(rest);
    out
}

fn paragraph(b: &Block, lang: Lang) -> String {
    match b {
        Block::Revised { block, text, .. } => {
            let marked = marked(text.get(lang));
            match block.as_ref() {
                Block::Title(_) => format!("# {marked}"),
                Block::Label(_) => format!("## {marked}"),
                Block::Signatory(..) => marked.replace('\n', "\\\n"),
                _ => inline(b, lang),
            }
        }
        Block::Title(t) => format!("# {}", escape(t.get(lang))),
        Block::Label(t) => format!("## {}", escape(t.get(lang))),
        Block::Section { number, title } => format!("## {number} {}", escape(title.get(lang))),
        Block::Signatory(..) => signatory_lines(b, lang).join("\\\n"),
        _ => inline(b, lang),
    }
}

/// Tracked text with its deletions and insertions marked as `<del>` and `<ins>`, escaped.
pub fn marked(segments: &[crate::document::Segment]) -> String {
    use crate::document::Segment;
    segments
        .iter()
        .map(|s| match s {
            Segment::Same(t) => escape(t),
            Segment::Deleted(t) => format!("<del>{}</del>", escape(t)),
            Segment::Inserted(t) => format!("<ins>{}</ins>", escape(t)),
        })
        .collect()
}

/// Escapes Markdown's special characters in plain text, so that a name is printed as written
/// wherever it stands. Inline markup is escaped everywhere; the markers that only count at the
/// start of a line (`- `, `+ `, `1. `, `1) `, a `===` underline) are escaped at the start of the
/// text, where a name begins a line of a signature. `|` is left to the table writer, which
/// escapes it in every cell.
pub fn escape(text: &str) -> String {
    escape_markup(text, true)
}

/// Escapes inline markup only, for text that cannot start a block: a table cell's, after `| `.
fn escape_inline(text: &str) -> String {
    escape_markup(text, false)
}

fn escape_markup(text: &str, line_start: bool) -> String {
    // Most text has nothing to escape: it is copied as it is.
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    let starts_block = line_start
        && (text.starts_with(['-', '+', '='])
            || digits > 0 && matches!(text.as_bytes().get(digits), Some(b'.' | b')')));
    let markup = |b: u8| {
        matches!(
            b,
            b'\\' | b'`' | b'*' | b'_' | b'[' | b']' | b'<' | b'>' | b'&' | b'#' | b'~'
        )
    };
    if !starts_block && !text.bytes().any(markup) {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len() + 8);
    // `i` counts bytes, as `digits` does: the digits before it are one byte each.
    for (i, c) in text.char_indices() {
        let starts_block = line_start
            && match c {
                '-' | '+' | '=' => i == 0,
                '.' | ')' => i == digits && digits > 0,
                _ => false,
            };
        if starts_block || (c.is_ascii() && markup(c as u8)) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}
