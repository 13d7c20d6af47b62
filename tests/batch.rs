//! `kelisim batch`: good rows written, bad rows reported by row and column, a correct index, exit
//! code 1; safe file names whatever the cells hold; the same manifest gives the same bytes.

mod common;

use std::collections::BTreeMap;
use std::path::Path;

use common::{kelisim, repo};

const HEADER: &str = "id,parties.employer.name.kk,parties.employer.name.ru,parties.workers.name.kk,parties.workers.name.ru,norms,params.1.1.notice_days\n";

/// A fresh directory holding the batch base profile as `base.yaml` and `manifest` as `m.yaml`.
fn batch_dir(manifest: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        repo("tests/fixtures/batch/base.yaml"),
        dir.path().join("base.yaml"),
    )
    .unwrap();
    std::fs::write(dir.path().join("m.yaml"), manifest).unwrap();
    dir
}

/// A manifest over a 200-row CSV; rows 50, 120 and 199 (spreadsheet numbering) are bad.
fn two_hundred_rows() -> tempfile::TempDir {
    let dir = batch_dir("base: base.yaml\ntable: rows.csv\nid: id\n");
    let mut csv = String::from(HEADER);
    for i in 2..=201 {
        let notice = if i == 50 { 500 } else { 10 + i % 100 };
        let norms = match i {
            120 => "1.1 7.7",
            199 => "1.1 human-reveiw",
            _ => "all",
        };
        csv.push_str(&format!(
            "e{i},«Кәсіпорын {i}» ЖШС,ТОО «Предприятие {i}»,«Кәсіпорын {i}» ЖШС кәсіподағы,Профсоюз ТОО «Предприятие {i}»,{norms},{notice}\n"
        ));
    }
    std::fs::write(dir.path().join("rows.csv"), csv).unwrap();
    dir
}

fn index(dir: &Path) -> Vec<BTreeMap<String, String>> {
    let mut r = csv::Reader::from_path(dir.join("index.csv")).unwrap();
    let headers = r.headers().unwrap().clone();
    r.records()
        .map(|rec| {
            headers
                .iter()
                .zip(rec.unwrap().iter())
                .map(|(h, v)| (h.to_string(), v.to_string()))
                .collect()
        })
        .collect()
}

#[test]
fn a_200_row_csv_with_bad_rows() {
    let dir = two_hundred_rows();
    let out = kelisim(dir.path())
        .args(["batch", "m.yaml", "-o", "out", "-j", "2"])
        .assert()
        .code(1);
    let stderr = String::from_utf8(out.get_output().stderr.clone()).unwrap();
    assert!(
        stderr
            .contains("row 50, column `params.1.1.notice_days`: `notice_days` of norm 1.1 is 500"),
        "{stderr}"
    );
    assert!(
        stderr.contains("row 120, column `norms`: unknown norm `7.7`"),
        "{stderr}"
    );
    assert!(
        stderr.contains("row 199, column `norms`: unknown norm `human-reveiw`"),
        "{stderr}"
    );
    assert!(stderr.contains("rendered 197 of 200 rows"), "{stderr}");
    let rows = index(&dir.path().join("out"));
    assert_eq!(rows.len(), 200);
    for r in &rows {
        let n: usize = r["row"].parse().unwrap();
        let bad = [50, 120, 199].contains(&n);
        assert_eq!(r["status"], if bad { "failed" } else { "ok" }, "row {n}");
        assert_eq!(r["id"], format!("e{n}"));
        if !bad {
            assert_eq!(r["files"], format!("e{n}.md e{n}.docx"));
            assert!(dir.path().join("out").join(format!("e{n}.docx")).is_file());
        } else {
            assert!(!dir.path().join("out").join(format!("e{n}.md")).exists());
        }
    }
    let md = std::fs::read_to_string(dir.path().join("out/e2.md")).unwrap();
    assert!(
        md.contains("12 (он екі) күнтізбелік күн"),
        "row 2's notice_days reached the text"
    );
}

/// A value past the last header, or under an empty header, fails its row instead of vanishing.
#[test]
fn a_value_in_a_column_without_a_header_fails_only_its_row() {
    let dir = batch_dir("base: base.yaml\ntable: rows.csv\nid: id\n");
    std::fs::write(
        dir.path().join("rows.csv"),
        "id,,norms\n\
         a,,all\n\
         b,,all,Профсоюз «Болашақ» и ещё сорок символов текста, которые не покажут\n\
         c,12.5,all\n\
         d,,all,\n",
    )
    .unwrap();
    let out = kelisim(dir.path())
        .args(["batch", "m.yaml", "-o", "out", "--quiet"])
        .assert()
        .code(1);
    let stderr = String::from_utf8(out.get_output().stderr.clone()).unwrap();
    assert!(
        stderr.contains(
            "row 3, column `D`: holds `Профсоюз «Болашақ» и ещё сорок символов…`, \
             but its column has no header; name the column in the header row"
        ),
        "{stderr}"
    );
    assert!(
        stderr.contains("row 4, column `B`: holds `12.5`, but its column has no header"),
        "{stderr}"
    );
    let status: Vec<(String, String)> = index(&dir.path().join("out"))
        .into_iter()
        .map(|r| (r["id"].clone(), r["status"].clone()))
        .collect();
    let expected = [("a", "ok"), ("b", "failed"), ("c", "failed"), ("d", "ok")];
    assert_eq!(
        status,
        expected.map(|(id, s)| (id.to_string(), s.to_string()))
    );
}

