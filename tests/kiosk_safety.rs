//! Findings of a security and reliability review of the kiosk (and what a new user met),
//! each reproduced through `update`, input mapping and drawing, with the clock injected as
//! `Msg::Tick`: no clipboard in a kiosk, bounded text fields, messages that do not outlive
//! a visitor, hints that match the buttons, export names and what happens when a write
//! fails or would replace a file. The end-to-end parts (signals, printing) are in
//! tests/signals_pty.rs.

mod common;

use common::{MOVED_RESIDENT, answers_from, kiosk_config, model, render};
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use std::path::Path;
use yibao_guide::config::{Config, Mode};
use yibao_guide::guide::Guide;
use yibao_guide::i18n::Lang;
use yibao_guide::tui::input::map_event;
use yibao_guide::tui::kiosk::confine;
use yibao_guide::tui::layout::plan;
use yibao_guide::tui::model::{
    Cmd, FILE_NAME_MAX_CHARS, Model, Msg, Overlay, PATH_MAX_CHARS, RESUME_CODE_MAX_CHARS, Screen,
};
use yibao_guide::tui::step as update;
use yibao_guide::tui::update::navigate::start_with_answers;

/// A model of `mode` on the checklist screen.
fn on_checklist<'g>(g: &'g Guide, mode: Mode, config: &Config) -> Model<'g> {
    let mut m = model(g, mode, config);
    let a = answers_from(g, &MOVED_RESIDENT, &m);
    start_with_answers(&mut m, a, None);
    update(&mut m, Msg::Confirm);
    assert_eq!(m.screen, Screen::Checklist);
    m
}

/// Removes all whitespace.
fn squeeze(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// The open dialog's text as laid out for a `w` × `h` screen, without spaces (its wrapped
/// lines joined).
fn dialog_text(m: &Model<'_>, w: u16, h: u16) -> String {
    let overlay = m.overlay.as_ref().expect("a dialog");
    let d = yibao_guide::tui::dialog::dialog(m, overlay, ratatui::layout::Rect::new(0, 0, w, h));
    d.lines.iter().map(|l| squeeze(&l.to_string())).collect()
}

fn key(c: char) -> Event {
    Event::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE))
}

/// The hidden C (or Y) on a kiosk's checklist put the whole checklist, answers and resume
/// code included, on the terminal's clipboard, where it outlived "finish and clear".
#[test]
fn a_kiosk_never_copies_to_the_clipboard() {
    let g = Guide::embedded().unwrap();
    let mut m = on_checklist(&g, Mode::Kiosk, &kiosk_config(None, true));
    for c in ['c', 'C', 'y', 'Y'] {
        assert_ne!(map_event(&m, &key(c)), Some(Msg::Copy), "{c}");
    }
    assert_eq!(
        update(&mut m, Msg::Copy),
        None,
        "no copy asked of the runtime"
    );
    assert!(m.status.is_none());
    let p = plan(&m, 120, 30);
    assert!(p.buttons.iter().all(|(_, msg)| *msg != Msg::Copy));
    // Elsewhere it still copies.
    let standard = Config::default();
    let mut m = on_checklist(&g, Mode::Counselor, &standard);
    assert_eq!(map_event(&m, &key('c')), Some(Msg::Copy));
    assert!(matches!(update(&mut m, Msg::Copy), Some(Cmd::Copy { .. })));
}

/// Opens `overlay`'s dialog (PIN, code, export or save) on a fitting model.
fn open_dialog<'g>(g: &'g Guide, which: &str) -> (Model<'g>, usize) {
    let dir = std::env::temp_dir();
    match which {
        "pin" => {
            let mut m = model(g, Mode::Kiosk, &kiosk_config(None, false));
            update(&mut m, Msg::OperatorKey);
            (m, yibao_guide::config::PIN_MAX_CHARS)
        }
        "code" => {
            let mut m = model(g, Mode::Kiosk, &kiosk_config(None, false));
            update(&mut m, Msg::EnterCode);
            (m, RESUME_CODE_MAX_CHARS)
        }
        "kiosk-export" => {
            let mut m = on_checklist(g, Mode::Kiosk, &kiosk_config(Some(&dir), false));
            update(&mut m, Msg::StartExport);
            (m, FILE_NAME_MAX_CHARS)
        }
        "export" => {
            let mut m = on_checklist(g, Mode::Standard, &Config::default());
            update(&mut m, Msg::StartExport);
            (m, PATH_MAX_CHARS)
        }
        _ => {
            let mut m = on_checklist(g, Mode::Standard, &Config::default());
            update(&mut m, Msg::SaveAnswers);
            (m, PATH_MAX_CHARS)
        }
    }
}

