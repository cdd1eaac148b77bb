//! The wizard's `update` and input mapping, driven by messages and events with no terminal.

use ratatui::crossterm::event::{
    Event, KeyCode, KeyEvent, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};
use yibao_guide::engine::answers::AnswerValue;
use yibao_guide::guide::Guide;
use yibao_guide::i18n::Lang;
use yibao_guide::render::Format;
use yibao_guide::tui::input::map_event;
use yibao_guide::tui::layout::{geometry, plan, visible_offset};
use yibao_guide::tui::model::{Cmd, Model, Msg, Overlay, Screen};
use yibao_guide::tui::step as update;

fn guide() -> Guide {
    Guide::embedded().expect("shipped content loads")
}

fn model(g: &Guide) -> Model<'_> {
    let mut m = Model::new(g, Lang::En, "2026-11-22".parse().unwrap());
    update(&mut m, Msg::Resize(80, 24));
    m
}

fn question_id(m: &Model<'_>) -> Option<String> {
    match m.screen {
        Screen::Question(q) => Some(m.guide.content.questions[q].id.clone()),
        _ => None,
    }
}

fn option_index(m: &Model<'_>, option: &str) -> usize {
    let Screen::Question(q) = m.screen else {
        panic!("not on a question")
    };
    m.options(q)
        .iter()
        .position(|o| *o == option)
        .unwrap_or_else(|| panic!("no option {option}"))
}

fn choose(m: &mut Model<'_>, option: &str) {
    let i = option_index(m, option);
    update(m, Msg::Choose(i));
}

fn type_month(m: &mut Model<'_>, month: &str) {
    for c in month.chars() {
        update(m, Msg::Char(c));
    }
    update(m, Msg::Confirm);
}

/// Answers the whole path for a resigned person with a 3-month ongoing gap, none of the
/// special situations.
fn to_review(m: &mut Model<'_>) {
    to_situations(m);
    update(m, Msg::NoMonth); // none of these
    update(m, Msg::Confirm);
    assert_eq!(m.screen, Screen::Review);
}

/// The resigned path up to the multi-select question `situations`.
fn to_situations(m: &mut Model<'_>) {
    update(m, Msg::Confirm); // welcome: Start
    choose(m, "resigned");
    type_month(m, "2026-09");
    update(m, Msg::NoMonth);
    choose(m, "flexible");
    choose(m, "same");
    choose(m, "no");
    assert_eq!(question_id(m).as_deref(), Some("situations"));
}

