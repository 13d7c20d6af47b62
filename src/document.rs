//! The rendered annex, independent of output format: what every exporter consumes.
//! All text is final (inflected, numbered) and plain, except clause bodies, which are one
//! Markdown paragraph each.

use crate::lang::Bilingual;

/// A rendered annex.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    /// Each language's own name for its column: "Қазақ тілінде", "На русском языке".
    pub languages: Bilingual<String>,
    /// "Приложение 3 к коллективному договору на 2027–2029 годы".
    pub heading: Bilingual<String>,
    /// The heading without the period, for page headers: "Приложение 3 к коллективному договору".
    pub short_name: Bilingual<String>,
    /// The word before a page number: "Бет", "Стр.".
    pub page_label: Bilingual<String>,
    /// The workers' organisation, the document's author.
    pub author: Bilingual<String>,
    /// "Нормы о применении искусственного интеллекта".
    pub title: Bilingual<String>,
    /// "Отрасль – горно-металлургическая промышленность" (sector and region levels).
    pub scope: Option<Bilingual<String>>,
    /// The paragraph that ties the annex to the agreement and to the recommendation.
    pub preamble: Bilingual<String>,
    /// "Стороны" and one line per party: "Работодатель – ТОО «Алтын», БИН …".
    pub parties: Labelled,
    /// The numbered sections holding the adopted clauses.
    pub sections: Vec<Section>,
    /// "Заключительные положения": entry into force and equal force of both texts.
    pub closing: Labelled,
    /// The signature block.
    pub signatures: Signatures,
    /// The coverage table of the recommendation's norms.
    pub coverage: Coverage,
}

/// A heading with unnumbered paragraphs under it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Labelled {
    /// The heading.
    pub heading: Bilingual<String>,
    /// The paragraphs.
    pub lines: Vec<Bilingual<String>>,
}

/// A numbered section.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    /// "1."
    pub number: String,
    /// The section's title.
    pub title: Bilingual<String>,
    /// Its clauses, in the recommendation's order.
    pub clauses: Vec<ClauseText>,
}

/// A numbered clause.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClauseText {
    /// "1.2." — follows the adopted norms, not the recommendation.
    pub number: String,
    /// The recommendation's id of the norm it implements ("1.3").
    pub norm: String,
    /// The clause's title.
    pub title: Bilingual<String>,
    /// The wording: one Markdown paragraph per language.
    pub body: Bilingual<String>,
    /// Tracked changes against another version, in a diff document.
    pub revision: Option<Revision>,
}

/// The signature block.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signatures {
    /// "Подписи сторон".
    pub heading: Bilingual<String>,
    /// "г. Караганда, 15 декабря 2026 г.", when place or date is known.
    pub place_date: Option<Bilingual<String>>,
    /// One entry per party, in the order employer, workers, government.
    pub parties: Vec<Signatory>,
    /// "М.О." / "М.П.".
    pub seal: Bilingual<String>,
}

/// One party's signature entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signatory {
    /// "Работодатель".
    pub role: Bilingual<String>,
    /// The organisation.
    pub name: Bilingual<String>,
    /// Position and name of the signatory, if given.
    pub person: Option<Bilingual<String>>,
}

/// One unit of the document in reading order: what both layouts and every format walk, so that
/// Markdown and DOCX cannot differ in content or order.
#[derive(Debug, Clone, Copy)]
pub enum Block<'a> {
    /// The annex heading, aligned right.
    Heading(&'a Bilingual<String>),
    /// The document's title.
    Title(&'a Bilingual<String>),
    /// A plain paragraph.
    Text(&'a Bilingual<String>),
    /// An unnumbered heading (parties, final provisions, signatures).
    Label(&'a Bilingual<String>),
    /// A numbered section heading.
    Section(&'a Section),
    /// A numbered clause.
    Clause(&'a ClauseText),
    /// One party's signature entry, with the seal mark.
    Signatory(&'a Signatory, &'a Bilingual<String>),
}

impl Document {
    /// Every block, in reading order.
    pub fn blocks(&self) -> Vec<Block<'_>> {
        let mut blocks = vec![Block::Heading(&self.heading), Block::Title(&self.title)];
        blocks.extend(self.scope.as_ref().map(Block::Text));
        if !self.preamble.kk.is_empty() {
            blocks.push(Block::Text(&self.preamble));
        }
        if !self.parties.lines.is_empty() {
            blocks.push(Block::Label(&self.parties.heading));
            blocks.extend(self.parties.lines.iter().map(Block::Text));
        }
        for section in &self.sections {
            blocks.push(Block::Section(section));
            blocks.extend(section.clauses.iter().map(Block::Clause));
        }
        if !self.closing.lines.is_empty() {
            blocks.push(Block::Label(&self.closing.heading));
            blocks.extend(self.closing.lines.iter().map(Block::Text));
        }
        let s = &self.signatures;
        if !s.parties.is_empty() {
            blocks.push(Block::Label(&s.heading));
            blocks.extend(s.place_date.as_ref().map(Block::Text));
            blocks.extend(s.parties.iter().map(|p| Block::Signatory(p, &s.seal)));
        }
        blocks
    }
}

/// The coverage table: all 18 norms of the recommendation, adopted or not, so that an omission is
/// visible. Exporters print it when asked (`--coverage`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Coverage {
    /// "Таблица охвата рекомендаций".
    pub heading: Bilingual<String>,
    /// Column headings: norm, adopted, variant, parameters, item of the recommendation.
    pub columns: [Bilingual<String>; 5],
    /// One row per norm, in the recommendation's order.
    pub rows: Vec<CoverageRow>,
}

/// One norm in the coverage table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CoverageRow {
    /// "2.3 Право на человеческое вмешательство".
    pub norm: Bilingual<String>,
    /// "да (2.1.)" with the clause's number in the annex, or "нет".
    pub adopted: Bilingual<String>,
    /// The variant's name, empty when not adopted.
    pub variant: Bilingual<String>,
    /// "review_days = 7", one per parameter, the same in both languages.
    pub params: Vec<String>,
    /// "пост. № 3-3, п. 2.3".
    pub source: Bilingual<String>,
}

/// A piece of tracked text: kept, deleted or inserted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Segment {
    /// In both versions.
    Same(String),
    /// Only in the old version.
    Deleted(String),
    /// Only in the new version.
    Inserted(String),
}

/// How a clause changed between two versions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// The same text.
    Same,
    /// Reworded.
    Changed,
    /// Only in the new version.
    Added,
    /// Only in the old version.
    Removed,
}

/// The changes of one clause's title and body, per language, for a tracked-changes document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Revision {
    /// What happened to the clause as a whole.
    pub status: Status,
    /// The title as tracked text, per language (a title the other side renamed).
    pub title: Bilingual<Vec<Segment>>,
    /// The body as tracked text, per language.
    pub body: Bilingual<Vec<Segment>>,
}

/// The comparison table negotiators exchange, in one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ComparisonTable {
    /// «Сравнительная таблица».
    pub heading: String,
    /// №, the old wording's name, the new wording's name, «Обоснование».
    pub columns: [String; 4],
    /// Number, old wording, new wording of each changed clause.
    pub rows: Vec<[String; 3]>,
}
