//! Asking one question: the introduction, the question with its numbered options, its help,
//! turning what was typed into an answer, and where to go once it is answered.

use super::session::{Session, Stage};
use crate::batch::month_problem;
use crate::checklist::answer_label;
use crate::engine::answers::{AnswerValue, NO_MONTH};
use crate::engine::check::check_answer;
use crate::engine::content::QuestionKind;
use crate::engine::facts::{GAP_START, gap_start_from_months, month_bounds};
use crate::engine::flow::walk;
use crate::engine::month::YearMonth;
use crate::engine::problem::Problem;
use fluent_bundle::FluentArgs;
use std::io::Write;

impl<W: Write> Session<'_, W> {
    pub(super) fn intro(&mut self) -> std::io::Result<()> {
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
        self.say("ui-plain-keys", None)?;
        if self.speech.speaker.is_some() {
            self.say("ui-plain-speak-keys", None)?;
        }
        Ok(())
    }

    pub(super) fn ask(&mut self, q: usize) -> std::io::Result<()> {
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
        for (n, &i) in w.offered(content, q).iter().enumerate() {
            let o = &question.options[i];
            self.hanging(
                &format!("  {}. ", n + 1),
                &l.text(lang, &crate::message_id::option(&question.id, o)),
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

    pub(super) fn help(&mut self, q: usize) -> std::io::Result<()> {
        let id = crate::message_id::question(&self.guide.content.questions[q].id);
        let help = self
            .guide
            .locales
            .attr(self.lang, &id, "help", None)
            .unwrap_or_default();
        self.line(&help)
    }

    /// Turns typed text into an answer for question `q`, or says why it is not one.
    pub(super) fn interpret(&self, q: usize, text: &str) -> Result<AnswerValue, Problem> {
        let question = &self.guide.content.questions[q];
        match question.kind {
            QuestionKind::Choice | QuestionKind::YesNo => {
                // Numbers count the options offered on this path, as listed.
                let w = walk(&self.guide.content, &self.answers, self.today);
                let offered: Vec<&String> = w
                    .offered(&self.guide.content, q)
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

    /// Where to go after `q` was answered: on the first pass, on along the path; once the
    /// review was shown, back to it when nothing is missing. An answer that an edit made
    /// impossible (a last unpaid month now before the first) is asked again, saying why.
    pub(super) fn after_answer(&mut self, q: usize, reviewing: bool) -> std::io::Result<Stage> {
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
}
