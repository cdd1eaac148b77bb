//! Plain mode: one question at a time, line by line, for screen readers, pipes and
//! `TERM=dumb`. No colour, no box drawing, no cursor movement.
//!
//! Keys at every prompt: a number (or an option id) answers, Enter keeps the current
//! answer, `b` goes back (later answers are kept), `?` shows help, `l` switches language,
//! `q` quits. A wrong answer repeats only what is wrong and the prompt, not the question.
//!
//! Once every question on the path is answered comes a review: every answer, numbered;
//! a number changes that answer, Enter shows the checklist. The checklist has no boxes and
//! no sources between the items (read aloud, they are noise); `s` lists the sources by item
//! number. Then the person may save the answers and export the checklist by typing a file
//! name (Enter skips). If input ends before the review, nothing half-done is printed and
//! the exit code says so; input that ends at the review or later shows the checklist and
//! skips what is left, so a script that pipes in the answers still gets it.
//!
//! Lines are wrapped to [`wrap_width`] (Chinese-aware, see [`crate::wrap`]).
//!
//! A line is read with a limit ([`MAX_LINE_BYTES`]): anything longer is discarded up to its
//! end and the question asked again, so no input can make the program hold more than that.
//! A line that is not UTF-8 (a terminal set to another encoding) is named as such and the
//! question asked again.

use crate::atomic::{Screen, write_atomic};
use crate::batch::month_problem;
use crate::checklist::{Checklist, answer_label, question_label};
use crate::engine::answers::{AnswerValue, Answers, NO_MONTH};
use crate::engine::check::check_answer;
use crate::engine::content::QuestionKind;
use crate::engine::facts::{GAP_START, gap_start_from_months, month_bounds};
use crate::engine::flow::walk;
use crate::engine::month::YearMonth;
use crate::engine::problem::Problem;
use crate::exit::{EXIT_USAGE, Failure};
use crate::guide::Guide;
use crate::i18n::Lang;
use crate::render::{
    Marks, TextStyle, format_for_path, render, render_sources_text, render_text_marked,
};
use crate::wrap::wrap_hanging;
use chrono::NaiveDate;
use fluent_bundle::FluentArgs;
use std::io::{BufRead, Write};
use std::path::Path;

/// The width plain mode wraps its lines to: `COLUMNS` when it holds a width, else the
/// terminal's when standard output is one, else none. Piped output (a file, another
/// program, a braille display's driver) is not wrapped: the reader wraps it to its own
/// width, and a hard break in the middle of a sentence would be read as a pause.
pub fn wrap_width(columns: Option<&str>, terminal: Option<u16>) -> Option<usize> {
    columns
        .and_then(|c| c.trim().parse::<usize>().ok())
        .filter(|&w| w > 0)
        .or(terminal.filter(|&w| w > 0).map(usize::from))
}

/// The longest line read; every answer fits in a few dozen bytes.
pub const MAX_LINE_BYTES: usize = 4096;

/// One line of input, read with [`read_line`].
#[derive(Debug, PartialEq, Eq)]
enum Line {
    Text(String),
    /// Longer than [`MAX_LINE_BYTES`]: discarded up to its end.
    TooLong,
    /// Not valid UTF-8.
    NotText,
    /// Input ended (or could not be read).
    End,
}

/// Reads one line, keeping at most `limit` bytes of it in memory.
fn read_line<R: BufRead>(input: &mut R, limit: usize) -> Line {
    let mut line = Vec::new();
    let mut too_long = false;
    let mut read_any = false;
    loop {
        let buf = match input.fill_buf() {
            Ok(buf) => buf,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(_) => return Line::End,
        };
        if buf.is_empty() {
            if !read_any {
                return Line::End;
            }
            break;
        }
        read_any = true;
        let (chunk, used, done) = match buf.iter().position(|&b| b == b'\n') {
            Some(i) => (&buf[..i], i + 1, true),
            None => (buf, buf.len(), false),
        };
        if !too_long {
            if line.len() + chunk.len() > limit {
                too_long = true;
                line = Vec::new();
            } else {
                line.extend_from_slice(chunk);
            }
        }
        input.consume(used);
        if done {
            break;
        }
    }
    if too_long {
        return Line::TooLong;
    }
    if line.last() == Some(&b'\r') {
        line.pop();
    }
    match String::from_utf8(line) {
        Ok(text) => Line::Text(text),
        Err(_) => Line::NotText,
    }
}

/// What the person typed at a prompt.
#[derive(Debug, PartialEq, Eq)]
enum Input {
    Back,
    Help,
    SwitchLanguage,
    Quit,
    Keep,
    Text(String),
}

