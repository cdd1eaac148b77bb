//! Every reachable path through the questions, with month answers sampled at the
//! boundaries that change the advice, and multi-select answers sampled as "none of these",
//! each option alone, and all of them together. Used by `paths`, `validate` and the golden
//! tests.
//!
//! The number of paths multiplies with every question, so the walk has two limits: a number
//! of paths ([`MAX_PATHS`]) and a number of steps ([`MAX_STEPS`]), which bounds the work
//! however long the paths are. [`path_bound`] says, without walking, how many paths there
//! are at most, so a caller can say how much of the flow a stopped walk covered.

use super::answers::{AnswerValue, Answers};
use super::content::{Content, QuestionKind, Target};
use super::facts::Facts;
use super::facts::{FACT_INPUTS, GAP_END, GAP_START, gap_start_from_months};
use super::flow::{Walk, next, walk};
use super::month::YearMonth;
use chrono::NaiveDate;

/// Gap lengths (in months) that sit on each side of the rules' boundaries: none yet, one,
/// the 3-month limit and one past it, a year and one past it, four years (38号's repair rule).
pub(crate) const SAMPLE_GAP_MONTHS: [u32; 7] = [0, 1, 3, 4, 12, 13, 48];

/// Enumeration stops here: a flow this branchy cannot be checked path by path.
pub const MAX_PATHS: usize = 100_000;

/// Enumeration also stops after this many steps: one per question tried, plus each finished
/// path's length (what a visitor typically reads). The shipped content needs under 200,000.
pub(crate) const MAX_STEPS: usize = 2_000_000;

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
    /// True when [`MAX_PATHS`] or [`MAX_STEPS`] was reached and the list is incomplete.
    pub truncated: bool,
}

/// One finished path, borrowed from the depth-first walk (no copies are made unless the
/// visitor makes them).
pub struct PathView<'a> {
    /// The answers on the path (and only those).
    pub answers: &'a Answers,
    /// The questions asked, in order.
    pub path: &'a [usize],
    pub facts: &'a Facts,
    pub gap_months: Option<u32>,
    /// Selected item indexes, in content order.
    pub items: &'a [usize],
}

/// Paths that ask the same questions and differ only in the answers to their last, *free*
/// questions (see [`free_questions`]): nothing but checklist items reads those answers, so
/// the walk need not go down every combination to know where each path leads.
///
/// The group stands for `paths` paths: the first `paths` combinations of the free
/// questions' samples, in the order [`for_each_path`] would visit them (the first free
/// question varies slowest). Fewer than all of them only when the walk's limits stopped it.
pub(crate) struct PathGroup<'a> {
    /// The answers before the free questions (none of theirs).
    pub answers: &'a Answers,
    /// Every question asked, the free ones last.
    pub path: &'a [usize],
    /// The free questions, in path order, with the answers tried for each.
    pub free: &'a [FreeQuestion],
    /// The facts, the same on every path of the group (no fact reads a free question).
    pub facts: &'a Facts,
    pub gap_months: Option<u32>,
    pub paths: usize,
}

/// A free question of a [`PathGroup`] and the answers the walk tries for it.
pub(crate) struct FreeQuestion {
    pub question: usize,
    pub samples: Vec<AnswerValue>,
}

impl PathGroup<'_> {
    /// Which sample of each free question path `n` of the group (from 0) takes.
    pub fn combination(&self, mut n: usize, digits: &mut Vec<usize>) {
        digits.clear();
        digits.resize(self.free.len(), 0);
        for (digit, free) in digits.iter_mut().zip(self.free).rev() {
            let radix = free.samples.len().max(1);
            *digit = n % radix;
            n /= radix;
        }
    }
}

