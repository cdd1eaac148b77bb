//! What plain mode reads: one line at a time, with a limit, and what a typed line means at
//! a prompt (an answer, or a key such as `b` for back).

use super::session::Session;
use crate::engine::problem::Problem;
use std::io::{BufRead, Write};

/// The longest line read; every answer fits in a few dozen bytes.
pub(super) const MAX_LINE_BYTES: usize = 4096;

/// One line of input, read with [`read_line`].
#[derive(Debug, PartialEq, Eq)]
pub(super) enum Line {
    Text(String),
    /// Longer than [`MAX_LINE_BYTES`]: discarded up to its end.
    TooLong,
    /// Not valid UTF-8.
    NotText,
    /// Input ended (or could not be read).
    End,
}

/// Reads one line, keeping at most `limit` bytes of it in memory.
pub(super) fn read_line<R: BufRead>(input: &mut R, limit: usize) -> Line {
    let mut line = Vec::new();
    let mut too_long = false;
    let mut read_any = false;
    loop {
        let buf = match input.fill_buf() {
            Ok(buf) => buf,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(_) => return Line::End,
        };
        if buf.is_empty() {
            if !read_any {
                return Line::End;
            }
            break;
        }
        read_any = true;
        let (chunk, used, done) = match buf.iter().position(|&b| b == b'\n') {
            Some(i) => (&buf[..i], i + 1, true),
            None => (buf, buf.len(), false),
        };
        if !too_long {
            if line.len() + chunk.len() > limit {
                too_long = true;
                line = Vec::new();
            } else {
                line.extend_from_slice(chunk);
            }
        }
        input.consume(used);
        if done {
            break;
        }
    }
    if too_long {
        return Line::TooLong;
    }
    if line.last() == Some(&b'\r') {
        line.pop();
    }
    match String::from_utf8(line) {
        Ok(text) => Line::Text(text),
        Err(_) => Line::NotText,
    }
}

/// What the person typed at a prompt.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum Input {
    Back,
    Help,
    SwitchLanguage,
    Quit,
    /// `v`: read aloud what was shown last, or stop reading.
    Speak,
    Keep,
    Text(String),
}

pub(super) fn classify(line: &str) -> Input {
    match line.trim() {
        "" => Input::Keep,
        "b" | "B" => Input::Back,
        "?" | "？" | "h" | "H" => Input::Help,
        "l" | "L" => Input::SwitchLanguage,
        "q" | "Q" => Input::Quit,
        "v" | "V" => Input::Speak,
        other => Input::Text(other.to_owned()),
    }
}

impl<W: Write> Session<'_, W> {
    /// The next line of text. A line too long or not UTF-8 is named, and the prompt shown
    /// again. `None`: input ended.
    pub(super) fn read_text<R: BufRead>(
        &mut self,
        input: &mut R,
    ) -> std::io::Result<Option<String>> {
        loop {
            match read_line(input, MAX_LINE_BYTES) {
                Line::Text(line) => return Ok(Some(line)),
                Line::End => return Ok(None),
                Line::TooLong => {
                    self.problem(Problem::new("plain-line-too-long").arg("max", MAX_LINE_BYTES))?
                }
                Line::NotText => self.problem(Problem::new("plain-not-utf8"))?,
            }
            self.prompt()?;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classifies_commands() {
        assert_eq!(classify(" b "), Input::Back);
        assert_eq!(classify("？"), Input::Help);
        assert_eq!(classify("L"), Input::SwitchLanguage);
        assert_eq!(classify(" v"), Input::Speak);
        assert_eq!(classify(""), Input::Keep);
        assert_eq!(classify("2"), Input::Text("2".into()));
    }

    #[test]
    fn lines_are_read_with_a_limit_across_buffer_boundaries() {
        // A tiny buffer makes every line span several reads.
        let text = b"ok\r\n0123456789abc\n\xff\xfe\n0123456789\nlast".as_slice();
        let mut input = std::io::BufReader::with_capacity(3, text);
        let mut next = || read_line(&mut input, 10);
        assert_eq!(next(), Line::Text("ok".into()));
        assert_eq!(next(), Line::TooLong);
        assert_eq!(next(), Line::NotText);
        assert_eq!(next(), Line::Text("0123456789".into()), "exactly the limit");
        assert_eq!(next(), Line::Text("last".into()), "no newline at the end");
        assert_eq!(next(), Line::End);
        assert_eq!(next(), Line::End);
    }
}
