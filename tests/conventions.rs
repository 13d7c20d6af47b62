//! What users of typst, cargo and ripgrep take for granted: usage mistakes exit 2, `--version`
//! names the build, shell completions and manual pages, standard input as `-`, `-o FILE`, a
//! binary file named for what it is, "did you mean" for a misspelt field, `-q`, `-v` and
//! `--color`.

mod common;

use common::{kelisim, repo};
use predicates::prelude::*;

fn example(name: &str) -> String {
    repo("examples").join(name).display().to_string()
}

#[test]
fn each_usage_mistake_exits_2_with_what_to_do() {
    let dir = tempfile::tempdir().unwrap();
    let k = example("karaganda-coal.yaml");
    let cases: [(&[&str], &str); 8] = [
        (
            &["render", &k, "--format", "docx", "-o", "-"],
            "`-o -` writes the Markdown",
        ),
        (
            &["diff", "2.1@union", "2.1@employer", "--format", "docx"],
            "give `-o FILE.docx`",
        ),
        (
            &["diff", "2.1@union", "2.1@employer", "--date", "15.03.2027"],
            "`15.03.2027` is not a date; write YYYY-MM-DD",
        ),
        (
            &["render", &k, &k, "-o", "annex.docx"],
            "writes one file, and 2 profiles",
        ),
        (
            &["render", &k, "-o", "annex.md", "--format", "docx"],
            "leave out `--format`",
        ),
        (&["letter", "notice", &k], "name it with `--system ID`"),
        (&["letter", "report", &k], "needs `--year YYYY`"),
        (&["clauses", "show", "9.9"], "unknown norm `9.9`"),
    ];
    for (args, expected) in cases {
        kelisim(dir.path())
            .args(args)
            .assert()
            .code(2)
            .stderr(predicate::str::contains(expected));
    }
    // A mistake in the input, not in the command line, stays 1.
    std::fs::write(dir.path().join("bad.yaml"), "agreement: {level: x}\n").unwrap();
    kelisim(dir.path())
        .args(["check", "bad.yaml"])
        .assert()
        .code(1);
}

#[test]
fn the_version_names_the_revision_and_the_day_of_the_build() {
    let dir = tempfile::tempdir().unwrap();
    let out = kelisim(dir.path()).arg("--version").assert().success();
    let text = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    // «kelisim 0.1.0 (1a2b3c4d5e6f, built 2026-12-02)»; a build outside git says «unknown».
    let inner = text
        .trim()
        .strip_prefix(&format!("kelisim {} (", env!("CARGO_PKG_VERSION")))
        .and_then(|r| r.strip_suffix(')'))
        .unwrap_or_else(|| panic!("{text}"));
    let (revision, built) = inner
        .split_once(", built ")
        .unwrap_or_else(|| panic!("{text}"));
    assert!(
        revision == "unknown"
            || revision
                .trim_end_matches("-modified")
                .chars()
                .all(|c| c.is_ascii_hexdigit()),
        "{text}"
    );
    assert!(
        built == "unknown" || kelisim::dates::Date::parse(built).is_some(),
        "{text}"
    );
}

#[test]
fn completions_for_bash_and_zsh_know_every_command() {
    let dir = tempfile::tempdir().unwrap();
    for (shell, opening) in [("bash", "_kelisim()"), ("zsh", "#compdef kelisim")] {
        let out = kelisim(dir.path())
            .args(["completions", shell])
            .assert()
            .success();
        let script = String::from_utf8(out.get_output().stdout.clone()).unwrap();
        assert!(script.contains(opening), "{shell}: {}", &script[..200]);
        for word in [
            "render",
            "letter",
            "deadlines",
            "--reference-doc",
            "disclosure-request",
        ] {
            assert!(script.contains(word), "{shell}: no `{word}`");
        }
    }
    if let Some(bash) = common::tool("bash") {
        let file = dir.path().join("kelisim.bash");
        let out = kelisim(dir.path())
            .args(["completions", "bash"])
            .output()
            .unwrap();
        std::fs::write(&file, out.stdout).unwrap();
        let status = std::process::Command::new(bash)
            .arg("-n")
            .arg(&file)
            .status()
            .unwrap();
        assert!(status.success(), "bash cannot parse the completion script");
    }
}

