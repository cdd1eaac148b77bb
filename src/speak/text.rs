//! Text for the ear: what the read-aloud voice says for each screen, in the reader's
//! language. Pure functions of the guide, the walk and the checklist, shared by the wizard,
//! plain mode and `checklist --speak`.
//!
//! Written for listening, not reading: months in words ("2026年9月", "September 2026"), option
//! numbers said ("1，主动离职", "1, I resigned"), one sentence per thing so a voice pauses,
//! and none of the marks a voice reads out or stumbles on (brackets, quotes, check boxes,
//! box drawing, Markdown). A message whose written form still reads badly carries a
//! `.spoken` attribute in both languages (a hotline said digit by digit, an abbreviation
//! written out); it is used when present.

use crate::checklist::{
    Checklist, ChecklistItem, ChecklistSection, OFFICE_ITEM, answer_label, question_label,
};
use crate::engine::answers::AnswerValue;
use crate::engine::content::QuestionKind;
use crate::engine::flow::Walk;
use crate::guide::Guide;
use crate::i18n::{Lang, Locales};
use crate::message_id;
use fluent_bundle::FluentArgs;

/// A question screen: "step N of about M", the question, and its numbered options with the
/// chosen ones marked. `shown` is the answer the screen shows as chosen (the wizard's draft,
/// or the saved answer); `None` when nothing is chosen yet. A month question reads as
/// [`month_picker`].
pub fn question_screen(
    guide: &Guide,
    lang: Lang,
    walk: &Walk,
    q: usize,
    shown: Option<&AnswerValue>,
) -> String {
    let question = &guide.content.questions[q];
    if question.kind == QuestionKind::Month {
        return month_picker(guide, lang, walk, q, shown);
    }
    let locales = &guide.locales;
    let id = message_id::question(&question.id);
    let mut speech = Speech::new(lang);
    speech.say(step(guide, lang, walk, q));
    speech.say(spoken(locales, lang, &id, None));
    let chosen = |o: &str| match shown {
        Some(AnswerValue::Choice(c)) => c == o,
        Some(AnswerValue::Choices(list)) => list.iter().any(|c| c == o),
        _ => false,
    };
    for (n, i) in walk.offered(&guide.content, q).into_iter().enumerate() {
        let o = &question.options[i];
        let label = spoken_clause(locales, lang, &message_id::option(&question.id, o), None);
        speech.say(numbered(locales, lang, n + 1, &label, chosen(o)));
    }
    if question.kind == QuestionKind::Multi {
        // "0. none of these", as the wizard and plain mode number it.
        let none = spoken_clause(locales, lang, &message_id::no_answer(&question.id), None);
        let none_chosen = matches!(shown, Some(AnswerValue::Choices(list)) if list.is_empty());
        speech.say(numbered(locales, lang, 0, &none, none_chosen));
    }
    speech.finish()
}

/// A month question: the step, the question, the chosen month in words (or the "no month"
/// answer) and, for the gap questions, the gap length that month makes.
pub fn month_picker(
    guide: &Guide,
    lang: Lang,
    walk: &Walk,
    q: usize,
    shown: Option<&AnswerValue>,
) -> String {
    let locales = &guide.locales;
    let question = &guide.content.questions[q];
    let id = message_id::question(&question.id);
    let mut speech = Speech::new(lang);
    speech.say(step(guide, lang, walk, q));
    speech.say(spoken(locales, lang, &id, None));
    let chosen = match shown {
        Some(AnswerValue::Month(m)) => Some(locales.month(lang, *m)),
        Some(AnswerValue::NoMonth) => Some(spoken_clause(
            locales,
            lang,
            &message_id::no_answer(&question.id),
            None,
        )),
        _ => None,
    };
    if let Some(chosen) = chosen {
        let mut args = FluentArgs::new();
        args.set("month", chosen);
        speech.say(spoken(locales, lang, "ui-tui-month-chosen", Some(&args)));
    }
    if let Some(months) = shown.and_then(|v| walk.gap_months_if(&guide.content, q, v)) {
        let mut args = FluentArgs::new();
        args.set("months", months);
        speech.say(spoken(locales, lang, "ui-tui-gap-length", Some(&args)));
    }
    speech.finish()
}

