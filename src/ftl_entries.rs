//! Where each entry of a Fluent file is, found from its lines alone, without parsing it.
//!
//! A message (`id = …`) or a term (`-id = …`) starts at the start of a line and runs until
//! the next line that starts another entry or a comment: the lines of a pattern are
//! indented, and a variant, an attribute or a closing brace (`[`, `*`, `.`, `}`) never
//! starts an entry. So one entry's text parses on its own to the same message as in its
//! file, and the guide parses only the messages a screen shows.
//!
//! An index keeps its ids apart from the file, all together: looking an id up reads a few
//! KiB of ids, not pages of every file the id is not in. build.rs includes this file too,
//! to write the index of each built-in file into the binary (`src/embedded.rs`): it uses
//! nothing but `std`.
//!
//! Most messages need no parsing at all: their value (or attribute) is text, with at most
//! a `{ $variable }` or a `{ "" }` here and there. build.rs finds these [`ReadyPatterns`]
//! with Fluent's own parser, so the guide formats them from the file's text directly; the
//! rest are parsed.
//! Both tables hold numbers only (offsets into the file's text), so the dynamic loader has
//! nothing in them to relocate when the guide starts.

use std::borrow::Cow;

/// One entry of a Fluent file: where its id is among the index's ids, and where the whole
/// entry is in the file's text, as byte offsets.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EntrySpan {
    id: (u32, u32),
    entry: (u32, u32),
}

impl EntrySpan {
    /// An entry whose id is at `id_start..id_end` of the ids and which spans `start..end`
    /// of the file.
    pub const fn new(id_start: u32, id_end: u32, start: u32, end: u32) -> EntrySpan {
        EntrySpan {
            id: (id_start, id_end),
            entry: (start, end),
        }
    }
}

/// The entries of one Fluent file, sorted by id (a term's with its `-`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EntryIndex {
    /// Every id, one after the other in sorted order, without separators.
    ids: Cow<'static, str>,
    spans: Cow<'static, [EntrySpan]>,
}

impl EntryIndex {
    /// An index written by build.rs.
    pub const fn built_in(ids: &'static str, spans: &'static [EntrySpan]) -> EntryIndex {
        EntryIndex {
            ids: Cow::Borrowed(ids),
            spans: Cow::Borrowed(spans),
        }
    }

    /// Every message and term of `text`.
    pub fn of(text: &str) -> EntryIndex {
        let mut entries = entries(text);
        entries.sort_by(|a, b| a.0.cmp(b.0));
        let mut ids = String::new();
        let spans = entries
            .into_iter()
            .map(|(id, start, end)| {
                let id_start = ids.len();
                ids.push_str(id);
                EntrySpan::new(offset(id_start), offset(ids.len()), start, end)
            })
            .collect::<Vec<_>>();
        EntryIndex {
            ids: Cow::Owned(ids),
            spans: Cow::Owned(spans),
        }
    }

    #[cfg(test)]
    pub fn len(&self) -> usize {
        self.spans.len()
    }

    /// The id of entry `at`.
    #[cfg(test)]
    pub fn id(&self, at: usize) -> &str {
        self.id_of(&self.spans[at])
    }

    fn id_of(&self, span: &EntrySpan) -> &str {
        let (start, end) = span.id;
        self.ids.get(start as usize..end as usize).unwrap_or("")
    }

    /// The position of the entry with this id, if any.
    pub fn find(&self, id: &str) -> Option<usize> {
        self.spans
            .binary_search_by(|span| self.id_of(span).cmp(id))
            .ok()
    }

    /// The text of entry `at` in `text`, the file indexed (empty for another file).
    pub fn entry<'t>(&self, at: usize, text: &'t str) -> &'t str {
        let (start, end) = self.spans[at].entry;
        text.get(start as usize..end as usize).unwrap_or("")
    }

    /// Every id, in sorted order.
    #[allow(dead_code)] // For LanguageIndex::of.
    fn ids(&self) -> impl Iterator<Item = &str> {
        self.spans.iter().map(|span| self.id_of(span))
    }

    /// The ids, and for each entry its four offsets, as build.rs writes them.
    #[allow(dead_code)] // The library reads indexes; build.rs writes them.
    pub fn parts(&self) -> (&str, Vec<[u32; 4]>) {
        let offsets = self
            .spans
            .iter()
            .map(|s| [s.id.0, s.id.1, s.entry.0, s.entry.1]);
        (&self.ids, offsets.collect())
    }
}

