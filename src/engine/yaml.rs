//! YAML parsing with limits, shared by content, answers and configuration files.
//!
//! serde-saphyr is panic-free and enforces a budget (events, nesting, aliases), so a YAML
//! bomb or absurdly deep file is refused with a message instead of eating the machine.

use super::problem::{Loc, Problem, check_raw_lines};
use super::text_safety::first_forbidden;
use serde::Deserialize;
use serde::de::{self, DeserializeOwned};
use serde_saphyr::budget::BudgetBreach;
use serde_saphyr::localizer::Localizer;
use serde_saphyr::{Budget, Error, Location, Spanned};
use std::borrow::Cow;

/// Content is plain data: a few aliases at most, one document, shallow nesting.
const MAX_ALIASES: usize = 1_000;
const MAX_ANCHORS: usize = 1_000;
const MAX_DEPTH: usize = 48;

fn options() -> serde_saphyr::Options {
    let mut budget = Budget::default();
    budget.max_aliases = MAX_ALIASES;
    budget.max_anchors = MAX_ANCHORS;
    budget.max_documents = 1;
    budget.max_depth = MAX_DEPTH;
    let mut options = serde_saphyr::Options::default();
    options.budget = Some(budget);
    // Errors are reported as one line with file:line; no multi-line snippet.
    options.with_snippet = false;
    options
}

/// Parses `text` from `file` into `T`, or one problem with the failing line.
pub fn parse<T: DeserializeOwned>(file: &str, text: &str) -> Result<T, Problem> {
    serde_saphyr::from_str_with_options(text, options()).map_err(|e| problem(file, &e))
}

fn problem(file: &str, e: &Error) -> Problem {
    let line = e
        .location()
        .map_or(0, |l| u32::try_from(l.line()).unwrap_or(u32::MAX));
    let at = Loc::new(file, line);
    if let Some(limit) = limit(e) {
        let max = match limit {
            "depth" => MAX_DEPTH,
            "aliases" => MAX_ALIASES,
            "anchors" => MAX_ANCHORS,
            _ => 0,
        };
        return Problem::new("yaml-limit")
            .at(at)
            .arg("limit", limit)
            .arg("max", max);
    }
    // The library's hint for this one names its own options ("set DuplicateKeyPolicy"):
    // the words are ours.
    if let Some(key) = duplicate_key(e) {
        return Problem::new("yaml-duplicate-key").at(at).arg("key", key);
    }
    // The library's own words, without its "at line N, column M" suffixes: the problem
    // names file:line itself.
    let formatter = serde_saphyr::DefaultMessageFormatter.with_localizer(&NoPositions);
    let detail = e.render_with_formatter(&formatter);
    let detail = detail.lines().next().unwrap_or("").trim();
    Problem::new("yaml-syntax").at(at).arg("detail", detail)
}

/// Which safety limit a parse error is about, as the `limit` argument of `err-yaml-limit`
/// names it, or `None` for any other error. The library's budget messages print internal
/// names and positions ("Nodes { nodes: 250001 } … (used"), so the words are ours.
fn limit(e: &Error) -> Option<&'static str> {
    let mut e = e;
    while let Error::AliasError { error, .. } | Error::WithSnippet { error, .. } = e {
        e = error;
    }
    match e {
        Error::Budget { breach, .. } => Some(match breach {
            BudgetBreach::Depth { .. } => "depth",
            BudgetBreach::Aliases { .. } => "aliases",
            BudgetBreach::Anchors { .. } => "anchors",
            BudgetBreach::Documents { .. } => "documents",
            _ => "size",
        }),
        Error::AliasReplayStackDepthExceeded { .. } => Some("depth"),
        Error::AliasReplayLimitExceeded { .. } | Error::AliasExpansionLimitExceeded { .. } => {
            Some("size")
        }
        _ => None,
    }
}

/// The key of a duplicate-key error (`?` when the key is not a plain scalar), or `None`.
fn duplicate_key(e: &Error) -> Option<String> {
    let mut e = e;
    while let Error::AliasError { error, .. } | Error::WithSnippet { error, .. } = e {
        e = error;
    }
    match e {
        Error::DuplicateMappingKey { key, .. } => Some(key.clone().unwrap_or_else(|| "?".into())),
        _ => None,
    }
}

/// The library's wording with every position left out.
struct NoPositions;

impl Localizer for NoPositions {
    fn attach_location<'a>(&self, base: Cow<'a, str>, _: Location) -> Cow<'a, str> {
        base
    }

    fn alias_defined_at(&self, _: Location) -> String {
        String::new()
    }

    fn alias_used_at(&self, _: Location) -> String {
        String::new()
    }
}

