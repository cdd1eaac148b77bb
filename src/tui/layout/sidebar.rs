//! The counselor's column beside the screen: every answer so far, F3.. to jump to it.

use super::parts::T;
use crate::checklist::{answer_label, question_label};
use crate::engine::flow::Walk;
use crate::tui::keymap;
use crate::tui::model::{Model, Msg};
use crate::wrap::wrap_hanging;

/// The counselor's column: every answer on the path, F3.. to jump to it.
pub(super) fn sidebar(
    m: &Model<'_>,
    t: &T<'_>,
    walk: &Walk,
    width: u16,
) -> Vec<(String, Option<Msg>)> {
    let mut out = vec![(t.t("ui-your-answers"), None)];
    let sep = t.t("ui-label-separator");
    for (i, &q) in walk.path.iter().enumerate() {
        let id = &m.guide.content.questions[q].id;
        let value = walk.on_path.get(id).expect("on path");
        // Aligned: "F3 " or three spaces where no key jumps there.
        let key = keymap::jump_key(i).map_or_else(|| "   ".to_owned(), |k| format!("{k} "));
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
