# 错误信息（中文）：每条说明问题，.hint 说明解决办法。界面文字在 ui.ftl，命令行帮助在 cli.ftl。

err-file-missing = 找不到文件。
    .hint = 请检查路径；不加 --content / --locales 即使用内置文件。
err-file-unreadable = 无法读取此文件：{ $error }
    .hint = 请确认文件存在并有读取权限。
err-file-too-large = 文件超过{ $limit }的上限。
    .hint = 内容、语言和答案文件都很小，请确认文件是否正确。
err-file-not-utf8 = 文件不是UTF-8文本（问题从这一行开始）。
    .hint = 请将文件另存为UTF-8编码。
err-yaml-syntax = YAML格式问题：{ $detail }
    .hint = 请修改这一行的YAML；格式要求见 docs/CONTENT.md。
err-yaml-duplicate-key = 这里的「{ $key }」出现了两次，一个键只能有一个值。
    .hint = 请保留其中一行，删除另一行。
err-yaml-limit = YAML超出安全限制：{ $limit ->
        [depth] 嵌套超过{ $max }层。
        [aliases] 别名（*名称）超过{ $max }个。
        [anchors] 锚点（&名称）超过{ $max }个。
        [documents] 文件中有不止一个文档（---）。
       *[size] 数据过多，或别名展开后数据过多。
    }
    .hint = 这些文件不需要锚点、别名或深层嵌套，请直接写出数据。
err-fluent-syntax = Fluent语法错误：{ $detail }
    .hint = 参见 https://projectfluent.org/fluent/guide/ ；多行文字须缩进。
err-fluent-duplicate = 消息{ $id }被定义了两次。
    .hint = 请删除或改名其中一个。
err-fluent-too-deep = 此处占位符或参数列表的嵌套超过{ $max }层。
    .hint = 任何消息都不需要这么深的嵌套，请简化写法，或拆成几条消息。
err-control-character = 文字中有控制字符{ $char }。
    .hint = 请删除，用 \e 或 \u001B 等转义写出的也要删除：控制字符、方向控制符和不可见字符可能进入终端或隐藏文字。
err-locale-missing = 缺少{ $lang }的语言文件。
    .hint = 请添加 locales/{ $lang }/ 及其 .ftl 文件。
err-locale-unknown = 语言文件夹{ $lang }不是本指南支持的语言。
    .hint = 请使用 zh-CN 或 en-US。
err-bad-version = content_version「{ $value }」须为不含空格的非空文字。
    .hint = 例如「2026.11.1」。
err-bad-date = 「{ $value }」不是日期。
    .hint = 日期格式为YYYY-MM-DD。
err-bad-grade = 等级「{ $value }」不是A、B、C或B/C。
    .hint = 请使用 shared/policy/FACTS.md 中给出的等级。
err-bad-id = id「{ $id }」不符合{ $style }格式。
    .hint = id是供脚本和译者使用的固定名称，请使用{ $style }格式。
err-duplicate-id = id「{ $id }」重复（首次出现在第{ $first }行）。
    .hint = 请为每一项使用不同的id。
err-duplicate-option = 问题{ $question }的选项{ $option }重复。
    .hint = 请删除重复的选项。
err-unknown-kind = 未知的问题类型「{ $kind }」。
    .hint = 请使用 choice、yes_no 或 month。
err-choice-without-options = 选择题{ $question }至少需要两个选项。
err-reserved-option = { $question }：选项名「{ $option }」是保留字，在答案文件和命令行中表示「以上都没有」，请换一个名字。
    .hint = 请添加 options: [a, b, ...]。
err-options-not-allowed = { $kind }类型的问题{ $question }不能列出选项。
    .hint = yes_no 问题固定为 yes 和 no；month 问题的答案是月份。
err-optional-not-month = 只有月份问题和多选题可以设为可选（{ $question }）。
    .hint = 请删除 optional，或改为月份问题。
err-no-routes = 问题{ $question }没有 next 规则。
    .hint = 请添加 next:，至少一条规则，最后一条不带 when。
