//! What a new user met when `checklist` or the configuration refused them: every missing
//! answer at once, questions named by id and by their words, hints that fit the file at
//! hand (answers file, configuration) instead of the content's, the parser's own jargon
//! kept out, one exit code for a bad configuration, kiosk settings checked only for a kiosk,
//! and a note on answers saved with another content version.

mod common;

use common::*;
use predicates::prelude::*;

fn checklist(lang: &str, args: &[&str]) -> assert_cmd::assert::Assert {
    guide()
        .args(["--lang", lang, "checklist"])
        .args(args)
        .assert()
}

fn stderr_of(a: assert_cmd::assert::Assert) -> String {
    String::from_utf8(a.get_output().stderr.clone()).unwrap()
}

#[test]
fn every_missing_answer_is_reported_in_one_run() {
    // Only the reason: the gap, the plan and (on every way the routing can go) nothing else
    // is certain; the rest depends on the first unpaid month, and the message says so.
    let err = stderr_of(checklist("en", &["--answer", "reason=resigned"]).code(2));
    for id in ["gap_start", "plan"] {
        assert!(
            err.contains(&format!("the answer to {id} (")),
            "{id} missing:\n{err}"
        );
        assert!(err.contains(&format!("--answer {id}=VALUE")), "{err}");
    }
    assert!(
        err.contains("depending on the answer to gap_start (First unpaid month)"),
        "{err}"
    );
    // Nothing at all: reason, gap and plan are on every path.
    let err = stderr_of(checklist("en", &[]).code(2));
    for id in ["reason", "gap_start", "plan"] {
        assert!(err.contains(&format!("the answer to {id} (")), "{err}");
    }
    assert_eq!(err.matches("is missing").count(), 3, "{err}");
    // Once the routing is known, everything missing is listed and nothing more is hinted.
    let err = stderr_of(
        checklist(
            "zh",
            &[
                "--answer",
                "reason=resigned",
                "--answer",
                "gap_start=2026-09",
                "--answer",
                "plan=flexible",
            ],
        )
        .code(2),
    );
    assert!(err.contains("缺少问题city（参保地）的答案"), "{err}");
    assert!(err.contains("缺少问题gap_medical（"), "{err}");
    assert!(!err.contains("可能还需要"), "{err}");
}

#[test]
fn a_wrong_answer_and_the_missing_ones_come_together() {
    let err = stderr_of(
        checklist(
            "en",
            &[
                "--answer",
                "reason=resigned",
                "--answer",
                "gap_start=2026-13",
            ],
        )
        .code(2),
    );
    // The bad month names its question, by id and in words; it is not also "missing".
    assert!(
        err.contains("gap_start (First unpaid month): 2026-13: month 13 does not exist"),
        "{err}"
    );
    assert!(
        !err.contains("gap_start (First unpaid month) is missing"),
        "{err}"
    );
    assert!(
        err.contains("the answer to plan (How cover continues)"),
        "{err}"
    );
    let err = stderr_of(checklist("zh", &["--answer", "gap_start=2026-13"]).code(2));
    assert!(
        err.contains("gap_start（断缴起始月）：「2026-13」：没有13月"),
        "{err}"
    );
}

#[test]
fn batch_hints_use_words_not_internal_ids() {
    let mut pairs = FLEXIBLE_SAME_CITY.to_vec();
    pairs[2] = ("gap_end", "2026-08");
    let err = stderr_of(
        guide()
            .args(["--lang", "en", "checklist"])
            .args(answer_flags(&pairs))
            .assert()
            .code(2),
    );
    assert!(err.contains("gap_end (Last unpaid month)"), "{err}");
    assert!(
        err.contains("the last unpaid month must be the same as or after the first unpaid month"),
        "{err}"
    );
    assert!(!err.contains("after gap_start"), "{err}");
}

#[test]
fn answers_file_errors_have_answers_file_hints() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("nope.yaml");
    let err = stderr_of(checklist("en", &["--answers", missing.to_str().unwrap()]).code(74));
    assert!(err.contains("nope.yaml: answers file not found"), "{err}");
    assert!(
        !err.contains("--content"),
        "no hint about content folders: {err}"
    );

    let dup = dir.path().join("dup.yaml");
    std::fs::write(&dup, "reason: resigned\nplan: flexible\nreason: laid_off\n").unwrap();
    for lang in ["en", "zh"] {
        let err = stderr_of(checklist(lang, &["--answers", dup.to_str().unwrap()]).code(2));
        assert!(err.contains("dup.yaml:3:"), "{err}");
        assert!(err.contains("reason"), "{err}");
        assert!(!err.contains("DuplicateKeyPolicy"), "parser jargon: {err}");
        assert!(!err.contains("Options"), "parser jargon: {err}");
    }

    let bad = dir.path().join("bad.yaml");
    std::fs::write(&bad, "reason: [resigned\n").unwrap();
    let err = stderr_of(checklist("en", &["--answers", bad.to_str().unwrap()]).code(2));
    assert!(err.contains("README.md"), "{err}");
    assert!(!err.contains("docs/CONTENT.md"), "{err}");
}

