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
//! A line is read with a limit ([`MAX_LINE_BYTES`](input::MAX_LINE_BYTES)): anything longer is discarded up to its
//! end and the question asked again, so no input can make the program hold more than that.
//! A line that is not UTF-8 (a terminal set to another encoding) is named as such and the
//! question asked again.
//!
//! Here is the loop from question to review; `input.rs` reads and classifies lines,
//! `output.rs` writes wrapped text, `question.rs` asks one question and reads its answer,
//! `review.rs` shows the answers, and `finish.rs` the checklist, saving and exporting.

mod finish;
mod input;
mod output;
mod question;
mod review;
mod session;
mod speech;

pub(crate) use output::wrap_width;
pub(crate) use session::Speech;
use session::{Session, Stage};

use crate::checklist::question_label;
use crate::engine::answers::Answers;
use crate::engine::check::check_answer;
use crate::engine::flow::walk;
use crate::engine::problem::Problem;
use crate::exit::{EXIT_IO, EXIT_USAGE, Failure};
use crate::guide::Guide;
use crate::i18n::Lang;
use chrono::NaiveDate;
use input::{Input, classify};
use std::io::{BufRead, Write};

/// How a run of plain mode starts.
pub(crate) struct Start {
    pub(crate) lang: Lang,
    pub(crate) today: NaiveDate,
    /// From `--answers` or `--resume`; empty for a new case.
    pub(crate) answers: Answers,
    /// Wrap output lines to this many cells; `None`: do not wrap.
    pub(crate) width: Option<usize>,
    pub(crate) speech: Speech,
}

/// Output that could not be written.
fn io_err(e: std::io::Error) -> Failure {
    Failure::one(EXIT_IO, Problem::new("write-failed").arg("error", e))
}

/// Runs plain mode starting from `answers` (from `--answers` or `--resume`): it asks only
/// what is still missing, then shows the review.
pub(crate) fn run_with<R: BufRead, W: Write>(
    guide: &Guide,
    start: Start,
    input: R,
    out: W,
) -> Result<(), Failure> {
    let mut s = Session {
        guide,
        lang: start.lang,
        today: start.today,
        answers: start.answers,
        out,
        width: start.width,
        speech: start.speech,
    };
    let mut input = input;
    s.intro().map_err(io_err)?;
    match s.ask_all(&mut input).map_err(io_err)? {
        Asked::Quit => Ok(()),
        Asked::InputEnded => Err(Failure::one(EXIT_USAGE, Problem::new("plain-input-ended"))),
        Asked::Everything => {
            s.finish(&mut input).map_err(io_err)?;
            s.let_reading_finish().map_err(io_err)
        }
    }
}

/// How the questions and the review ended.
enum Asked {
    /// Every answer is in and the person went on (or input ended at the review).
    Everything,
    /// The person typed `q`.
    Quit,
    /// Input ended before every question was answered: nothing half-done is printed.
    InputEnded,
}

impl<W: Write> Session<'_, W> {
    /// Asks what is still missing, then shows the review, until the person goes on.
    fn ask_all<R: BufRead>(&mut self, input: &mut R) -> std::io::Result<Asked> {
        let mut stage = match walk(&self.guide.content, &self.answers, self.today).pending {
            Some(q) => Stage::Question(q),
            None => Stage::Review,
        };
        // Once the review has been shown, a changed answer leads back to it.
        let mut reviewing = false;
        // What was last shown in full, and in which language: after a wrong answer, help or a
        // note, only the prompt is repeated.
        let mut shown: Option<(Stage, Lang)> = None;
        loop {
            if shown == Some((stage, self.lang)) {
                self.prompt()?;
            } else {
                match stage {
                    Stage::Question(q) => {
                        self.ask(q)?;
                        self.shown_question(q)
                    }
                    Stage::Review => {
                        self.review()?;
                        self.shown_review()
                    }
                }?;
                shown = Some((stage, self.lang));
            }
            self.report_speech()?;
            let Some(line) = self.read_text(input)? else {
                // At the review every answer is in: the end of input shows the checklist.
                return Ok(if stage == Stage::Review {
                    Asked::Everything
                } else {
                    Asked::InputEnded
                });
            };
            let w = walk(&self.guide.content, &self.answers, self.today);
            match (classify(&line), stage) {
                (Input::Quit, _) => {
                    self.stop_reading();
                    self.say("ui-plain-quit", None)?;
                    return Ok(Asked::Quit);
                }
                (Input::SwitchLanguage, _) => {
                    // What was being read is in the other language now.
                    self.stop_reading();
                    self.lang = self.lang.other();
                    self.say("ui-plain-language-switched", None)?;
                }
                (Input::Back, Stage::Question(q)) => match w.before(q) {
                    Some(prev) => stage = Stage::Question(prev),
                    None => self.say("ui-plain-at-first", None)?,
                },
                (Input::Back, Stage::Review) => match w.path.last() {
                    Some(&last) => stage = Stage::Question(last),
                    None => self.say("ui-plain-at-first", None)?,
                },
                (Input::Speak, _) => self.toggle_reading()?,
                (Input::Help, Stage::Question(q)) => {
                    self.help(q)?;
                    self.shown_help(q)?;
                }
                (Input::Help, Stage::Review) => self.say("ui-plain-review-prompt", None)?,
                (Input::Keep, Stage::Review) => match self.first_invalid() {
                    Some((q, p)) => {
                        self.problem(p)?;
                        stage = Stage::Question(q);
                    }
                    None => return Ok(Asked::Everything),
                },
                (Input::Text(text), Stage::Review) => match text.parse::<usize>() {
                    Ok(n) if (1..=w.path.len()).contains(&n) => {
                        stage = Stage::Question(w.path[n - 1])
                    }
                    _ => {
                        let p = Problem::new("plain-bad-review").arg("count", w.path.len());
                        self.problem(p)?;
                    }
                },
                (Input::Keep, Stage::Question(q)) => {
                    let id = &self.guide.content.questions[q].id;
                    // A kept answer is checked again: an earlier answer it depends on (the
                    // first unpaid month, for the last) may have changed since.
                    match self.answers.get(id).map(|v| {
                        check_answer(&self.guide.content, id, v, &self.answers, self.today)
                    }) {
                        Some(Ok(())) => stage = self.after_answer(q, reviewing)?,
                        Some(Err(p)) => {
                            let value = self
                                .answers
                                .get(id)
                                .map(|v| v.to_string())
                                .unwrap_or_default();
                            self.problem(p.set("value", value).set(
                                "question",
                                question_label(&self.guide.locales, self.lang, id),
                            ))?;
                        }
                        None => self.say("ui-plain-need-answer", None)?,
                    }
                }
                (Input::Text(text), Stage::Question(q)) => match self.interpret(q, &text) {
                    Ok(value) => {
                        self.answers.set(&self.guide.content.questions[q].id, value);
                        stage = self.after_answer(q, reviewing)?;
                    }
                    Err(p) => {
                        // The person reads the question's words and what they typed, never an id.
                        let id = &self.guide.content.questions[q].id;
                        let p = p
                            .set(
                                "question",
                                question_label(&self.guide.locales, self.lang, id),
                            )
                            .set("value", text.trim());
                        self.problem(p)?;
                    }
                },
            }
            if stage == Stage::Review {
                reviewing = true;
            }
        }
    }
}
