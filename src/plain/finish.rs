//! After the review: the checklist read line by line, its sources on request, then saving
//! the answers and exporting the checklist to files the person names.

use super::input::{Line, MAX_LINE_BYTES, read_line};
use super::session::Session;
use crate::atomic::{Screen, write_atomic};
use crate::checklist::Checklist;
use crate::engine::flow::walk;
use crate::engine::problem::Problem;
use crate::render::{
    Marks, TextStyle, format_for_path, render, render_sources_text, render_text_marked,
};
use fluent_bundle::FluentArgs;
use std::io::{BufRead, Write};
use std::path::Path;

impl<W: Write> Session<'_, W> {
    /// The checklist, then the sources on request, then saving and exporting. Input that
    /// ends skips what is left: everything asked here is optional.
    pub(super) fn finish<R: BufRead>(&mut self, input: &mut R) -> std::io::Result<()> {
        let mut checklist = self.checklist();
        self.print_checklist(&checklist)?;
        self.shown_checklist(&checklist)?;
        loop {
            self.say("ui-plain-after-checklist", None)?;
            self.prompt()?;
            self.report_speech()?;
            let Line::Text(line) = read_line(input, MAX_LINE_BYTES) else {
                return self.end_of_input();
            };
            match line.trim() {
                "s" | "S" => {
                    let text =
                        render_sources_text(&checklist, &self.guide.locales, self.lang, self.width);
                    writeln!(self.out)?;
                    self.say("ui-plain-sources-heading", None)?;
                    self.out.write_all(text.as_bytes())?;
                    break;
                }
                "l" | "L" => {
                    // What was being read is in the other language now.
                    self.stop_reading();
                    self.lang = self.lang.other();
                    self.say("ui-plain-language-switched", None)?;
                    checklist = self.checklist();
                    self.print_checklist(&checklist)?;
                    self.shown_checklist(&checklist)?;
                }
                "v" | "V" => self.toggle_reading()?,
                "q" | "Q" => {
                    self.stop_reading();
                    return self.say("ui-plain-bye", None);
                }
                _ => break,
            }
        }
        if !self.offer_file("ui-plain-save-prompt", input, |s, path| {
            let text = crate::save::answers_yaml(
                &s.guide.content,
                &walk(&s.guide.content, &s.answers, s.today).on_path,
            );
            write_atomic(path, text.as_bytes(), Screen::Free)
        })? {
            return Ok(());
        }
        if !self.offer_file("ui-plain-export-prompt", input, |s, path| {
            let text = render(
                &checklist,
                &s.guide.locales,
                s.lang,
                format_for_path(path),
                None,
                None,
            );
            write_atomic(path, text.as_bytes(), Screen::Free)
        })? {
            return Ok(());
        }
        self.say("ui-plain-bye", None)
    }

    /// Asks for a file name and writes it with `write`, until it is written or the person
    /// presses Enter. False when input ended (or `q`): nothing more is asked.
    fn offer_file<R: BufRead>(
        &mut self,
        prompt: &str,
        input: &mut R,
        write: impl Fn(&Self, &Path) -> Result<(), Problem>,
    ) -> std::io::Result<bool> {
        writeln!(self.out)?;
        self.say(prompt, None)?;
        loop {
            self.prompt()?;
            let Some(line) = self.read_text(input)? else {
                self.end_of_input()?;
                return Ok(false);
            };
            let name = line.trim();
            match name {
                "" => return Ok(true),
                "q" | "Q" => {
                    self.stop_reading();
                    self.say("ui-plain-bye", None)?;
                    return Ok(false);
                }
                _ => {}
            }
            let path = Path::new(name);
            match write(self, path) {
                Ok(()) => {
                    let shown = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
                    let mut args = FluentArgs::new();
                    args.set(
                        "path",
                        crate::engine::text_safety::sanitize_line(&shown.display().to_string())
                            .into_owned(),
                    );
                    self.say("ui-plain-saved", Some(&args))?;
                    return Ok(true);
                }
                // Said, and asked again: another name, or Enter to skip.
                Err(p) => self.problem(p)?,
            }
        }
    }

    /// Input ended after the checklist: a clean end, with a line break after the prompt.
    fn end_of_input(&mut self) -> std::io::Result<()> {
        writeln!(self.out)?;
        self.out.flush()
    }

    fn checklist(&self) -> Checklist {
        let w = walk(&self.guide.content, &self.answers, self.today);
        Checklist::build(self.guide, self.lang, &self.answers, &w)
    }

    /// The checklist read line by line: items numbered in each section, no boxes, no
    /// sources in between.
    fn print_checklist(&mut self, checklist: &Checklist) -> std::io::Result<()> {
        let style = TextStyle {
            width: self.width,
            hide_sources: true,
        };
        let text = render_text_marked(
            checklist,
            &self.guide.locales,
            self.lang,
            &style,
            Marks::Numbered,
        );
        writeln!(self.out)?;
        self.out.write_all(text.as_bytes())?;
        writeln!(self.out)
    }
}
