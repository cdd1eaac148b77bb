//! The dialogs over a screen: help, "quit?" and "start again?", and the text fields (export,
//! save answers, a resume code, the operator PIN), with what their files' writing reports.

use super::navigate::{restart, start_with_answers};
use crate::engine::problem::Problem;
use crate::render::Format;
use crate::tui::kiosk::confine;
use crate::tui::kiosk::pin::same_secret;
use crate::tui::model::{
    Cmd, FILE_NAME_MAX_CHARS, Model, Msg, Overlay, PATH_MAX_CHARS, RESUME_CODE_MAX_CHARS, Status,
    TextInput,
};
use std::path::PathBuf;

/// How many characters a dialog's field takes. Real input is far shorter; the limit keeps
/// a paste or a stuck key from growing a field without end (every frame draws it, every
/// key edits it).
fn field_limit(m: &Model<'_>, overlay: &Overlay) -> usize {
    match overlay {
        Overlay::Export(_) if m.settings.kiosk() => FILE_NAME_MAX_CHARS,
        Overlay::OperatorPin(_) => crate::config::PIN_MAX_CHARS,
        Overlay::ResumeCode(_) => RESUME_CODE_MAX_CHARS,
        _ => PATH_MAX_CHARS,
    }
}

pub(super) fn update_overlay(m: &mut Model<'_>, overlay: Overlay, msg: Msg) -> Option<Cmd> {
    match overlay {
        Overlay::Help => {
            // Help longer than the frame scrolls; its buttons stay in view. How far it can,
            // the layout measured for this frame.
            let max = m.help_max_scroll;
            let page = usize::from(m.height.saturating_sub(6)).max(1);
            let s = m.help_scroll.min(max);
            m.help_scroll = match msg {
                Msg::Up => s.saturating_sub(1),
                Msg::Down => (s + 1).min(max),
                Msg::PageUp => s.saturating_sub(page),
                Msg::PageDown => (s + page).min(max),
                Msg::Home => 0,
                Msg::End => max,
                Msg::Scroll(n) => s.saturating_add_signed(n as isize).min(max),
                _ => s,
            };
            if matches!(
                msg,
                Msg::Back
                    | Msg::Confirm
                    | Msg::Help
                    | Msg::Quit
                    | Msg::Yes
                    | Msg::No
                    | Msg::Choose(_)
            ) {
                m.overlay = None;
            }
            None
        }
        Overlay::ConfirmQuit => match msg {
            Msg::Yes | Msg::Confirm => {
                m.overlay = None;
                m.quit = true;
                Some(Cmd::Quit)
            }
            Msg::No | Msg::Back | Msg::Quit => {
                m.overlay = None;
                None
            }
            _ => None,
        },
        Overlay::ConfirmRestart => match msg {
            Msg::Yes | Msg::Confirm => {
                restart(m);
                None
            }
            Msg::No | Msg::Back => {
                m.overlay = None;
                None
            }
            _ => None,
        },
        Overlay::StillThere => {
            m.overlay = None;
            None
        }
        Overlay::Export(ref input)
        | Overlay::OperatorPin(ref input)
        | Overlay::ResumeCode(ref input)
        | Overlay::SaveAnswers(ref input) => {
            let mut input = input.clone();
            let max = field_limit(m, &overlay);
            let rewrap = |input: TextInput| match &overlay {
                Overlay::Export(_) => Overlay::Export(input),
                Overlay::OperatorPin(_) => Overlay::OperatorPin(input),
                Overlay::ResumeCode(_) => Overlay::ResumeCode(input),
                _ => Overlay::SaveAnswers(input),
            };
            let edited = matches!(msg, Msg::Char(_) | Msg::Paste(_) | Msg::DeleteChar);
            let mut full = false;
            match msg {
                Msg::Char(c) => full = !input.insert(c, max),
                // Up to the limit, then no further: the rest of a long paste is dropped.
                Msg::Paste(text) => full = !text.chars().all(|c| input.insert(c, max)),
                Msg::DeleteChar => {
                    input.delete_back();
                }
                Msg::Left => input.cursor = input.cursor.saturating_sub(1),
                Msg::Right => input.cursor = (input.cursor + 1).min(input.text.chars().count()),
                Msg::Home => input.cursor = 0,
                Msg::End => input.cursor = input.text.chars().count(),
                Msg::Back | Msg::No => {
                    m.overlay = None;
                    m.replace_asked = None;
                    clear_dialog_status(m);
                    return None;
                }
                Msg::Confirm | Msg::Yes => {
                    return confirm_input(m, &overlay, input.text.trim());
                }
                _ => {}
            }
            if edited {
                // A changed name is a new name: ask again before replacing.
                m.replace_asked = None;
                clear_dialog_status(m);
            }
            if full {
                m.status = Some(Status {
                    id: "ui-tui-field-full",
                    arg: Some(max.to_string()),
                    error: true,
                });
            }
            m.overlay = Some(rewrap(input));
            None
        }
    }
}

/// Messages about what is being typed in a dialog (too long, cannot be saved, exists
/// already): they go once the text changes or the dialog closes.
fn clear_dialog_status(m: &mut Model<'_>) {
    let about_typing = m.status.as_ref().is_some_and(|s| {
        matches!(
            s.id,
            "ui-tui-field-full"
                | "ui-tui-export-failed"
                | "ui-kiosk-export-failed"
                | "ui-tui-file-exists"
                | "ui-kiosk-bad-file-name"
        )
    });
    if about_typing {
        m.status = None;
    }
}

