//! Property tests: hostile and random input never panics, and every failure is a clear
//! problem. CI runs a modest number of cases (PROPTEST_CASES raises it); `cargo fuzz` targets
//! in fuzz/ go deeper (see BENCHMARKS.md).

use proptest::prelude::*;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{
    Event, KeyCode, KeyEvent, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};
use yibao_guide::engine::content::Content;
use yibao_guide::engine::files::{GuideFiles, TextFile};
use yibao_guide::guide::Guide;
use yibao_guide::i18n::{Lang, Locales};
use yibao_guide::tui::input::map_event;
use yibao_guide::tui::model::{Model, Msg};
use yibao_guide::tui::step as update;

fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(64)
}

fn shipped() -> GuideFiles {
    GuideFiles::embedded()
}

/// A mutation of a text at a byte position: cut a span, duplicate it, or insert text.
fn mutate(text: &str, at: usize, len: usize, insert: &str, kind: u8) -> String {
    let bytes = text.as_bytes();
    let at = at % (bytes.len() + 1);
    let end = (at + len).min(bytes.len());
    let mut out = bytes[..at].to_vec();
    match kind % 3 {
        0 => out.extend_from_slice(&bytes[end..]),
        1 => {
            out.extend_from_slice(&bytes[at..end]);
            out.extend_from_slice(&bytes[at..]);
        }
        _ => {
            out.extend_from_slice(insert.as_bytes());
            out.extend_from_slice(&bytes[at..]);
        }
    }
    // A cut may split a character: the loader must cope with the replacement character.
    String::from_utf8_lossy(&out).into_owned()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases()))]

    /// Mutated content files load or fail with located problems; never panic.
    #[test]
    fn mutated_content_never_panics(file in 0usize..4, at in 0usize..20_000, len in 0usize..200, insert in "\\PC{0,40}", kind in 0u8..3) {
        let mut files = shipped();
        let f = &mut files.content[file];
        f.text = mutate(&f.text, at, len, &insert, kind).into();
        match Content::load(&files.content) {
            Ok(_) => {}
            Err(problems) => {
                prop_assert!(!problems.is_empty());
                for p in &problems {
                    prop_assert!(p.loc.is_some(), "problem without a place: {p}");
                }
            }
        }
        let _ = yibao_guide::validate::validate(&files, "2026-11-22".parse().unwrap());
    }

    /// Random YAML of any shape for any content file: refused cleanly.
    #[test]
    fn random_yaml_never_panics(text in "[a-z_:\\-\\[\\]{}&*!|>'\" \\n0-9#]{0,400}", file in 0usize..4) {
        let mut files = shipped();
        files.content[file].text = text.into();
        let _ = Content::load(&files.content);
    }

    /// Mutated Fluent files load or fail with a located problem.
    #[test]
    fn mutated_fluent_never_panics(at in 0usize..30_000, len in 0usize..100, insert in "[{}$.\\-\\[\\]*= a-z\\n]{0,30}", kind in 0u8..3, lang in 0usize..2) {
        let mut files = shipped();
        let folder = &mut files.locales[lang];
        let f: &mut TextFile = &mut folder.files[0];
        f.text = mutate(&f.text, at, len, &insert, kind).into();
        if let Err(problems) = Locales::load(&files) {
            prop_assert!(problems.iter().all(|p| p.loc.is_some() || p.code.starts_with("locale")));
        }
        let _ = Guide::load(&files);
    }

    /// Answers files and --answer values: accepted or refused with a problem.
    #[test]
    fn answers_never_panic(text in "\\PC{0,200}", flag in "\\PC{0,40}") {
        let g = Guide::embedded().unwrap();
        let today = "2026-11-22".parse().unwrap();
        if let Ok(raw) = yibao_guide::batch::parse_answers_text("a.yaml", &text) {
            let _ = yibao_guide::batch::resolve(&g.content, &raw, today);
        }
        if let Ok(raw) = yibao_guide::batch::parse_answer_flag(&flag) {
            let _ = yibao_guide::batch::resolve(&g.content, &[raw], today);
        }
    }

    /// Resume codes: random text never panics; a valid code always round-trips.
    #[test]
    fn resume_codes_never_panic(code in "[0-9A-Za-z\\- ]{0,40}") {
        let g = Guide::embedded().unwrap();
        let today = "2026-11-22".parse().unwrap();
        if let Ok(r) = yibao_guide::resume::decode(&g.content, &code, today) {
            // Whatever decodes must encode back to an equivalent code.
            let again = yibao_guide::resume::encode(&g.content, &r.answers);
            prop_assert_eq!(yibao_guide::resume::decode(&g.content, &again, today).unwrap().answers, r.answers);
        }
    }

    /// Any answers the code can carry, sensible or not (months from 1950 to 2200, "no month"
    /// for required questions): the code decodes, every answer comes back the same or is
    /// named in `ask_again` with why, and what comes back passes the one answer check.
    #[test]
    fn resume_codes_restore_each_answer_or_name_it(
        picks in proptest::collection::vec((0usize..40, 0u32..3012, any::<u8>()), 9),
    ) {
        use yibao_guide::engine::answers::{AnswerValue, Answers};
        use yibao_guide::engine::content::QuestionKind;
        use yibao_guide::engine::month::YearMonth;
        let g = Guide::embedded().unwrap();
        let today = "2026-11-22".parse().unwrap();
        let mut a = Answers::default();
        for (q, &(pick, month, bits)) in g.content.questions.iter().zip(&picks) {
            let value = match q.kind {
                QuestionKind::Choice | QuestionKind::YesNo => q
                    .options
                    .get(pick % (q.options.len() + 1))
                    .map(|o| AnswerValue::Choice(o.clone())),
                QuestionKind::Month => match pick % 3 {
                    0 => None,
                    1 => Some(AnswerValue::NoMonth),
                    _ => Some(AnswerValue::Month(
                        YearMonth::new(1950, 1).unwrap().plus(i64::from(month)),
                    )),
                },
                QuestionKind::Multi => (pick % 2 == 0).then(|| {
                    AnswerValue::Choices(
                        q.options
                            .iter()
                            .enumerate()
                            .filter(|(i, _)| bits & (1 << i) != 0)
                            .map(|(_, o)| o.clone())
                            .collect(),
                    )
                }),
            };
            if let Some(v) = value {
                a.set(&q.id, v);
            }
        }
        let code = yibao_guide::resume::encode(&g.content, &a);
        let r = yibao_guide::resume::decode(&g.content, &code, today).unwrap();
        for (id, v) in a.iter() {
            let kept = r.answers.get(id) == Some(v);
            let named = r.ask_again.iter().any(|x| x.question == id);
            prop_assert!(kept != named, "{id}={v}: kept {kept}, named {named}");
        }
        prop_assert_eq!(r.answers.len() + r.ask_again.len(), a.len());
        let (_, refused) =
            yibao_guide::engine::check::check_answers(&g.content, &r.answers, today);
        prop_assert!(refused.is_empty());
    }

    /// Random keys, clicks, wheel turns and resizes through input mapping, update and view,
    /// at sizes from 1x1 to 300x100: nothing panics and nothing is drawn outside the frame.
    #[test]
    fn random_events_never_panic(events in proptest::collection::vec(any_event(), 1..120), zh in any::<bool>()) {
        let g = Guide::embedded().unwrap();
        let lang = if zh { Lang::Zh } else { Lang::En };
        let mut m = Model::new(&g, lang, "2026-11-22".parse().unwrap());
        let (mut w, mut h) = (80u16, 24u16);
        update(&mut m, Msg::Resize(w, h));
        let mut clock = 0;
        for ev in events {
            if let Event::Resize(nw, nh) = ev {
                w = nw;
                h = nh;
            }
            clock += 500;
            update(&mut m, Msg::Tick(clock));
            if let Some(msg) = map_event(&m, &ev) {
                let _ = update(&mut m, msg);
            }
            let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
            terminal.draw(|f| yibao_guide::tui::view::view(&m, f)).unwrap();
        }
    }
}

