//! `kelisim lint`: the checks that keep the Kazakh and Russian texts of a clause library from
//! drifting apart, beyond what loading already refuses. Each finding names the file, the line,
//! the variant, the level and the language.

use pulldown_cmark::{Event, Parser, Tag};

use crate::error::{Diagnostic, Error, Source};
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
                    .diag(
                        line,
                        column,
                        "text is not in Unicode NFC (a letter is written decomposed)",
                    )
                    .hint("retype the letter or save the file normalised to NFC"),
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
                file: "clause library".into(),
                line: 0,
                column: 0,
                message: e.to_string(),
                hint: None,
                source_line: None,
                code: None,
            });
            return findings;
        }
    };
    for clause in library.clauses() {
        for p in clause.params.iter().filter(|p| p.favours.is_none()) {
            findings.push(Diagnostic {
                file: clause.file.clone(),
                line: 0,
                column: 0,
                message: format!(
                    "parameter `{}` does not say which direction favours workers",
                    p.name
                ),
                hint: Some(
                    "add `favours: more` or `favours: less` (used by `check --floor`)".into(),
                ),
                source_line: None,
                code: None,
            });
        }
    }
    findings.extend(merge_levels(rendered(&library)));
    findings
}

/// A finding on the rendered text of one variant at one level in one language, or both (`None`).
struct Rendered {
    file: String,
    line: usize,
    variant: &'static str,
    level: Level,
    lang: Option<Lang>,
    message: String,
}

/// One finding per message, naming every level it occurs at.
fn merge_levels(found: Vec<Rendered>) -> Vec<Diagnostic> {
    let mut merged: Vec<(Rendered, Vec<&'static str>)> = Vec::new();
    for r in found {
        let same = merged.iter_mut().find(|(m, _)| {
            m.file == r.file && m.variant == r.variant && m.lang == r.lang && m.message == r.message
        });
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
        .map(|(r, levels)| Diagnostic {
            file: r.file,
            line: r.line,
            column: 0,
            message: format!(
                "variant `{}`, level {}{}: {}",
                r.variant,
                levels.join(", "),
                r.lang
                    .map_or(String::new(), |l| format!(", {}", l.english_name())),
                r.message
            ),
            hint: None,
            source_line: None,
            code: None,
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
                let at = |lang: Option<Lang>, message: String| Rendered {
                    file: clause.file.clone(),
                    line,
                    variant: variant.name(),
                    level,
                    lang,
                    message,
                };
                let mut texts = Vec::new();
                for lang in Lang::ALL {
                    match library.render(clause, *variant, level, lang, &params) {
                        Ok(t) if t.trim().is_empty() => {
                            findings.push(at(Some(lang), "renders no text".into()))
                        }
                        Ok(t) => texts.push(t),
                        Err(e) => findings.push(at(Some(lang), e.to_string())),
                    }
                }
                let [kk, ru] = texts.as_slice() else { continue };
                let (sk, sr) = (shape(kk), shape(ru));
                if sk != sr {
                    findings.push(at(
                        None,
                        format!(
                            "Kazakh has {} paragraph(s) and {} list item(s), Russian {} and {}",
                            sk.0, sk.1, sr.0, sr.1
                        ),
                    ));
                }
                let (nk, nr) = (numbers(kk), numbers(ru));
                if nk != nr {
                    findings.push(at(
                        None,
                        format!("the numbers differ: Kazakh {nk:?}, Russian {nr:?}"),
                    ));
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
                found.push(
                    source
                        .diag(
                            i + 1,
                            word_start + pos + 1,
                            format!("Latin «{c}» inside the Cyrillic word «{word}»"),
                        )
                        .hint("retype the letter in Cyrillic (look-alikes: a c e i o p x y)"),
                );
            }
            let chars: Vec<char> = word.chars().collect();
            if let Some(pos) = (1..chars.len().saturating_sub(1)).find(|&k| {
                chars[k] == '?' && chars[k - 1].is_alphabetic() && chars[k + 1].is_alphabetic()
            }) {
                found.push(
                    source
                        .diag(i + 1, word_start + pos + 1, format!("«?» inside the word «{word}»: a letter was lost"))
                        .hint("a Kazakh letter (ә ғ қ ң ө ұ ү һ і) was probably saved in a non-Unicode encoding; retype it"),
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
