//! `generate man` and `generate completions`: built from the same localized command as
//! `--help`, so a snapshot of each shows any change to options, commands or their words.
//! The man page also carries what clap cannot know: exit status, configuration and files.

use assert_cmd::Command;

fn generate(args: &[&str]) -> String {
    let out = Command::cargo_bin("yibao-guide")
        .unwrap()
        .env("XDG_CONFIG_HOME", "/nonexistent/yibao-guide-tests")
        .args(args)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    String::from_utf8(out).unwrap()
}

#[test]
fn the_man_page_in_both_languages() {
    for (lang, exit_heading, config_heading) in [
        ("en", "EXIT STATUS", "CONFIGURATION"),
        ("zh", "退出状态", "配置"),
    ] {
        let man = generate(&["--lang", lang, "generate", "man"]);
        assert!(
            man.starts_with(".ie") || man.starts_with(".TH"),
            "{lang}: roff"
        );
        assert!(man.contains(&format!(".SH \"{exit_heading}\"")), "{lang}");
        for code in ["0", "2", "65", "74"] {
            assert!(
                man.contains(&format!(".TP\n.B {code}\n")),
                "{lang}: exit {code}"
            );
        }
        assert!(man.contains(&format!(".SH \"{config_heading}\"")), "{lang}");
        // Every configuration key, from the commented default file.
        for key in [
            "mode:",
            "idle_timeout_seconds:",
            "countdown_seconds:",
            "operator_exit:",
            "export_dir:",
            "print_command:",
            "print_width:",
            "borders:",
        ] {
            assert!(man.contains(key), "{lang}: {key}");
        }
        // Every command, as --help lists them.
        for command in [
            "checklist",
            "questions",
            "validate",
            "paths",
            "graph",
            "config",
            "generate",
        ] {
            assert!(man.contains(command), "{lang}: {command}");
        }
        insta::assert_snapshot!(format!("man_{lang}"), man);
    }
}

#[test]
fn completions_for_bash_zsh_and_fish() {
    for shell in ["bash", "zsh", "fish"] {
        let script = generate(&["--lang", "en", "generate", "completions", shell]);
        for word in ["checklist", "answers", "format", "generate"] {
            assert!(script.contains(word), "{shell}: {word}");
        }
        insta::assert_snapshot!(format!("completions_{shell}"), script);
    }
}

#[test]
fn version_names_the_content_version_and_review_date() {
    let en = generate(&["--lang", "en", "--version"]);
    assert!(en.starts_with("yibao-guide "), "{en}");
    assert!(en.contains("content 2026.11.3"), "{en}");
    assert!(en.contains("29 November 2026"), "{en}");
    let zh = generate(&["--lang", "zh", "--version"]);
    assert!(
        zh.contains("内容版本2026.11.3") && zh.contains("2026年11月29日"),
        "{zh}"
    );
}
