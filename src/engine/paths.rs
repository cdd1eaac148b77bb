//! Every reachable path through the questions, with month answers sampled at the
//! boundaries that change the advice. Used by `paths`, `validate` and the golden tests.

use super::answers::{AnswerValue, Answers};
use super::content::{Content, QuestionKind};
use super::facts::{GAP_END, GAP_START, gap_start_from_months};
use super::flow::{Walk, selected_items, walk};
use super::month::YearMonth;
use chrono::NaiveDate;

/// Gap lengths (in months) that sit on each side of the rules' boundaries: none yet, one,
/// the 3-month limit and one past it, a year and one past it, four years (38号's repair rule).
pub const SAMPLE_GAP_MONTHS: [u32; 7] = [0, 1, 3, 4, 12, 13, 48];

/// Enumeration stops here: a flow this branchy cannot be checked path by path.
pub const MAX_PATHS: usize = 100_000;

/// One complete path.
#[derive(Clone, Debug)]
pub struct PathCase {
    pub answers: Answers,
    /// The sampled gap length, when the path has a gap question.
    pub gap_months: Option<u32>,
    pub walk: Walk,
    /// Selected item indexes.
    pub items: Vec<usize>,
}

/// The result of enumerating: the paths, or how far it got before giving up.
pub struct Enumeration {
    pub paths: Vec<PathCase>,
    /// True when [`MAX_PATHS`] was reached and the list is incomplete.
    pub truncated: bool,
}

/// Enumerates every path from the start question.
pub fn enumerate(content: &Content, today: NaiveDate) -> Enumeration {
    let mut out = Enumeration {
        paths: Vec::new(),
        truncated: false,
    };
    let mut answers = Answers::default();
    expand(content, today, &mut answers, None, &mut out);
    out
}

fn expand(
    content: &Content,
    today: NaiveDate,
    answers: &mut Answers,
    gap_months: Option<u32>,
    out: &mut Enumeration,
) {
    if out.paths.len() >= MAX_PATHS {
        out.truncated = true;
        return;
    }
    let w = walk(content, answers, today);
    let Some(pending) = w.pending else {
        let items = selected_items(content, &w);
        out.paths.push(PathCase {
            answers: answers.clone(),
            gap_months,
            walk: w,
            items,
        });
        return;
    };
    let question = &content.questions[pending];
    let id = question.id.clone();
    for (value, sampled, shift_start) in samples(content, pending, gap_months, today) {
        let saved_start = answers.get(GAP_START).cloned();
        if let Some(start) = shift_start {
            answers.set(GAP_START, AnswerValue::Month(start));
        }
        answers.set(id.clone(), value);
        expand(content, today, answers, sampled.or(gap_months), out);
        answers.remove(&id);
        if let Some(s) = saved_start {
            answers.set(GAP_START, s);
        }
        if out.truncated {
            return;
        }
    }
}

/// The values to try for a question: each option, or sampled months. The third element,
/// when set, moves `gap_start` so that an ended gap keeps the sampled length.
fn samples(
    content: &Content,
    q: usize,
    gap_months: Option<u32>,
    today: NaiveDate,
) -> Vec<(AnswerValue, Option<u32>, Option<YearMonth>)> {
    let question = &content.questions[q];
    match question.kind {
        QuestionKind::Choice | QuestionKind::YesNo => question
            .options
            .iter()
            .map(|o| (AnswerValue::Choice(o.clone()), None, None))
            .collect(),
        QuestionKind::Month if question.id == GAP_END => {
            // Ongoing, or ended last month after the same number of unpaid months.
            let mut v = vec![(AnswerValue::NoMonth, None, None)];
            if let Some(n) = gap_months.filter(|&n| n > 0) {
                let end = YearMonth::of(today).plus(-1);
                v.push((
                    AnswerValue::Month(end),
                    None,
                    Some(end.plus(1 - i64::from(n))),
                ));
            }
            v
        }
        QuestionKind::Month if question.id == GAP_START => SAMPLE_GAP_MONTHS
            .iter()
            .filter_map(|&n| gap_start_from_months(n, today).ok().map(|m| (n, m)))
            .map(|(n, m)| (AnswerValue::Month(m), Some(n), None))
            .collect(),
        QuestionKind::Month => {
            // Other month questions: this month, and "no month" when allowed.
            let mut v = vec![(AnswerValue::Month(YearMonth::of(today)), None, None)];
            if question.optional {
                v.push((AnswerValue::NoMonth, None, None));
            }
            v
        }
    }
}