/// Questions whose answers only checklist items read: no route and no option condition
/// reads them, and no fact is derived from them. Their answers never change which question
/// comes next or what it offers.
pub(crate) fn free_questions(content: &Content) -> Vec<bool> {
    let mut free: Vec<bool> = content
        .questions
        .iter()
        .map(|q| !FACT_INPUTS.contains(&q.id.as_str()))
        .collect();
    for q in &content.questions {
        let conditions = q.routes.iter().filter_map(|r| r.when.as_ref());
        for c in conditions.chain(q.option_when.iter().flatten()) {
            c.for_each_question(&mut |read| free[read.index] = false);
        }
    }
    free
}

/// Calls `visit` for every path, depth first. Each step evaluates one question's routes with
/// the answers so far, so the cost grows with the number of paths times their length, not
/// with walking every path again from the start. Returns true when [`MAX_PATHS`] or
/// [`MAX_STEPS`] stopped it.
pub fn for_each_path(
    content: &Content,
    today: NaiveDate,
    mut visit: impl FnMut(&PathView<'_>),
) -> bool {
    let mut dfs = Dfs::new(content, today, None);
    dfs.expand(Some(content.start), None, &mut |leaf| {
        if let Leaf::Path(p) = leaf {
            visit(p);
        }
    });
    dfs.truncated
}

/// Like [`for_each_path`], but the paths that end in free questions come as one
/// [`PathGroup`] (every other path as a group of one with no free questions), so a caller
/// can look at each free question's answers once instead of once per path. Stops at the
/// same limits, after the same paths, as [`for_each_path`].
pub(crate) fn for_each_path_group(
    content: &Content,
    today: NaiveDate,
    mut visit: impl FnMut(&PathGroup<'_>),
) -> bool {
    let mut dfs = Dfs::new(content, today, Some(free_questions(content)));
    dfs.expand(Some(content.start), None, &mut |leaf| {
        if let Leaf::Group(g) = leaf {
            visit(g);
        }
    });
    dfs.truncated
}

/// What the walk hands its visitor at the end of a path.
enum Leaf<'a> {
    Path(&'a PathView<'a>),
    Group(&'a PathGroup<'a>),
}

struct Dfs<'c> {
    content: &'c Content,
    today: NaiveDate,
    /// Grouping paths by their free questions ([`for_each_path_group`]): which are free.
    free: Option<Vec<bool>>,
    answers: Answers,
    path: Vec<usize>,
    items: Vec<usize>,
    count: usize,
    steps: usize,
    truncated: bool,
}

impl<'c> Dfs<'c> {
    fn new(content: &'c Content, today: NaiveDate, free: Option<Vec<bool>>) -> Self {
        Dfs {
            content,
            today,
            free,
            answers: Answers::default(),
            path: Vec::new(),
            items: Vec::new(),
            count: 0,
            steps: 0,
            truncated: false,
        }
    }

