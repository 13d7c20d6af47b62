//! Kazakh case suffixes: the seven cases and the plural, chosen by vowel harmony and by the class
//! of the last sound, for the names and numbers kelisim puts into text.
//!
//! The suffix goes on the last word outside «» quotes; text inside quotes never changes. After an
//! abbreviation or a number written in digits it is joined with a hyphen and follows how the
//! abbreviation or the number is pronounced (`locales/kk-abbreviations.tsv`, [`super::numbers`]).
//! A word ending in a 3rd-person possessive (облысы, серіктестігі, Серікұлы) takes the
//! pronominal н.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use super::numbers;

crate::names::named_enum! {
    /// A Kazakh grammatical case.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum Case: "case" {
        /// Атау септік: the form as written.
        Nom = "nom",
        /// Ілік септік: -ның/-нің/-дың/-дің/-тың/-тің.
        Gen = "gen",
        /// Барыс септік: -ға/-ге/-қа/-ке (-на/-не after a possessive).
        Dat = "dat",
        /// Табыс септік: -ны/-ні/-ды/-ді/-ты/-ті (-н after a possessive).
        Acc = "acc",
        /// Жатыс септік: -да/-де/-та/-те (-нда/-нде after a possessive).
        Loc = "loc",
        /// Шығыс септік: -дан/-ден/-нан/-нен/-тан/-тен.
        Abl = "abl",
        /// Көмектес септік: -мен/-бен/-пен.
        Ins = "ins",
    }
}

/// The class of a stem's last sound, which picks the suffix's first consonant.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Sound {
    /// A vowel.
    Vowel,
    /// м н ң.
    Nasal,
    /// л р й у и.
    Sonorant,
    /// ж з.
    Voiced,
    /// Voiceless consonants, and б в г д at the end of loanwords (devoiced).
    Voiceless,
}

// ё counts as front: the orthographic dictionary has актёрге, Пётрге.
const BACK: &str = "аоұыяю";
const FRONT: &str = "әеіөүэё";

fn is_vowel(c: char) -> bool {
    BACK.contains(c) || FRONT.contains(c) || matches!(c, 'и' | 'у')
}

/// Whether suffixes after `stem` (lowercase, pronounced) take back vowels.
fn back(stem: &str) -> bool {
    let mut chars = stem
        .chars()
        .rev()
        .skip_while(|c| !c.is_alphabetic())
        .peekable();
    // A final ь, к or г (loanwords: мониторинг, банк) takes front suffixes; қ or ғ back ones.
    match chars.peek() {
        Some('ь' | 'к' | 'г') => return false,
        Some('қ' | 'ғ') => return true,
        _ => {}
    }
    for c in chars {
        if BACK.contains(c) {
            return true;
        }
        if FRONT.contains(c) {
            return false;
        }
    }
    true
}

fn sound(stem: &str) -> Sound {
    let last = stem
        .chars()
        .rev()
        .filter(|c| c.is_alphabetic())
        .find(|c| !matches!(c, 'ь' | 'ъ'));
    match last {
        Some('м' | 'н' | 'ң') => Sound::Nasal,
        Some('л' | 'р' | 'й' | 'у' | 'и') => Sound::Sonorant,
        Some('ж' | 'з') => Sound::Voiced,
        Some(c) if is_vowel(c) => Sound::Vowel,
        Some(_) => Sound::Voiceless,
        None => Sound::Vowel,
    }
}

/// The case ending for a stem pronounced `stem`, with `possessive` for the pronominal н.
fn ending(stem: &str, case: Case, possessive: bool) -> String {
    let back = back(stem);
    let pick = |b: &str, f: &str| if back { b } else { f }.to_string();
    if possessive {
        return match case {
            Case::Nom => String::new(),
            Case::Gen => pick("ның", "нің"),
            Case::Dat => pick("на", "не"),
            Case::Acc => "н".to_string(),
            Case::Loc => pick("нда", "нде"),
            Case::Abl => pick("нан", "нен"),
            Case::Ins => "мен".to_string(),
        };
    }
    let s = sound(stem);
    match case {
        Case::Nom => String::new(),
        Case::Gen => match s {
            Sound::Vowel | Sound::Nasal => pick("ның", "нің"),
            Sound::Sonorant | Sound::Voiced => pick("дың", "дің"),
            Sound::Voiceless => pick("тың", "тің"),
        },
        Case::Dat => match s {
            Sound::Voiceless => pick("қа", "ке"),
            _ => pick("ға", "ге"),
        },
        Case::Acc => match s {
            Sound::Vowel => pick("ны", "ні"),
            Sound::Voiceless => pick("ты", "ті"),
            _ => pick("ды", "ді"),
        },
        Case::Loc => match s {
            Sound::Voiceless => pick("та", "те"),
            _ => pick("да", "де"),
        },
        Case::Abl => match s {
            Sound::Nasal => pick("нан", "нен"),
            Sound::Voiceless => pick("тан", "тен"),
            _ => pick("дан", "ден"),
        },
        Case::Ins => match s {
            Sound::Voiced => "бен".to_string(),
            Sound::Voiceless => "пен".to_string(),
            _ => "мен".to_string(),
        },
    }
}

