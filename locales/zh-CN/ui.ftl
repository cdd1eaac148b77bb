# 界面文字（中文）。问题、清单条目和依据文件的文字在 content.ftl，错误信息在 problems.ftl，命令行帮助在 cli.ftl。

## 通用

ui-title = 职工医保断缴指南
ui-disclaimer = 本指南依据国家规定提供一般性建议，具体以当地规定为准。办理前请向当地医保经办机构确认，或拨打12393咨询。
ui-reviewed = 内容版本{ $version }，最近一次与依据文件核对的日期：{ $reviewed }。
ui-reviewed-stale = 注意：本内容最近一次核对是在{ $reviewed }，已超过一年，政策可能已有变化，请务必向当地确认。
ui-hint-prefix = 解决办法：
ui-label-separator = ：
# 批量模式信息中的问题：问题id（脚本使用）及其文字。
ui-question-named = { $id }（{ $label }）

## 日期（显示给人看的日期一律写成具体日期，不让人自己推算）

ui-date = { $year }年{ $month }月{ $day }日
ui-month = { $year }年{ $month }月
ui-month-1 = 1月
ui-month-2 = 2月
ui-month-3 = 3月
ui-month-4 = 4月
ui-month-5 = 5月
ui-month-6 = 6月
ui-month-7 = 7月
ui-month-8 = 8月
ui-month-9 = 9月
ui-month-10 = 10月
ui-month-11 = 11月
ui-month-12 = 12月

## 清单

ui-checklist-title = 您的办理清单：职工医保断缴
ui-checklist-header = 生成日期：{ $today }。内容版本{ $version }，核对日期{ $reviewed }。
ui-your-answers = 您的回答
ui-sources-label = 依据：
ui-local-mark = （各地规定不同，请向当地确认）
    .spoken = 各地规定不同，请向当地确认。
ui-citation = { $title }{ $article }{ $has_number ->
        [yes] （{ $number }{ $has_date ->
            [yes] ，{ $date }
           *[no] {""}
        }）
       *[no] { $has_date ->
            [yes] （{ $date }）
           *[no] {""}
        }
    }
ui-citation-article = 第{ $article }条
ui-list-separator = 、
# 多选题的各项答案之间（选项文字里可能有顿号）。
ui-choices-separator = ；
# 本地经办机构（配置项 office），列在咨询渠道的最前面。
ui-office-intro = 本地经办机构：
ui-office-address = 地址：
ui-office-hours = 办公时间：
ui-office-phone = 电话：
ui-print-sources-note = 每一条都注明了依据（法律或政策文件及条款）：可在屏幕上的清单中按S查看，或请工作人员提供完整版本。

## 逐行模式

ui-plain-keys = 输入答案前的数字后按回车。直接按回车保留当前答案。b 返回上一题，? 帮助，l English，q 退出。
ui-plain-step = 第{ $step }题，共约{ $total }题
ui-plain-month-gap-start = 请输入月份，格式为YYYY-MM（例如2026-08），也可以输入未缴费的月数（例如4）。可输入范围：{ $earliest }至{ $latest }。
ui-plain-month-optional = 请输入月份，格式为YYYY-MM；输入0表示：{ $none }。可输入范围：{ $earliest }至{ $latest }。
ui-plain-multi = 请输入所有符合情况的编号，多个编号用逗号分开，例如1,3；输入0表示：{ $none }。
ui-plain-month = 请输入月份，格式为YYYY-MM。可输入范围：{ $earliest }至{ $latest }。
ui-plain-current = 当前答案：{ $answer }（直接按回车保留）
ui-plain-at-first = 这已经是第一题了。
ui-plain-need-answer = 请先选择一个答案。
ui-plain-language-switched = 已切换为中文（Switched to Chinese）。
ui-plain-quit = 再见。没有保存任何内容。
ui-plain-review-heading = 您的答案：
ui-plain-review-prompt = 输入编号可修改该答案；直接按回车显示办理清单。
ui-plain-after-checklist = 输入 s 可按条目编号列出每条的依据；直接按回车继续。q 结束。
ui-plain-sources-heading = 各条目的依据（按条目编号）：
ui-plain-save-prompt = 如需保存您的答案（以后可用 yibao-guide --answers 文件名 打开），请输入文件名；直接按回车跳过。
ui-plain-export-prompt = 如需保存办理清单，请输入文件名：.md 为Markdown，.txt 为纯文本，.json 为JSON。直接按回车跳过。
ui-plain-saved = 已保存到{ $path }。
ui-plain-bye = 再见。

## validate

ui-validate-ok = 内容检查通过：{ $questions }个问题，{ $items }个清单条目，已检查{ $paths }条路径。

## 全屏界面

