//! The crate's layers, checked from its own source: data flows one way, so no module
//! imports one that imports it back, and no layer reaches up to one above it (the engine
//! knows nothing of text or terminals, the renderers nothing of the wizard, the front ends
//! nothing of the command line). `src/lib.rs` states the same layers in words.
//!
//! "Imports" are the `crate::…` and `super::…` paths (in `use` lines or inline) outside
//! `#[cfg(test)]` code and comments, resolved to the longest module path they name, plus a
//! parent module's uses of its own children.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Each top-level module's layer, lowest first. A module may import its own layer or lower.
const LAYERS: &[(&str, u8)] = &[
    ("engine", 0),
    ("embedded", 0),
    ("ftl_entries", 0),
    ("exit", 0),
    ("message_id", 0),
    ("wrap", 0),
    ("atomic", 0),
    ("child", 0),
    ("fluent_check", 1),
    ("i18n", 1),
    ("compiled", 2),
    ("validate", 2),
    ("guide", 2),
    ("graph", 2),
    ("config", 3),
    ("resume", 3),
    ("save", 3),
    ("batch", 3),
    ("checklist", 4),
    ("render", 5),
    ("speak", 5),
    ("manual", 5),
    ("plain", 6),
    ("tui", 6),
    ("cli", 7),
];

fn layer(module: &str) -> u8 {
    let top = module.split("::").next().unwrap_or(module);
    LAYERS
        .iter()
        .find(|(name, _)| *name == top)
        .map(|(_, l)| *l)
        .unwrap_or_else(|| panic!("module `{top}` has no layer: add it to LAYERS and lib.rs"))
}

