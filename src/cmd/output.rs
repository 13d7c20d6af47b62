//! Writing output files: whole or not at all, never over an existing file without `--force`,
//! and with an error that says what to do when the disk refuses.

use std::fs::File;
use std::io::{BufWriter, ErrorKind, Write};
use std::path::{Path, PathBuf};

use kelisim::error::{Error, Result};
use kelisim::export::Format;

/// Where `-o` sends what a command writes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Target {
    /// Into a directory, a file per profile and format.
    Dir(PathBuf),
    /// One file, in the format its extension names.
    File(PathBuf, Format),
    /// Standard output (`-o -`).
    Stdout,
}

impl Target {
    /// What `-o output` means for `documents` documents in the `--format`s asked for (`None`:
    /// not asked): `-` is standard output; an existing directory, or a name ending in `/`, a
    /// directory; a name ending in `.md`, `.docx` or `.pdf` that one file, for one document in
    /// that one format; anything else a directory to create.
    pub(crate) fn of(output: &Path, documents: usize, asked: Option<&[Format]>) -> Result<Target> {
        if output == Path::new("-") {
            return Ok(Target::Stdout);
        }
        let as_dir = output.is_dir() || output.as_os_str().to_string_lossy().ends_with('/');
        let format = output
            .extension()
            .and_then(|e| Format::from_name(&e.to_string_lossy().to_lowercase()));
        let (Some(format), false) = (format, as_dir) else {
            return Ok(Target::Dir(output.to_path_buf()));
        };
        if documents != 1 {
            return Err(Error::usage(
                "output-one-file",
                vec![
                    ("path", output.display().to_string()),
                    ("count", documents.to_string()),
                ],
            ));
        }
        if let Some(asked) = asked
            && asked != [format]
        {
            let names: Vec<&str> = asked.iter().map(|f| f.name()).collect();
            return Err(Error::usage(
                "output-format-clash",
                vec![
                    ("path", output.display().to_string()),
                    ("format", format.name().to_string()),
                    ("asked", names.join(",")),
                ],
            ));
        }
        Ok(Target::File(output.to_path_buf(), format))
    }

    /// The target of `-o output` and the formats written there: those asked for, else the
    /// file's, else Markdown on standard output, else Markdown and DOCX in a directory.
    /// Standard output takes the Markdown of one document only.
    pub(crate) fn with_formats(
        output: &Path,
        documents: usize,
        asked: Option<&[Format]>,
    ) -> Result<(Target, Vec<Format>)> {
        let target = Target::of(output, documents, asked)?;
        let formats = match (asked, &target) {
            (Some(f), _) => f.to_vec(),
            (None, Target::Stdout) => vec![Format::Md],
            (None, Target::File(_, format)) => vec![*format],
            (None, Target::Dir(_)) => vec![Format::Md, Format::Docx],
        };
        if target == Target::Stdout && (documents > 1 || formats != [Format::Md]) {
            return Err(Error::usage("output-stdout", Vec::new()));
        }
        Ok((target, formats))
    }
}

/// Writes every `(path, bytes)` whole or not at all, after checking that none exists (unless
/// `force`), so that a refusal leaves the directory as it was.
pub(crate) fn write_all(files: &[(PathBuf, Vec<u8>)], force: bool) -> Result<()> {
    refuse_existing(files, force)?;
    files
        .iter()
        .try_for_each(|(path, bytes)| write_atomic(path, bytes, force))
}

/// An error naming the first of `files` that exists, unless `force`.
pub(crate) fn refuse_existing(files: &[(PathBuf, Vec<u8>)], force: bool) -> Result<()> {
    match files.iter().find(|(p, _)| p.exists()) {
        Some((path, _)) if !force => Err(exists(path)),
        _ => Ok(()),
    }
}

/// Writes `bytes` to `path` whole or not at all: into a temporary file beside it, then moved into
/// place. Without `force` the move is a hard link, which fails if `path` appeared in the meantime,
/// so an existing file is never replaced.
pub(crate) fn write_atomic(path: &Path, bytes: &[u8], force: bool) -> Result<()> {
    let mut file = AtomicFile::create(path, force)?;
    file.write_all(bytes).map_err(|e| refused(path, e))?;
    file.commit()
}

