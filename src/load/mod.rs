//! Loading input: YAML with positions, the profile, the clause files and where they come from.

pub(crate) mod clauses;
pub mod files;
pub(crate) mod profile;
pub(crate) mod text;
pub(crate) mod yaml;

/// Parses `source` as YAML into `T` (strict, with the line and column of any error): for the
/// files the command line reads beside profiles (the project file).
pub fn parse_yaml<T: serde::de::DeserializeOwned>(
    source: &crate::error::Source,
) -> crate::error::Result<T> {
    Ok(yaml::parse(source)?)
}

/// Whether `text` is a 12-digit БСН/БИН with a valid check digit.
pub fn bin_is_valid(text: &str) -> bool {
    profile::bin_checksum_ok(text)
}
