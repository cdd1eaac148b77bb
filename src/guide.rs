//! A loaded guide: checked content plus both languages' text. The one value every front
//! end (CLI, plain mode, wizard) is built on.

use crate::engine::content::Content;
use crate::engine::files::GuideFiles;
use crate::engine::problem::{Problem, sort_problems};
use crate::i18n::Locales;
use crate::validate;
use std::rc::Rc;

pub struct Guide {
    pub content: Content,
    /// Shared with the CLI's error reporting, so the built-in text is parsed once.
    pub locales: Rc<Locales>,
}

impl Guide {
    /// Loads content and locales and checks that every message the content needs exists in
    /// both languages. The slower whole-flow checks are `validate::validate`'s job.
    pub fn load(files: &GuideFiles) -> Result<Guide, Vec<Problem>> {
        Guide::load_with(files, None)
    }

    /// Like [`Guide::load`], reusing `locales` when they were already parsed from the same
    /// locale files (the built-in ones, at start-up).
    pub fn load_with(
        files: &GuideFiles,
        locales: Option<Rc<Locales>>,
    ) -> Result<Guide, Vec<Problem>> {
        let compiled = crate::compiled::compiled_for(&files.content);
        let built_in_content = compiled.is_some();
        let content = compiled.map_or_else(|| Content::load(&files.content), Ok);
        let locales = match locales {
            Some(l) => Ok(l),
            None => Locales::load(files).map(Rc::new),
        };
        let (content, locales) = match (content, locales) {
            (Ok(c), Ok(l)) => (c, l),
            (c, l) => {
                let mut problems = Vec::new();
                problems.extend(c.err().unwrap_or_default());
                problems.extend(l.err().unwrap_or_default());
                sort_problems(&mut problems);
                return Err(problems);
            }
        };
        // The built-in content and locales are checked together by the test suite
        // (`validate` on the shipped files), so a release build skips the check at start-up,
        // where it is a tenth of the time to the first frame. Debug builds still run it.
        let checked_at_build = built_in_content && locales.is_embedded();
        let mut problems = if checked_at_build && !cfg!(debug_assertions) {
            Vec::new()
        } else {
            validate::check_messages(&content, &locales)
        };
        if problems.is_empty() {
            Ok(Guide { content, locales })
        } else {
            sort_problems(&mut problems);
            Err(problems)
        }
    }

    pub fn embedded() -> Result<Guide, Vec<Problem>> {
        let locales = Locales::embedded()?;
        Guide::load_with(&GuideFiles::embedded(), Some(Rc::new(locales)))
    }
}
