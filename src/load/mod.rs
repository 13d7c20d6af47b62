//! Loading input: YAML with positions, the profile, the clause files and where they come from.

pub mod clauses;
pub mod files;
pub mod profile;
pub mod text;
pub mod yaml;
