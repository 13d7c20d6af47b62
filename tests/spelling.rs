//! Spelling of every text the library can put into a document: all clause variants at all levels
//! and the phrase books, through hunspell. A Russian word must be in the dictionary or in
//! tests/spelling/ru.txt; a Kazakh word in the dictionary, in tests/spelling/kk.txt (forms the
//! dictionary misses, each checked by hand) or in tests/spelling/kk-recommendation.txt (words the
//! recommendation itself uses).
//! Without hunspell the test says it was skipped; KELISIM_REQUIRE_HUNSPELL (set by .ci/run)
//! makes that a failure.

use std::collections::BTreeSet;
use std::io::Write;
use std::process::{Command, Stdio};

use kelisim::lang::Lang;
use kelisim::model::Level;

fn hunspell(dict: &str, text: &str) -> Option<BTreeSet<String>> {
    let mut child = Command::new("hunspell")
        .args(["-d", dict, "-l"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .ok()?;
    child.stdin.take()?.write_all(text.as_bytes()).ok()?;
    let out = child.wait_with_output().ok()?;
    out.status.success().then(|| {
        String::from_utf8_lossy(&out.stdout)
            .lines()
            .map(str::to_string)
            .collect()
    })
}

fn list(name: &str) -> BTreeSet<String> {
    let path = format!("{}/tests/spelling/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{path}: {e}"))
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_string)
        .collect()
}

/// The text of every message and attribute of Fluent source, variants included.
fn fluent_words(ftl: &str) -> String {
    use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
    fn pattern(p: &Pattern<&str>, out: &mut String) {
        for element in &p.elements {
            match element {
                PatternElement::TextElement { value } => out.push_str(value),
                PatternElement::Placeable { expression } => expr(expression, out),
            }
        }
        out.push(' ');
    }
    fn expr(e: &Expression<&str>, out: &mut String) {
        match e {
            Expression::Select { variants, .. } => {
                for v in variants {
                    pattern(&v.value, out);
                }
            }
            Expression::Inline(InlineExpression::StringLiteral { value }) => out.push_str(value),
            Expression::Inline(InlineExpression::Placeable { expression }) => expr(expression, out),
            Expression::Inline(_) => out.push(' '),
        }
    }
    let resource = fluent_syntax::parser::parse(ftl).unwrap_or_else(|(r, _)| r);
    let mut out = String::new();
    for entry in &resource.body {
        // Attributes (`.gender = m`) are data, not text.
        if let Entry::Message(m) = entry
            && let Some(v) = &m.value
        {
            pattern(v, &mut out);
        }
        out.push('\n');
    }
    out
}

#[test]
fn every_word_of_the_library_is_spelt_right() {
    if hunspell("ru_RU", "проверка").is_none() || hunspell("kk_KZ", "тексеру").is_none()
    {
        assert!(
            std::env::var_os("KELISIM_REQUIRE_HUNSPELL").is_none(),
            "hunspell with ru_RU and kk_KZ is missing but KELISIM_REQUIRE_HUNSPELL is set"
        );
        let _ = writeln!(
            std::io::stderr(),
            "SKIPPED: the spelling check (apt-get install hunspell hunspell-ru hunspell-kk)"
        );
        return;
    }
    let library = kelisim::library::Library::load(None).unwrap();
    let mut text = [String::new(), String::new()];
    for (i, lang) in Lang::ALL.into_iter().enumerate() {
        for c in library.clauses() {
            text[i].push_str(c.title.get(lang));
            text[i].push('\n');
            for v in &c.variants {
                for level in Level::all() {
                    let t = library.render(c, *v, level, lang, &c.defaults(*v)).unwrap();
                    text[i].push_str(&t);
                    text[i].push('\n');
                }
            }
            for p in &c.params {
                for value in p.defaults.values() {
                    text[i].push_str(library.label(c, &p.name, value).unwrap().get(lang));
                    text[i].push('\n');
                }
            }
        }
        let ftl = std::fs::read_to_string(format!(
            "{}/locales/{}.ftl",
            env!("CARGO_MANIFEST_DIR"),
            lang.code()
        ))
        .unwrap();
        text[i].push_str(&fluent_words(&ftl));
    }
    let ru_unknown: Vec<String> = hunspell("ru_RU", &text[1])
        .unwrap()
        .difference(&list("ru.txt"))
        .cloned()
        .collect();
    let kk_known: BTreeSet<String> = list("kk.txt")
        .into_iter()
        .chain(list("kk-recommendation.txt"))
        .collect();
    let kk_unknown: Vec<String> = hunspell("kk_KZ", &text[0])
        .unwrap()
        .difference(&kk_known)
        .cloned()
        .collect();
    assert!(
        ru_unknown.is_empty() && kk_unknown.is_empty(),
        "unknown Russian words: {ru_unknown:?}\nunknown Kazakh words: {kk_unknown:?}\n\
         fix the spelling, or add a checked word to tests/spelling/ru.txt or kk.txt"
    );
}
