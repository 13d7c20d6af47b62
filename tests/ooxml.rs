//! DOCX edge cases that once made files Word would repair, made by the real binary: an empty
//! coverage cell, a long author, a long font name, an out-of-range `SOURCE_DATE_EPOCH`. Each now
//! gives a valid file or a clear error.

mod common;

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use predicates::prelude::*;

fn kelisim(dir: &Path) -> Command {
    let mut cmd = Command::cargo_bin("kelisim").unwrap();
    cmd.current_dir(dir).env_clear().env("NO_COLOR", "1");
    cmd
}

fn root(rel: &str) -> String {
    format!("{}/{rel}", env!("CARGO_MANIFEST_DIR"))
}

fn docx_part(path: &Path, name: &str) -> String {
    common::ooxml::part(&std::fs::read(path).unwrap(), name)
}

/// Every `w:author` of the revisions in `xml`.
fn revision_authors(xml: &str) -> Vec<String> {
    xml.split(" w:author=\"")
        .skip(1)
        .map(|rest| rest.split('"').next().unwrap_or_default().to_string())
        .collect()
}

/// A clause library ejected into `dir/lib` whose phrase books leave `coverage-no` empty in both
/// languages and the recommended variant's name empty in Kazakh.
fn library_with_empty_phrases(dir: &Path) -> PathBuf {
    kelisim(dir)
        .args(["clauses", "eject", "lib"])
        .assert()
        .success();
    let lib = dir.join("lib");
    for (lang, keys) in [
        ("kk", &["coverage-no", "variant-recommended"][..]),
        ("ru", &["coverage-no"][..]),
    ] {
        let file = lib.join(format!("locales/{lang}.ftl"));
        let text = std::fs::read_to_string(&file).unwrap();
        let edited: Vec<String> = text
            .lines()
            .map(
                |l| match keys.iter().find(|k| l.starts_with(&format!("{k} = "))) {
                    Some(k) => format!("{k} = {{ \"\" }}"),
                    None => l.to_string(),
                },
            )
            .collect();
        assert_ne!(edited.join("\n"), text.trim_end(), "{lang}: nothing edited");
        std::fs::write(&file, edited.join("\n") + "\n").unwrap();
    }
    kelisim(dir)
        .args(["lint", "--clauses", "lib"])
        .assert()
        .success();
    lib
}

/// Renders the mining example with its coverage table through `library_with_empty_phrases` in
/// both layouts into `dir/<layout>/`; the files written.
fn render_empty_phrases(dir: &Path) -> Vec<PathBuf> {
    library_with_empty_phrases(dir);
    ["columns", "sequential"]
        .iter()
        .map(|layout| {
            kelisim(dir)
                .args(["render", &root("examples/mining-sector.yaml"), "--coverage"])
                .args(["--clauses", "lib", "--format", "docx", "--layout", layout])
                .args(["-o", layout])
                .assert()
                .success();
            dir.join(layout).join("mining-sector.docx")
        })
        .collect()
}

/// Writes `long-<tag>.yaml` in `dir`: the Karaganda profile with the workers' organisation named
/// `kk` / `ru`.
fn long_named_profile(dir: &Path, tag: &str, kk: &str, ru: &str) -> String {
    let text = std::fs::read_to_string(root("examples/karaganda-coal.yaml")).unwrap();
    let (old_kk, old_ru) = (
        "«Қарағанды Көмір» ЖШС «Қорғау» кәсіподақ ұйымы",
        "Профсоюзная организация «Қорғау» ТОО «Карагандинский уголь»",
    );
    assert!(text.contains(old_kk) && text.contains(old_ru));
    let name = format!("long-{tag}.yaml");
    std::fs::write(
        dir.join(&name),
        text.replace(old_kk, kk).replace(old_ru, ru),
    )
    .unwrap();
    name
}

/// A name of `n` characters made of `word`s.
fn name_of(word: &str, n: usize) -> String {
    word.chars()
        .cycle()
        .take(n - 1)
        .collect::<String>()
        .trim()
        .to_string()
        + "»"
}

