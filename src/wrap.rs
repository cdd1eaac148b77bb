//! Line wrapping that is correct for Chinese: wide characters take two cells, a character
//! is never split, and no line starts with closing punctuation (，。；：）」 and their ASCII
//! twins), the rule Chinese typesetting calls 避头尾.
//!
//! Break opportunities come from textwrap's Unicode line-breaking (UAX #14), which already
//! keeps punctuation with the character before it. What it cannot do is split a word longer
//! than the line without breaking that rule; [`wrap`] does that part.

use textwrap::WordSeparator;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// Characters that must not begin a line.
const NO_LINE_START: &str = "，。；：、！？）」』】》〉…,.;:!?)]}%";
/// Characters that must not end a line (they open something).
const NO_LINE_END: &str = "（「『【《〈([{";

pub fn no_line_start(c: char) -> bool {
    NO_LINE_START.contains(c)
}

fn no_line_end(c: char) -> bool {
    NO_LINE_END.contains(c)
}

/// Display width in terminal cells.
pub fn width(s: &str) -> usize {
    UnicodeWidthStr::width(s)
}

fn char_width(c: char) -> usize {
    UnicodeWidthChar::width(c).unwrap_or(0)
}

/// Wraps `text` to lines of at most `max` cells (a single wide character on a 1-cell line is
/// the only exception: it cannot be split). Hard line breaks in `text` are kept.
pub fn wrap(text: &str, max: usize) -> Vec<String> {
    let max = max.max(1);
    let mut lines = Vec::new();
    for paragraph in text.split('\n') {
        wrap_paragraph(paragraph.trim_end(), max, &mut lines);
    }
    lines
}

/// Wraps with a first-line prefix (e.g. "1. ") and an indent of the same width after it.
pub fn wrap_hanging(text: &str, max: usize, first: &str) -> Vec<String> {
    let indent = " ".repeat(width(first));
    let inner = max.saturating_sub(width(first)).max(1);
    wrap(text, inner)
        .into_iter()
        .enumerate()
        .map(|(i, l)| {
            if i == 0 {
                format!("{first}{l}")
            } else {
                format!("{indent}{l}")
            }
        })
        .collect()
}

fn wrap_paragraph(paragraph: &str, max: usize, out: &mut Vec<String>) {
    if paragraph.is_empty() {
        out.push(String::new());
        return;
    }
    let start = out.len();
    let mut line = String::new();
    let mut line_width = 0;
    // Whitespace after the last word on the line; only emitted if another word follows.
    let mut pending_space = "";
    for word in WordSeparator::UnicodeBreakProperties.find_words(paragraph) {
        let w = width(word.word);
        let space = width(pending_space);
        if line_width + space + w <= max {
            line.push_str(pending_space);
            line.push_str(word.word);
            line_width += space + w;
        } else if w <= max {
            out.push(std::mem::take(&mut line));
            line.push_str(word.word);
            line_width = w;
        } else {
            // A word longer than the line: fill the current line, then split by character.
            for c in word.word.chars() {
                let cw = char_width(c);
                let sep = if line_width > 0 && pending_space.is_empty() {
                    0
                } else {
                    space
                };
                if line_width + sep + cw > max && line_width > 0 {
                    out.push(std::mem::take(&mut line));
                    line_width = 0;
                } else if sep > 0 {
                    line.push_str(pending_space);
                    line_width += sep;
                }
                pending_space = "";
                line.push(c);
                line_width += cw;
            }
        }
        pending_space = word.whitespace;
    }
    out.push(line);
    fix_line_starts(out, start, max);
}

