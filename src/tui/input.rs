//! Turning terminal events into messages. Keys depend on the screen (digits type a month in
//! the picker but choose an option elsewhere); clicks land on what `layout::plan` drew.

use super::keymap;
use super::layout::{button_spans, geometry, plan, too_small, visible_offset};
use super::model::{Model, Msg, Overlay, Screen, Settings, TextInput, checklist_item_count};
use super::view::{dialog, dialog_inner};
use crate::config::{KeyName, KeySpec, Mode};
use crate::engine::content::QuestionKind;
use crate::guide::Guide;
use crate::i18n::Lang;
use crate::wrap::width as cells;
use ratatui::crossterm::event::{
    Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};
use ratatui::layout::Rect;

/// The message for a terminal event, if it means anything here.
pub fn map_event(m: &Model<'_>, event: &Event) -> Option<Msg> {
    match event {
        Event::Key(key) if key.kind != KeyEventKind::Release => map_key(m, key),
        Event::Mouse(mouse) => map_mouse(m, mouse),
        Event::Resize(w, h) => Some(Msg::Resize(*w, *h)),
        Event::Paste(text) => match &m.overlay {
            // A pasted path or code goes into the open text field, control characters dropped.
            Some(Overlay::Export(_) | Overlay::SaveAnswers(_) | Overlay::ResumeCode(_)) => {
                let clean: String = text.chars().filter(|c| !c.is_control()).collect();
                (!clean.is_empty()).then_some(Msg::Paste(clean))
            }
            _ => None,
        },
        _ => None,
    }
}

fn map_key(m: &Model<'_>, key: &KeyEvent) -> Option<Msg> {
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    if let Some(op) = &m.settings.operator
        && m.settings.kiosk()
        && operator_key_matches(&op.key, key)
    {
        return Some(Msg::OperatorKey);
    }
    if m.settings.kiosk() && ctrl {
        // Ctrl-C, Ctrl-Z, Ctrl-\ and friends do nothing in a kiosk.
        return None;
    }
    // Everything else is in the one key table, which the hint bar and help also read.
    keymap::lookup(m, keymap::context(m), key)
}

/// What the guide itself does with the operator key `spec` anywhere (any screen, dialog or
/// mode), as a word for `err-config-key-in-use`; `None` when the key means nothing to it.
/// Found by asking [`map_key`], so the list of keys in use never goes stale. The
/// "still there?" dialog is left out: there any key answers.
pub fn key_use(guide: &Guide, spec: &KeySpec) -> Option<&'static str> {
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
pub fn written_key_use(guide: &Guide, written: &str) -> Option<&'static str> {
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
    let config = crate::config::Config {
        print_command: Some(vec!["true".to_owned()]),
        export_dir: Some(std::path::PathBuf::from("/")),
        ..crate::config::Config::default()
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

/// True when `key` is the operator's configured combination.
fn operator_key_matches(spec: &KeySpec, key: &KeyEvent) -> bool {
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    let alt = key.modifiers.contains(KeyModifiers::ALT);
    if ctrl != spec.ctrl || alt != spec.alt {
        return false;
    }
    match (spec.key, key.code) {
        (KeyName::F(n), KeyCode::F(k)) => n == k,
        (KeyName::Char(c), KeyCode::Char(k)) => c == k.to_ascii_lowercase(),
        _ => false,
    }
}

fn inside(r: Rect, x: u16, y: u16) -> bool {
    x >= r.x && x < r.x + r.width && y >= r.y && y < r.y + r.height
}

fn map_mouse(m: &Model<'_>, mouse: &MouseEvent) -> Option<Msg> {
    let (x, y) = (mouse.column, mouse.row);
    let (w, h) = (m.width, m.height);
    if too_small(w, h) {
        return None;
    }
    match mouse.kind {
        MouseEventKind::ScrollUp if m.overlay.is_none() => {
            return Some(if matches!(m.screen, Screen::Checklist | Screen::Review) {
                Msg::Scroll(-3)
            } else {
                Msg::Up
            });
        }
        MouseEventKind::ScrollDown if m.overlay.is_none() => {
            return Some(if matches!(m.screen, Screen::Checklist | Screen::Review) {
                Msg::Scroll(3)
            } else {
                Msg::Down
            });
        }
        // The wheel scrolls help when it is longer than the frame.
        MouseEventKind::ScrollUp if m.overlay == Some(Overlay::Help) => {
            return Some(Msg::Scroll(-3));
        }
        MouseEventKind::ScrollDown if m.overlay == Some(Overlay::Help) => {
            return Some(Msg::Scroll(3));
        }
        MouseEventKind::Down(MouseButton::Left) => {}
        _ => return None,
    }
    if let Some(overlay) = &m.overlay {
        let d = dialog(m, overlay, Rect::new(0, 0, w, h));
        let inner = dialog_inner(d.rect);
        if !inside(d.rect, x, y) {
            // A tap outside closes help; other dialogs need an answer.
            return (*overlay == Overlay::Help).then_some(Msg::Back);
        }
        return d
            .buttons
            .iter()
            .find(|(line, x0, x1, _)| {
                y == inner.y + *line as u16 && x >= inner.x + x0 && x < inner.x + x1
            })
            .map(|(.., msg)| msg.clone());
    }
    let p = plan(m, w, h);
    let geo = geometry(m, w, h);
    // The language button in the top border.
    let lang = format!("[{}]", p.lang_button);
    let lang_x = w.saturating_sub(2 + cells(&lang) as u16);
    if y == 0 && x >= lang_x && x < lang_x + cells(&lang) as u16 {
        return Some(Msg::ToggleLang);
    }
    if y >= geo.buttons_row && y < geo.buttons_row + geo.button_rows {
        return button_spans(&p, &geo)
            .into_iter()
            .find(|(bx, by, label, _)| y == *by && x >= *bx && x < bx + cells(label) as u16)
            .map(|(.., msg)| msg);
    }
    if geo.sidebar_width > 0 && x > geo.sidebar_x && y >= 1 && y < geo.buttons_row {
        return p
            .sidebar
            .get(usize::from(y - 1))
            .and_then(|(_, msg)| msg.clone());
    }
    if y >= geo.body_top && y < geo.body_top + geo.body_rows {
        let offset = visible_offset(&p, &geo, m.scroll);
        let line = p.body.get(offset + usize::from(y - geo.body_top))?;
        let col = x.checked_sub(geo.text_left)?;
        if let Some((.., msg)) = line.zones.iter().find(|(a, b, _)| col >= *a && col < *b) {
            return Some(msg.clone());
        }
        let target = line.target.clone()?;
        // In the checklist a click highlights first, so a stray touch does not tick.
        if m.screen == Screen::Checklist
            && let Msg::Choose(i) = target
            && i < checklist_item_count(m)
            && i != m.cursor
        {
            return Some(Msg::Highlight(i));
        }
        return Some(target);
    }
    None
}
