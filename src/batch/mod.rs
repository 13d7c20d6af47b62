//! Batch drafting: a manifest names a base profile and a table (CSV, XLSX or inline rows) whose
//! header cells are dotted paths into the profile; every row, merged over the base, is validated
//! and rendered like a single profile. Errors name the row and the column.

pub mod encoding;
pub mod names;
mod yaml_out;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::names::Named;
use encoding::{Encoding, lost_letter};
use serde_json::{Map, Value};
use serde_saphyr::Spanned;

use crate::error::{Code, Diagnostic, Error, Result, Source};
use crate::input::{Magic, check_size};
use crate::library::Library;
use crate::load::profile::bin_checksum_ok;
use crate::load::yaml;
use crate::messages::{UiLang, say};

/// A batch manifest.
#[derive(Debug)]
pub struct Manifest {
    /// The manifest file, for messages.
    pub path: PathBuf,
    /// The base profile every row is merged over.
    pub base: Value,
    /// Where the rows come from.
    pub table: Table,
    /// The column whose value names each row's files.
    pub id: Option<String>,
    /// How a CSV table separates its fields, when the manifest says (else found in the header).
    pub delimiter: Option<u8>,
    /// How a CSV table was saved, when the manifest says (else found from its bytes).
    pub encoding: Option<Encoding>,
}

/// Which kind of workbook a table is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Book {
    /// Excel 2007 and later.
    Xlsx,
    /// Excel 97–2003.
    Xls,
    /// OpenDocument (LibreOffice Calc).
    Ods,
}

/// Where the rows come from.
#[derive(Debug)]
pub enum Table {
    /// A CSV file (UTF-8, header row of dotted paths).
    Csv(PathBuf),
    /// The first sheet of a workbook: XLSX, XLS or ODS, told by its content.
    Workbook(PathBuf, Book),
    /// Partial profiles written in the manifest.
    Inline(Vec<Value>),
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawManifest {
    base: Spanned<String>,
    #[serde(default)]
    table: Option<Spanned<String>>,
    #[serde(default)]
    rows: Option<Vec<Value>>,
    #[serde(default)]
    id: Option<String>,
    #[serde(default)]
    delimiter: Option<Spanned<String>>,
    #[serde(default)]
    encoding: Option<Spanned<String>>,
}

/// One row: its number as the user sees it (the spreadsheet's row number, header = 1), and its
/// cells as (column, text).
#[derive(Debug, Clone)]
pub struct Row {
    /// 2 for the first data row of a table, 1 for the first inline row.
    pub number: usize,
    /// Non-empty cells.
    pub cells: Vec<(String, String)>,
    /// Non-empty cells of columns with no header, as (column letter, text): the row fails on
    /// them rather than lose them.
    pub stray: Vec<(String, String)>,
    /// Why the row cannot be drafted as read, naming the column: a Kazakh letter the file's
    /// encoding lost.
    pub problem: Option<(String, Code)>,
}

impl Manifest {
    /// Reads `path` and its base profile.
    pub fn load(path: &Path) -> Result<Manifest> {
        let source = Source::read(path)?;
        let raw: RawManifest = yaml::parse(&source)?;
        let dir = path.parent().unwrap_or(Path::new("."));
        let base_path = dir.join(&raw.base.value);
        let base_source = Source::read(&base_path).map_err(|e| {
            let (l, c) = yaml::at(&raw.base);
            match e {
                Error::Io { .. } => Error::from(source.diag(l, c, "").coded(
                    "manifest-base-unread",
                    vec![("path", base_path.display().to_string())],
                )),
                other => other,
            }
        })?;
        let base: Value = yaml::parse(&base_source)?;
        let table = match (raw.table, raw.rows) {
            (Some(t), None) => {
                let p = dir.join(&t.value);
                let (l, c) = yaml::at(&t);
                let refuse = |id: &'static str, kind: &str| -> Error {
                    let args = vec![
                        ("path", p.display().to_string()),
                        ("table", t.value.clone()),
                        ("kind", kind.to_string()),
                    ];
                    source.diag(l, c, "").coded(id, args).into()
                };
                // By content, not by name: a workbook saved under another name is still one.
                match Magic::of(&p) {
                    _ if !p.is_file() => return Err(refuse("manifest-table-unread", "")),
                    Magic::Zip => match book_in_zip(&p) {
                        Ok(book) => Table::Workbook(p, book),
                        Err(kind) => return Err(refuse("manifest-not-a-table", kind)),
                    },
                    Magic::Compound => Table::Workbook(p, Book::Xls),
                    Magic::Pdf => return Err(refuse("manifest-not-a-table", "pdf")),
                    // Named as a workbook, but not one inside.
                    Magic::Other if is_workbook_name(&p) => {
                        check_size(&p, MAX_XLSX_BYTES, "workbooks")?;
                        return Err(refuse("manifest-not-a-workbook", ""));
                    }
                    Magic::Other => Table::Csv(p),
                }
            }
            (None, Some(rows)) => Table::Inline(rows),
            _ => {
                return Err(source
                    .diag(1, 1, "")
                    .coded("manifest-table-or-rows", Vec::new())
                    .into());
            }
        };
        let delimiter = match &raw.delimiter {
            None => None,
            Some(d) => match d.value.as_str() {
                "," => Some(b','),
                ";" => Some(b';'),
                "\t" | "tab" => Some(b'\t'),
                other => {
                    let (l, c) = yaml::at(d);
                    return Err(source
                        .diag(l, c, "")
                        .coded("manifest-delimiter", vec![("delimiter", other.to_string())])
                        .into());
                }
            },
        };
        let encoding = match &raw.encoding {
            None => None,
            Some(e) => match Encoding::from_name(&e.value.trim().to_ascii_lowercase()) {
                Some(enc) => Some(enc),
                None => {
                    let (l, c) = yaml::at(e);
                    let unknown = Encoding::unknown(e.value.trim());
                    return Err(source.diag(l, c, "").coded(unknown.id, unknown.args).into());
                }
            },
        };
        Ok(Manifest {
            path: path.to_path_buf(),
            base,
            table,
            id: raw.id,
            delimiter,
            encoding,
        })
    }

