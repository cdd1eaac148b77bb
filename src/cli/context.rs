//! What every command runs with (the language, today, the built-in locales) and how it
//! speaks to the person: problems and notes on standard error, in their language.

use super::args::Cli;
use crate::engine::problem::Problem;
use crate::exit::{EXIT_USAGE, Failure};
use crate::i18n::{Lang, Locales};
use chrono::NaiveDate;
use fluent_bundle::FluentArgs;
use std::io::Write;
use std::rc::Rc;

/// What a run needs besides its arguments: the language and the interface text for errors.
pub(crate) struct Context {
    pub lang: Lang,
    pub today: NaiveDate,
    /// Built-in locales: used for errors even when `--locales` is broken.
    pub system: Option<Rc<Locales>>,
}

impl Context {
    /// `--lang` and `--today` from the parsed command line, over what the environment gave.
    pub(super) fn take_flags(&mut self, cli: &Cli) -> Result<(), Failure> {
        if let Some(l) = &cli.lang {
            self.lang = Lang::parse(l).ok_or_else(|| {
                Failure::one(EXIT_USAGE, Problem::new("usage-bad-lang").arg("value", l))
            })?;
        }
        if let Some(t) = &cli.today {
            self.today = NaiveDate::parse_from_str(t.trim(), "%Y-%m-%d")
                .ok()
                .filter(|d| (1950..=2200).contains(&chrono::Datelike::year(d)))
                .ok_or_else(|| {
                    Failure::one(EXIT_USAGE, Problem::new("usage-bad-today").arg("value", t))
                })?;
        }
        Ok(())
    }

    /// Prints problems to standard error in the person's language.
    pub(crate) fn report(&self, problems: &[Problem]) {
        let mut err = std::io::stderr().lock();
        for p in problems {
            let line = match &self.system {
                Some(l) => l.problem(self.lang, p),
                None => p.to_string(),
            };
            let _ = writeln!(err, "{line}");
        }
    }

    /// A message from the built-in locales, or `english` when they could not be loaded.
    pub(super) fn message(
        &self,
        id: &str,
        args: &FluentArgs,
        english: impl FnOnce() -> String,
    ) -> String {
        self.system
            .as_ref()
            .map_or_else(english, |l| l.fmt(self.lang, id, Some(args)))
    }
}
