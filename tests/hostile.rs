//! Hostile and broken input through the real binary: each gets a clear message and a
//! non-zero exit; nothing panics, nothing is half-written, nothing raw reaches the terminal.

mod common;

use common::*;
use predicates::prelude::*;

/// A full disk, simulated with a file-size limit (`ulimit -f`): the write fails part-way.
/// The old file must stay as it was and no temporary file may be left behind.
#[test]
fn a_full_disk_leaves_the_old_file_intact() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("checklist.md");
    std::fs::write(&target, "old checklist\n").unwrap();
    let mut args = vec![
        "--today".to_owned(),
        TODAY.into(),
        "--lang".into(),
        "zh".into(),
        "checklist".into(),
        "--format".into(),
        "markdown".into(),
    ];
    args.extend(answer_flags(FLEXIBLE_SAME_CITY));
    args.push("--output".into());
    args.push(target.display().to_string());
    let quoted: Vec<String> = args
        .iter()
        .map(|a| format!("'{}'", a.replace('\'', "'\\''")))
        .collect();
    // Ignoring SIGXFSZ turns the limit into a write error (EFBIG), as a full disk would.
    let script = format!(
        "trap '' XFSZ; ulimit -f 2; exec '{}' {}",
        env!("CARGO_BIN_EXE_yibao-guide"),
        quoted.join(" ")
    );
    assert_cmd::Command::new("sh")
        .arg("-c")
        .arg(script)
        .env_remove("LANG")
        .assert()
        .code(74)
        .stderr(
            predicate::str::contains("无法写入").and(predicate::str::contains("原有文件未被改动")),
        );
    assert_eq!(std::fs::read_to_string(&target).unwrap(), "old checklist\n");
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names.len(), 1, "no temporary file left: {names:?}");
}

#[test]
fn escape_sequences_in_answers_never_reach_the_terminal() {
    let mut flags = answer_flags(FLEXIBLE_SAME_CITY);
    flags.push("--answer".into());
    flags.push("plan=\u{1b}[2J\u{1b}]52;c;aGk=\u{7}evil".into());
    let out = guide()
        .args(["--lang", "en", "checklist"])
        .args(flags)
        .assert()
        .code(2)
        .get_output()
        .clone();
    let all = [out.stdout, out.stderr].concat();
    assert!(
        !all.contains(&0x1b),
        "raw ESC reached the terminal: {:?}",
        String::from_utf8_lossy(&all)
    );
    assert!(!all.contains(&0x07), "raw BEL reached the terminal");
    // The same in an answers file is refused outright.
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("a.yaml");
    std::fs::write(&file, "reason: \"\u{1b}[31mresigned\"\n").unwrap();
    guide()
        .args(["--lang", "en", "checklist", "--answers"])
        .arg(&file)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("control character"));
}

#[test]
fn broken_answers_files_are_refused_clearly() {
    let dir = tempfile::tempdir().unwrap();
    let cases: [(&str, &[u8], i32, &str); 4] = [
        ("empty.yaml", b"", 2, "empty"),
        ("latin1.yaml", b"reason: r\xe9sign\xe9\n", 2, "not UTF-8"),
        ("list.yaml", b"- reason\n- plan\n", 2, "YAML problem"),
        ("huge.yaml", &[b'#'; 100 * 1024], 2, "limit"),
    ];
    for (name, bytes, code, expect) in cases {
        let file = dir.path().join(name);
        std::fs::write(&file, bytes).unwrap();
        guide()
            .args(["--lang", "en", "checklist", "--answers"])
            .arg(&file)
            .assert()
            .code(code)
            .stderr(predicate::str::contains(expect).and(predicate::str::contains(name)));
    }
    // A folder where a file should be.
    guide()
        .args(["--lang", "en", "checklist", "--answers"])
        .arg(dir.path())
        .assert()
        .code(74);
}

#[test]
fn absurd_dates_and_lengths_are_refused() {
    for (flag, expect) in [
        ("gap_start=2026-13", "month 13 does not exist"),
        ("gap_start=2030-01", "later than"),
        ("gap_start=1900-01", "out of range"),
        ("gap_months=-1", "whole number"),
        ("gap_months=100000", "longer than"),
        ("gap_months=4.5", "whole number"),
    ] {
        let mut flags: Vec<String> = answer_flags(&FLEXIBLE_SAME_CITY[..1]);
        flags.push("--answer".into());
        flags.push(flag.into());
        guide()
            .args(["--lang", "en", "checklist"])
            .args(flags)
            .assert()
            .code(2)
            .stderr(predicate::str::contains(expect));
    }
}
