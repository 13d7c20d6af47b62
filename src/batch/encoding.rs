//! How a text table was saved: Excel writes "CSV UTF-8", "Unicode text" (UTF-16) or, under a
//! Russian Windows, plain "CSV" in Windows-1251, which has no Kazakh letters.

use std::borrow::Cow;

use crate::names::named_enum;

named_enum! {
    /// The encoding of a CSV table.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum Encoding: "encoding" {
        /// UTF-8, with or without a byte-order mark ("CSV UTF-8").
        Utf8 = "utf-8",
        /// UTF-16, Excel's "Unicode text".
        Utf16 = "utf-16",
        /// Windows-1251, Excel's plain "CSV" on a Russian Windows.
        Windows1251 = "windows-1251",
    }
}

impl Encoding {
    /// What a file holds, by its bytes: UTF-16 (see [`crate::input::is_utf16`]), UTF-8, or else
    /// Windows-1251.
    pub fn detect(bytes: &[u8]) -> Encoding {
        if crate::input::is_utf16(bytes) {
            Encoding::Utf16
        } else if std::str::from_utf8(bytes).is_ok() || bytes.starts_with(b"\xef\xbb\xbf") {
            Encoding::Utf8
        } else {
            Encoding::Windows1251
        }
    }

    /// `bytes` as text, without a byte-order mark; `None` when they are not in this encoding.
    /// Every byte is a character in Windows-1251 (the one it lacks reads as «�»).
    pub fn decode(self, bytes: &[u8]) -> Option<String> {
        use encoding_rs::{UTF_8, UTF_16BE, UTF_16LE, WINDOWS_1251};
        let (encoding, body) = match (self, bytes) {
            (Encoding::Utf8, [0xef, 0xbb, 0xbf, rest @ ..]) => (UTF_8, rest),
            (Encoding::Utf8, _) => (UTF_8, bytes),
            (Encoding::Utf16, [0xff, 0xfe, rest @ ..]) => (UTF_16LE, rest),
            (Encoding::Utf16, [0xfe, 0xff, rest @ ..]) => (UTF_16BE, rest),
            // No byte-order mark: an ASCII character's NUL comes first in big-endian.
            (Encoding::Utf16, [0, ..]) => (UTF_16BE, bytes),
            (Encoding::Utf16, _) => (UTF_16LE, bytes),
            (Encoding::Windows1251, _) => {
                return Some(
                    WINDOWS_1251
                        .decode_without_bom_handling(bytes)
                        .0
                        .into_owned(),
                );
            }
        };
        encoding
            .decode_without_bom_handling_and_without_replacement(body)
            .map(Cow::into_owned)
    }
}

/// Whether `text` has a «?» where a letter was, as Windows-1251 writes the Kazakh letters it
/// cannot hold (ә ғ қ ң ө ұ ү һ і): a «?» followed by a Cyrillic letter, which punctuation never
/// is.
pub fn lost_letter(text: &str) -> bool {
    let chars: Vec<char> = text.chars().collect();
    chars
        .windows(2)
        .any(|w| w[0] == '?' && ('\u{0400}'..='\u{04ff}').contains(&w[1]) && w[1].is_alphabetic())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_are_decoded_as_they_were_saved() {
        let text = "id;name\n1;ТОО «Алтын»\n";
        let le: Vec<u8> = [0xff, 0xfe]
            .into_iter()
            .chain(text.encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        assert_eq!(Encoding::detect(&le), Encoding::Utf16);
        assert_eq!(Encoding::Utf16.decode(&le).as_deref(), Some(text));
        // Without its byte-order mark: «» and қ are not UTF-8 there, nor is it Windows-1251.
        let bare = &le[2..];
        assert_eq!(Encoding::detect(bare), Encoding::Utf16);
        assert_eq!(Encoding::Utf16.decode(bare).as_deref(), Some(text));
        let be: Vec<u8> = text.encode_utf16().flat_map(u16::to_be_bytes).collect();
        assert_eq!(Encoding::detect(&be), Encoding::Utf16);
        assert_eq!(Encoding::Utf16.decode(&be).as_deref(), Some(text));
        // «ТОО «Алтын»» in Windows-1251.
        let cp1251 = b"1;\xd2\xce\xce \xab\xc0\xeb\xf2\xfb\xed\xbb";
        assert_eq!(Encoding::detect(cp1251), Encoding::Windows1251);
        assert_eq!(
            Encoding::Windows1251.decode(cp1251).as_deref(),
            Some("1;ТОО «Алтын»")
        );
        let bom = b"\xef\xbb\xbfid";
        assert_eq!(Encoding::Utf8.decode(bom).as_deref(), Some("id"));
        assert_eq!(Encoding::Utf8.decode(b"\xff"), None);
        assert!(lost_letter("«?азақ» ЖШС") && lost_letter("ж?мыс") && !lost_letter("Что? Да"));
    }
}
