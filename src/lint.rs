//! `kelisim lint`: the checks that keep the Kazakh and Russian texts of a clause library from
//! drifting apart, beyond what loading already refuses. Each finding names the file, the line,
//! the variant, the level and the language.

use pulldown_cmark::{Event, Parser, Tag};

use crate::error::{Code, Diagnostic, Error, Source};
use crate::lang::Lang;
use crate::library::Library;
use crate::load::files::LibraryFiles;
use crate::model::Level;

/// Every finding on the library made of `files`; empty when it is clean.
pub fn lint(files: &LibraryFiles) -> Vec<Diagnostic> {
    let mut findings = Vec::new();
    let sources = files
        .clauses
        .iter()
        .chain([&files.locales.kk, &files.locales.ru]);
    for source in sources {
        if let Some((line, column)) = source.not_nfc_at {
            findings.push(
                source
                    .diag(line, column, "")
                    .coded("lint-not-nfc", Vec::new()),
            );
        }
        findings.extend(letters(source));
    }
    let library = match Library::from_files(files) {
        Ok(l) => l,
        Err(Error::Invalid(d)) => {
            findings.extend(d);
            return findings;
        }
        Err(e) => {
            findings.push(Diagnostic {
                message: e.to_string(),
                ..Diagnostic::in_file("clause library", 0, 0)
            });
            return findings;
        }
    };
    for clause in library.clauses() {
        for p in clause.params.iter().filter(|p| p.favours.is_none()) {
            findings.push(
                Diagnostic::in_file(&clause.file, 0, 0)
                    .coded("lint-favours", vec![("name", p.name.clone())]),
            );
        }
    }
    findings.extend(merge_levels(rendered(&library)));
    findings
}

/// A finding on the rendered text of one variant at one level: the message that says it.
struct Rendered {
    file: String,
    line: usize,
    variant: &'static str,
    level: Level,
    finding: Code,
}

/// One finding per message, naming every level it occurs at.
fn merge_levels(found: Vec<Rendered>) -> Vec<Diagnostic> {
    let mut merged: Vec<(Rendered, Vec<&'static str>)> = Vec::new();
    for r in found {
        let same = merged
            .iter_mut()
            .find(|(m, _)| m.file == r.file && m.variant == r.variant && m.finding == r.finding);
        match same {
            Some((_, levels)) => levels.push(r.level.name()),
            None => {
                let level = r.level.name();
                merged.push((r, vec![level]));
            }
        }
    }
    merged
        .into_iter()
        .map(|(r, levels)| {
            let mut args = vec![
                ("variant", r.variant.to_string()),
                ("levels", levels.join(", ")),
            ];
            args.extend(r.finding.args);
            Diagnostic::in_file(r.file, r.line, 0).coded(r.finding.id, args)
        })
        .collect()
}

fn rendered(library: &Library) -> Vec<Rendered> {
    let mut findings = Vec::new();
    for clause in library.clauses() {
        for variant in &clause.variants {
            let params = clause.defaults(*variant);
            for level in Level::all() {
                let line = clause.wording(*variant, level).map_or(0, |w| w.line);
                let at = |id: &'static str, args: Vec<(&'static str, String)>| Rendered {
                    file: clause.file.clone(),
                    line,
                    variant: variant.name(),
                    level,
                    finding: Code { id, args },
                };
                let mut texts = Vec::new();
                for lang in Lang::ALL {
                    let code = ("lang", lang.code().to_string());
                    match library.render(clause, *variant, level, lang, &params) {
                        Ok(t) if t.trim().is_empty() => findings.push(at("lint-empty", vec![code])),
                        Ok(t) => texts.push(t),
                        Err(e) => findings
                            .push(at("lint-unrendered", vec![code, ("error", e.to_string())])),
                    }
                }
                let [kk, ru] = texts.as_slice() else { continue };
                let (sk, sr) = (shape(kk), shape(ru));
                if sk != sr {
                    let args = [("kp", sk.0), ("ki", sk.1), ("rp", sr.0), ("ri", sr.1)]
                        .map(|(k, n)| (k, n.to_string()))
                        .to_vec();
                    findings.push(at("lint-shape", args));
                }
                let (nk, nr) = (numbers(kk), numbers(ru));
                if nk != nr {
                    let list = |n: Vec<String>| match n.is_empty() {
                        true => "none".to_string(),
                        false => n.join(", "),
                    };
                    findings.push(at("lint-numbers", vec![("kk", list(nk)), ("ru", list(nr))]));
                }
            }
        }
    }
    findings
}

/// (paragraphs, list items) of rendered Markdown.
fn shape(markdown: &str) -> (usize, usize) {
    Parser::new(markdown).fold((0, 0), |(p, i), e| match e {
        Event::Start(Tag::Paragraph) => (p + 1, i),
        Event::Start(Tag::Item) => (p, i + 1),
        _ => (p, i),
    })
}

/// The digit runs of a text, sorted.
fn numbers(text: &str) -> Vec<String> {
    let mut n: Vec<String> = text
        .split(|c: char| !c.is_ascii_digit())
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect();
    n.sort();
    n
}

fn is_cyrillic(c: char) -> bool {
    matches!(c, '\u{0400}'..='\u{04FF}')
}

/// Latin letters inside Cyrillic words, and «?» standing for a lost letter.
fn letters(source: &Source) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    for (i, line) in source.text.lines().enumerate() {
        if line.trim_start().starts_with('#') {
            continue;
        }
        for (word_start, word) in words(line) {
            let cyrillic = word.chars().any(is_cyrillic);
            let latin = word.chars().position(|c| c.is_ascii_alphabetic());
            if let (true, Some(pos)) = (cyrillic, latin) {
                let c = word.chars().nth(pos).unwrap_or(' ');
                found.push(source.diag(i + 1, word_start + pos + 1, "").coded(
                    "lint-latin",
                    vec![("letter", c.to_string()), ("word", word.clone())],
                ));
            }
            let chars: Vec<char> = word.chars().collect();
            if let Some(pos) = (1..chars.len().saturating_sub(1)).find(|&k| {
                chars[k] == '?' && chars[k - 1].is_alphabetic() && chars[k + 1].is_alphabetic()
            }) {
                found.push(
                    source
                        .diag(i + 1, word_start + pos + 1, "")
                        .coded("lint-lost-letter", vec![("word", word.clone())]),
                );
            }
        }
    }
    found
}

/// The words of a line with their starting column (0-based, in characters).
fn words(line: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let mut current = String::new();
    let mut start = 0;
    for (i, c) in line.chars().enumerate() {
        if c.is_alphanumeric() || c == '?' {
            if current.is_empty() {
                start = i;
            }
            current.push(c);
        } else if !current.is_empty() {
            out.push((start, std::mem::take(&mut current)));
        }
    }
    if !current.is_empty() {
        out.push((start, current));
    }
    out
}
