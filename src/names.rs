//! One table of names for every enum a user writes (level, layout, variant, unit, favours,
//! language, format, the grammar's cases and genders): serde, the command line, messages and the
//! JSON Schema all read the table that [`named_enum!`] declares beside the enum, so a name is
//! written once.

use std::borrow::Cow;

/// One value of a named enum.
#[derive(Debug, Clone, Copy)]
pub struct Entry<T: 'static> {
    /// The name in files, templates and on the command line.
    pub name: &'static str,
    /// The value.
    pub value: T,
    /// What it means, from its doc comment: the JSON Schema's and `--help`'s description.
    pub about: &'static str,
}

/// An enum with one name per value.
pub trait Named: Copy + PartialEq + Sized + 'static {
    /// What the values are called in messages: "level", "variant".
    const WHAT: &'static str;
    /// Every value in order, with its name.
    const TABLE: &'static [Entry<Self>];

    /// The value's name.
    fn name(self) -> &'static str {
        Self::TABLE
            .iter()
            .find(|e| e.value == self)
            .map_or("", |e| e.name)
    }

    /// The value called `name`, if any.
    fn from_name(name: &str) -> Option<Self> {
        Self::TABLE.iter().find(|e| e.name == name).map(|e| e.value)
    }

    /// Every value, in order.
    fn all() -> impl Iterator<Item = Self> {
        Self::TABLE.iter().map(|e| e.value)
    }

    /// Every name, in order.
    fn names() -> impl Iterator<Item = &'static str> {
        Self::TABLE.iter().map(|e| e.name)
    }

    /// "the levels are enterprise, sector and region", for hints.
    fn list() -> String {
        let names: Vec<&str> = Self::names().collect();
        let joined = match names.split_last() {
            Some((last, [])) => (*last).to_string(),
            Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
            None => String::new(),
        };
        format!("the {}s are {joined}", Self::WHAT)
    }

    /// The message `unknown-value` for `name`, which names no value: what the values are, and
    /// the closest of them.
    fn unknown(name: &str) -> crate::error::Code {
        let near = crate::suggest::closest(name, Self::names()).unwrap_or("none");
        let known: Vec<&str> = Self::names().collect();
        crate::error::Code {
            id: "unknown-value",
            args: vec![
                ("what", Self::WHAT.to_string()),
                ("name", name.to_string()),
                ("near", near.to_string()),
                ("known", known.join(", ")),
            ],
        }
    }
}

/// The JSON Schema of a named enum: one `const` per name, with its description.
pub fn json_schema<T: Named>(about: &str) -> schemars::Schema {
    let one_of: Vec<serde_json::Value> = T::TABLE
        .iter()
        .map(|e| serde_json::json!({"description": e.about.trim(), "type": "string", "const": e.name}))
        .collect();
    schemars::json_schema!({"description": about.trim(), "oneOf": one_of})
}

/// The schema's name of a named enum: the Rust type's last path segment.
pub fn schema_name(type_name: &'static str) -> Cow<'static, str> {
    Cow::Borrowed(type_name.rsplit("::").next().unwrap_or(type_name))
}

/// Declares an enum and its table of names: each value is written `Variant = "name"`, after its
/// doc comment, which becomes its description (a `Default` is written beside it). Serde, the JSON Schema and `Display` use the names.
macro_rules! named_enum {
    (
        $(#[doc = $tydoc:literal])*
        #[derive($($derive:path),* $(,)?)]
        $vis:vis enum $ty:ident: $what:literal {
            $( $(#[doc = $doc:literal])* $variant:ident = $name:literal, )+
        }
    ) => {
        $(#[doc = $tydoc])*
        #[derive($($derive),*)]
        $vis enum $ty { $( $(#[doc = $doc])* $variant, )+ }

        impl $crate::names::Named for $ty {
            const WHAT: &'static str = $what;
            const TABLE: &'static [$crate::names::Entry<Self>] = &[
                $( $crate::names::Entry { name: $name, value: $ty::$variant, about: concat!($($doc),*) }, )+
            ];
        }

        impl $ty {
            /// The value's name, from its table.
            pub fn name(self) -> &'static str {
                $crate::names::Named::name(self)
            }

            /// The value called `name`, if any.
            pub fn from_name(name: &str) -> Option<Self> {
                <Self as $crate::names::Named>::from_name(name)
            }

            /// Every value, in order.
            pub fn all() -> impl Iterator<Item = Self> {
                <Self as $crate::names::Named>::all()
            }
        }

        impl ::std::fmt::Display for $ty {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str($crate::names::Named::name(*self))
            }
        }

        impl ::serde::Serialize for $ty {
            fn serialize<S: ::serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str($crate::names::Named::name(*self))
            }
        }

        impl ::schemars::JsonSchema for $ty {
            fn schema_name() -> ::std::borrow::Cow<'static, str> {
                $crate::names::schema_name(stringify!($ty))
            }
            fn json_schema(_: &mut ::schemars::SchemaGenerator) -> ::schemars::Schema {
                $crate::names::json_schema::<$ty>(concat!($($tydoc),*))
            }
        }
    };
}

pub(crate) use named_enum;

#[cfg(test)]
mod tests {
    use super::Named;
    use crate::model::{Level, Variant};

    #[test]
    fn names_round_trip_and_list() {
        for e in Level::TABLE {
            assert_eq!(Level::from_name(e.name), Some(e.value));
            assert_eq!(e.value.name(), e.name);
            assert!(!e.about.trim().is_empty(), "{} has no description", e.name);
        }
        assert_eq!(
            Level::list(),
            "the levels are enterprise, sector and region"
        );
        assert_eq!(Variant::from_name("unoin"), None);
        assert_eq!(Variant::Union.to_string(), "union");
        assert!(
            crate::lang::Lang::ALL
                .into_iter()
                .eq(crate::lang::Lang::all())
        );
    }
}
