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
    /// Винительный (as for things).
    Acc,
    /// Творительный.
    Ins,
    /// Предложный.
    Prep,
}

impl Case {
    /// All six.
    pub const ALL: [Case; 6] = [
        Case::Nom,
        Case::Gen,
        Case::Dat,
        Case::Acc,
        Case::Ins,
        Case::Prep,
    ];

    /// The case called `name` (nom gen dat acc ins prep).
    pub fn from_name(name: &str) -> Option<Case> {
        Some(match name {
            "nom" => Case::Nom,
            "gen" => Case::Gen,
            "dat" => Case::Dat,
            "acc" => Case::Acc,
            "ins" => Case::Ins,
            "prep" => Case::Prep,
            _ => return None,
        })
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
