//! Checks that need every path through the questions: route conditions read only
//! questions asked before, every item is selected by some path, every path has materials,
//! steps and caveats, and item messages use only facts the path knows.

use super::messages::item_variables;
use crate::engine::answers::Answers;
use crate::engine::condition::{AnswerSlots, AnswerTable, QuestionRef};
use crate::engine::content::{Content, REQUIRED_SECTIONS, Route};
use crate::engine::facts::Fact;
use crate::engine::paths::{PathGroup, PathView, for_each_path_group};
use crate::engine::problem::{Loc, Problem};
use crate::i18n::Locales;
use crate::message_id;
use chrono::NaiveDate;
use std::collections::{BTreeMap, HashMap, HashSet};

/// Checks that need every path: route conditions on questions not yet asked, items that
/// no path selects, paths without materials/steps/caveats, and item messages that use a
/// fact the path does not know. Returns the problems, the number of paths checked, and
/// whether the walk stopped at its limits before the last path.
///
/// Runs on the depth-first walk with no copy of any path, so it stays proportional to the
/// number of paths times their length even for very large flows.
pub fn check_paths(
    content: &Content,
    locales: &Locales,
    today: NaiveDate,
) -> (Vec<Problem>, usize, bool) {
    walk_paths(content, &item_variables(content, locales), today)
}

/// [`check_paths`] once the item messages' facts are known: needs the content only, so it
/// can run on its own thread.
///
/// Paths that differ only in the answers to free questions (read by items alone, such as
/// a multi-select question at the end) come as one group, and each item is evaluated once
/// per combination of the free answers *it* reads rather than once per path. Every check
/// still sees every path, in the walk's order, so counts and example paths are the same.
pub(super) fn walk_paths(
    content: &Content,
    item_vars: &[Vec<Fact>],
    today: NaiveDate,
) -> (Vec<Problem>, usize, bool) {
    let mut checks = PathChecks::new(content, item_vars);
    let truncated = for_each_path_group(content, today, |g| checks.group(g));
    checks.finish(truncated)
}

