//! An operator key the guide itself uses would open the PIN prompt for any visitor pressing
//! it (F2 switches the language...). The configuration only reads keys; here they are
//! checked against what the wizard's own key mapping does with them, so the list of keys in
//! use never goes stale.

use crate::config::{Config, KeyName, KeySpec, Mode, check_kiosk};
use crate::engine::content::QuestionKind;
use crate::engine::problem::{Loc, Problem};
use crate::guide::Guide;
use crate::i18n::Lang;
use crate::tui::input::map_key;
use crate::tui::model::{Model, Msg, Overlay, Screen, Settings, TextInput};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use std::path::Path;

/// Reads a configuration file as `config::load_parts` does, and refuses an operator key the
/// guide itself uses (see [`refuse_keys_in_use`]).
pub(crate) fn load_config(path: &Path) -> Result<(Config, Vec<Problem>), Vec<Problem>> {
    crate::config::load_parts(path).map(|(c, problems)| refuse_keys_in_use(c, problems))
}

/// The configuration without an operator key the guide uses, and the problems with a
/// `config-key-in-use` for it, where the configuration's own check of the key would have
/// put it: in place of "not an operator key" for a key that is no operator key at all
/// (`enter`, `q`), and otherwise after the problems of the settings read before the
/// operator exit (language, mode, the kiosk's timeouts). A kiosk left without its exit is
/// told so, last, as the configuration tells it.
pub(crate) fn refuse_keys_in_use(
    mut c: Config,
    mut problems: Vec<Problem>,
) -> (Config, Vec<Problem>) {
    // The key table needs the guide; a configuration without an operator key needs neither.
    let keyed =
        c.operator_exit.is_some() || problems.iter().any(|p| p.code == "config-operator-key");
    if !keyed {
        return (c, problems);
    }
    let Ok(guide) = Guide::embedded() else {
        return (c, problems);
    };
    let in_use = |value: &str, loc: Option<Loc>, what: &str| {
        let p = Problem::new("config-key-in-use")
            .arg("value", value)
            .arg("use", what);
        match loc {
            Some(loc) => p.at(loc),
            None => p,
        }
    };
    // Enter, Esc, Space, an arrow, a letter alone: say what the guide does with it.
    for p in &mut problems {
        let no_key =
            p.code == "config-operator-key" && matches!(p.get("why"), Some("unknown" | "bare"));
        if let Some(value) = p.get("value").filter(|_| no_key).map(str::to_owned)
            && let Some(what) = written_key_use(&guide, &value)
        {
            *p = in_use(&value, p.loc.clone(), what);
        }
    }
    let used = c
        .operator_exit
        .as_ref()
        .and_then(|op| key_use(&guide, &op.key));
    if let (Some(what), Some((value, loc))) = (used, c.operator_key_written.clone()) {
        let before = problems
            .iter()
            .rposition(read_before_operator_exit)
            .map_or(0, |i| i + 1);
        let file = loc.file.clone();
        problems.insert(before, in_use(&value, Some(loc), what));
        c.operator_exit = None;
        problems.extend(check_kiosk(&c, &file));
    }
    (c, problems)
}

/// A problem with a setting the configuration reads before the operator exit.
fn read_before_operator_exit(p: &Problem) -> bool {
    match p.code {
        "config-bad-value" => matches!(p.get("key"), Some("language" | "mode")),
        "config-out-of-range" => true,
        _ => false,
    }
}

/// What the guide itself does with the operator key `spec` anywhere (any screen, dialog or
/// mode), as a word for `err-config-key-in-use`; `None` when the key means nothing to it.
/// Found by asking the wizard's key mapping (`input::map_key`), so the list of keys in use never goes stale. The
/// "still there?" dialog is left out: there any key answers.
pub(crate) fn key_use(guide: &Guide, spec: &KeySpec) -> Option<&'static str> {
    let mut modifiers = KeyModifiers::NONE;
    modifiers.set(KeyModifiers::CONTROL, spec.ctrl);
    modifiers.set(KeyModifiers::ALT, spec.alt);
    let code = match spec.key {
        KeyName::F(n) => KeyCode::F(n),
        KeyName::Char(c) => KeyCode::Char(c),
    };
    event_use(guide, &KeyEvent::new(code, modifiers))
}