fn field<'m>(m: &'m Model<'_>) -> &'m str {
    match &m.overlay {
        Some(
            Overlay::Export(i)
            | Overlay::OperatorPin(i)
            | Overlay::ResumeCode(i)
            | Overlay::SaveAnswers(i),
        ) => &i.text,
        other => panic!("no text dialog: {other:?}"),
    }
}

/// Every frame drew a text field at a cost that grew with the square of its length, and
/// every field took any length: a pasted 40,000 characters froze a kiosk for minutes (and
/// its idle wipe with it). Each field now stops at its limit, says so, and keeps working.
#[test]
fn a_huge_paste_is_cut_to_the_field_limit_and_the_next_key_still_works() {
    let g = Guide::embedded().unwrap();
    let huge = "a".repeat(40_000);
    for which in ["pin", "code", "kiosk-export", "export", "save"] {
        let (mut m, max) = open_dialog(&g, which);
        for _ in 0..300 {
            update(&mut m, Msg::DeleteChar);
        }
        // As a terminal delivers it: a bracketed paste event, mapped to a message. The PIN
        // field takes no paste, so there the characters are typed.
        match map_event(&m, &Event::Paste(huge.clone())) {
            Some(msg) => {
                update(&mut m, msg);
            }
            None => {
                assert_eq!(which, "pin");
                for _ in 0..max + 100 {
                    update(&mut m, Msg::Char('a'));
                }
            }
        }
        assert_eq!(field(&m).chars().count(), max, "{which}");
        let status = m.status.clone().expect("the limit is said on screen");
        assert_eq!(status.id, "ui-tui-field-full", "{which}");
        assert_eq!(status.arg.as_deref(), Some(max.to_string().as_str()));
        let screen = render(&m, 80, 24);
        assert!(
            screen.contains(&format!("此栏最多可输入{max}个字符。")),
            "{which}:\n{screen}"
        );
        // A key typed into a full field changes nothing; the next edit is handled at once.
        update(&mut m, Msg::Char('b'));
        assert_eq!(field(&m).chars().count(), max, "{which}");
        update(&mut m, Msg::DeleteChar);
        assert_eq!(field(&m).chars().count(), max - 1, "{which}");
        assert!(
            m.status.is_none(),
            "{which}: the note goes once the text changes"
        );
        update(&mut m, Msg::Char('b'));
        assert!(field(&m).ends_with('b'), "{which}");
        // Long typed text scrolls under the cursor, which stays inside the field.
        let screen = render(&m, 80, 24);
        let row = screen
            .lines()
            .find(|l| l.contains("aaaaaaaaaab") || l.contains("*****"))
            .unwrap_or_else(|| panic!("{which}: no field row\n{screen}"));
        assert!(yibao_guide::wrap::width(row) <= 80, "{which}");
    }
    // The month picker takes YYYY-MM and no more.
    let mut m = model(&g, Mode::Standard, &Config::default());
    update(&mut m, Msg::Confirm);
    update(&mut m, Msg::Choose(0));
    for _ in 0..1000 {
        update(&mut m, Msg::Char('2'));
    }
    assert!(m.month.as_ref().unwrap().typed.len() <= 7);
}

/// The field shows the part around the cursor, in one pass, at any length and any width of
/// character: the cursor column never leaves the field.
#[test]
fn a_long_field_shows_the_text_around_the_cursor() {
    use yibao_guide::tui::model::TextInput;
    let mut input = TextInput::new(&"清单".repeat(20_000));
    let (shown, col) = input.window(60, false);
    assert!(col <= 60 && yibao_guide::wrap::width(&shown) >= col);
    assert!(shown.starts_with('清') || shown.starts_with('单'));
    input.cursor = 0;
    let (shown, col) = input.window(60, false);
    assert_eq!(col, 0);
    assert!(shown.starts_with("清单清单"));
    let pin = TextInput::new("2468");
    assert_eq!(pin.window(60, true), ("****".to_owned(), 4));
}

