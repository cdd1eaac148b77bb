//! The welcome, review and checklist screens.

use super::navigate::{go_to_pending, open_checklist, open_question, open_review, set_lang, wipe};
use crate::i18n::Lang;
use crate::tui::model::{Cmd, Model, Msg, Overlay, START_ROW, Status, TextInput, WELCOME_ROWS};

pub(super) fn update_welcome(m: &mut Model<'_>, msg: Msg) -> Option<Cmd> {
    match msg {
        Msg::Up | Msg::Left => m.cursor = m.cursor.saturating_sub(1),
        Msg::Down | Msg::Right => m.cursor = (m.cursor + 1).min(WELCOME_ROWS - 1),
        Msg::Highlight(i) if i < WELCOME_ROWS => m.cursor = i,
        Msg::Choose(i) if i < WELCOME_ROWS => {
            m.cursor = i;
            return update_welcome(m, Msg::Confirm);
        }
        Msg::Confirm => match m.cursor {
            0 => set_lang(m, Lang::Zh),
            1 => set_lang(m, Lang::En),
            START_ROW => go_to_pending(m),
            _ => m.overlay = Some(Overlay::ResumeCode(TextInput::default())),
        },
        _ => {}
    }
    None
}

pub(super) fn update_review(m: &mut Model<'_>, msg: Msg) -> Option<Cmd> {
    let w = m.walk();
    let rows = w.path.len() + 1; // answers, then "show the checklist"
    let page = usize::from(m.height.saturating_sub(8)).max(1);
    match msg {
        Msg::Up => m.cursor = m.cursor.saturating_sub(1),
        // Past the last row the review scrolls on, down to the resume code.
        Msg::Down if m.cursor + 1 >= rows => m.scroll = m.scroll.saturating_add(1),
        Msg::Down => m.cursor += 1,
        Msg::Home => {
            m.cursor = 0;
            m.scroll = 0;
        }
        // The last row, and everything below it (`scroll::settle` clamps to the end).
        Msg::End => {
            m.cursor = rows - 1;
            m.scroll = usize::MAX;
        }
        Msg::PageUp => m.scroll = m.scroll.saturating_sub(page),
        Msg::PageDown => m.scroll = m.scroll.saturating_add(page),
        Msg::Scroll(n) => m.scroll = m.scroll.saturating_add_signed(n as isize),
        Msg::Highlight(i) if i < rows => m.cursor = i,
        Msg::Choose(i) if i < rows => {
            m.cursor = i;
            return update_review(m, Msg::Confirm);
        }
        Msg::Confirm => {
            if m.cursor < w.path.len() {
                m.from_review = true;
                open_question(m, w.path[m.cursor]);
            } else {
                open_checklist(m);
            }
        }
        Msg::Back | Msg::Left | Msg::DeleteChar => {
            if let Some(&last) = w.path.last() {
                open_question(m, last);
            }
        }
        _ => {}
    }
    None
}

pub(super) fn update_checklist(m: &mut Model<'_>, msg: Msg) -> Option<Cmd> {
    let count = m.checklist_item_count();
    let page = usize::from(m.height.saturating_sub(8)).max(1);
    match msg {
        Msg::Up => m.cursor = m.cursor.saturating_sub(1),
        Msg::Down => m.cursor = (m.cursor + 1).min(count.saturating_sub(1)),
        Msg::Home => m.cursor = 0,
        Msg::End => m.cursor = count.saturating_sub(1),
        Msg::PageUp => m.scroll = m.scroll.saturating_sub(page),
        Msg::PageDown => m.scroll += page,
        Msg::Scroll(n) => m.scroll = m.scroll.saturating_add_signed(n as isize),
        Msg::Highlight(i) if i < count => m.cursor = i,
        Msg::Choose(i) if i < count => {
            m.cursor = i;
            return update_checklist(m, Msg::ToggleTick);
        }
        Msg::ToggleTick | Msg::Confirm => {
            if let Some((section, item)) = m.checklist_item(m.cursor)
                && section.is_tickable()
            {
                let id = item.id.clone();
                if !m.ticked.remove(&id) {
                    m.ticked.insert(id);
                }
            }
        }
        Msg::ToggleSources => m.show_sources = !m.show_sources,
        Msg::StartExport if m.settings.can_export() => {
            m.overlay = Some(Overlay::Export(TextInput::new(&m.default_export_name())));
        }
        Msg::Print if m.settings.print_command.is_some() && !m.printing => {
            let c = m.checklist.as_ref()?;
            let style = crate::render::TextStyle {
                width: Some(usize::from(m.settings.print_width)),
                hide_sources: !m.settings.print_sources,
            };
            // The receipt shows what the person ticked, as exports do.
            let marks = crate::render::Marks::Boxes(&m.ticked);
            let mut text =
                crate::render::render_text_marked(c, &m.guide.locales, m.lang, &style, marks);
            if !m.settings.print_sources {
                // The short form: one line on where every item's sources are.
                let note = m.guide.locales.text(m.lang, "ui-print-sources-note");
                for line in crate::wrap::wrap(&note, usize::from(m.settings.print_width)) {
                    text.push_str(&line);
                    text.push('\n');
                }
            }
            m.status = Some(Status {
                id: "ui-kiosk-printing",
                arg: None,
                error: false,
            });
            m.printing = true;
            return Some(Cmd::Print { text });
        }
        // Never in a kiosk: the clipboard would outlive "finish and clear" and the wipe.
        Msg::Copy if !m.settings.kiosk() => {
            let c = m.checklist.as_ref()?;
            let style = crate::render::TextStyle::default();
            let marks = || crate::render::Marks::Boxes(&m.ticked);
            let mut text =
                crate::render::render_text_marked(c, &m.guide.locales, m.lang, &style, marks());
            if let Some(other) = &m.checklist_other {
                text.push('\n');
                text.push_str(&crate::render::render_text_marked(
                    other,
                    &m.guide.locales,
                    m.lang.other(),
                    &style,
                    marks(),
                ));
            }
            return Some(Cmd::Copy { text });
        }
        Msg::FinishAndClear if m.settings.kiosk() => wipe(m),
        Msg::Restart => m.overlay = Some(Overlay::ConfirmRestart),
        Msg::Back | Msg::Left | Msg::DeleteChar => open_review(m),
        _ => {}
    }
    None
}
