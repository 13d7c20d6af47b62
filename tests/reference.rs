//! `--reference-doc`: a union office's own Word file gives the DOCX its page, margins, letterhead
//! (header with its logo, footer), fonts, sizes and styles; kelisim's styles are added where the
//! file lacks them, and its page numbers follow the office's footer. The fixtures are made by
//! `tests/fixtures/reference/make.py` (a Russian Word's style ids, US Letter) and saved again by
//! LibreOffice (`letterhead-libreoffice.docx`).

mod common;

use std::path::Path;

use common::ooxml::{assert_well_formed, entries, part};
use common::{kelisim, repo};

fn reference(name: &str) -> String {
    repo(format!("tests/fixtures/reference/{name}"))
        .display()
        .to_string()
}

/// Renders the Karaganda example as DOCX into `dir/out` with `args`, and returns its bytes.
fn render(dir: &Path, args: &[&str]) -> Vec<u8> {
    let example = repo("examples/karaganda-coal.yaml").display().to_string();
    kelisim(dir)
        .args([
            "render", &example, "--format", "docx", "-o", "out", "--force",
        ])
        .args(args)
        .assert()
        .success();
    std::fs::read(dir.join("out/karaganda-coal.docx")).unwrap()
}

#[test]
fn the_letterhead_margins_fonts_and_styles_of_a_reference_document_reach_the_docx() {
    let dir = tempfile::tempdir().unwrap();
    let ours = render(dir.path(), &[]);
    let docx = render(
        dir.path(),
        &["--reference-doc", &reference("letterhead.docx")],
    );
    for (name, _, bytes) in entries(&docx) {
        if name.ends_with(".xml") || name.ends_with(".rels") {
            assert_well_formed(&name, &String::from_utf8(bytes).unwrap());
        }
    }
    // US Letter with one-inch margins and the header 708 twips from the edge, not A4.
    let document = part(&docx, "word/document.xml");
    assert!(
        document.contains("<w:pgSz w:w=\"12240\" w:h=\"15840\"/>"),
        "{document}"
    );
    assert!(document.contains(
        "<w:pgMar w:top=\"1440\" w:right=\"1440\" w:bottom=\"1440\" w:left=\"1440\" w:header=\"708\" w:footer=\"708\""
    ));
    assert!(part(&ours, "word/document.xml").contains("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"));
    // The letterhead on every page, the first too, with its logo.
    assert!(document.contains("<w:headerReference w:type=\"first\" r:id=\"rId4\"/>"));
    let header = part(&docx, "word/header1.xml");
    assert!(header.contains("«Қорғау» кәсіподақ ұйымы · Профсоюзная организация «Қорғау»"));
    assert!(header.contains("r:embed=\"rIdLogo\""));
    let rels = part(&docx, "word/_rels/header1.xml.rels");
    assert!(rels.contains("Target=\"media/logo.png\""), "{rels}");
    let logo = entries(&docx)
        .into_iter()
        .find(|(n, _, _)| n == "word/media/logo.png")
        .expect("the logo is in the package");
    assert!(logo.2.starts_with(b"\x89PNG"));
    assert!(
        part(&docx, "[Content_Types].xml")
            .contains("<Default Extension=\"png\" ContentType=\"image/png\"/>")
    );
    // The office's footer, then kelisim's page numbers.
    let footer = part(&docx, "word/footer1.xml");
    let address = footer
        .find("г. Караганда, ул. Ерубаева, 1")
        .expect("the office's address");
    let page = footer.find(" PAGE ").expect("the page number field");
    assert!(address < page);
    // The office's styles, with kelisim's added on its Normal (`a`), at its sizes: the text
    // 11 pt (the style's 12 pt gone), the annex title at its heading's 16 pt.
    let styles = part(&docx, "word/styles.xml");
    assert!(styles.contains("w:ascii=\"DejaVu Serif\"") && styles.contains("w:styleId=\"a\""));
    assert!(!styles.contains("Times New Roman"));
    assert!(styles.contains(
        "w:styleId=\"ClauseText\"><w:name w:val=\"Clause Text\"/><w:basedOn w:val=\"a\"/>"
    ));
    assert!(styles.contains("w:styleId=\"AnnexTitle\"") && styles.contains("<w:sz w:val=\"32\"/>"));
    assert_eq!(styles.matches("w:styleId=\"Header\"").count(), 1);
    assert!(
        styles.contains("<w:color w:val=\"1F3864\"/>"),
        "their Header style is kept"
    );
    // The table text is 2 points below the office's 11 pt.
    assert!(styles.contains("w:styleId=\"TableText\"") && styles.contains("<w:sz w:val=\"18\"/>"));
}

