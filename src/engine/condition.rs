//! `when` conditions over answers and derived facts.

use super::answers::{AnswerValue, Answers};
use super::facts::{Fact, FactValue, Facts};
use std::fmt;

/// A typed, checked condition (see `docs/CONTENT.md`).
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Condition {
    All(Vec<Condition>),
    Any(Vec<Condition>),
    Not(Box<Condition>),
    /// The question's answer is one of `options`.
    AnswerIn {
        question: QuestionRef,
        options: Vec<String>,
    },
    /// The multi-select question's answer includes at least one of `options`.
    Includes {
        question: QuestionRef,
        options: Vec<String>,
    },
    /// The question was answered with a value (not "no month", not "none of these").
    Answered {
        question: QuestionRef,
    },
    /// A number fact lies in `min..=max`.
    FactRange {
        fact: Fact,
        min: Option<i64>,
        max: Option<i64>,
    },
    /// A boolean fact equals `value`.
    FactIs {
        fact: Fact,
        value: bool,
    },
}

/// A question a condition reads: its id, which people and answer files use, and its index
/// in the content, resolved when the content is built, so that a walk over thousands of
/// paths looks answers up by position rather than by name.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct QuestionRef {
    pub id: String,
    pub index: usize,
}

impl QuestionRef {
    pub fn new(id: impl Into<String>, index: usize) -> Self {
        QuestionRef {
            id: id.into(),
            index,
        }
    }
}

impl fmt::Display for QuestionRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.id)
    }
}

/// Where a condition finds the answers it reads: [`Answers`] by question id, or a table by
/// question index (the path checks of `validate`). One evaluation rule serves both.
pub trait AnswerLookup {
    fn answer(&self, question: &QuestionRef) -> Option<&AnswerValue>;
}

impl AnswerLookup for Answers {
    fn answer(&self, question: &QuestionRef) -> Option<&AnswerValue> {
        self.get(&question.id)
    }
}

/// Where each question's answer is in an [`AnswerTable`]: one map from question index to
/// slot, reused by every table a walk makes, so a table costs the length of one path
/// rather than the number of questions.
pub struct AnswerSlots {
    slot: Vec<usize>,
    /// The questions the last table gave a slot.
    used: Vec<usize>,
}

/// Answers by question index, borrowed from wherever they are kept.
pub struct AnswerTable<'a> {
    slot: &'a [usize],
    values: Vec<Option<&'a AnswerValue>>,
}

impl AnswerSlots {
    /// Slots for content with `questions` questions.
    pub fn new(questions: usize) -> Self {
        AnswerSlots {
            slot: vec![usize::MAX; questions],
            used: Vec::new(),
        }
    }

    /// A table of `answers` (question index, answer or none yet). Only these questions can
    /// be [`AnswerTable::set`] later; every other question is unanswered.
    pub fn table<'a>(
        &'a mut self,
        answers: impl IntoIterator<Item = (usize, Option<&'a AnswerValue>)>,
    ) -> AnswerTable<'a> {
        for q in self.used.drain(..) {
            self.slot[q] = usize::MAX;
        }
        let mut values = Vec::new();
        for (q, value) in answers {
            self.slot[q] = values.len();
            self.used.push(q);
            values.push(value);
        }
        AnswerTable {
            slot: &self.slot,
            values,
        }
    }
}

impl<'a> AnswerTable<'a> {
    /// Changes the answer of a question the table was made with.
    pub fn set(&mut self, question: usize, value: Option<&'a AnswerValue>) {
        let at = self.slot[question];
        assert!(
            at != usize::MAX,
            "question {question} has no slot in this table"
        );
        self.values[at] = value;
    }
}

impl AnswerLookup for AnswerTable<'_> {
    fn answer(&self, question: &QuestionRef) -> Option<&AnswerValue> {
        let at = *self.slot.get(question.index)?;
        self.values.get(at).copied().flatten()
    }
}

impl Condition {
    /// Evaluates against the answers on the person's path. A condition about a question
    /// that is not answered, or a fact that is unknown, is false.
    pub fn holds(&self, answers: &impl AnswerLookup, facts: &Facts) -> bool {
        match self {
            Condition::All(list) => list.iter().all(|c| c.holds(answers, facts)),
            Condition::Any(list) => list.iter().any(|c| c.holds(answers, facts)),
            Condition::Not(c) => !c.holds(answers, facts),
            Condition::AnswerIn { question, options } => match answers.answer(question) {
                Some(AnswerValue::Choice(a)) => options.iter().any(|o| o == a),
                _ => false,
            },
            Condition::Includes { question, options } => match answers.answer(question) {
                Some(AnswerValue::Choices(chosen)) => chosen.iter().any(|c| options.contains(c)),
                _ => false,
            },
            Condition::Answered { question } => match answers.answer(question) {
                None | Some(AnswerValue::NoMonth) => false,
                Some(AnswerValue::Choices(list)) => !list.is_empty(),
                Some(_) => true,
            },
            Condition::FactRange { fact, min, max } => match facts.get(*fact) {
                Some(FactValue::Number(n)) => {
                    min.is_none_or(|lo| n >= lo) && max.is_none_or(|hi| n <= hi)
                }
                _ => false,
            },
            Condition::FactIs { fact, value } => facts.get(*fact) == Some(FactValue::Bool(*value)),
        }
    }