err-no-catch-all = 问题{ $question }缺少不带 when 的最后一条规则，答题路径可能无处可去。
    .hint = 请在 next: 末尾加上类似 goto: end 的规则。
err-route-after-catch-all = { $question }的这条规则永远不会生效：前面已有不带 when 的规则。
    .hint = 请把不带 when 的规则移到最后。
err-unknown-goto = goto「{ $target }」不是任何问题。
    .hint = 请填写问题id或 end。
err-unknown-question = 没有问题「{ $question }」。
    .hint = 请对照 content/questions.yaml 检查拼写。
err-unknown-option = 问题{ $question }没有选项「{ $option }」。
    .hint = 可用的选项：{ $known }。
err-unknown-fact = 没有事实「{ $fact }」。
    .hint = 条件中可用的事实：{ $known }。
err-condition-shape = 一个条件只能使用一种形式：all、any、not、answer 加 in、answer 加 includes、answered，或 fact 加 min/max 或 is。
    .hint = 参见 docs/CONTENT.md 的 Conditions 一节。
err-condition-empty-list = 条件列表为空。
    .hint = 请至少写一个条件或选项。
err-condition-empty-range = min { $min }大于 max { $max }，不可能成立。
    .hint = 请交换或改正上下限。
err-condition-fact-type = 事实{ $fact }需要使用 { $expected }。
    .hint = 数字类事实用 min/max，真假类事实用 is。
err-condition-month-options = { $question }是月份问题，没有可匹配的选项。
err-condition-multi-in = { $question }是多选题：请用 `includes: [...]` 判断（勾选了所列任一选项即成立），不要用 `in`。
err-condition-includes-single = { $question }只有一个答案：请用 `in: [...]` 判断；`includes` 只用于多选题。
    .hint = 请使用 gap_months 等事实配合 min/max，或使用 answered。
err-gap-question-missing = 内容中必须有月份问题{ $question }：指南根据它计算断缴时间。
    .hint = 请在 questions.yaml 中保留 gap_start（month），如有 gap_end 也须为可选的 month。
err-section-missing = 清单缺少{ $section }部分。
    .hint = sections 必须包含 materials、steps 和 caveats。
err-unknown-section = 没有「{ $section }」部分。
    .hint = 现有部分：{ $known }。
err-item-without-sources = 条目{ $item }没有注明依据。
    .hint = 请添加 sources: [id]，id 取自 content/sources.yaml。
err-unknown-source = 没有依据文件「{ $source }」。
    .hint = 请在 content/sources.yaml 中添加，或改正id（引用条款用 id#条号）。
err-question-unreachable = 没有任何路径能到达问题{ $question }。
    .hint = 请从其他问题跳转到它，或删除它。
err-route-cycle = 跳转规则形成循环：{ $cycle }。
    .hint = 跳转必须前进到新的问题或结束。
err-route-reads-later-question = 这条规则读取了{ $question }，但并非每条路径都在此之前问过它。
    .hint = 跳转规则只能使用路径上更早的答案。
err-item-never-selected = 没有任何路径会选中条目{ $item }。
    .hint = 它的 when 永远不成立，请对照问题的跳转规则检查条件。
err-path-without-section = 有{ $count }条路径的{ $section }部分为空，例如：{ $example }
    .hint = 请在{ $section }中添加适用于这些路径的条目。
err-message-missing = { $lang }缺少消息{ $id }。
    .hint = 请添加到 locales/{ $lang }/（见 docs/CONTENT.md 的 Fluent 消息表）。
err-message-unused = 消息{ $id }没有被内容使用。
    .hint = 请删除它，或添加它所属的问题、选项、条目、部分或依据文件。
err-message-unknown-variable = 消息{ $id }使用了{ "{" }${ $variable }{ "}" }，但这不是已知的事实。
    .hint = 可用的事实见 docs/CONTENT.md。
err-message-fact-unknown-on-path = { $id }使用了{ "{" }${ $variable }{ "}" }，但在显示它的某条路径上这个值未知：{ $path }
    .hint = 请收窄条目的 when，或不用这个变量。
