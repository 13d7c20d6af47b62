//! YAML parsing with serde-saphyr: strict booleans, duplicate keys rejected, budgets against
//! alias bombs, and every error turned into a [`Diagnostic`] at its line and column.

use serde::de::DeserializeOwned;
use serde_saphyr::Spanned;

use crate::error::{Diagnostic, Source};

/// Parses `source` into `T`.
pub(crate) fn parse<T: DeserializeOwned>(source: &Source) -> Result<T, Diagnostic> {
    if source
        .text
        .lines()
        .all(|l| l.trim().is_empty() || l.trim_start().starts_with('#'))
    {
        return Err(source.diag(1, 1, "").coded("file-empty", Vec::new()));
    }
    let options = serde_saphyr::options! {
        strict_booleans: true,
        with_snippet: false,
    };
    serde_saphyr::from_str_with_options(&source.text, options).map_err(|e| {
        let (line, column) = e
            .location()
            .map(|l| (l.line() as usize, l.column() as usize))
            .unwrap_or((0, 0));
        let message = first_line(&e.without_snippet().to_string());
        if let Some((field, known)) = unknown_field(&message) {
            let near = crate::suggest::closest(field, known.iter().copied()).unwrap_or("none");
            return source.diag(line, column, "").coded(
                "unknown-field",
                vec![
                    ("field", field.to_string()),
                    ("expected", known.join(", ")),
                    ("near", near.to_string()),
                ],
            );
        }
        let hint = hint_for(&message);
        let d = source.diag(line, column, message);
        match hint {
            Some(h) => d.hint(h),
            None => d,
        }
    })
}

/// The line and column (1-based) of a spanned value.
pub(crate) fn at<T>(s: &Spanned<T>) -> (usize, usize) {
    (s.referenced.line() as usize, s.referenced.column() as usize)
}

/// serde-saphyr's message without its trailing " at line …" part, which the diagnostic already
/// shows.
fn first_line(message: &str) -> String {
    let line = message.lines().next().unwrap_or(message).trim();
    let line = line.find(" at line ").map_or(line, |i| &line[..i]);
    if line.starts_with("multiple YAML documents") {
        return "the file holds more than one YAML document (a second `---`)".into();
    }
    if let Some(which) = line.strip_prefix("budget breached: ") {
        return format!("the YAML goes beyond kelisim's reading limits ({which})");
    }
    if line == "expected mapping start" {
        return "expected a mapping of `key: value` lines here".into();
    }
    // serde-saphyr's advice to its own API users is not for ours.
    line.find(", set DuplicateKeyPolicy")
        .map_or(line, |i| &line[..i])
        .to_string()
}

/// Hints for serde-saphyr's messages, by a phrase each contains.
const HINTS: &[(&str, &str)] = &[
    (
        "duplicate",
        "each key may appear once in a mapping; remove one of them",
    ),
    (
        "missing field",
        "add the field (`kelisim init` prints a complete profile; CONTRIBUTING.md describes clause files)",
    ),
    (
        "expected a mapping",
        "this must be a mapping of `key: value` lines; `kelisim init` prints a complete profile",
    ),
    (
        "more than one YAML document",
        "give one profile per file: split the file at `---`, or remove the second document",
    ),
    (
        "tabs disallowed",
        "indent with spaces: YAML does not allow tabs for indentation",
    ),
    (
        "unexpected character",
        "the file holds a character that is not text (a control character, shown as ␀ and the like); delete it, or save the file again as plain UTF-8 text",
    ),
    (
        "reading limits",
        "the file nests or repeats too much to be a profile (aliases, anchors or depth beyond kelisim's limits); write it out plainly",
    ),
];

/// The field and the fields expected, of serde's «unknown field `party`, expected one of
/// `agreement`, `parties`» (with or without backticks, «expected `a` or `b`» for two).
fn unknown_field(message: &str) -> Option<(&str, Vec<&str>)> {
    let rest = message.strip_prefix("unknown field `")?;
    let (field, rest) = rest.split_once('`')?;
    let expected = rest.split_once("expected ")?.1;
    let expected = expected.strip_prefix("one of ").unwrap_or(expected);
    let known = expected
        .split(", ")
        .flat_map(|p| p.split(" or "))
        .map(|p| p.trim().trim_matches('`'))
        .filter(|p| !p.is_empty())
        .collect();
    Some((field, known))
}

fn hint_for(message: &str) -> Option<String> {
    HINTS
        .iter()
        .find(|(phrase, _)| message.contains(phrase))
        .map(|(_, hint)| *hint)
        .or_else(|| {
            message.starts_with("invalid").then_some(
                "the value has the wrong type or range; `kelisim schema` describes every field",
            )
        })
        .map(String::from)
}
