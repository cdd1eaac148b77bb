## 问题
## 每个问题：提示语，.short 短标签，.help 了解更多，.aloud 电话中念给来电人听的说法。

q-reason = 您的职工医保为什么断缴，或即将断缴？
    .short = 断缴原因
    .help = 原因不同，谁来办、还能怎么补也不同。被裁员的人可能可以领取失业保险金，领取期间医保费由失业保险基金支付（社会保险法第48条）；单位欠缴的，滞纳金由单位承担，不得转嫁给您（人社部令第20号第11条）。
    .aloud = 请问您的职工医保是因为什么断缴的？比如自己辞职、被裁员、单位没给交、自己停交了，或者搬到了外地？
q-reason-resigned = 主动离职
    .help = 您自己提出辞职或离职。
q-reason-laid_off = 被裁员或非本人意愿失业
    .help = 失业不是您自己选择的，例如单位裁员或与您解除劳动合同。
q-reason-employer_unpaid = 单位未缴或欠缴
    .help = 您在单位工作或曾经工作，但单位没有按时足额为您缴费。
q-reason-stopped_paying = 灵活就业，自己忘缴或停缴
    .help = 您以个人身份（灵活就业人员）缴费，漏缴了或不再缴。
q-reason-job_change = 换单位，接续不及时
    .help = 旧单位已经停缴，新单位还没开始缴，中间出现空档。
q-reason-moved = 户籍或常住地迁往外地
q-reason-retirement_shortfall = 临近退休，缴费年限不够
    .help = 快到法定退休年龄，职工医保累计缴费年限可能达不到当地要求。
q-reason-unsure = 其他或不确定

q-benefit = 您现在是否在领取或申请失业保险金？
    .short = 失业保险金
    .help = 领取失业保险金期间，职工医保费由失业保险基金支付，个人不缴（社会保险法第48条）。领取条件是：失业前单位和本人已缴失业保险费满1年、非因本人意愿中断就业、已办理失业登记并有求职要求（第45条）。
    .aloud = 您现在有没有在领失业保险金，或者已经在申请了？
q-benefit-receiving = 正在领取或已经申请
q-benefit-not_receiving = 没有领取
    .help = 包括不符合条件或还没有申请的情况。
q-benefit-unsure = 不确定

q-benefit_end = 您的失业保险金领到哪个月为止？
    .short = 失业保险金停发月
    .help = 失业保险基金为您缴医保费，缴到失业保险金停发的那个月为止（社会保险法第48条）；从下个月起要自己接上参保，才不会断缴。最长领取24个月（第46条）。可以问失业保险经办机构或看领取通知；还不知道的，选「还不知道」。
    .aloud = 您的失业保险金大概领到哪年哪个月？不清楚也没关系。
q-benefit_end-none = 还不知道

q-gap_start = 从哪个月开始，没有人为您缴医保费？
    .short = 断缴起始月
    .help = 「没有人缴」是指您自己、单位和失业保险基金都没有缴。失业保险基金代缴的月份不算断缴。选择第一个没有人缴的月份；如果到本月都有人缴、下个月才停，请选下个月。缴费记录可以在国家医保服务平台App或当地医保经办机构查询（社会保险法第4条）。
    .aloud = 请问从哪年哪个月开始，没有人给您交医保了？您自己、单位、失业保险基金都没交的第一个月。

q-gap_end = 如果已经有人重新缴费，最后一个没有人缴的月份是哪个月？
    .short = 断缴最后一月
    .help = 已经重新缴费的（您自己、新单位或失业保险基金缴都算），选择恢复缴费前最后一个没有人缴的月份；现在仍没有人缴的，选「仍未缴费」。这决定断缴有没有超过3个月。
    .aloud = 现在有人重新给您交上了吗？交上了的话，最后一个没人交的是哪个月？还没交也请告诉我。
q-gap_end-none = 仍未缴费

q-plan = 接下来您打算怎样继续参保？
    .short = 续保方式
    .help = 有新单位的，由单位为您参加职工医保。没有单位的，可以以灵活就业人员身份参加职工医保，由个人缴费（社会保险法第23条）；也可以参加城乡居民医保，通常按年在集中参保期缴费。单位欠缴、您还在这家单位工作的，可以选「留在原单位」，由单位补缴欠费。正在领取失业保险金的，请选停发后打算怎样参保。
    .aloud = 接下来您打算怎么把医保续上？是去新单位由单位交、自己以灵活就业身份交、参加城乡居民医保，还是还没想好？
