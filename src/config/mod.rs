//! The configuration file: language, mode, kiosk timeouts, operator exit, where exports may
//! go, the print and read-aloud commands, theme and borders.
//!
//! Read from `--config FILE`, else `$XDG_CONFIG_HOME/yibao-guide/config.yaml` (or
//! `~/.config/…`), else built-in defaults. Every problem is reported with file:line, and a
//! kiosk never starts half-configured: any problem stops the start.

use crate::engine::files::read_text_limited;
use crate::engine::problem::{Loc, Problem};
use crate::engine::yaml::{self, line};
use crate::i18n::Lang;
use serde::Deserialize;
use serde_saphyr::Spanned;
use std::path::{Path, PathBuf};
use std::time::Duration;

mod keys;
mod office;
mod program;
mod speak;

pub use keys::{KeyName, KeyRefusal, KeySpec, PIN_MAX_CHARS, PIN_MIN_CHARS, pin_char_ok};
use office::RawOffice;
pub use office::{LocalText, OFFICE_TEXT_MAX_CHARS, Office};
pub use program::program_exists;
pub use speak::SpeakCommand;
use speak::{RawSpeakCommand, speak_command};

/// The commented default configuration, written by `config --print-default`.
pub const DEFAULT_CONFIG: &str = include_str!("default.en.yaml");

/// [`DEFAULT_CONFIG`] commented in Chinese: the same keys and values (kept in step by a
/// test).
pub const DEFAULT_CONFIG_ZH: &str = include_str!("default.zh.yaml");

/// How the wizard behaves.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Mode {
    /// A person at their own laptop.
    Standard,
    /// A self-service terminal: idle wipe, no way out without the operator PIN.
    Kiosk,
    /// A counselor on the phone: answers always visible, read-aloud text, bilingual view.
    Counselor,
}

/// The colours chosen (`theme:`, `--theme`); `tui::theme` maps each to its styles.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum ThemeKind {
    /// Calm colours on the terminal's own background.
    Default,
    /// White and yellow on black, bold: for low vision and bright kiosks.
    HighContrast,
    /// No colour at all (chosen automatically when NO_COLOR is set).
    Mono,
}

/// The borders chosen (`borders:`, `--borders`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum BorderKind {
    /// Box-drawing lines.
    Line,
    /// + - | only: for terminals that draw box-drawing characters double width.
    Ascii,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OperatorExit {
    pub key: KeySpec,
    pub pin: String,
}

/// Where a checklist can go from a kiosk.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Config {
    pub language: Option<Lang>,
    pub mode: Mode,
    pub idle_timeout: Duration,
    pub countdown: Duration,
    pub operator_exit: Option<OperatorExit>,
    /// The operator key as written and where, so the wizard can refuse one it uses itself
    /// (`tui::kiosk::operator_key`): this file only reads keys.
    pub operator_key_written: Option<(String, Loc)>,
    pub export_dir: Option<PathBuf>,
    pub print_command: Option<Vec<String>>,
    /// Reads screens aloud when asked (V key, `--speak`); off unless configured.
    pub speak_command: Option<SpeakCommand>,
    pub print_width: u16,
    /// Receipts list every item's sources (`full`) or one line saying where to find them
    /// (`short`, the default: a receipt with every source runs to some 200 lines).
    pub print_sources: bool,
    pub theme: Option<ThemeKind>,
    pub borders: BorderKind,
    /// The terminal cursor stands on the highlighted row (`cursor: follow`), so a terminal
    /// screen reader or magnifier follows the selection; hidden otherwise.
    pub cursor_follow: bool,
    /// The local office shown first among the checklist's contacts.
    pub office: Option<Office>,
    /// The file it came from, if any.
    pub source: Option<PathBuf>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            language: None,
            mode: Mode::Standard,
            idle_timeout: Duration::from_secs(120),
            countdown: Duration::from_secs(20),
            operator_exit: None,
            operator_key_written: None,
            export_dir: None,
            print_command: None,
            speak_command: None,
            print_width: 40,
            print_sources: false,
            theme: None,
            borders: BorderKind::Line,
            cursor_follow: false,
            office: None,
            source: None,
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    #[serde(default)]
    language: Option<Spanned<String>>,
    #[serde(default)]
    mode: Option<Spanned<String>>,
    #[serde(default)]
    idle_timeout_seconds: Option<Spanned<u64>>,
    #[serde(default)]
    countdown_seconds: Option<Spanned<u64>>,
    #[serde(default)]
    operator_exit: Option<Spanned<RawOperatorExit>>,
    #[serde(default)]
    export_dir: Option<Spanned<String>>,
    #[serde(default)]
    print_command: Option<Spanned<Vec<String>>>,
    #[serde(default)]
    speak_command: Option<Spanned<RawSpeakCommand>>,
    #[serde(default)]
    print_width: Option<Spanned<u16>>,
    #[serde(default)]
    print_form: Option<Spanned<String>>,
    #[serde(default)]
    theme: Option<Spanned<String>>,
    #[serde(default)]
    borders: Option<Spanned<String>>,
    #[serde(default)]
    cursor: Option<Spanned<String>>,
    #[serde(default)]
    office: Option<Spanned<RawOffice>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawOperatorExit {
    key: Spanned<String>,
    pin: Spanned<String>,
}

