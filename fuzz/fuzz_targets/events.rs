//! Bytes as a sequence of keys, clicks and resizes through input mapping, update and view.
#![no_main]
use libfuzzer_sys::fuzz_target;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers, MouseButton, MouseEvent, MouseEventKind};
use yibao_guide::tui::model::{Model, Msg, update};

fuzz_target!(|data: &[u8]| {
    let Ok(guide) = yibao_guide::guide::Guide::embedded() else { return };
    let mut m = Model::new(&guide, yibao_guide::i18n::Lang::Zh, "2026-11-22".parse().unwrap());
    let (mut w, mut h) = (80u16, 24u16);
    update(&mut m, Msg::Resize(w, h));
    for chunk in data.chunks(3) {
        let [a, b, c] = [chunk[0], *chunk.get(1).unwrap_or(&0), *chunk.get(2).unwrap_or(&0)];
        let ev = match a % 4 {
            0 => Event::Key(KeyEvent::new(KeyCode::Char(char::from(b)), KeyModifiers::NONE)),
            1 => Event::Key(KeyEvent::new(
                [KeyCode::Enter, KeyCode::Esc, KeyCode::Up, KeyCode::Down, KeyCode::Left, KeyCode::Right, KeyCode::Backspace, KeyCode::F(2)][usize::from(b % 8)],
                KeyModifiers::NONE,
            )),
            2 => Event::Mouse(MouseEvent { kind: MouseEventKind::Down(MouseButton::Left), column: u16::from(b), row: u16::from(c), modifiers: KeyModifiers::NONE }),
            _ => {
                w = u16::from(b).max(1);
                h = u16::from(c).max(1);
                Event::Resize(w, h)
            }
        };
        if let Some(msg) = yibao_guide::tui::input::map_event(&m, &ev) {
            let _ = update(&mut m, msg);
        }
        let mut terminal = ratatui::Terminal::new(ratatui::backend::TestBackend::new(w, h)).unwrap();
        terminal.draw(|f| yibao_guide::tui::view::view(&m, f)).unwrap();
    }
});
