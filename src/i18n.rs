//! Languages and Fluent text: every word a person reads comes through here.
//!
//! Bidi isolation marks are turned off: in a terminal they show up as junk characters.
//! Dates and months are formatted by Fluent messages too (`ui-date`, `ui-month`), so each
//! language writes them its own way ("2026年11月30日", "30 November 2026").

use crate::engine::facts::{Fact, FactValue, Facts};
use crate::engine::files::{GuideFiles, LocaleFiles, TextFile, line_of};
use crate::engine::month::YearMonth;
use crate::engine::problem::{Loc, Problem};
use crate::engine::text_safety;
use crate::fluent_check;
use crate::ftl_entries::{EntryIndex, LanguageIndex, PieceText, ReadyPatterns};
use chrono::{Datelike, NaiveDate};
use fluent_bundle::{FluentArgs, FluentBundle, FluentError, FluentResource, FluentValue};
use std::borrow::Cow;
use std::cell::{OnceCell, RefCell};
use std::rc::Rc;

/// A language the guide speaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lang {
    Zh,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Zh, Lang::En];

    /// The BCP 47 tag, also the name of the locale folder.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Zh => "zh-CN",
            Lang::En => "en-US",
        }
    }

    /// The short code used on the command line and in files.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Zh => "zh",
            Lang::En => "en",
        }
    }

    /// The other language: what the language switch goes to.
    pub fn other(self) -> Lang {
        match self {
            Lang::Zh => Lang::En,
            Lang::En => Lang::Zh,
        }
    }

    /// Accepts `zh`, `zh-CN`, `zh_CN.UTF-8`, `zh-Hans`, `en`, `en-US`, `en_GB`, … (any case).
    pub fn parse(s: &str) -> Option<Lang> {
        let s = s.trim().to_ascii_lowercase();
        let base = s.split(['-', '_', '.', '@']).next().unwrap_or("");
        match base {
            "zh" => Some(Lang::Zh),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// The language from `LC_ALL`, `LC_MESSAGES` or `LANG`, the first one that is set,
    /// as POSIX orders them. `C` and `POSIX` say nothing about language.
    pub fn from_env_vars(get: impl Fn(&str) -> Option<String>) -> Option<Lang> {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|k| get(k))
            .find(|v| !v.trim().is_empty())
            .and_then(|v| Lang::parse(&v))
    }

    pub fn from_env() -> Option<Lang> {
        Lang::from_env_vars(|k| std::env::var(k).ok())
    }
}

/// One parsed `.ftl` file, kept for validation.
pub struct LocaleSource {
    pub lang: Lang,
    pub path: String,
    pub text: Cow<'static, str>,
    pub resource: Rc<FluentResource>,
}

/// The Fluent bundles of both languages.
pub struct Locales {
    /// One per entry of [`Lang::ALL`], made on first use (see [`Locales::embedded`]).
    languages: Vec<OnceCell<Language>>,
    /// The files of each language, for languages made on first use.
    files: Vec<LocaleFiles>,
    /// Parsed from the files compiled into the binary (see [`Locales::embedded`]).
    embedded: bool,
}

/// One language's bundle and the files it is made from.
///
/// Built-in files are parsed one message at a time, when it is first needed: the first
/// screen shows 22 of the interface's 207 messages, and parsing the whole interface file
/// took about 150 KiB and a sixth of the time to it. Messages made of text and variables
/// alone are not parsed at all (build.rs has them ready: [`ReadyPatterns`]), and the first
/// screen shows only such messages. Files read with `--locales` are parsed and checked at
/// once.
struct Language {
    lang: Lang,
    /// Messages are parsed when first needed (built-in files only).
    lazy: bool,
    folder: LocaleFiles,
    /// Each file of `folder`, once parsed whole (for validation, or at once when not lazy).
    sources: Vec<OnceCell<LocaleSource>>,
    /// Each file's entries, and which are parsed (lazy languages only).
    entries: Vec<FileEntries>,
    /// Which file holds each entry, when the files are the built-in ones (build.rs's).
    places: Option<&'static LanguageIndex>,
    /// Every file and entry parsed so far.
    bundle: RefCell<FluentBundle<Rc<FluentResource>>>,
}

