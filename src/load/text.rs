//! Text a user gives to be printed as it is (names, places, signatories, a font): one line of
//! printable characters, of a sensible length.

use crate::error::Code;

/// The longest name, place or signatory accepted, in characters (the longest real ones are about
/// 150).
const MAX_TEXT_CHARS: usize = 500;

/// What makes `text`, the value of `field`, unfit to print, as the message `text-too-long` or
/// `text-unprintable`, if anything: an absurd length, a control character (NUL, a line break, a
/// tab, characters XML 1.0 forbids), or a bidirectional override that could make the printed
/// name read differently from what it is.
pub(crate) fn unprintable(field: &str, text: &str) -> Option<Code> {
    let length = text.chars().count();
    if length > MAX_TEXT_CHARS {
        return Some(Code {
            id: "text-too-long",
            args: vec![
                ("field", field.to_string()),
                ("length", length.to_string()),
                ("max", MAX_TEXT_CHARS.to_string()),
            ],
        });
    }
    let (at, c) = text.chars().enumerate().find(|&(_, c)| {
        c.is_control()
            || matches!(
                c,
                '\u{2028}' | '\u{2029}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{fffe}' | '\u{ffff}'
            )
    })?;
    let what = match c {
        '\0' => "nul",
        '\n' | '\r' | '\u{2028}' | '\u{2029}' => "line-break",
        '\t' => "tab",
        '\u{fffe}' | '\u{ffff}' => "noncharacter",
        c if c.is_control() => "control",
        _ => "bidi",
    };
    Some(Code {
        id: "text-unprintable",
        args: vec![
            ("field", field.to_string()),
            ("what", what.to_string()),
            ("char", format!("U+{:04X}", c as u32)),
            ("at", (at + 1).to_string()),
        ],
    })
}

/// Words and marks that stand in a template for a name still to be written.
const PLACEHOLDERS: &[&str] = &[
    "todo",
    "tbd",
    "fixme",
    "xxx",
    "наименование",
    "название",
    "атауы",
    "атауы жоқ",
    "фио",
    "аты-жөні",
    "name",
    "n/a",
];

/// Whether `text` is a placeholder for a name rather than a name: «…», «...», «—», `TODO`,
/// «Наименование», or only dots, dashes, underscores and question marks.
pub(crate) fn placeholder(text: &str) -> bool {
    let t = text
        .trim()
        .trim_matches(['«', '»', '"', '(', ')', '[', ']', '<', '>'])
        .trim();
    t.chars()
        .all(|c| matches!(c, '.' | '…' | '-' | '–' | '—' | '_' | '?' | ' ' | '*'))
        || PLACEHOLDERS.contains(&t.to_lowercase().as_str())
}

#[cfg(test)]
mod tests {
    use super::placeholder;

    #[test]
    fn placeholders_are_told_from_names() {
        for p in [
            "…",
            "...",
            "—",
            "TODO",
            "Наименование",
            "«…»",
            "___",
            "?",
            "<Наименование>",
        ] {
            assert!(placeholder(p), "{p}");
        }
        for name in ["ТОО «Алтын»", "«Алтын» ЖШС", "Т.", "Директор А. Б. Сейітов"]
        {
            assert!(!placeholder(name), "{name}");
        }
    }
}