    /// A CSV table's reader, positioned after its header row, its header cells and the
    /// encoding it was saved in.
    fn csv(&self, p: &Path) -> Result<(CsvReader, Vec<String>, Encoding)> {
        check_size(p, MAX_CSV_BYTES, "tables")?;
        let (input, encoding) = csv_input(p, self.encoding)?;
        let (input, delimiter) = match self.delimiter {
            Some(d) => (input, d),
            None => sniff_delimiter(input),
        };
        let mut reader = csv::ReaderBuilder::new()
            .flexible(true)
            .delimiter(delimiter)
            .from_reader(input);
        let header: Vec<String> = reader
            .headers()
            .map_err(|e| {
                Error::said(
                    "table-no-header",
                    vec![("path", p.display().to_string()), ("error", e.to_string())],
                )
            })?
            .iter()
            .map(|h| h.trim().trim_start_matches('\u{feff}').to_string())
            .collect();
        Ok((reader, header, encoding))
    }

    /// The non-empty cells of a table's header row, as (column from 0, text). Inline rows have
    /// none.
    fn header(&self) -> Result<Vec<(usize, String)>> {
        let cells: Vec<(usize, String)> = match &self.table {
            Table::Csv(p) => self.csv(p)?.1.into_iter().enumerate().collect(),
            Table::Workbook(p, book) => workbook(p, *book)?
                .0
                .into_iter()
                .map(|(col, text)| (col as usize, text))
                .collect(),
            Table::Inline(_) => Vec::new(),
        };
        Ok(cells
            .into_iter()
            .filter(|(_, text)| !text.is_empty())
            .collect())
    }

    /// Every problem of the header row at once, each against its cell, with a "did you mean":
    /// a column that is no path into the profile, a norm or parameter the library does not
    /// have, a column given twice. A bad header would fail every row; it fails the table
    /// instead, before anything is rendered.
    pub fn check_header(&self, library: &Library) -> Result<()> {
        let header = self.header()?;
        let table = match &self.table {
            Table::Csv(p) | Table::Workbook(p, _) => p.display().to_string(),
            Table::Inline(_) => return Ok(()),
        };
        let fields = profile_paths();
        let mut problems = Vec::new();
        for (i, (col, path)) in header.iter().enumerate() {
            let problem = match header[..i].iter().find(|(_, p)| p == path) {
                Some((first, _)) => Some(code(
                    "batch-column-twice",
                    vec![
                        ("path", path.clone()),
                        ("first", format!("{}1", column_letter(*first))),
                    ],
                )),
                None if Some(path.as_str()) == self.id.as_deref() => None,
                None => header_problem(path, &fields, library),
            };
            if let Some(code) = problem {
                problems.push(Diagnostic::in_file(&table, 1, col + 1).coded(code.id, code.args));
            }
        }
        if problems.is_empty() {
            Ok(())
        } else {
            Err(Error::Invalid(problems))
        }
    }

