//! Flows with more paths than can be walked: `validate` and `paths` stop at the walk's limits,
//! say so, and stay small. Content with ten nine-option questions once made `validate` run
//! for minutes and `paths --format json` build gigabytes before stopping silently.

mod common;

use common::*;
use predicates::prelude::*;
use serde_json::Value;
use std::fmt::Write as _;

/// The shipped content and locales with the questions replaced by `gap_start` and then a
/// chain of `n` questions of `options` options each, every option going on to the next; the
/// checklist becomes one unconditional item per required section.
fn chain(n: usize, options: usize) -> Fixture {
    let f = Fixture::new();
    let ids: Vec<String> = (0..options).map(|j| format!("o{j}")).collect();
    let mut q = String::from(
        "questions:\n  - id: gap_start\n    kind: month\n    next:\n      - goto: x0\n",
    );
    let mut ftl = String::from(
        "section-materials = M\nsection-steps = S\nsection-caveats = C\nitem-m = m\nitem-s = s\nitem-c = c\nsource-s = S\n    .issuer = I\nq-gap_start = G\n    .short = G\n    .help = G\n    .aloud = G\n",
    );
    for i in 0..n {
        let next = if i + 1 < n {
            format!("x{}", i + 1)
        } else {
            "end".into()
        };
        let _ = write!(
            q,
            "  - id: x{i}\n    kind: choice\n    options: [{}]\n    next:\n      - goto: {next}\n",
            ids.join(", ")
        );
        let _ = writeln!(
            ftl,
            "q-x{i} = Q{i}\n    .short = Q\n    .help = H\n    .aloud = A"
        );
        for o in &ids {
            let _ = writeln!(ftl, "q-x{i}-{o} = {o}");
        }
    }
    let write = |rel: &str, text: &str| std::fs::write(f.path(rel), text).unwrap();
    write("content/questions.yaml", &q);
    write(
        "content/checklist.yaml",
        "sections: [materials, steps, caveats]\nitems:\n  - id: m\n    section: materials\n    sources: [s]\n  - id: s\n    section: steps\n    sources: [s]\n  - id: c\n    section: caveats\n    sources: [s]\n",
    );
    write(
        "content/sources.yaml",
        "sources:\n  - id: s\n    date: 2026-01-01\n    grade: A\n",
    );
    write(
        "content/meta.yaml",
        "content_version: \"wide\"\nreviewed: 2026-11-22\nstart: gap_start\n",
    );
    for lang in ["en-US", "zh-CN"] {
        write(&format!("locales/{lang}/content.ftl"), &ftl);
    }
    f
}

fn run(f: &Fixture, lang: &str, args: &[&str]) -> assert_cmd::assert::Assert {
    guide()
        .args(["--lang", lang, "--content"])
        .arg(f.content())
        .arg("--locales")
        .arg(f.locales())
        .args(args)
        .assert()
}

/// 7 sampled gap months times 9^10 answers: far past the path limit, which is what stops
/// the walk. Validation passes with a note saying how much was checked.
#[test]
fn ten_nine_option_questions_validate_with_a_note() {
    let f = chain(10, 9);
    // 7 * 9^10 paths at most.
    run(&f, "en", &["validate"])
        .success()
        .stdout(predicate::str::contains("Content is valid").and(predicate::str::contains("100000 paths checked")))
        .stderr(predicate::str::contains(
            "Note: the flow has more paths than validate walks: it checked the first 100000 of at most 24407490807 paths",
        ));
    run(&f, "zh", &["validate"])
        .success()
        .stderr(predicate::str::contains(
            "只检查了前100000条（最多共24407490807条）",
        ));
}

/// `paths` streams what it finds and says when it stops: a note on stderr, `"truncated": true`
/// in JSON, and an error only when asked for with `--fail-on-truncate`.
#[test]
fn paths_say_when_they_stop_early() {
    let f = chain(10, 9);
    let out = run(&f, "en", &["paths", "--format", "json"])
        .success()
        .stderr(predicate::str::contains(
            "the list stops after the first 100000 of at most 24407490807 paths",
        ))
        .get_output()
        .stdout
        .clone();
    let v: Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(v["truncated"], true);
    assert_eq!(v["count"], 100_000, "the path limit stopped it");
    assert_eq!(v["paths"].as_array().unwrap().len(), 100_000);
    assert_eq!(v["paths"][0]["answers"]["x9"], "o0");
    run(&f, "zh", &["paths", "--fail-on-truncate"])
        .code(65)
        .stderr(predicate::str::contains("列表在前100000条处停止"))
        .stdout(predicate::str::ends_with("100000 paths\n"));
}

/// Very long paths stop on the step limit long before the path limit: the work stays
/// bounded however long the chain.
#[test]
fn a_long_chain_stops_on_the_step_limit() {
    let f = chain(1500, 2);
    run(&f, "en", &["validate"]).success().stderr(
        predicate::str::is_match(r"checked the first (\d{3,4}) of at most \d+ paths").unwrap(),
    );
}

/// The shipped flow is walked whole: no note (`paths` JSON says `"truncated": false`, see
/// tests/cli.rs).
#[test]
fn the_shipped_flow_is_complete() {
    guide()
        .args(["--lang", "en", "validate"])
        .assert()
        .success()
        .stderr(predicate::str::is_empty());
}
