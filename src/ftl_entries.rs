//! Where each entry of a Fluent file is, found from its lines alone, without parsing it.
//!
//! A message (`id = …`) or a term (`-id = …`) starts at the start of a line and runs until
//! the next line that starts another entry or a comment: the lines of a pattern are
//! indented, and a variant, an attribute or a closing brace (`[`, `*`, `.`, `}`) never
//! starts an entry. So one entry's text parses on its own to the same message as in its
//! file, and the guide parses only the messages a screen shows.
//!
//! build.rs includes this file too, to write the index of each built-in file into the
//! binary (`src/embedded.rs`): it uses nothing but `std`.

/// One entry of a Fluent file: where its id is (a term's with its `-`) and where the whole
/// entry is, as byte offsets into the file's text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EntrySpan {
    id: (u32, u32),
    entry: (u32, u32),
}

impl EntrySpan {
    /// An entry whose id is at `id_start..id_end` and which spans `start..end`.
    pub const fn new(id_start: u32, id_end: u32, start: u32, end: u32) -> EntrySpan {
        EntrySpan {
            id: (id_start, id_end),
            entry: (start, end),
        }
    }

    /// The entry's id in `text`, the file it was found in (empty for another file).
    pub fn id<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.id.0 as usize..self.id.1 as usize)
            .unwrap_or("")
    }

    /// The entry's text in `text`, the file it was found in (empty for another file).
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.entry.0 as usize..self.entry.1 as usize)
            .unwrap_or("")
    }

    /// The four offsets, as build.rs writes them.
    pub fn offsets(&self) -> [u32; 4] {
        [self.id.0, self.id.1, self.entry.0, self.entry.1]
    }
}

/// Every message and term of `text`, sorted by id, for [`find`].
pub fn index(text: &str) -> Vec<EntrySpan> {
    let offset = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
    let mut spans = Vec::new();
    // The entry being read: its id and where it started.
    let mut open: Option<(usize, usize, usize)> = None;
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        if ends_an_entry(line) {
            if let Some((id_start, id_end, start)) = open.take() {
                spans.push(EntrySpan::new(
                    offset(id_start),
                    offset(id_end),
                    offset(start),
                    offset(at),
                ));
            }
            if let Some(id_len) = entry_head(line) {
                open = Some((at, at + id_len, at));
            }
        }
        at += line.len();
    }
    if let Some((id_start, id_end, start)) = open {
        spans.push(EntrySpan::new(
            offset(id_start),
            offset(id_end),
            offset(start),
            offset(text.len()),
        ));
    }
    spans.sort_by(|a, b| a.id(text).cmp(b.id(text)));
    spans
}

/// The position in `spans` (an [`index`] of `text`) of the entry with this id, if any.
pub fn find(spans: &[EntrySpan], text: &str, id: &str) -> Option<usize> {
    spans.binary_search_by(|span| span.id(text).cmp(id)).ok()
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

    fn ids(text: &str) -> Vec<(&str, &str)> {
        let spans = index(text);
        let mut by_place: Vec<_> = spans.iter().collect();
        by_place.sort_by_key(|s| s.entry.0);
        by_place
            .into_iter()
            .map(|s| (s.id(text), s.text(text)))
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
        let spans = index(text);
        assert_eq!(
            spans.iter().map(|s| s.id(text)).collect::<Vec<_>>(),
            ["other", "ui-a", "ui-ab"],
            "sorted by id"
        );
        let at = |id| find(&spans, text, id).map(|i| spans[i].text(text));
        assert_eq!(at("ui-a"), Some("ui-a= y\n"));
        assert_eq!(at("ui-ab"), Some("ui-ab = x\n    .ui-a = attribute\n"));
        assert_eq!(at("other"), Some("other = { ui-a }\n"), "junk ends it");
        assert_eq!(at("ui"), None, "a prefix of an id is not the id");
        assert_eq!(at("ui-c"), None);
        assert_eq!(at("9x"), None);
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