/// The ticked options of the open multi-select question, in the question's order.
fn ticked(m: &Model<'_>) -> Vec<&'static str> {
    let Screen::Question(q) = m.screen else {
        panic!("not on a question")
    };
    let draft = m.multi.as_ref().expect("a multi-select draft");
    let all = [
        "pregnant",
        "chronic_illness",
        "foreign_national",
        "retired",
        "employer_closed",
    ];
    assert_eq!(m.options(q), all, "every situation is offered");
    all.into_iter()
        .filter(|o| draft.ticked.contains(*o))
        .collect()
}

/// The text of the body of the current screen, one string per line.
fn body_text(m: &Model<'_>) -> Vec<String> {
    plan(m, m.width, m.height)
        .body
        .iter()
        .map(|l| l.line.to_string())
        .collect()
}

fn click(x: u16, y: u16) -> Event {
    Event::Mouse(MouseEvent {
        kind: MouseEventKind::Down(MouseButton::Left),
        column: x,
        row: y,
        modifiers: KeyModifiers::NONE,
    })
}

/// A click on the first visible body line whose click target is `target`.
fn click_row(m: &Model<'_>, target: &Msg) -> Event {
    let (w, h) = (m.width, m.height);
    let p = plan(m, w, h);
    let geo = geometry(m, w, h);
    let offset = visible_offset(&p, &geo, m.scroll);
    let line = (offset..p.body.len())
        .find(|&i| p.body[i].target.as_ref() == Some(target))
        .unwrap_or_else(|| panic!("no row for {target:?}"));
    let y = geo.body_top + u16::try_from(line - offset).unwrap();
    assert!(y < geo.body_top + geo.body_rows, "{target:?} is in view");
    click(geo.text_left + 4, y)
}

fn key(code: KeyCode) -> Event {
    Event::Key(KeyEvent::new(code, KeyModifiers::NONE))
}

#[test]
fn start_answer_and_route_to_the_benefit_question() {
    let g = guide();
    let mut m = model(&g);
    assert_eq!(m.screen, Screen::Welcome);
    update(&mut m, Msg::Confirm);
    assert_eq!(question_id(&m).as_deref(), Some("reason"));
    choose(&mut m, "laid_off");
    assert_eq!(
        question_id(&m).as_deref(),
        Some("benefit"),
        "laid off people are asked about benefit"
    );
    update(&mut m, Msg::Back);
    choose(&mut m, "resigned");
    assert_eq!(question_id(&m).as_deref(), Some("gap_start"));
}

#[test]
fn back_keeps_later_answers_and_changing_keeps_what_still_applies() {
    let g = guide();
    let mut m = model(&g);
    to_review(&mut m);
    // Back from the review goes to the last question; back again and again to the start.
    update(&mut m, Msg::Back);
    assert_eq!(question_id(&m).as_deref(), Some("situations"));
    for _ in 0..6 {
        update(&mut m, Msg::Back);
    }
    assert_eq!(question_id(&m).as_deref(), Some("reason"));
    assert_eq!(m.answers.len(), 7, "going back forgets nothing");
    // The highlighted option is the kept answer.
    assert_eq!(m.cursor, option_index(&m, "resigned"));
    // Change the reason to one with an extra question: the extra question comes next...
    choose(&mut m, "laid_off");
    assert_eq!(question_id(&m).as_deref(), Some("benefit"));
    choose(&mut m, "unsure");
    // ...then the kept month is offered again, preselected.
    assert_eq!(question_id(&m).as_deref(), Some("gap_start"));
    assert_eq!(m.month.as_ref().unwrap().value.to_string(), "2026-09");
    // gap_start, gap_end, plan, city, gap_medical and situations ("none of these" kept).
    for _ in 0..6 {
        update(&mut m, Msg::Confirm);
    }
    assert_eq!(m.screen, Screen::Review);
    assert_eq!(
        m.answers.get("plan"),
        Some(&AnswerValue::Choice("flexible".into()))
    );
}

#[test]
fn editing_from_the_review_returns_to_it() {
    let g = guide();
    let mut m = model(&g);
    to_review(&mut m);
    let walk = m.walk();
    let plan_row = walk
        .path
        .iter()
        .position(|&q| g.content.questions[q].id == "plan")
        .unwrap();
    update(&mut m, Msg::Choose(plan_row));
    assert_eq!(question_id(&m).as_deref(), Some("plan"));
    choose(&mut m, "resident");
    assert_eq!(
        m.screen,
        Screen::Review,
        "back to the review, not through every question"
    );
    assert_eq!(
        m.answers.get("plan"),
        Some(&AnswerValue::Choice("resident".into()))
    );
}

#[test]
fn month_picker_arrows_typing_and_limits() {
    let g = guide();
    let mut m = model(&g);
    update(&mut m, Msg::Confirm);
    choose(&mut m, "resigned");
    let draft = |m: &Model<'_>| m.month.as_ref().unwrap().value.to_string();
    assert_eq!(draft(&m), "2026-11", "starts at this month");
    update(&mut m, Msg::Down);
    assert_eq!(draft(&m), "2026-10");
    update(&mut m, Msg::Left); // year field
    update(&mut m, Msg::Down);
    assert_eq!(draft(&m), "2025-10");
    for _ in 0..30 {
        update(&mut m, Msg::Up);
    }
    assert_eq!(draft(&m), "2026-12", "no later than next month");
    // Typed months are checked on Enter; a bad one shows an error and stays.
    type_month(&mut m, "2027-05");
    assert_eq!(question_id(&m).as_deref(), Some("gap_start"));
    assert_eq!(m.error.as_ref().unwrap().code, "answer-month-future");
    update(&mut m, Msg::DeleteChar); // edits the typed text
    assert_eq!(m.month.as_ref().unwrap().typed, "2027-0");
    // One Backspace too many does nothing: it never leaves the question.
    for _ in 0..10 {
        update(&mut m, Msg::DeleteChar);
    }
    assert_eq!(question_id(&m).as_deref(), Some("gap_start"));
    assert!(m.month.as_ref().unwrap().typed.is_empty());
    assert_eq!(
        map_event(&m, &key(KeyCode::Backspace)),
        Some(Msg::DeleteChar),
        "Backspace only deletes in the month field"
    );
    // Esc (or the Back button) goes back.
    update(&mut m, Msg::Back);
    assert_eq!(question_id(&m).as_deref(), Some("reason"));
}

#[test]
fn language_switch_keeps_answers_and_rebuilds_the_checklist() {
    let g = guide();
    let mut m = model(&g);
    to_review(&mut m);
    let last = m.walk().path.len();
    update(&mut m, Msg::Choose(last));
    assert_eq!(m.screen, Screen::Checklist);
    let en_title = m.checklist.as_ref().unwrap().sections[0].title.clone();
    update(&mut m, Msg::ToggleLang);
    assert_eq!(m.lang, Lang::Zh);
    assert_eq!(m.screen, Screen::Checklist);
    assert_eq!(m.answers.len(), 7);
    let zh_title = m.checklist.as_ref().unwrap().sections[0].title.clone();
    assert_ne!(en_title, zh_title);
    assert_eq!(m.checklist.as_ref().unwrap().lang, "zh-CN");
}

#[test]
fn quit_asks_only_when_there_is_something_to_lose() {
    let g = guide();
    let mut m = model(&g);
    assert_eq!(update(&mut m, Msg::Quit), Some(Cmd::Quit));
    let mut m = model(&g);
    update(&mut m, Msg::Confirm);
    choose(&mut m, "moved");
    assert_eq!(update(&mut m, Msg::Quit), None);
    assert_eq!(m.overlay, Some(Overlay::ConfirmQuit));
    update(&mut m, Msg::No);
    assert_eq!(m.overlay, None);
    assert!(!m.quit);
    update(&mut m, Msg::Quit);
    assert_eq!(update(&mut m, Msg::Yes), Some(Cmd::Quit));
}

#[test]
fn checklist_ticks_sources_export_and_restart() {
    let g = guide();
    let mut m = model(&g);
    to_review(&mut m);
    update(&mut m, Msg::Confirm); // the cursor starts on "show my checklist"
    assert_eq!(m.screen, Screen::Checklist);
    update(&mut m, Msg::ToggleTick);
    assert_eq!(m.ticked.len(), 1, "first item is a material");
    update(&mut m, Msg::ToggleTick);
    assert!(m.ticked.is_empty());
    update(&mut m, Msg::ToggleSources);
    assert!(m.show_sources);
    update(&mut m, Msg::StartExport);
    let Some(Overlay::Export(input)) = &m.overlay else {
        panic!("export dialog")
    };
    assert_eq!(input.text, "yibao-checklist-2026-11-22.md");
    for _ in 0..2 {
        update(&mut m, Msg::DeleteChar);
    }
    update(&mut m, Msg::Char('t'));
    update(&mut m, Msg::Char('x'));
    update(&mut m, Msg::Char('t'));
    match update(&mut m, Msg::Confirm) {
        Some(Cmd::Export { path, format, .. }) => {
            assert_eq!(path.to_str(), Some("yibao-checklist-2026-11-22.txt"));
            assert_eq!(format, Format::Text);
        }
        other => panic!("expected an export, got {other:?}"),
    }
    update(&mut m, Msg::Exported(Ok("/tmp/x.txt".into())));
    assert_eq!(m.status.as_ref().unwrap().id, "ui-tui-exported");
    update(&mut m, Msg::Restart);
    update(&mut m, Msg::Yes);
    assert_eq!(m.screen, Screen::Welcome);
    assert!(m.answers.is_empty() && m.ticked.is_empty());
}

#[test]
fn scrolling_keeps_the_highlight_visible_at_every_size() {
    let g = guide();
    for (w, h) in [(40, 15), (80, 24), (120, 40), (40, 12)] {
        let mut m = model(&g);
        update(&mut m, Msg::Resize(w, h));
        to_review(&mut m);
        update(&mut m, Msg::Confirm);
        for step in 0..200 {
            let msg = if step < 100 { Msg::Down } else { Msg::Up };
            update(&mut m, msg);
            let p = plan(&m, w, h);
            let geo = geometry(&m, w, h);
            let offset = visible_offset(&p, &geo, m.scroll);
            let (start, end) = p.focus.expect("a highlighted item");
            assert!(
                start >= offset && end <= offset + usize::from(geo.body_rows).max(end - start),
                "{w}x{h} step {step}"
            );
        }
        // Paging moves the view and the highlight follows into it; past the last item (the
        // answers listed after it) it stays on the nearest item above.
        update(&mut m, Msg::PageDown);
        update(&mut m, Msg::PageDown);
        let p = plan(&m, w, h);
        let geo = geometry(&m, w, h);
        let (start, _) = p.focus.unwrap();
        let offset = visible_offset(&p, &geo, m.scroll);
        let end = (offset + usize::from(geo.body_rows)).min(p.body.len());
        let item_starts_in_view = (offset..end).any(|i| {
            matches!(&p.body[i].target, Some(Msg::Choose(_)))
                && (i == 0 || p.body[i - 1].target != p.body[i].target)
        });
        let nearest_above = p.body[..offset].iter().rev().find_map(|l| match l.target {
            Some(Msg::Choose(n)) => Some(n),
            _ => None,
        });
        assert!(
            start >= offset || (!item_starts_in_view && Some(m.cursor) == nearest_above),
            "{w}x{h}: focus {:?} scroll {} rows {} len {}",
            p.focus,
            m.scroll,
            geo.body_rows,
            p.body.len()
        );
    }
}

#[test]
fn keys_map_by_screen() {
    let g = guide();
    let mut m = model(&g);
    assert_eq!(map_event(&m, &key(KeyCode::F(2))), Some(Msg::ToggleLang));
    assert_eq!(map_event(&m, &key(KeyCode::Enter)), Some(Msg::Confirm));
    update(&mut m, Msg::Confirm);
    assert_eq!(
        map_event(&m, &key(KeyCode::Char('3'))),
        Some(Msg::Choose(2))
    );
    assert_eq!(map_event(&m, &key(KeyCode::Esc)), Some(Msg::Back));
    choose(&mut m, "resigned");
    // In the month picker digits type and Left/Right switch fields.
    assert_eq!(
        map_event(&m, &key(KeyCode::Char('3'))),
        Some(Msg::Char('3'))
    );
    assert_eq!(map_event(&m, &key(KeyCode::Left)), Some(Msg::Left));
    let ctrl_c = Event::Key(KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL));
    assert_eq!(map_event(&m, &ctrl_c), Some(Msg::Quit));
    assert_eq!(
        map_event(&m, &Event::Resize(100, 30)),
        Some(Msg::Resize(100, 30))
    );
}

