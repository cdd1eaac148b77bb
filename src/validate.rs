//! `yibao-guide validate`: every check on content and locales, all problems at once.
//!
//! Loading (`Content::load`, `Locales::load`) already reports syntax errors, unknown and
//! duplicate ids and bad references. This module adds what needs the whole picture:
//! messages missing or unused in a locale, unknown variables, unreachable questions,
//! routing cycles, route conditions on questions not yet asked, items no path selects,
//! and paths that end without materials, steps or caveats.

use crate::engine::content::{Content, REQUIRED_SECTIONS, Route, Target};
use crate::engine::facts::Fact;
use crate::engine::files::GuideFiles;
use crate::engine::paths::{PathView, for_each_path, path_bound};
use crate::engine::problem::{Loc, Problem, sort_problems};
use crate::fluent_check::message_lines;
use crate::i18n::{Lang, Locales};
use crate::message_id;
use chrono::NaiveDate;
use fluent_syntax::ast;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

/// What `validate` found, and what it checked.
pub struct Report {
    pub problems: Vec<Problem>,
    pub questions: usize,
    pub items: usize,
    /// Paths checked.
    pub paths: usize,
    /// When the flow has more paths than the walk's limits allow: at most how many there
    /// are. Only the first [`Report::paths`] were checked, and items no path selects could
    /// not be looked for. A note, not a problem: large flows are allowed.
    pub more_paths: Option<u128>,
}

/// Runs every check. `today` anchors the sampled gap months of the path checks.
pub fn validate(files: &GuideFiles, today: NaiveDate) -> Report {
    let mut problems = Vec::new();
    // The content (YAML) and the locales (Fluent) are independent: read them side by side.
    let (content, locales) =
        side_by_side(|| Content::load(&files.content), || Locales::load(files));
    let mut report = Report {
        problems: Vec::new(),
        questions: 0,
        items: 0,
        paths: 0,
        more_paths: None,
    };
    if let (Ok(content), Ok(locales)) = (&content, &locales) {
        let graph = check_graph(content);
        // Path checks assume a sound graph: a cycle would make paths meaningless.
        let sound = graph.iter().all(|p| p.code != "route-cycle");
        problems.extend(graph);
        // The path walk needs only the content, so it runs beside the message checks
        // (Fluent's bundles cannot leave this thread).
        let item_vars = item_variables(content, locales);
        let (paths, messages) = side_by_side(
            || sound.then(|| walk_paths(content, &item_vars, today)),
            || check_messages(content, locales),
        );
        problems.extend(messages);
        if let Some((path_problems, count, truncated)) = paths {
            problems.extend(path_problems);
            report.paths = count;
            report.more_paths = truncated.then(|| path_bound(content));
        }
        report.questions = content.questions.len();
        report.items = content.items.len();
    }
    if let Err(p) = content {
        problems.extend(p);
    }
    if let Err(p) = locales {
        problems.extend(p);
    }
    dedup(&mut problems);
    sort_problems(&mut problems);
    report.problems = problems;
    report
}

/// Runs `a` on another thread while `b` runs on this one, and returns both results. If no
/// thread can be started, runs them one after the other: slower, never wrong.
fn side_by_side<A: Send, B>(a: impl FnOnce() -> A + Send, b: impl FnOnce() -> B) -> (A, B) {
    let slot = std::sync::Mutex::new(Some(a));
    let take = || slot.lock().ok().and_then(|mut a| a.take());
    std::thread::scope(|scope| {
        // The path walk recurses once per question on a path: give it the stack a main
        // thread would have, and more (only touched pages are ever used).
        let other = std::thread::Builder::new()
            .stack_size(64 << 20)
            .spawn_scoped(scope, || take().map(|a| a()))
            .ok();
        let b = b();
        let a = match other {
            Some(handle) => handle
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic)),
            None => None,
        };
        // `a` is still in its slot only if its thread never started.
        let a = a.or_else(|| take().map(|a| a()));
        (a.expect("`a` ran on one thread or the other"), b)
    })
}

fn dedup(problems: &mut Vec<Problem>) {
    let mut seen = HashSet::new();
    problems.retain(|p| seen.insert(format!("{p}")));
}

