//! Checks on Fluent text that keep a locale file from crashing or tricking the guide.
//!
//! - [`nesting_problem`] runs on the raw text *before* it is parsed. fluent-syntax's parser
//!   is recursive, one level per `{` placeable or `(` argument list, so a line such as
//!   `{ { { … } } }` fifteen thousand deep overflows the stack and aborts the process. The
//!   scan follows the parser's grammar closely enough to know which braces the parser opens
//!   (not those inside string literals, comments or junk), and refuses text nested deeper
//!   than [`MAX_NESTING`]. Where it cannot tell what the parser will do, it counts as if the
//!   parser went deeper: refusing strange text is fine, letting a deep one through is not.
//! - [`check_values`] runs on the parsed messages: every text and every string literal,
//!   after escapes (`{"\u001B"}`), must pass the unsafe-text rule of
//!   [`crate::engine::text_safety`].

use crate::engine::files::line_of;
use crate::engine::problem::{Loc, Problem};
use crate::engine::text_safety;
use fluent_syntax::ast;

/// How deep placeables and argument lists may nest. The shipped locales nest 3 deep at
/// most (a placeable in a select's variant, and so on); no translation needs many more.
pub const MAX_NESTING: usize = 16;

/// Past this many readings of the text at once, the text is refused as too tangled to check.
/// Readings only multiply in broken text (see [`Scan`]); real files have one.
const MAX_READINGS: usize = 8;

/// The problem for Fluent text nested deeper than [`MAX_NESTING`], at the line where it
/// goes too deep; `None` for text the parser can take.
pub fn nesting_problem(path: &str, text: &str) -> Option<Problem> {
    let at = Scan::new(text.as_bytes()).run().err()?;
    Some(
        Problem::new("fluent-too-deep")
            .at(Loc::new(path, line_of(text, at)))
            .arg("max", MAX_NESTING),
    )
}

/// What the parser is reading.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Mode {
    /// At the start of a line between entries: a message, a term, a comment or a blank line.
    Entry,
    /// A blank-looking line between entries: only spaces so far.
    EntryBlank,
    /// An identifier up to `=`: a message, term or attribute name.
    Header,
    /// Spaces between a name and its `=`.
    HeaderGap,
    /// A comment line.
    Comment,
    /// After an error, the parser skips to the next line that starts an entry.
    Skip,
    /// Right after `=` or a variant key: spaces, then text or a line break.
    PatternStart { variant: bool },
    /// Text of a pattern, where `{` opens a placeable and `"` is just a character.
    Text { variant: bool },
    /// The start of a line inside a pattern: its indentation decides whether the pattern
    /// goes on.
    Indent { variant: bool, indented: bool },
    /// Inside `{ … }` or `( … )`: an expression, where `"` starts a string literal.
    Expr,
    /// Inside a string literal.
    Literal,
    /// The character after a `\` in a string literal.
    Escape,
    /// After `->`: variant keys, or the `}` that closes the select.
    Variants,
    /// Inside a variant key `[ … ]`.
    Key,
}

/// An open placeable or argument list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Open {
    /// A `{`, and what to go back to at its `}`.
    Brace(Mode),
    /// A `(`.
    Paren,
}

/// One reading of the text: what the parser would be doing if it read it this way.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Reading {
    mode: Mode,
    open: Vec<Open>,
}

impl Reading {
    fn fresh() -> Reading {
        Reading {
            mode: Mode::Entry,
            open: Vec::new(),
        }
    }

    fn skip(&mut self) {
        self.mode = Mode::Skip;
        self.open.clear();
    }
}

/// The pre-scan. It keeps every reading the parser might be following: at the start of a
/// line that begins with a letter or `-`, text inside an expression may go on (an
/// identifier on its own line) or, if the parser met an error earlier, a new entry starts
/// there. Both are followed until one of them turns out impossible.
struct Scan<'a> {
    text: &'a [u8],
    readings: Vec<Reading>,
}

