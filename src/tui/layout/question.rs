//! A question's body: its text (and, for a counselor, what to say aloud), its options, and
//! the problem with the answer given, if any. The month picker is in `month.rs`.

use super::month::month_plan;
use super::parts::{Geometry, Plan, PlanLine, T, blank, lead_row, para, row};
use crate::checklist::question_label;
use crate::engine::content::QuestionKind;
use crate::tui::keymap::{self, Ctx};
use crate::tui::model::{Model, Msg};
use crate::wrap::wrap_hanging;
use fluent_bundle::FluentArgs;
use ratatui::text::Line;

pub(super) fn question_plan(m: &Model<'_>, t: &T<'_>, q: usize, geo: &Geometry, p: &mut Plan) {
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
    let args = crate::i18n::problem_args(err);
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
    let none_key = keymap::key_for(m, Ctx::Multi, &Msg::NoMonth).unwrap_or_default();
    let lead = format!("{none_key}. {} ", check(draft.none));
    add_row(
        p,
        lead,
        label(crate::message_id::no_answer(qid)),
        offered.len(),
        Msg::NoMonth,
    );
}