fn any_event() -> impl Strategy<Value = Event> {
    let key = prop_oneof![
        Just(KeyCode::Enter),
        Just(KeyCode::Esc),
        Just(KeyCode::Backspace),
        Just(KeyCode::Up),
        Just(KeyCode::Down),
        Just(KeyCode::Left),
        Just(KeyCode::Right),
        Just(KeyCode::PageUp),
        Just(KeyCode::PageDown),
        Just(KeyCode::Home),
        Just(KeyCode::End),
        Just(KeyCode::Tab),
        (1u8..13).prop_map(KeyCode::F),
        any::<char>().prop_map(KeyCode::Char),
        "[0-9nqlsecrwpfby? \\-]".prop_map(|s| KeyCode::Char(s.chars().next().unwrap())),
    ];
    let mods = prop_oneof![
        Just(KeyModifiers::NONE),
        Just(KeyModifiers::CONTROL),
        Just(KeyModifiers::ALT)
    ];
    prop_oneof![
        6 => (key, mods).prop_map(|(k, m)| Event::Key(KeyEvent::new(k, m))),
        2 => (0u16..300, 0u16..100, 0u8..3).prop_map(|(x, y, kind)| Event::Mouse(MouseEvent {
            kind: match kind {
                0 => MouseEventKind::Down(MouseButton::Left),
                1 => MouseEventKind::ScrollDown,
                _ => MouseEventKind::ScrollUp,
            },
            column: x,
            row: y,
            modifiers: KeyModifiers::NONE,
        })),
        1 => (1u16..=300, 1u16..=100).prop_map(|(w, h)| Event::Resize(w, h)),
        1 => "\\PC{0,20}".prop_map(Event::Paste),
    ]
}
