//! Markdown exporter: a pure function from a [`Document`] to text.
//!
//! `columns` is one pipe table, Kazakh left and Russian right, one row per numbered clause (and
//! per heading, party and signature), readable on GitHub and in pandoc. `sequential` is the whole
//! Kazakh text, a thematic break, then the whole Russian text.
//! Plain-text fields (names, phrases) are escaped; clause bodies are Markdown already.

use crate::document::{Document, Labelled, Signatures};
use crate::lang::{Bilingual, Lang};
use crate::model::Layout;

/// Options of the Markdown exporter.
#[derive(Debug, Clone, Copy, Default)]
pub struct MarkdownOptions {
    /// How the two languages are laid out.
    pub layout: Layout,
}

/// Renders `doc` as Markdown.
pub fn markdown(doc: &Document, opts: &MarkdownOptions) -> String {
    let rows = rows(doc);
    match opts.layout {
        Layout::Columns => columns(&doc.languages, &rows),
        Layout::Sequential => sequential(&rows),
    }
}

/// One unit of the document, the same in both layouts.
enum Row {
    /// A line in bold (annex heading, section and block headings).
    Strong(Bilingual<String>),
    /// The document's title.
    Title(Bilingual<String>),
    /// A section heading.
    Section(Bilingual<String>),
    /// A plain paragraph (escaped).
    Text(Bilingual<String>),
    /// A numbered clause: number and title in bold, then the Markdown body.
    Clause(Bilingual<String>),
    /// Lines that belong together (a signature entry), escaped, kept on separate lines.
    Lines(Bilingual<Vec<String>>),
}

fn rows(doc: &Document) -> Vec<Row> {
    let esc = |b: &Bilingual<String>| b.map(|_, s| escape(s));
    let mut rows = vec![Row::Strong(esc(&doc.heading)), Row::Title(esc(&doc.title))];
    if let Some(scope) = &doc.scope {
        rows.push(Row::Text(esc(scope)));
    }
    rows.push(Row::Text(esc(&doc.preamble)));
    labelled(&mut rows, &doc.parties);
    for section in &doc.sections {
        rows.push(Row::Section(
            section
                .title
                .map(|_, t| format!("{} {}", section.number, escape(t))),
        ));
        for c in &section.clauses {
            rows.push(Row::Clause(c.body.map(|lang, body| {
                format!("**{} {}.** {body}", c.number, escape(c.title.get(lang)))
            })));
        }
    }
    labelled(&mut rows, &doc.closing);
    signatures(&mut rows, &doc.signatures);
    rows
}

fn labelled(rows: &mut Vec<Row>, block: &Labelled) {
    rows.push(Row::Section(block.heading.map(|_, h| escape(h))));
    for line in &block.lines {
        rows.push(Row::Text(line.map(|_, l| escape(l))));
    }
}

fn signatures(rows: &mut Vec<Row>, s: &Signatures) {
    rows.push(Row::Section(s.heading.map(|_, h| escape(h))));
    if let Some(pd) = &s.place_date {
        rows.push(Row::Text(pd.map(|_, l| escape(l))));
    }
    for p in &s.parties {
        rows.push(Row::Lines(p.role.map(|lang, role| {
            let mut lines = vec![format!("**{}:**", escape(role)), escape(p.name.get(lang))];
            if let Some(person) = &p.person {
                lines.push(escape(person.get(lang)));
            }
            lines.push(format!(
                "\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_ {}",
                escape(s.seal.get(lang))
            ));
            lines
        })));
    }
}

fn cell(row: &Row, lang: Lang) -> String {
    let text = match row {
        Row::Strong(t) | Row::Section(t) => format!("**{}**", t.get(lang)),
        Row::Title(t) => format!("**{}**", t.get(lang).to_uppercase()),
        Row::Text(t) | Row::Clause(t) => t.get(lang).clone(),
        Row::Lines(l) => l.get(lang).join("<br>"),
    };
    text.replace('|', "\\|")
}

fn columns(header: &Bilingual<String>, rows: &[Row]) -> String {
    let mut out = format!(
        "| {} | {} |\n| --- | --- |\n",
        escape(&header.kk),
        escape(&header.ru)
    );
    for row in rows {
        out.push_str(&format!(
            "| {} | {} |\n",
            cell(row, Lang::Kk),
            cell(row, Lang::Ru)
        ));
    }
    out
}

fn sequential(rows: &[Row]) -> String {
    let mut parts = Vec::new();
    for lang in Lang::ALL {
        let mut out = String::new();
        for row in rows {
            let block = match row {
                Row::Strong(t) => format!("**{}**", t.get(lang)),
                Row::Title(t) => format!("# {}", t.get(lang)),
                Row::Section(t) => format!("## {}", t.get(lang)),
                Row::Text(t) | Row::Clause(t) => t.get(lang).clone(),
                Row::Lines(l) => l.get(lang).join("\\\n"),
            };
            out.push_str(&block);
            out.push_str("\n\n");
        }
        parts.push(out.trim_end().to_string());
    }
    format!("{}\n", parts.join("\n\n---\n\n"))
}

/// Escapes Markdown's special characters in plain text. `|` is left to the table writer, which
/// escapes it in every cell.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '&' | '#' | '~'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}
