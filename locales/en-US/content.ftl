## Questions
## Each question: the prompt, .short label, .help "learn more" text, .aloud for a counselor on the phone.

q-reason = Why did your employee medical insurance (职工医保) stop, or why is it about to stop?
    .short = Reason for the gap
    .help = The reason decides who has to act and what you can still do. If you were laid off, unemployment benefit may pay your medical premium (Social Insurance Law, art. 48). If your employer did not pay, the late fee is the employer's and may not be passed on to you (人社部令第20号, art. 11).
    .aloud = Can you tell me why your employee medical insurance stopped? For example, you quit, you were laid off, your employer didn't pay, you stopped paying yourself, or you moved to another city?
q-reason-resigned = I resigned (left the job by choice)
    .help = You asked to leave the job yourself.
q-reason-laid_off = I was laid off or lost my job against my will
    .help = Losing the job was not your choice, for example your employer made you redundant or ended your contract.
q-reason-employer_unpaid = My employer did not pay, or owes premiums
    .help = You work or worked for an employer, but it did not pay your premiums in full and on time.
q-reason-stopped_paying = I paid myself as a flexible worker and missed or stopped payments
    .help = You paid on your own as a flexible worker (灵活就业人员) and missed payments or stopped.
q-reason-job_change = I changed jobs and the new cover did not start in time
    .help = The old employer stopped paying and the new one has not started yet, so there is a gap in between.
q-reason-moved = I moved my hukou or my home to another city
q-reason-retirement_shortfall = I am close to retirement and short of contribution years
    .help = You are near the legal retirement age and may not have the total years of employee insurance your city requires.
q-reason-unsure = Something else, or not sure

q-benefit = Are you receiving, or applying for, unemployment benefit (失业保险金)?
    .short = Unemployment benefit
    .help = While you receive unemployment benefit, the unemployment fund pays your employee medical premium and you pay nothing (Social Insurance Law, art. 48). To qualify, you and your employer must have paid unemployment insurance for at least 1 year, you lost the job against your will, and you have registered as unemployed and are looking for work (art. 45).
    .aloud = Are you getting unemployment benefit at the moment, or have you applied for it?
q-benefit-receiving = Yes, receiving it or already applied
q-benefit-not_receiving = No
    .help = Including if you do not qualify or have not applied yet.
q-benefit-unsure = Not sure

q-benefit_end = In which month does your unemployment benefit end?
    .short = Benefit ends
    .help = The unemployment fund pays your medical premium up to the last month of your benefit (Social Insurance Law, art. 48); from the month after, you must continue your cover yourself or there is a gap. Benefit lasts at most 24 months (art. 46). Ask the unemployment insurance office or check your benefit notice; if you don't know yet, choose "Not known yet".
    .aloud = Roughly which month does your unemployment benefit run until? It's fine if you don't know.
q-benefit_end-none = Not known yet

q-gap_start = From which month did no one pay your medical premium?
    .short = First unpaid month
    .help = "No one" means not you, not an employer and not the unemployment fund. Months the unemployment fund paid are not a gap. Choose the first month no one paid. If every month up to this one is paid and payments stop next month, choose next month. You can see your payment record in the National Healthcare Security Service Platform app (国家医保服务平台) or at the local medical insurance office (Social Insurance Law, art. 4).
    .aloud = From which month did no one pay your medical insurance: not you, not an employer, not the unemployment fund? I mean the first such month.

q-gap_end = If someone pays again, which was the last month no one paid?
    .short = Last unpaid month
    .help = If payments have restarted (by you, a new employer or the unemployment fund), choose the last month no one paid before they restarted. If you are still not paying, choose "Still not paying". This tells whether the gap is longer than 3 months.
    .aloud = Is someone paying for your cover again now? If so, which was the last month no one paid? If not yet, just tell me that.
q-gap_end-none = Still not paying