ui-tui-lang-button = F2 English
ui-tui-too-small = 请把窗口放大（至少40列12行）。Please enlarge the window (at least 40 x 12). q 退出 quit
ui-welcome-heading = 欢迎使用。职工医保断缴了，本指南帮您理清怎么办。
ui-welcome-does = 回答几个问题：为什么断缴、从哪个月开始、之后怎样参保。您会得到一份清单：要带的材料、按顺序的办理步骤、注意事项、关键日期和咨询渠道，每一条都注明依据。
ui-welcome-doesnt = 本指南依据国家规定提供一般性建议，不联系任何部门，不保存您的信息，也不能替您做决定。具体以当地规定为准，办理前请向当地医保经办机构确认。
ui-tui-start = 开始
ui-tui-step = 第{ $step }步，共约{ $total }步
ui-tui-month-year = 年份
ui-tui-month-month = 月份
ui-tui-month-chosen = 已选：{ $month }
ui-tui-gap-length = 断缴时长：{ $months ->
        [0] 尚未断缴（医保缴到本月底）
       *[other] { $months }个月
    }
ui-tui-month-type = 或直接输入YYYY-MM：
ui-tui-month-range = 可选范围：{ $earliest }至{ $latest }。
ui-tui-month-tip = 不确定？可在国家医保服务平台App或到当地医保经办机构查看缴费记录：最后缴费月份的下一个月，就是这里要选的月份。现在无法查询的，请先选最接近的月份，清单会告诉您如何核实。
ui-tui-month-tip-end = 不确定是否已有人恢复缴费？同样可以查看缴费记录。如果现在仍没有人为您缴费，请保留「{ $none }」。
ui-tui-multi-or = 或者
ui-tui-review-heading = 请核对您的回答，选中任意一项可以修改。
ui-tui-show-checklist = 查看我的办理清单
ui-tui-show-checklist-short = 清单
ui-tui-btn-back = 返回
ui-tui-btn-next = 下一步
ui-tui-btn-help = 帮助
ui-tui-btn-read-aloud = 朗读
ui-tui-btn-stop-reading = 停止朗读
ui-tui-btn-quit = 退出
ui-tui-btn-export = 导出
ui-tui-btn-sources = 依据
ui-tui-btn-restart = 重新开始
ui-tui-help-title = 帮助
ui-tui-help-keys-heading = 本页按键（也可以用鼠标点击或触摸屏幕上的内容）：
ui-tui-help-multi = 这道题可以选多项：按空格或选项前的数字勾选或取消勾选，也可以点击。按0选「{ $none }」，已勾选的会清除。按回车用您选的答案继续。
ui-tui-close = 关闭
ui-tui-quit-question = 确定退出吗？您的回答将被清除。
ui-tui-restart-question = 确定重新开始吗？您的回答将被清除。
ui-tui-yes = 是（Y）
ui-tui-no = 否（N）
ui-tui-export-prompt = 将清单保存到以下文件（不写路径则保存在当前文件夹）：
ui-tui-export-formats = 以.md结尾为Markdown，.txt为纯文本，.json为JSON。
ui-tui-save = 保存
ui-tui-cancel = 取消
ui-tui-exporting = 正在保存。
ui-tui-exported = 已保存到{ $detail }
ui-tui-export-failed = { $detail }
ui-tui-write-refused = 系统拒绝写入该文件。
ui-tui-file-exists = 「{ $detail }」已存在。再按一次回车将替换它，也可以改用其他文件名。
ui-tui-field-full = 此栏最多可输入{ $detail }个字符。

