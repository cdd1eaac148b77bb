//! The review: every answer on the path (Enter changes one), "show my checklist", and the
//! resume code that brings these answers back.

use super::parts::{Geometry, Plan, T, blank, para, row};
use crate::checklist::{answer_label, question_label};
use crate::engine::flow::Walk;
use crate::tui::model::{Model, Msg};
use fluent_bundle::FluentArgs;

pub(super) fn review_plan(m: &Model<'_>, t: &T<'_>, walk: &Walk, geo: &Geometry, p: &mut Plan) {
    let w = geo.text_width;
    let theme = &m.theme;
    p.body
        .extend(para(&t.t("ui-tui-review-heading"), w, theme.heading));
    p.body.push(blank());
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
    // Encoded when the answers changed, not for every frame.
    args.set("code", m.resume_code.clone());
    p.body
        .extend(para(&t.a("ui-resume-code-line", &args), w, theme.muted));
}
