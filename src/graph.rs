//! `yibao-guide graph`: the flow as Graphviz DOT, for reviewers. Questions are boxes with
//! their options, routes are edges labelled with their conditions, and each checklist
//! section is a node listing its items with the condition that selects them.
//!
//! Render with `yibao-guide graph | dot -Tsvg > flow.svg`.

use crate::engine::condition::Condition;
use crate::engine::content::{Content, Target};
use std::fmt::Write as _;

/// A condition as one readable line, e.g. `reason in [laid_off] and gap_months <= 3`.
fn describe(c: &Condition) -> String {
    match c {
        Condition::All(list) => join(list, " and "),
        Condition::Any(list) => join(list, " or "),
        Condition::Not(inner) => format!("not ({})", describe(inner)),
        Condition::AnswerIn { question, options } => {
            format!("{question} in [{}]", options.join(", "))
        }
        Condition::Includes { question, options } => {
            format!("{question} includes any of [{}]", options.join(", "))
        }
        Condition::Answered { question } => format!("{question} answered"),
        Condition::FactRange { fact, min, max } => match (min, max) {
            (Some(lo), Some(hi)) if lo == hi => format!("{} = {lo}", fact.name()),
            (Some(lo), Some(hi)) => format!("{lo} <= {} <= {hi}", fact.name()),
            (Some(lo), None) => format!("{} >= {lo}", fact.name()),
            (None, Some(hi)) => format!("{} <= {hi}", fact.name()),
            (None, None) => fact.name().to_owned(),
        },
        Condition::FactIs { fact, value } => format!("{} is {value}", fact.name()),
    }
}

fn join(list: &[Condition], sep: &str) -> String {
    let parts: Vec<String> = list
        .iter()
        .map(|c| match c {
            Condition::All(_) | Condition::Any(_) => format!("({})", describe(c)),
            _ => describe(c),
        })
        .collect();
    parts.join(sep)
}

/// Quotes text for a DOT string.
fn quote(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The whole flow as DOT.
pub(crate) fn dot(content: &Content) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "digraph yibao_guide {{");
    let _ = writeln!(out, "  rankdir=LR;");
    let _ = writeln!(
        out,
        "  label={};",
        quote(&format!("yibao-guide content {}", content.version))
    );
    let _ = writeln!(out, "  node [shape=box, fontname=\"monospace\"];");
    let _ = writeln!(out, "  start [shape=circle, label=\"start\"];");
    let _ = writeln!(out, "  end [shape=doublecircle, label=\"end\"];");
    let _ = writeln!(
        out,
        "  start -> {};",
        quote(&content.questions[content.start].id)
    );
    for q in &content.questions {
        let mut label = format!(
            "{} ({}{})",
            q.id,
            q.kind.name(),
            if q.optional { ", optional" } else { "" }
        );
        for o in &q.options {
            label.push_str(&format!("\n- {o}"));
        }
        let _ = writeln!(out, "  {} [label={}];", quote(&q.id), quote(&label));
        for r in &q.routes {
            let target = match r.target {
                Target::Question(i) => quote(&content.questions[i].id),
                Target::End => "end".to_owned(),
            };
            let cond = r
                .when
                .as_ref()
                .map_or_else(|| "otherwise".to_owned(), describe);
            let _ = writeln!(
                out,
                "  {} -> {target} [label={}];",
                quote(&q.id),
                quote(&cond)
            );
        }
    }
    for (si, section) in content.sections.iter().enumerate() {
        let mut label = format!(
            "{} ({} items)",
            section.id,
            content.items.iter().filter(|i| i.section == si).count()
        );
        for item in content.items.iter().filter(|i| i.section == si) {
            let cond = item
                .when
                .as_ref()
                .map_or_else(|| "always".to_owned(), describe);
            label.push_str(&format!("\n{}: {cond}", item.id));
        }
        let node = format!("section_{}", section.id);
        let _ = writeln!(
            out,
            "  {} [shape=note, label={}];",
            quote(&node),
            quote(&label)
        );
        let _ = writeln!(out, "  end -> {} [style=dashed];", quote(&node));
    }
    let _ = writeln!(out, "}}");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::condition::QuestionRef;
    use crate::engine::facts::Fact;

    #[test]
    fn conditions_read_as_text() {
        let c = Condition::All(vec![
            Condition::AnswerIn {
                question: QuestionRef::new("reason", 0),
                options: vec!["laid_off".into(), "moved".into()],
            },
            Condition::Not(Box::new(Condition::FactRange {
                fact: Fact::GapMonths,
                min: None,
                max: Some(3),
            })),
            Condition::Any(vec![
                Condition::FactIs {
                    fact: Fact::GapOngoing,
                    value: true,
                },
                Condition::Answered {
                    question: QuestionRef::new("gap_end", 0),
                },
            ]),
        ]);
        assert_eq!(
            describe(&c),
            "reason in [laid_off, moved] and not (gap_months <= 3) and (gap_ongoing is true or gap_end answered)"
        );
    }

    #[test]
    fn dot_quotes_safely() {
        assert_eq!(quote("a\"b\\c\nd\u{1b}"), "\"a\\\"b\\\\c\\nd\"");
    }

    #[test]
    fn the_shipped_flow_is_a_complete_graph() {
        let g = crate::guide::Guide::embedded().unwrap();
        let d = dot(&g.content);
        assert!(d.starts_with("digraph yibao_guide {") && d.trim_end().ends_with('}'));
        for q in &g.content.questions {
            assert!(d.contains(&format!("\"{}\" [label=", q.id)), "{}", q.id);
        }
        assert!(d.contains("\"reason\" -> \"benefit\" [label=\"reason in [laid_off]\"]"));
        assert!(d.contains("-> end"));
        for item in &g.content.items {
            assert!(d.contains(&format!("{}: ", item.id)), "{}", item.id);
        }
    }
}
