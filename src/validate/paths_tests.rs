//! The grouped path checks against the plain ones they replace: the same problems, counts
//! and example paths, on content where errors show only for some combinations of free
//! answers, on the shipped content, and on a flow the walk's limits stop inside a group.

use super::*;
use crate::engine::files::{GuideFiles, TextFile};
use crate::engine::paths::for_each_path;
use crate::engine::problem::sort_problems;
use std::fmt::Write as _;

/// The checks as they were before paths were grouped: every path on its own.
fn one_path_at_a_time(
    content: &Content,
    item_vars: &[Vec<Fact>],
    today: NaiveDate,
) -> (Vec<Problem>, usize, bool) {
    let mut checks = PathChecks::new(content, item_vars);
    let mut position = vec![usize::MAX; content.questions.len()];
    let truncated = for_each_path(content, today, |p| {
        checks.count += 1;
        for (pos, &q) in p.path.iter().enumerate() {
            position[q] = pos;
        }
        for (pos, &q) in p.path.iter().enumerate() {
            for &(route, read) in &checks.reads[checks.first_read[q]..checks.first_read[q + 1]] {
                let asked = position[read.index] <= pos;
                if !asked && checks.reported_routes.insert((&route.loc, &read.id)) {
                    checks.problems.push(
                        Problem::new("route-reads-later-question")
                            .at(route.loc.clone())
                            .arg("question", &read.id),
                    );
                }
            }
        }
        for &i in p.items {
            checks.selected[i] = true;
            for &fact in &item_vars[i] {
                if p.facts.get(fact).is_none() && checks.reported_facts.insert((i, fact.name())) {
                    let item = &content.items[i];
                    checks.problems.push(
                        Problem::new("message-fact-unknown-on-path")
                            .at(item.loc.clone())
                            .arg("id", message_id::item(&item.id))
                            .arg("variable", fact.name())
                            .arg("path", describe_view(content, p)),
                    );
                }
            }
        }
        for &(name, si) in &checks.required {
            if !p.items.iter().any(|&i| content.items[i].section == si) {
                let entry = checks
                    .missing
                    .entry(name)
                    .or_insert_with(|| (0, describe_view(content, p)));
                entry.0 += 1;
            }
        }
        for &q in p.path {
            position[q] = usize::MAX;
        }
    });
    checks.finish(truncated)
}

fn today() -> NaiveDate {
    "2026-11-22".parse().unwrap()
}

fn content(questions: &str, items: &str) -> Content {
    let file = |name: &str, text: String| TextFile {
        path: format!("content/{name}"),
        name: name.to_owned(),
        text: text.into(),
    };
    let files = [
        file(
            "meta.yaml",
            "content_version: t\nreviewed: 2026-11-22\nstart: gap_start\n".into(),
        ),
        file("questions.yaml", format!("questions:\n{questions}")),
        file(
            "checklist.yaml",
            format!("sections: [materials, steps, caveats]\nitems:\n{items}"),
        ),
        file("sources.yaml", "sources:\n  - id: s\n    grade: A\n".into()),
    ];
    Content::load(&files).unwrap()
}

/// Both ways, sorted as `validate` sorts them; they must agree.
fn checked(content: &Content, item_vars: &[Vec<Fact>]) -> (Vec<Problem>, usize, bool) {
    let sorted = |(mut problems, count, truncated): (Vec<Problem>, usize, bool)| {
        sort_problems(&mut problems);
        (problems, count, truncated)
    };
    let grouped = sorted(walk_paths(content, item_vars, today()));
    let plain = sorted(one_path_at_a_time(content, item_vars, today()));
    assert_eq!(grouped, plain);
    grouped
}

fn find<'p>(problems: &'p [Problem], code: &str) -> Vec<&'p Problem> {
    problems.iter().filter(|p| p.code == code).collect()
}

/// `route` branches (its own route reads it); `plan` and the multi-select `s` are free.
const QUESTIONS: &str = "  - id: gap_start
    kind: month
    next:
      - goto: route
  - id: route
    kind: choice
    options: [left, right]
    next:
      - when: { answer: route, in: [left] }
        goto: plan
      - goto: s
  - id: plan
    kind: choice
    options: [a, b]
    next:
      - goto: s
  - id: s
    kind: multi
    optional: true
    options: [x, y, z]
    next:
      - goto: end
";