q-plan-new_employer = 新单位为我参保
q-plan-flexible = 以灵活就业人员身份参加职工医保
    .help = 个人缴纳全部费用，缴费年限计入职工医保。
q-plan-resident = 参加城乡居民医保
    .help = 按年缴费，通常在集中参保期办理；2025年起，集中参保期外参保或断保后参保设有等待期。
q-plan-same_employer = 留在原单位，由单位补缴欠费
    .help = 您还在这家单位工作：单位应当为您参保，欠缴的医保费由单位补缴。
q-plan-undecided = 还没决定

q-city = 您将在哪里继续参保？
    .short = 参保地
    .help = 和原来断缴的地方比较。换到另一个城市（统筹地区）参保，需要办理医保关系转移接续（医保办发〔2021〕43号）。
    .aloud = 您接下来是在原来的城市继续交医保，还是换到别的城市？
q-city-same = 原来的城市
q-city-other = 另一个城市
    .help = 需要办理医保关系转移接续。

q-gap_medical = 断缴期间，您有没有看病或住院的费用？
    .short = 断缴期医疗费
    .help = 跨城市转移、断缴不超过3个月并按规定补缴的，中断期间的待遇可按规定追溯享受（医保办发〔2021〕43号），同城断缴按当地规定；超过3个月的，断缴期和等待期的费用一般不能报销。请先保留好票据。
    .aloud = 断缴的这段时间，您有没有去看病或者住院、自己花了医药费？
q-gap_medical-yes = 有
q-gap_medical-no = 没有

q-situations = 下面这些情况，有没有符合您的？（可以多选）
    .short = 特殊情况
    .help = 这些情况各有需要注意的地方，会在清单里单独列出。都不符合的，选「以上都没有」。
    .aloud = 还有几种情况想跟您确认一下：您是不是怀孕或准备生孩子、有没有需要长期看病的慢性病、是不是外国人、是不是已经退休了、原来的单位是不是破产或倒闭了？
    .spoken = 下面这些情况，有没有符合您的？可以多选。
q-situations-pregnant = 怀孕或准备生育
q-situations-chronic_illness = 有需要长期门诊治疗的慢性病或特殊病
    .help = 例如在医保部门认定过的门诊慢特病。
q-situations-foreign_national = 我是外国人，在中国就业
q-situations-retired = 我已经办理退休
q-situations-employer_closed = 原单位破产、倒闭或正在清算
q-situations-none = 以上都没有

## 清单分区

section-materials = 需要准备的材料
section-steps = 办理步骤
section-caveats = 注意事项
section-dates = 关键日期
section-contacts = 咨询渠道

## 材料

item-id-documents = 本人有效身份证件原件及复印件，或社会保障卡。中国公民的个人社会保障号码就是公民身份号码。
item-payment-receipts = 每一笔缴费和补缴的凭证（纸质或电子），办完后妥善保存。
item-termination-certificate = 原单位出具的解除或终止劳动合同证明（离职证明）。
item-foreign-documents = 外国人：护照和外国人工作许可证。您的社会保障号码由社会保险经办机构另行编制，不是身份证号码。
item-unemployment-registration-proof = 失业登记证明：凭离职证明到公共就业服务机构办理失业登记后取得。
item-new-employer-contract = 与新单位签订的劳动合同。
item-insurance-certificate = 原参保地出具的《基本医疗保险参保凭证》；线上办理或省内转移的，有的地方已不再需要。
item-hukou-or-residence-permit = 有的地方还要求户口簿或居住证，具体材料以当地医保经办机构要求为准。
item-arrears-evidence = 证明劳动关系和欠缴情况的材料：劳动合同、工资条、工资银行流水、缴费记录截图等。
item-gap-medical-bills = 断缴期间看病的发票、费用清单和病历等原件，留作日后申请报销或维权。
item-retirement-records = 在各个城市参保的缴费记录或参保凭证，用来核对累计缴费年限。

## 步骤