/// Which file of a language holds each entry, and where in that file's [`EntryIndex`]: one
/// search finds an id, where asking each file in turn took one search per file. An id in
/// several files is the first file's, as when the files are parsed in turn.
///
/// build.rs writes one for each built-in locale folder; its spans hold a file's position
/// in the folder and the entry's position in that file's index, not offsets into a text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LanguageIndex(EntryIndex);

impl LanguageIndex {
    /// An index written by build.rs.
    pub const fn built_in(ids: &'static str, spans: &'static [EntrySpan]) -> LanguageIndex {
        LanguageIndex(EntryIndex::built_in(ids, spans))
    }

    /// The first of `files` (the indexes of a language's files, in order) that holds entry
    /// `id`, and the entry's position in that file's index: what the files parsed in turn
    /// would give. Indexes are taken only as far as needed.
    pub fn first_holding<'i>(
        files: impl IntoIterator<Item = &'i EntryIndex>,
        id: &str,
    ) -> Option<(usize, usize)> {
        (files.into_iter().enumerate()).find_map(|(file, index)| Some((file, index.find(id)?)))
    }

    /// The index of a language made of `files` (the indexes of its files, in order).
    #[allow(dead_code)] // The library reads indexes; build.rs (and tests) make them.
    pub fn of(files: &[&EntryIndex]) -> LanguageIndex {
        let mut ids: Vec<&str> = files.iter().flat_map(|index| index.ids()).collect();
        ids.sort_unstable();
        ids.dedup();
        let mut all = String::new();
        let spans = ids
            .into_iter()
            .filter_map(|id| {
                let (file, at) = LanguageIndex::first_holding(files.iter().copied(), id)?;
                let id_start = all.len();
                all.push_str(id);
                Some(EntrySpan::new(
                    offset(id_start),
                    offset(all.len()),
                    offset(file),
                    offset(at),
                ))
            })
            .collect::<Vec<_>>();
        LanguageIndex(EntryIndex {
            ids: Cow::Owned(all),
            spans: Cow::Owned(spans),
        })
    }

    /// The file holding entry `id` (its position among the language's files) and the
    /// entry's position in that file's index.
    pub fn find(&self, id: &str) -> Option<(usize, usize)> {
        let at = self.0.find(id)?;
        let (file, entry) = self.0.spans[at].entry;
        Some((file as usize, entry as usize))
    }

    /// The ids, and for each entry its four numbers, as build.rs writes them.
    #[allow(dead_code)] // The library reads indexes; build.rs writes them.
    pub fn parts(&self) -> (&str, Vec<[u32; 4]>) {
        self.0.parts()
    }
}

/// A message's value or attribute that formats without Fluent: what Fluent's parser made of
/// it is text, variables and string literals without escapes only, with no selector,
/// function, term or message reference.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ReadyPattern {
    /// The message's position in its file's [`EntryIndex`].
    entry: u32,
    /// Where the attribute's name is in the file's text; empty for the message's value.
    attribute: (u32, u32),
    /// Which of the file's [`Piece`]s it is made of.
    pieces: (u32, u32),
}

impl ReadyPattern {
    pub const fn new(entry: u32, attribute: (u32, u32), pieces: (u32, u32)) -> ReadyPattern {
        ReadyPattern {
            entry,
            attribute,
            pieces,
        }
    }
}

/// Text, or a variable's name, at `start..end` of the file's text, as Fluent's parser
/// gave it (indentation and line ends already settled).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Piece {
    variable: bool,
    start: u32,
    end: u32,
}

impl Piece {
    pub const fn new(variable: bool, start: u32, end: u32) -> Piece {
        Piece {
            variable,
            start,
            end,
        }
    }
}

/// A piece of a ready pattern, read from the file's text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PieceText<'t> {
    Text(&'t str),
    Variable(&'t str),
}

/// The ready patterns of one built-in file, sorted by message and attribute name (the value,
/// with no name, first), and the pieces they are made of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ReadyPatterns {
    patterns: &'static [ReadyPattern],
    pieces: &'static [Piece],
}

impl ReadyPatterns {
    /// Ready patterns written by build.rs.
    pub const fn built_in(
        patterns: &'static [ReadyPattern],
        pieces: &'static [Piece],
    ) -> ReadyPatterns {
        ReadyPatterns { patterns, pieces }
    }