/// Moves characters between neighbouring lines so no line starts with closing punctuation
/// or ends with an opening bracket, keeping every line within `max`.
fn fix_line_starts(lines: &mut Vec<String>, from: usize, max: usize) {
    let mut i = from + 1;
    while i < lines.len() {
        if let Some(first) = lines[i].chars().next()
            && no_line_start(first)
        {
            if width(&lines[i - 1]) + char_width(first) <= max {
                // The punctuation fits at the end of the previous line.
                lines[i - 1].push(first);
                lines[i].remove(0);
                if lines[i].is_empty() {
                    lines.remove(i);
                }
                continue;
            }
            // Otherwise the previous line's last character comes down with it, if the
            // previous line keeps at least one character.
            if lines[i - 1].chars().count() >= 2 {
                let moved = lines[i - 1].pop().expect("two or more characters");
                lines[i].insert(0, moved);
                carry_overflow(lines, i, max);
            }
        }
        // An opening bracket at the end of the previous line goes down with its content.
        if let Some(last) = lines[i - 1].chars().last()
            && no_line_end(last)
            && lines[i - 1].chars().count() > 1
        {
            lines[i - 1].pop();
            lines[i].insert(0, last);
            carry_overflow(lines, i, max);
        }
        i += 1;
    }
}

/// Pushes characters from over-long lines down to the following lines, from line `i` on.
fn carry_overflow(lines: &mut Vec<String>, mut i: usize, max: usize) {
    while i < lines.len() {
        if width(&lines[i]) <= max || lines[i].chars().count() < 2 {
            return;
        }
        let carry = lines[i].pop().expect("two or more characters");
        if i + 1 == lines.len() {
            lines.push(String::new());
        }
        lines[i + 1].insert(0, carry);
        i += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(lines: &[String], max: usize) {
        for (i, l) in lines.iter().enumerate() {
            assert!(
                width(l) <= max,
                "line {i} {l:?} is {} cells > {max}",
                width(l)
            );
            if i > 0 {
                let first = l.chars().next();
                assert!(
                    !first.is_some_and(no_line_start),
                    "line {i} starts with punctuation: {l:?}"
                );
            }
        }
    }

    #[test]
    fn wraps_chinese_by_cells() {
        let text =
            "中断缴费3个月（含）以内的，可按转入地规定补缴职工医保费，缴费当月即可享受待遇。";
        for max in [8, 9, 10, 11, 20, 21, 36, 40] {
            let lines = wrap(text, max);
            check(&lines, max);
            assert_eq!(lines.concat(), text, "no character lost at width {max}");
        }
    }

    #[test]
    fn english_wraps_at_spaces() {
        let lines = wrap(
            "Pay by 30 November 2026 to keep the gap within 3 months.",
            20,
        );
        check(&lines, 20);
        assert_eq!(lines[0], "Pay by 30 November");
        assert!(
            lines
                .iter()
                .all(|l| !l.starts_with(' ') && !l.ends_with(' '))
        );
    }

    #[test]
    fn mixed_text_keeps_brackets_and_names_together() {
        let text = "Use the National Healthcare Security Service Platform app (国家医保服务平台).";
        for max in 6..40 {
            let lines = wrap(text, max);
            check(&lines, max);
        }
    }

    #[test]
    fn long_words_are_split_without_punctuation_first() {
        let lines = wrap("aaaaaaaaaa,bbbbbbbbbb", 5);
        check(&lines, 5);
        assert_eq!(lines.concat(), "aaaaaaaaaa,bbbbbbbbbb");
    }

    #[test]
    fn hard_breaks_and_empty_lines_survive() {
        assert_eq!(wrap("一\n\n二", 10), vec!["一", "", "二"]);
    }

    #[test]
    fn hanging_indent() {
        let lines = wrap_hanging("携带身份证原件和复印件到窗口办理。", 12, "1. ");
        assert_eq!(lines[0].chars().take(3).collect::<String>(), "1. ");
        assert!(lines[1].starts_with("   "));
        check(&lines, 12);
    }

    #[test]
    fn tiny_widths_never_panic() {
        for max in 0..4 {
            let _ = wrap("医保，断缴。abc", max);
        }
        assert_eq!(wrap("医保", 1), vec!["医", "保"]);
    }
}
