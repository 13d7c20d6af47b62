//! Hostile input (issue 8): every file under tests/fixtures/hostile/, and the ones too large to
//! keep there (built here), either renders correctly or is rejected with exit code 1 and a clear
//! message, under a memory limit (`prlimit --as`) and a time limit that only guards against hangs.
//!
//! Failures of the disk and internal errors are in tests/disk.rs.

mod common;

use std::path::Path;
use std::process::Output;
use std::time::Duration;

use common::repo;
use kelisim::export::docx::package::{DosTime, zip};

const HOSTILE: &str = "tests/fixtures/hostile";

/// Address space the binary may use: far above a real run (about 30 MiB), far below what a bomb
/// would take.
const MEMORY: &str = "--as=1073741824";

/// Not a speed target (those live in bench/): a hung process fails here instead of stalling CI.
const HANG: Duration = Duration::from_secs(120);

/// Runs `kelisim ARGS` in `dir`, sealed off (tests/common/bin.rs), under the memory and time
/// limits.
fn run(dir: &Path, args: &[&str]) -> Output {
    let prlimit = common::tool("prlimit").expect("prlimit is installed (util-linux)");
    let mut cmd = common::kelisim_under(&prlimit, &[MEMORY, "--"], dir);
    cmd.args(args);
    assert_cmd::Command::from_std(cmd)
        .timeout(HANG)
        .output()
        .expect("prlimit runs kelisim")
}

/// A fresh directory holding a copy of the corpus, where the binary runs on the files by the
/// names the messages and the snapshot use.
fn corpus() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    common::copy_tree(&repo(HOSTILE), dir.path());
    dir
}

/// Asserts a clean rejection: exit code 1, a message that starts with `error:`, names `place`
/// (the file, and its line and column where there is one), says `what`, gives a hint, and is
/// short; no panic and no backtrace.
fn assert_rejected(out: &Output, place: &str, what: &str) -> String {
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_eq!(
        out.status.code(),
        Some(1),
        "exit code for {place}:\n{stderr}"
    );
    assert!(stderr.starts_with("error: "), "{stderr}");
    assert!(stderr.contains(place), "`{place}` not named in\n{stderr}");
    assert!(stderr.contains(what), "`{what}` not said in\n{stderr}");
    assert_no_panic(&stderr);
    assert!(stderr.len() < 8000, "{} bytes of errors", stderr.len());
    assert!(
        out.stdout.is_empty(),
        "printed something on standard output"
    );
    stderr
}

fn assert_no_panic(stderr: &str) {
    for panic in [
        "panicked",
        "RUST_BACKTRACE",
        "stack backtrace",
        "overflowed its stack",
    ] {
        assert!(
            !stderr.contains(panic),
            "a Rust panic reached the user:\n{stderr}"
        );
    }
}

/// Each rejected fixture: (file, where the message must point, what it must say).
const REJECTED: &[(&str, &str, &str)] = &[
    ("empty.yaml", "empty.yaml:1:1", "the file is empty"),
    (
        "only-comments.yaml",
        "only-comments.yaml:1:1",
        "the file is empty",
    ),
    (
        "invalid-utf8.yaml",
        "invalid-utf8.yaml:7:24",
        "not valid UTF-8",
    ),
    ("utf16.yaml", "utf16.yaml:1:1", "UTF-16, not UTF-8"),
    (
        "utf16-no-bom.yaml",
        "utf16-no-bom.yaml:1:1",
        "UTF-16, not UTF-8",
    ),
    (
        "tabs-indent.yaml",
        "tabs-indent.yaml:2:2",
        "indent with spaces",
    ),
    ("nul-raw.yaml", "nul-raw.yaml:7:23", "not text"),
    (
        "nul-escaped.yaml",
        "nul-escaped.yaml:7:16",
        "a NUL character (U+0000) at character 7",
    ),
    (
        "xml-forbidden.yaml",
        "xml-forbidden.yaml:7:16",
        "a control character (U+000B)",
    ),
    (
        "line-break-in-name.yaml",
        "line-break-in-name.yaml:7:39",
        "a line break (U+000A)",
    ),
    (
        "bidi-override.yaml",
        "bidi-override.yaml:7:39",
        "a bidirectional override (U+202E)",
    ),
    (
        "too-long-name.yaml",
        "too-long-name.yaml:7:39",
        "610 characters long",
    ),
    (
        "duplicate-keys.yaml",
        "duplicate-keys.yaml:3:3",
        "the key `level` is written twice",
    ),
    ("list.yaml", "list.yaml:1:1", "expected a mapping"),
    ("number.yaml", "number.yaml:1:1", "expected a mapping"),
    ("string.yaml", "string.yaml:1:1", "expected a mapping"),
    ("null.yaml", "null.yaml:1:1", "expected a mapping"),
    (
        "binary-tag.yaml",
        "binary-tag.yaml:1:10",
        "expected a mapping",
    ),
    ("set.yaml", "set.yaml:3:1", "expected a mapping"),
    (
        "two-documents.yaml",
        "two-documents.yaml:13:1",
        "more than one YAML document",
    ),
    (
        "alias-bomb.yaml",
        "alias-bomb.yaml:2:1",
        "unknown field `k1`",
    ),
    (
        "alias-bomb-in-norms.yaml",
        "alias-bomb-in-norms.yaml:12:8",
        "invalid type: sequence",
    ),
    (
        "deep-flow.yaml",
        "deep-flow.yaml:1:12",
        "expected a mapping",
    ),
    (
        "deep-flow-norms.yaml",
        "deep-flow-norms.yaml:11:8",
        "invalid type: map",
    ),
    (
        "deep-block.yaml",
        "deep-block.yaml:2:3",
        "expected a mapping",
    ),
];

