//! A site's own office (configuration `office`) is shown first among the checklist's
//! contacts, in both languages and in every format; without it nothing changes, and bad
//! office details are refused with the line.

mod common;

use assert_cmd::Command;
use common::FLEXIBLE_SAME_CITY;

const SITE: &str = "office:\n  name: { zh: 某某市医疗保障事务中心, en: Moumou City Medical Insurance Centre }\n  address: { zh: 某某路1号, en: \"1 Moumou Road\" }\n  hours: { zh: 工作日9:00至17:00, en: \"Weekdays 9:00 to 17:00\" }\n  phone: \"0571-12393\"\n";

fn checklist(config: &std::path::Path, lang: &str, format: &str) -> String {
    let mut cmd = Command::cargo_bin("yibao-guide").unwrap();
    cmd.env("XDG_CONFIG_HOME", "/nonexistent/yibao-guide-tests")
        .args(["--lang", lang, "--today", "2026-11-22", "--config"])
        .arg(config)
        .args(["checklist", "--format", format]);
    for (k, v) in FLEXIBLE_SAME_CITY {
        cmd.args(["--answer", &format!("{k}={v}")]);
    }
    let out = cmd.assert().success().get_output().stdout.clone();
    String::from_utf8(out).unwrap()
}

#[test]
fn the_office_comes_first_among_the_contacts_in_both_languages_and_every_format() {
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path().join("site.yaml");
    std::fs::write(&site, SITE).unwrap();
    for (lang, heading, expected) in [
        (
            "zh",
            "咨询渠道",
            "本地经办机构：某某市医疗保障事务中心；地址：某某路1号；办公时间：工作日9:00至17:00；电话：0571-12393",
        ),
        (
            "en",
            "Who to contact",
            "Your local office: Moumou City Medical Insurance Centre; address: 1 Moumou Road; opening hours: Weekdays 9:00 to 17:00; phone: 0571-12393",
        ),
    ] {
        let text = checklist(&site, lang, "text");
        let contacts = &text[text.find(heading).expect(heading)..];
        let first = contacts.lines().nth(1).unwrap();
        assert!(first.contains(expected), "{lang}: {first}");
        let md = checklist(&site, lang, "markdown");
        let contacts = &md[md.find(heading).unwrap()..];
        let first_item = contacts.lines().find(|l| l.starts_with("- ")).unwrap();
        assert!(first_item.contains(expected), "{lang}: {first_item}");
        let json: serde_json::Value =
            serde_json::from_str(&checklist(&site, lang, "json")).unwrap();
        let contacts = json["sections"]
            .as_array()
            .unwrap()
            .iter()
            .find(|s| s["id"] == "contacts")
            .unwrap();
        assert_eq!(contacts["items"][0]["id"], "office");
        assert_eq!(contacts["items"][0]["text"], expected);
    }
}

#[test]
fn without_an_office_nothing_changes() {
    let dir = tempfile::tempdir().unwrap();
    let plain = dir.path().join("plain.yaml");
    std::fs::write(&plain, "borders: line\n").unwrap();
    let text = checklist(&plain, "en", "json");
    assert!(!text.contains("\"office\""), "{text}");
    assert!(!text.contains("Your local office"));
}

#[test]
fn bad_office_details_are_refused_with_the_line() {
    let dir = tempfile::tempdir().unwrap();
    for (yaml, expect) in [
        ("office:\n  name: \"\"\n", "office: name is empty"),
        (
            &format!("office:\n  phone: \"{}\"\n", "1".repeat(200)) as &str,
            "office: phone is longer than 120 characters",
        ),
        ("office:\n  fax: \"123\"\n", "fax"),
    ] {
        let site = dir.path().join("bad.yaml");
        std::fs::write(&site, yaml).unwrap();
        let out = Command::cargo_bin("yibao-guide")
            .unwrap()
            .env("XDG_CONFIG_HOME", "/nonexistent/yibao-guide-tests")
            .args(["--lang", "en", "--config"])
            .arg(&site)
            .arg("config")
            .assert()
            .code(2)
            .get_output()
            .stderr
            .clone();
        let err = String::from_utf8(out).unwrap();
        assert!(err.contains("bad.yaml:2") && err.contains(expect), "{err}");
    }
}
