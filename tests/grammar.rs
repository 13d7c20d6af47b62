//! The grammar module against golden tables written from rules and attested usage
//! (tests/fixtures/grammar/*.tsv, one row per form with the rule it follows), and properties:
//! text inside «» never changes, no input makes the inflector panic.

use kelisim::grammar::{kk, numbers, ru};
use proptest::prelude::*;

/// The rows of a TSV fixture, header skipped.
fn rows(name: &str) -> Vec<Vec<String>> {
    let path = format!(
        "{}/tests/fixtures/grammar/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    text.lines()
        .skip(1)
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| l.split('\t').map(|c| c.trim().to_string()).collect())
        .collect()
}

#[test]
fn kazakh_forms_match_the_golden_table() {
    let rows = rows("kk.tsv");
    assert!(rows.len() >= 150, "only {} Kazakh rows", rows.len());
    let mut wrong = Vec::new();
    for r in &rows {
        let case = kk::Case::from_name(&r[1]).unwrap_or_else(|| panic!("bad case in {r:?}"));
        let got = kk::inflect(&r[0], case, r[2] == "1");
        if got != r[3] {
            wrong.push(format!(
                "{} {} pl={}: got {got}, want {} ({})",
                r[0], r[1], r[2], r[3], r[4]
            ));
        }
    }
    assert!(
        wrong.is_empty(),
        "{} of {} wrong:\n{}",
        wrong.len(),
        rows.len(),
        wrong.join("\n")
    );
}

#[test]
fn russian_numerals_match_the_golden_table() {
    let rows = rows("ru.tsv");
    assert!(rows.len() >= 150, "only {} Russian rows", rows.len());
    let mut wrong = Vec::new();
    for r in &rows {
        let n: u64 = r[0]
            .parse()
            .unwrap_or_else(|_| panic!("bad number in {r:?}"));
        let case = ru::Case::from_name(&r[1]).unwrap_or_else(|| panic!("bad case in {r:?}"));
        let gender = ru::Gender::from_name(&r[2]).unwrap_or_else(|| panic!("bad gender in {r:?}"));
        let got = numbers::ru(n, case, gender).unwrap_or_default();
        if got != r[3] {
            wrong.push(format!(
                "{n} {} {}: got «{got}», want «{}» ({})",
                r[1], r[2], r[3], r[4]
            ));
        }
    }
    assert!(
        wrong.is_empty(),
        "{} of {} wrong:\n{}",
        wrong.len(),
        rows.len(),
        wrong.join("\n")
    );
}

#[test]
fn kazakh_numerals() {
    for (n, words) in [
        (0, "нөл"),
        (1, "бір"),
        (10, "он"),
        (11, "он бір"),
        (30, "отыз"),
        (45, "қырық бес"),
        (100, "жүз"),
        (101, "жүз бір"),
        (250, "екі жүз елу"),
        (1000, "бір мың"),
        (2026, "екі мың жиырма алты"),
        (125_450, "жүз жиырма бес мың төрт жүз елу"),
        (1_000_000, "бір миллион"),
        (
            999_999_999,
            "тоғыз жүз тоқсан тоғыз миллион тоғыз жүз тоқсан тоғыз мың тоғыз жүз тоқсан тоғыз",
        ),
    ] {
        assert_eq!(numbers::kk(n).as_deref(), Some(words), "{n}");
    }
    assert_eq!(numbers::kk(1_000_000_000), None);
    assert_eq!(
        numbers::ru(1_000_000_000, ru::Case::Nom, ru::Gender::M),
        None
    );
}

#[test]
fn russian_numerals_agree_in_every_case_for_teens() {
    // 11–14 take the many-form of тысяча and never the gendered один/два.
    for n in [11_000u64, 12_000, 13_000, 14_000] {
        let nom = numbers::ru(n, ru::Case::Nom, ru::Gender::F).unwrap();
        assert!(nom.ends_with(" тысяч"), "{nom}");
        let gen_ = numbers::ru(n, ru::Case::Gen, ru::Gender::F).unwrap();
        assert!(gen_.ends_with("надцати тысяч"), "{gen_}");
    }
}

fn any_case() -> impl Strategy<Value = kk::Case> {
    prop::sample::select(kk::Case::all().collect::<Vec<_>>())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn never_panics(text in "\\PC*", case in any_case(), plural: bool) {
        let _ = kk::inflect(&text, case, plural);
    }

    #[test]
    fn quoted_text_never_changes(
        inside in "[^«»\"]{0,40}",
        before in "[^«»\"]{0,10}",
        after in "( [А-ЯӘҒҚҢӨҰҮҺІа-яәғқңөұүһі]{1,8}){0,2}",
        case in any_case(),
        plural: bool,
    ) {
        let phrase = format!("{before}«{inside}»{after}");
        let out = kk::inflect(&phrase, case, plural);
        let kept = format!("{before}«{inside}»");
        prop_assert!(out.starts_with(&kept), "{} → {}", phrase, out);
    }

    #[test]
    fn numbers_in_words_never_panic(n in 0u64..=numbers::MAX) {
        prop_assert!(numbers::kk(n).is_some());
        for case in ru::Case::all() {
            prop_assert!(numbers::ru(n, case, ru::Gender::F).is_some());
        }
    }
}
