//! The typography a lawyer expects on the page: no line breaks inside a unit read as one. One
//! function, [`tie`], marks every such unit with the characters that hold it together; the
//! exporters apply it to every text that reaches a document, and [`untie`] takes the marks off
//! what is read back, so that a comparison sees the words and not the marks.
//!
//! Kept together:
//! - a number and its suffix after a hyphen: «3-қосымша», «12-бабы», «3-3» (a non-breaking
//!   hyphen, U+2011; Word's `w:noBreakHyphen` in DOCX);
//! - a number and the word or the words in parentheses after it: «30 (отыз)», «2026 жылғы»,
//!   «15 февраля» (a no-break space, U+00A0);
//! - a range of years: «2027–2029» (a word joiner, U+2060, on both sides of the dash);
//! - an abbreviation and what it abbreviates: «№ 3-3», «ст. 12», «п. 3», «г. Караганда»,
//!   «Қарағанды қ.»;
//! - initials and the surname: «А. Б. Сейітов».

use std::cell::RefCell;

use crate::memo::Memo;

/// A space no line breaks at.
pub const NO_BREAK_SPACE: char = '\u{a0}';

/// A hyphen no line breaks at.
pub const NO_BREAK_HYPHEN: char = '\u{2011}';

/// An invisible mark no line breaks at.
pub const WORD_JOINER: char = '\u{2060}';

/// Words after which a line never breaks: «№ 3-3», «ст. 12», «г. Караганда».
const BEFORE: &[&str] = &[
    "№",
    "ст.",
    "стт.",
    "п.",
    "пп.",
    "пп",
    "подп.",
    "г.",
    "гг.",
    "т.",
    "ч.",
    "абз.",
    "разд.",
];

/// Words before which a line never breaks: «Қарағанды қ.», «2026 ж.».
const AFTER: &[&str] = &["қ.", "ж.", "обл.", "г."];

/// The first letters of the words of [`AFTER`] (a test keeps them in step).
const AFTER_FIRST: [char; 4] = ['қ', 'ж', 'о', 'г'];

/// The most characters a word of [`BEFORE`] or [`AFTER`] has.
const LONGEST: usize = 5;

/// `text` with every unit that is read as one held together (see the module's list).
pub fn tie(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    let bytes = text.as_bytes();
    let digit_at = |i: usize| bytes.get(i).is_some_and(u8::is_ascii_digit);
    // Only spaces, hyphens and en dashes («–» is E2 80 93) are ever replaced: the text between
    // them is copied whole.
    let mut copied = 0;
    for (i, &b) in bytes.iter().enumerate() {
        let replacement = match b {
            b'-' if i > 0
                && digit_at(i - 1)
                && text[i + 1..]
                    .chars()
                    .next()
                    .is_some_and(char::is_alphanumeric) =>
            {
                Some((1, NO_BREAK_HYPHEN.to_string()))
            }
            0xE2 if text[i..].starts_with('–') && i > 0 && digit_at(i - 1) && digit_at(i + 3) => {
                Some((3, format!("{WORD_JOINER}–{WORD_JOINER}")))
            }
            b' ' if held(text, i) => Some((1, NO_BREAK_SPACE.to_string())),
            _ => None,
        };
        if let Some((len, with)) = replacement {
            out.push_str(&text[copied..i]);
            out.push_str(&with);
            copied = i + len;
        }
    }
    out.push_str(&text[copied..]);
    out
}

/// [`tie`] of a long text (a whole Markdown document), the same, tied line by line and each
/// line remembered by the thread ([`crate::memo`]): the rows of a batch share most of their
/// lines. Every rule of [`tie`] looks at the characters of the line around a space, hyphen or dash
/// and at its end, never past it; a line that starts with a space is tied after its line break
/// (the space sees it), the first line as the start of the text.
pub fn tie_lines(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 64);
    for (n, line) in text.split_inclusive('\n').enumerate() {
        if n == 0 {
            out.push_str(&tie(line));
        } else if line.starts_with(' ') {
            out.push_str(&tie(&format!("\n{line}"))[1..]);
        } else {
            LINES.with(|memo| {
                out.push_str(&memo.borrow_mut().get(&[line.as_bytes()], || tie(line)));
            });
        }
    }
    out
}

thread_local! {
    /// The lines [`tie_lines`] tied last.
    static LINES: RefCell<Memo<String>> = RefCell::new(Memo::new(LINES_KEPT));
}

/// The lines a thread remembers in each generation: the Markdown of an 18-norm annex has about
/// 60 in columns, 200 one language after the other.
const LINES_KEPT: usize = 1024;

