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

/// Placeables nested 15,000 deep in a locale line overflowed the parser's stack and aborted
/// the process (exit 134) in `validate`, `checklist` and the guide itself. Each now refuses
/// the file with its line, before parsing it.
#[test]
fn deeply_nested_fluent_stops_every_command_cleanly() {
    let f = Fixture::new();
    let path = f.path("locales/zh-CN/ui.ftl");
    let mut text = std::fs::read_to_string(&path).unwrap();
    let line = text.lines().count() + 1;
    let n = 15_000;
    text.push_str(&format!(
        "deep = {}\"x\"{}\n",
        "{ ".repeat(n),
        " }".repeat(n)
    ));
    std::fs::write(&path, text).unwrap();
    let at = format!("ui.ftl:{line}: placeables or argument lists are nested more than 16");
    let expect = || predicate::str::contains(at.as_str());
    guide()
        .args(["--lang", "en", "validate", "--locales"])
        .arg(f.locales())
        .assert()
        .code(65)
        .stderr(expect());
    guide()
        .args(["--lang", "en", "checklist", "--locales"])
        .arg(f.locales())
        .args(answer_flags(FLEXIBLE_SAME_CITY))
        .assert()
        .code(65)
        .stdout(predicate::str::is_empty())
        .stderr(expect());
    // The guide loads its text the same way, whether it then runs full-screen or line by
    // line (stdin is not a terminal here, so it runs line by line).
    guide()
        .args(["--lang", "en", "--locales"])
        .arg(f.locales())
        .write_stdin("1\n")
        .assert()
        .code(65)
        .stderr(expect());
    let files = yibao_guide::engine::files::GuideFiles::embedded()
        .with_locales_dir(&f.locales())
        .unwrap();
    let problems = yibao_guide::guide::Guide::load(&files)
        .err()
        .expect("refused");
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0].code, "fluent-too-deep");
    assert_eq!(problems[0].loc.as_ref().unwrap().line as usize, line);
}

/// A carriage return (it moves the cursor back over what a line showed) and escaped control
/// characters are refused in answers files, `--answer` flags and the configuration alike;
/// files with CRLF line endings still load.
#[test]
fn carriage_returns_and_escaped_controls_are_refused_in_answers_and_config() {
    let dir = tempfile::tempdir().unwrap();
    let answers: [(&str, &str, &str); 5] = [
        ("cr.yaml", "reason: resi\rgned\n", "U+000D"),
        ("esc.yaml", "reason: \"\\e[31mresigned\"\n", "U+001B"),
        ("bidi.yaml", "reason: \"\\u202Eresigned\"\n", "U+202E"),
        ("key.yaml", "\"re\\x1bason\": resigned\n", "U+001B"),
        ("binary.yaml", "reason: !!binary Gw==\n", "U+001B"),
    ];
    for (name, text, char) in answers {
        let file = dir.path().join(name);
        std::fs::write(&file, text).unwrap();
        guide()
            .args(["--lang", "en", "checklist", "--answers"])
            .arg(&file)
            .assert()
            .code(2)
            .stderr(
                predicate::str::contains(format!("{name}:1: control character {char}"))
                    .and(predicate::str::contains("\r").not()),
            );
    }
    let mut flags = answer_flags(FLEXIBLE_SAME_CITY);
    flags.push("--answer".into());
    flags.push("plan=flex\rible".into());
    guide()
        .args(["--lang", "en", "checklist"])
        .args(flags)
        .assert()
        .code(2)
        .stderr(
            predicate::str::contains("--answer: control character U+000D")
                .and(predicate::str::contains("\r").not()),
        );
    let crlf = dir.path().join("crlf.yaml");
    let text: String = FLEXIBLE_SAME_CITY
        .iter()
        .map(|(k, v)| format!("{k}: \"{v}\"\r\n"))
        .collect();
    std::fs::write(&crlf, text).unwrap();
    guide()
        .args(["--lang", "en", "checklist", "--answers"])
        .arg(&crlf)
        .assert()
        .success();

    // A bad configuration is a usage error (2), like a bad flag.
    let configs: [(&str, &str, i32, &str); 4] = [
        ("ok.yaml", "mode: counselor\r\ntheme: mono\r\n", 0, ""),
        (
            "cr.yaml",
            "mode: stand\rard\n",
            2,
            "cr.yaml:1: control character U+000D",
        ),
        (
            "esc.yaml",
            "theme: \"\\emono\"\n",
            2,
            "esc.yaml:1: control character U+001B",
        ),
        (
            "pin.yaml",
            "print_command: [lp, \"\\u202E\"]\n",
            2,
            "pin.yaml:1: control character U+202E",
        ),
    ];
    for (name, text, code, expect) in configs {
        let file = dir.path().join("config").join(name);
        std::fs::create_dir_all(file.parent().unwrap()).unwrap();
        std::fs::write(&file, text).unwrap();
        guide()
            .args(["--lang", "en", "config", "--config"])
            .arg(&file)
            .assert()
            .code(code)
            .stderr(predicate::str::contains(expect));
    }
}

