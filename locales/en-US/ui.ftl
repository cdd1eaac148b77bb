# Interface text (English). Content text (questions, items, sources) is in content.ftl.

## General

ui-title = Employee medical insurance gap guide (职工医保断缴指南)
ui-disclaimer = This guide gives general advice based on national rules. Local rules decide: confirm with your local medical insurance office (医保经办机构) or call 12393 before you act.
ui-reviewed = Content version { $version }, last checked against its sources on { $reviewed }.
ui-reviewed-stale = Warning: this content was last checked on { $reviewed }, more than a year ago. Rules may have changed; confirm everything locally.
ui-hint-prefix = How to fix: {""}
ui-label-separator = : {""}
# A question named in batch messages: its id (scripts use it) and its words.
ui-question-named = { $id } ({ $label })

## Dates (dates a person reads are always written out, never as arithmetic)

ui-date = { $day } { $month_name } { $year }
ui-month = { $month_name } { $year }
ui-month-1 = January
ui-month-2 = February
ui-month-3 = March
ui-month-4 = April
ui-month-5 = May
ui-month-6 = June
ui-month-7 = July
ui-month-8 = August
ui-month-9 = September
ui-month-10 = October
ui-month-11 = November
ui-month-12 = December

## Checklist

ui-checklist-title = Your checklist: employee medical insurance gap
ui-checklist-header = Prepared on { $today }. Content version { $version }, checked { $reviewed }.
ui-your-answers = Your answers
ui-sources-label = Source: {""}
ui-local-mark = {" "}[Local rules vary: confirm locally]
    .spoken = Local rules vary: confirm locally.
ui-citation = { $title }{ $articles ->
        [0] {""}
        [one] , art. { $article }
       *[other] , arts. { $article }
    }{ $has_number ->
        [yes] , { $number }
       *[no] {""}
    }{ $has_date ->
        [yes] , { $date }
       *[no] {""}
    }
ui-citation-article = { $article }
ui-list-separator = , {""}
# Between the answers of a multi-select question (their labels may contain commas).
ui-choices-separator = ; {""}
# The site's office (configuration "office"), first among the contacts.
ui-office-intro = Your local office: {""}
ui-office-address = address: {""}
ui-office-hours = opening hours: {""}
ui-office-phone = phone: {""}
ui-print-sources-note = Every item on this list cites its source (the law or policy document and article): see the checklist on the screen (S shows sources) or ask staff for the full version.

## Plain mode

ui-plain-keys = Type the number of your answer and press Enter. Enter alone keeps the current answer. b = back, ? = help, l = 中文, q = quit.
ui-plain-step = Question { $step } of about { $total }
ui-plain-month-gap-start = Type the month as YYYY-MM (for example 2026-08), or the number of unpaid months (for example 4). Accepted: { $earliest } to { $latest }.
ui-plain-month-optional = Type the month as YYYY-MM, or 0 for: { $none }. Accepted: { $earliest } to { $latest }.
ui-plain-multi = Type the number of every one that applies, separated by commas (for example 1,3), or 0 for: { $none }.
ui-plain-month = Type the month as YYYY-MM. Accepted: { $earliest } to { $latest }.
ui-plain-current = Current answer: { $answer } (press Enter to keep it)
ui-plain-at-first = This is the first question; there is nothing before it.
ui-plain-need-answer = Please choose an answer first.
ui-plain-language-switched = Switched to English (已切换为英文).
ui-plain-quit = Goodbye. Nothing was saved.
ui-plain-review-heading = Your answers:
ui-plain-review-prompt = Type a number to change that answer, or press Enter to show the checklist.
ui-plain-after-checklist = Type s to list the sources of each item by its number, or press Enter to go on. q = finish.
ui-plain-sources-heading = Sources, by item number:
ui-plain-save-prompt = To save your answers (open them later with yibao-guide --answers FILE), type a file name. Press Enter to skip.
ui-plain-export-prompt = To save the checklist, type a file name: .md for Markdown, .txt for plain text, .json for JSON. Press Enter to skip.
ui-plain-saved = Saved to { $path }.
ui-plain-bye = Goodbye.

## validate

ui-validate-ok = Content is valid: { $questions } questions, { $items } checklist items, { $paths } paths checked.

## Command-line help

