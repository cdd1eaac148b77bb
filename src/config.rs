//! The configuration file: language, mode, kiosk timeouts, operator exit, where exports may
//! go, the print command, theme and borders.
//!
//! Read from `--config FILE`, else `$XDG_CONFIG_HOME/yibao-guide/config.yaml` (or
//! `~/.config/…`), else built-in defaults. Every problem is reported with file:line, and a
//! kiosk never starts half-configured: any problem stops the start.

use crate::engine::files::read_text_limited;
use crate::engine::problem::{Loc, Problem};
use crate::engine::yaml::{self, line};
use crate::i18n::Lang;
use crate::tui::theme::{BorderKind, ThemeKind};
use serde::Deserialize;
use serde_saphyr::Spanned;
use std::path::{Path, PathBuf};
use std::time::Duration;

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

/// The key that opens the operator-exit dialog, e.g. `ctrl+alt+x` or `f12`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeySpec {
    pub ctrl: bool,
    pub alt: bool,
    /// A lowercase letter or digit, or a function key number.
    pub key: KeyName,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyName {
    Char(char),
    F(u8),
}

/// Why a configured operator key cannot be used (the value of the `why` argument in
/// `err-config-operator-key`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyRefusal {
    /// Not a key name this file understands.
    Unknown,
    /// A letter or digit alone: a visitor would type it by accident.
    Bare,
    /// The terminal or a kiosk's own rules take it (Ctrl-C, Ctrl-Z, Ctrl-Q, Ctrl-S).
    Terminal,
    /// A terminal sends the same bytes as another key: Ctrl-M is Enter, Ctrl-I is Tab,
    /// Ctrl-H is Backspace on many terminals, Ctrl-J a line feed, and Ctrl with a digit is
    /// the digit alone, Esc, or nothing at all. Such a key could never be typed, or would
    /// be typed by anyone pressing Enter.
    SameAsAnother,
}

impl KeyRefusal {
    pub fn id(self) -> &'static str {
        match self {
            KeyRefusal::Unknown => "unknown",
            KeyRefusal::Bare => "bare",
            KeyRefusal::Terminal => "terminal",
            KeyRefusal::SameAsAnother => "same",
        }
    }
}

impl KeySpec {
    pub fn parse(s: &str) -> Option<KeySpec> {
        KeySpec::check(s).ok()
    }

    /// Reads a key name such as `ctrl+alt+x`, `alt+9` or `f12`, accepting only keys a
    /// terminal delivers as themselves (crossterm reads them back as this very key).
    pub fn check(s: &str) -> Result<KeySpec, KeyRefusal> {
        let mut spec = KeySpec {
            ctrl: false,
            alt: false,
            key: KeyName::F(0),
        };
        let lower = s.trim().to_ascii_lowercase();
        let parts: Vec<&str> = lower.split('+').map(str::trim).collect();
        let (last, mods) = parts.split_last().ok_or(KeyRefusal::Unknown)?;
        for m in mods {
            match *m {
                "ctrl" | "control" => spec.ctrl = true,
                "alt" | "meta" => spec.alt = true,
                _ => return Err(KeyRefusal::Unknown),
            }
        }
        spec.key = if let Some(n) = last.strip_prefix('f').and_then(|n| n.parse::<u8>().ok()) {
            if !(1..=12).contains(&n) {
                return Err(KeyRefusal::Unknown);
            }
            KeyName::F(n)
        } else {
            let mut chars = last.chars();
            let c = chars.next().ok_or(KeyRefusal::Unknown)?;
            if chars.next().is_some() || !c.is_ascii_alphanumeric() {
                return Err(KeyRefusal::Unknown);
            }
            KeyName::Char(c)
        };
        let KeyName::Char(c) = spec.key else {
            return Ok(spec);
        };
        if !spec.ctrl && !spec.alt {
            return Err(KeyRefusal::Bare);
        }
        if spec.ctrl && (c.is_ascii_digit() || matches!(c, 'h' | 'i' | 'j' | 'm')) {
            return Err(KeyRefusal::SameAsAnother);
        }
        if spec.ctrl && !spec.alt && matches!(c, 'c' | 'z' | 'q' | 's') {
            return Err(KeyRefusal::Terminal);
        }
        Ok(spec)
    }
}

/// The longest operator PIN (the PIN field takes no more).
pub const PIN_MAX_CHARS: usize = 64;
pub const PIN_MIN_CHARS: usize = 4;

/// A PIN character an operator can type and see: not a control, format (zero-width,
/// direction mark) or whitespace character. Any of those could not be typed on the
/// kiosk's keyboard, or could hide in the file looking like another PIN.
pub fn pin_char_ok(c: char) -> bool {
    !c.is_control()
        && !c.is_whitespace()
        && !is_format_char(c)
        && unicode_width::UnicodeWidthChar::width(c).is_some_and(|w| w > 0)
}

