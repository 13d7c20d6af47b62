//! The real binary, hermetically: a temporary directory, a cleared environment, NO_COLOR.

mod common;

use common::{kelisim, repo};
use kelisim::model::NORMS;
use predicates::prelude::*;

fn example(name: &str) -> String {
    repo("examples").join(name).display().to_string()
}

#[test]
fn render_writes_the_annex_and_refuses_to_overwrite_without_force() {
    let dir = tempfile::tempdir().unwrap();
    kelisim(dir.path())
        .args(["render", &example("karaganda-coal.yaml"), "-o", "out"])
        .assert()
        .success()
        .stderr(predicate::str::contains("wrote out/karaganda-coal.md"));
    let md = std::fs::read_to_string(dir.path().join("out/karaganda-coal.md")).unwrap();
    assert!(md.starts_with("| Қазақ тілінде | На русском языке |"));
    assert!(md.contains("«Қарағанды Көмір» ЖШС"));
    assert!(md.contains("**6.1. "));

    std::fs::write(dir.path().join("out/karaganda-coal.md"), "edited by hand").unwrap();
    kelisim(dir.path())
        .args(["render", &example("karaganda-coal.yaml"), "-o", "out"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "already exists and was left as it is\n  = help: pass --force",
        ));
    let kept = std::fs::read_to_string(dir.path().join("out/karaganda-coal.md")).unwrap();
    assert_eq!(kept, "edited by hand");

    kelisim(dir.path())
        .args([
            "render",
            &example("karaganda-coal.yaml"),
            "-o",
            "out",
            "--force",
        ])
        .assert()
        .success();
    let again = std::fs::read_to_string(dir.path().join("out/karaganda-coal.md")).unwrap();
    assert_eq!(again, md, "same profile, same bytes");
    let leftovers: Vec<_> = std::fs::read_dir(dir.path().join("out"))
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "temporary files left behind");
}

#[test]
fn render_to_stdout_and_layout_override() {
    let dir = tempfile::tempdir().unwrap();
    let out = kelisim(dir.path())
        .args([
            "render",
            &example("karaganda-coal.yaml"),
            "-o",
            "-",
            "--layout",
            "sequential",
        ])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(out).unwrap();
    let (kk, ru) = text.split_once("\n---\n").expect("Kazakh, then Russian");
    assert!(kk.contains("# Жасанды интеллектіні қолдануға қатысты нормалар"));
    assert!(ru.contains("# Нормы о применении искусственного интеллекта"));
    assert!(!ru.contains('қ'), "Kazakh text in the Russian half");
    assert!(
        std::fs::read_dir(dir.path()).unwrap().next().is_none(),
        "-o - wrote a file"
    );
}

#[test]
fn one_bad_profile_does_not_stop_the_others() {
    let dir = tempfile::tempdir().unwrap();
    let bad = repo("tests/fixtures/invalid/unknown-norm.yaml");
    kelisim(dir.path())
        .args([
            "render",
            &bad.display().to_string(),
            &example("pavlodar-region.yaml"),
        ])
        .args(["-o", "out"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("unknown norm `2.9`"))
        .stderr(predicate::str::contains("1 of 2 profiles failed"));
    assert!(dir.path().join("out/pavlodar-region.md").is_file());
    assert!(!dir.path().join("out/unknown-norm.md").exists());
}

#[test]
fn check_writes_nothing_and_sets_the_exit_code() {
    let dir = tempfile::tempdir().unwrap();
    kelisim(dir.path())
        .args(["check", &example("mining-sector.yaml")])
        .assert()
        .success()
        .stdout(predicate::str::contains("ok:").and(predicate::str::contains("sector, 12 norms")));
    let bad = repo("tests/fixtures/invalid/out-of-bounds.yaml");
    kelisim(dir.path())
        .args(["check", &bad.display().to_string()])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("out-of-bounds.yaml:10:27"))
        .stderr(predicate::str::contains("outside the allowed 10–180"));
    assert!(std::fs::read_dir(dir.path()).unwrap().next().is_none());
}