const ITEMS: &str = "  - id: always
    section: materials
    sources: [s]
  - id: step-x
    section: steps
    when: { answer: s, includes: [x] }
    sources: [s]
  - id: caveat
    section: caveats
    when:
      any:
        - { answer: plan, in: [a] }
        - { answer: s, includes: [z] }
    sources: [s]
  - id: only-all-together
    section: caveats
    when:
      all:
        - { answer: s, includes: [x] }
        - { answer: s, includes: [y] }
        - { answer: plan, in: [b] }
    sources: [s]
  - id: never
    section: caveats
    when:
      all:
        - { answer: s, includes: [x] }
        - { not: { answer: s, includes: [x] } }
    sources: [s]
";

#[test]
fn errors_seen_only_for_some_combinations_of_free_answers_are_found() {
    let content = content(QUESTIONS, ITEMS);
    assert_eq!(
        crate::engine::paths::free_questions(&content),
        [false, false, true, true]
    );
    // `only-all-together` uses a fact no path knows: reported on the first path selecting
    // it, which needs plan=b and x and y chosen together.
    let gap_end = vec![Fact::GapEnd];
    let item_vars = [vec![], vec![], vec![], gap_end, vec![]];
    let (problems, count, truncated) = checked(&content, &item_vars);
    // 7 gap lengths × (left: 2 plans × 5 selections + right: 5 selections).
    assert_eq!((count, truncated), (7 * (2 * 5 + 5), false));
    let never: Vec<_> = find(&problems, "item-never-selected");
    assert_eq!(never.len(), 1, "{problems:#?}");
    assert_eq!(never[0].get("item"), Some("never"));
    let fact = find(&problems, "message-fact-unknown-on-path");
    assert_eq!(fact.len(), 1, "{problems:#?}");
    assert_eq!(
        fact[0].get("path"),
        Some("gap_months=0 route=left plan=b s=x,y,z")
    );
    let missing = find(&problems, "path-without-section");
    let by_section = |section: &str| {
        let p = missing
            .iter()
            .find(|p| p.get("section") == Some(section))
            .unwrap();
        (p.get("count").unwrap(), p.get("example").unwrap())
    };
    // Steps: every selection without x (none, y, z): 3 of 5 per prefix, 21 prefixes.
    assert_eq!(
        by_section("steps"),
        ("63", "gap_months=0 route=left plan=a s=none")
    );
    // Caveats: plan b (or no plan) without z, and not x+y with plan b: none, x, y.
    assert_eq!(
        by_section("caveats"),
        ("42", "gap_months=0 route=left plan=b s=none")
    );
}

#[test]
fn the_shipped_content_gives_the_same_results_grouped() {
    let files = GuideFiles::embedded();
    let content = Content::load(&files.content).unwrap();
    let locales = crate::i18n::Locales::load(&files).unwrap();
    let item_vars = super::item_variables(&content, &locales);
    let (problems, count, _) = checked(&content, &item_vars);
    assert!(problems.is_empty(), "{problems:#?}");
    assert_eq!(count, 15_575);
}

/// Eight free nine-option questions: far more paths than the walk's limit, which stops it
/// inside one group. An item reads all eight, so its table is by path.
#[test]
fn a_group_the_limits_stop_is_checked_path_by_path_as_far_as_the_walk_goes() {
    let mut questions =
        String::from("  - id: gap_start\n    kind: month\n    next:\n      - goto: x0\n");
    for i in 0..8 {
        let next = if i < 7 {
            format!("x{}", i + 1)
        } else {
            "end".into()
        };
        let _ = write!(
            questions,
            "  - id: x{i}\n    kind: choice\n    options: [o0, o1, o2, o3, o4, o5, o6, o7, o8]\n    next:\n      - goto: {next}\n"
        );
    }
    let mut items = String::from(
        "  - id: m\n    section: materials\n    sources: [s]\n  - id: st\n    section: steps\n    sources: [s]\n  - id: c\n    section: caveats\n    when:\n      all:\n",
    );
    for i in 0..8 {
        let _ = writeln!(items, "        - {{ answer: x{i}, in: [o0, o2] }}");
    }
    items.push_str("    sources: [s]\n");
    let content = content(&questions, &items);
    let (problems, count, truncated) = checked(&content, &[vec![], vec![], vec![]]);
    assert_eq!((count, truncated), (crate::engine::paths::MAX_PATHS, true));
    assert_eq!(find(&problems, "path-without-section").len(), 1);
}