/// Every module of the library, by path (`tui::layout::month`), with its source file.
fn modules() -> BTreeMap<String, PathBuf> {
    fn walk(dir: &Path, prefix: &[String], out: &mut BTreeMap<String, PathBuf>) {
        let mut entries: Vec<_> = std::fs::read_dir(dir).unwrap().flatten().collect();
        entries.sort_by_key(|e| e.file_name());
        for entry in entries {
            let path = entry.path();
            let name = entry.file_name().to_string_lossy().into_owned();
            if path.is_dir() {
                let mut p = prefix.to_vec();
                p.push(name);
                walk(&path, &p, out);
            } else if let Some(stem) = name.strip_suffix(".rs") {
                let mut p = prefix.to_vec();
                if stem != "mod" {
                    p.push(stem.to_owned());
                }
                if p.is_empty() || (p.len() == 1 && (p[0] == "lib" || p[0] == "main")) {
                    continue;
                }
                out.insert(p.join("::"), path);
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(Path::new("src"), &[], &mut out);
    out
}

/// The source without comments, string contents and `#[cfg(test)]` items.
fn code_only(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '/' if chars.peek() == Some(&'/') => {
                for c in chars.by_ref() {
                    if c == '\n' {
                        out.push('\n');
                        break;
                    }
                }
            }
            '/' if chars.peek() == Some(&'*') => {
                let mut prev = ' ';
                for c in chars.by_ref() {
                    if prev == '*' && c == '/' {
                        break;
                    }
                    prev = c;
                }
            }
            '"' => {
                out.push('"');
                let mut escaped = false;
                for c in chars.by_ref() {
                    if escaped {
                        escaped = false;
                    } else if c == '\\' {
                        escaped = true;
                    } else if c == '"' {
                        break;
                    }
                }
                out.push('"');
            }
            _ => out.push(c),
        }
    }
    // Test code may reach anywhere; it is not part of the layering.
    let mut kept = String::new();
    let mut lines = out.lines();
    while let Some(line) = lines.next() {
        if line.trim() == "#[cfg(test)]" {
            // Skip the item that follows: up to its closing brace at the same depth.
            let mut depth = 0i32;
            let mut opened = false;
            for l in lines.by_ref() {
                depth += l.matches('{').count() as i32 - l.matches('}').count() as i32;
                opened |= l.contains('{');
                if (opened && depth <= 0) || (!opened && l.trim_end().ends_with(';')) {
                    break;
                }
            }
            continue;
        }
        kept.push_str(line);
        kept.push('\n');
    }
    kept
}

/// Paths named after `crate::`/`super::` (and a parent's children), braces expanded:
/// `crate::engine::{content::X, facts}` gives `engine::content::X` and `engine::facts`.
fn named_paths(code: &str, module: &str, children: &BTreeSet<String>) -> Vec<String> {
    let bytes: Vec<char> = code.chars().collect();
    let mut out = Vec::new();
    let parent = module.rsplit_once("::").map_or("", |(p, _)| p);
    let mut i = 0;
    while i < bytes.len() {
        let at_word_start = i == 0 || !(bytes[i - 1].is_alphanumeric() || bytes[i - 1] == '_');
        if at_word_start {
            let rest: String = bytes[i..bytes.len().min(i + 7)].iter().collect();
            let base = if rest.starts_with("crate::") {
                Some((String::new(), 7))
            } else if rest.starts_with("super::") {
                Some((parent.to_owned(), 7))
            } else {
                None
            };
            if let Some((mut base, skip)) = base {
                let mut j = i + skip;
                // `super::super::x`: one level up per `super`.
                while bytes[j..].iter().take(7).collect::<String>() == "super::" {
                    base = base.rsplit_once("::").map_or("", |(p, _)| p).to_owned();
                    j += 7;
                }
                expand(&bytes, &mut j, &base, &mut out);
                i = j;
                continue;
            }
            // A parent's own children, named without `self::`.
            let word: String = bytes[i..]
                .iter()
                .take_while(|c| c.is_alphanumeric() || **c == '_')
                .collect();
            let after = i + word.chars().count();
            if !word.is_empty()
                && children.contains(&word)
                && bytes.get(after) == Some(&':')
                && bytes.get(after + 1) == Some(&':')
            {
                out.push(join(module, &word));
            }
        }
        i += 1;
    }
    out
}

fn join(base: &str, rest: &str) -> String {
    if base.is_empty() {
        rest.to_owned()
    } else {
        format!("{base}::{rest}")
    }
}

/// Reads `a::b::{c, d::e}` at `*j`, pushing each full path.
fn expand(bytes: &[char], j: &mut usize, base: &str, out: &mut Vec<String>) {
    let mut path = base.to_owned();
    loop {
        let word: String = bytes[*j..]
            .iter()
            .take_while(|c| c.is_alphanumeric() || **c == '_')
            .collect();
        if !word.is_empty() {
            *j += word.chars().count();
            path = join(&path, &word);
        }
        if bytes.get(*j) == Some(&':') && bytes.get(*j + 1) == Some(&':') {
            *j += 2;
            if bytes.get(*j) == Some(&'{') {
                *j += 1;
                loop {
                    while bytes
                        .get(*j)
                        .is_some_and(|c| c.is_whitespace() || *c == ',')
                    {
                        *j += 1;
                    }
                    match bytes.get(*j) {
                        Some('}') | None => {
                            *j += 1;
                            return;
                        }
                        _ => {
                            let before = *j;
                            expand(bytes, j, &path, out);
                            // Skip `as x` and anything else up to the next item.
                            while bytes.get(*j).is_some_and(|c| *c != ',' && *c != '}') {
                                *j += 1;
                            }
                            if *j == before {
                                *j += 1;
                            }
                        }
                    }
                }
            }
            continue;
        }
        out.push(path);
        return;
    }
}

/// The module a path lands in: its longest prefix that is a module.
fn resolve(path: &str, modules: &BTreeMap<String, PathBuf>) -> Option<String> {
    let mut p = path;
    loop {
        if modules.contains_key(p) {
            return Some(p.to_owned());
        }
        p = p.rsplit_once("::")?.0;
    }
}

fn imports() -> BTreeMap<String, BTreeSet<String>> {
    let modules = modules();
    let mut graph = BTreeMap::new();
    for (module, file) in &modules {
        let text = std::fs::read_to_string(file).unwrap();
        let children: BTreeSet<String> = modules
            .keys()
            .filter_map(|m| m.strip_prefix(&format!("{module}::")))
            .filter(|rest| !rest.contains("::"))
            .map(str::to_owned)
            .collect();
        let targets: BTreeSet<String> = named_paths(&code_only(&text), module, &children)
            .iter()
            .filter_map(|p| resolve(p, &modules))
            .filter(|t| t != module)
            .collect();
        graph.insert(module.clone(), targets);
    }
    graph
}

/// Cycles, as strongly connected components of more than one module (Tarjan).
fn cycles(graph: &BTreeMap<String, BTreeSet<String>>) -> Vec<Vec<String>> {
    struct State<'a> {
        graph: &'a BTreeMap<String, BTreeSet<String>>,
        index: BTreeMap<&'a str, usize>,
        low: BTreeMap<&'a str, usize>,
        stack: Vec<&'a str>,
        next: usize,
        found: Vec<Vec<String>>,
    }
    fn visit<'a>(s: &mut State<'a>, v: &'a str) {
        s.index.insert(v, s.next);
        s.low.insert(v, s.next);
        s.next += 1;
        s.stack.push(v);
        for w in &s.graph[v] {
            let w = w.as_str();
            if !s.index.contains_key(w) {
                visit(s, w);
                let lw = s.low[w];
                let lv = s.low.get_mut(v).unwrap();
                *lv = (*lv).min(lw);
            } else if s.stack.contains(&w) {
                let iw = s.index[w];
                let lv = s.low.get_mut(v).unwrap();
                *lv = (*lv).min(iw);
            }
        }
        if s.low[v] == s.index[v] {
            let mut component = Vec::new();
            while let Some(w) = s.stack.pop() {
                component.push(w.to_owned());
                if w == v {
                    break;
                }
            }
            if component.len() > 1 {
                component.sort();
                s.found.push(component);
            }
        }
    }
    let mut s = State {
        graph,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        next: 0,
        found: Vec::new(),
    };
    for v in graph.keys() {
        if !s.index.contains_key(v.as_str()) {
            visit(&mut s, v);
        }
    }
    s.found
}

