//! How frames reach the terminal: crossterm's backend, sending no cursor move where the
//! cursor already is, through a [`FrameWriter`] that sends each frame in one write.
//!
//! ratatui moves the cursor before every cell that does not directly follow the last one it
//! drew, and a wide character's next cell is two columns on: so every Chinese character was
//! followed by a cursor move, more than half of each frame's bytes (the welcome screen: 290
//! moves, 2 KiB of 3.8). After a character that every terminal draws two columns wide
//! (CJK ideographs and punctuation, kana, hangul, fullwidth forms), the cursor is already
//! where the next cell goes, and [`FrameBackend`] tells ratatui so. After any other wide
//! character, such as an emoji (whose width terminals disagree on), the move is kept.
//!
//! A frame with nothing new sends nothing. The guide draws on every tick of its clock (four
//! a second, for the kiosk's idle timer), and ratatui ends every frame by resetting the
//! colours and hiding (or placing) the cursor: 25 bytes four times a second from an idle
//! screen, each write waking the terminal to repaint. The backend leaves out the colour
//! reset when no cell changed, and a cursor command that would leave the cursor as it is.

use ratatui::backend::{Backend, ClearType, CrosstermBackend, WindowSize};
use ratatui::buffer::Cell;
use ratatui::layout::{Position, Size};
use std::io::Write;
use unicode_width::UnicodeWidthStr;

/// Where frames are written: collected, then sent to standard output in one write when
/// ratatui flushes at the end of a frame. (Standard output sends a frame in 1 KiB pieces,
/// and each piece wakes the terminal: the first frame was four writes.) What is not sent
/// when it is dropped is dropped too: after a panic the terminal is given back first, and
/// half a frame must not follow onto it.
pub struct FrameWriter<W: Write = std::io::Stdout> {
    pending: Vec<u8>,
    out: W,
}

impl<W: Write> FrameWriter<W> {
    pub fn new(out: W) -> Self {
        FrameWriter {
            // A whole 80x24 frame of Chinese in colour is 2-4 KiB: room for it (and for a
            // larger screen) at once, not grown and copied while the first frame is written.
            pending: Vec::with_capacity(16 * 1024),
            out,
        }
    }
}

impl<W: Write> Write for FrameWriter<W> {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.pending.extend_from_slice(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        let sent = (self.out.write_all(&self.pending)).and_then(|()| self.out.flush());
        self.pending.clear();
        sent
    }
}

/// The backend the guide draws with: crossterm's, writing to a [`FrameWriter`].
pub struct FrameBackend<W: Write = std::io::Stdout> {
    inner: CrosstermBackend<FrameWriter<W>>,
    /// What the terminal's cursor is known to be: shown or hidden, and where it was put
    /// with nothing drawn since. `None` when not known.
    shown: Option<bool>,
    at: Option<Position>,
}

impl<W: Write> FrameBackend<W> {
    pub fn new(out: FrameWriter<W>) -> Self {
        FrameBackend {
            inner: CrosstermBackend::new(out),
            shown: None,
            at: None,
        }
    }

    /// Forgets what the cursor is: the terminal was given back (to a shell, after Ctrl-Z)
    /// and taken again, and what was done to the cursor meanwhile did not pass here.
    pub fn forget_cursor(&mut self) {
        self.shown = None;
        self.at = None;
    }

    /// Shows or hides the cursor, unless it is known to be so already.
    fn cursor_shown(&mut self, shown: bool) -> std::io::Result<()> {
        if self.shown != Some(shown) {
            // Unknown until the command is out: if it fails, it may or may not have been.
            self.shown = None;
            if shown {
                self.inner.show_cursor()?;
            } else {
                self.inner.hide_cursor()?;
            }
            self.shown = Some(shown);
        }
        Ok(())
    }
}

impl<W: Write> Backend for FrameBackend<W> {
    type Error = std::io::Error;