/// A wrong PIN typed on the welcome screen stayed in the status line through the next
/// visitor's whole session; the idle wipe and "finish and clear" must leave no message.
#[test]
fn kiosk_messages_do_not_outlive_the_visitor() {
    let g = Guide::embedded().unwrap();
    let wrong_pin = |m: &mut Model<'_>| {
        update(m, Msg::OperatorKey);
        for c in "0000".chars() {
            update(m, Msg::Char(c));
        }
        update(m, Msg::Confirm);
        assert_eq!(m.status.as_ref().unwrap().id, "ui-kiosk-wrong-pin");
    };
    let mut m = model(&g, Mode::Kiosk, &kiosk_config(None, true));
    wrong_pin(&mut m);
    // The next visitor starts.
    update(&mut m, Msg::Confirm);
    assert!(matches!(m.screen, Screen::Question(_)));
    assert_eq!(m.status, None, "the operator's message stays behind");
    assert!(!render(&m, 80, 24).contains("PIN"));
    // During a session, then "finish and clear".
    let mut m = on_checklist(&g, Mode::Kiosk, &kiosk_config(None, true));
    wrong_pin(&mut m);
    update(&mut m, Msg::FinishAndClear);
    assert_eq!(m.screen, Screen::Welcome);
    assert_eq!(m.status, None);
    // During a session, then the idle wipe.
    let mut m = on_checklist(&g, Mode::Kiosk, &kiosk_config(None, true));
    wrong_pin(&mut m);
    update(&mut m, Msg::Tick(10_000_000));
    update(&mut m, Msg::Tick(20_000_000));
    assert_eq!(m.screen, Screen::Welcome);
    assert_eq!(m.status, None);
    assert!(!render(&m, 80, 24).contains("PIN"));
}

/// The kiosk's hint bar offered `E 导出` with exporting off, never the print key, and said
/// `R 重新开始` where the button reads 完成并清除.
#[test]
fn kiosk_hints_match_the_buttons() {
    let g = Guide::embedded().unwrap();
    let dir = tempfile::tempdir().unwrap();
    for (export_dir, print) in [
        (None, true),
        (Some(dir.path()), false),
        (Some(dir.path()), true),
    ] {
        let m = on_checklist(&g, Mode::Kiosk, &kiosk_config(export_dir, print));
        let p = plan(&m, 200, 30);
        let buttons: Vec<&str> = p.buttons.iter().map(|(l, _)| l.as_str()).collect();
        let case = format!(
            "export {}, print {print}: {:?}",
            export_dir.is_some(),
            p.hint
        );
        assert_eq!(p.hint.contains("E 导出"), export_dir.is_some(), "{case}");
        assert_eq!(buttons.contains(&"导出"), export_dir.is_some(), "{case}");
        assert_eq!(p.hint.contains("P 打印"), print, "{case}");
        assert_eq!(buttons.contains(&"打印"), print, "{case}");
        assert!(p.hint.contains("F 完成并清除"), "{case}");
        assert!(buttons.contains(&"完成并清除"), "{case}");
        assert!(!p.hint.contains("重新开始"), "{case}");
    }
    // Outside a kiosk: start again, as the button says.
    let m = on_checklist(&g, Mode::Standard, &Config::default());
    let p = plan(&m, 200, 30);
    assert!(p.hint.contains("R 重新开始") && !p.hint.contains("完成并清除"));
}

/// Spool scripts run `lp *` or `mv *` in the export folder: a name starting with a dash
/// would be read as an option. Refused, with a message that says why and keeps the dialog.
#[test]
fn kiosk_export_names_starting_with_a_dash_are_refused() {
    let dir = Path::new("/srv/exports");
    for bad in ["-rf.md", "--help", "-", " -x.md"] {
        assert!(confine(dir, bad).is_err(), "{bad:?}");
    }
    assert!(confine(dir, "a-b.md").is_ok());
    assert!(confine(dir, &"a".repeat(FILE_NAME_MAX_CHARS)).is_ok());
    assert!(confine(dir, &"a".repeat(FILE_NAME_MAX_CHARS + 1)).is_err());
    let g = Guide::embedded().unwrap();
    let tmp = tempfile::tempdir().unwrap();
    let mut m = on_checklist(&g, Mode::Kiosk, &kiosk_config(Some(tmp.path()), false));
    update(&mut m, Msg::StartExport);
    update(&mut m, Msg::Home);
    update(&mut m, Msg::Char('-'));
    assert_eq!(update(&mut m, Msg::Confirm), None);
    assert_eq!(m.status.as_ref().unwrap().id, "ui-kiosk-bad-file-name");
    assert_eq!(
        field(&m),
        "-yibao-checklist-2026-11-22.md",
        "the dialog stays open"
    );
    let text = dialog_text(&m, 80, 24);
    assert!(text.contains("不要以点或横线（-）开头"), "{text}");
    // Fixing the name exports it.
    update(&mut m, Msg::Home);
    update(&mut m, Msg::Right);
    update(&mut m, Msg::DeleteChar);
    assert!(matches!(
        update(&mut m, Msg::Confirm),
        Some(Cmd::Export { replace: false, .. })
    ));
}