impl<'a> Scan<'a> {
    fn new(text: &'a [u8]) -> Scan<'a> {
        Scan {
            text,
            readings: vec![Reading::fresh()],
        }
    }

    /// The deepest nesting of the text, or the byte offset where it goes too deep.
    fn run(mut self) -> Result<usize, usize> {
        let mut deepest = 0;
        let mut i = 0;
        while i < self.text.len() {
            let line_start = i == 0 || self.text[i - 1] == b'\n';
            // Most of a file is text, comments or string literals, where only a few bytes
            // matter: jump to the next one (never past the start of a line).
            if !line_start && let [only] = self.readings.as_slice() {
                let stop = |b: u8| match only.mode {
                    Mode::Text { .. } => matches!(b, b'{' | b'}' | b'\n'),
                    Mode::Skip | Mode::Comment => b == b'\n',
                    Mode::Literal => matches!(b, b'"' | b'\\' | b'\n'),
                    _ => true,
                };
                match self.text[i..].iter().position(|&b| stop(b)) {
                    Some(n) => i += n,
                    None => break,
                }
            }
            let b = self.text[i];
            if line_start && b == b'#' {
                // A `#` at the start of a line is a comment whatever came before: anywhere
                // else it is an error, after which the parser restarts right there.
                self.readings = vec![Reading {
                    mode: Mode::Comment,
                    open: Vec::new(),
                }];
                i += 1;
                continue;
            }
            let entry_start = line_start && (b.is_ascii_alphabetic() || b == b'-');
            if entry_start {
                let mut fresh = false;
                for r in &mut self.readings {
                    match r.mode {
                        Mode::Expr | Mode::Key => fresh = true,
                        Mode::Skip => *r = Reading::fresh(),
                        _ => {}
                    }
                }
                if fresh {
                    self.readings.push(Reading::fresh());
                }
            }
            for r in &mut self.readings {
                let depth = step(r, self.text, i);
                if depth > MAX_NESTING {
                    return Err(i);
                }
                deepest = deepest.max(depth);
                // The parser restarts at the very byte it failed on when that starts an entry.
                if entry_start && r.mode == Mode::Skip {
                    r.mode = Mode::Header;
                }
            }
            if self.readings.len() > 1 {
                let mut kept: Vec<Reading> = Vec::with_capacity(self.readings.len());
                for r in self.readings.drain(..) {
                    if !kept.contains(&r) {
                        kept.push(r);
                    }
                }
                if kept.len() > MAX_READINGS {
                    return Err(i);
                }
                self.readings = kept;
            }
            i += 1;
        }
        Ok(deepest)
    }
}

/// Reads byte `i` in reading `r`; returns how deep it is nested afterwards.
fn step(r: &mut Reading, text: &[u8], i: usize) -> usize {
    let b = text[i];
    let next = text.get(i + 1).copied();
    let crlf = b == b'\r' && next == Some(b'\n');
    // A byte that ends one mode is read again in the next: `continue` below.
    let mut mode = r.mode;
    loop {
        match mode {
            Mode::Skip => {}
            Mode::Comment => {
                if b == b'\n' {
                    mode = Mode::Entry;
                }
            }
            Mode::Entry => match b {
                b'\n' => {}
                _ if crlf => {}
                b' ' => mode = Mode::EntryBlank,
                b'#' => mode = Mode::Comment,
                b'-' => mode = Mode::Header,
                _ if b.is_ascii_alphabetic() => mode = Mode::Header,
                _ => return fail(r),
            },
            Mode::EntryBlank => match b {
                b' ' => {}
                _ if crlf => {}
                b'\n' => mode = Mode::Entry,
                _ => return fail(r),
            },
            Mode::Header => match b {
                b'=' => mode = Mode::PatternStart { variant: false },
                b' ' => mode = Mode::HeaderGap,
                b'-' | b'_' | b'.' => {}
                _ if b.is_ascii_alphanumeric() => {}
                _ => return fail(r),
            },
            Mode::HeaderGap => match b {
                b'=' => mode = Mode::PatternStart { variant: false },
                b' ' => {}
                _ => return fail(r),
            },
            Mode::PatternStart { variant } => match b {
                b' ' => {}
                _ if crlf => {}
                b'\n' => {
                    mode = Mode::Indent {
                        variant,
                        indented: false,
                    }
                }
                _ => {
                    mode = Mode::Text { variant };
                    continue;
                }
            },
            Mode::Text { variant } => match b {
                b'{' => {
                    r.open.push(Open::Brace(Mode::Text { variant }));
                    mode = Mode::Expr;
                }
                // A `}` in text is an error.
                b'}' => return fail(r),
                b'\n' => {
                    mode = Mode::Indent {
                        variant,
                        indented: false,
                    }
                }
                _ => {}
            },
            Mode::Indent { variant, indented } => match b {
                b' ' => {
                    mode = Mode::Indent {
                        variant,
                        indented: true,
                    }
                }
                _ if crlf => {}
                b'\n' => {
                    mode = Mode::Indent {
                        variant,
                        indented: false,
                    }
                }
                // A placeable goes on with the pattern even at the start of a line; so does
                // an indented line, unless it starts an attribute, a variant or the end of a
                // select, and a line starting with a lone CR.
                b'.' | b'}' | b'[' | b'*' if indented => {
                    mode = after_pattern(variant, indented, b);
                    if mode == Mode::Skip {
                        return fail(r);
                    }
                    continue;
                }
                _ if indented || b == b'\r' || b == b'{' => {
                    mode = Mode::Text { variant };
                    continue;
                }
                _ => {
                    mode = after_pattern(variant, indented, b);
                    continue;
                }
            },
            Mode::Expr => match b {
                b'"' => mode = Mode::Literal,
                b'{' => r.open.push(Open::Brace(Mode::Expr)),
                b'(' => r.open.push(Open::Paren),
                b'}' => {
                    if let Some(Open::Brace(back)) = r.open.last().copied() {
                        r.open.pop();
                        mode = back;
                    }
                }
                b')' if r.open.last() == Some(&Open::Paren) => {
                    r.open.pop();
                }
                b'-' if next == Some(b'>') && matches!(r.open.last(), Some(Open::Brace(_))) => {
                    mode = Mode::Variants;
                }
                // No expression has an `=`: a line such as `id = …` ends this reading (the
                // parser failed on it, and restarted at the line's start: another reading).
                b'=' => return fail(r),
                _ => {}
            },
            Mode::Literal => match b {
                b'"' => mode = Mode::Expr,
                // The escaped character never ends the literal; an unknown escape is an error.
                b'\\' if matches!(next, Some(b'\\' | b'"' | b'{' | b'u' | b'U')) => {
                    mode = Mode::Escape;
                }
                b'\\' | b'\n' => return fail(r),
                _ => {}
            },
            Mode::Escape => mode = Mode::Literal,
            Mode::Variants => match b {
                b' ' | b'\n' | b'*' | b'>' => {}
                _ if crlf => {}
                b'[' => mode = Mode::Key,
                b'}' => {
                    if let Some(Open::Brace(back)) = r.open.pop() {
                        mode = back;
                    }
                }
                _ => return fail(r),
            },
            Mode::Key => match b {
                b']' => mode = Mode::PatternStart { variant: true },
                b' ' | b'\n' | b'\r' | b'-' | b'_' | b'.' => {}
                _ if b.is_ascii_alphanumeric() => {}
                _ => return fail(r),
            },
        }
        break;
    }
    r.mode = mode;
    r.open.len()
}

/// Where the parser goes when a pattern ends at a line starting with `b`.
fn after_pattern(variant: bool, indented: bool, b: u8) -> Mode {
    if variant {
        Mode::Variants
    } else if b == b'.' {
        // An attribute, indented or not.
        Mode::Header
    } else if indented {
        // Not an attribute: the next entry starts with a space, which is an error.
        Mode::Skip
    } else {
        Mode::Entry
    }
}

/// The parser met an error: it skips to the next line that starts an entry (see
/// [`Scan::run`], which restarts skipping readings there).
fn fail(r: &mut Reading) -> usize {
    r.skip();
    0
}

/// Forbidden characters in the messages and terms of a parsed file: in their text and in
/// their string literals once unescaped. One problem per message, at its line.
pub fn check_values<'r>(
    path: &str,
    text: &str,
    entries: impl IntoIterator<Item = &'r ast::Entry<&'r str>>,
    problems: &mut Vec<Problem>,
) {
    let mut lines = None;
    for entry in entries {
        let (id, term, value, attributes) = match entry {
            ast::Entry::Message(m) => (m.id.name, false, m.value.as_ref(), &m.attributes),
            ast::Entry::Term(t) => (t.id.name, true, Some(&t.value), &t.attributes),
            _ => continue,
        };
        let found = value
            .into_iter()
            .chain(attributes.iter().map(|a| &a.value))
            .find_map(pattern_forbidden);
        if let Some(c) = found {
            // Lines are looked up only for a file that has a problem.
            let lines = lines.get_or_insert_with(|| message_lines(text));
            let line = if term {
                find_message_line(text, &format!("-{id}"))
            } else {
                lines.get(id).copied().unwrap_or(0)
            };
            problems.push(Problem::control_character(Loc::new(path, line), c));
        }
    }
}