/// Whether the space at byte `i` of `text` stands inside a unit. Runs for every space of every
/// text of a document, so it looks at the words around it in place, without copying them.
fn held(text: &str, i: usize) -> bool {
    let (head, tail) = (&text[..i], &text[i + 1..]);
    // The words around the space are looked at only when the space follows a digit, or they may
    // be an abbreviation (every word of [`BEFORE`] ends with «.», «№» or «п»; initials end with
    // «.») or a word of [`AFTER`] (by its first letter): most spaces of a text are none of these,
    // and the bytes around the space tell so without decoding a character.
    let last = head.as_bytes().last().copied().unwrap_or(0);
    let digit = last.is_ascii_digit();
    let before_may = last == b'.' || head.ends_with(['№', 'п']);
    let after_may = tail.starts_with(AFTER_FIRST);
    if head.is_empty() || (!digit && !before_may && !after_may) {
        return false;
    }
    let Some(next) = tail.chars().next() else {
        return false;
    };
    // «30 (отыз)», «2026 жылғы», «15 февраля».
    if digit && (next == '(' || next.is_lowercase()) {
        return true;
    }
    let before = head.rfind(char::is_whitespace).map_or(head, |p| {
        &head[p + head[p..].chars().next().map_or(1, char::len_utf8)..]
    });
    // Every abbreviation is short and ends with a full stop, but «№» and «пп»: only such words
    // are compared with the lists.
    let may_be = |word: &str| {
        word.ends_with(['.', '№', 'п'])
            && word.len() <= 4 * LONGEST
            && word.chars().count() <= LONGEST
    };
    if before_may
        && ((may_be(before) && BEFORE.contains(&before))
            // Initials: «А. Б. Сейітов».
            || (before.len() > 1
                && before.ends_with('.')
                && before.chars().count() == 2
                && before.starts_with(char::is_uppercase)
                && next.is_uppercase()))
    {
        return true;
    }
    let after = tail
        .find(char::is_whitespace)
        .map_or(tail, |p| &tail[..p])
        .trim_end_matches([',', ';', ':', ')', '»']);
    after_may && may_be(after) && AFTER.contains(&after)
}

/// `text` with the marks of [`tie`] taken off: plain spaces and hyphens, no joiners.
pub fn untie(text: &str) -> String {
    text.chars()
        .filter(|&c| c != WORD_JOINER)
        .map(|c| match c {
            NO_BREAK_SPACE => ' ',
            NO_BREAK_HYPHEN => '-',
            c => c,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::{tie, untie};

    /// `text` with the marks shown: `~` a no-break space, `=` a no-break hyphen, `+` a joiner.
    fn shown(text: &str) -> String {
        tie(text)
            .replace('\u{a0}', "~")
            .replace('\u{2011}', "=")
            .replace('\u{2060}', "+")
    }

    #[test]
    fn the_units_of_a_legal_text_are_held_together() {
        for (text, want) in [
            ("3-қосымша", "3=қосымша"),
            ("1-қосымшасындағы", "1=қосымшасындағы"),
            ("№ 3-3 қаулысы", "№~3=3~қаулысы"),
            ("10 (он) жұмыс күні", "10~(он) жұмыс күні"),
            ("2027–2029 годы", "2027+–+2029~годы"),
            ("2026 жылғы 26 маусымдағы", "2026~жылғы 26~маусымдағы"),
            ("ст. 12 Трудового кодекса", "ст.~12 Трудового кодекса"),
            ("г. Караганда", "г.~Караганда"),
            ("Қарағанды қ., 2026", "Қарағанды~қ., 2026"),
            ("Директор А. Б. Сейітов", "Директор А.~Б.~Сейітов"),
            ("12-бабында", "12=бабында"),
            ("1–2 января", "1+–+2~января"),
        ] {
            assert_eq!(shown(text), want, "{text}");
            assert_eq!(untie(&tie(text)), text);
        }
    }

    #[test]
    fn the_lists_words_are_no_longer_than_the_filter_lets_through() {
        for w in super::BEFORE.iter().chain(super::AFTER) {
            let chars: Vec<char> = w.chars().collect();
            assert!(chars.len() <= super::LONGEST, "{w}");
            assert!(matches!(chars.last(), Some('.' | '№' | 'п')), "{w}");
        }
        let mut first: Vec<char> = super::AFTER
            .iter()
            .filter_map(|w| w.chars().next())
            .collect();
        first.dedup();
        assert_eq!(first, super::AFTER_FIRST);
    }

    #[test]
    fn a_text_tied_line_by_line_is_the_text_tied_whole() {
        let text =
            "3-қосымша\n ст. 12\nст. \n қ. 2026\n2027–\n2029 жылғы 30 (отыз)\n\n\n \n-1 А. Б.";
        // Twice: the second time from what the thread remembers.
        for _ in 0..2 {
            assert_eq!(super::tie_lines(text), tie(text));
        }
        assert_eq!(super::tie_lines(" қ."), tie(" қ."));
    }

    #[test]
    fn what_is_no_unit_is_left_to_break() {
        for text in [
            "аудио- және бейнежазба",
            "ЖИ. Жұмыс беруші",
            "слово - слово",
            "Работодатель обязуется",
        ] {
            assert_eq!(tie(text), text, "{text}");
        }
    }
}
