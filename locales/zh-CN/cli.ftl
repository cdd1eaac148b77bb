# 命令行帮助和手册页（中文）。界面文字在 ui.ftl，错误信息在 problems.ftl。

## 命令行帮助

cli-about = 职工医保断缴指南：回答几个问题，得到一份注明依据的办理清单。
cli-heading-usage = 用法：
cli-heading-options = 选项
cli-heading-commands = 命令
cli-title-commands = 命令：
cli-title-arguments = 参数：
cli-title-options = 选项：
cli-usage-options = [选项]
cli-usage-command = [命令]
cli-usage-help = [命令]...
cli-help-flag = 显示本帮助。
cli-version-flag = 显示版本号。
cli-help-about = 显示本指南或某个命令的帮助。
cli-help-command = 要查看帮助的命令。
cli-arg-lang = 语言：zh（中文）或 en（English）。默认依次读取 LC_ALL、LC_MESSAGES、LANG，都没有时为中文。
cli-arg-content = 从此文件夹读取内容 YAML，代替内置内容。
cli-arg-locales = 从此文件夹读取 Fluent 语言文件（zh-CN/、en-US/），代替内置文件。
cli-arg-today = 按指定日期计算（YYYY-MM-DD），代替今天。
cli-arg-plain = 逐行模式，适用于读屏软件、管道和 TERM=dumb。
cli-arg-theme = 全屏界面的配色：default、high-contrast 或 mono（设置了 NO_COLOR 时默认为 mono）。
cli-arg-borders = 全屏界面的边框：line，或 ascii（适用于把制表符画成双倍宽度的终端）。
cli-arg-no_mouse = 不捕获鼠标（以便在终端中选择文字）。
cli-arg-config = 配置文件（默认：$XDG_CONFIG_HOME/yibao-guide/config.yaml，如果存在）。
cli-arg-kiosk = 自助终端模式（配置中须设置 operator_exit）。
cli-arg-counselor = 咨询员模式：答案始终可见，提供念给来电人听的说法和中英对照。
cli-arg-answers = 打开指南时使用此文件中的答案（由指南保存，或手写）。
cli-arg-resume = 打开指南时使用续办码中的答案，例如 1BXN-46HM-70PW-FYTP。
cli-arg-speak = 逐行模式：显示每道题、答案核对和办理清单时随即朗读（需在配置中设置 speak_command）。
cli-checklist-about = 根据答案文件或 --answer 参数输出办理清单。
cli-checklist-answers = 答案文件（YAML，格式为「问题id: 答案」）。
cli-checklist-answer = 单个答案，例如 --answer reason=resigned --answer gap_months=4（可重复，优先于答案文件）。
cli-checklist-format = 输出格式：text、markdown 或 json（默认 text）。
cli-checklist-output = 写入此文件（原子写入），代替标准输出。
cli-checklist-width = 文本输出按此列数换行（至少20列）。默认不换行。
cli-checklist-resume = 使用续办码中的答案（--answer 参数仍然优先）。
cli-checklist-save = 同时把答案保存到此 YAML 文件（原子写入），以后可用 --answers 打开。
cli-checklist-speak = 同时朗读办理清单（需在配置中设置 speak_command）。
cli-questions-about = 列出全部问题、选项和说明。
cli-questions-format = 输出格式：text 或 json（默认 text）。
cli-validate-about = 检查内容和语言文件，逐条报告问题所在的文件和行号。
cli-paths-about = 列出所有答题路径及每条路径选中的清单条目。
cli-paths-format = 输出格式：text 或 json（默认 text）。
cli-paths-fail_on_truncate = 路径太多、列表提前结束时以错误（65）退出；默认只在标准错误输出中提示。
cli-graph-about = 以Graphviz DOT格式输出流程（问题、选项、跳转和清单条目）。
cli-config-about = 显示或检查配置。
cli-config-print_default = 输出带注释的默认配置文件。
cli-generate-about = 输出手册页或命令行补全脚本。
cli-generate-man-about = 当前语言的手册页（roff格式），例如 yibao-guide generate man > yibao-guide.1
cli-generate-completions-about = bash、zsh或fish的补全脚本。
cli-generate-completions-shell = 命令行环境：bash、zsh或fish。
cli-version-line = { $binary }（内容版本{ $content }，最近一次与依据文件核对的日期：{ $reviewed }）
man-exit-status = 退出状态
man-exit-0 = 完成。
man-exit-2 = 用法、答案或配置有误：问题或选项不存在、月份有误、缺少答案、逐行模式下输入提前结束、配置文件有误。
man-exit-65 = 内容或语言文件有误；validate会列出每个问题及其文件和行号。paths --fail-on-truncate在列表提前停止时也返回此值。
man-exit-74 = 文件无法读取或写入；不会留下写了一半的文件。
man-configuration = 配置
man-configuration-intro = 每一项都可以不写；命令行参数优先于配置文件。默认配置文件及每一项的说明：
man-files = 文件
man-file-config = 配置文件（存在时使用；也可用 --config 指定）。
man-file-kiosk-config = 软件包中自助终端服务使用的配置。
man-file-kiosk-doc = 如何设置自助终端。