cli-about = A guide for people whose employee medical insurance (职工医保) has a gap: answer a few questions, get a sourced checklist.
cli-heading-usage = Usage: {""}
cli-heading-options = Options
cli-heading-commands = Commands
cli-usage-options = [OPTIONS]
cli-usage-command = [COMMAND]
cli-usage-help = [COMMAND]...
cli-help-flag = Show this help.
cli-version-flag = Show the version.
cli-help-about = Show the help of the guide, or of a command.
cli-help-command = The command to show the help of.
cli-arg-lang = Language: zh (中文) or en (English). Default: from LC_ALL, LC_MESSAGES or LANG, else zh.
cli-arg-content = Read content YAML from this folder instead of the built-in content.
cli-arg-locales = Read Fluent locales (zh-CN/, en-US/) from this folder instead of the built-in ones.
cli-arg-today = Compute dates as if today were this day (YYYY-MM-DD).
cli-arg-plain = Line-by-line mode for screen readers, pipes and TERM=dumb.
cli-arg-theme = Colours of the full-screen guide: default, high-contrast or mono (default: mono when NO_COLOR is set).
cli-arg-borders = Borders of the full-screen guide: line, or ascii for terminals that draw box-drawing characters double width.
cli-arg-no_mouse = Do not capture the mouse (lets the terminal select text).
cli-arg-config = Configuration file (default: $XDG_CONFIG_HOME/yibao-guide/config.yaml if it exists).
cli-arg-kiosk = Self-service kiosk mode (needs operator_exit in the configuration).
cli-arg-counselor = Counselor mode: answers always visible, read-aloud text, bilingual view.
cli-arg-answers = Open the guide with the answers in this file (saved by the guide or written by hand).
cli-arg-resume = Open the guide with the answers in a resume code, for example 1BXN-46HM-70PW-FYTP.
cli-arg-speak = Plain mode: read each question, the review and the checklist aloud as they are shown (needs speak_command in the configuration).
cli-checklist-about = Print the checklist for answers given in a file or as --answer flags.
cli-checklist-answers = YAML file of answers (question id: value).
cli-checklist-answer = One answer, e.g. --answer reason=resigned --answer gap_months=4 (repeatable; overrides the file).
cli-checklist-format = Output format: text, markdown or json (default: text).
cli-checklist-output = Write to this file (atomically) instead of standard output.
cli-checklist-width = Wrap text output to this many columns (at least 20). Default: no wrapping.
cli-checklist-resume = Take the answers from a resume code (--answer flags still override it).
cli-checklist-save = Also save the answers to this YAML file (atomically), to open later with --answers.
cli-checklist-speak = Also read the checklist aloud (needs speak_command in the configuration).
cli-questions-about = List the questions, their options and help.
cli-questions-format = Output format: text or json (default: text).
cli-validate-about = Check content and locales; report every problem with file:line.
cli-paths-about = List every path through the questions with the checklist items it selects.
cli-paths-format = Output format: text or json (default: text).
cli-paths-fail_on_truncate = Exit with an error (65) when the list stops early because the flow has too many paths; by default that is a note on standard error.

## Errors. Each has the problem, and in .hint how to fix it.

err-file-missing = file not found.
    .hint = check the path, or leave out --content / --locales to use the built-in files.
err-file-unreadable = cannot read this file: { $error }
    .hint = check that it exists and that you may read it.
err-file-too-large = the file is larger than the { $limit } limit.
    .hint = content, locale and answers files are small; check that this is the right file.
err-file-not-utf8 = the file is not UTF-8 text (the problem starts on this line).
    .hint = save the file as UTF-8.
err-yaml-syntax = YAML problem: { $detail }
    .hint = fix the YAML at this line; see docs/CONTENT.md for the expected shape.
err-yaml-duplicate-key = the key { $key } appears twice here; a key can have only one value.
    .hint = keep one of the two lines and remove the other.
err-yaml-limit = the YAML goes past a safety limit: { $limit ->
        [depth] it is nested more than { $max } levels deep.
        [aliases] it uses more than { $max } aliases (*name).
        [anchors] it defines more than { $max } anchors (&name).
        [documents] it holds more than one document (---).
       *[size] it holds, or its aliases expand to, too much data.
    }
    .hint = these files need no anchors, aliases or deep nesting; write the data out plainly.
err-fluent-syntax = Fluent syntax error: { $detail }
    .hint = see https://projectfluent.org/fluent/guide/ ; multi-line text must be indented.
err-fluent-duplicate = the message { $id } is defined twice.
    .hint = remove or rename one of them.
err-fluent-too-deep = placeables or argument lists are nested more than { $max } levels deep here.
    .hint = no message needs that much nesting; write it more simply, or split it into several messages.
err-control-character = control character { $char } in the text.
    .hint = remove it, also where an escape such as \e or \u001B writes it: control characters and direction overrides could reach the terminal or hide text.
err-locale-missing = no locale files for { $lang }.
    .hint = add locales/{ $lang }/ with its .ftl files.
err-locale-unknown = the locale folder { $lang } is not a language this guide speaks.
    .hint = use zh-CN or en-US.
err-bad-version = content_version { $value } must be a non-empty word without spaces.
    .hint = for example "2026.11.1".
err-bad-date = { $value } is not a date.
    .hint = write dates as YYYY-MM-DD.
err-bad-grade = grade { $value } is not one of A, B, C or B/C.
    .hint = use the grade given in shared/policy/FACTS.md.
