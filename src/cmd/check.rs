//! `kelisim check`: validation and a dry render, nothing written.

use kelisim::error::{Result, Source};
use kelisim::export::markdown::coverage;
use kelisim::library::Library;

use crate::cli::CheckArgs;

/// Runs `check`.
pub fn run(args: &CheckArgs) -> Result<()> {
    let library = Library::load(args.library.clauses.as_deref())?;
    super::each_profile(&args.profiles, "have errors", |path| {
        let (profile, doc) = kelisim::render_profile(&Source::read(path)?, &library)?;
        super::print(&format!(
            "ok: {} ({}, {} norms)\n",
            path.display(),
            profile.level.name(),
            profile.norms.len()
        ))?;
        if args.coverage {
            super::print(&format!("\n{}\n", coverage(&doc.coverage)))?;
        }
        Ok(())
    })
}
