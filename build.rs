//! Build script: the git revision and the day of the build for `kelisim --version`, which a bug
//! report quotes. The day is the commit's (or `SOURCE_DATE_EPOCH`'s), so the same revision
//! builds the same binary. And the list of the built-in clause files and phrase books
//! (`$OUT_DIR/builtin.rs`), each included as text, so that the compiler checks once that they are
//! UTF-8 and a run does not.

use std::process::Command;

fn main() {
    builtin_files();
    let git = |args: &[&str]| {
        Command::new("git")
            .args(args)
            .output()
            .ok()
            .filter(|o| o.status.success())
            .and_then(|o| String::from_utf8(o.stdout).ok())
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty())
    };
    let revision = git(&["rev-parse", "--short=12", "HEAD"]).unwrap_or_else(|| "unknown".into());
    let dirty = git(&["status", "--porcelain", "--untracked-files=no"]).is_some();
    // Seconds since 1970; the binary writes the day.
    let built = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .filter(|s| s.trim().parse::<i64>().is_ok())
        .or_else(|| git(&["log", "-1", "--format=%ct"]))
        .unwrap_or_default();
    println!(
        "cargo:rustc-env=KELISIM_REVISION={revision}{}",
        if dirty { "-modified" } else { "" }
    );
    println!("cargo:rustc-env=KELISIM_BUILT={}", built.trim());
    println!("cargo:rerun-if-env-changed=SOURCE_DATE_EPOCH");
    for path in [".git/HEAD", ".git/index"] {
        if std::path::Path::new(path).exists() {
            println!("cargo:rerun-if-changed={path}");
        }
    }
    if let Some(head) = std::fs::read_to_string(".git/HEAD")
        .ok()
        .and_then(|h| h.strip_prefix("ref: ").map(|r| r.trim().to_string()))
    {
        let reference = format!(".git/{head}");
        if std::path::Path::new(&reference).exists() {
            println!("cargo:rerun-if-changed={reference}");
        }
    }
}

/// Writes `$OUT_DIR/builtin.rs`: `BUILTIN`, every `clauses/*.yaml` (by its file name) and
/// `locales/*.ftl` (as `locales/NAME`), in that order, each sorted by name, with its text.
fn builtin_files() {
    let root = std::path::PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap_or_default());
    let mut entries = Vec::new();
    for (dir, ext, prefix) in [("clauses", "yaml", ""), ("locales", "ftl", "locales/")] {
        println!("cargo:rerun-if-changed={dir}");
        let mut names: Vec<String> = std::fs::read_dir(root.join(dir))
            .map(|d| {
                d.filter_map(|e| e.ok())
                    .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
                    .map(|e| e.file_name().to_string_lossy().into_owned())
                    .filter(|n| n.ends_with(&format!(".{ext}")))
                    .collect()
            })
            .unwrap_or_default();
        names.sort();
        for name in names {
            let path = root.join(dir).join(&name);
            entries.push(format!(
                "    ({:?}, include_str!({:?})),\n",
                format!("{prefix}{name}"),
                path.display().to_string()
            ));
        }
    }
    let code = format!(
        "/// Every built-in clause file and phrase book: (path in an ejected directory, text).\n\
         pub(crate) static BUILTIN: &[(&str, &str)] = &[\n{}];\n",
        entries.concat()
    );
    let out = std::path::PathBuf::from(std::env::var("OUT_DIR").unwrap_or_default());
    if let Err(e) = std::fs::write(out.join("builtin.rs"), code) {
        panic!("cannot write builtin.rs into OUT_DIR: {e}");
    }
}
