//! Checks that need every path through the questions: route conditions read only
//! questions asked before, every item is selected by some path, every path has materials,
//! steps and caveats, and item messages use only facts the path knows.

use super::messages::item_variables;
use crate::engine::content::{Content, REQUIRED_SECTIONS, Route};
use crate::engine::facts::Fact;
use crate::engine::paths::{PathView, for_each_path};
use crate::engine::problem::{Loc, Problem};
use crate::i18n::Locales;
use crate::message_id;
use chrono::NaiveDate;
use std::collections::{BTreeMap, HashSet};

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
pub(super) fn walk_paths(
    content: &Content,
    item_vars: &[Vec<Fact>],
    today: NaiveDate,
) -> (Vec<Problem>, usize, bool) {
    let mut problems = Vec::new();
    let required: Vec<(&str, usize)> = REQUIRED_SECTIONS
        .iter()
        .filter_map(|&r| content.section_index(r).map(|si| (r, si)))
        .collect();
    // The questions each question's route conditions read, resolved once rather than on
    // every path: (route, question index, question id), question by question in one flat
    // list; `reads[first_read[q]..first_read[q + 1]]` are question q's.
    let mut reads: Vec<(&Route, Option<usize>, &str)> = Vec::new();
    let mut first_read = Vec::with_capacity(content.questions.len() + 1);
    for q in &content.questions {
        first_read.push(reads.len());
        for route in &q.routes {
            if let Some(c) = &route.when {
                c.for_each_question(&mut |id| {
                    reads.push((route, content.question_index(id), id));
                });
            }
        }
    }
    first_read.push(reads.len());
    let mut selected = vec![false; content.items.len()];
    let mut missing: BTreeMap<&str, (usize, String)> = BTreeMap::new();
    let mut reported_routes = HashSet::new();
    let mut reported_facts = HashSet::new();
    let mut count = 0;
    // Where each question is on the current path (usize::MAX: not on it), so the check
    // below costs the path's length, not its square.
    let mut position = vec![usize::MAX; content.questions.len()];
    let truncated = for_each_path(content, today, |p| {
        count += 1;
        for (pos, &q) in p.path.iter().enumerate() {
            position[q] = pos;
        }
        // Route conditions may only read questions asked before, on every path.
        for (pos, &q) in p.path.iter().enumerate() {
            for &(route, read, id) in &reads[first_read[q]..first_read[q + 1]] {
                let asked = read.is_some_and(|qi| position[qi] <= pos);
                if !asked && reported_routes.insert((&route.loc, id)) {
                    problems.push(
                        Problem::new("route-reads-later-question")
                            .at(route.loc.clone())
                            .arg("question", id),
                    );
                }
            }
        }
        for &i in p.items {
            selected[i] = true;
            // Every fact an item's message uses must be known on the paths that select it.
            for &fact in &item_vars[i] {
                if p.facts.get(fact).is_none() && reported_facts.insert((i, fact.name())) {
                    let item = &content.items[i];
                    problems.push(
                        Problem::new("message-fact-unknown-on-path")
                            .at(item.loc.clone())
                            .arg("id", message_id::item(&item.id))
                            .arg("variable", fact.name())
                            .arg("path", describe_view(content, p)),
                    );
                }
            }
        }
        for &(name, si) in &required {
            if !p.items.iter().any(|&i| content.items[i].section == si) {
                let entry = missing
                    .entry(name)
                    .or_insert_with(|| (0, describe_view(content, p)));
                entry.0 += 1;
            }
        }
        for &q in p.path {
            position[q] = usize::MAX;
        }
    });
    // Items no path selects can only be told once every path is seen.
    if !truncated {
        for (i, item) in content.items.iter().enumerate() {
            if !selected[i] {
                problems.push(
                    Problem::new("item-never-selected")
                        .at(item.when_loc.clone())
                        .arg("item", &item.id),
                );
            }
        }
    }
    for (section, (n, example)) in missing {
        problems.push(
            Problem::new("path-without-section")
                .at(Loc::file(content_file_hint(content)))
                .arg("section", section)
                .arg("count", n)
                .arg("example", example),
        );
    }
    (problems, count, truncated)
}

/// `reason=resigned gap_months=4 …` for a path being walked.
pub fn describe_view(content: &Content, p: &PathView<'_>) -> String {
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
    answers: &crate::engine::answers::Answers,
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