item-check-records = 先查缴费记录：用国家医保服务平台App或到当地医保经办机构查询，确认从哪个月起没有缴费。
item-unsure-ask-office = 不清楚为什么断缴的，带身份证到医保经办机构查询，问清是谁、从哪个月起停止缴费。
item-no-gap-yet = 您的医保缴到本月底：尽量让新的参保从下个月接上，就不会出现断缴。
item-arrears-ask-employer = 书面要求单位补缴欠费。单位应按时足额缴费，并每月把缴费明细告诉您。
item-arrears-complain = 单位不补缴的，向当地医保部门、社会保险行政部门（人社局）或税务部门投诉，要求依法处理。
item-arrears-dispute = 也可以申请劳动争议调解、仲裁，或向人民法院起诉。
item-get-termination-certificate = 向原单位索要解除或终止劳动合同证明，并请单位办理社会保险关系转移手续。
item-unemployment-register = 尽快持离职证明到公共就业服务机构办理失业登记，再凭登记证明和身份证到社会保险经办机构申领失业保险金。
item-unemployment-confirm-medical = 向医保经办机构确认失业保险基金从哪个月起为您缴医保费。
item-benefit-gap-ask = 失业保险基金开始缴费前，有{ $gap_months }个月没有人缴：问医保经办机构这几个月能否补缴、对待遇有没有影响。
item-benefit-end-ask = 向失业保险经办机构问清失业保险金领到哪个月为止；新的参保要从下一个月起接上，才不会断缴。
item-unemployment-plan-after = 失业保险金停发后，基金不再替您缴医保费；停发前安排好接续：新单位参保、灵活就业参保或居民医保。
item-retired-register-elsewhere = 已退休、搬到外地长期居住的：不办转移接续，在退休地医保部门办理异地长期居住备案，之后在居住地看病可以直接结算。
item-employer-closed-list = 单位破产的：欠您的医保费不用申报债权，由破产管理人调查后列出清单并公示；核对清单，有异议可以要求更正，还可以起诉。
item-arrears-stay-employer = 留在原单位的：单位应继续为您缴费并补缴欠费；补缴后再查一次记录，确认欠缴的月份都已补上。
item-transfer-stop-old = 先确认原参保地已中止参保：有单位的由原单位办理，灵活就业人员由本人申请。
item-enrol-new-employer = 把身份证或社保卡信息交给新单位，请单位从您入职的月份起为您参保缴费。
item-enrol-flexible = 向当地医保经办机构申请以灵活就业人员身份参加（或恢复）职工医保，有的地方可以线上办理。
item-pay-flexible = 按当地规定按期自己缴费，可以直接向社会保险费征收机构（多数地方是税务部门）缴纳；问清每期的缴费截止日，避免再次断缴。
item-enrol-resident = 在户籍地或常住地参加城乡居民医保：到当地医保经办机构办理，有的地方可在国家医保服务平台App登记。
item-choose-route = 尽快选定一种方式：新单位参保、以灵活就业人员身份参加职工医保，或参加城乡居民医保。
item-backpay-short = 按当地规定申请补缴断缴月份的医保费；跨城市转移的，按转入地规定补缴。
item-backpay-long-ask = 补缴前先问当地医保经办机构：断缴月份还能不能补缴、补缴后等待期多长。
item-resident-switch-ask = 已连续参保满2年的，参保前向医保经办机构说明您从职工医保转来，问清能否免等待期、能否补缴。
item-transfer-apply = 在新城市参保后申请转移接续（有单位的可由单位代办）：通过国家医保服务平台「地方网厅」，或到新、旧参保地任一经办窗口。
item-transfer-track = 在医保信息平台查询办理进度，直到显示转入完成。
item-chronic-reapply = 有门诊慢特病的：换城市参保或断缴较久后，通常要重新申请认定。带上原来的认定材料和病历，先问参保地医保经办机构。
item-gap-claim-retro = 补缴或恢复参保后，带上断缴期间的票据问医保经办机构，能否按规定追溯报销。
item-retire-ask-years = 向您退休所在地的医保经办机构问清：需要缴满多少年，您已累计多少年。
item-retire-consolidate = 退休前把其他城市的参保记录转到退休地：医保转移接续暂行办法不适用于退休人员。
item-retire-keep-paying = 到法定退休年龄时年限不够的，可以继续缴费至规定年限；能否一次性补足，按当地规定。
item-confirm-status = 缴费后再查一次记录，确认参保状态正常、缴费已经到账。