q-plan = How do you plan to continue your cover?
    .short = How cover continues
    .help = If you have a new employer, it enrols you in employee insurance. Without an employer, you can join employee insurance as a flexible worker and pay the premium yourself (Social Insurance Law, art. 23), or join resident medical insurance (城乡居民医保), usually paid once a year during an enrolment period. If your employer owes premiums and you still work there, choose "Stay with this employer": it must pay what it owes. If you receive unemployment benefit, choose how you will continue once it stops.
    .aloud = How are you going to continue your medical insurance? Through a new employer, paying yourself as a flexible worker, joining resident medical insurance, or haven't you decided yet?
q-plan-new_employer = My new employer will enrol me
q-plan-flexible = Join employee insurance as a flexible worker (I pay)
    .help = You pay the whole premium yourself, and the years count as employee-insurance years.
q-plan-resident = Join resident medical insurance (城乡居民医保)
    .help = Paid once a year, usually during an enrolment period. From 2025, joining outside that period or after a break comes with a waiting period.
q-plan-same_employer = I stay with this employer; it must pay what it owes
    .help = You still work there: the employer must insure you and pay the premiums it owes.
q-plan-undecided = Not decided yet

q-city = Where will your cover continue?
    .short = Where you insure
    .help = Compared with the place where your cover stopped. Insuring in another city (pooling area, 统筹地区) means transferring your medical insurance record (转移接续) under 医保办发〔2021〕43号.
    .aloud = Will you keep your medical insurance in the same city as before, or move it to a different city?
q-city-same = The same city as before
q-city-other = A different city
    .help = You will need to transfer your medical insurance record.

q-gap_medical = Did you have any medical costs, such as doctor visits or a hospital stay, during the gap?
    .short = Medical costs in the gap
    .help = If you move to another city, the gap is 3 months or less and you back-pay under the rules, benefits for the gap can be claimed retroactively "according to the rules" (医保办发〔2021〕43号); in the same city, local rules decide. For a longer gap, costs during the gap and any waiting period are generally not reimbursed. Keep your receipts either way.
    .aloud = During the time you weren't covered, did you see a doctor or go to hospital and pay for it yourself?
q-gap_medical-yes = Yes
q-gap_medical-no = No

q-situations = Does any of these apply to you? (choose all that apply)
    .short = Your situation
    .help = Each of these has advice of its own, listed separately in your checklist. If none applies, choose "None of these".
    .aloud = A few more things to check: are you pregnant or planning a birth, do you have a long-term illness that needs regular treatment, are you a foreign national, are you already retired, and did your old employer go bankrupt or close down?
    .spoken = Does any of these apply to you? You can choose more than one.
q-situations-pregnant = Pregnant, or planning a birth
q-situations-chronic_illness = A long-term illness that needs regular outpatient treatment
    .help = For example an outpatient chronic or special disease (门诊慢特病) approved by the medical insurance office.
q-situations-foreign_national = I am a foreign national working in China
q-situations-retired = I have already retired
q-situations-employer_closed = My old employer went bankrupt, closed, or is being liquidated
q-situations-none = None of these

## Checklist sections

section-materials = What to bring
section-steps = Steps
section-caveats = Good to know
section-dates = Key dates
section-contacts = Who to contact

## Materials

item-id-documents = Your valid ID document (有效身份证件), original plus a copy, or your social security card (社会保障卡). For Chinese citizens, the social security number is the ID card number.
item-payment-receipts = Receipts for every payment and back-payment (缴费凭证), paper or electronic. Keep them.
item-termination-certificate = The certificate from your old employer that your contract ended (解除或终止劳动合同证明, often called 离职证明).
item-foreign-documents = Foreign nationals: your passport and your work permit (外国人工作许可证). The social insurance office gives you a social security number of your own; it is not an ID card number.
item-unemployment-registration-proof = Proof of unemployment registration (失业登记证明), which you get by registering at the public employment service office (公共就业服务机构) with your termination certificate.
item-new-employer-contract = Your labour contract with the new employer (劳动合同).
item-insurance-certificate = The insurance certificate from your old city, 《基本医疗保险参保凭证》. Some places no longer ask for it when you apply online or move within the same province.
item-hukou-or-residence-permit = Some places also ask for your household register (户口簿) or residence permit (居住证). The local medical insurance office decides which documents it needs.
item-arrears-evidence = Evidence of your job and the missing payments: labour contract, payslips, bank records of your salary, screenshots of your payment record.
item-gap-medical-bills = Originals of your invoices (发票), itemised bills (费用清单) and medical records (病历) from the gap, for a later claim or dispute.
item-retirement-records = Payment records or insurance certificates from every city where you were insured, to check your total contribution years.

