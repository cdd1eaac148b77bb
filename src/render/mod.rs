//! Checklist renderers: plain text (terminals, pipes, receipt printers, screen readers),
//! Markdown (exports) and JSON (scripts). Each is a pure function of a [`Checklist`] and,
//! for exports from the wizard, the materials the person ticked.

mod json;
mod lines;
mod markdown;
mod text;

pub use json::{render_json, render_json_ticked};
pub use markdown::{escape as escape_markdown, render_markdown, render_markdown_ticked};
pub use text::{Marks, TextStyle, render_sources_text, render_text, render_text_marked};

use crate::checklist::Checklist;
use crate::i18n::{Lang, Locales};
use std::collections::BTreeSet;

/// Output formats of `checklist` and exports.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Text,
    Markdown,
    Json,
}

/// The export format a file name asks for: `.txt` text, `.json` JSON, anything else
/// Markdown (as the wizard's export does).
pub fn format_for_path(path: &std::path::Path) -> Format {
    match path.extension().and_then(|e| e.to_str()) {
        Some(e) if e.eq_ignore_ascii_case("txt") => Format::Text,
        Some(e) if e.eq_ignore_ascii_case("json") => Format::Json,
        _ => Format::Markdown,
    }
}

/// Renders in any format. `ticked` holds the ids of the materials the person ticked (in the
/// wizard); `None` when nothing can have been ticked (batch mode).
pub fn render(
    checklist: &Checklist,
    locales: &Locales,
    lang: Lang,
    format: Format,
    width: Option<usize>,
    ticked: Option<&BTreeSet<String>>,
) -> String {
    let none = BTreeSet::new();
    let ticked = ticked.unwrap_or(&none);
    match format {
        Format::Text => render_text_marked(
            checklist,
            locales,
            lang,
            &TextStyle {
                width,
                ..TextStyle::default()
            },
            Marks::Boxes(ticked),
        ),
        Format::Markdown => render_markdown_ticked(checklist, locales, lang, ticked),
        Format::Json => render_json_ticked(checklist, ticked),
    }
}