/// The state of the path checks across the walk.
struct PathChecks<'c> {
    content: &'c Content,
    /// The facts each item's message uses.
    item_vars: &'c [Vec<Fact>],
    /// The questions each item's condition reads.
    item_reads: Vec<Vec<usize>>,
    /// How the items split by the free questions they read, for each list of free
    /// questions met so far: a handful of lists serve hundreds of groups.
    splits: HashMap<Vec<usize>, ItemSplit>,
    /// Where each question's answer is in a group's answer table.
    slots: AnswerSlots,
    /// The required sections that exist, with their index.
    required: Vec<(&'static str, usize)>,
    /// The questions each question's route conditions read, resolved once rather than on
    /// every path: (route, question read), question by question in one flat list;
    /// `reads[first_read[q]..first_read[q + 1]]` are question q's.
    reads: Vec<(&'c Route, &'c QuestionRef)>,
    first_read: Vec<usize>,
    /// Where each question is on the current path (usize::MAX: not on it), so the route
    /// check costs the path's length, not its square.
    position: Vec<usize>,
    selected: Vec<bool>,
    /// Per required section: paths without it, and the first such path.
    missing: BTreeMap<&'static str, (usize, String)>,
    reported_routes: HashSet<(&'c Loc, &'c str)>,
    reported_facts: HashSet<(usize, &'static str)>,
    count: usize,
    problems: Vec<Problem>,
}

impl<'c> PathChecks<'c> {
    fn new(content: &'c Content, item_vars: &'c [Vec<Fact>]) -> Self {
        let mut reads = Vec::new();
        let mut first_read = Vec::with_capacity(content.questions.len() + 1);
        for q in &content.questions {
            first_read.push(reads.len());
            for route in &q.routes {
                if let Some(c) = &route.when {
                    c.for_each_question(&mut |read| reads.push((route, read)));
                }
            }
        }
        first_read.push(reads.len());
        let item_reads = content
            .items
            .iter()
            .map(|item| {
                let mut read = Vec::new();
                if let Some(c) = &item.when {
                    c.for_each_question(&mut |q| read.push(q.index));
                }
                read
            })
            .collect();
        PathChecks {
            content,
            item_vars,
            item_reads,
            splits: HashMap::new(),
            slots: AnswerSlots::new(content.questions.len()),
            required: REQUIRED_SECTIONS
                .iter()
                .filter_map(|&r| content.section_index(r).map(|si| (r, si)))
                .collect(),
            reads,
            first_read,
            position: vec![usize::MAX; content.questions.len()],
            selected: vec![false; content.items.len()],
            missing: BTreeMap::new(),
            reported_routes: HashSet::new(),
            reported_facts: HashSet::new(),
            count: 0,
            problems: Vec::new(),
        }
    }

    /// Every check on the paths of one group.
    fn group(&mut self, g: &PathGroup<'_>) {
        let content = self.content;
        self.count += g.paths;
        // All paths of a group ask the same questions in the same order, and know the
        // same facts; they differ only in the items that read free answers.
        self.route_reads(g.path);
        let free: Vec<usize> = g.free.iter().map(|f| f.question).collect();
        let item_reads = &self.item_reads;
        let split =
            (self.splits.entry(free)).or_insert_with_key(|free| ItemSplit::new(item_reads, free));
        let items = GroupItems::new(content, split, &mut self.slots, g);
        let lacks_fact: Vec<bool> = (self.item_vars.iter())
            .map(|vars| vars.iter().any(|&f| g.facts.get(f).is_none()))
            .collect();
        let always_has: Vec<bool> = (self.required.iter())
            .map(|&(_, si)| items.always.iter().any(|&i| content.items[i].section == si))
            .collect();
        let (mut digits, mut at, mut varying) = (Vec::new(), Vec::new(), Vec::new());
        // Usually every path of the group has each required section whatever the free
        // answers, and no item that varies lacks a fact: then, once every combination is
        // walked, the tables alone say which items some path selects.
        let every_combination = (g.free.iter())
            .try_fold(1usize, |n, f| n.checked_mul(f.samples.len()))
            == Some(g.paths);
        if every_combination
            && always_has.iter().all(|&has| has)
            && !items.varying.iter().any(|&(i, ..)| lacks_fact[i])
        {
            g.combination(0, &mut digits);
            for &i in &items.always {
                self.selected[i] = true;
                if lacks_fact[i] {
                    self.facts_known(i, g, &digits);
                }
            }
            for (i, _, table) in &items.varying {
                self.selected[*i] |= table.contains(&true);
            }
            return;
        }
        for n in 0..g.paths {
            g.combination(n, &mut digits);
            // The items selected on every path are first selected on the first.
            let always: &[usize] = if n == 0 { &items.always } else { &[] };
            items.varying_selected(n, &digits, &mut at, &mut varying);
            for &i in always.iter().chain(&varying) {
                self.selected[i] = true;
                if lacks_fact[i] {
                    self.facts_known(i, g, &digits);
                }
            }
            for (r, &(name, si)) in self.required.iter().enumerate() {
                if !always_has[r] && !varying.iter().any(|&i| content.items[i].section == si) {
                    let entry = self
                        .missing
                        .entry(name)
                        .or_insert_with(|| (0, describe_combination(content, g, &digits)));
                    entry.0 += 1;
                }
            }
        }
    }

    /// Route conditions may only read questions asked before, on every path.
    fn route_reads(&mut self, path: &[usize]) {
        for (pos, &q) in path.iter().enumerate() {
            self.position[q] = pos;
        }
        for (pos, &q) in path.iter().enumerate() {
            for &(route, read) in &self.reads[self.first_read[q]..self.first_read[q + 1]] {
                let asked = self.position[read.index] <= pos;
                if !asked && self.reported_routes.insert((&route.loc, &read.id)) {
                    self.problems.push(
                        Problem::new("route-reads-later-question")
                            .at(route.loc.clone())
                            .arg("question", &read.id),
                    );
                }
            }
        }
        for &q in path {
            self.position[q] = usize::MAX;
        }
    }

    /// Every fact item `i`'s message uses must be known on the paths that select it.
    fn facts_known(&mut self, i: usize, g: &PathGroup<'_>, digits: &[usize]) {
        for &fact in &self.item_vars[i] {
            if g.facts.get(fact).is_none() && self.reported_facts.insert((i, fact.name())) {
                let item = &self.content.items[i];
                self.problems.push(
                    Problem::new("message-fact-unknown-on-path")
                        .at(item.loc.clone())
                        .arg("id", message_id::item(&item.id))
                        .arg("variable", fact.name())
                        .arg("path", describe_combination(self.content, g, digits)),
                );
            }
        }
    }

    fn finish(mut self, truncated: bool) -> (Vec<Problem>, usize, bool) {
        let content = self.content;
        // Items no path selects can only be told once every path is seen.
        if !truncated {
            for (i, item) in content.items.iter().enumerate() {
                if !self.selected[i] {
                    self.problems.push(
                        Problem::new("item-never-selected")
                            .at(item.when_loc.clone())
                            .arg("item", &item.id),
                    );
                }
            }
        }
        for (section, (n, example)) in std::mem::take(&mut self.missing) {
            self.problems.push(
                Problem::new("path-without-section")
                    .at(Loc::file(content_file_hint(content)))
                    .arg("section", section)
                    .arg("count", n)
                    .arg("example", example),
            );
        }
        (self.problems, self.count, truncated)
    }
}

/// Which items each path of a group selects. An item is evaluated once per combination of
/// the free answers its condition reads: once in all when it reads none of them. Items
/// that read the same free questions are evaluated together, each answer set once.
struct GroupItems {
    /// Selected on every path of the group, in content order.
    always: Vec<usize>,
    /// How the tables below are indexed, for each set of free questions that items read.
    tables: Vec<TableIndex>,
    /// Items selected on some paths only: the item, its index in `tables`, and whether it
    /// is selected for each combination of the free answers it reads (or each path).
    varying: Vec<(usize, usize, Vec<bool>)>,
}

/// Where a path's entry is in a table of [`GroupItems`].
enum TableIndex {
    /// By the answers read: the free questions (positions in the group), each with its
    /// stride.
    Answers(Vec<(usize, usize)>),
    /// By the path's number in the group, when there are more combinations than paths.
    Path,
}

/// The items split by which of a group's free questions (positions in the group) they
/// read: the same for every group with the same free questions.
struct ItemSplit {
    /// Items that read none of the free questions, in content order.
    fixed: Vec<usize>,
    /// Items by the free questions they read, each list in content order.
    by_reads: Vec<(Vec<usize>, Vec<usize>)>,
}

impl ItemSplit {
    /// `item_reads`: the questions each item reads; `free`: the group's free questions.
    fn new(item_reads: &[Vec<usize>], free: &[usize]) -> ItemSplit {
        let mut split = ItemSplit {
            fixed: Vec::new(),
            by_reads: Vec::new(),
        };
        for (i, item_reads) in item_reads.iter().enumerate() {
            let reads: Vec<usize> = (0..free.len())
                .filter(|&f| item_reads.contains(&free[f]))
                .collect();
            if reads.is_empty() {
                split.fixed.push(i);
            } else if let Some((_, list)) = split.by_reads.iter_mut().find(|(r, _)| *r == reads) {
                list.push(i);
            } else {
                split.by_reads.push((reads, vec![i]));
            }
        }
        split
    }
}

impl GroupItems {
    fn new<'g>(
        content: &Content,
        split: &ItemSplit,
        slots: &'g mut AnswerSlots,
        g: &'g PathGroup<'_>,
    ) -> GroupItems {
        // Looked up by index: a group evaluates every item, and there are many groups. The
        // free questions get a slot each, to be answered with their samples.
        let answered = (g.answers.iter())
            .filter_map(|(id, value)| Some((content.question_index(id)?, Some(value))));
        let free = g.free.iter().map(|f| (f.question, None));
        let mut answers = slots.table(answered.chain(free));
        let mut items = GroupItems {
            always: Vec::new(),
            tables: Vec::new(),
            varying: Vec::new(),
        };
        for &i in &split.fixed {
            if content.items[i]
                .when
                .as_ref()
                .is_none_or(|c| c.holds(&answers, g.facts))
            {
                items.always.push(i);
            }
        }
        for (reads, list) in &split.by_reads {
            let (index, tables) = evaluate(content, g, &mut answers, reads, list);
            let r = items.tables.len();
            items.tables.push(index);
            items
                .varying
                .extend(list.iter().zip(tables).map(|(&i, table)| (i, r, table)));
        }
        items
    }

    /// Puts the items that are not always selected, but are on path `n` of the group, which
    /// has these free answers (sample indexes), in `out`.
    fn varying_selected(
        &self,
        n: usize,
        digits: &[usize],
        at: &mut Vec<usize>,
        out: &mut Vec<usize>,
    ) {
        at.clear();
        at.extend(self.tables.iter().map(|index| match index {
            TableIndex::Answers(strided) => strided.iter().map(|&(f, s)| digits[f] * s).sum(),
            TableIndex::Path => n,
        }));
        out.clear();
        out.extend(
            self.varying
                .iter()
                .filter(|(_, r, table)| table[at[*r]])
                .map(|(i, ..)| *i),
        );
    }
}