#[test]
fn clicks_land_on_what_is_drawn() {
    let g = guide();
    let mut m = model(&g);
    update(&mut m, Msg::Confirm);
    let (w, h) = (m.width, m.height);
    let p = plan(&m, w, h);
    let geo = geometry(&m, w, h);
    let line = p
        .body
        .iter()
        .position(|l| l.target == Some(Msg::Choose(2)))
        .unwrap();
    let click = |x: u16, y: u16| {
        Event::Mouse(MouseEvent {
            kind: MouseEventKind::Down(MouseButton::Left),
            column: x,
            row: y,
            modifiers: KeyModifiers::NONE,
        })
    };
    let y = geo.body_top + line as u16;
    assert_eq!(
        map_event(&m, &click(geo.text_left + 3, y)),
        Some(Msg::Choose(2))
    );
    // The language button in the top-right corner.
    assert_eq!(map_event(&m, &click(w - 4, 0)), Some(Msg::ToggleLang));
    // The Next button on the buttons row.
    let buttons = yibao_guide::tui::layout::button_spans(&p, &geo);
    let (x, y, _, msg) = buttons.last().unwrap().clone();
    assert_eq!(msg, Msg::Confirm);
    assert_eq!(map_event(&m, &click(x + 1, y)), Some(Msg::Confirm));
    // A click in a dialog hits its buttons.
    choose(&mut m, "moved");
    update(&mut m, Msg::Quit);
    let d = yibao_guide::tui::dialog::dialog(
        &m,
        m.overlay.as_ref().unwrap(),
        ratatui::layout::Rect::new(0, 0, w, h),
    );
    let inner = yibao_guide::tui::dialog::dialog_inner(d.rect);
    let (line, x0, _, msg) = d.buttons[0].clone();
    assert_eq!(msg, Msg::Yes);
    assert_eq!(
        map_event(&m, &click(inner.x + x0 + 1, inner.y + line as u16)),
        Some(Msg::Yes)
    );
}

#[test]
fn tiny_terminals_never_panic_and_still_take_keys() {
    let g = guide();
    for (w, h) in [(1, 1), (2, 1), (10, 5), (39, 12), (40, 11), (300, 100)] {
        let mut m = model(&g);
        update(&mut m, Msg::Resize(w, h));
        let backend = ratatui::backend::TestBackend::new(w, h);
        let mut terminal = ratatui::Terminal::new(backend).unwrap();
        terminal
            .draw(|f| yibao_guide::tui::view::view(&m, f))
            .unwrap();
        if w < 40 || h < 12 {
            assert_eq!(map_event(&m, &key(KeyCode::Char('q'))), Some(Msg::Quit));
            assert_eq!(
                map_event(&m, &key(KeyCode::Char('l'))),
                Some(Msg::ToggleLang)
            );
        }
    }
}

#[test]
fn a_kept_still_not_paying_answer_survives_going_back() {
    let g = guide();
    let mut m = model(&g);
    to_review(&mut m);
    // Back to gap_end: Enter keeps "still not paying" instead of replacing it by a month.
    for _ in 0..5 {
        update(&mut m, Msg::Back);
    }
    assert_eq!(question_id(&m).as_deref(), Some("gap_end"));
    assert!(m.month.as_ref().unwrap().keep_none);
    update(&mut m, Msg::Confirm);
    assert_eq!(m.answers.get("gap_end"), Some(&AnswerValue::NoMonth));
    // Touching the picker chooses a month instead.
    update(&mut m, Msg::Back);
    update(&mut m, Msg::Up);
    update(&mut m, Msg::Confirm);
    assert!(matches!(
        m.answers.get("gap_end"),
        Some(AnswerValue::Month(_))
    ));
}