/// A file being written in place of `path`, whole or not at all: what is written goes to a
/// temporary file beside it, which [`AtomicFile::commit`] moves into place; dropped without a
/// commit (an error, a panic), it leaves nothing behind. Every output of kelisim, streamed or
/// not, is written through it.
pub(super) struct AtomicFile {
    path: PathBuf,
    tmp: PathBuf,
    file: Option<BufWriter<File>>,
    force: bool,
}

impl AtomicFile {
    /// Starts writing `path`; an existing file is an error unless `force`.
    pub(super) fn create(path: &Path, force: bool) -> Result<AtomicFile> {
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
        let file = File::create(&tmp).map_err(|e| refused(path, e))?;
        Ok(AtomicFile {
            path: path.to_path_buf(),
            tmp,
            file: Some(BufWriter::new(file)),
            force,
        })
    }

    /// Finishes the file and moves it into place.
    pub(super) fn commit(mut self) -> Result<()> {
        let path = self.path.clone();
        let Some(writer) = self.file.take() else {
            return Err(Error::Message(format!(
                "`{}` was already finished",
                path.display()
            )));
        };
        let file = writer
            .into_inner()
            .map_err(|e| refused(&path, e.into_error()))?;
        // A file about to replace another is flushed to the disk first, so that a power cut
        // leaves the old file or the new one, never an empty one. New files are not: a batch of
        // thousands would wait on the disk, and a power cut loses nothing that existed before.
        if self.force && path.exists() {
            file.sync_all().map_err(|e| refused(&path, e))?;
        }
        drop(file);
        // After a hard link the temporary name still has to go (Drop removes it); after a rename
        // it is already gone.
        place(&self.tmp, &path, self.force)
    }
}

impl Write for AtomicFile {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        match self.file.as_mut() {
            Some(f) => f.write(buf),
            None => Err(std::io::Error::other("the file is already finished")),
        }
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.file.as_mut().map_or(Ok(()), |f| f.flush())
    }
}

impl Drop for AtomicFile {
    fn drop(&mut self) {
        self.file = None;
        let _ = std::fs::remove_file(&self.tmp);
    }
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
pub(crate) fn ensure_dir(dir: &Path) -> Result<()> {
    std::fs::create_dir_all(dir).map_err(|e| {
        let file = dir
            .ancestors()
            .filter(|a| !a.as_os_str().is_empty())
            .find(|a| a.symlink_metadata().is_ok_and(|m| !m.is_dir()) && !a.is_dir());
        match file {
            Some(file) => Error::said(
                "output-file-in-the-way",
                vec![
                    ("dir", dir.display().to_string()),
                    ("file", file.display().to_string()),
                ],
            ),
            None => refused(dir, e),
        }
    })
}

/// An existing output that `--force` would be needed to replace.
fn exists(path: &Path) -> Error {
    Error::said("output-exists", vec![("path", path.display().to_string())])
}

/// What the file system's refusal to write `path` means for the user.
fn refused(path: &Path, e: std::io::Error) -> Error {
    let why = match e.kind() {
        ErrorKind::PermissionDenied => "permission",
        ErrorKind::ReadOnlyFilesystem => "read-only",
        ErrorKind::StorageFull | ErrorKind::QuotaExceeded => "full",
        ErrorKind::IsADirectory => "directory",
        ErrorKind::NotADirectory => "not-directory",
        _ => return Error::io("write", path, e),
    };
    Error::said(
        "output-refused",
        vec![
            ("path", path.display().to_string()),
            ("why", why.to_string()),
            ("error", e.to_string()),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    #[test]
    fn a_streamed_file_appears_whole_on_commit_and_not_at_all_without() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("index.csv");
        let mut file = AtomicFile::create(&path, false).unwrap();
        file.write_all(b"row,id\n").unwrap();
        assert!(!path.exists(), "visible before it is finished");
        drop(file);
        assert!(names(dir.path()).is_empty(), "left {:?}", names(dir.path()));

        let mut file = AtomicFile::create(&path, false).unwrap();
        file.write_all(b"row,id\n2,a\n").unwrap();
        file.commit().unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "row,id\n2,a\n");
        assert_eq!(names(dir.path()), ["index.csv"]);

        let refused = AtomicFile::create(&path, false).err().unwrap().to_string();
        assert!(refused.contains("pass --force"), "{refused}");
        let mut file = AtomicFile::create(&path, true).unwrap();
        file.write_all(b"new").unwrap();
        file.commit().unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "new");
        assert_eq!(names(dir.path()), ["index.csv"]);
    }
}
