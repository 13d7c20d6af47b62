//! `kelisim check`: validation and a dry render, nothing written.

use kelisim::error::{Error, Source};
use kelisim::export::markdown::table;

use super::CmdResult;
use crate::cli::CheckArgs;

/// Runs `check`.
pub(super) fn run(args: &CheckArgs) -> CmdResult {
    if let Some(dir) = &args.library.clauses {
        super::lint(Some(dir))?;
    }
    let library = super::library(&args.library)?;
    let floor = match &args.floor {
        Some(path) => Some(kelisim::render_profile(&Source::read(path)?, &library)?.0),
        None => None,
    };
    super::each_profile(&args.profiles, "have errors", |path| {
        let source = Source::read(path)?;
        let (profile, annex) = kelisim::render_profile(&source, &library)?;
        super::warn(&profile);
        if let Some(upper) = &floor {
            let findings = kelisim::floor::check(&profile, &source, upper, &library);
            if !findings.is_empty() {
                return Err(Error::Invalid(findings));
            }
        }
        if super::ui::json() {
            return Ok(());
        }
        super::print(&format!(
            "ok: {} ({}, {} norms)\n",
            source.name,
            profile.level.name(),
            profile.norms.len()
        ))?;
        if args.coverage {
            super::print(&format!("\n{}\n", table(&annex.coverage.table())))?;
        }
        Ok(())
    })
}
