# Interface text (English). Content text (questions, items, sources) is in content.ftl, error messages in problems.ftl, command-line help in cli.ftl.

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
# The wizard's own fixes for two month problems (the matching errors' .hint in problems.ftl is for the command line).
ui-tui-fix-gap-end-future = the last unpaid month cannot be in the future. If no one pays for you yet, choose "{ $none }" (N).
ui-tui-fix-gap-end-before-start = choose { $earliest } or later: a gap cannot end before its first unpaid month.
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
ui-speak-numbered = { $number }, { $text }
ui-speak-chosen = { $text }, selected
ui-speak-off = Reading aloud is not set up: add speak_command to the configuration (see docs/ACCESSIBILITY.md).
ui-speak-failed = Could not read aloud: { $detail ->
        [start] the speech program could not be started
       *[other] the speech program reported a problem
    }. Check speak_command in the configuration.
ui-plain-speak-keys = v = read aloud what was shown last; v again = stop.
