//! What every screen's plan is made of: the plan itself and its lines, where the parts of
//! the screen go, and the helpers that wrap text into plan lines. Each screen's file builds
//! its body from these; `mod.rs` puts the screen together.

use super::super::model::{Model, Msg};
use super::super::theme::Theme;
use crate::wrap::{width as cells, wrap, wrap_hanging};
use fluent_bundle::FluentArgs;
use ratatui::style::Style;
use ratatui::text::Line;

/// One body line and what a click on it does.
#[derive(Clone, Debug)]
pub struct PlanLine {
    pub line: Line<'static>,
    pub target: Option<Msg>,
    /// Parts of the line with their own target: (first column, end column, message),
    /// columns counted from the text's left edge.
    pub zones: Vec<(u16, u16, Msg)>,
}

/// A screen, laid out for a size.
#[derive(Clone, Debug)]
pub struct Plan {
    /// Shown in the top border.
    pub title: String,
    /// Top-right: switches language (click or F2).
    pub lang_button: String,
    /// Lines above the scrolled body (progress, breadcrumb).
    pub header: Vec<Line<'static>>,
    pub body: Vec<PlanLine>,
    /// Body lines that must be visible (the highlighted row).
    pub focus: Option<(usize, usize)>,
    pub buttons: Vec<(String, Msg)>,
    pub hint: String,
    pub status: Option<(String, bool)>,
    /// A text field's cursor: body line and column (the real terminal cursor goes there so
    /// an input method's candidate window follows it).
    pub text_cursor: Option<(usize, u16)>,
    /// Counselor: the answers so far, each with the message that jumps to it.
    pub sidebar: Vec<(String, Option<Msg>)>,
    /// Where it all goes in the frame it was laid out for.
    pub geo: Geometry,
}

/// Where the parts of a screen go, for a frame of `width` × `height`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Geometry {
    pub width: u16,
    pub height: u16,
    /// First body row and number of body rows.
    pub body_top: u16,
    pub body_rows: u16,
    /// Row of the status line (if any), and the first row of the buttons and how many rows
    /// they take.
    pub status_row: Option<u16>,
    /// Rows the status message takes (it wraps rather than being cut; at most 3).
    pub status_rows: u16,
    pub buttons_row: u16,
    pub button_rows: u16,
    pub hint_row: u16,
    /// Left column of text inside the border.
    pub text_left: u16,
    pub text_width: u16,
    /// Counselor: the answers column on the right (first column, width); width 0 = none.
    pub sidebar_x: u16,
    pub sidebar_width: u16,
}

/// The most rows a status message takes; a longer one ends with its last row cut.
const MAX_STATUS_ROWS: usize = 3;

/// The counselor's answers column needs room beside the question.
const SIDEBAR_MIN_WIDTH: u16 = 90;

impl Geometry {
    pub(super) fn new(width: u16, height: u16, header_lines: usize, has_status: bool) -> Geometry {
        // Row 0 is the top border with the title; the hint bar is the last row, below the
        // bottom border.
        let hint_row = height.saturating_sub(1);
        let bottom_border = height.saturating_sub(2);
        let buttons_row = bottom_border.saturating_sub(1);
        let status_row = has_status.then(|| buttons_row.saturating_sub(1));
        let body_top = 1 + header_lines as u16;
        let body_end = status_row.unwrap_or(buttons_row);
        Geometry {
            width,
            height,
            body_top,
            body_rows: body_end.saturating_sub(body_top),
            status_row,
            status_rows: u16::from(has_status),
            buttons_row,
            button_rows: 1,
            hint_row,
            text_left: 2,
            text_width: width.saturating_sub(4).max(1),
            sidebar_x: 0,
            sidebar_width: 0,
        }
    }

    /// Gives the buttons `rows` rows (at least one) above the bottom border, taken from
    /// the body but never leaving it without a row.
    pub(super) fn with_buttons(mut self, rows: usize) -> Geometry {
        let wanted = u16::try_from(rows).unwrap_or(u16::MAX).max(1);
        let extra = (wanted - 1).min(self.body_rows.saturating_sub(1));
        self.button_rows = 1 + extra;
        self.buttons_row = self.buttons_row.saturating_sub(extra);
        self.status_row = self.status_row.map(|r| r.saturating_sub(extra));
        self.body_rows = self.body_rows.saturating_sub(extra);
        self
    }

