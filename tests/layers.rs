//! The library's modules depend one way: each may use only the modules before it in [`ORDER`].
//! This test reads every `crate::` path in `src/` (outside `#[cfg(test)]` modules) and fails on
//! one that points forward or names a module the order does not know.

use std::path::{Path, PathBuf};

/// The library's top-level modules, lowest first: foundations, then the pipeline's steps, then
/// what is built on them.
const ORDER: &[&str] = &[
    "error",
    "memo",
    "suggest",
    "names",
    "messages",
    "input",
    "lang",
    "typography",
    "dates",
    "calendar",
    "model",
    "document",
    "grammar",
    "i18n",
    "templates",
    "load",
    "style",
    "library",
    "schema",
    "render",
    "floor",
    "lint",
    "deadlines",
    "letters",
    "export",
    "pdf",
    "diff",
    "batch",
];

/// Items of `lib.rs` itself, with the module whose rank they have: the pipeline's entry point
/// runs load and render, so only what stands above render may call it.
const ROOT_ITEMS: &[(&str, &str)] = &[("render_profile", "render")];

/// The files of the binary, which may use everything.
const BINARY: &[&str] = &["main.rs", "cli.rs", "cmd"];

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("src is readable").flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

fn rank(module: &str) -> Option<usize> {
    ORDER.iter().position(|m| *m == module)
}

/// Every `crate::NAME` in `code`, with its line.
fn crate_paths(code: &str) -> Vec<(usize, String)> {
    let mut found = Vec::new();
    for (i, line) in code.lines().enumerate() {
        if line.trim_start().starts_with("#[cfg(test)]") {
            break;
        }
        if line.trim_start().starts_with("//") {
            continue;
        }
        let mut rest = line;
        while let Some(at) = rest.find("crate::") {
            let before = rest[..at].chars().next_back();
            let name: String = rest[at + 7..]
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            // `$crate::` in a macro is the macro's own module, and `kelisim::` is not `crate::`.
            if before != Some('$') && !name.is_empty() {
                found.push((i + 1, name));
            }
            rest = &rest[at + 7..];
        }
        // `use crate::{a, b}` names several modules at once.
        if let Some(group) = line.trim_start().strip_prefix("use crate::{") {
            for name in group.split([',', '}', ' ']).filter(|s| !s.is_empty()) {
                let name: String = name
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                if !name.is_empty() {
                    found.push((i + 1, name));
                }
            }
        }
    }
    found
}

#[test]
fn modules_depend_one_way() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    files.sort();
    let mut wrong = Vec::new();
    let mut checked = 0;
    for file in &files {
        let rel = file.strip_prefix(&src).expect("under src");
        let first = rel
            .components()
            .next()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .unwrap_or_default();
        if BINARY.contains(&first.as_str()) || first == "lib.rs" {
            continue;
        }
        let module = first.trim_end_matches(".rs").to_string();
        let Some(own) = rank(&module) else {
            wrong.push(format!(
                "src/{}: module `{module}` is not in the order of tests/layers.rs; add it where it belongs",
                rel.display()
            ));
            continue;
        };
        let code = std::fs::read_to_string(file).expect("source is readable");
        for (line, name) in crate_paths(&code) {
            if name == module {
                continue;
            }
            let target = ROOT_ITEMS
                .iter()
                .find(|(item, _)| *item == name)
                .map_or(name.as_str(), |(_, m)| m);
            checked += 1;
            match rank(target) {
                Some(r) if r < own => {}
                Some(_) => wrong.push(format!(
                    "src/{}:{line}: `{module}` uses `crate::{name}`, which comes after it",
                    rel.display()
                )),
                None => wrong.push(format!(
                    "src/{}:{line}: `crate::{name}` is not a module in the order of tests/layers.rs",
                    rel.display()
                )),
            }
        }
    }
    assert!(
        checked > 50,
        "only {checked} imports found: is the scan broken?"
    );
    assert!(
        wrong.is_empty(),
        "imports against the order:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn the_scan_finds_forward_and_grouped_imports() {
    let code = "use crate::error::Error;\nuse crate::{lang, model};\nfn f() { crate::render_profile(); $crate::names::x }\n#[cfg(test)]\nuse crate::batch;\n";
    let names: Vec<String> = crate_paths(code).into_iter().map(|(_, n)| n).collect();
    assert_eq!(names, ["error", "lang", "model", "render_profile"]);
}
