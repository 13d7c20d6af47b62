//! Rendering through the library API: examples (snapshots), every norm at every level, numbering,
//! grammar of counted nouns, reproducibility.

mod common;

use std::collections::BTreeMap;

use common::{KAZAKH_ONLY, library, numbers, profile, render};
use kelisim::error::Source;
use kelisim::export::{MarkdownOptions, markdown};
use kelisim::lang::Lang;
use kelisim::model::{Layout, Level, NORMS, ParamValue, Variant};

#[test]
fn examples_markdown_snapshots() {
    let library = library();
    insta::glob!("../examples", "*.yaml", |path| {
        let source = Source::read(path).expect("example readable");
        let (_, doc) = kelisim::render_profile(&source, &library).expect("example renders");
        for layout in [Layout::Columns, Layout::Sequential] {
            let md = markdown(&doc.document(false), &MarkdownOptions { layout });
            // The words, as a reviewer reads them; the ties are checked below.
            let words = kelisim::typography::untie(&md);
            insta::assert_snapshot!(format!("{layout:?}").to_lowercase(), words);
        }
    });
}

/// The Markdown is tied as the DOCX page is: «3‑қосымша», «45 (қырық бес)», «2027⁠–⁠2029» hold
/// together in a viewer or in pandoc too; untied, it is the same text.
#[test]
fn the_markdown_holds_together_what_a_line_must_not_split() {
    use kelisim::typography::{NO_BREAK_HYPHEN, NO_BREAK_SPACE, WORD_JOINER};
    let source = Source::read(&common::repo("examples/karaganda-coal.yaml")).unwrap();
    let (_, doc) = kelisim::render_profile(&source, &library()).unwrap();
    let md = markdown(&doc.document(false), &MarkdownOptions::default());
    for tied in [
        format!("3{NO_BREAK_HYPHEN}қосымша"),
        format!("45{NO_BREAK_SPACE}(қырық бес)"),
        format!("45{NO_BREAK_SPACE}(сорок пять)"),
        format!("2027{WORD_JOINER}–{WORD_JOINER}2029"),
        format!("№{NO_BREAK_SPACE}3{NO_BREAK_HYPHEN}3"),
    ] {
        assert!(md.contains(&tied), "«{tied}» is not tied in the Markdown");
    }
    assert!(!md.contains("3-қосымша") && !md.contains("45 (сорок"));
    // Markdown's own markup is untouched.
    assert!(md.contains("| --- | --- |") && md.contains("**"));
}

#[test]
fn every_norm_variant_and_level_renders_in_both_languages() {
    let library = library();
    for level in Level::all() {
        for (clause, variant) in library
            .clauses()
            .iter()
            .flat_map(|c| Variant::all().map(move |v| (c, v)))
        {
            assert!(
                clause.variants.contains(&variant),
                "norm {} has no {variant:?} variant",
                clause.id
            );
            let params = clause.defaults(variant);
            let kk = library
                .render(clause, variant, level, Lang::Kk, &params)
                .unwrap();
            let ru = library
                .render(clause, variant, level, Lang::Ru, &params)
                .unwrap();
            let at = format!("norm {} {variant:?} at {level:?}", clause.id);
            for (lang, text) in [("kk", &kk), ("ru", &ru)] {
                assert!(text.chars().count() > 80, "{at} {lang} too short: {text}");
                assert!(
                    !text.contains("{{") && !text.contains("{%"),
                    "{at} {lang}: {text}"
                );
                assert!(
                    !text.contains(['\u{2068}', '\u{2069}']),
                    "{at} {lang}: isolation marks"
                );
                assert!(
                    !text.chars().any(|c| c.is_ascii_alphabetic()),
                    "{at} {lang}: Latin letter in {text}"
                );
                assert!(
                    text.ends_with('.'),
                    "{at} {lang} does not end a sentence: {text}"
                );
            }
            assert!(
                kk.contains(KAZAKH_ONLY),
                "{at}: Kazakh text without Kazakh letters"
            );
            assert!(
                !ru.contains(KAZAKH_ONLY),
                "{at}: Kazakh letters in Russian: {ru}"
            );
            let (mut a, mut b) = (numbers(&kk), numbers(&ru));
            a.sort();
            b.sort();
            assert_eq!(a, b, "{at}: the two languages state different numbers");
        }
    }
}

#[test]
fn the_three_variants_of_every_norm_side_by_side() {
    let library = library();
    for clause in library.clauses() {
        let mut out = format!(
            "# {} {} / {}\n",
            clause.id, clause.title.kk, clause.title.ru
        );
        let mut texts = Vec::new();
        for variant in Variant::all() {
            let params = clause.defaults(variant);
            let render = |level, lang| {
                library
                    .render(clause, variant, level, lang, &params)
                    .unwrap()
            };
            let kk = render(Level::Enterprise, Lang::Kk);
            let ru = render(Level::Enterprise, Lang::Ru);
            let sector = render(Level::Sector, Lang::Ru);
            out.push_str(&format!(
                "\n## {}\n\n{kk}\n\n{ru}\n\n(sector) {sector}\n",
                variant.name()
            ));
            texts.push(ru);
        }
        assert!(
            texts[0] != texts[1] && texts[1] != texts[2] && texts[0] != texts[2],
            "norm {}: variants that do not differ",
            clause.id
        );
        insta::assert_snapshot!(format!("variants-{}", clause.id), out);
    }
}

