//! `kelisim batch`: good rows written, bad rows reported by row and column, a correct index, exit
//! code 1; safe file names whatever the cells hold; the same manifest gives the same bytes.

mod common;

use std::collections::BTreeMap;
use std::path::Path;

use common::{kelisim, repo};

const HEADER: &str = "id,parties.employer.name.kk,parties.employer.name.ru,parties.workers.name.kk,parties.workers.name.ru,norms,params.1.1.notice_days\n";

/// Runs the shipped batch example (`examples/batch/manifest.yaml`) from `dir` with `args`, and
/// asserts that it succeeds.
fn example_batch(dir: &Path, args: &[&str]) {
    let manifest = std::fs::canonicalize(repo("examples/batch/manifest.yaml")).unwrap();
    kelisim(dir)
        .arg("batch")
        .arg(&manifest)
        .args(args)
        .assert()
        .success();
}

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

/// The rows of `index.csv`, which starts with a byte-order mark so that Excel reads it as UTF-8.
fn index(dir: &Path) -> Vec<BTreeMap<String, String>> {
    let bytes = std::fs::read(dir.join("index.csv")).unwrap();
    let body = bytes
        .strip_prefix("\u{feff}".as_bytes())
        .expect("index.csv starts with a byte-order mark");
    let mut r = csv::Reader::from_reader(body);
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
    let md =
        kelisim::typography::untie(&std::fs::read_to_string(dir.path().join("out/e2.md")).unwrap());
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
             but its column has no header (name the column in the header row"
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
    let beta = kelisim::typography::untie(
        &std::fs::read_to_string(dir.path().join("out/beta.md")).unwrap(),
    );
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
        "index.xlsx".into(),
        ".kelisim-batch.tsv".into(),
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
    for out in ["a", "b"] {
        example_batch(dir.path(), &["-o", out, "-j", "2"]);
    }
    let files: Vec<_> = std::fs::read_dir(dir.path().join("a"))
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    // Five rows of md and docx, the index three times and the record of the rows drafted.
    assert_eq!(files.len(), 14);
    for f in files {
        let a = std::fs::read(dir.path().join("a").join(&f)).unwrap();
        let b = std::fs::read(dir.path().join("b").join(&f)).unwrap();
        assert_eq!(a, b, "{f:?} differs between two runs");
    }
}

/// What a thread remembers from earlier rows (a clause's render, a run's XML, a tied line, a
/// compressed segment) changes nothing: a row drafted after many others, into a directory and
/// into a zip, is the same bytes as the row drafted alone, by a fresh process; and its DOCX reads
/// back whole, its own names in it.
#[test]
fn a_row_drafted_after_others_is_the_row_drafted_alone() {
    let dir = two_hundred_rows();
    let csv = std::fs::read_to_string(dir.path().join("rows.csv")).unwrap();
    let lines: Vec<&str> = csv.lines().collect();
    for out in ["all", "all.zip"] {
        kelisim(dir.path())
            .args(["batch", "m.yaml", "-o", out, "-j", "2", "--quiet"])
            .assert()
            .code(1);
    }
    let archive = common::ooxml::entries(&std::fs::read(dir.path().join("all.zip")).unwrap());
    // Rows 3, 100 and 201 of the spreadsheet: the second row, one in the middle, the last.
    for (line, id) in [(2, "e3"), (99, "e100"), (200, "e201")] {
        std::fs::write(
            dir.path().join("one.csv"),
            format!("{HEADER}{}\n", lines[line]),
        )
        .unwrap();
        std::fs::write(
            dir.path().join("one.yaml"),
            "base: base.yaml\ntable: one.csv\nid: id\n",
        )
        .unwrap();
        let alone = format!("alone-{id}");
        kelisim(dir.path())
            .args(["batch", "one.yaml", "-o", &alone, "--quiet"])
            .assert()
            .success();
        for ext in ["md", "docx"] {
            let name = format!("{id}.{ext}");
            let want = std::fs::read(dir.path().join(&alone).join(&name)).unwrap();
            let got = std::fs::read(dir.path().join("all").join(&name)).unwrap();
            assert!(got == want, "{name} differs from the row drafted alone");
            let zipped = archive.iter().find(|(n, ..)| *n == name).unwrap();
            assert!(zipped.2 == want, "{name} in the zip differs");
        }
        let docx = std::fs::read(dir.path().join("all").join(format!("{id}.docx"))).unwrap();
        let parts = common::ooxml::entries(&docx);
        let document = parts
            .iter()
            .find(|(n, ..)| n == "word/document.xml")
            .unwrap();
        let xml = String::from_utf8(document.2.clone()).unwrap();
        let number = &id[1..];
        assert!(
            xml.contains(&format!("«Предприятие {number}»")) && xml.ends_with("</w:document>"),
            "{id}: document.xml does not read back whole"
        );
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

/// The same table as Excel and LibreOffice save it: comma CSV, semicolon CSV (Russian or Kazakh
/// settings), UTF-8 with a byte-order mark, UTF-16 "Unicode text" with tabs, and Windows-1251
/// (Excel's plain CSV on a Russian Windows) with Russian columns only; all give the same drafts.
/// Windows-1251 with Kazakh letters, which it cannot hold, fails its rows with what to do.
#[test]
fn a_table_is_read_as_excel_saves_it() {
    // The workbooks in tests/fixtures/batch/excel-saved.* hold this table, saved by LibreOffice
    // Calc from CSV: the BIN became the number 80540001238, as Excel makes it.
    let rows = [
        [
            "id",
            "parties.employer.name.ru",
            "parties.workers.name.ru",
            "parties.employer.bin",
        ],
        [
            "alpha",
            "ТОО «Альфа»",
            "Профсоюз ТОО «Альфа»",
            "080540001238",
        ],
        ["beta", "АО «Бета»", "Профсоюз АО «Бета»", ""],
    ];
    let table = |sep: &str| -> String { rows.iter().map(|r| r.join(sep) + "\r\n").collect() };
    let utf16 = |text: &str| -> Vec<u8> {
        [0xff, 0xfe]
            .into_iter()
            .chain(text.encode_utf16().flat_map(u16::to_le_bytes))
            .collect()
    };
    let cp1251 = |text: &str| -> Vec<u8> {
        text.chars()
            .map(|c| match c {
                'А'..='я' => (c as u32 - 0x410 + 0xc0) as u8,
                '«' => 0xab,
                '»' => 0xbb,
                c if c.is_ascii() => c as u8,
                _ => b'?',
            })
            .collect()
    };
    let workbook =
        |ext: &str| std::fs::read(repo(format!("tests/fixtures/batch/excel-saved.{ext}"))).unwrap();
    let mut drafts = Vec::new();
    for (name, bytes) in [
        ("comma.csv", table(",").into_bytes()),
        ("semicolon.csv", table(";").into_bytes()),
        (
            "bom.csv",
            ["\u{feff}".as_bytes(), table(";").as_bytes()].concat(),
        ),
        ("unicode.csv", utf16(&table("\t"))),
        ("cp1251.csv", cp1251(&table(";"))),
        ("excel.xlsx", workbook("xlsx")),
        ("excel.xls", workbook("xls")),
        ("calc.ods", workbook("ods")),
        // Known by content, not by name.
        ("calc-saved-as.csv", workbook("ods")),
        ("excel-97.txt", workbook("xls")),
    ] {
        let dir = batch_dir(&format!("base: base.yaml\ntable: {name}\nid: id\n"));
        std::fs::write(dir.path().join(name), bytes).unwrap();
        let out = kelisim(dir.path())
            .args(["batch", "m.yaml", "-o", "out", "--quiet", "--format", "md"])
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{name}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let alpha = std::fs::read_to_string(dir.path().join("out/alpha.md")).unwrap();
        assert!(alpha.contains("ТОО «Альфа»"), "{name}: {alpha}");
        assert!(alpha.contains("БИН 080540001238"), "{name}: {alpha}");
        drafts.push((
            alpha,
            std::fs::read_to_string(dir.path().join("out/beta.md")).unwrap(),
        ));
    }
    assert!(
        drafts.windows(2).all(|w| w[0] == w[1]),
        "the tables gave different drafts"
    );

    // Kazakh letters in Windows-1251 arrive as «?»: refused, never drafted.
    let dir = batch_dir("base: base.yaml\ntable: kk.csv\nid: id\n");
    std::fs::write(
        dir.path().join("kk.csv"),
        cp1251(
            "id;parties.employer.name.kk;parties.employer.name.ru\r\nq;«Қазақ» ЖШС;ТОО «Казах»\r\n",
        ),
    )
    .unwrap();
    let out = kelisim(dir.path())
        .args(["batch", "m.yaml", "-o", "out", "--quiet"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("row 2, column `parties.employer.name.kk`: reads `«?аза?» ЖШС`")
            && stderr.contains("save the table as \"CSV UTF-8\""),
        "{stderr}"
    );
    assert!(!dir.path().join("out/q.md").exists());
}

/// A BIN column typed in Excel is a number: «080540001238» arrives as 80540001238. With its
/// leading zero back and a valid check digit it is read as that BIN; another number is not.
#[test]
fn a_bin_that_lost_its_leading_zero_to_excel_is_read_back() {
    let dir = batch_dir("base: base.yaml\ntable: t.csv\nid: id\n");
    std::fs::write(
        dir.path().join("t.csv"),
        "id,parties.employer.bin\nok,80540001238\nbad,80540001237\nshort,540001238\n",
    )
    .unwrap();
    let out = kelisim(dir.path())
        .args(["batch", "m.yaml", "-o", "out", "--quiet", "--format", "md"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    let ok = std::fs::read_to_string(dir.path().join("out/ok.md")).unwrap();
    assert!(ok.contains("БИН 080540001238"), "{ok}");
    assert!(
        stderr.contains("row 3, column `parties.employer.bin`"),
        "{stderr}"
    );
    assert!(!dir.path().join("out/bad.md").exists());
    // Any other number where a BIN belongs lost its zeros to the spreadsheet: say how to fix it.
    assert!(
        stderr.contains("row 4, column `parties.employer.bin`: holds 540001238")
            && stderr.contains("format the column as Text"),
        "{stderr}"
    );
}

/// On a terminal the progress bar gives the rate as a whole number of rows a second.
#[test]
fn the_progress_bar_gives_a_whole_rate() {
    let dir = batch_dir("base: base.yaml\ntable: t.csv\nid: id\n");
    let rows: String = (0..300)
        .map(|i| format!("r{i},{}\n", 30 + i % 60))
        .collect();
    std::fs::write(
        dir.path().join("t.csv"),
        format!("id,params.1.1.notice_days\n{rows}"),
    )
    .unwrap();
    let Some(out) = common::tools::on_terminal(
        "batch m.yaml -o out --format md -j 1",
        dir.path(),
        "the progress bar of `kelisim batch`",
    ) else {
        return;
    };
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{text}");
    let rates: Vec<&str> = text
        .split(" rows, ")
        .skip(1)
        .filter_map(|t| t.split("/s").next())
        .collect();
    assert!(!rates.is_empty(), "no progress on a terminal: {text:?}");
    assert!(
        rates.iter().all(|r| r.bytes().all(|b| b.is_ascii_digit())),
        "a rate with decimals: {rates:?}"
    );
}

/// A typo in a header cell, or a column given twice, fails the table once, against the header
/// cell, with the path it was near; not every row, and nothing is rendered.
#[test]
fn a_bad_header_is_reported_once_against_its_cell() {
    let dir = batch_dir("base: base.yaml\ntable: t.csv\nid: id\n");
    std::fs::write(
        dir.path().join("t.csv"),
        "id,parties.employer.nme.ru,params.1.1.notice_day,parties.employer.name.kk,parties.employer.name.kk,variant.9.9\n\
a,ТОО «А»,45,«А» ЖШС,«А» ЖШС,union\nb,ТОО «Б»,45,«Б» ЖШС,«Б» ЖШС,union\n",
    )
    .unwrap();
    let out = kelisim(dir.path())
        .args(["batch", "m.yaml", "-o", "out", "--quiet"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    for says in [
        "`parties.employer.nme.ru` is not a path into the profile\n  --> t.csv:1:2\n  = help: did you mean `parties.employer.name.ru`?",
        "unknown parameter `params.1.1.notice_day` for norm 1.1\n  --> t.csv:1:3\n  = help: did you mean `params.1.1.notice_days`?",
        "`parties.employer.name.kk` is the column of D1 again\n  --> t.csv:1:5",
        "`variant.9.9` names an unknown norm `9.9`\n  --> t.csv:1:6",
        "nothing was rendered",
    ] {
        assert_eq!(stderr.matches(says).count(), 1, "{says}:\n{stderr}");
    }
    assert!(!stderr.contains("row 2"), "{stderr}");
    assert!(!dir.path().join("out/a.md").exists());
    assert!(!dir.path().join("out/index.csv").exists());
}

/// Ctrl-C in the middle of a batch of thousands of rows: the rows in hand are finished, the index
/// of the rows done is written, no temporary file is left, the exit status is 130; a plain rerun
/// is refused with the way out, and `--resume` drafts only the rest and writes one complete index.
#[cfg(unix)]
#[test]
fn an_interrupted_batch_resumes_where_it_stopped() {
    const ROWS: usize = 2000;
    let dir = batch_dir("base: base.yaml\ntable: rows.csv\nid: id\n");
    let mut csv = String::from(HEADER);
    for i in 0..ROWS {
        csv.push_str(&format!(
            "e{i},«Кәсіпорын {i}» ЖШС,ТОО «Предприятие {i}»,«Кәсіпорын {i}» ЖШС кәсіподағы,Профсоюз ТОО «Предприятие {i}»,all,45\n"
        ));
    }
    std::fs::write(dir.path().join("rows.csv"), csv).unwrap();
    let out = dir.path().join("out");
    let child = common::kelisim_std(dir.path())
        .args(["batch", "m.yaml", "-o", "out", "--quiet"])
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // Interrupted once some rows are drafted, long before the last.
    let drafted = |out: &Path| {
        std::fs::read_dir(out).map_or(0, |d| {
            d.flatten()
                .filter(|e| e.file_name().to_string_lossy().ends_with(".docx"))
                .count()
        })
    };
    let started = std::time::Instant::now();
    while drafted(&out) < 20 {
        assert!(
            started.elapsed().as_secs() < 120,
            "the batch drafted nothing"
        );
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    let killed = std::process::Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    let first = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&first.stderr);
    assert_eq!(first.status.code(), Some(130), "{stderr}");
    let done: usize = stderr
        .split("interrupted after ")
        .nth(1)
        .and_then(|s| s.split(' ').next())
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("no count of the rows done: {stderr}"));
    assert!(
        stderr.contains(&format!("of {ROWS} rows; rerun with --resume")),
        "{stderr}"
    );
    assert!((20..ROWS).contains(&done), "{done} rows done");
    let temporary = |out: &Path| {
        std::fs::read_dir(out)
            .unwrap()
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".tmp"))
            .collect::<Vec<_>>()
    };
    assert_eq!(temporary(&out), Vec::<String>::new());
    // The index holds exactly the rows done, each with both its files.
    let rows = index(&out);
    assert_eq!(rows.len(), done);
    for r in &rows {
        assert_eq!(r["status"], "ok");
        for f in r["files"].split(' ') {
            assert!(out.join(f).is_file(), "{f} of a row done is missing");
        }
    }
    assert_eq!(drafted(&out), done, "a draft outside the index");

    // A plain rerun would refuse every finished row: it is refused as a whole, saying how.
    let again = kelisim(dir.path())
        .args(["batch", "m.yaml", "-o", "out", "--quiet"])
        .output()
        .unwrap();
    assert_eq!(again.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&again.stderr).contains("pass --resume to finish it"));

    let resumed = kelisim(dir.path())
        .args(["batch", "m.yaml", "-o", "out", "--quiet", "--resume"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&resumed.stderr);
    assert!(resumed.status.success(), "{stderr}");
    assert!(
        stderr.contains(&format!(
            "rendered {} of {ROWS} rows into out ({done} already done, 0 failed)",
            ROWS - done
        )),
        "{stderr}"
    );
    assert_eq!(temporary(&out), Vec::<String>::new());
    let rows = index(&out);
    assert_eq!(rows.len(), ROWS);
    let ids: std::collections::BTreeSet<&str> = rows.iter().map(|r| r["id"].as_str()).collect();
    assert_eq!(ids.len(), ROWS, "a row twice in the index");
    for (i, r) in rows.iter().enumerate() {
        assert_eq!(r["id"], format!("e{i}"), "the index is out of order");
        assert_eq!(r["files"], format!("e{i}.md e{i}.docx"));
        assert!(out.join(format!("e{i}.md")).is_file() && out.join(format!("e{i}.docx")).is_file());
    }

    // A row edited since is drafted again on the next resume; the others are kept.
    let csv = std::fs::read_to_string(dir.path().join("rows.csv"))
        .unwrap()
        .replace("ТОО «Предприятие 7»", "ТОО «Предприятие семь»");
    std::fs::write(dir.path().join("rows.csv"), csv).unwrap();
    let edited = kelisim(dir.path())
        .args(["batch", "m.yaml", "-o", "out", "--quiet", "--resume"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&edited.stderr);
    assert!(
        stderr.contains(&format!(
            "rendered 1 of {ROWS} rows into out ({} already done",
            ROWS - 1
        )),
        "{stderr}"
    );
    assert!(
        std::fs::read_to_string(out.join("e7.md"))
            .unwrap()
            .contains("ТОО «Предприятие семь»")
    );
}

/// `-o drafts.zip` writes one archive, ready to send: every draft the directory batch writes, the
/// same bytes, and the index, in row order; an existing archive is kept without `--force`.
#[test]
fn a_batch_into_a_zip_holds_the_same_drafts_and_the_index() {
    let dir = tempfile::tempdir().unwrap();
    for out in ["dir", "drafts.zip"] {
        example_batch(dir.path(), &["-o", out, "-j", "2", "--quiet"]);
    }
    let entries = common::ooxml::entries(&std::fs::read(dir.path().join("drafts.zip")).unwrap());
    let names: Vec<&str> = entries.iter().map(|(n, _, _)| n.as_str()).collect();
    let rows = index(&dir.path().join("dir"));
    let mut want: Vec<&str> = rows.iter().flat_map(|r| r["files"].split(' ')).collect();
    want.extend(["index.csv", "index.md", "index.xlsx"]);
    assert_eq!(names, want, "the archive's entries are not in row order");
    for (name, _, bytes) in &entries {
        assert_eq!(
            bytes,
            &std::fs::read(dir.path().join("dir").join(name)).unwrap(),
            "{name} differs from the directory's"
        );
    }
    let again = kelisim(dir.path())
        .arg("batch")
        .arg(std::fs::canonicalize(repo("examples/batch/manifest.yaml")).unwrap())
        .args(["-o", "drafts.zip", "--quiet"])
        .output()
        .unwrap();
    assert_eq!(again.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&again.stderr).contains("--force"));
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(names.iter().all(|n| !n.ends_with(".tmp")), "{names:?}");
}

/// `batch --floor UPPER` is the council's overview: per row the norms adopted, their variants and
/// every point where the row grants less than the sectoral agreement, in `index.csv` and in
/// `index.xlsx`, a real workbook (read back here with calamine) with its header row frozen.
#[test]
fn the_index_is_the_councils_overview_with_the_floor_findings() {
    use calamine::{Reader, Xlsx};
    let dir = tempfile::tempdir().unwrap();
    let manifest = std::fs::canonicalize(repo("examples/batch/manifest.yaml")).unwrap();
    let upper = std::fs::canonicalize(repo("examples/mining-sector.yaml")).unwrap();
    let out = kelisim(dir.path())
        .arg("batch")
        .arg(&manifest)
        .args(["-o", "out", "--quiet", "--floor"])
        .arg(&upper)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(stderr.contains("2 of 5 rows grant less than"), "{stderr}");
    let rows = index(&dir.path().join("out"));
    let saran = rows.iter().find(|r| r["id"] == "saran-mine").unwrap();
    assert_eq!(saran["status"], "below floor");
    assert_eq!(saran["norms"], "1.1 1.2 2.3 3.1 5.1");
    assert_eq!(saran["variants"], "recommended 4, employer 1");
    assert!(
        saran["floor"].contains("norm 1.3 (committee-mandate)")
            && saran["floor"].contains("column `norms`: norm 2.3 uses the `employer` wording"),
        "{saran:?}"
    );
    let coal = rows.iter().find(|r| r["id"] == "karaganda-coal").unwrap();
    assert_eq!(
        (coal["status"].as_str(), coal["floor"].as_str()),
        ("ok", "")
    );

    let path = dir.path().join("out/index.xlsx");
    let mut book: Xlsx<_> = calamine::open_workbook(&path).unwrap();
    assert_eq!(book.sheet_names(), ["index"]);
    let range = book.worksheet_range("index").unwrap();
    let cells: Vec<Vec<String>> = range
        .rows()
        .map(|r| r.iter().map(|c| c.to_string()).collect())
        .collect();
    assert_eq!(
        cells[0],
        [
            "row", "id", "name", "level", "status", "norms", "variants", "floor", "files", "error"
        ]
    );
    assert_eq!(cells.len(), rows.len() + 1);
    for (sheet, csv) in cells[1..].iter().zip(&rows) {
        assert_eq!(sheet[1], csv["id"]);
        assert_eq!(sheet[2], csv["name"], "Cyrillic lost in the workbook");
        assert_eq!(sheet[7], csv["floor"]);
    }
    let sheet_xml = common::ooxml::part(&std::fs::read(&path).unwrap(), "xl/worksheets/sheet1.xml");
    assert!(
        sheet_xml.contains("ySplit=\"1\"") && sheet_xml.contains("state=\"frozen\""),
        "the header row is not frozen"
    );
}

/// A table is known by its content: a DOCX or a PDF given as the table, or a text file named
/// .xlsx, is refused at the manifest's `table` line, saying what it is.
#[test]
fn a_table_that_is_no_table_is_named_for_what_it_is() {
    for (name, bytes, says) in [
        (
            "t.xlsx",
            std::fs::read(repo("tests/fixtures/batch/excel-saved.xlsx")).unwrap(),
            None,
        ),
        (
            "annex.xlsx",
            docx_like(),
            Some("`annex.xlsx` is a Word document (DOCX), not a table"),
        ),
        (
            "scan.csv",
            b"%PDF-1.7\n".to_vec(),
            Some("`scan.csv` is a PDF, not a table"),
        ),
        (
            "plain.xlsx",
            b"id,parties.employer.name.ru\na,b\n".to_vec(),
            Some("`plain.xlsx` is named as a workbook but is not one"),
        ),
    ] {
        let dir = batch_dir(&format!("base: base.yaml\ntable: {name}\nid: id\n"));
        std::fs::write(dir.path().join(name), bytes).unwrap();
        let out = kelisim(dir.path())
            .args(["batch", "m.yaml", "-o", "out", "--quiet", "--format", "md"])
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        match says {
            None => assert!(out.status.success(), "{name}: {stderr}"),
            Some(says) => {
                assert_eq!(out.status.code(), Some(1), "{name}: {stderr}");
                assert!(
                    stderr.contains("m.yaml:2:8") && stderr.contains(says),
                    "{name}: {stderr}"
                );
            }
        }
    }
}

/// A zip archive holding `word/document.xml`, as every DOCX does.
fn docx_like() -> Vec<u8> {
    use std::io::Write;
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    zip.start_file(
        "word/document.xml",
        zip::write::SimpleFileOptions::default(),
    )
    .unwrap();
    zip.write_all(b"<w:document/>").unwrap();
    zip.finish().unwrap().into_inner()
}

/// A workbook keeps what Excel made of a cell: a number where text belongs (a name typed into a
/// column formatted as a number) fails its row, saying to format the column as Text; a BIN that
/// lost its leading zero is read back.
#[test]
fn a_number_where_a_workbook_needs_text_fails_its_row() {
    let dir = batch_dir("base: base.yaml\ntable: t.xlsx\nid: id\n");
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    for (col, h) in ["id", "parties.employer.name.ru", "parties.employer.bin"]
        .iter()
        .enumerate()
    {
        sheet.write_string(0, col as u16, *h).unwrap();
    }
    sheet.write_string(1, 0, "ok").unwrap();
    sheet.write_string(1, 1, "ТОО «Альфа»").unwrap();
    sheet.write_number(1, 2, 80540001238.0).unwrap();
    sheet.write_string(2, 0, "num").unwrap();
    sheet.write_number(2, 1, 12345.0).unwrap();
    book.save(dir.path().join("t.xlsx")).unwrap();
    let out = kelisim(dir.path())
        .args(["batch", "m.yaml", "-o", "out", "--quiet", "--format", "md"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("row 3, column `parties.employer.name.ru`: holds the number 12345, where text belongs (format the column as Text"),
        "{stderr}"
    );
    let ok = std::fs::read_to_string(dir.path().join("out/ok.md")).unwrap();
    assert!(ok.contains("БИН 080540001238"), "{ok}");
    assert!(!dir.path().join("out/num.md").exists());
}

/// A PDF LibreOffice does not make fails its row alone, which keeps its other files; the rows
/// around it get theirs. (A stand-in for LibreOffice converts every other document.)
#[test]
fn a_pdf_libreoffice_cannot_make_fails_only_its_row() {
    let dir = tempfile::tempdir().unwrap();
    let fake = dir.path().join("fake-soffice");
    common::script(
        &fake,
        "#!/bin/sh\nout=''; n=0\nwhile [ $# -gt 0 ]; do\n  case \"$1\" in\n    --outdir) out=\"$2\"; shift;;\n    *.docx) n=$((n+1)); if [ $((n % 2)) -eq 1 ]; then printf '%%PDF-1.4\\n%%fake\\n' > \"$out/$(basename \"$1\" .docx).pdf\"; fi;;\n  esac\n  shift\ndone\necho 'general input/output error' >&2\n",
    );
    let manifest = std::fs::canonicalize(repo("examples/batch/manifest.yaml")).unwrap();
    let out = kelisim(dir.path())
        .env("KELISIM_SOFFICE", &fake)
        .arg("batch")
        .arg(&manifest)
        .args(["--format", "md,pdf", "-o", "out", "--jobs", "2"])
        .assert()
        .code(1);
    let err = String::from_utf8_lossy(&out.get_output().stderr).to_string();
    let rows = index(&dir.path().join("out"));
    assert_eq!(rows.len(), 5);
    for (i, row) in rows.iter().enumerate() {
        let id = &row["id"];
        let md = dir.path().join(format!("out/{id}.md"));
        let pdf = dir.path().join(format!("out/{id}.pdf"));
        assert!(md.is_file(), "{id}: its Markdown is kept");
        if i % 2 == 0 {
            assert_eq!(row["status"], "ok", "{row:?}");
            assert!(std::fs::read(&pdf).unwrap().starts_with(b"%PDF-1.4\n%fake"));
            assert_eq!(row["files"], format!("{id}.md {id}.pdf"));
        } else {
            assert_eq!(row["status"], "failed", "{row:?}");
            assert!(!pdf.exists());
            assert_eq!(row["files"], format!("{id}.md"));
            assert!(
                row["error"].contains(&format!("{id}.pdf: LibreOffice wrote no PDF"))
                    && row["error"].contains("general input/output error"),
                "{row:?}"
            );
            assert!(err.contains(&row["error"]), "{err}");
        }
    }
}
