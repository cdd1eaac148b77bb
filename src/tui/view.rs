//! Drawing: a pure function of the model and its plan. It only reads.
//!
//! Text is wrapped by `crate::wrap` before it gets here and drawn without ratatui's `Wrap`
//! (which can draw past the edge with wide characters, ratatui issue #2679).

use super::dialog::{dialog, dialog_inner};
use super::keymap::{self, Ctx};
use super::layout::help::{dialog_error, wrapped};
use super::layout::{Geometry, Plan, button_spans, fit, fit_words, plan, visible_offset};
use super::model::{Model, Msg, Overlay, too_small};
use crate::wrap::width as cells;
use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;
use ratatui::widgets::{Block, Borders, Clear, Paragraph};
use unicode_width::UnicodeWidthStr;

/// Draws the model, laying its screen out for the frame first: for callers that keep no
/// plan (tests). The runtime draws the plan it keeps with [`draw`].
pub fn view(m: &Model<'_>, frame: &mut Frame<'_>) {
    let area = frame.area();
    if too_small(area.width, area.height) {
        draw_too_small(m, frame, area);
        return;
    }
    draw_plan(m, &plan(m, area.width, area.height), frame);
}

/// Draws the model with `shown`, the plan laid out for it. A plan made for another size
/// (the window changed before its resize event arrived) is made again for this frame.
pub fn draw(m: &Model<'_>, shown: &Plan, frame: &mut Frame<'_>) {
    let area = frame.area();
    if too_small(area.width, area.height) {
        draw_too_small(m, frame, area);
    } else if shown.geo.width == area.width && shown.geo.height == area.height {
        draw_plan(m, shown, frame);
    } else {
        draw_plan(m, &plan(m, area.width, area.height), frame);
    }
}

/// Draws a plan made for the frame's size.
fn draw_plan(m: &Model<'_>, p: &Plan, frame: &mut Frame<'_>) {
    let area = frame.area();
    let geo = &p.geo;
    frame.render_widget(Block::new().style(m.theme.base), area);
    draw_frame(m, frame, p, geo);
    let offset = visible_offset(p, geo, m.scroll);
    let rows = usize::from(geo.body_rows);
    let body: Vec<Line<'static>> = p
        .body
        .iter()
        .skip(offset)
        .take(rows)
        .map(|l| l.line.clone())
        .collect();
    let body_area = Rect::new(geo.text_left, geo.body_top, geo.text_width, geo.body_rows);
    frame.render_widget(Paragraph::new(body).style(m.theme.base), body_area);
    // Scroll markers in the right border when there is more above or below.
    let right = area.width.saturating_sub(1);
    if offset > 0 {
        frame.render_widget(
            Paragraph::new("^").style(m.theme.key),
            Rect::new(right, geo.body_top, 1, 1),
        );
    }
    if offset + rows < p.body.len() {
        let y = geo.body_top + geo.body_rows.saturating_sub(1);
        frame.render_widget(
            Paragraph::new("v").style(m.theme.key),
            Rect::new(right, y, 1, 1),
        );
    }
    if let (Some(row), Some((status, error)), None) = (geo.status_row, &p.status, dialog_error(m)) {
        let style = if *error { m.theme.error } else { m.theme.key };
        let lines = crate::wrap::wrap(status, usize::from(geo.text_width));
        let rows = usize::from(geo.status_rows.max(1));
        for (i, line) in lines.iter().take(rows).enumerate() {
            // Only a message longer than the rows it was given is cut, on its last row.
            let line = if i + 1 == rows && lines.len() > rows {
                fit(&lines[i..].join(""), geo.text_width)
            } else {
                line.clone()
            };
            frame.render_widget(
                Paragraph::new(line).style(style),
                Rect::new(geo.text_left, row + i as u16, geo.text_width, 1),
            );
        }
    }
    if geo.sidebar_width > 0 {
        draw_sidebar(m, frame, p, geo);
    }
    for (x, y, label, _) in button_spans(p, geo) {
        let w = cells(&label) as u16;
        frame.render_widget(
            Paragraph::new(label).style(m.theme.button),
            Rect::new(x, y, w, 1),
        );
    }
    let hint = Paragraph::new(fit(&p.hint, area.width)).style(m.theme.muted);
    frame.render_widget(hint, Rect::new(0, geo.hint_row, area.width, 1));
    // The real cursor sits in a text field, so an input method's window follows it.
    if m.overlay.is_none()
        && let Some((line, col)) = p.text_cursor
        && line >= offset
        && line < offset + rows
    {
        let y = geo.body_top + (line - offset) as u16;
        frame.set_cursor_position(Position::new(geo.text_left + col.min(geo.text_width), y));
    } else if m.settings.cursor_follow
        && m.overlay.is_none()
        && let Some((first, _)) = p.focus
        && first >= offset
        && first < offset + rows
    {
        // `cursor: follow`: the cursor stands at the start of the highlighted row, so a
        // terminal screen reader reads what is selected.
        let y = geo.body_top + (first - offset) as u16;
        frame.set_cursor_position(Position::new(geo.text_left, y));
    }
    if let Some(overlay) = &m.overlay {
        draw_overlay(m, frame, overlay, area);
    }
}

