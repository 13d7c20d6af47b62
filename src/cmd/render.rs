//! `kelisim render`: profiles in, annexes out. One bad profile does not stop the others.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use kelisim::error::{Error, Result, Source};
use kelisim::export::{MarkdownOptions, markdown};
use kelisim::library::Library;

use crate::cli::{Format, RenderArgs};

/// Runs `render`.
pub fn run(args: &RenderArgs) -> Result<()> {
    let to_stdout = args.output == Path::new("-");
    if to_stdout && args.profiles.len() > 1 {
        return Err(Error::Message(
            "`-o -` writes one profile to standard output; give one profile, or a directory".into(),
        ));
    }
    let library = Library::load(args.library.clauses.as_deref())?;
    let mut written = BTreeSet::new();
    let mut failed = 0;
    for path in &args.profiles {
        if let Err(e) = render_one(path, args, &library, to_stdout, &mut written) {
            eprintln!("{e}");
            failed += 1;
        }
    }
    match failed {
        0 => Ok(()),
        _ if args.profiles.len() == 1 => Err(Error::Reported),
        n => Err(Error::Message(format!(
            "{n} of {} profiles failed; the others were written",
            args.profiles.len()
        ))),
    }
}

fn render_one(
    path: &Path,
    args: &RenderArgs,
    library: &Library,
    to_stdout: bool,
    written: &mut BTreeSet<PathBuf>,
) -> Result<()> {
    let source = Source::read(path)?;
    let (profile, doc) = kelisim::render_profile(&source, library)?;
    let opts = MarkdownOptions {
        layout: args.layout.or(profile.layout).unwrap_or_default(),
    };
    for format in &args.format {
        let (ext, bytes) = match format {
            Format::Md => ("md", markdown(&doc, &opts).into_bytes()),
        };
        if to_stdout {
            super::print(&String::from_utf8_lossy(&bytes))?;
            continue;
        }
        let stem = path.file_stem().unwrap_or_default();
        let out = args.output.join(stem).with_extension(ext);
        if !written.insert(out.clone()) {
            return Err(Error::Message(format!(
                "two profiles would both write `{}`; rename one of them",
                out.display()
            )));
        }
        super::write_atomic(&out, &bytes, args.force)?;
        eprintln!("wrote {}", out.display());
    }
    Ok(())
}
