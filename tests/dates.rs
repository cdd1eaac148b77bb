//! Date logic around month and year boundaries, through the command line as a counselor
//! checking a past or future case would use `--today`.

mod common;

use common::*;
use serde_json::Value;

fn facts(today: &str, pairs: &[(&str, &str)]) -> Value {
    checklist_json_with(today, &answer_flags(pairs))["facts"].clone()
}

fn path_with(start: &str) -> Vec<(&str, &str)> {
    let mut p = FLEXIBLE_SAME_CITY.to_vec();
    p[1] = ("gap_start", start);
    p
}

#[test]
fn deadline_crosses_the_year_end() {
    let f = facts("2026-12-31", &path_with("2026-11"));
    assert_eq!(f["gap_months"], 2);
    assert_eq!(f["window_last_month"], "2027-01");
    assert_eq!(f["window_deadline"], "2027-01-31");
    assert_eq!(f["window_days_left"], 31);
}

#[test]
fn deadline_in_a_leap_february() {
    let f = facts("2027-12-15", &path_with("2027-12"));
    assert_eq!(f["window_deadline"], "2028-02-29");
    let f = facts("2026-12-15", &path_with("2026-12"));
    assert_eq!(f["window_deadline"], "2027-02-28");
}

#[test]
fn the_first_of_january_counts_the_new_month() {
    let f = facts("2027-01-01", &path_with("2026-11"));
    assert_eq!(f["gap_months"], 3);
    assert_eq!(f["window_days_left"], 30);
    let f = facts("2027-02-01", &path_with("2026-11"));
    assert_eq!(f["gap_months"], 4);
    assert_eq!(f["window_days_left"], 0);
}

#[test]
fn resident_window_and_waiting_period_follow_today() {
    let f = facts("2027-08-31", &path_with("2026-08"));
    assert_eq!(f["resident_window_open"], false);
    assert_eq!(f["resident_window_start"], "2027-09-01");
    assert_eq!(f["resident_cover_from"], "2028-01-01");
    assert_eq!(f["gap_months"], 13);
    assert_eq!(f["uninsured_years"], 1);
    assert_eq!(f["resident_wait_months"], 4);
    let f = facts("2027-09-01", &path_with("2026-08"));
    assert_eq!(f["resident_window_open"], true);
}

#[test]
fn dates_read_in_each_language_style() {
    for (lang, expect) in [("zh", "2027年1月31日"), ("en", "31 January 2027")] {
        let out = assert_cmd::Command::cargo_bin("yibao-guide")
            .unwrap()
            .args(["--today", "2026-12-31", "--lang", lang, "checklist"])
            .args(answer_flags(&path_with("2026-11")))
            .assert()
            .success()
            .get_output()
            .stdout
            .clone();
        let text = String::from_utf8(out).unwrap();
        assert!(text.contains(expect), "{lang}: {text}");
    }
}

#[test]
fn bad_today_is_a_usage_error() {
    for bad in ["2026-13-01", "yesterday", "2026-02-30"] {
        assert_cmd::Command::cargo_bin("yibao-guide")
            .unwrap()
            .args(["--today", bad, "--lang", "en", "validate"])
            .assert()
            .code(2);
    }
}
