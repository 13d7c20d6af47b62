//! Word's stand-in: every example rendered to PDF by `kelisim render --format pdf` (LibreOffice
//! underneath), then read back with pdftotext: each clause in both languages, the page numbers
//! and the Kazakh letters must be on the pages, laid out as a lawyer files them.
//!
//! Needs `soffice` (libreoffice-writer-nogui) and `pdftotext`/`pdfinfo` (poppler-utils). Without
//! them the test says on the terminal that it was skipped; with KELISIM_REQUIRE_LIBREOFFICE set
//! (as `.ci/run` does) their absence is a failure.

mod common;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

use common::KAZAKH_ONLY;
use kelisim::error::Source;
use kelisim::export::docx::DEFAULT_TIMESTAMP;
use kelisim::export::{DocxOptions, docx};
use kelisim::lang::Lang;
use kelisim::style::Style;

fn run(cmd: &mut Command) -> String {
    let out = cmd.output().expect("the program starts");
    assert!(
        out.status.success(),
        "{cmd:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8 output")
}

/// LibreOffice, or `None` after saying that the check `what` is skipped (a failure when
/// KELISIM_REQUIRE_LIBREOFFICE is set).
fn soffice_or_skip(what: &str) -> Option<PathBuf> {
    let found = common::tool("soffice");
    if found.is_none() {
        assert!(
            std::env::var_os("KELISIM_REQUIRE_LIBREOFFICE").is_none(),
            "LibreOffice is missing but KELISIM_REQUIRE_LIBREOFFICE is set"
        );
        let _ = writeln!(std::io::stderr(), "SKIPPED: {what} (no soffice)");
    }
    found
}

/// A program of poppler-utils, which the checks of the pages need beside LibreOffice.
fn poppler(program: &str) -> PathBuf {
    common::tool(program).unwrap_or_else(|| {
        panic!(
            "{program} (poppler-utils) is missing beside LibreOffice: apt-get install poppler-utils"
        )
    })
}

/// Converts `files` to the format `to` into `outdir` with a LibreOffice profile of its own in
/// `dir`.
fn convert(soffice: &Path, dir: &Path, to: &str, outdir: &Path, files: &[PathBuf]) {
    let profile_dir = format!("file://{}", dir.join("lo-profile").display());
    run(Command::new(soffice)
        .args(["--headless", "--norestore"])
        .arg(format!("-env:UserInstallation={profile_dir}"))
        .args(["--convert-to", to, "--outdir"])
        .arg(outdir)
        .args(files));
}

