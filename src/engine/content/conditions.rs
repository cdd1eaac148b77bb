//! Turning a condition as written ([`RawCondition`]) into a typed [`Condition`], or saying
//! why it cannot be: conditions appear in routes, option offers and items alike.

use super::model::{Question, QuestionKind};
use super::raw::RawCondition;
use crate::engine::condition::{Condition, QuestionRef};
use crate::engine::facts::{Fact, FactKind};
use crate::engine::problem::{Loc, Problem};
use crate::engine::yaml::line;
use serde_saphyr::Spanned;
use std::collections::HashMap;

/// What a condition may refer to: the questions, once all of them are known.
pub(super) struct Scope<'a> {
    pub(super) questions: &'a [Question],
    pub(super) index: &'a HashMap<String, usize>,
}

impl Scope<'_> {
    /// The question named `id`, with a reference to it for a condition.
    fn question(
        &self,
        id: &str,
        loc: &Loc,
        problems: &mut Vec<Problem>,
    ) -> Option<(&Question, QuestionRef)> {
        let Some(&i) = self.index.get(id) else {
            problems.push(
                Problem::new("unknown-question")
                    .at(loc.clone())
                    .arg("question", id),
            );
            return None;
        };
        Some((&self.questions[i], QuestionRef::new(id, i)))
    }

    /// Turns a raw condition into a typed one, or records why it cannot.
    pub(super) fn condition(
        &self,
        file: &str,
        raw: &Spanned<RawCondition>,
        problems: &mut Vec<Problem>,
    ) -> Option<Condition> {
        let loc = Loc::new(file, line(raw));
        let c = &raw.value;
        if !has_one_form(c) {
            problems.push(Problem::new("condition-shape").at(loc));
            return None;
        }
        if let Some(items) = &c.all {
            return self.list(file, &loc, items, problems).map(Condition::All);
        }
        if let Some(items) = &c.any {
            return self.list(file, &loc, items, problems).map(Condition::Any);
        }
        if let Some(inner) = &c.not {
            return self
                .condition(file, inner, problems)
                .map(|c| Condition::Not(Box::new(c)));
        }
        if let Some(question) = &c.answer {
            return self.answer(question, c, loc, problems);
        }
        if let Some(question) = &c.answered {
            let (_, question) = self.question(question, &loc, problems)?;
            return Some(Condition::Answered { question });
        }
        fact(c, loc, problems)
    }

    /// The conditions of an `all` or `any` list, which must not be empty.
    fn list(
        &self,
        file: &str,
        loc: &Loc,
        items: &[Spanned<RawCondition>],
        problems: &mut Vec<Problem>,
    ) -> Option<Vec<Condition>> {
        if items.is_empty() {
            problems.push(Problem::new("condition-empty-list").at(loc.clone()));
            return None;
        }
        // Every item is built, so each one's problems are reported, before any is dropped.
        let built: Vec<_> = items
            .iter()
            .map(|i| self.condition(file, i, problems))
            .collect();
        built.into_iter().collect()
    }

    /// `answer: q, in: [...]` (one answer) or `answer: q, includes: [...]` (multi-select).
    fn answer(
        &self,
        question: &str,
        c: &RawCondition,
        loc: Loc,
        problems: &mut Vec<Problem>,
    ) -> Option<Condition> {
        let (q, reference) = self.question(question, &loc, problems)?;
        let multi = q.kind == QuestionKind::Multi;
        let options = match (&c.within, &c.includes) {
            (Some(options), None) if !multi => options,
            (None, Some(options)) if multi => options,
            (Some(_), None) | (None, Some(_)) => {
                // `in` reads one answer, `includes` a set: say which this question takes.
                let code = if multi {
                    "condition-multi-in"
                } else {
                    "condition-includes-single"
                };
                problems.push(Problem::new(code).at(loc).arg("question", question));
                return None;
            }
            _ => {
                problems.push(Problem::new("condition-shape").at(loc));
                return None;
            }
        };
        if q.kind == QuestionKind::Month {
            problems.push(
                Problem::new("condition-month-options")
                    .at(loc)
                    .arg("question", question),
            );
            return None;
        }
        if !known_options(q, options, &loc, problems) {
            return None;
        }
        let (question, options) = (reference, options.clone());
        Some(if multi {
            Condition::Includes { question, options }
        } else {
            Condition::AnswerIn { question, options }
        })
    }
}

/// Exactly one form (`all`, `any`, `not`, `answer`, `answered`, `fact`), and no key that
/// belongs to another form.
fn has_one_form(c: &RawCondition) -> bool {
    let forms = [
        c.all.is_some(),
        c.any.is_some(),
        c.not.is_some(),
        c.answer.is_some(),
        c.answered.is_some(),
        c.fact.is_some(),
    ]
    .iter()
    .filter(|&&b| b)
    .count();
    let stray = ((c.within.is_some() || c.includes.is_some()) && c.answer.is_none())
        || (c.within.is_some() && c.includes.is_some())
        || ((c.min.is_some() || c.max.is_some() || c.is.is_some()) && c.fact.is_none());
    forms == 1 && !stray
}

/// True when `options` is a non-empty list of the question's options; reports every one
/// that is not.
fn known_options(q: &Question, options: &[String], loc: &Loc, problems: &mut Vec<Problem>) -> bool {
    let mut ok = !options.is_empty();
    if options.is_empty() {
        problems.push(Problem::new("condition-empty-list").at(loc.clone()));
    }
    for o in options {
        if !q.has_option(o) {
            ok = false;
            problems.push(
                Problem::new("unknown-option")
                    .at(loc.clone())
                    .arg("question", &q.id)
                    .arg("option", o)
                    .arg("known", q.options.join(", ")),
            );
        }
    }
    ok
}

/// `fact: name` with `is: true|false` (a yes/no fact) or `min`/`max` (a number fact).
fn fact(c: &RawCondition, loc: Loc, problems: &mut Vec<Problem>) -> Option<Condition> {
    let name = c.fact.as_deref().unwrap_or_default();
    let Some(fact) = Fact::from_name(name) else {
        let known = Fact::condition_names();
        problems.push(
            Problem::new("unknown-fact")
                .at(loc)
                .arg("fact", name)
                .arg("known", known.join(", ")),
        );
        return None;
    };
    match (fact.kind(), c.is, c.min, c.max) {
        (FactKind::Bool, Some(value), None, None) => Some(Condition::FactIs { fact, value }),
        (FactKind::Number, None, min, max) if min.is_some() || max.is_some() => {
            if let (Some(lo), Some(hi)) = (min, max)
                && lo > hi
            {
                problems.push(
                    Problem::new("condition-empty-range")
                        .at(loc)
                        .arg("min", lo)
                        .arg("max", hi),
                );
                return None;
            }
            Some(Condition::FactRange { fact, min, max })
        }
        (kind, ..) => {
            let expected = match kind {
                FactKind::Bool => "is: true|false",
                FactKind::Number => "min: N and/or max: N",
                _ => "-",
            };
            problems.push(
                Problem::new("condition-fact-type")
                    .at(loc)
                    .arg("fact", name)
                    .arg("expected", expected),
            );
            None
        }
    }
}