/// The diffs whose author is too long for a revision, written into `dir`: (file, its profile's
/// Kazakh and Russian workers' names, `--author`).
fn diff_long_authors(dir: &Path) -> Vec<(PathBuf, String, String, Option<String>)> {
    // A republican union's name: 170 + 3 + 170 characters together.
    let kk170 = name_of(
        "«Қазақстан тау-кен металлургия жұмыскерлерінің кәсіподағы ",
        170,
    );
    let ru170 = name_of("«Республиканский профсоюз горняков и металлургов ", 170);
    // The longest names a profile takes.
    let kk500 = name_of("«Республикалық салалық кәсіподақ ", 500);
    let ru500 = name_of("«Республиканский отраслевой профсоюз ", 500);
    let long_author = name_of("Заңгер Әлия Бекқызы / Юрист Алия Бековна ", 300);
    let mut out = Vec::new();
    for (tag, kk, ru, author) in [
        ("340", &kk170, &ru170, None),
        ("1000", &kk500, &ru500, None),
        ("author", &kk170, &ru170, Some(long_author.clone())),
    ] {
        let profile = long_named_profile(dir, tag, kk, ru);
        let file = format!("diff-{tag}.docx");
        let mut cmd = kelisim(dir);
        cmd.args(["diff", &root("examples/mining-sector.yaml"), &profile])
            .args(["--format", "docx", "-o", &file]);
        if let Some(a) = &author {
            cmd.args(["--author", a]);
        }
        cmd.assert().success();
        out.push((dir.join(file), kk.clone(), ru.clone(), author));
    }
    out
}

/// Renders the Karaganda example in `dir/font31/` with a style whose font name is 31 characters,
/// the longest Word takes.
fn render_font_31(dir: &Path) -> PathBuf {
    let font = "Times New Roman Cyr Condensed X";
    assert_eq!(font.chars().count(), 31);
    std::fs::write(dir.join("font31.yaml"), format!("font: {font}\n")).unwrap();
    kelisim(dir)
        .args([
            "render",
            &root("examples/karaganda-coal.yaml"),
            "--format",
            "docx",
        ])
        .args(["--style", "font31.yaml", "-o", "font31"])
        .assert()
        .success();
    let file = dir.join("font31/karaganda-coal.docx");
    assert!(docx_part(&file, "word/styles.xml").contains(&format!("w:ascii=\"{font}\"")));
    file
}

/// Renders the Pavlodar example at the first and the last second a DOCX can carry, into
/// `dir/epoch-<seconds>/`.
fn render_epoch_bounds(dir: &Path) -> Vec<PathBuf> {
    [
        ("315532800", "1980-01-01T00:00:00Z"),
        ("4354819199", "2107-12-31T23:59:59Z"),
    ]
    .iter()
    .map(|(epoch, stamp)| {
        let out = format!("epoch-{epoch}");
        kelisim(dir)
            .env("SOURCE_DATE_EPOCH", epoch)
            .args([
                "render",
                &root("examples/pavlodar-region.yaml"),
                "--format",
                "docx",
            ])
            .args(["-o", &out])
            .assert()
            .success();
        let file = dir.join(out).join("pavlodar-region.docx");
        let core = docx_part(&file, "docProps/core.xml");
        assert!(
            core.contains(&format!(
                "<dcterms:created xsi:type=\"dcterms:W3CDTF\">{stamp}</dcterms:created>"
            )),
            "{core}"
        );
        file
    })
    .collect()
}

#[test]
fn a_coverage_cell_always_holds_a_paragraph_and_keeps_either_language() {
    let dir = tempfile::tempdir().unwrap();
    for file in render_empty_phrases(dir.path()) {
        let xml = docx_part(&file, "word/document.xml");
        let cells: Vec<&str> = xml.split("<w:tc>").skip(1).collect();
        assert!(cells.len() > 90, "{}: no coverage table", file.display());
        for cell in &cells {
            let cell = cell.split("</w:tc>").next().unwrap_or_default();
            assert!(
                cell.contains("<w:p"),
                "{}: a cell without a paragraph: {cell}",
                file.display()
            );
        }
        // The Russian name of the recommended variant stays though its Kazakh one is empty.
        let paras = common::ooxml::paragraphs(&xml);
        assert!(
            paras.iter().any(|p| p.style == "TableText"
                && p.text() == "рекомендуемый"
                && p.langs() == ["ru-RU"]),
            "{}: the Russian variant name was dropped",
            file.display()
        );
        assert!(!paras.iter().any(|p| p.text() == "жоқ" || p.text() == "нет"));
    }
}

