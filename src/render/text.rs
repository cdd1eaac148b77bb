use super::lines::{header_line, item_text, resume_line};
use crate::checklist::Checklist;
use crate::engine::content::Marker;
use crate::i18n::{Lang, Locales};
use crate::wrap::wrap_hanging;
use std::collections::BTreeSet;

/// How plain text is laid out.
#[derive(Clone, Debug, Default)]
pub struct TextStyle {
    /// Wrap to this many cells (CJK-aware); `None` leaves lines long for the reader's own
    /// wrapping (screen readers, pipes).
    pub width: Option<usize>,
    /// Leave out the sources (a short receipt).
    pub hide_sources: bool,
}

/// How the items of a text checklist are marked.
#[derive(Clone, Copy, Debug)]
pub enum Marks<'a> {
    /// Materials as boxes to tick on paper, `[x]` for the ids in the set; steps numbered;
    /// other items with a dash.
    Boxes(&'a BTreeSet<String>),
    /// Every item numbered within its section and no boxes: read aloud, `[ ]` is noise, and
    /// the numbers let plain mode list the sources by item ([`render_sources_text`]).
    Numbered,
}

/// The checklist as plain text: no colour, no box drawing, only ASCII markers, so it reads
/// well aloud, in a pipe and on a receipt printer. Nothing is ticked.
pub fn render_text(
    checklist: &Checklist,
    locales: &Locales,
    lang: Lang,
    style: &TextStyle,
) -> String {
    render_text_marked(
        checklist,
        locales,
        lang,
        style,
        Marks::Boxes(&BTreeSet::new()),
    )
}

/// [`render_text`] with the items marked as `marks` says.
pub fn render_text_marked(
    checklist: &Checklist,
    locales: &Locales,
    lang: Lang,
    style: &TextStyle,
    marks: Marks<'_>,
) -> String {
    let mut lines: Vec<String> = Vec::new();
    let para = |lines: &mut Vec<String>, text: &str, first: &str| match style.width {
        Some(w) => lines.extend(wrap_hanging(text, w, first)),
        None => lines.push(format!("{first}{text}")),
    };
    para(&mut lines, &locales.text(lang, "ui-checklist-title"), "");
    para(&mut lines, &header_line(checklist, locales, lang), "");
    para(&mut lines, &locales.text(lang, "ui-disclaimer"), "");
    lines.push(String::new());
    para(&mut lines, &locales.text(lang, "ui-your-answers"), "");
    let sep = locales.text(lang, "ui-label-separator");
    for (question, answer) in &checklist.answer_rows {
        para(&mut lines, &format!("{question}{sep}{answer}"), "  ");
    }
    para(&mut lines, &resume_line(checklist, locales, lang), "");
    let sources_label = locales.text(lang, "ui-sources-label");
    for section in checklist.sections.iter().filter(|s| !s.items.is_empty()) {
        lines.push(String::new());
        para(&mut lines, &section.title, "");
        for (n, item) in section.items.iter().enumerate() {
            let marker = match marks {
                Marks::Boxes(ticked) => match section.kind().marker(n, ticked.contains(&item.id)) {
                    Marker::Box { ticked: true } => "  [x] ".to_owned(),
                    Marker::Box { ticked: false } => "  [ ] ".to_owned(),
                    Marker::Number(k) => format!("  {k}. "),
                    Marker::Bullet => "  - ".to_owned(),
                },
                Marks::Numbered => format!("  {}. ", n + 1),
            };
            para(&mut lines, &item_text(item, locales, lang), &marker);
            if !style.hide_sources {
                let indent = " ".repeat(marker.len());
                for source in &item.sources {
                    para(
                        &mut lines,
                        &format!("{sources_label}{}", source.text),
                        &indent,
                    );
                }
            }
        }
    }
    let mut out = lines.join("\n");
    out.push('\n');
    out
}

/// The sources of every item, by section and by the item's number in
/// [`Marks::Numbered`] text: what plain mode prints when asked, so the checklist itself
/// is not interleaved with citations.
pub fn render_sources_text(
    checklist: &Checklist,
    locales: &Locales,
    lang: Lang,
    width: Option<usize>,
) -> String {
    let mut lines: Vec<String> = Vec::new();
    let para = |lines: &mut Vec<String>, text: &str, first: &str| match width {
        Some(w) => lines.extend(wrap_hanging(text, w, first)),
        None => lines.push(format!("{first}{text}")),
    };
    let sources_label = locales.text(lang, "ui-sources-label");
    for section in checklist.sections.iter().filter(|s| !s.items.is_empty()) {
        para(&mut lines, &section.title, "");
        for (n, item) in section.items.iter().enumerate() {
            let marker = format!("  {}. ", n + 1);
            let indent = " ".repeat(marker.len());
            for (i, source) in item.sources.iter().enumerate() {
                let first = if i == 0 { &marker } else { &indent };
                para(
                    &mut lines,
                    &format!("{sources_label}{}", source.text),
                    first,
                );
            }
        }
    }
    let mut out = lines.join("\n");
    out.push('\n');
    out
}
