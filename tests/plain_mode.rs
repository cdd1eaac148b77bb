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