    /// Every row, read as it is needed.
    pub fn rows(&self) -> Result<Box<dyn Iterator<Item = Result<Row>> + Send + '_>> {
        match &self.table {
            Table::Csv(p) => {
                let (reader, header, encoding) = self.csv(p)?;
                let path = p.clone();
                Ok(Box::new(reader.into_records().enumerate().map(
                    move |(i, rec)| {
                        let rec = rec.map_err(|e| {
                            Error::said(
                                "table-row-unread",
                                vec![
                                    ("path", path.display().to_string()),
                                    ("row", (i + 2).to_string()),
                                    ("error", e.to_string()),
                                ],
                            )
                        })?;
                        let mut row = Row {
                            number: i + 2,
                            cells: Vec::new(),
                            stray: Vec::new(),
                            problem: None,
                        };
                        for (col, v) in rec.iter().enumerate() {
                            row.push(header.get(col).map(String::as_str), col, v.trim());
                        }
                        if encoding == Encoding::Windows1251 {
                            row.problem =
                                row.cells
                                    .iter()
                                    .find(|(_, v)| lost_letter(v))
                                    .map(|(c, v)| {
                                        let shown: String = v.chars().take(40).collect();
                                        (
                                            c.clone(),
                                            code("batch-lost-letters", vec![("value", shown)]),
                                        )
                                    });
                        }
                        Ok(row)
                    },
                )))
            }
            Table::Workbook(p, book) => Ok(Box::new(workbook(p, *book)?.1.into_iter().map(Ok))),
            Table::Inline(rows) => Ok(Box::new(rows.iter().enumerate().map(|(i, v)| {
                let mut cells = Vec::new();
                flatten("", v, &mut cells);
                Ok(Row {
                    number: i + 1,
                    cells,
                    stray: Vec::new(),
                    problem: None,
                })
            }))),
        }
    }
}

/// A CSV table's records, read from its text as UTF-8.
type CsvReader = csv::Reader<Box<dyn std::io::Read + Send>>;

/// A CSV table as UTF-8 text to read from, and the encoding it was saved in: a UTF-8 file is
/// streamed as it is; a UTF-16 or Windows-1251 one is decoded whole (the size is bounded).
fn csv_input(
    p: &Path,
    told: Option<Encoding>,
) -> Result<(Box<dyn std::io::Read + Send>, Encoding)> {
    use std::io::Read;
    let open = || std::fs::File::open(p).map_err(|e| Error::io("read", p, e));
    let mut head = Vec::new();
    open()?
        .take(64 << 10)
        .read_to_end(&mut head)
        .map_err(|e| Error::io("read", p, e))?;
    let encoding = told.unwrap_or_else(|| {
        // A prefix cut inside a character is still UTF-8.
        match std::str::from_utf8(&head) {
            Err(e) if e.error_len().is_none() => Encoding::Utf8,
            _ => Encoding::detect(&head),
        }
    });
    if encoding == Encoding::Utf8 {
        return Ok((Box::new(open()?), encoding));
    }
    let Ok(bytes) = crate::input::read_at_most(p, MAX_CSV_BYTES)? else {
        return Err(Error::said(
            "table-too-big",
            vec![
                ("path", p.display().to_string()),
                ("kind", "tables".into()),
                ("mib", "over".into()),
                ("limit", (MAX_CSV_BYTES >> 20).to_string()),
            ],
        ));
    };
    let text = encoding.decode(&bytes).ok_or_else(|| {
        Error::said(
            "table-bad-encoding",
            vec![
                ("path", p.display().to_string()),
                ("encoding", encoding.name().to_string()),
            ],
        )
    })?;
    Ok((Box::new(std::io::Cursor::new(text.into_bytes())), encoding))
}

/// The field separator of a CSV table, found in its header row: the one of `,` `;` and tab that
/// occurs most outside quotes (Excel under Russian or Kazakh settings writes `;`, its "Unicode
/// text" tabs). The input is given back whole.
fn sniff_delimiter(
    mut input: Box<dyn std::io::Read + Send>,
) -> (Box<dyn std::io::Read + Send>, u8) {
    use std::io::Read;
    let mut head = Vec::new();
    let mut byte = [0u8; 1];
    while head.len() < (64 << 10) {
        match input.read(&mut byte) {
            Ok(1) => {
                head.push(byte[0]);
                if byte[0] == b'\n' {
                    break;
                }
            }
            _ => break,
        }
    }
    let mut counts = [(b',', 0usize), (b';', 0), (b'\t', 0)];
    let mut quoted = false;
    for &b in &head {
        if b == b'"' {
            quoted = !quoted;
        }
        if !quoted && let Some(c) = counts.iter_mut().find(|(d, _)| *d == b) {
            c.1 += 1;
        }
    }
    let best = counts
        .iter()
        .copied()
        .max_by_key(|&(d, n)| (n, d == b','))
        .map_or(b',', |(d, _)| d);
    (Box::new(std::io::Cursor::new(head).chain(input)), best)
}

/// The largest CSV table read. Rows are streamed, but one row is held whole, so this also bounds
/// the memory a single endless row can take.
const MAX_CSV_BYTES: u64 = 256 << 20;

/// The largest workbook read, and the most cells taken from it: far above a region's table
/// (10,000 rows of 30 columns), far below what would exhaust memory.
const MAX_XLSX_BYTES: u64 = 20 << 20;
const MAX_XLSX_CELLS: usize = 2_000_000;

/// Whether `p`'s name says it is a workbook.
fn is_workbook_name(p: &Path) -> bool {
    p.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| ["xlsx", "xlsm", "xls", "ods"].contains(&e.to_ascii_lowercase().as_str()))
}

