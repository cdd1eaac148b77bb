//! The review once every question on the path is answered: every answer, numbered, and
//! the check that each still holds after an earlier one changed.

use super::session::Session;
use crate::checklist::{answer_label, question_label};
use crate::engine::check::check_answer;
use crate::engine::flow::walk;
use crate::engine::problem::Problem;
use std::io::Write;

impl<W: Write> Session<'_, W> {
    /// Every answer, numbered, and how to change one or go on.
    pub(super) fn review(&mut self) -> std::io::Result<()> {
        let content = &self.guide.content;
        let l = &self.guide.locales;
        let lang = self.lang;
        let w = walk(content, &self.answers, self.today);
        let sep = l.text(lang, "ui-label-separator");
        let rows: Vec<String> = w
            .path
            .iter()
            .map(|&q| {
                let id = &content.questions[q].id;
                let answer = w
                    .on_path
                    .get(id)
                    .map(|v| answer_label(l, lang, id, v))
                    .unwrap_or_default();
                format!("{}{sep}{answer}", question_label(l, lang, id))
            })
            .collect();
        writeln!(self.out)?;
        self.say("ui-plain-review-heading", None)?;
        for (n, row) in rows.iter().enumerate() {
            self.hanging(&format!("  {}. ", n + 1), row)?;
        }
        self.say("ui-plain-review-prompt", None)?;
        self.prompt()
    }

    /// The first answer on the path that no longer passes its check, and why.
    pub(super) fn first_invalid(&self) -> Option<(usize, Problem)> {
        let content = &self.guide.content;
        let w = walk(content, &self.answers, self.today);
        w.path.iter().find_map(|&q| {
            let id = &content.questions[q].id;
            let value = w.on_path.get(id)?;
            check_answer(content, id, value, &w.on_path, self.today)
                .err()
                .map(|p| {
                    let p = p.set("value", value.to_string()).set(
                        "question",
                        question_label(&self.guide.locales, self.lang, id),
                    );
                    (q, p)
                })
        })
    }
}
