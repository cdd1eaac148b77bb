//! Read aloud in the wizard's model and screens: the button on every screen at a kiosk's
//! 40x15 and at 80x24, in both languages, reachable by click and by V; what each screen
//! asks to be read; and what stops a reading. (tests/speak_pty.rs hears it end to end.)

mod common;

use common::render;
use ratatui::crossterm::event::{
    Event, KeyCode, KeyEvent, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};
use yibao_guide::config::{Config, Mode, SpeakCommand};
use yibao_guide::guide::Guide;
use yibao_guide::i18n::Lang;
use yibao_guide::tui::input::map_event;
use yibao_guide::tui::model::{Cmd, Model, Msg, Screen, Settings};
use yibao_guide::tui::step as update;

fn speaking_model(g: &Guide, lang: Lang, w: u16, h: u16, speak: bool) -> Model<'_> {
    let config = Config {
        speak_command: speak.then(|| SpeakCommand::both(vec!["cat".into()])),
        ..Config::default()
    };
    let mut m = Model::new(g, lang, common::TODAY.parse().unwrap());
    m.settings = Settings::from_config(Mode::Standard, &config, lang);
    update(&mut m, Msg::Resize(w, h));
    m
}

fn key(c: char) -> Event {
    Event::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE))
}

fn click(x: u16, y: u16) -> Event {
    Event::Mouse(MouseEvent {
        kind: MouseEventKind::Down(MouseButton::Left),
        column: x,
        row: y,
        modifiers: KeyModifiers::NONE,
    })
}

/// Where `needle` is drawn: (column, row), counting wide characters as two cells.
fn locate(screen: &str, needle: &str) -> Option<(u16, u16)> {
    screen.lines().enumerate().find_map(|(y, line)| {
        let i = line.find(needle)?;
        let x = unicode_width::UnicodeWidthStr::width(&line[..i]);
        Some((x as u16, y as u16))
    })
}

/// The screens a reading can start on, reached with messages from the welcome screen.
fn screens() -> Vec<(&'static str, Vec<Msg>)> {
    let mut to_review = vec![Msg::Confirm, Msg::Choose(0)];
    to_review.extend("202609".chars().map(Msg::Char));
    to_review.extend([
        Msg::Confirm,
        Msg::NoMonth,
        Msg::Choose(1),
        Msg::Choose(0),
        Msg::Choose(1),
        Msg::NoMonth,
        Msg::Confirm,
    ]);
    let mut to_checklist = to_review.clone();
    to_checklist.push(Msg::Confirm);
    vec![
        ("welcome", vec![]),
        ("question", vec![Msg::Confirm]),
        ("month", vec![Msg::Confirm, Msg::Choose(0)]),
        ("help", vec![Msg::Confirm, Msg::Help]),
        ("review", to_review),
        ("checklist", to_checklist),
    ]
}

#[test]
fn the_button_is_on_every_screen_and_a_click_or_v_asks_for_the_screen_read() {
    let g = Guide::embedded().unwrap();
    for lang in Lang::ALL {
        let label = match lang {
            Lang::Zh => "[朗读]",
            Lang::En => "[Read aloud]",
        };
        for (w, h) in [(40, 15), (80, 24)] {
            for (name, msgs) in screens() {
                let mut m = speaking_model(&g, lang, w, h, true);
                for msg in &msgs {
                    update(&mut m, msg.clone());
                }
                let screen = render(&m, w, h);
                let what = format!("{name} {lang:?} {w}x{h}");
                if name != "help" {
                    // Help is a dialog over the screen: V works there, the button is below.
                    let (x, y) = locate(&screen, label)
                        .unwrap_or_else(|| panic!("{what}: no {label}\n{screen}"));
                    assert_eq!(
                        map_event(&m, &click(x + 1, y)),
                        Some(Msg::ReadAloud),
                        "{what}"
                    );
                }
                assert_eq!(map_event(&m, &key('v')), Some(Msg::ReadAloud), "{what}");
                let Some(Cmd::Speak { text }) = update(&mut m, Msg::ReadAloud) else {
                    panic!("{what}: V did not ask for a reading");
                };
                assert!(!text.trim().is_empty(), "{what}");
                assert!(m.speaking, "{what}");
                let stop = match lang {
                    Lang::Zh => "[停止朗读]",
                    Lang::En => "[Stop reading]",
                };
                if name != "help" {
                    let screen = render(&m, w, h);
                    assert!(screen.contains(stop), "{what}: {stop}\n{screen}");
                }
                // Again: stop, nothing new to read.
                assert_eq!(update(&mut m, Msg::ReadAloud), None, "{what}");
                assert!(!m.speaking, "{what}");
            }
        }
    }
}

#[test]
fn each_screen_reads_its_own_words() {
    let g = Guide::embedded().unwrap();
    let read = |msgs: &[Msg], lang: Lang| -> String {
        let mut m = speaking_model(&g, lang, 80, 24, true);
        for msg in msgs {
            update(&mut m, msg.clone());
        }
        match update(&mut m, Msg::ReadAloud) {
            Some(Cmd::Speak { text }) => text,
            other => panic!("{other:?}"),
        }
    };
    let s = screens();
    let get = |name: &str| s.iter().find(|(n, _)| *n == name).unwrap().1.clone();
    let welcome = read(&get("welcome"), Lang::En);
    assert!(
        welcome.starts_with("Employee medical insurance gap guide"),
        "{welcome}"
    );
    let question = read(&get("question"), Lang::Zh);
    assert!(question.starts_with("第1步"), "{question}");
    assert!(question.contains("1，主动离职"), "{question}");
    // The picker after typing a month: that month in words, and the gap it makes.
    let mut month = get("month");
    month.extend("202609".chars().map(Msg::Char));
    let month = read(&month, Lang::En);
    assert!(month.contains("September 2026"), "{month}");
    assert!(month.contains("month"), "{month}");
    let help = read(&get("help"), Lang::En);
    assert_ne!(
        help,
        read(&get("question"), Lang::En),
        "help, not the question"
    );
    let review = read(&get("review"), Lang::Zh);
    assert!(review.contains("2026年9月"), "{review}");
    // The checklist reads the focused item only, and another one after moving.
    let first = read(&get("checklist"), Lang::En);
    let mut next = get("checklist");
    next.push(Msg::Down);
    let second = read(&next, Lang::En);
    assert_ne!(first, second);
    assert!(!first.contains("[ ]") && first.len() < 600, "{first}");
}