/// The first forbidden character in a pattern. Recursion is bounded by [`MAX_NESTING`]:
/// deeper text is never parsed.
fn pattern_forbidden(pattern: &ast::Pattern<&str>) -> Option<char> {
    pattern.elements.iter().find_map(|e| match e {
        ast::PatternElement::TextElement { value } => text_safety::first_forbidden(value),
        ast::PatternElement::Placeable { expression } => expression_forbidden(expression),
    })
}

fn expression_forbidden(e: &ast::Expression<&str>) -> Option<char> {
    match e {
        ast::Expression::Inline(i) => inline_forbidden(i),
        ast::Expression::Select { selector, variants } => inline_forbidden(selector)
            .or_else(|| variants.iter().find_map(|v| pattern_forbidden(&v.value))),
    }
}

fn inline_forbidden(e: &ast::InlineExpression<&str>) -> Option<char> {
    match e {
        ast::InlineExpression::StringLiteral { value } => {
            text_safety::first_forbidden(&fluent_syntax::unicode::unescape_unicode_to_string(value))
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            arguments_forbidden(arguments)
        }
        ast::InlineExpression::TermReference { arguments, .. } => {
            arguments.as_ref().and_then(arguments_forbidden)
        }
        ast::InlineExpression::Placeable { expression } => expression_forbidden(expression),
        _ => None,
    }
}

