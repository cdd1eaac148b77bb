//! Plain mode driven through piped standard input, as a screen reader or script uses it.

mod common;

use common::*;
use predicates::prelude::*;

fn plain(lang: &str, input: &str) -> assert_cmd::assert::Assert {
    guide()
        .args(["--lang", lang, "--plain"])
        .write_stdin(input)
        .assert()
}

#[test]
fn a_full_run_in_chinese_ends_with_the_checklist() {
    // resigned, Sept 2026, still not paying, flexible, same city, no costs, no situations
    plain("zh", "1\n2026-09\n0\n2\n1\n2\n0\n").success().stdout(
        predicate::str::contains("第1题")
            .and(predicate::str::contains("您的办理清单"))
            .and(predicate::str::contains("2026年11月30日")),
    );
}

#[test]
fn a_full_run_in_english_with_months_typed_as_a_count() {
    plain("en", "2\n1\n0\n4\n0\n3\n2\n1\n1,4\n")
        .success()
        .stdout(
            predicate::str::contains("Question 1 of about")
                .and(predicate::str::contains("Your checklist"))
                .and(predicate::str::contains("First unpaid month: August 2026"))
                // The optional month's "none", and a multi-select answer typed as numbers.
                .and(predicate::str::contains("Benefit ends: Not known yet"))
                .and(predicate::str::contains(
                    "Your situation: Pregnant, or planning a birth; I have already retired",
                ))
                .and(predicate::str::contains("Register as living elsewhere")),
        );
}

#[test]
fn back_keeps_later_answers_and_enter_confirms_them() {
    // Answer reason and month, go back twice to reason, change it, then Enter keeps the month.
    let out = plain("en", "1\n2026-09\nb\nb\n6\n\n0\n1\n2\n2\n0\n")
        .success()
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(out).unwrap();
    assert!(text.contains("Current answer: September 2026"), "{text}");
    assert!(
        text.contains("Reason for the gap: I moved my hukou"),
        "{text}"
    );
    assert!(
        text.contains("This is the first question") || text.matches("Question 1 of").count() >= 2,
        "{text}"
    );
}

#[test]
fn language_switch_keeps_answers() {
    let out = plain("zh", "1\nl\n2026-09\n0\n1\n1\n2\n0\n")
        .success()
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(out).unwrap();
    assert!(text.contains("Switched to English"), "{text}");
    // The answer given in Chinese is kept and shown in English.
    assert!(text.contains("Reason for the gap: I resigned"), "{text}");
    assert!(
        !text.contains("您的办理清单"),
        "the checklist follows the switched language"
    );
}

#[test]
fn help_and_bad_input_reask_the_same_question() {
    let out = plain("en", "?\n99\nxyz\n1\n2026-13\n2026-09\n0\n1\n1\n2\n0\n")
        .success()
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(out).unwrap();
    assert!(text.contains("Please type a number from 1 to 8"), "{text}");
    assert!(text.contains("month 13 does not exist"), "{text}");
    assert!(
        text.contains("The reason decides"),
        "help text shown: {text}"
    );
}

#[test]
fn end_of_input_stops_without_a_half_checklist() {
    plain("en", "1\n2026-09\n")
        .code(2)
        .stdout(predicate::str::contains("Your checklist").not())
        .stderr(predicate::str::contains(
            "Input ended before all questions were answered",
        ));
}

#[test]
fn quit_says_nothing_was_saved() {
    plain("en", "q\n").success().stdout(
        predicate::str::contains("Nothing was saved")
            .and(predicate::str::contains("Your checklist").not()),
    );
}

#[test]
fn output_has_no_escape_sequences_or_box_drawing() {
    let out = plain("zh", "1\n2026-09\n0\n2\n2\n1\n0\n")
        .success()
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(out).unwrap();
    assert!(!text.contains('\u{1b}'), "no escape sequences");
    assert!(
        !text.chars().any(|c| ('\u{2500}'..='\u{257F}').contains(&c)),
        "no box drawing"
    );
}

/// The answers of a full run after the first question (resigned, 2026-09, still not paying,
/// flexible, same city, no medical costs, none of these situations).
const REST: &str = "2026-09\n0\n2\n1\n2\n0\n";