/// The messages the content needs, with the attributes each must have, and where the
/// need comes from (for error locations).
fn expected_messages(content: &Content) -> HashMap<String, (&'static [&'static str], &Loc)> {
    let mut out = HashMap::new();
    for q in &content.questions {
        out.insert(
            message_id::question(&q.id),
            (&["short", "help", "aloud"][..], &q.loc),
        );
        for o in &q.options {
            out.insert(message_id::option(&q.id, o), (&[][..], &q.loc));
        }
        if q.optional {
            out.insert(message_id::no_answer(&q.id), (&[][..], &q.loc));
        }
    }
    for s in &content.sections {
        out.insert(message_id::section(&s.id), (&[][..], &s.loc));
    }
    for i in &content.items {
        out.insert(message_id::item(&i.id), (&[][..], &i.loc));
    }
    for s in &content.sources {
        out.insert(message_id::source(&s.id), (&["issuer"][..], &s.loc));
    }
    out
}

/// One message as defined in a locale file.
struct Defined<'a> {
    path: &'a str,
    line: u32,
    attributes: Vec<&'a str>,
    variables: BTreeSet<&'a str>,
}

fn defined_messages(locales: &Locales, lang: Lang) -> HashMap<&str, Defined<'_>> {
    let mut out = HashMap::new();
    for source in locales.sources().filter(|s| s.lang == lang) {
        let lines = message_lines(&source.text);
        for entry in source.resource.entries() {
            if let ast::Entry::Message(m) = entry {
                let mut variables = BTreeSet::new();
                if let Some(p) = &m.value {
                    pattern_variables(p, &mut variables);
                }
                for a in &m.attributes {
                    pattern_variables(&a.value, &mut variables);
                }
                out.insert(
                    m.id.name,
                    Defined {
                        path: &source.path,
                        line: lines.get(m.id.name).copied().unwrap_or(0),
                        attributes: m.attributes.iter().map(|a| a.id.name).collect(),
                        variables,
                    },
                );
            }
        }
    }
    out
}

fn pattern_variables<'a>(pattern: &ast::Pattern<&'a str>, out: &mut BTreeSet<&'a str>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables<'a>(e: &ast::Expression<&'a str>, out: &mut BTreeSet<&'a str>) {
    match e {
        ast::Expression::Inline(i) => inline_variables(i, out),
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for v in variants {
                pattern_variables(&v.value, out);
            }
        }
    }
}

fn inline_variables<'a>(e: &ast::InlineExpression<&'a str>, out: &mut BTreeSet<&'a str>) {
    match e {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name);
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for p in &arguments.positional {
                inline_variables(p, out);
            }
            for n in &arguments.named {
                inline_variables(&n.value, out);
            }
        }
        ast::InlineExpression::Placeable { expression } => expression_variables(expression, out),
        _ => {}
    }
}

