//! What each screen shows, as plain data: lines (already wrapped to the width), the row
//! each click lands on, the buttons and the key hints.
//!
//! One pure function, [`plan`], lays a screen out; the runtime plans once per event, draws
//! that plan (`view`) and keeps it to map a click to the thing drawn under it (`input`), so
//! what a person sees and what a click does can never disagree. Each screen's body has a
//! file of its own; so do the parts every screen has (header, buttons, the counselor's
//! column). `parts.rs` holds what they are all made of (the plan, its geometry, the line
//! helpers); this file only puts a screen together.

mod buttons;
mod checklist;
mod header;
pub(crate) mod help;
mod month;
mod parts;
mod question;
mod review;
mod sidebar;
mod welcome;

use buttons::button_rows;
pub use buttons::button_spans;
pub use parts::{Geometry, Plan, PlanLine, fit, visible_offset};
pub(crate) use parts::{T, fit_words, scroll_to_focus};

use super::keymap;
use super::model::{Model, Msg, Overlay, Screen, Status};
use crate::checklist::question_label;
use crate::wrap::{width as cells, wrap};
use fluent_bundle::FluentArgs;

/// The plan for the model's current screen at `width` × `height`.
pub fn plan(m: &Model<'_>, width: u16, height: u16) -> Plan {
    let t = T { m };
    let walk = m.walk();
    let header = header::header_lines(m, &walk, width);
    let buttons = buttons::buttons(m, &walk);
    let status = m.status.as_ref().map(|s| (status_text(m, s), s.error));
    let geo = geometry_of(
        m,
        width,
        height,
        header.len(),
        &buttons,
        status.as_ref().map(|(s, _)| s.as_str()),
    );
    let mut p = Plan {
        title: t.t("ui-title"),
        lang_button: t.t("ui-tui-lang-button"),
        header,
        body: Vec::new(),
        focus: None,
        buttons,
        hint: String::new(),
        status,
        text_cursor: None,
        sidebar: Vec::new(),
        geo,
    };
    match m.screen {
        Screen::Welcome => welcome::welcome_plan(m, &t, &geo, &mut p),
        Screen::Question(q) => question::question_plan(m, &t, q, &geo, &mut p),
        Screen::Review => review::review_plan(m, &t, &walk, &geo, &mut p),
        Screen::Checklist => checklist::checklist_plan(m, &t, &geo, &mut p),
    }
    if geo.sidebar_width > 0 {
        p.sidebar = sidebar::sidebar(m, &t, &walk, geo.sidebar_width);
    }
    // The keys of the screen or of the dialog over it, from the one key table.
    p.hint = if m.overlay == Some(Overlay::StillThere) {
        t.t("ui-kiosk-any-key")
    } else {
        hints(&keymap::hint_pairs(m, keymap::context(m)), width)
    };
    p
}

/// Where the parts of the model's current screen go.
pub fn geometry(m: &Model<'_>, width: u16, height: u16) -> Geometry {
    let walk = m.walk();
    let header = header::header_lines(m, &walk, width);
    let status = m.status.as_ref().map(|s| status_text(m, s));
    geometry_of(
        m,
        width,
        height,
        header.len(),
        &buttons::buttons(m, &walk),
        status.as_deref(),
    )
}

/// The geometry for a screen with these header lines, buttons and status message.
fn geometry_of(
    m: &Model<'_>,
    width: u16,
    height: u16,
    header_lines: usize,
    buttons: &[(String, Msg)],
    status: Option<&str>,
) -> Geometry {
    let rows = button_rows(buttons, width).len();
    let geo = Geometry::new(width, height, header_lines, status.is_some())
        .with_buttons(rows)
        .with_sidebar(m);
    let status_rows = status.map_or(0, |s| wrap(s, usize::from(geo.text_width)).len());
    geo.with_status(status_rows)
}

/// Builds the hint bar from (key, label) pairs in priority order, keeping what fits.
fn hints(pairs: &[(String, String)], width: u16) -> String {
    let mut out = String::new();
    for (key, label) in pairs.iter().filter(|(k, _)| !k.is_empty()) {
        let piece = format!("{key} {label}");
        let sep = if out.is_empty() { "" } else { " | " };
        if cells(&out) + cells(sep) + cells(&piece) <= usize::from(width) {
            out.push_str(sep);
            out.push_str(&piece);
        }
    }
    out
}

/// The status line's words. A list of questions to answer again (from a resume code)
/// names them as the person reads them, never by their ids.
fn status_text(m: &Model<'_>, s: &Status) -> String {
    let mut detail = s.arg.clone().unwrap_or_default();
    if s.id == "ui-resume-ask-again" {
        let sep = m.guide.locales.text(m.lang, "ui-list-separator");
        detail = detail
            .split(',')
            .map(|id| question_label(&m.guide.locales, m.lang, id.trim()))
            .collect::<Vec<_>>()
            .join(&sep);
    }
    let mut args = FluentArgs::new();
    args.set("detail", detail);
    m.guide.locales.fmt(m.lang, s.id, Some(&args))
}