/// The kind of workbook the zip archive at `p` is, or what else it is: `unreadable`, `damaged`,
/// `docx`, `odf` or `zip`, as the message `manifest-not-a-table` says them.
fn book_in_zip(p: &Path) -> std::result::Result<Book, &'static str> {
    use std::io::Read;
    let file = std::fs::File::open(p).map_err(|_| "unreadable")?;
    let mut zip = zip::ZipArchive::new(std::io::BufReader::new(file)).map_err(|_| "damaged")?;
    if zip.index_for_name("xl/workbook.xml").is_some() {
        return Ok(Book::Xlsx);
    }
    if zip.index_for_name("word/document.xml").is_some() {
        return Err("docx");
    }
    let mut mimetype = String::new();
    if let Ok(entry) = zip.by_name("mimetype") {
        let _ = entry.take(100).read_to_string(&mut mimetype);
    }
    match mimetype.trim() {
        "application/vnd.oasis.opendocument.spreadsheet" => Ok(Book::Ods),
        m if m.starts_with("application/vnd.oasis.opendocument") => Err("odf"),
        _ => Err("zip"),
    }
}

/// The header (column → text) and the rows of the first sheet of the workbook at `p`. An XLSX
/// is read cell by cell, so that a sheet that claims to span a million rows and sixteen thousand
/// columns costs only the cells it has; XLS and ODS are read whole (the size is bounded).
fn workbook(p: &Path, book: Book) -> Result<(BTreeMap<u32, String>, Vec<Row>)> {
    use calamine::{Data, Ods, Reader, Xls, Xlsx, open_workbook};
    let fail = |e: &dyn std::fmt::Display| {
        Error::said(
            "workbook-unread",
            vec![("path", p.display().to_string()), ("error", e.to_string())],
        )
    };
    check_size(p, MAX_XLSX_BYTES, "workbooks")?;
    // (column, text, whether the cell is a number) of each row.
    let mut rows: BTreeMap<u32, Vec<(u32, String, bool)>> = BTreeMap::new();
    let mut cells = 0;
    let mut take = |row: u32, col: u32, value: &Data| -> Result<()> {
        cells += 1;
        if cells > MAX_XLSX_CELLS {
            return Err(Error::said(
                "workbook-too-many-cells",
                vec![
                    ("path", p.display().to_string()),
                    ("max", MAX_XLSX_CELLS.to_string()),
                ],
            ));
        }
        let text = cell_text(value);
        if !text.is_empty() {
            let number = matches!(value, Data::Float(_) | Data::Int(_));
            rows.entry(row).or_default().push((col, text, number));
        }
        Ok(())
    };
    let first = |names: Vec<String>| {
        names.into_iter().next().ok_or_else(|| {
            Error::said("workbook-no-sheet", vec![("path", p.display().to_string())])
        })
    };
    let range = |range: calamine::Range<Data>,
                 take: &mut dyn FnMut(u32, u32, &Data) -> Result<()>| {
        let (top, left) = range.start().unwrap_or((0, 0));
        range
            .used_cells()
            .try_for_each(|(r, c, v)| take(top + r as u32, left + c as u32, v))
    };
    match book {
        Book::Xlsx => {
            let mut wb: Xlsx<_> = open_workbook(p).map_err(|e| fail(&e))?;
            let sheet = first(wb.sheet_names())?;
            let mut reader = wb.worksheet_cells_reader(&sheet).map_err(|e| fail(&e))?;
            while let Some(cell) = reader.next_cell().map_err(|e| fail(&e))? {
                let (row, col) = cell.get_position();
                take(row, col, &Data::from(cell.get_value().clone()))?;
            }
        }
        Book::Xls => {
            let mut wb: Xls<_> = open_workbook(p).map_err(|e| fail(&e))?;
            let sheet = first(wb.sheet_names())?;
            range(wb.worksheet_range(&sheet).map_err(|e| fail(&e))?, &mut take)?;
        }
        Book::Ods => {
            let mut wb: Ods<_> = open_workbook(p).map_err(|e| fail(&e))?;
            let sheet = first(wb.sheet_names())?;
            range(wb.worksheet_range(&sheet).map_err(|e| fail(&e))?, &mut take)?;
        }
    }
    // The first row with anything in it names the columns.
    let header: BTreeMap<u32, String> = rows
        .pop_first()
        .map(|(_, h)| h)
        .unwrap_or_default()
        .into_iter()
        .map(|(col, text, _)| (col, text))
        .collect();
    let rows = rows
        .into_iter()
        .map(|(number, values)| {
            let mut row = Row {
                number: number as usize + 1,
                cells: Vec::new(),
                stray: Vec::new(),
                problem: None,
            };
            for (col, v, number) in values {
                let path = header.get(&col).map(String::as_str);
                row.push(path, col as usize, &v);
                // A number where text belongs: a name typed into a column formatted as a number
                // has lost what Excel did to it (a BIN its leading zeros: checked when merged).
                if let Some(path) = path.filter(|p| number && is_text(p) && !p.ends_with(".bin"))
                    && row.problem.is_none()
                {
                    row.problem = Some((
                        path.to_string(),
                        code("batch-number-for-text", vec![("value", v.clone())]),
                    ));
                }
            }
            row
        })
        .collect();
    Ok((header, rows))
}

