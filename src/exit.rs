//! Exit codes and the failed-run type every front end returns.
//!
//! The codes follow BSD `sysexits.h` where one fits, so scripts can tell a typing mistake
//! (2) from bad data (65) from a file or terminal that failed (74).

use crate::engine::problem::Problem;

pub const EXIT_OK: u8 = 0;
pub const EXIT_USAGE: u8 = 2;
pub const EXIT_DATA: u8 = 65;
pub const EXIT_IO: u8 = 74;

/// A failed run: the exit code and what to tell the person.
#[derive(Debug)]
pub struct Failure {
    pub code: u8,
    pub problems: Vec<Problem>,
}

impl Failure {
    pub fn new(code: u8, problems: Vec<Problem>) -> Self {
        Failure { code, problems }
    }

    pub fn one(code: u8, problem: Problem) -> Self {
        Failure::new(code, vec![problem])
    }

    /// Problems from reading a file: I/O when it could not be read at all, else `otherwise`
    /// (data for content and locales, usage for files the person names).
    pub fn reading(otherwise: u8, problems: Vec<Problem>) -> Self {
        let io = problems.iter().any(is_unreadable);
        Failure::new(if io { EXIT_IO } else { otherwise }, problems)
    }

    /// For a file the person named: the generic "missing file" and "YAML syntax" problems
    /// get that kind of file's own message ids, which say which file it was and how to make
    /// one. Call after [`Failure::reading`], which looks at the generic ids.
    pub fn naming_file(mut self, missing: &'static str, syntax: &'static str) -> Self {
        for p in &mut self.problems {
            p.code = match p.code {
                "file-missing" => missing,
                "yaml-syntax" => syntax,
                other => other,
            };
        }
        self
    }

    /// Content or locale problems: I/O when a file could not be read at all, else data.
    pub fn from_load(problems: Vec<Problem>) -> Self {
        Failure::reading(EXIT_DATA, problems)
    }
}

/// True for the problems that mean a file could not be read at all.
fn is_unreadable(p: &Problem) -> bool {
    matches!(p.code, "file-missing" | "file-unreadable")
}
