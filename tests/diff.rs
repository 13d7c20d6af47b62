//! `kelisim diff`: revisions whose accepted text is B and rejected text is A, an edited DOCX read
//! back to exactly its edits, nothing for identical inputs, clear errors for foreign files.

mod common;

use std::io::{Read, Write};
use std::path::Path;

use common::kelisim;
use kelisim::diff::{self, ClauseSpec, words};
use kelisim::document::{Segment, Status};
use kelisim::lang::Lang;
use kelisim::model::{Level, NORMS, Variant};
use proptest::prelude::*;
use quick_xml::Reader;
use quick_xml::events::Event;

fn document_xml(path: &Path) -> String {
    let mut zip = zip::ZipArchive::new(std::fs::File::open(path).unwrap()).unwrap();
    let mut xml = String::new();
    zip.by_name("word/document.xml")
        .unwrap()
        .read_to_string(&mut xml)
        .unwrap();
    common::ooxml::untied(&xml)
}

/// (language, accepted text, rejected text) of every clause paragraph.
fn revisions(xml: &str) -> Vec<(String, String, String)> {
    let mut reader = Reader::from_str(xml);
    let mut out = Vec::new();
    let (mut clause, mut lang) = (false, String::new());
    let (mut accepted, mut rejected) = (String::new(), String::new());
    let (mut ins, mut del, mut text) = (0, 0, false);
    loop {
        match reader.read_event().unwrap() {
            Event::Start(e) if e.name().as_ref() == "w:p" => {
                clause = false;
                accepted.clear();
                rejected.clear();
            }
            Event::End(e) if e.name().as_ref() == "w:p" && clause => {
                out.push((lang.clone(), accepted.clone(), rejected.clone()));
            }
            Event::Empty(e) if e.name().as_ref() == "w:pStyle" => {
                clause = e
                    .attributes()
                    .flatten()
                    .any(|a| a.value.as_ref() == "ClauseText");
            }
            Event::Empty(e) if e.name().as_ref() == "w:lang" => {
                lang = e
                    .attributes()
                    .flatten()
                    .find(|a| a.key.as_ref() == "w:val")
                    .map(|a| a.value.as_ref().to_string())
                    .unwrap_or_default();
            }
            Event::Start(e) => match e.name().as_ref() {
                "w:ins" => ins += 1,
                "w:del" => del += 1,
                "w:t" | "w:delText" => text = true,
                _ => {}
            },
            Event::End(e) => match e.name().as_ref() {
                "w:ins" => ins -= 1,
                "w:del" => del -= 1,
                "w:t" | "w:delText" => text = false,
                _ => {}
            },
            Event::Text(t) if text => {
                let t = t.xml10_content();
                if del == 0 {
                    accepted.push_str(&t);
                }
                if ins == 0 {
                    rejected.push_str(&t);
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    out
}

#[test]
fn variant_revisions_accept_to_b_and_reject_to_a() {
    let library = common::library();
    let dir = tempfile::tempdir().unwrap();
    for (id, a, b) in [
        ("2.3", "union", "employer"),
        ("5.1", "employer", "union"),
        ("1.1", "recommended", "union"),
    ] {
        kelisim(dir.path())
            .args([
                "diff",
                &format!("{id}@{a}"),
                &format!("{id}@{b}"),
                "--format",
                "docx",
            ])
            .args([
                "-o",
                "v.docx",
                "--force",
                "--author",
                "Заңгер",
                "--date",
                "2026-12-01",
            ])
            .assert()
            .success();
        let xml = document_xml(&dir.path().join("v.docx"));
        assert!(xml.contains("w:author=\"Заңгер\" w:date=\"2026-12-01T00:00:00Z\""));
        let clause = library.find(id).unwrap();
        let text = |variant: &str, lang: Lang| {
            let v = Variant::from_name(variant).unwrap();
            let body = library
                .render(clause, v, Level::Enterprise, lang, &clause.defaults(v))
                .unwrap();
            format!("{}. {body}", clause.title.get(lang))
        };
        let revs = revisions(&xml);
        assert_eq!(revs.len(), 2, "{id}: one clause paragraph per language");
        for (tag, accepted, rejected) in revs {
            let lang = if tag == "kk-KZ" { Lang::Kk } else { Lang::Ru };
            assert_eq!(accepted, text(b, lang), "{id} {lang:?}: accepting gives B");
            assert_eq!(rejected, text(a, lang), "{id} {lang:?}: rejecting gives A");
        }
    }
}

/// A directory holding the Karaganda annex rendered as `karaganda-coal.docx`, and the path of its
/// profile.
fn karaganda_docx() -> (tempfile::TempDir, String) {
    let dir = tempfile::tempdir().unwrap();
    let profile = common::repo("examples/karaganda-coal.yaml")
        .display()
        .to_string();
    kelisim(dir.path())
        .args(["render", &profile, "-o", ".", "--format", "docx"])
        .assert()
        .success();
    (dir, profile)
}

#[test]
fn an_edited_docx_diffs_back_to_exactly_its_edits() {
    let (dir, profile) = karaganda_docx();
    // The counterparty's edits: 45 days become 60 in both languages, and clause 1.4 goes.
    let edited = dir.path().join("edited.docx");
    common::ooxml::edit_docx(
        &dir.path().join("karaganda-coal.docx"),
        &edited,
        |mut data| {
            data = data
                .replace("45 (қырық бес)", "60 (алпыс)")
                .replace("45 (сорок пять)", "60 (шестьдесят)");
            let at = data.find("Кері байланыс.").unwrap();
            let start = data[..at].rfind("<w:tr>").unwrap();
            let end = at + data[at..].find("</w:tr>").unwrap() + "</w:tr>".len();
            data.replace_range(start..end, "");
            data
        },
    );

    let library = common::library();
    let spec = ClauseSpec {
        level: Level::Enterprise,
        params: &[],
    };
    let a = diff::side(&profile, &library, &spec).unwrap();
    let b = diff::side(edited.to_str().unwrap(), &library, &spec).unwrap();
    let diffs = diff::compare(&a, &b);
    assert_eq!(diffs.len(), NORMS.len());
    for d in &diffs {
        match d.norm.as_str() {
            "1.1" => {
                assert_eq!(d.status, Status::Changed);
                let kk: Vec<&Segment> = d
                    .body
                    .kk
                    .iter()
                    .filter(|s| !matches!(s, Segment::Same(_)))
                    .collect();
                assert_eq!(
                    kk,
                    [
                        &Segment::Deleted("45 (қырық бес)".into()),
                        &Segment::Inserted("60 (алпыс)".into())
                    ]
                );
                let ru: Vec<&Segment> = d
                    .body
                    .ru
                    .iter()
                    .filter(|s| !matches!(s, Segment::Same(_)))
                    .collect();
                assert_eq!(
                    ru,
                    [
                        &Segment::Deleted("45 (сорок пять)".into()),
                        &Segment::Inserted("60 (шестьдесят)".into())
                    ]
                );
            }
            "1.4" => assert_eq!(d.status, Status::Removed),
            other => assert_eq!(d.status, Status::Same, "norm {other} changed"),
        }
    }
    // The same through the command line, as a comparison table.
    let out = kelisim(dir.path())
        .args(["diff", &profile, "edited.docx", "--format", "table"])
        .assert()
        .success();
    let table = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    assert!(table.contains("## Салыстырмалы кесте") && table.contains("## Сравнительная таблица"));
    assert_eq!(
        table.lines().filter(|l| l.starts_with("| 1.")).count(),
        4,
        "{table}"
    );
}

/// The other side renamed clause 1.4 and changed a word of it: the hidden bookmark still finds
/// the clause, and the new title, full stop and all, shows as a change with the word. Without the
/// bookmarks, the title is all there is to go by, and the error says so.
#[test]
fn a_clause_whose_title_the_other_side_changed_is_still_matched() {
    let (dir, profile) = karaganda_docx();
    let original = dir.path().join("karaganda-coal.docx");
    let rename = |data: String| {
        data.replace("Кері байланыс.", "Жұмыскерлердің пікірі.")
            .replace("Обратная связь.", "Мнение работников (ст. 22 ТК).")
            .replace("(опросы, ящики предложений, встречи)", "(опросы, встречи)")
    };
    common::ooxml::edit_docx(&original, &dir.path().join("renamed.docx"), rename);
    let out = kelisim(dir.path())
        .args(["diff", &profile, "renamed.docx", "--format", "md"])
        .assert()
        .success();
    let md = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    assert!(
        md.contains(
            "## 1.4 <del>Кері байланыс</del><ins>Жұмыскерлердің пікірі</ins> / \
             <del>Обратная связь</del><ins>Мнение работников (ст. 22 ТК)</ins>\n"
        ),
        "{md}"
    );
    assert!(
        md.contains("(опросы, <del>ящики предложений, </del>встречи)"),
        "{md}"
    );
    assert_eq!(
        (md.matches("<del>").count(), md.matches("<ins>").count()),
        (3, 2),
        "the two titles and the one edit:\n{md}"
    );
    // In the comparison table, each side's cell starts with that side's title, the words the
    // other side dropped struck through and those it added underlined.
    let out = kelisim(dir.path())
        .args(["diff", &profile, "renamed.docx", "--format", "table"])
        .assert()
        .success();
    let table = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    assert!(
        table.contains("| 1.4 | <del>Обратная связь</del>. Работодатель")
            && table.contains("| <ins>Мнение работников (ст. 22 ТК)</ins>. Работодатель"),
        "{table}"
    );
    // Word's "Accept All" in the tracked DOCX gives the other side's title, "Reject All" ours.
    kelisim(dir.path())
        .args([
            "diff",
            &profile,
            "renamed.docx",
            "--format",
            "docx",
            "-o",
            "tracked.docx",
        ])
        .assert()
        .success();
    let tracked = revisions(&document_xml(&dir.path().join("tracked.docx")));
    let has = |accepted: &str, rejected: &str| {
        tracked
            .iter()
            .any(|(_, a, r)| a.starts_with(accepted) && r.starts_with(rejected))
    };
    assert!(
        has(
            "Жұмыскерлердің пікірі. Жұмыс беруші",
            "Кері байланыс. Жұмыс беруші"
        ) && has(
            "Мнение работников (ст. 22 ТК). Работодатель",
            "Обратная связь. Работодатель"
        ),
        "{tracked:?}"
    );

    let unmarked = |data: String| {
        let mut out = String::new();
        let mut rest = data.as_str();
        while let Some(at) = rest.find("<w:bookmarkStart") {
            out.push_str(&rest[..at]);
            rest = &rest[at + rest[at..].find("/>").unwrap() + 2..];
        }
        out.push_str(rest);
        rename(out)
    };
    common::ooxml::edit_docx(&original, &dir.path().join("bare.docx"), unmarked);
    // Without its bookmark and with a new title, the clause is no longer 1.4: 1.4 is gone, and a
    // clause of the other side's is added, never dropped.
    let out = kelisim(dir.path())
        .args(["diff", &profile, "bare.docx"])
        .assert()
        .success();
    let stdout = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    assert!(
        stdout.contains("1.4 ") && stdout.contains("(исключенный пункт)"),
        "{stdout}"
    );
    assert!(
        stdout.contains("Тармақ added.1 / Пункт added.1 (новый пункт)")
            && stdout.contains("{+Жұмыскерлердің пікірі. Жұмыс беруші"),
        "{stdout}"
    );
}

#[test]
fn identical_inputs_show_no_changes() {
    let dir = tempfile::tempdir().unwrap();
    let p = common::repo("examples/pavlodar-region.yaml")
        .display()
        .to_string();
    kelisim(dir.path())
        .args(["diff", &p, &p])
        .assert()
        .success()
        .stdout("Өзгерістер жоқ / Изменений нет\n");
    kelisim(dir.path())
        .args(["diff", "2.3@union", "2.3@union", "--format", "md"])
        .assert()
        .success()
        .stdout(predicates::str::contains("Өзгерістер жоқ / Изменений нет"));
}

#[test]
fn foreign_files_are_refused_clearly() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("text.docx"), "not a zip").unwrap();
    let mut z = zip::ZipWriter::new(std::fs::File::create(dir.path().join("other.docx")).unwrap());
    z.start_file(
        "word/document.xml",
        zip::write::SimpleFileOptions::default(),
    )
    .unwrap();
    z.write_all(b"<w:document xmlns:w=\"x\"><w:body><w:p><w:r><w:t>Hello</w:t></w:r></w:p></w:body></w:document>").unwrap();
    z.finish().unwrap();
    for (file, message) in [
        (
            "text.docx",
            "is not a DOCX kelisim can compare: it is not a zip archive",
        ),
        ("other.docx", "has no clauses kelisim can read"),
        ("missing.docx", "failed to read"),
    ] {
        kelisim(dir.path())
            .args(["diff", file, "2.3@union"])
            .assert()
            .code(1)
            .stderr(predicates::str::contains(message));
    }
    kelisim(dir.path())
        .args(["diff", "2.9@union", "2.3@union"])
        .assert()
        .code(1)
        .stderr(predicates::str::contains("unknown norm `2.9`"));
}

/// On a terminal (a pseudo-terminal from util-linux `script`), changes are coloured with real
/// escape sequences, not the text `\x1b`. Without `script` the test says that it skips; with
/// KELISIM_REQUIRE_SCRIPT set (as `.ci/run` does) its absence is a failure.
#[test]
fn a_terminal_gets_colours_as_escape_sequences() {
    let dir = tempfile::tempdir().unwrap();
    let Some(out) = common::tools::on_terminal(
        "diff 2.1@union 2.1@employer",
        dir.path(),
        "the colour check of `kelisim diff`",
    ) else {
        return;
    };
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{text}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        text.contains("\u{1b}[31;9m")
            && text.contains("\u{1b}[32;4m")
            && text.contains("\u{1b}[0m"),
        "no colour on a terminal: {text:?}"
    );
    assert!(!text.contains("\\x1b"), "escapes written as text: {text:?}");
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 500, ..ProptestConfig::default() })]

    #[test]
    fn accepting_gives_b_rejecting_gives_a(a in "[а-яәқ«» ,.0-9()-]{0,80}", b in "[а-яәқ«» ,.0-9()-]{0,80}") {
        let d = words::diff(&a, &b);
        prop_assert_eq!(words::new_text(&d), b);
        prop_assert_eq!(words::old_text(&d), a.clone());
        prop_assert!(!words::changed(&words::diff(&a, &a)));
    }
}