#[test]
fn the_manual_has_a_page_for_kelisim_and_one_per_command() {
    let dir = tempfile::tempdir().unwrap();
    let out = kelisim(dir.path()).arg("manpage").assert().success();
    let page = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    assert!(page.contains(".TH kelisim 1"), "{page}");
    assert!(page.contains("letter") && page.contains("render"), "{page}");
    kelisim(dir.path())
        .args(["manpage", "man"])
        .assert()
        .success()
        .stderr(predicate::str::contains("wrote"));
    for name in [
        "kelisim",
        "kelisim-render",
        "kelisim-letter",
        "kelisim-clauses-show",
    ] {
        let page = std::fs::read_to_string(dir.path().join(format!("man/{name}.1")))
            .unwrap_or_else(|e| panic!("{name}.1: {e}"));
        assert!(page.contains(&format!(".TH {name} 1")), "{name}: {page}");
    }
    let letter = std::fs::read_to_string(dir.path().join("man/kelisim-letter.1")).unwrap();
    assert!(
        letter.contains("system") && letter.contains("Examples"),
        "{letter}"
    );
    kelisim(dir.path())
        .args(["manpage", "man"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("--force"));
}

#[test]
fn a_profile_is_read_from_standard_input_and_named_so() {
    let dir = tempfile::tempdir().unwrap();
    let profile = std::fs::read_to_string(example("karaganda-coal.yaml")).unwrap();
    kelisim(dir.path())
        .args(["check", "-"])
        .write_stdin(profile.clone())
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "ok: <stdin> (enterprise, 18 norms)",
        ));
    kelisim(dir.path())
        .args(["render", "-", "-o", "-"])
        .write_stdin(profile)
        .assert()
        .success()
        .stdout(predicate::str::contains("«Қарағанды Көмір» ЖШС"));
    kelisim(dir.path())
        .args(["check", "-"])
        .write_stdin("agreement: {level: enterprise}\n")
        .assert()
        .code(1)
        .stderr(predicate::str::contains("--> <stdin>:1:1"));
}

#[test]
fn o_file_writes_that_one_file_in_the_format_its_name_says() {
    let dir = tempfile::tempdir().unwrap();
    let k = example("karaganda-coal.yaml");
    kelisim(dir.path())
        .args(["render", &k, "-o", "annex.docx"])
        .assert()
        .success();
    let annex = dir.path().join("annex.docx");
    assert!(annex.is_file(), "annex.docx is not a file");
    assert!(std::fs::read(&annex).unwrap().starts_with(b"PK"));
    kelisim(dir.path())
        .args(["render", &k, "-o", "annex.md"])
        .assert()
        .success();
    let md = std::fs::read_to_string(dir.path().join("annex.md")).unwrap();
    assert!(md.starts_with("| Қазақ тілінде |"));
    // Only what was asked: no annex.md beside a DOCX, no directory.
    let names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names.len(), 2, "{names:?}");
    // An existing directory, or a name ending in a slash, is still a directory.
    std::fs::create_dir(dir.path().join("drafts.docx")).unwrap();
    kelisim(dir.path())
        .args(["render", &k, "-o", "drafts.docx"])
        .assert()
        .success();
    assert!(dir.path().join("drafts.docx/karaganda-coal.docx").is_file());
    kelisim(dir.path())
        .args([
            "letter",
            "report",
            &k,
            "--year",
            "2027",
            "-o",
            "report.docx",
        ])
        .assert()
        .success();
    assert!(dir.path().join("report.docx").is_file());
}

#[test]
fn a_binary_file_given_as_a_profile_is_named_for_what_it_is() {
    let dir = tempfile::tempdir().unwrap();
    kelisim(dir.path())
        .args([
            "render",
            &example("karaganda-coal.yaml"),
            "--format",
            "docx",
            "-o",
            "annex.docx",
        ])
        .assert()
        .success();
    std::fs::write(
        dir.path().join("scan.pdf"),
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n",
    )
    .unwrap();
    for (file, kind) in [
        ("annex.docx", "a Word document (DOCX)"),
        ("scan.pdf", "a PDF"),
    ] {
        let out = kelisim(dir.path()).args(["check", file]).assert().code(1);
        let err = String::from_utf8(out.get_output().stderr.clone()).unwrap();
        assert!(
            err.contains(&format!("the file is {kind}, not text")),
            "{err}"
        );
        // No bytes of the file shown as its "line".
        assert!(!err.contains("PK") && !err.contains(" | "), "{err}");
    }
}

