//! Problems found in content, locales, answers or files, each tied to a place.
//!
//! A problem is a message code plus named arguments, not a sentence: the words live in
//! `locales/*/problems.ftl` as `err-<code>`, so errors speak the reader's language. Tests
//! match on the code, which does not change when the wording does.

use super::text_safety::{code_point, forbidden_lines, sanitize_line};
use std::fmt;

/// Where a problem is: a file and, when known, a 1-based line.
#[derive(
    Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
pub struct Loc {
    pub file: String,
    /// 0 when the line is not known.
    pub line: u32,
}

impl Loc {
    pub fn new(file: impl Into<String>, line: u32) -> Self {
        Loc {
            file: file.into(),
            line,
        }
    }

    pub fn file(file: impl Into<String>) -> Self {
        Loc::new(file, 0)
    }
}

/// `file:line` for a terminal: a file name is whatever the file system allows, escape
/// sequences included, so it is shown sanitized.
impl fmt::Display for Loc {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let file = sanitize_line(&self.file);
        if self.line > 0 {
            write!(f, "{file}:{}", self.line)
        } else {
            f.write_str(&file)
        }
    }
}

/// One thing that is wrong, with enough detail to fix it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub loc: Option<Loc>,
    /// Message code: the Fluent message `err-<code>` explains it.
    pub code: &'static str,
    pub args: Vec<(&'static str, String)>,
}

impl Problem {
    pub fn new(code: &'static str) -> Self {
        Problem {
            loc: None,
            code,
            args: Vec::new(),
        }
    }

    pub fn at(mut self, loc: Loc) -> Self {
        self.loc = Some(loc);
        self
    }

    pub fn arg(mut self, name: &'static str, value: impl ToString) -> Self {
        self.args.push((name, value.to_string()));
        self
    }

    /// Sets a named argument, replacing any earlier value (for example, a question's words in
    /// place of its id once the caller knows the reader's language).
    pub fn set(mut self, name: &'static str, value: impl ToString) -> Self {
        let value = value.to_string();
        match self.args.iter_mut().find(|(n, _)| *n == name) {
            Some(slot) => slot.1 = value,
            None => self.args.push((name, value)),
        }
        self
    }

    /// A character that must not reach a terminal ([`super::text_safety`]'s rule), named by
    /// its code point so an invisible one can be found.
    pub fn control_character(loc: Loc, c: char) -> Self {
        Problem::new("control-character")
            .at(loc)
            .arg("char", code_point(c))
    }

    /// The value of a named argument, for tests and fallbacks.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.args
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.as_str())
    }
}

/// A language-neutral rendering used only when no translation can be loaded. Arguments
/// quote what a person typed or a file held, so they are sanitized like the file name.
impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(loc) = &self.loc {
            write!(f, "{loc}: ")?;
        }
        f.write_str(self.code)?;
        for (name, value) in &self.args {
            write!(f, " {name}={:?}", sanitize_line(value))?;
        }
        Ok(())
    }
}

/// Forbidden characters in a file's raw text, one problem per line that has any.
pub(crate) fn check_raw_lines(path: &str, text: &str, problems: &mut Vec<Problem>) {
    problems.extend(
        forbidden_lines(text).map(|(line, c)| Problem::control_character(Loc::new(path, line), c)),
    );
}

/// Sorts problems by file and line so a report reads top to bottom.
pub(crate) fn sort_problems(problems: &mut [Problem]) {
    // Total, so the order never depends on how the checks iterated (hash maps).
    problems.sort_by(|a, b| (&a.loc, a.code, &a.args).cmp(&(&b.loc, b.code, &b.args)));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_values_reach_the_terminal_sanitized() {
        let p = Problem::new("yaml-syntax")
            .at(Loc::new("a\u{1b}]52;c;SGk=\u{7}.yaml", 3))
            .arg("detail", "x\u{202E}y\nz");
        let shown = p.to_string();
        assert_eq!(
            shown,
            "a\u{FFFD}]52;c;SGk=\u{FFFD}.yaml:3: yaml-syntax detail=\"x\u{FFFD}y\u{FFFD}z\""
        );
        assert_eq!(Loc::file("b\r.ftl").to_string(), "b\u{FFFD}.ftl");
    }
}
