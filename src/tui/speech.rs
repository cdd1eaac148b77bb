//! What V reads on each screen of the wizard: the words come from [`crate::speak::text`],
//! shared with plain mode and `checklist --speak`; this picks what the screen shows.

use crate::engine::answers::AnswerValue;
use crate::engine::content::QuestionKind;
use crate::speak::text;
use crate::tui::layout::help::dialog_text;
use crate::tui::model::{Model, Overlay, Screen};

/// The words for what is on screen now: the help when it is open, else the screen (the
/// step, question and numbered options; the month chosen and the gap it makes; every
/// answer on the review; the focused item of the checklist).
pub(crate) fn screen_text(m: &Model<'_>) -> String {
    let (guide, lang) = (m.guide, m.lang);
    let walk = m.walk();
    if m.overlay == Some(Overlay::Help) {
        return match m.screen {
            Screen::Question(q) => text::question_help(guide, lang, q),
            // The keys and what they do, as the help dialog lists them.
            _ => {
                let help = dialog_text(m, &Overlay::Help, m.width.max(40));
                let lines: Vec<String> = help
                    .lines
                    .iter()
                    .map(|l| l.spans.iter().map(|s| s.content.as_ref()).collect())
                    .collect();
                text::clean(lang, &lines.join("\n"))
            }
        };
    }
    match m.screen {
        Screen::Welcome => text::welcome(guide, lang),
        Screen::Question(q) => {
            let shown = shown_answer(m, q);
            text::question_screen(guide, lang, &walk, q, shown.as_ref())
        }
        Screen::Review => text::review(guide, lang, &walk),
        Screen::Checklist => match m.checklist_item(m.cursor) {
            Some((_, item)) => text::checklist_item(guide, lang, &walk, item),
            None => String::new(),
        },
    }
}

/// The answer question `q` shows as chosen: the picker's month or the ticks being made,
/// else the answer given before.
fn shown_answer(m: &Model<'_>, q: usize) -> Option<AnswerValue> {
    let question = &m.guide.content.questions[q];
    match question.kind {
        QuestionKind::Month => m.month.as_ref().map(|d| {
            if d.keep_none {
                AnswerValue::NoMonth
            } else {
                AnswerValue::Month(d.value)
            }
        }),
        // "None of these" is the empty list; ticks in the question's order; nothing chosen
        // yet is neither.
        QuestionKind::Multi => m.multi.as_ref().and_then(|d| {
            let ticked: Vec<String> = question
                .options
                .iter()
                .filter(|o| d.ticked.contains(*o))
                .cloned()
                .collect();
            (d.none || !ticked.is_empty()).then_some(AnswerValue::Choices(ticked))
        }),
        QuestionKind::Choice | QuestionKind::YesNo => m.answers.get(&question.id).cloned(),
    }
}
