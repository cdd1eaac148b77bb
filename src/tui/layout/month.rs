//! The month picker: year and month fields with [-] and [+], "still not paying" where the
//! question allows no month, the chosen month in words and the gap it makes, and a field to
//! type the month.

use super::parts::{Plan, PlanLine, T, blank, para, row};
use crate::engine::facts::{GAP_END, GAP_START, month_bounds};
use crate::tui::keymap::{self, Ctx};
use crate::tui::model::{Model, MonthField, Msg};
use crate::wrap::width as cells;
use fluent_bundle::FluentArgs;
use ratatui::text::{Line, Span};

pub(super) fn month_plan(m: &Model<'_>, t: &T<'_>, q: usize, w: u16, p: &mut Plan) {
    let theme = &m.theme;
    let question = &m.guide.content.questions[q];
    let Some(draft) = &m.month else { return };
    // While "none" is the answer Enter would give, it is the highlighted row, not a field.
    let none_kept = draft.keep_none && question.optional;
    let year_focus = draft.field == MonthField::Year && !none_kept;
    let month_focus = draft.field == MonthField::Month && !none_kept;
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
        let key = keymap::key_for(m, Ctx::Month, &Msg::NoMonth).unwrap_or_default();
        let mark = if none_kept {
            "[x]".to_owned()
        } else {
            format!("[{key}]")
        };
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
