//! The header above a question's body: progress ("question 3 of 7") and the breadcrumb of
//! the answers before it.

use super::parts::{Geometry, T};
use crate::checklist::{answer_label, question_label};
use crate::engine::content::QuestionKind;
use crate::engine::flow::Walk;
use crate::tui::model::{Model, Screen};
use crate::wrap::{width as cells, wrap};
use fluent_bundle::FluentArgs;
use ratatui::text::Line;

/// Progress and breadcrumb, above the body on question screens.
pub(super) fn header_lines(m: &Model<'_>, walk: &Walk, width: u16) -> Vec<Line<'static>> {
    let Screen::Question(q) = m.screen else {
        return Vec::new();
    };
    let t = T { m };
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
fn fit_crumbs(crumbs: &[(String, String)], avail: usize) -> String {
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
