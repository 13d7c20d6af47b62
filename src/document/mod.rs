//! Documents, independent of output format. [`Document`] is what every exporter takes: page
//! furniture and a body of bilingual blocks and tables. Each kind of document builds one: the
//! annex ([`Annex::document`], built by [`crate::render`]), the redline and the comparison table
//! (built by [`crate::diff`]). All text is final (inflected, numbered) and plain, except clause
//! bodies, which are one Markdown paragraph each ([`inline`] reads them).

pub mod inline;

use crate::lang::{Bilingual, Lang};
use crate::names::named_enum;

/// A document any exporter can write.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    /// What stands around the body: page header and footer, properties.
    pub meta: Meta,
    /// The body, in reading order.
    pub parts: Vec<Part>,
}

/// A document's page furniture and properties.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Meta {
    /// Each language's own name for its column: "Қазақ тілінде", "На русском языке".
    pub languages: Bilingual<String>,
    /// The name in the page header: "Приложение 3 к коллективному договору".
    pub short_name: Bilingual<String>,
    /// The word before a page number: "Бет", "Стр.".
    pub page_label: Bilingual<String>,
    /// The word between a page number and the number of pages: "/", "из" («Стр. 3 из 12»).
    pub page_of: Bilingual<String>,
    /// The author of the document (and of its tracked changes, unless the exporter is told).
    pub author: Bilingual<String>,
    /// The title in the document properties.
    pub title: Bilingual<String>,
    /// Pages in landscape, for wide tables (a comparison table, a protocol).
    pub landscape: bool,
}

/// A part of a document's body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Part {
    /// Blocks in both languages, laid out as the exporter's layout says: side by side, or one
    /// language after the other.
    Bilingual(Vec<Block>),
    /// A bordered table under a heading.
    Table(Table),
    /// The rest starts on a new page.
    PageBreak,
}

/// One unit of bilingual text in reading order: what both layouts and every format walk, so that
/// Markdown and DOCX cannot differ in content or order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    /// The annex heading, aligned right.
    Heading(Bilingual<String>),
    /// The document's title.
    Title(Bilingual<String>),
    /// A plain paragraph.
    Text(Bilingual<String>),
    /// An unnumbered heading (parties, final provisions, signatures).
    Label(Bilingual<String>),
    /// A numbered section heading.
    Section {
        /// "1."
        number: String,
        /// The section's title.
        title: Bilingual<String>,
    },
    /// A numbered clause.
    Clause(ClauseText),
    /// One party's signature entry, with the seal mark.
    Signatory(Signatory, Bilingual<String>),
    /// A block whose text changed between two versions, for a tracked-changes document: the
    /// block as it now stands, what happened to it, and its text tracked per language (a
    /// signatory's lines separated by newlines).
    Revised {
        /// The block, in its new version (or the old one, when it was removed).
        block: Box<Block>,
        /// Changed, added or removed.
        status: Status,
        /// The text as tracked changes.
        text: Bilingual<Vec<Segment>>,
    },
}

/// A bordered table under a heading, with a header row repeated on every page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    /// The heading above it.
    pub heading: Line,
    /// Each column's share of the text width, in per cent.
    pub widths: Vec<u32>,
    /// The header row.
    pub header: Vec<Cell>,
    /// The rows.
    pub rows: Vec<Vec<Cell>>,
}

/// A table cell: its lines, each a paragraph.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Cell(pub Vec<Line>);

/// A line of text in one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    /// The text.
    pub text: String,
    /// Its language.
    pub lang: Lang,
    /// Bold.
    pub bold: bool,
    /// The text as spans marked struck through or underlined (a comparison's deleted and
    /// inserted words); empty when the text is plain.
    pub marks: Vec<(String, Mark)>,
}

/// How a span of a line is marked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    /// As it is.
    None,
    /// Struck through: words of the old wording that the new one drops.
    Struck,
    /// Underlined: words the new wording adds.
    Underlined,
}

impl Line {
    /// Plain text in `lang`.
    pub fn new(text: impl Into<String>, lang: Lang) -> Line {
        Line {
            text: text.into(),
            lang,
            bold: false,
            marks: Vec::new(),
        }
    }
}