fn classify(line: &str) -> Input {
    match line.trim() {
        "" => Input::Keep,
        "b" | "B" => Input::Back,
        "?" | "？" | "h" | "H" => Input::Help,
        "l" | "L" => Input::SwitchLanguage,
        "q" | "Q" => Input::Quit,
        other => Input::Text(other.to_owned()),
    }
}

struct Session<'g, W: Write> {
    guide: &'g Guide,
    lang: Lang,
    today: NaiveDate,
    answers: Answers,
    out: W,
    /// Wrap output lines to this many cells; `None`: do not wrap.
    width: Option<usize>,
}

/// Where the person is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Stage {
    Question(usize),
    Review,
}

/// Runs plain mode to the checklist (or until the person quits).
pub fn run<R: BufRead, W: Write>(
    guide: &Guide,
    lang: Lang,
    today: NaiveDate,
    input: R,
    out: W,
    width: Option<usize>,
) -> Result<(), Failure> {
    run_with(guide, lang, today, Answers::default(), input, out, width)
}

fn io_err(e: std::io::Error) -> Failure {
    Failure::one(
        crate::exit::EXIT_IO,
        Problem::new("write-failed").arg("error", e),
    )
}

/// Runs plain mode starting from `answers` (from `--answers` or `--resume`): it asks only
/// what is still missing, then shows the review.
pub fn run_with<R: BufRead, W: Write>(
    guide: &Guide,
    lang: Lang,
    today: NaiveDate,
    answers: Answers,
    input: R,
    out: W,
    width: Option<usize>,
) -> Result<(), Failure> {
    let mut s = Session {
        guide,
        lang,
        today,
        answers,
        out,
        width,
    };
    let mut input = input;
    s.intro().map_err(io_err)?;
    let mut stage = match walk(&guide.content, &s.answers, today).pending {
        Some(q) => Stage::Question(q),
        None => Stage::Review,
    };
    // Once the review has been shown, a changed answer leads back to it.
    let mut reviewing = false;
    // What was last shown in full, and in which language: after a wrong answer, help or a
    // note, only the prompt is repeated.
    let mut shown: Option<(Stage, Lang)> = None;
    loop {
        if shown == Some((stage, s.lang)) {
            s.prompt().map_err(io_err)?;
        } else {
            match stage {
                Stage::Question(q) => s.ask(q),
                Stage::Review => s.review(),
            }
            .map_err(io_err)?;
            shown = Some((stage, s.lang));
        }
        let line = match read_line(&mut input, MAX_LINE_BYTES) {
            Line::Text(line) => line,
            // At the review every answer is in: the end of input shows the checklist.
            Line::End if stage == Stage::Review => break,
            Line::End => {
                return Err(Failure::one(EXIT_USAGE, Problem::new("plain-input-ended")));
            }
            Line::TooLong => {
                s.problem(Problem::new("plain-line-too-long").arg("max", MAX_LINE_BYTES))
                    .map_err(io_err)?;
                continue;
            }
            Line::NotText => {
                s.problem(Problem::new("plain-not-utf8")).map_err(io_err)?;
                continue;
            }
        };
        let w = walk(&guide.content, &s.answers, today);
        match (classify(&line), stage) {
            (Input::Quit, _) => {
                s.say("ui-plain-quit", None).map_err(io_err)?;
                return Ok(());
            }
            (Input::SwitchLanguage, _) => {
                s.lang = s.lang.other();
                s.say("ui-plain-language-switched", None).map_err(io_err)?;
            }
            (Input::Back, Stage::Question(q)) => match w.before(q) {
                Some(prev) => stage = Stage::Question(prev),
                None => s.say("ui-plain-at-first", None).map_err(io_err)?,
            },
            (Input::Back, Stage::Review) => match w.path.last() {
                Some(&last) => stage = Stage::Question(last),
                None => s.say("ui-plain-at-first", None).map_err(io_err)?,
            },
            (Input::Help, Stage::Question(q)) => s.help(q).map_err(io_err)?,
            (Input::Help, Stage::Review) => {
                s.say("ui-plain-review-prompt", None).map_err(io_err)?
            }
            (Input::Keep, Stage::Review) => match s.first_invalid() {
                Some((q, p)) => {
                    s.problem(p).map_err(io_err)?;
                    stage = Stage::Question(q);
                }
                None => break,
            },
            (Input::Text(text), Stage::Review) => match text.parse::<usize>() {
                Ok(n) if (1..=w.path.len()).contains(&n) => stage = Stage::Question(w.path[n - 1]),
                _ => {
                    let p = Problem::new("plain-bad-review").arg("count", w.path.len());
                    s.problem(p).map_err(io_err)?;
                }
            },
            (Input::Keep, Stage::Question(q)) => {
                let id = &guide.content.questions[q].id;
                // A kept answer is checked again: an earlier answer it depends on (the
                // first unpaid month, for the last) may have changed since.
                match s
                    .answers
                    .get(id)
                    .map(|v| check_answer(&guide.content, id, v, &s.answers, today))
                {
                    Some(Ok(())) => stage = s.after_answer(q, reviewing).map_err(io_err)?,
                    Some(Err(p)) => {
                        let value = s.answers.get(id).map(|v| v.to_string()).unwrap_or_default();
                        s.problem(
                            p.set("value", value)
                                .set("question", question_label(&guide.locales, s.lang, id)),
                        )
                        .map_err(io_err)?;
                    }
                    None => s.say("ui-plain-need-answer", None).map_err(io_err)?,
                }
            }
            (Input::Text(text), Stage::Question(q)) => match s.interpret(q, &text) {
                Ok(value) => {
                    s.answers.set(&guide.content.questions[q].id, value);
                    stage = s.after_answer(q, reviewing).map_err(io_err)?;
                }
                Err(p) => {
                    // The person reads the question's words and what they typed, never an id.
                    let id = &guide.content.questions[q].id;
                    let p = p
                        .set("question", question_label(&guide.locales, s.lang, id))
                        .set("value", text.trim());
                    s.problem(p).map_err(io_err)?;
                }
            },
        }
        if stage == Stage::Review {
            reviewing = true;
        }
    }
    s.finish(&mut input).map_err(io_err)
}