#[test]
fn a_reference_document_saved_by_libreoffice_works_too() {
    let dir = tempfile::tempdir().unwrap();
    let docx = render(
        dir.path(),
        &["--reference-doc", &reference("letterhead-libreoffice.docx")],
    );
    let header = part(&docx, "word/header1.xml");
    assert!(
        header.contains("Профсоюзная организация «Қорғау»"),
        "{header}"
    );
    let document = part(&docx, "word/document.xml");
    assert!(
        document.contains("w:w=\"12240\" w:h=\"15840\""),
        "{document}"
    );
    let styles = part(&docx, "word/styles.xml");
    assert!(styles.contains("w:styleId=\"ClauseText\""));
}

/// Both given: the reference document sets the page, margins, font and size, and says so; the
/// style file still sets `page_total` (and the layout).
#[test]
fn with_a_style_file_the_reference_document_wins_for_what_it_defines() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("style.yaml"),
        "font: Arial\nsize: 14\nmargins: {left: 40}\npage_total: true\n",
    )
    .unwrap();
    let example = repo("examples/karaganda-coal.yaml").display().to_string();
    let out = kelisim(dir.path())
        .args(["render", &example, "--format", "docx", "-o", "out"])
        .args(["--style", "style.yaml"])
        .args(["--reference-doc", &reference("letterhead.docx")])
        .assert()
        .success();
    let err = String::from_utf8_lossy(&out.get_output().stderr).to_string();
    assert!(
        err.contains("note: ")
            && err.contains("letterhead.docx` sets the page, margins, font and size")
            && err.contains("`style.yaml` still sets the layout and page_total"),
        "{err}"
    );
    let docx = std::fs::read(dir.path().join("out/karaganda-coal.docx")).unwrap();
    let styles = part(&docx, "word/styles.xml");
    assert!(!styles.contains("Arial") && !styles.contains("<w:sz w:val=\"28\"/>"));
    let document = part(&docx, "word/document.xml");
    assert!(document.contains("w:left=\"1440\""));
    let footer = part(&docx, "word/footer1.xml");
    assert!(
        footer.contains("г. Караганда") && footer.contains(" NUMPAGES "),
        "{footer}"
    );
}

#[test]
fn a_file_that_cannot_be_a_reference_document_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, bytes: &[u8]| {
        std::fs::write(dir.path().join(name), bytes).unwrap();
        name.to_string()
    };
    let pdf = write("letterhead.docx", b"%PDF-1.7\n...");
    let xlsx = {
        let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        zip.start_file("xl/workbook.xml", zip::write::SimpleFileOptions::default())
            .unwrap();
        std::io::Write::write_all(&mut zip, b"<workbook/>").unwrap();
        write("book.docx", &zip.finish().unwrap().into_inner())
    };
    let no_section = {
        let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        zip.start_file(
            "word/document.xml",
            zip::write::SimpleFileOptions::default(),
        )
        .unwrap();
        std::io::Write::write_all(
            &mut zip,
            b"<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p/></w:body></w:document>",
        )
        .unwrap();
        write("bare.docx", &zip.finish().unwrap().into_inner())
    };
    let example = repo("examples/karaganda-coal.yaml").display().to_string();
    for (file, says) in [
        (pdf, "cannot be a reference document: it is a PDF"),
        (xlsx, "it has no word/document.xml"),
        (
            no_section,
            "it has no section properties (page size and margins)",
        ),
        ("missing.docx".to_string(), "missing.docx"),
    ] {
        let out = kelisim(dir.path())
            .args(["render", &example, "-o", "out", "--reference-doc", &file])
            .assert()
            .code(1);
        let err = String::from_utf8_lossy(&out.get_output().stderr).to_string();
        assert!(err.contains(says) && err.contains(&file), "{file}: {err}");
        assert!(
            !dir.path().join("out").exists(),
            "{file}: something was written"
        );
    }
}

/// `batch` takes the reference document too: every row's DOCX is on the letterhead.
#[test]
fn every_draft_of_a_batch_is_on_the_letterhead() {
    let dir = tempfile::tempdir().unwrap();
    let manifest = std::fs::canonicalize(repo("examples/batch/manifest.yaml")).unwrap();
    kelisim(dir.path())
        .arg("batch")
        .arg(&manifest)
        .args(["--format", "docx", "-o", "out"])
        .args(["--reference-doc", &reference("letterhead.docx")])
        .assert()
        .success();
    let drafts: Vec<_> = std::fs::read_dir(dir.path().join("out"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "docx"))
        .collect();
    assert_eq!(drafts.len(), 5);
    for d in drafts {
        let docx = std::fs::read(&d).unwrap();
        assert!(part(&docx, "word/header1.xml").contains("«Қорғау» кәсіподақ ұйымы"));
        assert!(part(&docx, "word/document.xml").contains("<w:pgSz w:w=\"12240\" w:h=\"15840\"/>"));
    }
}
