//! Small WordprocessingML writers: escaped text, runs and paragraphs with their properties in
//! schema order.

use std::cell::RefCell;

use crate::document::inline::Inline;
use crate::lang::Lang;
use crate::memo::Memo;

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

thread_local! {
    /// The runs a thread wrote last, by their text: most of a batch's rows share most of them.
    static RUNS: RefCell<Memo<String>> = RefCell::new(Memo::new(RUNS_KEPT));
}

/// The runs a thread remembers in each generation: an 18-norm annex has about 700.
const RUNS_KEPT: usize = 2048;

/// The content of a run holding `text` in `tag` (`w:t`, or `w:delText` in a deletion), with the
/// page's typography ([`crate::typography::tie`]): a no-break hyphen is Word's own
/// `w:noBreakHyphen`, which every font has.
pub(super) fn run_text(text: &str, tag: &str) -> String {
    RUNS.with(|memo| {
        memo.borrow_mut()
            .get(&[tag.as_bytes(), b">", text.as_bytes()], || {
                write_run_text(text, tag)
            })
    })
}

fn write_run_text(text: &str, tag: &str) -> String {
    let open = format!("<{tag} xml:space=\"preserve\">");
    let close = format!("</{tag}>");
    let tied = esc(&crate::typography::tie(text));
    let joined = tied.replace(
        crate::typography::NO_BREAK_HYPHEN,
        &format!("{close}<w:noBreakHyphen/>{open}"),
    );
    format!("{open}{joined}{close}").replace(&format!("{open}{close}"), "")
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
                    "<w:lang w:val=\"{}\"/></w:rPr>{}</w:r>",
                    lang.tag(),
                    run_text(text, "w:t")
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
