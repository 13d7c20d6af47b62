//! `kelisim init`: a commented starter profile that passes `check` as it is, with the JSON Schema
//! beside it that editors read; and `kelisim schema`.

use std::path::Path;

use kelisim::error::Result;

use crate::cli::{InitArgs, SchemaArgs};

/// The starter profile.
pub(super) const STARTER: &str = include_str!("starter.yaml");

/// The schema's file name, beside the profile, as the starter's first line names it.
const SCHEMA_FILE: &str = "kelisim.schema.json";

/// Runs `init`.
pub(super) fn run(args: &InitArgs) -> Result<()> {
    match &args.file {
        None => super::print(STARTER),
        Some(path) => {
            let schema = path
                .parent()
                .filter(|d| !d.as_os_str().is_empty())
                .unwrap_or(Path::new("."))
                .join(SCHEMA_FILE);
            let text = kelisim::schema::profile_schema(&super::library(&Default::default())?);
            // The schema of this version is the same file: one written before is kept.
            let same = std::fs::read_to_string(&schema).is_ok_and(|t| t == text);
            let mut files = vec![(path.clone(), STARTER.as_bytes().to_vec())];
            if !same {
                files.push((schema.clone(), text.into_bytes()));
            }
            super::write_all(&files, args.force)?;
            super::ui::note(format!(
                "wrote {} and its schema {}; edit it, then run `kelisim render {}`",
                path.display(),
                schema.display(),
                path.display()
            ));
            Ok(())
        }
    }
}

/// Runs `schema`.
pub(super) fn schema(args: &SchemaArgs) -> Result<()> {
    let text = kelisim::schema::profile_schema(&super::library(&args.library)?);
    match &args.output {
        None => super::print(&text),
        Some(path) => {
            super::write_atomic(path, text.as_bytes(), args.force)?;
            super::ui::note(format!("wrote {}", path.display()));
            Ok(())
        }
    }
}
