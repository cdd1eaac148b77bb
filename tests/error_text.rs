//! Every error path of plain mode and batch mode, in both languages, through the real binary:
//! no message may reach a person with a Fluent placeable left unfilled (`{$x}`, `{ $x }`), a
//! `[message-id]` standing in for a missing message, or a problem's raw code and arguments
//! (what is printed when a message is missing).
//!
//! (A month error in plain mode once printed `{$question}: {$value} is not a month.`.)

mod common;

use common::*;

/// What went wrong in one output, if anything.
fn leftovers(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    for line in text.lines() {
        if line.contains("{$") || line.contains("{ $") {
            found.push(format!("unfilled placeable: {line}"));
        }
        // `[ui-…]`, `[err-…]`, `[q-…]`, `[item-…]`: a message shown by its id.
        for (i, _) in line.match_indices('[') {
            let rest = &line[i + 1..];
            if let Some(end) = rest.find(']') {
                let id = &rest[..end];
                let is_id = id.contains('-')
                    && !id.contains(' ')
                    && id
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "-_.".contains(c));
                if is_id {
                    found.push(format!("message id instead of text: {line}"));
                }
            }
        }
        // A problem printed without its message: `code name="value"` or a bare code.
        let bare = line.trim();
        let looks_like_code = bare.contains('-')
            && bare.chars().any(|c| c.is_ascii_lowercase())
            && bare
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        if line.contains("=\"") || looks_like_code {
            found.push(format!("raw problem: {line}"));
        }
    }
    found
}

