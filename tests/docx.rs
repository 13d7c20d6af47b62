//! The DOCX exporter, read back with zip and quick-xml: well-formed parts, our numbering, the
//! language of every run, no text lost against the Markdown of the same profile, reproducibility.

mod common;

use common::ooxml::{self, Para};
use common::{KAZAKH_ONLY, library, profile, render};
use kelisim::document::{Annex, inline};
use kelisim::export::docx::{DEFAULT_TIMESTAMP, NUM_KK, NUM_RU};
use kelisim::export::{DocxOptions, docx};
use kelisim::lang::Lang;
use kelisim::model::Layout;
use kelisim::style::Style;

fn options(layout: Layout) -> DocxOptions {
    DocxOptions {
        layout,
        style: Style::load(None).unwrap(),
        author: None,
        timestamp: DEFAULT_TIMESTAMP,
        reviser: None,
    }
}

fn example(name: &str) -> Annex {
    let library = library();
    let source =
        kelisim::error::Source::read(std::path::Path::new(&format!("examples/{name}"))).unwrap();
    kelisim::render_profile(&source, &library).unwrap().1
}

fn body(bytes: &[u8]) -> Vec<Para> {
    ooxml::paragraphs(&ooxml::part(bytes, "word/document.xml"))
}

/// "Title. body" as plain text, the way a clause paragraph reads.
fn clause_text(doc: &Annex, lang: Lang) -> Vec<String> {
    doc.sections
        .iter()
        .flat_map(|s| &s.clauses)
        .map(|c| {
            let body: Vec<String> = inline::paragraphs(c.body.get(lang))
                .iter()
                .map(|p| inline::plain_text(p))
                .collect();
            format!("{}. {}", c.title.get(lang), body.join("\n"))
        })
        .collect()
}

#[test]
fn every_part_is_well_formed_and_deflated() {
    for layout in [Layout::Columns, Layout::Sequential] {
        let bytes = docx(
            &example("karaganda-coal.yaml").document(false),
            &options(layout),
        )
        .unwrap();
        let entries = ooxml::entries(&bytes);
        let names: Vec<&str> = entries.iter().map(|(n, _, _)| n.as_str()).collect();
        for required in [
            "[Content_Types].xml",
            "_rels/.rels",
            "word/document.xml",
            "word/styles.xml",
            "word/numbering.xml",
            "word/settings.xml",
            "word/header1.xml",
            "word/footer1.xml",
            "docProps/core.xml",
        ] {
            assert!(names.contains(&required), "missing {required}");
        }
        for (name, method, data) in &entries {
            assert_eq!(*method, zip::CompressionMethod::Deflated, "{name} stored");
            ooxml::assert_well_formed(name, std::str::from_utf8(data).unwrap());
        }
    }
}

#[test]
fn numbering_is_ours_and_counts_like_the_document() {
    let doc = example("mining-sector.yaml");
    for layout in [Layout::Columns, Layout::Sequential] {
        let bytes = docx(&doc.document(false), &options(layout)).unwrap();
        let numbering = ooxml::part(&bytes, "word/numbering.xml");
        assert_eq!(numbering.matches("<w:abstractNum ").count(), 2);
        assert!(numbering.contains(&format!("w:numId=\"{NUM_KK}\"")));
        assert!(numbering.contains(&format!("w:numId=\"{NUM_RU}\"")));
        // Compute the labels Word shows ("%1." and "%1.%2.") per numbering instance.
        for (num, lang) in [(NUM_KK, Lang::Kk), (NUM_RU, Lang::Ru)] {
            let mut counters = [0u32; 2];
            let mut labels = Vec::new();
            for p in body(&bytes) {
                let Some((id, level)) = p.num else { continue };
                assert!(id == NUM_KK || id == NUM_RU, "foreign numId {id}");
                if id != num {
                    continue;
                }
                let level = level as usize;
                counters[level] += 1;
                counters[level + 1..].iter_mut().for_each(|c| *c = 0);
                let label: Vec<String> = counters[..=level].iter().map(u32::to_string).collect();
                labels.push((format!("{}.", label.join(".")), p.text()));
                assert_eq!(p.langs(), [lang.tag()]);
            }
            // The definitions are section 1, with no numbered clauses.
            let definitions = (!doc.definitions.lines.is_empty()).then(|| "1.".to_string());
            let want: Vec<String> = definitions
                .into_iter()
                .chain(doc.sections.iter().flat_map(|s| {
                    std::iter::once(s.number.clone())
                        .chain(s.clauses.iter().map(|c| c.number.clone()))
                }))
                .collect();
            let got: Vec<String> = labels.iter().map(|(l, _)| l.clone()).collect();
            assert_eq!(got, want, "{layout:?} {lang:?}");
        }
    }
}

