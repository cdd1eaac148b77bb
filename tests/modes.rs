//! Kiosk and counselor behaviour through `update` and input mapping, with the clock
//! injected as `Msg::Tick` (no sleeping).

mod common;

use common::{MOVED_RESIDENT, answers_from, kiosk_config, model, render};
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use std::path::Path;
use yibao_guide::config::{Config, Mode};
use yibao_guide::guide::Guide;
use yibao_guide::i18n::Lang;
use yibao_guide::tui::input::map_event;
use yibao_guide::tui::kiosk::pin::{PIN_FORGET_MS, PIN_FREE_TRIES, PIN_LOCK_MAX_MS, PIN_LOCK_MS};
use yibao_guide::tui::kiosk::{confine, seconds_left};
use yibao_guide::tui::model::{Cmd, Model, Msg, Overlay, Screen};
use yibao_guide::tui::step as update;
use yibao_guide::tui::update::navigate::wipe;

/// Starts and answers the first question at time `at` (ms).
fn begin(m: &mut Model<'_>, at: u64) {
    update(m, Msg::Tick(at));
    update(m, Msg::Confirm);
    update(m, Msg::Choose(0));
}

/// A counselor-mode model.
fn counselor(g: &Guide) -> Model<'_> {
    let config = Config {
        mode: Mode::Counselor,
        ..Config::default()
    };
    model(g, Mode::Counselor, &config)
}

/// Answers from `--answer`-style flags, checked as batch mode checks them.
fn key(code: KeyCode, modifiers: KeyModifiers) -> Event {
    Event::Key(KeyEvent::new(code, modifiers))
}

#[test]
fn idle_kiosk_asks_then_wipes() {
    let g = Guide::embedded().unwrap();
    let mut m = model(&g, Mode::Kiosk, &kiosk_config(None, true));
    begin(&mut m, 1_000);
    update(&mut m, Msg::ToggleLang);
    assert_eq!(m.answers.len(), 1);
    update(&mut m, Msg::Tick(1_000 + 119_999));
    assert_eq!(m.overlay, None, "not yet");
    update(&mut m, Msg::Tick(1_000 + 120_000));
    assert_eq!(m.overlay, Some(Overlay::StillThere));
    assert_eq!(seconds_left(&m), 20);
    update(&mut m, Msg::Tick(1_000 + 130_500));
    assert_eq!(seconds_left(&m), 10);
    update(&mut m, Msg::Tick(1_000 + 140_000));
    assert_eq!(m.screen, Screen::Welcome, "wiped");
    assert!(m.answers.is_empty());
    assert_eq!(m.lang, Lang::Zh, "back to the kiosk's language");
    assert_eq!(m.overlay, None);
}

#[test]
fn any_key_during_the_countdown_only_dismisses_it() {
    let g = Guide::embedded().unwrap();
    let mut m = model(&g, Mode::Kiosk, &kiosk_config(None, true));
    begin(&mut m, 0);
    let screen = m.screen;
    update(&mut m, Msg::Tick(125_000));
    assert_eq!(m.overlay, Some(Overlay::StillThere));
    update(&mut m, Msg::Choose(3)); // a touch on an option
    assert_eq!(m.overlay, None);
    assert_eq!(m.screen, screen, "the touch did not also answer");
    assert_eq!(m.answers.len(), 1);
    // The clock restarts from that touch.
    update(&mut m, Msg::Tick(125_000 + 119_000));
    assert_eq!(m.overlay, None);
}

#[test]
fn a_kiosk_at_rest_never_counts_down_and_other_modes_never_wipe() {
    let g = Guide::embedded().unwrap();
    let mut m = model(&g, Mode::Kiosk, &kiosk_config(None, true));
    update(&mut m, Msg::Tick(10_000_000));
    assert_eq!(m.overlay, None);
    let mut m = model(&g, Mode::Standard, &Config::default());
    begin(&mut m, 0);
    update(&mut m, Msg::Tick(10_000_000));
    assert_eq!(m.overlay, None);
    assert_eq!(m.answers.len(), 1);
}