err-note-validate-truncated = 提示：答题路径过多，validate 只检查了前{ $count }条（最多共{ $total }条），也未检查是否有条目在任何路径上都不出现。
err-note-paths-truncated = 提示：答题路径过多，只列出了前{ $count }条（最多共{ $total }条），列表不完整。
err-paths-truncated = 答题路径过多，列表在前{ $count }条处停止（最多共{ $total }条）。
    .hint = 请简化问题的跳转，或去掉 --fail-on-truncate 以接受不完整的列表。
    .hint = 请简化跳转规则，或拆分流程。
err-validate-summary = 共发现{ $count }个问题。
err-usage-bad-lang = 不支持的语言「{ $value }」。
    .hint = 请使用 zh（中文）或 en（English）。
err-usage-bad-today = 「{ $value }」不是日期。
    .hint = --today 的格式为YYYY-MM-DD，例如2026-11-22。
err-usage-speak-needs-command = --speak 需要朗读命令，但配置中没有 speak_command。
    .hint = 请在配置中加上 speak_command（例如 speak_command: ["espeak-ng", "-v", "cmn", "--stdin"]）；见 docs/ACCESSIBILITY.md。
err-usage-speak-needs-plain = --speak 用于逐行模式的朗读；全屏向导请按 V 键朗读。
    .hint = 请加上 --plain，或去掉 --speak 后按 V 键。
err-usage-unknown-argument = 没有 { $arg } 这个选项。{ $has_suggestion ->
        [yes] 您是不是要用 { $suggestion }？
       *[no] {""}
    }
    .hint = 运行 yibao-guide --help 可查看全部选项；运行 yibao-guide 命令 --help 可查看该命令的选项。
err-usage-unknown-command = 没有 { $command } 这个命令。{ $has_suggestion ->
        [yes] 您是不是要用 { $suggestion }？
       *[no] {""}
    }
    .hint = 运行 yibao-guide --help 可查看全部命令。
err-usage-missing-value = { $arg } 需要一个值。
    .hint = 运行 yibao-guide --help 可查看全部选项；运行 yibao-guide 命令 --help 可查看该命令的选项。
err-usage-invalid-value = { $arg } 不接受「{ $value }」。
    .hint = 请使用以下之一：{ $known }。
err-usage-bad-value = { $arg } 不接受「{ $value }」。
    .hint = 运行 yibao-guide --help（或 yibao-guide 命令 --help）可查看每个选项接受的值。
err-usage-conflict = { $arg } 不能与 { $prior } 同时使用。
    .hint = 请去掉其中一个。
err-usage-repeated = { $arg } 给出了不止一次。
    .hint = 请只给一次。
err-usage-other = 无法理解命令行：{ $detail }
    .hint = 运行 yibao-guide --help 可查看全部选项；运行 yibao-guide 命令 --help 可查看该命令的选项。
err-answer-flag-shape = --answer { $value } 不是 ID=VALUE 的形式。
    .hint = 例如 --answer reason=resigned。
err-answers-empty = 答案文件是空的。
    .hint = 每行写一个答案，例如 reason: resigned。
err-answers-file-missing = 找不到答案文件。
    .hint = 请检查路径和文件名；在确认页按 W，或用 checklist --save，可以保存答案文件。
err-answers-yaml-syntax = YAML格式问题：{ $detail }
    .hint = 请修改这一行的YAML。答案文件每行写一个「问题id: 答案」（例如 reason: resigned），详见 README.md 中的「Answers files」一节；运行 yibao-guide questions 可查看问题id。
err-answer-unknown-question = 没有问题「{ $question }」。
    .hint = 现有问题：{ $known }。运行 yibao-guide questions 可查看全部问题。
err-answer-unknown-option = 「{ $value }」不是问题{ $question }的答案。
    .hint = 可用的答案：{ $known }。
err-answer-missing = 缺少问题{ $question }的答案，这条路径需要它。
    .hint = 请添加 --answer { $id }=VALUE，VALUE 为以下之一：{ $known }。
err-answer-missing-more = 根据问题{ $question }的答案，可能还需要回答其他问题。
    .hint = 请先补上以上答案，再运行一次；运行 yibao-guide questions 可查看全部问题。
