//! When the disk refuses (issue 8): a missing output directory is created; a read-only one, a file
//! in the way, a full disk or an existing output without `--force` give a clear error, leave
//! nothing half-written and overwrite nothing. An internal error is reported, never shown as a
//! Rust panic.

mod common;

use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};

use common::{kelisim, kelisim_std, repo};

/// A fresh directory holding the base profile of the hostile corpus as `p.yaml`.
fn workspace() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        repo("tests/fixtures/hostile/base.yaml"),
        dir.path().join("p.yaml"),
    )
    .unwrap();
    dir
}

/// Every file under `dir`, relative, sorted.
fn files(dir: &Path) -> Vec<String> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p.clone());
            }
            out.push(p.strip_prefix(dir).unwrap().display().to_string());
        }
    }
    out.sort();
    out
}

fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn assert_clean_failure(out: &std::process::Output, says: &str) {
    let err = stderr(out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.starts_with("error: ") && err.contains(says), "{err}");
    assert!(!err.contains("panicked"), "{err}");
}

#[test]
fn a_missing_output_directory_is_created_with_its_parents() {
    let dir = workspace();
    kelisim(dir.path())
        .args(["render", "p.yaml", "-o", "a/b/c"])
        .assert()
        .success();
    assert_eq!(
        files(&dir.path().join("a/b/c")),
        ["p.docx", "p.md"],
        "only the two outputs, no temporary file"
    );
}

#[test]
fn an_existing_output_is_kept_and_its_sibling_not_written_without_force() {
    let dir = workspace();
    std::fs::create_dir(dir.path().join("out")).unwrap();
    std::fs::write(dir.path().join("out/p.docx"), "signed copy").unwrap();
    let out = kelisim(dir.path())
        .args(["render", "p.yaml", "-o", "out"])
        .output()
        .unwrap();
    assert_clean_failure(&out, "`out/p.docx` already exists and was left as it is");
    assert_eq!(
        std::fs::read_to_string(dir.path().join("out/p.docx")).unwrap(),
        "signed copy"
    );
    assert_eq!(
        files(&dir.path().join("out")),
        ["p.docx"],
        "p.md written after all"
    );

    kelisim(dir.path())
        .args(["render", "p.yaml", "-o", "out", "--force"])
        .assert()
        .success();
    assert_eq!(files(&dir.path().join("out")), ["p.docx", "p.md"]);
    assert!(
        std::fs::read(dir.path().join("out/p.docx"))
            .unwrap()
            .starts_with(b"PK")
    );
}

#[test]
fn a_file_where_the_output_directory_should_be_is_named() {
    let dir = workspace();
    std::fs::write(dir.path().join("out"), "notes").unwrap();
    for target in ["out", "out/sub"] {
        let out = kelisim(dir.path())
            .args(["render", "p.yaml", "-o", target])
            .output()
            .unwrap();
        assert_clean_failure(&out, "`out` is a file, not a directory");
    }
    assert_eq!(
        std::fs::read_to_string(dir.path().join("out")).unwrap(),
        "notes"
    );
}

#[test]
fn a_directory_where_an_output_file_should_be_is_named_even_with_force() {
    let dir = workspace();
    std::fs::create_dir_all(dir.path().join("out/p.md")).unwrap();
    let out = kelisim(dir.path())
        .args(["render", "p.yaml", "-o", "out", "--force"])
        .output()
        .unwrap();
    assert_clean_failure(
        &out,
        "cannot write `out/p.md`: a directory of that name is in the way",
    );
    assert_eq!(
        files(&dir.path().join("out")),
        ["p.md"],
        "a temporary file was left"
    );
}

