//! External programs some tests need: found on PATH, or the test says plainly that it skips (and
//! fails instead when the variable that requires the program is set, as `.ci/run` does).

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// `program` on PATH.
pub(crate) fn on_path(program: &str) -> Option<PathBuf> {
    std::env::split_paths(&std::env::var_os("PATH")?)
        .map(|d| d.join(program))
        .find(|p| p.is_file())
}

/// `found`, or `None` after saying on stderr that the check `what` is skipped for want of
/// `program`; a failure when the environment variable `require` is set.
pub(crate) fn or_skip<T>(found: Option<T>, program: &str, require: &str, what: &str) -> Option<T> {
    if found.is_none() {
        assert!(
            std::env::var_os(require).is_none(),
            "{program} is missing but {require} is set"
        );
        let _ = writeln!(std::io::stderr(), "SKIPPED: {what} (no {program})");
    }
    found
}

/// `kelisim ARGS` run in `dir` on a pseudo-terminal (util-linux `script`), with a clean
/// environment and a colour terminal; `None` after saying that the check `what` is skipped when
/// `script` is missing (a failure under KELISIM_REQUIRE_SCRIPT).
pub(crate) fn on_terminal(args: &str, dir: &Path, what: &str) -> Option<Output> {
    let script = or_skip(
        on_path("script"),
        "script",
        "KELISIM_REQUIRE_SCRIPT",
        &format!("{what} on a terminal (apt-get install util-linux)"),
    )?;
    let bin = env!("CARGO_BIN_EXE_kelisim");
    assert!(!bin.contains('\''), "{bin}");
    let output = Command::new(script)
        .args(["-qfec", &format!("'{bin}' {args}"), "/dev/null"])
        .current_dir(dir)
        .env_clear()
        .env("PATH", "/usr/bin:/bin")
        .env("TERM", "xterm-256color")
        .stdin(Stdio::null())
        .output()
        .expect("script starts");
    Some(output)
}