#[test]
fn a_misspelt_style_field_gets_a_did_you_mean() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("style.yaml"), "margin: {left: 20}\n").unwrap();
    kelisim(dir.path())
        .args([
            "render",
            &example("karaganda-coal.yaml"),
            "--style",
            "style.yaml",
            "-o",
            "out",
        ])
        .assert()
        .code(1)
        .stderr(
            predicate::str::contains("style.yaml:1:1")
                .and(predicate::str::contains("did you mean `margins`?")),
        );
    std::fs::write(
        dir.path().join("p.yaml"),
        std::fs::read_to_string(example("karaganda-coal.yaml"))
            .unwrap()
            .replace("ai_systems:", "ai_system:"),
    )
    .unwrap();
    kelisim(dir.path())
        .args(["check", "p.yaml"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("did you mean `ai_systems`?"));
}

#[test]
fn quiet_says_nothing_verbose_says_what_it_read_and_colour_is_asked_for() {
    let dir = tempfile::tempdir().unwrap();
    let k = example("karaganda-coal.yaml");
    kelisim(dir.path())
        .args(["-q", "render", &k, "-o", "q"])
        .assert()
        .success()
        .stderr(predicate::str::is_empty());
    kelisim(dir.path())
        .args(["render", &k, "-o", "v", "--verbose"])
        .assert()
        .success()
        .stderr(
            predicate::str::contains("clause library: the built-in one, 18 norms")
                .and(predicate::str::contains(format!("reading `{k}`")))
                .and(predicate::str::contains("wrote v/karaganda-coal.md")),
        );
    std::fs::write(dir.path().join("bad.yaml"), "agreement: {level: x}\n").unwrap();
    kelisim(dir.path())
        .args(["check", "bad.yaml", "--color", "always"])
        .assert()
        .code(1)
        .stderr(predicate::str::starts_with("\x1b[1;31merror: \x1b[0m"));
    // The test harness sets NO_COLOR, and standard error is no terminal: no colour by default.
    kelisim(dir.path())
        .args(["check", "bad.yaml"])
        .assert()
        .code(1)
        .stderr(predicate::str::starts_with("error: "));
}

/// The profile as an editor sees it: YAML read into JSON.
fn as_json(yaml: &str) -> serde_json::Value {
    serde_saphyr::from_str(yaml).expect("YAML")
}