/// The help of a question: the question, what it is about (`.help`), then each option that
/// has help, as "option: help".
pub fn question_help(guide: &Guide, lang: Lang, q: usize) -> String {
    let locales = &guide.locales;
    let question = &guide.content.questions[q];
    let id = message_id::question(&question.id);
    let mut speech = Speech::new(lang);
    speech.say(spoken(locales, lang, &id, None));
    if let Some(help) = spoken_attr(locales, lang, &id, "help") {
        speech.say(help);
    }
    let sep = locales.text(lang, "ui-label-separator");
    for o in &question.options {
        let option = message_id::option(&question.id, o);
        if let Some(help) = spoken_attr(locales, lang, &option, "help") {
            let label = spoken_clause(locales, lang, &option, None);
            speech.say(format!("{label}{sep}{help}"));
        }
    }
    speech.finish()
}

/// The review: a heading, then every answer on the path as "question: answer".
pub fn review(guide: &Guide, lang: Lang, walk: &Walk) -> String {
    let locales = &guide.locales;
    let mut speech = Speech::new(lang);
    speech.say(spoken(locales, lang, "ui-tui-review-heading", None));
    let sep = locales.text(lang, "ui-label-separator");
    for &p in &walk.path {
        let id = &guide.content.questions[p].id;
        let Some(value) = walk.on_path.get(id) else {
            continue;
        };
        let question = clean_clause(lang, &question_label(locales, lang, id));
        let answer = clean_clause(lang, &answer_label(locales, lang, id, value));
        speech.say(format!("{question}{sep}{answer}"));
    }
    speech.finish()
}

/// A checklist section: its title, then its items numbered.
pub fn checklist_section(
    guide: &Guide,
    lang: Lang,
    walk: &Walk,
    section: &ChecklistSection,
) -> String {
    let locales = &guide.locales;
    let mut speech = Speech::new(lang);
    speech.say(clean_clause(lang, &section.title));
    for (n, item) in section.items.iter().enumerate() {
        let text = checklist_item(guide, lang, walk, item);
        speech.say(numbered(locales, lang, n + 1, &text, false));
    }
    speech.finish()
}

/// The whole checklist, section by section (what `checklist --speak` and plain mode read).
pub fn checklist(guide: &Guide, lang: Lang, walk: &Walk, checklist: &Checklist) -> String {
    let sections: Vec<String> = checklist
        .sections
        .iter()
        .filter(|s| !s.items.is_empty())
        .map(|s| checklist_section(guide, lang, walk, s))
        .collect();
    let joiner = match lang {
        Lang::Zh => "",
        Lang::En => " ",
    };
    sections.join(joiner)
}

/// The opening: the guide's title, what it is and is not, and when it was last checked.
pub fn welcome(guide: &Guide, lang: Lang) -> String {
    let locales = &guide.locales;
    let mut args = FluentArgs::new();
    args.set("reviewed", locales.date(lang, guide.content.reviewed));
    args.set("version", guide.content.version.clone());
    let mut speech = Speech::new(lang);
    speech.say(spoken(locales, lang, "ui-title", None));
    speech.say(spoken(locales, lang, "ui-disclaimer", None));
    speech.say(spoken(locales, lang, "ui-reviewed", Some(&args)));
    speech.finish()
}

/// One checklist item, with "local rules vary" said when it applies. `walk` gives the facts
/// a `.spoken` form may use (dates, months, day counts), as the written one does.
pub fn checklist_item(guide: &Guide, lang: Lang, walk: &Walk, item: &ChecklistItem) -> String {
    let locales = &guide.locales;
    let mut speech = Speech::new(lang);
    if item.id == OFFICE_ITEM {
        // The site's own office, from its configuration: no message behind it.
        speech.say(clean(lang, &item.text));
    } else {
        let args = locales.fact_args(lang, &walk.facts);
        speech.say(spoken(
            locales,
            lang,
            &message_id::item(&item.id),
            Some(&args),
        ));
    }
    if item.local {
        speech.say(spoken(locales, lang, "ui-local-mark", None));
    }
    speech.finish()
}

