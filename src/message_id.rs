//! The Fluent message ids of the content's texts and of problems, built in one place so
//! the wizard, plain mode, exports and the validator always look for the same message.
//!
//! Content ids: `q-{question}` (with `.short`, `.help`, `.aloud`), `q-{question}-{option}`,
//! `q-{question}-none` (the "none of these" / "not known" answer), `section-{id}`,
//! `item-{id}`, `source-{id}` (with `.issuer`). Problems: `err-{code}` (with `.hint`).

/// The prefix of every checklist item's message.
pub const ITEM_PREFIX: &str = "item-";

/// Prefixes of messages that belong to the content; every other message is interface text.
pub const CONTENT_PREFIXES: [&str; 4] = ["q-", "section-", ITEM_PREFIX, "source-"];

/// True for a message that belongs to the content (see [`CONTENT_PREFIXES`]).
pub fn is_content(id: &str) -> bool {
    CONTENT_PREFIXES.iter().any(|p| id.starts_with(p))
}

/// A question's prompt (and its `.short`, `.help` and `.aloud` attributes).
pub fn question(question: &str) -> String {
    format!("q-{question}")
}

/// One option of a question.
pub fn option(question: &str, option: &str) -> String {
    format!("q-{question}-{option}")
}

/// The answer "none of these" (multi) or "not known" (optional month) of a question.
pub fn no_answer(question: &str) -> String {
    format!("q-{question}-none")
}

/// A checklist section's title.
pub fn section(section: &str) -> String {
    format!("section-{section}")
}

/// A checklist item's text.
pub fn item(item: &str) -> String {
    format!("{ITEM_PREFIX}{item}")
}

/// A source's title (and its `.issuer` attribute).
pub fn source(source: &str) -> String {
    format!("source-{source}")
}

/// What a problem says.
pub fn problem(code: &str) -> String {
    format!("err-{code}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_ids_are_recognised_and_interface_ids_are_not() {
        for id in [
            question("reason"),
            option("reason", "resigned"),
            no_answer("gap_end"),
            section("materials"),
            item("id-documents"),
            source("sil"),
        ] {
            assert!(is_content(&id), "{id}");
        }
        assert!(!is_content("ui-welcome-title"));
        assert!(!is_content(&problem("file-missing")));
    }
}