/// Configuration files are small.
const MAX_CONFIG_BYTES: u64 = 64 * 1024;

/// The configuration file to read when `--config` is not given, if one exists.
pub fn default_path(env: impl Fn(&str) -> Option<String>) -> Option<PathBuf> {
    let base = env("XDG_CONFIG_HOME")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .or_else(|| {
            env("HOME")
                .filter(|v| !v.is_empty())
                .map(|h| Path::new(&h).join(".config"))
        })?;
    let path = base.join("yibao-guide").join("config.yaml");
    path.is_file().then_some(path)
}

/// Reads and checks a configuration file; returns every problem found.
pub fn load(path: &Path) -> Result<Config, Vec<Problem>> {
    let (c, problems) = load_parts(path)?;
    if problems.is_empty() {
        Ok(c)
    } else {
        Err(problems)
    }
}

/// Reads a configuration file like [`load`], but returns what could be read together with
/// the problems in its values, so a caller can leave aside settings it does not use (the
/// kiosk's, outside kiosk mode). `Err` when the file cannot be read or parsed at all.
pub fn load_parts(path: &Path) -> Result<(Config, Vec<Problem>), Vec<Problem>> {
    let file = read_text_limited(path, MAX_CONFIG_BYTES).map_err(|p| vec![p])?;
    parse_parts(&file.path, &file.text)
}

/// Parses configuration text; `file` names it in errors.
pub fn parse(file: &str, text: &str) -> Result<Config, Vec<Problem>> {
    let (c, problems) = parse_parts(file, text)?;
    if problems.is_empty() {
        Ok(c)
    } else {
        Err(problems)
    }
}

