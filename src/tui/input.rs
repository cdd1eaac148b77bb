//! Turning terminal events into messages. Keys come from the one key table (`keymap`),
//! which depends on what is open (digits type a month in the picker but choose an option
//! elsewhere); clicks land on what the plan on screen drew there.

use super::dialog::{dialog, dialog_inner};
use super::keymap;
use super::layout::{Plan, button_spans, plan, visible_offset};
use super::model::{Model, Msg, Overlay, Screen, too_small};
use crate::config::{KeyName, KeySpec};
use crate::wrap::width as cells;
use ratatui::crossterm::event::{
    Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};
use ratatui::layout::Rect;

/// The message for a terminal event, if it means anything here. `shown` is the plan on
/// screen: a click lands on what it drew.
pub(crate) fn map_event_on(m: &Model<'_>, shown: &Plan, event: &Event) -> Option<Msg> {
    map(m, Some(shown), event)
}

/// [`map_event_on`] for a caller that keeps no plan (tests): a click is mapped on the
/// screen laid out as the runtime would draw it for this model.
pub fn map_event(m: &Model<'_>, event: &Event) -> Option<Msg> {
    map(m, None, event)
}

fn map(m: &Model<'_>, shown: Option<&Plan>, event: &Event) -> Option<Msg> {
    match event {
        Event::Key(key) if key.kind != KeyEventKind::Release => map_key(m, key),
        Event::Mouse(mouse) => match shown {
            Some(p) => map_mouse(m, p, mouse),
            None => map_mouse(m, &plan(m, m.width, m.height), mouse),
        },
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

/// The message for a key press: the kiosk's operator key, or the one key table.
pub(crate) fn map_key(m: &Model<'_>, key: &KeyEvent) -> Option<Msg> {
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

fn map_mouse(m: &Model<'_>, shown: &Plan, mouse: &MouseEvent) -> Option<Msg> {
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
    let (p, geo) = (shown, &shown.geo);
    // The language button in the top border.
    let lang = format!("[{}]", p.lang_button);
    let lang_x = w.saturating_sub(2 + cells(&lang) as u16);
    if y == 0 && x >= lang_x && x < lang_x + cells(&lang) as u16 {
        return Some(Msg::ToggleLang);
    }
    if y >= geo.buttons_row && y < geo.buttons_row + geo.button_rows {
        return button_spans(p, geo)
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
        let offset = visible_offset(p, geo, m.scroll);
        let line = p.body.get(offset + usize::from(y - geo.body_top))?;
        let col = x.checked_sub(geo.text_left)?;
        if let Some((.., msg)) = line.zones.iter().find(|(a, b, _)| col >= *a && col < *b) {
            return Some(msg.clone());
        }
        let target = line.target.clone()?;
        // In the checklist a click highlights first, so a stray touch does not tick.
        if m.screen == Screen::Checklist
            && let Msg::Choose(i) = target
            && i < m.checklist_item_count()
            && i != m.cursor
        {
            return Some(Msg::Highlight(i));
        }
        return Some(target);
    }
    None
}