err-answer-not-offered = 按您的其他答案，问题{ $question }不提供「{ $value }」这个选项。
    .hint = 在这条路径上，{ $question }可以选：{ $known }。
err-answer-month-format = { $question }：「{ $value }」不是月份。
    .hint = 月份格式为YYYY-MM，例如2026-08。
err-answer-month-range = { $question }：「{ $value }」：没有{ $month }月。
    .hint = 月份为01至12。
err-answer-year-range = { $question }：「{ $value }」：年份{ $year }超出范围。
    .hint = 请检查年份。
err-answer-month-future = { $question }：{ $value }晚于{ $latest }。
    .hint = 第一个未缴费的月份最晚是下个月（{ $latest }），即医保本月底停缴的情况。
err-answer-benefit-end-range = { $value }不可能是失业保险金停发的月份：失业保险金最长领取24个月。
    .hint = 请选择{ $earliest }至{ $latest }之间的月份，或选「还不知道」。
err-answer-month-too-old = { $question }：{ $value }早于{ $earliest }。
    .hint = 本指南不处理超过50年的断缴，请检查年份。
err-answer-gap-end-future = { $question }：{ $value }晚于本月（{ $latest }）。
    .hint = 最后一个未缴费的月份不能是将来的月份。如果仍然没有人缴费，请改选「仍未缴费」。
err-answer-gap-end-before-start = { $question }：{ $value }早于第一个未缴费的月份（{ $earliest }）。
    .hint = 最后一个未缴费的月份必须等于或晚于第一个未缴费的月份。
err-answer-gap-too-long = 断缴{ $value }个月，超出本指南能处理的范围（{ $max }个月）。
    .hint = 请检查数字。
err-answer-bad-count = gap_months 须为整月数，「{ $value }」不是。
    .hint = 例如 gap_months=4。
err-answer-gap-conflict = 同时给出了 gap_months 和 gap_start。
    .hint = 请只给其中一个。
err-answer-month-required = { $question }需要填写月份，不能填 none。
    .hint = 月份格式为YYYY-MM。
err-note-ignored-answers = 提示：以下答案不在您的答题路径上，已忽略：{ $ids }
err-note-defaulted-answers = 提示：以下可选问题没有回答，已按默认值（无）处理：{ $ids }
err-note-answers-version = 提示：这些答案保存时的内容版本是{ $saved }，本指南当前的内容版本是{ $current }。答案已按当前的问题检查，请确认它们仍是您要表达的意思。
err-plain-input-ended = 输入在全部问题回答完之前结束，未输出清单。
    .hint = 请回答全部问题，或使用 yibao-guide checklist 加 --answer 参数。
err-plain-bad-choice = 请输入1到{ $count }之间的数字。
err-plain-bad-review = 请输入1到{ $count }之间的编号修改该答案，或直接按回车显示办理清单。
err-plain-bad-multi = 请输入符合情况的编号（1到{ $count }），多个编号用逗号分开，例如1,3；都不符合请输入0。
err-plain-line-too-long = 这一行超过{ $max }字节，已忽略。请重新输入您的答案。
err-plain-not-utf8 = 这一行不是UTF-8编码的文字，已忽略。请重新输入您的答案。
    .hint = 如果您输入的是中文，请把终端的字符编码设为UTF-8。
err-write-failed = 无法写入：{ $reason ->
        [disk-full] 磁盘已满。
        [too-large] 文件超出了本系统允许的大小（文件大小限制，例如 ulimit -f）。
        [read-only-fs] 该磁盘是只读的。
        [denied] 您没有在此处写入的权限。
        [no-folder] 文件夹不存在。
       *[other] { $error }
    }
    .hint = { $reason ->
        [disk-full] 请腾出一些空间，或写到其他磁盘。
        [too-large] 请放宽限制（ulimit -f unlimited），或请设置限制的人协助。
        [read-only-fs] 请写到其他磁盘或文件夹。
        [denied] 请选择您有写入权限的文件夹，例如您的主目录。
        [no-folder] 请先创建该文件夹，或检查路径。
       *[other] 请确认文件夹存在、有写入权限且磁盘未满。
    }{ $partial ->
        [yes] 部分内容可能已经写出。
       *[other] 原有文件未被改动。
    }