    /// The pieces of the value (`attribute` None) or attribute of the message at `entry` of
    /// the index, if that is ready; `text` is the file's.
    pub fn find<'t>(
        &self,
        entry: usize,
        attribute: Option<&str>,
        text: &'t str,
    ) -> Option<impl Iterator<Item = PieceText<'t>> + use<'t>> {
        let slice = |(start, end): (u32, u32)| text.get(start as usize..end as usize);
        let wanted = (entry, attribute.unwrap_or(""));
        let at = self
            .patterns
            .binary_search_by(|p| (p.entry as usize, slice(p.attribute).unwrap_or("")).cmp(&wanted))
            .ok()?;
        let (first, last) = self.patterns[at].pieces;
        let pieces = self.pieces.get(first as usize..last as usize)?;
        Some(pieces.iter().map(move |piece| {
            let part = slice((piece.start, piece.end)).unwrap_or("");
            if piece.variable {
                PieceText::Variable(part)
            } else {
                PieceText::Text(part)
            }
        }))
    }

    /// How many patterns are ready.
    #[cfg(test)]
    pub fn len(&self) -> usize {
        self.patterns.len()
    }
}

fn offset(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// Each entry of `text` in file order: its id and where it starts and ends.
fn entries(text: &str) -> Vec<(&str, u32, u32)> {
    let mut found = Vec::new();
    // The entry being read: its id and where it started.
    let mut open: Option<(&str, usize)> = None;
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        if ends_an_entry(line) {
            if let Some((id, start)) = open.take() {
                found.push((id, offset(start), offset(at)));
            }
            if let Some(id_len) = entry_head(line) {
                open = Some((&line[..id_len], at));
            }
        }
        at += line.len();
    }
    if let Some((id, start)) = open {
        found.push((id, offset(start), offset(text.len())));
    }
    found
}

/// True for a line that no entry goes on through: one that starts another entry, a
/// comment, or anything else that is not indented, a variant, an attribute or a `}`.
fn ends_an_entry(line: &str) -> bool {
    !matches!(
        line.as_bytes().first(),
        None | Some(b' ' | b'\t' | b'\r' | b'\n' | b'[' | b'*' | b'.' | b'}')
    )
}