/// Renders `file` (relative to the corpus) into a fresh directory; nothing may be written when
/// the profile is rejected.
fn render(file: &str) -> (Output, tempfile::TempDir) {
    render_with(file, &[])
}

fn render_with(file: &str, options: &[&str]) -> (Output, tempfile::TempDir) {
    let out = tempfile::tempdir().unwrap();
    let mut args = vec!["render", file, "-o", out.path().to_str().unwrap()];
    args.extend(options);
    (run(corpus().path(), &args), out)
}

#[test]
fn every_rejected_fixture_gets_exit_1_a_located_message_and_no_output() {
    let mut messages = String::new();
    for (file, place, what) in REJECTED {
        let (output, out) = render(file);
        let stderr = assert_rejected(&output, place, what);
        assert!(stderr.contains("= help: "), "no hint for {file}:\n{stderr}");
        assert_eq!(
            std::fs::read_dir(out.path()).unwrap().count(),
            0,
            "{file} left files behind"
        );
        messages.push_str(&format!("# {file}\n{stderr}\n"));
    }
    insta::assert_snapshot!(messages);
}

#[test]
fn the_corpus_has_no_file_without_a_test() {
    let tested: Vec<&str> = REJECTED
        .iter()
        .map(|r| r.0)
        .chain(SAME_AS_BASE.iter().copied())
        .chain([
            "base.yaml",
            "tera-in-names.yaml",
            "markdown-in-names.yaml",
            "not-a-zip.docx",
            "style-nul-font.yaml",
        ])
        .collect();
    let on_disk: Vec<String> = std::fs::read_dir(repo(HOSTILE))
        .unwrap()
        .map(|entry| entry.unwrap().file_name().into_string().unwrap())
        .collect();
    for name in &on_disk {
        assert!(
            tested.contains(&name.as_str()) || name == "README.md",
            "{name} is in the corpus but no test reads it"
        );
    }
    // A fixture that a pattern in .gitignore keeps out of the repository exists only on the
    // machine that wrote it; a clean checkout must have every file the tests read.
    for name in tested {
        assert!(
            on_disk.iter().any(|file| file == name),
            "{name} is read by a test but missing from {HOSTILE}: is it ignored by .gitignore?"
        );
    }
}

#[test]
fn a_style_whose_font_name_holds_a_nul_is_refused() {
    let (output, out) = render_with("base.yaml", &["--style", "style-nul-font.yaml"]);
    assert_rejected(
        &output,
        "style-nul-font.yaml:2:7",
        "`font` contains a NUL character (U+0000)",
    );
    assert_eq!(std::fs::read_dir(out.path()).unwrap().count(), 0);
}

/// Legitimate files written differently from base.yaml: the same annex, byte for byte.
const SAME_AS_BASE: &[&str] = &["bom.yaml", "crlf.yaml", "tabs-in-values.yaml", "json.yaml"];