## 注意事项

item-local-rules = 补缴办法、时限和待遇由各统筹地区规定，缴费前请向当地医保经办机构或12393确认。
    .spoken = 补缴办法、时限和待遇由各统筹地区规定，缴费前请向当地医保经办机构或医保服务热线一二三九三确认。
item-rule-short-transfer = 跨城市转移、转移前断缴不超过3个月（含）的，按转入地规定补缴后不设等待期，缴费当月起享受待遇。
item-rule-short-retro = 跨城市转移、断缴不超过3个月并补缴的，中断期间的待遇可按规定追溯享受，具体办法由转入地规定。
item-rule-short-same-city = 全国「断缴3个月内补缴不设等待期」的规定针对跨城市转移；同城断缴按当地规定，多数地方做法相近。
item-rule-long = 职工医保断缴超过3个月的，待遇按当地规定执行，可能设等待期，职工医保的等待期原则上不超过6个月。
item-long-not-reimbursed = 断缴超过3个月的，断缴期间和等待期内的医疗费用一般不能报销。
item-local-reduced-benefits = 有的地方把断缴超过3个月后再参保当作首次参保，重新计算连续参保时间，或在等待期内降低待遇。
item-no-one-year-wait = 网上「断缴一年以上要等一年」的说法没有全国依据；全国规定职工医保等待期原则上不超过6个月，以当地规定为准。
item-years-kept-same-city = 断缴超过3个月，以前缴的职工医保年限不会清零，仍累计计算；受影响的是连续参保时间和等待期，按当地规定。
item-individual-late-fee = 个人或灵活就业人员晚缴是否收滞纳金，目前没有全国统一规定；不少地方过了期限就不能补缴。
item-maternity = 生育保险待遇以单位已缴生育保险费为前提；断缴可能影响生育医疗费用和生育津贴，以当地规定为准。
item-pregnant-avoid-gap = 怀孕或准备生育的，尽量不要断缴：生育医疗费用和生育津贴由职工医保（含生育保险）支付，断缴有什么影响、要连续缴多久，按当地规定。
item-pregnant-spouse = 您没有就业、配偶参加了职工医保的，可以按规定享受生育医疗费用待遇，向配偶的参保地医保经办机构问清。
item-pregnant-other-cover = 生育津贴以单位缴纳生育保险费为前提；以灵活就业人员身份参保或参加居民医保的，生育费用怎么报销、有没有津贴，请向当地问清。
item-chronic-avoid-gap = 有门诊慢特病的，尽量把断缴控制在3个月以内：断缴超过3个月的，断缴期和等待期内的费用一般不能报销。
item-foreign-local = 外国人能否以灵活就业人员身份参保或参加居民医保，目前没有全国统一规定，请先问当地医保经办机构。
item-retired-no-transfer = 退休人员不适用医保关系转移接续暂行办法：退休后医保关系留在退休地。
item-employer-closed-priority = 破产清偿时，欠职工的工资和应划入个人账户的医保费排在第一顺序（破产费用和共益债务之后）；不要等清偿，先把医保接上。
item-resigned-no-unemployment-benefit = 自己选择离职的，一般不符合「非因本人意愿中断就业」的条件，通常不能领取失业保险金；因单位没缴社会保险费而离职的除外。
item-resigned-employer-fault = 因单位没缴社会保险费而解除劳动合同的，也算「非因本人意愿中断就业」：符合条件的可以领取失业保险金，领取期间医保费由失业保险基金缴纳。
item-unemployment-premium-paid = 领取失业保险金期间，您参加职工医保、享受待遇，医保费由失业保险基金支付，个人不缴。
item-benefit-months-not-gap = 失业保险基金代缴的月份不算断缴；清单里的断缴只算没有任何人缴费的月份。
item-laid-off-compensation = 被裁员或单位提出协商解除劳动合同的，单位一般应支付经济补偿：每满1年付1个月工资，6个月以上不满1年按1年算，不满6个月付半个月工资。
item-unemployment-conditions = 领取失业保险金要同时满足：失业前单位和本人已缴失业保险费满1年；非本人意愿失业；已办失业登记并有求职要求。
item-unemployment-duration = 失业保险金最长领取期限：累计缴费满1年不足5年为12个月，满5年不足10年为18个月，10年以上为24个月。
item-arrears-late-fee-employer = 单位欠缴的，自欠缴之日起按日加收万分之五的滞纳金，由单位承担，单位不得要求您承担。
item-arrears-compensation = 单位未依法为您缴纳社会保险费的，您可以解除劳动合同，并要求单位支付经济补偿。
item-arrears-gap-costs = 单位补缴欠费后，欠费期间的待遇能否恢复、看病费用能否报销，由当地规定，请向医保经办机构问清。
item-arrears-damages = 单位没给您办社保、经办机构又不能补办，导致您无法享受待遇的，可以通过劳动争议要求单位赔偿损失。
item-arrears-employer-pays = 欠缴的医保费由单位补缴，不是您的断缴：征收机构会责令单位限期补足，您不用自己补缴。
item-duplicate-enrolment = 原参保关系没停就新参保，可能重复参保：原则上职工医保留就业地、居民医保留常住地；两种都有且职工医保连续满1年的，留职工医保。
item-flexible-no-hukou = 国家要求取消在就业地参保的户籍限制；没有本地户籍也可以申请，如被拒绝，可请对方说明依据。
item-flexible-local-conditions = 灵活就业人员参保的年龄条件、所需材料和缴费档次由各地规定，办理前先问清楚。
item-resident-switch-short = 已连续参保满2年、因就业变化转居民医保且中断不超过3个月的，通常不设等待期；2025年起是否仍免，以当地规定为准。
item-resident-wait-rule = 2025年起，未在集中参保期参保或未连续参保的，居民医保设3个月固定等待期，每多断保1年原则上加1个月；等待期内不能报销。居民医保的等待期没有6个月的上限，可能更长。
item-resident-wait-estimate = 按您的断缴时长粗略估算，居民医保等待期约为{ $resident_wait_months }个月（未计缴费修复），以当地核定为准。
item-resident-wait-repair = 可以通过缴费缩短变动等待期，每多缴1年减少1个月；具体标准由各省规定。
item-resident-wait-minimum = 连续断保4年及以上的，即使缴费修复，固定和变动等待期合计原则上不少于6个月。
item-resident-critical-illness-cap = 断保后再参保的，连续参保年数重新计算；大病保险最高支付限额可能降低，以当地规定为准。
item-employee-years-count = 退休后不再缴费、享受职工医保待遇，看的是职工医保累计缴费年限；以灵活就业身份缴的也算。
item-transfer-account-balance = 转移接续时，职工医保个人账户有余额的，随关系一起划转到新城市。
item-years-add-up = 在不同城市参加职工医保的缴费年限累计计算，转移后不会清零。
item-retire-years-local = 法律只写「国家规定年限」，没有全国统一的年数；男25年女20年、男30年女25年都只是部分地方的规定。
item-retire-age-rising = 按全国人大常委会2024年的决定，法定退休年龄从2025年起逐步延迟；您适用的年龄请向社保部门确认。
    .spoken = 按全国人民代表大会常务委员会2024年的决定，法定退休年龄从2025年起逐步延迟；您适用的年龄请向社保部门确认。