/// The counselor's answers column, right of a vertical rule.
fn draw_sidebar(m: &Model<'_>, frame: &mut Frame<'_>, p: &Plan, geo: &Geometry) {
    let top = 1;
    let rows = geo.buttons_row.saturating_sub(top);
    let rule_x = geo.sidebar_x.saturating_sub(1);
    let rule: Vec<Line<'static>> = (0..rows)
        .map(|_| Line::styled(m.theme.borders.vertical_left, m.theme.border))
        .collect();
    frame.render_widget(Paragraph::new(rule), Rect::new(rule_x, top, 1, rows));
    let lines: Vec<Line<'static>> = p
        .sidebar
        .iter()
        .take(usize::from(rows))
        .enumerate()
        .map(|(i, (text, _))| {
            let style = if i == 0 {
                m.theme.heading
            } else {
                m.theme.base
            };
            Line::styled(fit(text, geo.sidebar_width.saturating_sub(1)), style)
        })
        .collect();
    frame.render_widget(
        Paragraph::new(lines).style(m.theme.base),
        Rect::new(
            geo.sidebar_x + 1,
            top,
            geo.sidebar_width.saturating_sub(1),
            rows,
        ),
    );
}

fn block<'a>(m: &Model<'_>, title: String) -> Block<'a> {
    Block::new()
        .borders(Borders::ALL)
        .border_set(m.theme.borders)
        .border_style(m.theme.border)
        .title(Span::styled(title, m.theme.title))
}

fn draw_frame(m: &Model<'_>, frame: &mut Frame<'_>, p: &Plan, geo: &Geometry) {
    let outer = Rect::new(0, 0, geo.width, geo.height.saturating_sub(1));
    // Title on the left of the top border, the language button on the right; the title
    // gives way when both do not fit.
    let lang = format!("[{}]", p.lang_button);
    let room = geo.width.saturating_sub(4 + cells(&lang) as u16 + 1);
    let full = format!(" {} ", p.title);
    let title = if cells(&full) <= usize::from(room) {
        full
    } else {
        fit(
            &format!(" {} ", m.guide.locales.text(m.lang, "ui-title-short")),
            room,
        )
    };
    frame.render_widget(block(m, title), outer);
    let x = geo.width.saturating_sub(2 + cells(&lang) as u16);
    frame.render_widget(
        Paragraph::new(lang.clone()).style(m.theme.button),
        Rect::new(x, 0, cells(&lang) as u16, 1),
    );
    for (i, line) in p.header.iter().enumerate() {
        let text: String = line.spans.iter().map(|s| s.content.as_ref()).collect();
        let style = line.spans.first().map_or(line.style, |s| s.style);
        frame.render_widget(
            Paragraph::new(fit(&text, geo.text_width)).style(style),
            Rect::new(geo.text_left, 1 + i as u16, geo.text_width, 1),
        );
    }
}

fn draw_overlay(m: &Model<'_>, frame: &mut Frame<'_>, overlay: &Overlay, area: Rect) {
    let d = dialog(m, overlay, area);
    clear_under(frame.buffer_mut(), d.rect);
    let title = fit_words(&d.title, d.rect.width.saturating_sub(6));
    frame.render_widget(block(m, format!(" {title} ")).style(m.theme.base), d.rect);
    let inner = dialog_inner(d.rect);
    frame.render_widget(Paragraph::new(d.lines).style(m.theme.base), inner);
    // More above or below: marks on the right border, as on the screen's own frame.
    let right = d.rect.right().saturating_sub(1);
    if d.more_above && inner.height > 0 {
        frame.render_widget(
            Paragraph::new("^").style(m.theme.key),
            Rect::new(right, inner.y, 1, 1),
        );
    }
    if d.more_below && inner.height > 1 {
        frame.render_widget(
            Paragraph::new("v").style(m.theme.key),
            Rect::new(right, inner.bottom().saturating_sub(2), 1, 1),
        );
    }
    if let Some((line, col)) = d.cursor {
        let y = inner.y + line as u16;
        if y < inner.y + inner.height {
            frame.set_cursor_position(Position::new(inner.x + col.min(inner.width), y));
        }
    }
}

/// Clears every cell of `rect`, including the halves of wide characters that straddle its
/// edges. `Clear` resets the cells inside, but a wide character that starts just left of
/// the rectangle spills into its first column: a terminal would draw it over the dialog's
/// left border (and ratatui would then skip the border cell as its hidden second half). So
/// that character goes too. One that starts in the last column loses its first half to the
/// clear; its second half, just outside, is set to a plain space so nothing is left of it.
fn clear_under(buf: &mut Buffer, rect: Rect) {
    let area = buf.area;
    let rect = rect.intersection(area);
    if rect.is_empty() {
        return;
    }
    let wide = |buf: &Buffer, x: u16, y: u16| buf[(x, y)].symbol().width() > 1;
    for y in rect.top()..rect.bottom() {
        if rect.left() > area.left() && wide(buf, rect.left() - 1, y) {
            buf[(rect.left() - 1, y)].set_symbol(" ");
        }
        let last = rect.right() - 1;
        if rect.right() < area.right() && wide(buf, last, y) {
            buf[(rect.right(), y)].set_symbol(" ");
        }
    }
    Clear.render(rect, buf);
}

/// Below the minimum size: a bilingual request to enlarge the window. Keys still work.
fn draw_too_small(m: &Model<'_>, frame: &mut Frame<'_>, area: Rect) {
    let mut text = m.guide.locales.text(m.lang, "ui-tui-too-small");
    if m.overlay == Some(Overlay::ConfirmQuit) {
        // The quit question is asked here too, since no dialog fits.
        let key = |msg| keymap::key_for(m, Ctx::TooSmallQuit, &msg).unwrap_or_default();
        text = format!(
            "{} {} / {}\n{text}",
            m.guide.locales.text(m.lang, "ui-tui-quit-question"),
            key(Msg::Yes),
            key(Msg::No)
        );
    }
    let lines = wrapped(&text, area.width.max(1), m.theme.warning);
    frame.render_widget(Paragraph::new(lines).style(m.theme.base), area);
}