## Steps

item-check-records = First check your payment record in the National Healthcare Security Service Platform app (国家医保服务平台) or at the local medical insurance office (医保经办机构), and confirm the first unpaid month.
item-unsure-ask-office = If you do not know why payments stopped, take your ID to the medical insurance office and ask who stopped paying and from which month.
item-no-gap-yet = Your cover is paid until the end of this month. Try to have your new cover start next month, so there is no gap at all.
item-arrears-ask-employer = Ask your employer in writing to pay what it owes. It must pay in full and on time, and tell you every month what it paid for you.
item-arrears-complain = If it does not pay, complain to the local medical insurance bureau (医保局), the human resources and social security bureau (人社局) or the tax bureau (税务局), and ask them to act.
item-arrears-dispute = You can also apply for mediation or labour dispute arbitration (劳动争议仲裁), or go to court.
item-get-termination-certificate = Ask your old employer for the certificate that your contract ended, and ask it to transfer your social insurance.
item-unemployment-register = Soon after losing your job, take your termination certificate to the public employment service office (公共就业服务机构) to register as unemployed (失业登记). Then take the registration proof and your ID to the social insurance office (社会保险经办机构) to apply for unemployment benefit (失业保险金).
item-unemployment-confirm-medical = Ask the medical insurance office from which month the unemployment fund pays your medical premium.
item-benefit-gap-ask = Before the unemployment fund started paying, no one paid for { $gap_months } { $gap_months ->
        [one] month
       *[other] months
    }. Ask the medical insurance office whether you can back-pay { $gap_months ->
        [one] it
       *[other] them
    } and whether it affects your benefits.
item-benefit-end-ask = Ask the unemployment insurance office in which month your benefit ends. Your new cover must start the month after, or there will be a gap.
item-unemployment-plan-after = When your unemployment benefit stops, the fund stops paying your medical premium. Before then, arrange your next cover: a new employer, employee insurance as a flexible worker, or resident insurance.
item-retired-register-elsewhere = Retired and living in another city for the long term: do not transfer your record. Register as living elsewhere (异地长期居住备案) with the medical insurance office where you retired; you can then settle medical bills directly where you live.
item-employer-closed-list = If your employer is bankrupt: you do not file a claim for the unpaid medical premiums. The administrator (破产管理人) investigates and publishes a list; check it, ask for a correction if it is wrong, and you can go to court.
item-arrears-stay-employer = If you stay with your employer: it must keep paying your premiums and pay what it owes. Afterwards, check your record again to see that the owed months are paid.
item-transfer-stop-old = First make sure your enrolment in the old city has been stopped (中止参保). Your old employer does this for employees; flexible workers apply themselves.
item-enrol-new-employer = Give your new employer your ID or social security card details and ask it to enrol you and pay from the month you start.
item-enrol-flexible = Apply to the local medical insurance office to join (or rejoin) employee insurance as a flexible worker (灵活就业人员). Some places let you do this online.
item-pay-flexible = Pay the premium yourself on time under local rules, directly to the premium collector (社会保险费征收机构), which in most places is the tax bureau (税务局). Ask for each payment deadline so you do not miss one again.
item-enrol-resident = Join resident medical insurance (城乡居民医保) where your hukou is or where you live, at the local medical insurance office. Some places let you register in the National Healthcare Security Service Platform app.
item-choose-route = Choose one way soon: a new employer enrols you, you join employee insurance as a flexible worker, or you join resident medical insurance.
item-backpay-short = Apply to back-pay (补缴) the unpaid months under local rules. If you move to another city, the new city's rules apply.
item-backpay-long-ask = Before you pay, ask the local medical insurance office whether the unpaid months can still be back-paid and how long the waiting period will be.
item-resident-switch-ask = If you had 2 or more years of continuous cover, tell the medical insurance office before you enrol that you are coming from employee insurance. Ask whether you can skip the waiting period and whether you can back-pay.
item-transfer-apply = After enrolling in the new city, apply to transfer your record (转移接续): online through the local-service entry (地方网厅) of the National Healthcare Security Service Platform (国家医保服务平台), or at the counter in either the old or the new city. An employer can apply for its employees; everyone else applies themselves.
item-transfer-track = Track the progress on the medical insurance information platform (医保信息平台) until it shows the transfer is complete.
item-chronic-reapply = With an outpatient chronic or special disease (门诊慢特病): after moving your cover to another city or a long gap, you usually have to apply for approval again. Take the old approval and your medical records and ask the medical insurance office first.
item-gap-claim-retro = After back-paying or restarting your cover, take your bills from the gap to the medical insurance office and ask whether they can be reimbursed retroactively under the rules.
item-retire-ask-years = Ask the medical insurance office in the city where you will retire how many contribution years it requires, and how many you already have.
item-retire-consolidate = Before you retire, transfer your records from other cities to the city where you will retire. The national transfer measures do not cover retirees.
item-retire-keep-paying = If you are short of years at the legal retirement age, you can keep paying until you reach them. Whether you can pay the missing years in one go depends on local rules.
item-confirm-status = After paying, check your record again to make sure your status is active and the payment has arrived.