/// The plural ending after a stem pronounced `stem`: -лар after vowels and р й у и, -дар after
/// л м н ң з ж, -тар after voiceless consonants.
fn plural_ending(stem: &str) -> String {
    let back = back(stem);
    let last = stem
        .chars()
        .rev()
        .find(|c| c.is_alphabetic() && !matches!(c, 'ь' | 'ъ'));
    let first = match last {
        Some(c) if is_vowel(c) && !matches!(c, 'и' | 'у') => 'л',
        Some('р' | 'й' | 'у' | 'и') | None => 'л',
        Some('л' | 'м' | 'н' | 'ң' | 'з' | 'ж') => 'д',
        Some(_) => 'т',
    };
    format!("{first}{}", if back { "ар" } else { "ер" })
}

/// The word as harmony reads it. A Russian-style surname in -ов/-ев follows its Kazakh root
/// (Тоқаевқа, Сейітовке), and keeps the devoiced в of the suffix for the consonant class.
fn harmony_stem(word: &str) -> String {
    let lower = word.to_lowercase();
    let capitalised = word.chars().next().is_some_and(char::is_uppercase);
    if capitalised {
        for suffix in ["ов", "ев", "ёв"] {
            if let Some(root) = lower.strip_suffix(suffix)
                && root.chars().count() >= 2
            {
                // The root's vowels, then ф standing for the devoiced в.
                return format!("{root}ф");
            }
        }
    }
    lower
}

/// Abbreviation pronunciations and letter names.
struct Readings {
    words: BTreeMap<String, String>,
    letters: BTreeMap<char, String>,
}

fn readings() -> &'static Readings {
    static READINGS: OnceLock<Readings> = OnceLock::new();
    READINGS.get_or_init(|| {
        let mut words = BTreeMap::new();
        let mut letters = BTreeMap::new();
        for line in include_str!("../../locales/kk-abbreviations.tsv").lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let mut cols = line.split('\t');
            let (Some(key), Some(say)) = (cols.next(), cols.next()) else {
                continue;
            };
            match key.strip_prefix('@').and_then(|k| k.chars().next()) {
                Some(letter) => {
                    letters.insert(letter, say.to_string());
                }
                None => {
                    words.insert(key.to_string(), say.to_string());
                }
            }
        }
        Readings { words, letters }
    })
}

/// How an abbreviation is read: from the data, else letter by letter.
fn read_abbreviation(abbr: &str) -> String {
    let r = readings();
    if let Some(say) = r.words.get(abbr) {
        return say.clone();
    }
    abbr.chars()
        .map(|c| {
            r.letters
                .get(&c)
                .cloned()
                .unwrap_or_else(|| c.to_lowercase().collect())
        })
        .collect()
}

/// Whether `word` is an abbreviation: two or more letters, all capitals.
fn is_abbreviation(word: &str) -> bool {
    let letters: Vec<char> = word.chars().filter(|c| c.is_alphabetic()).collect();
    letters.len() >= 2
        && letters.iter().all(|c| c.is_uppercase())
        && word.chars().all(|c| c.is_alphabetic() || c == '-')
}

/// Endings of a 3rd-person possessive that the pronominal н follows.
fn possessive(word: &str, multiword: bool) -> bool {
    let w = word.to_lowercase();
    // Patronymics and the words that head Kazakh organisation names.
    if w.ends_with("ұлы") || w.ends_with("қызы") {
        return true;
    }
    const HEADS: [&str; 12] = [
        "облысы",
        "ауданы",
        "қаласы",
        "республикасы",
        "ұйымы",
        "серіктестігі",
        "бірлестігі",
        "қауымдастығы",
        "министрлігі",
        "әкімдігі",
        "палатасы",
        "орталығы",
    ];
    if HEADS.iter().any(|h| w.ends_with(h)) {
        return true;
    }
    // In a name of several words, a last word in -ы/-і is the head of an izafet: «Алтын»
    // кәсіподағы, Еңбек кодексі; but not an agent noun in -шы/-ші (жұмыс беруші).
    let agent = w.ends_with("шы") || w.ends_with("ші");
    multiword && !agent && (w.ends_with('ы') || w.ends_with('і')) && w.chars().count() > 3
}