/// Where the entries of one file are, and which of them are in the bundle.
#[derive(Default)]
struct FileEntries {
    /// Sorted by id: build.rs's for a built-in file, with the patterns it has ready; else
    /// made when first needed.
    index: OnceCell<(Cow<'static, EntryIndex>, Option<&'static ReadyPatterns>)>,
    /// The positions in `index` of the entries parsed into the bundle.
    parsed: RefCell<Vec<usize>>,
}

impl Language {
    /// A language whose files are parsed when first needed.
    fn lazy(lang: Lang, folder: &LocaleFiles) -> Language {
        let mut bundle = FluentBundle::new(vec![lang.tag().parse().expect("valid tag")]);
        bundle.set_use_isolating(false);
        Language {
            lang,
            lazy: true,
            folder: folder.clone(),
            sources: folder.files.iter().map(|_| OnceCell::new()).collect(),
            entries: folder
                .files
                .iter()
                .map(|_| FileEntries::default())
                .collect(),
            places: crate::embedded::built_in_language(folder),
            bundle: RefCell::new(bundle),
        }
    }

    /// Parses and checks every file of a language at once, reporting problems.
    fn parse(lang: Lang, folder: &LocaleFiles, problems: &mut Vec<Problem>) -> Language {
        let language = Language {
            lazy: false,
            ..Language::lazy(lang, folder)
        };
        if folder.files.is_empty() {
            problems.push(Problem::new("locale-missing").arg("lang", lang.tag()));
        }
        for (file, slot) in folder.files.iter().zip(&language.sources) {
            let bundle = &mut language.bundle.borrow_mut();
            if let Some(source) = load_file(lang, file, bundle, Some(&mut *problems)) {
                let _ = slot.set(source);
            }
        }
        language
    }

    /// File `i`, parsed into the bundle if it was not yet. Only for a lazy language: its
    /// built-in files are kept free of problems by the test suite.
    fn parse_file(&self, i: usize) -> &LocaleSource {
        debug_assert!(
            self.lazy,
            "files read with --locales are parsed once, checked"
        );
        self.sources[i].get_or_init(|| {
            let file = &self.folder.files[i];
            load_file(self.lang, file, &mut self.bundle.borrow_mut(), None)
                .expect("a file is always parsed when no problems are collected")
        })
    }

    /// Makes sure message `id`, if a file holds it, is in the bundle.
    fn find(&self, id: &str) {
        if self.lazy && !self.bundle.borrow().has_message(id) {
            self.parse_entry(id);
        }
    }

    /// The first file holding entry `name` (a message's id, a term's with its `-`), and the
    /// entry's position in that file's index.
    fn locate(&self, name: &str) -> Option<(usize, usize)> {
        match self.places {
            Some(places) => places.find(name),
            None => LanguageIndex::first_holding(
                (0..self.folder.files.len()).map(|i| self.index(i)),
                name,
            ),
        }
    }

    /// Where the entries of file `i` are.
    fn index(&self, i: usize) -> &EntryIndex {
        &self.built_in(i).0
    }

    /// Where the entries of file `i` are, and the patterns build.rs has ready in it.
    fn built_in(&self, i: usize) -> &(Cow<'static, EntryIndex>, Option<&'static ReadyPatterns>) {
        self.entries[i].index.get_or_init(|| {
            let file = &self.folder.files[i];
            match crate::embedded::built_in_ftl(&self.folder.tag, file) {
                Some((index, ready)) => (Cow::Borrowed(index), Some(ready)),
                None => (Cow::Owned(EntryIndex::of(&file.text)), None),
            }
        })
    }

    /// The message at `place` (file, position in its index), or its attribute, formatted
    /// from its ready pattern without Fluent, if it has one and `args` give each variable
    /// it uses a string or a number: what Fluent would make of it (a test compares every
    /// one). Only for a lazy language.
    fn format_ready(
        &self,
        (i, at): (usize, usize),
        attr: Option<&str>,
        args: Option<&FluentArgs>,
    ) -> Option<String> {
        let ready = self.built_in(i).1?;
        let mut text = String::new();
        for piece in ready.find(at, attr, &self.folder.files[i].text)? {
            match piece {
                PieceText::Text(part) => text.push_str(part),
                PieceText::Variable(name) => match args?.get(name)? {
                    FluentValue::String(value) => text.push_str(value),
                    FluentValue::Number(number) => text.push_str(&number.as_string()),
                    _ => return None,
                },
            }
        }
        Some(clean(Cow::Owned(text)))
    }

