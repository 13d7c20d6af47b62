//! Sectoral and regional agreements as a council signs them, and a clause library a lawyer
//! edits: headings that name the sector or region, the definitions, the norms that need 1.2, a
//! council's validation, and clauses of a user's own.

mod common;

use common::{kelisim, library, profile, render};
use kelisim::document::Block;
use kelisim::lang::Lang;
use kelisim::library::Library;
use kelisim::load::files;

/// The text of every bilingual block of `annex` in `lang`, a line each.
fn text(annex: &kelisim::Annex, lang: Lang) -> String {
    let doc = annex.document(false);
    let mut out = String::new();
    for part in &doc.parts {
        let kelisim::document::Part::Bilingual(blocks) = part else {
            continue;
        };
        for b in blocks {
            let line = match b {
                Block::Heading(t) | Block::Title(t) | Block::Text(t) | Block::Label(t) => {
                    t.get(lang).clone()
                }
                Block::Section { number, title } => format!("{number} {}", title.get(lang)),
                Block::Clause(c) => {
                    format!("{} {}. {}", c.number, c.title.get(lang), c.body.get(lang))
                }
                Block::Signatory(p, _) => p.name.get(lang).clone(),
                Block::Revised { .. } => continue,
            };
            out.push_str(&line);
            out.push('\n');
        }
    }
    out
}

#[test]
fn the_heading_names_the_sector_or_the_region_and_one_year_is_one_year() {
    let library = library();
    let sector = profile("sector", "[consultation]").replace(
        "agreement:\n  level: sector",
        "agreement:\n  level: sector\n  years: [2027, 2029]",
    );
    let (_, annex) = render(&sector, &library);
    assert_eq!(
        annex.heading.kk,
        "Тау-кен өнеркәсібі бойынша 2027–2029 жылдарға арналған салалық келісімге қосымша"
    );
    assert_eq!(
        annex.heading.ru,
        "Приложение к Отраслевому соглашению по горнодобывающей промышленности на 2027–2029 годы"
    );
    let region = profile("region", "[consultation]").replace(
        "agreement:\n  level: region",
        "agreement:\n  level: region\n  annex: 2\n  years: [2027, 2027]",
    );
    let (_, annex) = render(&region, &library);
    assert_eq!(
        annex.heading.kk,
        "Абай облысы бойынша 2027 жылға арналған өңірлік келісімге 2-қосымша"
    );
    assert_eq!(
        annex.heading.ru,
        "Приложение 2 к Региональному соглашению по области Абай на 2027 год"
    );
}

#[test]
fn a_name_russian_cannot_decline_is_quoted_after_its_kind() {
    let library = library();
    let yaml = profile("sector", "[consultation]").replace(
        "горнодобывающая промышленность",
        "горнодобывающая и перерабатывающая промышленность",
    );
    let (_, annex) = render(&yaml, &library);
    assert!(
        annex
            .heading
            .ru
            .contains("к Отраслевому соглашению по отрасли «горнодобывающая и перерабатывающая промышленность»"),
        "{}",
        annex.heading.ru
    );
}

#[test]
fn the_definitions_come_first_and_name_the_committee_only_with_its_clause() {
    let library = library();
    let (_, annex) = render(&profile("enterprise", "all"), &library);
    let ru = text(&annex, Lang::Ru);
    let kk = text(&annex, Lang::Kk);
    assert!(ru.contains("1. Термины и определения\nСистема искусственного интеллекта (система ИИ) – система искусственного интеллекта в значении Закона Республики Казахстан от 17 ноября 2025 года № 230-VIII «Об искусственном интеллекте»"), "{ru}");
    assert!(
        kk.contains("1. Терминдер мен анықтамалар\nЖасанды интеллект жүйесі (ЖИ жүйесі)"),
        "{kk}"
    );
    assert!(ru.contains("Система ИИ, затрагивающая условия труда, –"));
    assert!(ru.contains("Представители работников – профессиональный союз"));
    // 1.2 is the second clause of section 2.
    assert!(
        ru.contains("в соответствии с пунктом 2.2 настоящего приложения"),
        "{ru}"
    );
    assert!(kk.contains("осы қосымшаның 2.2-тармағына сәйкес"), "{kk}");
    assert_eq!(annex.sections[0].number, "2.");
    assert_eq!(annex.sections[0].clauses[0].number, "2.1.");

    let (_, annex) = render(
        &profile("enterprise", "[consultation, human-review]"),
        &library,
    );
    let ru = text(&annex, Lang::Ru);
    assert!(
        !ru.contains("Комитет –"),
        "a Committee defined without 1.2:\n{ru}"
    );
    let (_, annex) = render(&profile("sector", "[consultation]"), &library);
    assert!(
        text(&annex, Lang::Ru)
            .contains("у работодателей, на которых распространяется настоящее Соглашение")
    );
}