fn arguments_forbidden(a: &ast::CallArguments<&str>) -> Option<char> {
    a.positional
        .iter()
        .chain(a.named.iter().map(|n| &n.value))
        .find_map(inline_forbidden)
}

/// The line of every message defined in an `.ftl` text (the last definition of each), in one
/// pass: looking each message up separately would be quadratic in the file's size.
pub fn message_lines(text: &str) -> std::collections::HashMap<&str, u32> {
    let mut lines = std::collections::HashMap::new();
    for (n, line) in text.lines().enumerate() {
        if !line.starts_with(|c: char| c.is_ascii_alphabetic()) {
            continue;
        }
        if let Some((id, _)) = line.split_once('=') {
            let id = id.trim_end();
            if id
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
            {
                lines.insert(id, n as u32 + 1);
            }
        }
    }
    lines
}

/// The line where message `id` is defined in an `.ftl` text (the last definition), or 0.
pub fn find_message_line(text: &str, id: &str) -> u32 {
    if id.is_empty() {
        return 0;
    }
    text.lines()
        .enumerate()
        .filter(|(_, l)| {
            l.strip_prefix(id)
                .is_some_and(|rest| rest.trim_start().starts_with('='))
        })
        .map(|(n, _)| n as u32 + 1)
        .last()
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_message_lines() {
        let text = "a = 1\nitem-x = 2\n    .help = h\nitem-x2 = 3\n";
        assert_eq!(find_message_line(text, "item-x"), 2);
        assert_eq!(find_message_line(text, "item-x2"), 4);
        assert_eq!(find_message_line(text, "nope"), 0);
        let all = message_lines(text);
        assert_eq!(all.get("item-x"), Some(&2));
        assert_eq!(all.get("item-x2"), Some(&4));
        assert_eq!(all.get("a"), Some(&1));
        assert_eq!(all.len(), 3);
    }
    use proptest::prelude::*;

    fn depth(text: &str) -> Result<usize, usize> {
        Scan::new(text.as_bytes()).run()
    }

    /// How deep fluent-syntax nested what it parsed: one level per placeable and per
    /// argument list, as the scan counts.
    fn parsed_depth(text: &str) -> usize {
        fn pattern(p: &ast::Pattern<&str>) -> usize {
            p.elements
                .iter()
                .map(|e| match e {
                    ast::PatternElement::Placeable { expression } => {
                        1 + expression_depth(expression)
                    }
                    ast::PatternElement::TextElement { .. } => 0,
                })
                .max()
                .unwrap_or(0)
        }
        fn expression_depth(e: &ast::Expression<&str>) -> usize {
            match e {
                ast::Expression::Inline(i) => inline(i),
                ast::Expression::Select { selector, variants } => variants
                    .iter()
                    .map(|v| pattern(&v.value))
                    .chain([inline(selector)])
                    .max()
                    .unwrap_or(0),
            }
        }
        fn inline(e: &ast::InlineExpression<&str>) -> usize {
            match e {
                ast::InlineExpression::FunctionReference { arguments, .. } => 1 + args(arguments),
                ast::InlineExpression::TermReference {
                    arguments: Some(a), ..
                } => 1 + args(a),
                ast::InlineExpression::Placeable { expression } => 1 + expression_depth(expression),
                _ => 0,
            }
        }
        fn args(a: &ast::CallArguments<&str>) -> usize {
            a.positional
                .iter()
                .chain(a.named.iter().map(|n| &n.value))
                .map(inline)
                .max()
                .unwrap_or(0)
        }
        let resource = match fluent_syntax::parser::parse_runtime(text) {
            Ok(r) | Err((r, _)) => r,
        };
        resource
            .body
            .iter()
            .map(|e| match e {
                ast::Entry::Message(m) => m
                    .value
                    .iter()
                    .chain(m.attributes.iter().map(|a| &a.value))
                    .map(pattern)
                    .max()
                    .unwrap_or(0),
                ast::Entry::Term(t) => std::iter::once(&t.value)
                    .chain(t.attributes.iter().map(|a| &a.value))
                    .map(pattern)
                    .max()
                    .unwrap_or(0),
                _ => 0,
            })
            .max()
            .unwrap_or(0)
    }

    #[test]
    fn the_shipped_locales_are_shallow() {
        for folder in crate::engine::files::GuideFiles::embedded().locales {
            for file in folder.files {
                let d = depth(&file.text).expect(&file.path);
                assert!((1..=4).contains(&d), "{}: {d}", file.path);
                assert_eq!(d, parsed_depth(&file.text), "{}", file.path);
            }
        }
    }

    #[test]
    fn deep_nesting_is_refused_at_its_line() {
        let n = 15_000;
        let deep = format!("ok = fine\nx = {}\"x\"{}\n", "{ ".repeat(n), " }".repeat(n));
        let p = nesting_problem("a.ftl", &deep).expect("refused");
        assert_eq!(p.code, "fluent-too-deep");
        assert_eq!(p.loc, Some(Loc::new("a.ftl", 2)));
        assert_eq!(p.get("max"), Some("16"));
        // Just inside and just past the limit.
        let nested = |k: usize| format!("x = {}1{}\n", "{".repeat(k), "}".repeat(k));
        assert_eq!(depth(&nested(MAX_NESTING)), Ok(MAX_NESTING));
        assert!(depth(&nested(MAX_NESTING + 1)).is_err());
        assert_eq!(parsed_depth(&nested(MAX_NESTING)), MAX_NESTING);
    }

    #[test]
    fn every_way_to_nest_counts() {
        let k = MAX_NESTING + 1;
        let cases = [
            // Argument lists alone, and across lines (an expression goes on over line breaks).
            format!("x = {{ {}1{} }}\n", "F(".repeat(k), ")".repeat(k)),
            format!("x = {{\n{}1{} }}\n", "a(\n".repeat(k), ")".repeat(k)),
            format!("-t = {{ {}\"s\"{} }}\n", "-t(".repeat(k), ")".repeat(k)),
            // Selects whose variants hold placeables.
            format!("x = {}1{}\n", "{ $n ->\n *[a] ".repeat(k), "\n}".repeat(k)),
            // A string literal holding a `}` does not close anything...
            format!(
                "x = {}1{}\n",
                "{ \"}\" -> \n *[a] ".repeat(k),
                "\n}".repeat(k)
            ),
            // ... and a quote in a variant's text opens no literal.
            format!(
                "x = {{ $n ->\n *[a] \" {}1{}\n}}\n",
                "{".repeat(k),
                "}".repeat(k)
            ),
            format!(
                "x = {{ $n ->\n *[a] \" {{ \"}}}}}}\" ->\n *[b] {}1{}\n}}\n}}\n",
                "{".repeat(k),
                "}".repeat(k)
            ),
            // An escaped quote does not end a literal.
            format!(
                "x = {{ \"\\\"}}}}}}}}\" }} {}1{}\n",
                "{".repeat(k),
                "}".repeat(k)
            ),
            // A placeable at the start of a line goes on with a variant's text.
            format!(
                "x = {{ $n ->\n *[a]\n    t\n{}1{}\n}}\n",
                "{".repeat(k),
                "}".repeat(k)
            ),
            // Attributes and terms.
            format!("x =\n    .a = {}1{}\n", "{".repeat(k), "}".repeat(k)),
            // After junk, the parser starts again at the next entry.
            format!("x = {{ $$ \ny = {}1{}\n", "{".repeat(k), "}".repeat(k)),
            format!("x = {{\n{}1{}\n", "{".repeat(k), "}".repeat(k)),
            // An attribute that fails is read again from its line as new entries.
            format!(
                "a = x\n .b = {{\nfoo = {}1{}\n",
                "{".repeat(k),
                "}".repeat(k)
            ),
            format!("a = {{\n-t = {}1{}\n", "{".repeat(k), "}".repeat(k)),
        ];
        for text in &cases {
            assert!(depth(text).is_err(), "not refused: {text:?}");
        }
    }

    #[test]
    fn braces_the_parser_never_opens_do_not_count() {
        let k = MAX_NESTING + 5;
        let cases = [
            format!("# {}\nx = y\n", "{".repeat(k)),
            format!("x = {{ \"{}\" }}\n", "{".repeat(k)),
            format!("x = {{ \"\\{{{}\" }}\n", "{".repeat(k)),
            format!(
                "x = a {{\"{{\"}} b {{\"}}\"}}\n{}",
                "y = {\"{\"}\n".repeat(k)
            ),
            format!("x = {}\n", "{\"\"}".repeat(k)),
            format!("x = ({}\n", "(".repeat(k)),
        ];
        for text in &cases {
            assert!(depth(text).is_ok(), "refused: {text:?}");
        }
    }

    /// Random Fluent built from its grammar, nested a few levels: placeables, selects,
    /// calls, literals with braces and escapes, quotes and brackets in text, line breaks
    /// wherever the grammar allows blanks.
    fn fluent_pattern() -> impl Strategy<Value = String> {
        let blank = prop::sample::select(vec!["", " ", "\n ", "\n", "\r\n  "]);
        let text = prop::sample::select(vec![
            "hi",
            " \"q",
            "\" ",
            "(",
            ")",
            " [x] ",
            "*",
            ".",
            "a-b",
            "\\",
            "\n    more ",
            ", ",
        ])
        .prop_map(str::to_owned);
        let literal = prop::collection::vec(
            prop::sample::select(vec![
                "a", "{", "}", "\\\"", "\\\\", "\\{", "(", ")", " ", "\\u0041",
            ]),
            0..4,
        )
        .prop_map(|p| format!("\"{}\"", p.concat()));
        let leaf = prop_oneof![
            literal,
            Just("1".to_owned()),
            Just("-2.5".to_owned()),
            Just("$n".to_owned()),
            Just("msg".to_owned()),
            Just("msg.attr".to_owned()),
            Just("-term".to_owned()),
        ];
        let inline = leaf.prop_recursive(4, 24, 3, move |inner| {
            let b = blank.clone();
            prop_oneof![
                (b.clone(), inner.clone(), b.clone())
                    .prop_map(|(x, e, y)| format!("{{{x}{e}{y}}}")),
                (prop::collection::vec(inner.clone(), 0..3), b.clone())
                    .prop_map(|(args, x)| { format!("NUMBER({x}{})", args.join(", ")) }),
                (prop::collection::vec(inner.clone(), 0..2), b.clone())
                    .prop_map(|(args, x)| format!("-t({x}{})", args.join(" "))),
                (inner.clone(), b.clone()).prop_map(|(v, x)| format!("F({v},{x}k: \"v\")")),
            ]
        });
        let selector = prop::sample::select(vec!["$n", "1", "\"s\"", "NUMBER($n)", "-t.a"]);
        let placeable = inline
            .clone()
            .prop_recursive(3, 16, 2, move |inner_placeable| {
                let pattern =
                    prop::collection::vec(prop_oneof![text.clone(), inner_placeable.clone()], 1..4)
                        .prop_map(|p| p.concat());
                prop_oneof![
                    inner_placeable.clone().prop_map(|p| format!("{{ {p} }}")),
                    (selector.clone(), pattern.clone(), pattern.clone()).prop_map(|(sel, a, b)| {
                        format!("{{ {sel} ->\n    [one] {a}\n   *[other] {b}\n}}")
                    }),
                    pattern
                        .clone()
                        .prop_map(|p| format!("{{ $n ->\n *[x]\n    {p}\n }}")),
                ]
            });
        prop::collection::vec(placeable, 1..4).prop_map(|p| p.join(" "))
    }

    /// Pieces to break a text with.
    fn piece() -> impl Strategy<Value = &'static str> {
        prop::sample::select(vec![
            "{", "}", "(", ")", "\"", "\\", "\n", " ", "a", "-", "->\n", "[", "]", "*[o] ", "=",
            "#", "\n.b = ", "\ny = ", "\n-t = ", "\r", "$",
        ])
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]

        /// Whatever fluent-syntax manages to parse, the scan never counts it shallower than
        /// it is, however the text is broken.
        #[test]
        fn the_scan_never_counts_shallower_than_the_parser(
            body in fluent_pattern(),
            attr in fluent_pattern(),
            cut in prop::option::of((0usize..400, piece())),
            start in 0u8..3,
        ) {
            let mut text = match start {
                0 => format!("x = {body}\n    .a = {attr}\n"),
                1 => format!("x =\n    {body}\n-t = {attr}\n"),
                _ => format!("# c\n\nx = a{body}\ny = {attr}\n"),
            };
            if let Some((at, piece)) = cut {
                let mut at = at.min(text.len());
                while !text.is_char_boundary(at) {
                    at -= 1;
                }
                text.insert_str(at, piece);
            }
            let parsed = parsed_depth(&text);
            match depth(&text) {
                Ok(d) => prop_assert!(d >= parsed, "scan {d} < parsed {parsed}: {text:?}"),
                Err(_) => prop_assert!(parsed > 0, "refused a flat text: {text:?}"),
            }
        }
    }

    #[test]
    fn values_are_checked_after_escapes() {
        let check = |text: &str| {
            let resource = fluent_syntax::parser::parse_runtime(text).expect("parses");
            let mut problems = Vec::new();
            check_values("a.ftl", text, &resource.body, &mut problems);
            problems
                .iter()
                .map(|p| {
                    (
                        p.loc.as_ref().unwrap().line,
                        p.get("char").unwrap().to_owned(),
                    )
                })
                .collect::<Vec<_>>()
        };
        assert_eq!(
            check("a = ok\nb = x{\"\\u001B\"}y\n"),
            [(2, "U+001B".to_owned())]
        );
        assert_eq!(
            check("a = ok\n    .h = {\"\\u202E\"}\n"),
            [(1, "U+202E".to_owned())]
        );
        assert_eq!(
            check("-t = { $n ->\n *[a] { NUMBER(1, x: \"\\U00009B\") }\n}\nz = 1\n"),
            [(1, "U+009B".to_owned())]
        );
        assert!(check("a = { \"\\u4E2D\" } {\"\"} { \"\\\\\" }\n").is_empty());
    }
}
