//! Checks on the routing graph alone: every question can be reached from the start, and no
//! route leads back to a question already asked.

use crate::engine::content::{Content, Target};
use crate::engine::problem::Problem;

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