    fn expand(
        &mut self,
        current: Option<usize>,
        gap_months: Option<u32>,
        visit: &mut impl FnMut(Leaf<'_>),
    ) {
        self.steps += 1;
        if self.count >= MAX_PATHS || self.steps >= MAX_STEPS {
            self.truncated = true;
            return;
        }
        // A cycle (rejected by the validator) must not recurse forever here.
        let Some(q) = current.filter(|q| !self.path.contains(q)) else {
            self.finish_path(gap_months, visit);
            return;
        };
        if self.free.is_some() && self.group(q, gap_months, visit) {
            return;
        }
        let content = self.content;
        let id = content.questions[q].id.as_str();
        self.path.push(q);
        let facts_here = Facts::derive(&self.answers, self.today);
        let offered = content.questions[q].offered(&self.answers, &facts_here);
        for (value, sampled, shift_start) in samples(content, q, &offered, gap_months, self.today) {
            let saved_start = shift_start.and_then(|start| {
                let old = self.answers.get(GAP_START).cloned();
                self.answers.set(GAP_START, AnswerValue::Month(start));
                old
            });
            // Each sample overwrites the last; the answer is removed once all are tried.
            self.answers.set(id, value);
            let facts = Facts::derive(&self.answers, self.today);
            let next = next(content, q, &self.answers, &facts);
            self.expand(next, sampled.or(gap_months), visit);
            if let Some(old) = saved_start {
                self.answers.set(GAP_START, old);
            }
            if self.truncated {
                break;
            }
        }
        self.answers.remove(id);
        self.path.pop();
    }

    /// The end of one path: counted, then shown to the visitor.
    fn finish_path(&mut self, gap_months: Option<u32>, visit: &mut impl FnMut(Leaf<'_>)) {
        self.count += 1;
        self.steps += self.path.len();
        let facts = Facts::derive(&self.answers, self.today);
        if self.free.is_some() {
            visit(Leaf::Group(&PathGroup {
                answers: &self.answers,
                path: &self.path,
                free: &[],
                facts: &facts,
                gap_months,
                paths: 1,
            }));
            return;
        }
        self.items.clear();
        for (i, item) in self.content.items.iter().enumerate() {
            if item
                .when
                .as_ref()
                .is_none_or(|c| c.holds(&self.answers, &facts))
            {
                self.items.push(i);
            }
        }
        visit(Leaf::Path(&PathView {
            answers: &self.answers,
            path: &self.path,
            facts: &facts,
            gap_months,
            items: &self.items,
        }));
    }

    /// When `q` and every question after it are free, walks their combinations as one
    /// group and returns true; otherwise returns false and walks nothing.
    fn group(
        &mut self,
        q: usize,
        gap_months: Option<u32>,
        visit: &mut impl FnMut(Leaf<'_>),
    ) -> bool {
        let content = self.content;
        let is_free = |q: usize| self.free.as_ref().is_some_and(|f| f[q]);
        // Free answers change neither routes nor facts: the rest of the path is fixed.
        let facts = Facts::derive(&self.answers, self.today);
        let mut rest = vec![q];
        let mut current = next(content, q, &self.answers, &facts);
        while let Some(n) = current.filter(|n| !self.path.contains(n) && !rest.contains(n)) {
            if !is_free(n) {
                return false;
            }
            rest.push(n);
            current = next(content, n, &self.answers, &facts);
        }
        if !is_free(q) {
            return false;
        }
        let free: Vec<FreeQuestion> = rest
            .iter()
            .map(|&f| {
                let offered = content.questions[f].offered(&self.answers, &facts);
                let samples = samples(content, f, &offered, gap_months, self.today);
                FreeQuestion {
                    question: f,
                    samples: samples.into_iter().map(|(value, ..)| value).collect(),
                }
            })
            .collect();
        let radixes: Vec<usize> = free.iter().map(|f| f.samples.len()).collect();
        let leaf_len = self.path.len() + rest.len();
        let before = self.count;
        self.count_free_paths(&radixes, leaf_len);
        let paths = self.count - before;
        if paths > 0 {
            let start = self.path.len();
            self.path.extend(&rest);
            visit(Leaf::Group(&PathGroup {
                answers: &self.answers,
                path: &self.path,
                free: &free,
                facts: &facts,
                gap_months,
                paths,
            }));
            self.path.truncate(start);
        }
        true
    }

    /// Counts paths and steps exactly as [`Dfs::expand`] would for the combinations of
    /// free questions with `radixes[0]`, `radixes[1]`, … answers (the first question's
    /// own step is already counted), stopping at the same limits.
    fn count_free_paths(&mut self, radixes: &[usize], leaf_len: usize) {
        let Some((&radix, rest)) = radixes.split_first() else {
            return;
        };
        for _ in 0..radix {
            self.steps += 1;
            if self.count >= MAX_PATHS || self.steps >= MAX_STEPS {
                self.truncated = true;
                return;
            }
            if rest.is_empty() {
                self.count += 1;
                self.steps += leaf_len;
            } else {
                self.count_free_paths(rest, leaf_len);
            }
            if self.truncated {
                return;
            }
        }
    }
}

/// At most how many paths [`for_each_path`] finds without its limits, counted from the
/// routing alone: each question's sampled answers times the most paths after any of its
/// routes. Exact when every answer may take every route; an upper bound otherwise.
/// Saturates rather than overflowing; a routing cycle counts as an end.
pub fn path_bound(content: &Content) -> u128 {
    #[derive(Clone, Copy, PartialEq)]
    enum Mark {
        New,
        Open,
        Done(u128),
    }
    let questions = &content.questions;
    let mut mark = vec![Mark::New; questions.len()];
    let after = |mark: &[Mark], target: &Target| match target {
        Target::Question(t) => match mark.get(*t) {
            Some(Mark::Done(n)) => *n,
            _ => 1,
        },
        Target::End => 1,
    };
    // Depth first without recursion: content can chain thousands of questions.
    let mut stack = vec![content.start];
    while let Some(&q) = stack.last() {
        match mark.get(q) {
            Some(Mark::New) => {
                mark[q] = Mark::Open;
                for r in &questions[q].routes {
                    if let Target::Question(t) = r.target
                        && mark.get(t) == Some(&Mark::New)
                    {
                        stack.push(t);
                    }
                }
            }
            Some(Mark::Open) => {
                stack.pop();
                let most = questions[q]
                    .routes
                    .iter()
                    .map(|r| after(&mark, &r.target))
                    .max()
                    .unwrap_or(1)
                    .max(1);
                mark[q] = Mark::Done(sample_count(content, q).saturating_mul(most));
            }
            _ => {
                stack.pop();
            }
        }
    }
    match mark.get(content.start) {
        Some(Mark::Done(n)) => *n,
        _ => 0,
    }
}

/// How many answers [`samples`] tries for a question at most.
fn sample_count(content: &Content, q: usize) -> u128 {
    let question = &content.questions[q];
    let n = question.options.len() as u128;
    match question.kind {
        QuestionKind::Choice | QuestionKind::YesNo => n,
        QuestionKind::Multi => 1 + n + u128::from(n > 1),
        QuestionKind::Month if question.id == GAP_END => 2,
        QuestionKind::Month if question.id == GAP_START => SAMPLE_GAP_MONTHS.len() as u128,
        QuestionKind::Month => 1 + u128::from(question.optional),
    }
}

/// Enumerates every path from the start question, with a full [`Walk`] for each (for the
/// `paths` command, golden files and tests; validation uses [`for_each_path`]).
pub fn enumerate(content: &Content, today: NaiveDate) -> Enumeration {
    let mut paths = Vec::new();
    let truncated = for_each_path(content, today, |p| {
        paths.push(PathCase {
            answers: p.answers.clone(),
            gap_months: p.gap_months,
            walk: walk(content, p.answers, today),
            items: p.items.to_vec(),
        });
    });
    Enumeration { paths, truncated }
}

/// The values to try for a question: each option, or sampled months. The third element,
/// when set, moves `gap_start` so that an ended gap keeps the sampled length.
fn samples(
    content: &Content,
    q: usize,
    offered: &[usize],
    gap_months: Option<u32>,
    today: NaiveDate,
) -> Vec<(AnswerValue, Option<u32>, Option<YearMonth>)> {
    let question = &content.questions[q];
    match question.kind {
        QuestionKind::Choice | QuestionKind::YesNo => offered
            .iter()
            .map(|&i| (AnswerValue::Choice(question.options[i].clone()), None, None))
            .collect(),
        QuestionKind::Multi => {
            // Every subset would double the paths per option. None, each option alone (each
            // option's own advice) and all together (where options meet) make every
            // `includes` condition both true and false somewhere, and keep the count linear.
            let ids: Vec<String> = offered
                .iter()
                .map(|&i| question.options[i].clone())
                .collect();
            let mut v = vec![(AnswerValue::Choices(Vec::new()), None, None)];
            v.extend(
                ids.iter()
                    .map(|o| (AnswerValue::Choices(vec![o.clone()]), None, None)),
            );
            if ids.len() > 1 {
                v.push((AnswerValue::Choices(ids), None, None));
            }
            v
        }
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
