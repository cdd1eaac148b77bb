//! Compiles the embedded content at build time, and lists the files the binary embeds.
//!
//! The content YAML is loaded and checked with the engine's own code (`src/engine`, included
//! below), and the result is written to `$OUT_DIR/content.postcard` with a fingerprint of the
//! texts. At start-up the binary decodes that instead of parsing YAML, which is most of the
//! time to the first frame (BENCHMARKS.md). If the content has problems, nothing is compiled
//! and the binary parses the YAML at run time, so the problems are reported as usual, with
//! file, line and a fix, in the person's language.
//!
//! The embedded files are listed in `$OUT_DIR/embedded.rs` as `include_str!`s (see
//! `src/embedded.rs`): the compiler checks they are UTF-8, so start-up borrows the texts
//! without reading them through. Each `.ftl` file comes with the index of its entries
//! (`src/ftl_entries.rs`), so the guide parses one message when it first shows it.

#[allow(dead_code, unused_imports)]
#[path = "src/engine/mod.rs"]
mod engine;

#[allow(dead_code)]
#[path = "src/ftl_entries.rs"]
mod entries;

use engine::files::{CONTENT_FILES, TextFile, fingerprint};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn main() {
    println!("cargo::rerun-if-changed=content");
    println!("cargo::rerun-if-changed=locales");
    println!("cargo::rerun-if-changed=src/engine");
    let out_dir = std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR for build scripts");
    let list = embedded_list(Path::new(
        &std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"),
    ));
    std::fs::write(Path::new(&out_dir).join("embedded.rs"), list).expect("OUT_DIR is writable");
    let out = Path::new(&out_dir).join("content.postcard");
    let files: Vec<TextFile> = CONTENT_FILES
        .iter()
        .filter_map(|name| {
            let text = std::fs::read_to_string(Path::new("content").join(name)).ok()?;
            Some(TextFile {
                path: format!("content/{name}"),
                name: (*name).to_owned(),
                text: text.into(),
            })
        })
        .collect();
    let compiled = match engine::content::Content::load(&files) {
        Ok(content) => postcard::to_allocvec(&(fingerprint(&files), content))
            .expect("the content model always serializes"),
        Err(problems) => {
            println!(
                "cargo::warning=content/ has {} problem(s); the binary will parse it at run time and report them (try `cargo run -- validate`)",
                problems.len()
            );
            Vec::new()
        }
    };
    std::fs::write(&out, compiled).expect("OUT_DIR is writable");
}

/// Rust source listing the files to embed: the content files that exist, in reading order,
/// and every locale folder (sorted by tag) with its `.ftl` files (sorted by name).
fn embedded_list(root: &Path) -> String {
    let include = |path: &Path| format!("include_str!({:?})", path.to_string_lossy());
    let mut out = String::from("/// (name, text) of each content file, in reading order.\n");
    out.push_str("static CONTENT: &[(&str, &str)] = &[\n");
    for name in CONTENT_FILES {
        let path = root.join("content").join(name);
        if path.is_file() {
            let _ = writeln!(out, "    ({name:?}, {}),", include(&path));
        }
    }
    out.push_str("];\n\n/// (tag, [(name, text, index of its entries)]) of each locale folder.\n");
    out.push_str("static LOCALES: &[(&str, &[LocaleFile])] = &[\n");
    for dir in sorted_entries(&root.join("locales"), |p| p.is_dir()) {
        let _ = writeln!(out, "    ({:?}, &[", file_name(&dir));
        let ftl = |p: &Path| p.is_file() && p.extension().is_some_and(|e| e == "ftl");
        for file in sorted_entries(&dir, ftl) {
            // A file that is not text is left to include_str!, which says so.
            let text = std::fs::read_to_string(&file).unwrap_or_default();
            let index = entries::EntryIndex::of(&text);
            let (ids, offsets) = index.parts();
            let _ = write!(
                out,
                "        ({:?}, {}, EntryIndex::built_in({ids:?}, &[",
                file_name(&file),
                include(&file)
            );
            for [a, b, c, d] in offsets {
                let _ = write!(out, "EntrySpan::new({a}, {b}, {c}, {d}), ");
            }
            out.push_str("])),\n");
        }
        out.push_str("    ]),\n");
    }
    out.push_str("];\n");
    out
}

fn sorted_entries(dir: &Path, keep: impl Fn(&Path) -> bool) -> Vec<PathBuf> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|entries| entries.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    paths.retain(|p| keep(p));
    paths.sort_by_key(|p| file_name(p));
    paths
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}
