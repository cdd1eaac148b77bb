//! The buttons along the bottom of each screen, wrapped onto more rows when the frame is
//! narrow so none is ever out of reach.

use super::parts::{Geometry, Plan, fit};
use crate::engine::flow::Walk;
use crate::tui::model::{Model, Msg, Screen};
use crate::wrap::width as cells;

/// The buttons of the model's screen, in order; they wrap onto more rows when the screen is
/// narrow (see [`button_rows`]), so none is ever out of reach.
pub(super) fn buttons(m: &Model<'_>, walk: &Walk) -> Vec<(String, Msg)> {
    let t = |id: &str| m.guide.locales.text(m.lang, id);
    let s = &m.settings;
    let mut b = Vec::new();
    match m.screen {
        Screen::Welcome => {
            b.push((t("ui-tui-start"), Msg::Choose(2)));
            b.push((t("ui-tui-btn-code"), Msg::EnterCode));
            if !s.kiosk() {
                b.push((t("ui-tui-btn-quit"), Msg::Quit));
            }
        }
        Screen::Question(_) => {
            b.push((t("ui-tui-btn-back"), Msg::Back));
            b.push((t("ui-tui-btn-help"), Msg::Help));
            b.push((t("ui-tui-btn-next"), Msg::Confirm));
        }
        Screen::Review => {
            let last = walk.path.len();
            b.push((t("ui-tui-btn-back"), Msg::Back));
            b.push((t("ui-tui-show-checklist-short"), Msg::Choose(last)));
            if !s.kiosk() {
                b.push((t("ui-tui-btn-save-answers"), Msg::SaveAnswers));
            }
        }
        Screen::Checklist => {
            b.push((t("ui-tui-btn-back"), Msg::Back));
            b.push((t("ui-tui-btn-sources"), Msg::ToggleSources));
            if s.print_command.is_some() {
                b.push((t("ui-kiosk-btn-print"), Msg::Print));
            }
            if s.can_export() {
                b.push((t("ui-tui-btn-export"), Msg::StartExport));
            }
            if s.counselor() {
                b.push((t("ui-counselor-btn-copy"), Msg::Copy));
                b.push((t("ui-counselor-btn-bilingual"), Msg::ToggleBilingual));
            }
            if s.kiosk() {
                b.push((t("ui-kiosk-btn-finish"), Msg::FinishAndClear));
            } else {
                b.push((t("ui-tui-btn-save-answers"), Msg::SaveAnswers));
                b.push((t("ui-tui-btn-restart"), Msg::Restart));
                b.push((t("ui-tui-btn-quit"), Msg::Quit));
            }
        }
    }
    // On every screen, last, so the buttons before it keep their places.
    if s.speak {
        let label = if m.speaking {
            "ui-tui-btn-stop-reading"
        } else {
            "ui-tui-btn-read-aloud"
        };
        b.push((t(label), Msg::ReadAloud));
    }
    b
}

/// Lays buttons out in rows across the frame (from the text's left edge to the border),
/// starting a new row when the next button does not fit: (row, first column, "[label]",
/// message). A label wider than a whole row is cut to fit, so every button has a place.
pub(super) fn button_rows(buttons: &[(String, Msg)], width: u16) -> Vec<Vec<(u16, String, Msg)>> {
    let left = 2u16;
    let right = width.saturating_sub(2);
    let room = right.saturating_sub(left).max(3);
    let mut rows: Vec<Vec<(u16, String, Msg)>> = Vec::new();
    let mut x = left;
    for (label, msg) in buttons {
        let mut text = format!("[{label}]");
        if cells(&text) > usize::from(room) {
            text = format!("[{}]", fit(label, room.saturating_sub(2)));
        }
        let w = cells(&text) as u16;
        if rows.is_empty() || x + w > right {
            rows.push(Vec::new());
            x = left;
        }
        if let Some(row) = rows.last_mut() {
            row.push((x, text, msg.clone()));
        }
        x += w + 1;
    }
    rows
}

/// Buttons as drawn: (first column, row, `"[label]"`, message).
pub fn button_spans(p: &Plan, geo: &Geometry) -> Vec<(u16, u16, String, Msg)> {
    // Only the rows the geometry made room for (all of them, down to 40x12), so buttons
    // never draw over the body.
    button_rows(&p.buttons, geo.width)
        .into_iter()
        .take(usize::from(geo.button_rows))
        .enumerate()
        .flat_map(|(i, row)| {
            let y = geo.buttons_row + i as u16;
            row.into_iter().map(move |(x, text, msg)| (x, y, text, msg))
        })
        .collect()
}