    /// Gives the status message `rows` rows (at most [`MAX_STATUS_ROWS`]) above the buttons,
    /// taken from the body but never leaving it without a row: a message is read whole, not
    /// cut at the frame's edge.
    pub(super) fn with_status(mut self, rows: usize) -> Geometry {
        let Some(row) = self.status_row else {
            return self;
        };
        let wanted = u16::try_from(rows.min(MAX_STATUS_ROWS)).unwrap_or(1).max(1);
        let extra = (wanted - 1).min(self.body_rows.saturating_sub(1));
        self.status_row = Some(row.saturating_sub(extra));
        self.status_rows = 1 + extra;
        self.body_rows = self.body_rows.saturating_sub(extra);
        self
    }

    /// Makes room for the counselor's answers column when the frame is wide enough.
    pub(super) fn with_sidebar(mut self, m: &Model<'_>) -> Geometry {
        if m.settings.counselor() && self.width >= SIDEBAR_MIN_WIDTH {
            self.sidebar_width = (self.width / 3).min(44);
            self.sidebar_x = self.width - 1 - self.sidebar_width;
            self.text_width = self.sidebar_x.saturating_sub(self.text_left + 2).max(1);
        }
        self
    }
}

/// Text helpers bound to the model's language.
pub(crate) struct T<'a> {
    pub(crate) m: &'a Model<'a>,
}

impl T<'_> {
    pub(crate) fn t(&self, id: &str) -> String {
        self.m.guide.locales.text(self.m.lang, id)
    }
    /// The same message in the other language (for the bilingual view and kiosk invites).
    pub(crate) fn other(&self, id: &str) -> String {
        self.m.guide.locales.text(self.m.lang.other(), id)
    }
    pub(crate) fn a(&self, id: &str, args: &FluentArgs) -> String {
        self.m.guide.locales.fmt(self.m.lang, id, Some(args))
    }
}

/// Wraps `text` to `width` as lines with one style.
pub(crate) fn para(text: &str, width: u16, style: Style) -> Vec<PlanLine> {
    wrap(text, usize::from(width))
        .into_iter()
        .map(|l| PlanLine {
            line: Line::styled(l, style),
            target: None,
            zones: Vec::new(),
        })
        .collect()
}

pub(crate) fn blank() -> PlanLine {
    PlanLine {
        line: Line::raw(""),
        target: None,
        zones: Vec::new(),
    }
}

/// A selectable row: "> text" when highlighted, "  text" otherwise, wrapped with a hanging
/// indent; every line of it clicks to `target`.
pub(crate) fn row(
    text: &str,
    width: u16,
    highlighted: bool,
    theme: &Theme,
    target: Msg,
) -> Vec<PlanLine> {
    lead_row("", text, width, highlighted, theme, target)
}

/// A [`row`] whose text follows a lead ("1. [x] "): wrapped lines start under the text,
/// so the number and the box stand alone in their column.
pub(crate) fn lead_row(
    lead: &str,
    text: &str,
    width: u16,
    highlighted: bool,
    theme: &Theme,
    target: Msg,
) -> Vec<PlanLine> {
    // The marker goes on the first line only; wrap_hanging indents the rest.
    let marker = if highlighted { "> " } else { "  " };
    let marker = format!("{marker}{lead}");
    let style = if highlighted {
        theme.selected
    } else {
        theme.base
    };
    wrap_hanging(text, usize::from(width), &marker)
        .into_iter()
        .map(|l| {
            let pad = usize::from(width).saturating_sub(cells(&l));
            let text = if highlighted {
                format!("{l}{}", " ".repeat(pad))
            } else {
                l
            };
            PlanLine {
                line: Line::styled(text, style),
                target: Some(target.clone()),
                zones: Vec::new(),
            }
        })
        .collect()
}

/// The first body line to show: the model's scroll, clamped so the body is never scrolled
/// past its end.
pub fn visible_offset(p: &Plan, geo: &Geometry, scroll: usize) -> usize {
    let rows = usize::from(geo.body_rows);
    scroll.min(p.body.len().saturating_sub(rows))
}

/// The scroll that keeps the focused lines visible, moving as little as possible.
pub(crate) fn scroll_to_focus(p: &Plan, geo: &Geometry, scroll: usize) -> usize {
    let rows = usize::from(geo.body_rows).max(1);
    let mut s = visible_offset(p, geo, scroll);
    if let Some((start, end)) = p.focus {
        if end > s + rows {
            s = end.saturating_sub(rows);
        }
        if start < s {
            s = start;
        }
    }
    s
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

/// `text` cut to `width` cells at a word boundary (a space, or between two Chinese
/// characters), never inside an English word; whole when it fits.
pub(crate) fn fit_words(text: &str, width: u16) -> String {
    if cells(text) <= usize::from(width) {
        return text.to_owned();
    }
    wrap(text, usize::from(width).max(1))
        .into_iter()
        .next()
        .map(|l| fit(l.trim_end(), width))
        .unwrap_or_default()
}
