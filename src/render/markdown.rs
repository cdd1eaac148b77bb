use super::lines::{header_line, item_text, resume_line};
use crate::checklist::Checklist;
use crate::engine::content::Marker;
use crate::i18n::{Lang, Locales};
use std::collections::BTreeSet;

/// The checklist as Markdown: materials as task boxes, steps numbered, sources as a list
/// nested under each item. Text is escaped so content cannot inject Markdown structure.
pub fn render_markdown(checklist: &Checklist, locales: &Locales, lang: Lang) -> String {
    render_markdown_ticked(checklist, locales, lang, &BTreeSet::new())
}

/// [`render_markdown`] with the materials whose ids are in `ticked` ticked (`- [x]`).
pub fn render_markdown_ticked(
    checklist: &Checklist,
    locales: &Locales,
    lang: Lang,
    ticked: &BTreeSet<String>,
) -> String {
    let mut out = String::new();
    out.push_str(&format!(
        "# {}\n\n",
        escape(&locales.text(lang, "ui-checklist-title"))
    ));
    out.push_str(&format!(
        "{}\n\n",
        escape(&header_line(checklist, locales, lang))
    ));
    out.push_str(&format!(
        "> {}\n\n",
        escape(&locales.text(lang, "ui-disclaimer"))
    ));
    out.push_str(&format!(
        "## {}\n\n",
        escape(&locales.text(lang, "ui-your-answers"))
    ));
    for (question, answer) in &checklist.answer_rows {
        out.push_str(&format!("- **{}**: {}\n", escape(question), escape(answer)));
    }
    out.push('\n');
    out.push_str(&format!(
        "{}\n\n",
        escape(&resume_line(checklist, locales, lang))
    ));
    let sources_label = locales.text(lang, "ui-sources-label");
    for section in checklist.sections.iter().filter(|s| !s.items.is_empty()) {
        out.push_str(&format!("## {}\n\n", escape(&section.title)));
        for (n, item) in section.items.iter().enumerate() {
            // The list marker, then for materials the task box, which is part of the item's
            // text as far as CommonMark is concerned.
            let (marker, task) = match section.kind().marker(n, ticked.contains(&item.id)) {
                Marker::Box { ticked: true } => ("-".to_owned(), "[x] "),
                Marker::Box { ticked: false } => ("-".to_owned(), "[ ] "),
                Marker::Number(k) => (format!("{k}."), ""),
                Marker::Bullet => ("-".to_owned(), ""),
            };
            out.push_str(&format!(
                "{marker} {task}{}\n",
                escape(&item_text(item, locales, lang))
            ));
            // A nested list must start in the item's content column (the marker's width
            // plus one space); four or more columns further in, CommonMark reads the lines
            // as a lazy continuation of the item's paragraph.
            let indent = " ".repeat(marker.len() + 1);
            for source in &item.sources {
                out.push_str(&format!(
                    "{indent}- {sources_label}{}\n",
                    escape(&source.text)
                ));
            }
        }
        out.push('\n');
    }
    out
}

/// Escapes the characters that would start Markdown structure inside running text, and a
/// list marker at its start (`-`, `+`, `1.`, `1)`): the text may begin a line or a list
/// item, where such a marker would open a list of its own.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let digits = s.chars().take_while(char::is_ascii_digit).count();
    let marker_at = match s.chars().nth(digits) {
        Some('.' | ')') if digits > 0 => Some(digits),
        Some('-' | '+') if digits == 0 => Some(0),
        _ => None,
    };
    for (i, c) in s.chars().enumerate() {
        if Some(i) == marker_at
            || matches!(
                c,
                '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|'
            )
        {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn escapes_markdown_structure() {
        assert_eq!(super::escape("a*b_[c]<d>#"), "a\\*b\\_\\[c\\]\\<d\\>\\#");
        assert_eq!(
            super::escape("《社会保险法》第86条"),
            "《社会保险法》第86条"
        );
        // A marker at the start would open a list; elsewhere it is text.
        assert_eq!(super::escape("- a - b"), "\\- a - b");
        assert_eq!(super::escape("12. a 3. b"), "12\\. a 3. b");
        assert_eq!(super::escape("2026年"), "2026年");
    }
}