err-write-is-directory = 这是一个文件夹，不是文件。
    .hint = 请给出文件名，例如 checklist.md。
err-write-not-regular = 「{ $target }」是{ $kind ->
        [fifo] 命名管道（FIFO）
        [char-device] 设备
        [block-device] 磁盘设备
        [socket] 套接字
       *[other] 特殊文件
    }，不是普通文件。本指南只替换普通文件，因此没有写入任何内容。
    .hint = 请给出文件名，例如 checklist.md。如需把内容交给其他程序，请使用 /dev/stdout 和管道（|）。
err-write-read-only = 「{ $target }」是只读文件，因此没有替换它。
    .hint = 请换一个文件名，或先将其改为可写（chmod u+w { $target }）。
err-write-dangling-link = 这是指向「{ $target }」的链接，但该文件不存在。没有写入任何内容。
    .hint = 请先创建该文件、删除此链接，或换一个文件名。
err-write-terminal = 这是正在显示本指南的屏幕。
    .hint = 请给出文件名，例如 checklist.md。

err-terminal-failed = 无法使用终端：{ $error }
    .hint = 请加 --plain 使用逐行模式。
err-tui-multi-nothing = 您还没有选择。
    .hint = 请勾选所有符合的情况（按空格或选项前的数字）；都不符合的，请按0选「{ $none }」。

## 续办码

err-resume-bad-character = 续办码中不能有「{ $char }」。
    .hint = 续办码由数字和除I、L、O、U以外的字母组成，请对照凭条检查。
err-resume-bad-length = 这不是续办码：长度不对。
    .hint = 续办码形如 1BXN-46HM-70PW-FYTP。
err-resume-typo = 续办码有输入错误：校验位不符。
    .hint = 请逐个字符重新核对。
err-resume-old-version = 此续办码是用另一版本的指南生成的，其中的问题已有变动，无法读取。
    .hint = 请重新回答问题，答完后指南会给您新的续办码。

## 配置

err-config-file-missing = 找不到配置文件。
    .hint = 请检查 --config 给出的路径；运行 yibao-guide config --print-default 可输出带注释的示例。
err-config-yaml-syntax = YAML格式问题：{ $detail }
    .hint = 请修改这一行的YAML；运行 yibao-guide config --print-default 可查看全部配置项及说明。
err-config-office-empty = office：{ $key }是空的。
    .hint = 请填写经办机构的{ $key }，或删掉这一项；不写office时，清单只列全国通用的咨询渠道。
err-config-office-too-long = office：{ $key }超过{ $max }个字符，或不止一行。
    .hint = 每一项写成简短的一行，和打印在小票上的样子一样。
err-config-bad-value = { $key }：不接受「{ $value }」。
    .hint = 请使用以下之一：{ $known }。
err-config-out-of-range = { $key }：{ $value }超出{ $min }至{ $max }的范围。
    .hint = 请在此范围内选择秒数。
err-config-pin-length = 操作员PIN或口令须为4至64个字符。
    .hint = 请设置操作员能输入、路人猜不到的内容。
err-config-pin-characters = 操作员PIN只能包含可见字符，不能有空格、制表符、控制字符或不可见（零宽）字符。
    .hint = 请只用字母、数字和标点重新设置PIN。
err-config-operator-key = operator_exit.key：不能使用「{ $value }」：{ $why ->
        [bare] 单独的字母或数字会被访客误按。
        [terminal] 终端或自助终端自身要用这个键（Ctrl-C、Ctrl-Z、Ctrl-Q、Ctrl-S）。
        [same] 终端会把它当作另一个键发送（Ctrl-M就是回车，Ctrl-I就是Tab，Ctrl-H就是退格，Ctrl-J是换行，Ctrl加数字则是该数字、Esc或什么都不发送）。
       *[other] 这不是有效的按键名称。
    }
    .hint = 请使用 ctrl+alt+字母、alt+字母、F10 或 F12。
