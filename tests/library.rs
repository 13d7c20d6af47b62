//! Guards on the data files: both phrase books define the same messages, and a clause file that
//! lets the two languages drift (a parameter used in one only, an undeclared variable) is refused.

mod common;

use kelisim::error::Source;
use kelisim::lang::Lang;
use kelisim::library::Library;
use kelisim::load::files;

#[test]
fn both_phrase_books_define_the_same_messages() {
    let library = common::library();
    let (kk, ru) = (
        library.locales().ids(Lang::Kk),
        library.locales().ids(Lang::Ru),
    );
    assert!(kk.len() > 30);
    assert_eq!(kk, ru, "messages defined in one language only");
}

#[test]
fn the_library_has_the_18_norms_with_titles_in_both_languages() {
    let library = common::library();
    let ids: Vec<&str> = library.clauses().iter().map(|c| c.id.as_str()).collect();
    let want: Vec<&str> = kelisim::model::NORMS.iter().map(|(id, _)| *id).collect();
    assert_eq!(ids, want);
    for c in library.clauses() {
        assert!(!c.title.kk.is_empty() && !c.title.ru.is_empty(), "{}", c.id);
        assert!(c.title.kk.contains(common::KAZAKH_ONLY) || c.title.kk != c.title.ru);
        assert_eq!(c.resolution.as_deref(), Some("3-3"));
    }
}

/// The built-in library with clause `name` edited by `edit`.
fn library_with(name: &str, edit: impl Fn(&str) -> String) -> Result<Library, String> {
    let mut files = files::load(None).unwrap();
    let source = files
        .clauses
        .iter_mut()
        .find(|s| s.name.ends_with(name))
        .expect("clause file");
    *source = Source::new(source.name.clone(), &edit(&source.text));
    Library::from_files(&files).map_err(|e| e.to_string())
}

#[test]
fn a_parameter_used_in_one_language_only_is_refused() {
    let err = library_with("1.1-consultation.yaml", |t| {
        t.replacen(
            "{{ notice_days | count(noun=\"calendar-days\") }} бұрын",
            "отыз күн бұрын",
            2,
        )
    })
    .unwrap_err();
    assert!(
        err.contains(
            "the Kazakh text of variant `union` at the enterprise level does not use the parameter `notice_days`"
        ),
        "{err}"
    );
    assert!(
        err.contains("<builtin>/clauses/1.1-consultation.yaml:"),
        "{err}"
    );
}

#[test]
fn an_undeclared_variable_is_refused() {
    let err = library_with("2.3-human-review.yaml", |t| {
        t.replacen("{{ review_days", "{{ review_dayz", 1)
    })
    .unwrap_err();
    assert!(
        err.contains("uses `review_dayz`, which is not a declared parameter"),
        "{err}"
    );
}

#[test]
fn a_default_outside_its_bounds_is_refused() {
    let err = library_with("1.1-consultation.yaml", |t| {
        t.replace("max: 180", "max: 20")
    })
    .unwrap_err();
    assert!(
        err.contains("`notice_days` of norm 1.1 is 30, outside the allowed 10–20"),
        "{err}"
    );
}

#[test]
fn a_wrong_slug_is_refused() {
    let err = library_with("2.3-human-review.yaml", |t| {
        t.replace("slug: human-review", "slug: review")
    })
    .unwrap_err();
    assert!(
        err.contains("norm 2.3 has the slug `human-review`, not `review`"),
        "{err}"
    );
}

#[test]
fn the_readme_lists_every_parameter_as_the_library_declares_it() {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let library = common::library();
    for c in library.clauses() {
        for p in &c.params {
            let defaults: Vec<String> = kelisim::model::Variant::all()
                .map(|v| match p.defaults.get(&v) {
                    None => "–".to_string(),
                    Some(kelisim::model::ParamValue::Int(n)) => n.to_string(),
                    Some(v) => format!("\"{v}\""),
                })
                .collect();
            let favours = match p.favours {
                Some(kelisim::model::Favours::More) => "more",
                Some(kelisim::model::Favours::Less) => "less",
                None => "?",
            };
            let row = format!(
                "| {} {} | `{}` | {} | {favours} | {} | {} |",
                c.id,
                c.slug,
                p.name,
                p.unit.name(),
                defaults.join(" / "),
                p.bounds_text()
            );
            assert!(readme.contains(&row), "README lacks or misstates: {row}");
        }
    }
}

