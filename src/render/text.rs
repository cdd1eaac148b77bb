use super::{header_line, item_text};
use crate::checklist::Checklist;
use crate::i18n::{Lang, Locales};
use crate::wrap::wrap_hanging;

/// How plain text is laid out.
#[derive(Clone, Debug, Default)]
pub struct TextStyle {
    /// Wrap to this many cells (CJK-aware); `None` leaves lines long for the reader's own
    /// wrapping (screen readers, pipes).
    pub width: Option<usize>,
    /// Leave out the sources (a short receipt).
    pub hide_sources: bool,
}

/// The checklist as plain text: no colour, no box drawing, only ASCII markers, so it reads
/// well aloud, in a pipe and on a receipt printer.
pub fn render_text(
    checklist: &Checklist,
    locales: &Locales,
    lang: Lang,
    style: &TextStyle,
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
    para(
        &mut lines,
        &super::resume_line(checklist, locales, lang),
        "",
    );
    let sources_label = locales.text(lang, "ui-sources-label");
    for section in checklist.sections.iter().filter(|s| !s.items.is_empty()) {
        lines.push(String::new());
        para(&mut lines, &section.title, "");
        for (n, item) in section.items.iter().enumerate() {
            let marker = match section.id.as_str() {
                "materials" => "  [ ] ".to_owned(),
                "steps" => format!("  {}. ", n + 1),
                _ => "  - ".to_owned(),
            };
            let text = item_text(item, locales, lang);
            match style.width {
                Some(w) => lines.extend(wrap_hanging(&text, w, &marker)),
                None => lines.push(format!("{marker}{text}")),
            }
            if !style.hide_sources {
                let indent = " ".repeat(marker.len());
                for source in &item.sources {
                    let line = format!("{sources_label}{}", source.text);
                    match style.width {
                        Some(w) => lines.extend(wrap_hanging(&line, w, &indent)),
                        None => lines.push(format!("{indent}{line}")),
                    }
                }
            }
        }
    }
    let mut out = lines.join("\n");
    out.push('\n');
    out
}
