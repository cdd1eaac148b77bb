# Command-line help and the manual page (English). Interface text is in ui.ftl, error messages in problems.ftl.

## Command-line help

cli-about = A guide for people whose employee medical insurance (职工医保) has a gap: answer a few questions, get a sourced checklist.
cli-heading-usage = Usage: {""}
cli-heading-options = Options
cli-heading-commands = Commands
cli-title-commands = Commands:
cli-title-arguments = Arguments:
cli-title-options = Options:
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