/// Digit runs in `text` that are neither followed by their words «N (…)» nor a date or an
/// article of the Labour Code.
fn bare_numbers(text: &str) -> Vec<String> {
    const MONTHS: [&str; 24] = [
        "января",
        "февраля",
        "марта",
        "апреля",
        "мая",
        "июня",
        "июля",
        "августа",
        "сентября",
        "октября",
        "ноября",
        "декабря",
        "қаңтар",
        "ақпан",
        "наурыз",
        "сәуір",
        "мамыр",
        "маусым",
        "шілде",
        "тамыз",
        "қыркүйек",
        "қазан",
        "қараша",
        "желтоқсан",
    ];
    let mut bare = Vec::new();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].1.is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = chars[i].0;
        while i < chars.len() && chars[i].1.is_ascii_digit() {
            i += 1;
        }
        let end = chars.get(i).map_or(text.len(), |c| c.0);
        let (before, after) = (&text[..start], &text[end..]);
        let ok = after.starts_with(" (")
            || after.starts_with("-баб")
            || before.ends_with("статьи ")
            || before.ends_with("статьей ")
            || MONTHS.iter().any(|m| after.trim_start().starts_with(m));
        if !ok {
            let context: String = text[start..].chars().take(20).collect();
            bare.push(format!("{context}…"));
        }
    }
    bare
}

#[test]
fn no_template_writes_a_number_without_its_words() {
    let library = common::library();
    for level in kelisim::model::Level::all() {
        for c in library.clauses() {
            for variant in &c.variants {
                for lang in Lang::ALL {
                    let text = library
                        .render(c, *variant, level, lang, &c.defaults(*variant))
                        .unwrap();
                    let bare = bare_numbers(&text);
                    assert!(bare.is_empty(), "norm {} {lang:?}: {bare:?}", c.id);
                }
            }
        }
    }
    assert_eq!(
        bare_numbers("за 30 календарных дней"),
        ["30 календарных дней…"]
    );
    assert_eq!(bare_numbers("мерзімі 10 жұмыс күні"), ["10 жұмыс күні…"]);
    assert!(bare_numbers("за 30 (тридцать) дней, статьи 12, 12-бабы, до 1 марта").is_empty());
}

/// Every parameter has a label in both languages that states its value in words: the digits and
/// the words in parentheses, never the parameter's own name.
#[test]
fn every_parameter_is_labelled_in_words_in_both_languages() {
    let library = common::library();
    let mut labelled = 0;
    for c in library.clauses() {
        for p in &c.params {
            for value in p.defaults.values() {
                let label = library.label(c, &p.name, value).unwrap();
                for lang in Lang::ALL {
                    let text = label.get(lang);
                    assert!(!text.contains(&p.name) && !text.contains('_'), "{text}");
                    assert!(text.contains(" – "), "{}: {text}", p.name);
                    let digits = value.to_string();
                    let digits = digits
                        .split('-')
                        .next_back()
                        .unwrap()
                        .trim_start_matches('0');
                    assert!(text.contains(digits), "{}: {text}", p.name);
                    assert!(bare_numbers(text).is_empty(), "{}: {text}", p.name);
                }
                assert_ne!(label.kk, label.ru);
                labelled += 1;
            }
        }
    }
    assert!(labelled > 50, "{labelled}");
}