#[test]
fn a_wording_that_needs_the_committee_fails_without_1_2_naming_it() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("p.yaml"),
        profile("enterprise", "[consultation, committee-mandate]"),
    )
    .unwrap();
    let out = kelisim(dir.path())
        .args(["check", "p.yaml"])
        .assert()
        .code(1);
    let stderr = String::from_utf8(out.get_output().stderr.clone()).unwrap();
    assert!(
        stderr.contains(
            "of norm 1.3 refers to norm 1.2 (joint-committee), which this profile does not adopt"
        ),
        "{stderr}"
    );
    assert!(stderr.contains("add `1.2` to `norms`"), "{stderr}");
    std::fs::write(
        dir.path().join("q.yaml"),
        profile(
            "enterprise",
            "[consultation, joint-committee, committee-mandate]",
        ),
    )
    .unwrap();
    kelisim(dir.path())
        .args(["check", "q.yaml"])
        .assert()
        .success();
}

#[test]
fn a_council_gets_placeholders_leap_days_and_missing_signatories_pointed_out() {
    let dir = tempfile::tempdir().unwrap();
    let base = profile("enterprise", "[consultation]");
    for (name, yaml, says) in [
        (
            "dots.yaml",
            base.replace("ТОО «Алтын»\"}", "…\"}"),
            "`parties.employer.name.ru` is a placeholder («…»)",
        ),
        (
            "todo.yaml",
            base.replace("«Алтын» ЖШС кәсіподағы", "TODO"),
            "`parties.workers.name.kk` is a placeholder («TODO»)",
        ),
        (
            "name.yaml",
            base.replace("Профсоюз ТОО «Алтын»", "Наименование"),
            "is a placeholder («Наименование»)",
        ),
        (
            "dash.yaml",
            base.replace("Профсоюз ТОО «Алтын»", "—"),
            "is a placeholder («—»)",
        ),
        (
            "leap.yaml",
            profile(
                "enterprise",
                "[{id: annual-report, params: {report_due: \"02-29\"}}]",
            ),
            "`02-29` is not a day every year has\n",
        ),
    ] {
        std::fs::write(dir.path().join(name), yaml).unwrap();
        let out = kelisim(dir.path()).args(["check", name]).assert().code(1);
        let stderr = String::from_utf8(out.get_output().stderr.clone()).unwrap();
        assert!(stderr.contains(says), "{name}: {stderr}");
        assert!(
            stderr.contains(&format!("{name}:")),
            "{name}: no place in {stderr}"
        );
    }
    std::fs::write(dir.path().join("ok.yaml"), &base).unwrap();
    let out = kelisim(dir.path())
        .args(["check", "ok.yaml"])
        .assert()
        .success();
    let stderr = String::from_utf8(out.get_output().stderr.clone()).unwrap();
    assert!(
        stderr.contains("warning: `parties.employer` names no signatory")
            && stderr.contains("warning: `parties.workers` names no signatory")
            && stderr.contains("ok.yaml:"),
        "{stderr}"
    );
}

#[test]
fn a_signature_block_without_a_date_leaves_one_to_fill_in() {
    let library = library();
    let (_, annex) = render(&profile("enterprise", "[consultation]"), &library);
    let place_date = annex.signatures.place_date.expect("a date line");
    assert_eq!(place_date.ru, "«__» ____________ 20__ года");
    assert_eq!(place_date.kk, "20__ жылғы «__» ____________");
}

