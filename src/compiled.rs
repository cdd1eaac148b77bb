//! The embedded content as build.rs compiled it: decoded in microseconds, where parsing the
//! YAML takes milliseconds at start-up.
//!
//! The compiled form is used only when the content files are exactly the texts it was made
//! from (same fingerprint); anything else, such as `--content DIR`, is parsed as YAML.

use crate::engine::content::Content;
use crate::engine::files::{TextFile, fingerprint};

/// Empty when build.rs found problems in the content (they are then reported at run time).
static COMPILED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/content.postcard"));

/// The compiled content, if it was made from exactly `files`.
pub fn compiled_for(files: &[TextFile]) -> Option<Content> {
    if COMPILED.is_empty() {
        return None;
    }
    // build.rs wrote the pair (fingerprint, content): postcard writes a pair as its two
    // halves in turn, so the fingerprint can be checked before the content is decoded.
    let (made_from, rest) = postcard::take_from_bytes::<u64>(COMPILED).ok()?;
    // The built-in files are the texts build.rs compiled, read in the same build (a test
    // below checks their fingerprint): hashing 28 KB at every start would only say so again.
    if !crate::embedded::is_embedded_content(files) && made_from != fingerprint(files) {
        return None;
    }
    postcard::from_bytes(rest).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::files::GuideFiles;

    #[test]
    fn compiled_content_is_what_parsing_the_embedded_yaml_gives() {
        let files = GuideFiles::embedded().content;
        let compiled = compiled_for(&files).expect("build.rs compiled the shipped content");
        let parsed = Content::load(&files).expect("the shipped content loads");
        assert_eq!(compiled, parsed);
    }

    #[test]
    fn the_compiled_content_was_made_from_the_built_in_files() {
        let (made_from, _) = postcard::take_from_bytes::<u64>(COMPILED).expect("compiled");
        assert_eq!(made_from, fingerprint(&GuideFiles::embedded().content));
    }

    #[test]
    fn other_texts_are_never_given_the_compiled_content() {
        let mut files = GuideFiles::embedded().content;
        files[0]
            .text
            .to_mut()
            .push_str("\n# a comment changes nothing in the model, but the text\n");
        assert!(compiled_for(&files).is_none());
        // The same texts in another folder: problems must name that folder's files.
        let mut elsewhere = GuideFiles::embedded().content;
        for f in &mut elsewhere {
            f.path = format!("/srv/copy/{}", f.name);
        }
        assert!(compiled_for(&elsewhere).is_none());
        // Fewer files than were compiled.
        assert!(compiled_for(&GuideFiles::embedded().content[..2]).is_none());
    }
}
