//! The command line's own words in the person's language: help (headings, usage, every
//! option, wrapped Chinese-aware to the width) and clap's errors, which clap itself only
//! writes in English.

mod common;

use common::*;
use yibao_guide::wrap::width;

fn out(args: &[&str], columns: &str) -> (Option<i32>, String, String) {
    let o = guide().env("COLUMNS", columns).args(args).output().unwrap();
    (
        o.status.code(),
        String::from_utf8(o.stdout).unwrap(),
        String::from_utf8(o.stderr).unwrap(),
    )
}

/// English words of clap or of the derive's doc comments that must not reach Chinese help.
const ENGLISH: &[&str] = &[
    "Usage",
    "Options:",
    "Commands:",
    "Arguments:",
    "Print help",
    "Print version",
    "[default:",
    "[possible values",
    "Colours of the full-screen guide",
    "Take the answers from a resume code",
    "Configuration file",
    "Print this message",
];

#[test]
fn chinese_help_is_chinese_and_wrapped_for_every_command() {
    for command in [
        &[][..],
        &["checklist"],
        &["questions"],
        &["validate"],
        &["paths"],
        &["graph"],
        &["config"],
        &["generate"],
        &["generate", "man"],
        &["generate", "completions"],
        &["help"],
    ] {
        let mut args = vec!["--lang", "zh"];
        args.extend_from_slice(command);
        args.push("--help");
        let (code, help, _) = out(&args, "50");
        assert_eq!(code, Some(0), "{args:?}");
        let usage = format!("用法：yibao-guide {}", command.join(" "));
        assert!(help.contains(usage.trim_end()), "{args:?}:\n{help}");
        assert!(help.contains("\n选项：\n"), "{args:?}:\n{help}");
        // A Chinese heading ends with a full-width colon, never clap's ASCII one.
        assert!(
            !help.lines().any(|l| l.ends_with(':') && !l.is_ascii()),
            "{args:?}:\n{help}"
        );
        assert!(help.contains("显示本帮助。"), "{args:?}:\n{help}");
        for english in ENGLISH {
            assert!(!help.contains(english), "{args:?}: {english:?} in\n{help}");
        }
        for line in help.lines() {
            assert!(
                width(line) <= 50,
                "{args:?}: {} cells: {line:?}",
                width(line)
            );
        }
    }
    let (_, help, _) = out(&["--lang", "zh", "--help"], "50");
    assert!(help.contains("\n命令：\n"), "{help}");
    // Arguments have a heading of their own, in Chinese too.
    let (_, shell, _) = out(&["--lang", "zh", "generate", "completions", "--help"], "80");
    assert!(shell.contains("\n参数：\n  <SHELL>\n"), "{shell}");
    assert!(shell.find("参数：") < shell.find("选项："), "{shell}");
    assert!(help.contains("用法：yibao-guide [选项] [命令]"), "{help}");
    // `help COMMAND` is the command's help, in Chinese too.
    let (code, help, _) = out(&["--lang", "zh", "help", "checklist"], "80");
    assert_eq!(code, Some(0));
    assert!(
        help.contains("用法：yibao-guide checklist [选项]"),
        "{help}"
    );
}

#[test]
fn english_help_keeps_its_layout() {
    let (code, help, _) = out(&["--lang", "en", "--help"], "100");
    assert_eq!(code, Some(0));
    assert!(
        help.contains("Usage: yibao-guide [OPTIONS] [COMMAND]"),
        "{help}"
    );
    assert!(
        help.contains("Commands:") && help.contains("Options:"),
        "{help}"
    );
    assert!(help.contains("  -h, --help"), "{help}");
    let (_, help, _) = out(&["--lang", "en", "checklist", "--help"], "100");
    assert!(
        help.contains("Output format: text, markdown or json (default: text)."),
        "{help}"
    );
    let (code, version, _) = out(&["--lang", "zh", "--version"], "80");
    assert_eq!(code, Some(0));
    assert!(version.starts_with("yibao-guide "), "{version}");
}

#[test]
fn command_line_errors_speak_the_persons_language() {
    let cases: &[(&[&str], &str, &str)] = &[
        (
            &["--frobnicate"],
            "没有 --frobnicate 这个选项。",
            "unknown option --frobnicate.",
        ),
        (
            &["checklist", "--formt", "json"],
            "您是不是要用 --format？",
            "Did you mean --format?",
        ),
        (
            &["checklist", "--format", "yaml"],
            "请使用以下之一：text、markdown、json。",
            "use one of: text, markdown, json.",
        ),
        (
            &["chekclist"],
            "没有 chekclist 这个命令。您是不是要用 checklist？",
            "Did you mean checklist?",
        ),
        (
            &["checklist", "--width", "abc"],
            "不接受「abc」",
            "abc is not accepted for --width",
        ),
        (
            &["--kiosk", "--counselor"],
            "不能与",
            "cannot be used together with",
        ),
        (&["checklist", "--format"], "需要一个值", "needs a value"),
        (
            &["help", "nope"],
            "没有 nope 这个命令",
            "unknown command nope",
        ),
    ];
    for (args, zh, en) in cases {
        for (lang, expect) in [("zh", zh), ("en", en)] {
            let mut all = vec!["--lang", lang];
            all.extend_from_slice(args);
            let (code, stdout, stderr) = out(&all, "80");
            assert_eq!(code, Some(2), "{all:?}: {stderr}");
            assert!(stdout.is_empty(), "{all:?}");
            assert!(
                stderr.contains(expect),
                "{all:?}: {expect:?} not in\n{stderr}"
            );
            if lang == "zh" {
                for english in ["error:", "unexpected", "Usage", "For more information"] {
                    assert!(
                        !stderr.contains(english),
                        "{all:?}: {english:?} in\n{stderr}"
                    );
                }
            }
        }
    }
}