/// A message as it is said: its `.spoken` attribute when it has one, else its text, cleaned
/// for the ear either way, as whole sentences.
pub fn spoken(locales: &Locales, lang: Lang, id: &str, args: Option<&FluentArgs>) -> String {
    clean(lang, &spoken_source(locales, lang, id, args))
}

/// [`spoken`] for a part of a sentence: an option's label, a month's "none" answer.
pub fn spoken_clause(locales: &Locales, lang: Lang, id: &str, args: Option<&FluentArgs>) -> String {
    clean_clause(lang, &spoken_source(locales, lang, id, args))
}

fn spoken_source(locales: &Locales, lang: Lang, id: &str, args: Option<&FluentArgs>) -> String {
    locales
        .attr(lang, id, "spoken", args)
        .unwrap_or_else(|| locales.fmt(lang, id, args))
}

/// An attribute of a message (such as `.help`), cleaned for the ear.
fn spoken_attr(locales: &Locales, lang: Lang, id: &str, attr: &str) -> Option<String> {
    locales
        .attr(lang, id, attr, None)
        .map(|t| clean(lang, &t))
        .filter(|t| !t.is_empty())
}

/// "1，label" / "1, label", with "已选" / "selected" after a chosen one.
fn numbered(locales: &Locales, lang: Lang, number: usize, text: &str, chosen: bool) -> String {
    let mut args = FluentArgs::new();
    args.set("number", number);
    args.set(
        "text",
        text.trim_end_matches(['。', '.', ';', '；']).to_owned(),
    );
    let line = locales.fmt(lang, "ui-speak-numbered", Some(&args));
    if !chosen {
        return line;
    }
    let mut args = FluentArgs::new();
    args.set("text", line);
    locales.fmt(lang, "ui-speak-chosen", Some(&args))
}

/// "Step N of about M", counted as the wizard counts it.
fn step(guide: &Guide, lang: Lang, walk: &Walk, q: usize) -> String {
    let progress = walk.progress(&guide.content, q);
    let mut args = FluentArgs::new();
    args.set("step", progress.step);
    args.set("total", progress.total);
    spoken(&guide.locales, lang, "ui-tui-step", Some(&args))
}

/// Sentences joined so a voice pauses between them.
struct Speech {
    lang: Lang,
    out: String,
}

impl Speech {
    fn new(lang: Lang) -> Speech {
        Speech {
            lang,
            out: String::new(),
        }
    }

    /// Adds one sentence, ending it with "。" or "." unless it ends a sentence already.
    fn say(&mut self, sentence: impl AsRef<str>) {
        let s = sentence.as_ref().trim();
        if s.is_empty() {
            return;
        }
        if self.lang == Lang::En && !self.out.is_empty() {
            self.out.push(' ');
        }
        self.out.push_str(s);
        if !s.ends_with(SENTENCE_ENDS) {
            self.out.push(match self.lang {
                Lang::Zh => '。',
                Lang::En => '.',
            });
        }
    }

    fn finish(self) -> String {
        self.out
    }
}

const SENTENCE_ENDS: [char; 10] = ['。', '！', '？', '：', '；', '.', '!', '?', ':', ';'];

/// Marks dropped without a trace: quotes, title marks, Markdown emphasis and the like.
fn is_silent_mark(c: char) -> bool {
    matches!(
        c,
        '【' | '】'
            | '「'
            | '」'
            | '『'
            | '』'
            | '《'
            | '》'
            | '〈'
            | '〉'
            | '“'
            | '”'
            | '‘'
            | '’'
            | '"'
            | '*'
            | '`'
            | '#'
            | '_'
            | '~'
            | '<'
            | '>'
            | '…'
            | '〔'
            | '〕'
    )
}

/// Drawing and ticking characters: box drawing, blocks, check boxes and ticks, bullets.
fn is_drawing(c: char) -> bool {
    matches!(
        c,
        '\u{2500}'..='\u{259F}'
            | '\u{25A0}'..='\u{25FF}'
            | '\u{2610}'..='\u{2612}'
            | '\u{2713}'..='\u{2718}'
            | '\u{2190}'..='\u{21FF}'
            | '•'
            | '·'
    )
}