/// The tables of items `list`, which read the free questions `reads` (positions in the
/// group): one evaluation per combination of those answers, unless the group walks fewer
/// paths than that (its limits stopped it), then one per path.
fn evaluate<'g>(
    content: &Content,
    g: &'g PathGroup<'_>,
    answers: &mut AnswerTable<'g>,
    reads: &[usize],
    list: &[usize],
) -> (TableIndex, Vec<Vec<bool>>) {
    let combinations = reads.iter().try_fold(1usize, |n, &f| {
        n.checked_mul(g.free[f].samples.len())
            .filter(|&n| n <= g.paths)
    });
    let index = match combinations {
        Some(_) => {
            let mut stride = 1;
            let mut strided = Vec::with_capacity(reads.len());
            for &f in reads.iter().rev() {
                strided.push((f, stride));
                stride *= g.free[f].samples.len();
            }
            TableIndex::Answers(strided)
        }
        None => TableIndex::Path,
    };
    let len = combinations.unwrap_or(g.paths);
    let mut tables = vec![Vec::with_capacity(len); list.len()];
    let mut digits = Vec::new();
    for n in 0..len {
        match &index {
            TableIndex::Answers(strided) => {
                digits.clear();
                digits.resize(g.free.len(), 0);
                for &(f, s) in strided {
                    digits[f] = (n / s) % g.free[f].samples.len();
                }
            }
            TableIndex::Path => g.combination(n, &mut digits),
        }
        for &f in reads {
            let free = &g.free[f];
            answers.set(free.question, Some(&free.samples[digits[f]]));
        }
        for (&i, table) in list.iter().zip(&mut tables) {
            let when = content.items[i].when.as_ref();
            table.push(when.is_some_and(|c| c.holds(answers, g.facts)));
        }
    }
    for &f in reads {
        answers.set(g.free[f].question, None);
    }
    (index, tables)
}