    /// Parses entry `name` (a message's id, a term's with its `-`) into the bundle from the
    /// first file that holds it, as parsing the files in turn would; true if it was not
    /// there before. Only for a lazy language.
    fn parse_entry(&self, name: &str) -> bool {
        self.lazy && self.locate(name).is_some_and(|place| self.parse_at(place))
    }

    /// Parses the entry at position `at` of file `i`'s index into the bundle; true if it was
    /// not there before.
    fn parse_at(&self, (i, at): (usize, usize)) -> bool {
        let mut parsed = self.entries[i].parsed.borrow_mut();
        if self.sources[i].get().is_some() || parsed.contains(&at) {
            return false;
        }
        parsed.push(at);
        // Built-in files are kept free of errors by the test suite.
        let text = self
            .index(i)
            .entry(at, &self.folder.files[i].text)
            .to_owned();
        let resource = FluentResource::try_new(text).unwrap_or_else(|(r, _)| r);
        let _ = self.bundle.borrow_mut().add_resource(Rc::new(resource));
        true
    }

    /// Every file, parsed (a file read with `--locales` that could not be parsed at all,
    /// being nested too deeply, is left out).
    fn sources(&self) -> impl Iterator<Item = &LocaleSource> {
        (0..self.sources.len()).filter_map(|i| match self.sources[i].get() {
            Some(source) => Some(source),
            None => self.lazy.then(|| self.parse_file(i)),
        })
    }

    fn has(&self, id: &str) -> bool {
        self.find(id);
        self.bundle.borrow().has_message(id)
    }

    /// Message `id` (or its attribute), formatted. A message may use a message or term not
    /// parsed yet: then that is parsed and the message formatted again, until nothing it
    /// uses is missing or what is missing is in no file.
    fn format(&self, id: &str, attr: Option<&str>, args: Option<&FluentArgs>) -> Option<String> {
        if self.lazy {
            // One search for both: the ready pattern, else the entry to parse.
            let place = self.locate(id);
            if let Some(text) = place.and_then(|place| self.format_ready(place, attr, args)) {
                return Some(text);
            }
            if let Some(place) = place.filter(|_| !self.bundle.borrow().has_message(id)) {
                self.parse_at(place);
            }
        }
        loop {
            let (text, missing) = {
                let bundle = self.bundle.borrow();
                let message = bundle.get_message(id)?;
                let pattern = match attr {
                    Some(a) => message.get_attribute(a)?.value(),
                    None => message.value()?,
                };
                let mut errors = Vec::new();
                let text = clean(bundle.format_pattern(pattern, args, &mut errors));
                (
                    text,
                    errors.iter().filter_map(unknown_entry).collect::<Vec<_>>(),
                )
            };
            // Each round parses at least one entry more, so this ends.
            let mut parsed_more = false;
            for name in &missing {
                parsed_more |= self.parse_entry(name);
            }
            if !parsed_more {
                return Some(text);
            }
        }
    }
}

/// The entry a formatting error says is missing (a term's name with its `-`), if it is
/// an unknown message or term: one that a part of a file not parsed yet may hold.
fn unknown_entry(e: &FluentError) -> Option<String> {
    use fluent_bundle::resolver::errors::{ReferenceKind, ResolverError};
    match e {
        FluentError::ResolverError(ResolverError::Reference(ReferenceKind::Message {
            id, ..
        })) => Some(id.clone()),
        FluentError::ResolverError(ResolverError::Reference(ReferenceKind::Term {
            id, ..
        })) => Some(format!("-{id}")),
        _ => None,
    }
}

impl Locales {
    /// Parses the locale files. Syntax errors, duplicate ids, unknown locale folders and
    /// missing languages are all reported, with file and line.
    pub fn load(files: &GuideFiles) -> Result<Locales, Vec<Problem>> {
        let mut problems = Vec::new();
        let mut languages = Vec::new();
        for lang in Lang::ALL {
            let Some(folder) = files.locales.iter().find(|l| l.tag == lang.tag()) else {
                problems.push(Problem::new("locale-missing").arg("lang", lang.tag()));
                continue;
            };
            languages.push(OnceCell::from(Language::parse(lang, folder, &mut problems)));
        }
        for folder in &files.locales {
            if !Lang::ALL.iter().any(|l| l.tag() == folder.tag) {
                problems.push(Problem::new("locale-unknown").arg("lang", &folder.tag));
            }
        }
        if problems.is_empty() {
            Ok(Locales {
                languages,
                files: Vec::new(),
                embedded: false,
            })
        } else {
            Err(problems)
        }
    }