/// The plural of a possessive word: облысы → облыстары, серіктестігі → серіктестіктері.
fn possessive_plural(word: &str) -> String {
    let stem = word
        .strip_suffix("сы")
        .or_else(|| word.strip_suffix("сі"))
        // Республика-сы, but облыс-ы: a stem before -сы ends in a full vowel, not in ы/і.
        .filter(|s| s.chars().last().is_some_and(|c| "аәеоөұүяюэ".contains(c)))
        .or_else(|| word.strip_suffix('ы'))
        .or_else(|| word.strip_suffix('і'))
        .unwrap_or(word);
    // Undo the voicing of a final к/қ/п before the possessive vowel.
    let mut stem: Vec<char> = stem.chars().collect();
    if let Some(last) = stem.last_mut() {
        *last = match *last {
            'г' => 'к',
            'ғ' => 'қ',
            'б' => 'п',
            c => c,
        };
    }
    let stem: String = stem.into_iter().collect();
    let plural = plural_ending(&stem.to_lowercase());
    let poss = if back(&plural) { "ы" } else { "і" };
    format!("{stem}{plural}{poss}")
}

/// `phrase` in `case`, plural if `plural`. Text inside «» is never changed.
pub fn inflect(phrase: &str, case: Case, plural: bool) -> String {
    let trimmed = phrase.trim_end();
    if trimmed.is_empty() || (case == Case::Nom && !plural) {
        return phrase.to_string();
    }
    // The last word outside quotes: everything after the last closing quote, or after the last
    // space when no quote is open there.
    let quoted_tail = trimmed.ends_with('»') || trimmed.ends_with('"');
    let (head, word) = if quoted_tail {
        (trimmed, "")
    } else {
        match trimmed.rfind([' ', '»', '\u{a0}']) {
            Some(i) => {
                let cut = i + trimmed[i..].chars().next().map_or(1, char::len_utf8);
                trimmed.split_at(cut)
            }
            None => ("", trimmed),
        }
    };
    let multiword = trimmed.split_whitespace().count() > 1;
    let pronounced: String;
    let (stem, joiner, is_possessive) = if word.is_empty() {
        // «Алтын» alone: hyphen after the closing quote, harmony from the quoted word.
        pronounced = trimmed
            .trim_end_matches(['»', '"'])
            .rsplit([' ', '«', '"'])
            .next()
            .unwrap_or("")
            .to_lowercase();
        (pronounced.as_str(), "-", false)
    } else if word.chars().all(|c| c.is_ascii_digit()) {
        pronounced = numbers::kk_last_word(word.parse().unwrap_or(0));
        (pronounced.as_str(), "-", false)
    } else if is_abbreviation(word) {
        pronounced = read_abbreviation(word);
        (pronounced.as_str(), "-", false)
    } else {
        pronounced = harmony_stem(word);
        (pronounced.as_str(), "", possessive(word, multiword))
    };

    let mut out = format!("{head}{word}");
    let mut stem = stem.to_string();
    if plural {
        if is_possessive {
            // облысы → облыстары: the plural goes before the possessive, which stays.
            let p = possessive_plural(word);
            out = format!("{head}{p}");
            stem = p.to_lowercase();
        } else {
            let p = plural_ending(&stem);
            out.push_str(joiner);
            out.push_str(&p);
            stem.push_str(&p);
        }
        out.push_str(&ending(&stem, case, is_possessive));
    } else if case != Case::Nom {
        out.push_str(joiner);
        out.push_str(&ending(&stem, case, is_possessive));
    }
    let rest = &phrase[trimmed.len()..];
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rules_of_language_md() {
        assert_eq!(inflect("«Алтын» ЖШС", Case::Gen, false), "«Алтын» ЖШС-ның");
        assert_eq!(inflect("«Алтын» АҚ", Case::Dat, false), "«Алтын» АҚ-ға");
        assert_eq!(inflect("компания", Case::Gen, false), "компанияның");
        assert_eq!(inflect("мониторинг", Case::Gen, false), "мониторингтің");
        assert_eq!(
            inflect("Павлодар облысы", Case::Gen, false),
            "Павлодар облысының"
        );
        assert_eq!(
            inflect("Павлодар облысы", Case::Acc, false),
            "Павлодар облысын"
        );
        assert_eq!(inflect("30", Case::Dat, false), "30-ға");
        assert_eq!(inflect("40", Case::Dat, false), "40-қа");
        assert_eq!(inflect("2026", Case::Dat, false), "2026-ға");
        assert_eq!(inflect("жұмыскер", Case::Gen, true), "жұмыскерлердің");
        assert_eq!(
            inflect("Павлодар облысы", Case::Nom, true),
            "Павлодар облыстары"
        );
    }
}