impl<W: Write> Session<'_, W> {
    /// Writes text, wrapped to the width: each of its lines keeps its leading spaces as the
    /// indent of the lines it wraps into.
    fn line(&mut self, text: &str) -> std::io::Result<()> {
        for line in text.split('\n') {
            let rest = line.trim_start_matches(' ');
            let indent = &line[..line.len() - rest.len()];
            self.hanging(indent, rest)?;
        }
        Ok(())
    }

    /// Writes `first` then `text`, wrapped under the text.
    fn hanging(&mut self, first: &str, text: &str) -> std::io::Result<()> {
        match self.width {
            Some(w) => {
                for l in wrap_hanging(text, w, first) {
                    writeln!(self.out, "{l}")?;
                }
                Ok(())
            }
            None => writeln!(self.out, "{first}{text}"),
        }
    }

    fn say(&mut self, id: &str, args: Option<&FluentArgs>) -> std::io::Result<()> {
        let text = self.guide.locales.fmt(self.lang, id, args);
        self.line(&text)
    }

    /// Says what is wrong, in the person's language.
    fn problem(&mut self, p: Problem) -> std::io::Result<()> {
        let msg = self.guide.locales.problem(self.lang, &p);
        self.line(&msg)
    }

    fn prompt(&mut self) -> std::io::Result<()> {
        write!(self.out, "> ")?;
        self.out.flush()
    }

    /// Where to go after `q` was answered: on the first pass, on along the path; once the
    /// review was shown, back to it when nothing is missing. An answer that an edit made
    /// impossible (a last unpaid month now before the first) is asked again, saying why.
    fn after_answer(&mut self, q: usize, reviewing: bool) -> std::io::Result<Stage> {
        let w = walk(&self.guide.content, &self.answers, self.today);
        if !reviewing {
            return Ok(w.after(q).map_or(Stage::Review, Stage::Question));
        }
        if let Some((bad, p)) = self.first_invalid() {
            self.problem(p)?;
            return Ok(Stage::Question(bad));
        }
        Ok(w.pending.map_or(Stage::Review, Stage::Question))
    }

    /// The first answer on the path that no longer passes its check, and why.
    fn first_invalid(&self) -> Option<(usize, Problem)> {
        let content = &self.guide.content;
        let w = walk(content, &self.answers, self.today);
        w.path.iter().find_map(|&q| {
            let id = &content.questions[q].id;
            let value = w.on_path.get(id)?;
            check_answer(content, id, value, &w.on_path, self.today)
                .err()
                .map(|p| {
                    let p = p.set("value", value.to_string()).set(
                        "question",
                        question_label(&self.guide.locales, self.lang, id),
                    );
                    (q, p)
                })
        })
    }

    /// Every answer, numbered, and how to change one or go on.
    fn review(&mut self) -> std::io::Result<()> {
        let content = &self.guide.content;
        let l = &self.guide.locales;
        let lang = self.lang;
        let w = walk(content, &self.answers, self.today);
        let sep = l.text(lang, "ui-label-separator");
        let rows: Vec<String> = w
            .path
            .iter()
            .map(|&q| {
                let id = &content.questions[q].id;
                let answer = w
                    .on_path
                    .get(id)
                    .map(|v| answer_label(l, lang, id, v))
                    .unwrap_or_default();
                format!("{}{sep}{answer}", question_label(l, lang, id))
            })
            .collect();
        writeln!(self.out)?;
        self.say("ui-plain-review-heading", None)?;
        for (n, row) in rows.iter().enumerate() {
            self.hanging(&format!("  {}. ", n + 1), row)?;
        }
        self.say("ui-plain-review-prompt", None)?;
        self.prompt()
    }

    /// The checklist, then the sources on request, then saving and exporting. Input that
    /// ends skips what is left: everything asked here is optional.
    fn finish<R: BufRead>(&mut self, input: &mut R) -> std::io::Result<()> {
        let mut checklist = self.checklist();
        self.print_checklist(&checklist)?;
        loop {
            self.say("ui-plain-after-checklist", None)?;
            self.prompt()?;
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
                    self.lang = self.lang.other();
                    self.say("ui-plain-language-switched", None)?;
                    checklist = self.checklist();
                    self.print_checklist(&checklist)?;
                }
                "q" | "Q" => return self.say("ui-plain-bye", None),
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
            let name = match read_line(input, MAX_LINE_BYTES) {
                Line::Text(line) => line.trim().to_owned(),
                Line::End => {
                    self.end_of_input()?;
                    return Ok(false);
                }
                Line::TooLong => {
                    self.problem(Problem::new("plain-line-too-long").arg("max", MAX_LINE_BYTES))?;
                    continue;
                }
                Line::NotText => {
                    self.problem(Problem::new("plain-not-utf8"))?;
                    continue;
                }
            };
            match name.as_str() {
                "" => return Ok(true),
                "q" | "Q" => {
                    self.say("ui-plain-bye", None)?;
                    return Ok(false);
                }
                _ => {}
            }
            let path = Path::new(&name);
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

    fn intro(&mut self) -> std::io::Result<()> {
        let l = &self.guide.locales;
        let mut args = FluentArgs::new();
        args.set("reviewed", l.date(self.lang, self.guide.content.reviewed));
        args.set("version", self.guide.content.version.clone());
        self.say("ui-title", None)?;
        self.say("ui-disclaimer", None)?;
        self.say("ui-reviewed", Some(&args))?;
        if self.guide.content.is_stale(self.today) {
            self.say("ui-reviewed-stale", Some(&args))?;
        }
        self.say("ui-plain-keys", None)
    }

    fn ask(&mut self, q: usize) -> std::io::Result<()> {
        let content = &self.guide.content;
        let l = &self.guide.locales;
        let lang = self.lang;
        let w = walk(content, &self.answers, self.today);
        let progress = w.progress(content, q);
        let question = &content.questions[q];
        let id = crate::message_id::question(&question.id);
        let mut args = FluentArgs::new();
        args.set("step", progress.step);
        args.set("total", progress.total);
        writeln!(self.out)?;
        self.say("ui-plain-step", Some(&args))?;
        self.line(&l.text(lang, &id))?;
        for (n, &i) in question.offered(&w.on_path, &w.facts).iter().enumerate() {
            let o = &question.options[i];
            self.hanging(
                &format!("  {}. ", n + 1),
                &l.text(lang, &format!("{id}-{o}")),
            )?;
        }
        if question.kind == QuestionKind::Multi {
            let mut args = FluentArgs::new();
            args.set(
                "none",
                l.text(lang, &crate::message_id::no_answer(&question.id)),
            );
            self.say("ui-plain-multi", Some(&args))?;
        }
        if question.kind == QuestionKind::Month {
            let (min, max) = month_bounds(&question.id, &self.answers, self.today);
            let mut args = FluentArgs::new();
            args.set("earliest", min.to_string());
            args.set("latest", max.to_string());
            args.set(
                "none",
                l.text(lang, &crate::message_id::no_answer(&question.id)),
            );
            let prompt = if question.id == GAP_START {
                "ui-plain-month-gap-start"
            } else if question.optional {
                "ui-plain-month-optional"
            } else {
                "ui-plain-month"
            };
            self.say(prompt, Some(&args))?;
        }
        if let Some(current) = self.answers.get(&question.id) {
            let mut args = FluentArgs::new();
            args.set("answer", answer_label(l, lang, &question.id, current));
            self.say("ui-plain-current", Some(&args))?;
        }
        self.prompt()
    }

    fn help(&mut self, q: usize) -> std::io::Result<()> {
        let id = crate::message_id::question(&self.guide.content.questions[q].id);
        let help = self
            .guide
            .locales
            .attr(self.lang, &id, "help", None)
            .unwrap_or_default();
        self.line(&help)
    }

    /// Turns typed text into an answer for question `q`, or says why it is not one.
    fn interpret(&self, q: usize, text: &str) -> Result<AnswerValue, Problem> {
        let question = &self.guide.content.questions[q];
        match question.kind {
            QuestionKind::Choice | QuestionKind::YesNo => {
                // Numbers count the options offered on this path, as listed.
                let w = walk(&self.guide.content, &self.answers, self.today);
                let offered: Vec<&String> = question
                    .offered(&w.on_path, &w.facts)
                    .into_iter()
                    .map(|i| &question.options[i])
                    .collect();
                if let Ok(n) = text.parse::<usize>()
                    && (1..=offered.len()).contains(&n)
                {
                    return Ok(AnswerValue::Choice(offered[n - 1].clone()));
                }
                if offered.iter().any(|o| *o == text) {
                    return Ok(AnswerValue::Choice(text.to_owned()));
                }
                Err(Problem::new("plain-bad-choice").arg("count", offered.len()))
            }
            QuestionKind::Multi => {
                if text == "0" {
                    return Ok(AnswerValue::Choices(Vec::new()));
                }
                // Numbers as listed ("1,3" or "1 3"), or option ids ("pregnant,retired").
                let ids: Option<Vec<&str>> = text
                    .split([',', '，', '、', ' '])
                    .filter(|p| !p.is_empty())
                    .map(|p| match p.parse::<usize>() {
                        Ok(n) if (1..=question.options.len()).contains(&n) => {
                            Some(question.options[n - 1].as_str())
                        }
                        Ok(_) => None,
                        Err(_) => Some(p),
                    })
                    .collect();
                ids.and_then(|ids| question.parse_choices(&ids.join(",")).ok())
                    .map(AnswerValue::Choices)
                    .ok_or_else(|| {
                        Problem::new("plain-bad-multi").arg("count", question.options.len())
                    })
            }
            QuestionKind::Month => {
                if question.optional && (text == "0" || text.eq_ignore_ascii_case(NO_MONTH)) {
                    return Ok(AnswerValue::NoMonth);
                }
                // The gap question also takes a number of unpaid months.
                if question.id == GAP_START
                    && let Ok(n) = text.parse::<u32>()
                {
                    return gap_start_from_months(n, self.today).map(AnswerValue::Month);
                }
                let month: YearMonth = text.parse().map_err(month_problem)?;
                let value = AnswerValue::Month(month);
                check_answer(
                    &self.guide.content,
                    &question.id,
                    &value,
                    &self.answers,
                    self.today,
                )?;
                Ok(value)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classifies_commands() {
        assert_eq!(classify(" b "), Input::Back);
        assert_eq!(classify("？"), Input::Help);
        assert_eq!(classify("L"), Input::SwitchLanguage);
        assert_eq!(classify(""), Input::Keep);
        assert_eq!(classify("2"), Input::Text("2".into()));
    }

    #[test]
    fn lines_are_read_with_a_limit_across_buffer_boundaries() {
        // A tiny buffer makes every line span several reads.
        let text = b"ok\r\n0123456789abc\n\xff\xfe\n0123456789\nlast".as_slice();
        let mut input = std::io::BufReader::with_capacity(3, text);
        let mut next = || read_line(&mut input, 10);
        assert_eq!(next(), Line::Text("ok".into()));
        assert_eq!(next(), Line::TooLong);
        assert_eq!(next(), Line::NotText);
        assert_eq!(next(), Line::Text("0123456789".into()), "exactly the limit");
        assert_eq!(next(), Line::Text("last".into()), "no newline at the end");
        assert_eq!(next(), Line::End);
        assert_eq!(next(), Line::End);
    }

    #[test]
    fn wrap_width_prefers_columns_then_the_terminal() {
        assert_eq!(wrap_width(Some("60"), Some(100)), Some(60));
        assert_eq!(wrap_width(None, Some(100)), Some(100));
        // Unusable COLUMNS values are ignored; piped output (no terminal) is not wrapped.
        assert_eq!(wrap_width(Some("wide"), Some(90)), Some(90));
        assert_eq!(wrap_width(Some("0"), None), None);
        assert_eq!(wrap_width(None, None), None);
    }
}
