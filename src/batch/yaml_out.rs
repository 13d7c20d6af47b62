//! A YAML writer for merged rows: one scalar per line, every string double-quoted (JSON's escapes
//! are YAML's), so no cell can inject structure; and for each line, the path of its value.

use serde_json::Value;

/// The YAML of `v`, and (line, dotted path) of every scalar.
pub(super) fn write(v: &Value) -> (String, Vec<(usize, String)>) {
    let mut out = String::new();
    let mut paths = Vec::new();
    node(v, "", 0, &mut out, &mut paths);
    (out, paths)
}

fn scalar(v: &Value) -> String {
    match v {
        Value::String(s) => serde_json::to_string(s).unwrap_or_else(|_| "\"\"".into()),
        Value::Null => "null".into(),
        other => other.to_string(),
    }
}

fn line_no(out: &str) -> usize {
    out.matches('\n').count() + 1
}

fn node(v: &Value, path: &str, indent: usize, out: &mut String, paths: &mut Vec<(usize, String)>) {
    let pad = " ".repeat(indent);
    match v {
        Value::Object(map) => {
            for (k, child) in map {
                let key = serde_json::to_string(k).unwrap_or_default();
                let child_path = if path.is_empty() {
                    k.clone()
                } else {
                    format!("{path}.{k}")
                };
                match child {
                    Value::Object(m) if !m.is_empty() => {
                        out.push_str(&format!("{pad}{key}:\n"));
                        node(child, &child_path, indent + 2, out, paths);
                    }
                    Value::Array(a) if !a.is_empty() => {
                        out.push_str(&format!("{pad}{key}:\n"));
                        node(child, &child_path, indent + 2, out, paths);
                    }
                    Value::Object(_) => out.push_str(&format!("{pad}{key}: {{}}\n")),
                    Value::Array(_) => out.push_str(&format!("{pad}{key}: []\n")),
                    other => {
                        paths.push((line_no(out), child_path));
                        out.push_str(&format!("{pad}{key}: {}\n", scalar(other)));
                    }
                }
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                let item_path = format!("{path}.{i}");
                match item {
                    Value::Object(m) if !m.is_empty() => {
                        // "- " then the mapping's keys, the first on the same line.
                        let mut inner = String::new();
                        let mut inner_paths = Vec::new();
                        node(item, &item_path, 0, &mut inner, &mut inner_paths);
                        let first_line = line_no(out);
                        for (j, l) in inner.lines().enumerate() {
                            let lead = if j == 0 {
                                format!("{pad}- ")
                            } else {
                                format!("{pad}  ")
                            };
                            out.push_str(&format!("{lead}{l}\n"));
                        }
                        paths.extend(
                            inner_paths
                                .into_iter()
                                .map(|(l, p)| (l + first_line - 1, p)),
                        );
                    }
                    other => {
                        paths.push((line_no(out), item_path));
                        out.push_str(&format!("{pad}- {}\n", scalar(other)));
                    }
                }
            }
        }
        other => {
            paths.push((line_no(out), path.to_string()));
            out.push_str(&format!("{pad}{}\n", scalar(other)));
        }
    }
}
