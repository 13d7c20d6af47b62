//! Property tests (issue 8) over the profile loader, the numeral speller, the Markdown→DOCX
//! mapper and the diff: nothing panics on any input, names are never evaluated or allowed to
//! change a document's structure, the diff of X with X is empty, and accepting every revision of
//! diff(A, B) in the DOCX kelisim writes gives B. (The inflector's properties are in
//! tests/grammar.rs, the word diff's on a small alphabet in tests/diff.rs.)

mod common;

use kelisim::diff::{self, Side, words};
use kelisim::document::{Annex, PlainClause, inline};
use kelisim::error::Source;
use kelisim::export::{DocxOptions, MarkdownOptions, docx, markdown};
use kelisim::grammar::{numbers, ru};
use kelisim::lang::Bilingual;
use kelisim::library::Library;
use kelisim::model::Layout;
use kelisim::style::Style;
use proptest::prelude::*;

fn library() -> &'static Library {
    static LIBRARY: std::sync::OnceLock<Library> = std::sync::OnceLock::new();
    LIBRARY.get_or_init(common::library)
}

fn base() -> String {
    std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/hostile/base.yaml"
    ))
    .unwrap()
}

fn docx_options(layout: Layout) -> DocxOptions {
    DocxOptions {
        layout,
        style: Style::load(None).unwrap(),
        author: None,
        timestamp: kelisim::export::docx::DEFAULT_TIMESTAMP,
        reviser: None,
    }
}

/// Loads `text` as a profile; whatever comes back, it must be an answer, and a rejection must
/// point inside the file.
fn load(text: &str) -> Option<Annex> {
    let source = Source::new("p.yaml", text);
    match kelisim::render_profile(&source, library()) {
        Ok((_, doc)) => Some(doc),
        Err(kelisim::error::Error::Invalid(diags)) => {
            let lines = text.lines().count().max(1) + 1;
            for d in &diags {
                assert_eq!(d.file, "p.yaml");
                assert!(d.line <= lines, "line {} of {lines}: {d}", d.line);
                assert!(!d.message.is_empty());
            }
            None
        }
        Err(e) => panic!("a profile error that is not a diagnostic: {e}"),
    }
}

/// Both exports of `doc` in `layout`, after checking that every XML part of the DOCX is
/// well-formed.
struct Exported {
    /// The Markdown.
    md: String,
    /// Style and numbering of every DOCX paragraph: the Word document's structure.
    docx_shape: Vec<(String, Option<(u32, u32)>)>,
    /// The text of every DOCX paragraph, a line each.
    docx_text: String,
}

fn export(annex: &Annex, layout: Layout) -> Exported {
    let doc = annex.document(true);
    let md = markdown(&doc, &MarkdownOptions { layout });
    let bytes = docx(&doc, &docx_options(layout)).expect("DOCX written");
    for (name, _, data) in common::ooxml::entries(&bytes) {
        if name.ends_with(".xml") || name.ends_with(".rels") {
            common::ooxml::assert_well_formed(&name, &String::from_utf8(data).unwrap());
        }
    }
    let paras = common::ooxml::paragraphs(&common::ooxml::part(&bytes, "word/document.xml"));
    Exported {
        md,
        docx_shape: paras.iter().map(|p| (p.style.clone(), p.num)).collect(),
        docx_text: paras.iter().map(|p| p.text() + "\n").collect(),
    }
}

/// Text a name might hold: any printable character, or a mix of markup, controls and Cyrillic.
fn any_name() -> impl Strategy<Value = String> {
    prop_oneof![
        "\\PC{0,40}",
        "[\\x00-\\x1f\u{202e}\u{2028} a-zа-яәқ0-9*#|\\[\\]()`_<>&;\\\\{}%!+=.~-]{0,40}",
        "(1\\. |- |> |# |\\| |    |\\{\\{ |\\{% ){1,3}[а-я]{1,10}",
    ]
}

fn any_layout() -> impl Strategy<Value = Layout> {
    prop_oneof![Just(Layout::Columns), Just(Layout::Sequential)]
}

