//! Reading aloud in plain mode, for counselors reading along and people who read poorly:
//! `v` reads what was shown last (the question, its help, the review or the checklist) and
//! stops it on a second press; with `--speak` each is read as soon as it is shown. A
//! speech command that fails is one line, and the session goes on.

use super::session::Session;
use crate::checklist::Checklist;
use crate::engine::flow::{Walk, walk};
use crate::speak::{Speaker, status_line, text};
use std::io::Write;
use std::time::Duration;

impl<W: Write> Session<'_, W> {
    /// Something was shown: `v` now reads it, and with `--speak` it is read right away
    /// (cutting off whatever was being read). Its words are made only when there is a
    /// voice to say them.
    fn shown(&mut self, spoken: impl FnOnce(&Self, &Walk) -> String) -> std::io::Result<()> {
        if self.speech.speaker.is_none() {
            return Ok(());
        }
        let w = walk(&self.guide.content, &self.answers, self.today);
        self.speech.last_shown = spoken(self, &w);
        if self.speech.automatic {
            self.read_last_shown(false)?;
        }
        Ok(())
    }

    /// The question `q` was shown.
    pub(super) fn shown_question(&mut self, q: usize) -> std::io::Result<()> {
        self.shown(|s, w| {
            let id = &s.guide.content.questions[q].id;
            text::question_screen(s.guide, s.lang, w, q, s.answers.get(id))
        })
    }

    /// The help of question `q` was shown.
    pub(super) fn shown_help(&mut self, q: usize) -> std::io::Result<()> {
        self.shown(|s, _| text::question_help(s.guide, s.lang, q))
    }

    /// The review was shown.
    pub(super) fn shown_review(&mut self) -> std::io::Result<()> {
        self.shown(|s, w| text::review(s.guide, s.lang, w))
    }

    /// The checklist was shown.
    pub(super) fn shown_checklist(&mut self, checklist: &Checklist) -> std::io::Result<()> {
        self.shown(|s, w| text::checklist(s.guide, s.lang, w, checklist))
    }

    /// `v`: reads what was shown last, or stops reading.
    pub(super) fn toggle_reading(&mut self) -> std::io::Result<()> {
        self.read_last_shown(true)
    }

    fn read_last_shown(&mut self, toggle: bool) -> std::io::Result<()> {
        let lang = self.lang;
        let Some(speaker) = self.speech.speaker.as_mut() else {
            return self.say("ui-speak-off", None);
        };
        let result = if toggle {
            speaker.toggle(lang, &self.speech.last_shown).map(|_| ())
        } else {
            speaker.speak(lang, &self.speech.last_shown)
        };
        match result {
            Ok(()) => Ok(()),
            Err(p) => {
                let line = status_line(&self.guide.locales, lang, &p);
                self.line(&line)
            }
        }
    }

    /// Says, on one line, that the last reading failed (once).
    pub(super) fn report_speech(&mut self) -> std::io::Result<()> {
        let Some(p) = self.speech.speaker.as_mut().and_then(Speaker::poll) else {
            return Ok(());
        };
        let line = status_line(&self.guide.locales, self.lang, &p);
        self.line(&line)
    }

    /// At the end of the session: lets the last reading (the checklist, usually) finish
    /// before the program ends, which would cut it off.
    pub(super) fn let_reading_finish(&mut self) -> std::io::Result<()> {
        if let Some(speaker) = self.speech.speaker.as_mut() {
            while speaker.is_speaking() {
                std::thread::sleep(Duration::from_millis(50));
            }
        }
        self.report_speech()
    }

    /// Quitting: stops reading now.
    pub(super) fn stop_reading(&mut self) {
        if let Some(speaker) = self.speech.speaker.as_mut() {
            speaker.stop();
        }
    }
}
