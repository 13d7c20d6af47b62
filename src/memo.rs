//! What a thread made from a text, remembered for the next time it meets the same text: the rows
//! of a batch differ in a few names and values, so most of what one row's drafting makes from its
//! texts (a clause's render, a run's XML, a tied line, a compressed stretch of a part) another row
//! made already.
//!
//! A text is found by its CRC-32 and length, then compared byte for byte: what is taken again is
//! exactly what making it again would give. Memory is bounded: a [`Memo`] keeps two generations,
//! the current one and the one it replaced when it filled; a text found in the older one moves
//! back into the current one, and one not met since the older one filled is forgotten.

use std::collections::HashMap;

/// What is made from texts of the form `parts` (a text may be given in pieces, compared as one),
/// remembered up to `kept` texts a generation.
pub(crate) struct Memo<V> {
    kept: usize,
    current: Generation<V>,
    previous: Generation<V>,
    len: usize,
}

/// Texts with what was made from them, by their CRC-32 and length.
type Generation<V> = HashMap<(u32, usize), Vec<(Vec<u8>, V)>>;

impl<V: Clone> Memo<V> {
    /// An empty memo keeping up to `kept` texts in each of its two generations.
    pub(crate) fn new(kept: usize) -> Memo<V> {
        Memo {
            kept,
            current: HashMap::new(),
            previous: HashMap::new(),
            len: 0,
        }
    }

    /// What `make` makes from the text `parts` (joined), remembered or made now. `make` must not
    /// use this memo (it is borrowed meanwhile).
    pub(crate) fn get(&mut self, parts: &[&[u8]], make: impl FnOnce() -> V) -> V {
        match self.try_get(parts, || Ok::<V, std::convert::Infallible>(make())) {
            Ok(v) => v,
            Err(never) => match never {},
        }
    }

    /// As [`Memo::get`], for a `make` that may fail: a failure is not remembered.
    pub(crate) fn try_get<E>(
        &mut self,
        parts: &[&[u8]],
        make: impl FnOnce() -> Result<V, E>,
    ) -> Result<V, E> {
        let mut crc = crc32fast::Hasher::new();
        parts.iter().for_each(|p| crc.update(p));
        let key = (crc.finalize(), parts.iter().map(|p| p.len()).sum::<usize>());
        let same = |text: &[u8]| {
            let mut rest = text;
            parts.iter().all(|p| match rest.split_at_checked(p.len()) {
                Some((head, tail)) if head == *p => {
                    rest = tail;
                    true
                }
                _ => false,
            })
        };
        if let Some((_, made)) = self
            .current
            .get(&key)
            .and_then(|texts| texts.iter().find(|(t, _)| same(t)))
        {
            return Ok(made.clone());
        }
        let found = self.previous.get_mut(&key).and_then(|texts| {
            let at = texts.iter().position(|(t, _)| same(t))?;
            Some(texts.swap_remove(at))
        });
        let (text, made) = match found {
            Some(found) => found,
            None => (parts.concat(), make()?),
        };
        if self.len >= self.kept {
            self.previous = std::mem::take(&mut self.current);
            self.len = 0;
        }
        self.len += 1;
        self.current
            .entry(key)
            .or_default()
            .push((text, made.clone()));
        Ok(made)
    }
}

#[cfg(test)]
mod tests {
    use super::Memo;

    #[test]
    fn a_text_is_made_once_while_remembered_and_again_once_forgotten() {
        let mut memo = Memo::new(2);
        let made = std::cell::Cell::new(0);
        let get = |memo: &mut Memo<String>, text: &str| {
            memo.get(&[text.as_bytes()], || {
                made.set(made.get() + 1);
                text.to_uppercase()
            })
        };
        assert_eq!(get(&mut memo, "ab"), "AB");
        assert_eq!(get(&mut memo, "ab"), "AB");
        assert_eq!(get(&mut memo, "cd"), "CD");
        // The first generation is full: "ef" starts the next, "ab" moves back into it.
        assert_eq!(get(&mut memo, "ef"), "EF");
        assert_eq!(get(&mut memo, "ab"), "AB");
        // "cd" was not met in the generation that filled: forgotten with it.
        assert_eq!(get(&mut memo, "gh"), "GH");
        assert_eq!(get(&mut memo, "ij"), "IJ");
        assert_eq!(get(&mut memo, "cd"), "CD");
        assert_eq!(made.get(), 6);
    }

    #[test]
    fn a_failure_is_not_remembered() {
        let mut memo = Memo::new(8);
        assert_eq!(memo.try_get(&[b"a"], || Err::<u8, _>("no")), Err("no"));
        assert_eq!(memo.try_get(&[b"a"], || Ok::<_, &str>(1)), Ok(1));
        assert_eq!(memo.try_get(&[b"a"], || Ok::<_, &str>(2)), Ok(1));
    }

    #[test]
    fn a_text_in_pieces_is_the_same_text_and_a_shorter_one_is_not() {
        let mut memo = Memo::new(8);
        assert_eq!(memo.get(&[b"ab", b"cd"], || 1), 1);
        assert_eq!(memo.get(&[b"abc", b"d"], || 2), 1);
        assert_eq!(memo.get(&[b"abc"], || 3), 3);
    }
}