#[test]
fn no_module_imports_one_that_imports_it_back() {
    let graph = imports();
    let found = cycles(&graph);
    let described: Vec<String> = found
        .iter()
        .map(|c| {
            let edges: Vec<String> = c
                .iter()
                .flat_map(|a| {
                    graph[a]
                        .iter()
                        .filter(|b| c.contains(b))
                        .map(move |b| format!("{a} -> {b}"))
                })
                .collect();
            edges.join(", ")
        })
        .collect();
    assert!(found.is_empty(), "import cycles:\n{}", described.join("\n"));
}

#[test]
fn no_layer_imports_a_layer_above_it() {
    let mut wrong = Vec::new();
    for (module, targets) in imports() {
        for t in targets {
            if layer(&t) > layer(&module) {
                wrong.push(format!(
                    "{module} (layer {}) -> {t} (layer {})",
                    layer(&module),
                    layer(&t)
                ));
            }
        }
    }
    assert!(wrong.is_empty(), "upward imports:\n{}", wrong.join("\n"));
}

#[test]
fn the_import_reader_sees_grouped_super_and_child_paths() {
    // The checker itself: a path it missed would hide a cycle.
    let children: BTreeSet<String> = ["model".to_owned()].into();
    let code = code_only(
        "use crate::engine::{content::{Content, Question}, facts};\n\
         use super::theme::Theme; // crate::cli in a comment\n\
         use super::super::exit::Failure;\n\
         let s = \"crate::tui\"; model::Msg::Quit;\n\
         #[cfg(test)]\nmod tests {\n    use crate::cli::run;\n}\n",
    );
    let paths = named_paths(&code, "tui::view", &children);
    assert_eq!(
        paths,
        [
            "engine::content::Content",
            "engine::content::Question",
            "engine::facts",
            "tui::theme::Theme",
            "exit::Failure",
            "tui::view::model",
        ]
    );
    // And the crate as it stands has modules it can see.
    let modules = modules();
    assert!(modules.contains_key("engine::flow"));
    assert!(imports()["checklist"].contains("engine::flow"));
}
