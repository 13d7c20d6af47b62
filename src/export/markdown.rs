//! Markdown exporter: a pure function from a [`Document`] to text.
//!
//! `columns` is one pipe table, Kazakh left and Russian right, one row per block (heading, clause,
//! party, signature), readable on GitHub and in pandoc. `sequential` is the whole Kazakh text, a
//! thematic break, then the whole Russian text. Plain-text fields (names, phrases) are escaped;
//! clause bodies are Markdown already.

use crate::document::{Block, Coverage, Document};
use crate::lang::{Bilingual, Lang};
use crate::model::Layout;

/// Options of the Markdown exporter.
#[derive(Debug, Clone, Copy, Default)]
pub struct MarkdownOptions {
    /// How the two languages are laid out.
    pub layout: Layout,
    /// Append the coverage table of the recommendation's norms.
    pub coverage: bool,
}

/// Renders `doc` as Markdown.
pub fn markdown(doc: &Document, opts: &MarkdownOptions) -> String {
    let mut out = annex(doc, opts.layout);
    if opts.coverage {
        out.push('\n');
        out.push_str(&coverage(&doc.coverage));
    }
    out
}

/// The coverage table alone: one row per norm, Kazakh above Russian in each cell.
pub fn coverage(c: &Coverage) -> String {
    let both = |b: &Bilingual<String>| -> String {
        let (kk, ru) = (escape(&b.kk), escape(&b.ru));
        if kk == ru || ru.is_empty() {
            kk
        } else {
            format!("{kk}<br>{ru}")
        }
    };
    let mut out = format!(
        "## {} / {}\n\n|",
        escape(&c.heading.kk),
        escape(&c.heading.ru)
    );
    for col in &c.columns {
        out.push_str(&format!(" {} |", both(col)));
    }
    out.push_str("\n|");
    out.push_str(&" --- |".repeat(c.columns.len()));
    out.push('\n');
    for r in &c.rows {
        let params = r
            .params
            .iter()
            .map(|p| escape(p))
            .collect::<Vec<_>>()
            .join("<br>");
        let cells = [
            both(&r.norm),
            both(&r.adopted),
            both(&r.variant),
            params,
            both(&r.source),
        ];
        out.push('|');
        for cell in cells {
            out.push_str(&format!(" {} |", cell.replace('|', "\\|")));
        }
        out.push('\n');
    }
    out
}

fn annex(doc: &Document, layout: Layout) -> String {
    let blocks = doc.blocks();
    match layout {
        Layout::Columns => {
            let mut out = format!(
                "| {} | {} |\n| --- | --- |\n",
                escape(&doc.languages.kk),
                escape(&doc.languages.ru)
            );
            for b in &blocks {
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
        Block::Heading(t) | Block::Label(t) => format!("**{}**", escape(t.get(lang))),
        Block::Title(t) => format!("**{}**", escape(&t.get(lang).to_uppercase())),
        Block::Text(t) => escape(t.get(lang)),
        Block::Section(s) => format!("**{} {}**", s.number, escape(s.title.get(lang))),
        Block::Clause(c) => format!(
            "**{} {}.** {}",
            c.number,
            escape(c.title.get(lang)),
            c.body.get(lang)
        ),
        Block::Signatory(..) => signatory_lines(b, lang).join("<br>"),
    }
}

fn cell(b: &Block, lang: Lang) -> String {
    inline(b, lang)
        .replace('|', "\\|")
        .replace("\n\n", "<br><br>")
        .replace('\n', "<br>")
}

fn paragraph(b: &Block, lang: Lang) -> String {
    match b {
        Block::Title(t) => format!("# {}", escape(t.get(lang))),
        Block::Label(t) => format!("## {}", escape(t.get(lang))),
        Block::Section(s) => format!("## {} {}", s.number, escape(s.title.get(lang))),
        Block::Signatory(..) => signatory_lines(b, lang).join("\\\n"),
        _ => inline(b, lang),
    }
}

/// Escapes Markdown's special characters in plain text, so that a name is printed as written
/// wherever it stands. Inline markup is escaped everywhere; the markers that only count at the
/// start of a line (`- `, `+ `, `1. `, `1) `, a `===` underline) are escaped at the start of the
/// text, where a name begins a line of a signature. `|` is left to the table writer, which
/// escapes it in every cell.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let digits = text.chars().take_while(char::is_ascii_digit).count();
    for (i, c) in text.chars().enumerate() {
        let starts_block = match c {
            '-' | '+' | '=' => i == 0,
            '.' | ')' => i == digits && digits > 0,
            _ => false,
        };
        if starts_block
            || matches!(
                c,
                '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '&' | '#' | '~'
            )
        {
            out.push('\\');
        }
        out.push(c);
    }
    out
}
