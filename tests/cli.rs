//! The command line as a script or a person meets it: the real binary, as a process.

mod common;

use common::*;
use predicates::prelude::*;
use serde_json::Value;

fn checklist_json(pairs: &[(&str, &str)]) -> Value {
    checklist_json_with(TODAY, &answer_flags(pairs))
}

#[test]
fn json_checklist_has_the_documented_shape() {
    let v = checklist_json(FLEXIBLE_SAME_CITY);
    for key in [
        "lang",
        "content_version",
        "today",
        "answers",
        "ignored_answers",
        "facts",
        "sections",
    ] {
        assert!(v.get(key).is_some(), "missing {key}");
    }
    assert_eq!(v["lang"], "en-US");
    assert_eq!(v["today"], TODAY);
    assert_eq!(v["answers"]["plan"], "flexible");
    assert_eq!(v["facts"]["gap_months"], 3);
    assert_eq!(v["facts"]["window_deadline"], "2026-11-30");
    let ids: Vec<&str> = v["sections"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["materials", "steps", "caveats", "dates", "contacts"]);
    for s in v["sections"].as_array().unwrap() {
        for item in s["items"].as_array().unwrap() {
            assert!(!item["text"].as_str().unwrap().is_empty());
            assert!(
                !item["sources"].as_array().unwrap().is_empty(),
                "{} has no sources",
                item["id"]
            );
        }
    }
    // The 3-month deadline is shown as a date, in words.
    let dates = &v["sections"][3]["items"];
    assert!(dates.to_string().contains("30 November 2026"), "{dates}");
}

#[test]
fn gap_months_is_an_alias_for_gap_start() {
    let mut pairs = FLEXIBLE_SAME_CITY.to_vec();
    pairs[1] = ("gap_months", "4");
    let v = checklist_json(&pairs);
    assert_eq!(v["answers"]["gap_start"], "2026-08");
    assert_eq!(v["facts"]["gap_months"], 4);
    assert_eq!(v["facts"]["window_days_left"], 0);
}

#[test]
fn answers_off_the_path_are_ignored_and_listed() {
    let mut pairs = FLEXIBLE_SAME_CITY.to_vec();
    pairs.push(("benefit", "receiving")); // only asked when laid off
    let v = checklist_json(&pairs);
    assert_eq!(v["ignored_answers"], serde_json::json!(["benefit"]));
    assert!(v["answers"].get("benefit").is_none());
    // In text form the note goes to stderr, keeping stdout clean.
    guide()
        .args(["--lang", "en", "checklist"])
        .args(answer_flags(&pairs))
        .assert()
        .success()
        .stderr(predicate::str::contains("benefit"))
        .stdout(predicate::str::contains("Note:").not());
}

#[test]
fn a_missing_answer_names_the_question_and_its_options() {
    let pairs: Vec<_> = FLEXIBLE_SAME_CITY
        .iter()
        .filter(|(k, _)| *k != "city")
        .copied()
        .collect();
    guide()
        .args(["--lang", "en", "checklist"])
        .args(answer_flags(&pairs))
        .assert()
        .code(2)
        .stdout(predicate::str::is_empty())
        .stderr(predicate::str::contains("city").and(predicate::str::contains("same, other")));
}

#[test]
fn bad_answers_are_refused_with_what_is_accepted() {
    let cases: &[(&str, &str, &str)] = &[
        (
            "plan",
            "pension",
            "new_employer, flexible, resident, same_employer, undecided",
        ),
        ("gap_start", "2026-13", "month 13 does not exist"),
        ("gap_start", "2027-03", "later than 2026-12"),
        ("gap_start", "August", "YYYY-MM"),
        ("gap_months", "-3", "whole number"),
        ("gap_months", "9999", "longer than this guide handles"),
        ("colour", "red", "there is no question colour"),
    ];
    for (id, value, expect) in cases {
        let mut pairs: Vec<_> = FLEXIBLE_SAME_CITY
            .iter()
            .filter(|(k, _)| k != id && !(*id == "gap_months" && *k == "gap_start"))
            .copied()
            .collect();
        pairs.push((id, value));
        guide()
            .args(["--lang", "en", "checklist"])
            .args(answer_flags(&pairs))
            .assert()
            .code(2)
            .stdout(predicate::str::is_empty())
            .stderr(predicate::str::contains(*expect));
    }
}

#[test]
fn gap_end_must_not_precede_gap_start_or_lie_in_the_future() {
    for (end, expect) in [
        ("2026-08", "before the first unpaid month"),
        ("2026-12", "later than this month"),
    ] {
        let mut pairs = FLEXIBLE_SAME_CITY.to_vec();
        pairs[2] = ("gap_end", end);
        guide()
            .args(["--lang", "en", "checklist"])
            .args(answer_flags(&pairs))
            .assert()
            .code(2)
            .stderr(predicate::str::contains(expect));
    }
}

#[test]
fn answers_file_with_flag_override_and_line_numbers_in_errors() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("answers.yaml");
    std::fs::write(&file, "reason: resigned\ngap_start: 2026-09\ngap_end: none\nplan: flexible\ncity: same\ngap_medical: no\n").unwrap();
    let out = guide()
        .args(["--lang", "en", "checklist", "--format", "json", "--answers"])
        .arg(&file)
        .args(["--answer", "plan=resident"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let v: Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(v["answers"]["plan"], "resident");
    std::fs::write(&file, "reason: resigned\nplan: pension\n").unwrap();
    guide()
        .args(["--lang", "en", "checklist", "--answers"])
        .arg(&file)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("answers.yaml:2"));
    guide()
        .args(["--lang", "en", "checklist", "--answers"])
        .arg(dir.path().join("nope.yaml"))
        .assert()
        .code(74)
        .stderr(predicate::str::contains("nope.yaml"));
}

