//! A clause body's Markdown, walked with pulldown-cmark into paragraphs of formatted runs: what
//! the DOCX writer lays out and what a diff compares as plain text.

use pulldown_cmark::{Event, Parser, Tag, TagEnd};

/// A piece of text with one formatting.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Inline {
    /// Text.
    Text {
        /// The characters.
        text: String,
        /// Bold.
        bold: bool,
        /// Italic.
        italic: bool,
    },
    /// A line break inside the paragraph.
    Break,
}

impl Inline {
    /// Plain text.
    pub fn plain(text: impl Into<String>) -> Inline {
        Inline::Text {
            text: text.into(),
            bold: false,
            italic: false,
        }
    }

    /// Bold text.
    pub fn bold(text: impl Into<String>) -> Inline {
        Inline::Text {
            text: text.into(),
            bold: true,
            italic: false,
        }
    }
}

/// The paragraphs of `markdown`, each a list of inlines. List items become paragraphs that start
/// with their marker ("1) ", "– ").
pub fn paragraphs(markdown: &str) -> Vec<Vec<Inline>> {
    let mut out: Vec<Vec<Inline>> = Vec::new();
    let mut current: Vec<Inline> = Vec::new();
    let (mut bold, mut italic) = (0u32, 0u32);
    let mut lists: Vec<Option<u64>> = Vec::new();
    let flush = |current: &mut Vec<Inline>, out: &mut Vec<Vec<Inline>>| {
        if !current.is_empty() {
            out.push(std::mem::take(current));
        }
    };
    for event in Parser::new(markdown) {
        match event {
            Event::Start(Tag::Strong) => bold += 1,
            Event::End(TagEnd::Strong) => bold = bold.saturating_sub(1),
            Event::Start(Tag::Emphasis) => italic += 1,
            Event::End(TagEnd::Emphasis) => italic = italic.saturating_sub(1),
            Event::Start(Tag::List(start)) => lists.push(start),
            Event::End(TagEnd::List(_)) => {
                lists.pop();
            }
            Event::Start(Tag::Item) => {
                flush(&mut current, &mut out);
                let marker = match lists.last_mut() {
                    Some(Some(n)) => {
                        *n += 1;
                        format!("{}) ", *n - 1)
                    }
                    _ => "– ".to_string(),
                };
                current.push(Inline::plain(marker));
            }
            Event::End(TagEnd::Paragraph | TagEnd::Item | TagEnd::Heading(_)) => {
                flush(&mut current, &mut out)
            }
            Event::Text(t) | Event::Code(t) | Event::Html(t) | Event::InlineHtml(t) => current
                .push(Inline::Text {
                    text: t.into_string(),
                    bold: bold > 0,
                    italic: italic > 0,
                }),
            Event::SoftBreak => current.push(Inline::plain(" ")),
            Event::HardBreak => current.push(Inline::Break),
            _ => {}
        }
    }
    flush(&mut current, &mut out);
    out
}

/// The text of a clause body's Markdown, paragraphs separated by newlines.
pub fn plain(markdown: &str) -> String {
    paragraphs(markdown)
        .iter()
        .map(|p| plain_text(p))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The text of inlines, without formatting.
pub fn plain_text(inlines: &[Inline]) -> String {
    inlines
        .iter()
        .map(|i| match i {
            Inline::Text { text, .. } => text.as_str(),
            Inline::Break => "\n",
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bold_italic_breaks_and_lists() {
        let p = paragraphs("Жұмыс беруші **міндетті** *түрде*  \nжазады:\n\n1. бір;\n2. екі.");
        assert_eq!(p.len(), 3);
        assert_eq!(p[0][1], Inline::bold("міндетті"));
        assert!(matches!(&p[0][3], Inline::Text { italic: true, .. }));
        assert!(p[0].contains(&Inline::Break));
        assert_eq!(plain_text(&p[1]), "1) бір;");
        assert_eq!(plain_text(&p[2]), "2) екі.");
    }
}
