//! What only a kiosk does: its idle clock (ask "still there?", then wipe), exports kept to
//! one folder, and ([`operator_key`]) refusing an operator key the guide itself uses. The
//! PIN rule is in [`pin`].

pub mod operator_key;
pub mod pin;

use crate::engine::problem::Problem;
use crate::tui::model::{FILE_NAME_MAX_CHARS, Model, Overlay, Screen};
use std::path::PathBuf;

/// The kiosk's clock: after `idle_ms` without activity ask "still there?" (keeping a dialog
/// it covers), and after `countdown_ms` more it is time to wipe everything. Returns true
/// then; the wipe itself is `update`'s (it starts the wizard over).
pub fn tick(m: &mut Model<'_>, now: u64) -> bool {
    m.now_ms = now;
    if !m.settings.kiosk() {
        return false;
    }
    if at_rest(m) {
        // Nothing to wipe: the clock starts with the next person's first touch.
        m.last_activity_ms = now;
        return false;
    }
    let idle = now.saturating_sub(m.last_activity_ms);
    if idle >= m.settings.idle_ms.saturating_add(m.settings.countdown_ms) {
        return true;
    }
    if idle >= m.settings.idle_ms && m.overlay != Some(Overlay::StillThere) {
        // Keep what was being typed (an export name, a code) under the question.
        m.covered = m.overlay.take();
        m.overlay = Some(Overlay::StillThere);
    }
    false
}

/// Nothing of the last person is on screen: the welcome screen, no answers, no dialog,
/// the default language.
pub(crate) fn at_rest(m: &Model<'_>) -> bool {
    m.screen == Screen::Welcome
        && m.answers.is_empty()
        && m.overlay.is_none()
        && m.lang == m.settings.default_lang
        && m.status.is_none()
}

/// Seconds left before a kiosk wipes itself (for the countdown).
pub fn seconds_left(m: &Model<'_>) -> u64 {
    let end = m
        .last_activity_ms
        .saturating_add(m.settings.idle_ms)
        .saturating_add(m.settings.countdown_ms);
    end.saturating_sub(m.now_ms).div_ceil(1000)
}

/// A kiosk's export path: a plain file name inside the export folder, never anything that
/// could lead out of it (no folders, no "..", no hidden files, no control characters), and
/// none that starts with a dash, which a script handling the folder (`lp *`, `mv *`) would
/// take for an option.
pub fn confine(dir: &std::path::Path, name: &str) -> Result<PathBuf, Problem> {
    use std::path::Component;
    let name = name.trim();
    let mut components = std::path::Path::new(name).components();
    let single =
        matches!(components.next(), Some(Component::Normal(_))) && components.next().is_none();
    let ok = single
        && name.chars().count() <= FILE_NAME_MAX_CHARS
        && !name.starts_with(['.', '-'])
        && !name.chars().any(|c| {
            c.is_control() || matches!(c, '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|')
        });
    if ok {
        Ok(dir.join(name))
    } else {
        Err(Problem::new("kiosk-bad-file-name").arg("value", name))
    }
}
