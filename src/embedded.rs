//! The content and locale files compiled into the binary.
//!
//! build.rs lists them as `include_str!`s, so the compiler has checked that they are UTF-8
//! and start-up only borrows them: no copy, and no pass over 200 KB of text to check it.

use crate::engine::files::{GuideFiles, LocaleFiles, TextFile};
use std::borrow::Cow;

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
                .map(|&(tag, files)| LocaleFiles {
                    tag: tag.to_owned(),
                    files: (files.iter())
                        .map(|&(name, text)| file(&format!("locales/{tag}"), name, text))
                        .collect(),
                })
                .collect(),
        }
    }
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
}