/// [`parse`], returning the configuration read so far with the problems in its values.
pub fn parse_parts(file: &str, text: &str) -> Result<(Config, Vec<Problem>), Vec<Problem>> {
    // The one unsafe-text rule: the raw lines, then every key and value after escapes.
    let mut problems = Vec::new();
    yaml::check_text(file, text, &mut problems);
    if !problems.is_empty() {
        return Err(problems);
    }
    let mut c = Config {
        source: Some(PathBuf::from(file)),
        ..Config::default()
    };
    if text
        .lines()
        .all(|l| l.trim().is_empty() || l.trim_start().starts_with('#'))
    {
        return Ok((c, Vec::new()));
    }
    let raw: RawConfig = yaml::parse(file, text).map_err(|p| vec![p])?;
    let mut problems = Vec::new();
    let bad = |s: &Spanned<String>, key: &str, accepted: &str| {
        Problem::new("config-bad-value")
            .at(Loc::new(file, line(s)))
            .arg("key", key)
            .arg("value", &s.value)
            .arg("known", accepted)
    };
    if let Some(l) = &raw.language {
        match Lang::parse(&l.value) {
            Some(lang) => c.language = Some(lang),
            None => problems.push(bad(l, "language", "zh, en")),
        }
    }
    if let Some(m) = &raw.mode {
        match <Mode as clap::ValueEnum>::from_str(&m.value, true) {
            Ok(mode) => c.mode = mode,
            Err(_) => problems.push(bad(m, "mode", "standard, kiosk, counselor")),
        }
    }
    let seconds = |v: &Spanned<u64>, key: &str, min: u64, max: u64, problems: &mut Vec<Problem>| {
        if (min..=max).contains(&v.value) {
            Some(Duration::from_secs(v.value))
        } else {
            problems.push(
                Problem::new("config-out-of-range")
                    .at(Loc::new(file, line(v)))
                    .arg("key", key)
                    .arg("value", v.value)
                    .arg("min", min)
                    .arg("max", max),
            );
            None
        }
    };
    if let Some(v) = &raw.idle_timeout_seconds
        && let Some(d) = seconds(v, "idle_timeout_seconds", 10, 3600, &mut problems)
    {
        c.idle_timeout = d;
    }
    if let Some(v) = &raw.countdown_seconds
        && let Some(d) = seconds(v, "countdown_seconds", 5, 300, &mut problems)
    {
        c.countdown = d;
    }
    if let Some(op) = &raw.operator_exit {
        let written = &op.value.key;
        let key = match KeySpec::check(&written.value) {
            // Whether the guide itself uses it is the wizard's to say (`tui::kiosk`).
            Ok(key) => {
                c.operator_key_written = Some((
                    written.value.trim().to_owned(),
                    Loc::new(file, line(written)),
                ));
                Some(key)
            }
            Err(why) => {
                problems.push(
                    Problem::new("config-operator-key")
                        .at(Loc::new(file, line(written)))
                        .arg("value", written.value.trim())
                        .arg("why", why.id()),
                );
                None
            }
        };
        let pin = op.value.pin.value.trim().to_owned();
        let at = Loc::new(file, line(&op.value.pin));
        if !(PIN_MIN_CHARS..=PIN_MAX_CHARS).contains(&pin.chars().count()) {
            problems.push(Problem::new("config-pin-length").at(at));
        } else if !pin.chars().all(pin_char_ok) {
            // The PIN itself is never repeated in a message.
            problems.push(Problem::new("config-pin-characters").at(at));
        }
        if let Some(key) = key {
            c.operator_exit = Some(OperatorExit { key, pin });
        }
    }
    if let Some(d) = &raw.export_dir {
        let path = PathBuf::from(d.value.trim());
        if path.is_dir() {
            c.export_dir = Some(path);
        } else {
            problems.push(
                Problem::new("config-export-dir")
                    .at(Loc::new(file, line(d)))
                    .arg("value", &d.value),
            );
        }
    }
    if let Some(cmd) = &raw.print_command {
        if cmd.value.is_empty() || cmd.value[0].trim().is_empty() {
            problems.push(Problem::new("config-print-command").at(Loc::new(file, line(cmd))));
        } else if !program_exists(&cmd.value[0], std::env::var_os("PATH").as_deref()) {
            // Found out here, not by a visitor pressing Print.
            problems.push(
                Problem::new("config-print-program")
                    .at(Loc::new(file, line(cmd)))
                    .arg("value", &cmd.value[0]),
            );
        } else {
            c.print_command = Some(cmd.value.clone());
        }
    }
    if let Some(cmd) = &raw.speak_command {
        c.speak_command = speak_command(file, text, cmd, &mut problems);
    }
    if let Some(w) = &raw.print_width {
        if matches!(w.value, 40 | 48) {
            c.print_width = w.value;
        } else {
            problems.push(
                Problem::new("config-print-width")
                    .at(Loc::new(file, line(w)))
                    .arg("value", w.value),
            );
        }
    }
    if let Some(f) = &raw.print_form {
        match f.value.trim() {
            "short" => c.print_sources = false,
            "full" => c.print_sources = true,
            _ => problems.push(bad(f, "print_form", "short, full")),
        }
    }
    if let Some(t) = &raw.theme {
        match <ThemeKind as clap::ValueEnum>::from_str(&t.value, true) {
            Ok(theme) => c.theme = Some(theme),
            Err(_) => problems.push(bad(t, "theme", "default, high-contrast, mono")),
        }
    }
    if let Some(k) = &raw.cursor {
        match k.value.trim() {
            "follow" => c.cursor_follow = true,
            "hidden" => c.cursor_follow = false,
            _ => problems.push(bad(k, "cursor", "follow, hidden")),
        }
    }
    if let Some(b) = &raw.borders {
        match <BorderKind as clap::ValueEnum>::from_str(&b.value, true) {
            Ok(borders) => c.borders = borders,
            Err(_) => problems.push(bad(b, "borders", "line, ascii")),
        }
    }
    if let Some(o) = &raw.office {
        c.office = office::office(file, o, &mut problems);
    }
    problems.extend(check_kiosk(&c, file));
    Ok((c, problems))
}

