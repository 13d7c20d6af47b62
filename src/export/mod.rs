//! Exporters: pure functions from a [`crate::document::Document`] to an output format.

pub mod docx;
pub mod markdown;

pub use docx::{DocxOptions, docx};
pub use markdown::{MarkdownOptions, markdown};

use crate::document::Document;
use crate::error::Result;
use crate::names::named_enum;

named_enum! {
    /// A file format a document is written in.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum Format: "format" {
        /// Markdown (`NAME.md`).
        Md = "md",
        /// Word (`NAME.docx`).
        Docx = "docx",
        /// PDF (`NAME.pdf`), converted from the DOCX by LibreOffice ([`crate::pdf`]).
        Pdf = "pdf",
    }
}

impl Format {
    /// The file name extension: `md`, `docx`, `pdf`.
    pub fn extension(self) -> &'static str {
        self.name()
    }
}

/// `doc` as the bytes of a file in `format`; Markdown takes the layout from `opts` and ignores
/// the rest. For PDF, the bytes are the DOCX that [`crate::pdf::Converter`] converts, the one
/// step that is not a pure function.
pub fn write(doc: &Document, format: Format, opts: &DocxOptions) -> Result<Vec<u8>> {
    match format {
        Format::Md => Ok(markdown(
            doc,
            &MarkdownOptions {
                layout: opts.layout,
            },
        )
        .into_bytes()),
        Format::Docx | Format::Pdf => docx(doc, opts),
    }
}