/// A 32 MiB line (once used to grow memory without limit) is discarded up to its end, the
/// person is told in their language, and the next line answers normally: only the first
/// 4 KiB of a line is ever kept.
#[test]
fn an_over_long_line_is_discarded_and_the_question_asked_again() {
    for (lang, said) in [("en", "longer than 4096 bytes"), ("zh", "超过4096字节")] {
        let mut input = "9".repeat(32 << 20);
        input.push_str("\n1\n");
        input.push_str(REST);
        let out = plain(lang, &input).success().get_output().stdout.clone();
        let stdout = String::from_utf8(out).unwrap();
        assert_eq!(
            stdout.matches(said).count(),
            1,
            "{lang}:\n{}",
            tail(&stdout)
        );
        assert!(
            !stdout.contains("999999"),
            "nothing of the long line is echoed"
        );
        // The answer after it is taken: the checklist follows.
        assert!(
            stdout.contains("Your checklist") || stdout.contains("您的办理清单"),
            "{lang}:\n{}",
            tail(&stdout)
        );
    }
    // A line of exactly 4096 bytes is still read (and refused as an answer, not as a line).
    let mut input = "9".repeat(4096);
    input.push_str("\n1\n");
    input.push_str(REST);
    plain("en", &input)
        .success()
        .stdout(predicate::str::contains("longer than").not());
}

/// Bytes that are not UTF-8 (a terminal in another encoding) are named as such, not taken
/// for the end of input, and the question is asked again.
#[test]
fn invalid_utf8_is_named_and_the_question_asked_again() {
    for (lang, said) in [("en", "not UTF-8"), ("zh", "不是UTF-8")] {
        let mut input: Vec<u8> = b"\xc4\xe3\xba\xc3\xff\n1\n".to_vec();
        input.extend_from_slice(REST.as_bytes());
        let out = guide()
            .args(["--lang", lang, "--plain"])
            .write_stdin(input)
            .assert()
            .success()
            .get_output()
            .stdout
            .clone();
        let stdout = String::from_utf8(out).unwrap();
        assert_eq!(
            stdout.matches(said).count(),
            1,
            "{lang}:\n{}",
            tail(&stdout)
        );
        assert!(!stdout.contains('\u{FFFD}'));
    }
}

fn tail(s: &str) -> &str {
    let at = s.len().saturating_sub(2000);
    let at = (at..s.len()).find(|&i| s.is_char_boundary(i)).unwrap_or(0);
    &s[at..]
}

/// The answers of a full English run (resigned, 2026-09, still not paying, flexible, same
/// city, no medical costs, none of these situations), up to the review.
const FULL: &str = "1\n2026-09\n0\n2\n1\n2\n0\n";

fn stdout_of(a: assert_cmd::assert::Assert) -> String {
    String::from_utf8(a.get_output().stdout.clone()).unwrap()
}

/// With COLUMNS set, every line fits it, in both languages, and English words are never
/// broken; piped without COLUMNS, lines are left whole for the reader to wrap.
#[test]
fn output_is_wrapped_to_columns_without_breaking_words() {
    use yibao_guide::wrap::width;
    for lang in ["en", "zh"] {
        let input = format!("{FULL}\ns\n\n\n");
        let wrapped = stdout_of(
            guide()
                .args(["--lang", lang, "--plain"])
                .env("COLUMNS", "40")
                .write_stdin(input.clone())
                .assert()
                .success(),
        );
        for line in wrapped.lines() {
            assert!(width(line) <= 40, "{lang}: {} cells: {line:?}", width(line));
        }
        let whole = stdout_of(plain(lang, &input).success());
        assert!(
            whole.lines().any(|l| width(l) > 80),
            "{lang}: piped output is not wrapped"
        );
        if lang == "en" {
            // Every English word of the wrapped output is a word of the unwrapped one
            // (Chinese may break between any two characters).
            let words: std::collections::BTreeSet<&str> = whole.split_whitespace().collect();
            for w in wrapped.split_whitespace().filter(|w| w.is_ascii()) {
                assert!(words.contains(w), "broken word {w:?}");
            }
        }
    }
}

/// A wrong answer repeats what is wrong and the prompt, not the question and its options.
#[test]
fn invalid_input_repeats_only_the_error_and_the_prompt() {
    let out = stdout_of(plain("en", &format!("99\nxyz\n{FULL}")).success());
    assert_eq!(
        out.matches("Please type a number from 1 to 8").count(),
        2,
        "{out}"
    );
    assert_eq!(out.matches("Question 1 of about").count(), 1, "{out}");
    assert_eq!(out.matches("  1. I resigned").count(), 1, "{out}");
    // Help, too, is followed by the prompt alone.
    let out = stdout_of(plain("en", &format!("?\n{FULL}")).success());
    assert_eq!(out.matches("Question 1 of about").count(), 1, "{out}");
    // A switched language shows the question again, in the other language.
    let out = stdout_of(plain("en", &format!("l\n{FULL}")).success());
    assert!(out.contains("第1题"), "{out}");
}