    /// The locales compiled into the binary.
    ///
    /// The test suite keeps them loadable and checked, so a release build parses each
    /// language only when it is first used: most people never switch, and parsing both
    /// was the largest part of the time to the first frame. Debug builds parse and check
    /// everything at once.
    pub fn embedded() -> Result<Locales, Vec<Problem>> {
        let files = GuideFiles::embedded();
        let lazy = (!cfg!(debug_assertions))
            .then(|| Locales::lazy(&files))
            .flatten();
        match lazy {
            Some(locales) => Ok(locales),
            None => Locales::load(&files).map(|l| Locales {
                embedded: true,
                ..l
            }),
        }
    }

    /// Built-in locales whose languages are parsed on first use; `None` if a language's
    /// folder is missing (then [`Locales::load`] reports it).
    pub(crate) fn lazy(files: &GuideFiles) -> Option<Locales> {
        let folders: Option<Vec<LocaleFiles>> = Lang::ALL
            .iter()
            .map(|lang| files.locales.iter().find(|l| l.tag == lang.tag()).cloned())
            .collect();
        Some(Locales {
            languages: Lang::ALL.iter().map(|_| OnceCell::new()).collect(),
            files: folders?,
            embedded: true,
        })
    }

    fn language(&self, lang: Lang) -> &Language {
        let i = Lang::ALL
            .iter()
            .position(|&l| l == lang)
            .expect("Lang::ALL lists every language");
        // Only built-in files are made lazily, and the test suite keeps those free of
        // problems (unsafe text and deep nesting included).
        self.languages[i].get_or_init(|| Language::lazy(lang, &self.files[i]))
    }

    /// Every `.ftl` file of both languages, parsed, for validation.
    pub fn sources(&self) -> impl Iterator<Item = &LocaleSource> {
        Lang::ALL
            .iter()
            .flat_map(|&lang| self.language(lang).sources())
    }

    /// The names of the files of `lang` parsed so far, whole or in part.
    #[cfg(test)]
    pub(crate) fn parsed_files(&self, lang: Lang) -> Vec<&str> {
        let language = self.language(lang);
        (language.folder.files.iter().enumerate())
            .filter(|&(i, _)| {
                language.sources[i].get().is_some()
                    || !language.entries[i].parsed.borrow().is_empty()
            })
            .map(|(_, f)| f.name.as_str())
            .collect()
    }

    /// How many entries of file `name` of `lang` were parsed one by one, and how many it has.
    #[cfg(test)]
    pub(crate) fn parsed_entries(&self, lang: Lang, name: &str) -> (usize, usize) {
        let language = self.language(lang);
        let i = (language.folder.files.iter())
            .position(|f| f.name == name)
            .expect("a file of the language");
        let parsed = language.entries[i].parsed.borrow().len();
        (parsed, language.index(i).len())
    }

    /// True when these are the locales compiled into the binary.
    pub fn is_embedded(&self) -> bool {
        self.embedded
    }

    pub fn has(&self, lang: Lang, id: &str) -> bool {
        self.language(lang).has(id)
    }

    /// The message `id`, formatted with `args`. A missing message shows its id in brackets,
    /// which `validate` would have reported.
    pub fn fmt(&self, lang: Lang, id: &str, args: Option<&FluentArgs>) -> String {
        self.format(lang, id, None, args)
            .unwrap_or_else(|| format!("[{id}]"))
    }

    pub fn text(&self, lang: Lang, id: &str) -> String {
        self.fmt(lang, id, None)
    }

    /// An attribute of a message, if the message has it.
    pub fn attr(
        &self,
        lang: Lang,
        id: &str,
        attr: &str,
        args: Option<&FluentArgs>,
    ) -> Option<String> {
        self.format(lang, id, Some(attr), args)
    }

    fn format(
        &self,
        lang: Lang,
        id: &str,
        attr: Option<&str>,
        args: Option<&FluentArgs>,
    ) -> Option<String> {
        self.language(lang).format(id, attr, args)
    }

    /// A date in this language's style.
    pub fn date(&self, lang: Lang, date: NaiveDate) -> String {
        let mut args = FluentArgs::new();
        args.set("year", date.year().to_string());
        args.set("month", date.month().to_string());
        args.set(
            "month_name",
            self.text(lang, &format!("ui-month-{}", date.month())),
        );
        args.set("day", date.day().to_string());
        self.fmt(lang, "ui-date", Some(&args))
    }