## Good to know

item-local-rules = Back-payment rules, time limits and benefits are set by each pooling area (统筹地区). Before you pay, confirm with the local medical insurance office or call 12393.
    .spoken = Back-payment rules, time limits and benefits are set by each pooling area. Before you pay, confirm with the local medical insurance office or call 1 2 3 9 3.
item-rule-short-transfer = If you move to another city and the gap before the transfer is 3 months or less, you can back-pay under the new city's rules with no waiting period, and benefits start from the month you pay.
item-rule-short-retro = If you move to another city, the gap is 3 months or less and you back-pay, benefits for the gap can be claimed retroactively "according to the rules"; the new city decides how.
item-rule-short-same-city = The national rule (a gap of up to 3 months can be back-paid with no waiting period) is written for moves between cities. For a gap in the same city, local rules apply; most places do much the same.
item-rule-long = For an employee-insurance (职工医保) gap of more than 3 months, local rules decide. There may be a waiting period (待遇等待期); for employee insurance it is in principle no longer than 6 months.
item-long-not-reimbursed = With a gap of more than 3 months, medical costs during the gap and during any waiting period are generally not reimbursed.
item-local-reduced-benefits = Some places treat enrolling again after a gap of more than 3 months as a first enrolment, restart the count of continuous cover, or pay reduced benefits during the waiting period.
item-no-one-year-wait = Claims online that "a gap of over a year means waiting a year" have no national basis. For employee insurance (职工医保), the national rule caps the waiting period at 6 months in principle; local rules decide.
item-years-kept-same-city = A gap of more than 3 months does not wipe out the employee-insurance years you already paid: they still add up. What can restart is the count of continuous cover and any waiting period, under local rules.
item-individual-late-fee = There is at present no national rule on late fees for individuals or flexible workers who pay late. Many places simply do not accept back-payment after a deadline.
item-maternity = Maternity benefits (生育保险待遇) depend on your employer having paid maternity insurance premiums. A gap may affect maternity medical costs and maternity allowance (生育津贴); local rules decide.
item-pregnant-avoid-gap = If you are pregnant or planning a birth, avoid any gap: childbirth costs and maternity allowance (生育津贴) are paid through employee insurance (with maternity insurance). How a gap affects them, and how many months in a row you need, is decided locally.
item-pregnant-spouse = If you are not employed and your spouse is in employee insurance, you can get childbirth medical costs under national rules. Ask the medical insurance office where your spouse is insured.
item-pregnant-other-cover = Maternity allowance depends on an employer paying maternity insurance. If you insure as a flexible worker or in resident insurance, ask locally how childbirth costs are covered and whether there is any allowance.
item-chronic-avoid-gap = With an outpatient chronic or special disease, keep any gap within 3 months: after a longer gap, costs during the gap and the waiting period are generally not reimbursed.
item-foreign-local = Whether a foreign national may insure as a flexible worker or join resident insurance has at present no national rule: ask the local medical insurance office first.
item-retired-no-transfer = The transfer measures do not apply to retirees: after retirement your cover stays where you retired.
item-employer-closed-priority = In a bankruptcy, wages owed to workers and medical premiums owed into their personal accounts are paid first (after the costs of the bankruptcy itself). Do not wait for that: continue your cover now.
item-resigned-no-unemployment-benefit = If you left by choice, you usually do not meet the "lost the job against your will" condition, so you usually cannot get unemployment benefit. Leaving because your employer did not pay social insurance is different (see below).
item-resigned-employer-fault = If you ended the contract because your employer did not pay social insurance, that counts as losing the job against your will: if you meet the other conditions you can get unemployment benefit, and the fund pays your medical premium meanwhile.
item-unemployment-premium-paid = While you receive unemployment benefit, you stay in employee medical insurance with its benefits. The unemployment fund pays the premium; you pay nothing.
item-benefit-months-not-gap = Months the unemployment fund paid are not a gap: this checklist counts only months no one paid.
item-laid-off-compensation = If you were made redundant, or the employer proposed ending the contract by agreement, the employer usually owes economic compensation (经济补偿): one month's wage for each full year worked; six months or more counts as a year, under six months as half a month.
item-unemployment-conditions = Unemployment benefit needs all three: you and your employer paid unemployment insurance for at least 1 year; you lost the job against your will; you registered as unemployed and are looking for work.
item-unemployment-duration = Unemployment benefit lasts at most 12 months if you paid for 1 to under 5 years, 18 months for 5 to under 10 years, and 24 months for 10 years or more.
item-arrears-late-fee-employer = When an employer pays late, a late fee of 0.05% a day runs from the day the payment was due. The employer pays it and may not make you pay it.
item-arrears-compensation = If your employer did not pay social insurance for you as the law requires, you may end your labour contract and claim economic compensation (经济补偿) from it.
item-arrears-gap-costs = Once your employer has paid what it owes, local rules decide whether your benefits for those months are restored and whether medical costs from that time can be reimbursed. Ask the medical insurance office.
item-arrears-damages = If your employer never arranged your insurance, the office cannot back-fill it, and so you lose benefits, you can claim damages from the employer through a labour dispute.
item-arrears-employer-pays = The unpaid premiums are your employer's to pay, not a gap of yours: the premium collector orders the employer to pay them by a deadline, and you do not back-pay them yourself.
item-duplicate-enrolment = If your old enrolment is not stopped before you enrol again, you may be enrolled twice. In principle the employee enrolment where you work is kept, and the resident enrolment where you live; if you are in both kinds and have 1 or more years of continuous employee cover, the employee enrolment is kept.
item-flexible-no-hukou = National policy removes hukou restrictions on insuring where you work. You can apply without a local hukou; if you are refused, ask the office which rule it is applying.
item-flexible-local-conditions = Age conditions, documents and premium levels for flexible workers are set locally. Ask before you apply.
item-resident-switch-short = If you had 2 or more years of continuous cover, switch from employee to resident insurance because your work changed, and the gap is 3 months or less, there is usually no waiting period. Whether this still holds under the 2025 waiting periods depends on local rules.
item-resident-wait-rule = From 2025, if you join resident insurance outside the enrolment period or were not insured continuously, there is a fixed 3-month waiting period, plus in principle 1 month for each further year without cover. Nothing is reimbursed during the waiting period. Resident waits have no 6-month cap and can be longer.
item-resident-wait-estimate = From the length of your gap, a rough estimate of your resident-insurance waiting period is { $resident_wait_months } { $resident_wait_months ->
        [one] month
       *[other] months
    }, before any reduction for paying missed years. The local office decides.