/// The 1-based line a parsed value starts on (0 if it does not fit a `u32`), for problems.
pub(crate) fn line<T>(value: &Spanned<T>) -> u32 {
    u32::try_from(value.referenced.line()).unwrap_or(0)
}

/// The unsafe-text rule ([`super::text_safety`]) for a YAML file: its raw lines, then every
/// key and value after escapes and tags. A raw character would be found again in its
/// value, so values are only looked at when the raw lines are clean: one report each.
pub(crate) fn check_text(file: &str, text: &str, problems: &mut Vec<Problem>) {
    let before = problems.len();
    check_raw_lines(file, text, problems);
    if problems.len() == before {
        check_values(file, text, problems);
    }
}

/// Forbidden characters in the values of a YAML text, after escapes and tags: `"\e"`,
/// `"\u202E"` or `!!binary Gw==` put characters into a value that its raw lines do not
/// show. One problem per value, at its line.
///
/// Escapes need a backslash and tags an exclamation mark, so a text with neither has
/// values made only of its raw characters, which [`check_raw_lines`] has checked: such a
/// text is not parsed a second time. A text that does not parse is left to the parse that
/// reports it.
fn check_values(file: &str, text: &str, problems: &mut Vec<Problem>) {
    if !text.contains(['\\', '!']) {
        return;
    }
    if let Ok(root) = serde_saphyr::from_str_with_options::<Spanned<Node>>(text, options()) {
        check_node(&root, file, problems);
    }
}

/// Any YAML value, kept only to reach every string in it (keys too) with its line.
enum Node {
    Text(String),
    List(Vec<Spanned<Node>>),
    Map(Vec<(Spanned<Node>, Spanned<Node>)>),
    Other,
}

/// Recursion is bounded by the parse budget's nesting depth.
fn check_node(node: &Spanned<Node>, file: &str, problems: &mut Vec<Problem>) {
    match &node.value {
        Node::Text(s) => {
            if let Some(c) = first_forbidden(s) {
                problems.push(Problem::control_character(Loc::new(file, line(node)), c));
            }
        }
        Node::List(items) => items.iter().for_each(|i| check_node(i, file, problems)),
        Node::Map(entries) => {
            for (k, v) in entries {
                check_node(k, file, problems);
                check_node(v, file, problems);
            }
        }
        Node::Other => {}
    }
}

impl<'de> Deserialize<'de> for Node {
    fn deserialize<D: de::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(NodeVisitor)
    }
}

struct NodeVisitor;

impl<'de> de::Visitor<'de> for NodeVisitor {
    type Value = Node;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("any YAML value")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Node, E> {
        Ok(Node::Text(v.to_owned()))
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<Node, E> {
        Ok(Node::Text(v))
    }

    fn visit_bytes<E: de::Error>(self, v: &[u8]) -> Result<Node, E> {
        Ok(Node::Text(String::from_utf8_lossy(v).into_owned()))
    }

    fn visit_char<E: de::Error>(self, v: char) -> Result<Node, E> {
        Ok(Node::Text(v.to_string()))
    }

    fn visit_bool<E: de::Error>(self, _: bool) -> Result<Node, E> {
        Ok(Node::Other)
    }

    fn visit_i64<E: de::Error>(self, _: i64) -> Result<Node, E> {
        Ok(Node::Other)
    }

    fn visit_i128<E: de::Error>(self, _: i128) -> Result<Node, E> {
        Ok(Node::Other)
    }

    fn visit_u64<E: de::Error>(self, _: u64) -> Result<Node, E> {
        Ok(Node::Other)
    }

    fn visit_u128<E: de::Error>(self, _: u128) -> Result<Node, E> {
        Ok(Node::Other)
    }

    fn visit_f64<E: de::Error>(self, _: f64) -> Result<Node, E> {
        Ok(Node::Other)
    }

    fn visit_unit<E: de::Error>(self) -> Result<Node, E> {
        Ok(Node::Other)
    }

    fn visit_none<E: de::Error>(self) -> Result<Node, E> {
        Ok(Node::Other)
    }

    fn visit_some<D: de::Deserializer<'de>>(self, d: D) -> Result<Node, D::Error> {
        Node::deserialize(d)
    }

