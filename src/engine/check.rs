//! One check for answers, wherever they come from: batch flags and answers files, saved
//! files, resume codes (in batch mode, plain mode and the wizard's "Enter a code") and the
//! months typed or kept in plain mode all pass through [`check_answers`] (or
//! [`check_answer`] for a single answer), so no way in can slip past a rule another way
//! enforces.
//!
//! An answer passes when its question exists, it is of the question's kind and names only
//! the question's options, and a month lies in the months the question accepts today
//! ([`month_bounds`](super::facts::month_bounds)). Whether an option is *offered* on the
//! person's path is the walk's business: it depends on the other answers, which may still
//! change.

use super::answers::{AnswerValue, Answers, NO_MONTH};
use super::content::{Content, Question, QuestionKind};
use super::facts::{GAP_END, check_month};
use super::problem::Problem;
use chrono::NaiveDate;

/// An answer that cannot be used, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Refused {
    pub question: String,
    pub problem: Problem,
}

/// Checks one answer. `earlier` holds the answers it may depend on: `gap_end` is checked
/// against `gap_start`.
pub(crate) fn check_answer(
    content: &Content,
    id: &str,
    value: &AnswerValue,
    earlier: &Answers,
    today: NaiveDate,
) -> Result<(), Problem> {
    let Some(q) = content.question(id) else {
        return Err(unknown_question(content, id, &[]));
    };
    let unknown_option = |value: &str| {
        Problem::new("answer-unknown-option")
            .arg("question", id)
            .arg("value", value)
            .arg("known", accepted(q))
    };
    match (q.kind, value) {
        (QuestionKind::Choice | QuestionKind::YesNo, AnswerValue::Choice(o)) => {
            if q.has_option(o) {
                Ok(())
            } else {
                Err(unknown_option(o))
            }
        }
        (QuestionKind::Multi, AnswerValue::Choices(list)) => {
            // A repeated option is refused too: every selection has one spelling.
            match list
                .iter()
                .enumerate()
                .find(|(i, o)| !q.has_option(o) || list[..*i].contains(o))
            {
                Some((_, o)) => Err(unknown_option(o)),
                None => Ok(()),
            }
        }
        (QuestionKind::Month, AnswerValue::NoMonth) if q.optional => Ok(()),
        (QuestionKind::Month, AnswerValue::NoMonth) => {
            Err(Problem::new("answer-month-required").arg("question", id))
        }
        (QuestionKind::Month, AnswerValue::Month(m)) => check_month(id, *m, earlier, today),
        (_, other) => Err(unknown_option(&other.to_string())),
    }
}

/// Checks every answer and splits them into the usable ones and the refused ones (with
/// why). Months are checked last, `gap_end` after `gap_start`, each against the answers
/// already accepted, so a refused start month never vouches for an end month.
pub fn check_answers(
    content: &Content,
    answers: &Answers,
    today: NaiveDate,
) -> (Answers, Vec<Refused>) {
    let mut order: Vec<(&str, &AnswerValue)> = answers.iter().collect();
    order.sort_by_key(|(id, v)| match v {
        AnswerValue::Month(_) | AnswerValue::NoMonth => 1 + usize::from(*id == GAP_END),
        _ => 0,
    });
    let mut ok = Answers::default();
    let mut refused = Vec::new();
    for (id, value) in order {
        match check_answer(content, id, value, &ok, today) {
            Ok(()) => ok.set(id, value.clone()),
            Err(problem) => refused.push(Refused {
                question: id.to_owned(),
                problem,
            }),
        }
    }
    (ok, refused)
}

/// "there is no question X", listing the questions (and any `extra` names the caller
/// accepts, such as batch mode's `gap_months`).
pub(crate) fn unknown_question(content: &Content, id: &str, extra: &[&str]) -> Problem {
    let known: Vec<&str> = content
        .questions
        .iter()
        .map(|q| q.id.as_str())
        .chain(extra.iter().copied())
        .collect();
    Problem::new("answer-unknown-question")
        .arg("question", id)
        .arg("known", known.join(", "))
}