item-resident-wait-repair = You can shorten the extra months by paying: each further year paid removes 1 month. Each province sets the details.
item-resident-wait-minimum = After a gap of 4 years or more, the fixed and extra waiting months together are in principle at least 6 months, even after paying to shorten them.
item-resident-critical-illness-cap = After a gap, your count of continuous insured years starts again, and the maximum payout of critical illness insurance (大病保险) may be lower; local rules decide.
item-employee-years-count = Employee-insurance benefits in retirement without further premiums depend on your total years in employee insurance. Years paid as a flexible worker count too.
item-transfer-account-balance = When you transfer, any balance in your employee-insurance personal account (个人账户) moves with your record to the new city.
item-years-add-up = Years you paid into employee insurance in different cities are added together. A transfer does not reset them.
item-retire-years-local = The law only says "the years set by the state" and gives no national number. Figures such as 25 years for men and 20 for women, or 30 and 25, are local rules only.
item-retire-age-rising = Under a 2024 decision of the NPC Standing Committee, the legal retirement age rises step by step from 2025. Ask the social security office which age applies to you.
    .spoken = Under a 2024 decision of the Standing Committee of the National People's Congress, the legal retirement age rises step by step from 2025. Ask the social security office which age applies to you.
item-retire-resident-years = Time in resident insurance usually does not count as employee-insurance years. To make up the years, you usually need to keep paying into employee insurance.

