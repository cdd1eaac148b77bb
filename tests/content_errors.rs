//! A content author's mistakes: each broken copy of the shipped content must be reported
//! with the file and line to fix, and a data-error exit code.

mod common;

use common::*;
use predicates::prelude::*;

/// Breaks the fixture with `from` -> `to` in `rel`, runs validate, and checks that the
/// report names `rel` at the line of the change and contains `expect`.
fn broken(rel: &str, from: &str, to: &str, expect: &str) {
    let f = Fixture::new();
    let line = f.replace(rel, from, to);
    let name = rel.rsplit('/').next().unwrap();
    let assert = f.validate().code(65);
    let stderr = String::from_utf8(assert.get_output().stderr.clone()).unwrap();
    // A YAML parser may only notice a mistake on the line after it.
    let located = [format!("{name}:{line}:"), format!("{name}:{}:", line + 1)];
    assert!(
        stderr
            .lines()
            .any(|l| located.iter().any(|at| l.contains(at.as_str())) && l.contains(expect)),
        "expected a line with {located:?} and {expect:?} in:\n{stderr}"
    );
    assert!(
        stderr.contains("How to fix:"),
        "every problem says how to fix it:\n{stderr}"
    );
}

#[test]
fn yaml_syntax_error() {
    broken(
        "content/questions.yaml",
        "    options: [receiving, not_receiving, unsure]",
        "    options: [receiving, not_receiving",
        "YAML problem",
    );
}

#[test]
fn misspelt_field() {
    broken(
        "content/questions.yaml",
        "      - goto: plan\n",
        "      - gotp: plan\n",
        "unknown field",
    );
}

#[test]
fn route_to_nowhere() {
    broken(
        "content/questions.yaml",
        "      - goto: city",
        "      - goto: cty",
        "goto cty names no question",
    );
}

#[test]
fn duplicate_item_id() {
    broken(
        "content/checklist.yaml",
        "  - id: payment-receipts",
        "  - id: id-documents",
        "used twice",
    );
}

#[test]
fn condition_with_unknown_option() {
    broken(
        "content/checklist.yaml",
        "when: { answer: reason, in: [laid_off] }",
        "when: { answer: reason, in: [fired] }",
        "has no option fired",
    );
}

#[test]
fn condition_with_unknown_question() {
    broken(
        "content/checklist.yaml",
        "when: { answer: plan, in: [new_employer] }",
        "when: { answer: plans, in: [new_employer] }",
        "no question plans",
    );
}

#[test]
fn condition_with_unknown_fact() {
    broken(
        "content/questions.yaml",
        "      - when: { fact: gap_months, max: 0 }\n        goto: plan",
        "      - when: { fact: gap_years, max: 0 }\n        goto: plan",
        "no fact gap_years",
    );
}

#[test]
fn unknown_source() {
    broken(
        "content/checklist.yaml",
        "    sources: [sil#4, sil#74]",
        "    sources: [sil#4, silly]",
        "no source silly",
    );
}

#[test]
fn fluent_syntax_error() {
    broken(
        "locales/en-US/content.ftl",
        "    .short = Reason for the gap",
        "    .short = Reason for { the gap",
        "Fluent syntax error",
    );
}

#[test]
fn message_missing_in_one_language() {
    // Removing the English option label is reported against the question that needs it.
    let f = Fixture::new();
    f.replace(
        "locales/en-US/content.ftl",
        "q-reason-moved = I moved my hukou or my home to another city\n",
        "",
    );
    f.validate()
        .code(65)
        .stderr(
            predicate::str::contains("questions.yaml:4:").and(predicate::str::contains(
                "en-US has no message q-reason-moved",
            )),
        );
}

#[test]
fn unused_message() {
    let f = Fixture::new();
    let line = f.replace(
        "locales/zh-CN/content.ftl",
        "## ",
        "item-left-over = 多余的条目\n## ",
    );
    f.validate().code(65).stderr(
        predicate::str::contains(format!("content.ftl:{line}:"))
            .and(predicate::str::contains("item-left-over is not used")),
    );
}

#[test]
fn unknown_variable_in_a_message() {
    broken(
        "locales/en-US/content.ftl",
        "q-reason-moved = I moved my hukou or my home to another city",
        "q-reason-moved = I moved { $gap_weeks } ago",
        "not a fact",
    );
}

#[test]
fn unreachable_question_and_cycle() {
    let f = Fixture::new();
    let line = f.replace(
        "content/questions.yaml",
        "      - goto: city\n",
        "      - goto: plan\n",
    );
    let out = f.validate().code(65).get_output().stderr.clone();
    let stderr = String::from_utf8(out).unwrap();
    assert!(stderr.contains("routing loops: plan -> plan"), "{stderr}");
    assert!(
        stderr.contains("no path reaches the question city"),
        "{stderr}"
    );
    let _ = line;
}

