//! Guards for the lawyer's review of the wording (December 2026): each corrected phrase stays
//! corrected. Every norm is rendered in every variant, at every level, in both languages, and so
//! are the fixed phrases of an annex at each level; none may hold a phrase the review struck out.

mod common;

use common::{library, profile, render};
use kelisim::lang::Lang;
use kelisim::model::Level;

/// (review item, where: a norm id or "" for all, level or None for all, language, phrase).
const STRUCK: &[(u32, &str, Option<Level>, Lang, &str)] = &[
    (1, "", None, Lang::Kk, "Уақытылы ақпараттандыру"),
    (2, "1.4", None, Lang::Kk, "ескертулер"),
    (2, "1.4", None, Lang::Kk, "Ескерту жіберу"),
    (3, "", None, Lang::Kk, "тәртіптік жауапкершілік"),
    (3, "", None, Lang::Kk, "тәртіптік жауаптылық"),
    (4, "", None, Lang::Kk, "оның сұрауы бойынша сұрау"),
    (4, "", None, Lang::Kk, "сұрауы бойынша сұрау алынған"),
    (5, "", None, Lang::Kk, "ұсынымдық сипаттағы ұсыныстар"),
    (6, "", None, Lang::Kk, "қолайсыз жұмыскерлерді"),
    (7, "", None, Lang::Kk, "жұмыстан қол үзіп оқытуға"),
    (8, "5.2", None, Lang::Kk, "күші жойылады"),
    (9, "", None, Lang::Kk, "құпиялылық шарттарымен"),
    (10, "", None, Lang::Kk, "Республикасы Еңбек"),
    (11, "", None, Lang::Kk, "жұмыскерлердің өкілдерінің"),
    (12, "", None, Lang::Kk, "осы Келісім қолданылатын"),
    (12, "", None, Lang::Kk, "Тараптар осы Келісім"),
    (13, "", None, Lang::Kk, "1 (бір) айда бір рет"),
    (14, "", None, Lang::Kk, "әрбір жұмыскерге оған"),
    (15, "", None, Lang::Ru, "ящик предложений или встречи"),
    (16, "", None, Lang::Ru, "запрошенные информация"),
    (
        17,
        "",
        None,
        Lang::Ru,
        "контроль за ними вне рабочего времени",
    ),
    (17, "", None, Lang::Kk, "оларды жұмыс уақытынан тыс"),
    (18, "", None, Lang::Ru, "замечание подтвердило ее ошибку"),
    (19, "", None, Lang::Ru, "раза в 1 (один) месяц"),
    (20, "", None, Lang::Ru, "о параметрах и их весе"),
    (20, "", None, Lang::Kk, "олардың салмағы"),
    (
        21,
        "",
        None,
        Lang::Ru,
        "с сохранением прежней заработной платы, которую работник может выполнять",
    ),
    (22, "", None, Lang::Ru, "сокращаемыми в связи с внедрением"),
    (24, "", None, Lang::Ru, "в отношении которой аудит"),
    (25, "", None, Lang::Ru, "коллективные договоры, касательно"),
    (26, "", None, Lang::Ru, "в течение срока его действия"),
    (26, "", None, Lang::Kk, "оның қолданылу мерзімі ішінде"),
    (27, "", Some(Level::Enterprise), Lang::Ru, " работодател"),
    (27, "", Some(Level::Enterprise), Lang::Kk, " жұмыс беруш"),
    (
        0,
        "",
        None,
        Lang::Ru,
        "Стороны обеспечивают, чтобы работодатели",
    ),
];

fn struck(
    item: &(u32, &str, Option<Level>, Lang, &str),
    norm: &str,
    level: Level,
    lang: Lang,
) -> bool {
    let (_, where_, at, l, _) = item;
    *l == lang && (where_.is_empty() || *where_ == norm) && at.is_none_or(|a| a == level)
}

#[test]
fn no_clause_holds_a_phrase_the_review_struck_out() {
    let library = library();
    let mut found = Vec::new();
    for clause in library.clauses() {
        for &variant in &clause.variants {
            let params = clause.defaults(variant);
            for level in Level::all() {
                for lang in Lang::ALL {
                    let text = library
                        .render(clause, variant, level, lang, &params)
                        .unwrap();
                    let text = format!("{} {text}", clause.title.get(lang));
                    for item in STRUCK.iter().filter(|i| struck(i, &clause.id, level, lang)) {
                        if text.contains(item.4) {
                            found.push(format!(
                                "item {}: {} {} {} {}: «{}»",
                                item.0,
                                clause.id,
                                variant.name(),
                                level.name(),
                                lang.code(),
                                item.4
                            ));
                        }
                    }
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "struck phrases are back:\n{}",
        found.join("\n")
    );
}

#[test]
fn no_fixed_phrase_holds_a_phrase_the_review_struck_out() {
    let library = library();
    for level in ["enterprise", "sector", "region"] {
        let (_, annex) = render(&profile(level, "all"), &library);
        let doc = annex.document(true);
        let md = kelisim::export::markdown(&doc, &Default::default());
        for item in STRUCK.iter().filter(|i| i.1.is_empty() && i.2.is_none()) {
            assert!(
                !md.contains(item.4),
                "item {} at {level}: «{}»",
                item.0,
                item.4
            );
        }
    }
}

/// 5.1 union sends two reports, a quarter's and a year's: «письменные отчеты» (item 23).
#[test]
fn the_union_sends_written_reports_in_the_plural() {
    let library = library();
    let clause = library.find("5.1").unwrap();
    let variant = kelisim::model::Variant::Union;
    let text = library
        .render(
            clause,
            variant,
            Level::Enterprise,
            Lang::Ru,
            &clause.defaults(variant),
        )
        .unwrap();
    assert!(text.contains("письменные отчеты"), "{text}");
}