/// A kiosk shows only the name of the file it wrote (the server's folders are nobody's
/// business), and the dialog closes once it is written.
#[test]
fn a_kiosk_export_shows_only_the_file_name() {
    let g = Guide::embedded().unwrap();
    let tmp = tempfile::tempdir().unwrap();
    let mut m = on_checklist(&g, Mode::Kiosk, &kiosk_config(Some(tmp.path()), false));
    update(&mut m, Msg::StartExport);
    let Some(Cmd::Export { path, .. }) = update(&mut m, Msg::Confirm) else {
        panic!("an export")
    };
    let written = path.with_file_name("yibao-checklist-2026-11-22-2.md");
    update(&mut m, Msg::Exported(Ok(written)));
    assert_eq!(m.overlay, None);
    let status = m.status.clone().unwrap();
    assert_eq!(status.id, "ui-tui-exported");
    assert_eq!(
        status.arg.as_deref(),
        Some("yibao-checklist-2026-11-22-2.md")
    );
    let screen = render(&m, 80, 24);
    assert!(!screen.contains(&tmp.path().display().to_string()));
    // A failed write sends the visitor to the staff, with no system words.
    update(&mut m, Msg::StartExport);
    update(&mut m, Msg::Confirm);
    let problem = yibao_guide::atomic::write_atomic(
        &tmp.path().join("gone/x.md"),
        b"x",
        yibao_guide::atomic::Screen::Free,
    )
    .unwrap_err();
    update(&mut m, Msg::Exported(Err(problem)));
    assert!(matches!(m.overlay, Some(Overlay::Export(_))));
    let text = dialog_text(&m, 80, 24);
    assert!(text.contains("清单未能保存，请联系工作人员。"), "{text}");
}

/// Outside a kiosk an existing file is replaced only after the person agrees: Enter once
/// asks, Enter again with the same name replaces, a changed name asks again.
#[test]
fn replacing_a_file_is_asked_first() {
    let g = Guide::embedded().unwrap();
    for save in [false, true] {
        let mut m = on_checklist(&g, Mode::Standard, &Config::default());
        update(&mut m, Msg::ToggleLang);
        update(
            &mut m,
            if save {
                Msg::SaveAnswers
            } else {
                Msg::StartExport
            },
        );
        let cmd = update(&mut m, Msg::Confirm);
        assert!(
            matches!(
                cmd,
                Some(Cmd::Export { replace: false, .. } | Cmd::SaveAnswers { replace: false, .. })
            ),
            "{cmd:?}"
        );
        let exists = yibao_guide::engine::problem::Problem::new("tui-file-exists")
            .arg("value", "checklist.md");
        let result = Msg::Exported(Err(exists.clone()));
        update(&mut m, result);
        assert!(m.overlay.is_some(), "still open");
        assert_eq!(m.status.as_ref().unwrap().id, "ui-tui-file-exists");
        let text = dialog_text(&m, 80, 24);
        assert!(
            text.contains(&squeeze(
                "checklist.md already exists. Press Enter again to replace it, or change the name."
            )),
            "{text}"
        );
        let cmd = update(&mut m, Msg::Confirm);
        assert!(
            matches!(
                cmd,
                Some(Cmd::Export { replace: true, .. } | Cmd::SaveAnswers { replace: true, .. })
            ),
            "{cmd:?}"
        );
        // Another name: asked again.
        update(&mut m, Msg::Exported(Err(exists)));
        update(&mut m, Msg::Char('x'));
        let cmd = update(&mut m, Msg::Confirm);
        assert!(
            matches!(
                cmd,
                Some(Cmd::Export { replace: false, .. } | Cmd::SaveAnswers { replace: false, .. })
            ),
            "{cmd:?}"
        );
    }
}