#[test]
fn route_reading_a_question_asked_later() {
    // `plan` comes before `city`: routing on the city answer there is a mistake.
    broken(
        "content/questions.yaml",
        "      - goto: city\n",
        "      - when: { answer: city, in: [same] }\n        goto: city\n      - goto: city\n",
        "this rule reads city, which is not asked before it on every path",
    );
}

#[test]
fn item_no_path_can_select() {
    broken(
        "content/checklist.yaml",
        "when: { answer: reason, in: [laid_off] }",
        "when: { all: [{ answer: reason, in: [laid_off] }, { answer: reason, in: [moved] }] }",
        "no path selects the item",
    );
}

#[test]
fn paths_that_end_with_no_steps() {
    // Move every step to the caveats: then no path has a step.
    let f = Fixture::new();
    let path = f.path("content/checklist.yaml");
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, text.replace("section: steps", "section: caveats")).unwrap();
    f.validate()
        .code(65)
        .stderr(predicate::str::contains("paths end with nothing in steps"));
}

#[test]
fn control_characters_are_refused() {
    broken(
        "locales/zh-CN/content.ftl",
        "q-reason = ",
        "q-reason = \u{1b}[31m",
        "control character U+001B",
    );
}

#[test]
fn several_problems_are_reported_at_once() {
    let f = Fixture::new();
    f.replace(
        "content/questions.yaml",
        "      - goto: city",
        "      - goto: cty",
    );
    f.replace(
        "content/checklist.yaml",
        "    sources: [sil#4, sil#74]",
        "    sources: [silly]",
    );
    f.validate().code(65).stderr(
        predicate::str::contains("cty")
            .and(predicate::str::contains("silly"))
            .and(predicate::str::contains("problems found")),
    );
}

#[test]
fn a_missing_content_folder_is_an_io_error() {
    guide()
        .args([
            "--lang",
            "en",
            "validate",
            "--content",
            "/nonexistent/yibao",
        ])
        .assert()
        .code(74)
        .stderr(
            predicate::str::contains("/nonexistent/yibao/meta.yaml")
                .and(predicate::str::contains("file not found")),
        );
}

#[test]
fn broken_content_stops_every_command_with_a_data_error() {
    let f = Fixture::new();
    f.replace(
        "content/questions.yaml",
        "      - goto: city",
        "      - goto: cty",
    );
    guide()
        .args(["--lang", "en", "checklist", "--content"])
        .arg(f.content())
        .args(answer_flags(FLEXIBLE_SAME_CITY))
        .assert()
        .code(65)
        .stdout(predicate::str::is_empty())
        .stderr(predicate::str::contains("questions.yaml:"));
}

#[test]
fn non_utf8_and_huge_files_are_refused() {
    let f = Fixture::new();
    std::fs::write(
        f.path("content/meta.yaml"),
        b"content_version: \"1\"\nreviewed: \xff\xfe\n",
    )
    .unwrap();
    f.validate().code(65).stderr(
        predicate::str::contains("meta.yaml:2:").and(predicate::str::contains("not UTF-8")),
    );
    let f = Fixture::new();
    std::fs::write(f.path("content/sources.yaml"), "#".repeat(2 * 1024 * 1024)).unwrap();
    f.validate()
        .code(65)
        .stderr(predicate::str::contains("sources.yaml").and(predicate::str::contains("limit")));
}

#[test]
fn yaml_bombs_hit_a_limit() {
    let f = Fixture::new();
    let mut bomb = String::from("a: &a [x, x, x, x, x, x, x, x, x]\n");
    for i in 0..2000 {
        bomb.push_str(&format!("b{i}: *a\n"));
    }
    std::fs::write(f.path("content/meta.yaml"), bomb).unwrap();
    f.validate()
        .code(65)
        .stderr(predicate::str::contains("meta.yaml"));
}

/// YAML and Fluent escapes write characters that the raw lines do not show: every value is
/// checked once parsed, string literals included.
#[test]
fn escaped_control_characters_are_refused() {
    let number = "    number: 医保办发〔2021〕43号";
    broken(
        "content/sources.yaml",
        number,
        "    number: \"医保办发\\e[31m\"",
        "control character U+001B",
    );
    broken(
        "content/sources.yaml",
        number,
        "    number: \"\\u202E43号\"",
        "control character U+202E",
    );
    broken(
        "content/checklist.yaml",
        "    sources: [sil#4, sil#74]",
        "    sources: [\"sil#4\\r\", sil#74]",
        "control character U+000D",
    );
    broken(
        "locales/en-US/content.ftl",
        "q-reason = ",
        "q-reason = {\"\\u001B\"}[2J",
        "control character U+001B",
    );
    broken(
        "locales/zh-CN/ui.ftl",
        "ui-title = ",
        "ui-title = {\"\\u202E\"}",
        "control character U+202E",
    );
}

