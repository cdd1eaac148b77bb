//! What plain mode writes: lines wrapped to the width (Chinese-aware, see [`crate::wrap`]),
//! messages in the person's language, and the prompt.

use super::session::Session;
use crate::engine::problem::Problem;
use crate::wrap::wrap_hanging;
use fluent_bundle::FluentArgs;
use std::io::Write;

/// The width plain mode wraps its lines to: `COLUMNS` when it holds a width, else the
/// terminal's when standard output is one, else none. Piped output (a file, another
/// program, a braille display's driver) is not wrapped: the reader wraps it to its own
/// width, and a hard break in the middle of a sentence would be read as a pause.
pub(crate) fn wrap_width(columns: Option<&str>, terminal: Option<u16>) -> Option<usize> {
    columns
        .and_then(|c| c.trim().parse::<usize>().ok())
        .filter(|&w| w > 0)
        .or(terminal.filter(|&w| w > 0).map(usize::from))
}

impl<W: Write> Session<'_, W> {
    /// Writes text, wrapped to the width: each of its lines keeps its leading spaces as the
    /// indent of the lines it wraps into.
    pub(super) fn line(&mut self, text: &str) -> std::io::Result<()> {
        for line in text.split('\n') {
            let rest = line.trim_start_matches(' ');
            let indent = &line[..line.len() - rest.len()];
            self.hanging(indent, rest)?;
        }
        Ok(())
    }

    /// Writes `first` then `text`, wrapped under the text.
    pub(super) fn hanging(&mut self, first: &str, text: &str) -> std::io::Result<()> {
        match self.width {
            Some(w) => {
                for l in wrap_hanging(text, w, first) {
                    writeln!(self.out, "{l}")?;
                }
                Ok(())
            }
            None => writeln!(self.out, "{first}{text}"),
        }
    }

    pub(super) fn say(&mut self, id: &str, args: Option<&FluentArgs>) -> std::io::Result<()> {
        let text = self.guide.locales.fmt(self.lang, id, args);
        self.line(&text)
    }

    /// Says what is wrong, in the person's language.
    pub(super) fn problem(&mut self, p: Problem) -> std::io::Result<()> {
        let msg = self.guide.locales.problem(self.lang, &p);
        self.line(&msg)
    }

    pub(super) fn prompt(&mut self) -> std::io::Result<()> {
        write!(self.out, "> ")?;
        self.out.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrap_width_prefers_columns_then_the_terminal() {
        assert_eq!(wrap_width(Some("60"), Some(100)), Some(60));
        assert_eq!(wrap_width(None, Some(100)), Some(100));
        // Unusable COLUMNS values are ignored; piped output (no terminal) is not wrapped.
        assert_eq!(wrap_width(Some("wide"), Some(90)), Some(90));
        assert_eq!(wrap_width(Some("0"), None), None);
        assert_eq!(wrap_width(None, None), None);
    }
}
