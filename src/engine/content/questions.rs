//! Building the questions: first each question with its kind and options, then, once every
//! question is known, the routes and option conditions that refer to them.

use super::builder::Builder;
use super::conditions::Scope;
use super::model::{Question, QuestionKind, Route, Target};
use super::raw::{RawQuestion, RawQuestions, RawRoute};
use crate::engine::answers::NO_MONTH;
use crate::engine::condition::Condition;
use crate::engine::facts::{GAP_END, GAP_START};
use crate::engine::problem::{Loc, Problem};
use crate::engine::yaml::line;
use serde_saphyr::Spanned;
use std::collections::HashMap;

/// A question's routes and option conditions, built once every question is known.
pub(super) struct Routing {
    id: String,
    routes: Vec<Route>,
    option_when: Vec<Option<Condition>>,
}

impl Builder<'_> {
    /// The questions without routes (those need every question known), and the index of
    /// their ids. A duplicate id is reported and left out.
    pub(super) fn questions(
        &mut self,
        raw: &RawQuestions,
    ) -> (Vec<Question>, HashMap<String, usize>) {
        let mut questions: Vec<Question> = Vec::new();
        let mut index: HashMap<String, usize> = HashMap::new();
        for q in &raw.questions {
            let q = &q.value;
            let loc = Loc::new(self.questions_file, line(&q.id));
            let id = q.id.value.clone();
            self.snake_id(&id, &loc);
            if let Some(&first) = index.get(&id) {
                self.problem(
                    Problem::new("duplicate-id")
                        .at(loc)
                        .arg("id", &id)
                        .arg("first", questions[first].loc.line),
                );
                continue;
            }
            index.insert(id.clone(), questions.len());
            questions.push(self.question(q, id, loc));
        }
        (questions, index)
    }

    /// One question: its kind, options and optional flag.
    fn question(&mut self, q: &RawQuestion, id: String, loc: Loc) -> Question {
        let kind = self.kind(&q.kind);
        let options = self.options(q, kind, &id, &loc);
        let optional = q.optional.as_ref().is_some_and(|o| o.value);
        if let Some(o) = &q.optional
            && !matches!(kind, QuestionKind::Month | QuestionKind::Multi)
        {
            self.problem(
                Problem::new("optional-not-month")
                    .at(Loc::new(self.questions_file, line(o)))
                    .arg("question", &id),
            );
        }
        if q.next.is_empty() {
            self.problem(
                Problem::new("no-routes")
                    .at(loc.clone())
                    .arg("question", &id),
            );
        }
        Question {
            id,
            kind,
            options,
            optional,
            option_when: Vec::new(),
            routes: Vec::new(),
            loc,
        }
    }

    /// A question's kind; an unknown kind is reported and read as a choice.
    fn kind(&mut self, kind: &Spanned<String>) -> QuestionKind {
        match kind.value.as_str() {
            "choice" => QuestionKind::Choice,
            "yes_no" => QuestionKind::YesNo,
            "month" => QuestionKind::Month,
            "multi" => QuestionKind::Multi,
            other => {
                self.problem(
                    Problem::new("unknown-kind")
                        .at(Loc::new(self.questions_file, line(kind)))
                        .arg("kind", other),
                );
                QuestionKind::Choice
            }
        }
    }

    /// A question's options: as written for choice and multi-select questions, `[yes, no]`
    /// for yes/no, none for months.
    fn options(&mut self, q: &RawQuestion, kind: QuestionKind, id: &str, loc: &Loc) -> Vec<String> {
        match (kind, &q.options) {
            (QuestionKind::Choice | QuestionKind::Multi, None) => {
                self.problem(
                    Problem::new("choice-without-options")
                        .at(loc.clone())
                        .arg("question", id),
                );
                Vec::new()
            }
            (QuestionKind::Choice | QuestionKind::Multi, Some(list)) => {
                if list.len() < 2 {
                    self.problem(
                        Problem::new("choice-without-options")
                            .at(loc.clone())
                            .arg("question", id),
                    );
                }
                self.written_options(list, kind, id)
            }
            (_, Some(list)) => {
                let at = list
                    .first()
                    .map_or(loc.clone(), |o| Loc::new(self.questions_file, line(o)));
                self.problem(
                    Problem::new("options-not-allowed")
                        .at(at)
                        .arg("question", id)
                        .arg("kind", kind.name()),
                );
                Vec::new()
            }
            (QuestionKind::YesNo, None) => vec!["yes".into(), "no".into()],
            (QuestionKind::Month, None) => Vec::new(),
        }
    }

    /// The options of a choice or multi-select question, without the reserved or repeated
    /// ones (reported).
    fn written_options(
        &mut self,
        list: &[Spanned<String>],
        kind: QuestionKind,
        id: &str,
    ) -> Vec<String> {
        let mut options = Vec::new();
        for o in list {
            let loc = Loc::new(self.questions_file, line(o));
            self.snake_id(&o.value, &loc);
            if kind == QuestionKind::Multi && o.value == NO_MONTH {
                // "none" is how files and the command line say "none of these".
                self.problem(
                    Problem::new("reserved-option")
                        .at(loc)
                        .arg("question", id)
                        .arg("option", &o.value),
                );
            } else if options.contains(&o.value) {
                self.problem(
                    Problem::new("duplicate-option")
                        .at(loc)
                        .arg("question", id)
                        .arg("option", &o.value),
                );
            } else {
                options.push(o.value.clone());
            }
        }
        options
    }

    /// The engine's calculators read the gap questions by id: `gap_start` must be a month
    /// question that is not optional, and `gap_end`, if there is one, a month question.
    pub(super) fn gap_questions(&mut self, questions: &[Question], index: &HashMap<String, usize>) {
        match index.get(GAP_START).map(|&i| &questions[i]) {
            Some(q) if q.kind == QuestionKind::Month && !q.optional => {}
            _ => self.problem(
                Problem::new("gap-question-missing")
                    .at(Loc::file(self.questions_file))
                    .arg("question", GAP_START),
            ),
        }
        if let Some(q) = index.get(GAP_END).map(|&i| &questions[i])
            && q.kind != QuestionKind::Month
        {
            self.problem(
                Problem::new("gap-question-missing")
                    .at(q.loc.clone())
                    .arg("question", GAP_END),
            );
        }
    }

    /// One question's routes and option conditions.
    fn question_routing(&mut self, q: &RawQuestion, scope: &Scope<'_>) -> Routing {
        let mut routes = Vec::new();
        let mut seen_catch_all = false;
        for r in &q.next {
            let loc = Loc::new(self.questions_file, line(r));
            if seen_catch_all {
                self.problem(
                    Problem::new("route-after-catch-all")
                        .at(loc.clone())
                        .arg("question", &q.id.value),
                );
            }
            seen_catch_all |= r.value.when.is_none();
            routes.extend(self.route(&r.value, loc, scope));
        }
        let option_when = self.option_when(q, scope);
        if !q.next.is_empty() && !seen_catch_all {
            self.problem(
                Problem::new("no-catch-all")
                    .at(Loc::new(self.questions_file, line(&q.id)))
                    .arg("question", &q.id.value),
            );
        }
        Routing {
            id: q.id.value.clone(),
            routes,
            option_when,
        }
    }

    /// One route; `None` when its target is unknown (reported).
    fn route(&mut self, r: &RawRoute, loc: Loc, scope: &Scope<'_>) -> Option<Route> {
        let when = r
            .when
            .as_ref()
            .and_then(|c| scope.condition(self.questions_file, c, &mut self.problems));
        let goto = &r.goto;
        let target = if goto.value == "end" {
            Target::End
        } else if let Some(&i) = scope.index.get(&goto.value) {
            Target::Question(i)
        } else {
            self.problem(
                Problem::new("unknown-goto")
                    .at(Loc::new(self.questions_file, line(goto)))
                    .arg("target", &goto.value),
            );
            return None;
        };
        Some(Route { when, target, loc })
    }

    /// The conditions under which each option is offered, in option order (empty when the
    /// question has none).
    fn option_when(&mut self, q: &RawQuestion, scope: &Scope<'_>) -> Vec<Option<Condition>> {
        let (Some(map), Some(&qi)) = (&q.option_when, scope.index.get(&q.id.value)) else {
            return Vec::new();
        };
        let options = &scope.questions[qi].options;
        let mut option_when = vec![None; options.len()];
        for (option, raw_when) in map {
            match options.iter().position(|o| o == option) {
                Some(i) => {
                    option_when[i] =
                        scope.condition(self.questions_file, raw_when, &mut self.problems)
                }
                None => self.problem(
                    Problem::new("unknown-option")
                        .at(Loc::new(self.questions_file, line(raw_when)))
                        .arg("question", &q.id.value)
                        .arg("option", option)
                        .arg("known", options.join(", ")),
                ),
            }
        }
        option_when
    }

    /// Every question's routing, in the order written (duplicates included: their problems
    /// are reported too).
    pub(super) fn routing(&mut self, raw: &RawQuestions, scope: &Scope<'_>) -> Vec<Routing> {
        raw.questions
            .iter()
            .map(|q| self.question_routing(&q.value, scope))
            .collect()
    }
}

/// Gives each question the routing built for it. Where an id was written twice, the first
/// routing with routes wins, as the duplicate itself is reported and left out.
pub(super) fn attach_routing(
    questions: &mut [Question],
    index: &HashMap<String, usize>,
    routing: Vec<Routing>,
) {
    for r in routing {
        if let Some(&i) = index.get(&r.id)
            && questions[i].routes.is_empty()
        {
            questions[i].routes = r.routes;
            questions[i].option_when = r.option_when;
        }
    }
}