/// Every path into the profile a column may set (`parties.employer.name.kk`), read from the
/// profile's JSON Schema so that it names exactly the fields a profile has; `norms` and the
/// per-norm columns are apart.
fn profile_paths() -> Vec<String> {
    fn walk(node: &Value, defs: &Value, prefix: &str, out: &mut Vec<String>) {
        // A field's schema may be a reference, or "this or null".
        let resolve = |n: &Value| -> Option<Value> {
            let r = n.get("$ref").or_else(|| {
                n.get("anyOf")?
                    .as_array()?
                    .iter()
                    .find_map(|a| a.get("$ref"))
            })?;
            defs.get(r.as_str()?.strip_prefix("#/$defs/")?).cloned()
        };
        let node = resolve(node).unwrap_or_else(|| node.clone());
        match node.get("properties").and_then(Value::as_object) {
            Some(props) => {
                for (name, sub) in props {
                    let path = if prefix.is_empty() {
                        name.clone()
                    } else {
                        format!("{prefix}.{name}")
                    };
                    walk(sub, defs, &path, out);
                }
            }
            None => out.push(prefix.to_string()),
        }
    }
    let schema = crate::schema::shape();
    let defs = schema.get("$defs").cloned().unwrap_or_default();
    let mut out = Vec::new();
    walk(&schema, &defs, "", &mut out);
    out.retain(|p| p != "norms");
    out
}

/// Why the header cell `path` names no column kelisim can fill, if it does not.
fn header_problem(path: &str, fields: &[String], library: &Library) -> Option<Code> {
    let parts: Vec<&str> = path.split('.').collect();
    match parts.as_slice() {
        ["norms"] => None,
        ["params", rest @ ..] if rest.len() >= 2 => {
            let (name, id) = rest.split_last()?;
            let clause = match library.clause(&id.join(".")) {
                Ok(c) => c,
                Err(unknown) => return Some(in_column(unknown, path)),
            };
            if clause.params.iter().any(|p| p.name == *name) {
                return None;
            }
            let (near, names) = clause.unknown_param(name);
            let near = near.map_or("none".to_string(), |n| format!("params.{}.{n}", clause.id));
            let known = if names.is_empty() {
                "none".to_string()
            } else {
                names.join(", ")
            };
            Some(code(
                "unknown-param",
                vec![
                    ("name", path.to_string()),
                    ("id", clause.id.clone()),
                    ("near", near),
                    ("known", known),
                ],
            ))
        }
        ["variant", id @ ..] if !id.is_empty() => library
            .clause(&id.join("."))
            .err()
            .map(|unknown| in_column(unknown, path)),
        _ if fields.iter().any(|f| f == path) => None,
        _ => {
            let near = crate::suggest::closest(
                path,
                fields.iter().map(String::as_str).chain([
                    "norms",
                    "params.2.3.review_days",
                    "variant.2.3",
                ]),
            );
            Some(code(
                "batch-not-a-path",
                vec![
                    ("path", path.to_string()),
                    ("near", near.unwrap_or("none").to_string()),
                ],
            ))
        }
    }
}

/// The message `unknown-norm` as the header cell `path` names the norm.
fn in_column(mut unknown: Code, path: &str) -> Code {
    unknown.id = "batch-unknown-norm";
    unknown.args.push(("path", path.to_string()));
    unknown
}

/// The message `id` of the phrase books, with `args`.
fn code(id: &'static str, args: Vec<(&'static str, String)>) -> Code {
    Code { id, args }
}

impl Row {
    /// What the row's drafts are made from, as a fingerprint (64-bit FNV-1a, in hex): its cells
    /// over `base`, and `extra` (the formats, the version, anything else the output depends on).
    /// A row whose fingerprint is unchanged has the same drafts, so `--resume` can skip it.
    pub fn fingerprint(&self, base: &Value, extra: &str) -> String {
        let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
        let mut eat = |bytes: &[u8]| {
            for &b in bytes.iter().chain([0xff].iter()) {
                hash ^= u64::from(b);
                hash = hash.wrapping_mul(0x0100_0000_01b3);
            }
        };
        eat(base.to_string().as_bytes());
        eat(extra.as_bytes());
        for (column, text) in self.cells.iter().chain(&self.stray) {
            eat(column.as_bytes());
            eat(text.as_bytes());
        }
        if let Some((column, why)) = &self.problem {
            eat(column.as_bytes());
            eat(why.id.as_bytes());
            for (_, arg) in &why.args {
                eat(arg.as_bytes());
            }
        }
        format!("{hash:016x}")
    }

