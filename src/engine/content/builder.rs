//! The builder every build step writes its problems to, and the id rules they share.

use crate::engine::problem::{Loc, Problem};

/// `lower_snake_case` for questions, options and sections.
fn is_snake_id(id: &str) -> bool {
    let mut chars = id.chars();
    chars.next().is_some_and(|c| c.is_ascii_lowercase())
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        && id.len() <= 64
}

/// `lower-kebab-case` for items and sources.
fn is_kebab_id(id: &str) -> bool {
    let mut chars = id.chars();
    chars.next().is_some_and(|c| c.is_ascii_lowercase())
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && id.len() <= 64
}

/// Builds the model from the raw files, collecting problems; each file's path names it in
/// them.
pub(super) struct Builder<'a> {
    pub(super) problems: Vec<Problem>,
    pub(super) meta_file: &'a str,
    pub(super) questions_file: &'a str,
    pub(super) checklist_file: &'a str,
    pub(super) sources_file: &'a str,
}

impl Builder<'_> {
    pub(super) fn problem(&mut self, p: Problem) {
        self.problems.push(p);
    }

    pub(super) fn snake_id(&mut self, id: &str, loc: &Loc) {
        if !is_snake_id(id) {
            self.problem(
                Problem::new("bad-id")
                    .at(loc.clone())
                    .arg("id", id)
                    .arg("style", "lower_snake_case"),
            );
        }
    }

    pub(super) fn kebab_id(&mut self, id: &str, loc: &Loc) {
        if !is_kebab_id(id) {
            self.problem(
                Problem::new("bad-id")
                    .at(loc.clone())
                    .arg("id", id)
                    .arg("style", "lower-kebab-case"),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn id_styles() {
        assert!(is_snake_id("gap_start"));
        assert!(!is_snake_id("Gap"));
        assert!(!is_snake_id("gap-start"));
        assert!(!is_snake_id(""));
        assert!(is_kebab_id("apply-online-2"));
        assert!(!is_kebab_id("apply_online"));
    }
}
