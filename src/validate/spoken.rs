//! The `.spoken` forms of messages stay in step across languages: a message that says how
//! it is read aloud in one language says so in the other too, and a spoken form has none of
//! the marks it exists to avoid. Called by `validate` with both languages' files.

use crate::engine::problem::{Loc, Problem};
use crate::fluent_check::message_lines;
use crate::i18n::{Lang, LocaleSource};
use fluent_syntax::ast;
use std::collections::HashMap;

/// The attribute that holds a message's spoken form.
pub const SPOKEN: &str = "spoken";

/// Marks a spoken form must not hold: the voice would say them or stumble.
const MARKS: &[char] = &[
    '(', ')', '（', '）', '[', ']', '【', '】', '「', '」', '《', '》', '〔', '〕', '/', '*', '#',
    '|', '“', '”',
];

/// Where a message is defined, and its spoken form's literal text if it has one.
struct Defined<'a> {
    path: &'a str,
    line: u32,
    /// The line of its `.spoken` attribute, where a mark in it is reported.
    spoken_line: u32,
    spoken: Option<String>,
}

/// Problems with spoken forms in these locale files (both languages'): `spoken-missing` at
/// the message lacking one, `spoken-marks` at a spoken form holding a mark.
pub fn check_spoken<'a>(sources: impl IntoIterator<Item = &'a LocaleSource>) -> Vec<Problem> {
    let mut by_lang: HashMap<Lang, HashMap<&'a str, Defined<'a>>> = HashMap::new();
    for source in sources {
        let lines = message_lines(&source.text);
        let messages = by_lang.entry(source.lang).or_default();
        for entry in source.resource.entries() {
            let ast::Entry::Message(m) = entry else {
                continue;
            };
            let spoken = m
                .attributes
                .iter()
                .find(|a| a.id.name == SPOKEN)
                .map(|a| literal_text(&a.value));
            let line = lines.get(m.id.name).copied().unwrap_or(0);
            messages.insert(
                m.id.name,
                Defined {
                    path: &source.path,
                    line,
                    // Looked up only for the few messages with a spoken form.
                    spoken_line: if spoken.is_some() {
                        attribute_line(&source.text, line, SPOKEN)
                    } else {
                        line
                    },
                    spoken,
                },
            );
        }
    }
    let mut problems = Vec::new();
    for lang in Lang::ALL {
        let Some(here) = by_lang.get(&lang) else {
            continue;
        };
        let other = by_lang.get(&lang.other());
        for (id, d) in here {
            let Some(spoken) = &d.spoken else { continue };
            if let Some(c) = spoken.chars().find(|c| MARKS.contains(c)) {
                problems.push(
                    Problem::new("spoken-marks")
                        .at(Loc::new(d.path, d.spoken_line))
                        .arg("id", id)
                        .arg("char", c),
                );
            }
            // A message missing altogether is the message check's to report.
            if let Some(o) = other.and_then(|o| o.get(id))
                && o.spoken.is_none()
            {
                problems.push(
                    Problem::new("spoken-missing")
                        .at(Loc::new(o.path, o.line))
                        .arg("id", id)
                        .arg("lang", lang.other().tag())
                        .arg("other", lang.tag()),
                );
            }
        }
    }
    problems
}

/// The line of attribute `.name` of the message defined at `message_line` (the message's
/// own line when it cannot be found).
fn attribute_line(text: &str, message_line: u32, name: &str) -> u32 {
    let from = message_line.max(1);
    text.lines()
        .zip(1u32..)
        .skip(from as usize)
        // The attribute lines of this message: indented; the next message is not.
        .take_while(|(l, _)| l.is_empty() || l.starts_with(' '))
        .find(|(l, _)| {
            l.trim_start()
                .strip_prefix('.')
                .and_then(|rest| rest.strip_prefix(name))
                .is_some_and(|rest| rest.trim_start().starts_with('='))
        })
        .map_or(message_line, |(_, n)| n)
}

/// The text written in a pattern, placeables left out.
fn literal_text(pattern: &ast::Pattern<&str>) -> String {
    pattern
        .elements
        .iter()
        .filter_map(|e| match e {
            ast::PatternElement::TextElement { value } => Some(*value),
            ast::PatternElement::Placeable { .. } => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use fluent_bundle::FluentResource;
    use std::rc::Rc;

    fn source(lang: Lang, path: &str, text: &str) -> LocaleSource {
        LocaleSource {
            lang,
            path: path.to_owned(),
            text: text.to_owned().into(),
            resource: Rc::new(FluentResource::try_new(text.to_owned()).unwrap()),
        }
    }

    #[test]
    fn the_shipped_locales_have_spoken_forms_in_step() {
        let locales = crate::i18n::Locales::embedded().unwrap();
        let problems = check_spoken(locales.sources());
        assert!(problems.is_empty(), "{problems:?}");
        let spoken = locales
            .sources()
            .flat_map(|s| s.resource.entries())
            .filter(|e| matches!(e, ast::Entry::Message(m) if m.attributes.iter().any(|a| a.id.name == SPOKEN)))
            .count();
        assert!(spoken >= 10, "a handful in each language: {spoken}");
    }

    #[test]
    fn a_spoken_form_in_one_language_only_is_reported_where_it_is_missing() {
        let zh = source(
            Lang::Zh,
            "zh-CN/content.ftl",
            "a = 热线12393\n    .spoken = 热线一二三九三\nb = 好\n",
        );
        let en = source(
            Lang::En,
            "en-US/content.ftl",
            "# header\nb = good\n    .spoken = good\na = hotline 12393\n",
        );
        let problems = check_spoken([&zh, &en]);
        let found: Vec<(String, &str, Option<&str>, Option<&str>)> = problems
            .iter()
            .map(|p| {
                (
                    p.loc.as_ref().unwrap().to_string(),
                    p.code,
                    p.get("id"),
                    p.get("lang"),
                )
            })
            .collect();
        assert_eq!(found.len(), 2, "{found:?}");
        assert!(found.contains(&(
            "en-US/content.ftl:4".into(),
            "spoken-missing",
            Some("a"),
            Some("en-US")
        )));
        assert!(found.contains(&(
            "zh-CN/content.ftl:3".into(),
            "spoken-missing",
            Some("b"),
            Some("zh-CN")
        )));
        // Words in both languages, with how to fix it.
        let locales = crate::i18n::Locales::embedded().unwrap();
        for lang in Lang::ALL {
            let shown = locales.problem(lang, &problems[0]);
            assert!(shown.contains(".spoken") && shown.contains('\n'), "{shown}");
            assert!(!shown.contains("err-"), "{shown}");
        }
    }

    #[test]
    fn a_spoken_form_with_marks_is_reported() {
        let zh = source(Lang::Zh, "zh.ftl", "a = x\n    .spoken = 热线（12393）\n");
        let en = source(
            Lang::En,
            "en.ftl",
            "a = x\n    .spoken = the 12393/12333 line\n",
        );
        let problems = check_spoken([&zh, &en]);
        let chars: Vec<Option<&str>> = problems.iter().map(|p| p.get("char")).collect();
        assert_eq!(problems.len(), 2, "{problems:?}");
        assert!(problems.iter().all(|p| p.code == "spoken-marks"));
        assert!(chars.contains(&Some("（")) && chars.contains(&Some("/")));
    }
}