/// The review lists every answer numbered; a number changes that answer and comes back to
/// the review; Enter shows the checklist.
#[test]
fn the_review_lists_every_answer_and_a_number_changes_it() {
    let out = stdout_of(plain("en", &format!("{FULL}2\n2026-10\n\n")).success());
    let review = out.split("Your answers:").nth(1).expect("a review");
    for row in [
        "  1. Reason for the gap: I resigned",
        "  2. First unpaid month: September 2026",
        "  7. Your situation: None of these",
    ] {
        assert!(review.contains(row), "{row}:\n{review}");
    }
    assert!(
        review.contains("Type a number to change that answer"),
        "{out}"
    );
    // After the change: the review again (twice in all), then the checklist with it.
    assert_eq!(out.matches("Your answers:").count(), 2, "{out}");
    let checklist = out.split("Your checklist").nth(1).expect("a checklist");
    assert!(
        checklist.contains("First unpaid month: October 2026"),
        "{checklist}"
    );
    // Bad input at the review, and q there, checklist-free.
    let out = stdout_of(plain("en", &format!("{FULL}9\nq\n")).success());
    assert!(out.contains("Please type a number from 1 to 7"), "{out}");
    assert!(!out.contains("Your checklist"), "{out}");
}

/// A change at the review that makes a later answer impossible asks that one again, saying
/// why, in words (no question ids).
#[test]
fn a_change_at_the_review_asks_again_what_it_made_impossible() {
    // Last unpaid month 2026-10; then the first one moves to 2026-11.
    let input = "1\n2026-09\n2026-10\n2\n1\n2\n0\n2\n2026-11\n0\n\n";
    let out = stdout_of(plain("en", input).success());
    assert!(
        out.contains("Last unpaid month: 2026-10 is before the first unpaid month (2026-11)"),
        "{out}"
    );
    assert!(
        !out.contains("gap_end") && !out.contains("gap_start"),
        "{out}"
    );
    assert!(out.contains("Last unpaid month: Still not paying"), "{out}");
}

/// The checklist is read without boxes or sources between the items; `s` lists the sources
/// by item number.
#[test]
fn the_checklist_has_no_boxes_and_sources_come_on_request() {
    let out = stdout_of(plain("en", &format!("{FULL}\n\n")).success());
    let checklist = out.split("Your checklist").nth(1).unwrap();
    assert!(!checklist.contains("[ ]"), "{checklist}");
    assert!(!checklist.contains("Source:"), "{checklist}");
    assert!(
        checklist.contains("What to bring\n  1. Your valid ID"),
        "{checklist}"
    );
    assert!(
        checklist.contains("Type s to list the sources"),
        "{checklist}"
    );
    let out = stdout_of(plain("en", &format!("{FULL}\ns\n")).success());
    let sources = out
        .split("Sources, by item number:")
        .nth(1)
        .expect("sources");
    assert!(
        sources.contains("What to bring\n  1. Source: Social Insurance Law"),
        "{sources}"
    );
}

/// After the checklist: a file name saves the answers, another exports the checklist (its
/// format from the name); a failed write says why and asks again; Enter skips.
#[test]
fn answers_and_checklist_can_be_saved_after_the_checklist() {
    let dir = tempfile::tempdir().unwrap();
    let input = format!("{FULL}\n\nanswers.yaml\nno/such/folder/x.md\nchecklist.md\n");
    let out = stdout_of(
        guide()
            .current_dir(dir.path())
            .args(["--lang", "en", "--plain"])
            .write_stdin(input)
            .assert()
            .success(),
    );
    assert_eq!(out.matches("Saved to").count(), 2, "{out}");
    assert!(out.contains("the folder does not exist"), "{out}");
    let md = std::fs::read_to_string(dir.path().join("checklist.md")).unwrap();
    assert!(md.starts_with("# Your checklist"), "{md}");
    // The saved answers open the guide again, at the review.
    let out = stdout_of(
        guide()
            .current_dir(dir.path())
            .args(["--lang", "en", "--plain", "--answers", "answers.yaml"])
            .write_stdin("\n")
            .assert()
            .success(),
    );
    assert!(!out.contains("Question 1 of"), "{out}");
    assert!(out.contains("Your answers:"), "{out}");
    assert!(out.contains("Your checklist"), "{out}");
    // Enter twice: nothing written.
    let empty = tempfile::tempdir().unwrap();
    guide()
        .current_dir(empty.path())
        .args(["--lang", "zh", "--plain"])
        .write_stdin(format!("{FULL}\n\n\n\n"))
        .assert()
        .success()
        .stdout(predicate::str::contains("再见。"));
    assert_eq!(std::fs::read_dir(empty.path()).unwrap().count(), 0);
}
