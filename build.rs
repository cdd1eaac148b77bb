//! Compiles the embedded content at build time.
//!
//! The content YAML is loaded and checked with the engine's own code (`src/engine`, included
//! below), and the result is written to `$OUT_DIR/content.postcard` with a fingerprint of the
//! texts. At start-up the binary decodes that instead of parsing YAML, which is most of the
//! time to the first frame (BENCHMARKS.md). If the content has problems, nothing is compiled
//! and the binary parses the YAML at run time, so the problems are reported as usual, with
//! file, line and a fix, in the person's language.

#[allow(dead_code, unused_imports)]
#[path = "src/engine/mod.rs"]
mod engine;

use engine::files::{CONTENT_FILES, TextFile, fingerprint};
use std::path::Path;

fn main() {
    println!("cargo::rerun-if-changed=content");
    println!("cargo::rerun-if-changed=src/engine");
    let out_dir = std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR for build scripts");
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