    /// Adds the cell `text` of the column numbered `col` (from 0), named `header`.
    fn push(&mut self, header: Option<&str>, col: usize, text: &str) {
        if text.is_empty() {
            return;
        }
        match header.filter(|h| !h.is_empty()) {
            Some(h) => self.cells.push((h.to_string(), text.to_string())),
            None => self.stray.push((column_letter(col), text.to_string())),
        }
    }
}

/// A spreadsheet's name for the column numbered `col` from 0: A, …, Z, AA, …, XFD.
fn column_letter(mut col: usize) -> String {
    let mut letters = Vec::new();
    loop {
        letters.push(b'A' + (col % 26) as u8);
        if col < 26 {
            break;
        }
        col = col / 26 - 1;
    }
    letters.iter().rev().map(|&b| b as char).collect()
}

/// An XLSX cell as text: whole numbers without ".0".
fn cell_text(v: &calamine::Data) -> String {
    match v {
        calamine::Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        other => other.to_string().trim().to_string(),
    }
}

/// Leaves of an inline row as dotted paths; a list of norms as one comma-separated cell.
fn flatten(prefix: &str, v: &Value, out: &mut Vec<(String, String)>) {
    match v {
        Value::Object(m) => {
            for (k, v) in m {
                let path = if prefix.is_empty() {
                    k.clone()
                } else {
                    format!("{prefix}.{k}")
                };
                flatten(&path, v, out);
            }
        }
        Value::Array(items) => {
            let text: Vec<String> = items.iter().map(scalar_text).collect();
            out.push((prefix.to_string(), text.join(", ")));
        }
        Value::Null => {}
        other => out.push((prefix.to_string(), scalar_text(other))),
    }
}

