//! Checks between the content and its messages: every message the content needs exists,
//! with its attributes, in every language; no content message is left over; messages use
//! only facts as variables; and both languages define the same interface messages.

use super::spoken;
use crate::engine::content::Content;
use crate::engine::facts::Fact;
use crate::engine::problem::{Loc, Problem};
use crate::fluent_check::message_lines;
use crate::i18n::{Lang, Locales};
use crate::message_id;
use fluent_syntax::ast;
use std::collections::{BTreeSet, HashMap, HashSet};

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
                        // Spoken forms have their own check, which says what they are for.
                        let missing = d
                            .attributes
                            .iter()
                            .filter(|a| !o.attributes.contains(a) && **a != spoken::SPOKEN);
                        for a in missing {
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
    problems.extend(spoken::check_spoken(locales.sources()));
    problems
}

/// The facts each item's message uses, in either language, by item index.
pub(super) fn item_variables(content: &Content, locales: &Locales) -> Vec<Vec<Fact>> {
    // One pass over the messages: looking each item up separately would scan every
    // message once per item.
    let mut by_id: HashMap<&str, BTreeSet<&str>> = HashMap::new();
    for source in locales.sources() {
        for entry in source.resource.entries() {
            if let ast::Entry::Message(m) = entry
                && m.id.name.starts_with(message_id::ITEM_PREFIX)
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
