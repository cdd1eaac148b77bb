//! Moving between screens, and the answers they keep: open a question, the review or the
//! checklist, record an answer, go back, start over, wipe.

use crate::checklist::Checklist;
use crate::engine::answers::{AnswerValue, Answers};
use crate::engine::content::QuestionKind;
use crate::engine::facts::{GAP_END, GAP_START, month_bounds};
use crate::engine::month::YearMonth;
use crate::engine::problem::Problem;
use crate::i18n::Lang;
use crate::tui::model::{Model, MonthDraft, MonthField, MultiDraft, START_ROW, Screen, Status};

/// Clears everything about the last person; keeps the settings, size and clock.
pub fn wipe(m: &mut Model<'_>) {
    let lang = m.settings.default_lang;
    restart(m);
    set_lang(m, lang);
    m.last_activity_ms = m.now_ms;
}

/// Starts with answers from a file or a resume code: at the review when the path is
/// complete, else at the first question still to answer.
pub fn start_with_answers(m: &mut Model<'_>, answers: Answers, notice: Option<Problem>) {
    m.answers = answers;
    remember_resume_code(m);
    m.overlay = None;
    m.status = notice.map(|p| Status {
        id: if p.code == "resume-ask-again" {
            "ui-resume-ask-again"
        } else {
            "ui-resume-other-version"
        },
        arg: p.get("questions").map(str::to_owned),
        error: false,
    });
    go_to_pending(m);
}

/// Clears every answer and returns to the welcome screen.
pub(super) fn restart(m: &mut Model<'_>) {
    let (guide, lang, today, width, height, theme) =
        (m.guide, m.lang, m.today, m.width, m.height, m.theme);
    let (settings, now, bilingual) = (m.settings.clone(), m.now_ms, m.bilingual);
    let pin_guard = m.pin_guard;
    *m = Model::new(guide, lang, today);
    m.pin_guard = pin_guard;
    m.width = width;
    m.height = height;
    m.theme = theme;
    m.settings = settings;
    m.now_ms = now;
    m.last_activity_ms = now;
    m.bilingual = bilingual;
}

pub(super) fn set_lang(m: &mut Model<'_>, lang: Lang) {
    m.lang = lang;
    if m.checklist.is_some() {
        build_checklist(m);
    }
}

pub(super) fn build_checklist(m: &mut Model<'_>) {
    let w = m.walk();
    m.checklist_other = (m.bilingual && w.is_complete()).then(|| {
        Checklist::build(m.guide, m.lang.other(), &m.answers, &w).with_office(
            m.settings.office.as_ref(),
            &m.guide.locales,
            m.lang.other(),
        )
    });
    m.checklist = w.is_complete().then(|| {
        Checklist::build(m.guide, m.lang, &m.answers, &w).with_office(
            m.settings.office.as_ref(),
            &m.guide.locales,
            m.lang,
        )
    });
}

/// Opens the first unanswered question on the path, or the review once there is none.
pub(super) fn go_to_pending(m: &mut Model<'_>) {
    match m.walk().pending {
        Some(q) => open_question(m, q),
        None => open_review(m),
    }
}

pub(super) fn open_question(m: &mut Model<'_>, q: usize) {
    let question = &m.guide.content.questions[q];
    m.screen = Screen::Question(q);
    m.error = None;
    m.scroll = 0;
    let current = m.answers.get(&question.id).cloned();
    let offered = m.options(q);
    // A kept answer that is no longer offered (an earlier answer changed) is not
    // highlighted: the cursor starts on the first row instead of past the list.
    m.cursor = match &current {
        Some(AnswerValue::Choice(o)) => offered.iter().position(|x| x == o).unwrap_or(0),
        _ => 0,
    };
    m.multi = None;
    if question.kind == QuestionKind::Multi {
        // The kept ticks (of options still offered), or the kept "none of these".
        let mut draft = MultiDraft::default();
        if let Some(AnswerValue::Choices(list)) = &current {
            draft.ticked = list
                .iter()
                .filter(|o| offered.contains(&o.as_str()))
                .cloned()
                .collect();
            draft.none = list.is_empty();
        }
        // The highlight on the first kept tick, or on "none of these" (after the options).
        m.cursor = if draft.none {
            offered.len()
        } else {
            offered
                .iter()
                .position(|o| draft.ticked.contains(*o))
                .unwrap_or(0)
        };
        m.multi = Some(draft);
    }
    m.month = (question.kind == QuestionKind::Month).then(|| {
        let (min, max) = month_bounds(&question.id, &m.answers, m.today);
        // The last unpaid month starts on "still not paying" until answered: a month there
        // means the gap has ended, which Enter alone must not claim.
        let keep_none = current == Some(AnswerValue::NoMonth)
            || (current.is_none() && question.id == GAP_END && question.optional);
        let value = match current {
            Some(AnswerValue::Month(v)) => v,
            // A sensible start: this month for the gap start, the start month for its end.
            _ if question.id == GAP_START => YearMonth::of(m.today),
            _ => min,
        };
        MonthDraft {
            value: value.clamp(min, max),
            keep_none,
            field: MonthField::Month,
            typed: String::new(),
        }
    });
}

pub(super) fn open_review(m: &mut Model<'_>) {
    m.screen = Screen::Review;
    m.from_review = false;
    m.cursor = m.walk().path.len(); // the "show checklist" row
    m.scroll = 0;
    m.error = None;
}

pub(super) fn open_checklist(m: &mut Model<'_>) {
    build_checklist(m);
    if m.checklist.is_some() {
        m.screen = Screen::Checklist;
        m.cursor = 0;
        m.scroll = 0;
    }
}

/// Stores an answer and moves on: to the next question on the path (kept answers are shown
/// again so they can be confirmed or changed), or to the review once the path is complete.
pub(super) fn answer(m: &mut Model<'_>, q: usize, value: AnswerValue) {
    let guide = m.guide;
    m.answers.set(&guide.content.questions[q].id, value);
    m.error = None;
    let w = m.walk();
    m.resume_code = crate::resume::encode(&guide.content, &w.on_path);
    if m.from_review && w.is_complete() {
        open_review(m);
        return;
    }
    match w.after(q) {
        Some(n) => open_question(m, n),
        None => open_review(m),
    }
}

/// Back: the previous question on the path, or the welcome screen from the first.
pub(super) fn back(m: &mut Model<'_>, q: usize) {
    let w = m.walk();
    match w.before(q) {
        Some(prev) => open_question(m, prev),
        None => {
            m.screen = Screen::Welcome;
            m.cursor = START_ROW;
            m.month = None;
            m.multi = None;
        }
    }
}

/// The resume code of the answers now on the path, kept in the model for the review.
fn remember_resume_code(m: &mut Model<'_>) {
    m.resume_code = crate::resume::encode(&m.guide.content, &m.walk().on_path);
}
