//! The questions: a choice (or yes/no), the multi-select question, the month picker.

use super::navigate::{answer, back};
use crate::engine::answers::AnswerValue;
use crate::engine::content::QuestionKind;
use crate::engine::facts::{check_month, month_bounds};
use crate::engine::month::YearMonth;
use crate::engine::problem::Problem;
use crate::tui::model::{Cmd, Model, MonthDraft, MonthField, Msg, MultiDraft};

pub(super) fn update_question(m: &mut Model<'_>, q: usize, msg: Msg) -> Option<Cmd> {
    let kind = m.guide.content.questions[q].kind;
    match kind {
        QuestionKind::Month => return update_month(m, q, msg),
        QuestionKind::Multi => return update_multi(m, q, msg),
        QuestionKind::Choice | QuestionKind::YesNo => {}
    }
    let offered = m.options(q);
    let count = offered.len();
    match msg {
        Msg::Up => m.cursor = m.cursor.saturating_sub(1),
        Msg::Down => m.cursor = (m.cursor + 1).min(count.saturating_sub(1)),
        Msg::Home => m.cursor = 0,
        Msg::End => m.cursor = count.saturating_sub(1),
        Msg::Highlight(i) if i < count => m.cursor = i,
        Msg::Choose(i) if i < count => {
            m.cursor = i;
            answer(m, q, AnswerValue::Choice(offered[i].to_owned()));
        }
        Msg::Confirm => {
            if let Some(o) = offered.get(m.cursor.min(count.saturating_sub(1))) {
                answer(m, q, AnswerValue::Choice((*o).to_owned()));
            }
        }
        Msg::Back | Msg::Left | Msg::DeleteChar => back(m, q),
        _ => {}
    }
    None
}

/// A multi-select question. Rows are the offered options, then "none of these". Space, a
/// number key or a click ticks or unticks an option (and unchooses "none"); 0 or its row
/// chooses "none of these" (and clears the ticks); Enter continues with what is chosen. Enter
/// never ticks: it does the same on every row, so it can be named once in the hint bar.
fn update_multi(m: &mut Model<'_>, q: usize, msg: Msg) -> Option<Cmd> {
    let offered = m.options(q);
    let none_row = offered.len();
    let mut draft = m.multi.clone().unwrap_or_default();
    m.cursor = m.cursor.min(none_row);
    let toggle = |draft: &mut MultiDraft, option: &str| {
        if !draft.ticked.remove(option) {
            draft.ticked.insert(option.to_owned());
        }
        draft.none = false;
    };
    let choose_none = |draft: &mut MultiDraft| {
        draft.none = !draft.none;
        draft.ticked.clear();
    };
    match msg {
        Msg::Up => m.cursor = m.cursor.saturating_sub(1),
        Msg::Down => m.cursor = (m.cursor + 1).min(none_row),
        Msg::Home => m.cursor = 0,
        Msg::End => m.cursor = none_row,
        Msg::Highlight(i) if i <= none_row => m.cursor = i,
        Msg::Choose(i) if i < none_row => {
            m.cursor = i;
            toggle(&mut draft, offered[i]);
        }
        Msg::ToggleTick if m.cursor < none_row => toggle(&mut draft, offered[m.cursor]),
        Msg::ToggleTick | Msg::NoMonth => {
            m.cursor = none_row;
            choose_none(&mut draft);
        }
        Msg::Confirm if draft.ticked.is_empty() && !draft.none => {
            m.error = Some(Problem::new("tui-multi-nothing"));
            return None;
        }
        Msg::Confirm => {
            // In the question's order, whatever order they were ticked in.
            let list = offered
                .iter()
                .filter(|o| draft.ticked.contains(**o))
                .map(|o| (*o).to_owned())
                .collect();
            answer(m, q, AnswerValue::Choices(list));
            return None;
        }
        Msg::Back | Msg::Left | Msg::DeleteChar => {
            back(m, q);
            return None;
        }
        _ => return None,
    }
    m.error = None;
    m.multi = Some(draft);
    None
}

fn update_month(m: &mut Model<'_>, q: usize, msg: Msg) -> Option<Cmd> {
    let question = &m.guide.content.questions[q];
    let (id, optional) = (question.id.clone(), question.optional);
    let (min, max) = month_bounds(&id, &m.answers, m.today);
    let mut draft = m.month.clone()?;
    let step = |d: &mut MonthDraft, months: i64| {
        d.value = d.value.plus(months).clamp(min, max);
        d.typed.clear();
        d.keep_none = false;
    };
    match msg {
        // Choosing a field touches the picker: Enter then gives its month, not "none".
        Msg::Left => {
            draft.field = MonthField::Year;
            draft.keep_none = false;
        }
        Msg::Right => {
            draft.field = MonthField::Month;
            draft.keep_none = false;
        }
        Msg::Up | Msg::Down => {
            let unit = if draft.field == MonthField::Year {
                12
            } else {
                1
            };
            step(&mut draft, if msg == Msg::Up { unit } else { -unit });
        }
        Msg::PageUp => step(&mut draft, 12),
        Msg::PageDown => step(&mut draft, -12),
        Msg::StepYear(n) => step(&mut draft, 12 * i64::from(n)),
        Msg::StepMonth(n) => step(&mut draft, i64::from(n)),
        Msg::Char(c) if c.is_ascii_digit() || c == '-' => {
            draft.keep_none = false;
            if draft.typed.len() < 7 {
                // Typing "202609" gets its dash added after the year.
                if draft.typed.len() == 4 && c != '-' {
                    draft.typed.push('-');
                }
                draft.typed.push(c);
            }
            if let Ok(v) = draft.typed.parse::<YearMonth>()
                && draft.typed.len() == 7
                && (min..=max).contains(&v)
            {
                draft.value = v;
            }
        }
        Msg::Char('n' | 'N') | Msg::NoMonth if optional => {
            answer(m, q, AnswerValue::NoMonth);
            return None;
        }
        // Backspace only edits what was typed: on an empty field it does nothing, so one
        // press too many never leaves the question.
        Msg::DeleteChar => {
            draft.typed.pop();
        }
        Msg::Back => {
            back(m, q);
            return None;
        }
        Msg::Confirm if draft.keep_none && optional => {
            answer(m, q, AnswerValue::NoMonth);
            return None;
        }
        Msg::Confirm => {
            let value = if draft.typed.is_empty() {
                Ok(draft.value)
            } else {
                draft
                    .typed
                    .parse::<YearMonth>()
                    .map_err(crate::batch::month_problem)
            };
            match value.and_then(|v| check_month(&id, v, &m.answers, m.today).map(|()| v)) {
                Ok(v) => {
                    answer(m, q, AnswerValue::Month(v));
                    return None;
                }
                Err(p) => m.error = Some(p.arg("question", &id).arg("value", &draft.typed)),
            }
        }
        _ => {}
    }
    if !matches!(msg, Msg::Confirm) {
        m.error = None;
    }
    m.month = Some(draft);
    None
}
