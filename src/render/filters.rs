//! Tera filters that clause templates call to put numbers and dates into grammatical text.
//!
//! - `{{ n | count(noun="working-days", case="gen") }}` → «10 рабочих дней» / «10 жұмыс күні»:
//!   the number and the noun agreeing with it (Fluent message `noun-<noun>`, CLDR plurals).
//! - `{{ d | day_month(case="dat") }}` ("MM-DD") → «1 марта» / «1 наурызға».

use std::sync::Arc;

use fluent_bundle::FluentValue;
use tera::{Kwargs, State, Tera, TeraResult};

use crate::lang::Lang;
use crate::load::locales::Locales;
use crate::model::ParamValue;

/// Registers the filters on `tera`; they read the language from the `lang` variable.
pub fn register(tera: &mut Tera, locales: Arc<Locales>) {
    let l = Arc::clone(&locales);
    tera.register_filter(
        "count",
        move |n: i64, kwargs: Kwargs, state: &State| -> TeraResult<String> {
            let lang = lang_of(state)?;
            let noun: String = kwargs.must_get("noun")?;
            let case: String = kwargs.get("case")?.unwrap_or_else(|| "nom".to_string());
            let words = l
                .text(
                    lang,
                    &format!("noun-{noun}"),
                    &[
                        ("n", FluentValue::from(n)),
                        ("case", FluentValue::from(case)),
                    ],
                )
                .map_err(|e| tera::Error::message(e.to_string()))?;
            Ok(format!("{n} {words}"))
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

fn lang_of(state: &State) -> TeraResult<Lang> {
    match state.get::<String>("lang")?.as_deref() {
        Some("kk") => Ok(Lang::Kk),
        Some("ru") => Ok(Lang::Ru),
        other => Err(tera::Error::message(format!(
            "unknown language {other:?} in the template context"
        ))),
    }
}