#[test]
fn moving_on_switching_language_a_dialog_and_a_wipe_stop_a_reading() {
    let g = Guide::embedded().unwrap();
    let reading = |msgs: &[Msg]| {
        let mut m = speaking_model(&g, Lang::En, 80, 24, true);
        update(&mut m, Msg::Confirm);
        for msg in msgs {
            update(&mut m, msg.clone());
        }
        update(&mut m, Msg::ReadAloud);
        assert!(m.speaking);
        m
    };
    let mut m = reading(&[]);
    update(&mut m, Msg::Down);
    assert!(m.speaking, "moving the highlight keeps reading");
    update(&mut m, Msg::Confirm);
    assert!(!m.speaking, "another screen stops it");

    let mut m = reading(&[]);
    update(&mut m, Msg::ToggleLang);
    assert!(!m.speaking, "the other language stops it");

    let mut m = reading(&[]);
    update(&mut m, Msg::Help);
    assert!(!m.speaking, "a dialog over the screen stops it");

    // With an answer given, quitting asks first: the question stops it. (Without one the
    // guide ends at once, and the voice with it: tests/speak_pty.rs.)
    let mut m = reading(&[Msg::Choose(0)]);
    update(&mut m, Msg::Quit);
    assert!(!m.speaking, "the quit question stops it");

    let mut m = reading(&[Msg::Choose(0)]);
    yibao_guide::tui::update::navigate::wipe(&mut m);
    assert!(!m.speaking, "a wipe stops it");
    assert_eq!(m.screen, Screen::Welcome);

    // A kiosk's "still there?" covers the screen being read.
    let mut config = common::kiosk_config(None, false);
    config.speak_command = Some(SpeakCommand::both(vec!["cat".into()]));
    let mut m = common::model(&g, Mode::Kiosk, &config);
    update(&mut m, Msg::Confirm);
    update(&mut m, Msg::ReadAloud);
    assert!(m.speaking);
    update(&mut m, Msg::Tick(60_000));
    assert!(
        m.speaking,
        "a minute of listening is not the end of a visit"
    );
    update(&mut m, Msg::Tick(121_000));
    assert_eq!(
        m.overlay,
        Some(yibao_guide::tui::model::Overlay::StillThere)
    );
    assert!(!m.speaking, "the idle prompt stops it");

    // A result for a reading already stopped changes nothing; a failure is one status.
    let mut m = reading(&[]);
    update(&mut m, Msg::ReadAloud);
    let failed = yibao_guide::engine::problem::Problem::new("speak-failed").arg("reason", "start");
    update(&mut m, Msg::SpeechEnded(Err(failed.clone())));
    assert_eq!(m.status, None);
    let mut m = reading(&[]);
    update(&mut m, Msg::SpeechEnded(Err(failed)));
    assert!(!m.speaking);
    let screen = render(&m, 80, 24);
    assert_eq!(
        screen
            .lines()
            .filter(|l| l.contains("Could not read aloud"))
            .count(),
        1,
        "{screen}"
    );
    assert!(screen.contains("could not be started"), "{screen}");
    assert_eq!(m.screen, Screen::Question(0), "the guide goes on");
}

#[test]
fn without_a_speech_command_there_is_no_button_and_v_does_nothing() {
    let g = Guide::embedded().unwrap();
    let mut m = speaking_model(&g, Lang::En, 80, 24, false);
    update(&mut m, Msg::Confirm);
    let screen = render(&m, 80, 24);
    assert!(!screen.contains("Read aloud"), "{screen}");
    assert_eq!(map_event(&m, &key('v')), None);
    assert_eq!(update(&mut m, Msg::ReadAloud), None);
    assert!(!m.speaking);
}

#[test]
fn the_month_picker_reads_the_gap_length_the_screen_shows() {
    // Gap from August to September 2026, then back to the first month: the picker shows
    // the gap with the last unpaid month kept (2 months), and reading it must say the same,
    // not the gap up to today.
    let g = Guide::embedded().unwrap();
    let mut m = speaking_model(&g, Lang::En, 80, 24, true);
    let mut msgs = vec![Msg::Confirm, Msg::Choose(0)];
    msgs.extend("202608".chars().map(Msg::Char));
    msgs.push(Msg::Confirm);
    msgs.extend("202609".chars().map(Msg::Char));
    msgs.extend([Msg::Confirm, Msg::Back, Msg::Back]);
    for msg in msgs {
        update(&mut m, msg);
    }
    let screen = render(&m, 80, 24);
    assert!(screen.contains("Gap length: 2 months"), "{screen}");
    let Some(Cmd::Speak { text }) = update(&mut m, Msg::ReadAloud) else {
        panic!("V did not ask for a reading");
    };
    assert!(text.contains("Gap length: 2 months"), "{text}");
}
