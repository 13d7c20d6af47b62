//! DOCX edge cases that once made files Word would repair, made by the real binary: an empty
//! coverage cell, a long author, a long font name, an out-of-range `SOURCE_DATE_EPOCH`. Each now
//! gives a valid file or a clear error.

mod common;

use std::path::{Path, PathBuf};

use assert_cmd::Command;

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