/// Runs `kelisim diff ARGS` in `dir`: (exit code, standard output, standard error).
fn diff_in(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let out = kelisim(dir).arg("diff").args(args).output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        // The Markdown documents (table, protocol) are tied as their pages are; read the words.
        kelisim::typography::untie(&String::from_utf8(out.stdout).unwrap()),
        String::from_utf8(out.stderr).unwrap(),
    )
}

/// What the counterparty's Word makes of our annex: a renamed signatory, rewritten closing
/// provisions (Russian only), and an insertion left as an unaccepted tracked change.
fn counterparty_edits(dir: &Path) -> std::path::PathBuf {
    let edited = dir.join("edited.docx");
    common::ooxml::edit_docx(&dir.join("karaganda-coal.docx"), &edited, |data| {
        let data = data
            .replace(
                "Генеральный директор А. Б. Сейтов",
                "Исполнительный директор В. Г. Петров",
            )
            .replace(
                "Бас директор А. Б. Сейітов",
                "Атқарушы директор В. Г. Петров",
            )
            .replace(
                "оба текста имеют одинаковую юридическую силу",
                "оба текста имеют равную силу",
            );
        // An insertion Word tracked and nobody accepted, in the Russian heading.
        let at = data.find("Приложение 3").expect("the Russian heading");
        let (head, tail) = data.split_at(at);
        let close = tail.find("</w:r>").unwrap() + "</w:r>".len();
        format!(
            "{head}{}<w:ins w:id=\"900\" w:author=\"Юрист работодателя\" w:date=\"2026-12-01T00:00:00Z\"><w:r><w:rPr><w:lang w:val=\"ru-RU\"/></w:rPr><w:t xml:space=\"preserve\"> (проект)</w:t></w:r></w:ins>{}",
            &tail[..close],
            &tail[close..]
        )
    });
    edited
}

