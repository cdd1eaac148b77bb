use super::{header_line, item_text};
use crate::checklist::Checklist;
use crate::i18n::{Lang, Locales};

/// The checklist as Markdown: materials as task boxes, steps numbered, sources under each
/// item. Text is escaped so content cannot inject Markdown structure.
pub fn render_markdown(checklist: &Checklist, locales: &Locales, lang: Lang) -> String {
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
        escape(&super::resume_line(checklist, locales, lang))
    ));
    let sources_label = locales.text(lang, "ui-sources-label");
    for section in checklist.sections.iter().filter(|s| !s.items.is_empty()) {
        out.push_str(&format!("## {}\n\n", escape(&section.title)));
        for (n, item) in section.items.iter().enumerate() {
            let marker = match section.id.as_str() {
                "materials" => "- [ ]".to_owned(),
                "steps" => format!("{}.", n + 1),
                _ => "-".to_owned(),
            };
            out.push_str(&format!(
                "{marker} {}\n",
                escape(&item_text(item, locales, lang))
            ));
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

/// Escapes the characters that would start Markdown structure inside running text.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|'
        ) {
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
    }
}
