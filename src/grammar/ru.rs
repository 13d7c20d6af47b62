//! Russian grammatical categories used by the numerals.

crate::names::named_enum! {
    /// A Russian case.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum Case: "case" {
        /// Именительный.
        Nom = "nom",
        /// Родительный.
        Gen = "gen",
        /// Дательный.
        Dat = "dat",
        /// Винительный of things: «10 (десять) дней»; of persons, acc-anim.
        Acc = "acc",
        /// Творительный.
        Ins = "ins",
        /// Предложный.
        Prep = "prep",
        /// Винительный of persons: «двух представителей», «двадцать одного представителя», but
        /// «двадцать два представителя», «пять представителей».
        AccAnim = "acc-anim",
    }
}

impl Case {
    /// The case of a noun counted by `n` when the numeral is in this case. The accusative of
    /// things is the nominative («10 (десять) календарных дней»). That of persons is the genitive
    /// after 1–4 and after a compound ending in «один» («двух представителей», «двадцать одного
    /// представителя»), else the nominative («двадцать два представителя»); a feminine noun after
    /// «одну» keeps its own accusative.
    pub fn of_counted_noun(self, n: u64, gender: Gender) -> Case {
        let ends_in_one = n % 10 == 1 && n % 100 != 11;
        match self {
            Case::Acc => Case::Nom,
            Case::AccAnim if ends_in_one && gender == Gender::F => Case::Acc,
            Case::AccAnim if ends_in_one || (2..=4).contains(&n) => Case::Gen,
            Case::AccAnim => Case::Nom,
            other => other,
        }
    }
}

crate::names::named_enum! {
    /// A Russian gender: it changes «один/одна/одно» and «два/две».
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum Gender: "gender" {
        /// Masculine.
        M = "m",
        /// Feminine.
        F = "f",
        /// Neuter.
        N = "n",
    }
}

// `named_enum!` takes no attribute on a value, so `#[default]` cannot mark it.
#[allow(clippy::derivable_impls)]
impl Default for Gender {
    fn default() -> Self {
        Gender::M
    }
}

/// The dative of a name of a sector or region as documents write it after «по»: «горно-
/// металлургическая промышленность» → «горно-металлургической промышленности», «Павлодарская
/// область» → «Павлодарской области», «агропромышленный комплекс» → «агропромышленному
/// комплексу». The leading adjectives and the noun they agree with are declined; what follows
/// the noun (a name in the genitive, in quotes, an indeclinable «Абай») stays. `None` when a
/// word is not of a pattern this knows, so that the caller can write the name undeclined.
pub fn dative_phrase(phrase: &str) -> Option<String> {
    let words: Vec<&str> = phrase.split_whitespace().collect();
    let mut out: Vec<String> = Vec::with_capacity(words.len());
    let mut gender = None;
    let mut done = false;
    for word in &words {
        if done {
            out.push((*word).to_string());
            continue;
        }
        if let Some((dative, g)) = adjective_dative(word) {
            gender.get_or_insert(g);
            out.push(dative);
            continue;
        }
        // What follows the noun («область Абай», «город Алматы») stays as it is.
        out.push(noun_dative(word, gender)?);
        done = true;
    }
    done.then(|| out.join(" "))
}

/// The dative of an adjective in the nominative singular, and its gender.
fn adjective_dative(word: &str) -> Option<(String, Gender)> {
    let lower = word.to_lowercase();
    let cut = |n: usize| word[..word.len() - n].to_string();
    // Endings are Cyrillic, two bytes a letter.
    if lower.ends_with("ая") {
        // After ж ш ч щ an unstressed ending is -ей: «горнодобывающей».
        let hushing = ["жая", "шая", "чая", "щая"]
            .iter()
            .any(|e| lower.ends_with(e));
        return Some((cut(4) + if hushing { "ей" } else { "ой" }, Gender::F));
    }
    if lower.ends_with("яя") {
        return Some((cut(4) + "ей", Gender::F));
    }
    if lower.ends_with("ый") || lower.ends_with("ой") && lower.chars().count() > 3 {
        return Some((cut(4) + "ому", Gender::M));
    }
    if lower.ends_with("кий") || lower.ends_with("гий") || lower.ends_with("хий") {
        return Some((cut(4) + "ому", Gender::M));
    }
    if lower.ends_with("ий") {
        return Some((cut(4) + "ему", Gender::M));
    }
    if lower.ends_with("ое") {
        return Some((cut(4) + "ому", Gender::N));
    }
    if lower.ends_with("ее") {
        return Some((cut(4) + "ему", Gender::N));
    }
    None
}

/// The dative of a noun in the nominative singular, agreeing with `gender` when adjectives gave
/// one (a feminine noun in -ь).
fn noun_dative(word: &str, gender: Option<Gender>) -> Option<String> {
    let lower = word.to_lowercase();
    let cut = |n: usize| word[..word.len() - n].to_string();
    let last = lower.chars().last()?;
    // An abbreviation (ТОО, АО) or a quoted name is not declined here.
    let capitals = word.chars().filter(|c| c.is_uppercase()).count();
    if capitals > 1 || !('а'..='я').contains(&last) {
        return None;
    }
    Some(if lower.ends_with("ия") {
        cut(2) + "и"
    } else if lower.ends_with("ие") {
        cut(2) + "ю"
    } else if lower.ends_with("ость")
        || lower.ends_with("асть")
        || gender == Some(Gender::F) && lower.ends_with('ь')
    {
        cut(2) + "и"
    } else if lower.ends_with('а') || lower.ends_with('я') {
        cut(2) + "е"
    } else if lower.ends_with('о') {
        cut(2) + "у"
    } else if lower.ends_with('ь') || lower.ends_with('й') {
        cut(2) + "ю"
    } else if "бвгджзклмнпрстфхцчшщ".contains(last) {
        word.to_string() + "у"
    } else {
        return None;
    })
}

#[cfg(test)]
mod tests {
    use super::dative_phrase;

    #[test]
    fn names_of_sectors_and_regions_in_the_dative() {
        for (nom, dat) in [
            (
                "горно-металлургическая промышленность",
                "горно-металлургической промышленности",
            ),
            ("Павлодарская область", "Павлодарской области"),
            ("агропромышленный комплекс", "агропромышленному комплексу"),
            ("нефтегазовая отрасль", "нефтегазовой отрасли"),
            ("строительство", "строительству"),
            ("здравоохранение", "здравоохранению"),
            ("область Абай", "области Абай"),
            ("город Алматы", "городу Алматы"),
            (
                "жилищно-коммунальное хозяйство",
                "жилищно-коммунальному хозяйству",
            ),
            (
                "Восточно-Казахстанская область",
                "Восточно-Казахстанской области",
            ),
            ("транспорт", "транспорту"),
            ("энергетика", "энергетике"),
            (
                "горнодобывающая промышленность",
                "горнодобывающей промышленности",
            ),
            (
                "горнодобывающая и горно-металлургическая промышленность",
                "горнодобывающая и горно-металлургическая промышленность",
            ),
        ] {
            let got = dative_phrase(nom).unwrap_or_else(|| nom.to_string());
            assert_eq!(got, dat, "{nom}");
        }
        assert_eq!(dative_phrase("ТОО «Алтын»"), None);
    }
}
