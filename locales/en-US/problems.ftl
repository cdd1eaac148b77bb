# Error messages (English): each says what is wrong, and .hint how to fix it. Interface text is in ui.ftl, command-line help in cli.ftl.

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
    .hint = remove it, also where an escape such as \e or \u001B writes it: control characters, direction overrides and invisible characters could reach the terminal or hide text.
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

err-terminal-failed = the terminal could not be used: { $error }
    .hint = run with --plain for the line-by-line mode.
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