#[test]
fn output_is_written_atomically_and_failures_leave_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("checklist.md");
    guide()
        .args([
            "--lang",
            "zh",
            "checklist",
            "--format",
            "markdown",
            "--output",
        ])
        .arg(&target)
        .args(answer_flags(FLEXIBLE_SAME_CITY))
        .assert()
        .success()
        .stdout(predicate::str::is_empty());
    let text = std::fs::read_to_string(&target).unwrap();
    assert!(text.starts_with("# 您的办理清单"), "{text}");
    assert!(text.contains("- [ ] "), "materials are task boxes");
    assert!(
        text.contains("2026年11月30日"),
        "deadline in Chinese date style"
    );
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        1,
        "no temporary file left"
    );

    let missing = dir.path().join("no/such/folder/out.md");
    guide()
        .args(["--lang", "en", "checklist", "--output"])
        .arg(&missing)
        .args(answer_flags(FLEXIBLE_SAME_CITY))
        .assert()
        .code(74)
        .stderr(predicate::str::contains("could not write"));
    assert!(!missing.exists());
}

#[test]
fn text_width_wraps_chinese_without_breaking_the_rules() {
    let out = guide()
        .args(["--lang", "zh", "checklist", "--width", "40"])
        .args(answer_flags(FLEXIBLE_SAME_CITY))
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(out).unwrap();
    for line in text.lines() {
        assert!(yibao_guide::wrap::width(line) <= 40, "too wide: {line:?}");
        let first = line.trim_start().chars().next();
        assert!(
            !first.is_some_and(yibao_guide::wrap::no_line_start),
            "starts with punctuation: {line:?}"
        );
    }
}

#[test]
fn language_comes_from_flag_then_environment_then_chinese() {
    let run = |args: &[&str], env: Option<(&str, &str)>| {
        let mut cmd = guide();
        if let Some((k, v)) = env {
            cmd.env(k, v);
        }
        let out = cmd
            .args(args)
            .args(["questions", "--format", "json"])
            .assert()
            .success()
            .get_output()
            .stdout
            .clone();
        let v: Value = serde_json::from_slice(&out).unwrap();
        v[0]["prompt"].as_str().unwrap().to_owned()
    };
    let zh = run(&[], None);
    let en = run(&["--lang", "en"], None);
    assert!(zh.contains("断缴"), "{zh}");
    assert!(en.is_ascii() || en.contains("insurance"), "{en}");
    assert_ne!(zh, en);
    assert_eq!(run(&[], Some(("LANG", "en_US.UTF-8"))), en);
    assert_eq!(run(&[], Some(("LC_ALL", "zh_CN.UTF-8"))), zh);
    assert_eq!(run(&["--lang", "zh-CN"], Some(("LANG", "en_US.UTF-8"))), zh);
    guide()
        .args(["--lang", "fr", "validate"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("zh"));
}

#[test]
fn help_speaks_the_chosen_language() {
    guide()
        .args(["--lang", "zh", "--help"])
        .assert()
        .success()
        .stdout(predicate::str::contains("职工医保"));
    guide()
        .args(["--lang", "en", "--help"])
        .assert()
        .success()
        .stdout(predicate::str::contains("employee medical insurance"));
}

#[test]
fn questions_json_lists_ids_kinds_prompts_and_options() {
    let out = guide()
        .args(["--lang", "en", "questions", "--format", "json"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let v: Value = serde_json::from_slice(&out).unwrap();
    let ids: Vec<&str> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|q| q["id"].as_str().unwrap())
        .collect();
    for id in [
        "reason",
        "gap_start",
        "gap_end",
        "plan",
        "city",
        "gap_medical",
    ] {
        assert!(ids.contains(&id), "{id} missing from {ids:?}");
    }
    let reason = &v[0];
    assert_eq!(reason["kind"], "choice");
    let options: Vec<&str> = reason["options"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["id"].as_str().unwrap())
        .collect();
    for o in [
        "resigned",
        "laid_off",
        "employer_unpaid",
        "stopped_paying",
        "job_change",
        "moved",
        "retirement_shortfall",
    ] {
        assert!(options.contains(&o), "{o}");
    }
    assert!(reason["options"][0]["label"].as_str().unwrap().len() > 3);
    let gap = v
        .as_array()
        .unwrap()
        .iter()
        .find(|q| q["id"] == "gap_start")
        .unwrap();
    assert_eq!(gap["kind"], "month");
}

#[test]
fn paths_lists_every_path_with_its_items() {
    let out = guide()
        .args(["paths", "--format", "json"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let v: Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(v["truncated"], false, "the shipped flow is listed whole");
    let paths = v["paths"].as_array().unwrap();
    assert!(paths.len() > 100, "{} paths", paths.len());
    assert_eq!(v["count"], paths.len());
    let sampled: std::collections::BTreeSet<i64> = paths
        .iter()
        .filter_map(|p| p["gap_months"].as_i64())
        .collect();
    assert_eq!(
        sampled.into_iter().collect::<Vec<_>>(),
        [0, 1, 3, 4, 12, 13, 48]
    );
    for p in paths {
        assert!(!p["items"]["steps"].as_array().unwrap().is_empty(), "{p}");
    }
    guide()
        .args(["paths"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "reason=laid_off benefit=receiving benefit_end=2026-11 gap_months=4",
        ));
}

#[test]
fn shipped_content_validates_clean() {
    guide()
        .args(["--lang", "en", "validate"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Content is valid"));
}