/// Messages missing in a language, unused content messages, attributes that differ between
/// languages, and variables that are not facts.
pub fn check_messages(content: &Content, locales: &Locales) -> Vec<Problem> {
    let mut problems = Vec::new();
    let expected = expected_messages(content);
    let defined: Vec<(Lang, HashMap<&str, Defined<'_>>)> = Lang::ALL
        .iter()
        .map(|&l| (l, defined_messages(locales, l)))
        .collect();
    let facts: HashSet<&str> = Fact::ALL.iter().map(|f| f.name()).collect();
    for (lang, messages) in &defined {
        for (id, (attrs, loc)) in &expected {
            match messages.get(id.as_str()) {
                None => problems.push(
                    Problem::new("message-missing")
                        .at((*loc).clone())
                        .arg("lang", lang.tag())
                        .arg("id", id),
                ),
                Some(d) => {
                    for a in attrs.iter() {
                        if !d.attributes.contains(a) {
                            problems.push(
                                Problem::new("message-missing")
                                    .at(Loc::new(d.path, d.line))
                                    .arg("lang", lang.tag())
                                    .arg("id", format!("{id}.{a}")),
                            );
                        }
                    }
                }
            }
        }
        for (id, d) in messages {
            let here = Loc::new(d.path, d.line);
            if message_id::is_content(id) && !expected.contains_key(*id) {
                problems.push(
                    Problem::new("message-unused")
                        .at(here.clone())
                        .arg("id", id),
                );
            }
            if message_id::is_content(id) {
                for v in &d.variables {
                    if !facts.contains(v) {
                        problems.push(
                            Problem::new("message-unknown-variable")
                                .at(here.clone())
                                .arg("id", id)
                                .arg("variable", v),
                        );
                    }
                }
            }
            // Every message and attribute must exist in the other language too.
            for (other_lang, other) in &defined {
                if other_lang == lang {
                    continue;
                }
                match other.get(id) {
                    // Content messages are checked against what the content expects above.
                    None if !message_id::is_content(id) => problems.push(
                        Problem::new("message-missing")
                            .at(here.clone())
                            .arg("lang", other_lang.tag())
                            .arg("id", id),
                    ),
                    None => {}
                    Some(o) => {
                        for a in d.attributes.iter().filter(|a| !o.attributes.contains(a)) {
                            problems.push(
                                Problem::new("message-missing")
                                    .at(Loc::new(o.path, o.line))
                                    .arg("lang", other_lang.tag())
                                    .arg("id", format!("{id}.{a}")),
                            );
                        }
                    }
                }
            }
        }
    }
    problems
}

/// Unreachable questions and routing cycles.
pub fn check_graph(content: &Content) -> Vec<Problem> {
    let mut problems = Vec::new();
    let n = content.questions.len();
    let successors = |q: usize| {
        content.questions[q]
            .routes
            .iter()
            .filter_map(|r| match r.target {
                Target::Question(i) => Some(i),
                Target::End => None,
            })
    };
    let mut reachable = vec![false; n];
    let mut stack = vec![content.start];
    while let Some(q) = stack.pop() {
        if q < n && !reachable[q] {
            reachable[q] = true;
            stack.extend(successors(q));
        }
    }
    for (q, seen) in reachable.iter().enumerate() {
        if !seen {
            let question = &content.questions[q];
            problems.push(
                Problem::new("question-unreachable")
                    .at(question.loc.clone())
                    .arg("question", &question.id),
            );
        }
    }
    // Cycle detection: iterative depth-first search with colours.
    #[derive(Clone, Copy, PartialEq)]
    enum Mark {
        New,
        Open,
        Done,
    }
    let mut mark = vec![Mark::New; n];
    for root in 0..n {
        if mark[root] != Mark::New {
            continue;
        }
        let mut stack: Vec<(usize, Vec<usize>)> = vec![(root, successors(root).collect())];
        mark[root] = Mark::Open;
        while let Some((q, next)) = stack.last_mut() {
            let q = *q;
            match next.pop() {
                Some(s) if mark[s] == Mark::Open => {
                    let mut cycle: Vec<&str> = stack
                        .iter()
                        .map(|(i, _)| content.questions[*i].id.as_str())
                        .skip_while(|id| *id != content.questions[s].id)
                        .collect();
                    cycle.push(&content.questions[s].id);
                    problems.push(
                        Problem::new("route-cycle")
                            .at(content.questions[q].loc.clone())
                            .arg("cycle", cycle.join(" -> ")),
                    );
                }
                Some(s) if mark[s] == Mark::New => {
                    mark[s] = Mark::Open;
                    stack.push((s, successors(s).collect()));
                }
                Some(_) => {}
                None => {
                    mark[q] = Mark::Done;
                    stack.pop();
                }
            }
        }
    }
    problems
}

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

/// The facts each item's message uses, in either language, by item index.
fn item_variables(content: &Content, locales: &Locales) -> Vec<Vec<Fact>> {
    // One pass over the messages: looking each item up separately would scan every
    // message once per item.
    let mut by_id: HashMap<&str, BTreeSet<&str>> = HashMap::new();
    for source in locales.sources() {
        for entry in source.resource.entries() {
            if let ast::Entry::Message(m) = entry
                && m.id.name.starts_with("item-")
                && let Some(p) = &m.value
            {
                pattern_variables(p, by_id.entry(m.id.name).or_default());
            }
        }
    }
    content
        .items
        .iter()
        .map(|item| {
            by_id
                .get(message_id::item(&item.id).as_str())
                .map(|vars| vars.iter().filter_map(|v| Fact::from_name(v)).collect())
                .unwrap_or_default()
        })
        .collect()
}

/// [`check_paths`] once the item messages' facts are known: needs the content only, so it
/// can run on its own thread.
fn walk_paths(
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn side_by_side_returns_both_results_and_runs_the_first_on_another_thread() {
        let here = std::thread::current().id();
        let (a, b) = side_by_side(|| std::thread::current().id(), || 2 + 2);
        assert_ne!(a, here);
        assert_eq!(b, 4);
    }

    #[test]
    fn a_panic_on_the_other_thread_is_not_swallowed() {
        let caught = std::panic::catch_unwind(|| side_by_side(|| panic!("on purpose"), || 1));
        let payload = caught.expect_err("the panic reaches the caller");
        assert_eq!(payload.downcast_ref::<&str>(), Some(&"on purpose"));
    }
}
