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
//! (`src/ftl_entries.rs`), so the guide parses one message when it first shows it, and
//! with the patterns it need not parse at all (text and variables alone).
//!
//! On glibc Linux it also links GCC's unwinder into the binary (see [`link_unwinder_statically`]).

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
    link_unwinder_statically(Path::new(&out_dir));
}

/// Links GCC's unwinder (`libgcc_eh.a`) into the binary instead of loading `libgcc_s.so.1`,
/// when the C library is linked dynamically (built with `RUSTFLAGS` set: a static build, the
/// default on glibc Linux as `.cargo/config.toml` says, has the unwinder linked in already).
///
/// Why: loading that library costs every start a sixth of a millisecond before `main`
/// (mapping it, and its constructor asking the CPU for its features, which is slow under
/// virtualisation: BENCHMARKS.md), a fifth of the guide's own time to its first frame. The
/// unwinder is the same code either way; one copy per process is all a Rust program needs
/// (it has no shared libraries of its own to unwind across), as with `gcc -static-libgcc`.
///
/// How: Rust's standard library asks the linker for `-lgcc_s`, and offers no switch for
/// this (rust-lang/rust#29527). A linker script named `libgcc_s.so` in a folder searched
/// first answers that request with `libgcc_eh.a`. Only for a native glibc Linux build whose
/// C compiler has `libgcc_eh.a`; otherwise, or with `YIBAO_SHARED_LIBGCC` set (for
/// packagers who want the shared library), the link is left as it is.
fn link_unwinder_statically(out_dir: &Path) {
    println!("cargo::rustc-check-cfg=cfg(static_unwinder)");
    println!("cargo::rerun-if-env-changed=YIBAO_SHARED_LIBGCC");
    println!("cargo::rerun-if-env-changed=RUSTC_LINKER");
    let var = |name: &str| std::env::var(name).unwrap_or_default();
    let native_glibc_linux = var("CARGO_CFG_TARGET_OS") == "linux"
        && var("CARGO_CFG_TARGET_ENV") == "gnu"
        && var("HOST") == var("TARGET");
    let static_libc = var("CARGO_CFG_TARGET_FEATURE")
        .split(',')
        .any(|f| f == "crt-static");
    if !native_glibc_linux || static_libc || std::env::var_os("YIBAO_SHARED_LIBGCC").is_some() {
        return;
    }
    // The C compiler rustc links with: the one configured for the target, or `cc`.
    let linker = std::env::var_os("RUSTC_LINKER").unwrap_or_else(|| "cc".into());
    let Ok(found) = std::process::Command::new(linker)
        .arg("-print-file-name=libgcc_eh.a")
        .output()
    else {
        return;
    };
    // Without the library the compiler prints the bare name back.
    let archive = PathBuf::from(String::from_utf8_lossy(&found.stdout).trim());
    if !found.status.success() || !archive.is_absolute() || !archive.is_file() {
        return;
    }
    let dir = out_dir.join("static-unwinder");
    std::fs::create_dir_all(&dir).expect("OUT_DIR is writable");
    let script = format!(
        "/* -lgcc_s, linked statically: see yibao-guide's build.rs */\nINPUT ( \"{}\" )\n",
        archive.display()
    );
    std::fs::write(dir.join("libgcc_s.so"), script).expect("OUT_DIR is writable");
    println!("cargo::rustc-link-search=native={}", dir.display());
    println!("cargo::rustc-cfg=static_unwinder");
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
    out.push_str(
        "];\n\n/// (tag, [(name, text, index of its entries, ready patterns)], index of\n",
    );
    out.push_str("/// every entry of the folder) of each locale folder.\n");
    out.push_str("static LOCALES: &[(&str, &[LocaleFile], LanguageIndex)] = &[\n");
    for dir in sorted_entries(&root.join("locales"), |p| p.is_dir()) {
        let _ = writeln!(out, "    ({:?}, &[", file_name(&dir));
        let ftl = |p: &Path| p.is_file() && p.extension().is_some_and(|e| e == "ftl");
        let mut indexes = Vec::new();
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
            out.push_str("]), ReadyPatterns::built_in(&[");
            let (patterns, pieces) = ready_patterns(&text, &index);
            for (entry, (a, b), (first, last)) in patterns {
                let _ = write!(
                    out,
                    "ReadyPattern::new({entry}, ({a}, {b}), ({first}, {last})), "
                );
            }
            out.push_str("], &[");
            for (variable, (start, end)) in pieces {
                let _ = write!(out, "Piece::new({variable}, {start}, {end}), ");
            }
            out.push_str("])),\n");
            indexes.push(index);
        }
        let language = entries::LanguageIndex::of(&indexes.iter().collect::<Vec<_>>());
        let (ids, numbers) = language.parts();
        let _ = write!(out, "    ], LanguageIndex::built_in({ids:?}, &[");
        for [a, b, c, d] in numbers {
            let _ = write!(out, "EntrySpan::new({a}, {b}, {c}, {d}), ");
        }
        out.push_str("])),\n");
    }
    out.push_str("];\n");
    out
}

