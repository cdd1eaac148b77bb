//! What each screen shows, as plain data: lines (already wrapped to the width), the row
//! each click lands on, the buttons and the key hints.
//!
//! One pure function, [`plan`], feeds both `view` (which draws it) and `input` (which maps a
//! mouse click to the thing drawn under it), so what a person sees and what a click does
//! can never disagree.

use super::keymap;
use super::model::{Model, Msg, Overlay, START_ROW, Screen, Status, WELCOME_ROWS};
use super::theme::Theme;
use crate::checklist::{answer_label, question_label};
use crate::engine::content::Marker;
use crate::engine::content::QuestionKind;
use crate::engine::facts::{GAP_END, GAP_START, month_bounds};
use crate::i18n::Lang;
use crate::wrap::{width as cells, wrap, wrap_hanging};
use fluent_bundle::FluentArgs;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

/// Below this the wizard shows only a bilingual "enlarge the window" screen.
pub const MIN_WIDTH: u16 = 40;
pub const MIN_HEIGHT: u16 = 12;

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
pub const MAX_STATUS_ROWS: usize = 3;

/// The counselor's answers column needs room beside the question.
pub const SIDEBAR_MIN_WIDTH: u16 = 90;

impl Geometry {
    /// Gives the buttons `rows` rows (at least one) above the bottom border, taken from
    /// the body but never leaving it without a row.
    pub fn with_buttons(mut self, rows: usize) -> Geometry {
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
    pub fn with_status(mut self, rows: usize) -> Geometry {
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
    pub fn with_sidebar(mut self, m: &Model<'_>) -> Geometry {
        if m.settings.counselor() && self.width >= SIDEBAR_MIN_WIDTH {
            self.sidebar_width = (self.width / 3).min(44);
            self.sidebar_x = self.width - 1 - self.sidebar_width;
            self.text_width = self.sidebar_x.saturating_sub(self.text_left + 2).max(1);
        }
        self
    }
}

pub fn too_small(width: u16, height: u16) -> bool {
    width < MIN_WIDTH || height < MIN_HEIGHT
}

impl Geometry {
    pub fn new(width: u16, height: u16, header_lines: usize, has_status: bool) -> Geometry {
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
}

/// Text helpers bound to the model's language.
struct T<'a> {
    m: &'a Model<'a>,
}

impl T<'_> {
    fn t(&self, id: &str) -> String {
        self.m.guide.locales.text(self.m.lang, id)
    }
    /// The same message in the other language (for the bilingual view and kiosk invites).
    fn other(&self, id: &str) -> String {
        self.m.guide.locales.text(self.m.lang.other(), id)
    }
    fn a(&self, id: &str, args: &FluentArgs) -> String {
        self.m.guide.locales.fmt(self.m.lang, id, Some(args))
    }
}

/// Wraps `text` to `width` as lines with one style.
fn para(text: &str, width: u16, style: Style) -> Vec<PlanLine> {
    wrap(text, usize::from(width))
        .into_iter()
        .map(|l| PlanLine {
            line: Line::styled(l, style),
            target: None,
            zones: Vec::new(),
        })
        .collect()
}

fn blank() -> PlanLine {
    PlanLine {
        line: Line::raw(""),
        target: None,
        zones: Vec::new(),
    }
}

/// A selectable row: "> text" when highlighted, "  text" otherwise, wrapped with a hanging
/// indent; every line of it clicks to `target`.
fn row(text: &str, width: u16, highlighted: bool, theme: &Theme, target: Msg) -> Vec<PlanLine> {
    lead_row("", text, width, highlighted, theme, target)
}

/// A [`row`] whose text follows a lead ("1. [x] "): wrapped lines start under the text,
/// so the number and the box stand alone in their column.
fn lead_row(
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

/// Where the parts of the model's current screen go.
pub fn geometry(m: &Model<'_>, width: u16, height: u16) -> Geometry {
    let rows = button_rows(&buttons(m), width).len();
    let geo = Geometry::new(
        width,
        height,
        header_lines(m, width).len(),
        m.status.is_some(),
    )
    .with_buttons(rows)
    .with_sidebar(m);
    let status_rows = m.status.as_ref().map_or(0, |s| {
        crate::wrap::wrap(&status_text(m, s), usize::from(geo.text_width)).len()
    });
    geo.with_status(status_rows)
}

/// The plan for the model's current screen at `width` × `height`.
pub fn plan(m: &Model<'_>, width: u16, height: u16) -> Plan {
    let t = T { m };
    let header_probe = header_lines(m, width);
    let geo = geometry(m, width, height);
    let w = geo.text_width;
    let theme = &m.theme;
    let mut p = Plan {
        title: t.t("ui-title"),
        lang_button: t.t("ui-tui-lang-button"),
        header: header_probe,
        body: Vec::new(),
        focus: None,
        buttons: buttons(m),
        hint: String::new(),
        status: m.status.as_ref().map(|s| (status_text(m, s), s.error)),
        text_cursor: None,
        sidebar: Vec::new(),
    };
    match m.screen {
        Screen::Welcome => {
            if m.settings.kiosk() {
                // The attract screen invites the next person in both languages.
                p.body.extend(para(&t.t("ui-kiosk-invite"), w, theme.title));
                p.body
                    .extend(para(&t.other("ui-kiosk-invite"), w, theme.title));
                p.body.push(blank());
            }
            p.body
                .extend(para(&t.t("ui-welcome-heading"), w, theme.heading));
            p.body.push(blank());
            p.body.extend(para(&t.t("ui-welcome-does"), w, theme.base));
            p.body.push(blank());
            p.body
                .extend(para(&t.t("ui-welcome-doesnt"), w, theme.base));
            p.body.push(blank());
            let mut args = FluentArgs::new();
            args.set(
                "reviewed",
                m.guide.locales.date(m.lang, m.guide.content.reviewed),
            );
            args.set("version", m.guide.content.version.clone());
            p.body
                .extend(para(&t.a("ui-reviewed", &args), w, theme.muted));
            if m.guide.content.is_stale(m.today) {
                p.body
                    .extend(para(&t.a("ui-reviewed-stale", &args), w, theme.warning));
            }
            p.body.push(blank());
            let labels = [
                "中文".to_owned(),
                "English".to_owned(),
                t.t("ui-tui-start"),
                t.t("ui-tui-btn-code"),
            ];
            for (i, label) in labels.iter().enumerate() {
                let current = match i {
                    0 => m.lang == Lang::Zh,
                    1 => m.lang == Lang::En,
                    _ => false,
                };
                let text = if i < 2 {
                    format!("[{}] {label}", if current { "x" } else { " " })
                } else {
                    label.clone()
                };
                let start = p.body.len();
                p.body
                    .extend(row(&text, w, m.cursor == i, theme, Msg::Choose(i)));
                // Start is also a button, always in view: it does not scroll the welcome
                // text away on a small screen. The other rows come into view when reached.
                if m.cursor == i && i != START_ROW {
                    p.focus = Some((start, p.body.len()));
                }
            }
            debug_assert_eq!(labels.len(), WELCOME_ROWS);
        }
        Screen::Question(q) => question_plan(m, &t, q, &geo, &mut p),
        Screen::Review => {
            p.body
                .extend(para(&t.t("ui-tui-review-heading"), w, theme.heading));
            p.body.push(blank());
            let walk = m.walk();
            let sep = t.t("ui-label-separator");
            for (i, &q) in walk.path.iter().enumerate() {
                let id = &m.guide.content.questions[q].id;
                let value = walk.on_path.get(id).expect("on path");
                let text = format!(
                    "{}{sep}{}",
                    question_label(&m.guide.locales, m.lang, id),
                    answer_label(&m.guide.locales, m.lang, id, value)
                );
                let start = p.body.len();
                p.body
                    .extend(row(&text, w, m.cursor == i, theme, Msg::Choose(i)));
                if m.cursor == i {
                    p.focus = Some((start, p.body.len()));
                }
            }
            p.body.push(blank());
            let last = walk.path.len();
            let start = p.body.len();
            p.body.extend(row(
                &t.t("ui-tui-show-checklist"),
                w,
                m.cursor == last,
                theme,
                Msg::Choose(last),
            ));
            // Also a button: on a small screen the answers stay in view instead.
            if m.cursor == last && p.body.len() <= usize::from(geo.body_rows) {
                p.focus = Some((start, p.body.len()));
            }
            p.body.push(blank());
            let mut args = FluentArgs::new();
            args.set(
                "code",
                crate::resume::encode(&m.guide.content, &walk.on_path),
            );
            p.body
                .extend(para(&t.a("ui-resume-code-line", &args), w, theme.muted));
        }
        Screen::Checklist => checklist_plan(m, &t, &geo, &mut p),
    }
    if geo.sidebar_width > 0 {
        p.sidebar = sidebar(m, &t, geo.sidebar_width);
    }
    // The keys of the screen or of the dialog over it, from the one key table.
    p.hint = if m.overlay == Some(Overlay::StillThere) {
        t.t("ui-kiosk-any-key")
    } else {
        hints(&keymap::hint_pairs(m, keymap::context(m)), width)
    };
    p
}

/// The counselor's column: every answer on the path, F3.. to jump to it.
fn sidebar(m: &Model<'_>, t: &T<'_>, width: u16) -> Vec<(String, Option<Msg>)> {
    let walk = m.walk();
    let mut out = vec![(t.t("ui-your-answers"), None)];
    let sep = t.t("ui-label-separator");
    for (i, &q) in walk.path.iter().enumerate() {
        let id = &m.guide.content.questions[q].id;
        let value = walk.on_path.get(id).expect("on path");
        let key = if i < 7 {
            format!("F{} ", i + 3)
        } else {
            "   ".to_owned()
        };
        let text = format!(
            "{key}{}{sep}{}",
            question_label(&m.guide.locales, m.lang, id),
            answer_label(&m.guide.locales, m.lang, id, value)
        );
        for l in wrap_hanging(&text, usize::from(width.saturating_sub(2)), "") {
            out.push((l, Some(Msg::Jump(i))));
        }
    }
    if let Some(q) = walk.pending {
        let id = &m.guide.content.questions[q].id;
        out.push((
            format!("-> {}", question_label(&m.guide.locales, m.lang, id)),
            None,
        ));
    }
    out
}

/// Progress and breadcrumb, above the body on question screens.
fn header_lines(m: &Model<'_>, width: u16) -> Vec<Line<'static>> {
    let Screen::Question(q) = m.screen else {
        return Vec::new();
    };
    let t = T { m };
    let walk = m.walk();
    let step = walk.progress(&m.guide.content, q);
    let mut args = FluentArgs::new();
    args.set("step", step.step);
    args.set("total", step.total);
    let progress = t.a("ui-tui-step", &args);
    // Breadcrumb: the answers before this question, newest last. A month says which it is
    // ("First unpaid month: September 2026"), since several questions take one.
    let sep = t.t("ui-label-separator");
    let crumbs: Vec<(String, String)> = walk
        .path
        .iter()
        .take(step.step - 1)
        .map(|&p| {
            let question = &m.guide.content.questions[p];
            let id = &question.id;
            let answer = answer_label(
                &m.guide.locales,
                m.lang,
                id,
                walk.on_path.get(id).expect("on path"),
            );
            let full = if question.kind == QuestionKind::Month {
                format!(
                    "{}{sep}{answer}",
                    question_label(&m.guide.locales, m.lang, id)
                )
            } else {
                answer.clone()
            };
            (full, answer)
        })
        .collect();
    // The breadcrumb shares the row with nothing but must fit beside the counselor column.
    let avail = usize::from(Geometry::new(width, 0, 0, false).with_sidebar(m).text_width);
    let crumb = fit_crumbs(&crumbs, avail);
    let mut lines = vec![Line::styled(progress, m.theme.key)];
    if !crumb.is_empty() {
        lines.push(Line::styled(crumb, m.theme.muted));
    }
    lines
}

/// The breadcrumb in `avail` cells: whole answers, the oldest dropped first (".. > "
/// marks the cut); if even the newest does not fit, it goes without its question's name,
/// and last of all is cut at a word boundary. A word is never cut in two.
pub fn fit_crumbs(crumbs: &[(String, String)], avail: usize) -> String {
    const JOIN: &str = " > ";
    const CUT: &str = ".. > ";
    for from in 0..crumbs.len() {
        let shown: Vec<&str> = crumbs[from..]
            .iter()
            .map(|(full, _)| full.as_str())
            .collect();
        let text = format!("{}{}", if from > 0 { CUT } else { "" }, shown.join(JOIN));
        if cells(&text) <= avail {
            return text;
        }
    }
    let Some((_, short)) = crumbs.last() else {
        return String::new();
    };
    let lead = if crumbs.len() > 1 { CUT } else { "" };
    let text = format!("{lead}{short}");
    if cells(&text) <= avail {
        return text;
    }
    // Cut at a break between words (or between Chinese characters), marked with "..".
    let room = avail.saturating_sub(cells(lead) + 2);
    match wrap(short, room.max(1)).into_iter().next() {
        Some(first) if cells(&first) <= room => format!("{lead}{}..", first.trim_end()),
        _ => String::new(),
    }
}

fn question_plan(m: &Model<'_>, t: &T<'_>, q: usize, geo: &Geometry, p: &mut Plan) {
    let theme = &m.theme;
    let w = geo.text_width;
    let question = &m.guide.content.questions[q];
    let id = crate::message_id::question(&question.id);
    p.body.extend(para(&t.t(&id), w, theme.title));
    if m.bilingual {
        p.body.extend(para(&t.other(&id), w, theme.muted));
    }
    if m.settings.counselor() {
        // What the counselor says to the caller.
        let aloud = m
            .guide
            .locales
            .attr(m.lang, &id, "aloud", None)
            .unwrap_or_default();
        let mut args = FluentArgs::new();
        args.set("text", aloud);
        p.body
            .extend(para(&t.a("ui-counselor-aloud", &args), w, theme.key));
    }
    p.body.push(blank());
    if question.kind == QuestionKind::Month {
        month_plan(m, t, q, w, p);
    } else if question.kind == QuestionKind::Multi {
        multi_plan(m, t, q, w, p);
    } else {
        for (i, o) in m.options(q).into_iter().enumerate() {
            let mut label = format!("{}. {}", i + 1, t.t(&format!("{id}-{o}")));
            if m.bilingual {
                label = format!("{label} / {}", t.other(&format!("{id}-{o}")));
            }
            // A kiosk spaces its options for fingers.
            if m.settings.kiosk() && i > 0 {
                p.body.push(blank());
            }
            let start = p.body.len();
            p.body
                .extend(row(&label, w, m.cursor == i, theme, Msg::Choose(i)));
            if m.cursor == i {
                p.focus = Some((start, p.body.len()));
            }
        }
    }
    if let Some(err) = &m.error {
        p.body.push(blank());
        // Name the question as the person reads it, not by its id.
        let mut err = crate::engine::problem::Problem {
            loc: None,
            ..err.clone()
        };
        err.args.retain(|(name, _)| *name != "question");
        let label = question_label(&m.guide.locales, m.lang, &question.id);
        err.args.push(("question", label));
        if question.optional {
            err.args
                .push(("none", t.t(&crate::message_id::no_answer(&question.id))));
        }
        let text = problem_text(m, &err);
        let error_start = p.body.len();
        for (k, part) in text.split('\n').enumerate() {
            let (indent, part) = if k == 0 {
                ("", part)
            } else {
                ("  ", part.trim_start())
            };
            for l in wrap_hanging(part, usize::from(w), indent) {
                p.body.push(PlanLine {
                    line: Line::styled(l, theme.error),
                    target: None,
                    zones: Vec::new(),
                });
            }
        }
        // The problem must be seen: it takes the focus.
        p.focus = Some((error_start, p.body.len()));
    }
}

/// A problem with an answer as the wizard shows it. Some fixes read differently here than
/// on the command line (which names questions by id and answers by `none`): those take the
/// wizard's own words.
fn problem_text(m: &Model<'_>, err: &crate::engine::problem::Problem) -> String {
    let fix = match err.code {
        "answer-gap-end-future" => Some("ui-tui-fix-gap-end-future"),
        "answer-gap-end-before-start" => Some("ui-tui-fix-gap-end-before-start"),
        _ => None,
    };
    let Some(fix) = fix else {
        return m.guide.locales.problem(m.lang, err);
    };
    let mut args = FluentArgs::new();
    for (name, value) in &err.args {
        args.set(*name, value.clone());
    }
    let l = &m.guide.locales;
    format!(
        "{}\n  {}{}",
        l.fmt(m.lang, &crate::message_id::problem(err.code), Some(&args)),
        l.text(m.lang, "ui-hint-prefix"),
        l.fmt(m.lang, fix, Some(&args))
    )
}

/// A multi-select question's rows: "1. [x] label" for each offered option, then "or" and
/// "0. [ ] none of these" apart from them, since choosing it clears the ticks. Every row
/// clicks to the message its key sends, so a click toggles like Space.
fn multi_plan(m: &Model<'_>, t: &T<'_>, q: usize, w: u16, p: &mut Plan) {
    let theme = &m.theme;
    let qid = &m.guide.content.questions[q].id;
    let id = crate::message_id::question(qid);
    let draft = m.multi.clone().unwrap_or_default();
    // Plain ASCII: the same width in every terminal, font, theme and border style.
    let check = |on: bool| if on { "[x]" } else { "[ ]" };
    let offered = m.options(q);
    let label = |key: String| {
        let text = t.t(&key);
        if m.bilingual {
            format!("{text} / {}", t.other(&key))
        } else {
            text
        }
    };
    let add_row = |p: &mut Plan, lead: String, text: String, row_index: usize, target: Msg| {
        let start = p.body.len();
        let highlighted = m.cursor == row_index;
        p.body
            .extend(lead_row(&lead, &text, w, highlighted, theme, target));
        if m.cursor == row_index {
            p.focus = Some((start, p.body.len()));
        }
    };
    for (i, o) in offered.iter().enumerate() {
        // A kiosk spaces its options for fingers.
        if m.settings.kiosk() && i > 0 {
            p.body.push(blank());
        }
        let lead = format!("{}. {} ", i + 1, check(draft.ticked.contains(*o)));
        add_row(p, lead, label(format!("{id}-{o}")), i, Msg::Choose(i));
    }
    if m.settings.kiosk() {
        p.body.push(blank());
    }
    let mut or = t.t("ui-tui-multi-or");
    if m.bilingual {
        or = format!("{or} / {}", t.other("ui-tui-multi-or"));
    }
    p.body.extend(para(&format!("  {or}"), w, theme.muted));
    let lead = format!("0. {} ", check(draft.none));
    add_row(
        p,
        lead,
        label(crate::message_id::no_answer(qid)),
        offered.len(),
        Msg::NoMonth,
    );
}

fn month_plan(m: &Model<'_>, t: &T<'_>, q: usize, w: u16, p: &mut Plan) {
    let theme = &m.theme;
    let question = &m.guide.content.questions[q];
    let Some(draft) = &m.month else { return };
    // While "none" is the answer Enter would give, it is the highlighted row, not a field.
    let none_kept = draft.keep_none && question.optional;
    let year_focus = draft.field == super::model::MonthField::Year && !none_kept;
    let month_focus = draft.field == super::model::MonthField::Month && !none_kept;
    // "> 年份 [-] 2026 [+]": the row focuses its field; [-] and [+] step it.
    let field = |label: String,
                 value: String,
                 focused: bool,
                 focus: Msg,
                 down: Msg,
                 up: Msg|
     -> Vec<PlanLine> {
        let marker = if focused { ">" } else { " " };
        let style = if focused { theme.selected } else { theme.base };
        let head = format!("{marker} {label} ");
        let minus_at = cells(&head) as u16;
        let value_text = format!(" {value} ");
        let plus_at = minus_at + 3 + cells(&value_text) as u16;
        let text = format!("{head}[-]{value_text}[+]");
        vec![PlanLine {
            line: Line::from(vec![Span::styled(text, style)]),
            target: Some(focus),
            zones: vec![(minus_at, minus_at + 3, down), (plus_at, plus_at + 3, up)],
        }]
    };
    let start = p.body.len();
    p.body.extend(field(
        t.t("ui-tui-month-year"),
        draft.value.year().to_string(),
        year_focus,
        Msg::Left,
        Msg::StepYear(-1),
        Msg::StepYear(1),
    ));
    p.body.extend(field(
        t.t("ui-tui-month-month"),
        format!("{:02}", draft.value.month()),
        month_focus,
        Msg::Right,
        Msg::StepMonth(-1),
        Msg::StepMonth(1),
    ));
    let none_label = t.t(&crate::message_id::no_answer(&question.id));
    if question.optional {
        // "Still not paying" sits right under the picker, where a small screen shows it, and
        // is marked and highlighted when it is the answer Enter gives.
        let mark = if none_kept { "[x]" } else { "[N]" };
        let label = format!("{mark} {none_label}");
        p.body
            .extend(row(&label, w, none_kept, theme, Msg::NoMonth));
    }
    p.focus = Some((start, p.body.len()));
    p.body.push(blank());
    // The chosen month in words (or "still not paying"), and the gap it makes.
    let mut args = FluentArgs::new();
    let chosen = if none_kept {
        none_label
    } else {
        m.guide.locales.month(m.lang, draft.value)
    };
    args.set("month", chosen);
    p.body
        .extend(para(&t.a("ui-tui-month-chosen", &args), w, theme.title));
    if let Some(months) = m.draft_gap_months(q) {
        let mut args = FluentArgs::new();
        args.set("months", months);
        p.body
            .extend(para(&t.a("ui-tui-gap-length", &args), w, theme.key));
    }
    // Typing field.
    let prompt = t.t("ui-tui-month-type");
    let typed = if draft.typed.is_empty() {
        String::new()
    } else {
        draft.typed.clone()
    };
    let line_index = p.body.len();
    p.body.push(PlanLine {
        line: Line::from(vec![
            Span::styled(prompt.clone(), theme.base),
            Span::styled(format!("{typed}_"), theme.key),
        ]),
        target: None,
        zones: Vec::new(),
    });
    p.text_cursor = Some((line_index, (cells(&prompt) + cells(&typed)) as u16));
    let (min, max) = month_bounds(&question.id, &m.answers, m.today);
    let mut args = FluentArgs::new();
    args.set("earliest", min.to_string());
    args.set("latest", max.to_string());
    p.body
        .extend(para(&t.a("ui-tui-month-range", &args), w, theme.muted));
    // How to find the month out, for someone who is not sure (? opens the question's help).
    let tip = match question.id.as_str() {
        GAP_START => Some("ui-tui-month-tip"),
        GAP_END => Some("ui-tui-month-tip-end"),
        _ => None,
    };
    if let Some(tip) = tip {
        let mut args = FluentArgs::new();
        args.set("none", t.t(&crate::message_id::no_answer(&question.id)));
        p.body.push(blank());
        p.body.extend(para(&t.a(tip, &args), w, theme.base));
    }
}

/// The checklist body: sections, items (with tick boxes for materials), sources when shown.
fn checklist_plan(m: &Model<'_>, t: &T<'_>, geo: &Geometry, p: &mut Plan) {
    let theme = &m.theme;
    let w = geo.text_width;
    let Some(c) = &m.checklist else { return };
    p.body
        .extend(para(&t.t("ui-checklist-title"), w, theme.heading));
    let mut args = FluentArgs::new();
    args.set("today", m.guide.locales.date(m.lang, m.today));
    args.set("version", c.content_version.clone());
    args.set(
        "reviewed",
        m.guide.locales.date(m.lang, m.guide.content.reviewed),
    );
    p.body
        .extend(para(&t.a("ui-checklist-header", &args), w, theme.muted));
    // The disclaimer matters: it is drawn as plain text, never dimmed.
    p.body.extend(para(&t.t("ui-disclaimer"), w, theme.base));
    let mut code = FluentArgs::new();
    code.set("code", c.resume_code.clone());
    p.body
        .extend(para(&t.a("ui-resume-code-line", &code), w, theme.key));
    // The other language's items, by id, for the bilingual view.
    let other: std::collections::HashMap<&str, &crate::checklist::ChecklistItem> = m
        .checklist_other
        .iter()
        .flat_map(|o| o.sections.iter().flat_map(|s| s.items.iter()))
        .map(|i| (i.id.as_str(), i))
        .collect();
    let other_local = t.other("ui-local-mark");
    let local = t.t("ui-local-mark");
    let sources_label = t.t("ui-sources-label");
    let mut index = 0;
    for section in c.sections.iter().filter(|s| !s.items.is_empty()) {
        p.body.push(blank());
        p.body.extend(para(&section.title, w, theme.heading));
        for (n, item) in section.items.iter().enumerate() {
            let marker = match section.kind().marker(n, m.ticked.contains(&item.id)) {
                Marker::Box { ticked: true } => "[x] ".to_owned(),
                Marker::Box { ticked: false } => "[ ] ".to_owned(),
                Marker::Number(k) => format!("{k}. "),
                Marker::Bullet => "- ".to_owned(),
            };
            let text = if item.local {
                format!("{}{local}", item.text)
            } else {
                item.text.clone()
            };
            let highlighted = m.cursor == index;
            let start = p.body.len();
            let prefix = if highlighted { "> " } else { "  " };
            let style = if highlighted {
                theme.selected
            } else {
                theme.base
            };
            for (k, l) in wrap_hanging(&text, usize::from(w.saturating_sub(2)), &marker)
                .into_iter()
                .enumerate()
            {
                let prefix = if k == 0 { prefix } else { "  " };
                p.body.push(PlanLine {
                    line: Line::styled(format!("{prefix}{l}"), style),
                    target: Some(Msg::Choose(index)),
                    zones: Vec::new(),
                });
            }
            if let Some(o) = other.get(item.id.as_str()) {
                let indent = " ".repeat(2 + cells(&marker));
                // The other language keeps its own "confirm locally" mark.
                let text = if o.local {
                    format!("{}{other_local}", o.text)
                } else {
                    o.text.clone()
                };
                for l in wrap_hanging(&text, usize::from(w), &indent) {
                    p.body.push(PlanLine {
                        line: Line::styled(l, theme.muted),
                        target: Some(Msg::Choose(index)),
                        zones: Vec::new(),
                    });
                }
            }
            if m.show_sources {
                let indent = " ".repeat(2 + cells(&marker));
                for s in &item.sources {
                    for l in wrap_hanging(
                        &format!("{sources_label}{}", s.text),
                        usize::from(w),
                        &indent,
                    ) {
                        p.body.push(PlanLine {
                            line: Line::styled(l, theme.muted),
                            target: Some(Msg::Choose(index)),
                            zones: Vec::new(),
                        });
                    }
                }
            }
            if highlighted {
                p.focus = Some((start, p.body.len()));
            }
            index += 1;
        }
    }
    // The answers it was made from, as the printed and exported checklist lists them. Last
    // here, not first as on paper: the screen opens on the first thing to bring, and the
    // answers were just on the review screen.
    p.body.push(blank());
    p.body
        .extend(para(&t.t("ui-your-answers"), w, theme.heading));
    let sep = t.t("ui-label-separator");
    for (question, answer) in &c.answer_rows {
        for l in wrap_hanging(&format!("{question}{sep}{answer}"), usize::from(w), "  ") {
            p.body.push(PlanLine {
                line: Line::styled(l, theme.base),
                target: None,
                zones: Vec::new(),
            });
        }
    }
}

/// The buttons of the model's screen, in order; they wrap onto more rows when the screen is
/// narrow (see [`button_rows`]), so none is ever out of reach.
pub fn buttons(m: &Model<'_>) -> Vec<(String, Msg)> {
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
            let last = m.walk().path.len();
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
    b
}

/// The first body line to show: the model's scroll, clamped so the body is never scrolled
/// past its end.
pub fn visible_offset(p: &Plan, geo: &Geometry, scroll: usize) -> usize {
    let rows = usize::from(geo.body_rows);
    scroll.min(p.body.len().saturating_sub(rows))
}

/// The scroll that keeps the focused lines visible, moving as little as possible.
pub fn scroll_to_focus(p: &Plan, geo: &Geometry, scroll: usize) -> usize {
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

/// Lays buttons out in rows across the frame (from the text's left edge to the border),
/// starting a new row when the next button does not fit: (row, first column, "[label]",
/// message). A label wider than a whole row is cut to fit, so every button has a place.
pub fn button_rows(buttons: &[(String, Msg)], width: u16) -> Vec<Vec<(u16, String, Msg)>> {
    let left = 2u16;
    let right = width.saturating_sub(2);
    let room = right.saturating_sub(left).max(3);
    let mut rows: Vec<Vec<(u16, String, Msg)>> = Vec::new();
    let mut x = left;
    for (label, msg) in buttons {
        let mut text = format!("[{label}]");
        if cells(&text) > usize::from(room) {
            text = format!("[{}]", super::view::fit(label, room.saturating_sub(2)));
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

/// Buttons as drawn: (first column, row, "[label]", message).
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
