//! `yibao-guide validate`: every check on content and locales, all problems at once.
//!
//! Loading (`Content::load`, `Locales::load`) already reports syntax errors, unknown and
//! duplicate ids and bad references. This module adds what needs the whole picture:
//! messages missing or unused in a locale, unknown variables, unreachable questions,
//! routing cycles, route conditions on questions not yet asked, items no path selects,
//! and paths that end without materials, steps or caveats.

mod graph;
mod messages;
mod paths;
mod spoken;

pub use graph::check_graph;
pub use messages::check_messages;
pub(crate) use paths::describe_view;
pub use paths::{check_paths, describe_path};

use crate::engine::content::Content;
use crate::engine::files::GuideFiles;
use crate::engine::paths::path_bound;
use crate::engine::problem::{Problem, sort_problems};
use crate::i18n::Locales;
use chrono::NaiveDate;
use messages::item_variables;
use paths::walk_paths;
use std::collections::HashSet;

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