#[test]
fn a_bom_crlf_tabs_in_values_or_json_give_the_same_annex_as_plain_yaml() {
    let markdown = |file: &str| {
        let out = run(corpus().path(), &["render", file, "-o", "-"]);
        assert_eq!(
            out.status.code(),
            Some(0),
            "{file}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        out.stdout
    };
    let base = markdown("base.yaml");
    assert!(String::from_utf8_lossy(&base).contains("Ертіс Жылу"));
    for file in SAME_AS_BASE {
        assert!(
            markdown(file) == base,
            "{file} renders differently from base.yaml"
        );
    }
}

/// Names full of template and Markdown syntax are printed literally, in both formats, and the
/// documents have exactly the structure of the plain profile's.
#[test]
fn template_and_markdown_syntax_in_names_is_printed_literally() {
    for layout in ["columns", "sequential"] {
        names_are_literal_in(layout);
    }
}

fn names_are_literal_in(layout: &str) {
    let (base_out, base_dir) = render_with("base.yaml", &["--layout", layout]);
    assert_eq!(base_out.status.code(), Some(0));
    let base_md = std::fs::read_to_string(base_dir.path().join("base.md")).unwrap();
    let base_docx = std::fs::read(base_dir.path().join("base.docx")).unwrap();
    let base_paras =
        common::ooxml::paragraphs(&common::ooxml::part(&base_docx, "word/document.xml"));
    for (file, kk, ru) in [
        (
            "markdown-in-names",
            "1. «Ертіс Жылу» АҚ кәсіподақ ұйымы",
            "- Профсоюзная организация + АО ===",
        ),
        (
            "tera-in-names",
            "{{ 7 * 7 }} {% if true %}Ертіс{% endif %} АҚ",
            "АО {{ parties }} {% raw %}Тепло{# c #}",
        ),
        (
            "markdown-in-names",
            "**Ертіс** # Жылу | АҚ [x](http://e.vil)",
            "# АО | «Иртыш» | **Тепло** [x](y) <b>html</b> `code` _u_ \\\\ ---",
        ),
    ] {
        let (output, dir) = render_with(&format!("{file}.yaml"), &["--layout", layout]);
        assert_eq!(
            output.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        // Markdown: the same structure, and the names come back whole from a Markdown parser.
        let md = std::fs::read_to_string(dir.path().join(format!("{file}.md"))).unwrap();
        let (tags, text) = common::markdown_shape(&md);
        assert_eq!(
            tags,
            common::markdown_shape(&base_md).0,
            "{file}: the Markdown changed shape ({layout})"
        );
        for name in [kk, ru] {
            assert!(
                text.contains(name),
                "{file}: «{name}» not literal in\n{text}"
            );
        }
        assert!(!text.contains("49"), "{file}: a template was evaluated");
        // DOCX: the same paragraphs with the same styles, and the names in their text.
        let docx = std::fs::read(dir.path().join(format!("{file}.docx"))).unwrap();
        let xml = common::ooxml::part(&docx, "word/document.xml");
        common::ooxml::assert_well_formed("word/document.xml", &xml);
        let paras = common::ooxml::paragraphs(&xml);
        let styles = |p: &[common::ooxml::Para]| {
            p.iter()
                .map(|p| (p.style.clone(), p.num))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            styles(&paras),
            styles(&base_paras),
            "{file}: the DOCX changed shape"
        );
        let all: String = paras.iter().map(|p| p.text() + "\n").collect();
        for name in [kk, ru] {
            assert!(
                all.contains(name),
                "{file}: «{name}» not literal in the DOCX"
            );
        }
    }
}

/// Writes `text` as `name` in a fresh directory.
fn generated(name: &str, text: &[u8]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join(name), text).unwrap();
    dir
}

fn base() -> String {
    std::fs::read_to_string(repo(HOSTILE).join("base.yaml")).unwrap()
}

#[test]
fn a_50_mb_profile_is_refused_before_it_is_read() {
    let mut text = base();
    let line = format!("# {}\n", "padding ".repeat(100));
    while text.len() < 50 << 20 {
        text.push_str(&line);
    }
    let dir = generated("huge.yaml", text.as_bytes());
    let out = run(dir.path(), &["render", "huge.yaml", "-o", "out"]);
    assert_rejected(&out, "huge.yaml", "the file is 50.0 MiB");
    assert!(!dir.path().join("out").exists());
}

#[test]
fn a_50_mb_name_on_one_line_is_refused_the_same_way() {
    let name = "Қ".repeat(25 << 20);
    let text = base().replace("АО «Иртыш Тепло»", &name);
    let dir = generated("long-line.yaml", text.as_bytes());
    let out = run(dir.path(), &["check", "long-line.yaml"]);
    assert_rejected(
        &out,
        "long-line.yaml",
        "kelisim reads profiles, clause files and styles of up to 4 MiB",
    );
}

#[test]
fn a_line_of_a_million_characters_is_shown_cut_around_the_error() {
    let text = format!(
        "agreement: {{level: enterprise, {}: 1}}\n",
        "x".repeat(1_000_000)
    );
    let dir = generated("wide.yaml", text.as_bytes());
    let out = run(dir.path(), &["check", "wide.yaml"]);
    let stderr = assert_rejected(&out, "wide.yaml:1:", "unknown field");
    assert!(stderr.contains('…'), "{stderr}");
}

/// The base profile with `norms:` followed by `first`, then `line` `times` times.
fn with_norms(first: &str, line: &str, times: usize) -> String {
    let mut text = base().replace(
        "norms: [1.1, human-review, motivated-objection]",
        &format!("norms:\n{first}"),
    );
    text.push_str(&line.repeat(times));
    text
}

#[test]
fn an_alias_flood_stops_at_the_parsers_budget() {
    let text = with_norms("  - &a human-review\n", "  - *a\n", 60_000);
    let dir = generated("aliases.yaml", text.as_bytes());
    let out = run(dir.path(), &["check", "aliases.yaml"]);
    assert_rejected(
        &out,
        "aliases.yaml:",
        "the YAML goes beyond kelisim's reading limits",
    );
}

#[test]
fn a_hundred_thousand_errors_are_counted_not_all_printed() {
    let text = with_norms("", "  - huma-review\n", 100_000);
    let dir = generated("typos.yaml", text.as_bytes());
    let out = run(dir.path(), &["check", "typos.yaml"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stderr.matches("error: unknown norm `huma-review`").count(),
        50
    );
    assert!(
        stderr.contains("… and 99950 more; fix these first"),
        "{stderr}"
    );
    assert!(stderr.trim_end().ends_with("100000 errors"));
    assert_no_panic(&stderr);
}

// ---- DOCX given to `diff` -------------------------------------------------------------------

fn when() -> DosTime {
    DosTime::new(kelisim::dates::Moment::from_unix(1_795_608_000))
}

/// A zip whose `word/document.xml` inflates from about 200 KB to 200 MB. With `lie`, the sizes
/// in its headers claim 1 KB, so only the reader's own limit on what it inflates stops it.
fn zip_bomb(lie: bool) -> Vec<u8> {
    let xml = format!(
        "<?xml version=\"1.0\"?><w:document xmlns:w=\"w\"><w:body><w:p><w:r><w:t>{}</w:t></w:r></w:p></w:body></w:document>",
        " ".repeat(200 << 20)
    );
    let mut bytes = zip(
        &[
            ("[Content_Types].xml", "<Types/>".into()),
            ("word/document.xml", xml),
        ],
        when(),
    );
    if lie {
        // Uncompressed size: offset 22 in a local header, 24 in a central directory entry.
        let mut at = Vec::new();
        for (signature, offset) in [(b"PK\x03\x04", 22), (b"PK\x01\x02", 24)] {
            let mut from = 0;
            while let Some(found) = find(&bytes, signature, from) {
                at.push(found + offset);
                from = found + 4;
            }
        }
        for a in at {
            bytes[a..a + 4].copy_from_slice(&1000u32.to_le_bytes());
        }
    }
    bytes
}

fn find(hay: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    hay.get(from..)?
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|i| i + from)
}

/// A Word document that kelisim did not write: a letter.
fn foreign_docx() -> Vec<u8> {
    let body: String = [
        "Уважаемые коллеги!",
        "Направляем проект соглашения.",
        "С уважением, отдел кадров",
    ]
    .iter()
    .map(|t| format!("<w:p><w:r><w:t>{t}</w:t></w:r></w:p>"))
    .collect();
    zip(
        &[
            ("[Content_Types].xml", "<Types/>".into()),
            (
                "word/document.xml",
                format!(
                    "<?xml version=\"1.0\"?><w:document xmlns:w=\"w\"><w:body>{body}</w:body></w:document>"
                ),
            ),
        ],
        when(),
    )
}

/// `kelisim diff FILE base.yaml` with FILE holding `bytes`: rejected, naming FILE and why.
fn diff_rejects(name: &str, bytes: &[u8], why: &str) {
    let dir = generated(name, bytes);
    std::fs::copy(
        repo(HOSTILE).join("base.yaml"),
        dir.path().join("base.yaml"),
    )
    .unwrap();
    let out = run(dir.path(), &["diff", name, "base.yaml"]);
    assert_rejected(&out, name, why);
}

#[test]
fn diff_refuses_a_zip_bomb_with_honest_sizes() {
    diff_rejects(
        "bomb.docx",
        &zip_bomb(false),
        "its part `word/document.xml` is too large",
    );
}

#[test]
fn diff_refuses_a_zip_bomb_that_lies_about_its_sizes() {
    diff_rejects(
        "liar.docx",
        &zip_bomb(true),
        "its part `word/document.xml` is not UTF-8",
    );
}

#[test]
fn diff_refuses_a_file_that_is_not_a_zip() {
    let bytes = std::fs::read(repo(HOSTILE).join("not-a-zip.docx")).unwrap();
    diff_rejects("not-a-zip.docx", &bytes, "not a zip archive");
}

#[test]
fn diff_names_an_excel_workbook_as_such() {
    let bytes = std::fs::read(repo("tests/fixtures/batch/enterprises.xlsx")).unwrap();
    diff_rejects("enterprises.docx", &bytes, "it is an Excel workbook (XLSX)");
}

#[test]
fn diff_refuses_a_word_document_kelisim_did_not_write() {
    diff_rejects(
        "letter.docx",
        &foreign_docx(),
        "has no clauses kelisim can read",
    );
}

#[test]
fn diff_refuses_a_docx_cut_short() {
    let (out, dir) = render("base.yaml");
    assert_eq!(out.status.code(), Some(0));
    let whole = std::fs::read(dir.path().join("base.docx")).unwrap();
    diff_rejects("cut.docx", &whole[..whole.len() / 2], "not a zip archive");
}

// ---- Spreadsheets given to `batch` ----------------------------------------------------------

/// A manifest over `table` with the batch tests' base profile, in a fresh directory.
fn batch_dir(table: &str, bytes: &[u8]) -> tempfile::TempDir {
    let dir = generated(table, bytes);
    std::fs::copy(
        repo("tests/fixtures/batch/base.yaml"),
        dir.path().join("base.yaml"),
    )
    .unwrap();
    std::fs::write(
        dir.path().join("manifest.yaml"),
        format!("base: base.yaml\ntable: {table}\nid: id\n"),
    )
    .unwrap();
    dir
}

fn index_csv(dir: &Path) -> String {
    std::fs::read_to_string(dir.join("out/index.csv")).unwrap()
}

#[test]
fn batch_cells_with_markup_are_literal_and_a_cell_with_nul_fails_only_its_row() {
    let csv = "id,parties.employer.name.kk,parties.employer.name.ru,parties.workers.name.kk,parties.workers.name.ru\n\
               tera,{{ 7*7 }} ЖШС,ТОО {% raw %},«A» кәсіподағы,Профсоюз «A»\n\
               nul,«Б\u{0}» ЖШС,ТОО «Б»,«Б» кәсіподағы,Профсоюз «Б»\n\
               yaml,\"*alias, &anchor: [x]\",\"ТОО \"\"В\"\": {a: b}\",«В» кәсіподағы,Профсоюз «В»\n";
    let dir = batch_dir("rows.csv", csv.as_bytes());
    let out = run(
        dir.path(),
        &["batch", "manifest.yaml", "-o", "out", "--quiet"],
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert_no_panic(&stderr);
    assert!(
        stderr.contains("row 3") && stderr.contains("a NUL character (U+0000)"),
        "{stderr}"
    );
    let index = index_csv(dir.path());
    assert!(
        index.contains("2,tera,") && index.contains("4,yaml,"),
        "{index}"
    );
    assert_eq!(index.matches(",ok,").count(), 2, "{index}");
    let tera = std::fs::read_to_string(dir.path().join("out/tera.md")).unwrap();
    assert!(
        tera.contains("{{ 7\\*7 }} ЖШС") && tera.contains("ТОО {% raw %}"),
        "{tera}"
    );
    let yaml = std::fs::read_to_string(dir.path().join("out/yaml.md")).unwrap();
    assert!(
        yaml.contains("\\*alias, \\&anchor: \\[x\\]") && yaml.contains("ТОО \"В\": {a: b}"),
        "{yaml}"
    );
}

/// The batch tests' workbook with one more cell at XFD1048576, the last cell a sheet can have.
fn far_cell_workbook() -> Vec<u8> {
    use std::io::Read;
    let bytes = std::fs::read(repo("tests/fixtures/batch/enterprises.xlsx")).unwrap();
    let mut zip_in = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut parts: Vec<(String, String)> = Vec::new();
    for i in 0..zip_in.len() {
        let mut entry = zip_in.by_index(i).unwrap();
        let name = entry.name().unwrap().to_string();
        let mut text = String::new();
        entry.read_to_string(&mut text).unwrap();
        if name == "xl/worksheets/sheet1.xml" {
            let dimension = text.find("<dimension ref=\"").unwrap();
            let end = dimension + text[dimension..].find("/>").unwrap() + 2;
            text.replace_range(dimension..end, "<dimension ref=\"A1:XFD1048576\"/>");
            text = text.replace(
                "</sheetData>",
                "<row r=\"1048576\"><c r=\"XFD1048576\" t=\"inlineStr\"><is><t>x</t></is></c></row></sheetData>",
            );
        }
        parts.push((name, text));
    }
    let parts: Vec<(&str, String)> = parts.iter().map(|(n, t)| (n.as_str(), t.clone())).collect();
    zip(&parts, when())
}

/// A dense reader would allocate 16,384 × 1,048,576 cells (512 GB) for this sheet and abort.
#[test]
fn batch_reads_a_workbook_with_a_cell_at_the_far_corner_cell_by_cell() {
    let dir = batch_dir("far.xlsx", &far_cell_workbook());
    let out = run(
        dir.path(),
        &["batch", "manifest.yaml", "-o", "out", "--quiet"],
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_no_panic(&stderr);
    assert!(!stderr.contains("memory allocation"), "{stderr}");
    let index = index_csv(dir.path());
    assert!(index.lines().count() >= 6, "{index}");
    assert!(
        index.contains("1048576,"),
        "the far row was not read:\n{index}"
    );
    // Its one cell has no header above it: the row fails and says so rather than drop the value.
    assert!(
        stderr.contains("row 1048576, column `XFD`: holds `x`, but its column has no header"),
        "{stderr}"
    );
}

/// Every test the README's "Bad input" section points at exists, so the table cannot drift.
#[test]
fn the_readme_points_only_at_tests_that_exist() {
    let readme = std::fs::read_to_string(repo("README.md")).unwrap();
    let section = readme
        .split("## Bad input")
        .nth(1)
        .and_then(|s| s.split("\n## ").next())
        .expect("a Bad input section");
    let mut sources = String::new();
    for entry in std::fs::read_dir(repo("tests")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "rs") {
            sources.push_str(&std::fs::read_to_string(path).unwrap());
        }
    }
    let mut named = 0;
    for quoted in section.split('`').skip(1).step_by(2) {
        if quoted.contains('_')
            && quoted
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        {
            named += 1;
            assert!(
                sources.contains(&format!("fn {quoted}(")),
                "README names `{quoted}`, which is not a test"
            );
        }
        if let Some(file) = quoted.strip_prefix("tests/") {
            assert!(
                repo("tests").join(file).exists(),
                "README names `{quoted}`, which does not exist"
            );
        }
        if quoted.ends_with(".yaml") && !quoted.contains('/') {
            assert!(
                repo(HOSTILE).join(quoted).exists(),
                "README names `{quoted}`, not in the corpus"
            );
        }
    }
    assert!(named >= 25, "only {named} tests named");
}

/// A table file of `len` bytes without writing them (a sparse file).
fn sparse_table(name: &str, len: u64) -> tempfile::TempDir {
    let dir = batch_dir(name, b"");
    std::fs::File::options()
        .write(true)
        .open(dir.path().join(name))
        .unwrap()
        .set_len(len)
        .unwrap();
    dir
}

#[test]
fn batch_refuses_a_table_too_large_to_be_a_region_before_reading_it() {
    for (name, len, says) in [
        (
            "huge.csv",
            257 << 20,
            "is 257.0 MiB; kelisim reads tables of up to 256 MiB",
        ),
        (
            "huge.xlsx",
            21 << 20,
            "is 21.0 MiB; kelisim reads workbooks of up to 20 MiB",
        ),
    ] {
        let dir = sparse_table(name, len);
        let out = run(
            dir.path(),
            &["batch", "manifest.yaml", "-o", "out", "--quiet"],
        );
        assert_rejected(&out, name, says);
        assert!(!dir.path().join("out/index.csv").exists());
    }
}