    /// A month in this language's style.
    pub fn month(&self, lang: Lang, month: YearMonth) -> String {
        let mut args = FluentArgs::new();
        args.set("year", month.year().to_string());
        args.set("month", month.month().to_string());
        args.set(
            "month_name",
            self.text(lang, &format!("ui-month-{}", month.month())),
        );
        self.fmt(lang, "ui-month", Some(&args))
    }

    /// A fact's value for display.
    pub fn fact_value(&self, lang: Lang, value: FactValue) -> FluentValue<'static> {
        match value {
            FactValue::Number(n) => FluentValue::from(n),
            FactValue::Bool(b) => FluentValue::from(if b { "true" } else { "false" }),
            FactValue::Date(d) => FluentValue::from(self.date(lang, d)),
            FactValue::Month(m) => FluentValue::from(self.month(lang, m)),
        }
    }

    /// Every known fact as a Fluent argument, for content messages.
    pub fn fact_args(&self, lang: Lang, facts: &Facts) -> FluentArgs<'static> {
        let mut args = FluentArgs::new();
        for &fact in Fact::ALL {
            if let Some(v) = facts.get(fact) {
                args.set(fact.name(), self.fact_value(lang, v));
            }
        }
        args
    }

    /// A problem as one or two lines: `file:line: what is wrong` and, when the locale has
    /// one, a hint on how to fix it.
    pub fn problem(&self, lang: Lang, problem: &Problem) -> String {
        let args = problem_args(problem);
        let id = crate::message_id::problem(problem.code);
        let Some(text) = self.format(lang, &id, None, Some(&args)) else {
            return problem.to_string();
        };
        let mut out = match &problem.loc {
            Some(loc) => format!("{loc}: {text}"),
            None => text,
        };
        if let Some(hint) = self.attr(lang, &id, "hint", Some(&args)) {
            out.push_str("\n  ");
            out.push_str(&self.text(lang, "ui-hint-prefix"));
            out.push_str(&hint);
        }
        out
    }
}

/// A problem's arguments, as its messages take them.
pub(crate) fn problem_args(problem: &Problem) -> FluentArgs<'static> {
    let mut args = FluentArgs::new();
    for (name, value) in &problem.args {
        args.set(*name, FluentValue::from(value.clone()));
    }
    args
}

/// Fluent output should never carry control characters to a terminal; the validator
/// rejects them in files, and this keeps arguments (such as user input quoted in an error)
/// harmless too.
fn clean(text: Cow<'_, str>) -> String {
    match text_safety::sanitize(&text) {
        Cow::Borrowed(_) => text.into_owned(),
        Cow::Owned(clean) => clean,
    }
}