#[test]
fn the_schema_knows_each_norms_parameters_and_what_a_level_requires() {
    let dir = tempfile::tempdir().unwrap();
    let out = kelisim(dir.path()).arg("schema").assert().success();
    let schema: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    assert_eq!(schema["$id"], kelisim::schema::ID);
    let validator = jsonschema::validator_for(&schema).expect("a valid JSON Schema");
    let mut examples: Vec<std::path::PathBuf> = std::fs::read_dir(repo("examples"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    examples.sort();
    assert!(examples.len() >= 3);
    for path in &examples {
        let profile = as_json(&std::fs::read_to_string(path).unwrap());
        let errors: Vec<String> = validator
            .iter_errors(&profile)
            .map(|e| e.to_string())
            .collect();
        assert!(errors.is_empty(), "{}: {errors:?}", path.display());
    }
    let karaganda = std::fs::read_to_string(example("karaganda-coal.yaml")).unwrap();
    let mining = std::fs::read_to_string(example("mining-sector.yaml")).unwrap();
    assert!(
        mining.contains("\nsector:"),
        "the sector example names its sector"
    );
    let without_sector: String = {
        let mut skip = false;
        mining
            .lines()
            .filter(|l| {
                if l.starts_with("sector:") {
                    skip = true;
                    return false;
                }
                if skip && (l.starts_with(' ') || l.is_empty()) {
                    return false;
                }
                skip = false;
                true
            })
            .map(|l| format!("{l}\n"))
            .collect()
    };
    let refused = [
        (
            "a misspelt parameter",
            karaganda.replace("notice_days: 45", "notice_day: 45"),
        ),
        (
            "a value below the bound",
            karaganda.replace("notice_days: 45", "notice_days: 5"),
        ),
        ("a sectoral agreement without `sector`", without_sector),
    ];
    for (what, text) in refused {
        assert!(
            !validator.is_valid(&as_json(&text)),
            "the schema accepts {what}"
        );
    }
}

#[test]
fn init_writes_the_schema_beside_the_profile_and_names_it() {
    let dir = tempfile::tempdir().unwrap();
    kelisim(dir.path())
        .args(["init", "profile.yaml"])
        .assert()
        .success()
        .stderr(predicate::str::contains("kelisim.schema.json"));
    let profile = std::fs::read_to_string(dir.path().join("profile.yaml")).unwrap();
    assert!(
        profile.starts_with("# yaml-language-server: $schema=kelisim.schema.json\n"),
        "{profile}"
    );
    let schema = std::fs::read_to_string(dir.path().join("kelisim.schema.json")).unwrap();
    let out = kelisim(dir.path()).arg("schema").assert().success();
    assert_eq!(schema.as_bytes(), out.get_output().stdout.as_slice());
    // A second profile in the same directory keeps the schema, which is the same file.
    kelisim(dir.path())
        .args(["init", "second.yaml"])
        .assert()
        .success();
    kelisim(dir.path())
        .args(["schema", "-o", "kelisim.schema.json"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("--force"));
}

#[test]
fn the_project_file_sets_defaults_that_a_flag_overrides() {
    let dir = tempfile::tempdir().unwrap();
    let work = dir.path().join("agreements/2027");
    std::fs::create_dir_all(&work).unwrap();
    std::fs::write(dir.path().join("office.yaml"), "font: Arial\n").unwrap();
    std::fs::write(
        dir.path().join("kelisim.yaml"),
        "style: office.yaml\nauthor: \"Заңгер А. Б.\"\n",
    )
    .unwrap();
    let k = example("karaganda-coal.yaml");
    kelisim(&work)
        .args(["render", &k, "--format", "docx", "-o", "a.docx"])
        .assert()
        .success();
    let bytes = std::fs::read(work.join("a.docx")).unwrap();
    let styles = common::ooxml::part(&bytes, "word/styles.xml");
    let core = common::ooxml::part(&bytes, "docProps/core.xml");
    assert!(styles.contains("Arial"), "the project's style is not used");
    assert!(
        core.contains("Заңгер А. Б."),
        "the project's author is not used"
    );
    kelisim(&work)
        .args([
            "render", &k, "--format", "docx", "-o", "b.docx", "--author", "Other",
        ])
        .assert()
        .success();
    let core = common::ooxml::part(
        &std::fs::read(work.join("b.docx")).unwrap(),
        "docProps/core.xml",
    );
    assert!(
        core.contains("Other") && !core.contains("Заңгер"),
        "the flag does not win"
    );
    let out = kelisim(&work).arg("config").assert().success();
    let report = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    let file = dir.path().join("kelisim.yaml").display().to_string();
    assert!(
        report.contains(&format!("project file: {file}")),
        "{report}"
    );
    assert!(
        report.contains(&format!("author         Заңгер А. Б.  (from {file})")),
        "{report}"
    );
    assert!(
        report.contains("clauses        the built-in clause library  (default)"),
        "{report}"
    );
    // A mistake in the project file is named at its line.
    std::fs::write(dir.path().join("kelisim.yaml"), "styel: office.yaml\n").unwrap();
    kelisim(&work).args(["check", &k]).assert().code(1).stderr(
        predicate::str::contains("kelisim.yaml:1:1")
            .and(predicate::str::contains("did you mean `style`?")),
    );
}

#[test]
fn the_same_error_in_kazakh_russian_and_english_by_the_locale_or_the_flag() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("empty.yaml"), "# nothing yet\n").unwrap();
    let said = |env: &[(&str, &str)], args: &[&str]| {
        let mut cmd = kelisim(dir.path());
        for (k, v) in env {
            cmd.env(k, v);
        }
        let out = cmd.args(args).arg("empty.yaml").assert().code(1);
        String::from_utf8(out.get_output().stderr.clone()).unwrap()
    };
    let kk = said(&[("LANG", "kk_KZ.UTF-8")], &["check"]);
    let ru = said(&[("LANG", "ru_RU.UTF-8")], &["check"]);
    let en = said(&[("LANG", "C")], &["check"]);
    assert!(
        kk.starts_with("қате: файл бос\n  --> empty.yaml:1:1"),
        "{kk}"
    );
    assert!(
        kk.contains("= кеңес: `kelisim init` бастауға болатын"),
        "{kk}"
    );
    assert!(
        ru.starts_with("ошибка: файл пуст\n  --> empty.yaml:1:1"),
        "{ru}"
    );
    assert!(
        ru.contains("= подсказка: `kelisim init` выводит полный профиль"),
        "{ru}"
    );
    assert!(
        en.starts_with("error: the file is empty\n  --> empty.yaml:1:1"),
        "{en}"
    );
    assert!(
        en.contains("= help: `kelisim init` prints a complete"),
        "{en}"
    );
    // LC_ALL before LC_MESSAGES before LANG; a locale kelisim does not speak is English.
    assert_eq!(
        said(
            &[("LANG", "ru_RU.UTF-8"), ("LC_ALL", "kk_KZ.UTF-8")],
            &["check"]
        ),
        kk
    );
    assert_eq!(
        said(&[("LANG", "kk_KZ"), ("LC_MESSAGES", "ru_RU")], &["check"]),
        ru
    );
    assert_eq!(said(&[("LANG", "de_DE.UTF-8")], &["check"]), en);
    // The flag wins over the environment, and the project file's `ui_lang` over the locale.
    assert_eq!(
        said(&[("LANG", "kk_KZ.UTF-8")], &["--ui-lang", "ru", "check"]),
        ru
    );
    std::fs::write(dir.path().join("kelisim.yaml"), "ui_lang: kk\n").unwrap();
    assert_eq!(said(&[("LANG", "ru_RU.UTF-8")], &["check"]), kk);
    assert_eq!(said(&[], &["--ui-lang", "en", "check"]), en);
}

#[test]
fn the_phrase_books_of_the_interface_have_the_same_messages_and_placeables() {
    use kelisim::messages::{UiLang, ids};
    let en = ids(UiLang::En);
    assert!(en.len() > 20, "{en:?}");
    // Every book parses whole: a broken message would be said as its id.
    for lang in UiLang::ALL {
        let path = repo(format!("locales/ui/{}.ftl", lang.name()));
        let text = std::fs::read_to_string(&path).unwrap();
        if let Err((_, errors)) = fluent_syntax::parser::parse(text.as_str()) {
            panic!("{}: {errors:?}", path.display());
        }
    }
    for lang in [UiLang::Kk, UiLang::Ru] {
        assert_eq!(ids(lang), en, "locales/ui/{}.ftl", lang.name());
    }
    let placeables = |text: &str| -> std::collections::BTreeSet<String> {
        text.split("{ $")
            .skip(1)
            .filter_map(|p| p.split([' ', '}']).next())
            .map(str::to_string)
            .collect()
    };
    let file =
        |lang: &str| std::fs::read_to_string(repo(format!("locales/ui/{lang}.ftl"))).unwrap();
    let (en_text, kk_text, ru_text) = (file("en"), file("kk"), file("ru"));
    // A message is its line and the indented lines under it.
    let message = |text: &str, id: &str| -> String {
        let mut lines = text
            .lines()
            .skip_while(|l| !l.starts_with(&format!("{id} =")));
        let first = lines.next().unwrap_or_else(|| panic!("{id}")).to_string();
        let rest: Vec<&str> = lines.take_while(|l| l.starts_with(' ')).collect();
        format!("{first}\n{}", rest.join("\n"))
    };
    for id in &en {
        let want = placeables(&message(&en_text, id));
        for (lang, text) in [("kk", &kk_text), ("ru", &ru_text)] {
            assert_eq!(placeables(&message(text, id)), want, "{lang}: {id}");
        }
    }
}

#[test]
fn init_asks_in_the_users_language_and_writes_a_profile_that_checks() {
    let dir = tempfile::tempdir().unwrap();
    let answers = "sector\n\
        тау-кен өнеркәсібі | горнодобывающая промышленность\n\
        «Тау-кен» бірлестігі | Объединение «Тау-кен»\n\
        \n\
        12345\n\
        080540001238\n\
        «Тау-кен» кәсіподағы\n\
        «Тау-кен» кәсіподағы | Профсоюз «Тау-кен»\n\
        Төраға А. Б. Сейітов | Председатель А. Б. Сейтов\n\
        Өнеркәсіп министрлігі | Министерство промышленности\n\
        1.1, human-review\n\
        employer\n";
    let out = kelisim(dir.path())
        .env("LANG", "kk_KZ.UTF-8")
        .args(["init", "--interactive", "profile.yaml"])
        .write_stdin(answers)
        .assert()
        .success();
    let err = String::from_utf8(out.get_output().stderr.clone()).unwrap();
    // Asked in Kazakh; a wrong BIN and a name in one language asked again.
    assert!(err.contains("Келісімнің деңгейі"), "{err}");
    assert!(err.contains("қате: БСН 12 цифрдан тұрады"), "{err}");
    assert!(err.contains("қате: екі атауды да жазыңыз"), "{err}");
    let profile = std::fs::read_to_string(dir.path().join("profile.yaml")).unwrap();
    for expected in [
        "level: sector",
        "bin: \"080540001238\"",
        "name: {kk: \"«Тау-кен» кәсіподағы\", ru: \"Профсоюз «Тау-кен»\"}",
        "signatory: {kk: \"Төраға А. Б. Сейітов\", ru: \"Председатель А. Б. Сейтов\"}",
        "sector: {kk: \"тау-кен өнеркәсібі\", ru: \"горнодобывающая промышленность\"}",
        "defaults: {variant: employer}",
        "  - \"human-review\"",
    ] {
        assert!(
            profile.contains(expected),
            "«{expected}» missing:\n{profile}"
        );
    }
    kelisim(dir.path())
        .args(["check", "profile.yaml"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "ok: profile.yaml (sector, 2 norms)",
        ));
    // Answers that end too soon write nothing.
    kelisim(dir.path())
        .args(["init", "-i", "short.yaml"])
        .write_stdin("enterprise\n")
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "the answers ended before the question",
        ));
    assert!(!dir.path().join("short.yaml").exists());
}

