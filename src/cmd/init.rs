//! `kelisim init`: a commented starter profile that passes `check` as it is.

use kelisim::error::Result;

use crate::cli::InitArgs;

/// The starter profile.
pub(super) const STARTER: &str = include_str!("starter.yaml");

/// Runs `init`.
pub(super) fn run(args: &InitArgs) -> Result<()> {
    match &args.file {
        None => super::print(STARTER),
        Some(path) => {
            super::write_atomic(path, STARTER.as_bytes(), args.force)?;
            eprintln!(
                "wrote {}; edit it, then run `kelisim render {}`",
                path.display(),
                path.display()
            );
            Ok(())
        }
    }
}