err-bad-id = the id { $id } is not { $style }.
    .hint = ids are stable names for scripts and translators: use { $style }.
err-duplicate-id = the id { $id } is used twice (first on line { $first }).
    .hint = give each one its own id.
err-duplicate-option = the question { $question } lists the option { $option } twice.
    .hint = remove the repeated option.
err-unknown-kind = unknown question kind { $kind }.
    .hint = use choice, yes_no or month.
err-choice-without-options = the choice question { $question } needs at least two options.
err-reserved-option = { $question }: the option id "{ $option }" is reserved: it means "none of these" in answers files and on the command line. Choose another id.
    .hint = add options: [a, b, ...].
err-options-not-allowed = the { $kind } question { $question } cannot list options.
    .hint = yes_no questions always have yes and no; month questions take a month.
err-optional-not-month = only month and multi-select questions can be optional ({ $question }).
    .hint = remove optional, or make the question a month question.
err-no-routes = the question { $question } has no next rules.
    .hint = add next: with at least one rule, ending in one without when.
err-no-catch-all = the question { $question } has no final rule without when, so a path could stop nowhere.
    .hint = end next: with a rule like goto: end.
err-route-after-catch-all = this rule of { $question } can never apply: a rule without when comes before it.
    .hint = move the rule without when to the end.
err-unknown-goto = goto { $target } names no question.
    .hint = use a question id, or end.
err-unknown-question = there is no question { $question }.
    .hint = check the spelling against content/questions.yaml.
err-unknown-option = the question { $question } has no option { $option }.
    .hint = its options are: { $known }.
err-unknown-fact = there is no fact { $fact }.
    .hint = conditions can use: { $known }.
err-condition-shape = a condition must use exactly one form: all, any, not, answer + in, answer + includes, answered, or fact with min/max or is.
    .hint = see the Conditions section of docs/CONTENT.md.
err-condition-empty-list = this condition list is empty.
    .hint = give at least one condition or option.
err-condition-empty-range = min { $min } is larger than max { $max }: nothing can match.
    .hint = swap or correct the bounds.
err-condition-fact-type = the fact { $fact } needs { $expected }.
    .hint = number facts take min/max; true/false facts take is.
err-condition-month-options = { $question } is a month question; it has no options to match.
err-condition-multi-in = { $question } is a multi-select question: test it with `includes: [...]` (true when any listed option is ticked), not `in`.
err-condition-includes-single = { $question } takes one answer: test it with `in: [...]`; `includes` is for multi-select questions.
    .hint = use a fact such as gap_months with min/max, or answered.
err-gap-question-missing = the content needs a month question { $question }: the guide computes the gap from it.
    .hint = keep gap_start (month) and, if present, gap_end (month, optional) in questions.yaml.
err-section-missing = the checklist has no section { $section }.
    .hint = sections must include materials, steps and caveats.
err-unknown-section = there is no section { $section }.
    .hint = sections are: { $known }.
err-item-without-sources = the item { $item } cites no source.
    .hint = add sources: [id] from content/sources.yaml.
