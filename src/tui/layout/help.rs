//! The words of help and the other dialogs: help lists the question's own help and every
//! key of the screen under it (from the one key table); the text dialogs their prompt, field
//! and what is wrong with what was typed. Where a dialog goes is `tui::dialog`.

use crate::engine::content::QuestionKind;
use crate::engine::facts::{GAP_END, GAP_START};
use crate::tui::keymap;
use crate::tui::kiosk::seconds_left;
use crate::tui::layout::fit;
use crate::tui::model::{Model, Msg, Overlay, Screen};
use crate::wrap::{width as cells, wrap};
use ratatui::style::Style;
use ratatui::text::{Line, Span};

/// A dialog's words, laid out for its width but not yet placed in the frame.
pub(crate) struct DialogText {
    pub title: String,
    pub lines: Vec<Line<'static>>,
    /// The dialog's width, borders included.
    pub width: u16,
    /// Clickable parts: (line, first column, end column, message), relative to the inside.
    pub buttons: Vec<(usize, u16, u16, Msg)>,
    /// The text cursor (line, column) for a text field.
    pub cursor: Option<(usize, u16)>,
}

/// The words of the dialog for `overlay` in a frame `area_width` cells wide, before it is
/// placed (and, when too long, scrolled) by `dialog::dialog`.
pub(crate) fn dialog_text(m: &Model<'_>, overlay: &Overlay, area_width: u16) -> DialogText {
    let t = |id: &str| m.guide.locales.text(m.lang, id);
    let max = 72.min(area_width.saturating_sub(2));
    let inner_w = max.saturating_sub(4);
    let mut buttons: Vec<(usize, u16, u16, Msg)> = Vec::new();
    let mut cursor: Option<(usize, u16)> = None;
    let button_row = |lines: &mut Vec<Line<'static>>,
                      buttons: &mut Vec<(usize, u16, u16, Msg)>,
                      items: Vec<(String, Msg)>| {
        let mut spans = Vec::new();
        let mut x = 0u16;
        for (label, msg) in items {
            let text = format!("[{label}]");
            let w = cells(&text) as u16;
            buttons.push((lines.len(), x, x + w, msg));
            spans.push(Span::styled(text, m.theme.button));
            spans.push(Span::raw("  "));
            x += w + 2;
        }
        lines.push(Line::from(spans));
    };
    let (title, lines, width) = match overlay {
        Overlay::Help => {
            let mut lines = Vec::new();
            if let Screen::Question(q) = m.screen {
                let question = &m.guide.content.questions[q];
                let id = crate::message_id::question(&question.id);
                // "Not sure?" on a gap month opens this: how to look the month up first.
                let tip = match question.id.as_str() {
                    GAP_START => Some("ui-tui-month-tip"),
                    GAP_END => Some("ui-tui-month-tip-end"),
                    _ => None,
                };
                if let Some(tip) = tip {
                    let mut args = fluent_bundle::FluentArgs::new();
                    args.set("none", t(&crate::message_id::no_answer(&question.id)));
                    let text = m.guide.locales.fmt(m.lang, tip, Some(&args));
                    lines.extend(wrapped(&text, inner_w, m.theme.base));
                    lines.push(Line::raw(""));
                }
                if let Some(help) = m.guide.locales.attr(m.lang, &id, "help", None) {
                    lines.extend(wrapped(&help, inner_w, m.theme.base));
                    lines.push(Line::raw(""));
                }
                // Ticking is the one thing here that works unlike the other questions.
                if question.kind == QuestionKind::Multi {
                    let mut args = fluent_bundle::FluentArgs::new();
                    args.set("none", t(&crate::message_id::no_answer(&question.id)));
                    let text = m
                        .guide
                        .locales
                        .fmt(m.lang, "ui-tui-help-multi", Some(&args));
                    lines.extend(wrapped(&text, inner_w, m.theme.base));
                    lines.push(Line::raw(""));
                }
            }
            // Every key of the screen under the dialog, from the table input.rs maps with.
            lines.extend(wrapped(
                &t("ui-tui-help-keys-heading"),
                inner_w,
                m.theme.heading,
            ));
            let sep = t("ui-label-separator");
            for (keys, does) in keymap::help_pairs(m, keymap::screen_context(m)) {
                // Continued lines are indented, so each key stands out at the left.
                let text = format!("{keys}{sep}{does}");
                for (i, l) in wrap(&text, usize::from(inner_w.saturating_sub(2)))
                    .into_iter()
                    .enumerate()
                {
                    let l = if i == 0 { l } else { format!("  {l}") };
                    lines.push(Line::styled(l, m.theme.base));
                }
            }
            lines.push(Line::raw(""));
            lines.extend(wrapped(&t("ui-disclaimer"), inner_w, m.theme.base));
            lines.push(Line::raw(""));
            button_row(
                &mut lines,
                &mut buttons,
                vec![(t("ui-tui-close"), Msg::Back)],
            );
            (t("ui-tui-help-title"), lines, max)
        }
        Overlay::ConfirmQuit | Overlay::ConfirmRestart => {
            let id = if *overlay == Overlay::ConfirmQuit {
                "ui-tui-quit-question"
            } else {
                "ui-tui-restart-question"
            };
            let w = max.min(50);
            let mut lines = wrapped(&t(id), w.saturating_sub(4), m.theme.base);
            lines.push(Line::raw(""));
            button_row(
                &mut lines,
                &mut buttons,
                vec![(t("ui-tui-yes"), Msg::Yes), (t("ui-tui-no"), Msg::No)],
            );
            // The title names what is asked, as short as the button that asked it.
            let title = if *overlay == Overlay::ConfirmQuit {
                "ui-tui-btn-quit"
            } else {
                "ui-tui-btn-restart"
            };
            (t(title), lines, w)
        }
        Overlay::Export(input)
        | Overlay::SaveAnswers(input)
        | Overlay::OperatorPin(input)
        | Overlay::ResumeCode(input) => {
            let (title, prompt, note, secret) = match overlay {
                Overlay::Export(_) if m.settings.kiosk() => (
                    "ui-tui-btn-export",
                    "ui-kiosk-export-prompt",
                    "ui-tui-export-formats",
                    false,
                ),
                Overlay::Export(_) => (
                    "ui-tui-btn-export",
                    "ui-tui-export-prompt",
                    "ui-tui-export-formats",
                    false,
                ),
                Overlay::SaveAnswers(_) => (
                    "ui-tui-btn-save-answers",
                    "ui-tui-save-answers-prompt",
                    "ui-tui-save-answers-note",
                    false,
                ),
                Overlay::OperatorPin(_) => (
                    "ui-kiosk-operator-title",
                    "ui-kiosk-operator-prompt",
                    "ui-kiosk-operator-note",
                    true,
                ),
                _ => (
                    "ui-tui-btn-code",
                    "ui-tui-code-prompt",
                    "ui-tui-code-note",
                    false,
                ),
            };
            let mut lines = wrapped(&t(prompt), inner_w, m.theme.base);
            let error = dialog_error(m);
            // An error takes the note's place, so the buttons still fit a small screen.
            if error.is_none() {
                lines.extend(wrapped(&t(note), inner_w, m.theme.muted));
            }
            lines.push(Line::raw(""));
            // A PIN shows as stars; a long path shows its end so the cursor stays in view.
            let room = usize::from(inner_w.saturating_sub(1));
            let (shown, cursor_col) = input.window(room, secret);
            cursor = Some((lines.len(), cursor_col as u16));
            lines.push(Line::styled(fit(&shown, inner_w), m.theme.key));
            lines.push(Line::raw(""));
            // What is wrong with the text, under it and whole: the dialog stays open so it
            // can be corrected (the status line, one row, is left empty meanwhile).
            if let Some(text) = error {
                lines.extend(wrapped(&text, inner_w, m.theme.error));
                lines.push(Line::raw(""));
            }
            let ok = if matches!(overlay, Overlay::Export(_) | Overlay::SaveAnswers(_)) {
                "ui-tui-save"
            } else {
                "ui-tui-ok"
            };
            button_row(
                &mut lines,
                &mut buttons,
                vec![(t(ok), Msg::Confirm), (t("ui-tui-cancel"), Msg::Back)],
            );
            (t(title), lines, max)
        }
        Overlay::StillThere => {
            let mut args = fluent_bundle::FluentArgs::new();
            args.set("seconds", seconds_left(m));
            // Both languages: the person may not read the one last chosen.
            let mut lines = Vec::new();
            for lang in [m.lang, m.lang.other()] {
                let text = m
                    .guide
                    .locales
                    .fmt(lang, "ui-kiosk-still-there", Some(&args));
                lines.extend(wrapped(&text, inner_w, m.theme.warning));
                lines.push(Line::raw(""));
            }
            button_row(
                &mut lines,
                &mut buttons,
                vec![(t("ui-kiosk-continue"), Msg::Confirm)],
            );
            (t("ui-title-short"), lines, max)
        }
    };
    DialogText {
        title,
        lines,
        width,
        buttons,
        cursor,
    }
}

/// An error status while a text dialog is open: shown in the dialog, by its field.
pub(crate) fn dialog_error(m: &Model<'_>) -> Option<String> {
    let open = matches!(
        m.overlay,
        Some(
            Overlay::Export(_)
                | Overlay::SaveAnswers(_)
                | Overlay::OperatorPin(_)
                | Overlay::ResumeCode(_)
        )
    );
    let status = m.status.as_ref().filter(|s| open && s.error)?;
    let mut args = fluent_bundle::FluentArgs::new();
    args.set("detail", status.arg.clone().unwrap_or_default());
    Some(m.guide.locales.fmt(m.lang, status.id, Some(&args)))
}

/// `text` wrapped to `width` as lines of one style.
pub(crate) fn wrapped(text: &str, width: u16, style: Style) -> Vec<Line<'static>> {
    wrap(text, usize::from(width))
        .into_iter()
        .map(|l| Line::styled(l, style))
        .collect()
}