/// Runs the binary and returns everything it printed, after checking the exit code.
fn output(args: &[String], stdin: &[u8], ok: bool) -> String {
    let assert = guide().args(args).write_stdin(stdin.to_vec()).assert();
    let out = assert.get_output();
    assert_eq!(
        out.status.success(),
        ok,
        "{args:?}: exit {:?}\n{}",
        out.status.code(),
        String::from_utf8_lossy(&out.stderr)
    );
    if !ok {
        assert!(!out.stderr.is_empty(), "{args:?}: a failure says why");
    }
    format!(
        "{}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

fn check_all(cases: Vec<(String, String)>) {
    let mut failures = Vec::new();
    for (label, text) in &cases {
        for l in leftovers(text) {
            failures.push(format!("{label}: {l}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

fn strings(v: &[&str]) -> Vec<String> {
    v.iter().map(|s| s.to_string()).collect()
}

/// Junk at every kind of question (choice, yes/no, month, optional month, multi-select), bad
/// and out-of-range months, commands at the wrong time, a kept answer that no longer fits,
/// an over-long line and bytes that are not UTF-8; then the end of input and quitting.
#[test]
fn plain_mode_errors_are_whole_sentences_in_both_languages() {
    let mut input: Vec<u8> = Vec::new();
    let mut line = |s: &str| {
        input.extend_from_slice(s.as_bytes());
        input.push(b'\n');
    };
    // reason (choice): a command with nothing before, Enter with no answer, junk.
    for s in ["b", "", "xyz", "99", "0", "?"] {
        line(s);
    }
    line("2"); // laid_off
    // benefit (choice)
    line("abc");
    line("1"); // receiving
    // benefit_end (optional month)
    for s in ["abc", "2026-13", "1800-01", "2026-10", "2099-01", "x-y"] {
        line(s);
    }
    line("0"); // not known
    // gap_start (month, or a count of months)
    for s in [
        "abc", "2026-13", "1800-01", "1960-01", "2030-01", "9999", "-3",
    ] {
        line(s);
    }
    line("2026-09");
    // gap_end (optional month)
    for s in ["abc", "2026-08", "2027-01", "2026-00"] {
        line(s);
    }
    line("2026-10");
    // plan: go back twice to gap_start, move it past the kept gap_end, which Enter then
    // refuses to keep.
    line("b");
    line("b");
    line("2026-11");
    line("");
    line("0"); // still not paying
    // plan, city (choices), gap_medical (yes/no), situations (multi)
    for s in [
        "9", "abc", "2", "5", "1", "maybe", "1", "9", "abc", "1,x", "1,,9", "0",
    ] {
        line(s);
    }
    // The review (junk, then Enter), the sources, and a file that cannot be written.
    for s in [
        "99",
        "abc",
        "",
        "s",
        "/nonexistent/folder/answers.yaml",
        "",
        "",
    ] {
        line(s);
    }
    let mut long = vec![b'7'; 8192];
    long.push(b'\n');
    let not_text = b"\xff\xfe\n".to_vec();
    let mut cases = Vec::new();
    for lang in ["en", "zh"] {
        let args = strings(&["--lang", lang, "--plain"]);
        // The over-long line and the bad bytes come first, at the first question.
        let mut stdin = long.clone();
        stdin.extend_from_slice(&not_text);
        stdin.extend_from_slice(&input);
        let text = output(&args, &stdin, true);
        assert!(
            text.contains("Your checklist") || text.contains("您的办理清单"),
            "{lang}: the run ends with the checklist:\n{text}"
        );
        cases.push((format!("plain {lang}"), text));
        // Input ends part-way; quitting.
        cases.push((
            format!("plain {lang} ended"),
            output(&args, b"1\n2026-09\n", false),
        ));
        cases.push((format!("plain {lang} quit"), output(&args, b"q\n", true)));
        // A resume code with an impossible month, and an old code.
        let forged = forged_code();
        let resume = strings(&["--lang", lang, "--plain", "--resume", &forged]);
        cases.push((
            format!("plain {lang} --resume forged"),
            output(&resume, b"4\n\n\n\n\n\n\n", true),
        ));
        let old = strings(&["--lang", lang, "--plain", "--resume", "E7NN-57FZ-DDR3-FP"]);
        cases.push((
            format!("plain {lang} --resume old"),
            output(&old, b"", false),
        ));
    }
    check_all(cases);
}

/// FLEXIBLE_SAME_CITY with a first unpaid month of 2200-12, as a resume code.
fn forged_code() -> String {
    use yibao_guide::engine::answers::{AnswerValue, Answers};
    let g = yibao_guide::guide::Guide::embedded().unwrap();
    let mut a = Answers::default();
    a.set("reason", AnswerValue::Choice("resigned".into()));
    a.set("gap_start", AnswerValue::Month("2200-12".parse().unwrap()));
    a.set("gap_end", AnswerValue::NoMonth);
    a.set("plan", AnswerValue::Choice("flexible".into()));
    a.set("city", AnswerValue::Choice("same".into()));
    a.set("gap_medical", AnswerValue::Choice("no".into()));
    a.set("situations", AnswerValue::Choices(Vec::new()));
    yibao_guide::resume::encode(&g.content, &a)
}

/// Every way batch mode refuses answers: unknown questions and options, bad months, gaps,
/// missing and not-offered answers, flag shapes, broken answers files, bad resume codes,
/// bad dates, languages and output paths; plus the notes on answers ignored or defaulted.
#[test]
fn batch_errors_are_whole_sentences_in_both_languages() {
    let dir = tempfile::tempdir().unwrap();
    let file = |name: &str, bytes: &[u8]| {
        let path = dir.path().join(name);
        std::fs::write(&path, bytes).unwrap();
        path.display().to_string()
    };
    let files = [
        file("empty.yaml", b""),
        file("list.yaml", b"- reason\n- plan\n"),
        file("latin1.yaml", b"reason: r\xe9sign\xe9\n"),
        file("control.yaml", b"reason: \"\x1b[31m\"\n"),
        file("huge.yaml", &[b'#'; 100 * 1024]),
        file(
            "unknown.yaml",
            b"reason: resigned\nfoo: bar\ngap_start: 2026-13\n",
        ),
        dir.path().join("missing.yaml").display().to_string(),
        dir.path().display().to_string(),
    ];
    // Replacements for the answers of a complete path (reason=resigned ... situations=none).
    let with = |extra: &[&str]| -> Vec<String> {
        let mut pairs: Vec<(String, String)> = FLEXIBLE_SAME_CITY
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        pairs.push(("situations".into(), "none".into()));
        for e in extra {
            let (k, v) = e.split_once('=').unwrap();
            pairs.retain(|(key, _)| key != k);
            pairs.push((k.into(), v.into()));
        }
        pairs
            .into_iter()
            .flat_map(|(k, v)| ["--answer".to_owned(), format!("{k}={v}")])
            .collect()
    };
    let mut failing: Vec<Vec<String>> = vec![
        with(&["nosuch=1"]),
        with(&["reason=fired"]),
        with(&["gap_medical=maybe"]),
        with(&["gap_start=abc"]),
        with(&["gap_start=2026-13"]),
        with(&["gap_start=1800-01"]),
        with(&["gap_start=1960-01"]),
        with(&["gap_start=2030-01"]),
        with(&["gap_start=none"]),
        with(&["gap_end=2026-08"]),
        with(&["gap_end=2027-01"]),
        with(&["gap_end=abc"]),
        with(&["gap_months=x"]),
        with(&["gap_months=9999"]),
        with(&["gap_months=3"]),
        with(&["plan=same_employer"]),
        with(&["situations=pregnant,alien"]),
        with(&[
            "reason=laid_off",
            "benefit=receiving",
            "benefit_end=2020-01",
        ]),
        with(&[
            "reason=laid_off",
            "benefit=receiving",
            "benefit_end=2031-01",
        ]),
        strings(&["--answer", "reason=resigned"]),
        strings(&["--answer", "plan"]),
        strings(&["--resume", "7KQ2-U9XD"]),
        strings(&["--resume", "7"]),
        strings(&["--resume", "1BXN-46HM-70PW-FYTQ"]),
        strings(&["--resume", "E7NN-57FZ-DDR3-FP"]),
        strings(&["--resume", &forged_code()]),
        [
            with(&[]),
            strings(&["--output", "/nonexistent/folder/checklist.md"]),
        ]
        .concat(),
        [with(&[]), strings(&["--output", "/"])].concat(),
    ];
    for f in &files {
        failing.push(strings(&["--answers", f]));
    }
    let succeeding: Vec<Vec<String>> = vec![
        // A note on an answer off the path, and on a defaulted one.
        [
            answer_flags(FLEXIBLE_SAME_CITY),
            strings(&["--answer", "benefit=receiving"]),
        ]
        .concat(),
    ];
    let mut cases = Vec::new();
    for lang in ["en", "zh"] {
        for args in &failing {
            let all = [strings(&["--lang", lang, "checklist"]), args.clone()].concat();
            cases.push((format!("{lang} {args:?}"), output(&all, b"", false)));
        }
        for args in &succeeding {
            let all = [strings(&["--lang", lang, "checklist"]), args.clone()].concat();
            cases.push((format!("{lang} {args:?}"), output(&all, b"", true)));
        }
        for bad in [
            strings(&["--lang", lang, "--today", "2026-02-30", "checklist"]),
            strings(&["--lang", lang, "paths", "--format", "yaml"]),
        ] {
            cases.push((format!("{bad:?}"), output(&bad, b"", false)));
        }
    }
    cases.push((
        "--lang xx".into(),
        output(&strings(&["--lang", "xx", "checklist"]), b"", false),
    ));
    check_all(cases);
}

/// The checks above find what they look for.
#[test]
fn the_scan_finds_leftovers() {
    assert!(!leftovers("gap_start: {$value} is not a month.").is_empty());
    assert!(!leftovers("{ $question }: 2026-13").is_empty());
    assert!(!leftovers("[ui-plain-step]").is_empty());
    assert!(!leftovers("answer-missing question=\"plan\"").is_empty());
    assert!(!leftovers("resume-typo").is_empty());
    assert!(
        leftovers("Question 1 of about 7\n  1. I resigned [local]\nyibao-guide checklist")
            .is_empty()
    );
}