#[test]
fn every_clause_is_whole_and_in_its_language() {
    for name in [
        "karaganda-coal.yaml",
        "mining-sector.yaml",
        "pavlodar-region.yaml",
    ] {
        let doc = example(name);
        for layout in [Layout::Columns, Layout::Sequential] {
            let paras = body(&docx(&doc.document(false), &options(layout)).unwrap());
            for lang in Lang::ALL {
                let tag = lang.tag();
                for text in clause_text(&doc, lang) {
                    let found = paras.iter().find(|p| p.text() == text);
                    let p = found.unwrap_or_else(|| panic!("{name} {layout:?}: lost {text}"));
                    assert_eq!(p.langs(), [tag], "{name}: {text}");
                    assert_eq!(p.style, "ClauseText");
                }
            }
            // The title is upper-cased by Markdown and by a style (w:caps) in DOCX: compare letters.
            let all: String = paras
                .iter()
                .map(Para::text)
                .collect::<String>()
                .to_lowercase();
            let md = kelisim::export::markdown(
                &doc.document(false),
                &kelisim::export::MarkdownOptions { layout },
            )
            .to_lowercase();
            for c in KAZAKH_ONLY.iter().filter(|c| md.contains(**c)) {
                assert!(all.contains(*c), "{name}: {c} lost");
            }
        }
    }
}

#[test]
fn runs_carry_kk_or_ru_and_nothing_else() {
    let bytes = docx(
        &example("pavlodar-region.yaml").document(false),
        &options(Layout::Columns),
    )
    .unwrap();
    let xml = ooxml::part(&bytes, "word/document.xml");
    let paras = body(&bytes);
    let langs: std::collections::BTreeSet<&str> = paras
        .iter()
        .flat_map(|p| p.runs.iter().map(|(l, _)| l.as_str()))
        .collect();
    assert_eq!(langs.into_iter().collect::<Vec<_>>(), ["kk-KZ", "ru-RU"]);
    assert!(xml.matches("<w:lang w:val=\"kk-KZ\"/>").count() > 50);
    assert!(xml.matches("<w:lang w:val=\"ru-RU\"/>").count() > 50);
}

#[test]
fn awkward_names_survive_intact() {
    let library = library();
    let long = "«Шығыс Қазақстан облысының Өскемен қаласындағы түсті металлургия және энергетика кәсіпорындарының бірлестігі» жауапкершілігі шектеулі серіктестігі";
    let yaml = profile("enterprise", "[\"1.1\"]").replace(
        "«Алтын» ЖШС\", ru: \"ТОО «Алтын»\"",
        &format!("{long}\", ru: \"ТОО «A & B <C> \\\"D\\\" 'E'»\""),
    );
    let (_, doc) = render(&yaml, &library);
    let bytes = docx(&doc.document(false), &options(Layout::Columns)).unwrap();
    let text: Vec<String> = body(&bytes).iter().map(Para::text).collect();
    assert!(
        text.iter().any(|t| t == "ТОО «A & B <C> \"D\" 'E'»"),
        "{text:?}"
    );
    assert!(text.iter().any(|t| t == long), "{text:?}");
    let core = ooxml::part(&bytes, "docProps/core.xml");
    ooxml::assert_well_formed("core", &core);
}