#[test]
fn pasting_a_path_inserts_all_of_it() {
    let g = guide();
    let mut m = model(&g);
    to_review(&mut m);
    update(&mut m, Msg::Confirm);
    update(&mut m, Msg::StartExport);
    for _ in 0..40 {
        update(&mut m, Msg::DeleteChar);
    }
    let paste = Event::Paste("/tmp/我的清单.md\n".into());
    let msg = map_event(&m, &paste).unwrap();
    update(&mut m, msg);
    match update(&mut m, Msg::Confirm) {
        Some(Cmd::Export { path, .. }) => assert_eq!(path.to_str(), Some("/tmp/我的清单.md")),
        other => panic!("{other:?}"),
    }
}

#[test]
fn quitting_works_on_the_too_small_screen() {
    let g = guide();
    let mut m = model(&g);
    update(&mut m, Msg::Confirm);
    choose(&mut m, "moved");
    update(&mut m, Msg::Resize(30, 8));
    let q = map_event(&m, &key(KeyCode::Char('q'))).unwrap();
    update(&mut m, q);
    assert_eq!(m.overlay, Some(Overlay::ConfirmQuit));
    // The question is shown even though no dialog fits, and y answers it.
    let backend = ratatui::backend::TestBackend::new(30, 8);
    let mut terminal = ratatui::Terminal::new(backend).unwrap();
    terminal
        .draw(|f| yibao_guide::tui::view::view(&m, f))
        .unwrap();
    let shown: String = terminal
        .backend()
        .buffer()
        .content()
        .iter()
        .map(|c| c.symbol())
        .collect();
    assert!(shown.contains("Quit"), "{shown}");
    let y = map_event(&m, &key(KeyCode::Char('y'))).unwrap();
    assert_eq!(update(&mut m, y), Some(Cmd::Quit));
}

#[test]
fn multi_select_space_and_number_keys_toggle_and_enter_keeps_the_question_order() {
    let g = guide();
    let mut m = model(&g);
    to_situations(&mut m);
    assert!(ticked(&m).is_empty(), "nothing is ticked at first");
    assert_eq!(m.cursor, 0);
    // Number keys toggle that option and move the highlight to it; they do not go on.
    update(&mut m, Msg::Choose(2));
    assert_eq!(ticked(&m), ["foreign_national"]);
    assert_eq!(m.cursor, 2);
    assert_eq!(question_id(&m).as_deref(), Some("situations"));
    // Space toggles the highlighted option.
    update(&mut m, Msg::Up);
    update(&mut m, Msg::Up);
    update(&mut m, Msg::ToggleTick);
    assert_eq!(ticked(&m), ["pregnant", "foreign_national"]);
    update(&mut m, Msg::Choose(3));
    update(&mut m, Msg::Choose(3));
    assert_eq!(
        ticked(&m),
        ["pregnant", "foreign_national"],
        "twice unticks"
    );
    // Enter goes on with the ticks, in the question's order whatever the order ticked.
    update(&mut m, Msg::Confirm);
    assert_eq!(m.screen, Screen::Review);
    assert_eq!(
        m.answers.get("situations"),
        Some(&AnswerValue::Choices(vec![
            "pregnant".into(),
            "foreign_national".into()
        ]))
    );
    // The review shows both labels joined.
    let both = format!(
        "{}; {}",
        g.locales.text(Lang::En, "q-situations-pregnant"),
        g.locales.text(Lang::En, "q-situations-foreign_national")
    );
    let body: String = body_text(&m).join(" ");
    let squeeze = |s: &str| s.split_whitespace().collect::<String>();
    assert!(squeeze(&body).contains(&squeeze(&both)), "{body}");
}

#[test]
fn multi_select_none_of_these_is_a_choice_of_its_own() {
    let g = guide();
    let mut m = model(&g);
    to_situations(&mut m);
    let none_row = 5;
    // Enter with nothing chosen asks again instead of recording "none of these".
    update(&mut m, Msg::Confirm);
    assert_eq!(question_id(&m).as_deref(), Some("situations"));
    assert_eq!(m.error.as_ref().map(|p| p.code), Some("tui-multi-nothing"));
    assert_eq!(m.answers.get("situations"), None);
    let shown = body_text(&m).join(" ");
    let shown = shown.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(shown.contains("Nothing is chosen yet."), "{shown}");
    assert!(
        shown.contains("or press 0 for \"None of these\""),
        "{shown}"
    );
    // Ticking clears the error; choosing "none of these" clears the ticks...
    update(&mut m, Msg::Choose(0));
    update(&mut m, Msg::Choose(4));
    assert_eq!(m.error, None);
    update(&mut m, Msg::NoMonth);
    assert!(ticked(&m).is_empty());
    assert!(m.multi.as_ref().unwrap().none);
    assert_eq!(m.cursor, none_row, "the highlight goes to the none row");
    // ...and a tick clears "none of these".
    update(&mut m, Msg::Choose(1));
    assert_eq!(ticked(&m), ["chronic_illness"]);
    assert!(!m.multi.as_ref().unwrap().none);
    // Space on the none row chooses it too; Enter records the empty answer.
    update(&mut m, Msg::End);
    assert_eq!(m.cursor, none_row);
    update(&mut m, Msg::ToggleTick);
    assert!(ticked(&m).is_empty() && m.multi.as_ref().unwrap().none);
    update(&mut m, Msg::Confirm);
    assert_eq!(m.screen, Screen::Review);
    assert_eq!(
        m.answers.get("situations"),
        Some(&AnswerValue::Choices(Vec::new()))
    );
    let body = body_text(&m).join("\n");
    assert!(body.contains("Your situation: None of these"), "{body}");
}

#[test]
fn multi_select_cursor_stays_within_the_rows() {
    let g = guide();
    let mut m = model(&g);
    to_situations(&mut m);
    for _ in 0..20 {
        update(&mut m, Msg::Down);
    }
    assert_eq!(m.cursor, 5, "five options, then the none row");
    for _ in 0..20 {
        update(&mut m, Msg::Up);
    }
    assert_eq!(m.cursor, 0);
    // Key 6 (Choose(5)) and beyond are not options; the none row is 0, not 6.
    for i in 5..9 {
        update(&mut m, Msg::Choose(i));
    }
    assert!(ticked(&m).is_empty());
    assert!(!m.multi.as_ref().unwrap().none);
    assert_eq!(m.cursor, 0);
}