/// What a question accepts, for messages: its options (and `none` where that is an answer),
/// or the month format.
pub fn accepted(q: &Question) -> String {
    match q.kind {
        QuestionKind::Month if q.optional => format!("YYYY-MM, {NO_MONTH}"),
        QuestionKind::Month => "YYYY-MM".to_owned(),
        QuestionKind::Multi => format!("{}, {NO_MONTH}", q.options.join(", ")),
        QuestionKind::Choice | QuestionKind::YesNo => q.options.join(", "),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::facts::{BENEFIT_END, GAP_START};
    use crate::engine::files::GuideFiles;

    fn content() -> Content {
        Content::load(&GuideFiles::embedded().content).unwrap()
    }
    fn today() -> NaiveDate {
        "2026-11-22".parse().unwrap()
    }
    fn month(s: &str) -> AnswerValue {
        AnswerValue::Month(s.parse().unwrap())
    }

    #[test]
    fn good_answers_pass_whole() {
        let c = content();
        let mut a = Answers::default();
        a.set("reason", AnswerValue::Choice("laid_off".into()));
        a.set(GAP_START, month("2026-09"));
        a.set(GAP_END, month("2026-10"));
        a.set(BENEFIT_END, AnswerValue::NoMonth);
        a.set("situations", AnswerValue::Choices(vec!["pregnant".into()]));
        let (ok, refused) = check_answers(&c, &a, today());
        assert_eq!(ok, a);
        assert!(refused.is_empty(), "{refused:?}");
    }

    #[test]
    fn every_kind_of_bad_answer_is_refused_with_a_reason() {
        let c = content();
        let mut a = Answers::default();
        a.set("reason", AnswerValue::Choice("fired".into()));
        a.set("plan", month("2026-01"));
        a.set(GAP_START, month("2200-12"));
        a.set(GAP_END, month("2026-12"));
        a.set(BENEFIT_END, month("1950-01"));
        a.set("gap_medical", AnswerValue::Choice("yes".into()));
        a.set(
            "situations",
            AnswerValue::Choices(vec!["pregnant".into(), "pregnant".into()]),
        );
        a.set("nosuch", AnswerValue::NoMonth);
        let (ok, refused) = check_answers(&c, &a, today());
        let codes: Vec<(&str, &str)> = refused
            .iter()
            .map(|r| (r.question.as_str(), r.problem.code))
            .collect();
        for expected in [
            ("reason", "answer-unknown-option"),
            ("plan", "answer-unknown-option"),
            (GAP_START, "answer-month-future"),
            (GAP_END, "answer-gap-end-future"),
            (BENEFIT_END, "answer-benefit-end-range"),
            ("situations", "answer-unknown-option"),
            ("nosuch", "answer-unknown-question"),
        ] {
            assert!(codes.contains(&expected), "{expected:?} in {codes:?}");
        }
        assert_eq!(ok.len(), 1, "only gap_medical passes: {ok:?}");
    }

    #[test]
    fn the_end_month_is_checked_against_the_start_month() {
        let c = content();
        let mut a = Answers::default();
        a.set(GAP_START, month("2026-06"));
        a.set(GAP_END, month("2026-05"));
        let (ok, refused) = check_answers(&c, &a, today());
        assert_eq!(refused.len(), 1);
        assert_eq!(refused[0].question, GAP_END);
        assert_eq!(refused[0].problem.code, "answer-gap-end-before-start");
        assert!(ok.get(GAP_START).is_some());
        // A month that is not optional cannot be "no month".
        let mut a = Answers::default();
        a.set(GAP_START, AnswerValue::NoMonth);
        let (_, refused) = check_answers(&c, &a, today());
        assert_eq!(refused[0].problem.code, "answer-month-required");
    }
}
