//! Loading input: YAML with positions, the profile, the clause files and the phrase books.

pub mod files;
pub mod locales;
pub mod profile;
pub mod text;
pub mod yaml;