#[test]
fn multi_select_back_and_change_from_the_review_keep_the_ticks() {
    let g = guide();
    let mut m = model(&g);
    to_situations(&mut m);
    update(&mut m, Msg::Choose(3));
    update(&mut m, Msg::Choose(0));
    update(&mut m, Msg::Confirm);
    assert_eq!(m.screen, Screen::Review);
    // Back from the review: the ticks are shown again, the highlight on the first.
    update(&mut m, Msg::Back);
    assert_eq!(question_id(&m).as_deref(), Some("situations"));
    assert_eq!(ticked(&m), ["pregnant", "retired"]);
    assert_eq!(m.cursor, 0);
    let body = body_text(&m).join("\n");
    assert!(body.contains("1. [x] Pregnant"), "{body}");
    assert!(body.contains("2. [ ] A long-term"), "{body}");
    assert!(body.contains("4. [x] I have already retired"), "{body}");
    assert!(body.contains("0. [ ] None of these"), "{body}");
    // Back to gap_medical and forward again: still there; Enter keeps them.
    update(&mut m, Msg::Back);
    assert_eq!(question_id(&m).as_deref(), Some("gap_medical"));
    update(&mut m, Msg::Confirm);
    assert_eq!(ticked(&m), ["pregnant", "retired"]);
    update(&mut m, Msg::Confirm);
    assert_eq!(m.screen, Screen::Review);
    // "Change" from the review: untick one, and it is back at the review.
    let row = m
        .walk()
        .path
        .iter()
        .position(|&q| g.content.questions[q].id == "situations")
        .unwrap();
    update(&mut m, Msg::Choose(row));
    assert_eq!(ticked(&m), ["pregnant", "retired"]);
    update(&mut m, Msg::Choose(0));
    update(&mut m, Msg::Confirm);
    assert_eq!(m.screen, Screen::Review);
    assert_eq!(
        m.answers.get("situations"),
        Some(&AnswerValue::Choices(vec!["retired".into()]))
    );
    // A kept "none of these" comes back chosen, with the highlight on it.
    update(&mut m, Msg::Choose(row));
    update(&mut m, Msg::NoMonth);
    update(&mut m, Msg::Confirm);
    update(&mut m, Msg::Choose(row));
    assert!(m.multi.as_ref().unwrap().none);
    assert_eq!(m.cursor, 5);
    assert!(body_text(&m).join("\n").contains("> 0. [x] None of these"));
}

#[test]
fn multi_select_keys_and_clicks() {
    let g = guide();
    let mut m = model(&g);
    to_situations(&mut m);
    // Keys: digits toggle, 0 is none of these, Space ticks, Enter goes on.
    assert_eq!(
        map_event(&m, &key(KeyCode::Char('2'))),
        Some(Msg::Choose(1))
    );
    assert_eq!(map_event(&m, &key(KeyCode::Char('0'))), Some(Msg::NoMonth));
    assert_eq!(
        map_event(&m, &key(KeyCode::Char(' '))),
        Some(Msg::ToggleTick)
    );
    assert_eq!(map_event(&m, &key(KeyCode::Enter)), Some(Msg::Confirm));
    assert_eq!(map_event(&m, &key(KeyCode::Esc)), Some(Msg::Back));
    // A click on an option's row toggles it (it does not go on); again unticks.
    for _ in 0..2 {
        let msg = map_event(&m, &click_row(&m, &Msg::Choose(2))).unwrap();
        assert_eq!(msg, Msg::Choose(2));
        update(&mut m, msg);
    }
    assert!(ticked(&m).is_empty());
    let msg = map_event(&m, &click_row(&m, &Msg::Choose(4))).unwrap();
    update(&mut m, msg);
    assert_eq!(ticked(&m), ["employer_closed"]);
    // A click on the none row chooses none of these.
    let msg = map_event(&m, &click_row(&m, &Msg::NoMonth)).unwrap();
    assert_eq!(msg, Msg::NoMonth);
    update(&mut m, msg);
    assert!(ticked(&m).is_empty() && m.multi.as_ref().unwrap().none);
    // The hint bar names Space, Enter and 0; the help names them too.
    let p = plan(&m, m.width, m.height);
    assert!(
        p.hint
            .starts_with("Space tick | Enter next | 0 None of these"),
        "{}",
        p.hint
    );
    update(&mut m, Msg::Help);
    let d = yibao_guide::tui::dialog::dialog(
        &m,
        m.overlay.as_ref().unwrap(),
        ratatui::layout::Rect::new(0, 0, 80, 24),
    );
    let help: String = d
        .lines
        .iter()
        .map(|l| l.to_string())
        .collect::<Vec<_>>()
        .join(" ");
    assert!(help.contains("0 chooses \"None of these\""), "{help}");
    // And in Chinese.
    update(&mut m, Msg::Back);
    update(&mut m, Msg::ToggleLang);
    let p = plan(&m, m.width, m.height);
    assert!(
        p.hint.starts_with("空格 勾选 | 回车 下一步 | 0 以上都没有"),
        "{}",
        p.hint
    );
}

/// Walks reason → gap_start (2026-09) → gap_end (still not paying) and returns the plan
/// question's offered options.
fn plan_options(m: &mut Model<'_>, reason: &str) -> Vec<String> {
    update(m, Msg::Confirm);
    choose(m, reason);
    type_month(m, "2026-09");
    update(m, Msg::NoMonth);
    assert_eq!(question_id(m).as_deref(), Some("plan"));
    let Screen::Question(q) = m.screen else {
        unreachable!()
    };
    m.options(q).into_iter().map(str::to_owned).collect()
}

