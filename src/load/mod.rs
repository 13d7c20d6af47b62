//! Loading input: YAML with positions, the profile, the clause files and where they come from.

pub(crate) mod clauses;
pub mod files;
pub(crate) mod profile;
pub(crate) mod text;
pub(crate) mod yaml;
