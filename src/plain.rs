//! Plain mode: one question at a time, line by line, for screen readers, pipes and
//! `TERM=dumb`. No colour, no box drawing, no cursor movement.
//!
//! Keys at every prompt: a number (or an option id) answers, Enter keeps the current
//! answer, `b` goes back (later answers are kept), `?` shows help, `l` switches language,
//! `q` quits. The checklist is printed only once every question on the path is answered;
//! if input ends first, nothing half-done is printed and the exit code says so.

use crate::batch::month_problem;
use crate::checklist::{Checklist, answer_label, question_label};
use crate::cli::{EXIT_USAGE, Failure};
use crate::engine::answers::{AnswerValue, Answers, NO_MONTH};
use crate::engine::content::QuestionKind;
use crate::engine::facts::{GAP_START, check_month, gap_start_from_months, month_bounds};
use crate::engine::flow::{Walk, estimate_remaining, walk};
use crate::engine::month::YearMonth;
use crate::engine::problem::Problem;
use crate::guide::Guide;
use crate::i18n::Lang;
use crate::render::{TextStyle, render_text};
use chrono::NaiveDate;
use fluent_bundle::FluentArgs;
use std::io::{BufRead, Write};

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
    let mut lines = input.lines();
    let mut cursor = walk(&guide.content, &s.answers, today).pending;
    while let Some(q) = cursor {
        s.ask(q).map_err(io_err)?;
        let line = match lines.next() {
            Some(Ok(line)) => line,
            Some(Err(_)) | None => {
                return Err(Failure::one(EXIT_USAGE, Problem::new("plain-input-ended")));
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
                if s.answers.get(&guide.content.questions[q].id).is_some() {
                    cursor = advance(&s, q);
                } else {
                    s.say("ui-plain-need-answer", None).map_err(io_err)?;
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
                    let msg = s.guide.locales.problem(s.lang, &p);
                    writeln!(s.out, "{msg}").map_err(io_err)?;
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
                check_month(&question.id, month, &self.answers, self.today)?;
                Ok(AnswerValue::Month(month))
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
    fn staleness_is_one_year() {
        let d = |s: &str| s.parse::<NaiveDate>().unwrap();
        assert!(!reviewed_is_stale(d("2026-11-22"), d("2027-11-22")));
        assert!(reviewed_is_stale(d("2026-11-22"), d("2027-11-23")));
    }
}
