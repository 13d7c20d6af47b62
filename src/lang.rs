//! The two languages of every document, and the pair type that carries one value per language.

use serde::Serialize;

crate::names::named_enum! {
    /// A language of the annex. Kazakh comes first everywhere: in the left column and first in
    /// sequential layout.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
    pub enum Lang: "language" {
        /// Kazakh (kk-KZ).
        Kk = "kk",
        /// Russian (ru-RU).
        Ru = "ru",
    }
}

impl Lang {
    /// Both languages, in document order.
    pub const ALL: [Lang; 2] = [Lang::Kk, Lang::Ru];

    /// The short code used in profiles and file names: `kk` or `ru`.
    pub fn code(self) -> &'static str {
        crate::names::Named::name(self)
    }

    /// The language tag of documents and phrase books (BCP 47): `kk-KZ` or `ru-RU`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Kk => "kk-KZ",
            Lang::Ru => "ru-RU",
        }
    }

    /// The language whose tag is `tag`.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.tag() == tag)
    }

    /// The language's name in English, for messages.
    pub fn english_name(self) -> &'static str {
        match self {
            Lang::Kk => "Kazakh",
            Lang::Ru => "Russian",
        }
    }
}

/// One value in each language.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Bilingual<T> {
    /// The Kazakh value.
    pub kk: T,
    /// The Russian value.
    pub ru: T,
}

impl<T> Bilingual<T> {
    /// The value in `lang`.
    pub fn get(&self, lang: Lang) -> &T {
        match lang {
            Lang::Kk => &self.kk,
            Lang::Ru => &self.ru,
        }
    }

    /// Builds a pair by calling `f` once per language, Kazakh first.
    pub fn try_from_fn<E>(mut f: impl FnMut(Lang) -> Result<T, E>) -> Result<Self, E> {
        Ok(Bilingual {
            kk: f(Lang::Kk)?,
            ru: f(Lang::Ru)?,
        })
    }

    /// Applies `f` to both values.
    pub fn map<U>(&self, mut f: impl FnMut(Lang, &T) -> U) -> Bilingual<U> {
        Bilingual {
            kk: f(Lang::Kk, &self.kk),
            ru: f(Lang::Ru, &self.ru),
        }
    }
}