#[test]
fn enterprise_and_association_levels_read_differently() {
    let library = library();
    for clause in library.clauses() {
        let p = clause.defaults(Variant::Recommended);
        let r = |level| {
            library
                .render(clause, Variant::Recommended, level, Lang::Ru, &p)
                .unwrap()
        };
        let (e, s) = (r(Level::Enterprise), r(Level::Sector));
        assert_ne!(
            e, s,
            "norm {} reads the same for an enterprise and a sector",
            clause.id
        );
        // The Parties do not «ensure» what employers do: the covered employers undertake it, or
        // the text states a right or rule that binds them all.
        assert!(
            !s.contains("Стороны обеспечивают"),
            "norm {}: the Parties as guarantors again: {s}",
            clause.id
        );
    }
}

#[test]
fn all_norms_give_18_clauses_numbered_alike_in_both_languages() {
    let library = library();
    for level in ["enterprise", "sector", "region"] {
        let (_, doc) = render(&profile(level, "all"), &library);
        let clauses: Vec<_> = doc.sections.iter().flat_map(|s| &s.clauses).collect();
        assert_eq!(clauses.len(), NORMS.len());
        // Section 1 is the definitions.
        assert_eq!(doc.sections.len(), 6);
        assert_eq!(clauses[0].number, "2.1.");
        assert_eq!(clauses[NORMS.len() - 1].number, "7.1.");
        let md = markdown(
            &doc.document(false),
            &MarkdownOptions {
                layout: Layout::Sequential,
            },
        );
        let (kk, ru) = md.split_once("\n---\n").expect("two halves");
        for c in &clauses {
            let mark = format!("**{} ", c.number);
            assert_eq!(kk.matches(&mark).count(), 1, "{} in Kazakh", c.number);
            assert_eq!(ru.matches(&mark).count(), 1, "{} in Russian", c.number);
        }
    }
}

#[test]
fn numbering_follows_adopted_norms_in_the_recommendations_order() {
    let library = library();
    let (_, doc) = render(
        &profile("enterprise", "[annual-report, 2.3, \"1.1\", 5.3]"),
        &library,
    );
    let got: Vec<(String, String)> = doc
        .sections
        .iter()
        .flat_map(|s| s.clauses.iter().map(|c| (c.number.clone(), c.norm.clone())))
        .collect();
    // Numbered after the definitions, section 1.
    let want = [
        ("2.1.", "1.1"),
        ("3.1.", "2.3"),
        ("4.1.", "5.1"),
        ("4.2.", "5.3"),
    ];
    assert_eq!(
        got,
        want.map(|(a, b)| (a.to_string(), b.to_string())).to_vec()
    );
    assert_eq!(doc.sections[2].title.ru, "Контроль и отчетность");
}

#[test]
fn parameters_reach_both_languages_with_agreeing_nouns() {
    let library = library();
    let clause = library.find("consultation").unwrap();
    let cases = [
        (1, "1 (один) календарный день", "1 (бір) күнтізбелік күн"),
        (
            21,
            "21 (двадцать один) календарный день",
            "21 (жиырма бір) күнтізбелік күн",
        ),
        (
            22,
            "22 (двадцать два) календарных дня",
            "22 (жиырма екі) күнтізбелік күн",
        ),
        (
            11,
            "11 (одиннадцать) календарных дней",
            "11 (он бір) күнтізбелік күн",
        ),
        (
            45,
            "45 (сорок пять) календарных дней",
            "45 (қырық бес) күнтізбелік күн",
        ),
    ];
    for (n, ru_want, kk_want) in cases {
        let mut params = clause.defaults(Variant::Recommended);
        params.insert("notice_days".to_string(), ParamValue::Int(n));
        let r = |lang| {
            library
                .render(
                    clause,
                    Variant::Recommended,
                    Level::Enterprise,
                    lang,
                    &params,
                )
                .unwrap()
        };
        assert!(
            r(Lang::Ru).contains(&format!("за {ru_want}")),
            "{}",
            r(Lang::Ru)
        );
        assert!(r(Lang::Kk).contains(kk_want), "{}", r(Lang::Kk));
    }
    let review = library.find("2.3").unwrap();
    for (n, want) in [
        (1, "1 (одного) рабочего дня"),
        (21, "21 (двадцати одного) рабочего дня"),
        (5, "5 (пяти) рабочих дней"),
    ] {
        let params = BTreeMap::from([("review_days".to_string(), ParamValue::Int(n))]);
        let ru = library
            .render(
                review,
                Variant::Recommended,
                Level::Enterprise,
                Lang::Ru,
                &params,
            )
            .unwrap();
        assert!(ru.contains(&format!("в течение {want}")), "{ru}");
    }
}

