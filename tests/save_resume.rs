//! Configuration, saved answers and resume codes through the command line, each step in a
//! new process, as when a case moves to another machine.

mod common;

use common::*;
use predicates::prelude::*;
use serde_json::Value;

fn json(args: &[String]) -> Value {
    checklist_json_with(TODAY, args)
}

#[test]
fn save_then_open_the_answers_in_a_new_process() {
    let dir = tempfile::tempdir().unwrap();
    let saved = dir.path().join("answers.yaml");
    let first = json(
        &[
            answer_flags(FLEXIBLE_SAME_CITY),
            vec!["--save".into(), saved.display().to_string()],
        ]
        .concat(),
    );
    let text = std::fs::read_to_string(&saved).unwrap();
    assert!(
        text.contains("content_version:") && text.contains("gap_start: \"2026-09\""),
        "{text}"
    );
    for private in ["name", "phone", "id_number"] {
        assert!(
            !text.contains(private),
            "nothing else about the person: {text}"
        );
    }
    let second = json(&["--answers".into(), saved.display().to_string()]);
    assert_eq!(first["answers"], second["answers"]);
    assert_eq!(first["sections"], second["sections"]);
}

#[test]
fn a_resume_code_restores_the_case_elsewhere() {
    let first = json(&answer_flags(FLEXIBLE_SAME_CITY));
    let code = first["resume_code"].as_str().unwrap().to_owned();
    assert!(code.len() <= 24, "{code}");
    let second = json(&["--resume".into(), code.to_lowercase().replace('-', " ")]);
    assert_eq!(first["answers"], second["answers"]);
    // Flags still override the code.
    let third = json(&[
        "--resume".into(),
        code.clone(),
        "--answer".into(),
        "plan=resident".into(),
    ]);
    assert_eq!(third["answers"]["plan"], "resident");
    // A typo is caught and explained.
    let mut typo: Vec<char> = code.chars().collect();
    let i = typo.iter().position(|c| c.is_ascii_alphanumeric()).unwrap();
    typo[i] = if typo[i] == 'A' { 'B' } else { 'A' };
    guide()
        .args(["--lang", "en", "checklist", "--resume"])
        .arg(typo.into_iter().collect::<String>())
        .assert()
        .code(2)
        .stderr(predicate::str::contains("typo"));
}

#[test]
fn plain_mode_opens_with_saved_answers_and_asks_only_what_is_missing() {
    let dir = tempfile::tempdir().unwrap();
    let saved = dir.path().join("partial.yaml");
    std::fs::write(
        &saved,
        "reason: resigned\ngap_start: \"2026-09\"\ngap_end: none\n",
    )
    .unwrap();
    guide()
        .args(["--lang", "en", "--plain", "--answers"])
        .arg(&saved)
        .write_stdin("2\n1\n2\n")
        .assert()
        .success()
        .stdout(
            predicate::str::contains("Question 4 of about")
                .and(predicate::str::contains("Your checklist"))
                .and(predicate::str::contains("Question 1 of").not()),
        );
}

#[test]
fn default_configuration_prints_and_validates() {
    let out = guide()
        .args(["config", "--print-default"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("config.yaml");
    std::fs::write(&file, &out).unwrap();
    guide()
        .args(["--lang", "en", "config", "--config"])
        .arg(&file)
        .assert()
        .success()
        .stdout(predicate::str::contains("valid"));
}

#[test]
fn bad_configuration_names_file_and_line_and_nothing_starts() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("config.yaml");
    std::fs::write(
        &file,
        "mode: kiosk\nidle_timeout_seconds: 1\noperator_exit:\n  key: q\n  pin: \"12\"\n",
    )
    .unwrap();
    let out = guide()
        .args(["--lang", "en", "--config"])
        .arg(&file)
        .arg("--plain")
        .write_stdin("")
        .assert()
        .code(65)
        .get_output()
        .stderr
        .clone();
    let stderr = String::from_utf8(out).unwrap();
    for line in [2, 4, 5] {
        assert!(
            stderr.contains(&format!("config.yaml:{line}:")),
            "line {line}:\n{stderr}"
        );
    }
    // A kiosk without an operator exit refuses to start.
    guide()
        .args(["--lang", "en", "--kiosk"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("operator_exit"));
    guide()
        .args([
            "--lang",
            "en",
            "--config",
            "/no/such/config.yaml",
            "validate",
        ])
        .assert()
        .code(74);
}