#[test]
fn offered_options_only_where_their_condition_holds() {
    let g = guide();
    // Without arrears there is no "stay with this employer": not listed, not numbered,
    // not reachable with the cursor or a number key.
    let mut m = model(&g);
    let offered = plan_options(&mut m, "resigned");
    assert_eq!(
        offered,
        ["new_employer", "flexible", "resident", "undecided"]
    );
    let stay = g.locales.text(Lang::En, "q-plan-same_employer");
    let body = body_text(&m).join("\n");
    assert!(!body.contains(&stay), "{body}");
    assert!(body.contains("4. Not decided yet"), "{body}");
    assert!(!body.contains("5. "), "{body}");
    update(&mut m, Msg::End);
    assert_eq!(m.cursor, 3);
    for _ in 0..10 {
        update(&mut m, Msg::Down);
    }
    assert_eq!(m.cursor, 3);
    update(&mut m, Msg::Choose(4)); // key 5: no such option here
    assert_eq!(question_id(&m).as_deref(), Some("plan"));
    update(&mut m, Msg::Choose(3)); // key 4
    assert_eq!(
        m.answers.get("plan"),
        Some(&AnswerValue::Choice("undecided".into()))
    );

    // With arrears it is offered, fourth.
    let mut m = model(&g);
    let offered = plan_options(&mut m, "employer_unpaid");
    assert_eq!(
        offered,
        [
            "new_employer",
            "flexible",
            "resident",
            "same_employer",
            "undecided"
        ]
    );
    assert!(body_text(&m).join("\n").contains(&format!("4. {stay}")));
    choose(&mut m, "same_employer");
    assert_eq!(question_id(&m).as_deref(), Some("gap_medical"));

    // The reason changes: the kept "stay" is no longer offered, so plan is asked again,
    // and its highlight is on the first row, not past the list.
    for _ in 0..4 {
        update(&mut m, Msg::Back);
    }
    assert_eq!(question_id(&m).as_deref(), Some("reason"));
    choose(&mut m, "resigned");
    update(&mut m, Msg::Confirm); // gap_start kept
    update(&mut m, Msg::Confirm); // gap_end kept
    assert_eq!(question_id(&m).as_deref(), Some("plan"));
    let Screen::Question(q) = m.screen else {
        unreachable!()
    };
    assert_eq!(m.walk().pending, Some(q), "the walk stops at plan");
    assert_eq!(m.options(q).len(), 4);
    assert_eq!(m.cursor, 0);
    let p = plan(&m, m.width, m.height);
    assert!(p.focus.is_some(), "a row is highlighted");
    update(&mut m, Msg::Confirm);
    assert_eq!(
        m.answers.get("plan"),
        Some(&AnswerValue::Choice("new_employer".into()))
    );
    assert_eq!(question_id(&m).as_deref(), Some("city"));
}

#[test]
fn benefit_end_picker_has_its_own_default_bounds_and_none() {
    let g = guide();
    let mut m = model(&g);
    update(&mut m, Msg::Confirm);
    choose(&mut m, "laid_off");
    choose(&mut m, "receiving");
    assert_eq!(question_id(&m).as_deref(), Some("benefit_end"));
    let draft = |m: &Model<'_>| m.month.as_ref().unwrap().value.to_string();
    // It starts on this month, the earliest it can be.
    assert_eq!(draft(&m), "2026-11");
    update(&mut m, Msg::Down);
    assert_eq!(draft(&m), "2026-11", "no earlier than this month");
    update(&mut m, Msg::Left);
    for _ in 0..5 {
        update(&mut m, Msg::Up);
    }
    assert_eq!(draft(&m), "2028-11", "at most 24 months ahead");
    let body = body_text(&m).join("\n");
    assert!(body.contains("Accepted: 2026-11 to 2028-11."), "{body}");
    assert!(body.contains("[N] Not known yet"), "{body}");
    assert!(
        !body.contains("Gap length"),
        "the end of the benefit does not change the gap:\n{body}"
    );
    let p = plan(&m, m.width, m.height);
    assert!(p.hint.contains("N Not known yet"), "{}", p.hint);
    // A typed month outside the range is refused with the benefit's own reason.
    type_month(&mut m, "2029-01");
    assert_eq!(
        m.error.as_ref().map(|p| p.code),
        Some("answer-benefit-end-range")
    );
    // N: not known yet.
    update(&mut m, Msg::NoMonth);
    assert_eq!(m.answers.get("benefit_end"), Some(&AnswerValue::NoMonth));
    assert_eq!(question_id(&m).as_deref(), Some("gap_start"));
    // Back from gap_end, once the gap is known: "not known yet" is the kept answer,
    // marked, and the gap is still not shown under the benefit's end.
    type_month(&mut m, "2026-09");
    assert_eq!(question_id(&m).as_deref(), Some("gap_end"));
    update(&mut m, Msg::Back);
    update(&mut m, Msg::Back);
    assert_eq!(question_id(&m).as_deref(), Some("benefit_end"));
    assert!(m.month.as_ref().unwrap().keep_none);
    let body = body_text(&m).join("\n");
    assert!(body.contains("[x] Not known yet"), "{body}");
    assert!(!body.contains("Gap length"), "{body}");
}

#[test]
fn the_checklist_screen_lists_the_answers_after_its_items() {
    let g = guide();
    let mut m = model(&g);
    to_situations(&mut m);
    update(&mut m, Msg::Choose(0));
    update(&mut m, Msg::Choose(3));
    update(&mut m, Msg::Confirm);
    update(&mut m, Msg::Confirm); // show my checklist
    assert_eq!(m.screen, Screen::Checklist);
    let body = body_text(&m);
    let heading = body
        .iter()
        .position(|l| l == "Your answers")
        .expect("an answers heading");
    let p = plan(&m, m.width, m.height);
    assert!(
        p.body[heading..].iter().all(|l| l.target.is_none()),
        "the answers come after every item and click to nothing"
    );
    let rest = body[heading..].join(" ");
    assert!(rest.contains("Reason for the gap: I resigned"), "{rest}");
    assert!(
        rest.contains("Your situation: Pregnant, or planning a birth; I have already retired"),
        "{rest}"
    );
}

/// A model in `mode` (standard, counselor or a kiosk with print and export), in `lang`.
fn model_in(g: &Guide, mode: yibao_guide::config::Mode, lang: Lang) -> Model<'_> {
    use yibao_guide::config::{Config, KeySpec, Mode, OperatorExit};
    let mut m = Model::new(g, lang, "2026-11-22".parse().unwrap());
    let config = Config {
        mode,
        operator_exit: (mode == Mode::Kiosk).then(|| OperatorExit {
            key: KeySpec::parse("ctrl+alt+x").unwrap(),
            pin: "2468".into(),
        }),
        export_dir: (mode == Mode::Kiosk).then(std::env::temp_dir),
        print_command: (mode == Mode::Kiosk).then(|| vec!["lp".into()]),
        ..Config::default()
    };
    m.settings = yibao_guide::tui::model::Settings::from_config(mode, &config, lang);
    update(&mut m, Msg::Resize(200, 50));
    m
}

