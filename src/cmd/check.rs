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
        Some(path) => Some(kelisim::render_profile(&Source::read(path)?, library)?.0),
        None => None,
    };
    super::each_profile(&args.profiles, "check-failed", |path| {
        let source = Source::read(path)?;
        let (profile, annex) = kelisim::render_profile(&source, library)?;
        super::warn(&profile);
        if let Some(upper) = &floor {
            let findings = kelisim::floor::check(&profile, &source, upper, library);
            if !findings.is_empty() {
                return Err(Error::Invalid(findings));
            }
        }
        if super::ui::json() {
            return Ok(());
        }
        let ok = super::ui::say(
            "check-ok",
            &[
                ("file", source.name.clone()),
                ("level", profile.level.name().to_string()),
                ("count", profile.norms.len().to_string()),
            ],
        );
        super::print(&format!("{ok}\n"))?;
        if args.coverage {
            super::print(&format!("\n{}\n", table(&annex.coverage.table())))?;
        }
        Ok(())
    })
}
