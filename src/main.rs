//! The `kelisim` binary: parse arguments, run the command, map the outcome to an exit code
//! (0 success, 1 bad input or failed render, 2 usage — clap's own).

mod cli;
mod cmd;

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = cli::Cli::parse();
    match cmd::run(cli.command) {
        Ok(()) => ExitCode::SUCCESS,
        Err(kelisim::error::Error::Reported) => ExitCode::from(1),
        Err(e) => {
            eprintln!("{e}");
            ExitCode::from(1)
        }
    }
}
