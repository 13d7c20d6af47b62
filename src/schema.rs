//! The JSON Schema of the profile, for editors: the shape comes from the input types
//! (schemars), and the clause library adds what it knows: each norm's variants, its parameters
//! with their types, bounds and the variants that set them, and the fields a level requires.

use serde_json::{Value, json};

use crate::library::Library;
use crate::load::profile::RawProfile;
use crate::model::Unit;

/// The schema's `$id`: the profile format, by the version of kelisim that wrote the schema.
pub const ID: &str = concat!("urn:kelisim:profile-schema:", env!("CARGO_PKG_VERSION"));

/// The shape of a profile, from its input types alone: the fields, their types and nesting.
pub fn shape() -> Value {
    serde_json::to_value(schemars::schema_for!(RawProfile)).unwrap_or_default()
}

/// The schema for profiles read with `library`, as pretty-printed JSON.
pub fn profile_schema(library: &Library) -> String {
    let mut schema = shape();
    if let Some(root) = schema.as_object_mut() {
        root.insert("$id".into(), json!(ID));
        root.insert(
            "title".into(),
            json!("kelisim profile: the AI annex of a collective, sectoral or regional agreement"),
        );
        // A sectoral agreement names its sector, a regional one its region.
        root.insert(
            "allOf".into(),
            json!(["sector", "region"]
                .iter()
                .map(|level| json!({
                    "if": {
                        "properties": {"agreement": {"properties": {"level": {"const": level}}}},
                        "required": ["agreement"]
                    },
                    "then": {"required": [level]}
                }))
                .collect::<Vec<_>>()),
        );
    }
    if let Some(detail) = schema.pointer_mut("/$defs/RawNormDetail") {
        add_norms(detail, library);
    }
    let mut text = serde_json::to_string_pretty(&schema).unwrap_or_default();
    text.push('\n');
    text
}

/// Adds to the schema of a norm's mapping, for each norm of `library`, the variants it has and
/// the parameters it takes: a misspelt parameter, a value out of bounds or a variant the norm
/// does not have is then marked in the editor.
fn add_norms(detail: &mut Value, library: &Library) {
    let cases: Vec<Value> = library
        .clauses()
        .iter()
        .map(|clause| {
            let mut keys = vec![json!(clause.id), json!(clause.slug)];
            keys.extend(clause.id.parse::<f64>().ok().map(|n| json!(n)));
            let params: serde_json::Map<String, Value> = clause
                .params
                .iter()
                .map(|p| {
                    let set_by: Vec<&str> = p.defaults.keys().map(|v| v.name()).collect();
                    let mut about = format!("{} ({})", p.about, p.unit.words());
                    if !set_by.is_empty() {
                        about.push_str(&format!("; default in the {} wording", set_by.join(", ")));
                    }
                    let value = match p.unit {
                        Unit::MonthDay => json!({
                            "type": "string",
                            "pattern": "^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$",
                            "description": format!("{about}; \"MM-DD\"")
                        }),
                        _ => {
                            let mut v = json!({"type": "integer", "description": about});
                            if let Some(min) = p.min {
                                v["minimum"] = json!(min);
                            }
                            if let Some(max) = p.max {
                                v["maximum"] = json!(max);
                            }
                            v
                        }
                    };
                    (p.name.clone(), value)
                })
                .collect();
            let variants: Vec<&str> = clause.variants.iter().map(|v| v.name()).collect();
            json!({
                "if": {"properties": {"id": {"enum": keys}}, "required": ["id"]},
                "then": {
                    "description": format!(
                        "{} {} / {}",
                        clause.id, clause.title.kk, clause.title.ru
                    ),
                    "properties": {
                        "variant": {"enum": variants},
                        "params": {
                            "type": "object",
                            "properties": params,
                            "additionalProperties": false
                        }
                    }
                }
            })
        })
        .collect();
    if let Some(object) = detail.as_object_mut() {
        object.insert("allOf".into(), Value::Array(cases));
    }
}