/// The length of the id if `line` starts an entry: an identifier (after a `-` for a term),
/// any blanks, then `=`.
fn entry_head(line: &str) -> Option<usize> {
    let bytes = line.as_bytes();
    let name_from = usize::from(bytes.first() == Some(&b'-'));
    if !bytes.get(name_from)?.is_ascii_alphabetic() {
        return None;
    }
    let len = bytes
        .iter()
        .skip(name_from)
        .position(|b| !(b.is_ascii_alphanumeric() || *b == b'_' || *b == b'-'))
        .map_or(bytes.len(), |n| n + name_from);
    line[len..]
        .trim_start_matches([' ', '\t'])
        .starts_with('=')
        .then_some(len)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each entry's id and text, in file order.
    fn ids(text: &str) -> Vec<(&str, &str)> {
        entries(text)
            .into_iter()
            .map(|(id, start, end)| (id, &text[start as usize..end as usize]))
            .collect()
    }

    #[test]
    fn an_entry_runs_to_the_next_entry_or_comment() {
        let text = "## Group\n\
                    # about a\n\
                    a = one\n    two\n\n    three\n\
                    -term = T\n    .attr = x\n\
                    sel = { $n ->\n    [one] 1\n   *[other] n\n}\n\
                    # trailing comment\n\
                    last= end";
        assert_eq!(
            ids(text),
            [
                ("a", "a = one\n    two\n\n    three\n"),
                ("-term", "-term = T\n    .attr = x\n"),
                ("sel", "sel = { $n ->\n    [one] 1\n   *[other] n\n}\n"),
                ("last", "last= end"),
            ]
        );
    }

    #[test]
    fn variants_attributes_and_braces_at_the_margin_stay_in_their_entry() {
        let text = "m = { $n ->\n[one] 1\n*[other] n\n}\n.title = t\nnext = x\n";
        assert_eq!(
            ids(text),
            [
                ("m", "m = { $n ->\n[one] 1\n*[other] n\n}\n.title = t\n"),
                ("next", "next = x\n")
            ]
        );
    }

    #[test]
    fn only_a_line_that_starts_with_an_id_and_equals_starts_an_entry() {
        let text = "# ui-a = in a comment\n\
                    ui-ab = x\n    .ui-a = attribute\n\
                    other = { ui-a }\n\
                    junk line\n\
                    \u{20}\u{20}ui-c = indented\n\
                    9x = not an id\n\
                    ui-a= y\n";
        let index = EntryIndex::of(text);
        assert_eq!(
            (0..index.len()).map(|i| index.id(i)).collect::<Vec<_>>(),
            ["other", "ui-a", "ui-ab"],
            "sorted by id"
        );
        let at = |id| index.find(id).map(|i| index.entry(i, text));
        assert_eq!(at("ui-a"), Some("ui-a= y\n"));
        assert_eq!(at("ui-ab"), Some("ui-ab = x\n    .ui-a = attribute\n"));
        assert_eq!(at("other"), Some("other = { ui-a }\n"), "junk ends it");
        assert_eq!(at("ui"), None, "a prefix of an id is not the id");
        assert_eq!(at("ui-c"), None);
        assert_eq!(at("9x"), None);
    }

    /// What build.rs writes (ids and four numbers per entry), as the `'static` tables it
    /// compiles into the binary.
    fn leaked(ids: &str, numbers: &[[u32; 4]]) -> (&'static str, &'static [EntrySpan]) {
        let spans: Vec<EntrySpan> = (numbers.iter())
            .map(|&[a, b, c, d]| EntrySpan::new(a, b, c, d))
            .collect();
        (
            Box::leak(ids.to_owned().into_boxed_str()),
            Box::leak(spans.into_boxed_slice()),
        )
    }

    #[test]
    fn an_index_rebuilt_from_its_parts_finds_the_same_entries() {
        let text = "b = 2\na = 1\n-c = 3\n";
        let index = EntryIndex::of(text);
        let (ids, offsets) = index.parts();
        assert_eq!(ids, "-cab", "the ids alone, sorted");
        let (ids, spans) = leaked(ids, &offsets);
        let rebuilt = EntryIndex::built_in(ids, spans);
        assert_eq!(rebuilt, index);
        assert_eq!(
            rebuilt.find("a").map(|i| rebuilt.entry(i, text)),
            Some("a = 1\n")
        );
        assert_eq!(
            rebuilt.find("-c").map(|i| rebuilt.entry(i, text)),
            Some("-c = 3\n")
        );
    }

    #[test]
    fn a_language_index_finds_each_id_in_the_first_file_that_holds_it() {
        let first = EntryIndex::of("b = 1\nshared = from first\n");
        let second = EntryIndex::of("a = 2\nshared = from second\n-t = 3\nz = 4\n");
        let language = LanguageIndex::of(&[&first, &second]);
        // Each id as searching the files in turn finds it.
        for id in ["a", "b", "shared", "-t", "z", "missing"] {
            let in_turn = LanguageIndex::first_holding([&first, &second], id);
            assert_eq!(language.find(id), in_turn, "{id}");
        }
        assert_eq!(language.find("missing"), None);
        assert_eq!(language.find("shared").map(|(file, _)| file), Some(0));
        assert_eq!(language.find("a"), Some((1, second.find("a").unwrap())));
        assert_eq!(language.find("z"), Some((1, second.find("z").unwrap())));
        // Rebuilt from what build.rs writes, it is the same index.
        let (ids, numbers) = language.parts();
        assert_eq!(ids, "-tabsharedz", "each id once, sorted");
        let (ids, spans) = leaked(ids, &numbers);
        let rebuilt = LanguageIndex::built_in(ids, spans);
        assert_eq!(rebuilt, language);
    }

    #[test]
    fn a_ready_pattern_is_found_by_its_entry_and_attribute() {
        let text = "hi = Hello, { $name }!\n    .aloud = Hello\n";
        let at = |part: &str| {
            let start = text.find(part).unwrap() as u32;
            (start, start + part.len() as u32)
        };
        let piece = |variable, part| {
            let (start, end) = at(part);
            Piece::new(variable, start, end)
        };
        let pieces = vec![
            piece(false, "Hello, "),
            piece(true, "name"),
            piece(false, "!"),
            piece(false, "Hello\n"),
        ];
        let patterns = vec![
            ReadyPattern::new(0, (0, 0), (0, 3)),
            ReadyPattern::new(0, at("aloud"), (3, 4)),
        ];
        let ready = ReadyPatterns::built_in(
            Box::leak(patterns.into_boxed_slice()),
            Box::leak(pieces.into_boxed_slice()),
        );
        let find = |entry, attribute| -> Option<Vec<PieceText<'_>>> {
            Some(ready.find(entry, attribute, text)?.collect())
        };
        use PieceText::{Text, Variable};
        assert_eq!(
            find(0, None),
            Some(vec![Text("Hello, "), Variable("name"), Text("!")])
        );
        assert_eq!(find(0, Some("aloud")), Some(vec![Text("Hello\n")]));
        assert_eq!(find(0, Some("help")), None);
        assert_eq!(find(1, None), None);
        assert_eq!(ready.len(), 2);
    }

    #[test]
    fn windows_line_ends_are_kept_inside_the_entry() {
        let text = "a = one\r\n    two\r\nb = x\r\n";
        assert_eq!(
            ids(text),
            [("a", "a = one\r\n    two\r\n"), ("b", "b = x\r\n")]
        );
    }
}