## Key dates

item-window-deadline = To keep the gap within 3 months, make sure your cover has restarted and is paid for by { $window_deadline } ({ $window_days_left } { $window_days_left ->
        [one] day
       *[other] days
    } from today). Payment cut-off days differ by city, so do it early.
item-termination-15-days = Your old employer must give you the termination certificate when the contract ends, and handle your social insurance transfer within 15 days.
item-benefit-end-date = Your unemployment benefit runs until { $benefit_end }, and the fund pays your medical premium until then. Your new cover must start by { $benefit_next_month } at the latest, or there will be a gap.
item-new-employer-30-days = Your new employer must apply to register you for social insurance within 30 days of your first working day.
item-transfer-time-limits = Once your transfer is accepted, the old city has 10 working days to send your record, and the new city 5 working days after receiving it.
item-resident-enrolment-period = The usual enrolment period for resident insurance is { $resident_window_start } to { $resident_window_end }. If you pay then, cover usually starts on { $resident_cover_from }.
item-resident-period-varies = There is no single national enrolment period. Some places extend it into January or February; check your city's notice.

## Who to contact

item-contact-12393 = Medical insurance questions: the medical insurance hotline 12393 (you can add an area code).
    .spoken = Medical insurance questions: the medical insurance hotline, 1 2 3 9 3. You can add an area code.
item-contact-12333 = Social security and labour questions: 12333. From a mobile phone or another area, dial the area code first.
    .spoken = Social security and labour questions: 1 2 3 3 3. From a mobile phone or another area, dial the area code first.
item-contact-12366 = Payment questions: the tax bureau's tax and fee hotline, 12366.
    .spoken = Payment questions: the tax bureau's tax and fee hotline, 1 2 3 6 6.
item-contact-office-app = The local medical insurance office (医保经办机构) counter, or the National Healthcare Security Service Platform (国家医保服务平台) app and website.
item-contact-arbitration = Labour disputes (unpaid premiums, economic compensation and the like): the local labour and personnel dispute arbitration committee (劳动人事争议仲裁委员会).

## Sources

source-sil = Social Insurance Law of the People's Republic of China (《中华人民共和国社会保险法》)
    .issuer = Standing Committee of the National People's Congress (全国人民代表大会常务委员会)
source-lcl = Labour Contract Law of the People's Republic of China (《中华人民共和国劳动合同法》)
    .issuer = Standing Committee of the National People's Congress (全国人民代表大会常务委员会)
source-nhsa-2021-43 = Notice on the Interim Measures for Transferring Basic Medical Insurance (《关于印发〈基本医疗保险关系转移接续暂行办法〉的通知》)
    .issuer = General Office of the National Healthcare Security Administration and General Office of the Ministry of Finance (国家医疗保障局办公室、财政部办公厅)
source-gov-2024-38 = Guiding Opinions on a Long-term Mechanism for Basic Medical Insurance Enrolment (《国务院办公厅关于健全基本医疗保险参保长效机制的指导意见》)
    .issuer = General Office of the State Council (国务院办公厅)