/// The result of writing an export or saved answers. Written: the dialog closes and says
/// where (in a kiosk only the file's name: the server's folders are nobody's business).
/// Not written: the dialog stays open with what was typed, and says why and what to do.
pub(super) fn written(m: &mut Model<'_>, result: Result<PathBuf, Problem>) {
    let file_dialog = matches!(
        m.overlay,
        Some(Overlay::Export(_) | Overlay::SaveAnswers(_))
    );
    let typed = match &m.overlay {
        Some(Overlay::Export(input) | Overlay::SaveAnswers(input)) => Some(input.text.trim()),
        _ => None,
    };
    let status =
        |id: &'static str, arg: Option<String>, error: bool| Some(Status { id, arg, error });
    match result {
        Ok(path) => {
            if file_dialog {
                m.overlay = None;
            }
            m.replace_asked = None;
            let shown = if m.settings.kiosk() {
                path.file_name().map_or_else(
                    || path.display().to_string(),
                    |n| n.to_string_lossy().into_owned(),
                )
            } else {
                path.display().to_string()
            };
            m.status = status("ui-tui-exported", Some(shown), false);
        }
        Err(p) if p.code == "tui-file-exists" => {
            m.replace_asked = typed.map(str::to_owned);
            m.status = status(
                "ui-tui-file-exists",
                p.get("value").map(str::to_owned),
                true,
            );
        }
        // A visitor cannot fix the kiosk's disk: they are sent to the staff.
        Err(_) if m.settings.kiosk() => m.status = status("ui-kiosk-export-failed", None, true),
        Err(p) => {
            let words = write_problem_words(m, &p);
            m.status = status("ui-tui-export-failed", Some(words), true);
        }
    }
}

/// A write problem in the person's language, on one line: what went wrong and what to do.
/// Without the place (the person just typed it) and without the system's own words, which
/// may be English or name the temporary file written first.
fn write_problem_words(m: &Model<'_>, p: &Problem) -> String {
    let mut bare = Problem {
        loc: None,
        ..p.clone()
    };
    if bare.get("reason") == Some("other") {
        let refused = m.guide.locales.text(m.lang, "ui-tui-write-refused");
        bare.args.retain(|(name, _)| *name != "error");
        bare = bare.arg("error", refused);
    }
    let words = m.guide.locales.problem(m.lang, &bare);
    let line = words.lines().map(str::trim).collect::<Vec<_>>().join(" ");
    // Problem messages start in lower case (they follow "file:line: "); this one starts
    // a sentence of its own.
    let mut chars = line.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

/// Enter in a text dialog. The file dialogs stay open until the file is written (or not),
/// so a name that did not work can be corrected instead of typed again.
fn confirm_input(m: &mut Model<'_>, overlay: &Overlay, text: &str) -> Option<Cmd> {
    let status =
        |id: &'static str, arg: Option<String>, error: bool| Some(Status { id, arg, error });
    let replace = m.replace_asked.as_deref() == Some(text);
    match overlay {
        Overlay::Export(_) => {
            if text.is_empty() {
                return None;
            }
            let path = match (&m.settings.export_dir, m.settings.kiosk()) {
                (Some(dir), true) => match confine(dir, text) {
                    Ok(p) => p,
                    Err(_) => {
                        m.status = status("ui-kiosk-bad-file-name", Some(text.to_owned()), true);
                        return None;
                    }
                },
                _ => PathBuf::from(text),
            };
            let format = match path.extension().and_then(|e| e.to_str()) {
                Some("txt") => Format::Text,
                Some("json") => Format::Json,
                _ => Format::Markdown,
            };
            m.status = status("ui-tui-exporting", None, false);
            Some(Cmd::Export {
                path,
                format,
                replace,
            })
        }
        Overlay::SaveAnswers(_) => {
            if text.is_empty() {
                return None;
            }
            m.status = status("ui-tui-exporting", None, false);
            Some(Cmd::SaveAnswers {
                path: PathBuf::from(text),
                replace,
            })
        }
        Overlay::OperatorPin(_) => {
            m.overlay = None;
            // A PIN typed while the exit is locked is not even compared.
            if let Some(locked) = pin_locked(m) {
                m.status = Some(locked);
                return None;
            }
            let right = m
                .settings
                .operator
                .as_ref()
                .is_some_and(|op| same_secret(&op.pin, text));
            if right {
                m.quit = true;
                Some(Cmd::Quit)
            } else {
                m.pin_guard.failed(m.now_ms);
                m.status = pin_locked(m).or_else(|| status("ui-kiosk-wrong-pin", None, true));
                None
            }
        }
        Overlay::ResumeCode(_) => {
            m.overlay = None;
            match crate::resume::restore(&m.guide.content, text, m.today) {
                Ok((answers, notice)) => start_with_answers(m, answers, notice),
                Err(p) => {
                    m.status = Some(Status {
                        id: "ui-resume-failed",
                        arg: Some(
                            m.guide
                                .locales
                                .problem(m.lang, &p)
                                .lines()
                                .next()
                                .unwrap_or_default()
                                .to_owned(),
                        ),
                        error: true,
                    });
                }
            }
            None
        }
        _ => None,
    }
}

/// The status line while the operator exit is locked (too many wrong PINs), if it is.
pub(super) fn pin_locked(m: &Model<'_>) -> Option<Status> {
    m.pin_guard.locked_for_seconds(m.now_ms).map(|s| Status {
        id: "ui-kiosk-pin-locked",
        arg: Some(s.to_string()),
        error: true,
    })
}
