//! The JSON Schema of the profile, generated from the input types, for editors.

use crate::load::profile::RawProfile;

/// The schema as pretty-printed JSON.
pub fn profile_schema() -> String {
    let schema = schemars::schema_for!(RawProfile);
    let mut text = serde_json::to_string_pretty(&schema).unwrap_or_default();
    text.push('\n');
    text
}