/// A bidirectional override written as a YAML escape in the content reached the JSON output
/// raw (JSON escapes control characters, not U+202E). The content is refused instead.
#[test]
fn escaped_bidi_overrides_in_content_never_reach_json() {
    let f = Fixture::new();
    f.replace(
        "content/sources.yaml",
        "    number: 医保办发〔2021〕43号",
        "    number: \"医保办发\\u202E号34〕1202〔\"",
    );
    let out = guide()
        .args(["--lang", "en", "checklist", "--format", "json", "--content"])
        .arg(f.content())
        .args(answer_flags(FLEXIBLE_SAME_CITY))
        .assert()
        .code(65)
        .stderr(predicate::str::contains("control character U+202E"))
        .get_output()
        .clone();
    let all = [out.stdout, out.stderr].concat();
    let override_bytes = "\u{202E}".as_bytes();
    assert!(!all.windows(3).any(|w| w == override_bytes));
}

/// File names and typed paths are shown sanitized: a locale file named with an OSC 52
/// sequence set the terminal's clipboard when `validate` named it.
#[test]
fn escape_sequences_in_file_names_never_reach_the_terminal() {
    let raw = |out: &std::process::Output| {
        let all = [out.stdout.clone(), out.stderr.clone()].concat();
        assert!(
            !all.contains(&0x1b) && !all.contains(&0x07),
            "raw escape reached the terminal: {:?}",
            String::from_utf8_lossy(&all)
        );
    };
    let osc = "\u{1b}]52;c;SGVsbG8=\u{7}";
    let f = Fixture::new();
    std::fs::write(f.path(&format!("locales/en-US/{osc}.ftl")), "not Fluent\n").unwrap();
    let out = guide()
        .args(["--lang", "en", "validate", "--locales"])
        .arg(f.locales())
        .assert()
        .code(65)
        .stderr(predicate::str::contains(
            "\u{FFFD}]52;c;SGVsbG8=\u{FFFD}.ftl:1: Fluent syntax error",
        ))
        .get_output()
        .clone();
    raw(&out);

    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join(format!("{osc}\u{202E}x"));
    let path = bad.display().to_string();
    let output = bad.join("out.md").display().to_string();
    let mut to_output = vec!["checklist".to_owned(), "--output".into(), output];
    to_output.extend(answer_flags(FLEXIBLE_SAME_CITY));
    let typed: [Vec<String>; 5] = [
        vec!["checklist".into(), "--answers".into(), path.clone()],
        vec!["--config".into(), path.clone(), "validate".into()],
        vec!["validate".into(), "--content".into(), path.clone()],
        vec!["validate".into(), "--locales".into(), path],
        to_output,
    ];
    for args in typed {
        let out = guide()
            .args(["--lang", "en"])
            .args(&args)
            .assert()
            .code(74)
            .get_output()
            .clone();
        raw(&out);
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert!(
            stderr.contains("\u{FFFD}]52;c;SGVsbG8=\u{FFFD}"),
            "{args:?}: {stderr}"
        );
        assert!(!stderr.contains('\u{202E}'), "{args:?}: {stderr}");
    }
}

/// The alias limit's message used to end in a stray "(used": it is a whole sentence now.
#[test]
fn an_alias_bomb_in_answers_gets_a_whole_message() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("bomb.yaml");
    let mut text = String::from("base: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for i in 1..10 {
        let refs = vec![format!("*a{}", i - 1); 9].join(", ");
        text.push_str(&format!("k{i}: &a{i} [{refs}]\n"));
    }
    text.push_str("answers: {}\n");
    std::fs::write(&file, text).unwrap();
    for (lang, expect) in [
        (
            "en",
            "the YAML goes past a safety limit: it holds, or its aliases expand to, too much data.",
        ),
        ("zh", "YAML超出安全限制：数据过多，或别名展开后数据过多。"),
    ] {
        let out = guide()
            .args(["--lang", lang, "checklist", "--answers"])
            .arg(&file)
            .assert()
            .code(2)
            .stderr(predicate::str::contains(expect))
            .get_output()
            .clone();
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert!(
            !stderr.contains("(used") && !stderr.contains("Nodes"),
            "{stderr}"
        );
    }
}
