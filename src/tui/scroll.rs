//! Keeping the highlighted row in view, on the screen as laid out. `update` only says where
//! the cursor and scroll should be; this settles them on the plan of the screen it leaves,
//! once per message, and measures how far help can scroll.

use super::dialog::help_max_scroll;
use super::layout::{Plan, plan, scroll_to_focus, visible_offset};
use super::model::{Model, Msg, Overlay, Screen, too_small};
use ratatui::layout::Rect;

/// What a message asks of the scroll.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Intent {
    /// Leave it: the clock ticked, or a key only answered "still there?".
    Keep,
    /// Keep the highlighted row in view.
    FollowFocus,
    /// The person scrolled (paging, the wheel, or End and Down past the review's last row):
    /// the highlight follows the view.
    Scrolled,
}

impl Intent {
    /// What `msg` asks of the scroll, judged on the model before `update` gets it.
    pub(crate) fn of(m: &Model<'_>, msg: &Msg) -> Intent {
        if matches!(msg, Msg::Tick(_))
            || msg.is_activity() && m.overlay == Some(Overlay::StillThere)
        {
            return Intent::Keep;
        }
        let paged = matches!(m.screen, Screen::Checklist | Screen::Review)
            && m.overlay.is_none()
            && matches!(msg, Msg::PageUp | Msg::PageDown | Msg::Scroll(_));
        // On the review, End and Down past the last row scroll on to the resume code below it.
        let review_end = m.screen == Screen::Review
            && m.overlay.is_none()
            && (*msg == Msg::End || *msg == Msg::Down && m.cursor >= m.walk().path.len());
        if paged || review_end {
            Intent::Scrolled
        } else {
            Intent::FollowFocus
        }
    }
}

/// Lays the model's screen out, then settles the scroll on that plan: the highlighted row
/// kept in view, or, when the person scrolled, the highlight moved onto the first row now in
/// view. Plans again only when that moved the highlight. Returns the plan of the screen as
/// it now is, to draw and to map clicks on.
pub(crate) fn settle(m: &mut Model<'_>, intent: Intent) -> Plan {
    // Help's own scroll is measured first: the key table (and so the hint bar) asks it.
    m.help_max_scroll = match m.overlay {
        Some(Overlay::Help) => help_max_scroll(m, Rect::new(0, 0, m.width, m.height)),
        _ => 0,
    };
    let p = plan(m, m.width, m.height);
    if intent == Intent::Keep || too_small(m.width, m.height) {
        return p;
    }
    let cursor = m.cursor;
    if intent == Intent::FollowFocus {
        m.scroll = scroll_to_focus(&p, &p.geo, m.scroll);
        return p;
    }
    m.scroll = visible_offset(&p, &p.geo, m.scroll);
    follow_view(m, &p);
    // The plan does not depend on the scroll, only on the highlighted row.
    if m.cursor == cursor {
        p
    } else {
        plan(m, m.width, m.height)
    }
}

/// After the person scrolled: the highlight moves onto the first row in view, unless it is
/// in view already.
fn follow_view(m: &mut Model<'_>, p: &Plan) {
    let rows = usize::from(p.geo.body_rows);
    let visible = p
        .focus
        .is_some_and(|(s, e)| s >= m.scroll && e <= m.scroll + rows);
    // Nothing highlighted in the body (the review's last row, also a button, on a small
    // screen): the highlight stays where it is.
    if visible || p.focus.is_none() {
        return;
    }
    // The first item that starts inside the view (not one continued from above); failing
    // that (the view shows the answers after the last item, or the middle of one long
    // item), the nearest item above it.
    let end = (m.scroll + rows).min(p.body.len());
    let starts = (m.scroll..end).find_map(|i| match &p.body[i].target {
        Some(Msg::Choose(n)) if i == 0 || p.body[i - 1].target != Some(Msg::Choose(*n)) => Some(*n),
        _ => None,
    });
    let above = || {
        (0..m.scroll.min(p.body.len()))
            .rev()
            .find_map(|i| match &p.body[i].target {
                Some(Msg::Choose(n)) => Some(*n),
                _ => None,
            })
    };
    if let Some(n) = starts.or_else(above) {
        m.cursor = n;
    }
}