#[test]
fn the_whole_document_is_compared_and_each_change_is_reported() {
    let (dir, profile) = karaganda_docx();
    counterparty_edits(dir.path());
    let (code, term, _) = diff_in(dir.path(), &[&profile, "edited.docx"]);
    assert_eq!(code, 0);
    assert!(
        term.contains("Подписи 1")
            && term.contains(
                "[-Генеральный-]{+Исполнительный+} директор [-А. Б. Сейтов-]{+В. Г. Петров+}"
            ),
        "{term}"
    );
    assert!(term.contains("[-Бас-]{+Атқарушы+} директор"), "{term}");
    assert!(
        term.contains("Заключительные положения 2")
            && term.contains("[-одинаковую юридическую-]{+равную+}"),
        "{term}"
    );
    assert!(
        term.contains("Приложение 3 к коллективному договору"),
        "{term}"
    );
    assert!(
        term.contains("{+ (проект)+}") || term.contains("{+(проект)+}"),
        "{term}"
    );
    assert!(
        term.contains("warning: `edited` holds 1 tracked change not yet accepted (Юрист работодателя: 1); they were compared as if accepted (3 differences); with them rejected there are 2"),
        "{term}"
    );
    assert!(
        term.contains("warning: the piece «closing 2» was edited in Russian only"),
        "{term}"
    );

    let (_, md, _) = diff_in(dir.path(), &[&profile, "edited.docx", "--format", "md"]);
    assert!(md.contains("## Қолдар 1 / Подписи 1"), "{md}");
    assert!(
        md.contains("<del>Генеральный</del><ins>Исполнительный</ins>"),
        "{md}"
    );

    let (_, json, _) = diff_in(dir.path(), &[&profile, "edited.docx", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let changes = v["changes"].as_array().unwrap();
    let find = |part: &str, id: &str, lang: &str| {
        changes
            .iter()
            .find(|c| c["part"] == part && c["id"] == id && c["lang"] == lang)
            .unwrap_or_else(|| panic!("no {part} {id} {lang} in {json}"))
    };
    let sig = find("signatures", "1", "ru");
    assert_eq!(sig["kind"], "changed");
    assert!(
        sig["old"]
            .as_str()
            .unwrap()
            .ends_with("Генеральный директор А. Б. Сейтов")
    );
    assert!(
        sig["new"]
            .as_str()
            .unwrap()
            .ends_with("Исполнительный директор В. Г. Петров")
    );
    assert_eq!(find("signatures", "1", "kk")["kind"], "changed");
    assert_eq!(find("closing", "2", "ru")["kind"], "changed");
    assert!(
        !changes
            .iter()
            .any(|c| c["part"] == "closing" && c["lang"] == "kk"),
        "the Kazakh closing was not edited: {json}"
    );
    assert_eq!(find("heading", "heading", "ru")["kind"], "changed");
    let kinds: Vec<&str> = v["warnings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| w["kind"].as_str().unwrap())
        .collect();
    assert!(
        kinds.contains(&"unaccepted-revisions") && kinds.contains(&"one-language-edited"),
        "{json}"
    );
}

#[test]
fn an_annex_against_its_own_docx_has_no_change_in_any_part() {
    let (dir, profile) = karaganda_docx();
    let (code, term, _) = diff_in(
        dir.path(),
        &[&profile, "karaganda-coal.docx", "--exit-code"],
    );
    assert_eq!(code, 0, "{term}");
    assert_eq!(term, "Өзгерістер жоқ / Изменений нет\n");
    let (_, json, _) = diff_in(
        dir.path(),
        &[&profile, "karaganda-coal.docx", "--format", "json"],
    );
    assert_eq!(
        serde_json::from_str::<serde_json::Value>(&json).unwrap(),
        serde_json::json!({"changes": [], "warnings": []})
    );
}

#[test]
fn exit_codes_tell_same_different_and_bad_input_apart() {
    let (dir, profile) = karaganda_docx();
    counterparty_edits(dir.path());
    assert_eq!(
        diff_in(dir.path(), &[&profile, "edited.docx", "--exit-code"]).0,
        1
    );
    assert_eq!(
        diff_in(dir.path(), &["2.3@union", "2.3@union", "--exit-code"]).0,
        0
    );
    assert_eq!(
        diff_in(dir.path(), &["2.3@union", "2.3@employer", "--exit-code"]).0,
        1
    );
    let (code, _, err) = diff_in(dir.path(), &["missing.yaml", "2.3@union", "--exit-code"]);
    assert_eq!(code, 2, "{err}");
    assert!(err.starts_with("error: "), "{err}");
    // Without the flag, differences are no failure.
    assert_eq!(diff_in(dir.path(), &["2.3@union", "2.3@employer"]).0, 0);
}

#[test]
fn labels_name_the_sides_in_both_languages() {
    let dir = tempfile::tempdir().unwrap();
    let (_, md, _) = diff_in(
        dir.path(),
        &[
            "2.3@union",
            "2.3@employer",
            "--format",
            "md",
            "--label-a",
            "kk:Кәсіподақ ұсынысы;ru:Предложение профсоюза",
            "--label-b",
            "Работодатель",
        ],
    );
    assert!(md.contains("Кәсіподақ ұсынысы → Работодатель"), "{md}");
    assert!(md.contains("Предложение профсоюза → Работодатель"), "{md}");
}

/// Two drafts of one annex: the union's wording (A) and the employer's (B).
fn two_drafts(dir: &Path) {
    let base = "agreement: {level: enterprise, years: [2027, 2029], date: 2026-12-15, place: {kk: \"Қарағанды қ.\", ru: \"г. Караганда\"}}\nparties:\n  employer: {name: {kk: \"«Алтын» ЖШС\", ru: \"ТОО «Алтын»\"}, signatory: {kk: \"Директор А. Б. Сейітов\", ru: \"Директор А. Б. Сейтов\"}}\n  workers: {name: {kk: \"«Алтын» ЖШС кәсіподағы\", ru: \"Профсоюз ТОО «Алтын»\"}, signatory: {kk: \"Төраға В. Г. Омаров\", ru: \"Председатель В. Г. Омаров\"}}\ndefaults: {variant: union}\nnorms: [consultation, human-review, system-audit]\n";
    std::fs::write(dir.join("union.yaml"), base).unwrap();
    std::fs::write(
        dir.join("employer.yaml"),
        base.replace("variant: union", "variant: employer"),
    )
    .unwrap();
}

#[test]
fn the_protocol_of_disagreements_lists_the_open_items_and_the_agreed_ones() {
    let dir = tempfile::tempdir().unwrap();
    two_drafts(dir.path());
    std::fs::write(
        dir.path().join("status.yaml"),
        "round: 2\nitems:\n  \"2.3\": {status: agreed, text: b}\n  \"5.3\": {status: deferred, grounds: {kk: \"Аудит мерзімі\", ru: \"Срок аудита\"}}\n",
    )
    .unwrap();
    let args = [
        "union.yaml",
        "employer.yaml",
        "--format",
        "protocol",
        "--status",
        "status.yaml",
        "--label-a",
        "kk:Кәсіподақ;ru:Профсоюз",
        "--label-b",
        "kk:Жұмыс беруші;ru:Работодатель",
    ];
    let (code, md, err) = diff_in(dir.path(), &args);
    assert_eq!(code, 0, "{err}");
    assert!(
        md.contains("**КЕЛІСПЕУШІЛІКТЕР ХАТТАМАСЫ**") && md.contains("**ПРОТОКОЛ РАЗНОГЛАСИЙ**"),
        "{md}"
    );
    assert!(
        md.contains("Раунд переговоров: 2") && md.contains("Келіссөздер кезеңі: 2"),
        "{md}"
    );
    assert!(md.contains("г. Караганда, 15 декабря 2026 года"), "{md}");
    let (open, agreed) = md
        .split_once("## Пункты, по которым достигнуто согласие")
        .expect("the agreed items after the open ones");
    let open = open
        .split("## Пункты, по которым согласие не достигнуто")
        .nth(1)
        .unwrap();
    assert!(
        open.contains(
            "| № | Пункт | Профсоюз | Работодатель | Основания | Решение или дальнейший порядок |"
        ),
        "{open}"
    );
    assert!(
        // Named by its number in the annex, and by the norm the status file names it by.
        open.contains("| 1 | 2.1 Обязательность консультаций (п. 1.1 рекомендаций) |")
            && open.contains("Подлежит дальнейшему обсуждению"),
        "{open}"
    );
    assert!(
        open.contains("4.1 Аудит систем (п. 5.3 рекомендаций)")
            && open.contains("Срок аудита")
            && open.contains("Отложено до следующего раунда"),
        "{open}"
    );
    assert!(
        !open.contains("Право на человеческое вмешательство"),
        "an agreed item left open:\n{open}"
    );
    let agreed = agreed.split("##").next().unwrap();
    assert!(
        agreed.contains("3.1 Право на человеческое вмешательство (п. 2.3 рекомендаций)"),
        "{agreed}"
    );
    // Agreed in the employer's wording: its 14 working days, not the union's 5.
    assert!(
        agreed.contains("14 (четырнадцати) рабочих дней"),
        "{agreed}"
    );
    assert!(
        md.contains("Председатель В. Г. Омаров") && md.contains("Директор А. Б. Сейтов"),
        "{md}"
    );

    std::fs::write(
        dir.path().join("bad.yaml"),
        "items:\n  \"9.9\": {status: agreed, text: b}\n",
    )
    .unwrap();
    let (code, _, err) = diff_in(
        dir.path(),
        &[
            "union.yaml",
            "employer.yaml",
            "--format",
            "protocol",
            "--status",
            "bad.yaml",
        ],
    );
    assert_eq!(code, 1);
    assert!(
        err.contains("`9.9` is not an item this comparison has") && err.contains("bad.yaml:2:10"),
        "{err}"
    );
    assert!(
        err.contains("the items that differ are 1.1, 2.3, 5.3"),
        "{err}"
    );

    let (code, _, err) = diff_in(
        dir.path(),
        &[
            "union.yaml",
            "employer.yaml",
            "--format",
            "protocol",
            "-o",
            "protocol.docx",
        ],
    );
    assert_eq!(code, 0, "{err}");
    let xml = document_xml(&dir.path().join("protocol.docx"));
    assert!(xml.contains("Келіспеушіліктер хаттамасы") && xml.contains("Протокол разногласий"));
}

/// The tracked DOCX of diff(A, B) is B's whole document: read back with every change accepted it
/// reads as B, piece by piece and clause by clause, and with every change rejected as A.
#[test]
fn the_tracked_docx_accepts_to_b_and_rejects_to_a_in_every_part() {
    use kelisim::export::docx::reader;
    let (dir, profile) = karaganda_docx();
    counterparty_edits(dir.path());
    let library = common::library();
    // Accept the counterparty's own pending insertion first: B is the edited file as accepted.
    let (accepted, rejected) = tracked_views(dir.path(), &profile);
    let b = reader::read(&dir.path().join("edited.docx"), &library).unwrap();
    assert_eq!(
        accepted.items, b.items,
        "accepting every change does not give B"
    );
    assert_eq!(accepted.clauses, b.clauses);
    // Rejecting: insertions go, deletions come back.
    let a_side = {
        let source = kelisim::Source::read(std::path::Path::new(&profile)).unwrap();
        kelisim::render_profile(&source, &library).unwrap().1
    };
    for (got, want) in rejected.items.iter().zip(a_side.items()) {
        assert_eq!(got, &want, "rejecting every change does not give A");
    }
    assert_eq!(rejected.items.len(), a_side.items().len());
    assert_eq!(
        rejected.clauses,
        a_side.clauses().map(|c| c.plain()).collect::<Vec<_>>()
    );
}

/// `diff PROFILE edited.docx` in `dir` as a tracked DOCX (`tracked.docx`), read back with every
/// change accepted and with every change rejected (as Word's "Reject All" leaves it).
fn tracked_views(
    dir: &Path,
    profile: &str,
) -> (
    kelisim::export::docx::reader::ReadDocx,
    kelisim::export::docx::reader::ReadDocx,
) {
    use kelisim::export::docx::reader;
    let (code, _, err) = diff_in(
        dir,
        &[
            profile,
            "edited.docx",
            "--format",
            "docx",
            "-o",
            "tracked.docx",
        ],
    );
    assert_eq!(code, 0, "{err}");
    let library = common::library();
    let tracked = dir.join("tracked.docx");
    let rejected = dir.join("rejected.docx");
    common::ooxml::edit_docx(&tracked, &rejected, |xml| reject_all(&xml));
    (
        reader::read(&tracked, &library).unwrap(),
        reader::read(&rejected, &library).unwrap(),
    )
}

/// Word's "Reject All" on a document part: insertions go, deletions come back, and the marks of
/// inserted or deleted paragraphs and rows go.
fn reject_all(xml: &str) -> String {
    // A row or a paragraph whose mark is an insertion goes whole.
    let mut text = xml.to_string();
    for (open, close, props) in [
        ("<w:tr>", "</w:tr>", "</w:trPr>"),
        ("<w:p>", "</w:p>", "</w:pPr>"),
    ] {
        let mut out = String::new();
        let mut rest = text.as_str();
        while let Some(at) = rest.find(open) {
            out.push_str(&rest[..at]);
            let end = at + rest[at..].find(close).unwrap() + close.len();
            let element = &rest[at..end];
            let inserted = element
                .find(props)
                .is_some_and(|p| element[..p].contains("<w:ins "));
            if !inserted {
                out.push_str(element);
            }
            rest = &rest[end..];
        }
        out.push_str(rest);
        text = out;
    }
    // (tag, whether its content stays): an insertion's content goes, a deletion's stays.
    for (tag, keep) in [("w:ins", false), ("w:del", true)] {
        let open = format!("<{tag} ");
        let close = format!("</{tag}>");
        let mut out = String::new();
        let mut rest = text.as_str();
        while let Some(at) = rest.find(&open) {
            out.push_str(&rest[..at]);
            let after = &rest[at..];
            let end = after.find('>').unwrap();
            // A mark (`<w:ins …/>`) goes; so does the tag of a deletion, whose text stays.
            if after[..end].ends_with('/') || keep {
                rest = &after[end + 1..];
            } else {
                let stop = after.find(&close).unwrap() + close.len();
                rest = &after[stop..];
            }
        }
        out.push_str(rest);
        text = out.replace(&close, "");
    }
    text.replace("w:delText", "w:t")
}

#[test]
fn a_side_is_known_by_its_content_not_its_name() {
    let (dir, profile) = karaganda_docx();
    let d = dir.path();
    std::fs::write(
        d.join("old.doc"),
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1 old word",
    )
    .unwrap();
    std::fs::write(d.join("scan.yaml"), b"%PDF-1.7\n").unwrap();
    std::fs::copy(
        common::repo("tests/fixtures/batch/enterprises.xlsx"),
        d.join("table.yaml"),
    )
    .unwrap();
    std::fs::copy(d.join("karaganda-coal.docx"), d.join("annex.yaml")).unwrap();
    for (file, says) in [
        ("old.doc", "is an old Word (.doc) or Excel (.xls) file"),
        ("scan.yaml", "is a PDF"),
        ("table.yaml", "it is an Excel workbook (XLSX)"),
    ] {
        let (code, _, err) = diff_in(d, &[file, "2.3@union"]);
        assert_eq!(code, 1, "{file}: {err}");
        assert!(err.contains(says), "{file}: {err}");
    }
    // A DOCX under another name is still read as the annex it is.
    let (code, out, err) = diff_in(d, &[&profile, "annex.yaml"]);
    assert_eq!(
        (code, out.as_str()),
        (0, "Өзгерістер жоқ / Изменений нет\n"),
        "{err}"
    );
}

#[test]
fn a_draft_in_one_sides_wording_is_named_for_that_side() {
    let dir = tempfile::tempdir().unwrap();
    two_drafts(dir.path());
    let (_, md, _) = diff_in(
        dir.path(),
        &["union.yaml", "employer.yaml", "--format", "md"],
    );
    assert!(
        md.contains("# Сравнение редакций: вариант профсоюза → вариант работодателя"),
        "{md}"
    );
    assert!(
        md.contains("# Редакцияларды салыстыру: кәсіподақ нұсқасы → жұмыс беруші нұсқасы"),
        "{md}"
    );
}

/// Two profiles: the tracked DOCX of diff(A, B) accepts to B and rejects to A in every part.
#[test]
fn the_tracked_docx_of_two_profiles_accepts_to_b_and_rejects_to_a() {
    use kelisim::export::docx::reader;
    let dir = tempfile::tempdir().unwrap();
    two_drafts(dir.path());
    // B also renames its signatory, so that a piece outside the clauses changes too.
    let employer = std::fs::read_to_string(dir.path().join("employer.yaml"))
        .unwrap()
        .replace("Директор А. Б. Сейтов", "Генеральный директор В. Петров");
    std::fs::write(dir.path().join("employer.yaml"), employer).unwrap();
    kelisim(dir.path())
        .args([
            "diff",
            "union.yaml",
            "employer.yaml",
            "--format",
            "docx",
            "-o",
            "t.docx",
        ])
        .assert()
        .success();
    let library = common::library();
    let annex = |name: &str| {
        let source = kelisim::Source::read(&dir.path().join(name)).unwrap();
        kelisim::render_profile(&source, &library).unwrap().1
    };
    let (a, b) = (annex("union.yaml"), annex("employer.yaml"));
    let accepted = reader::read(&dir.path().join("t.docx"), &library).unwrap();
    assert_eq!(accepted.items, b.items());
    assert_eq!(
        accepted.clauses,
        b.clauses().map(|c| c.plain()).collect::<Vec<_>>()
    );
    common::ooxml::edit_docx(
        &dir.path().join("t.docx"),
        &dir.path().join("r.docx"),
        |x| reject_all(&x),
    );
    let rejected = reader::read(&dir.path().join("r.docx"), &library).unwrap();
    assert_eq!(rejected.items, a.items());
    assert_eq!(
        rejected.clauses,
        a.clauses().map(|c| c.plain()).collect::<Vec<_>>()
    );
}

#[test]
fn the_comparison_table_names_the_agreement_the_sides_and_the_date_on_landscape_pages() {
    let dir = tempfile::tempdir().unwrap();
    two_drafts(dir.path());
    let args = [
        "union.yaml",
        "employer.yaml",
        "--format",
        "table",
        "--date",
        "2026-12-20",
    ];
    let (code, md, err) = diff_in(dir.path(), &args);
    assert_eq!(code, 0, "{err}");
    assert!(
        md.contains("Приложение к коллективному договору ТОО «Алтын» на 2027–2029 годы"),
        "{md}"
    );
    assert!(
        md.contains("Сравнение редакций: вариант профсоюза → вариант работодателя"),
        "{md}"
    );
    assert!(
        md.contains("| 2026 жылғы 20 желтоқсан | 20 декабря 2026 года |"),
        "{md}"
    );
    assert!(
        md.contains("<del>") && md.contains("<ins>"),
        "changed words are not marked:\n{md}"
    );
    let (code, _, err) = diff_in(dir.path(), &[&args[..], &["-o", "t.docx"]].concat());
    assert_eq!(code, 0, "{err}");
    let xml = document_xml(&dir.path().join("t.docx"));
    assert!(
        xml.contains("w:orient=\"landscape\"")
            && xml.contains("<w:strike/>")
            && xml.contains("<w:u w:val=\"single\"/>")
    );
}

/// The coverage table of an edited DOCX is compared row by row, when it has one; a profile
/// against its own DOCX with the table reads the same.
#[test]
fn the_coverage_table_of_an_edited_docx_is_compared() {
    let dir = tempfile::tempdir().unwrap();
    let profile = common::repo("examples/karaganda-coal.yaml")
        .display()
        .to_string();
    kelisim(dir.path())
        .args([
            "render",
            &profile,
            "-o",
            ".",
            "--format",
            "docx",
            "--coverage",
        ])
        .assert()
        .success();
    let (code, out, err) = diff_in(
        dir.path(),
        &[&profile, "karaganda-coal.docx", "--exit-code"],
    );
    assert_eq!(
        (code, out.as_str()),
        (0, "Өзгерістер жоқ / Изменений нет\n"),
        "{err}"
    );
    common::ooxml::edit_docx(
        &dir.path().join("karaganda-coal.docx"),
        &dir.path().join("edited.docx"),
        |x| {
            let at = x
                .rfind("срок уведомления")
                .expect("the coverage row of 1.1");
            format!(
                "{}срок извещения{}",
                &x[..at],
                &x[at + "срок уведомления".len()..]
            )
        },
    );
    let (_, json, _) = diff_in(dir.path(), &[&profile, "edited.docx", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let changes = v["changes"].as_array().unwrap();
    assert_eq!(changes.len(), 1, "{json}");
    for c in changes {
        assert_eq!(
            (c["part"].as_str(), c["id"].as_str()),
            (Some("coverage"), Some("1.1")),
            "{json}"
        );
        assert!(
            c["new"]
                .as_str()
                .unwrap()
                .contains("срок извещения – не позднее"),
            "{json}"
        );
    }
}

/// The row of the parallel table that holds clause `norm` ("1_2"): from its `<w:tr>` to its
/// `</w:tr>`.
fn clause_row(xml: &str, norm: &str) -> std::ops::Range<usize> {
    let at = xml
        .find(&format!("_kelisim_{norm}_kk"))
        .expect("the clause's bookmark");
    let start = xml[..at].rfind("<w:tr>").expect("its row");
    let end = at + xml[at..].find("</w:tr>").expect("its row's end") + "</w:tr>".len();
    start..end
}

/// A clause the other side cut and pasted elsewhere, words unchanged, is reported as moved (in
/// every output, and as a difference for `--exit-code`), and the clauses it jumped over are not.
#[test]
fn a_clause_moved_elsewhere_is_reported_as_moved() {
    let (dir, profile) = karaganda_docx();
    common::ooxml::edit_docx(
        &dir.path().join("karaganda-coal.docx"),
        &dir.path().join("edited.docx"),
        |x| {
            let row = clause_row(&x, "1_2");
            let moved = x[row.clone()].to_string();
            let rest = format!("{}{}", &x[..row.start], &x[row.end..]);
            let after = clause_row(&rest, "1_4").end;
            format!("{}{moved}{}", &rest[..after], &rest[after..])
        },
    );
    let (code, json, err) = diff_in(
        dir.path(),
        &[&profile, "edited.docx", "--format", "json", "--exit-code"],
    );
    assert_eq!(code, 1, "{err}");
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let changes = v["changes"].as_array().unwrap();
    assert_eq!(changes.len(), 2, "{json}");
    for (c, lang) in changes.iter().zip(["kk", "ru"]) {
        assert_eq!(
            (&c["part"], &c["id"], &c["kind"], &c["lang"]),
            (
                &serde_json::json!("clause"),
                &serde_json::json!("1.2"),
                &serde_json::json!("moved"),
                &serde_json::json!(lang)
            ),
            "{json}"
        );
        assert_eq!(c["old"], c["new"], "{json}");
    }
    let (_, term, _) = diff_in(dir.path(), &[&profile, "edited.docx"]);
    assert!(
        term.starts_with("1.2 ") && term.contains("(перенесенный пункт)"),
        "{term}"
    );
    assert!(!term.contains("1.3 ") && !term.contains("1.4 "), "{term}");
    let (_, md, _) = diff_in(dir.path(), &[&profile, "edited.docx", "--format", "md"]);
    assert!(
        md.contains("## 1.2 ") && md.contains("(перенесенный пункт)"),
        "{md}"
    );
}

/// A moved clause (here also reworded, and moved into another section) is carried by the tracked
/// DOCX as a deletion where A had it and an insertion where B put it: accepting every change
/// gives B's clauses in B's order, rejecting every change A's in A's.
#[test]
fn the_tracked_docx_carries_a_moved_clause_to_its_new_place() {
    use kelisim::export::docx::reader;
    let (dir, profile) = karaganda_docx();
    let original = dir.path().join("karaganda-coal.docx");
    let edited = dir.path().join("edited.docx");
    common::ooxml::edit_docx(&original, &edited, |x| {
        let row = clause_row(&x, "1_2");
        let moved =
            x[row.clone()].replacen("<w:t", "<w:t xml:space=\"preserve\">Жаңа. </w:t><w:t", 1);
        let rest = format!("{}{}", &x[..row.start], &x[row.end..]);
        let after = clause_row(&rest, "2_1").end;
        format!("{}{moved}{}", &rest[..after], &rest[after..])
    });
    let library = common::library();
    let b = reader::read(&edited, &library).unwrap();
    let order = |r: &reader::ReadDocx| r.clauses.iter().map(|c| c.norm.clone()).collect::<Vec<_>>();
    assert_eq!(order(&b)[..4], ["1.1", "1.3", "1.4", "2.1"]);
    assert_eq!(order(&b)[4], "1.2", "the edit did not move the clause");
    let (accepted, rejected) = tracked_views(dir.path(), &profile);
    assert_eq!(
        order(&accepted),
        order(&b),
        "accepting does not give B's order"
    );
    assert_eq!(
        accepted.clauses, b.clauses,
        "accepting does not give B's clauses"
    );
    let a = reader::read(&original, &library).unwrap();
    assert_eq!(
        rejected.clauses, a.clauses,
        "rejecting does not give A's clauses"
    );
    // Both places of the clause are named: the new one by the plain bookmark.
    let xml = common::ooxml::part(
        &std::fs::read(dir.path().join("tracked.docx")).unwrap(),
        "word/document.xml",
    );
    assert_eq!(
        xml.matches("w:name=\"_kelisim_1_2_kk\"").count(),
        1,
        "{xml}"
    );
    assert_eq!(xml.matches("w:name=\"_kelisim_1_2_kk_moved\"").count(), 1);
}
