//! `kelisim init`'s questions, in the user's language: on a terminal with inquire's prompts,
//! off one (`--interactive`) an answer a line from standard input, so that a script or a test
//! can answer them. Each answer is checked as it is given and asked again when wrong.

use std::io::{BufRead, IsTerminal};

use kelisim::error::{Error, Result};
use kelisim::lang::Bilingual;
use kelisim::library::Library;
use kelisim::model::{Level, Variant};
use kelisim::names::Named;

use super::ui::say;

/// Whether the questions go to a person at a terminal.
pub(crate) fn on_terminal() -> bool {
    std::io::stdin().is_terminal() && std::io::stderr().is_terminal()
}

/// Where the answers come from.
enum Asker {
    /// inquire's prompts on the terminal.
    Terminal,
    /// A line each from standard input.
    Lines(std::io::StdinLock<'static>),
}

/// A check of an answer: `Err` with what is wrong, in the user's language.
type Check<'a> = &'a dyn Fn(&str) -> std::result::Result<(), String>;

impl Asker {
    fn text(&mut self, question: &str, help: Option<&str>, check: Check<'_>) -> Result<String> {
        match self {
            Asker::Terminal => {
                let check = |answer: &str| {
                    Ok(match check(answer.trim()) {
                        Ok(()) => inquire::validator::Validation::Valid,
                        Err(why) => inquire::validator::Validation::Invalid(why.into()),
                    })
                };
                let mut prompt = inquire::Text::new(question).with_validator(check);
                if let Some(help) = help {
                    prompt = prompt.with_help_message(help);
                }
                prompt
                    .prompt()
                    .map(|a| a.trim().to_string())
                    .map_err(interrupted)
            }
            Asker::Lines(input) => loop {
                eprintln!("{question}:");
                let mut line = String::new();
                let read = input
                    .read_line(&mut line)
                    .map_err(|e| Error::io("read", std::path::Path::new("<stdin>"), e))?;
                if read == 0 {
                    return Err(Error::said(
                        "init-answers-ended",
                        vec![("question", question.to_string())],
                    ));
                }
                match check(line.trim()) {
                    Ok(()) => return Ok(line.trim().to_string()),
                    Err(why) => eprintln!("{}{why}", super::ui::error()),
                }
            },
        }
    }

    /// One of `options` (their names and what they mean), by name or number off a terminal.
    fn select(
        &mut self,
        question: &str,
        options: &[(&str, String)],
        default: usize,
    ) -> Result<usize> {
        match self {
            Asker::Terminal => {
                let shown: Vec<&str> = options.iter().map(|(_, s)| s.as_str()).collect();
                let chosen = inquire::Select::new(question, shown.clone())
                    .with_starting_cursor(default)
                    .prompt()
                    .map_err(interrupted)?;
                Ok(shown.iter().position(|s| *s == chosen).unwrap_or(default))
            }
            Asker::Lines(_) => {
                let listing: Vec<String> = options
                    .iter()
                    .enumerate()
                    .map(|(i, (_, s))| format!("  {}. {s}", i + 1))
                    .collect();
                let question = format!("{question}\n{}", listing.join("\n"));
                let pick = |answer: &str| {
                    answer
                        .parse::<usize>()
                        .ok()
                        .filter(|n| (1..=options.len()).contains(n))
                        .map(|n| n - 1)
                        .or_else(|| options.iter().position(|(name, _)| *name == answer))
                };
                let names: Vec<&str> = options.iter().map(|(n, _)| *n).collect();
                let answer = self.text(&question, None, &|a: &str| {
                    if a.is_empty() || pick(a).is_some() {
                        Ok(())
                    } else {
                        Err(names.join(", "))
                    }
                })?;
                Ok(if answer.is_empty() {
                    default
                } else {
                    pick(&answer).unwrap_or(default)
                })
            }
        }
    }

    /// A name in both languages, «Kazakh | Russian».
    fn names(&mut self, question: &str) -> Result<Bilingual<String>> {
        self.names_or_none(question, false)?
            .ok_or_else(|| Error::said("init-names-bad", Vec::new()))
    }