#[test]
fn answers_saved_with_another_content_version_get_a_note() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("old.yaml");
    let mut text = String::from("content_version: \"2020.1.1\"\nanswers:\n");
    for (k, v) in FLEXIBLE_SAME_CITY {
        text.push_str(&format!("  {k}: \"{v}\"\n"));
    }
    std::fs::write(&file, &text).unwrap();
    checklist("en", &["--answers", file.to_str().unwrap()])
        .success()
        .stderr(predicate::str::contains(
            "saved with content version 2020.1.1",
        ));
    // The current version: no note.
    let version = yibao_guide::guide::Guide::embedded()
        .unwrap()
        .content
        .version
        .clone();
    std::fs::write(&file, text.replace("2020.1.1", &version)).unwrap();
    checklist("en", &["--answers", file.to_str().unwrap()])
        .success()
        .stderr(predicate::str::contains("content version").not());
}

#[test]
fn configuration_errors_exit_2_and_point_to_print_default() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("config.yaml");
    std::fs::write(&file, "mode: standard\nidel_timeout_seconds: 30\n").unwrap();
    let err = stderr_of(
        guide()
            .args(["--lang", "en", "--config"])
            .arg(&file)
            .arg("questions")
            .assert()
            .code(2),
    );
    assert!(err.contains("config.yaml:2:"), "{err}");
    assert!(err.contains("config --print-default"), "{err}");
    assert!(!err.contains("docs/CONTENT.md"), "{err}");
    let err = stderr_of(
        guide()
            .args(["--lang", "en", "--config"])
            .arg(dir.path().join("none.yaml"))
            .arg("questions")
            .assert()
            .code(74),
    );
    assert!(err.contains("configuration file not found"), "{err}");
    assert!(!err.contains("--content"), "{err}");
}

#[test]
fn kiosk_settings_are_checked_only_for_a_kiosk() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("config.yaml");
    std::fs::write(
        &file,
        "language: en\nmode: kiosk\nidle_timeout_seconds: 1\nexport_dir: /no/such/folder\n",
    )
    .unwrap();
    let config = file.to_str().unwrap();
    // Batch commands do not use the kiosk: they run, and still read the language.
    guide()
        .args(["--config", config, "checklist"])
        .args(answer_flags(FLEXIBLE_SAME_CITY))
        .assert()
        .success()
        .stdout(predicate::str::contains("Your checklist"));
    guide()
        .args(["--config", config, "questions"])
        .assert()
        .success();
    // A kiosk (the configured mode) does not start with them, and `config` names them all.
    let all_named = |err: &str| {
        for line in [3, 4] {
            assert!(
                err.contains(&format!("config.yaml:{line}:")),
                "{line}: {err}"
            );
        }
        assert!(err.contains("operator_exit"), "{err}");
    };
    all_named(&stderr_of(
        guide()
            .args(["--config", config, "--plain"])
            .write_stdin("")
            .assert()
            .code(2),
    ));
    all_named(&stderr_of(
        guide()
            .args(["--config", config, "config"])
            .assert()
            .code(2),
    ));
    // Outside kiosk mode the guide itself starts (plain mode here).
    guide()
        .args(["--config", config, "--counselor", "--plain"])
        .write_stdin("q\n")
        .assert()
        .success();
}

#[test]
fn the_default_configuration_speaks_chinese_too() {
    let out = guide()
        .args(["--lang", "zh", "config", "--print-default"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(out).unwrap();
    assert!(text.contains("# yibao-guide 配置文件"), "{text}");
    assert!(!text.contains("Every key is optional"), "{text}");
    // And it is a valid configuration.
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("config.yaml");
    std::fs::write(&file, &text).unwrap();
    guide()
        .args(["--lang", "zh", "config", "--config"])
        .arg(&file)
        .assert()
        .success();
    guide()
        .args(["--lang", "en", "config", "--print-default"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Every key is optional"));
}
