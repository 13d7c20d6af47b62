//! `kelisim init`: a commented starter profile that passes `check` as it is, with the JSON Schema
//! beside it that editors read; and `kelisim schema`.

use std::path::Path;

use kelisim::error::Result;

use crate::cli::{InitArgs, SchemaArgs};

/// The starter profile.
pub(super) const STARTER: &str = include_str!("starter.yaml");

/// The schema's file name, beside the profile, as the starter's first line names it.
const SCHEMA_FILE: &str = "kelisim.schema.json";

/// Runs `init`: the questions on a terminal (or with `--interactive`), else the starter.
pub(super) fn run(args: &InitArgs) -> Result<()> {
    let asked = !args.starter && (args.interactive || super::ask::on_terminal());
    let text = if asked {
        let library = super::library(&Default::default())?;
        let text = super::ask::profile(library)?;
        // What the answers make passes `check`, or nothing is written.
        let name = args
            .file
            .as_ref()
            .map_or("<answers>".to_string(), |p| p.display().to_string());
        kelisim::render_profile(&kelisim::Source::new(name, &text), library)?;
        text
    } else {
        STARTER.to_string()
    };
    match &args.file {
        None => super::print(&text),
        Some(path) => {
            let schema = path
                .parent()
                .filter(|d| !d.as_os_str().is_empty())
                .unwrap_or(Path::new("."))
                .join(SCHEMA_FILE);
            let json = kelisim::schema::profile_schema(super::library(&Default::default())?);
            // The schema of this version is the same file: one written before is kept.
            let same = std::fs::read_to_string(&schema).is_ok_and(|t| t == json);
            let mut files = vec![(path.clone(), text.into_bytes())];
            if !same {
                files.push((schema.clone(), json.into_bytes()));
            }
            super::write_all(&files, args.force)?;
            super::ui::note(super::ui::say(
                "init-wrote",
                &[
                    ("path", path.display().to_string()),
                    ("schema", schema.display().to_string()),
                ],
            ));
            Ok(())
        }
    }
}

/// Runs `schema`.
pub(super) fn schema(args: &SchemaArgs) -> Result<()> {
    let text = kelisim::schema::profile_schema(super::library(&args.library)?);
    match &args.output {
        None => super::print(&text),
        Some(path) => {
            super::write_atomic(path, text.as_bytes(), args.force)?;
            super::ui::wrote(path);
            Ok(())
        }
    }
}
