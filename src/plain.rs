//! Plain mode: one question at a time, line by line, for screen readers, pipes and
//! `TERM=dumb`. No colour, no box drawing, no cursor movement.
//!
//! Keys at every prompt: a number (or an option id) answers, Enter keeps the current
//! answer, `b` goes back (later answers are kept), `?` shows help, `l` switches language,
//! `q` quits. The checklist is printed only once every question on the path is answered;
//! if input ends first, nothing half-done is printed and the exit code says so.
//!
//! A line is read with a limit ([`MAX_LINE_BYTES`]): anything longer is discarded up to its
//! end and the question asked again, so no input can make the program hold more than that.
//! A line that is not UTF-8 (a terminal set to another encoding) is named as such and the
//! question asked again.

use crate::batch::month_problem;
use crate::checklist::{Checklist, answer_label, question_label};
use crate::cli::{EXIT_USAGE, Failure};
use crate::engine::answers::{AnswerValue, Answers, NO_MONTH};
use crate::engine::check::check_answer;
use crate::engine::content::QuestionKind;
use crate::engine::facts::{GAP_START, gap_start_from_months, month_bounds};
use crate::engine::flow::{Walk, estimate_remaining, walk};
use crate::engine::month::YearMonth;
use crate::engine::problem::Problem;
use crate::guide::Guide;
use crate::i18n::Lang;
use crate::render::{TextStyle, render_text};
use chrono::NaiveDate;
use fluent_bundle::FluentArgs;
use std::io::{BufRead, Write};

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
}

/// Runs plain mode to the checklist (or until the person quits).
pub fn run<R: BufRead, W: Write>(
    guide: &Guide,
    lang: Lang,
    today: NaiveDate,
    input: R,
    out: W,
) -> Result<(), Failure> {
    run_with(guide, lang, today, Answers::default(), input, out)
}

