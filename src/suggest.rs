//! "Did you mean": the closest known name to a misspelt one.

/// The candidate closest to `input` by edit distance, if it is close enough to be a typo.
pub(crate) fn closest<'a>(
    input: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    let input = input.to_lowercase();
    let limit = (input.chars().count() / 3).max(1);
    let candidates: Vec<&'a str> = candidates.into_iter().collect();
    let typo = candidates
        .iter()
        .map(|c| (distance(&input, &c.to_lowercase()), *c))
        .filter(|(d, _)| *d <= limit)
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c);
    // A shortened name ("members" for "members_per_side") is not a typo but is as clear.
    typo.or_else(|| {
        (input.chars().count() >= 4)
            .then(|| {
                candidates
                    .into_iter()
                    .find(|c| c.to_lowercase().contains(&input))
            })
            .flatten()
    })
}

/// Single-character edits, with a swap of two neighbours counted as one ("unoin" → "union").
fn distance(a: &str, b: &str) -> usize {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in d[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (d[i - 1][j] + 1)
                .min(d[i][j - 1] + 1)
                .min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(d[i - 2][j - 2] + 1);
            }
            d[i][j] = best;
        }
    }
    d[a.len()][b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_typos_and_rejects_strangers() {
        let slugs = ["human-review", "consultation", "feedback"];
        assert_eq!(closest("human-reveiw", slugs), Some("human-review"));
        assert_eq!(closest("Consultaton", slugs), Some("consultation"));
        assert_eq!(closest("payroll", slugs), None);
        assert_eq!(closest("2.9", ["2.3", "1.1"]), Some("2.3"));
        assert_eq!(closest("unoin", ["union", "employer"]), Some("union"));
        assert_eq!(
            closest("members", ["notice_days", "members_per_side"]),
            Some("members_per_side")
        );
    }
}
