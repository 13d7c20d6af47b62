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
