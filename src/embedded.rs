//! The content and locale files compiled into the binary.
//!
//! build.rs lists them as `include_str!`s, so the compiler has checked that they are UTF-8
//! and start-up only borrows them: no copy, and no pass over 200 KB of text to check it.

use crate::engine::files::{GuideFiles, LocaleFiles, TextFile};
use crate::ftl_entries::{
    EntryIndex, EntrySpan, LanguageIndex, Piece, ReadyPattern, ReadyPatterns,
};
use std::borrow::Cow;

/// A built-in `.ftl` file: its name, its text, where its entries are and which of its
/// messages format without Fluent.
type LocaleFile = (&'static str, &'static str, EntryIndex, ReadyPatterns);

include!(concat!(env!("OUT_DIR"), "/embedded.rs"));

impl GuideFiles {
    /// The files compiled into the binary: the content files in reading order, and each
    /// locale folder (by tag) with its `.ftl` files (by name).
    pub fn embedded() -> GuideFiles {
        let file = |folder: &str, name: &str, text: &'static str| TextFile {
            path: format!("{folder}/{name}"),
            name: name.to_owned(),
            text: Cow::Borrowed(text),
        };
        GuideFiles {
            content: (CONTENT.iter())
                .map(|&(name, text)| file("content", name, text))
                .collect(),
            locales: (LOCALES.iter())
                .map(|&(tag, files, _)| LocaleFiles {
                    tag: tag.to_owned(),
                    files: (files.iter())
                        .map(|&(name, text, ..)| file(&format!("locales/{tag}"), name, text))
                        .collect(),
                })
                .collect(),
        }
    }
}

/// The index of the entries of `file` and its ready patterns (made by build.rs) if it is a
/// built-in `.ftl` file of locale `tag`: the very text, not a copy.
pub(crate) fn built_in_ftl(
    tag: &str,
    file: &TextFile,
) -> Option<(&'static EntryIndex, &'static ReadyPatterns)> {
    let Cow::Borrowed(text) = &file.text else {
        return None;
    };
    let (_, files, _) = LOCALES.iter().find(|(t, ..)| *t == tag)?;
    let (_, _, index, ready) = files
        .iter()
        .find(|(name, built_in, ..)| std::ptr::eq(*text, *built_in) && file.name == *name)?;
    Some((index, ready))
}

/// The index of every entry of `folder` (made by build.rs) if its files are the built-in
/// `.ftl` files of its locale, the very texts, all of them in order.
pub(crate) fn built_in_language(folder: &LocaleFiles) -> Option<&'static LanguageIndex> {
    let (_, files, index) = LOCALES.iter().find(|(t, ..)| *t == folder.tag)?;
    let same = |file: &TextFile, &(name, text, ..): &LocaleFile| {
        matches!(&file.text, Cow::Borrowed(t) if std::ptr::eq(*t, text)) && file.name == name
    };
    (folder.files.len() == files.len() && folder.files.iter().zip(*files).all(|(f, b)| same(f, b)))
        .then_some(index)
}

/// True when `files` are the content files compiled into the binary, the very texts (not
/// copies), under their built-in names: what [`GuideFiles::embedded`] gives.
pub(crate) fn is_embedded_content(files: &[TextFile]) -> bool {
    files.len() == CONTENT.len()
        && files.iter().zip(CONTENT).all(|(file, &(name, text))| {
            matches!(&file.text, Cow::Borrowed(t) if std::ptr::eq(*t, text))
                && file.name == name
                && file.path.strip_prefix("content/") == Some(name)
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    /// What build.rs embedded is what is in the source tree, file for file.
    #[test]
    fn the_embedded_files_are_the_source_tree() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let files = GuideFiles::embedded();
        let names: Vec<&str> = files.content.iter().map(|f| f.name.as_str()).collect();
        assert_eq!(names, crate::engine::files::CONTENT_FILES);
        let tags: Vec<&str> = files.locales.iter().map(|l| l.tag.as_str()).collect();
        assert_eq!(tags, ["en-US", "zh-CN"]);
        let all = files
            .content
            .iter()
            .chain(files.locales.iter().flat_map(|l| &l.files));
        let mut count = 0;
        for f in all {
            let on_disk = std::fs::read_to_string(root.join(&f.path)).unwrap();
            assert_eq!(f.text, on_disk, "{}", f.path);
            assert!(matches!(f.text, Cow::Borrowed(_)), "{} is borrowed", f.path);
            count += 1;
        }
        for l in &files.locales {
            let mut on_disk: Vec<String> = std::fs::read_dir(root.join("locales").join(&l.tag))
                .unwrap()
                .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
                .filter(|n| n.ends_with(".ftl"))
                .collect();
            on_disk.sort();
            let embedded: Vec<&str> = l.files.iter().map(|f| f.name.as_str()).collect();
            assert_eq!(embedded, on_disk, "{}", l.tag);
        }
        assert_eq!(count, 4 + 8);
    }

    #[test]
    fn the_built_in_index_of_each_locale_file_is_the_index_of_its_text() {
        let files = GuideFiles::embedded();
        for folder in &files.locales {
            for file in &folder.files {
                let (built_in, _) = built_in_ftl(&folder.tag, file).expect("a built-in file");
                assert_eq!(*built_in, EntryIndex::of(&file.text), "{}", file.path);
                assert!(built_in.len() > 20, "{}", file.path);
                let copy = TextFile {
                    text: Cow::Owned(file.text.to_string()),
                    ..file.clone()
                };
                assert!(built_in_ftl(&folder.tag, &copy).is_none());
            }
        }
    }

    #[test]
    fn the_built_in_index_of_each_language_is_the_index_of_its_files() {
        let files = GuideFiles::embedded();
        for folder in &files.locales {
            let built_in = built_in_language(folder).expect("a built-in folder");
            let indexes: Vec<EntryIndex> = (folder.files.iter())
                .map(|f| EntryIndex::of(&f.text))
                .collect();
            assert_eq!(
                *built_in,
                LanguageIndex::of(&indexes.iter().collect::<Vec<_>>()),
                "{}",
                folder.tag
            );
            // A file copied, left out or moved is not the built-in folder any more.
            let mut copied = folder.clone();
            copied.files[0].text = Cow::Owned(copied.files[0].text.to_string());
            assert!(built_in_language(&copied).is_none());
            let mut fewer = folder.clone();
            fewer.files.pop();
            assert!(built_in_language(&fewer).is_none());
            let mut moved = folder.clone();
            moved.files.swap(0, 1);
            assert!(built_in_language(&moved).is_none());
        }
    }

    #[test]
    fn only_the_built_in_texts_themselves_are_the_embedded_content() {
        let files = GuideFiles::embedded().content;
        assert!(is_embedded_content(&files));
        // The same text, copied: equal, but not the built-in file.
        let mut copied = files.clone();
        copied[1].text = Cow::Owned(copied[1].text.to_string());
        assert!(!is_embedded_content(&copied));
        let mut renamed = files.clone();
        renamed[0].path = "/srv/content/meta.yaml".to_owned();
        assert!(!is_embedded_content(&renamed));
        assert!(!is_embedded_content(&files[..3]));
    }
}