item-retire-resident-years = 参加居民医保的时间一般不计入职工医保缴费年限；要补足年限，通常需要继续参加职工医保。

## 关键日期

item-window-deadline = 要把断缴控制在3个月以内，最晚在{ $window_deadline }前接续参保缴费（还有{ $window_days_left }天）；各地截止日不同，请尽早办。
item-termination-15-days = 原单位应在解除或终止劳动合同时出具证明，并在15日内办理社会保险关系转移手续。
item-benefit-end-date = 失业保险金领到{ $benefit_end }为止，基金为您缴医保费也到这个月；新的参保最晚从{ $benefit_next_month }起接上，才不会断缴。
item-new-employer-30-days = 新单位应自用工之日起30日内为您申请办理社会保险登记。
item-transfer-time-limits = 转移申请受理后，转出地10个工作日内办结转出，转入地收到信息后5个工作日内办结转入。
item-resident-enrolment-period = 居民医保集中参保期通常为{ $resident_window_start }至{ $resident_window_end }，在这期间缴费的，一般自{ $resident_cover_from }起享受待遇。
item-resident-period-varies = 全国没有统一的集中参保期，有的地方延长到次年1月或2月，以当地通知为准。

## 咨询渠道

item-contact-12393 = 医保咨询：医保服务热线12393（可加区号）。
    .spoken = 医保咨询：医保服务热线，一二三九三，可以加拨区号。
