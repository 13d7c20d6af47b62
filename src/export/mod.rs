//! Exporters: pure functions from a [`crate::document::Document`] to an output format.

pub mod markdown;

pub use markdown::{MarkdownOptions, markdown};
