//! Walking the questions: which are on the person's path, which comes next, and which
//! checklist items the finished path selects.

use super::answers::{AnswerValue, Answers};
use super::content::{Content, QuestionKind, Target};
use super::facts::{Facts, GAP_END, GAP_START};
use chrono::NaiveDate;

/// The person's position in the flow for a set of answers.
#[derive(Clone, Debug)]
pub struct Walk {
    /// Answered questions on the path, in the order asked (indexes into `content.questions`).
    pub path: Vec<usize>,
    /// The next question to ask; `None` once the path reaches the end.
    pub pending: Option<usize>,
    /// The answers on the path only: what conditions and facts see.
    pub on_path: Answers,
    pub facts: Facts,
}

impl Walk {
    pub fn is_complete(&self) -> bool {
        self.pending.is_none()
    }

    /// Where question `q` stands: its index on the path, or the path's length when it is the
    /// pending question (or not on the path at all).
    pub fn position(&self, q: usize) -> usize {
        self.path
            .iter()
            .position(|&p| p == q)
            .unwrap_or(self.path.len())
    }

    /// The question to show after `q` is answered: the next one on the path (kept answers
    /// are shown again so they can be confirmed), else the pending one; `None` at the end.
    pub fn after(&self, q: usize) -> Option<usize> {
        match self.path.iter().position(|&p| p == q) {
            Some(i) => self.path.get(i + 1).copied().or(self.pending),
            None => self.pending,
        }
    }

    /// The question before `q` on the path; `None` from the first.
    pub fn before(&self, q: usize) -> Option<usize> {
        self.position(q).checked_sub(1).map(|i| self.path[i])
    }

    /// "Step `step` of about `total`" for question `q` (both from 1).
    pub fn progress(&self, content: &Content, q: usize) -> Progress {
        let step = self.position(q) + 1;
        let total = (self.path.len() + estimate_remaining(content, self)).max(step);
        Progress { step, total }
    }

    /// The answers and facts question `q` is asked with: those of the questions before it
    /// on the path, as [`walk`] saw them when it reached `q` (later answers, and `q`'s own,
    /// must not change what `q` offers).
    pub fn asked_with(&self, content: &Content, q: usize) -> (Answers, Facts) {
        let mut before = Answers::default();
        for &p in self.path.iter().take_while(|&&p| p != q) {
            let id = &content.questions[p].id;
            if let Some(v) = self.on_path.get(id) {
                before.set(id, v.clone());
            }
        }
        let facts = Facts::derive(&before, self.facts.today);
        (before, facts)
    }

    /// The options question `q` offers (indexes into its options), in order: every front
    /// end lists, numbers and reads these, so a number means the same option everywhere.
    pub fn offered(&self, content: &Content, q: usize) -> Vec<usize> {
        let (before, facts) = self.asked_with(content, q);
        content.questions[q].offered(&before, &facts)
    }

    /// The unpaid months answering gap question `q` with `value` would make, the other
    /// answers on the path kept (shown live under the month picker, and read aloud). `None`
    /// for every other question: another month does not change the gap.
    pub fn gap_months_if(&self, content: &Content, q: usize, value: &AnswerValue) -> Option<u32> {
        let id = &content.questions[q].id;
        if id != GAP_START && id != GAP_END {
            return None;
        }
        let mut answers = self.on_path.clone();
        answers.set(id, value.clone());
        Facts::derive(&answers, self.facts.today)
            .gap
            .map(|g| g.months)
    }

    /// Answers given for questions that are not on the path, by id, sorted.
    pub fn ignored<'a>(&self, answers: &'a Answers) -> Vec<&'a str> {
        answers
            .iter()
            .filter(|(id, _)| self.on_path.get(id).is_none())
            .map(|(id, _)| id)
            .collect()
    }
}

/// Where a question stands in the flow, as "step 3 of about 5".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Progress {
    pub step: usize,
    pub total: usize,
}

/// True when `value` is a possible answer to the question (it may come from an older
/// content version or a hand-written file).
pub fn fits(content: &Content, question: usize, value: &AnswerValue) -> bool {
    let q = &content.questions[question];
    match (q.kind, value) {
        (QuestionKind::Choice | QuestionKind::YesNo, AnswerValue::Choice(o)) => q.has_option(o),
        (QuestionKind::Month, AnswerValue::Month(_)) => true,
        (QuestionKind::Month, AnswerValue::NoMonth) => q.optional,
        (QuestionKind::Multi, AnswerValue::Choices(list)) => {
            list.iter().all(|o| q.has_option(o))
                && list.iter().enumerate().all(|(i, o)| !list[..i].contains(o))
        }
        _ => false,
    }
}

/// True when `value` is an answer the person can give here: it [`fits`] the question and
/// every option in it is offered on this path (see `option_when`).
pub fn accepts(
    content: &Content,
    question: usize,
    value: &AnswerValue,
    on_path: &Answers,
    facts: &Facts,
) -> bool {
    let q = &content.questions[question];
    let offered = |o: &String| {
        q.options
            .iter()
            .position(|x| x == o)
            .is_some_and(|i| q.offers(i, on_path, facts))
    };
    fits(content, question, value)
        && match value {
            AnswerValue::Choice(o) => offered(o),
            AnswerValue::Choices(list) => list.iter().all(offered),
            AnswerValue::Month(_) | AnswerValue::NoMonth => true,
        }
}

/// Follows the routing from the start question through the given answers.
pub fn walk(content: &Content, answers: &Answers, today: NaiveDate) -> Walk {
    let mut path = Vec::new();
    let mut on_path = Answers::default();
    let mut facts = Facts::derive(&on_path, today);
    let mut current = Some(content.start);
    while let Some(q) = current {
        // The validator rejects cycles; this guard keeps hand-made content from hanging.
        if path.contains(&q) || path.len() > content.questions.len() {
            current = None;
            break;
        }
        let question = &content.questions[q];
        let Some(value) = answers
            .get(&question.id)
            .filter(|v| accepts(content, q, v, &on_path, &facts))
        else {
            break;
        };
        path.push(q);
        on_path.set(&question.id, value.clone());
        facts = Facts::derive(&on_path, today);
        current = next(content, q, &on_path, &facts);
    }
    Walk {
        path,
        pending: current,
        on_path,
        facts,
    }
}

/// The question after `q`, by the first route whose condition holds.
pub fn next(content: &Content, q: usize, on_path: &Answers, facts: &Facts) -> Option<usize> {
    let route = content.questions[q]
        .routes
        .iter()
        .find(|r| r.when.as_ref().is_none_or(|c| c.holds(on_path, facts)))?;
    match route.target {
        Target::Question(i) => Some(i),
        Target::End => None,
    }
}

/// About how many questions are left, counting the pending one: follows the routes as if
/// every unanswered condition were false. Shown as "step 3 of about 5".
fn estimate_remaining(content: &Content, walk: &Walk) -> usize {
    let mut count = 0;
    let mut current = walk.pending;
    while let Some(q) = current {
        count += 1;
        if count > content.questions.len() {
            break;
        }
        current = next(content, q, &walk.on_path, &walk.facts);
    }
    count
}

/// Indexes of the checklist items a complete path selects, in content order.
pub(crate) fn selected_items(content: &Content, walk: &Walk) -> Vec<usize> {
    content
        .items
        .iter()
        .enumerate()
        .filter(|(_, item)| {
            item.when
                .as_ref()
                .is_none_or(|c| c.holds(&walk.on_path, &walk.facts))
        })
        .map(|(i, _)| i)
        .collect()
}