/// A ready pattern as build.rs writes it: the message's position in the index, where the
/// attribute's name is ((0, 0) for the value), and which pieces it is made of.
type ReadyParts = (u32, (u32, u32), (u32, u32));

/// A piece as build.rs writes it: whether it is a variable, and where it is in the text.
type PieceParts = (bool, (u32, u32));

/// The values and attributes of the messages of built-in `.ftl` text that Fluent's parser
/// makes of text, `{ $variable }`s and string literals without escapes alone, and their
/// pieces, as offsets into `text` (see `ReadyPatterns` in src/ftl_entries.rs). A file with
/// errors has none: all its messages are left to Fluent, which reports the errors.
fn ready_patterns(text: &str, index: &entries::EntryIndex) -> (Vec<ReadyParts>, Vec<PieceParts>) {
    use fluent_syntax::ast;
    let (mut patterns, mut pieces) = (Vec::new(), Vec::new());
    let Ok(resource) = fluent_syntax::parser::parse(text) else {
        return (patterns, pieces);
    };
    // Where a slice the parser gave is in `text` (it gives slices of its input).
    let offset = |part: &str| {
        let start = (part.as_ptr() as usize).checked_sub(text.as_ptr() as usize)?;
        let end = start + part.len();
        (text.get(start..end) == Some(part)).then_some((start as u32, end as u32))
    };
    let ready = |pattern: &ast::Pattern<&str>| -> Option<Vec<PieceParts>> {
        (pattern.elements.iter())
            .map(|element| match element {
                ast::PatternElement::TextElement { value } => Some((false, offset(value)?)),
                ast::PatternElement::Placeable {
                    expression:
                        ast::Expression::Inline(ast::InlineExpression::VariableReference { id }),
                } => Some((true, offset(id.name)?)),
                // `{ "" }`, `{ " " }`: written as it is, unless it has an escape to undo.
                ast::PatternElement::Placeable {
                    expression:
                        ast::Expression::Inline(ast::InlineExpression::StringLiteral { value }),
                } if !value.contains('\\') => Some((false, offset(value)?)),
                ast::PatternElement::Placeable { .. } => None,
            })
            .collect()
    };
    // Of two messages with one id (which the validator reports), Fluent keeps the first.
    let mut seen = std::collections::HashSet::new();
    for entry in &resource.body {
        let ast::Entry::Message(message) = entry else {
            continue;
        };
        let Some(at) = index
            .find(message.id.name)
            .filter(|_| seen.insert(message.id.name))
        else {
            continue;
        };
        let value = message.value.as_ref().map(|v| (Some((0, 0)), v));
        let attributes = (message.attributes.iter()).map(|a| (offset(a.id.name), &a.value));
        for (attribute, pattern) in value.into_iter().chain(attributes) {
            let (Some(attribute), Some(parts)) = (attribute, ready(pattern)) else {
                continue;
            };
            let first = pieces.len() as u32;
            pieces.extend(parts);
            patterns.push((at as u32, attribute, (first, pieces.len() as u32)));
        }
    }
    // As the guide looks them up; of two attributes alike, Fluent uses the first.
    let key = |&(entry, (a, b), _): &ReadyParts| (entry, &text[a as usize..b as usize]);
    patterns.sort_by(|x, y| key(x).cmp(&key(y)));
    patterns.dedup_by(|later, first| key(later) == key(first));
    (patterns, pieces)
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
