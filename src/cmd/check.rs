//! `kelisim check`: validation and a dry render, nothing written.

use kelisim::error::{Error, Result, Source};
use kelisim::library::Library;

use crate::cli::CheckArgs;

/// Runs `check`.
pub fn run(args: &CheckArgs) -> Result<()> {
    let library = Library::load(args.library.clauses.as_deref())?;
    let mut failed = 0;
    for path in &args.profiles {
        let outcome = Source::read(path).and_then(|s| kelisim::render_profile(&s, &library));
        match outcome {
            Ok((profile, _)) => super::print(&format!(
                "ok: {} ({}, {} norms)\n",
                path.display(),
                profile.level.name(),
                profile.norms.len()
            ))?,
            Err(e) => {
                eprintln!("{e}");
                failed += 1;
            }
        }
    }
    match failed {
        0 => Ok(()),
        _ if args.profiles.len() == 1 => Err(Error::Reported),
        n => Err(Error::Message(format!(
            "{n} of {} profiles have errors",
            args.profiles.len()
        ))),
    }
}