impl Cell {
    /// A line for each line of tracked text in `lang`: the old wording (`old`) with the words the
    /// new one drops struck through, or the new wording with the words it adds underlined; «—»
    /// when that side has no text.
    pub fn tracked(segments: &[Segment], old: bool, lang: Lang) -> Cell {
        let mut lines: Vec<Vec<(String, Mark)>> = vec![Vec::new()];
        for segment in segments {
            let (text, mark) = match (segment, old) {
                (Segment::Same(t), _) => (t, Mark::None),
                (Segment::Deleted(t), true) => (t, Mark::Struck),
                (Segment::Inserted(t), false) => (t, Mark::Underlined),
                _ => continue,
            };
            for (i, piece) in text.split('\n').enumerate() {
                if i > 0 {
                    lines.push(Vec::new());
                }
                if !piece.is_empty()
                    && let Some(line) = lines.last_mut()
                {
                    line.push((piece.to_string(), mark));
                }
            }
        }
        if lines
            .iter()
            .all(|l| l.iter().all(|(t, _)| t.trim().is_empty()))
        {
            return Cell(vec![Line::new("—", lang)]);
        }
        Cell(
            lines
                .into_iter()
                .map(|marks| Line {
                    text: marks.iter().map(|(t, _)| t.as_str()).collect(),
                    lang,
                    bold: false,
                    marks,
                })
                .collect(),
        )
    }

    /// A line per language that has text (Kazakh first); no line when neither has.
    pub fn both(b: &Bilingual<String>) -> Cell {
        Cell(
            Lang::ALL
                .into_iter()
                .filter(|l| !b.get(*l).is_empty())
                .map(|l| Line::new(b.get(l), l))
                .collect(),
        )
    }

    /// A line for each line of `text`, in `lang`, bold if `bold`.
    pub fn text(text: &str, lang: Lang, bold: bool) -> Cell {
        Cell(
            text.split('\n')
                .map(|t| Line {
                    text: t.to_string(),
                    lang,
                    bold,
                    marks: Vec::new(),
                })
                .collect(),
        )
    }
}

