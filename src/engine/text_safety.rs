//! The one unsafe-text rule, for every text the guide reads or shows: content YAML, Fluent
//! locales, answers files, `--answer` flags, the configuration, and file names.
//!
//! Control characters could drive the terminal (an escape sequence can set the clipboard or
//! rewrite the screen), and bidirectional controls can hide text from a reviewer. Files are
//! checked twice: their raw lines, and every value after parsing, because YAML and Fluent
//! escapes (`"\e"`, `{"\u001B"}`) make such characters out of harmless ones. Whatever is
//! shown on a terminal anyway (file names, values quoted in errors) goes through
//! [`sanitize`] or [`sanitize_line`] first.
//!
//! This module only says what is unsafe; [`Problem::control_character`] says how that is
//! reported. It imports nothing of the engine, so problems can be shown sanitized.
//!
//! [`Problem::control_character`]: super::problem::Problem::control_character

use std::borrow::Cow;

/// What stands in for a forbidden character on screen.
pub const REPLACEMENT: char = '\u{FFFD}';

/// True for characters that must never reach a terminal: every control character (C0, DEL
/// and C1, including tab and carriage return) except line feed, the bidirectional controls
/// (marks, embeddings, overrides, isolates), the invisible zero-width space, word joiner
/// and byte order mark (two ids or words that look the same could differ by one), and the
/// line and paragraph separators (some terminals and viewers break the line there).
pub fn is_forbidden_char(c: char) -> bool {
    (c.is_control() && c != '\n')
        || matches!(
            c,
            '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'
        )
        || matches!(
            c,
            '\u{200B}' | '\u{2060}' | '\u{FEFF}' | '\u{2028}' | '\u{2029}'
        )
}

/// The first forbidden character of a parsed value.
pub fn first_forbidden(value: &str) -> Option<char> {
    value.chars().find(|&c| is_forbidden_char(c))
}

/// `U+001B`: how errors name a character, so an invisible one can be found.
pub fn code_point(c: char) -> String {
    format!("U+{:04X}", c as u32)
}

/// The first forbidden character of each line of a file's raw text that has one, with the
/// line's number (from 1).
///
/// A carriage return is allowed only as part of a CRLF line ending, so a file saved by a
/// Windows editor still loads; a lone CR, or one inside a line, is refused (it moves the
/// cursor and can overwrite what a line showed). A byte order mark that starts a file is
/// dropped when the file is decoded (`files::decode_utf8`), before this check.
pub(crate) fn forbidden_lines(text: &str) -> impl Iterator<Item = (u32, char)> + '_ {
    text.split_inclusive('\n')
        .enumerate()
        .filter_map(|(n, line)| {
            let line = match line.strip_suffix('\n') {
                Some(l) => l.strip_suffix('\r').unwrap_or(l),
                None => line,
            };
            first_forbidden(line).map(|c| (n as u32 + 1, c))
        })
}

/// Text for a terminal: each forbidden character becomes [`REPLACEMENT`]; line breaks stay.
pub fn sanitize(text: &str) -> Cow<'_, str> {
    replace(text, is_forbidden_char)
}

/// A name or value shown on one line (a file name, a typed path): like [`sanitize`], and
/// line feeds are replaced too, so no name can start a line that looks like another message.
pub fn sanitize_line(text: &str) -> Cow<'_, str> {
    replace(text, |c| c == '\n' || is_forbidden_char(c))
}

fn replace(text: &str, bad: impl Fn(char) -> bool) -> Cow<'_, str> {
    if text.chars().any(&bad) {
        Cow::Owned(
            text.chars()
                .map(|c| if bad(c) { REPLACEMENT } else { c })
                .collect(),
        )
    } else {
        Cow::Borrowed(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forbidden_characters() {
        for c in ['\u{1b}', '\t', '\r', '\u{7}', '\u{7f}', '\u{85}', '\u{9b}'] {
            assert!(is_forbidden_char(c), "{c:?}");
        }
        for c in ['\u{202E}', '\u{200F}', '\u{2067}', '\u{061C}'] {
            assert!(is_forbidden_char(c), "{c:?}");
        }
        for c in ['\u{200B}', '\u{2060}', '\u{FEFF}', '\u{2028}', '\u{2029}'] {
            assert!(is_forbidden_char(c), "{c:?}");
        }
        // Joiners shape some scripts and emoji: allowed.
        for c in [
            '\n', '。', 'a', ' ', '\u{3000}', '「', '\u{200D}', '\u{200C}',
        ] {
            assert!(!is_forbidden_char(c), "{c:?}");
        }
    }

    #[test]
    fn crlf_line_endings_pass_and_other_carriage_returns_do_not() {
        let lines = |text: &str| {
            forbidden_lines(text)
                .map(|(line, c)| (line, code_point(c)))
                .collect::<Vec<_>>()
        };
        assert!(lines("a: 1\r\nb: 2\r\n").is_empty());
        assert!(lines("a: 1\nb: 2").is_empty());
        assert_eq!(lines("a: 1\r\nb: x\ry\r\n"), [(2, "U+000D".to_owned())]);
        assert_eq!(lines("a: 1\rb: 2\n"), [(1, "U+000D".to_owned())]);
        // A CR at the very end is not part of a line ending.
        assert_eq!(lines("a: 1\n\r"), [(2, "U+000D".to_owned())]);
        assert_eq!(
            lines("\u{1b}[2J\nok\n\u{202E}x\n"),
            [(1, "U+001B".to_owned()), (3, "U+202E".to_owned())]
        );
    }

    #[test]
    fn invisible_characters_are_found_on_their_line() {
        let lines = |text: &str| forbidden_lines(text).collect::<Vec<_>>();
        assert_eq!(lines("a: 1\n\u{FEFF}b: 2\n"), [(2, '\u{FEFF}')]);
        assert_eq!(
            lines("id: laid\u{200B}off\nx: a\u{2028}b\n"),
            [(1, '\u{200B}'), (2, '\u{2028}')]
        );
    }

    #[test]
    fn sanitizing_keeps_ordinary_text_and_replaces_the_rest() {
        assert!(matches!(sanitize("办理 step\n2"), Cow::Borrowed(_)));
        assert_eq!(
            sanitize("a\u{1b}]52;c;x\u{7}b\nc"),
            "a\u{FFFD}]52;c;x\u{FFFD}b\nc"
        );
        assert_eq!(
            sanitize_line("a\nb\u{202E}c\r"),
            "a\u{FFFD}b\u{FFFD}c\u{FFFD}"
        );
        assert_eq!(code_point('\u{1b}'), "U+001B");
        assert_eq!(code_point('\u{202E}'), "U+202E");
    }
}