#[test]
fn the_public_cannot_quit_a_kiosk() {
    let g = Guide::embedded().unwrap();
    let mut m = model(&g, Mode::Kiosk, &kiosk_config(None, true));
    begin(&mut m, 0);
    assert_eq!(update(&mut m, Msg::Quit), None);
    assert_eq!(m.overlay, None);
    assert!(!m.quit);
    for (code, mods) in [
        (KeyCode::Char('c'), KeyModifiers::CONTROL),
        (KeyCode::Char('z'), KeyModifiers::CONTROL),
        (KeyCode::Char('\\'), KeyModifiers::CONTROL),
        (KeyCode::Char('d'), KeyModifiers::CONTROL),
    ] {
        assert_eq!(map_event(&m, &key(code, mods)), None, "{code:?}");
    }
    // Q is no key in a kiosk (the hint bar and help do not offer it), and Quit does nothing.
    let q = map_event(&m, &key(KeyCode::Char('q'), KeyModifiers::NONE));
    assert_eq!(q, None);
    update(&mut m, Msg::Quit);
    assert!(!m.quit);
}

#[test]
fn operator_exit_needs_the_key_and_the_pin() {
    let g = Guide::embedded().unwrap();
    let mut m = model(&g, Mode::Kiosk, &kiosk_config(None, true));
    let combo = key(
        KeyCode::Char('x'),
        KeyModifiers::CONTROL | KeyModifiers::ALT,
    );
    assert_eq!(map_event(&m, &combo), Some(Msg::OperatorKey));
    assert_eq!(
        map_event(&m, &key(KeyCode::Char('x'), KeyModifiers::ALT)),
        None
    );
    update(&mut m, Msg::OperatorKey);
    for c in "1357".chars() {
        update(&mut m, Msg::Char(c));
    }
    assert_eq!(update(&mut m, Msg::Confirm), None);
    assert_eq!(m.status.as_ref().unwrap().id, "ui-kiosk-wrong-pin");
    assert!(!m.quit);
    update(&mut m, Msg::OperatorKey);
    for c in "2468".chars() {
        update(&mut m, Msg::Char(c));
    }
    assert_eq!(update(&mut m, Msg::Confirm), Some(Cmd::Quit));
    // In other modes the combination means nothing.
    let m = model(&g, Mode::Standard, &Config::default());
    assert_ne!(map_event(&m, &combo), Some(Msg::OperatorKey));
}

/// Types `pin` into the operator dialog at time `at` (ms) and presses Enter.
fn try_pin(m: &mut Model<'_>, at: u64, pin: &str) -> Option<Cmd> {
    update(m, Msg::Tick(at));
    if matches!(m.overlay, Some(Overlay::StillThere)) {
        // After a long wait the kiosk asks "still there?" first; any touch answers it.
        update(m, Msg::Confirm);
    }
    update(m, Msg::OperatorKey);
    for c in pin.chars() {
        update(m, Msg::Char(c));
    }
    update(m, Msg::Confirm)
}

#[test]
fn guessing_the_operator_pin_locks_the_exit_for_longer_each_time() {
    let g = Guide::embedded().unwrap();
    let mut m = model(&g, Mode::Kiosk, &kiosk_config(None, true));
    for n in 0..PIN_FREE_TRIES {
        assert_eq!(try_pin(&mut m, 1_000 + u64::from(n), "0000"), None);
        let expected = if n + 1 < PIN_FREE_TRIES {
            "ui-kiosk-wrong-pin"
        } else {
            "ui-kiosk-pin-locked"
        };
        assert_eq!(m.status.as_ref().unwrap().id, expected, "try {n}");
    }
    // Locked: the dialog does not open, and even the right PIN is not taken.
    let locked_at = 1_000 + u64::from(PIN_FREE_TRIES);
    update(&mut m, Msg::OperatorKey);
    assert!(m.overlay.is_none());
    let status = m.status.clone().unwrap();
    assert_eq!(status.id, "ui-kiosk-pin-locked");
    assert_eq!(status.arg.as_deref(), Some("30"));
    // The whole message, seconds included, fits a 40-column kiosk screen in either language.
    assert!(render(&m, 40, 15).contains("PIN错误次数过多，请30秒后再试。"));
    update(&mut m, Msg::ToggleLang);
    m.status = Some(status);
    assert!(render(&m, 40, 15).contains("Too many wrong PINs: wait 30 s."));
    update(&mut m, Msg::ToggleLang);
    assert_eq!(try_pin(&mut m, locked_at + 10_000, "2468"), None);
    assert!(!m.quit);
    // The idle wipe starts over for the next person, but not the count of guesses.
    wipe(&mut m);
    update(&mut m, Msg::Tick(locked_at + 20_000));
    update(&mut m, Msg::OperatorKey);
    assert!(m.overlay.is_none());
    assert_eq!(m.status.as_ref().unwrap().arg.as_deref(), Some("10"));
    // After the lock, one more wrong PIN locks it for twice as long.
    let open_at = locked_at + PIN_LOCK_MS;
    assert_eq!(try_pin(&mut m, open_at, "9999"), None);
    assert_eq!(
        m.pin_guard.locked_for_seconds(open_at),
        Some(2 * PIN_LOCK_MS / 1000)
    );
    // Waiting it out, the right PIN still works.
    assert_eq!(
        try_pin(&mut m, open_at + 2 * PIN_LOCK_MS, "2468"),
        Some(Cmd::Quit)
    );
}

