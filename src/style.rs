//! The page and type style of DOCX output: shipped defaults (`styles/default.yaml`), overridden key
//! by key by a user's style file, and by a reference document ([`reference`]) where one is given.

pub mod reference;

use std::sync::Arc;

pub use reference::Reference;

use serde::Deserialize;
use serde_saphyr::Spanned;

use crate::error::{Code, Diagnostic, Error, Result, Source};
use crate::load::yaml::{self, at};
use crate::model::Layout;
use crate::names::Named;

/// The shipped defaults.
pub const DEFAULT_STYLE: &str = include_str!("../styles/default.yaml");

/// The longest font name Word takes (`w:rFonts`), in UTF-16 units.
pub const MAX_FONT_NAME: usize = 31;

/// Page margins in millimetres.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Margins {
    /// Left (binding side).
    pub left: f64,
    /// Right.
    pub right: f64,
    /// Top.
    pub top: f64,
    /// Bottom.
    pub bottom: f64,
}

/// A validated style.
#[derive(Debug, Clone, PartialEq)]
pub struct Style {
    /// Font family of all text.
    pub font: String,
    /// Body size in points (a multiple of 0.5).
    pub size: f64,
    /// Page width and height in millimetres, portrait: A4 unless a reference document says.
    pub page: (f64, f64),
    /// Page margins.
    pub margins: Margins,
    /// Layout, unless the profile or the command line says otherwise.
    pub layout: Layout,
    /// Whether the footer gives the number of pages too: «Бет 3 / 12», «Стр. 3 из 12».
    pub page_total: bool,
    /// The reference document whose header, footer and styles the DOCX takes.
    pub reference: Option<Arc<Reference>>,
}