/// Unicode's format characters (category Cf) that a width table may not mark as zero-width.
fn is_format_char(c: char) -> bool {
    matches!(
        c,
        '\u{ad}'
            | '\u{600}'..='\u{605}'
            | '\u{61c}'
            | '\u{6dd}'
            | '\u{70f}'
            | '\u{180e}'
            | '\u{200b}'..='\u{200f}'
            | '\u{202a}'..='\u{202e}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{206f}'
            | '\u{feff}'
            | '\u{fff9}'..='\u{fffb}'
            | '\u{e0001}'
            | '\u{e0020}'..='\u{e007f}'
    )
}

/// Whether `program` can be started: an executable file at that path when it names a
/// folder (`/usr/bin/lp`, `./print.sh`), else one in a folder of `path` (`$PATH`).
pub fn program_exists(program: &str, path: Option<&std::ffi::OsStr>) -> bool {
    use std::os::unix::fs::PermissionsExt;
    let runnable = |p: &Path| {
        p.metadata()
            .is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
    };
    if program.contains('/') {
        return runnable(Path::new(program));
    }
    path.is_some_and(|dirs| std::env::split_paths(dirs).any(|d| runnable(&d.join(program))))
}

/// A text of the office's details: one for both languages, or one per language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LocalText {
    pub zh: String,
    pub en: String,
}

impl LocalText {
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Zh => &self.zh,
            Lang::En => &self.en,
        }
    }
}

/// The local office a site adds to the checklist's contacts (`office:`), each detail
/// optional. The guide never invents local data: without it, nothing is added.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Office {
    pub name: Option<LocalText>,
    pub address: Option<LocalText>,
    pub hours: Option<LocalText>,
    pub phone: Option<LocalText>,
}

impl Office {
    /// (label message id, text) for each detail given, in reading order; the name has no
    /// label ("").
    pub fn details(&self, lang: Lang) -> Vec<(&'static str, &str)> {
        [
            ("", &self.name),
            ("ui-office-address", &self.address),
            ("ui-office-hours", &self.hours),
            ("ui-office-phone", &self.phone),
        ]
        .into_iter()
        .filter_map(|(id, t)| t.as_ref().map(|t| (id, t.get(lang))))
        .collect()
    }
}

/// Longest office detail, in characters: a line on a receipt, not a paragraph.
pub const OFFICE_TEXT_MAX_CHARS: usize = 120;

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
    pub export_dir: Option<PathBuf>,
    pub print_command: Option<Vec<String>>,
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
            export_dir: None,
            print_command: None,
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
struct RawOffice {
    #[serde(default)]
    name: Option<Spanned<RawLocalText>>,
    #[serde(default)]
    address: Option<Spanned<RawLocalText>>,
    #[serde(default)]
    hours: Option<Spanned<RawLocalText>>,
    #[serde(default)]
    phone: Option<Spanned<RawLocalText>>,
}

/// `name: 某某中心` (both languages) or `name: { zh: 某某中心, en: X Centre }`.
#[derive(Deserialize)]
#[serde(untagged)]
enum RawLocalText {
    Both(String),
    Each { zh: String, en: String },
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
            Ok(key) => key_in_use(file, written, key, &mut problems),
            // Enter, Esc, Space, an arrow, a letter alone: say what the guide does with it.
            Err(KeyRefusal::Unknown | KeyRefusal::Bare)
                if let Some(what) = crate::guide::Guide::embedded()
                    .ok()
                    .and_then(|g| crate::tui::input::written_key_use(&g, &written.value)) =>
            {
                problems.push(
                    Problem::new("config-key-in-use")
                        .at(Loc::new(file, line(written)))
                        .arg("value", written.value.trim())
                        .arg("use", what),
                );
                None
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
        let mut office = Office::default();
        let fields = [
            ("name", &o.value.name, &mut office.name),
            ("address", &o.value.address, &mut office.address),
            ("hours", &o.value.hours, &mut office.hours),
            ("phone", &o.value.phone, &mut office.phone),
        ];
        for (key, raw_text, out) in fields {
            let Some(t) = raw_text else { continue };
            let text = match &t.value {
                RawLocalText::Both(both) => LocalText {
                    zh: both.trim().to_owned(),
                    en: both.trim().to_owned(),
                },
                RawLocalText::Each { zh, en } => LocalText {
                    zh: zh.trim().to_owned(),
                    en: en.trim().to_owned(),
                },
            };
            let at = Loc::new(file, line(t));
            for value in [&text.zh, &text.en] {
                if value.is_empty() {
                    problems.push(
                        Problem::new("config-office-empty")
                            .at(at.clone())
                            .arg("key", key),
                    );
                } else if value.chars().count() > OFFICE_TEXT_MAX_CHARS || value.contains('\n') {
                    problems.push(
                        Problem::new("config-office-too-long")
                            .at(at.clone())
                            .arg("key", key)
                            .arg("max", OFFICE_TEXT_MAX_CHARS),
                    );
                }
            }
            *out = Some(text);
        }
        if office == Office::default() {
            problems.push(
                Problem::new("config-office-empty")
                    .at(Loc::new(file, line(o)))
                    .arg("key", "office"),
            );
        } else {
            c.office = Some(office);
        }
    }
    problems.extend(check_kiosk(&c, file));
    Ok((c, problems))
}

