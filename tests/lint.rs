//! `lint` on the shipped library (clean) and on fixture libraries with one defect each, whose
//! findings are pinned; `check --clauses DIR` runs the same checks.

mod common;

use common::{kelisim, repo};
use kelisim::error::Error;
use kelisim::load::files;

#[test]
fn every_built_in_file_is_in_nfc() {
    for (name, text) in files::builtin() {
        assert!(unicode_normalization::is_nfc(text), "{name} is not in NFC");
    }
}

#[test]
fn the_shipped_library_is_clean() {
    let findings = kelisim::lint::lint(&files::load(None).unwrap());
    assert!(
        findings.is_empty(),
        "{}",
        Error::Invalid(findings).render("error: ")
    );
}

#[test]
fn each_defect_is_found_and_named() {
    insta::glob!("fixtures/lint/*/4.2-retraining-guarantees.yaml", |path| {
        let dir = path
            .parent()
            .unwrap()
            .strip_prefix(env!("CARGO_MANIFEST_DIR"))
            .unwrap();
        let findings = kelisim::lint::lint(&files::load(Some(dir)).unwrap());
        assert!(!findings.is_empty(), "{} passed lint", dir.display());
        for f in &findings {
            assert!(
                f.file.contains("fixtures/lint/"),
                "a finding outside the fixture: {f}"
            );
        }
        insta::assert_snapshot!(Error::Invalid(findings).render("error: "));
    });
}

#[test]
fn check_lints_a_clause_override_before_rendering() {
    let dir = tempfile::tempdir().unwrap();
    let out = kelisim(dir.path())
        .arg("check")
        .arg(repo("examples/karaganda-coal.yaml"))
        .arg("--clauses")
        .arg(repo("tests/fixtures/lint/latin-letter"))
        .assert()
        .code(1);
    let stderr = String::from_utf8(out.get_output().stderr.clone()).unwrap();
    assert!(
        stderr.contains("Latin «o» inside the Cyrillic word «oрны»"),
        "{stderr}"
    );
    assert!(
        !String::from_utf8(out.get_output().stdout.clone())
            .unwrap()
            .contains("ok:")
    );
}
