//! Helpers shared by the integration tests.
#![allow(dead_code)]

pub(crate) mod bin;
pub(crate) mod ooxml;
pub(crate) mod tools;

// Not every test file runs the binary; those that do not would warn of these.
#[allow(unused_imports)]
pub(crate) use bin::{copy_tree, kelisim, kelisim_std, kelisim_under, repo, script, tool};

use kelisim::document::Annex;
use kelisim::error::Source;
use kelisim::library::Library;
use kelisim::model::Profile;

/// The built-in library.
pub(crate) fn library() -> Library {
    Library::load(None).expect("the built-in library loads")
}

/// Validates and renders profile text.
pub(crate) fn render(yaml: &str, library: &Library) -> (Profile, Annex) {
    let source = Source::new("test.yaml", yaml);
    match kelisim::render_profile(&source, library) {
        Ok(r) => r,
        Err(e) => panic!("profile failed:\n{e}"),
    }
}

/// A minimal valid profile of `level` adopting `norms` (YAML after `norms:`).
pub(crate) fn profile(level: &str, norms: &str) -> String {
    let scope = match level {
        "sector" => {
            "sector: {kk: \"тау-кен өнеркәсібі\", ru: \"горнодобывающая промышленность\"}\n"
        }
        "region" => "region: {kk: \"Абай облысы\", ru: \"область Абай\"}\n",
        _ => "",
    };
    format!(
        "agreement:\n  level: {level}\nparties:\n  employer:\n    name: {{kk: \"«Алтын» ЖШС\", ru: \"ТОО «Алтын»\"}}\n  workers:\n    name: {{kk: \"«Алтын» ЖШС кәсіподағы\", ru: \"Профсоюз ТОО «Алтын»\"}}\n{scope}norms: {norms}\n"
    )
}

/// Kazakh letters that Russian does not have.
pub(crate) const KAZAKH_ONLY: &[char] = &[
    'ә', 'ғ', 'қ', 'ң', 'ө', 'ұ', 'ү', 'һ', 'і', 'Ә', 'Ғ', 'Қ', 'Ң', 'Ө', 'Ұ', 'Ү', 'Һ', 'І',
];

/// Every run of digits in `text`, in order.
pub(crate) fn numbers(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_ascii_digit())
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

/// What a Markdown parser makes of `md`: the kind of every element, in order (its structure),
/// and all its text, a line per element.
pub(crate) fn markdown_shape(md: &str) -> (Vec<String>, String) {
    use pulldown_cmark::{Event, Options, Parser};
    let mut tags = Vec::new();
    let mut text = String::new();
    for event in Parser::new_ext(md, Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH) {
        match event {
            Event::Start(tag) => tags.push(
                format!("{tag:?}")
                    .chars()
                    .take_while(|c| c.is_alphanumeric())
                    .collect(),
            ),
            Event::Text(t) | Event::Code(t) | Event::InlineHtml(t) | Event::Html(t) => {
                text.push_str(&t)
            }
            Event::End(_) | Event::SoftBreak | Event::HardBreak => text.push('\n'),
            _ => {}
        }
    }
    (tags, text)
}
