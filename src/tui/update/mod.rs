//! The wizard's only way to change state: the pure `update` of The Elm Architecture.
//!
//! `update` never touches the terminal or the disk, and lays nothing out. What must happen
//! outside (quitting, writing an export) comes back as a [`Cmd`]; the runtime does it and
//! reports the result as another [`Msg`]. Keeping the highlighted row in view is the
//! layout's (`scroll::settle`), after each update.
//!
//! By part: [`navigate`] moves between screens and keeps the answers, [`screens`] the
//! welcome, review and checklist screens, [`question`] the questions, [`dialog`] the
//! dialogs over them.

mod dialog;
pub mod navigate;
mod question;
mod screens;

use crate::i18n::Lang;
use crate::tui::kiosk;
use crate::tui::model::{Cmd, Model, Msg, Overlay, Screen, Status, TextInput};
use navigate::{build_checklist, open_question, set_lang, wipe};

/// The wizard's only way to change state.
pub(crate) fn update(m: &mut Model<'_>, msg: Msg) -> Option<Cmd> {
    if let Msg::Tick(now) = msg {
        let seen = what_is_read(m);
        if kiosk::tick(m, now) {
            wipe(m);
        }
        // "Still there?" covers the screen being read.
        if what_is_read(m) != seen {
            m.speaking = false;
        }
        return None;
    }
    if msg.is_activity() {
        m.last_activity_ms = m.now_ms;
        // Any touch or key answers "still there?" and does nothing else.
        if m.overlay == Some(Overlay::StillThere) {
            m.overlay = m.covered.take();
            return None;
        }
    }
    let (screen, status) = (m.screen, m.status.clone());
    let seen = what_is_read(m);
    let reading_asked = msg == Msg::ReadAloud;
    let cmd = apply(m, msg);
    // Reading stops when what it reads goes away; V itself decides for itself.
    if m.speaking && !reading_asked && what_is_read(m) != seen {
        m.speaking = false;
    }
    // In a kiosk a message belongs to the screen it was given on: a wrong PIN typed on the
    // welcome screen must not follow the next visitor through their questions.
    if m.settings.kiosk() && m.screen != screen && m.status == status {
        m.status = None;
    }
    cmd
}

/// What a reading is of: the screen, the dialog over it, the language. When any changes,
/// the reading is of something no longer shown.
fn what_is_read(m: &Model<'_>) -> (Screen, Option<std::mem::Discriminant<Overlay>>, Lang) {
    (
        m.screen,
        m.overlay.as_ref().map(std::mem::discriminant),
        m.lang,
    )
}

fn apply(m: &mut Model<'_>, msg: Msg) -> Option<Cmd> {
    // Messages that work everywhere, whatever is open.
    match msg {
        Msg::Resize(w, h) => {
            m.width = w;
            m.height = h;
            return None;
        }
        Msg::ToggleLang => {
            set_lang(m, m.lang.other());
            return None;
        }
        Msg::Exported(result) | Msg::Saved(result) => {
            dialog::written(m, result);
            return None;
        }
        // A result for a print the model no longer waits for (the last visitor's) is dropped.
        Msg::Printed(_) if !m.printing => return None,
        Msg::Printed(result) => {
            m.printing = false;
            m.status = Some(match result {
                Ok(()) => Status {
                    id: "ui-kiosk-printed",
                    arg: None,
                    error: false,
                },
                Err(p) => Status {
                    id: "ui-kiosk-print-failed",
                    arg: p.get("reason").map(str::to_owned),
                    error: true,
                },
            });
            return None;
        }
        Msg::ReadAloud if m.settings.speak => {
            if m.speaking {
                m.speaking = false;
                return None;
            }
            m.speaking = true;
            return Some(Cmd::Speak {
                text: crate::tui::speech::screen_text(m),
            });
        }
        // A result for a reading the model no longer waits for (stopped) is dropped.
        Msg::SpeechEnded(_) if !m.speaking => return None,
        Msg::SpeechEnded(result) => {
            m.speaking = false;
            if let Err(p) = result {
                m.status = Some(Status {
                    id: "ui-speak-failed",
                    arg: p.get("reason").map(str::to_owned),
                    error: true,
                });
            }
            return None;
        }
        Msg::Copied => {
            m.status = Some(Status {
                id: "ui-counselor-copied",
                arg: None,
                error: false,
            });
            return None;
        }
        Msg::OperatorKey if m.settings.operator.is_some() => {
            match dialog::pin_locked(m) {
                Some(locked) => m.status = Some(locked),
                None => m.overlay = Some(Overlay::OperatorPin(TextInput::default())),
            }
            return None;
        }
        Msg::ToggleBilingual if m.settings.counselor() => {
            m.bilingual = !m.bilingual;
            build_checklist(m);
            return None;
        }
        _ => {}
    }
    if let Some(overlay) = m.overlay.clone() {
        return dialog::update_overlay(m, overlay, msg);
    }
    match msg {
        Msg::Help => {
            m.overlay = Some(Overlay::Help);
            m.help_scroll = 0;
            return None;
        }
        // A kiosk cannot be quit by the public: only the operator exit or a signal ends it.
        Msg::Quit if m.settings.kiosk() => return None,
        Msg::Quit => {
            if m.answers.is_empty() {
                m.quit = true;
                return Some(Cmd::Quit);
            }
            m.overlay = Some(Overlay::ConfirmQuit);
            return None;
        }
        Msg::EnterCode => {
            m.overlay = Some(Overlay::ResumeCode(TextInput::default()));
            return None;
        }
        Msg::SaveAnswers if !m.settings.kiosk() && !m.answers.is_empty() => {
            let name = format!("yibao-answers-{}.yaml", m.today);
            m.overlay = Some(Overlay::SaveAnswers(TextInput::new(&name)));
            return None;
        }
        Msg::Jump(i) if m.settings.counselor() => {
            let path = m.walk().path;
            if let Some(&q) = path.get(i) {
                m.from_review = true;
                open_question(m, q);
            }
            return None;
        }
        _ => {}
    }
    match m.screen {
        Screen::Welcome => screens::update_welcome(m, msg),
        Screen::Question(q) => question::update_question(m, q, msg),
        Screen::Review => screens::update_review(m, msg),
        Screen::Checklist => screens::update_checklist(m, msg),
    }
}