/// The operator key, unless the guide itself uses it somewhere (F2 switches the language,
/// F3..F9 jump in counselor mode, and so on): then a visitor pressing it would get the PIN
/// prompt. What the guide uses comes from its own key mapping (`tui::input::key_use`).
fn key_in_use(
    file: &str,
    written: &Spanned<String>,
    key: KeySpec,
    problems: &mut Vec<Problem>,
) -> Option<KeySpec> {
    let Ok(guide) = crate::guide::Guide::embedded() else {
        return Some(key);
    };
    match crate::tui::input::key_use(&guide, &key) {
        None => Some(key),
        Some(what) => {
            problems.push(
                Problem::new("config-key-in-use")
                    .at(Loc::new(file, line(written)))
                    .arg("value", written.value.trim())
                    .arg("use", what),
            );
            None
        }
    }
}

/// A kiosk must have a way for the operator to leave it.
pub fn check_kiosk(c: &Config, file: &str) -> Vec<Problem> {
    if c.mode == Mode::Kiosk && c.operator_exit.is_none() {
        vec![Problem::new("config-kiosk-needs-exit").at(Loc::file(file))]
    } else {
        Vec::new()
    }
}

/// The commented default configuration, written by `config --print-default`.
pub const DEFAULT_CONFIG: &str = r#"# yibao-guide configuration. Every key is optional; command-line flags override these.
# Read from --config FILE, else $XDG_CONFIG_HOME/yibao-guide/config.yaml
# (usually ~/.config/yibao-guide/config.yaml).

# Language at start: zh (中文) or en (English). Default: from LC_ALL / LC_MESSAGES / LANG.
# language: zh

# standard (a person at a laptop), kiosk (self-service terminal) or counselor (phone help).
mode: standard

# Kiosk: after this many seconds without input, ask "still there?" ...
idle_timeout_seconds: 120
# ... and after this many more, wipe every answer and return to the welcome screen.
countdown_seconds: 20

# Kiosk: the only way out besides a system signal. Press the key, then type the PIN.
# Required in kiosk mode. Keys: ctrl+alt+LETTER, alt+LETTER, F10 or F12; not a key the
# guide uses (F1 help, F2 language...). The PIN: 4 to 64 characters, no spaces.
# operator_exit:
#   key: ctrl+alt+x
#   pin: "change-me"

# Kiosk: exports go only into this folder (names typed on screen cannot leave it).
# Without it, and without a print command, a kiosk writes nothing to disk.
# export_dir: /var/spool/yibao-guide

# Kiosk: print the checklist by piping plain text to this command (no shell involved).
# print_command: ["lp", "-d", "receipt"]
# Receipt width in columns: 40 or 48 (Chinese text takes two columns a character).
print_width: 40
# Receipts: short (items, key dates and contacts, one line on where the sources are) or
# full (every item's sources too, much longer).
print_form: short

# Colours: default, high-contrast or mono (mono is used automatically when NO_COLOR is set).
# theme: default
# Borders: line, or ascii for terminals that draw box-drawing characters double width.
borders: line
# The terminal cursor: hidden, or follow (it stands on the highlighted row, so a terminal
# screen reader or magnifier can follow the selection; --plain suits screen readers best).
cursor: hidden

# Your office, shown first among the checklist's contacts (and on receipts). Each line is
# optional; write one text for both languages, or { zh: ..., en: ... }. Without it, the
# checklist lists the national contacts only: the guide never invents local details.
# office:
#   name: { zh: 某某市医疗保障事务中心, en: Moumou City Medical Insurance Centre }
#   address: { zh: 某某路1号, en: 1 Moumou Road }
#   hours: { zh: 工作日9:00至17:00, en: Weekdays 9:00 to 17:00 }
#   phone: "0571-12393"
"#;

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

    /// F2 switches the language on every screen: as the operator key, a visitor pressing
    /// it would get the PIN prompt. Every key the guide uses is refused, named with its use.
    #[test]
    fn operator_keys_the_guide_uses_are_refused() {
        for (key, what) in [
            ("F2", "lang"),
            ("f1", "help"),
            ("F5", "jump"),
            ("F11", "bilingual"),
            ("ctrl+alt+c", "quit"),
            ("L", "lang"),
            ("q", "quit"),
            ("b", "bilingual"),
            ("w", "type"),
            ("p", "print"),
            ("3", "choose"),
            ("Enter", "confirm"),
            ("esc", "back"),
            ("space", "choose"),
            ("tab", "move"),
            ("backspace", "back"),
            ("up", "move"),
        ] {
            let err = parse("k.yaml", &with_exit(key, "\"2468\"")).unwrap_err();
            assert_eq!(err[0].code, "config-key-in-use", "{key}");
            assert_eq!(err[0].get("value"), Some(key));
            assert_eq!(err[0].get("use"), Some(what), "{key}");
        }
        for good in [
            "F10",
            "F12",
            "ctrl+alt+x",
            "alt+x",
            "alt+9",
            "ctrl+alt+l",
            "ctrl+x",
        ] {
            let c = parse("k.yaml", &with_exit(good, "\"2468\""));
            assert!(c.is_ok(), "{good}: {c:?}");
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