/// Brackets around an aside: said as a pause on either side.
fn is_bracket(c: char) -> bool {
    matches!(
        c,
        '(' | ')' | '（' | '）' | '[' | ']' | '{' | '}' | '|' | '—' | '–'
    )
}

/// Written text made fit for a voice: no bracket, quote, check-box, box-drawing or Markdown
/// marks; asides in brackets become clauses; a document year 〔2021〕 reads as "2021年";
/// "/" reads as "或" / "or"; each line is a sentence. In English, an aside written only in
/// Chinese (a name given for reading or showing) is left out: an English voice cannot say
/// it.
pub fn clean(lang: Lang, text: &str) -> String {
    let mut speech = Speech::new(lang);
    for line in clean_lines(lang, text) {
        speech.say(line);
    }
    speech.finish()
}

/// [`clean`] for a part of a sentence (a label, an answer): no sentence end is added, and
/// several lines are joined with a pause.
pub fn clean_clause(lang: Lang, text: &str) -> String {
    let pause = match lang {
        Lang::Zh => "，",
        Lang::En => ", ",
    };
    clean_lines(lang, text).join(pause)
}

/// Each non-empty line of `text`, cleaned (see [`clean`]).
fn clean_lines(lang: Lang, text: &str) -> Vec<String> {
    let pause = match lang {
        Lang::Zh => "，",
        Lang::En => ", ",
    };
    let or = match lang {
        Lang::Zh => "或",
        Lang::En => " or ",
    };
    let mut lines = Vec::new();
    for line in text.lines() {
        let mut line = strip_markdown_line(line).to_owned();
        for mark in ["[ ]", "[x]", "[X]"] {
            line = line.replace(mark, " ");
        }
        line = document_years(lang, &line);
        if lang == Lang::En {
            line = drop_chinese_asides(&line);
        }
        let mut out = String::with_capacity(line.len());
        for c in line.chars() {
            if is_silent_mark(c) {
                continue;
            } else if is_drawing(c) {
                out.push(' ');
            } else if is_bracket(c) {
                out.push_str(pause);
            } else if c == '/' {
                out.push_str(or);
            } else {
                out.push(c);
            }
        }
        let out = tidy(lang, &out);
        if !out.is_empty() {
            lines.push(out);
        }
    }
    lines
}

/// A line without its Markdown lead: headings, list bullets, quotes.
fn strip_markdown_line(line: &str) -> &str {
    let mut line = line.trim();
    loop {
        let before = line;
        line = line.trim_start_matches('#').trim_start();
        for lead in ["- ", "* ", "+ ", "> "] {
            if let Some(rest) = line.strip_prefix(lead) {
                line = rest.trim_start();
            }
        }
        if line == before {
            return line;
        }
    }
}

