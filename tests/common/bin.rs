//! The one way the tests run the `kelisim` binary: sealed off from the developer's machine.
//!
//! Every run starts in a directory the test gives (a temporary one), with the environment
//! cleared and only `NO_COLOR=1` put back: no `SOURCE_DATE_EPOCH`, `RUST_BACKTRACE` or
//! `KELISIM_*` of the developer's shell reaches the binary, and a relative path can only land in
//! the test's own directory, never in the repository. A test that needs a variable sets it on the
//! command it gets. Shipped files are named by absolute path with [`repo`]. External tools are
//! found with [`tool`] and started by absolute path, so no run needs `PATH`.

use std::ffi::OsStr;
use std::path::{Path, PathBuf};

/// The binary under test.
const BIN: &str = env!("CARGO_BIN_EXE_kelisim");

/// A shipped file or directory, by absolute path: `path` is relative to the repository.
pub(crate) fn repo(path: impl AsRef<Path>) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

/// Copies the directory `from` (a shipped one, from [`repo`]) with everything in it to `to`,
/// byte for byte, creating `to` and its parents: for a test whose binary must see shipped files
/// by the relative names it has always used, from inside its own directory.
pub(crate) fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap_or_else(|e| panic!("{}: {e}", to.display()));
    for entry in std::fs::read_dir(from).unwrap_or_else(|e| panic!("{}: {e}", from.display())) {
        let entry = entry.unwrap();
        let (src, dst) = (entry.path(), to.join(entry.file_name()));
        if entry.file_type().unwrap().is_dir() {
            copy_tree(&src, &dst);
        } else {
            std::fs::copy(&src, &dst).unwrap_or_else(|e| panic!("{}: {e}", src.display()));
        }
    }
}

/// `program` set up to run in `dir` with nothing of the environment but `NO_COLOR=1`.
fn sealed(program: impl AsRef<OsStr>, dir: &Path) -> std::process::Command {
    let mut cmd = std::process::Command::new(program);
    cmd.current_dir(dir).env_clear().env("NO_COLOR", "1");
    cmd
}

/// `kelisim` in `dir`, sealed off (see the module's documentation); add its arguments.
pub(crate) fn kelisim(dir: &Path) -> assert_cmd::Command {
    assert_cmd::Command::from_std(kelisim_std(dir))
}

/// [`kelisim`] as a `std::process::Command`, for what `assert_cmd` does not offer: another user
/// id, a standard output of the test's choosing.
pub(crate) fn kelisim_std(dir: &Path) -> std::process::Command {
    sealed(BIN, dir)
}

/// `TOOL TOOL_ARGS… kelisim` in `dir`, sealed off the same way (the tool and the binary both see
/// only `NO_COLOR=1`): for `prlimit`, `strace`. `tool` is an absolute path, from [`tool`]; add
/// kelisim's arguments.
pub(crate) fn kelisim_under(tool: &Path, tool_args: &[&str], dir: &Path) -> std::process::Command {
    let mut cmd = sealed(tool, dir);
    cmd.args(tool_args).arg(BIN);
    cmd
}

/// The absolute path of `program` on the test process's `PATH`, if it is installed.
pub(crate) fn tool(program: &str) -> Option<PathBuf> {
    std::env::split_paths(&std::env::var_os("PATH")?)
        .map(|d| d.join(program))
        .find(|p| p.is_file())
}

/// Writes an executable shell script `text` at `path`: a stand-in for a program kelisim runs.
pub(crate) fn script(path: &Path, text: &str) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::write(path, text).unwrap();
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o755)).unwrap();
}