/// A kiosk must have a way for the operator to leave it.
pub fn check_kiosk(c: &Config, file: &str) -> Vec<Problem> {
    if c.mode == Mode::Kiosk && c.operator_exit.is_none() {
        vec![Problem::new("config-kiosk-needs-exit").at(Loc::file(file))]
    } else {
        Vec::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_file_parses_to_the_defaults() {
        let c = parse("default.yaml", DEFAULT_CONFIG).unwrap();
        assert_eq!(c.mode, Mode::Standard);
        assert_eq!(c.idle_timeout, Duration::from_secs(120));
        assert_eq!(c.countdown, Duration::from_secs(20));
        assert_eq!(c.print_width, 40);
    }

    #[test]
    fn a_kiosk_needs_an_operator_exit() {
        let err = parse("k.yaml", "mode: kiosk\n").unwrap_err();
        assert_eq!(err[0].code, "config-kiosk-needs-exit");
        let c = parse(
            "k.yaml",
            "mode: kiosk\noperator_exit:\n  key: ctrl+alt+x\n  pin: \"2468\"\n",
        )
        .unwrap();
        assert_eq!(c.mode, Mode::Kiosk);
        let op = c.operator_exit.unwrap();
        assert_eq!(
            op.key,
            KeySpec {
                ctrl: true,
                alt: true,
                key: KeyName::Char('x')
            }
        );
        assert_eq!(op.pin, "2468");
    }

    #[test]
    fn every_problem_is_reported_with_its_line() {
        let text = "mode: arcade\nidle_timeout_seconds: 2\nprint_width: 50\ntheme: neon\n";
        let err = parse("c.yaml", text).unwrap_err();
        let at: Vec<(u32, &str)> = err
            .iter()
            .map(|p| (p.loc.as_ref().unwrap().line, p.code))
            .collect();
        assert!(at.contains(&(1, "config-bad-value")), "{at:?}");
        assert!(at.contains(&(2, "config-out-of-range")), "{at:?}");
        assert!(at.contains(&(3, "config-print-width")), "{at:?}");
        assert!(at.contains(&(4, "config-bad-value")), "{at:?}");
        let err = parse("c.yaml", "mode: standard\nidel_timeout_seconds: 30\n").unwrap_err();
        assert_eq!(err[0].code, "yaml-syntax");
        assert_eq!(err[0].loc.as_ref().unwrap().line, 2);
    }

    #[test]
    fn operator_keys_must_be_deliberate() {
        assert!(KeySpec::parse("f12").is_some());
        assert!(KeySpec::parse("Ctrl+Alt+X").is_some());
        assert!(KeySpec::parse("alt+9").is_some());
        for bad in ["x", "ctrl+c", "ctrl+z", "f13", "ctrl+alt+xx", "shift+x", ""] {
            assert!(KeySpec::parse(bad).is_none(), "{bad}");
        }
    }

    /// A kiosk configuration with `key` as the operator key and `pin` as the PIN (YAML).
    fn with_exit(key: &str, pin: &str) -> String {
        format!("mode: kiosk\noperator_exit:\n  key: {key}\n  pin: {pin}\n")
    }

    /// Keys a terminal sends as another key (Ctrl-M is Enter, Ctrl-I is Tab, Ctrl with a
    /// digit is the digit, Esc or nothing) could never open the operator dialog, or would
    /// open it for anyone pressing Enter.
    #[test]
    fn operator_keys_a_terminal_cannot_deliver_are_refused() {
        for bad in [
            "ctrl+m",
            "ctrl+i",
            "ctrl+h",
            "ctrl+j",
            "ctrl+2",
            "ctrl+alt+m",
            "ctrl+alt+i",
            "ctrl+alt+1",
        ] {
            assert_eq!(KeySpec::check(bad), Err(KeyRefusal::SameAsAnother), "{bad}");
            let err = parse("k.yaml", &with_exit(bad, "\"2468\"")).unwrap_err();
            assert_eq!(err[0].code, "config-operator-key", "{bad}");
            assert_eq!(err[0].get("why"), Some("same"), "{bad}");
            assert_eq!(err[0].loc.as_ref().unwrap().line, 3, "{bad}");
        }
    }

    #[test]
    fn pins_are_printable_characters() {
        for bad in [
            "\"24\\e68\"",
            "\"24\\u200B68\"",
            "\"24\\u200D68\"",
            "\"24\\u00AD68\"",
            "\"24 68\"",
            "\"24\\u3000 68\"",
            "\"24\\t68\"",
        ] {
            let err = parse("k.yaml", &with_exit("ctrl+alt+x", bad)).unwrap_err();
            let codes: Vec<&str> = err.iter().map(|p| p.code).collect();
            // The unsafe-text rule may catch a control character first; either way, refused.
            assert!(
                codes
                    .iter()
                    .any(|c| matches!(*c, "config-pin-characters" | "control-character")),
                "{bad}: {codes:?}"
            );
        }
        for good in ["\"2468\"", "\"开门-2468\"", "\"Pa55w0rd!\""] {
            assert!(
                parse("k.yaml", &with_exit("ctrl+alt+x", good)).is_ok(),
                "{good}"
            );
        }
    }

    #[test]
    fn the_print_program_must_exist() {
        let err = parse(
            "c.yaml",
            "print_command: [\"no-such-printer-cmd\", \"-d\", \"x\"]\n",
        )
        .unwrap_err();
        assert_eq!(err[0].code, "config-print-program");
        assert_eq!(err[0].get("value"), Some("no-such-printer-cmd"));
        let err = parse("c.yaml", "print_command: [\"/no/such/lp\"]\n").unwrap_err();
        assert_eq!(err[0].code, "config-print-program");
        let c = parse("c.yaml", "print_command: [\"sh\", \"-c\", \"cat\"]\n").unwrap();
        assert_eq!(c.print_command.unwrap()[0], "sh");
        assert!(program_exists("/bin/sh", None));
        assert!(!program_exists("sh", None), "no PATH, no search");
    }

    #[test]
    fn speak_command_is_off_unless_configured() {
        assert_eq!(Config::default().speak_command, None);
        assert_eq!(parse("c.yaml", DEFAULT_CONFIG).unwrap().speak_command, None);
    }

    #[test]
    fn speak_command_one_list_serves_both_languages() {
        let c = parse(
            "c.yaml",
            "mode: standard\nspeak_command: [\"sh\", \"-c\", \"cat\"]\n",
        )
        .unwrap();
        let cmd = c.speak_command.unwrap();
        assert_eq!(cmd.argv(Lang::Zh), ["sh", "-c", "cat"]);
        assert_eq!(cmd.argv(Lang::En), ["sh", "-c", "cat"]);
    }

    #[test]
    fn speak_command_per_language() {
        let text = "speak_command:\n  zh: [\"sh\", \"-c\", \"cat\"]\n  en: [\"/bin/sh\", \"-c\", \"cat >/dev/null\"]\n";
        let cmd = parse("c.yaml", text).unwrap().speak_command.unwrap();
        assert_eq!(cmd.argv(Lang::Zh)[0], "sh");
        assert_eq!(cmd.argv(Lang::En), ["/bin/sh", "-c", "cat >/dev/null"]);
        // Block lists too.
        let text = "speak_command:\n  en:\n    - sh\n  zh:\n    - sh\n    - -c\n    - cat\n";
        let cmd = parse("c.yaml", text).unwrap().speak_command.unwrap();
        assert_eq!(cmd.argv(Lang::En), ["sh"]);
        assert_eq!(cmd.argv(Lang::Zh), ["sh", "-c", "cat"]);
    }

    /// (line, code, argument) of each problem, for the speak_command tests.
    fn speak_problems(text: &str, arg: &str) -> Vec<(u32, &'static str, String)> {
        parse("c.yaml", text)
            .unwrap_err()
            .into_iter()
            .map(|p| {
                let value = p.get(arg).unwrap_or_default().to_owned();
                (p.loc.map_or(0, |l| l.line), p.code, value)
            })
            .collect()
    }

    #[test]
    fn speak_command_must_name_a_program() {
        assert_eq!(
            speak_problems("mode: standard\nspeak_command: []\n", "key"),
            [(2, "config-speak-command", "speak_command".to_owned())]
        );
        assert_eq!(
            speak_problems("speak_command: [\"  \", \"x\"]\n", "key"),
            [(1, "config-speak-command", "speak_command".to_owned())]
        );
        assert_eq!(
            speak_problems("speak_command:\n  zh: []\n  en: [\"sh\"]\n", "key"),
            [(2, "config-speak-command", "speak_command.zh".to_owned())]
        );
    }

    #[test]
    fn speak_program_must_exist() {
        assert_eq!(
            speak_problems(
                "\nspeak_command: [\"no-such-speech-cmd\", \"--stdin\"]\n",
                "value"
            ),
            [(2, "config-speak-program", "no-such-speech-cmd".to_owned())]
        );
        assert_eq!(
            speak_problems(
                "speak_command:\n  zh: [\"sh\"]\n  en: [\"/no/such/espeak\"]\n",
                "key"
            ),
            [(3, "config-speak-program", "speak_command.en".to_owned())]
        );
    }

    #[test]
    fn speak_command_per_language_needs_both_and_no_other() {
        assert_eq!(
            speak_problems("speak_command:\n  zh: [\"sh\"]\n", "lang"),
            [(2, "config-speak-language", "en".to_owned())]
        );
        assert_eq!(
            speak_problems(
                "speak_command:\n  zh: [\"sh\"]\n  en: [\"sh\"]\n  fr: [\"sh\"]\n",
                "value"
            ),
            [(4, "config-bad-value", "fr".to_owned())]
        );
        // Not a list nor a map of lists: a YAML problem at its line.
        let err = parse("c.yaml", "mode: standard\nspeak_command: espeak-ng\n").unwrap_err();
        assert_eq!(err[0].code, "yaml-syntax");
        assert_eq!(err[0].loc.as_ref().unwrap().line, 2);
    }

    /// Every speak_command problem has words in both languages, with its file:line.
    #[test]
    fn speak_command_problems_read_in_both_languages() {
        let locales = crate::i18n::Locales::embedded().unwrap();
        for (text, code) in [
            ("speak_command: []\n", "config-speak-command"),
            (
                "speak_command: [\"no-such-speech-cmd\"]\n",
                "config-speak-program",
            ),
            ("speak_command: { en: [\"sh\"] }\n", "config-speak-language"),
        ] {
            let err = parse("c.yaml", text).unwrap_err();
            assert_eq!(err[0].code, code);
            for lang in Lang::ALL {
                let shown = locales.problem(lang, &err[0]);
                assert!(shown.starts_with("c.yaml:1: "), "{shown}");
                assert!(shown.contains("speak_command"), "{shown}");
                assert!(shown.contains('\n'), "a hint: {shown}");
                assert!(!shown.contains("err-"), "{shown}");
            }
        }
    }

    #[test]
    fn export_dir_must_exist() {
        let dir = tempfile::tempdir().unwrap();
        let ok = format!("export_dir: {}\n", dir.path().display());
        assert_eq!(
            parse("c.yaml", &ok).unwrap().export_dir.as_deref(),
            Some(dir.path())
        );
        let err = parse("c.yaml", "export_dir: /no/such/dir\n").unwrap_err();
        assert_eq!(err[0].code, "config-export-dir");
    }

    #[test]
    fn config_path_follows_xdg() {
        let dir = tempfile::tempdir().unwrap();
        let env = |k: &str| (k == "XDG_CONFIG_HOME").then(|| dir.path().display().to_string());
        assert_eq!(default_path(env), None);
        std::fs::create_dir_all(dir.path().join("yibao-guide")).unwrap();
        std::fs::write(
            dir.path().join("yibao-guide/config.yaml"),
            "mode: counselor\n",
        )
        .unwrap();
        assert_eq!(
            default_path(env),
            Some(dir.path().join("yibao-guide/config.yaml"))
        );
    }
}
