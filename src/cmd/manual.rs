//! `kelisim completions` and `kelisim manpage`: what a shell and `man` need, generated from the
//! one definition of the command line.

use std::path::PathBuf;

use clap::CommandFactory;
use kelisim::error::{Error, Result};

use crate::cli::{Cli, CompletionsArgs, ManpageArgs};

/// Prints the completion script of `args.shell`.
pub(crate) fn completions(args: &CompletionsArgs) -> Result<()> {
    let mut command = Cli::command();
    let mut out = Vec::new();
    clap_complete::generate(args.shell, &mut command, "kelisim", &mut out);
    super::print(&String::from_utf8_lossy(&out))
}

/// Prints the main page, or writes every page into `args.dir`.
pub(crate) fn manpage(args: &ManpageArgs) -> Result<()> {
    let command = Cli::command().version(crate::cli::version());
    let Some(dir) = &args.dir else {
        return super::print(&String::from_utf8_lossy(&page(&command)?));
    };
    let mut files: Vec<(PathBuf, Vec<u8>)> = vec![(dir.join("kelisim.1"), page(&command)?)];
    let mut stack: Vec<(String, clap::Command)> = command
        .get_subcommands()
        .map(|s| (format!("kelisim-{}", s.get_name()), s.clone()))
        .collect();
    while let Some((name, sub)) = stack.pop() {
        stack.extend(
            sub.get_subcommands()
                .map(|s| (format!("{name}-{}", s.get_name()), s.clone())),
        );
        let sub = sub.name(name.clone()).version(crate::cli::version());
        files.push((dir.join(format!("{name}.1")), page(&sub)?));
    }
    files.sort();
    super::write_all(&files, args.force)?;
    super::ui::note(super::ui::say(
        "manpages-written",
        &[
            ("count", files.len().to_string()),
            ("dir", dir.display().to_string()),
        ],
    ));
    Ok(())
}

fn page(command: &clap::Command) -> Result<Vec<u8>> {
    let mut out = Vec::new();
    clap_mangen::Man::new(command.clone())
        .render(&mut out)
        .map_err(|e| Error::said("manpage-failed", vec![("error", e.to_string())]))?;
    Ok(out)
}
