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
        let (id, args) = said(&message);
        source.diag(line, column, "").coded(id, args)
    })
}

/// The line and column (1-based) of a spanned value.
pub(crate) fn at<T>(s: &Spanned<T>) -> (usize, usize) {
    (s.referenced.line() as usize, s.referenced.column() as usize)
}

/// What the profile's reader says of `norms` that is neither `all` nor a list, before the text
/// written; [`said`] turns it into the message `norms-not-all`.
pub(crate) const NORMS_NOT_ALL: &str = "norms-not-all: ";

/// serde-saphyr's message without its trailing " at line …" part, which the diagnostic already
/// shows.
fn first_line(message: &str) -> String {
    let line = message.lines().next().unwrap_or(message).trim();
    let line = line.find(" at line ").map_or(line, |i| &line[..i]);
    // serde-saphyr's advice to its own API users is not for ours.
    line.find(", set DuplicateKeyPolicy")
        .map_or(line, |i| &line[..i])
        .to_string()
}

/// The message of the phrase books that says serde-saphyr's `message`: one of its own for the
/// mistakes users make (a second document, tabs, a key twice…), else `yaml-invalid` quoting the
/// parser, whose words are English.
fn said(message: &str) -> (&'static str, Vec<(&'static str, String)>) {
    let error = || vec![("error", message.to_string())];
    if let Some(text) = message.strip_prefix(NORMS_NOT_ALL) {
        return ("norms-not-all", vec![("text", text.to_string())]);
    }
    if message.starts_with("multiple YAML documents") {
        return ("yaml-documents", Vec::new());
    }
    if let Some(which) = message.strip_prefix("budget breached: ") {
        return ("yaml-limits", vec![("which", which.to_string())]);
    }
    if message == "expected mapping start" {
        return ("yaml-mapping", Vec::new());
    }
    if let Some(key) = message.strip_prefix("duplicate mapping key: ") {
        return ("yaml-duplicate", vec![("key", key.to_string())]);
    }
    if let Some(field) = message
        .strip_prefix("missing field `")
        .and_then(|f| f.strip_suffix('`'))
    {
        return ("yaml-missing-field", vec![("field", field.to_string())]);
    }
    if message.contains("tabs disallowed") {
        return ("yaml-tabs", error());
    }
    if message.starts_with("unexpected character") {
        return ("yaml-character", error());
    }
    let kind = if message.starts_with("invalid") {
        "type"
    } else {
        "other"
    };
    let mut args = error();
    args.push(("kind", kind.to_string()));
    ("yaml-invalid", args)
}

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