fn scalar_text(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// A row merged over the base: the profile's YAML text, and for each of its lines the column it
/// came from, if any.
pub struct Merged {
    /// The profile as YAML.
    pub yaml: String,
    /// Line (1-based) → column.
    pub columns: BTreeMap<usize, String>,
}

/// Paths whose cells are text even when they look like numbers.
fn is_text(path: &str) -> bool {
    path.ends_with(".kk")
        || path.ends_with(".ru")
        || path.ends_with(".bin")
        || matches!(
            path,
            "agreement.level" | "agreement.layout" | "agreement.date" | "defaults.variant"
        )
}

/// A cell's value for `path`.
fn typed(path: &str, text: &str) -> Value {
    if path == "agreement.years" {
        let years: Vec<Value> = text
            .split(|c: char| !c.is_ascii_digit())
            .filter(|s| !s.is_empty())
            .map(|y| {
                y.parse::<i64>()
                    .map(Value::from)
                    .unwrap_or_else(|_| Value::from(y))
            })
            .collect();
        return Value::Array(years);
    }
    if path.ends_with(".bin") && text.len() == 11 && text.bytes().all(|b| b.is_ascii_digit()) {
        // Excel keeps a BIN typed as a number without its leading zero: 080540001238 arrives as
        // 80540001238. With the zero back and a valid check digit, it is that BIN.
        let padded = format!("0{text}");
        if bin_checksum_ok(&padded) {
            return Value::from(padded);
        }
    }
    if !is_text(path)
        && let Ok(n) = text.parse::<i64>()
    {
        return Value::from(n);
    }
    Value::from(text)
}

fn set(root: &mut Value, path: &[&str], value: Value) {
    let mut node = root;
    for (i, key) in path.iter().enumerate() {
        if !node.is_object() {
            *node = Value::Object(Map::new());
        }
        let Value::Object(map) = node else { return };
        if i + 1 == path.len() {
            map.insert((*key).to_string(), value);
            return;
        }
        node = map
            .entry((*key).to_string())
            .or_insert(Value::Object(Map::new()));
    }
}

/// Merges `row` over `base`, leaving out the `id` column. Errors (a parameter for a norm the row
/// does not adopt, an unknown column) name the column.
pub fn merge(
    base: &Value,
    row: &Row,
    id: Option<&str>,
    library: &Library,
) -> std::result::Result<Merged, (String, Code)> {
    if let Some(problem) = &row.problem {
        return Err(problem.clone());
    }
    if let Some((column, text)) = row.stray.first() {
        let shown: String = text.chars().take(40).collect();
        let cut = if shown.len() < text.len() { "…" } else { "" };
        let shown = shown.trim_end();
        return Err((
            column.clone(),
            code("batch-no-header", vec![("value", format!("{shown}{cut}"))]),
        ));
    }
    let mut profile = base.clone();
    let mut params: BTreeMap<String, Vec<(String, String, String)>> = BTreeMap::new();
    let mut variants: BTreeMap<String, (String, String)> = BTreeMap::new();
    let mut origin: BTreeMap<String, String> = BTreeMap::new();
    for (column, text) in row.cells.iter().filter(|(c, _)| Some(c.as_str()) != id) {
        let parts: Vec<&str> = column.split('.').collect();
        match parts.as_slice() {
            ["norms"] => {
                let value = if text.trim() == "all" {
                    Value::from("all")
                } else {
                    Value::Array(
                        text.split([',', ' ', ';'])
                            .filter(|s| !s.is_empty())
                            .map(Value::from)
                            .collect(),
                    )
                };
                set(&mut profile, &["norms"], value);
                origin.insert("norms".into(), column.clone());
            }
            ["params", rest @ ..] if rest.len() >= 2 => {
                let (name, id) = rest
                    .split_last()
                    .map(|(n, id)| (n.to_string(), id.join(".")))
                    .unwrap_or_default();
                params
                    .entry(id)
                    .or_default()
                    .push((name, text.clone(), column.clone()));
            }
            ["variant", id @ ..] if !id.is_empty() => {
                variants.insert(id.join("."), (text.clone(), column.clone()));
            }
            [.., "bin"]
                if text.len() < 12
                    && text.bytes().all(|b| b.is_ascii_digit())
                    && typed(column, text).as_str().is_none_or(|t| t.len() != 12) =>
            {
                return Err((
                    column.clone(),
                    code("batch-bin-zeros", vec![("value", text.clone())]),
                ));
            }
            [first, ..]
                if ["agreement", "parties", "sector", "region", "defaults"].contains(first) =>
            {
                set(&mut profile, &parts, typed(column, text));
                origin.insert(column.clone(), column.clone());
            }
            _ => {
                return Err((
                    column.clone(),
                    code(
                        "batch-not-a-path",
                        vec![("path", column.clone()), ("near", "none".into())],
                    ),
                ));
            }
        }
    }
    if !params.is_empty() || !variants.is_empty() {
        attach(&mut profile, &params, &variants, library, &mut origin)?;
    }
    let (yaml, paths) = yaml_out::write(&profile);
    let columns = paths
        .into_iter()
        .filter_map(|(line, path)| {
            // The longest path prefix that a column set.
            let mut p = path.as_str();
            loop {
                if let Some(c) = origin.get(p) {
                    return Some((line, c.clone()));
                }
                p = &p[..p.rfind('.')?];
            }
        })
        .collect();
    Ok(Merged { yaml, columns })
}

/// Puts `params.<id>.<name>` and `variant.<id>` cells into the norm entries they belong to.
fn attach(
    profile: &mut Value,
    params: &BTreeMap<String, Vec<(String, String, String)>>,
    variants: &BTreeMap<String, (String, String)>,
    library: &Library,
    origin: &mut BTreeMap<String, String>,
) -> std::result::Result<(), (String, Code)> {
    let norms = profile.get("norms").cloned().unwrap_or(Value::Null);
    let mut list: Vec<Value> = match norms {
        Value::String(s) if s == "all" => library
            .clauses()
            .iter()
            .map(|c| Value::from(c.id.clone()))
            .collect(),
        Value::Array(items) => items,
        _ => Vec::new(),
    };
    let key_of = |v: &Value| -> Option<String> {
        let key = match v {
            Value::Object(m) => m.get("id").map(scalar_text),
            other => Some(scalar_text(other)),
        }?;
        library.find(key.trim()).map(|c| c.id.clone())
    };
    let ids: BTreeMap<String, usize> = list
        .iter()
        .enumerate()
        .filter_map(|(i, v)| key_of(v).map(|id| (id, i)))
        .collect();
    let touch = |list: &mut Vec<Value>,
                 id: &str,
                 column: &str|
     -> std::result::Result<usize, (String, Code)> {
        let norm = library
            .clause(id)
            .map(|c| c.id.clone())
            .map_err(|unknown| (column.to_string(), unknown))?;
        let i = *ids.get(&norm).ok_or_else(|| {
            (
                column.to_string(),
                code("batch-norm-not-adopted", vec![("id", norm.clone())]),
            )
        })?;
        if !list[i].is_object() {
            let mut m = Map::new();
            m.insert("id".into(), Value::from(norm.clone()));
            list[i] = Value::Object(m);
        }
        Ok(i)
    };
    for (id, entries) in params {
        for (name, text, column) in entries {
            let i = touch(&mut list, id, column)?;
            let value = text
                .parse::<i64>()
                .map(Value::from)
                .unwrap_or_else(|_| Value::from(text.clone()));
            set(&mut list[i], &["params", name], value);
            origin.insert(format!("norms.{i}.params.{name}"), column.clone());
        }
    }
    for (id, (text, column)) in variants {
        let i = touch(&mut list, id, column)?;
        set(&mut list[i], &["variant"], Value::from(text.clone()));
        origin.insert(format!("norms.{i}.variant"), column.clone());
    }
    set(profile, &["norms"], Value::Array(list));
    Ok(())
}

/// The outcome of one row.
#[derive(Debug, Clone)]
pub struct Outcome {
    /// The row's number.
    pub row: usize,
    /// Its file stem.
    pub id: String,
    /// The employer's name (Russian), for the index.
    pub name: String,
    /// The level, when valid.
    pub level: String,
    /// The norms it adopts, by id: `1.1 1.2 2.3`.
    pub norms: String,
    /// How many of them take each variant: `union 12, recommended 6`.
    pub variants: String,
    /// Where it grants less than the agreement above it (`batch --floor`), one finding each.
    pub floor: Vec<String>,
    /// Files written.
    pub files: Vec<String>,
    /// Why it failed.
    pub error: Option<String>,
    /// The code of the message that says why (of its first problem), for `--json`.
    pub code: Option<&'static str>,
    /// The fingerprint of its input ([`Row::fingerprint`]).
    pub input: String,
}

impl Outcome {
    /// A row not drafted (yet): its number and file stem, and why not if it failed.
    pub fn new(row: usize, id: String, error: Option<String>) -> Outcome {
        Outcome {
            row,
            id,
            name: String::new(),
            level: String::new(),
            norms: String::new(),
            variants: String::new(),
            floor: Vec::new(),
            files: Vec::new(),
            error,
            code: None,
            input: String::new(),
        }
    }

    /// Takes what the index says of a drafted row from its profile: the employer's name, the
    /// level, the norms and their variants.
    pub fn describe(&mut self, profile: &crate::model::Profile) {
        self.name = profile.parties.employer.name.ru.clone();
        self.level = profile.level.name().to_string();
        self.norms = profile
            .norms
            .iter()
            .map(|n| n.id.as_str())
            .collect::<Vec<_>>()
            .join(" ");
        let mut counts: Vec<(crate::model::Variant, usize)> = Vec::new();
        for n in &profile.norms {
            match counts.iter_mut().find(|(v, _)| *v == n.variant) {
                Some((_, k)) => *k += 1,
                None => counts.push((n.variant, 1)),
            }
        }
        self.variants = counts
            .iter()
            .map(|(v, k)| format!("{} {k}", v.name()))
            .collect::<Vec<_>>()
            .join(", ");
    }
}

/// A row drafted: its profile and annex, and where it falls below the agreement above it.
pub struct Drafted {
    /// The row's profile.
    pub profile: crate::model::Profile,
    /// Its annex.
    pub annex: crate::document::Annex,
    /// The floor findings, each as "column `…`: …" (empty without an upper agreement).
    pub floor: Vec<String>,
}

/// A problem of row `row` (at `column`, if it is one cell's) as its line of the index says it, in
/// `lang`: «row 4, column `B`: …».
pub fn at(lang: UiLang, row: usize, column: Option<&str>, message: String) -> String {
    let number = row.to_string();
    match column {
        Some(c) => say(
            lang,
            "batch-at-column",
            &[
                ("row", number),
                ("column", c.to_string()),
                ("message", message),
            ],
        ),
        None => say(
            lang,
            "batch-at-row",
            &[("row", number), ("message", message)],
        ),
    }
}

/// Validates and renders a merged row, and checks it against `upper`, the sectoral or regional
/// agreement above it, if given; what is wrong is said in `lang`, placed at its row and column
/// («row 4, column `B`: …»), with the code of its first problem.
pub fn render_row(
    manifest: &Manifest,
    row: &Row,
    library: &Library,
    upper: Option<&crate::model::Profile>,
    lang: UiLang,
) -> std::result::Result<Drafted, (String, Option<&'static str>)> {
    let at = |column: Option<&str>, message: String| at(lang, row.number, column, message);
    let merged =
        merge(&manifest.base, row, manifest.id.as_deref(), library).map_err(|(column, c)| {
            let text = crate::messages::line(lang, c.id, &c.args);
            (at(Some(&column), text), Some(c.id))
        })?;
    let source = Source::new(
        format!("{}#row{}", manifest.path.display(), row.number),
        &merged.yaml,
    );
    let (profile, annex) = crate::render_profile(&source, library).map_err(|e| {
        let code = e.code();
        let text = match e {
            Error::Invalid(diags) => diags
                .iter()
                .map(|d| {
                    let text = d.line_in(lang);
                    match merged.columns.get(&d.line) {
                        Some(c) => at(Some(c), text),
                        None => at(None, say(lang, "batch-from-base", &[("message", text)])),
                    }
                })
                .collect::<Vec<_>>()
                .join("; "),
            other => at(None, other.line_in(lang)),
        };
        (text, code)
    })?;
    // In the row's line of the index: the column, without the row.
    let floor = upper.map_or_else(Vec::new, |upper| {
        crate::floor::check(&profile, &source, upper, library)
            .iter()
            .map(|d| {
                let text = d.line_in(lang);
                match merged.columns.get(&d.line) {
                    Some(c) => say(
                        lang,
                        "batch-in-column",
                        &[("column", c.clone()), ("message", text)],
                    ),
                    None => text,
                }
            })
            .collect()
    });
    Ok(Drafted {
        profile,
        annex,
        floor,
    })
}