    /// A name in both languages, or none when `optional` and left empty.
    fn names_or_none(
        &mut self,
        question: &str,
        optional: bool,
    ) -> Result<Option<Bilingual<String>>> {
        let split = |a: &str| -> Option<Bilingual<String>> {
            let (kk, ru) = a.split_once('|')?;
            let (kk, ru) = (kk.trim(), ru.trim());
            (!kk.is_empty() && !ru.is_empty() && !ru.contains('|')).then(|| Bilingual {
                kk: kk.to_string(),
                ru: ru.to_string(),
            })
        };
        let help = say("init-both", &[]);
        let answer = self.text(question, Some(&help), &|a: &str| {
            if optional && a.is_empty() {
                return Ok(());
            }
            split(a)
                .map(|_| ())
                .ok_or_else(|| say("init-names-bad", &[]))
        })?;
        Ok(split(&answer))
    }
}

fn interrupted(_: inquire::InquireError) -> Error {
    Error::said("init-interrupted", Vec::new())
}

/// The profile the user's answers describe, as YAML text that passes `check`.
pub(crate) fn profile(library: &Library) -> Result<String> {
    let mut ask = if on_terminal() {
        Asker::Terminal
    } else {
        Asker::Lines(std::io::stdin().lock())
    };
    let levels: Vec<(&str, String)> = Level::TABLE
        .iter()
        .map(|e| (e.name, say(&format!("init-level-{}", e.name), &[])))
        .collect();
    let level = Level::TABLE[ask.select(&say("init-level", &[]), &levels, 0)?].value;
    let scope = match level {
        Level::Enterprise => None,
        Level::Sector => Some(("sector", ask.names(&say("init-sector", &[]))?)),
        Level::Region => Some(("region", ask.names(&say("init-region", &[]))?)),
    };
    let employer = ask.names(&say("init-employer", &[]))?;
    let employer_signs = ask.names_or_none(&say("init-signatory", &[]), true)?;
    let bin = ask.text(&say("init-bin", &[]), None, &|a: &str| {
        if a.is_empty() || kelisim::load::bin_is_valid(a) {
            Ok(())
        } else if a.len() != 12 || !a.bytes().all(|b| b.is_ascii_digit()) {
            Err(say("init-bin-digits", &[]))
        } else {
            Err(say("init-bin-check", &[]))
        }
    })?;
    let workers = ask.names(&say("init-workers", &[]))?;
    let workers_sign = ask.names_or_none(&say("init-signatory", &[]), true)?;
    let government = match level {
        Level::Enterprise => None,
        _ => Some(ask.names(&say("init-government", &[]))?),
    };
    let norms = ask.text(&say("init-norms", &[]), Some("all"), &|a: &str| {
        if a.is_empty() || a == "all" {
            return Ok(());
        }
        match a
            .split(',')
            .map(str::trim)
            .find(|n| library.find(n).is_none())
        {
            Some(n) => Err(say("init-norms-bad", &[("norm", n.to_string())])),
            None => Ok(()),
        }
    })?;
    let variants: Vec<(&str, String)> = Variant::TABLE
        .iter()
        .map(|e| (e.name, say(&format!("init-variant-{}", e.name), &[])))
        .collect();
    let variant = Variant::TABLE[ask.select(&say("init-variant", &[]), &variants, 1)?].value;

    let mut yaml = format!(
        "# yaml-language-server: $schema=kelisim.schema.json\n# kelisim profile, written by `kelisim init`; `kelisim schema` describes every field.\n\nagreement:\n  level: {}\nparties:\n  employer:\n    name: {}\n",
        level.name(),
        pair(&employer)
    );
    if !bin.is_empty() {
        yaml.push_str(&format!("    bin: \"{bin}\"\n"));
    }
    if let Some(s) = &employer_signs {
        yaml.push_str(&format!("    signatory: {}\n", pair(s)));
    }
    yaml.push_str(&format!("  workers:\n    name: {}\n", pair(&workers)));
    if let Some(s) = &workers_sign {
        yaml.push_str(&format!("    signatory: {}\n", pair(s)));
    }
    if let Some(g) = &government {
        yaml.push_str(&format!("  government:\n    name: {}\n", pair(g)));
    }
    if let Some((field, name)) = &scope {
        yaml.push_str(&format!("{field}: {}\n", pair(name)));
    }
    if variant != Variant::Recommended {
        yaml.push_str(&format!("defaults: {{variant: {}}}\n", variant.name()));
    }
    if norms.is_empty() || norms == "all" {
        yaml.push_str("norms: all\n");
    } else {
        yaml.push_str("norms:\n");
        for n in norms.split(',').map(str::trim) {
            yaml.push_str(&format!("  - \"{n}\"\n"));
        }
    }
    Ok(yaml)
}

/// `{kk: "…", ru: "…"}` with YAML's double-quoted escapes.
fn pair(name: &Bilingual<String>) -> String {
    let quote = |s: &str| format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""));
    format!("{{kk: {}, ru: {}}}", quote(&name.kk), quote(&name.ru))
}
