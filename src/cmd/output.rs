//! Writing output files: whole or not at all, never over an existing file without `--force`,
//! and with an error that says what to do when the disk refuses.

use std::io::ErrorKind;
use std::path::{Path, PathBuf};

use kelisim::error::{Error, Result};

/// Writes every `(path, bytes)` whole or not at all, after checking that none exists (unless
/// `force`), so that a refusal leaves the directory as it was.
pub fn write_all(files: &[(PathBuf, Vec<u8>)], force: bool) -> Result<()> {
    if !force && let Some((path, _)) = files.iter().find(|(p, _)| p.exists()) {
        return Err(exists(path));
    }
    files
        .iter()
        .try_for_each(|(path, bytes)| write_atomic(path, bytes, force))
}

/// Writes `bytes` to `path` whole or not at all: into a temporary file beside it, then moved into
/// place. Without `force` the move is a hard link, which fails if `path` appeared in the meantime,
/// so an existing file is never replaced.
pub fn write_atomic(path: &Path, bytes: &[u8], force: bool) -> Result<()> {
    if !force && path.symlink_metadata().is_ok() {
        return Err(exists(path));
    }
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    ensure_dir(dir)?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy())
        .unwrap_or_default();
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    // A file about to replace another is flushed to the disk first, so that a power cut leaves
    // the old file or the new one, never an empty one. New files are not: a batch of thousands
    // would wait on the disk, and a power cut loses nothing that existed before.
    let replacing = force && path.exists();
    let placed = write_file(&tmp, bytes, replacing)
        .map_err(|e| refused(path, e))
        .and_then(|()| place(&tmp, path, force));
    // After a hard link, or after a failure, the temporary name has to go; after a rename it is
    // already gone.
    let _ = std::fs::remove_file(&tmp);
    placed
}

fn write_file(path: &Path, bytes: &[u8], flush: bool) -> std::io::Result<()> {
    let mut file = std::fs::File::create(path)?;
    std::io::Write::write_all(&mut file, bytes)?;
    if flush {
        file.sync_all()?;
    }
    Ok(())
}

/// Moves the finished temporary file to `path`.
fn place(tmp: &Path, path: &Path, force: bool) -> Result<()> {
    if !force {
        match std::fs::hard_link(tmp, path) {
            Ok(()) => return Ok(()),
            Err(e) if e.kind() == ErrorKind::AlreadyExists => return Err(exists(path)),
            // A file system without hard links: the check at the start has to do.
            Err(_) => {}
        }
    }
    std::fs::rename(tmp, path).map_err(|e| refused(path, e))
}

/// Creates `dir` and its parents; when that fails because a file stands where a directory should
/// be, says which file (the check runs only on failure: this is on every write of a batch).
pub fn ensure_dir(dir: &Path) -> Result<()> {
    std::fs::create_dir_all(dir).map_err(|e| {
        let file = dir
            .ancestors()
            .filter(|a| !a.as_os_str().is_empty())
            .find(|a| a.symlink_metadata().is_ok_and(|m| !m.is_dir()) && !a.is_dir());
        match file {
            Some(file) => Error::Message(format!(
                "cannot write into `{}`: `{}` is a file, not a directory; choose another output directory or move the file",
                dir.display(),
                file.display()
            )),
            None => refused(dir, e),
        }
    })
}

/// An existing output that `--force` would be needed to replace.
fn exists(path: &Path) -> Error {
    Error::Message(format!(
        "`{}` already exists and was left as it is; pass --force to overwrite it, or choose another output directory",
        path.display()
    ))
}

/// What the file system's refusal to write `path` means for the user.
fn refused(path: &Path, e: std::io::Error) -> Error {
    let (what, fix) = match e.kind() {
        ErrorKind::PermissionDenied => ("permission denied", "Choose a writable output directory."),
        ErrorKind::ReadOnlyFilesystem => (
            "the file system is read-only",
            "Choose a writable output directory.",
        ),
        ErrorKind::StorageFull | ErrorKind::QuotaExceeded => {
            ("the disk is full", "Free some space and run again.")
        }
        ErrorKind::IsADirectory => (
            "a directory of that name is in the way",
            "Move it or choose another output directory.",
        ),
        ErrorKind::NotADirectory => (
            "part of the path is a file, not a directory",
            "Choose another output directory.",
        ),
        _ => return Error::io("write", path, e),
    };
    Error::Message(format!(
        "cannot write `{}`: {what} ({e}); nothing was written there. {fix}",
        path.display()
    ))
}