#[test]
fn usage_errors_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    kelisim(dir.path()).args(["render"]).assert().code(2);
    kelisim(dir.path())
        .args(["render", "x.yaml", "--layout", "diagonal"])
        .assert()
        .code(2);
    kelisim(dir.path()).args(["frobnicate"]).assert().code(2);
}

#[test]
fn a_missing_profile_is_named() {
    let dir = tempfile::tempdir().unwrap();
    kelisim(dir.path())
        .args(["check", "nowhere.yaml"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("failed to read `nowhere.yaml`"));
}

#[test]
fn clauses_list_and_show() {
    let dir = tempfile::tempdir().unwrap();
    let out = kelisim(dir.path())
        .args(["clauses", "list"])
        .assert()
        .success();
    let text = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    // A header line, then a line per norm.
    assert_eq!(
        text.lines().filter(|l| !l.starts_with(' ')).count(),
        NORMS.len() + 1
    );
    assert!(text.contains("human-review") && text.contains("review_days 5/10/14 working-days"));

    kelisim(dir.path())
        .args([
            "clauses", "show", "2.3", "--lang", "ru", "--level", "region",
        ])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "[ru] Право на человеческое вмешательство",
        ))
        .stdout(predicate::str::contains(
            "Работодатели, на которых распространяется настоящее Соглашение",
        ))
        .stdout(predicate::str::contains("[kk]").not());
    kelisim(dir.path())
        .args(["clauses", "show", "human-reveiw"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("did you mean `human-review`?"));
}

