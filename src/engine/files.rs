//! The text files the guide is made of: content YAML and Fluent locales, embedded in the
//! binary at build time or read from a directory given with `--content` / `--locales`.

use super::problem::{Loc, Problem};
use std::borrow::Cow;
use std::io::Read;
use std::path::Path;

/// Content and locale files are small; anything larger is a mistake or an attack.
pub(crate) const MAX_FILE_BYTES: u64 = 1024 * 1024;

/// The content files, in the order they are read.
pub(crate) const CONTENT_FILES: [&str; 4] = [
    "meta.yaml",
    "questions.yaml",
    "checklist.yaml",
    "sources.yaml",
];

/// A file's display path (as the user should see it in errors) and its text.
#[derive(Clone, Debug)]
pub struct TextFile {
    pub path: String,
    pub name: String,
    /// Borrowed from the binary for embedded files: they are never copied.
    pub text: Cow<'static, str>,
}

/// All files of one locale, e.g. `zh-CN`.
#[derive(Clone, Debug)]
pub struct LocaleFiles {
    pub tag: String,
    pub files: Vec<TextFile>,
}

/// The content and locale files, wherever they came from: compiled into the binary
/// (`GuideFiles::embedded`, in `src/embedded.rs`) or read from folders.
#[derive(Clone, Debug)]
pub struct GuideFiles {
    pub content: Vec<TextFile>,
    pub locales: Vec<LocaleFiles>,
}

impl GuideFiles {
    /// Replaces the content files with those in `dir`.
    pub fn with_content_dir(mut self, dir: &Path) -> Result<GuideFiles, Vec<Problem>> {
        let mut problems = Vec::new();
        let mut content = Vec::new();
        for name in CONTENT_FILES {
            match read_text(&dir.join(name)) {
                Ok(file) => content.push(file),
                Err(p) => problems.push(p),
            }
        }
        self.content = content;
        if problems.is_empty() {
            Ok(self)
        } else {
            Err(problems)
        }
    }

    /// Replaces the locales with the `<tag>/*.ftl` folders in `dir`.
    pub fn with_locales_dir(mut self, dir: &Path) -> Result<GuideFiles, Vec<Problem>> {
        let display = dir.display().to_string();
        let entries = std::fs::read_dir(dir).map_err(|e| vec![io_problem(&display, &e)])?;
        let mut problems = Vec::new();
        let mut locales = Vec::new();
        let mut subdirs: Vec<_> = entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.is_dir())
            .collect();
        subdirs.sort();
        for sub in subdirs {
            let mut names: Vec<_> = match std::fs::read_dir(&sub) {
                Ok(rd) => rd
                    .filter_map(Result::ok)
                    .map(|e| e.path())
                    .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
                    .collect(),
                Err(e) => {
                    problems.push(io_problem(&sub.display().to_string(), &e));
                    continue;
                }
            };
            names.sort();
            let mut files = Vec::new();
            for path in names {
                match read_text(&path) {
                    Ok(f) => files.push(f),
                    Err(p) => problems.push(p),
                }
            }
            locales.push(LocaleFiles {
                tag: dir_name(&sub),
                files,
            });
        }
        self.locales = locales;
        if problems.is_empty() {
            Ok(self)
        } else {
            Err(problems)
        }
    }
}

fn dir_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

fn io_problem(path: &str, e: &std::io::Error) -> Problem {
    let code = if e.kind() == std::io::ErrorKind::NotFound {
        "file-missing"
    } else {
        "file-unreadable"
    };
    Problem::new(code)
        .at(Loc::file(path))
        .arg("error", e.to_string())
}

/// Reads a UTF-8 text file of at most [`MAX_FILE_BYTES`].
pub fn read_text(path: &Path) -> Result<TextFile, Problem> {
    read_text_limited(path, MAX_FILE_BYTES)
}

pub fn read_text_limited(path: &Path, limit: u64) -> Result<TextFile, Problem> {
    let display = path.display().to_string();
    let file = std::fs::File::open(path).map_err(|e| io_problem(&display, &e))?;
    let mut bytes = Vec::new();
    file.take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| io_problem(&display, &e))?;
    if bytes.len() as u64 > limit {
        return Err(Problem::new("file-too-large")
            .at(Loc::file(&display))
            .arg("limit", format!("{} KiB", limit / 1024)));
    }
    let text = decode_utf8(&bytes).map_err(|(line, p)| p.at(Loc::new(&display, line)))?;
    Ok(TextFile {
        name: dir_name(path),
        path: display,
        text: text.into(),
    })
}

/// Decodes UTF-8 (dropping a leading byte-order mark), or says on which line it stops being text.
pub(crate) fn decode_utf8(bytes: &[u8]) -> Result<String, (u32, Problem)> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(s.to_owned()),
        Err(e) => {
            let good = &bytes[..e.valid_up_to()];
            let line = 1 + good.iter().filter(|&&b| b == b'\n').count() as u32;
            Err((line, Problem::new("file-not-utf8")))
        }
    }
}

/// 1-based line of a byte offset in `text`.
pub(crate) fn line_of(text: &str, byte: usize) -> u32 {
    let end = byte.min(text.len());
    1 + text.as_bytes()[..end]
        .iter()
        .filter(|&&b| b == b'\n')
        .count() as u32
}

/// A fingerprint of the content files' paths, names and texts (64-bit FNV-1a). build.rs
/// stores it with the compiled content, so the compiled form is only used for exactly the
/// files it was made from: the same texts elsewhere (`--content DIR`) are parsed, so that
/// problems name the files where they are.
pub(crate) fn fingerprint(files: &[TextFile]) -> u64 {
    super::hash::fnv1a_parts(
        files
            .iter()
            .flat_map(|f| [f.path.as_bytes(), f.name.as_bytes(), f.text.as_bytes()]),
    )
}