/// "医保办发〔2021〕43号" reads "医保办发2021年43号": without a word between them, the two
/// numbers would be said as one.
fn document_years(lang: Lang, line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(open) = rest.find('〔') {
        let after = &rest[open + '〔'.len_utf8()..];
        match after.find('〕') {
            Some(close) if close > 0 && after[..close].chars().all(|c| c.is_ascii_digit()) => {
                out.push_str(&rest[..open]);
                out.push_str(&after[..close]);
                out.push_str(match lang {
                    Lang::Zh => "年",
                    Lang::En => " ",
                });
                rest = &after[close + '〕'.len_utf8()..];
            }
            _ => {
                out.push_str(&rest[..open + '〔'.len_utf8()]);
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Leaves out "(国家医保服务平台)"-like asides and 《…》 titles with no Latin letter in them.
fn drop_chinese_asides(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some((open, close)) = rest.char_indices().find_map(|(i, c)| match c {
        '(' => Some((i, ')')),
        '（' => Some((i, '）')),
        '《' => Some((i, '》')),
        _ => None,
    }) {
        let inner_from = open + rest[open..].chars().next().map_or(1, char::len_utf8);
        let Some(len) = rest[inner_from..].find(close) else {
            break;
        };
        let inner = &rest[inner_from..inner_from + len];
        let end = inner_from + len + close.len_utf8();
        if inner.chars().any(|c| c.is_ascii_alphabetic()) {
            out.push_str(&rest[..end]);
        } else {
            out.push_str(rest[..open].trim_end());
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

/// Spaces and pauses made tidy: no doubled or leading pause, no pause before a sentence end
/// or another mark, single spaces.
fn tidy(lang: Lang, text: &str) -> String {
    let mut s: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    loop {
        let before = s.clone();
        for (from, to) in [
            (" ,", ","),
            (" .", "."),
            (" ;", ";"),
            (" :", ":"),
            (" ?", "?"),
            (",,", ","),
            (",.", "."),
            (",;", ";"),
            (",:", ":"),
            (",?", "?"),
            ("?,", "?"),
            ("!,", "!"),
            (":,", ":"),
            (".,", "."),
            ("，，", "，"),
            ("，。", "。"),
            ("，；", "；"),
            ("，：", "："),
            ("，？", "？"),
            ("？，", "？"),
            ("！，", "！"),
            ("。，", "。"),
            ("：，", "："),
            ("；，", "；"),
            ("、，", "，"),
            ("，、", "，"),
            (" ，", "，"),
            ("， ", "，"),
            ("  ", " "),
        ] {
            s = s.replace(from, to);
        }
        s = s
            .trim()
            .trim_start_matches([',', '，', ';', '；'])
            .trim_end_matches([',', '，'])
            .trim()
            .to_owned();
        if s == before {
            break;
        }
    }
    if lang == Lang::En {
        // A pause written as ", " after a word stays one space wide.
        s = s.replace(",", ", ").replace(",  ", ", ");
        s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checklist::Checklist;
    use crate::engine::answers::Answers;
    use crate::engine::flow::walk;
    use crate::engine::month::YearMonth;
    use chrono::NaiveDate;

    /// Marks a voice must never meet.
    const FORBIDDEN: &[char] = &[
        '【', '】', '「', '」', '[', ']', '(', ')', '（', '）', '《', '》', '☐', '☑', '✓', '*',
        '#', '`', '|', '〔', '〕', '“', '”', '/', '<', '>',
    ];

    fn assert_for_the_ear(text: &str) {
        assert!(!text.trim().is_empty());
        for c in text.chars() {
            assert!(
                !FORBIDDEN.contains(&c) && !is_drawing(c),
                "{c:?} in {text:?}"
            );
        }
        assert!(!text.contains("[x]") && !text.contains("[ ]"), "{text}");
        assert!(!text.contains('\n'), "one line: {text}");
    }

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
    }

    fn month(s: &str) -> AnswerValue {
        AnswerValue::Month(s.parse::<YearMonth>().unwrap())
    }

    /// Answers for a laid-off person with a gap from September 2026, still unpaid, moving to
    /// resident insurance in another city, who had medical costs and is pregnant.
    fn answers() -> Answers {
        let mut a = Answers::default();
        a.set("reason", AnswerValue::Choice("resigned".into()));
        a.set("gap_start", month("2026-09"));
        a.set("gap_end", AnswerValue::NoMonth);
        a.set("plan", AnswerValue::Choice("resident".into()));
        a.set("city", AnswerValue::Choice("other".into()));
        a.set("gap_medical", AnswerValue::Choice("yes".into()));
        a.set("situations", AnswerValue::Choices(vec!["pregnant".into()]));
        a
    }

    fn guide() -> Guide {
        Guide::embedded().unwrap()
    }

    #[test]
    fn the_first_question_says_its_step_and_numbers_its_options() {
        let g = guide();
        let w = walk(&g.content, &Answers::default(), today());
        let q = g.content.start;
        let chosen = AnswerValue::Choice("resigned".into());
        let zh = question_screen(&g, Lang::Zh, &w, q, Some(&chosen));
        assert_for_the_ear(&zh);
        assert!(zh.starts_with("第1步，共约"), "{zh}");
        assert!(zh.contains("1，主动离职，已选。"), "{zh}");
        assert!(zh.contains("2，被裁员或非本人意愿失业。"), "{zh}");
        // The English question's Chinese aside (职工医保) is left to the Chinese voice.
        let en = question_screen(&g, Lang::En, &w, q, Some(&chosen));
        assert_for_the_ear(&en);
        assert!(en.starts_with("Step 1 of about "), "{en}");
        assert!(
            en.contains("your employee medical insurance stop, or"),
            "{en}"
        );
        assert!(en.contains("? 1, I resigned"), "{en}");
        assert!(en.contains(", selected."), "{en}");
        assert!(
            !en.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
            "{en}"
        );
        // Nothing chosen yet: nothing marked.
        let none = question_screen(&g, Lang::Zh, &w, q, None);
        assert!(!none.contains("已选"), "{none}");
    }

    #[test]
    fn a_multi_select_question_says_none_of_these_as_zero() {
        let g = guide();
        let a = answers();
        let w = walk(&g.content, &a, today());
        let q = g.content.question_index("situations").unwrap();
        let zh = question_screen(&g, Lang::Zh, &w, q, a.get("situations"));
        assert_for_the_ear(&zh);
        assert!(zh.contains("1，怀孕或准备生育，已选。"), "{zh}");
        assert!(zh.contains("0，以上都没有。"), "{zh}");
        let en = question_screen(&g, Lang::En, &w, q, Some(&AnswerValue::Choices(vec![])));
        assert_for_the_ear(&en);
        assert!(en.contains("0, None of these, selected."), "{en}");
    }

    #[test]
    fn the_month_picker_says_the_month_and_the_gap_in_words() {
        let g = guide();
        let a = answers();
        let w = walk(&g.content, &a, today());
        let q = g.content.question_index("gap_start").unwrap();
        let zh = question_screen(&g, Lang::Zh, &w, q, Some(&month("2026-09")));
        assert_for_the_ear(&zh);
        assert!(zh.contains("第2步"), "{zh}");
        assert!(zh.contains("已选：2026年9月。"), "{zh}");
        assert!(zh.contains("断缴时长：3个月。"), "{zh}");
        assert!(!zh.contains("2026-09"), "{zh}");
        let en = month_picker(&g, Lang::En, &w, q, Some(&month("2026-09")));
        assert_for_the_ear(&en);
        assert!(en.contains("Chosen: September 2026."), "{en}");
        assert!(en.contains("Gap length: 3 months."), "{en}");
        // "Still not paying" on the gap's end.
        let end = g.content.question_index("gap_end").unwrap();
        let zh = month_picker(&g, Lang::Zh, &w, end, Some(&AnswerValue::NoMonth));
        assert!(zh.contains("已选：仍未缴费。"), "{zh}");
    }

    #[test]
    fn help_reads_the_question_and_its_options() {
        let g = guide();
        for q in 0..g.content.questions.len() {
            for lang in Lang::ALL {
                assert_for_the_ear(&question_help(&g, lang, q));
            }
        }
        let q = g.content.start;
        let zh = question_help(&g, Lang::Zh, q);
        assert!(zh.contains("主动离职：您自己提出辞职或离职。"), "{zh}");
        // Chinese brackets become a pause; the article stays said.
        assert!(zh.contains("社会保险法第48条"), "{zh}");
        let en = question_help(&g, Lang::En, q);
        assert!(
            en.contains("I resigned, left the job by choice: You asked"),
            "{en}"
        );
    }

    #[test]
    fn the_review_says_every_answer() {
        let g = guide();
        let w = walk(&g.content, &answers(), today());
        assert!(w.is_complete());
        let zh = review(&g, Lang::Zh, &w);
        assert_for_the_ear(&zh);
        assert!(zh.contains("断缴原因：主动离职。"), "{zh}");
        assert!(zh.contains("断缴起始月：2026年9月。"), "{zh}");
        let en = review(&g, Lang::En, &w);
        assert_for_the_ear(&en);
        assert!(en.contains("First unpaid month: September 2026."), "{en}");
    }

    #[test]
    fn every_checklist_section_and_item_reads_for_the_ear() {
        let g = guide();
        let a = answers();
        let w = walk(&g.content, &a, today());
        for lang in Lang::ALL {
            let list = Checklist::build(&g, lang, &a, &w);
            for section in &list.sections {
                let said = checklist_section(&g, lang, &w, section);
                if !section.items.is_empty() {
                    assert_for_the_ear(&said);
                }
                for item in &section.items {
                    assert_for_the_ear(&checklist_item(&g, lang, &w, item));
                }
            }
        }
        let zh = Checklist::build(&g, Lang::Zh, &a, &w);
        let contacts = zh.sections.iter().find(|s| s.id == "contacts").unwrap();
        let said = checklist_section(&g, Lang::Zh, &w, contacts);
        assert!(said.starts_with("咨询渠道。1，"), "{said}");
        // The hotline is said digit by digit (its .spoken form).
        assert!(said.contains("一二三九三"), "{said}");
        let en = Checklist::build(&g, Lang::En, &a, &w);
        let contacts = en.sections.iter().find(|s| s.id == "contacts").unwrap();
        let said = checklist_section(&g, Lang::En, &w, contacts);
        assert!(said.starts_with("Who to contact. 1, "), "{said}");
        assert!(said.contains("1 2 3 9 3"), "{said}");
    }

    #[test]
    fn key_dates_say_computed_dates_in_words_and_local_items_say_so() {
        let g = guide();
        let a = answers();
        let w = walk(&g.content, &a, today());
        let zh = Checklist::build(&g, Lang::Zh, &a, &w);
        let dates = zh.sections.iter().find(|s| s.id == "dates").unwrap();
        let said = checklist_section(&g, Lang::Zh, &w, dates);
        assert!(said.contains("2026年11月30日"), "{said}");
        let local = zh
            .sections
            .iter()
            .flat_map(|s| &s.items)
            .find(|i| i.local)
            .expect("a local item");
        let said = checklist_item(&g, Lang::Zh, &w, local);
        assert!(said.ends_with("各地规定不同，请向当地确认。"), "{said}");
        let en = Checklist::build(&g, Lang::En, &a, &w);
        let dates = en.sections.iter().find(|s| s.id == "dates").unwrap();
        let said = checklist_section(&g, Lang::En, &w, dates);
        assert!(said.contains("30 November 2026"), "{said}");
    }

    #[test]
    fn the_office_item_is_read_from_the_configuration() {
        let g = guide();
        let a = answers();
        let w = walk(&g.content, &a, today());
        let office = crate::config::Office {
            name: Some(crate::config::LocalText {
                zh: "某某市医疗保障事务中心".into(),
                en: "Moumou City Medical Insurance Centre".into(),
            }),
            phone: Some(crate::config::LocalText {
                zh: "0571-12393".into(),
                en: "0571-12393".into(),
            }),
            ..Default::default()
        };
        let list =
            Checklist::build(&g, Lang::Zh, &a, &w).with_office(Some(&office), &g.locales, Lang::Zh);
        let item = &list
            .sections
            .iter()
            .find(|s| s.id == "contacts")
            .unwrap()
            .items[0];
        let said = checklist_item(&g, Lang::Zh, &w, item);
        assert_for_the_ear(&said);
        assert!(said.contains("某某市医疗保障事务中心"), "{said}");
    }

    #[test]
    fn cleaning_takes_out_marks_and_keeps_words() {
        let zh = clean(
            Lang::Zh,
            "## 【注意】\n- [x] 按「医保办发〔2021〕43号」办理（可加区号）\n☐ 12393/12333 ┃ **重要**",
        );
        assert_eq!(
            zh,
            "注意。按医保办发2021年43号办理，可加区号。12393或12333 重要。"
        );
        let en = clean(
            Lang::En,
            "Call 12393 (you can add an area code) or the app (国家医保服务平台).\n[ ] Done — *now*",
        );
        assert_eq!(
            en,
            "Call 12393, you can add an area code, or the app. Done, now."
        );
        assert_eq!(
            clean(Lang::En, "《基本医疗保险参保凭证》 is needed"),
            "is needed."
        );
        assert_eq!(clean(Lang::Zh, ""), "");
    }
}