    /// Calls `f` with every question the condition reads.
    pub fn for_each_question<'a>(&'a self, f: &mut impl FnMut(&'a QuestionRef)) {
        match self {
            Condition::All(list) | Condition::Any(list) => {
                list.iter().for_each(|c| c.for_each_question(f))
            }
            Condition::Not(c) => c.for_each_question(f),
            Condition::AnswerIn { question, .. }
            | Condition::Includes { question, .. }
            | Condition::Answered { question } => f(question),
            Condition::FactRange { .. } | Condition::FactIs { .. } => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::month::YearMonth;

    fn setup() -> (Answers, Facts) {
        let mut a = Answers::default();
        a.set("plan", AnswerValue::Choice("flexible".into()));
        a.set(
            "gap_start",
            AnswerValue::Month(YearMonth::new(2026, 8).unwrap()),
        );
        a.set("gap_end", AnswerValue::NoMonth);
        let facts = Facts::derive(&a, "2026-11-22".parse().unwrap());
        (a, facts)
    }

    fn answer_in(q: &str, opts: &[&str]) -> Condition {
        Condition::AnswerIn {
            question: QuestionRef::new(q, 0),
            options: opts.iter().map(|s| s.to_string()).collect(),
        }
    }

    #[test]
    fn answers_and_combinators() {
        let (a, f) = setup();
        assert!(answer_in("plan", &["flexible", "resident"]).holds(&a, &f));
        assert!(!answer_in("plan", &["resident"]).holds(&a, &f));
        assert!(
            !answer_in("city", &["same"]).holds(&a, &f),
            "unanswered is false"
        );
        assert!(Condition::Not(Box::new(answer_in("city", &["same"]))).holds(&a, &f));
        assert!(Condition::All(vec![answer_in("plan", &["flexible"])]).holds(&a, &f));
        assert!(!Condition::Any(vec![answer_in("plan", &["resident"])]).holds(&a, &f));
        let answered = |q: &str| Condition::Answered {
            question: QuestionRef::new(q, 0),
        };
        assert!(answered("gap_start").holds(&a, &f));
        assert!(
            !answered("gap_end").holds(&a, &f),
            "no month is not an answer"
        );
        assert!(!answered("city").holds(&a, &f));
    }

    #[test]
    fn includes_tests_any_selected_option() {
        let (mut a, _) = setup();
        let includes = |opts: &[&str]| Condition::Includes {
            question: QuestionRef::new("situations", 0),
            options: opts.iter().map(|s| s.to_string()).collect(),
        };
        let f = Facts::derive(&a, "2026-11-22".parse().unwrap());
        assert!(
            !includes(&["pregnant"]).holds(&a, &f),
            "unanswered is false"
        );
        a.set(
            "situations",
            AnswerValue::Choices(vec!["pregnant".into(), "retired".into()]),
        );
        assert!(includes(&["pregnant"]).holds(&a, &f));
        assert!(includes(&["chronic_illness", "retired"]).holds(&a, &f));
        assert!(!includes(&["chronic_illness"]).holds(&a, &f));
        let answered = Condition::Answered {
            question: QuestionRef::new("situations", 0),
        };
        assert!(answered.holds(&a, &f));
        a.set("situations", AnswerValue::Choices(Vec::new()));
        assert!(!includes(&["pregnant"]).holds(&a, &f));
        assert!(!answered.holds(&a, &f), "none of these is not an answer");
    }

    #[test]
    fn an_answer_table_answers_by_index_and_forgets_the_last_table() {
        let (a, f) = setup();
        let plan = AnswerValue::Choice("flexible".into());
        let mut slots = AnswerSlots::new(5);
        let is_flexible = Condition::AnswerIn {
            question: QuestionRef::new("plan", 3),
            options: vec!["flexible".into()],
        };
        let table = slots.table([(3, Some(&plan)), (1, None)]);
        assert!(is_flexible.holds(&table, &f));
        // The same condition on the same answers by id.
        assert!(is_flexible.holds(&a, &f));
        let mut table = slots.table([(1, Some(&plan))]);
        assert!(
            !is_flexible.holds(&table, &f),
            "question 3 is not in this table"
        );
        table.set(1, None);
        let answered = Condition::Answered {
            question: QuestionRef::new("city", 1),
        };
        assert!(!answered.holds(&table, &f));
        table.set(1, Some(&plan));
        assert!(answered.holds(&table, &f));
    }

    #[test]
    fn fact_ranges_are_inclusive() {
        let (a, f) = setup(); // Aug..Nov = 4 months
        let range = |min, max| Condition::FactRange {
            fact: Fact::GapMonths,
            min,
            max,
        };
        assert!(range(Some(4), None).holds(&a, &f));
        assert!(!range(None, Some(3)).holds(&a, &f));
        assert!(range(Some(4), Some(4)).holds(&a, &f));
        assert!(
            Condition::FactIs {
                fact: Fact::GapOngoing,
                value: true
            }
            .holds(&a, &f)
        );
    }

    #[test]
    fn unknown_facts_are_false() {
        let a = Answers::default();
        let f = Facts::derive(&a, "2026-11-22".parse().unwrap());
        let c = Condition::FactRange {
            fact: Fact::GapMonths,
            min: Some(0),
            max: None,
        };
        assert!(!c.holds(&a, &f));
    }
}
