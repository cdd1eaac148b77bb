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
        .write_stdin("2\n1\n2\n0\n")
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
        // A bad configuration is a usage error, like a bad flag (README, exit codes).
        .code(2)
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

/// A code as the attacker made it: the shipped questions, with `question` set to `month`.
fn forged_code(question: &str, month: &str) -> String {
    use yibao_guide::engine::answers::AnswerValue;
    let g = yibao_guide::guide::Guide::embedded().unwrap();
    let mut a = yibao_guide::engine::answers::Answers::default();
    for (id, v) in FLEXIBLE_SAME_CITY {
        let value = match *v {
            "none" => AnswerValue::NoMonth,
            v if v.contains('-') => AnswerValue::Month(v.parse().unwrap()),
            v => AnswerValue::Choice(v.into()),
        };
        a.set(id, value);
    }
    a.set("situations", AnswerValue::Choices(Vec::new()));
    a.set(question, AnswerValue::Month(month.parse().unwrap()));
    yibao_guide::resume::encode(&g.content, &a)
}

/// Hand-made codes with months the guide never accepts: plain mode (as the wizard) keeps the
/// other answers, says which question is asked again and why, and asks it.
#[test]
fn resume_codes_with_impossible_months_ask_that_question_again() {
    for (question, month, why, answer) in [
        ("gap_start", "2200-12", "later than", "4"),
        ("gap_start", "1950-01", "earlier than", "4"),
        ("gap_end", "2026-08", "before the first unpaid month", "0"),
    ] {
        let code = forged_code(question, month);
        // The question asked again is answered, then Enter keeps each later answer.
        let out = guide()
            .args(["--lang", "en", "--plain", "--resume", &code])
            .write_stdin(format!("{answer}\n\n\n\n\n\n\n"))
            .assert()
            .success()
            .stderr(
                predicate::str::contains("asked again")
                    .and(predicate::str::contains(month))
                    .and(predicate::str::contains(why)),
            )
            .get_output()
            .stdout
            .clone();
        let stdout = String::from_utf8(out).unwrap();
        assert!(
            stdout.contains("Your checklist"),
            "{question}={month}:\n{stdout}"
        );
        assert!(
            !stdout.contains("63650 days") && !stdout.contains("2201"),
            "{question}={month} never reaches the checklist:\n{stdout}"
        );
    }
}

/// Batch mode cannot ask again: the code is refused, naming the answer and why, unless a
/// flag gives that answer anew.
#[test]
fn checklist_refuses_a_code_with_an_impossible_month_unless_a_flag_replaces_it() {
    let code = forged_code("gap_start", "2200-12");
    guide()
        .args(["--lang", "en", "checklist", "--resume", &code])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "--resume: gap_start (First unpaid month): 2200-12 is later than",
        ));
    let v = json(&[
        "--resume".into(),
        code,
        "--answer".into(),
        "gap_months=3".into(),
    ]);
    assert_eq!(v["answers"]["gap_start"], "2026-09");
    assert_eq!(v["answers"]["plan"], "flexible");
}

/// Codes from before the question structure changed (here: the previous code format, from
/// the golden files of that time) are refused with a clear message, never misread.
#[test]
fn an_old_code_says_to_answer_again() {
    for (lang, words) in [
        ("en", "another version of the guide"),
        ("zh", "另一版本的指南"),
    ] {
        guide()
            .args(["--lang", lang, "checklist", "--resume", "E7NN-57FZ-DDR3-FP"])
            .assert()
            .code(2)
            .stderr(predicate::str::contains(words));
        guide()
            .args(["--lang", lang, "--plain", "--resume", "E7NN-57FZ-DDR3-FP"])
            .write_stdin("")
            .assert()
            .code(2)
            .stderr(predicate::str::contains(words));
    }
}

/// The welcome screen's "Enter a code" takes the same path: an impossible month is dropped,
/// the status names the question, and the guide asks it.
#[test]
fn the_wizard_asks_again_for_an_impossible_month_in_a_code() {
    use yibao_guide::tui::model::{Model, Msg};
    use yibao_guide::tui::step as update;
    let g = yibao_guide::guide::Guide::embedded().unwrap();
    let mut m = Model::new(&g, yibao_guide::i18n::Lang::En, TODAY.parse().unwrap());
    update(&mut m, Msg::Resize(80, 24));
    update(&mut m, Msg::EnterCode);
    for c in forged_code("gap_start", "2200-12").chars() {
        update(&mut m, Msg::Char(c));
    }
    update(&mut m, Msg::Confirm);
    assert!(m.answers.get("gap_start").is_none(), "{:?}", m.answers);
    assert_eq!(m.answers.choice("plan"), Some("flexible"));
    let status = m.status.as_ref().expect("a notice");
    assert_eq!(status.id, "ui-resume-ask-again");
    assert_eq!(status.arg.as_deref(), Some("gap_start"));
}

/// Every example code shown to people (`--help`, the code dialog, error hints, README, doc
/// comments) is a real code for the shipped questions: examples must be real and tested.
#[test]
fn every_example_code_is_real() {
    let g = yibao_guide::guide::Guide::embedded().unwrap();
    let mut texts: Vec<(String, String)> = Vec::new();
    let mut read = |path: std::path::PathBuf| {
        let text = std::fs::read_to_string(&path).unwrap();
        texts.push((path.display().to_string(), text));
    };
    read(repo().join("README.md"));
    for lang in ["en-US", "zh-CN"] {
        read(repo().join("locales").join(lang).join("ui.ftl"));
    }
    for f in ["cli/args.rs", "resume.rs", "render/mod.rs"] {
        read(repo().join("src").join(f));
    }
    for lang in ["en", "zh"] {
        let help = guide().args(["--lang", lang, "--help"]).assert().success();
        let help = String::from_utf8(help.get_output().stdout.clone()).unwrap();
        texts.push((format!("--help ({lang})"), help));
    }
    let mut found = 0;
    for (source, text) in &texts {
        for code in example_codes(text) {
            found += 1;
            let r = yibao_guide::resume::decode(&g.content, &code, TODAY.parse().unwrap())
                .unwrap_or_else(|p| panic!("{source}: {code} does not decode: {p}"));
            assert!(
                r.ask_again.is_empty(),
                "{source}: {code}: {:?}",
                r.ask_again
            );
            assert!(!r.answers.is_empty(), "{source}: {code} holds no answers");
        }
    }
    assert!(found >= 8, "only {found} example codes found");
}

/// Runs of code symbols in groups of four with dashes, at least three groups, e.g.
/// `1BXN-46HM-70PW-FYTP` (dates such as 2026-11-22 have shorter groups).
fn example_codes(text: &str) -> Vec<String> {
    const SYMBOLS: &str = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    let mut out = Vec::new();
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let start = i;
        while i < chars.len() && (SYMBOLS.contains(chars[i]) || chars[i] == '-') {
            i += 1;
        }
        if i > start {
            let run: String = chars[start..i].iter().collect();
            let groups: Vec<&str> = run.trim_matches('-').split('-').collect();
            let shaped = groups.len() >= 3
                && groups[..groups.len() - 1].iter().all(|g| g.len() == 4)
                && (1..=4).contains(&groups[groups.len() - 1].len());
            if shaped {
                out.push(groups.join("-"));
            }
        } else {
            i += 1;
        }
    }
    out
}