#[test]
fn an_hour_without_a_wrong_pin_forgets_the_earlier_ones() {
    let g = Guide::embedded().unwrap();
    let mut m = model(&g, Mode::Kiosk, &kiosk_config(None, true));
    for n in 0..PIN_FREE_TRIES {
        try_pin(&mut m, 1_000 + u64::from(n), "0000");
    }
    assert!(m.pin_guard.locked_for_seconds(1_000 + 3).is_some());
    // Much later, one typo is only a typo.
    let later = 1_000 + PIN_FORGET_MS + PIN_LOCK_MS;
    assert_eq!(try_pin(&mut m, later, "0000"), None);
    assert_eq!(m.status.as_ref().unwrap().id, "ui-kiosk-wrong-pin");
    assert_eq!(m.pin_guard.failures, 1);
    // Opening the dialog leaves a message on screen as it was.
    let shown = m.status.clone();
    update(&mut m, Msg::OperatorKey);
    assert!(matches!(m.overlay, Some(Overlay::OperatorPin(_))));
    assert_eq!(m.status, shown);
}

#[test]
fn the_pin_lock_never_grows_past_its_limit() {
    let g = Guide::embedded().unwrap();
    let mut m = model(&g, Mode::Kiosk, &kiosk_config(None, true));
    for n in 0..100 {
        // Each wrong PIN is typed the moment the previous lock ends.
        let now = m.pin_guard.locked_until_ms;
        try_pin(&mut m, now, "0000");
        assert!(
            m.pin_guard.locked_until_ms - now <= PIN_LOCK_MAX_MS,
            "try {n}"
        );
    }
    assert_eq!(m.pin_guard.failures, 100);
    assert_eq!(
        m.pin_guard.locked_for_seconds(m.now_ms),
        Some(PIN_LOCK_MAX_MS / 1000)
    );
}

#[test]
fn kiosk_export_names_cannot_leave_the_folder() {
    let dir = Path::new("/srv/exports");
    assert_eq!(
        confine(dir, "checklist.md").unwrap(),
        dir.join("checklist.md")
    );
    assert_eq!(confine(dir, " 清单.txt ").unwrap(), dir.join("清单.txt"));
    for bad in [
        "../x.md",
        "/etc/passwd",
        "a/b.md",
        "..",
        ".",
        ".hidden",
        "",
        "a\\b",
        "x\u{1b}.md",
        "c:x",
        &"a".repeat(101),
        "-rf.md",
    ] {
        assert!(confine(dir, bad).is_err(), "{bad:?}");
    }
}

