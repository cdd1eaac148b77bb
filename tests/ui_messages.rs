//! Interface messages and the code stay in step: every error code the code can raise has
//! text in both languages, and no interface message is left unused.

use std::collections::BTreeSet;
use std::path::Path;

fn source_text() -> String {
    fn walk(dir: &Path, out: &mut String) {
        for e in std::fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                walk(&p, out);
            } else if p.extension().is_some_and(|x| x == "rs") {
                out.push_str(&std::fs::read_to_string(&p).unwrap());
            }
        }
    }
    let mut s = String::new();
    walk(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut s);
    s
}

/// The interface messages of a language: every file but the content's (`ui.ftl`,
/// `problems.ftl`, `cli.ftl`).
fn message_ids(lang: &str) -> BTreeSet<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("locales")
        .join(lang);
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
        .filter(|p| !p.ends_with("content.ftl"))
        .collect();
    files.sort();
    assert_eq!(
        files.len(),
        3,
        "ui.ftl, problems.ftl and cli.ftl in {dir:?}"
    );
    let ids: BTreeSet<String> = files
        .iter()
        .flat_map(|p| {
            std::fs::read_to_string(p)
                .unwrap()
                .lines()
                .filter_map(|l| l.split_once(" = ").map(|(id, _)| id.trim().to_owned()))
                .filter(|id| !id.starts_with([' ', '.', '#']) && !id.is_empty())
                .collect::<Vec<_>>()
        })
        .collect();
    assert!(ids.len() > 400, "{lang}: {} messages", ids.len());
    ids
}

/// Problem codes raised in the code: `Problem::new("code")`, codes chosen in a `let` and the
/// codes `naming_file` gives a file-reading problem.
fn raised_codes(src: &str) -> BTreeSet<String> {
    let mut codes = BTreeSet::new();
    for part in src.split("Problem::new(\"").skip(1) {
        codes.insert(part.split('"').next().unwrap().to_owned());
    }
    // Codes a file-reading failure is renamed to: `.naming_file("missing", "syntax")`.
    for part in src.split(".naming_file(").skip(1) {
        let args = part.split(')').next().unwrap();
        codes.extend(args.split('"').skip(1).step_by(2).map(str::to_owned));
    }
    for part in src.split("let code = ").skip(1) {
        let block = part.split(';').next().unwrap();
        // Codes are kebab-case; other literals in the block (searched words) are not.
        for lit in block
            .split('"')
            .skip(1)
            .step_by(2)
            .filter(|l| l.contains('-'))
        {
            codes.insert(lit.to_owned());
        }
    }
    codes
}

#[test]
fn both_languages_define_the_same_interface_messages() {
    assert_eq!(message_ids("zh-CN"), message_ids("en-US"));
}

#[test]
fn every_raised_problem_has_text() {
    let src = source_text();
    let ids = message_ids("en-US");
    let missing: Vec<_> = raised_codes(&src)
        .into_iter()
        .filter(|c| !ids.contains(&format!("err-{c}")))
        .collect();
    assert!(missing.is_empty(), "no err- message for: {missing:?}");
}

#[test]
fn no_interface_message_is_unused() {
    let src = source_text();
    let codes = raised_codes(&src);
    let unused: Vec<_> = message_ids("en-US")
        .into_iter()
        .filter(|id| {
            if let Some(code) = id.strip_prefix("err-") {
                return !codes.contains(code);
            }
            if id.starts_with("ui-month-") {
                return false; // built as format!("ui-month-{}")
            }
            if let Some(rest) = id.strip_prefix("cli-") {
                // Built from clap ids: cli-about, cli-arg-<id>, cli-<sub>-about, cli-<sub>-<arg>.
                return rest.is_empty();
            }
            !src.contains(&format!("\"{id}\""))
        })
        .collect();
    assert!(unused.is_empty(), "unused interface messages: {unused:?}");
}
