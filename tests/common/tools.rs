//! External programs some tests need: found on PATH, or the test says plainly that it skips (and
//! fails instead when the variable that requires the program is set, as `.ci/run` does).

use std::io::Write;
use std::path::PathBuf;

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
