//! Build script: the git revision and the day of the build for `kelisim --version`, which a bug
//! report quotes. The day is the commit's (or `SOURCE_DATE_EPOCH`'s), so the same revision
//! builds the same binary. And the list of the built-in clause files and phrase books
//! (`$OUT_DIR/builtin.rs`), each included as text, so that the compiler checks once that they are
//! UTF-8 and a run does not; and each clause file as JSON (`$OUT_DIR/compiled/`), which a run that
//! only uses the built-in library reads instead of its YAML: the same values, parsed in a tenth of
//! the time (the YAML is kept for `clauses eject`, `lint` and an override's checks, which say
//! where in the file a problem is, and for a file the build cannot read).

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
/// `locales/*.ftl` (as `locales/NAME`), in that order, each sorted by name, with its text; and
/// `COMPILED`, each clause file's name with its values as JSON.
fn builtin_files() {
    let root = std::path::PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap_or_default());
    let out = std::path::PathBuf::from(std::env::var("OUT_DIR").unwrap_or_default());
    let compiled_dir = out.join("compiled");
    if let Err(e) = std::fs::create_dir_all(&compiled_dir) {
        panic!("cannot create {}: {e}", compiled_dir.display());
    }
    let mut entries = Vec::new();
    let mut compiled = Vec::new();
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
            // A file the build cannot read is left to the run, which says where it is wrong.
            if let Some(mut values) = (ext == "yaml").then(|| to_json(&path)).flatten() {
                let texts = take_wordings(&mut values);
                let json = compiled_dir.join(name.replace(".yaml", ".json"));
                let txt = compiled_dir.join(name.replace(".yaml", ".txt"));
                write(&json, &values.to_string());
                write(&txt, &texts);
                compiled.push(format!(
                    "    ({name:?}, include_str!({:?}), include_str!({:?})),\n",
                    json.display().to_string(),
                    txt.display().to_string()
                ));
            }
        }
    }
    let code = format!(
        "/// Every built-in clause file and phrase book: (path in an ejected directory, text).\n\
         pub(crate) static BUILTIN: &[(&str, &str)] = &[\n{}];\n\
         /// Every built-in clause file's values as JSON, and the texts of its wordings: (file\n\
         /// name, JSON, texts).\n\
         pub(crate) static COMPILED: &[(&str, &str, &str)] = &[\n{}];\n",
        entries.concat(),
        compiled.concat()
    );
    write(&out.join("builtin.rs"), &code);
}

/// The values of the YAML file `path` as JSON, read as `load::yaml` reads a file (strict
/// booleans: `yes` stays text). Its positions are left out: a run that reads the JSON reports
/// none, since the test suite checks the built-in files and a test compares what both forms give.
fn to_json(path: &std::path::Path) -> Option<serde_json::Value> {
    let text = std::fs::read_to_string(path).ok()?;
    let options = serde_saphyr::options! { strict_booleans: true };
    match serde_saphyr::from_str_with_options::<serde_json::Value>(&text, options) {
        Ok(value) => Some(value),
        Err(e) => {
            let first = e.to_string();
            let first = first.lines().next().unwrap_or_default();
            println!(
                "cargo:warning={}: {first}; read as YAML at run time",
                path.display()
            );
            None
        }
    }
}

/// Moves the text of every wording (`text: VARIANT: LEVEL: {kk, ru}`) of the clause file
/// `values` to the text returned, each string replaced by its span there, `"START-END"` in bytes:
/// a run borrows a wording from the binary, and parses none that it does not render
/// (`load::clauses::clause` reads the spans back).
fn take_wordings(values: &mut serde_json::Value) -> String {
    let mut texts = String::new();
    let variants = values.get_mut("text").and_then(|t| t.as_object_mut());
    for by_level in variants.into_iter().flat_map(|v| v.values_mut()) {
        for level in ["enterprise", "sector", "region"] {
            let Some(pair) = by_level.get_mut(level).and_then(|w| w.as_object_mut()) else {
                continue;
            };
            for lang in ["kk", "ru"] {
                if let Some(serde_json::Value::String(text)) = pair.get_mut(lang) {
                    let start = texts.len();
                    texts.push_str(text);
                    *text = format!("{start}-{}", texts.len());
                }
            }
        }
    }
    texts
}

/// Writes `text` to `path`, unless it already holds it (so that the crate is not rebuilt).
fn write(path: &std::path::Path, text: &str) {
    if std::fs::read_to_string(path).is_ok_and(|old| old == text) {
        return;
    }
    if let Err(e) = std::fs::write(path, text) {
        panic!("cannot write {}: {e}", path.display());
    }
}