/// An A4 page, in millimetres.
pub const A4: (f64, f64) = (210.0, 297.0);

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawStyle {
    font: Option<Spanned<String>>,
    size: Option<Spanned<f64>>,
    margins: Option<Spanned<RawMargins>>,
    layout: Option<Spanned<String>>,
    page_total: Option<Spanned<bool>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMargins {
    left: Option<Spanned<f64>>,
    right: Option<Spanned<f64>>,
    top: Option<Spanned<f64>>,
    bottom: Option<Spanned<f64>>,
}

impl Style {
    /// The shipped style, with `user` (a style file) applied over it.
    pub fn load(user: Option<&Source>) -> Result<Style> {
        let builtin = Source::builtin("<builtin>/styles/default.yaml", DEFAULT_STYLE);
        let mut style = Style {
            font: String::new(),
            size: 0.0,
            margins: Margins {
                left: 0.0,
                right: 0.0,
                top: 0.0,
                bottom: 0.0,
            },
            page: A4,
            layout: Layout::Columns,
            page_total: false,
            reference: None,
        };
        style.apply(&builtin)?;
        if let Some(user) = user {
            style.apply(user)?;
        }
        Ok(style)
    }

    /// This style with the page, margins, font and sizes of `reference`, whose header, footer and
    /// styles the DOCX takes too: the reference document wins over the style file for what it
    /// defines, and the style file keeps the layout and `page_total`.
    pub fn with_reference(mut self, reference: Reference) -> Style {
        let mm = |twips: u32| f64::from(twips) * 25.4 / 1440.0;
        self.page = (mm(reference.page.0), mm(reference.page.1));
        let [top, right, bottom, left, ..] = reference.margins;
        self.margins = Margins {
            left: mm(left),
            right: mm(right),
            top: mm(top),
            bottom: mm(bottom),
        };
        if let Some(font) = reference
            .font
            .as_ref()
            .filter(|f| f.encode_utf16().count() <= MAX_FONT_NAME)
        {
            self.font = font.clone();
        }
        if let Some(size) = reference.size {
            self.size = (size * 2.0).round() / 2.0;
        }
        self.reference = Some(Arc::new(reference));
        self
    }

    fn apply(&mut self, source: &Source) -> Result<()> {
        let raw: RawStyle = yaml::parse(source)?;
        let mut diags: Vec<Diagnostic> = Vec::new();
        let mut bad = |s: (usize, usize), code: Code| {
            diags.push(source.diag(s.0, s.1, "").coded(code.id, code.args));
        };
        let said = |id: &'static str, args: Vec<(&'static str, String)>| Code { id, args };
        if let Some(font) = &raw.font {
            match font.value.trim() {
                "" => bad(at(font), said("font-empty", Vec::new())),
                // Word's font names (`w:rFonts`) hold at most 31 UTF-16 units.
                f if f.encode_utf16().count() > MAX_FONT_NAME => bad(
                    at(font),
                    said(
                        "font-too-long",
                        vec![
                            ("length", f.chars().count().to_string()),
                            ("max", MAX_FONT_NAME.to_string()),
                        ],
                    ),
                ),
                f => match crate::load::text::unprintable("font", f) {
                    None => self.font = f.to_string(),
                    Some(problem) => bad(at(font), problem),
                },
            }
        }
        if let Some(size) = &raw.size {
            let v = size.value;
            if (6.0..=36.0).contains(&v) && (v * 2.0).fract() == 0.0 {
                self.size = v;
            } else {
                bad(at(size), said("size-bad", vec![("size", v.to_string())]));
            }
        }
        if let Some(m) = &raw.margins {
            for (value, slot) in [
                (&m.value.left, &mut self.margins.left),
                (&m.value.right, &mut self.margins.right),
                (&m.value.top, &mut self.margins.top),
                (&m.value.bottom, &mut self.margins.bottom),
            ] {
                if let Some(v) = value {
                    if (5.0..=60.0).contains(&v.value) {
                        *slot = v.value;
                    } else {
                        bad(at(v), said("margin-bad", vec![("mm", v.value.to_string())]));
                    }
                }
            }
        }
        if let Some(l) = &raw.layout {
            match Layout::from_name(l.value.trim()) {
                Some(layout) => self.layout = layout,
                None => bad(at(l), Layout::unknown(l.value.trim())),
            }
        }
        if let Some(total) = &raw.page_total {
            self.page_total = total.value;
        }
        if diags.is_empty() {
            Ok(())
        } else {
            Err(Error::Invalid(diags))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_are_the_kazakh_official_layout() {
        let s = Style::load(None).unwrap();
        assert_eq!(s.font, "Times New Roman");
        assert_eq!(s.size, 12.0);
        assert_eq!(
            s.margins,
            Margins {
                left: 30.0,
                right: 15.0,
                top: 20.0,
                bottom: 20.0
            }
        );
    }

    #[test]
    fn a_user_file_overrides_key_by_key_and_is_checked() {
        let user = Source::new("mine.yaml", "size: 14\nmargins: {left: 25}\n");
        let s = Style::load(Some(&user)).unwrap();
        assert_eq!(
            (s.size, s.margins.left, s.margins.right),
            (14.0, 25.0, 15.0)
        );
        assert_eq!(s.font, "Times New Roman");
        let bad = Source::new("mine.yaml", "size: 13.3\nmargins: {top: 90}\n");
        let err = Style::load(Some(&bad)).unwrap_err().to_string();
        assert!(
            err.contains("mine.yaml:1:7") && err.contains("mine.yaml:2:16"),
            "{err}"
        );
    }

    #[test]
    fn a_font_name_longer_than_word_takes_is_refused() {
        let fits = Source::new("mine.yaml", &format!("font: {}\n", "F".repeat(31)));
        assert_eq!(Style::load(Some(&fits)).unwrap().font.len(), 31);
        let long = Source::new("mine.yaml", &format!("font: {}\n", "Ш".repeat(32)));
        let err = Style::load(Some(&long)).unwrap_err().to_string();
        assert!(
            err.contains("mine.yaml:1:7") && err.contains("32 characters") && err.contains("31"),
            "{err}"
        );
    }
}