item-contact-12333 = 社保和劳动咨询：12333（用手机或在外地拨打，先加区号）。
    .spoken = 社保和劳动咨询：一二三三三。用手机或在外地拨打，先加区号。
item-contact-12366 = 缴费问题：税务部门纳税缴费服务热线12366。
    .spoken = 缴费问题：税务部门纳税缴费服务热线，一二三六六。
item-contact-office-app = 当地医保经办机构窗口，或国家医保服务平台App和网站。
item-contact-arbitration = 劳动争议（单位欠缴社会保险费、经济补偿等）：当地劳动人事争议仲裁委员会。

## 来源

source-sil = 《中华人民共和国社会保险法》
    .issuer = 全国人民代表大会常务委员会
source-lcl = 《中华人民共和国劳动合同法》
    .issuer = 全国人民代表大会常务委员会
source-nhsa-2021-43 = 《关于印发〈基本医疗保险关系转移接续暂行办法〉的通知》
    .issuer = 国家医疗保障局办公室、财政部办公厅
source-gov-2024-38 = 《国务院办公厅关于健全基本医疗保险参保长效机制的指导意见》
    .issuer = 国务院办公厅
source-cpc-2025-no1 = 《中共中央 国务院关于进一步深化农村改革 扎实推进乡村全面振兴的意见》（2025年中央一号文件）
    .issuer = 中共中央、国务院
source-mohrss-order-20 = 《社会保险费申报缴纳管理规定》
    .issuer = 人力资源和社会保障部
source-mohrss-2009-191 = 《流动就业人员基本医疗保障关系转移接续暂行办法》
    .issuer = 人力资源和社会保障部、卫生部、财政部
source-molss-2003-84 = 《关于开展劳动保障电话咨询服务的通知》
    .issuer = 劳动和社会保障部
source-nhsa-enrolment-guidance = 《关于加强和改进基本医疗保险参保工作的指导意见》（据经济日报2020年9月15日报道）
    .issuer = 国家医疗保障局、财政部、国家税务总局
source-spc-labour-interpretation-1 = 《最高人民法院关于审理劳动争议案件适用法律问题的解释（一）》
    .issuer = 最高人民法院
source-npc-retirement-age = 《全国人民代表大会常务委员会关于实施渐进式延迟法定退休年龄的决定》
    .issuer = 全国人民代表大会常务委员会
source-fujian-2025-3 = 福建省基本医疗保险参保文件（地方示例）
    .issuer = 福建省人民政府办公厅
source-shanxi-2021-14 = 山西省居民医保待遇等待期相关通知（地方示例）
    .issuer = 山西省医疗保障局
source-qinghai-transfer-qa = 青海省医保局关于医保关系转移接续所需材料的问答（地方示例）
    .issuer = 青海省医疗保障局
source-quanzhou-transfer-list = 泉州市医保关系转移接续办事指南（地方示例）
    .issuer = 泉州当地政府网站
source-bazhong-reply = 巴中市医保局网上留言答复（地方示例）
    .issuer = 巴中市医疗保障局
source-ebl = 《中华人民共和国企业破产法》
    .issuer = 全国人民代表大会常务委员会
source-mohrss-order-13 = 《实施〈中华人民共和国社会保险法〉若干规定》
    .issuer = 人力资源和社会保障部
source-mohrss-order-16 = 《在中国境内就业的外国人参加社会保险暂行办法》
    .issuer = 人力资源和社会保障部
source-nhsa-remote-settlement = 国家医保局关于跨省异地就医直接结算的通知（未核实具体文号）
    .issuer = 国家医疗保障局
source-shanxi-tax-site = 国家税务总局山西省税务局网站（纳税缴费服务热线，地方示例）
    .issuer = 国家税务总局山西省税务局