/// Like [`key_use`], for a key written in the configuration that is no operator key at all
/// (`enter`, `esc`, `space`, `tab`, `backspace`, an arrow, a letter alone), so the error can
/// say what the guide does with it.
pub(crate) fn written_key_use(guide: &Guide, written: &str) -> Option<&'static str> {
    let lower = written.trim().to_ascii_lowercase();
    let parts: Vec<&str> = lower.split('+').map(str::trim).collect();
    let (last, mods) = parts.split_last()?;
    let mut modifiers = KeyModifiers::NONE;
    for m in mods {
        match *m {
            "ctrl" | "control" => modifiers |= KeyModifiers::CONTROL,
            "alt" | "meta" => modifiers |= KeyModifiers::ALT,
            "shift" => modifiers |= KeyModifiers::SHIFT,
            _ => return None,
        }
    }
    let code = match *last {
        "enter" | "return" => KeyCode::Enter,
        "esc" | "escape" => KeyCode::Esc,
        "space" => KeyCode::Char(' '),
        "tab" => KeyCode::Tab,
        "backspace" => KeyCode::Backspace,
        "up" => KeyCode::Up,
        "down" => KeyCode::Down,
        "left" => KeyCode::Left,
        "right" => KeyCode::Right,
        "home" => KeyCode::Home,
        "end" => KeyCode::End,
        "pageup" => KeyCode::PageUp,
        "pagedown" => KeyCode::PageDown,
        one if one.chars().count() == 1 => KeyCode::Char(one.chars().next()?),
        _ => return None,
    };
    event_use(guide, &KeyEvent::new(code, modifiers))
}

fn event_use(guide: &Guide, key: &KeyEvent) -> Option<&'static str> {
    let mut screens = vec![Screen::Welcome, Screen::Review, Screen::Checklist];
    for kind in [
        QuestionKind::Choice,
        QuestionKind::YesNo,
        QuestionKind::Month,
        QuestionKind::Multi,
    ] {
        if let Some(q) = guide.content.questions.iter().position(|q| q.kind == kind) {
            screens.push(Screen::Question(q));
        }
    }
    let overlays = [
        None,
        Some(Overlay::Help),
        Some(Overlay::ConfirmQuit),
        Some(Overlay::ConfirmRestart),
        Some(Overlay::Export(TextInput::default())),
        Some(Overlay::OperatorPin(TextInput::default())),
        Some(Overlay::ResumeCode(TextInput::default())),
        Some(Overlay::SaveAnswers(TextInput::default())),
    ];
    let today = chrono::NaiveDate::from_ymd_opt(2026, 1, 1)?;
    // Everything switched on, so keys that depend on a setting (print, export) count too.
    let config = Config {
        print_command: Some(vec!["true".to_owned()]),
        export_dir: Some(std::path::PathBuf::from("/")),
        ..Config::default()
    };
    // Screens before dialogs, so a letter is named by what it does on a screen rather than
    // by its typing into a text field.
    for overlay in &overlays {
        for mode in [Mode::Kiosk, Mode::Standard, Mode::Counselor] {
            for screen in &screens {
                let mut m = Model::new(guide, Lang::Zh, today);
                m.settings = Settings::from_config(mode, &config, Lang::Zh);
                m.screen = *screen;
                m.overlay = overlay.clone();
                if let Some(msg) = map_key(&m, key) {
                    return Some(use_word(&msg));
                }
            }
        }
    }
    None
}

/// A word for what a message does (the `use` argument of `err-config-key-in-use`).
fn use_word(msg: &Msg) -> &'static str {
    match msg {
        Msg::ToggleLang => "lang",
        Msg::Help => "help",
        Msg::Quit => "quit",
        Msg::Jump(_) => "jump",
        Msg::ToggleBilingual => "bilingual",
        Msg::Confirm | Msg::Yes => "confirm",
        Msg::Back | Msg::No => "back",
        Msg::Choose(_) | Msg::Highlight(_) => "choose",
        Msg::Char(_) | Msg::DeleteChar => "type",
        Msg::ToggleTick | Msg::NoMonth => "tick",
        Msg::ToggleSources => "sources",
        Msg::StartExport | Msg::SaveAnswers => "export",
        Msg::Restart | Msg::FinishAndClear => "restart",
        Msg::Print => "print",
        Msg::Copy => "copy",
        Msg::EnterCode => "code",
        _ => "move",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(file: &str, text: &str) -> Result<Config, Vec<Problem>> {
        let (c, problems) = crate::config::parse_parts(file, text)?;
        let (c, problems) = refuse_keys_in_use(c, problems);
        if problems.is_empty() {
            Ok(c)
        } else {
            Err(problems)
        }
    }

    fn with_exit(key: &str, pin: &str) -> String {
        format!("mode: kiosk\noperator_exit:\n  key: {key}\n  pin: {pin}\n")
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

    /// The refusal stands where the configuration's own check of the key put it, and a
    /// kiosk left without its exit is told so after it.
    #[test]
    fn the_refusal_keeps_its_place_among_the_problems() {
        let text = "language: xx\nmode: kiosk\noperator_exit:\n  key: F2\n  pin: \"24\"\nprint_width: 45\n";
        let codes: Vec<&str> = parse("k.yaml", text)
            .unwrap_err()
            .iter()
            .map(|p| p.code)
            .collect();
        assert_eq!(
            codes,
            [
                "config-bad-value",
                "config-key-in-use",
                "config-pin-length",
                "config-print-width",
                "config-kiosk-needs-exit"
            ]
        );
    }
}