/// Runs plain mode starting from `answers` (from `--answers` or `--resume`): it asks only
/// what is still missing.
pub fn run_with<R: BufRead, W: Write>(
    guide: &Guide,
    lang: Lang,
    today: NaiveDate,
    answers: Answers,
    input: R,
    out: W,
) -> Result<(), Failure> {
    let mut s = Session {
        guide,
        lang,
        today,
        answers,
        out,
    };
    let io_err = |e: std::io::Error| {
        Failure::one(
            crate::cli::EXIT_IO,
            Problem::new("write-failed").arg("error", e),
        )
    };
    s.intro().map_err(io_err)?;
    let mut input = input;
    let mut cursor = walk(&guide.content, &s.answers, today).pending;
    while let Some(q) = cursor {
        s.ask(q).map_err(io_err)?;
        let line = match read_line(&mut input, MAX_LINE_BYTES) {
            Line::Text(line) => line,
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
        match classify(&line) {
            Input::Back => match position(&w, q).checked_sub(1) {
                Some(prev) => cursor = Some(w.path[prev]),
                None => s.say("ui-plain-at-first", None).map_err(io_err)?,
            },
            Input::Help => s.help(q).map_err(io_err)?,
            Input::SwitchLanguage => {
                s.lang = s.lang.other();
                s.say("ui-plain-language-switched", None).map_err(io_err)?;
            }
            Input::Quit => {
                s.say("ui-plain-quit", None).map_err(io_err)?;
                return Ok(());
            }
            Input::Keep => {
                let id = &guide.content.questions[q].id;
                // A kept answer is checked again: an earlier answer it depends on (the
                // first unpaid month, for the last) may have changed since.
                match s
                    .answers
                    .get(id)
                    .map(|v| check_answer(&guide.content, id, v, &s.answers, today))
                {
                    Some(Ok(())) => cursor = advance(&s, q),
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
            Input::Text(text) => match s.interpret(q, &text) {
                Ok(value) => {
                    s.answers.set(&guide.content.questions[q].id, value);
                    cursor = advance(&s, q);
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
    }
    let w = walk(&guide.content, &s.answers, today);
    let checklist = Checklist::build(guide, s.lang, &s.answers, &w);
    let text = render_text(&checklist, &guide.locales, s.lang, &TextStyle::default());
    writeln!(s.out)
        .and_then(|()| s.out.write_all(text.as_bytes()))
        .and_then(|()| s.out.flush())
        .map_err(io_err)
}

/// Where `q` is on the path: its index, or the path length when it is the pending question.
fn position(w: &Walk, q: usize) -> usize {
    w.path.iter().position(|&p| p == q).unwrap_or(w.path.len())
}

/// After answering `q`: the next question on the path (kept answers are shown again so
/// they can be confirmed with Enter), or the first unanswered one.
fn advance<W: Write>(s: &Session<'_, W>, q: usize) -> Option<usize> {
    let w = walk(&s.guide.content, &s.answers, s.today);
    match w.path.iter().position(|&p| p == q) {
        Some(i) => w.path.get(i + 1).copied().or(w.pending),
        None => w.pending,
    }
}

impl<W: Write> Session<'_, W> {
    fn say(&mut self, id: &str, args: Option<&FluentArgs>) -> std::io::Result<()> {
        let text = self.guide.locales.fmt(self.lang, id, args);
        writeln!(self.out, "{text}")
    }

    /// Says what is wrong, in the person's language.
    fn problem(&mut self, p: Problem) -> std::io::Result<()> {
        let msg = self.guide.locales.problem(self.lang, &p);
        writeln!(self.out, "{msg}")
    }

    fn intro(&mut self) -> std::io::Result<()> {
        let l = &self.guide.locales;
        let mut args = FluentArgs::new();
        args.set("reviewed", l.date(self.lang, self.guide.content.reviewed));
        args.set("version", self.guide.content.version.clone());
        self.say("ui-title", None)?;
        self.say("ui-disclaimer", None)?;
        self.say("ui-reviewed", Some(&args))?;
        if reviewed_is_stale(self.guide.content.reviewed, self.today) {
            self.say("ui-reviewed-stale", Some(&args))?;
        }
        self.say("ui-plain-keys", None)
    }

    fn ask(&mut self, q: usize) -> std::io::Result<()> {
        let content = &self.guide.content;
        let l = &self.guide.locales;
        let lang = self.lang;
        let w = walk(content, &self.answers, self.today);
        let step = position(&w, q) + 1;
        let total = (w.path.len() + estimate_remaining(content, &w)).max(step);
        let question = &content.questions[q];
        let id = format!("q-{}", question.id);
        let mut args = FluentArgs::new();
        args.set("step", step);
        args.set("total", total);
        writeln!(self.out)?;
        self.say("ui-plain-step", Some(&args))?;
        writeln!(self.out, "{}", l.text(lang, &id))?;
        for (n, &i) in question.offered(&w.on_path, &w.facts).iter().enumerate() {
            let o = &question.options[i];
            writeln!(
                self.out,
                "  {}. {}",
                n + 1,
                l.text(lang, &format!("{id}-{o}"))
            )?;
        }
        if question.kind == QuestionKind::Multi {
            let mut args = FluentArgs::new();
            args.set("none", l.text(lang, &format!("{id}-none")));
            self.say("ui-plain-multi", Some(&args))?;
        }
        if question.kind == QuestionKind::Month {
            let (min, max) = month_bounds(&question.id, &self.answers, self.today);
            let mut args = FluentArgs::new();
            args.set("earliest", min.to_string());
            args.set("latest", max.to_string());
            args.set("none", l.text(lang, &format!("{id}-none")));
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
        write!(self.out, "> ")?;
        self.out.flush()
    }

    fn help(&mut self, q: usize) -> std::io::Result<()> {
        let id = format!("q-{}", self.guide.content.questions[q].id);
        let help = self
            .guide
            .locales
            .attr(self.lang, &id, "help", None)
            .unwrap_or_default();
        writeln!(self.out, "{help}")
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

/// True when the content was last reviewed more than a year before today.
pub fn reviewed_is_stale(reviewed: NaiveDate, today: NaiveDate) -> bool {
    reviewed
        .checked_add_months(chrono::Months::new(12))
        .is_some_and(|limit| today > limit)
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
    fn staleness_is_one_year() {
        let d = |s: &str| s.parse::<NaiveDate>().unwrap();
        assert!(!reviewed_is_stale(d("2026-11-22"), d("2027-11-22")));
        assert!(reviewed_is_stale(d("2026-11-22"), d("2027-11-23")));
    }
}