err-config-key-in-use = operator_exit.key：「{ $value }」是指南自身使用的按键，用于{ $use ->
        [lang] 切换中文/English
        [help] 查看帮助
        [quit] 退出
        [jump] 跳到某个问题（咨询员模式）
        [bilingual] 同时显示两种语言（咨询员模式）
        [confirm] 确认
        [back] 返回
        [choose] 选择答案
        [type] 在输入框中输入
        [tick] 勾选答案
        [sources] 显示依据
        [export] 保存文件
        [restart] 重新开始
        [print] 打印
        [copy] 复制清单
        [code] 打开续办码输入框
       *[move] 移动
    }。访客按下它会看到操作员的PIN输入框。
    .hint = 请使用指南不用的按键：ctrl+alt+字母、alt+字母、F10 或 F12。
err-config-export-dir = export_dir「{ $value }」不是已有的文件夹。
    .hint = 请先创建该文件夹，或删除 export_dir 使自助终端不写入任何文件。
err-config-print-command = print_command 须指明程序，例如 ["lp", "-d", "receipt"]。
    .hint = 以列表形式给出程序及参数，不经过shell。
err-config-print-program = print_command：找不到程序「{ $value }」（既不是可执行文件，也不在PATH中）。
    .hint = 请安装该程序，或写出完整路径，例如 /usr/bin/lp。
err-config-speak-command = { $key } 须指明程序，例如 ["espeak-ng", "-v", "cmn", "--stdin"]。
    .hint = 以列表形式给出程序及参数，不经过shell。docs/ACCESSIBILITY.md 中有示例。
err-config-speak-program = { $key }：找不到程序「{ $value }」（既不是可执行文件，也不在PATH中）。
    .hint = 请安装该程序（espeak-ng 可用 apt install espeak-ng 安装），或写出完整路径，例如 /usr/bin/espeak-ng。
err-config-speak-language = speak_command 按语言分别设置了命令，但缺少{ $lang }的命令。
    .hint = 请同时写出zh和en（两者相同也可以），或只写一个两种语言共用的命令。
err-config-print-width = print_width「{ $value }」不是40或48。
    .hint = 小票打印机通常为40或48列。
err-config-kiosk-needs-exit = 自助终端模式需要 operator_exit（按键和PIN），否则只能靠系统信号结束。
    .hint = 请添加 operator_exit 的 key 和 pin；运行 yibao-guide config --print-default 可查看示例。
err-print-failed = 打印失败：{ $reason ->
        [timeout] 打印命令在{ $seconds }秒内未完成，已被停止。
        [start] 无法启动打印命令。
       *[other] 打印命令报告了错误。
    }
    .hint = 请检查配置中的 print_command 以及打印机状态。
err-speak-failed = 朗读失败：{ $reason ->
        [start] 无法启动朗读命令。
       *[other] 朗读命令报告了错误。
    }
    .hint = 请检查配置中的 speak_command，以及朗读程序和语音是否已安装（见 docs/ACCESSIBILITY.md）。
err-spoken-missing = { $id }在{ $other }中有朗读用的说法（.spoken），在{ $lang }中却没有，两种语言朗读时会不一致。
    .hint = 请在这里的{ $id }下加一行 .spoken，写明朗读时怎么说；或删掉{ $other }中的那一行。
err-spoken-marks = { $id }的朗读说法（.spoken）中还有「{ $char }」，语音会把它读出来或读不顺。
    .hint = 请按说出来的样子写 .spoken：不用括号、引号或斜线，数字按读法写（热线号码逐位写）。
err-kiosk-bad-file-name = 「{ $value }」不是单纯的文件名。
    .hint = 请使用不含文件夹的名称，例如 checklist.md。
err-tui-file-exists = 「{ $value }」已存在。
    .hint = 再按一次回车将替换它，也可以改用其他文件名。
err-resume-ask-again = 此续办码中有些答案无法使用，以下问题需要重新回答：{ $questions }
err-kiosk-needs-terminal = 自助终端模式需要在终端中运行（标准输入和输出都须为终端）。
    .hint = 请在自助终端的终端中启动，且不要加 --plain。