/// Invisible characters could make an id that looks right differ from the one a route
/// names, and a line separator breaks a line on some terminals: each is refused where it
/// is, in YAML and in Fluent, written as itself or as an escape.
#[test]
fn invisible_characters_and_line_separators_are_refused() {
    broken(
        "content/questions.yaml",
        "      - laid_off\n",
        "      - laid\u{200B}_off\n",
        "U+200B",
    );
    broken(
        "content/checklist.yaml",
        "sections:",
        "sections:   # \u{FEFF}",
        "U+FEFF",
    );
    broken(
        "locales/zh-CN/ui.ftl",
        "ui-title = ",
        "ui-title = \u{2028}",
        "U+2028",
    );
    broken(
        "locales/en-US/ui.ftl",
        "ui-title = ",
        "ui-title = {\"\\u2060\"}",
        "U+2060",
    );
}

/// A byte order mark at the start of a file, as some Windows editors save it, is allowed.
#[test]
fn files_saved_with_a_byte_order_mark_load() {
    let f = Fixture::new();
    for rel in [
        "content/meta.yaml",
        "locales/en-US/ui.ftl",
        "locales/zh-CN/content.ftl",
    ] {
        let text = std::fs::read_to_string(f.path(rel)).unwrap();
        std::fs::write(f.path(rel), format!("\u{FEFF}{text}")).unwrap();
    }
    f.validate().success();
}

/// A carriage return may only end a line (CRLF, as Windows editors save files).
#[test]
fn carriage_returns_only_as_line_endings() {
    broken(
        "content/questions.yaml",
        "      - goto: city",
        "      - goto: ci\rty",
        "control character U+000D",
    );
    broken(
        "locales/en-US/ui.ftl",
        "ui-title = ",
        "ui-title = over\rwritten ",
        "control character U+000D",
    );
    let f = Fixture::new();
    for dir in [
        f.content(),
        f.locales().join("en-US"),
        f.locales().join("zh-CN"),
    ] {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            let text = std::fs::read_to_string(&path).unwrap();
            std::fs::write(&path, text.replace('\n', "\r\n")).unwrap();
        }
    }
    f.validate()
        .success()
        .stdout(predicate::str::contains("Content is valid"));
}

/// Placeables nested past the limit are refused with file:line before fluent-syntax's
/// recursive parser sees them: 15,000 levels overflowed the stack and aborted the process.
#[test]
fn fluent_nested_too_deep_is_refused_before_parsing() {
    let f = Fixture::new();
    let path = f.path("locales/en-US/ui.ftl");
    let mut text = std::fs::read_to_string(&path).unwrap();
    let line = text.lines().count() + 1;
    let n = 15_000;
    text.push_str(&format!(
        "deep = {}\"x\"{}\n",
        "{ ".repeat(n),
        " }".repeat(n)
    ));
    std::fs::write(&path, text).unwrap();
    let out = f.validate().code(65).get_output().clone();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains(&format!(
            "ui.ftl:{line}: placeables or argument lists are nested more than 16 levels deep"
        )),
        "{stderr}"
    );
    assert!(stderr.contains("How to fix:"), "{stderr}");
}

/// An alias bomb gets a whole sentence, not the parser's internals cut off mid-way.
#[test]
fn yaml_limits_are_named_in_whole_sentences() {
    let f = Fixture::new();
    let aliases = vec!["*s"; 2000].join(", ");
    let line = f.replace(
        "content/checklist.yaml",
        "sections: [materials,",
        &format!("sections: [&s materials, {aliases},"),
    );
    let out = f.validate().code(65).get_output().clone();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains(&format!("checklist.yaml:{line}:"))
            && stderr.contains(
                "the YAML goes past a safety limit: it uses more than 1000 aliases (*name)."
            ),
        "{stderr}"
    );
    assert!(
        !stderr.contains("(used") && !stderr.contains("budget"),
        "{stderr}"
    );
}

#[test]
fn spoken_form_missing_in_one_language_or_holding_marks() {
    // The Chinese spoken form of the situations question goes: reported at the Chinese
    // message, naming the language that has one; a bracket in the English one is named.
    let f = Fixture::new();
    f.replace(
        "locales/zh-CN/content.ftl",
        "    .spoken = 下面这些情况，有没有符合您的？可以多选。\n",
        "",
    );
    f.validate().code(65).stderr(
        predicate::str::contains("q-situations")
            .and(predicate::str::contains(".spoken"))
            .and(predicate::str::contains("zh-CN/content.ftl:")),
    );
    broken(
        "locales/en-US/content.ftl",
        "    .spoken = Does any of these apply to you? You can choose more than one.",
        "    .spoken = Does any of these apply to you? (You can choose more than one.)",
        "spoken form of q-situations still has (",
    );
}
