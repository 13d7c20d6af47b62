//! Small WordprocessingML writers: escaped text, runs and paragraphs with their properties in
//! schema order.

use crate::document::inline::Inline;
use crate::lang::Lang;

/// Escapes text for XML content and attributes, dropping characters XML 1.0 cannot carry.
pub(super) fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(' '),
            c if (c as u32) < 0x20 || matches!(c, '\u{FFFE}' | '\u{FFFF}') => {}
            c => out.push(c),
        }
    }
    out
}

/// Runs for `inlines`, every one tagged with `lang`.
pub(super) fn runs(inlines: &[Inline], lang: Lang) -> String {
    let mut out = String::new();
    for i in inlines {
        match i {
            Inline::Text { text, bold, italic } if !text.is_empty() => {
                out.push_str("<w:r><w:rPr>");
                if *bold {
                    out.push_str("<w:b/><w:bCs/>");
                }
                if *italic {
                    out.push_str("<w:i/><w:iCs/>");
                }
                out.push_str(&format!(
                    "<w:lang w:val=\"{}\"/></w:rPr><w:t xml:space=\"preserve\">{}</w:t></w:r>",
                    lang.tag(),
                    esc(text)
                ));
            }
            Inline::Text { .. } => {}
            Inline::Break => out.push_str("<w:r><w:br/></w:r>"),
        }
    }
    out
}

/// A paragraph of style `style`, optionally numbered (`(numId, level)`), holding `runs`.
pub(super) fn paragraph(style: &str, num: Option<(u32, u8)>, runs: &str) -> String {
    let numbering = num.map_or(String::new(), |(id, level)| {
        format!("<w:numPr><w:ilvl w:val=\"{level}\"/><w:numId w:val=\"{id}\"/></w:numPr>")
    });
    format!("<w:p><w:pPr><w:pStyle w:val=\"{style}\"/>{numbering}</w:pPr>{runs}</w:p>")
}
