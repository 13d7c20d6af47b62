//! Every kind of DOCX kelisim writes, made by the real binary and validated by `openxml-audit`
//! (a Python port of the Open XML SDK's validator) in strict mode: rendered annexes in both
//! layouts, with and without the coverage table, tracked changes of two profiles, of clause
//! variants and against a DOCX, the comparison table, and the edge cases that once made files
//! Word would repair (an empty coverage cell, a long author, a long font name, an out-of-range
//! `SOURCE_DATE_EPOCH`), each of which now gives a valid file or a clear error.
//!
//! Without `openxml-audit` (`pip install openxml-audit`) the validation says that it skips; with
//! KELISIM_REQUIRE_OPENXML_AUDIT set (as `.ci/run` does) its absence is a failure. The edge cases'
//! own checks run either way.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command as Std;

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

/// The command that runs openxml-audit, if it is installed.
fn audit_command() -> Option<Vec<String>> {
    [
        vec!["openxml-audit".to_string()],
        vec![
            "python3".to_string(),
            "-m".to_string(),
            "openxml_audit".to_string(),
        ],
    ]
    .into_iter()
    .find(|cmd| {
        Std::new(&cmd[0])
            .args(&cmd[1..])
            .arg("--help")
            .output()
            .is_ok_and(|o| o.status.success())
    })
}

/// The two findings of openxml-audit's strict policy that are not errors: it requires the font
/// table and theme parts, which ECMA-376 and Word treat as optional.
fn optional_part(finding: &serde_json::Value) -> bool {
    let optional = ["fontTable", "theme"].map(|t| {
        format!(
            "A required relationship type 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/{t}' is missing."
        )
    });
    finding["type"] == "semantic"
        && finding["part_uri"] == "/word/document.xml"
        && optional
            .iter()
            .any(|o| finding["description"] == o.as_str())
}

/// The findings of strict validation of every DOCX under `dir` (`count` of them), but the two of
/// [`optional_part`].
fn findings(audit: &[String], dir: &Path, count: usize) -> Vec<String> {
    let out = Std::new(&audit[0])
        .args(&audit[1..])
        .arg(dir)
        .args(["--recursive", "--policy", "strict", "--output", "json"])
        .args(["--max-errors", "0", "--format", "office2019"])
        .env("NO_COLOR", "1")
        .env("COLUMNS", "10000")
        .output()
        .expect("openxml-audit starts");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let report: serde_json::Value = serde_json::from_str(&stdout).unwrap_or_else(|e| {
        panic!(
            "openxml-audit did not answer in JSON ({e}):\n{stdout}\n{}",
            String::from_utf8_lossy(&out.stderr)
        )
    });
    let files = report.as_array().expect("a list of files");
    assert_eq!(files.len(), count, "not every DOCX was validated: {stdout}");
    let mut found = Vec::new();
    for file in files {
        let name = file["file"].as_str().unwrap_or("?");
        let errors = file["errors"].as_array().cloned().unwrap_or_default();
        for e in errors.iter().filter(|e| !optional_part(e)) {
            found.push(format!(
                "{name}: [{} {}] {} {}: {}",
                e["type"].as_str().unwrap_or("?"),
                e["severity"].as_str().unwrap_or("?"),
                e["part_uri"].as_str().unwrap_or("?"),
                e["path"].as_str().unwrap_or(""),
                e["description"].as_str().unwrap_or("?")
            ));
        }
    }
    found
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
        // The revisions are B's: B is named by the long name, as a union would label its draft.
        cmd.args(["diff", &root("examples/mining-sector.yaml"), &profile])
            .args(["--format", "docx", "-o", &file])
            .args(["--label-b", &format!("kk:{kk};ru:{ru}")]);
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
            .code(2)
            .stderr(predicate::str::contains(
                "YYYY-MM-DD, from 1980-01-01 to 2107-12-31",
            ));
    }
}