ui-key-updown = 上下键
ui-key-leftright = 左右键
ui-key-enter = 回车
ui-key-esc = Esc
ui-key-back = Esc
ui-key-help = ?
ui-key-lang = F2
ui-key-quit = Q
ui-key-space = 空格
ui-key-sources = S
ui-key-export = E
ui-key-restart = R
ui-key-yes = Y
ui-key-no = N
ui-key-none = N
ui-key-multi-none = 0
ui-key-name-up = 上键
ui-key-name-down = 下键
ui-key-name-left = 左键
ui-key-name-right = 右键
ui-key-name-backspace = 退格键
ui-hint-choose = 选择
ui-hint-select = 确定
ui-hint-next = 下一步
ui-hint-back = 返回
ui-hint-help = 帮助
ui-hint-lang = 中文/English
ui-hint-quit = 退出
ui-hint-change = 修改
ui-hint-change-value = 调整
ui-hint-year-month = 年/月
ui-hint-scroll = 移动
ui-hint-scroll-help = 滚动
ui-hint-tick = 勾选
ui-hint-sources = 依据
ui-hint-export = 导出
ui-hint-restart = 重新开始
ui-hint-finish = 完成并清除
ui-hint-print = 打印
ui-hint-read-aloud = 朗读
ui-help-read-aloud = 朗读本屏内容（再按一次停止）
ui-hint-close = 关闭
ui-hint-yes = 是
ui-hint-no = 否
ui-hint-save = 保存
ui-hint-cancel = 取消
ui-hint-start = 开始
ui-hint-code = 输入续办码
ui-hint-chinese = 中文
ui-hint-english = English
ui-hint-choose-next = 选择并进入下一步
ui-hint-type-month = 按YYYY-MM输入年月
ui-hint-delete = 删除刚输入的一位
ui-hint-year-step = 提前或推后一年
ui-hint-not-sure = 不确定？
ui-hint-show-checklist = 查看清单
ui-hint-save-answers = 保存回答
ui-hint-copy = 复制
ui-hint-page = 上下翻页
ui-hint-first-last = 第一项或最后一项
ui-hint-jump = 打开第1至7个回答
ui-hint-bilingual = 中文+English
ui-help-back = 返回上一步（后面的回答会保留）
ui-help-not-sure = 本帮助：不确定时如何查到这个月份
# 全屏界面自己的两条月份修改建议（problems.ftl 中对应错误的 .hint 用于命令行）。
ui-tui-fix-gap-end-future = 最后一个未缴费的月份不能是将来的月份。如果现在仍没有人为您缴费，请选「{ $none }」（按N）。
ui-tui-fix-gap-end-before-start = 请选择{ $earliest }或之后的月份：断缴结束的月份不能早于第一个未缴费的月份。
ui-title-short = 医保断缴指南
ui-resume-code-line = 续办码（可在其他电脑上或与咨询员继续办理）：{ $code }

## 自助终端、咨询员、保存和续办

ui-kiosk-invite = 请触摸屏幕或按回车开始。
ui-kiosk-sorry = 抱歉，出现了问题，指南已重新开始。
ui-kiosk-printing = 正在打印。
ui-kiosk-printed = 已打印，请取走凭条。
ui-kiosk-print-failed = 无法打印：{ $detail ->
        [timeout] 打印机未及时响应
        [start] 无法连接打印机
       *[other] 打印机报告了问题
    }。请联系工作人员。
ui-kiosk-bad-file-name = 「{ $detail }」不能用作文件名：请只写文件名，不含文件夹，也不要以点或横线（-）开头。
ui-kiosk-export-failed = 清单未能保存，请联系工作人员。
ui-kiosk-wrong-pin = PIN不正确。
ui-kiosk-pin-locked = PIN错误次数过多，请{ $detail }秒后再试。
ui-kiosk-any-key = 触摸屏幕或按任意键继续。
ui-kiosk-still-there = 您还在吗？请触摸屏幕或按任意键。否则您的回答将在{ $seconds }秒后清除。
ui-kiosk-continue = 继续
ui-kiosk-operator-title = 操作员
ui-kiosk-operator-prompt = 输入操作员PIN以关闭指南：
ui-kiosk-operator-note = 仅限工作人员。PIN在配置文件中设置。
ui-kiosk-export-prompt = 清单文件名（保存在自助终端的导出文件夹中）：
ui-kiosk-btn-print = 打印
ui-kiosk-btn-finish = 完成并清除
ui-counselor-aloud = 请读给来电人：{ $text }
ui-counselor-copied = 清单已复制（终端支持剪贴板时有效），也可以导出。
ui-counselor-btn-copy = 复制
ui-counselor-btn-bilingual = 中文+English
ui-resume-ask-again = 此续办码中有些答案无法使用（例如月份已超出可选范围），请重新回答：{ $detail }
ui-resume-other-version = 此续办码来自另一版本的指南，回答已保留，请核对。
ui-resume-failed = 续办码无效：{ $detail }
ui-tui-btn-code = 输入续办码
ui-tui-code-prompt = 请输入续办码（见凭条、导出文件或咨询员告知）：
ui-tui-code-note = 由字母和数字组成，例如1BXN-46HM-70PW-FYTP，横线和空格可不输入。
ui-tui-btn-save-answers = 保存回答
ui-tui-save-answers-prompt = 将您的回答保存到此文件（以后用 yibao-guide --answers 文件 打开）：
ui-tui-save-answers-note = 只保存回答，不保存姓名、身份证号或电话号码。
ui-tui-ok = 确定
ui-config-ok = 配置有效（{ $file }）。
ui-speak-numbered = { $number }，{ $text }
ui-speak-chosen = { $text }，已选
ui-speak-off = 尚未设置朗读：请在配置中加上 speak_command（见 docs/ACCESSIBILITY.md）。
ui-speak-failed = 无法朗读：{ $detail ->
        [start] 无法启动朗读程序
       *[other] 朗读程序报告了错误
    }。请检查配置中的 speak_command。
ui-plain-speak-keys = v 朗读刚显示的内容，再按一次 v 停止。