/// A failed export closed the dialog (the name had to be typed again) and showed the
/// system's words ("No such file or directory (os error 2)", or a temporary file's path).
/// The dialog stays open with the name, and says in the person's language what went wrong
/// and what to do.
#[test]
fn a_failed_export_keeps_the_dialog_and_says_what_to_do() {
    let g = Guide::embedded().unwrap();
    let tmp = tempfile::tempdir().unwrap();
    let target = tmp.path().join("no/such/folder/x.md");
    let problem =
        yibao_guide::atomic::write_atomic(&target, b"x", yibao_guide::atomic::Screen::Free)
            .unwrap_err();
    // And one whose system words would be shown as they are.
    let other = yibao_guide::engine::problem::Problem::new("write-failed")
        .arg("reason", "other")
        .arg("partial", "no")
        .arg(
            "error",
            "File name too long (os error 36) at path \"/srv/.yibao-guide-AbC123.tmp\"",
        );
    for (lang, words) in [
        (
            Lang::En,
            "Could not write: the folder does not exist. How to fix: create the folder first, or check the path.",
        ),
        (
            Lang::Zh,
            "无法写入：文件夹不存在。解决办法：请先创建该文件夹，或检查路径。",
        ),
    ] {
        let mut m = on_checklist(&g, Mode::Standard, &Config::default());
        if lang != m.lang {
            update(&mut m, Msg::ToggleLang);
        }
        update(&mut m, Msg::StartExport);
        for _ in 0..40 {
            update(&mut m, Msg::DeleteChar);
        }
        update(&mut m, Msg::Paste(target.display().to_string()));
        assert!(update(&mut m, Msg::Confirm).is_some());
        update(&mut m, Msg::Exported(Err(problem.clone())));
        assert_eq!(field(&m), target.display().to_string(), "kept");
        let text = dialog_text(&m, 100, 30);
        assert!(text.contains(&squeeze(words)), "{text}");
        assert!(!text.contains("oserror"), "{text}");
        update(&mut m, Msg::Exported(Err(other.clone())));
        let text = dialog_text(&m, 100, 30);
        assert!(
            !text.contains("oserror") && !text.contains(".yibao-guide-"),
            "{text}"
        );
        // The status line does not repeat it.
        let screen = render(&m, 100, 30);
        assert_eq!(
            screen.matches("Nothing was changed").count()
                + screen.matches("原有文件未被改动").count(),
            1,
            "{screen}"
        );
        // Esc closes it and its message.
        update(&mut m, Msg::Back);
        assert_eq!(m.overlay, None);
        assert_eq!(m.status, None);
    }
}

/// `checklist --width 0` was accepted; a width below 20 columns is refused with a message.
#[test]
fn checklist_width_has_a_minimum() {
    let out = common::guide()
        .args(["checklist", "--width", "0"])
        .args(MOVED_RESIDENT.iter().flat_map(|a| ["--answer", a]))
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("--width") && err.contains('0'), "{err}");
    // The help says what is accepted.
    let help = common::guide()
        .args(["--lang", "en", "checklist", "--help"])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&help.stdout).contains("(at least 20)"));
    let out = common::guide()
        .args(["checklist", "--width", "20"])
        .args(MOVED_RESIDENT.iter().flat_map(|a| ["--answer", a]))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// `config` accepted an operator key a visitor uses (F2 switches the language: the visitor
/// got the PIN prompt), keys no terminal can send, and PINs with invisible characters.
#[test]
fn config_refuses_operator_keys_and_pins_that_cannot_work() {
    let dir = tempfile::tempdir().unwrap();
    let check = |yaml: &str| {
        let path = dir.path().join("c.yaml");
        std::fs::write(&path, yaml).unwrap();
        let out = common::guide()
            .args(["--lang", "en", "--config"])
            .arg(&path)
            .arg("config")
            .env("XDG_CONFIG_HOME", "/nonexistent")
            .output()
            .unwrap();
        (
            out.status.success(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    let kiosk = |key: &str, pin: &str| {
        format!("mode: kiosk\noperator_exit:\n  key: {key}\n  pin: \"{pin}\"\n")
    };
    let (ok, err) = check(&kiosk("F2", "2468"));
    assert!(!ok);
    assert!(
        err.contains("c.yaml:3:")
            && err.contains("F2 is a key the guide itself uses: it switches 中文/English"),
        "{err}"
    );
    let (ok, err) = check(&kiosk("ctrl+m", "2468"));
    assert!(!ok && err.contains("Ctrl-M is Enter"), "{err}");
    let (ok, err) = check(&kiosk("ctrl+alt+x", "24\\u200B68"));
    assert!(
        !ok && err.contains("c.yaml:4:") && err.contains("visible characters"),
        "{err}"
    );
    assert!(!err.contains("2468"), "the PIN is not repeated: {err}");
    let (ok, err) = check(&kiosk("F12", "2468"));
    assert!(ok, "{err}");
    let (ok, err) = check("print_command: [\"no-such-lp-here\"]\n");
    assert!(
        !ok && err.contains("no-such-lp-here was not found"),
        "{err}"
    );
}