#[test]
fn every_kind_of_docx_passes_strict_validation() {
    let Some(audit) = common::tools::or_skip(
        audit_command(),
        "openxml-audit",
        "KELISIM_REQUIRE_OPENXML_AUDIT",
        "OOXML validation of every kind of DOCX (pip install openxml-audit)",
    ) else {
        return;
    };
    let work = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    let (w, o) = (work.path(), out.path());
    let mut files: Vec<PathBuf> = Vec::new();

    // Every shipped example in both layouts, with the coverage table and without.
    let mut examples: Vec<String> = std::fs::read_dir(root("examples"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .map(|p| p.display().to_string())
        .collect();
    examples.sort();
    assert!(examples.len() >= 3, "{examples:?}");
    for layout in ["columns", "sequential"] {
        for coverage in [false, true] {
            let sub = format!("{layout}{}", if coverage { "-coverage" } else { "" });
            let mut cmd = kelisim(w);
            cmd.arg("render")
                .args(&examples)
                .args(["--format", "docx", "--layout", layout, "-o"])
                .arg(o.join(&sub));
            if coverage {
                cmd.arg("--coverage");
            }
            cmd.assert().success();
            for e in &examples {
                let stem = Path::new(e).file_stem().unwrap();
                files.push(o.join(&sub).join(stem).with_extension("docx"));
            }
        }
    }

    // Every example on a union office's own letterhead (`--reference-doc`), as made by hand and
    // as LibreOffice saves it, and a diff on it.
    for reference in ["letterhead", "letterhead-libreoffice"] {
        let file = root(&format!("tests/fixtures/reference/{reference}.docx"));
        let sub = o.join(reference);
        kelisim(w)
            .arg("render")
            .args(&examples)
            .args([
                "--format",
                "docx",
                "--coverage",
                "--reference-doc",
                &file,
                "-o",
            ])
            .arg(&sub)
            .assert()
            .success();
        for e in &examples {
            let stem = Path::new(e).file_stem().unwrap();
            files.push(sub.join(stem).with_extension("docx"));
        }
        let diffed = o.join(format!("diff-{reference}.docx"));
        kelisim(w)
            .args(["diff", "2.1@union", "2.1@employer", "--format", "docx"])
            .args(["--reference-doc", &file, "-o"])
            .arg(&diffed)
            .assert()
            .success();
        files.push(diffed);
    }

    // Tracked changes and the comparison table of two profiles, of clause variants, and of a
    // rendered DOCX against the other side's edited copy.
    let (karaganda, mining) = (
        root("examples/karaganda-coal.yaml"),
        root("examples/mining-sector.yaml"),
    );
    let diffs: [(&str, &str, &str, &str); 7] = [
        (
            "diff-profiles.docx",
            karaganda.as_str(),
            mining.as_str(),
            "docx",
        ),
        (
            "table-profiles.docx",
            karaganda.as_str(),
            mining.as_str(),
            "table",
        ),
        ("diff-variants.docx", "2.1@union", "2.1@employer", "docx"),
        ("table-variants.docx", "2.3@union", "2.3@employer", "table"),
        ("diff-docx.docx", "karaganda.docx", "edited.docx", "docx"),
        (
            "protocol-profiles.docx",
            karaganda.as_str(),
            mining.as_str(),
            "protocol",
        ),
        (
            "protocol-docx.docx",
            "karaganda.docx",
            "edited.docx",
            "protocol",
        ),
    ];
    kelisim(w)
        .args(["render", &karaganda, "--format", "docx", "-o", "."])
        .assert()
        .success();
    std::fs::rename(w.join("karaganda-coal.docx"), w.join("karaganda.docx")).unwrap();
    common::ooxml::edit_docx(&w.join("karaganda.docx"), &w.join("edited.docx"), |x| {
        x.replace("45 (қырық бес)", "60 (алпыс)")
            .replace("45 (сорок пять)", "60 (шестьдесят)")
    });
    for (name, a, b, format) in diffs {
        kelisim(w)
            .args(["diff", a, b, "--format", format, "-o"])
            .arg(o.join(name))
            .assert()
            .success();
        files.push(o.join(name));
    }
    let revised = docx_part(&o.join("diff-docx.docx"), "word/document.xml");
    assert!(revised.contains("<w:ins ") && revised.contains("<w:del "));

    // Every kind of letter, in both layouts, and on the letterhead.
    let letterhead = root("tests/fixtures/reference/letterhead.docx");
    for (kind, system) in [
        ("notice", "shift-planner"),
        ("objection", "shift-planner"),
        ("disclosure-request", "fatigue-monitor"),
        ("review-request", "fatigue-monitor"),
        ("report", ""),
    ] {
        for (sub, extra) in [
            ("letters-columns", vec!["--layout", "columns"]),
            ("letters-sequential", vec!["--layout", "sequential"]),
            (
                "letters-letterhead",
                vec!["--reference-doc", letterhead.as_str()],
            ),
        ] {
            let mut cmd = kelisim(w);
            cmd.args([
                "letter",
                kind,
                &karaganda,
                "--format",
                "docx",
                "--date",
                "2027-01-11",
            ])
            .args(&extra)
            .arg("-o")
            .arg(o.join(sub));
            let name = if system.is_empty() {
                cmd.args(["--year", "2027"]);
                format!("karaganda-coal-{kind}-2027.docx")
            } else {
                cmd.args(["--system", system]);
                format!("karaganda-coal-{kind}-{system}.docx")
            };
            cmd.assert().success();
            files.push(o.join(sub).join(name));
        }
    }

    // The edge cases of Task 1, each a valid file now.
    let edges = o.join("edges");
    std::fs::create_dir(&edges).unwrap();
    files.extend(render_empty_phrases(&edges));
    files.extend(diff_long_authors(&edges).into_iter().map(|(f, ..)| f));
    files.push(render_font_31(&edges));
    files.extend(render_epoch_bounds(&edges));

    for f in &files {
        assert!(f.is_file(), "{} was not written", f.display());
    }
    let found = findings(&audit, o, files.len());
    let shown: Vec<&String> = found.iter().take(40).collect();
    assert!(
        found.is_empty(),
        "openxml-audit (strict) reports {} finding(s) in {} files:\n{}",
        found.len(),
        files.len(),
        shown
            .iter()
            .map(|s| s.as_str())
            .collect::<Vec<_>>()
            .join("\n")
    );
}