fn squeeze(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

/// Whether `needle` appears in `hay` whole, or in a few long pieces (a row that a page break cut).
fn covered(hay: &str, needle: &str) -> bool {
    let mut rest: Vec<char> = needle.chars().collect();
    for _ in 0..4 {
        if rest.is_empty() {
            return true;
        }
        let (mut lo, mut hi) = (0, rest.len());
        while lo < hi {
            let mid = (lo + hi).div_ceil(2);
            if hay.contains(&rest[..mid].iter().collect::<String>()) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        if lo < rest.len().min(20) {
            return false;
        }
        rest.drain(..lo);
    }
    rest.is_empty()
}

/// A word on a page: its top, its bottom and its text.
type Word = (f64, f64, String);

/// The words of each page of `pdftotext -bbox` output, and the page's height.
fn pages_of_words(bbox: &str) -> Vec<(f64, Vec<Word>)> {
    let attr = |tag: &str, key: &str| -> f64 {
        tag.split(&format!("{key}=\""))
            .nth(1)
            .and_then(|r| r.split('"').next())
            .and_then(|v| v.parse().ok())
            .unwrap_or(0.0)
    };
    bbox.split("<page ")
        .skip(1)
        .map(|page| {
            let height = attr(page, "height");
            let words = page
                .split("<word ")
                .skip(1)
                .map(|w| {
                    let text = w
                        .split('>')
                        .nth(1)
                        .and_then(|t| t.split('<').next())
                        .unwrap_or("");
                    (attr(w, "yMin"), attr(w, "yMax"), text.to_string())
                })
                .collect();
            (height, words)
        })
        .collect()
}

/// Fails unless the pages are laid out as a lawyer files them: in the two-column layout no page
/// but the last ends more than a fifth empty above its footer (a long row breaks across pages
/// instead); in both layouts each language's signature block stands on one page.
fn assert_the_pages_are_laid_out(name: &str, bbox: &str, columns: bool) {
    let pages = pages_of_words(bbox);
    let on = |n: usize, word: &str| pages[n].1.iter().any(|w| w.2 == word);
    // Each language's signature block: its heading and its seals on one page.
    let mut part_ends = vec![pages.len() - 1];
    for (heading, seal) in [("қолдары", "М.О."), ("Подписи", "М.П.")] {
        let first = (0..pages.len()).find(|&n| on(n, heading));
        let seals: Vec<usize> = (0..pages.len()).filter(|&n| on(n, seal)).collect();
        let Some(first) = first else {
            panic!("{name}: no signature block «{heading}»")
        };
        assert_eq!(
            seals,
            [first],
            "{name}: the signature block «{heading}» is split over pages"
        );
        // The signatures end the annex; what follows (the coverage table) starts a page.
        part_ends.push(first);
    }
    if !columns {
        return;
    }
    for (n, (height, words)) in pages.iter().enumerate() {
        if part_ends.contains(&n) {
            continue;
        }
        let footer = words
            .iter()
            .filter(|w| w.2 == "Бет")
            .map(|w| w.0)
            .fold(*height, f64::min);
        // Below the running header, above the footer.
        let top = words.iter().map(|w| w.1).fold(f64::MAX, f64::min) + 20.0;
        let bottom = words
            .iter()
            .filter(|w| w.1 < footer - 5.0)
            .map(|w| w.1)
            .fold(0.0, f64::max);
        let empty = (footer - bottom) / (footer - top);
        assert!(
            empty <= 0.2,
            "{name}: page {} ends {:.0}% empty",
            n + 1,
            empty * 100.0
        );
    }
}

/// Fails when a word of the coverage table is broken over two lines of its narrow columns: on
/// the pages from its heading on, every word must be one of the table's, the running header's
/// or the footer's (a broken word leaves two pieces that are neither).
fn assert_no_word_of_the_coverage_table_breaks(name: &str, doc: &kelisim::Annex, text: &str) {
    let table = doc.coverage.table();
    let mut words: std::collections::BTreeSet<String> = std::collections::BTreeSet::new();
    let mut add = |t: &str| {
        for w in t.split_whitespace() {
            words.insert(w.to_string());
        }
    };
    add(&table.heading.text);
    for row in std::iter::once(&table.header).chain(&table.rows) {
        for line in row.iter().flat_map(|c| &c.0) {
            add(&line.text);
        }
    }
    for t in [&doc.short_name.kk, &doc.short_name.ru] {
        add(t);
    }
    add("/ Бет Стр.");
    let start = text
        .find(&table.heading.text)
        .unwrap_or_else(|| panic!("{name}: no coverage table on the pages"));
    let broken: Vec<&str> = text[start..]
        .split_whitespace()
        .filter(|w| !words.contains(*w) && w.parse::<u32>().is_err())
        .collect();
    assert!(
        broken.is_empty(),
        "{name}: words of the coverage table broken over lines: {broken:?}"
    );
}

/// Fails on a line of the pages that ends inside a unit the typography holds together
/// (kelisim::typography): «3-|қосымша», «2027–|2029», «№|3-3», «10|(он)».
fn assert_no_break_inside_a_unit(name: &str, text: &str) {
    let lines: Vec<&str> = text.lines().map(str::trim_end).collect();
    for (i, line) in lines.iter().enumerate() {
        let next = lines.get(i + 1).map_or("", |l| l.trim_start());
        let mut end = line.chars().rev();
        let (last, before) = (end.next(), end.next());
        let digit = |c: Option<char>| c.is_some_and(|c| c.is_ascii_digit());
        let broken = (matches!(last, Some('-' | '\u{2011}' | '–')) && digit(before))
            || last == Some('№')
            || (digit(last) && next.starts_with('('));
        assert!(
            !broken,
            "{name}: a line breaks inside a unit: «{line}» / «{next}»"
        );
    }
}

#[test]
fn examples_open_in_libreoffice_with_every_clause_on_the_pages() {
    let tools: Vec<Option<PathBuf>> = ["soffice", "pdftotext", "pdfinfo"]
        .iter()
        .map(|p| common::tool(p))
        .collect();
    let [Some(soffice), Some(pdftotext), Some(pdfinfo)] = tools.as_slice() else {
        assert!(
            std::env::var_os("KELISIM_REQUIRE_LIBREOFFICE").is_none(),
            "LibreOffice or poppler-utils is missing but KELISIM_REQUIRE_LIBREOFFICE is set"
        );
        let _ = writeln!(
            std::io::stderr(),
            "SKIPPED: the LibreOffice check (soffice, pdftotext, pdfinfo not all installed; \
             apt-get install libreoffice-writer-nogui poppler-utils)"
        );
        return;
    };
    let library = common::library();
    let style = Style::load(None).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let mut docs = Vec::new();
    // The PDFs are kelisim's own (`--format pdf`), twice: the same input gives the same bytes.
    for name in ["karaganda-coal", "mining-sector", "pavlodar-region"] {
        let example = common::repo(format!("examples/{name}.yaml"));
        for out in ["pdf", "again"] {
            common::kelisim(dir.path())
                .env(kelisim::pdf::PROGRAM_VARIABLE, soffice)
                .arg("render")
                .arg(&example)
                .args(["--coverage", "--format", "docx,pdf", "-o", out])
                .assert()
                .success();
        }
        let pdf = std::fs::read(dir.path().join(format!("pdf/{name}.pdf"))).unwrap();
        let again = std::fs::read(dir.path().join(format!("again/{name}.pdf"))).unwrap();
        assert!(pdf == again, "{name}: two conversions differ");
        let source = Source::read(&example).unwrap();
        let (profile, doc) = kelisim::render_profile(&source, &library).unwrap();
        let columns = profile.layout.unwrap_or(style.layout) == kelisim::model::Layout::Columns;
        docs.push((name, doc, columns));
    }
    for (name, doc, columns) in &docs {
        let pdf = dir.path().join("pdf").join(format!("{name}.pdf"));
        let boxes = run(Command::new(pdftotext).arg("-bbox").arg(&pdf).arg("-"));
        assert_the_pages_are_laid_out(name, &boxes, *columns);
        let text = run(Command::new(pdftotext).arg("-raw").arg(&pdf).arg("-"));
        let info = run(Command::new(pdfinfo).arg(&pdf));
        let pages: u32 = info
            .lines()
            .find_map(|l| l.strip_prefix("Pages:"))
            .and_then(|n| n.trim().parse().ok())
            .expect("a page count");
        assert!(pages >= 2, "{name}: {pages} page(s)");
        for n in 1..=pages {
            assert!(
                text.contains(&format!("Бет / Стр. {n}")),
                "{name}: no page number {n}"
            );
        }
        assert_no_break_inside_a_unit(name, &text);
        assert_no_word_of_the_coverage_table_breaks(name, doc, &text);
        // The running header stands on every page but the first, which has the heading itself.
        let page_texts: Vec<&str> = text.split('\u{c}').collect();
        assert!(
            !page_texts[0].contains(" / Приложение") && page_texts[1].contains(" / Приложение"),
            "{name}: the running header is on page 1, or missing from page 2"
        );
        // In the sequential layout the Russian text opens a page with its own heading, and no
        // running header either.
        let bare: Vec<usize> = page_texts
            .iter()
            .enumerate()
            .filter(|(_, p)| !p.trim().is_empty() && !p.contains(" / Приложение"))
            .map(|(i, _)| i)
            .collect();
        if *columns {
            assert_eq!(bare, [0], "{name}: pages without the running header");
        } else {
            assert_eq!(
                bare.len(),
                2,
                "{name}: pages without the running header: {bare:?}"
            );
            assert!(
                page_texts[bare[1]].trim_start().starts_with("Приложение"),
                "{name}: page {} has no running header but is not where the Russian text starts",
                bare[1] + 1
            );
        }
        let flat = squeeze(&text);
        let absent = squeeze("Бұл сөйлем ешбір құжатта жоқ, сондықтан ол табылмауы керек.");
        assert!(!covered(&flat, &absent), "the text check accepts anything");
        for section in &doc.sections {
            for c in &section.clauses {
                for lang in Lang::ALL {
                    let want = squeeze(&format!(
                        "{} {}. {}",
                        c.number,
                        c.title.get(lang),
                        c.body.get(lang)
                    ));
                    assert!(
                        covered(&flat, &want),
                        "{name}: clause {} ({lang:?}) not on the pages",
                        c.number
                    );
                }
            }
        }
        let lower = text.to_lowercase();
        for letter in KAZAKH_ONLY.iter().filter(|l| l.is_lowercase()) {
            let used = doc
                .sections
                .iter()
                .flat_map(|s| &s.clauses)
                .any(|c| c.body.kk.contains(*letter));
            if used {
                assert!(
                    lower.contains(*letter),
                    "{name}: «{letter}» lost on the way to PDF"
                );
            }
        }
    }
}

#[test]
fn libreoffice_lists_the_tracked_changes_of_a_diff() {
    let Some(soffice) = soffice_or_skip("the tracked-changes check") else {
        return;
    };
    let library = common::library();
    let spec = kelisim::diff::ClauseSpec {
        level: kelisim::model::Level::Enterprise,
        params: &[],
    };
    let a = kelisim::diff::side("2.3@union", &library, &spec).unwrap();
    let b = kelisim::diff::side("2.3@employer", &library, &spec).unwrap();
    let diffs = kelisim::diff::compare(&a, &b);
    let doc = kelisim::diff::redline::annex(&a, &b, &diffs, &library)
        .unwrap()
        .document(false);
    let opts = DocxOptions {
        layout: kelisim::model::Layout::Columns,
        style: Style::load(None).unwrap(),
        author: Some("Заңгер".into()),
        timestamp: DEFAULT_TIMESTAMP,
        reviser: Some("Заңгер".into()),
    };
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("tracked.docx");
    std::fs::write(&path, docx(&doc, &opts).unwrap()).unwrap();
    convert(&soffice, dir.path(), "fodt", dir.path(), &[path]);
    let fodt =
        std::fs::read_to_string(dir.path().join("tracked.fodt")).expect("LibreOffice wrote FODT");
    let changes: usize = diffs
        .iter()
        .flat_map(|d| [&d.body.kk, &d.body.ru])
        .flat_map(|segs| segs.iter())
        .filter(|s| !matches!(s, kelisim::document::Segment::Same(_)))
        .count();
    let regions = fodt.matches("<text:changed-region").count();
    assert!(
        regions >= changes,
        "{regions} tracked changes in LibreOffice, {changes} made"
    );
    assert!(
        fodt.contains("<dc:creator>Заңгер</dc:creator>"),
        "revisions lost their author"
    );
}

/// An annex saved again by LibreOffice, as the other side of a negotiation might, diffs back to
/// no change; after its titles are renamed there, the hidden bookmarks still find every clause,
/// and only the titles changed.
#[test]
fn an_annex_saved_again_by_libreoffice_diffs_back_to_no_change() {
    let Some(soffice) = soffice_or_skip("the round trip through LibreOffice") else {
        return;
    };
    let library = common::library();
    let profile = common::repo("examples/karaganda-coal.yaml");
    let (_, doc) = kelisim::render_profile(&Source::read(&profile).unwrap(), &library).unwrap();
    let profile = profile.to_str().unwrap();
    let opts = DocxOptions {
        layout: kelisim::model::Layout::Columns,
        style: Style::load(None).unwrap(),
        author: None,
        timestamp: DEFAULT_TIMESTAMP,
        reviser: None,
    };
    let dir = tempfile::tempdir().unwrap();
    let ours = dir.path().join("ours.docx");
    std::fs::write(&ours, docx(&doc.document(true), &opts).unwrap()).unwrap();
    let saved_dir = dir.path().join("saved");
    convert(
        &soffice,
        dir.path(),
        "docx:MS Word 2007 XML",
        &saved_dir,
        &[ours],
    );
    let saved = saved_dir.join("ours.docx");
    let renamed = dir.path().join("renamed.docx");
    common::ooxml::edit_docx(&saved, &renamed, |xml| {
        library.clauses().iter().fold(xml, |xml, c| {
            Lang::ALL.iter().fold(xml, |xml, lang| {
                let title = c.title.get(*lang);
                xml.replace(&format!("{title}."), &format!("{title} (редакция 2)."))
            })
        })
    });
    let spec = kelisim::diff::ClauseSpec {
        level: kelisim::model::Level::Enterprise,
        params: &[],
    };
    let a = kelisim::diff::side(profile, &library, &spec).unwrap();
    let clauses: usize = doc.sections.iter().map(|s| s.clauses.len()).sum();
    for (file, renamed) in [(&saved, false), (&renamed, true)] {
        let b = kelisim::diff::side(file.to_str().unwrap(), &library, &spec).unwrap();
        let diffs = kelisim::diff::compare(&a, &b);
        assert_eq!(diffs.len(), clauses, "{file:?}");
        for d in &diffs {
            for lang in Lang::ALL {
                let (title, body) = (d.title_diff.get(lang), d.body.get(lang));
                assert!(
                    !kelisim::diff::words::changed(body),
                    "{file:?} {}: {body:?}",
                    d.norm
                );
                assert_eq!(
                    kelisim::diff::words::changed(title),
                    renamed,
                    "{file:?} {}: {title:?}",
                    d.norm
                );
            }
        }
    }
}

/// The redline of two whole annexes: LibreOffice lists the changes outside the clauses too (a
/// renamed signatory), and accepting them there gives B's signatory.
#[test]
fn libreoffice_lists_the_tracked_changes_outside_the_clauses() {
    let Some(soffice) = soffice_or_skip("the whole-document tracked-changes check") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let karaganda = common::repo("examples/karaganda-coal.yaml");
    let theirs = std::fs::read_to_string(&karaganda).unwrap().replace(
        "Генеральный директор А. Б. Сейтов",
        "Исполнительный директор В. Г. Петров",
    );
    std::fs::write(dir.path().join("theirs.yaml"), theirs).unwrap();
    common::kelisim(dir.path())
        .arg("diff")
        .arg(&karaganda)
        .args(["theirs.yaml", "--format", "docx", "-o", "tracked.docx"])
        .assert()
        .success();
    convert(
        &soffice,
        dir.path(),
        "fodt",
        dir.path(),
        &[dir.path().join("tracked.docx")],
    );
    let fodt =
        std::fs::read_to_string(dir.path().join("tracked.fodt")).expect("LibreOffice wrote FODT");
    assert!(
        fodt.matches("<text:changed-region").count() >= 4,
        "the signatory's changes are not listed"
    );
    assert!(
        fodt.contains("Исполнительный") && fodt.contains("Генеральный"),
        "a side of the change is lost"
    );
}

/// `page_total: true` in the style: every page's footer gives its number and the number of pages,
/// each language its own way: «Бет 3 / 9 — Стр. 3 из 9».
#[test]
fn the_footer_counts_the_pages_when_the_style_asks() {
    let Some(soffice) = soffice_or_skip("the page count in the footer") else {
        return;
    };
    let (pdftotext, pdfinfo) = (poppler("pdftotext"), poppler("pdfinfo"));
    let library = common::library();
    let style = Style::load(Some(&Source::new("s.yaml", "page_total: true\n"))).unwrap();
    assert!(style.page_total);
    let dir = tempfile::tempdir().unwrap();
    let source = Source::read(&common::repo("examples/karaganda-coal.yaml")).unwrap();
    let (_, annex) = kelisim::render_profile(&source, &library).unwrap();
    let opts = DocxOptions {
        layout: style.layout,
        style: style.clone(),
        author: None,
        timestamp: DEFAULT_TIMESTAMP,
        reviser: None,
    };
    let path = dir.path().join("counted.docx");
    std::fs::write(&path, docx(&annex.document(false), &opts).unwrap()).unwrap();
    convert(
        &soffice,
        dir.path(),
        "pdf",
        &dir.path().join("pdf"),
        &[path],
    );
    let pdf = dir.path().join("pdf/counted.pdf");
    let pages: u32 = run(Command::new(&pdfinfo).arg(&pdf))
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .expect("a page count");
    let text = run(Command::new(&pdftotext).arg("-raw").arg(&pdf).arg("-"));
    for (n, page) in text.split('\u{c}').take(pages as usize).enumerate() {
        let n = n + 1;
        let flat = page.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(
            flat.contains(&format!("Бет {n} / {pages} — Стр. {n} из {pages}")),
            "page {n}: {flat}"
        );
    }
}

/// `--pdf-a` writes PDF/A-2b: declared in the XMP metadata, every font embedded, reproducible.
#[test]
fn pdf_a_declares_itself_and_embeds_every_font() {
    let Some(soffice) = soffice_or_skip("the PDF/A check") else {
        return;
    };
    let pdffonts = poppler("pdffonts");
    let dir = tempfile::tempdir().unwrap();
    // Twice, a second apart: the ICC profile LibreOffice embeds for PDF/A is dated too.
    for out in [".", "again"] {
        common::kelisim(dir.path())
            .env(kelisim::pdf::PROGRAM_VARIABLE, &soffice)
            .arg("render")
            .arg(common::repo("examples/pavlodar-region.yaml"))
            .args(["--format", "pdf", "--pdf-a", "-o", out])
            .assert()
            .success();
        std::thread::sleep(std::time::Duration::from_secs(1));
    }
    let pdf = dir.path().join("pavlodar-region.pdf");
    let bytes = std::fs::read(&pdf).unwrap();
    assert!(
        bytes == std::fs::read(dir.path().join("again/pavlodar-region.pdf")).unwrap(),
        "two PDF/A conversions of the same input differ"
    );
    let text = String::from_utf8_lossy(&bytes);
    assert!(
        text.contains("<pdfaid:part>2</pdfaid:part>")
            && text.contains("<pdfaid:conformance>B</pdfaid:conformance>"),
        "no PDF/A-2b identification"
    );
    // The conversion's time is replaced by the document's (SOURCE_DATE_EPOCH's default).
    assert!(
        text.contains("D:20260626000000")
            && text.matches("D:2").count() == text.matches("D:20260626000000").count()
            && text.contains("<xmp:CreateDate>2026-06-26T00:00:00Z<"),
        "a date in the PDF is not the document's"
    );
    let fonts = run(Command::new(pdffonts).arg(&pdf));
    let rows: Vec<&str> = fonts.lines().skip(2).collect();
    assert!(!rows.is_empty(), "{fonts}");
    for row in rows {
        let columns: Vec<&str> = row.split_whitespace().collect();
        let emb = columns.len().checked_sub(5).map(|i| columns[i]);
        assert_eq!(emb, Some("yes"), "a font not embedded: {row}");
    }
}

/// `batch --format pdf` converts the rows in one run of LibreOffice per chunk: every row's PDF
/// holds its own employer's name, and the same PDFs go into a directory or a zip archive.
#[test]
fn a_batch_writes_a_pdf_per_row_into_a_directory_or_an_archive() {
    let Some(soffice) = soffice_or_skip("the batch PDF check") else {
        return;
    };
    let pdftotext = poppler("pdftotext");
    let dir = tempfile::tempdir().unwrap();
    let manifest = std::fs::canonicalize(common::repo("examples/batch/manifest.yaml")).unwrap();
    for out in ["out", "drafts.zip"] {
        common::kelisim(dir.path())
            .env(kelisim::pdf::PROGRAM_VARIABLE, &soffice)
            .arg("batch")
            .arg(&manifest)
            .args(["--format", "docx,pdf", "-o", out])
            .assert()
            .success();
    }
    let index = std::fs::read_to_string(dir.path().join("out/index.csv")).unwrap();
    let mut rows = csv::Reader::from_reader(index.trim_start_matches('\u{feff}').as_bytes());
    let mut archive =
        zip::ZipArchive::new(std::fs::File::open(dir.path().join("drafts.zip")).unwrap()).unwrap();
    let mut count = 0;
    for row in rows.records() {
        let row = row.unwrap();
        let (id, name) = (&row[1], &row[2]);
        let pdf = dir.path().join(format!("out/{id}.pdf"));
        let text = run(Command::new(&pdftotext).arg(&pdf).arg("-"));
        assert!(
            squeeze(&text).contains(&squeeze(name)),
            "{id}: «{name}» is not in its PDF"
        );
        let mut zipped = Vec::new();
        std::io::Read::read_to_end(
            &mut archive.by_name(&format!("{id}.pdf")).unwrap(),
            &mut zipped,
        )
        .unwrap();
        assert!(
            zipped == std::fs::read(&pdf).unwrap(),
            "{id}: the archive's PDF differs"
        );
        count += 1;
    }
    assert_eq!(count, 5);
}

/// The comparison table of two whole drafts: the Kazakh table follows the heading on page 1
/// (no page left blank under it), the Russian table starts a page of its own, and the heading's
/// two columns span the landscape page.
#[test]
fn the_comparison_table_starts_under_its_heading() {
    let Some(soffice) = soffice_or_skip("the comparison table's pages") else {
        return;
    };
    let pdftotext = poppler("pdftotext");
    let dir = tempfile::tempdir().unwrap();
    let profile = std::fs::read_to_string(common::repo("examples/karaganda-coal.yaml")).unwrap();
    let head = &profile[..profile.find("\nnorms:").expect("the norms")];
    for variant in ["union", "employer"] {
        std::fs::write(
            dir.path().join(format!("{variant}.yaml")),
            format!("{head}\ndefaults: {{variant: {variant}}}\nnorms: all\n"),
        )
        .unwrap();
    }
    common::kelisim(dir.path())
        .args(["diff", "union.yaml", "employer.yaml", "--format", "table"])
        .args(["-o", "table.docx"])
        .assert()
        .success();
    let docx = dir.path().join("table.docx");
    let xml = common::ooxml::part(&std::fs::read(&docx).unwrap(), "word/document.xml");
    // A landscape A4 page less the margins, in twips: 297 − 30 − 15 mm.
    assert!(
        xml.contains("<w:tblW w:w=\"14287\" w:type=\"dxa\"/>"),
        "the heading is not page-wide"
    );
    convert(&soffice, dir.path(), "pdf", dir.path(), &[docx]);
    let text = run(Command::new(&pdftotext)
        .arg("-raw")
        .arg(dir.path().join("table.pdf"))
        .arg("-"));
    let pages: Vec<&str> = text.split('\u{c}').collect();
    assert!(
        pages[0].contains("САЛЫСТЫРМАЛЫ КЕСТЕ") && pages[0].contains("1.1 Консультациялар"),
        "page 1 does not hold the heading and the table's first row:\n{}",
        pages[0]
    );
    let russian = pages
        .iter()
        .position(|p| p.contains("1.1 Обязательность консультаций"))
        .expect("the Russian table");
    // The Russian table's heading heads the page its first row is on, and no page before.
    assert!(
        russian > 0
            && pages[russian].contains("Сравнительная таблица")
            && !pages[..russian]
                .iter()
                .any(|p| p.contains("Сравнительная таблица")),
        "the Russian table does not start a page of its own"
    );
}

/// Every kind of letter as `kelisim letter --format pdf` prints it, in both layouts: the dates it
/// computes on the pages in both languages, a page number on every page, and the signature with
/// the lines under it (copy, receipt) on one page.
#[test]
fn every_letter_prints_its_dates_and_keeps_its_signature_with_the_lines_under_it() {
    let Some(soffice) = soffice_or_skip("the letters' pages") else {
        return;
    };
    let pdftotext = poppler("pdftotext");
    let dir = tempfile::tempdir().unwrap();
    let karaganda = common::repo("examples/karaganda-coal.yaml");
    // (kind, system, date, a date of the letter in Russian and in Kazakh, the signature's role,
    // the last line).
    let letters = [
        (
            "notice",
            "shift-planner",
            "2027-02-01",
            "3 марта 2027 года",
            "2027 жылғы 3 наурыздан",
            "Работодатель:",
            "М.П.",
        ),
        (
            "objection",
            "shift-planner",
            "2027-02-20",
            "25 марта 2027 года",
            "2027 жылғы 25 наурызға",
            "Представители работников:",
            "Получено:",
        ),
        (
            "disclosure-request",
            "fatigue-monitor",
            "2027-03-19",
            "7 апреля 2027 года",
            "2027 жылғы 7 сәуірден",
            "Представители работников:",
            "Получено:",
        ),
        (
            "review-request",
            "fatigue-monitor",
            "2027-03-19",
            "2 апреля 2027 года",
            "2027 жылғы 2 сәуірден",
            "Работник:",
            "Получено:",
        ),
        (
            "report",
            "",
            "2028-02-01",
            "15 февраля 2028 года",
            "2028 жылғы 15 ақпаннан",
            "Работодатель:",
            "М.П.",
        ),
    ];
    for layout in ["columns", "sequential"] {
        for (kind, system, date, ru, kk, role, last) in letters {
            let mut cmd = common::kelisim(dir.path());
            cmd.env(kelisim::pdf::PROGRAM_VARIABLE, &soffice)
                .args(["letter", kind])
                .arg(&karaganda)
                .args([
                    "--date", date, "--layout", layout, "--format", "pdf", "-o", layout,
                ]);
            let name = if system.is_empty() {
                cmd.args(["--year", "2027"]);
                format!("karaganda-coal-{kind}-2027.pdf")
            } else {
                cmd.args(["--system", system]);
                format!("karaganda-coal-{kind}-{system}.pdf")
            };
            cmd.assert().success();
            let pdf = dir.path().join(layout).join(&name);
            let text = run(Command::new(&pdftotext).arg("-raw").arg(&pdf).arg("-"));
            let pages: Vec<String> = text
                .split('\u{c}')
                .filter(|p| !p.trim().is_empty())
                .map(|p| {
                    p.split_whitespace()
                        .collect::<Vec<_>>()
                        .join(" ")
                        .replace('\u{a0}', " ")
                })
                .collect();
            let all = pages.join(" ");
            for expected in [ru, kk, "«Карагандинский уголь»", "«Қарағанды Көмір»"]
            {
                assert!(
                    all.contains(expected),
                    "{layout} {kind}: «{expected}» not on the pages:\n{all}"
                );
            }
            for (n, page) in pages.iter().enumerate() {
                assert!(
                    page.contains(&format!("Стр. {}", n + 1)),
                    "{layout} {kind}: page {} has no number",
                    n + 1
                );
            }
            // No page but the last ends a quarter empty in the two-column layout: a heading over
            // paragraphs (the grounds) breaks across pages like any text.
            if layout == "columns" {
                let bbox = run(Command::new(&pdftotext).arg("-bbox").arg(&pdf).arg("-"));
                let laid = pages_of_words(&bbox);
                for (n, (height, words)) in
                    laid.iter().enumerate().take(laid.len().saturating_sub(1))
                {
                    let lowest = words
                        .iter()
                        .filter(|w| w.1 < 0.9 * height)
                        .map(|w| w.1)
                        .fold(0.0, f64::max);
                    assert!(
                        lowest > 0.75 * height,
                        "{kind}: page {} ends at {:.0}% of its height",
                        n + 1,
                        100.0 * lowest / height
                    );
                }
            }
            // The Russian signature and what follows it share a page.
            let signed = pages.iter().rposition(|p| p.contains(role));
            let closing = pages.iter().rposition(|p| p.contains(last));
            assert!(
                signed.is_some() && signed == closing,
                "{layout} {kind}: «{role}» on page {signed:?}, «{last}» on {closing:?}"
            );
        }
    }
}