/// A rendered annex: the agreement's text as the annex kind holds it, before it is laid out as a
/// [`Document`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Annex {
    /// Each language's own name for its column: "Қазақ тілінде", "На русском языке".
    pub languages: Bilingual<String>,
    /// "Приложение 3 к коллективному договору на 2027–2029 годы".
    pub heading: Bilingual<String>,
    /// The heading without the period, for page headers: "Приложение 3 к коллективному договору".
    pub short_name: Bilingual<String>,
    /// The word before a page number: "Бет", "Стр.".
    pub page_label: Bilingual<String>,
    /// The word between a page number and the number of pages: "/", "из".
    pub page_of: Bilingual<String>,
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
    /// «Термины и определения»: the first numbered section, its paragraphs unnumbered.
    pub definitions: Labelled,
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
#[derive(Debug, Clone, Default, PartialEq, Eq)]
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
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Signatures {
    /// "Подписи сторон".
    pub heading: Bilingual<String>,
    /// "г. Караганда, 15 декабря 2026 года", when place or date is known.
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

impl Annex {
    /// The number of the first section of clauses: 2 after the definitions, else 1.
    pub fn first_section(&self) -> usize {
        if self.definitions.lines.is_empty() {
            1
        } else {
            2
        }
    }

    /// The annex as a document: its blocks in reading order, and the coverage table on a page of
    /// its own if `coverage`.
    pub fn document(&self, coverage: bool) -> Document {
        let blocks = self.keyed_blocks().into_iter().map(|(_, b)| b).collect();
        self.document_of(blocks, coverage)
    }

    /// Every block in reading order, each piece outside the clauses with the part and key a
    /// diff knows it by: the one order that [`Annex::document`] and [`Annex::items`] share.
    pub fn keyed_blocks(&self) -> Vec<(Option<(PartKind, String)>, Block)> {
        use PartKind::*;
        let key = |part: PartKind, k: &str| Some((part, k.to_string()));
        let mut blocks = vec![
            (
                key(Heading, "heading"),
                Block::Heading(self.heading.clone()),
            ),
            (key(Heading, "title"), Block::Title(self.title.clone())),
        ];
        blocks.extend(
            self.scope
                .clone()
                .map(|s| (key(Heading, "scope"), Block::Text(s))),
        );
        if !self.preamble.kk.is_empty() {
            blocks.push((
                key(Preamble, "preamble"),
                Block::Text(self.preamble.clone()),
            ));
        }
        let labelled = |part: PartKind, l: &Labelled, blocks: &mut Vec<_>| {
            if l.lines.is_empty() {
                return;
            }
            blocks.push((key(part, "heading"), Block::Label(l.heading.clone())));
            for (i, line) in l.lines.iter().enumerate() {
                blocks.push((key(part, &(i + 1).to_string()), Block::Text(line.clone())));
            }
        };
        labelled(Parties, &self.parties, &mut blocks);
        if !self.definitions.lines.is_empty() {
            blocks.push((
                None,
                Block::Section {
                    number: "1.".into(),
                    title: self.definitions.heading.clone(),
                },
            ));
            for (i, line) in self.definitions.lines.iter().enumerate() {
                blocks.push((
                    key(Preamble, &format!("definition.{}", i + 1)),
                    Block::Text(line.clone()),
                ));
            }
        }
        for section in &self.sections {
            blocks.push((
                None,
                Block::Section {
                    number: section.number.clone(),
                    title: section.title.clone(),
                },
            ));
            blocks.extend(
                section
                    .clauses
                    .iter()
                    .cloned()
                    .map(|c| (None, Block::Clause(c))),
            );
        }
        labelled(Closing, &self.closing, &mut blocks);
        let s = &self.signatures;
        if !s.parties.is_empty() {
            blocks.push((key(Signatures, "heading"), Block::Label(s.heading.clone())));
            blocks.extend(
                s.place_date
                    .clone()
                    .map(|p| (key(Signatures, "place-date"), Block::Text(p))),
            );
            for (i, p) in s.parties.iter().enumerate() {
                blocks.push((
                    key(Signatures, &(i + 1).to_string()),
                    Block::Signatory(p.clone(), s.seal.clone()),
                ));
            }
        }
        blocks
    }

    /// The annex's page furniture around `blocks`, and the coverage table if `coverage`.
    pub fn document_of(&self, blocks: Vec<Block>, coverage: bool) -> Document {
        let mut parts = vec![Part::Bilingual(blocks)];
        if coverage {
            parts.push(Part::PageBreak);
            parts.push(Part::Table(self.coverage.table()));
        }
        Document {
            meta: Meta {
                languages: self.languages.clone(),
                short_name: self.short_name.clone(),
                page_label: self.page_label.clone(),
                page_of: self.page_of.clone(),
                author: self.author.clone(),
                title: self.title.clone(),
                landscape: false,
            },
            parts,
        }
    }

    /// Every clause, in order.
    pub fn clauses(&self) -> impl Iterator<Item = &ClauseText> {
        self.sections.iter().flat_map(|s| &s.clauses)
    }
}

/// The coverage table: all 18 norms of the recommendation, adopted or not, so that an omission is
/// visible. Exporters print it when asked (`--coverage`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Coverage {
    /// "Таблица охвата рекомендаций".
    pub heading: Bilingual<String>,
    /// Column headings: norm, adopted, variant, parameters, item of the recommendation.
    pub columns: [Bilingual<String>; 5],
    /// One row per norm, in the recommendation's order.
    pub rows: Vec<CoverageRow>,
    /// The register of AI systems, when the profile has one: its label, and how many systems
    /// it holds and how many of them monitor workers.
    pub register: Option<[Bilingual<String>; 2]>,
}

impl Coverage {
    /// The rows as pieces a diff compares: per norm, the cells after the first (adopted, variant,
    /// parameters, source), a line each, as the DOCX reader reads them back.
    pub fn items(&self) -> Vec<PlainItem> {
        self.rows
            .iter()
            .map(|r| {
                let key = r
                    .norm
                    .ru
                    .split_whitespace()
                    .next()
                    .unwrap_or("")
                    .to_string();
                let text = Lang::ALL.map(|lang| {
                    let mut lines: Vec<String> = Vec::new();
                    for b in [&r.adopted, &r.variant] {
                        lines.push(b.get(lang).clone());
                    }
                    let params: Vec<&str> = r.params.iter().map(|p| p.get(lang).as_str()).collect();
                    lines.push(params.join("\n"));
                    lines.push(r.source.get(lang).clone());
                    lines.join("\n")
                });
                let [kk, ru] = text;
                PlainItem::new(PartKind::Coverage, key, Bilingual { kk, ru })
            })
            .collect()
    }