#[test]
fn a_label_that_does_not_state_the_value_is_refused() {
    let err = library_with("2.3-human-review.yaml", |t| {
        t.replacen(
            "срок рассмотрения жалобы работника – {{ value | count(noun=\"working-days\") }}",
            "срок рассмотрения жалобы работника",
            1,
        )
    })
    .unwrap_err();
    assert!(
        err.contains(
            "the Russian label of parameter `review_days` does not use the parameter `value`"
        ),
        "{err}"
    );
    let err = library_with("2.3-human-review.yaml", |t| {
        t.replacen("    label:\n", "    labels:\n", 1)
    })
    .unwrap_err();
    assert!(err.contains("label"), "{err}");
}

/// `count` with a noun marked `.animate = yes` takes the accusative of persons: «назначает двух
/// представителей», not «два представителя», yet «двадцать два представителя».
#[test]
fn persons_counted_in_the_accusative_take_the_animate_forms() {
    let library = library_with("1.2-joint-committee.yaml", |t| {
        t.replacen(
            "Комитет) в составе\n        {{ members_per_side | count(noun=\"representatives\", case=\"gen\") }} от каждой стороны",
            "Комитет), куда каждая сторона назначает\n        {{ members_per_side | count(noun=\"representatives\", case=\"acc\") }}",
            1,
        )
    })
    .unwrap();
    let clause = library.clauses().iter().find(|c| c.id == "1.2").unwrap();
    let variant = kelisim::model::Variant::Union;
    let mut params = clause.defaults(variant);
    for (n, want) in [
        (1, "назначает 1 (одного) представителя"),
        (2, "назначает 2 (двух) представителей"),
        (4, "назначает 4 (четырех) представителей"),
        (5, "назначает 5 (пять) представителей"),
        (11, "назначает 11 (одиннадцать) представителей"),
        (21, "назначает 21 (двадцать одного) представителя"),
        (22, "назначает 22 (двадцать два) представителя"),
    ] {
        params.insert(
            "members_per_side".into(),
            kelisim::model::ParamValue::Int(n),
        );
        let text = library
            .render(
                clause,
                variant,
                kelisim::model::Level::Enterprise,
                Lang::Ru,
                &params,
            )
            .unwrap();
        assert!(text.contains(want), "{n}: {text}");
    }
}

/// Clause files give each level its own wording: a template that still branches on `level` is
/// refused with the way to write it, and a level may take another's wording only if that level
/// has one of its own.
#[test]
fn a_wording_that_branches_on_level_or_takes_a_missing_level_is_refused() {
    let Err(err) = library_with("2.3-human-review.yaml", |t| {
        t.replacen(
            "    enterprise:\n      kk: >-\n",
            "    enterprise:\n      kk: >-\n        {% if level == \"sector\" %}x{% endif %}\n",
            1,
        )
    }) else {
        panic!("a wording that branches on `level` was accepted")
    };
    assert!(err.contains("branches on `level`"), "{err}");
    assert!(err.contains("`region: sector`"), "{err}");

    let Err(err) = library_with("2.3-human-review.yaml", |t| {
        t.replacen("    region: sector", "    region: regoin", 1)
            .replacen("    region: enterprise", "    region: regoin", 1)
    }) else {
        panic!("a level naming no level was accepted")
    };
    assert!(
        err.contains("takes the wording of `regoin`, which is not a level with its own wording"),
        "{err}"
    );
}

/// The levels that take another's wording render exactly that wording.
#[test]
fn a_level_that_names_another_renders_its_wording() {
    let library = common::library();
    for clause in library.clauses() {
        for &variant in &clause.variants {
            let params = clause.defaults(variant);
            for level in kelisim::model::Level::all() {
                let own = clause.wording_level(variant, level);
                for lang in Lang::ALL {
                    assert_eq!(
                        library
                            .render(clause, variant, level, lang, &params)
                            .unwrap(),
                        library.render(clause, variant, own, lang, &params).unwrap()
                    );
                }
            }
        }
    }
}