#[test]
fn a_long_author_is_shortened_for_revisions_and_kept_whole_in_the_properties() {
    let dir = tempfile::tempdir().unwrap();
    for (file, kk, ru, author) in diff_long_authors(dir.path()) {
        let xml = docx_part(&file, "word/document.xml");
        let authors = revision_authors(&xml);
        assert!(!authors.is_empty(), "{}: no revisions", file.display());
        let first = &authors[0];
        assert!(authors.iter().all(|a| a == first), "{authors:?}");
        assert!(first.encode_utf16().count() <= 255, "{first}");
        let full = author.clone().unwrap_or(format!("{kk} / {ru}"));
        assert!(full.chars().count() > 255);
        match (author, kk.chars().count()) {
            // The Kazakh name alone when it fits, rather than both cut.
            (None, n) if n <= 255 => assert_eq!(first, &kk),
            // Otherwise cut at a character, marked with an ellipsis.
            _ => {
                assert!((250..=255).contains(&first.chars().count()), "{first}");
                let kept = first.strip_suffix('…').expect("ends with …");
                assert!(full.starts_with(kept), "{first}");
            }
        }
        let core = docx_part(&file, "docProps/core.xml");
        assert!(
            core.contains(&format!("<dc:creator>{full}</dc:creator>")),
            "{core}"
        );
    }
}

#[test]
fn a_font_name_longer_than_word_takes_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    render_font_31(dir.path());
    std::fs::write(
        dir.path().join("long-font.yaml"),
        "size: 12\nfont: Times New Roman Cyr Condensed XL\n",
    )
    .unwrap();
    kelisim(dir.path())
        .args([
            "render",
            &root("examples/karaganda-coal.yaml"),
            "--format",
            "docx",
        ])
        .args(["--style", "long-font.yaml", "-o", "out"])
        .assert()
        .code(1)
        .stderr(
            predicate::str::contains("long-font.yaml:2:7")
                .and(predicate::str::contains("32 characters long"))
                .and(predicate::str::contains("at most 31"))
                .and(predicate::str::contains("font: Times New Roman")),
        );
    assert!(!dir.path().join("out").exists());
}

#[test]
fn source_date_epoch_outside_what_a_docx_carries_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    render_epoch_bounds(dir.path());
    for epoch in ["99999999999", "-1", "315532799", "4354819200"] {
        for args in [
            vec!["render", "PROFILE", "-o", "out"],
            vec![
                "diff",
                "2.1@union",
                "2.1@employer",
                "--format",
                "docx",
                "-o",
                "d.docx",
            ],
        ] {
            let profile = root("examples/pavlodar-region.yaml");
            let args: Vec<&str> = args
                .iter()
                .map(|a| if *a == "PROFILE" { profile.as_str() } else { a })
                .collect();
            kelisim(dir.path())
                .env("SOURCE_DATE_EPOCH", epoch)
                .args(&args)
                .assert()
                .code(1)
                .stderr(
                    predicate::str::contains(format!("SOURCE_DATE_EPOCH=`{epoch}`")).and(
                        predicate::str::contains(
                            "from 315532800 (1980-01-01) to 4354819199 (2107-12-31)",
                        ),
                    ),
                );
        }
    }
    assert!(!dir.path().join("out").exists() && !dir.path().join("d.docx").exists());
    // `--date` of diff keeps to the same years.
    for date in ["1979-12-31", "2108-01-01"] {
        kelisim(dir.path())
            .args(["diff", "2.1@union", "2.1@employer", "--format", "docx"])
            .args(["-o", "d.docx", "--date", date])
            .assert()
            .code(1)
            .stderr(predicate::str::contains(
                "YYYY-MM-DD, from 1980-01-01 to 2107-12-31",
            ));
    }
}
