//! YAML parsing with limits, shared by content, answers and configuration files.
//!
//! serde-saphyr is panic-free and enforces a budget (events, nesting, aliases), so a YAML
//! bomb or absurdly deep file is refused with a message instead of eating the machine.

use super::problem::{Loc, Problem};
use serde::de::DeserializeOwned;

fn options() -> serde_saphyr::Options {
    let mut budget = serde_saphyr::Budget::default();
    // Content is plain data: a few aliases at most, one document, shallow nesting.
    budget.max_aliases = 1_000;
    budget.max_anchors = 1_000;
    budget.max_documents = 1;
    budget.max_depth = 48;
    let mut options = serde_saphyr::Options::default();
    options.budget = Some(budget);
    // Errors are reported as one line with file:line; no multi-line snippet.
    options.with_snippet = false;
    options
}

/// Parses `text` from `file` into `T`, or one problem with the failing line.
pub fn parse<T: DeserializeOwned>(file: &str, text: &str) -> Result<T, Problem> {
    serde_saphyr::from_str_with_options(text, options()).map_err(|e| {
        let line = e
            .location()
            .map_or(0, |l| u32::try_from(l.line()).unwrap_or(u32::MAX));
        let message = e.to_string();
        let message = strip_position(&message);
        let code = if message.contains("budget") || message.contains("limit") {
            "yaml-limit"
        } else {
            "yaml-syntax"
        };
        Problem::new(code)
            .at(Loc::new(file, line))
            .arg("detail", message)
    })
}

fn strip_position(message: &str) -> String {
    let first = message.lines().next().unwrap_or("").trim();
    // The library ends with " at line N, column M"; we give file:line ourselves.
    match first.rfind(" at line ") {
        Some(i) => first[..i].to_owned(),
        None => first.to_owned(),
    }
}