/// [`describe`] for one path of a group: the free questions take the given samples.
fn describe_combination(content: &Content, g: &PathGroup<'_>, digits: &[usize]) -> String {
    let mut answers = g.answers.clone();
    for (free, &d) in g.free.iter().zip(digits) {
        answers.set(
            &content.questions[free.question].id,
            free.samples[d].clone(),
        );
    }
    describe(content, g.path, &answers, g.gap_months)
}

/// `reason=resigned gap_months=4 …` for a path being walked.
pub(crate) fn describe_view(content: &Content, p: &PathView<'_>) -> String {
    describe(content, p.path, p.answers, p.gap_months)
}

fn content_file_hint(content: &Content) -> String {
    content
        .items
        .first()
        .map(|i| i.loc.file.clone())
        .unwrap_or_else(|| "content/checklist.yaml".into())
}

/// `reason=resigned gap_months=4 plan=flexible …` for messages and the `paths` listing.
pub fn describe_path(content: &Content, case: &crate::engine::paths::PathCase) -> String {
    describe(
        content,
        &case.walk.path,
        &case.walk.on_path,
        case.gap_months,
    )
}

fn describe(
    content: &Content,
    path: &[usize],
    answers: &Answers,
    gap_months: Option<u32>,
) -> String {
    path.iter()
        .map(|&q| {
            let id = &content.questions[q].id;
            if id == crate::engine::facts::GAP_START
                && let Some(n) = gap_months
            {
                return format!("gap_months={n}");
            }
            let value = answers.get(id).map(|v| v.to_string()).unwrap_or_default();
            format!("{id}={value}")
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
#[path = "paths_tests.rs"]
mod tests;