#[test]
fn json_lists_every_diagnostic_with_its_place_and_code() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("bad.yaml"),
        "agreement: {level: enterprise, annex: 0}\nparties:\n  employer: {name: {kk: \"«А» ЖШС\", ru: \"ТОО «А»\"}, bin: \"123\"}\n  workers: {name: {kk: \"…\", ru: \"Профсоюз\"}}\nnorms: []\n",
    )
    .unwrap();
    let out = kelisim(dir.path())
        .args(["check", "bad.yaml", "--json"])
        .assert()
        .code(1);
    assert!(out.get_output().stderr.is_empty(), "{:?}", out.get_output());
    let list: Vec<serde_json::Value> = serde_json::from_slice(&out.get_output().stdout).unwrap();
    let codes: Vec<&str> = list.iter().map(|d| d["code"].as_str().unwrap()).collect();
    assert_eq!(
        codes,
        ["annex-number", "bin-digits", "text-placeholder", "no-norms"]
    );
    let first = &list[0];
    assert_eq!(first["file"], "bad.yaml");
    assert_eq!(
        (first["line"].as_u64(), first["column"].as_u64()),
        (Some(1), Some(39))
    );
    assert_eq!(first["severity"], "error");
    assert_eq!(first["message"], "the annex number must be 1 or more");
    assert!(first["help"].as_str().unwrap().contains("remove `annex`"));
    // In the user's language, the codes the same.
    let out = kelisim(dir.path())
        .env("LANG", "kk_KZ.UTF-8")
        .args(["check", "bad.yaml", "--json"])
        .assert()
        .code(1);
    let kk: Vec<serde_json::Value> = serde_json::from_slice(&out.get_output().stdout).unwrap();
    assert_eq!(kk[0]["code"], "annex-number");
    assert_eq!(kk[0]["message"], "қосымшаның нөмірі 1-ден кем болмауы тиіс");
    // A warning, and a valid profile's empty list.
    let small = "agreement: {level: enterprise}\nparties:\n  employer: {name: {kk: \"«А» ЖШС\", ru: \"ТОО «А»\"}}\n  workers: {name: {kk: \"«А» ЖШС кәсіподағы\", ru: \"Профсоюз ТОО «А»\"}}\nnorms: all\n";
    std::fs::write(dir.path().join("small.yaml"), small).unwrap();
    let out = kelisim(dir.path())
        .args(["check", "small.yaml", "--json"])
        .assert()
        .success();
    let list: Vec<serde_json::Value> = serde_json::from_slice(&out.get_output().stdout).unwrap();
    assert!(
        list.iter()
            .all(|d| d["severity"] == "warning" && d["code"] == "no-signatory"),
        "{list:?}"
    );
    assert_eq!(list.len(), 2);
    kelisim(dir.path())
        .args([
            "render",
            &example("karaganda-coal.yaml"),
            "--json",
            "-o",
            "out",
        ])
        .assert()
        .success()
        .stdout("[]\n");
    // A usage mistake, and a failed row of a batch, are entries too.
    let out = kelisim(dir.path())
        .args([
            "render",
            &example("karaganda-coal.yaml"),
            "--format",
            "docx",
            "-o",
            "-",
            "--json",
        ])
        .assert()
        .code(2);
    let list: Vec<serde_json::Value> = serde_json::from_slice(&out.get_output().stdout).unwrap();
    assert_eq!(list[0]["code"], "output-stdout");
}