#[test]
fn page_setup_header_footer_and_properties() {
    let doc = example("karaganda-coal.yaml");
    let mut opts = options(Layout::Columns);
    let bytes = docx(&doc.document(false), &opts).unwrap();
    let xml = ooxml::part(&bytes, "word/document.xml");
    assert!(
        xml.contains("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"),
        "not A4 portrait"
    );
    assert!(xml.contains("w:top=\"1134\" w:right=\"850\" w:bottom=\"1134\" w:left=\"1701\""));
    let styles = ooxml::part(&bytes, "word/styles.xml");
    assert!(
        styles.contains("w:ascii=\"Times New Roman\"") && styles.contains("<w:sz w:val=\"24\"/>")
    );
    assert_eq!(styles.matches("w:styleId=\"Normal\"").count(), 1);
    let header = ooxml::paragraphs(&ooxml::part(&bytes, "word/header1.xml"));
    assert_eq!(
        header[0].text(),
        "«Қарағанды Көмір» ЖШС-ның ұжымдық шартына 3-қосымша / Приложение 3 к коллективному договору ТОО «Карагандинский уголь»"
    );
    let footer = ooxml::part(&bytes, "word/footer1.xml");
    assert!(
        footer.contains(" PAGE ")
            && ooxml::paragraphs(&footer)[0]
                .text()
                .starts_with("Бет / Стр. ")
    );
    let core = ooxml::part(&bytes, "docProps/core.xml");
    assert!(core.contains("<dc:title>Жасанды интеллектіні қолдануға қатысты нормалар / Нормы о применении искусственного интеллекта</dc:title>"));
    assert!(core.contains("<dc:creator>«Қарағанды Көмір» ЖШС «Қорғау» кәсіподақ ұйымы / Профсоюзная организация «Қорғау» ТОО «Карагандинский уголь»</dc:creator>"));
    assert!(core.contains("2026-06-26T00:00:00Z"));

    opts.author = Some("Заңгер А. Б.".into());
    opts.timestamp = 1_800_000_000;
    opts.style = Style::load(Some(&kelisim::error::Source::new(
        "s.yaml",
        "font: PT Serif\nsize: 13\nmargins: {left: 25}\n",
    )))
    .unwrap();
    let bytes = docx(&doc.document(false), &opts).unwrap();
    let core = ooxml::part(&bytes, "docProps/core.xml");
    assert!(
        core.contains("<dc:creator>Заңгер А. Б.</dc:creator>")
            && core.contains("2027-01-15T08:00:00Z")
    );
    let styles = ooxml::part(&bytes, "word/styles.xml");
    assert!(styles.contains("w:ascii=\"PT Serif\"") && styles.contains("<w:sz w:val=\"26\"/>"));
    assert!(ooxml::part(&bytes, "word/document.xml").contains("w:left=\"1417\""));
}

/// Sequential: the Kazakh text, then the Russian text in a section of its own (a section break
/// starts a new page), with the same page and the first page's own footer and no header.
#[test]
fn sequential_puts_kazakh_then_a_section_break_then_russian() {
    let doc = example("mining-sector.yaml");
    let bytes = docx(&doc.document(false), &options(Layout::Sequential)).unwrap();
    let xml = ooxml::part(&bytes, "word/document.xml");
    assert!(!xml.contains("<w:tbl>") && !xml.contains("<w:br w:type=\"page\"/>"));
    let (kk, ru) = xml
        .split_once("<w:p><w:pPr><w:sectPr>")
        .expect("a section break");
    assert!(!kk.contains("ru-RU") && !ru.contains("kk-KZ"));
    let sections: Vec<&str> = xml.split("<w:sectPr>").skip(1).collect();
    assert_eq!(sections.len(), 2);
    let props = |s: &str| s.split("</w:sectPr>").next().unwrap().to_string();
    assert_eq!(props(sections[0]), props(sections[1]));
    assert!(props(sections[0]).contains("<w:titlePg/>"));
}

#[test]
fn the_same_document_gives_the_same_bytes() {
    let doc = example("pavlodar-region.yaml");
    let a = docx(&doc.document(false), &options(Layout::Columns)).unwrap();
    let b = docx(
        &example("pavlodar-region.yaml").document(false),
        &options(Layout::Columns),
    )
    .unwrap();
    assert_eq!(a, b);
    assert!(a.len() < 40_000, "not compressed: {} bytes", a.len());
}

/// One line per paragraph: style, numbering level, languages, the start of the text.
fn outline(bytes: &[u8]) -> String {
    let mut out = String::new();
    for p in body(bytes) {
        let num = p
            .num
            .map_or(String::new(), |(id, l)| format!(" num={id}/{l}"));
        let text: String = p.text().chars().take(60).collect();
        out.push_str(&format!(
            "{}{num} [{}] {text}\n",
            p.style,
            p.langs().join(",")
        ));
    }
    out
}

#[test]
fn structure_snapshots() {
    for (name, layout) in [
        ("karaganda-coal.yaml", Layout::Columns),
        ("mining-sector.yaml", Layout::Sequential),
    ] {
        let bytes = docx(&example(name).document(false), &options(layout)).unwrap();
        insta::assert_snapshot!(format!("structure-{name}"), outline(&bytes));
    }
}