source-cpc-2025-no1 = Opinions on Deepening Rural Reform and Advancing Rural Revitalisation (2025 No. 1 Central Document) (《中共中央 国务院关于进一步深化农村改革 扎实推进乡村全面振兴的意见》)
    .issuer = CPC Central Committee and State Council (中共中央、国务院)
source-mohrss-order-20 = Rules on Declaring and Paying Social Insurance Premiums (《社会保险费申报缴纳管理规定》)
    .issuer = Ministry of Human Resources and Social Security (人力资源和社会保障部)
source-mohrss-2009-191 = Interim Measures for Transferring Basic Medical Cover of Mobile Workers (《流动就业人员基本医疗保障关系转移接续暂行办法》)
    .issuer = Ministry of Human Resources and Social Security, Ministry of Health and Ministry of Finance (人力资源和社会保障部、卫生部、财政部)
source-molss-2003-84 = Notice on Telephone Advice Services for Labour and Social Security (《关于开展劳动保障电话咨询服务的通知》)
    .issuer = Ministry of Labour and Social Security (劳动和社会保障部)
source-nhsa-enrolment-guidance = Guiding Opinions on Improving Basic Medical Insurance Enrolment (《关于加强和改进基本医疗保险参保工作的指导意见》) (as reported by Economic Daily on 15 September 2020)
    .issuer = National Healthcare Security Administration, Ministry of Finance and State Taxation Administration (国家医疗保障局、财政部、国家税务总局)
source-spc-labour-interpretation-1 = Interpretation (I) on the Application of Law in Labour Dispute Cases (《最高人民法院关于审理劳动争议案件适用法律问题的解释（一）》)
    .issuer = Supreme People's Court (最高人民法院)
source-npc-retirement-age = Decision on Gradually Raising the Legal Retirement Age (《全国人民代表大会常务委员会关于实施渐进式延迟法定退休年龄的决定》)
    .issuer = Standing Committee of the National People's Congress (全国人民代表大会常务委员会)
source-fujian-2025-3 = Fujian province rules on basic medical insurance enrolment (local example)
    .issuer = General Office of the Fujian Provincial Government (福建省人民政府办公厅)
source-shanxi-2021-14 = Shanxi notice on resident-insurance waiting periods (local example)
    .issuer = Shanxi Provincial Healthcare Security Administration (山西省医疗保障局)
source-qinghai-transfer-qa = Qinghai questions and answers on the documents needed for a transfer (local example)
    .issuer = Qinghai Provincial Healthcare Security Administration (青海省医疗保障局)
source-quanzhou-transfer-list = Quanzhou service guide for transferring medical insurance (local example)
    .issuer = A local government website in Quanzhou (泉州当地政府网站)
source-bazhong-reply = Bazhong reply to a public online question (local example)
    .issuer = Bazhong Municipal Healthcare Security Administration (巴中市医疗保障局)
source-ebl = Enterprise Bankruptcy Law of the People's Republic of China (《中华人民共和国企业破产法》)
    .issuer = Standing Committee of the National People's Congress (全国人民代表大会常务委员会)
source-mohrss-order-13 = Provisions on Implementing the Social Insurance Law (《实施〈中华人民共和国社会保险法〉若干规定》)
    .issuer = Ministry of Human Resources and Social Security (人力资源和社会保障部)
source-mohrss-order-16 = Interim Measures on Social Insurance for Foreign Nationals Employed in China (《在中国境内就业的外国人参加社会保险暂行办法》)
    .issuer = Ministry of Human Resources and Social Security (人力资源和社会保障部)
source-nhsa-remote-settlement = NHSA notices on direct settlement of medical bills in another province (document number not confirmed) (国家医保局关于跨省异地就医直接结算的通知)
    .issuer = National Healthcare Security Administration (国家医疗保障局)
source-shanxi-tax-site = Shanxi Provincial Tax Service website, payment service line (local example) (国家税务总局山西省税务局网站)
    .issuer = Shanxi Provincial Tax Service, State Taxation Administration (国家税务总局山西省税务局)