/// The model at each kind of screen: welcome, a choice, a month (required and optional), the
/// multi-select question, the review (on an answer and on its last row) and the checklist.
fn at_every_screen(g: &Guide, mode: yibao_guide::config::Mode, lang: Lang) -> Vec<Model<'_>> {
    let mut out = Vec::new();
    let mut m = model_in(g, mode, lang);
    out.push(model_in(g, mode, lang));
    update(&mut m, Msg::Confirm);
    let mut choice = model_in(g, mode, lang);
    update(&mut choice, Msg::Confirm);
    out.push(choice);
    choose(&mut m, "resigned");
    out.push(std::mem::replace(&mut m, model_in(g, mode, lang)));
    let mut m = model_in(g, mode, lang);
    update(&mut m, Msg::Confirm);
    choose(&mut m, "resigned");
    type_month(&mut m, "2026-09");
    assert_eq!(question_id(&m).as_deref(), Some("gap_end"));
    let mut situations = model_in(g, mode, lang);
    to_situations(&mut situations);
    let mut review = model_in(g, mode, lang);
    to_review(&mut review);
    let mut review_row = model_in(g, mode, lang);
    to_review(&mut review_row);
    update(&mut review_row, Msg::Home);
    let mut checklist = model_in(g, mode, lang);
    to_review(&mut checklist);
    update(&mut checklist, Msg::Confirm);
    out.extend([m, situations, review, review_row, checklist]);
    out
}

/// The concrete key events a key spec stands for (families by an example or two).
fn examples(k: &yibao_guide::tui::keymap::Key) -> Vec<KeyEvent> {
    use yibao_guide::tui::keymap::Key;
    let plain = |c| KeyEvent::new(c, KeyModifiers::NONE);
    match *k {
        Key::Code(c) => vec![plain(c)],
        Key::Letter(c) => vec![
            plain(KeyCode::Char(c)),
            plain(KeyCode::Char(c.to_ascii_uppercase())),
        ],
        Key::Ctrl(c) => vec![KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL)],
        Key::Digits => vec![plain(KeyCode::Char('1')), plain(KeyCode::Char('3'))],
        Key::Jumps => vec![plain(KeyCode::F(3)), plain(KeyCode::F(9))],
        Key::MonthChars => vec![plain(KeyCode::Char('0')), plain(KeyCode::Char('-'))],
        Key::Text => vec![plain(KeyCode::Char('q')), plain(KeyCode::Char('文'))],
        Key::Any => vec![plain(KeyCode::Char('z'))],
    }
}

/// The one key table is what input maps, what the hint bar shows and what help lists: on
/// every screen, in every mode and language, each key a shown binding lists sends that
/// binding's message (no earlier row takes it instead), help names every such key and what
/// it does, the bar's label names keys the binding has, and the bar starts with the most
/// important one.
#[test]
fn every_key_works_as_the_hint_bar_and_help_say() {
    use yibao_guide::config::Mode;
    use yibao_guide::tui::keymap::{self, Act, Label, Show};
    let g = guide();
    for mode in [Mode::Standard, Mode::Counselor, Mode::Kiosk] {
        for lang in Lang::ALL {
            for mut m in at_every_screen(&g, mode, lang) {
                let ctx = keymap::context(&m);
                let what = format!("{mode:?} {lang:?} {ctx:?}");
                let pairs = keymap::hint_pairs(&m, ctx);
                let bar = plan(&m, m.width, m.height).hint;
                let (k0, d0) = &pairs[0];
                assert!(bar.starts_with(&format!("{k0} {d0}")), "{what}: {bar}");
                let on: Vec<_> = keymap::bindings(&m, ctx)
                    .filter(|b| b.show != Show::Hidden)
                    .collect();
                // Help, as drawn in a frame tall enough to hold all of it.
                update(&mut m, Msg::Help);
                let d = yibao_guide::tui::dialog::dialog(
                    &m,
                    &Overlay::Help,
                    ratatui::layout::Rect::new(0, 0, 200, 1000),
                );
                let help: String = d.lines.iter().map(|l| format!("{l}\n")).collect();
                update(&mut m, Msg::Back);
                for b in on {
                    let keys = keymap::all_keys(&m, b);
                    let does = keymap::does(&m, b, true);
                    assert!(
                        help.contains(&format!(
                            "{keys}{}{does}",
                            g.locales.text(lang, "ui-label-separator")
                        )),
                        "{what}: help lacks {keys}: {does}\n{help}"
                    );
                    // Key names are words in Chinese ("上下键"); English names them as keys.
                    if let (Label::Id(_), Lang::En) = (b.label, lang) {
                        for part in keymap::label(&m, b).split('/') {
                            assert!(keys.contains(part), "{what}: label {part} not in {keys}");
                        }
                    }
                    for (k, act) in b.keys {
                        for ev in examples(k) {
                            let want = match (act, k) {
                                (Act::Send(msg), _) => msg.clone(),
                                (Act::ShowChecklist, _) => Msg::Choose(m.walk().path.len()),
                                (Act::FromKey, _) => match ev.code {
                                    KeyCode::F(n) => Msg::Jump(usize::from(n - 3)),
                                    KeyCode::Char(c) if matches!(k, keymap::Key::Digits) => {
                                        Msg::Choose(c as usize - '1' as usize)
                                    }
                                    KeyCode::Char(c) => Msg::Char(c),
                                    _ => unreachable!(),
                                },
                            };
                            assert_eq!(
                                map_event(&m, &Event::Key(ev)),
                                Some(want),
                                "{what}: {ev:?} listed under {keys}"
                            );
                        }
                    }
                }
            }
        }
    }
}

/// Keys the new user could not find: the counselor's F3-F9, B, C (copy) and W, and the
/// welcome screen's C, are in the hint bar on a wide screen and in help.
#[test]
fn counselor_and_code_keys_are_in_the_hint_bar() {
    use yibao_guide::config::Mode;
    let g = guide();
    let screens = at_every_screen(&g, Mode::Counselor, Lang::En);
    let bar = |m: &Model<'_>| plan(m, 200, 50).hint;
    assert!(
        bar(&screens[0]).contains("C enter a code"),
        "{}",
        bar(&screens[0])
    );
    let choice = &screens[1];
    assert!(bar(choice).contains("B 中文+English"), "{}", bar(choice));
    assert!(
        bar(choice).contains("F3-F9 open answer 1-7"),
        "{}",
        bar(choice)
    );
    let checklist = screens.last().unwrap();
    assert!(bar(checklist).contains("C copy"), "{}", bar(checklist));
    assert!(
        bar(checklist).contains("W save answers"),
        "{}",
        bar(checklist)
    );
}

