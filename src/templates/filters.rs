//! Tera filters that clause templates and phrases call to put names and numbers into grammatical
//! text. Numbers are written as documents write them: digits, then words in parentheses.
//!
//! - `{{ n | count(noun="working-days", case="gen") }}` → «10 (десяти) рабочих дней» /
//!   «10 (он) жұмыс күні»: the number in words in the case, and the noun agreeing with it
//!   (Fluent message `noun-<noun>`, CLDR plurals, `.gender` for один/одна; a noun with
//!   `.animate = yes` takes the accusative of persons, «двух представителей»).
//! - `{{ n | ru_num(case="gen", gender="f") }}` → «2 (двух)»; `{{ n | kk_num }}` → «2 (екі)».
//! - `{{ name | kk_case(case="gen", plural=false) }}` → «Алтын» ЖШС-ның.
//! - `{{ d | day_month(case="dat") }}` ("MM-DD") → «1 марта» / «1 наурызға».

use std::sync::Arc;

use fluent_bundle::FluentValue;
use tera::{Kwargs, State, Tera, TeraResult};

use crate::grammar::{kk, numbers, ru};
use crate::i18n::Locales;
use crate::lang::Lang;
use crate::model::ParamValue;
use crate::names::Named;

/// Registers the filters on `tera`; `count` and `day_month` read the language from `lang`.
pub(crate) fn register(tera: &mut Tera, locales: Arc<Locales>) {
    let l = Arc::clone(&locales);
    tera.register_filter(
        "count",
        move |n: i64, kwargs: Kwargs, state: &State| -> TeraResult<String> {
            let lang = lang_of(state)?;
            let noun: String = kwargs.must_get("noun")?;
            let case: String = kwargs.get("case")?.unwrap_or_else(|| "nom".to_string());
            let id = format!("noun-{noun}");
            let (number, noun_case) = match lang {
                Lang::Kk => (kk_number(n)?, case),
                Lang::Ru => {
                    let gender = l.attribute(Lang::Ru, &id, "gender").unwrap_or_default();
                    let animate = l.attribute(Lang::Ru, &id, "animate").as_deref() == Some("yes");
                    let (c, g) = ru_grammar(&case, &gender)?;
                    let c = if animate && c == ru::Case::Acc {
                        ru::Case::AccAnim
                    } else {
                        c
                    };
                    let noun_case = c.of_counted_noun(n.unsigned_abs(), g).name().to_string();
                    (ru_number(n, c, g)?, noun_case)
                }
            };
            let words = l
                .text(
                    lang,
                    &id,
                    &[
                        ("n", FluentValue::from(n)),
                        ("case", FluentValue::from(noun_case)),
                    ],
                )
                .map_err(|e| tera::Error::message(e.to_string()))?;
            Ok(format!("{number} {words}"))
        },
    );
    tera.register_filter(
        "ru_num",
        |n: i64, kwargs: Kwargs, _: &State| -> TeraResult<String> {
            let case: String = kwargs.get("case")?.unwrap_or_else(|| "nom".to_string());
            let gender: String = kwargs.get("gender")?.unwrap_or_else(|| "m".to_string());
            let (c, g) = ru_grammar(&case, &gender)?;
            ru_number(n, c, g)
        },
    );
    tera.register_filter(
        "kk_num",
        |n: i64, _: Kwargs, _: &State| -> TeraResult<String> { kk_number(n) },
    );
    tera.register_filter(
        "kk_case",
        |text: String, kwargs: Kwargs, _: &State| -> TeraResult<String> {
            let case: String = kwargs.get("case")?.unwrap_or_else(|| "nom".to_string());
            let plural: bool = kwargs.get("plural")?.unwrap_or(false);
            let case = kk::Case::from_name(&case).ok_or_else(|| {
                tera::Error::message(format!(
                    "kk_case: unknown case `{case}`; {}",
                    kk::Case::list()
                ))
            })?;
            Ok(kk::inflect(&text, case, plural))
        },
    );
    let l = locales;
    tera.register_filter(
        "day_month",
        move |text: String, kwargs: Kwargs, state: &State| -> TeraResult<String> {
            let lang = lang_of(state)?;
            let case: String = kwargs.get("case")?.unwrap_or_else(|| "nom".to_string());
            let Some(ParamValue::MonthDay { month, day }) = ParamValue::parse_month_day(&text)
            else {
                return Err(tera::Error::message(format!(
                    "day_month expects \"MM-DD\", got `{text}`"
                )));
            };
            let name = l
                .text(
                    lang,
                    &format!("month-{month}"),
                    &[("case", FluentValue::from(case))],
                )
                .map_err(|e| tera::Error::message(e.to_string()))?;
            Ok(format!("{day} {name}"))
        },
    );
}

/// «30 (отыз)».
pub(crate) fn kk_number(n: i64) -> TeraResult<String> {
    let words = u64::try_from(n)
        .ok()
        .and_then(numbers::kk)
        .ok_or_else(|| out_of_range(n))?;
    Ok(format!("{n} ({words})"))
}

/// The Russian case and gender named in a template; no gender means masculine.
fn ru_grammar(case: &str, gender: &str) -> TeraResult<(ru::Case, ru::Gender)> {
    let c = ru::Case::from_name(case).ok_or_else(|| {
        tera::Error::message(format!(
            "unknown Russian case `{case}`; {}",
            ru::Case::list()
        ))
    })?;
    let g = match gender {
        "" => ru::Gender::M,
        g => ru::Gender::from_name(g).ok_or_else(|| {
            tera::Error::message(format!("unknown gender `{g}`; {}", ru::Gender::list()))
        })?,
    };
    Ok((c, g))
}

/// «30 (тридцати)».
fn ru_number(n: i64, c: ru::Case, g: ru::Gender) -> TeraResult<String> {
    let words = u64::try_from(n)
        .ok()
        .and_then(|n| numbers::ru(n, c, g))
        .ok_or_else(|| out_of_range(n))?;
    Ok(format!("{n} ({words})"))
}

fn out_of_range(n: i64) -> tera::Error {
    tera::Error::message(format!(
        "{n} cannot be written in words; numbers from 0 to {} can",
        numbers::MAX
    ))
}

fn lang_of(state: &State) -> TeraResult<Lang> {
    let code = state.get::<String>("lang")?;
    code.as_deref().and_then(Lang::from_name).ok_or_else(|| {
        tera::Error::message(format!("unknown language {code:?} in the template context"))
    })
}