#[test]
fn kiosk_exports_only_into_its_folder_and_prints() {
    let g = Guide::embedded().unwrap();
    let dir = tempfile::tempdir().unwrap();
    for (export_dir, can_export) in [(None, false), (Some(dir.path()), true)] {
        let mut m = model(&g, Mode::Kiosk, &kiosk_config(export_dir, true));
        let answers = answers_from(&g, &MOVED_RESIDENT, &m);
        yibao_guide::tui::update::navigate::start_with_answers(&mut m, answers, None);
        assert_eq!(m.screen, Screen::Review);
        update(&mut m, Msg::Confirm);
        assert_eq!(m.screen, Screen::Checklist);
        update(&mut m, Msg::StartExport);
        assert_eq!(m.overlay.is_some(), can_export);
        if can_export {
            // A path typed on screen is refused; a plain name lands in the folder.
            for _ in 0..40 {
                update(&mut m, Msg::DeleteChar);
            }
            for c in "../../etc/x.md".chars() {
                update(&mut m, Msg::Char(c));
            }
            assert_eq!(update(&mut m, Msg::Confirm), None);
            assert_eq!(m.status.as_ref().unwrap().id, "ui-kiosk-bad-file-name");
            // The dialog stays open to correct the name; cancelled, it starts afresh.
            assert!(matches!(m.overlay, Some(Overlay::Export(_))));
            update(&mut m, Msg::Back);
            update(&mut m, Msg::StartExport);
            match update(&mut m, Msg::Confirm) {
                Some(Cmd::Export { path, .. }) => {
                    assert_eq!(path.parent(), Some(dir.path()));
                    // The dialog closes once the runtime reports the file written.
                    update(&mut m, Msg::Exported(Ok(path)));
                    assert_eq!(m.overlay, None);
                }
                other => panic!("{other:?}"),
            }
        }
        // The focused item (the first material) ticked: the receipt shows the tick.
        update(&mut m, Msg::ToggleTick);
        assert_eq!(m.ticked.len(), 1);
        match update(&mut m, Msg::Print) {
            Some(Cmd::Print { text }) => {
                assert!(
                    text.lines().all(|l| yibao_guide::wrap::width(l) <= 40),
                    "receipt width"
                );
                assert_eq!(text.matches("[x]").count(), 1, "{text}");
                // The short receipt (the default): no source lines, one line on where they are.
                assert!(!text.contains("依据：《"), "{text}");
                assert!(text.contains("每一条都注明了依据"), "{text}");
                assert!(text.contains(m.checklist.as_ref().unwrap().resume_code.as_str()));
            }
            other => panic!("{other:?}"),
        }
        update(&mut m, Msg::FinishAndClear);
        assert_eq!(m.screen, Screen::Welcome);
        assert!(m.answers.is_empty());
    }
}

#[test]
fn counselor_jumps_reads_aloud_and_goes_bilingual() {
    let g = Guide::embedded().unwrap();
    let mut m = counselor(&g);
    begin(&mut m, 0);
    update(&mut m, Msg::Char('2'));
    for c in "02609".chars() {
        update(&mut m, Msg::Char(c));
    }
    update(&mut m, Msg::Confirm);
    // F3 jumps back to the first question; answering it returns to where the path goes on.
    assert_eq!(
        map_event(&m, &key(KeyCode::F(3), KeyModifiers::NONE)),
        Some(Msg::Jump(0))
    );
    update(&mut m, Msg::Jump(0));
    assert!(matches!(m.screen, Screen::Question(q) if g.content.questions[q].id == "reason"));
    // The read-aloud line and, in the bilingual view, both languages.
    let plan = yibao_guide::tui::layout::plan(&m, 120, 40);
    let body = body_text(&plan);
    assert!(body.contains("请读给来电人"), "{body}");
    assert!(!plan.sidebar.is_empty(), "answers column at 120 columns");
    update(&mut m, Msg::ToggleBilingual);
    let plan = yibao_guide::tui::layout::plan(&m, 120, 40);
    let body = body_text(&plan);
    assert!(body.contains("主动离职 / I resigned"), "{body}");
}

