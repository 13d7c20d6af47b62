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

/// `text` with every unit that is read as one held together (see the module's list).
pub fn tie(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len() + 16);
    for (i, &c) in chars.iter().enumerate() {
        let prev = i.checked_sub(1).map(|j| chars[j]);
        let next = chars.get(i + 1).copied();
        let digit = |c: Option<char>| c.is_some_and(|c| c.is_ascii_digit());
        match c {
            '-' if digit(prev) && next.is_some_and(char::is_alphanumeric) => {
                out.push(NO_BREAK_HYPHEN);
            }
            '–' if digit(prev) && digit(next) => {
                out.push(WORD_JOINER);
                out.push('–');
                out.push(WORD_JOINER);
            }
            ' ' if held(&chars, i) => out.push(NO_BREAK_SPACE),
            c => out.push(c),
        }
    }
    out
}

/// Whether the space at `i` stands inside a unit. Runs for every space of every run of a
/// document, so it looks at the words around it in place, without copying them.
fn held(chars: &[char], i: usize) -> bool {
    let (Some(&prev), Some(&next)) = (
        i.checked_sub(1).and_then(|j| chars.get(j)),
        chars.get(i + 1),
    ) else {
        return false;
    };
    // «30 (отыз)», «2026 жылғы», «15 февраля».
    if prev.is_ascii_digit() && (next == '(' || next.is_lowercase()) {
        return true;
    }
    let start = chars[..i]
        .iter()
        .rposition(|c| c.is_whitespace())
        .map_or(0, |p| p + 1);
    let before = &chars[start..i];
    let end = chars[i + 1..]
        .iter()
        .position(|c| c.is_whitespace())
        .map_or(chars.len(), |p| i + 1 + p);
    let mut after = &chars[i + 1..end];
    while let Some((last, rest)) = after.split_last()
        && matches!(last, ',' | ';' | ':' | ')' | '»')
    {
        after = rest;
    }
    let is = |word: &[char], w: &str| word.iter().copied().eq(w.chars());
    BEFORE.iter().any(|w| is(before, w))
        || AFTER.iter().any(|w| is(after, w))
        // Initials: «А. Б. Сейітов».
        || (matches!(before, [l, '.'] if l.is_uppercase()) && next.is_uppercase())
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