/// "Enter a code" is a row of the welcome screen: Tab and the arrows reach it, Enter opens it.
#[test]
fn enter_a_code_is_reachable_from_the_keyboard() {
    let g = guide();
    for keys in [[KeyCode::Tab], [KeyCode::Down], [KeyCode::Right]] {
        let mut m = model(&g);
        for k in keys {
            let msg = map_event(&m, &key(k)).unwrap();
            update(&mut m, msg);
        }
        let row = body_text(&m)
            .into_iter()
            .find(|l| l.starts_with("> "))
            .unwrap();
        assert_eq!(row.trim_end(), "> Enter a code");
        assert!(
            plan(&m, 80, 24).focus.is_some(),
            "the highlighted row is in view"
        );
        let enter = map_event(&m, &key(KeyCode::Enter)).unwrap();
        update(&mut m, enter);
        assert!(matches!(m.overlay, Some(Overlay::ResumeCode(_))));
    }
}

/// Enter alone on the last-unpaid-month picker records "still not paying", never a one-month
/// gap that has ended.
#[test]
fn gap_end_starts_on_still_not_paying() {
    let g = guide();
    let mut m = model(&g);
    update(&mut m, Msg::Confirm);
    choose(&mut m, "resigned");
    type_month(&mut m, "2026-09");
    assert_eq!(question_id(&m).as_deref(), Some("gap_end"));
    let text = body_text(&m).join("\n");
    assert!(text.contains("> [x] Still not paying"), "{text}");
    assert!(text.contains("Chosen: Still not paying"), "{text}");
    update(&mut m, Msg::Confirm);
    assert_eq!(m.answers.get("gap_end"), Some(&AnswerValue::NoMonth));
    // A month answered before is where it starts when the question comes back.
    update(&mut m, Msg::Back);
    update(&mut m, Msg::Up);
    update(&mut m, Msg::Confirm);
    update(&mut m, Msg::Back);
    assert!(!m.month.as_ref().unwrap().keep_none);
    assert_eq!(m.month.as_ref().unwrap().value.to_string(), "2026-10");
}

/// The review's Enter hint says what Enter does on the highlighted row.
#[test]
fn the_review_hint_matches_the_highlighted_row() {
    let g = guide();
    let mut m = model(&g);
    to_review(&mut m);
    assert!(plan(&m, 80, 24).hint.contains("Enter show checklist"));
    update(&mut m, Msg::Up);
    let hint = plan(&m, 80, 24).hint;
    assert!(
        hint.contains("Enter change") && !hint.contains("show checklist"),
        "{hint}"
    );
}

/// At a kiosk's 40x15 and at 40x12 the review's last lines (the resume code) are below the
/// fold: Down past the last row, End, PageDown and the wheel all bring them into view.
#[test]
fn the_review_scrolls_down_to_the_resume_code() {
    let g = guide();
    let wheel = Event::Mouse(MouseEvent {
        kind: MouseEventKind::ScrollDown,
        column: 10,
        row: 5,
        modifiers: KeyModifiers::NONE,
    });
    for lang in Lang::ALL {
        for (w, h) in [(40, 15), (40, 12)] {
            let fresh = || {
                let mut m = model(&g);
                update(&mut m, Msg::Resize(w, h));
                update(&mut m, Msg::ToggleLang);
                if lang == Lang::En {
                    update(&mut m, Msg::ToggleLang);
                }
                to_review(&mut m);
                m
            };
            let code = yibao_guide::resume::encode(&g.content, &fresh().walk().on_path);
            let shows_code = |m: &Model<'_>| {
                let p = plan(m, w, h);
                let geo = geometry(m, w, h);
                let off = visible_offset(&p, &geo, m.scroll);
                p.body
                    .iter()
                    .skip(off)
                    .take(usize::from(geo.body_rows))
                    .any(|l| l.line.to_string().contains(&code[..9]))
            };
            assert!(
                !shows_code(&fresh()),
                "{lang:?} {w}x{h}: the code starts below the fold"
            );
            let by = |events: &[Event]| {
                let mut m = fresh();
                for _ in 0..30 {
                    for e in events {
                        if let Some(msg) = map_event(&m, e) {
                            update(&mut m, msg);
                        }
                    }
                    if shows_code(&m) {
                        return true;
                    }
                }
                false
            };
            assert!(by(&[key(KeyCode::Down)]), "{lang:?} {w}x{h}: Down");
            assert!(by(&[key(KeyCode::End)]), "{lang:?} {w}x{h}: End");
            assert!(by(&[key(KeyCode::PageDown)]), "{lang:?} {w}x{h}: PageDown");
            assert!(by(std::slice::from_ref(&wheel)), "{lang:?} {w}x{h}: wheel");
            // Up comes back to the answers.
            let mut m = fresh();
            update(&mut m, Msg::End);
            update(&mut m, Msg::Home);
            assert_eq!((m.cursor, m.scroll), (0, 0));
        }
    }
}

/// A letter with Ctrl or Alt is no letter key: Alt-Q does not quit, Ctrl-X does not tick,
/// and neither types into a field; Ctrl-C and Ctrl-Q still quit (outside a kiosk).
#[test]
fn letters_with_ctrl_or_alt_are_not_letter_keys() {
    let g = Guide::embedded().unwrap();
    let m = Model::new(&g, Lang::En, "2026-11-22".parse().unwrap());
    let with = |c: char, mods: KeyModifiers| {
        map_event(&m, &Event::Key(KeyEvent::new(KeyCode::Char(c), mods)))
    };
    assert_eq!(with('q', KeyModifiers::NONE), Some(Msg::Quit));
    assert_eq!(with('q', KeyModifiers::ALT), None);
    assert_eq!(with('l', KeyModifiers::ALT), None);
    assert_eq!(with('x', KeyModifiers::CONTROL), None);
    assert_eq!(with('c', KeyModifiers::CONTROL), Some(Msg::Quit));
    assert_eq!(with('q', KeyModifiers::CONTROL), Some(Msg::Quit));
}
