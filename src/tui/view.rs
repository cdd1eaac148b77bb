//! Drawing: a pure function of the model and the frame size. It only reads.
//!
//! Text is wrapped by `crate::wrap` before it gets here and drawn without ratatui's `Wrap`
//! (which can draw past the edge with wide characters, ratatui issue #2679).

use super::keymap;
use super::layout::{Geometry, Plan, button_spans, geometry, plan, too_small, visible_offset};
use super::model::{Model, Msg, Overlay, Screen};
use crate::engine::content::QuestionKind;
use crate::engine::facts::{GAP_END, GAP_START};
use crate::wrap::{width as cells, wrap};
use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;
use ratatui::widgets::{Block, Borders, Clear, Paragraph};
use unicode_width::UnicodeWidthStr;

/// Draws the whole screen for the model.
pub fn view(m: &Model<'_>, frame: &mut Frame<'_>) {
    let area = frame.area();
    if too_small(area.width, area.height) {
        draw_too_small(m, frame, area);
        return;
    }
    let p = plan(m, area.width, area.height);
    let geo = geometry(m, area.width, area.height);
    frame.render_widget(Block::new().style(m.theme.base), area);
    draw_frame(m, frame, &p, &geo);
    let offset = visible_offset(&p, &geo, m.scroll);
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
        draw_sidebar(m, frame, &p, &geo);
    }
    for (x, y, label, _) in button_spans(&p, &geo) {
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

/// Cuts `text` to at most `width` cells without splitting a character.
pub fn fit(text: &str, width: u16) -> String {
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if used + w > usize::from(width) {
            break;
        }
        used += w;
        out.push(c);
    }
    out
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
    let t = |id: &str| m.guide.locales.text(m.lang, id);
    let max = 72.min(area.width.saturating_sub(2));
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
            args.set("seconds", super::model::seconds_left(m));
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

/// An error status while a text dialog is open: shown in the dialog, by its field.
fn dialog_error(m: &Model<'_>) -> Option<String> {
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

/// The rows a dialog may take: inside the frame's top and bottom borders, so the title row,
/// the bottom border and the hint bar stay whole.
fn dialog_rows(area: Rect) -> u16 {
    area.height.saturating_sub(3)
}

/// How far help can scroll in a frame of `area` (0 when it fits).
pub fn help_max_scroll(m: &Model<'_>, area: Rect) -> usize {
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

fn wrapped(text: &str, width: u16, style: Style) -> Vec<Line<'static>> {
    wrap(text, usize::from(width))
        .into_iter()
        .map(|l| Line::styled(l, style))
        .collect()
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
pub fn clear_under(buf: &mut Buffer, rect: Rect) {
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

/// `text` cut to `width` cells at a word boundary (a space, or between two Chinese
/// characters), never inside an English word; whole when it fits.
pub fn fit_words(text: &str, width: u16) -> String {
    if cells(text) <= usize::from(width) {
        return text.to_owned();
    }
    wrap(text, usize::from(width).max(1))
        .into_iter()
        .next()
        .map(|l| fit(l.trim_end(), width))
        .unwrap_or_default()
}

/// Below the minimum size: a bilingual request to enlarge the window. Keys still work.
fn draw_too_small(m: &Model<'_>, frame: &mut Frame<'_>, area: Rect) {
    let mut text = m.guide.locales.text(m.lang, "ui-tui-too-small");
    if m.overlay == Some(Overlay::ConfirmQuit) {
        // The quit question is asked here too, since no dialog fits.
        text = format!(
            "{} Y / N\n{text}",
            m.guide.locales.text(m.lang, "ui-tui-quit-question")
        );
    }
    let lines = wrapped(&text, area.width.max(1), m.theme.warning);
    frame.render_widget(Paragraph::new(lines).style(m.theme.base), area);
}