/// The body of a planned screen as text, one line per row.
fn body_text(plan: &yibao_guide::tui::layout::Plan) -> String {
    plan.body
        .iter()
        .map(|l| l.line.to_string())
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn counselor_copies_the_checklist_in_both_languages() {
    let g = Guide::embedded().unwrap();
    let mut m = counselor(&g);
    let code = {
        let mut a = yibao_guide::engine::answers::Answers::default();
        for (k, v) in [
            ("reason", "resigned"),
            ("plan", "flexible"),
            ("city", "same"),
            ("gap_medical", "no"),
        ] {
            a.set(
                k,
                yibao_guide::engine::answers::AnswerValue::Choice(v.into()),
            );
        }
        a.set(
            "situations",
            yibao_guide::engine::answers::AnswerValue::Choices(Vec::new()),
        );
        a.set(
            "gap_start",
            yibao_guide::engine::answers::AnswerValue::Month("2026-09".parse().unwrap()),
        );
        a.set(
            "gap_end",
            yibao_guide::engine::answers::AnswerValue::NoMonth,
        );
        yibao_guide::resume::encode(&g.content, &a)
    };
    // The welcome screen's "enter a code" restores the case.
    update(&mut m, Msg::EnterCode);
    for c in code.chars() {
        update(&mut m, Msg::Char(c));
    }
    update(&mut m, Msg::Confirm);
    assert_eq!(m.screen, Screen::Review);
    update(&mut m, Msg::Confirm);
    update(&mut m, Msg::ToggleBilingual);
    match update(&mut m, Msg::Copy) {
        Some(Cmd::Copy { text }) => {
            assert!(
                text.contains("您的办理清单") && text.contains("Your checklist"),
                "both languages"
            );
        }
        other => panic!("{other:?}"),
    }
    let seq = yibao_guide::tui::osc52("ab");
    assert_eq!(seq, "\u{1b}]52;c;YWI=\u{7}");
}

#[test]
fn a_typo_in_a_resume_code_is_reported_not_applied() {
    let g = Guide::embedded().unwrap();
    let mut m = model(&g, Mode::Standard, &Config::default());
    update(&mut m, Msg::EnterCode);
    for c in "7KQ2-M9XD-4TPA-VR8".chars() {
        update(&mut m, Msg::Char(c));
    }
    update(&mut m, Msg::Confirm);
    assert_eq!(m.screen, Screen::Welcome);
    let status = m.status.as_ref().unwrap();
    assert!(
        status.error && status.id == "ui-resume-failed",
        "{status:?}"
    );
}

#[test]
fn still_there_keeps_a_dialog_being_typed_in() {
    let g = Guide::embedded().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let mut m = model(&g, Mode::Kiosk, &kiosk_config(Some(dir.path()), true));
    begin(&mut m, 0);
    update(&mut m, Msg::EnterCode);
    update(&mut m, Msg::Char('7'));
    update(&mut m, Msg::Tick(121_000));
    assert_eq!(m.overlay, Some(Overlay::StillThere));
    update(&mut m, Msg::Char('x')); // the touch that answers
    match &m.overlay {
        Some(Overlay::ResumeCode(input)) => assert_eq!(input.text, "7", "what was typed is kept"),
        other => panic!("{other:?}"),
    }
}

#[test]
fn bilingual_lines_keep_the_confirm_locally_mark() {
    let g = Guide::embedded().unwrap();
    let mut m = counselor(&g);
    let answers = answers_from(&g, &MOVED_RESIDENT, &m);
    yibao_guide::tui::update::navigate::start_with_answers(&mut m, answers, None);
    update(&mut m, Msg::Confirm);
    update(&mut m, Msg::ToggleBilingual);
    let plan = yibao_guide::tui::layout::plan(&m, 200, 300);
    // Wrapped lines joined back, so a mark split over two lines still counts once.
    let body: String = plan
        .body
        .iter()
        .map(|l| l.line.to_string().trim().to_owned())
        .collect::<Vec<_>>()
        .join(" ");
    let zh_marks = body.matches("（各地规定不同，请向当地确认）").count();
    let en_marks = body.matches("[Local rules vary: confirm locally]").count();
    assert!(
        zh_marks > 0 && zh_marks == en_marks,
        "zh {zh_marks}, en {en_marks}"
    );
}

#[test]
fn counselor_breadcrumb_fits_beside_the_answers_column() {
    let g = Guide::embedded().unwrap();
    let mut m = counselor(&g);
    m.lang = Lang::En;
    begin(&mut m, 0);
    for c in "202609".chars() {
        update(&mut m, Msg::Char(c));
    }
    update(&mut m, Msg::Confirm);
    update(&mut m, Msg::NoMonth);
    update(&mut m, Msg::Choose(1));
    let plan = yibao_guide::tui::layout::plan(&m, 120, 40);
    let geo = yibao_guide::tui::layout::geometry(&m, 120, 40);
    let crumb = plan.header[1].to_string();
    assert!(
        yibao_guide::wrap::width(&crumb) <= usize::from(geo.text_width),
        "{crumb}"
    );
    assert!(
        crumb.ends_with(&yibao_guide::checklist::answer_label(
            &g.locales,
            Lang::En,
            "plan",
            m.answers.get("plan").unwrap()
        )),
        "the newest answer shows: {crumb}"
    );
}

/// The README promises B (or F11) for both languages: it works on every screen of counselor
/// mode, question screens included, but not while a text field takes the letters, and not
/// outside counselor mode.
#[test]
fn counselor_b_shows_both_languages_on_every_screen() {
    let g = Guide::embedded().unwrap();
    let b = key(KeyCode::Char('b'), KeyModifiers::NONE);
    let f11 = key(KeyCode::F(11), KeyModifiers::NONE);
    let mut m = counselor(&g);
    let answers = answers_from(&g, &MOVED_RESIDENT, &m);
    let mut screens = 0;
    // Welcome, then every question of the path (by F3..), the review and the checklist.
    let mut check = |m: &mut Model<'_>| {
        for ev in [&b, &f11] {
            assert_eq!(
                map_event(m, ev),
                Some(Msg::ToggleBilingual),
                "{:?}",
                m.screen
            );
        }
        let before = m.bilingual;
        let msg = map_event(m, &b).unwrap();
        update(m, msg);
        assert_ne!(m.bilingual, before, "{:?}", m.screen);
        update(m, Msg::ToggleBilingual);
        screens += 1;
    };
    check(&mut m);
    yibao_guide::tui::update::navigate::start_with_answers(&mut m, answers, None);
    check(&mut m); // the review
    for i in 0..7 {
        update(&mut m, Msg::Jump(i));
        assert!(matches!(m.screen, Screen::Question(_)));
        check(&mut m);
        update(&mut m, Msg::Confirm);
    }
    assert_eq!(m.screen, Screen::Review);
    update(&mut m, Msg::End);
    update(&mut m, Msg::Confirm);
    assert_eq!(m.screen, Screen::Checklist);
    check(&mut m);
    assert_eq!(screens, 10);
    // On a question the bilingual view shows the question in both languages.
    update(&mut m, Msg::Jump(0));
    let msg = map_event(&m, &b).unwrap();
    update(&mut m, msg);
    let body = body_text(&yibao_guide::tui::layout::plan(&m, 120, 40));
    assert!(body.contains("户籍或常住地迁往外地 / I moved"), "{body}");
    // In a text field B is a letter; in standard mode it is no key.
    update(&mut m, Msg::EnterCode);
    assert_eq!(map_event(&m, &b), Some(Msg::Char('b')));
    let mut std = model(&g, Mode::Standard, &Config::default());
    begin(&mut std, 0);
    assert_eq!(map_event(&std, &b), None);
}

