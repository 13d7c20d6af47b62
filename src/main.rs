//! The `kelisim` binary: parse arguments, run the command, map the outcome to an exit code
//! (0 success, 1 bad input or failed render, 2 usage — clap's own, 70 internal error).

mod cli;
mod cmd;

use std::panic::{self, AssertUnwindSafe, PanicHookInfo};
use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches};

/// Exit code of a usage mistake, as clap's own.
const USAGE: u8 = 2;

/// Exit code of an internal error (a bug in kelisim), after BSD's `EX_SOFTWARE`.
const INTERNAL_ERROR: u8 = 70;

fn main() -> ExitCode {
    panic::set_hook(Box::new(report_bug));
    let matches = cli::Cli::command().version(cli::version()).get_matches();
    let cli = cli::Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit());
    let outcome = panic::catch_unwind(AssertUnwindSafe(|| {
        // Lets the test suite prove that a bug reaches the user as a report, not a panic.
        if std::env::var_os("KELISIM_TEST_INTERNAL_ERROR").is_some() {
            panic!("KELISIM_TEST_INTERNAL_ERROR is set");
        }
        cmd::run(cli.command, &cli.global)
    }));
    let code = match outcome {
        Ok(Ok(())) => ExitCode::SUCCESS,
        Ok(Err(cmd::Failure::Reported)) => ExitCode::from(1),
        Ok(Err(cmd::Failure::Exit(code))) => ExitCode::from(code),
        Ok(Err(cmd::Failure::Error(e))) => {
            cmd::ui::report(&e);
            ExitCode::from(if e.is_usage() { USAGE } else { 1 })
        }
        Err(_) => ExitCode::from(INTERNAL_ERROR),
    };
    cmd::ui::finish();
    code
}

/// Replaces Rust's panic message and backtrace with a report a user can act on. Runs once, on
/// the thread that failed (a batch worker as well as the main thread).
fn report_bug(info: &PanicHookInfo<'_>) {
    let what = info
        .payload()
        .downcast_ref::<&str>()
        .copied()
        .or_else(|| info.payload().downcast_ref::<String>().map(String::as_str))
        .unwrap_or("no message");
    let place = info
        .location()
        .map(|l| format!(" at {}:{}", l.file(), l.line()))
        .unwrap_or_default();
    eprintln!(
        "{}internal error in kelisim {}: {what}{place}\n  \
         = help: this is a bug in kelisim, not a mistake in your input. Please report it to the \
         kelisim maintainers with the command you ran, the output of `kelisim --version` and the \
         input files. Output files are written whole or not at all, so none is half-written.",
        cmd::ui::error(),
        env!("CARGO_PKG_VERSION")
    );
}
