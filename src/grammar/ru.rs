//! Russian grammatical categories used by the numerals.

/// A Russian case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, clap::ValueEnum)]
pub enum Case {
    /// Именительный.
    Nom,
    /// Родительный.
    Gen,
    /// Дательный.
    Dat,
    /// Винительный of things: «10 (десять) дней»; of persons, acc-anim.
    Acc,
    /// Творительный.
    Ins,
    /// Предложный.
    Prep,
    /// Винительный of persons: «двух представителей», «двадцать одного представителя», but
    /// «двадцать два представителя», «пять представителей».
    #[value(name = "acc-anim")]
    AccAnim,
}

impl Case {
    /// All six, and the accusative of persons.
    pub const ALL: [Case; 7] = [
        Case::Nom,
        Case::Gen,
        Case::Dat,
        Case::Acc,
        Case::Ins,
        Case::Prep,
        Case::AccAnim,
    ];

    /// The case called `name` (nom gen dat acc ins prep acc-anim).
    pub fn from_name(name: &str) -> Option<Case> {
        Case::ALL.into_iter().find(|c| c.name() == name)
    }

    /// Its name in templates and on the command line.
    pub fn name(self) -> &'static str {
        match self {
            Case::Nom => "nom",
            Case::Gen => "gen",
            Case::Dat => "dat",
            Case::Acc => "acc",
            Case::Ins => "ins",
            Case::Prep => "prep",
            Case::AccAnim => "acc-anim",
        }
    }

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

/// A Russian gender: it changes «один/одна/одно» and «два/две».
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, clap::ValueEnum)]
pub enum Gender {
    /// Masculine.
    #[default]
    M,
    /// Feminine.
    F,
    /// Neuter.
    N,
}

impl Gender {
    /// The gender called `name` (m f n).
    pub fn from_name(name: &str) -> Option<Gender> {
        Some(match name {
            "m" => Gender::M,
            "f" => Gender::F,
            "n" => Gender::N,
            _ => return None,
        })
    }
}
