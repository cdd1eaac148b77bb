//! Where a command's result goes: standard output (a closed pipe is the reader's choice, not
//! an error) or a file written atomically. Either failing is an I/O error (74).

use crate::atomic::{Screen, write_atomic};
use crate::engine::problem::Problem;
use crate::exit::{EXIT_IO, Failure};
use std::io::{IsTerminal, Write};
use std::path::Path;

/// Writes `text` to standard output.
pub(super) fn print_out(text: &str) -> Result<(), Failure> {
    let mut out = std::io::stdout().lock();
    stdout_outcome(out.write_all(text.as_bytes()).and_then(|()| out.flush()))
}

/// The outcome of writing to standard output: a closed pipe (e.g. `| head`) is fine.
pub(super) fn stdout_outcome(written: std::io::Result<()>) -> Result<(), Failure> {
    match written {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(write_failed(e)),
        _ => Ok(()),
    }
}

/// Output that could not be written.
pub(super) fn write_failed(e: std::io::Error) -> Failure {
    Failure::one(EXIT_IO, Problem::new("write-failed").arg("error", e))
}

/// Writes `text` to the file at `path` (atomically: the old file or the whole new one).
pub(super) fn write_file(path: &Path, text: &str) -> Result<(), Failure> {
    write_atomic(path, text.as_bytes(), Screen::Free).map_err(|p| Failure::one(EXIT_IO, p))
}

/// The width standard output is wrapped to: `COLUMNS`, else the terminal's when standard
/// output is one, else none (see [`crate::plain::wrap_width`]).
pub(super) fn stdout_width() -> Option<usize> {
    let terminal = std::io::stdout()
        .is_terminal()
        .then(|| ratatui::crossterm::terminal::size().ok().map(|(w, _)| w))
        .flatten();
    crate::plain::wrap_width(std::env::var("COLUMNS").ok().as_deref(), terminal)
}
