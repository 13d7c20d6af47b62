//! Safe, stable file names for batch rows: whatever a cell contains, the name stays inside the
//! output directory and is the same on every run.

use std::collections::BTreeSet;
use std::hash::{DefaultHasher, Hash, Hasher};

/// The longest name, in characters.
const MAX: usize = 80;

/// A file stem made of `wanted` (an id or an organisation's name): letters and digits of any
/// script kept, everything else (slashes, dots, NUL, quotes) turned into single hyphens, at most
/// 80 characters; `row-N` when nothing is left; `-N` added when another row has it already.
/// `taken` holds a hash of every stem given out, so that it stays small however many rows there
/// are.
pub fn file_stem(wanted: &str, row: usize, taken: &mut BTreeSet<u64>) -> String {
    let mut stem = String::new();
    for c in wanted.chars() {
        if c.is_alphanumeric() || c == '_' {
            stem.push(c);
        } else if !stem.ends_with('-') {
            stem.push('-');
        }
    }
    let mut stem: String = stem.trim_matches('-').chars().take(MAX).collect();
    stem = stem.trim_end_matches('-').to_string();
    if stem.is_empty() {
        stem = format!("row-{row}");
    }
    if !taken.insert(hash(&stem)) {
        stem = format!("{stem}-{row}");
        taken.insert(hash(&stem));
    }
    stem
}

fn hash(stem: &str) -> u64 {
    let mut h = DefaultHasher::new();
    stem.hash(&mut h);
    h.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hostile_names_stay_inside() {
        let mut taken = BTreeSet::new();
        assert_eq!(file_stem("../../etc/passwd", 1, &mut taken), "etc-passwd");
        assert_eq!(file_stem("ТОО «Алтын»", 2, &mut taken), "ТОО-Алтын");
        assert_eq!(file_stem("a\0b/c\\d", 3, &mut taken), "a-b-c-d");
        assert_eq!(file_stem("..", 4, &mut taken), "row-4");
        assert_eq!(file_stem("ТОО «Алтын»", 5, &mut taken), "ТОО-Алтын-5");
        let long = "ә".repeat(300);
        assert_eq!(file_stem(&long, 6, &mut taken).chars().count(), 80);
    }
}