    fn draw<'a, I>(&mut self, content: I) -> std::io::Result<()>
    where
        I: Iterator<Item = (u16, u16, &'a Cell)>,
    {
        let mut content = content.peekable();
        if content.peek().is_none() {
            return Ok(());
        }
        // Drawing moves the cursor.
        self.at = None;
        self.inner.draw(spare_moves(content))
    }

    fn append_lines(&mut self, n: u16) -> std::io::Result<()> {
        self.at = None;
        self.inner.append_lines(n)
    }

    fn hide_cursor(&mut self) -> std::io::Result<()> {
        self.cursor_shown(false)
    }

    fn show_cursor(&mut self) -> std::io::Result<()> {
        self.cursor_shown(true)
    }

    fn get_cursor_position(&mut self) -> std::io::Result<Position> {
        self.inner.get_cursor_position()
    }

    fn set_cursor_position<P: Into<Position>>(&mut self, position: P) -> std::io::Result<()> {
        let position = position.into();
        if self.at != Some(position) {
            self.at = None;
            self.inner.set_cursor_position(position)?;
            self.at = Some(position);
        }
        Ok(())
    }

    fn clear(&mut self) -> std::io::Result<()> {
        self.at = None;
        self.inner.clear()
    }

    fn clear_region(&mut self, clear_type: ClearType) -> std::io::Result<()> {
        self.at = None;
        self.inner.clear_region(clear_type)
    }

    fn size(&self) -> std::io::Result<Size> {
        self.inner.size()
    }

    fn window_size(&mut self) -> std::io::Result<WindowSize> {
        self.inner.window_size()
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Backend::flush(&mut self.inner)
    }
}

/// `content` (the cells that changed, row by row) with each cell that the terminal's cursor
/// already stands at given as directly following the cell before: ratatui moves the cursor
/// only for a cell that does not. Which cell goes where, and how, is unchanged.
fn spare_moves<'a>(
    content: impl Iterator<Item = (u16, u16, &'a Cell)>,
) -> impl Iterator<Item = (u16, u16, &'a Cell)> {
    // Where the cursor is after the last cell (None: not certain), and where ratatui was
    // told that cell was. The two differ by one column for each wide character since the
    // last move, and ratatui moves the cursor for any cell not right after what it was told.
    let mut cursor: Option<(u16, u16)> = None;
    let mut told: Option<(u16, u16)> = None;
    content.map(move |(x, y, cell)| {
        let at = match told {
            Some((told_x, told_y)) if cursor == Some((x, y)) => (told_x.saturating_add(1), told_y),
            _ => (x, y),
        };
        told = Some(at);
        cursor = columns_taken(cell.symbol()).map(|w| (x.saturating_add(w), y));
        (at.0, at.1, cell)
    })
}

/// How far every terminal moves the cursor when it prints `symbol`: one column for what
/// ratatui takes as narrow (it sends no move after those either), two for a character
/// every terminal draws wide; None when terminals may disagree.
fn columns_taken(symbol: &str) -> Option<u16> {
    match symbol.width() {
        1 => Some(1),
        2 if always_wide(symbol) => Some(2),
        _ => None,
    }
}

/// A single character of the East Asian scripts that terminals have always drawn two
/// columns wide (Unicode's East Asian Width "W" or "F" since its first versions).
fn always_wide(symbol: &str) -> bool {
    let mut chars = symbol.chars();
    let (Some(c), None) = (chars.next(), chars.next()) else {
        return false;
    };
    matches!(c,
        '\u{3000}'..='\u{303E}'     // CJK symbols and punctuation: 、。「」
        | '\u{3041}'..='\u{30FF}'   // hiragana, katakana
        | '\u{3400}'..='\u{4DBF}'   // CJK ideographs, extension A
        | '\u{4E00}'..='\u{9FFF}'   // CJK unified ideographs
        | '\u{AC00}'..='\u{D7A3}'   // hangul syllables
        | '\u{F900}'..='\u{FAFF}'   // CJK compatibility ideographs
        | '\u{FF01}'..='\u{FF60}'   // fullwidth forms: ，：；（）
        | '\u{FFE0}'..='\u{FFE6}'   // fullwidth signs: ￥
        | '\u{20000}'..='\u{2FFFD}' // CJK ideographs, extensions B and on
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::buffer::Buffer;
    use ratatui::crossterm::event::EnableBracketedPaste;
    use ratatui::crossterm::queue;
    use ratatui::crossterm::terminal::EnterAlternateScreen;
    use ratatui::layout::Rect;
    use ratatui::style::{Color, Modifier, Style};
    use unicode_width::UnicodeWidthChar;

    /// A screen 20 columns wide, of runs of Chinese, English, an emoji, wide characters
    /// at the end of a row and gaps, in colours and bold.
    fn screen() -> Buffer {
        let mut buffer = Buffer::empty(Rect::new(0, 0, 20, 4));
        let red = Style::new().fg(Color::Red).add_modifier(Modifier::BOLD);
        buffer.set_string(0, 0, "第1步，共约9步：", Style::new());
        buffer.set_string(16, 0, "确定", red);
        buffer.set_string(2, 1, "Not sure 不确定", Style::new());
        buffer.set_string(0, 2, "🙂好😀 ok。", red);
        buffer.set_string(18, 3, "办", Style::new());
        buffer
    }

    /// Counts the writes it is given.
    #[derive(Default)]
    struct Writes(Vec<Vec<u8>>);

    impl Write for Writes {
        fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
            self.0.push(bytes.to_vec());
            Ok(bytes.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn a_frame_goes_out_in_one_write_when_flushed_and_never_half() {
        let mut frame = FrameWriter::new(Writes::default());
        queue!(frame, EnterAlternateScreen, EnableBracketedPaste).unwrap();
        frame.write_all(&[b'x'; 5000]).unwrap();
        assert!(frame.out.0.is_empty(), "nothing before the flush");
        frame.flush().unwrap();
        assert_eq!(frame.out.0.len(), 1, "one write");
        assert!(frame.out.0[0].starts_with(b"\x1b[?1049h"));
        assert_eq!(frame.out.0[0].len(), 5000 + b"\x1b[?1049h\x1b[?2004h".len());
        frame.flush().unwrap();
        assert_eq!(frame.out.0.len(), 1, "an empty flush writes nothing new");
        // A frame cut short (a panic while drawing) is dropped with its writer.
        frame.write_all(b"half a frame").unwrap();
        let FrameWriter { out, .. } = frame;
        assert_eq!(out.0.len(), 1);
    }

    /// Bytes written to it, kept where the test can read them.
    #[derive(Clone, Default)]
    struct Sent(std::rc::Rc<std::cell::RefCell<Vec<u8>>>);

    impl Write for Sent {
        fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
            self.0.borrow_mut().extend_from_slice(bytes);
            Ok(bytes.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    /// What `backend` sends for `screens`, each drawn over the one before (the first over a
    /// blank screen): only the cells that changed, as ratatui sends them.
    fn frames<B: Backend>(mut backend: B, sent: &Sent, screens: &[Buffer]) -> String {
        let mut before = Buffer::empty(screen().area);
        for next in screens {
            backend.draw(before.diff(next).into_iter()).ok().unwrap();
            backend.flush().ok().unwrap();
            before = next.clone();
        }
        String::from_utf8(sent.0.borrow().clone()).unwrap()
    }

    fn crossterm_sends(screens: &[Buffer]) -> String {
        let sent = Sent::default();
        frames(CrosstermBackend::new(sent.clone()), &sent, screens)
    }

    fn frame_backend_sends(screens: &[Buffer]) -> String {
        let sent = Sent::default();
        frames(
            FrameBackend::new(FrameWriter::new(sent.clone())),
            &sent,
            screens,
        )
    }

    /// The text with its cursor moves taken out, and how many there were.
    fn without_moves(text: &str) -> (String, usize) {
        let mut rest = text;
        let (mut kept, mut moves) = (String::new(), 0);
        while let Some(at) = rest.find("\u{1b}[") {
            kept.push_str(&rest[..at]);
            let tail = &rest[at + 2..];
            let end = tail.find(|c: char| c.is_ascii_alphabetic()).unwrap();
            if &tail[end..=end] == "H" {
                moves += 1;
            } else {
                kept.push_str(&rest[at..at + 2 + end + 1]);
            }
            rest = &tail[end + 1..];
        }
        kept.push_str(rest);
        (kept, moves)
    }

    /// What a terminal shows after `text`: each character at the cursor, which moves on by
    /// the character's width; `ESC [ row ; col H` moves it; colours are left out.
    fn shown(text: &str) -> Vec<String> {
        let mut rows = vec![vec![' '; 20]; 4];
        let (mut row, mut col) = (0usize, 0usize);
        let mut rest = text;
        while let Some(c) = rest.chars().next() {
            if let Some(tail) = rest.strip_prefix("\u{1b}[") {
                let end = tail.find(|c: char| c.is_ascii_alphabetic()).unwrap();
                if &tail[end..=end] == "H" {
                    let (r, c) = tail[..end].split_once(';').unwrap();
                    (row, col) = (
                        r.parse::<usize>().unwrap() - 1,
                        c.parse::<usize>().unwrap() - 1,
                    );
                }
                rest = &tail[end + 1..];
                continue;
            }
            rows[row][col] = c;
            if c.width() == Some(2) {
                rows[row][col + 1] = '\0';
            }
            col += c.width().unwrap_or(0);
            rest = &rest[c.len_utf8()..];
        }
        // The second column of a wide character holds nothing of its own.
        (rows.into_iter())
            .map(|r| r.into_iter().filter(|&c| c != '\0').collect())
            .collect()
    }

    #[test]
    fn a_frame_puts_every_character_where_crossterm_would_with_fewer_moves() {
        let (ours, theirs) = (
            frame_backend_sends(&[screen()]),
            crossterm_sends(&[screen()]),
        );
        assert_eq!(shown(&ours), shown(&theirs));
        assert!(
            shown(&ours)[0].starts_with("第1步，共约9步："),
            "{:?}",
            shown(&ours)
        );
        // The same colours, attributes and characters, in the same order.
        let ((ours_rest, our_moves), (theirs_rest, their_moves)) =
            (without_moves(&ours), without_moves(&theirs));
        assert_eq!(ours_rest, theirs_rest);
        // One move per row where its text starts, one after each emoji (its width is not
        // certain) and one over each blank left as it was ("Not sure 不确定"); crossterm's
        // backend also moved after every Chinese character.
        assert_eq!(our_moves, 4 + 2 + 2, "{ours:?}");
        assert_eq!(their_moves, 19, "{theirs:?}");
        assert!(
            ours.len() * 10 < theirs.len() * 8,
            "{} vs {}",
            ours.len(),
            theirs.len()
        );
    }

    /// The next frame sends only what changed: single characters inside Chinese text, a
    /// narrow character where a wide one was and the other way round, an emoji replaced.
    #[test]
    fn changes_inside_chinese_text_land_where_crossterm_puts_them() {
        let mut next = screen();
        next.set_string(2, 0, "2", Style::new());
        next.set_string(11, 0, "8", Style::new());
        next.set_string(11, 1, "已", Style::new());
        next.set_string(0, 2, "ab", Style::new().fg(Color::Red));
        next.set_string(4, 2, "好", Style::new());
        next.set_string(14, 3, "要办", Style::new());
        let screens = [screen(), next];
        let (ours, theirs) = (frame_backend_sends(&screens), crossterm_sends(&screens));
        assert_eq!(shown(&ours), shown(&theirs));
        assert_eq!(shown(&ours)[0], "第2步，共约8步：确定");
        assert_eq!(shown(&ours)[1], "  Not sure 已确定   ");
        assert_eq!(without_moves(&ours).0, without_moves(&theirs).0);
        assert!(without_moves(&ours).1 < without_moves(&theirs).1);
    }

    #[test]
    fn a_frame_with_nothing_new_sends_nothing() {
        use ratatui::widgets::Paragraph;
        use ratatui::{Terminal, TerminalOptions, Viewport};
        const HIDE: &str = "\x1b[?25l";
        const SHOW: &str = "\x1b[?25h";
        let sent = Sent::default();
        let options = TerminalOptions {
            viewport: Viewport::Fixed(Rect::new(0, 0, 20, 4)),
        };
        let backend = FrameBackend::new(FrameWriter::new(sent.clone()));
        let mut terminal = Terminal::with_options(backend, options).unwrap();
        let draw = |terminal: &mut Terminal<FrameBackend<Sent>>, text, cursor| {
            (terminal.draw(|frame| {
                frame.render_widget(Paragraph::new(text), frame.area());
                if let Some((x, y)) = cursor {
                    frame.set_cursor_position(Position::new(x, y));
                }
            }))
            .unwrap();
            String::from_utf8(sent.0.take()).unwrap()
        };
        let first = draw(&mut terminal, "第1步", None);
        assert!(
            first.contains("第1步") && first.ends_with(HIDE),
            "{first:?}"
        );
        // The clock ticks, nothing changed: nothing at all goes out.
        assert_eq!(draw(&mut terminal, "第1步", None), "");
        assert_eq!(draw(&mut terminal, "第1步", None), "");
        // A change sends the change; the cursor is hidden already.
        let change = draw(&mut terminal, "第2步", None);
        assert!(change.contains('2') && !change.contains(HIDE), "{change:?}");
        // The cursor shown in a place: shown and placed once.
        let cursor = draw(&mut terminal, "第2步", Some((3, 1)));
        assert!(
            cursor.contains(SHOW) && cursor.contains("\x1b[2;4H"),
            "{cursor:?}"
        );
        assert_eq!(draw(&mut terminal, "第2步", Some((3, 1))), "");
        // Drawing moves the cursor: after a change it is placed again (and not shown again).
        let moved = draw(&mut terminal, "第3步", Some((3, 1)));
        assert!(
            moved.contains("\x1b[2;4H") && !moved.contains(SHOW),
            "{moved:?}"
        );
        assert_eq!(draw(&mut terminal, "第3步", Some((3, 1))), "");
        // Given back to the shell and taken again: what the cursor is is not known.
        terminal.backend_mut().forget_cursor();
        assert_eq!(draw(&mut terminal, "第3步", None), HIDE);
        assert_eq!(draw(&mut terminal, "第3步", None), "");
    }

    #[test]
    fn only_characters_all_terminals_draw_wide_count_as_two_columns() {
        for wide in ["第", "，", "。", "「", "ア", "한", "￥"] {
            assert_eq!(columns_taken(wide), Some(2), "{wide}");
        }
        assert_eq!(columns_taken("a"), Some(1));
        assert_eq!(columns_taken("─"), Some(1));
        for uncertain in ["🙂", "⚠️", "👍🏽", ""] {
            assert_eq!(columns_taken(uncertain), None, "{uncertain}");
        }
    }
}