/// A clause of the user's own, in a section of its own and in an existing one.
fn own_library(dir: &std::path::Path) -> Library {
    std::fs::write(
        dir.join("7.1-robot-safety.yaml"),
        "id: \"7.1\"\nslug: robot-safety\ntitle: {kk: Роботтармен қауіпсіз жұмыс, ru: Безопасная работа с роботами}\nsection_title: {kk: Еңбек қауіпсіздігі, ru: Безопасность труда}\ntext:\n  recommended:\n    enterprise:\n      kk: Жұмыс беруші роботтарды қолданар алдында жұмыскерлердің өкілдерімен қауіпсіздік шараларын келісуге міндеттенеді.\n      ru: Работодатель обязуется до применения роботов согласовать с представителями работников меры безопасности.\n    sector: enterprise\n    region: enterprise\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("4.4-mentoring.yaml"),
        "id: \"4.4\"\nslug: mentoring\ntitle: {kk: Тәлімгерлік, ru: Наставничество}\ntext:\n  recommended:\n    enterprise:\n      kk: Жұмыс беруші жаңа ЖИ жүйесін меңгеретін жұмыскерге тәлімгер бекітеді.\n      ru: Работодатель закрепляет за работником, осваивающим новую систему ИИ, наставника.\n    sector: enterprise\n    region: enterprise\n",
    )
    .unwrap();
    Library::load(Some(dir)).expect("a library with clauses of its own")
}

#[test]
fn a_clause_of_ones_own_is_adopted_numbered_and_marked_in_the_coverage_table() {
    let dir = tempfile::tempdir().unwrap();
    let library = own_library(dir.path());
    assert_eq!(library.clauses().len(), kelisim::model::NORMS.len() + 2);
    let (_, annex) = render(
        &profile("enterprise", "[free-training, mentoring, robot-safety]"),
        &library,
    );
    let ru = text(&annex, Lang::Ru);
    assert!(
        ru.contains("2. Обучение и развитие компетенций\n2.1. Бесплатное обучение."),
        "{ru}"
    );
    assert!(
        ru.contains("2.2. Наставничество. Работодатель закрепляет"),
        "{ru}"
    );
    assert!(
        ru.contains("3. Безопасность труда\n3.1. Безопасная работа с роботами."),
        "{ru}"
    );
    let row = annex
        .coverage
        .rows
        .iter()
        .find(|r| r.norm.ru.starts_with("7.1"))
        .expect("the own clause in the coverage table");
    assert_eq!(row.source.ru, "не из рекомендаций");
    assert_eq!(row.source.kk, "ұсынымдарда жоқ");
    assert!(row.adopted.ru.starts_with("да (3.1.)"));
    // Linted like the others.
    assert!(kelisim::lint::lint(&files::load(Some(dir.path())).unwrap()).is_empty());
}

#[test]
fn a_clause_of_ones_own_in_a_new_section_needs_its_title_and_a_new_id() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("8.1-x.yaml"),
        "id: \"8.1\"\nslug: x\ntitle: {kk: Х, ru: Х}\ntext:\n  recommended:\n    enterprise: {kk: Жұмыс беруші міндеттенеді., ru: Работодатель обязуется.}\n    sector: enterprise\n    region: enterprise\n",
    )
    .unwrap();
    let err = Library::load(Some(dir.path())).unwrap_err().to_string();
    assert!(err.contains("section 8 has no title"), "{err}");
    assert!(err.contains("section_title"), "{err}");

    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("1.1-consultaton.yaml"), "id: x\n").unwrap();
    let err = Library::load(Some(dir.path())).unwrap_err().to_string();
    assert!(
        err.contains(
            "does not override any built-in file\n  = help: rename it to `1.1-consultation.yaml`"
        ),
        "{err}"
    );
}

/// Every wording of every level, rendered with its variant's defaults: (norm, variant, level,
/// Kazakh, Russian).
fn wordings(
    library: &Library,
) -> Vec<(String, &'static str, kelisim::model::Level, String, String)> {
    let mut out = Vec::new();
    for clause in library.clauses() {
        for &variant in &clause.variants {
            let params = clause.defaults(variant);
            for level in kelisim::model::Level::all() {
                let [kk, ru] = Lang::ALL.map(|lang| {
                    library
                        .render(clause, variant, level, lang, &params)
                        .unwrap()
                });
                out.push((clause.id.clone(), variant.name(), level, kk, ru));
            }
        }
    }
    out
}

