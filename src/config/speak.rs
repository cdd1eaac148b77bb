//! The read-aloud command (`speak_command`): one argument list for both languages, or one
//! per language.

use super::program::program_exists;
use crate::engine::problem::{Loc, Problem};
use crate::engine::yaml::line;
use crate::i18n::Lang;
use serde::Deserialize;
use serde_saphyr::Spanned;

/// The read-aloud command (`speak_command`): an argument list run without a shell, the text
/// on its standard input. One list for both languages, or one per language where an engine
/// needs a different voice for each (both are then required: a guide that switches language
/// must not fall silent or read Chinese with an English voice).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SpeakCommand {
    pub zh: Vec<String>,
    pub en: Vec<String>,
}

impl SpeakCommand {
    /// The same command for both languages.
    pub fn both(argv: Vec<String>) -> SpeakCommand {
        SpeakCommand {
            zh: argv.clone(),
            en: argv,
        }
    }

    /// The argument list that reads `lang` aloud (never empty once parsed).
    pub fn argv(&self, lang: Lang) -> &[String] {
        match lang {
            Lang::Zh => &self.zh,
            Lang::En => &self.en,
        }
    }
}

/// `speak_command: [espeak-ng, ...]` or `speak_command: { zh: [...], en: [...] }`. The map
/// keeps any key, so an unknown language is reported by name rather than as a YAML error.
#[derive(Deserialize)]
#[serde(untagged)]
pub(super) enum RawSpeakCommand {
    Both(Vec<String>),
    Each(std::collections::BTreeMap<String, Vec<String>>),
}

/// Checks `speak_command` in either form: every list names a program that exists, the map
/// form has exactly `zh` and `en`. A problem with one language's list points at its line;
/// a missing language at the map.
pub(super) fn speak_command(
    file: &str,
    text: &str,
    cmd: &Spanned<RawSpeakCommand>,
    problems: &mut Vec<Problem>,
) -> Option<SpeakCommand> {
    let at = Loc::new(file, line(cmd));
    // The parser keeps no position inside an either-form value: a key's line is the first
    // line from the map's start that holds `key:` (the map's own keys come before anything
    // later in the file).
    let key_at = |key: &str| {
        let from = line(cmd).max(1);
        let found = text
            .lines()
            .zip(1u32..)
            .skip(from as usize - 1)
            .find(|(l, _)| l.contains(&format!("{key}:")))
            .map_or(from, |(_, n)| n);
        Loc::new(file, found)
    };
    let before = problems.len();
    let check = |key: &str, at: &Loc, argv: &[String], problems: &mut Vec<Problem>| {
        match argv.first().map(|p| p.trim()) {
            None | Some("") => problems.push(
                Problem::new("config-speak-command")
                    .at(at.clone())
                    .arg("key", key),
            ),
            Some(program) if !program_exists(program, std::env::var_os("PATH").as_deref()) => {
                // Found out here, not by someone pressing V and hearing nothing.
                problems.push(
                    Problem::new("config-speak-program")
                        .at(at.clone())
                        .arg("key", key)
                        .arg("value", program),
                );
            }
            Some(_) => {}
        }
    };
    let command = match &cmd.value {
        RawSpeakCommand::Both(argv) => {
            check("speak_command", &at, argv, problems);
            SpeakCommand::both(argv.clone())
        }
        RawSpeakCommand::Each(map) => {
            for key in map.keys().filter(|k| !matches!(k.as_str(), "zh" | "en")) {
                problems.push(
                    Problem::new("config-bad-value")
                        .at(key_at(key))
                        .arg("key", "speak_command")
                        .arg("value", key)
                        .arg("known", "zh, en"),
                );
            }
            let mut each = |lang: Lang| match map.get(lang.code()) {
                Some(argv) => {
                    let key = format!("speak_command.{}", lang.code());
                    check(&key, &key_at(lang.code()), argv, problems);
                    argv.clone()
                }
                None => {
                    problems.push(
                        Problem::new("config-speak-language")
                            .at(at.clone())
                            .arg("lang", lang.code()),
                    );
                    Vec::new()
                }
            };
            SpeakCommand {
                zh: each(Lang::Zh),
                en: each(Lang::En),
            }
        }
    };
    // A missing program is kept: outside a kiosk the guide still starts, and pressing V
    // says on the status line that the command could not be started.
    problems[before..]
        .iter()
        .all(|p| p.code == "config-speak-program")
        .then_some(command)
}