/// The built-in library as a run loads it (each template compiled when first rendered, not
/// checked again) says, byte for byte, what the library checked whole says: every wording of
/// every clause, variant, level and language, every parameter's label, and each example's annex.
#[test]
fn the_library_compiled_as_used_renders_what_the_checked_one_does() {
    use kelisim::model::{Level, ParamValue, Variant};
    // The run's library is read from the JSON the build made of the clause files: the same
    // clauses as the YAML gives, but for the lines of the wordings, which only `lint` reports.
    let as_used = common::library();
    let checked = Library::from_files(&files::load(None).unwrap()).unwrap();
    let mut unplaced = checked.clauses().to_vec();
    for w in unplaced.iter_mut().flat_map(|c| c.wordings.values_mut()) {
        assert!(w.line > 0);
        w.line = 0;
    }
    assert_eq!(as_used.clauses(), unplaced);
    let mut compared = 0;
    for (c, d) in as_used.clauses().iter().zip(checked.clauses()) {
        assert_eq!(c.id, d.id);
        for variant in Variant::all().filter(|v| c.variants.contains(v)) {
            let params = c.defaults(variant);
            for level in Level::all() {
                for lang in Lang::ALL {
                    let got = as_used.render(c, variant, level, lang, &params).unwrap();
                    let want = checked.render(d, variant, level, lang, &params).unwrap();
                    assert_eq!(got, want, "{} {variant} {level} {lang:?}", c.id);
                    assert!(!got.is_empty());
                    compared += 1;
                }
            }
            for (name, value) in &params {
                let got = as_used.label(c, name, value).unwrap();
                assert_eq!(
                    got,
                    checked.label(d, name, value).unwrap(),
                    "{} {name}",
                    c.id
                );
                compared += 1;
            }
        }
    }
    assert!(compared > 18 * 3 * 2, "only {compared} wordings compared");
    // A wording that fails (here a number given a day of the year) fails as the checked one
    // does, though the as-used library renders it an expression at a time.
    let mut failed = 0;
    for (c, d) in as_used.clauses().iter().zip(checked.clauses()) {
        for variant in Variant::all().filter(|v| c.variants.contains(v)) {
            let mut params = c.defaults(variant);
            let Some(number) = params
                .values_mut()
                .find(|v| matches!(v, ParamValue::Int(_)))
            else {
                continue;
            };
            *number = ParamValue::MonthDay { month: 3, day: 1 };
            for lang in Lang::ALL {
                let got = as_used.render(c, variant, Level::Enterprise, lang, &params);
                let want = checked.render(d, variant, Level::Enterprise, lang, &params);
                assert_eq!(
                    format!("{got:?}"),
                    format!("{want:?}"),
                    "{} {variant}",
                    c.id
                );
                failed += usize::from(want.is_err());
            }
        }
    }
    assert!(failed > 10, "only {failed} failures compared");
    // Its phrase books learn a message when it is first said: each says what the whole book
    // parsed at once does, with or without arguments, and so does its `gender`.
    for lang in Lang::ALL {
        let ids = checked.locales().ids(lang);
        assert_eq!(as_used.locales().ids(lang), ids);
        let args: Vec<_> = ["from", "to", "level", "count", "n", "case", "name"]
            .into_iter()
            .map(|k| (k, fluent_bundle::FluentValue::from(2)))
            .collect();
        for id in &ids {
            assert!(as_used.locales().has(lang, id), "{id}");
            for given in [&[][..], &args[..]] {
                let got = as_used.locales().text(lang, id, given);
                let want = checked.locales().text(lang, id, given);
                assert_eq!(format!("{got:?}"), format!("{want:?}"), "{lang:?} {id}");
            }
            assert_eq!(
                as_used.locales().attribute(lang, id, "gender"),
                checked.locales().attribute(lang, id, "gender"),
                "{lang:?} {id}"
            );
        }
        assert!(!as_used.locales().has(lang, "no-such-message"));
    }
    for example in ["mining-sector", "karaganda-coal", "pavlodar-region"] {
        let path = common::repo(format!("examples/{example}.yaml"));
        let yaml = std::fs::read_to_string(path).unwrap();
        assert_eq!(
            common::render(&yaml, &as_used),
            common::render(&yaml, &checked),
            "{example}"
        );
    }
}