/// At sector and region level the employers covered take on what an enterprise's employer
/// undertakes, in their own name: no «Стороны обеспечивают, чтобы работодатели…».
#[test]
fn employers_covered_by_the_agreement_take_the_duties_directly() {
    use kelisim::model::Level;
    let library = library();
    let all = wordings(&library);
    for (norm, variant, level, kk, ru) in &all {
        if *level == Level::Enterprise {
            continue;
        }
        let enterprise = all
            .iter()
            .find(|w| &w.0 == norm && w.1 == *variant && w.2 == Level::Enterprise)
            .unwrap();
        if enterprise.4.contains("Работодатель обязуется") {
            assert!(
                ru.contains("Работодатели, на которых распространяется настоящее Соглашение"),
                "{norm} {variant} {level:?}: {ru}"
            );
            assert!(
                kk.contains("Осы Келісімнің күші қолданылатын жұмыс берушілер")
                    || kk.contains("осы Келісімнің күші қолданылатын жұмыс берушілер"),
                "{norm} {variant} {level:?}: {kk}"
            );
        }
        assert!(
            !ru.contains("Стороны обеспечивают"),
            "{norm} {variant} {level:?}: {ru}"
        );
        assert!(
            !kk.contains("қамтамасыз етеді") || !kk.contains("Тараптар"),
            "{norm} {variant} {level:?}: {kk}"
        );
    }
}

/// Each party of a sectoral or regional agreement has duties of its own somewhere in the annex,
/// named by the terms of its level; the region's wording differs from the sector's wherever a
/// party acts.
#[test]
fn each_party_has_its_own_duties_and_the_region_is_not_the_sector() {
    use kelisim::model::Level;
    let library = library();
    let all = wordings(&library);
    let of = |level: Level| all.iter().filter(move |w| w.2 == level);
    for (level, parties) in [
        (
            Level::Sector,
            [
                ("Объединение работодателей", "Жұмыс берушілер бірлестігі"),
                ("Отраслевой профсоюз", "Салалық кәсіподақ"),
                (
                    "Уполномоченный государственный орган",
                    "Уәкілетті мемлекеттік орган",
                ),
            ],
        ),
        (
            Level::Region,
            [
                ("Объединение работодателей", "Жұмыс берушілер бірлестігі"),
                (
                    "Территориальное объединение профсоюзов",
                    "Кәсіподақтардың аумақтық бірлестігі",
                ),
                ("Местный исполнительный орган", "Жергілікті атқарушы орган"),
            ],
        ),
    ] {
        for (ru, kk) in parties {
            let norms: Vec<&String> = of(level)
                .filter(|w| w.4.contains(ru))
                .map(|w| &w.0)
                .collect();
            assert!(
                !norms.is_empty(),
                "{level:?}: «{ru}» has no duty in any norm"
            );
            assert!(
                of(level).filter(|w| w.3.contains(kk)).count() >= norms.len(),
                "{level:?}: «{kk}» is named less often than «{ru}»"
            );
        }
    }
    for sector in of(Level::Sector) {
        let acts = [
            "Уполномоченный государственный орган",
            "Отраслевой профсоюз",
        ]
        .iter()
        .any(|p| sector.4.contains(p));
        if !acts {
            continue;
        }
        let region = of(Level::Region)
            .find(|w| w.0 == sector.0 && w.1 == sector.1)
            .unwrap();
        assert_ne!(
            region.4, sector.4,
            "{} {}: the region repeats the sector",
            sector.0, sector.1
        );
        assert_ne!(
            region.3, sector.3,
            "{} {}: the region repeats the sector (kk)",
            sector.0, sector.1
        );
    }
}

/// 1.4 and the union's 6.1 read correctly without the Committee of 1.2: the workers'
/// representatives act instead, and nothing names a Committee that does not exist.
#[test]
fn feedback_and_the_objection_need_no_committee() {
    let library = library();
    for level in ["enterprise", "sector", "region"] {
        for variant in ["union", "recommended", "employer"] {
            let yaml = profile(
                level,
                &format!(
                    "[{{id: feedback, variant: {variant}}}, {{id: motivated-objection, variant: {variant}}}]"
                ),
            );
            let (_, annex) = render(&yaml, &library);
            for lang in Lang::ALL {
                let t = text(&annex, lang);
                for word in ["Комитет", "Комитетке", "Комитетте"] {
                    assert!(
                        !t.contains(word),
                        "{level} {variant}: «{word}» without 1.2:\n{t}"
                    );
                }
            }
        }
    }
}