    fn visit_newtype_struct<D: de::Deserializer<'de>>(self, d: D) -> Result<Node, D::Error> {
        Node::deserialize(d)
    }

    fn visit_seq<A: de::SeqAccess<'de>>(self, mut seq: A) -> Result<Node, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(Node::List(items))
    }

    fn visit_map<A: de::MapAccess<'de>>(self, mut map: A) -> Result<Node, A::Error> {
        let mut entries = Vec::new();
        while let Some(entry) = map.next_entry()? {
            entries.push(entry);
        }
        Ok(Node::Map(entries))
    }

    fn visit_enum<A: de::EnumAccess<'de>>(self, data: A) -> Result<Node, A::Error> {
        // A tagged value: its tag is a name, its content is what matters.
        let (tag, content): (Spanned<Node>, _) = data.variant()?;
        let value: Spanned<Node> = de::VariantAccess::newtype_variant(content)?;
        Ok(Node::Map(vec![(tag, value)]))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values(text: &str) -> Vec<(u32, String)> {
        let mut problems = Vec::new();
        check_values("f.yaml", text, &mut problems);
        problems
            .iter()
            .map(|p| {
                (
                    p.loc.as_ref().unwrap().line,
                    p.get("char").unwrap().to_owned(),
                )
            })
            .collect()
    }

    #[test]
    fn escapes_and_tags_that_make_unsafe_characters_are_found_at_their_line() {
        assert_eq!(values("a: \"x\\ey\"\n"), [(1, "U+001B".to_owned())]);
        assert_eq!(
            values("a: ok\nb: \"\\u202E\"\n"),
            [(2, "U+202E".to_owned())]
        );
        assert_eq!(values("a: [\"\\r\", ok]\n"), [(1, "U+000D".to_owned())]);
        assert_eq!(values("a:\n  \"\\x9b\": 1\n"), [(2, "U+009B".to_owned())]);
        assert_eq!(values("a: !!binary Gw==\n"), [(1, "U+001B".to_owned())]);
        assert_eq!(
            values("a: &x \"\\t\"\nb: *x\n"),
            [(1, "U+0009".to_owned()), (2, "U+0009".to_owned())]
        );
        assert_eq!(values("a: !custom \"\\e\"\n").len(), 1);
        assert_eq!(values("- !custom {k: \"\\e\"}\n").len(), 1);
    }

    #[test]
    fn ordinary_values_pass() {
        assert!(
            values("a: \"tab\\\\t and \\\"quotes\\\" \\u4E2D\"\nb: |\n  two\n  lines\n").is_empty()
        );
        assert!(values("a: plain! text\nb: ~\nc: 1.5\nd: true\n").is_empty());
    }

    #[test]
    fn alias_bombs_get_a_whole_message() {
        // The parser recurses once per nesting level, and optimised frames are large: run on
        // a stack the size of a main thread's (8 MiB), as the binary does, not a test
        // thread's 2 MiB.
        std::thread::Builder::new()
            .stack_size(8 << 20)
            .spawn(alias_bombs_body)
            .unwrap()
            .join()
            .unwrap();
    }

    fn alias_bombs_body() {
        let mut text = String::from("a0: &a0 [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n");
        for i in 1..10 {
            let refs = vec![format!("*a{}", i - 1); 9].join(", ");
            text.push_str(&format!("a{i}: &a{i} [{refs}]\n"));
        }
        let p = parse::<std::collections::BTreeMap<String, Spanned<Node>>>("b.yaml", &text)
            .err()
            .expect("refused");
        assert_eq!(p.code, "yaml-limit");
        assert_eq!(p.get("limit"), Some("size"));
        let deep = format!("{}1{}\n", "[".repeat(60), "]".repeat(60));
        let p = parse::<Spanned<Node>>("d.yaml", &deep)
            .err()
            .expect("refused");
        assert_eq!((p.code, p.get("limit")), ("yaml-limit", Some("depth")));
        assert_eq!(p.get("max"), Some("48"));
    }

    #[test]
    fn syntax_errors_carry_no_positions_of_their_own() {
        let p = parse::<Spanned<Node>>("s.yaml", "a: [1, 2\nb: 3\n")
            .err()
            .unwrap();
        assert_eq!(p.code, "yaml-syntax");
        let detail = p.get("detail").unwrap();
        assert!(!detail.is_empty() && !detail.contains("line"), "{detail}");
    }

    #[test]
    fn a_duplicate_key_is_named_in_our_words() {
        let p = parse::<std::collections::BTreeMap<String, String>>("k.yaml", "a: 1\nb: 2\na: 3\n")
            .err()
            .unwrap();
        assert_eq!((p.code, p.get("key")), ("yaml-duplicate-key", Some("a")));
        assert_eq!(p.loc.as_ref().map(|l| l.line), Some(3));
    }
}
