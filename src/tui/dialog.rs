//! Where a dialog goes in the frame, and which of its lines show when it is taller than the
//! frame: the same for drawing (`view`), for mouse clicks (`input`) and for how far help
//! scrolls (`scroll`). Its words are `layout::help`'s.

use crate::tui::layout::help::{DialogText, dialog_text};
use crate::tui::model::{Model, Msg, Overlay};
use ratatui::layout::Rect;
use ratatui::text::Line;

/// A dialog's content and where it goes: the same for drawing and for mouse clicks.
pub struct Dialog {
    pub title: String,
    pub lines: Vec<Line<'static>>,
    pub rect: Rect,
    /// Clickable parts: (line, first column, end column, message), relative to the inside.
    pub buttons: Vec<(usize, u16, u16, Msg)>,
    /// The text cursor (line, column) for a text field.
    pub cursor: Option<(usize, u16)>,
    /// Lines scrolled out of view above and below (marked on the right border).
    pub more_above: bool,
    pub more_below: bool,
}

/// Lays out the dialog for `overlay` in a frame of `area`.
pub fn dialog(m: &Model<'_>, overlay: &Overlay, area: Rect) -> Dialog {
    let DialogText {
        title,
        lines,
        width,
        mut buttons,
        mut cursor,
    } = dialog_text(m, overlay, area.width);
    let width = width.min(area.width.saturating_sub(2)).max(10);
    // Too many lines for the frame: the buttons (the last line) stay, and the lines above
    // them scroll. Help scrolls with the arrows; other dialogs show their end, where the
    // text field is.
    let room = usize::from(dialog_rows(area).saturating_sub(2)).max(1);
    let mut lines = lines;
    let (mut more_above, mut more_below) = (false, false);
    if lines.len() > room && !lines.is_empty() {
        let footer = lines.len() - 1;
        let content_room = room.saturating_sub(1);
        let max_scroll = footer.saturating_sub(content_room);
        let scroll = if *overlay == Overlay::Help {
            m.help_scroll.min(max_scroll)
        } else {
            max_scroll
        };
        more_above = scroll > 0;
        more_below = scroll < max_scroll;
        let shown = footer.min(scroll + content_room);
        let mut kept: Vec<Line<'static>> = lines.drain(scroll..shown).collect();
        let footer_line = lines.pop();
        kept.extend(footer_line);
        let last = kept.len().saturating_sub(1);
        cursor = cursor
            .and_then(|(line, col)| (line >= scroll && line < shown).then(|| (line - scroll, col)));
        buttons = buttons
            .into_iter()
            .filter_map(|(line, x0, x1, msg)| match line {
                l if l == footer => Some((last, x0, x1, msg)),
                l if l >= scroll && l < shown => Some((l - scroll, x0, x1, msg)),
                _ => None,
            })
            .collect();
        lines = kept;
    }
    let rows = dialog_rows(area);
    let height = (lines.len() as u16 + 2).min(rows).max(3);
    let x = (area.width.saturating_sub(width)) / 2;
    let y = (1 + rows.saturating_sub(height) / 2).min(area.height.saturating_sub(height));
    Dialog {
        title,
        lines,
        rect: Rect::new(x, y, width, height),
        buttons,
        cursor,
        more_above,
        more_below,
    }
}

/// The rows a dialog may take: inside the frame's top and bottom borders, so the title row,
/// the bottom border and the hint bar stay whole.
fn dialog_rows(area: Rect) -> u16 {
    area.height.saturating_sub(3)
}

/// How far help can scroll in a frame of `area` (0 when it fits).
pub(crate) fn help_max_scroll(m: &Model<'_>, area: Rect) -> usize {
    // Laid out in a frame tall enough for every line, nothing scrolls.
    let all = dialog(m, &Overlay::Help, Rect::new(0, 0, area.width, u16::MAX / 2)).lines;
    let room = usize::from(dialog_rows(area).saturating_sub(2)).max(1);
    all.len()
        .saturating_sub(1)
        .saturating_sub(room.saturating_sub(1))
}

/// The inside of a dialog box (inside the border, one column of padding).
pub fn dialog_inner(rect: Rect) -> Rect {
    Rect::new(
        rect.x + 2,
        rect.y + 1,
        rect.width.saturating_sub(4),
        rect.height.saturating_sub(2),
    )
}