err-unknown-source = there is no source { $source }.
    .hint = add it to content/sources.yaml, or fix the id (use id#article to cite an article).
err-question-unreachable = no path reaches the question { $question }.
    .hint = route to it from another question, or remove it.
err-route-cycle = the routing loops: { $cycle }.
    .hint = routes must always move forward to a new question or end.
err-route-reads-later-question = this rule reads { $question }, which is not asked before it on every path.
    .hint = route only on answers given earlier on the path.
err-item-never-selected = no path selects the item { $item }.
    .hint = its when can never hold: check the condition against the questions' routing.
err-path-without-section = { $count } paths end with nothing in { $section }, for example: { $example }
    .hint = add an item in { $section } that applies to these paths.
err-message-missing = { $lang } has no message { $id }.
    .hint = add it to locales/{ $lang }/ (see the Fluent messages table in docs/CONTENT.md).
err-message-unused = the message { $id } is not used by the content.
    .hint = remove it, or add the question, option, item, section or source it belongs to.
err-message-unknown-variable = the message { $id } uses { "{" }${ $variable }{ "}" }, which is not a fact.
    .hint = see the list of facts in docs/CONTENT.md.
err-message-fact-unknown-on-path = { $id } uses { "{" }${ $variable }{ "}" }, which is not known on a path that shows it: { $path }
    .hint = narrow the item's when, or avoid the variable.
err-note-validate-truncated = Note: the flow has more paths than validate walks: it checked the first { $count } of at most { $total } paths, and did not look for items that no path selects.
err-note-paths-truncated = Note: the flow has more paths than can be listed: the list stops after the first { $count } of at most { $total } paths.
err-paths-truncated = the flow has more paths than can be listed: the list stopped after the first { $count } of at most { $total } paths.
    .hint = simplify the routing, or leave out --fail-on-truncate to accept a partial list.
err-validate-summary = { $count ->
        [one] 1 problem found.
       *[other] { $count } problems found.
    }
err-usage-bad-lang = unknown language { $value }.
    .hint = use zh (中文) or en (English).
err-usage-bad-today = { $value } is not a date.
    .hint = write --today as YYYY-MM-DD, for example 2026-11-22.
err-usage-speak-needs-command = --speak needs a speech command, and the configuration has no speak_command.
    .hint = add speak_command to the configuration (for example speak_command: ["espeak-ng", "-v", "en", "--stdin"]); see docs/ACCESSIBILITY.md.
err-usage-speak-needs-plain = --speak reads plain mode aloud; the full-screen guide reads aloud with the V key.
    .hint = add --plain, or leave out --speak and press V.
err-usage-unknown-argument = unknown option { $arg }.{ $has_suggestion ->
        [yes] {" "}Did you mean { $suggestion }?
       *[no] {""}
    }
    .hint = yibao-guide --help lists the options; yibao-guide COMMAND --help lists those of a command.
err-usage-unknown-command = unknown command { $command }.{ $has_suggestion ->
        [yes] {" "}Did you mean { $suggestion }?
       *[no] {""}
    }
    .hint = yibao-guide --help lists the commands.
err-usage-missing-value = { $arg } needs a value.
    .hint = yibao-guide --help lists the options; yibao-guide COMMAND --help lists those of a command.
err-usage-invalid-value = { $value } is not accepted for { $arg }.
    .hint = use one of: { $known }.
err-usage-bad-value = { $value } is not accepted for { $arg }.
    .hint = yibao-guide --help (or yibao-guide COMMAND --help) says what each option takes.
err-usage-conflict = { $arg } cannot be used together with { $prior }.
    .hint = leave out one of them.
err-usage-repeated = { $arg } was given more than once.
    .hint = give it once.
err-usage-other = the command line was not understood: { $detail }
    .hint = yibao-guide --help lists the options; yibao-guide COMMAND --help lists those of a command.
err-answer-flag-shape = --answer { $value } is not ID=VALUE.
    .hint = for example --answer reason=resigned.
err-answers-empty = the answers file is empty.
    .hint = write one answer per line, for example reason: resigned.
err-answers-file-missing = answers file not found.
    .hint = check the path and the file name; the guide saves answers files with W on the review or with checklist --save.
err-answers-yaml-syntax = YAML problem: { $detail }
    .hint = fix the YAML at this line. An answers file maps question ids to answers, one per line (reason: resigned); see "Answers files" in README.md, and yibao-guide questions for the ids.
err-answer-unknown-question = there is no question { $question }.
    .hint = questions are: { $known }. Run yibao-guide questions to see them.
err-answer-unknown-option = { $value } is not an answer to { $question }.
    .hint = answers are: { $known }.
err-answer-missing = the answer to { $question } is missing; it is needed on this path.
    .hint = add --answer { $id }=VALUE, where VALUE is one of: { $known }.
err-answer-missing-more = other questions may also need an answer, depending on the answer to { $question }.
    .hint = add the answers above and run the command again; yibao-guide questions lists every question.
err-answer-not-offered = { $value } is not offered as an answer to { $question } with your other answers.
    .hint = On this path { $question } takes one of: { $known }.
err-answer-month-format = { $question }: { $value } is not a month.
    .hint = write months as YYYY-MM, for example 2026-08.
err-answer-month-range = { $question }: { $value }: month { $month } does not exist.
    .hint = months run from 01 to 12.
err-answer-year-range = { $question }: { $value }: the year { $year } is out of range.
    .hint = check the year.
err-answer-month-future = { $question }: { $value } is later than { $latest }.
    .hint = the first unpaid month can be at most next month ({ $latest }), when your cover stops at the end of this month.
err-answer-benefit-end-range = { $value } cannot be when your unemployment benefit ends: it is paid for at most 24 months.
    .hint = Choose a month from { $earliest } to { $latest }, or "not known".
err-answer-month-too-old = { $question }: { $value } is earlier than { $earliest }.
    .hint = gaps longer than 50 years are not handled; check the year.
err-answer-gap-end-future = { $question }: { $value } is later than this month ({ $latest }).
    .hint = the last unpaid month cannot be in the future. If no one pays yet, answer "still not paying" instead.
err-answer-gap-end-before-start = { $question }: { $value } is before the first unpaid month ({ $earliest }).
    .hint = the last unpaid month must be the same as or after the first unpaid month.
err-answer-gap-too-long = a gap of { $value } months is longer than this guide handles ({ $max }).
    .hint = check the number.
err-answer-bad-count = gap_months must be a whole number of months, not { $value }.
    .hint = for example gap_months=4.
err-answer-gap-conflict = both gap_months and gap_start are given.
    .hint = give only one of them.
err-answer-month-required = { $question } needs a month; none is not an answer here.
    .hint = write the month as YYYY-MM.
err-note-ignored-answers = Note: these answers are not on your path and were ignored: { $ids }
err-note-defaulted-answers = Note: these optional questions were not answered and took their default (none): { $ids }
err-note-answers-version = Note: these answers were saved with content version { $saved }; this guide's content is version { $current }. They were checked against the current questions; please check that they still say what you mean.
err-plain-input-ended = Input ended before all questions were answered; no checklist was printed.
    .hint = answer every question, or use yibao-guide checklist with --answer flags.
err-plain-bad-choice = Please type a number from 1 to { $count }.
err-plain-bad-review = Please type a number from 1 to { $count } to change that answer, or press Enter to show the checklist.
err-plain-bad-multi = Please type the numbers that apply, from 1 to { $count }, separated by commas (for example 1,3), or 0 for none of these.
err-plain-line-too-long = That line was longer than { $max } bytes and was ignored. Please type your answer again.
err-plain-not-utf8 = That line is not UTF-8 text and was ignored. Please type your answer again.
    .hint = if you typed Chinese, set your terminal's character encoding to UTF-8.
err-write-failed = could not write: { $reason ->
        [disk-full] the disk is full.
        [too-large] the file would be larger than this system allows (a file size limit, such as ulimit -f).
        [read-only-fs] the disk is read-only.
        [denied] you do not have permission to write here.
        [no-folder] the folder does not exist.
       *[other] { $error }
    }
    .hint = { $reason ->
        [disk-full] free some space, or write to another disk.
        [too-large] raise the limit (ulimit -f unlimited), or ask whoever set it.
        [read-only-fs] write to another disk or folder.
        [denied] choose a folder you may write in, such as your home folder.
        [no-folder] create the folder first, or check the path.
       *[other] check that the folder exists, that you may write there, and that the disk is not full.
    } { $partial ->
        [yes] Part of the output may have been written.
       *[other] Nothing was changed.
    }
err-write-is-directory = this is a folder, not a file.
    .hint = give a file name, for example checklist.md.
err-write-not-regular = { $target } is { $kind ->
        [fifo] a named pipe (FIFO)
        [char-device] a device
        [block-device] a disk device
        [socket] a socket
       *[other] a special file
    }, not a regular file. The guide only replaces regular files, so nothing was written.
    .hint = give a file name, for example checklist.md. To send the output to another program, use /dev/stdout and a pipe (|).
err-write-read-only = { $target } is read-only, so it was not replaced.
    .hint = choose another file name, or make it writable first (chmod u+w { $target }).
err-write-dangling-link = this is a link to { $target }, which does not exist. Nothing was written.
    .hint = create that file first, remove the link, or give another file name.
err-write-terminal = this is the screen the guide is shown on.
    .hint = give a file name, for example checklist.md.

## Full-screen guide

ui-tui-lang-button = F2 中文
ui-tui-too-small = Please enlarge the window (at least 40 x 12). 请把窗口放大（至少40列12行）。 q = quit 退出
ui-welcome-heading = Welcome. This guide helps if your employee medical insurance (职工医保) has a gap.
ui-welcome-does = Answer a few questions about why the gap happened, when it started and how your cover will continue. You get a checklist: what to bring, the steps in order, what to watch out for, key dates and where to ask. Every item shows its source.
ui-welcome-doesnt = It gives general advice from national rules. It does not contact any office, keep your details or decide your case: local rules decide, so confirm with the local medical insurance office before you act.
ui-tui-start = Start
ui-tui-step = Step { $step } of about { $total }
ui-tui-month-year = Year
ui-tui-month-month = Month
ui-tui-month-chosen = Chosen: { $month }
ui-tui-gap-length = Gap length: { $months ->
        [0] none yet (cover stops at the end of this month)
        [one] 1 month
       *[other] { $months } months
    }
ui-tui-month-type = Or type YYYY-MM: {""}
ui-tui-month-range = Accepted: { $earliest } to { $latest }.
ui-tui-month-tip = Not sure? Your payment record in the National Healthcare Security Service Platform app (国家医保服务平台), or at the local medical insurance office, shows the last month paid: choose the month after it. If you cannot check now, choose your best guess; your checklist tells you how to confirm it.
ui-tui-month-tip-end = Not sure whether someone pays again? The same payment record shows it. If no one pays for you now, keep "{ $none }".
ui-tui-multi-or = or
ui-tui-review-heading = Please check your answers. Choose one to change it.
ui-tui-show-checklist = Show my checklist
ui-tui-show-checklist-short = Checklist
ui-tui-btn-back = Back
ui-tui-btn-next = Next
ui-tui-btn-help = Help
ui-tui-btn-read-aloud = Read aloud
ui-tui-btn-stop-reading = Stop reading
ui-tui-btn-quit = Quit
ui-tui-btn-export = Export
ui-tui-btn-sources = Sources
ui-tui-btn-restart = Start again
ui-tui-help-title = Help
ui-tui-help-keys-heading = Keys on this screen (you can also click or touch what you see):
ui-tui-help-multi = On this question you can tick more than one answer. Space or an answer's number ticks or unticks it, and so does a click. 0 chooses "{ $none }" and clears the ticks. Enter goes on with what you chose.
ui-tui-close = Close
ui-tui-quit-question = Quit the guide? Your answers will be cleared.
ui-tui-restart-question = Start again? Your answers will be cleared.
ui-tui-yes = Yes (Y)
ui-tui-no = No (N)
ui-tui-export-prompt = Save the checklist to this file (in the current folder unless you give a path):
ui-tui-export-formats = Ends in .md: Markdown; .txt: plain text; .json: JSON.
ui-tui-save = Save
ui-tui-cancel = Cancel
ui-tui-exporting = Saving...
ui-tui-exported = Saved to { $detail }
ui-tui-export-failed = { $detail }
ui-tui-write-refused = the system refused to write the file.
ui-tui-file-exists = { $detail } already exists. Press Enter again to replace it, or change the name.
ui-tui-field-full = This field takes at most { $detail } characters.

ui-key-updown = Up/Down
ui-key-leftright = Left/Right
ui-key-enter = Enter
ui-key-esc = Esc
ui-key-back = Esc
ui-key-help = ?
ui-key-lang = F2
ui-key-quit = Q
ui-key-space = Space
ui-key-sources = S
ui-key-export = E
ui-key-restart = R
ui-key-yes = Y
ui-key-no = N
ui-key-none = N
ui-key-multi-none = 0
ui-key-name-up = Up
ui-key-name-down = Down
ui-key-name-left = Left
ui-key-name-right = Right
ui-key-name-backspace = Backspace
ui-hint-choose = choose
ui-hint-select = select
ui-hint-next = next
ui-hint-back = back
ui-hint-help = help
ui-hint-lang = 中文/English
ui-hint-quit = quit
ui-hint-change = change
ui-hint-change-value = change
ui-hint-year-month = year/month
ui-hint-scroll = move
ui-hint-scroll-help = scroll
ui-hint-tick = tick
ui-hint-sources = sources
ui-hint-export = export
ui-hint-restart = start again
ui-hint-finish = finish and clear
ui-hint-print = print
ui-hint-read-aloud = read aloud
ui-help-read-aloud = read this screen aloud (press again to stop)
ui-hint-close = close
ui-hint-yes = yes
ui-hint-no = no
ui-hint-save = save
ui-hint-cancel = cancel
ui-hint-start = start
ui-hint-code = enter a code
ui-hint-chinese = 中文
ui-hint-english = English
ui-hint-choose-next = choose and go on
ui-hint-type-month = type the month as YYYY-MM
ui-hint-delete = delete the last digit typed
ui-hint-year-step = a year earlier or later
ui-hint-not-sure = not sure?
ui-hint-show-checklist = show checklist
ui-hint-save-answers = save answers
ui-hint-copy = copy
ui-hint-page = page up or down
ui-hint-first-last = first or last
ui-hint-jump = open answer 1-7
ui-hint-bilingual = 中文+English
ui-help-back = back (your later answers are kept)
ui-help-not-sure = this help: how to find the month out if you are not sure

err-terminal-failed = the terminal could not be used: { $error }
    .hint = run with --plain for the line-by-line mode.
# The wizard's own fixes for two month problems (the .hint above is for the command line).
ui-tui-fix-gap-end-future = the last unpaid month cannot be in the future. If no one pays for you yet, choose "{ $none }" (N).
ui-tui-fix-gap-end-before-start = choose { $earliest } or later: a gap cannot end before its first unpaid month.
err-tui-multi-nothing = Nothing is chosen yet.
    .hint = tick each one that applies (Space or its number), or press 0 for "{ $none }".

## Resume codes

err-resume-bad-character = { $char } cannot be part of a resume code.
    .hint = resume codes use digits and the letters A to Z except I, L, O and U; check the code on the receipt.
err-resume-bad-length = this is not a resume code: it is too short or too long.
    .hint = a resume code looks like 1BXN-46HM-70PW-FYTP.
err-resume-typo = this resume code has a typo: its check character does not match.
    .hint = read the code again, character by character.
err-resume-old-version = this code was made with another version of the guide, whose questions have changed, so it cannot be read.
    .hint = please answer the questions again; the guide gives you a new code at the end.

## Configuration

err-config-file-missing = configuration file not found.
    .hint = check the path given with --config; yibao-guide config --print-default writes a commented example.
err-config-yaml-syntax = YAML problem: { $detail }
    .hint = fix the YAML at this line; yibao-guide config --print-default shows every key with its meaning.
err-config-office-empty = office: { $key } is empty.
    .hint = give the office's { $key }, or leave the key out; without office, the checklist lists the national contacts only.
err-config-office-too-long = office: { $key } is longer than { $max } characters, or has more than one line.
    .hint = keep each detail to one short line, as it appears on a receipt.
err-config-bad-value = { $key }: { $value } is not accepted.
    .hint = use one of: { $known }.
err-config-out-of-range = { $key }: { $value } is outside { $min } to { $max }.
    .hint = choose a number of seconds in that range.
err-config-pin-length = the operator PIN or passphrase must be 4 to 64 characters.
    .hint = pick something the operator can type but a passer-by will not guess.
err-config-pin-characters = the operator PIN may only hold visible characters: no spaces, tabs, control characters or invisible (zero-width) ones.
    .hint = write the PIN again with letters, digits and punctuation only.
err-config-operator-key = operator_exit.key: { $value } cannot be used: { $why ->
        [bare] a letter or digit alone would be typed by visitors.
        [terminal] the terminal or the kiosk itself takes it (Ctrl-C, Ctrl-Z, Ctrl-Q, Ctrl-S).
        [same] a terminal sends it as another key (Ctrl-M is Enter, Ctrl-I is Tab, Ctrl-H is Backspace, Ctrl-J a line feed, and Ctrl with a digit is the digit, Esc or nothing).
       *[other] it is not a key name.
    }
    .hint = use ctrl+alt+LETTER, alt+LETTER, F10 or F12.
err-config-key-in-use = operator_exit.key: { $value } is a key the guide itself uses: it { $use ->
        [lang] switches 中文/English
        [help] shows help
        [quit] quits
        [jump] jumps to a question (counselor mode)
        [bilingual] shows both languages (counselor mode)
        [confirm] confirms
        [back] goes back
        [choose] chooses an answer
        [type] types in a text field
        [tick] ticks an answer
        [sources] shows the sources
        [export] saves a file
        [restart] starts again
        [print] prints
        [copy] copies the checklist
        [code] opens the resume code dialog
       *[move] moves around
    }. A visitor pressing it would get the operator's PIN prompt.
    .hint = use a key the guide does not use: ctrl+alt+LETTER, alt+LETTER, F10 or F12.
err-config-export-dir = export_dir { $value } is not an existing folder.
    .hint = create the folder first, or remove export_dir so the kiosk writes nothing.
err-config-print-command = print_command must name a program, for example ["lp", "-d", "receipt"].
    .hint = give the program and its arguments as a list; no shell is used.
err-config-print-program = print_command: { $value } was not found (it is not an executable file, nor a program on PATH).
    .hint = install it, or give its full path, for example /usr/bin/lp.
err-config-speak-command = { $key } must name a program, for example ["espeak-ng", "-v", "cmn", "--stdin"].
    .hint = give the program and its arguments as a list; no shell is used. docs/ACCESSIBILITY.md has examples.
err-config-speak-program = { $key }: { $value } was not found (it is not an executable file, nor a program on PATH).
    .hint = install it (for espeak-ng: apt install espeak-ng), or give its full path, for example /usr/bin/espeak-ng.
err-config-speak-language = speak_command has a command per language but none for { $lang }.
    .hint = give both zh and en (the same list twice is fine), or one list for both languages.
err-config-print-width = print_width { $value } is not 40 or 48.
    .hint = receipt printers print 40 or 48 columns.
err-config-kiosk-needs-exit = kiosk mode needs operator_exit (a key and a PIN): without it only a system signal could end the kiosk.
    .hint = add operator_exit with key and pin; yibao-guide config --print-default shows an example.
ui-title-short = Insurance gap guide
ui-resume-code-line = Resume code (to continue on another computer or with a counselor): { $code }

## Kiosk, counselor, save and resume

ui-kiosk-invite = Touch the screen or press Enter to start.
ui-kiosk-sorry = Sorry, something went wrong. The guide has started again.
ui-kiosk-printing = Printing...
ui-kiosk-printed = Printed. Please take your receipt.
ui-kiosk-print-failed = Could not print: { $detail ->
        [timeout] the printer did not answer in time
        [start] the printer could not be reached
       *[other] the printer reported a problem
    }. Please ask a member of staff.
ui-kiosk-bad-file-name = { $detail } cannot be used here: give a plain file name, without folders, that does not start with a dot or a dash.
ui-kiosk-export-failed = The checklist could not be saved. Please ask a member of staff.
ui-kiosk-wrong-pin = Wrong PIN.
ui-kiosk-pin-locked = Too many wrong PINs: wait { $detail } s.
ui-kiosk-any-key = Touch the screen or press any key to continue.
ui-kiosk-still-there = Are you still there? Touch the screen or press any key. Otherwise your answers will be cleared in { $seconds ->
        [one] 1 second
       *[other] { $seconds } seconds
    }.
ui-kiosk-continue = Continue
ui-kiosk-operator-title = Operator
ui-kiosk-operator-prompt = Operator PIN to close the guide:
ui-kiosk-operator-note = Staff only. The PIN is set in the configuration file.
ui-kiosk-export-prompt = File name for the checklist (it is saved in the kiosk's export folder):
ui-kiosk-btn-print = Print
ui-kiosk-btn-finish = Finish and clear
ui-counselor-aloud = Read aloud: { $text }
ui-counselor-copied = Checklist copied (where the terminal allows the clipboard). Export also works.
ui-counselor-btn-copy = Copy
ui-counselor-btn-bilingual = 中文+English
ui-resume-ask-again = Some answers in this code cannot be used (for example a month that is now out of range). Please answer these again: { $detail }
ui-resume-other-version = This code was made with another version of the guide. Your answers were kept; please check them.
ui-resume-failed = That code did not work: { $detail }
ui-tui-btn-code = Enter a code
ui-tui-code-prompt = Type your resume code (from a receipt, an export or a counselor):
ui-tui-code-note = Letters and digits, for example 1BXN-46HM-70PW-FYTP. Dashes and spaces do not matter.
ui-tui-btn-save-answers = Save answers
ui-tui-save-answers-prompt = Save your answers to this file (open it later with yibao-guide --answers FILE):
ui-tui-save-answers-note = Only your answers are saved: no name, ID number or phone number.
ui-tui-ok = OK
ui-config-ok = Configuration is valid ({ $file }).
err-print-failed = printing failed: { $reason ->
        [timeout] the print command did not finish within { $seconds } seconds, so it was stopped.
        [start] the print command could not be started.
       *[other] the print command reported an error.
    }
    .hint = check print_command in the configuration and that the printer is ready.
err-speak-failed = reading aloud failed: { $reason ->
        [start] the speech command could not be started.
       *[other] the speech command reported an error.
    }
    .hint = check speak_command in the configuration and that the speech program and its voice are installed (docs/ACCESSIBILITY.md).
ui-speak-numbered = { $number }, { $text }
ui-speak-chosen = { $text }, selected
ui-speak-off = Reading aloud is not set up: add speak_command to the configuration (see docs/ACCESSIBILITY.md).
ui-speak-failed = Could not read aloud: { $detail ->
        [start] the speech program could not be started
       *[other] the speech program reported a problem
    }. Check speak_command in the configuration.
ui-plain-speak-keys = v = read aloud what was shown last; v again = stop.
err-spoken-missing = { $id } has a spoken form (.spoken) in { $other } but not in { $lang }, so the two languages would be read aloud differently.
    .hint = add a .spoken line under { $id } here saying how it is read aloud, or remove the one in { $other }.
err-spoken-marks = the spoken form of { $id } still has { $char }, which a voice reads out or stumbles on.
    .hint = write .spoken as it is said: no brackets, quotes or slashes, and numbers as they are read (a hotline digit by digit).
err-kiosk-bad-file-name = { $value } is not a plain file name.
    .hint = use a name without folders, for example checklist.md.
err-tui-file-exists = { $value } already exists.
    .hint = press Enter again to replace it, or change the name.
err-resume-ask-again = some answers in this code cannot be used, so these questions are asked again: { $questions }
err-kiosk-needs-terminal = kiosk mode needs a terminal on both standard input and output.
    .hint = start it on the kiosk's terminal, without --plain.
cli-graph-about = Write the flow (questions, options, routes, checklist items) as Graphviz DOT.
cli-config-about = Show or check the configuration.
cli-config-print_default = Print a commented default configuration file.
cli-generate-about = Print the manual page or a shell completion script.
cli-generate-man-about = The manual page (roff) in the chosen language, e.g. yibao-guide generate man > yibao-guide.1
cli-generate-completions-about = A completion script for bash, zsh or fish.
cli-generate-completions-shell = The shell: bash, zsh or fish.
cli-version-line = { $binary } (content { $content }, checked against its sources on { $reviewed })
man-exit-status = EXIT STATUS
man-exit-0 = Done.
man-exit-2 = Usage, answer or configuration error: an unknown question or option, a bad month, a missing answer, input ended in plain mode, a bad configuration file.
man-exit-65 = Bad content or locales (data error); validate lists every problem with file:line. Also paths --fail-on-truncate when the list stops early.
man-exit-74 = A file could not be read or written; nothing half-written is left.
man-configuration = CONFIGURATION
man-configuration-intro = Every key is optional; command-line flags override them. The default file, with every key explained:
man-files = FILES
man-file-config = The configuration file, when it exists (or --config FILE).
man-file-kiosk-config = The kiosk configuration the packaged kiosk service uses.
man-file-kiosk-doc = How to set up a self-service kiosk.