#[test]
fn an_xlsx_with_bad_rows() {
    let dir = tempfile::tempdir().unwrap();
    let manifest =
        std::fs::canonicalize(repo("tests/fixtures/batch/enterprises-xlsx.yaml")).unwrap();
    let out = kelisim(dir.path())
        .arg("batch")
        .arg(&manifest)
        .args(["-o", "out", "--quiet"])
        .assert()
        .code(1);
    let stderr = String::from_utf8(out.get_output().stderr.clone()).unwrap();
    assert!(
        stderr.contains("row 4, column `parties.employer.bin`"),
        "{stderr}"
    );
    assert!(
        stderr.contains("row 5, column `norms`: unknown norm `5.9`"),
        "{stderr}"
    );
    assert!(
        stderr.contains("row 6, column `params.2.3.review_days`"),
        "{stderr}"
    );
    let rows = index(&dir.path().join("out"));
    let ok: Vec<&str> = rows
        .iter()
        .filter(|r| r["status"] == "ok")
        .map(|r| r["id"].as_str())
        .collect();
    assert_eq!(ok, ["alpha", "beta"]);
    let beta = std::fs::read_to_string(dir.path().join("out/beta.md")).unwrap();
    assert!(
        beta.contains("12 (он екі) жұмыс күні") && beta.contains("**2.1. "),
        "params and norms of the row"
    );
}

#[test]
fn hostile_names_give_safe_files_inside_the_output() {
    let dir = batch_dir("base: base.yaml\ntable: t.csv\nid: id\n");
    let long = "Ә".repeat(300);
    let ids = [
        "../../escape",
        "a/b\\c",
        "..",
        "x\u{0}y",
        long.as_str(),
        "../../escape",
    ];
    let mut csv = String::from(HEADER);
    for (i, id) in ids.iter().enumerate() {
        csv.push_str(&format!(
            "\"{id}\",«К{i}» ЖШС,ТОО «К{i}»,«К{i}» кәсіподағы,Профсоюз «К{i}»,1.1,30\n"
        ));
    }
    std::fs::write(dir.path().join("t.csv"), csv).unwrap();
    kelisim(dir.path())
        .args(["batch", "m.yaml", "-o", "out", "--format", "md"])
        .assert()
        .success();
    let mut names: Vec<String> = std::fs::read_dir(dir.path().join("out"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    let long_name = format!("{}.md", "Ә".repeat(80));
    let mut want = vec![
        "a-b-c.md".to_string(),
        "escape-7.md".into(),
        "escape.md".into(),
        "index.csv".into(),
        "index.md".into(),
        "row-4.md".into(),
        "x-y.md".into(),
        long_name,
    ];
    want.sort();
    assert_eq!(names, want);
    let outside: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(
        outside.len(),
        4,
        "nothing written beside the output: {outside:?}"
    );
}

#[test]
fn the_same_manifest_gives_the_same_bytes() {
    let dir = tempfile::tempdir().unwrap();
    let manifest = std::fs::canonicalize(repo("examples/batch/manifest.yaml")).unwrap();
    for out in ["a", "b"] {
        kelisim(dir.path())
            .arg("batch")
            .arg(&manifest)
            .args(["-o", out, "-j", "2"])
            .assert()
            .success();
    }
    let files: Vec<_> = std::fs::read_dir(dir.path().join("a"))
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(files.len(), 12);
    for f in files {
        let a = std::fs::read(dir.path().join("a").join(&f)).unwrap();
        let b = std::fs::read(dir.path().join("b").join(&f)).unwrap();
        assert_eq!(a, b, "{f:?} differs between two runs");
    }
}

#[test]
fn inline_rows_and_manifest_errors() {
    let dir = batch_dir(
        "base: base.yaml\nrows:\n  - parties: {employer: {name: {kk: \"«А» ЖШС\", ru: \"ТОО «А»\"}}, workers: {name: {kk: \"А кәсіподағы\", ru: \"Профсоюз А\"}}}\n    norms: [\"1.1\", human-review]\n",
    );
    kelisim(dir.path())
        .args(["batch", "m.yaml", "-o", "out"])
        .assert()
        .success();
    assert!(
        std::fs::read_to_string(dir.path().join("out/ТОО-А.md"))
            .unwrap()
            .contains("**2.1. ")
    );
    std::fs::write(
        dir.path().join("bad.yaml"),
        "base: nowhere.yaml\ntable: t.csv\n",
    )
    .unwrap();
    kelisim(dir.path())
        .args(["batch", "bad.yaml"])
        .assert()
        .code(1)
        .stderr(predicates::str::contains("bad.yaml:1:7"))
        .stderr(predicates::str::contains("cannot read the base profile"));
}