/// Every kind of failure speaks the user's language and carries its code: a file left as it
/// was, a batch row, a letter with no system, a parameter out of bounds, an unknown norm to
/// compare, a usage mistake. Each `--json` entry of each has a code, and under `--ui-lang ru`
/// and `kk` its message and help are Cyrillic, not the English.
#[test]
fn every_kind_of_failure_is_said_in_the_users_language_with_its_code() {
    let dir = tempfile::tempdir().unwrap();
    let karaganda = example("karaganda-coal.yaml");
    std::fs::create_dir(dir.path().join("out")).unwrap();
    std::fs::write(dir.path().join("out/karaganda-coal.md"), "edited by hand").unwrap();
    std::fs::copy(
        repo("examples/batch/base.yaml"),
        dir.path().join("base.yaml"),
    )
    .unwrap();
    std::fs::write(
        dir.path().join("rows.csv"),
        "id,parties.employer.name.kk,parties.employer.name.ru,parties.workers.name.kk,parties.workers.name.ru,params.1.1.notice_days\n\
         a,«А» ЖШС,ТОО «А»,«А» ЖШС кәсіподағы,Профсоюз ТОО «А»,30\n\
         b,«Б» ЖШС,ТОО «Б»,«Б» ЖШС кәсіподағы,Профсоюз ТОО «Б»,5000\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("m.yaml"),
        "base: base.yaml\ntable: rows.csv\nid: id\n",
    )
    .unwrap();
    let cases: [(&[&str], i32, &str); 5] = [
        (&["render", &karaganda, "-o", "out"], 1, "output-exists"),
        (
            &["batch", "m.yaml", "-o", "drafts", "--force"],
            1,
            "param-out-of-bounds",
        ),
        (&["letter", "notice", &karaganda], 2, "letter-needs-system"),
        (&["diff", "9.9@union", "2.3@union"], 1, "unknown-norm"),
        (
            &["render", &karaganda, "--format", "docx", "-o", "-"],
            2,
            "output-stdout",
        ),
    ];
    let cyrillic = |s: &str| {
        s.chars()
            .any(|c| ('а'..='я').contains(&c.to_lowercase().next().unwrap_or(c)))
    };
    for (args, code, id) in cases {
        let mut said = Vec::new();
        for lang in ["ru", "kk", "en"] {
            let out = kelisim(dir.path())
                .args(args)
                .args(["--json", "--ui-lang", lang])
                .assert()
                .code(code);
            let list: Vec<serde_json::Value> =
                serde_json::from_slice(&out.get_output().stdout).unwrap();
            assert!(!list.is_empty(), "{args:?}");
            for entry in &list {
                let message = entry["message"].as_str().unwrap_or_default();
                assert!(entry["code"].is_string(), "{args:?} {lang}: {entry}");
                if !id.is_empty() {
                    assert_eq!(entry["code"], id, "{args:?}");
                }
                let help = entry["help"].as_str().unwrap_or_default();
                if lang == "en" {
                    assert!(!cyrillic(help), "{args:?}: {help}");
                } else {
                    assert!(cyrillic(message), "{args:?} {lang}: {message}");
                }
            }
            said.push(list[0]["message"].to_string());
        }
        assert!(
            said[0] != said[1] && said[1] != said[2],
            "{args:?}: {said:?}"
        );
    }
    // The batch's row names its row and column in the user's words, and its index says so too.
    let out = kelisim(dir.path())
        .args([
            "batch",
            "m.yaml",
            "-o",
            "drafts-ru",
            "--ui-lang",
            "ru",
            "-q",
        ])
        .assert()
        .code(1);
    let stderr = String::from_utf8_lossy(&out.get_output().stderr).to_string();
    assert!(
        stderr.contains("строка 3, столбец `params.1.1.notice_days`"),
        "{stderr}"
    );
}