#[test]
fn report_date_is_written_as_words_in_both_languages() {
    let library = library();
    let (_, doc) = render(
        &profile(
            "enterprise",
            "[{id: annual-report, params: {report_due: \"02-15\"}}]",
        ),
        &library,
    );
    let body = &doc.sections[0].clauses[0].body;
    assert!(body.ru.contains("15 февраля"), "{}", body.ru);
    assert!(body.kk.contains("15 ақпан"), "{}", body.kk);
}

#[test]
fn the_same_profile_gives_the_same_bytes() {
    let library = library();
    let source = Source::read(std::path::Path::new("examples/karaganda-coal.yaml")).unwrap();
    let once = || {
        let (_, doc) = kelisim::render_profile(&source, &library).unwrap();
        markdown(&doc.document(false), &MarkdownOptions::default())
    };
    assert_eq!(once(), once());
}

#[test]
fn names_are_escaped_in_markdown() {
    let library = library();
    let yaml =
        profile("enterprise", "[\"1.1\"]").replace("ТОО «Алтын»\"}", "ТОО «A|B_*C* & <D>»\"}");
    let (_, doc) = render(&yaml, &library);
    let md = markdown(&doc.document(false), &MarkdownOptions::default());
    assert!(md.contains(r"ТОО «A\|B\_\*C\* \& \<D\>»"), "{md}");
    for line in md.lines() {
        let bars = line
            .char_indices()
            .filter(|(i, c)| *c == '|' && !line[..*i].ends_with('\\'))
            .count();
        assert_eq!(bars, 3, "a row with other than two cells: {line}");
    }
}

#[test]
fn sector_and_region_are_named_and_enterprise_has_no_scope_line() {
    let library = library();
    let (_, doc) = render(&profile("sector", "all"), &library);
    let scope = doc.scope.expect("a sector line");
    assert_eq!(scope.ru, "Отрасль – горнодобывающая промышленность");
    assert_eq!(scope.kk, "Сала – тау-кен өнеркәсібі");
    let (_, doc) = render(&profile("region", "all"), &library);
    assert_eq!(doc.scope.expect("a region line").kk, "Өңір – Абай облысы");
    let (_, doc) = render(&profile("enterprise", "all"), &library);
    assert!(doc.scope.is_none());
}

#[test]
fn a_profile_can_draft_from_one_side() {
    let library = library();
    let yaml = profile("enterprise", "all").replace(
        "norms: all",
        "defaults: {variant: union}\nnorms: [\"1.1\", {id: \"2.3\", variant: employer}]",
    );
    let (p, doc) = render(&yaml, &library);
    assert_eq!(p.norms[0].variant, Variant::Union);
    assert_eq!(p.norms[1].variant, Variant::Employer);
    let union_11 = library
        .render(
            library.find("1.1").unwrap(),
            Variant::Union,
            Level::Enterprise,
            Lang::Ru,
            &library.find("1.1").unwrap().defaults(Variant::Union),
        )
        .unwrap();
    assert_eq!(doc.sections[0].clauses[0].body.ru, union_11);
}

/// The register of AI systems: 5.2 names the systems that monitor workers, and what they
/// monitor, in both languages; the coverage table counts the register.
#[test]
fn the_register_reaches_clause_5_2_and_the_coverage_table() {
    let source = Source::read(&common::repo("examples/karaganda-coal.yaml")).unwrap();
    let (profile, annex) = kelisim::render_profile(&source, &library()).unwrap();
    assert_eq!(profile.ai_systems.len(), 2);
    let monitoring = annex
        .sections
        .iter()
        .flat_map(|s| &s.clauses)
        .find(|c| c.norm == "5.2")
        .expect("clause 5.2");
    assert!(monitoring.body.ru.ends_with(
        "с помощью следующих систем ИИ: Система контроля утомляемости «Сергек» (движение глаз и положение головы водителя)."
    ), "{}", monitoring.body.ru);
    assert!(monitoring.body.kk.ends_with(
        "ЖИ жүйелері арқылы жүргізіледі: «Сергек» шаршауды бақылау жүйесі (жүргізушінің көз қимылы және бас қалпы)."
    ), "{}", monitoring.body.kk);
    // The shift planner does not monitor workers.
    assert!(!monitoring.body.ru.contains("Ауысым"));
    let table = kelisim::export::markdown::table(&annex.coverage.table());
    assert!(table.contains(
        "| ЖИ жүйелерінің тізілімі<br>Реестр систем ИИ |  |  | тізілімде 2 жүйе, оның ішінде жұмыскерлерге мониторинг жүргізетіндері – 1<br>в реестре 2 системы, из них осуществляют мониторинг работников – 1 |  |"
    ), "{table}");
    // Without a register, no such sentence and no such row.
    let (_, plain) = kelisim::render_profile(
        &Source::new(
            "p.yaml",
            &source.text[..source.text.find("\nai_systems:").unwrap()],
        ),
        &library(),
    )
    .unwrap();
    let table = kelisim::export::markdown::table(&plain.coverage.table());
    assert!(!table.contains("Реестр систем ИИ"));
}