/// The kiosk's countdown counts in words that agree with the number: "1 second".
#[test]
fn the_countdown_says_one_second_not_one_seconds() {
    let g = Guide::embedded().unwrap();
    let mut m = model(&g, Mode::Kiosk, &kiosk_config(None, true));
    update(&mut m, Msg::ToggleLang);
    begin(&mut m, 0);
    for (at, words) in [(121_000, "in 19 seconds."), (139_500, "in 1 second.")] {
        update(&mut m, Msg::Tick(at));
        assert_eq!(m.overlay, Some(Overlay::StillThere));
        let d = yibao_guide::tui::dialog::dialog(
            &m,
            m.overlay.as_ref().unwrap(),
            ratatui::layout::Rect::new(0, 0, 200, 50),
        );
        let text: String = d.lines.iter().map(|l| format!("{l} ")).collect();
        assert!(text.contains(words), "{text}");
        assert!(!text.contains("1 seconds"), "{text}");
    }
}

/// `print_form: full` prints every item's sources; the default short form does not.
#[test]
fn a_full_receipt_lists_the_sources() {
    let g = Guide::embedded().unwrap();
    for (full, sources_shown) in [(false, false), (true, true)] {
        let config = Config {
            print_sources: full,
            ..kiosk_config(None, true)
        };
        let mut m = model(&g, Mode::Kiosk, &config);
        let answers = answers_from(&g, &MOVED_RESIDENT, &m);
        yibao_guide::tui::update::navigate::start_with_answers(&mut m, answers, None);
        update(&mut m, Msg::Confirm);
        let Some(Cmd::Print { text }) = update(&mut m, Msg::Print) else {
            panic!("no print");
        };
        assert_eq!(text.contains("依据：《"), sources_shown, "{text}");
        assert!(text.lines().count() > 20, "{text}");
    }
}