/// A YAML double-quoted scalar holding `s` exactly (JSON's string syntax is YAML's).
fn quoted(s: &str) -> String {
    serde_json::to_string(s).unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    /// Any text at all: an answer, never a panic.
    #[test]
    fn the_loader_answers_any_text(text in "\\PC{0,300}") {
        load(&text);
    }

    /// The real profile with lines dropped, doubled or swapped and values replaced: deep in the
    /// validation, still never a panic; whatever loads also exports.
    #[test]
    fn the_loader_answers_any_edit_of_a_real_profile(
        edits in prop::collection::vec((0usize..40, 0u8..4, "[ a-z0-9:\\[\\]{},.\"'&*!|>#-]{0,12}"), 1..6),
        layout in any_layout(),
    ) {
        let mut lines: Vec<String> = base().lines().map(String::from).collect();
        for (at, kind, value) in edits {
            let i = at % lines.len();
            match kind {
                0 => { lines.remove(i); }
                1 => { let l = lines[i].clone(); lines.insert(i, l); }
                2 => { let j = (i + 1) % lines.len(); lines.swap(i, j); }
                _ => {
                    let l = &lines[i];
                    let keep = l.find(": ").map_or(l.len(), |k| k + 2);
                    lines[i] = format!("{}{value}", &l[..keep]);
                }
            }
            if lines.is_empty() {
                lines.push(String::new());
            }
        }
        if let Some(doc) = load(&(lines.join("\n") + "\n")) {
            export(&doc, layout);
        }
    }

    /// Whatever a name holds, it is either refused with the field named, or printed exactly as
    /// written in both formats, and the documents keep the plain profile's structure.
    #[test]
    fn names_are_printed_literally_or_refused(
        kk in any_name(),
        ru in any_name(),
        layout in any_layout(),
    ) {
        let text = base()
            .replace("\"«Ертіс Жылу» АҚ\", ru: \"АО «Иртыш Тепло»\"", &format!("{}, ru: {}", quoted(&kk), quoted(&ru)));
        let source = Source::new("p.yaml", &text);
        // Spaces and line breaks around a name are trimmed, so only those inside count.
        let printable = |s: &str| {
            let s = s.trim();
            !s.is_empty()
                && s.chars().count() <= 500
                && !s.chars().any(|c| c.is_control() || matches!(c, '\u{2028}' | '\u{2029}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'))
        };
        match kelisim::render_profile(&source, library()) {
            Err(e) => {
                let e = e.to_string();
                // A name that is only «…», «—» or TODO is a placeholder, refused on purpose.
                prop_assert!(!printable(&kk) || !printable(&ru) || e.contains("is a placeholder"), "refused a printable name: {}", e);
                prop_assert!(e.contains("parties.employer.name."), "{}", e);
            }
            Ok((_, doc)) => {
                prop_assert!(printable(&kk) && printable(&ru));
                let got = export(&doc, layout);
                let (_, plain) = kelisim::render_profile(&Source::new("p.yaml", &base()), library()).unwrap();
                let plain = export(&plain, layout);
                let (tags, md_text) = common::markdown_shape(&got.md);
                prop_assert_eq!(tags, common::markdown_shape(&plain.md).0, "a name changed the Markdown's structure:\n{}", got.md);
                prop_assert_eq!(&got.docx_shape, &plain.docx_shape, "a name changed the DOCX's structure");
                // The profile is read in NFC, so the names are printed in NFC.
                use unicode_normalization::UnicodeNormalization;
                // Both are read with the page's typography taken off: «0-0» is tied «0‑0».
                let md_words = kelisim::typography::untie(&md_text);
                for name in [kk.trim(), ru.trim()].map(|n| n.nfc().collect::<String>()) {
                    let name = name.as_str();
                    let untied = kelisim::typography::untie(name);
                    prop_assert!(md_words.contains(&untied), "«{}» not literal in the Markdown:\n{}", name, got.md);
                    prop_assert!(got.docx_text.contains(&untied), "«{}» not literal in the DOCX", name);
                }
            }
        }
    }

    /// The Markdown→DOCX mapper takes any clause body: no panic, well-formed XML, and no text
    /// that was not in the body (but list markers).
    #[test]
    fn the_docx_mapper_takes_any_markdown(
        body in "[\\PC\\x00-\\x1f]{0,200}|([*_#>`|\\[\\]()!<>&1. -]|[а-яәқ]{1,5}|\n){0,60}",
        layout in any_layout(),
    ) {
        let (_, mut doc) = kelisim::render_profile(&Source::new("p.yaml", &base()), library()).unwrap();
        doc.sections[0].clauses[0].body = Bilingual { kk: body.clone(), ru: body.clone() };
        export(&doc, layout);
        for para in inline::paragraphs(&body) {
            let text = inline::plain_text(&para);
            let text = text.trim_start_matches("– ");
            for c in text.chars().filter(|c| !c.is_whitespace() && !c.is_ascii_digit() && *c != ')') {
                prop_assert!(body.contains(c), "{:?} appeared from nowhere in {:?}", c, text);
            }
        }
    }

    /// Every number has words or a clear "out of range", never a panic.
    #[test]
    fn numerals_are_spelled_or_refused(n: u64) {
        let kk = numbers::kk(n);
        prop_assert_eq!(kk.is_some(), n <= numbers::MAX);
        for case in ru::Case::all() {
            for gender in [ru::Gender::M, ru::Gender::F, ru::Gender::N] {
                let words = numbers::ru(n, case, gender);
                prop_assert_eq!(words.is_some(), n <= numbers::MAX);
                if let Some(w) = words {
                    prop_assert!(!w.is_empty() && w.chars().all(|c| c == ' ' || ('а'..='я').contains(&c) || c == 'ё'), "{}", w);
                }
            }
        }
        if let Some(w) = kk {
            prop_assert!(!w.is_empty() && w.chars().all(|c| c == ' ' || c.is_alphabetic()), "{}", w);
        }
    }

    /// The word diff on any text: X against X changes nothing; A against B reads B when accepted
    /// and A when rejected.
    #[test]
    fn the_word_diff_holds_on_any_text(a in "\\PC{0,120}", b in "\\PC{0,120}") {
        // kelisim reads every input in NFC (error::Source), and the diff compares in NFC.
        use unicode_normalization::UnicodeNormalization;
        let (a, b): (String, String) = (a.nfc().collect(), b.nfc().collect());
        prop_assert!(!words::changed(&words::diff(&a, &a)));
        let d = words::diff(&a, &b);
        prop_assert_eq!(words::new_text(&d), b);
        prop_assert_eq!(words::old_text(&d), a);
    }
}

