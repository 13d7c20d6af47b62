//! Exporters: pure functions from a [`crate::document::Document`] to an output format.

pub mod docx;
pub mod markdown;

pub use docx::{DocxOptions, docx};
pub use markdown::{MarkdownOptions, markdown};