    /// The coverage table as a document's table: every cell in Kazakh, then in Russian.
    pub fn table(&self) -> Table {
        Table {
            heading: Line::new(
                format!("{} / {}", self.heading.kk, self.heading.ru),
                Lang::Kk,
            ),
            widths: vec![22, 11, 14, 37, 16],
            header: self.columns.iter().map(Cell::both).collect(),
            rows: self
                .rows
                .iter()
                .map(|r| {
                    vec![
                        Cell::both(&r.norm),
                        Cell::both(&r.adopted),
                        Cell::both(&r.variant),
                        Cell(
                            Lang::ALL
                                .into_iter()
                                .flat_map(|l| r.params.iter().map(move |p| Line::new(p.get(l), l)))
                                .collect(),
                        ),
                        Cell::both(&r.source),
                    ]
                })
                // The register last, in the norm and the parameters columns.
                .chain(self.register.iter().map(|[label, count]| {
                    vec![
                        Cell::both(label),
                        Cell::default(),
                        Cell::default(),
                        Cell::both(count),
                        Cell::default(),
                    ]
                }))
                .collect(),
        }
    }
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
    /// What each parameter of the norm sets, in words, in the order its wording states them: «срок
    /// рассмотрения жалобы — 7 (семь) рабочих дней».
    pub params: Vec<Bilingual<String>>,
    /// "пост. № 3-3, п. 2.3".
    pub source: Bilingual<String>,
}

/// One clause's wording as plain text, as a diff compares it: read back from a DOCX, or taken
/// from a rendered annex.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlainClause {
    /// The norm's id ("2.3").
    pub norm: String,
    /// The clause's title.
    pub title: Bilingual<String>,
    /// The wording as plain text, paragraphs separated by newlines.
    pub body: Bilingual<String>,
}

impl ClauseText {
    /// The clause as plain text.
    pub fn plain(&self) -> PlainClause {
        PlainClause {
            norm: self.norm.clone(),
            title: self.title.clone(),
            body: self.body.map(|_, b| inline::plain(b)),
        }
    }
}

named_enum! {
    /// The part of an annex a piece of its text belongs to, as a diff reports it.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
    pub enum PartKind: "part" {
        /// The heading, the title and the sector or region line.
        Heading = "heading",
        /// The preamble and the definitions.
        Preamble = "preamble",
        /// The parties.
        Parties = "parties",
        /// A numbered clause.
        Clause = "clause",
        /// The final provisions.
        Closing = "closing",
        /// The signature block.
        Signatures = "signatures",
        /// The coverage table.
        Coverage = "coverage",
    }
}

/// A piece of an annex's text outside its clauses, as a diff compares it: its part, a key that
/// says which piece of the part it is ("heading", "title", "2" for the second party), and its
/// text in each language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlainItem {
    /// The part.
    pub part: PartKind,
    /// Which piece of the part.
    pub key: String,
    /// The text in each language.
    pub text: Bilingual<String>,
}

impl PlainItem {
    /// An item of `part` called `key`.
    pub fn new(part: PartKind, key: impl Into<String>, text: Bilingual<String>) -> PlainItem {
        PlainItem {
            part,
            key: key.into(),
            text,
        }
    }
}

impl Signatory {
    /// The entry as plain text, a line each: «Работодатель:», the organisation, the person.
    pub fn plain(&self) -> Bilingual<String> {
        self.role.map(|lang, role| {
            let mut lines = vec![format!("{role}:"), self.name.get(lang).clone()];
            lines.extend(self.person.as_ref().map(|p| p.get(lang).clone()));
            lines.join("\n")
        })
    }
}

impl Annex {
    /// Every piece of the annex's text outside its clauses, in reading order: what a diff
    /// compares besides the clauses. Headings of blocks are pieces too: the other side may rename
    /// them.
    pub fn items(&self) -> Vec<PlainItem> {
        self.keyed_blocks()
            .into_iter()
            .filter_map(|(key, block)| {
                let (part, key) = key?;
                Some(PlainItem::new(part, key, block.plain()?))
            })
            .collect()
    }
}

impl Block {
    /// The block's text as a diff compares it; `None` for sections and clauses, which it
    /// compares otherwise.
    pub fn plain(&self) -> Option<Bilingual<String>> {
        match self {
            Block::Heading(t) | Block::Title(t) | Block::Text(t) | Block::Label(t) => {
                Some(t.clone())
            }
            Block::Signatory(p, _) => Some(p.plain()),
            Block::Revised { block, .. } => block.plain(),
            Block::Section { .. } | Block::Clause(_) => None,
        }
    }
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
    /// Whether this is the place a moved clause left (a removal) or came to (an addition), so
    /// that the two copies of one clause are told apart.
    pub moved: bool,
}