/// Runs `kelisim ARGS` in `dir` as a user who may not write `ro`: as the user running the tests,
/// or as `nobody` when that user is root (root writes anywhere).
fn as_unprivileged(dir: &Path, args: &[&str]) -> std::process::Output {
    use std::os::unix::process::CommandExt;
    let mut cmd = kelisim_std(dir);
    cmd.args(args);
    let probe = dir.join(".whoami");
    std::fs::write(&probe, "").unwrap();
    if std::fs::metadata(&probe).unwrap().uid() == 0 {
        cmd.uid(65534).gid(65534);
        std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    std::fs::remove_file(&probe).unwrap();
    cmd.output().expect("kelisim runs")
}

#[test]
fn a_read_only_output_directory_gives_a_clear_error_and_no_file() {
    let dir = workspace();
    let ro: PathBuf = dir.path().join("ro");
    std::fs::create_dir(&ro).unwrap();
    std::fs::set_permissions(&ro, std::fs::Permissions::from_mode(0o555)).unwrap();
    let out = as_unprivileged(dir.path(), &["render", "p.yaml", "-o", "ro"]);
    assert_clean_failure(&out, "cannot write `ro/p.md`: permission denied");
    assert!(stderr(&out).contains("choose a writable output directory"));
    assert!(files(&ro).is_empty(), "{:?}", files(&ro));
}

#[test]
fn a_full_disk_on_standard_output_is_an_error_not_a_success() {
    let dir = workspace();
    let full = std::fs::File::create("/dev/full").expect("/dev/full exists on Linux");
    let out = kelisim_std(dir.path())
        .args(["render", "p.yaml", "-o", "-"])
        .stdout(full)
        .output()
        .unwrap();
    assert_clean_failure(&out, "No space left on device");
}

#[test]
fn a_batch_does_not_overwrite_an_earlier_batch_without_force() {
    let dir = tempfile::tempdir().unwrap();
    let batch = repo("examples/batch/manifest.yaml");
    std::fs::create_dir(dir.path().join("out")).unwrap();
    std::fs::write(dir.path().join("out/index.csv"), "earlier").unwrap();
    let out = kelisim(dir.path())
        .args(["batch", batch.to_str().unwrap(), "-o", "out", "--quiet"])
        .output()
        .unwrap();
    assert_clean_failure(&out, "`out/index.csv` is there from an earlier batch");
    assert_eq!(files(&dir.path().join("out")), ["index.csv"]);
    assert_eq!(
        std::fs::read_to_string(dir.path().join("out/index.csv")).unwrap(),
        "earlier"
    );
}

#[test]
fn eject_writes_nothing_when_one_file_is_in_the_way() {
    let dir = tempfile::tempdir().unwrap();
    kelisim(dir.path())
        .args(["clauses", "eject", "lib"])
        .assert()
        .success();
    let all = files(&dir.path().join("lib"));
    std::fs::remove_dir_all(dir.path().join("lib")).unwrap();
    let last = all.last().unwrap().clone();
    std::fs::create_dir_all(dir.path().join("lib").join(&last).parent().unwrap()).unwrap();
    std::fs::write(dir.path().join("lib").join(&last), "my edits").unwrap();
    let out = kelisim(dir.path())
        .args(["clauses", "eject", "lib"])
        .output()
        .unwrap();
    assert_clean_failure(&out, "already exists and was left as it is");
    let left: Vec<String> = files(&dir.path().join("lib"))
        .into_iter()
        .filter(|f| dir.path().join("lib").join(f).is_file())
        .collect();
    assert_eq!(left, std::slice::from_ref(&last));
    assert_eq!(
        std::fs::read_to_string(dir.path().join("lib").join(&last)).unwrap(),
        "my edits"
    );
}

#[test]
fn an_internal_error_is_reported_with_how_to_report_it_and_no_backtrace() {
    let dir = workspace();
    let out = kelisim(dir.path())
        .args(["render", "p.yaml", "-o", "out"])
        .env("KELISIM_TEST_INTERNAL_ERROR", "1")
        .env("RUST_BACKTRACE", "full")
        .output()
        .unwrap();
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(70), "{err}");
    assert!(
        err.starts_with("error: internal error in kelisim "),
        "{err}"
    );
    assert!(
        err.contains("this is a bug in kelisim, not a mistake in your input"),
        "{err}"
    );
    assert!(err.contains("Please report it"), "{err}");
    for panic in ["panicked", "stack backtrace", "RUST_BACKTRACE", "note:"] {
        assert!(!err.contains(panic), "{panic} in\n{err}");
    }
    assert!(!dir.path().join("out").exists());
}

/// A file that replaces another under `--force` is flushed to the disk before the rename, so a
/// power cut leaves the old file or the new one; a new file is not flushed (that would slow a
/// batch down to the disk's pace). Watched with strace, since a power cut cannot be staged.
#[test]
fn a_file_replaced_with_force_is_flushed_before_it_takes_the_old_ones_place() {
    let strace = common::tool("strace").filter(|strace| {
        std::process::Command::new(strace)
            .arg("-V")
            .output()
            .is_ok_and(|o| o.status.success())
    });
    let Some(strace) = strace else {
        assert!(
            std::env::var_os("KELISIM_REQUIRE_STRACE").is_none(),
            "strace is missing but KELISIM_REQUIRE_STRACE is set"
        );
        eprintln!("SKIPPED: the flush check (apt-get install strace)");
        return;
    };
    let dir = workspace();
    let log = dir.path().join("trace");
    let traced = |force: bool| {
        let mut cmd = common::kelisim_under(
            &strace,
            &[
                "-f",
                "-e",
                "trace=fsync,fdatasync,rename,renameat,renameat2,link,linkat",
                "-o",
                log.to_str().unwrap(),
            ],
            dir.path(),
        );
        cmd.args(["render", "p.yaml", "-o", "out", "--format", "md"]);
        if force {
            cmd.arg("--force");
        }
        let out = cmd.output().unwrap();
        assert!(out.status.success(), "{}", stderr(&out));
        // One line per call: "PID name(args) = result"; only the call names, in order.
        std::fs::read_to_string(&log)
            .unwrap()
            .lines()
            .filter_map(|l| {
                l.split_whitespace()
                    .nth(1)?
                    .split('(')
                    .next()
                    .map(String::from)
            })
            .filter(|call| !call.is_empty() && !call.starts_with('+'))
            .collect::<Vec<String>>()
    };
    let new = traced(false);
    assert!(
        !new.iter()
            .any(|c| c.starts_with("fsync") || c.starts_with("fdatasync")),
        "a new file was flushed: {new:?}"
    );
    assert!(new.iter().any(|c| c.starts_with("link")), "{new:?}");
    let replaced = traced(true);
    let flush = replaced
        .iter()
        .position(|c| c.starts_with("fsync") || c.starts_with("fdatasync"));
    let rename = replaced.iter().position(|c| c.starts_with("rename"));
    assert!(
        matches!((flush, rename), (Some(f), Some(r)) if f < r),
        "the replacing file must be flushed before the rename: {replaced:?}"
    );
}
