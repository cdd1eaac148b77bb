//! Reading aloud through a configured command, end to end with the library: the fake engine
//! in tests/fixtures/fake-speak logs what it was given, so a test hears what a person would.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};
use yibao_guide::config::{self, SpeakCommand};
use yibao_guide::engine::answers::{AnswerValue, Answers};
use yibao_guide::engine::flow::walk;
use yibao_guide::guide::Guide;
use yibao_guide::i18n::Lang;
use yibao_guide::speak::{Speaker, text};

fn fake_speak() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/fake-speak")
}

/// The fake engine, logging to `log`, sleeping `sleep` seconds first (through `env`: the
/// command runs without a shell).
fn command(log: &Path, sleep: &str) -> Vec<String> {
    vec![
        "env".into(),
        format!("FAKE_SPEAK_LOG={}", log.display()),
        format!("FAKE_SPEAK_SLEEP={sleep}"),
        fake_speak().display().to_string(),
    ]
}

fn wait_until(limit: Duration, mut done: impl FnMut() -> bool) -> bool {
    let end = Instant::now() + limit;
    while Instant::now() < end {
        if done() {
            return true;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    false
}

fn log_text(log: &Path) -> String {
    std::fs::read_to_string(log).unwrap_or_default()
}

#[test]
fn a_configured_command_reads_the_question_screen_in_each_language() {
    let dir = tempfile::tempdir().unwrap();
    let log = dir.path().join("said.txt");
    let guide = Guide::embedded().unwrap();
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
    let w = walk(&guide.content, &Answers::default(), today);
    let q = guide.content.start;
    let chosen = AnswerValue::Choice("laid_off".into());
    let mut speaker = Speaker::new(SpeakCommand::both(command(&log, "")));
    for lang in Lang::ALL {
        let said = text::question_screen(&guide, lang, &w, q, Some(&chosen));
        speaker.speak(lang, &said).unwrap();
        assert!(wait_until(Duration::from_secs(10), || !speaker.is_speaking()));
        assert_eq!(speaker.poll(), None);
    }
    let heard = log_text(&log);
    let parts: Vec<&str> = heard.split("\n----\n").collect();
    assert_eq!(parts.len(), 3, "two utterances: {heard}");
    assert!(parts[0].starts_with("第1步"), "{heard}");
    assert!(
        parts[0].contains("2，被裁员或非本人意愿失业，已选。"),
        "{heard}"
    );
    assert!(parts[1].starts_with("Step 1 of about"), "{heard}");
    assert!(parts[1].contains(", selected."), "{heard}");
}

#[test]
fn a_per_language_command_from_the_configuration_is_used_for_that_language() {
    let dir = tempfile::tempdir().unwrap();
    let zh_log = dir.path().join("zh.txt");
    let en_log = dir.path().join("en.txt");
    let quote = |v: Vec<String>| {
        let items: Vec<String> = v.iter().map(|a| format!("\"{a}\"")).collect();
        format!("[{}]", items.join(", "))
    };
    let yaml = format!(
        "speak_command:\n  zh: {}\n  en: {}\n",
        quote(command(&zh_log, "")),
        quote(command(&en_log, ""))
    );
    let c = config::parse("c.yaml", &yaml).unwrap();
    let mut speaker = Speaker::from_config(&c).expect("configured");
    speaker.speak(Lang::Zh, "你好。").unwrap();
    assert!(wait_until(Duration::from_secs(10), || !speaker.is_speaking()));
    speaker.speak(Lang::En, "Hello.").unwrap();
    assert!(wait_until(Duration::from_secs(10), || !speaker.is_speaking()));
    assert_eq!(log_text(&zh_log), "你好。\n----\n");
    assert_eq!(log_text(&en_log), "Hello.\n----\n");
    assert!(Speaker::from_config(&config::Config::default()).is_none());
}

#[test]
fn pressing_again_stops_and_a_new_screen_replaces_what_is_said() {
    let dir = tempfile::tempdir().unwrap();
    let log = dir.path().join("said.txt");
    let mut speaker = Speaker::new(SpeakCommand::both(command(&log, "30")));
    assert_eq!(speaker.toggle(Lang::Zh, "第一屏"), Ok(true));
    assert!(speaker.is_speaking(), "still speaking while it sleeps");
    assert_eq!(speaker.toggle(Lang::Zh, "第一屏"), Ok(false));
    assert!(!speaker.is_speaking());
    // A new screen while speaking: the old utterance is cut, the new one is said.
    speaker.speak(Lang::Zh, "第二屏").unwrap();
    assert!(speaker.is_speaking());
    drop(speaker);
    assert_eq!(
        log_text(&log),
        "",
        "both were stopped before a word was logged"
    );
    let mut quick = Speaker::new(SpeakCommand::both(command(&log, "")));
    quick.speak(Lang::Zh, "第三屏").unwrap();
    assert!(wait_until(Duration::from_secs(10), || !quick.is_speaking()));
    assert_eq!(log_text(&log), "第三屏\n----\n");
    assert_eq!(quick.poll(), None);
}

#[test]
fn a_failing_engine_gives_one_localized_line_once() {
    // The fake engine without its log variable exits 3.
    let mut speaker = Speaker::new(SpeakCommand::both(vec![fake_speak().display().to_string()]));
    speaker.speak(Lang::En, "hello").unwrap();
    let mut problem = None;
    assert!(wait_until(Duration::from_secs(10), || {
        problem = speaker.poll();
        problem.is_some()
    }));
    let problem = problem.unwrap();
    assert_eq!(speaker.poll(), None, "reported once");
    let guide = Guide::embedded().unwrap();
    let zh = yibao_guide::speak::status_line(&guide.locales, Lang::Zh, &problem);
    let en = yibao_guide::speak::status_line(&guide.locales, Lang::En, &problem);
    assert_eq!(zh, "朗读失败：朗读命令报告了错误。");
    assert_eq!(
        en,
        "reading aloud failed: the speech command reported an error."
    );
}