/// Parses one `.ftl` file into `bundle`. With `problems`, the file is checked first:
/// unsafe text in its raw lines and, once parsed, in its values; nesting too deep for the
/// parser (such a file is not parsed at all: `None`).
fn load_file(
    lang: Lang,
    file: &TextFile,
    bundle: &mut FluentBundle<Rc<FluentResource>>,
    problems: Option<&mut Vec<Problem>>,
) -> Option<LocaleSource> {
    let check = problems.is_some();
    let mut found = Vec::new();
    if check {
        crate::engine::problem::check_raw_lines(&file.path, &file.text, &mut found);
        // Too deep a text would overflow the stack of fluent-syntax's recursive parser.
        if let Some(p) = fluent_check::nesting_problem(&file.path, &file.text) {
            if let Some(problems) = problems {
                problems.append(&mut found);
                problems.push(p);
            }
            return None;
        }
    }
    let raw_ok = found.is_empty();
    let resource = match FluentResource::try_new(file.text.to_string()) {
        Ok(r) => r,
        Err((r, errors)) => {
            for e in errors {
                found.push(
                    Problem::new("fluent-syntax")
                        .at(Loc::new(&file.path, line_of(&file.text, e.pos.start)))
                        .arg("detail", e.kind.to_string()),
                );
            }
            r
        }
    };
    // A raw character would be found again in its message: one report is enough.
    if check && raw_ok {
        fluent_check::check_values(&file.path, &file.text, resource.entries(), &mut found);
    }
    let resource = Rc::new(resource);
    if let Err(errors) = bundle.add_resource(Rc::clone(&resource)) {
        for e in errors {
            let detail = e.to_string();
            // "Attempt to override an existing message: \"id\"" -> point at the second one.
            let id = detail.split('"').nth(1).unwrap_or("").to_owned();
            let line = fluent_check::find_message_line(&file.text, &id);
            found.push(
                Problem::new("fluent-duplicate")
                    .at(Loc::new(&file.path, line))
                    .arg("id", id),
            );
        }
    }
    if let Some(problems) = problems {
        problems.append(&mut found);
    }
    Some(LocaleSource {
        lang,
        path: file.path.clone(),
        text: file.text.clone(),
        resource,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lazily_parsed_languages_read_the_same_as_eagerly_parsed_ones() {
        let files = GuideFiles::embedded();
        let eager = Locales::load(&files).expect("built-in locales load");
        let lazy = Locales::lazy(&files).expect("both built-in languages exist");
        // Nothing is parsed until a language is used; then only that language.
        assert!(lazy.languages.iter().all(|l| l.get().is_none()));
        assert_eq!(
            lazy.text(Lang::En, "ui-title"),
            eager.text(Lang::En, "ui-title")
        );
        assert!(lazy.languages[0].get().is_none() && lazy.languages[1].get().is_some());
        let ids: Vec<(Lang, String)> = eager
            .sources()
            .flat_map(|s| {
                s.resource.entries().filter_map(|e| match e {
                    fluent_syntax::ast::Entry::Message(m) => Some((s.lang, m.id.name.to_owned())),
                    _ => None,
                })
            })
            .collect();
        assert!(ids.len() > 400, "both languages' messages: {}", ids.len());
        for (lang, id) in &ids {
            assert_eq!(lazy.has(*lang, id), eager.has(*lang, id), "{id}");
            assert_eq!(lazy.text(*lang, id), eager.text(*lang, id), "{id}");
        }
        assert_eq!(lazy.sources().count(), eager.sources().count());
        assert!(lazy.is_embedded() && !eager.is_embedded());
    }

    /// Every value and attribute that build.rs made ready reads as Fluent formats it, with
    /// text and with numbers for its variables, and without arguments it is left to Fluent
    /// (which shows the variable missing). Most messages are ready.
    #[test]
    fn ready_patterns_read_as_fluent_formats_them() {
        use fluent_syntax::ast::{Entry, Expression, InlineExpression, PatternElement};
        let files = GuideFiles::embedded();
        let eager = Locales::load(&files).expect("built-in locales load");
        let lazy = Locales::lazy(&files).expect("both built-in languages exist");
        for lang in [Lang::Zh, Lang::En] {
            let language = lazy.language(lang);
            let format_ready = |id: &str, attr: Option<&str>, args: Option<&FluentArgs<'_>>| {
                (language.locate(id)).and_then(|place| language.format_ready(place, attr, args))
            };
            let (mut patterns, mut ready) = (0, 0);
            for source in eager.sources().filter(|s| s.lang == lang) {
                for entry in source.resource.entries() {
                    let Entry::Message(message) = entry else {
                        continue;
                    };
                    let id = message.id.name;
                    let value = message.value.as_ref().map(|v| (None, v));
                    let attributes =
                        (message.attributes.iter()).map(|a| (Some(a.id.name), &a.value));
                    for (attr, pattern) in value.into_iter().chain(attributes) {
                        patterns += 1;
                        let variables: Vec<&str> =
                            (pattern.elements.iter())
                                .filter_map(|e| match e {
                                    PatternElement::Placeable {
                                        expression:
                                            Expression::Inline(InlineExpression::VariableReference {
                                                id,
                                            }),
                                    } => Some(id.name),
                                    _ => None,
                                })
                                .collect();
                        let mut text = FluentArgs::new();
                        let mut numbers = FluentArgs::new();
                        for (n, name) in variables.iter().enumerate() {
                            text.set(*name, format!("«{name}»"));
                            numbers.set(*name, FluentValue::from(n as f64 + 0.5));
                        }
                        let Some(formatted) = format_ready(id, attr, Some(&text)) else {
                            continue;
                        };
                        ready += 1;
                        let what = format!("{lang:?} {id} {attr:?}");
                        assert_eq!(
                            Some(formatted),
                            eager.format(lang, id, attr, Some(&text)),
                            "{what}"
                        );
                        assert_eq!(
                            format_ready(id, attr, Some(&numbers)),
                            eager.format(lang, id, attr, Some(&numbers)),
                            "{what}"
                        );
                        if !variables.is_empty() {
                            assert_eq!(format_ready(id, attr, None), None, "{what}");
                            let text = lazy.format(lang, id, attr, None).unwrap();
                            assert!(
                                text.contains(&format!("{{${}}}", variables[0])),
                                "{what}: {text}"
                            );
                        }
                    }
                }
            }
            assert!(
                ready * 10 > patterns * 8,
                "{lang:?}: {ready} of {patterns} ready"
            );
            // What the guide does not find ready, Fluent formats: an unknown attribute,
            // an unknown message, a message that uses a term or selects a variant.
            assert_eq!(format_ready("ui-title", Some("nope"), None), None);
            assert_eq!(format_ready("ui-nope", None, None), None);
        }
    }

    #[test]
    fn a_language_parses_only_the_files_whose_messages_are_used() {
        let lazy = Locales::lazy(&GuideFiles::embedded()).unwrap();
        // Text alone is read as it is, from the file: nothing is parsed.
        assert_eq!(lazy.text(Lang::Zh, "ui-title"), "职工医保断缴指南");
        assert!(lazy.parsed_files(Lang::Zh).is_empty());
        // A message that chooses among variants is parsed, in its file alone.
        let mut months = FluentArgs::new();
        months.set("months", 3);
        let eager = Locales::load(&GuideFiles::embedded()).unwrap();
        assert_eq!(
            lazy.fmt(Lang::Zh, "ui-tui-gap-length", Some(&months)),
            eager.fmt(Lang::Zh, "ui-tui-gap-length", Some(&months))
        );
        assert_eq!(lazy.parsed_files(Lang::Zh), ["ui.ftl"]);
        assert!(lazy.has(Lang::Zh, "q-reason"));
        assert_eq!(lazy.parsed_files(Lang::Zh), ["content.ftl", "ui.ftl"]);
        // A message no file holds parses nothing more.
        assert!(!lazy.has(Lang::Zh, "ui-no-such-message"));
        assert_eq!(lazy.fmt(Lang::Zh, "err-no-such", None), "[err-no-such]");
        assert_eq!(lazy.parsed_files(Lang::Zh), ["content.ftl", "ui.ftl"]);
        let problem = Problem::new("yaml-limit")
            .arg("limit", "depth")
            .arg("max", 64);
        assert_eq!(
            lazy.problem(Lang::En, &problem),
            eager.problem(Lang::En, &problem)
        );
        assert_eq!(lazy.parsed_files(Lang::En), ["problems.ftl"]);
        // Validation reads every file.
        assert_eq!(lazy.sources().count(), 8);
        assert_eq!(lazy.parsed_files(Lang::Zh).len(), 4);
    }

    /// The first screen parses no message at all: every one it shows is ready (text and
    /// variables). Parsing was most of the memory at start-up, and the first parse also
    /// has the CPU's features detected for a fast search, slow under virtualisation
    /// (BENCHMARKS.md); the next screens parse only what they show that is not ready.
    #[test]
    fn the_first_screen_parses_no_message() {
        use crate::tui::model::{Model, Msg};
        let files = GuideFiles::embedded();
        let guide = crate::guide::Guide {
            content: crate::engine::content::Content::load(&files.content).unwrap(),
            locales: Rc::new(Locales::lazy(&files).unwrap()),
        };
        let mut m = Model::new(&guide, Lang::Zh, "2026-11-30".parse().unwrap());
        let (_, plan) = crate::tui::step_planned(&mut m, Msg::Resize(80, 24));
        let mut terminal =
            ratatui::Terminal::new(ratatui::backend::TestBackend::new(80, 24)).unwrap();
        terminal
            .draw(|f| crate::tui::view::draw(&m, &plan, f))
            .unwrap();
        let screen: String = terminal
            .backend()
            .buffer()
            .content()
            .iter()
            .map(|c| c.symbol())
            .collect();
        assert!(
            screen.contains("English"),
            "the welcome screen was drawn: {screen}"
        );
        assert!(guide.locales.parsed_files(Lang::Zh).is_empty());
        assert!(guide.locales.parsed_files(Lang::En).is_empty());
    }

    /// The built-in files with each language's locale replaced by `a.ftl` and `b.ftl`.
    fn two_locale_files(a: &str, b: &str) -> GuideFiles {
        let file = |name: &str, text: &str| TextFile {
            path: format!("locales/en-US/{name}"),
            name: name.into(),
            text: text.to_owned().into(),
        };
        let mut files = GuideFiles::embedded();
        for folder in &mut files.locales {
            folder.files = vec![file("a.ftl", a), file("b.ftl", b)];
        }
        files
    }

    #[test]
    fn a_message_may_use_a_message_or_term_of_a_file_not_parsed_yet() {
        let files = two_locale_files(
            "uses-term = The { -brand } guide\nuses-message = { b-word }!\n",
            "-brand = Yibao\nb-word = hello\n",
        );
        let lazy = Locales::lazy(&files).unwrap();
        assert_eq!(lazy.text(Lang::En, "uses-term"), "The Yibao guide");
        assert_eq!(lazy.parsed_files(Lang::En), ["a.ftl", "b.ftl"]);
        let lazy = Locales::lazy(&files).unwrap();
        assert_eq!(lazy.text(Lang::Zh, "uses-message"), "hello!");
    }

    #[test]
    fn messages_are_parsed_one_at_a_time_as_the_files_in_turn_would_give_them() {
        let files = two_locale_files(
            "chain = { link }.\nlink = { -brand } and { missing }\nsame = from a\n",
            "-brand = Yibao\nsame = from b\nunused = never\n",
        );
        let lazy = Locales::lazy(&files).unwrap();
        let eager = Locales::load(&files);
        assert!(eager.is_err(), "`same` twice is reported when checked");
        // A message, the message it uses, and the term that one uses; an unknown message
        // shows as it would with every file parsed.
        assert_eq!(lazy.text(Lang::En, "chain"), "Yibao and {missing}.");
        assert_eq!(lazy.parsed_entries(Lang::En, "a.ftl"), (2, 3));
        assert_eq!(lazy.parsed_entries(Lang::En, "b.ftl"), (1, 3));
        // The first file's message wins, as when the files are added in turn.
        assert_eq!(lazy.text(Lang::En, "same"), "from a");
        assert!(!lazy.has(Lang::En, "nowhere"));
        assert_eq!(lazy.parsed_entries(Lang::En, "b.ftl"), (1, 3));
        // Validation parses the files whole, over what was parsed already.
        assert_eq!(lazy.sources().filter(|s| s.lang == Lang::En).count(), 2);
        assert_eq!(lazy.text(Lang::En, "unused"), "never");
    }

    #[test]
    fn a_missing_built_in_language_is_not_loaded_lazily() {
        let mut files = GuideFiles::embedded();
        files.locales.retain(|l| l.tag != "en-US");
        assert!(Locales::lazy(&files).is_none());
    }

    #[test]
    fn parses_language_spellings() {
        for s in ["zh", "zh-CN", "zh_CN.UTF-8", "ZH-hans", "zh_TW"] {
            assert_eq!(Lang::parse(s), Some(Lang::Zh), "{s}");
        }
        for s in ["en", "en-US", "en_GB.utf8", "EN"] {
            assert_eq!(Lang::parse(s), Some(Lang::En), "{s}");
        }
        for s in ["", "C", "POSIX", "fr_FR", "zhx"] {
            assert_eq!(Lang::parse(s), None, "{s}");
        }
    }

    #[test]
    fn environment_order_is_lc_all_then_lc_messages_then_lang() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |k: &str| {
                pairs
                    .iter()
                    .find(|(n, _)| *n == k)
                    .map(|(_, v)| v.to_string())
            }
        };
        assert_eq!(
            Lang::from_env_vars(env(&[("LANG", "en_US.UTF-8")])),
            Some(Lang::En)
        );
        assert_eq!(
            Lang::from_env_vars(env(&[("LANG", "en_US.UTF-8"), ("LC_ALL", "zh_CN.UTF-8")])),
            Some(Lang::Zh)
        );
        assert_eq!(
            Lang::from_env_vars(env(&[("LC_MESSAGES", "en_US"), ("LANG", "zh_CN")])),
            Some(Lang::En)
        );
        assert_eq!(
            Lang::from_env_vars(env(&[("LC_ALL", ""), ("LANG", "zh_CN")])),
            Some(Lang::Zh)
        );
        assert_eq!(Lang::from_env_vars(env(&[("LANG", "C")])), None);
    }
}
