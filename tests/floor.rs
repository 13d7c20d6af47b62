//! `check --floor`: an enterprise profile is compared with the sectoral profile above it.
//!
//! The binary runs in a temporary directory holding a copy of `tests/fixtures/floor/` under that
//! same relative path, so its messages name the files as the pinned snapshot does.

mod common;

use common::{copy_tree, kelisim, repo};
use predicates::prelude::*;

const FLOOR: &str = "tests/fixtures/floor";

/// A fresh directory with the floor fixtures at `tests/fixtures/floor/`.
fn workspace() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_tree(&repo(FLOOR), &dir.path().join(FLOOR));
    dir
}

fn check(profile: &str) -> assert_cmd::assert::Assert {
    let dir = workspace();
    kelisim(dir.path())
        .args(["check", &format!("{FLOOR}/{profile}")])
        .args(["--floor", &format!("{FLOOR}/mining-sector.yaml")])
        .assert()
}

#[test]
fn every_point_below_the_floor_is_reported() {
    let out = check("mine-below.yaml").code(1);
    let stderr = String::from_utf8(out.get_output().stderr.clone()).unwrap();
    insta::assert_snapshot!(stderr);
    for needle in [
        "`notice_days` of norm 1.1 is 30, less favourable to workers than 45",
        "norm 2.3 uses the `recommended` wording, weaker than `union`",
        "`report_due` of norm 5.1 is 03-01, less favourable to workers than 02-15",
        "`audit_every_months` of norm 5.3 is 36, less favourable to workers than 24",
    ] {
        assert!(stderr.contains(needle), "missing: {needle}\n{stderr}");
    }
}

#[test]
fn a_profile_at_or_above_the_floor_passes() {
    check("mine-above.yaml")
        .success()
        .stdout(predicate::str::contains(
            "ok: tests/fixtures/floor/mine-above.yaml",
        ));
}

#[test]
fn a_missing_norm_is_below_the_floor() {
    let dir = workspace();
    let text = std::fs::read_to_string(repo(FLOOR).join("mine-above.yaml")).unwrap();
    let without = text.replace(
        "  - id: annual-report\n    params: {report_due: \"02-01\"}\n",
        "",
    );
    let path = dir.path().join("no-report.yaml");
    std::fs::write(&path, without).unwrap();
    kelisim(dir.path())
        .arg("check")
        .arg(&path)
        .args(["--floor", &format!("{FLOOR}/mining-sector.yaml")])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("norm 5.1 (annual-report) of"))
        .stderr(predicate::str::contains("is not adopted"));
}
