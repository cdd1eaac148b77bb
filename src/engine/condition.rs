//! `when` conditions over answers and derived facts.

use super::answers::{AnswerValue, Answers};
use super::facts::{Fact, FactValue, Facts};

/// A typed, checked condition (see `docs/CONTENT.md`).
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Condition {
    All(Vec<Condition>),
    Any(Vec<Condition>),
    Not(Box<Condition>),
    /// The question's answer is one of `options`.
    AnswerIn {
        question: String,
        options: Vec<String>,
    },
    /// The multi-select question's answer includes at least one of `options`.
    Includes {
        question: String,
        options: Vec<String>,
    },
    /// The question was answered with a value (not "no month", not "none of these").
    Answered {
        question: String,
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

impl Condition {
    /// Evaluates against the answers on the person's path. A condition about a question
    /// that is not answered, or a fact that is unknown, is false.
    pub fn holds(&self, answers: &Answers, facts: &Facts) -> bool {
        match self {
            Condition::All(list) => list.iter().all(|c| c.holds(answers, facts)),
            Condition::Any(list) => list.iter().any(|c| c.holds(answers, facts)),
            Condition::Not(c) => !c.holds(answers, facts),
            Condition::AnswerIn { question, options } => answers
                .choice(question)
                .is_some_and(|a| options.iter().any(|o| o == a)),
            Condition::Includes { question, options } => answers
                .choices(question)
                .is_some_and(|chosen| chosen.iter().any(|c| options.contains(c))),
            Condition::Answered { question } => match answers.get(question) {
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

    /// Calls `f` with every question id the condition reads.
    pub fn for_each_question<'a>(&'a self, f: &mut impl FnMut(&'a str)) {
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
            question: q.into(),
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
        let answered = |q: &str| Condition::Answered { question: q.into() };
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
            question: "situations".into(),
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
            question: "situations".into(),
        };
        assert!(answered.holds(&a, &f));
        a.set("situations", AnswerValue::Choices(Vec::new()));
        assert!(!includes(&["pregnant"]).holds(&a, &f));
        assert!(!answered.holds(&a, &f), "none of these is not an answer");
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