/// One clause of norm 2.3 with `kk` and `ru` as its body.
fn side(kk: &str, ru: &str) -> Side {
    let clause = library().find("2.3").expect("norm 2.3");
    Side {
        label: Bilingual {
            kk: "A".into(),
            ru: "A".into(),
        },
        annex: None,
        items: Vec::new(),
        revisions: Vec::new(),
        original: None,
        clauses: vec![PlainClause {
            norm: "2.3".into(),
            title: clause.title.clone(),
            body: Bilingual {
                kk: kk.into(),
                ru: ru.into(),
            },
        }],
    }
}

/// Words of a clause: Kazakh and Russian letters, numbers and punctuation, single-spaced.
fn clause_text() -> impl Strategy<Value = String> {
    prop::collection::vec(
        "[а-яәғқңөұүһі]{1,8}[,.;:]?|[0-9]{1,3}|«[а-я]{1,6}»|–",
        1..25,
    )
    .prop_map(|w| w.join(" "))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    /// Through the whole pipeline: the tracked-changes DOCX of diff(A, B), read back with every
    /// revision accepted (as Word's "Accept All" would), is B; diff(A, A) has no change.
    #[test]
    fn accepting_every_tracked_change_in_the_docx_gives_b(
        a_kk in clause_text(), a_ru in clause_text(), b_kk in clause_text(), b_ru in clause_text(),
    ) {
        let (a, b) = (side(&a_kk, &a_ru), side(&b_kk, &b_ru));
        prop_assert!(diff::compare(&a, &a).iter().all(|d| !words::changed(&d.body.kk) && !words::changed(&d.body.ru)));
        let diffs = diff::compare(&a, &b);
        let doc = diff::redline::annex(&a, &b, &diffs, library()).unwrap().document(false);
        let bytes = docx(&doc, &docx_options(Layout::Columns)).unwrap();
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("tracked.docx");
        std::fs::write(&path, bytes).unwrap();
        let read = kelisim::export::docx::reader::read(&path, library()).unwrap().clauses;
        prop_assert_eq!(read.len(), 1);
        prop_assert_eq!(&read[0].body.kk, &b_kk);
        prop_assert_eq!(&read[0].body.ru, &b_ru);
    }
}