#[test]
fn ejected_clauses_override_the_builtin_ones() {
    let dir = tempfile::tempdir().unwrap();
    kelisim(dir.path())
        .args(["clauses", "eject", "lib"])
        .assert()
        .success();
    let lib = dir.path().join("lib");
    assert!(lib.join("1.1-consultation.yaml").is_file());
    assert!(lib.join("locales/kk.ftl").is_file());
    kelisim(dir.path())
        .args(["clauses", "eject", "lib"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("already exists"));

    let file = lib.join("locales/ru.ftl");
    let text = std::fs::read_to_string(&file).unwrap();
    std::fs::write(&file, text.replace("Подписи сторон", "Подписи Сторон")).unwrap();
    let out = kelisim(dir.path())
        .args([
            "render",
            &example("karaganda-coal.yaml"),
            "-o",
            "-",
            "--clauses",
            "lib",
        ])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    assert!(
        String::from_utf8(out)
            .unwrap()
            .contains("**Подписи Сторон**")
    );

    std::fs::write(lib.join("1.1-consultaton.yaml"), "id: 1.1\n").unwrap();
    kelisim(dir.path())
        .args(["check", &example("karaganda-coal.yaml"), "--clauses", "lib"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "rename it to `1.1-consultation.yaml`",
        ));
}

#[test]
fn init_writes_a_starter_that_checks() {
    let dir = tempfile::tempdir().unwrap();
    kelisim(dir.path())
        .args(["init", "profile.yaml"])
        .assert()
        .success();
    kelisim(dir.path())
        .args(["check", "profile.yaml"])
        .assert()
        .success()
        .stdout(predicate::str::contains(format!(
            "enterprise, {} norms",
            NORMS.len()
        )));
    // The commented register, uncommented, checks too.
    let text = std::fs::read_to_string(dir.path().join("profile.yaml")).unwrap();
    let at = text
        .find("# ai_systems:")
        .expect("the starter shows a register");
    let register: String = text[at..]
        .lines()
        .map(|l| format!("{}\n", l.strip_prefix("# ").unwrap_or(l)))
        .collect();
    std::fs::write(
        dir.path().join("register.yaml"),
        format!("{}{register}", &text[..at]),
    )
    .unwrap();
    kelisim(dir.path())
        .args(["check", "register.yaml"])
        .assert()
        .success();
    kelisim(dir.path())
        .args(["init", "profile.yaml"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("--force"));
    kelisim(dir.path())
        .args(["init"])
        .assert()
        .success()
        .stdout(predicate::str::starts_with(
            "# yaml-language-server: $schema=kelisim.schema.json\n# kelisim profile",
        ));
}

#[test]
fn schema_is_json_that_rejects_unknown_fields() {
    let dir = tempfile::tempdir().unwrap();
    let out = kelisim(dir.path()).args(["schema"]).assert().success();
    let schema: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    assert_eq!(schema["additionalProperties"], false);
    let required = schema["required"].as_array().unwrap();
    for field in ["agreement", "parties", "norms"] {
        assert!(required.iter().any(|r| r == field), "{field} not required");
    }
    let text = schema.to_string();
    assert!(text.contains("human-review") && text.contains("sequential"));
}

#[test]
fn render_writes_docx_by_default_reproducibly_and_honours_source_date_epoch() {
    let dir = tempfile::tempdir().unwrap();
    let render = |out: &str, epoch: Option<&str>| {
        let mut cmd = kelisim(dir.path());
        cmd.args(["render", &example("mining-sector.yaml"), "-o", out]);
        if let Some(e) = epoch {
            cmd.env("SOURCE_DATE_EPOCH", e);
        }
        cmd.assert().success();
        std::fs::read(dir.path().join(out).join("mining-sector.docx")).unwrap()
    };
    let a = render("a", None);
    let b = render("b", None);
    assert_eq!(a, b, "same profile, same DOCX bytes");
    assert!(dir.path().join("a/mining-sector.md").is_file());
    let c = render("c", Some("1800000000"));
    assert_ne!(a, c, "SOURCE_DATE_EPOCH ignored");

    std::fs::write(dir.path().join("style.yaml"), "size: 14\nlayout: columns\n").unwrap();
    kelisim(dir.path())
        .args([
            "render",
            &example("karaganda-coal.yaml"),
            "-o",
            "d",
            "--format",
            "docx",
        ])
        .args(["--style", "style.yaml", "--author", "Заңгер"])
        .assert()
        .success();
    assert!(dir.path().join("d/karaganda-coal.docx").is_file());
    assert!(!dir.path().join("d/karaganda-coal.md").exists());

    std::fs::write(dir.path().join("bad-style.yaml"), "sise: 14\n").unwrap();
    kelisim(dir.path())
        .args([
            "render",
            &example("karaganda-coal.yaml"),
            "-o",
            "e",
            "--style",
            "bad-style.yaml",
        ])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("bad-style.yaml:1:1"))
        .stderr(predicate::str::contains("unknown field `sise`"));
    kelisim(dir.path())
        .args([
            "render",
            &example("karaganda-coal.yaml"),
            "-o",
            "-",
            "--format",
            "docx",
        ])
        .assert()
        .code(2);
}

#[test]
fn inflect_and_number_by_hand() {
    let dir = tempfile::tempdir().unwrap();
    let out = |args: &[&str]| {
        let o = kelisim(dir.path()).args(args).assert().success();
        String::from_utf8(o.get_output().stdout.clone()).unwrap()
    };
    assert_eq!(
        out(&["inflect", "--case", "gen", "«Алтын» ЖШС"]),
        "«Алтын» ЖШС-ның\n"
    );
    assert_eq!(
        out(&["inflect", "--all", "Павлодар облысы"]),
        "Павлодар облысы\nПавлодар облысының\nПавлодар облысына\nПавлодар облысын\n\
         Павлодар облысында\nПавлодар облысынан\nПавлодар облысымен\n"
    );
    assert_eq!(
        out(&["inflect", "--plural", "--case", "dat", "жұмыскер"]),
        "жұмыскерлерге\n"
    );
    assert_eq!(
        out(&["number", "30", "--lang", "ru", "--case", "gen"]),
        "30 (тридцати)\n"
    );
    assert_eq!(out(&["number", "30", "--lang", "kk"]), "30 (отыз)\n");
    assert_eq!(
        out(&["number", "2", "--lang", "ru", "--gender", "f"]),
        "2 (две)\n"
    );
    assert_eq!(
        out(&["number", "21"]),
        "kk: 21 (жиырма бір)\nru: 21 (двадцать один)\n"
    );
    kelisim(dir.path())
        .args(["number", "1000000000"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("too large"));
    kelisim(dir.path())
        .args(["inflect", "--case", "vocative", "x"])
        .assert()
        .code(2);
}

#[test]
fn coverage_shows_every_norm_adopted_or_not() {
    let dir = tempfile::tempdir().unwrap();
    let out = kelisim(dir.path())
        .args(["check", &example("mining-sector.yaml"), "--coverage"])
        .assert()
        .success();
    let text = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    let rows: Vec<&str> = text
        .lines()
        .filter(|l| l.starts_with("| ") && l.contains("№ 3-3"))
        .collect();
    assert_eq!(rows.len(), NORMS.len(), "{text}");
    assert_eq!(rows.iter().filter(|r| r.contains("жоқ<br>нет")).count(), 6);
    // Section 1 is the definitions: the first norm is clause 2.1.
    assert!(rows[0].contains("иә (2.1.)<br>да (2.1.)"), "{}", rows[0]);
    assert!(
        rows[0]
            .contains("хабарлау мерзімі – енгізуден кемінде 30 (отыз) күнтізбелік күн бұрын<br>")
            && rows[0].contains(
                "срок уведомления – не позднее чем за 30 (тридцать) календарных дней до внедрения"
            ),
        "{}",
        rows[0]
    );
    // Parameters are named in words, never by their names in the clause files.
    for c in kelisim::Library::load(None).unwrap().clauses() {
        for p in &c.params {
            let escaped = p.name.replace('_', "\\_");
            assert!(!text.contains(&escaped), "{} in {text}", p.name);
        }
    }
    let md = kelisim(dir.path())
        .args([
            "render",
            &example("mining-sector.yaml"),
            "-o",
            "-",
            "--coverage",
        ])
        .assert()
        .success();
    let md = String::from_utf8(md.get_output().stdout.clone()).unwrap();
    assert!(md.contains("## Ұсынымдарды қамту кестесі / Таблица охвата рекомендаций"));
}

/// Without LibreOffice, `--format pdf` says how to install it and writes nothing, not even the
/// other formats.
#[test]
fn pdf_without_libreoffice_is_a_clear_error_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    // `render` to PDF with `env` set; its standard error, once it failed with exit 1.
    let fails = |env: (&str, std::path::PathBuf), formats: &str| -> String {
        let out = kelisim(dir.path())
            .env(env.0, env.1)
            .args([
                "render",
                &example("karaganda-coal.yaml"),
                "--format",
                formats,
            ])
            .args(["-o", "out"])
            .assert()
            .code(1);
        assert!(!dir.path().join("out").exists(), "something was written");
        String::from_utf8_lossy(&out.get_output().stderr).to_string()
    };
    let err = fails(("PATH", dir.path().to_path_buf()), "md,pdf");
    assert!(
        err.contains("`--format pdf` needs LibreOffice")
            && err.contains("apt-get install libreoffice-writer-nogui"),
        "{err}"
    );
    let err = fails(
        ("KELISIM_SOFFICE", dir.path().join("no-such-soffice")),
        "pdf",
    );
    assert!(
        err.contains("KELISIM_SOFFICE=") && err.contains("is not a file"),
        "{err}"
    );
    // A program that converts nothing: the error says so, and no file is left.
    let fake = dir.path().join("fake-soffice");
    common::script(&fake, "#!/bin/sh\necho 'no luck' >&2\nexit 3\n");
    let err = fails(("KELISIM_SOFFICE", fake.clone()), "docx,pdf");
    assert!(
        err.contains("LibreOffice wrote no PDF of this document (it exited with code 3)")
            && err.contains("no luck"),
        "{err}"
    );
    // One stopped by a signal says which, in numbers, not in the words of Rust's `ExitStatus`.
    common::script(&fake, "#!/bin/sh\nkill -KILL $$\n");
    let err = fails(("KELISIM_SOFFICE", fake), "pdf");
    assert!(
        err.contains("LibreOffice wrote no PDF of this document (it was stopped by signal 9)")
            && !err.contains("status"),
        "{err}"
    );
}
