# Helder — English texts. Keep sentences short and plain. The names between { } come from the
# calculation: do not change them. Dutch legal terms stay in brackets at first use.

## Formatting
euro = €{ $value }
date = { $day } { $month } { $year }
month-year = { $month } { $year }
thousands-separator = ,
decimal-separator = .
list-and = and
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

## Terms: explained at first use, short after. The meaning goes into the glossary.
term-voorschot = advance
term-voorschot-first = advance (voorschot: money paid before the decision)
term-voorschot-meaning = Money UWV paid you while its decision was not ready.
term-kwijtschelding = waiver
term-kwijtschelding-first = waiver (kwijtschelding: not asking the money back)
term-kwijtschelding-meaning = UWV does not ask for the money back.
term-dagloon = daily wage
term-dagloon-first = daily wage (dagloon)
term-dagloon-meaning = Your wage per working day. UWV bases your benefit on it.
term-maandloon = monthly wage
term-maandloon-first = monthly wage (maandloon)
term-maandloon-meaning = Your daily wage times 21.75, the average number of working days in a month.
term-nabetaling = back payment
term-nabetaling-first = back payment (nabetaling)
term-nabetaling-meaning = Money you were paid too little, which UWV now pays you.
term-loonloze = wage-less months
term-loonloze-first = wage-less months (loonloze tijdvakken)
term-loonloze-meaning = Months in which you received no wage at all. They do not count for your daily wage.
term-ingebrekestelling = notice of default
term-ingebrekestelling-first = notice of default (ingebrekestelling: a letter demanding a decision)
term-ingebrekestelling-meaning = A letter in which you ask UWV to decide now.
term-dwangsom = penalty
term-dwangsom-first = penalty (dwangsom)
term-dwangsom-meaning = Money UWV pays you when it decides too late.
term-restitutie = refund
term-restitutie-first = refund (restitutie)
term-restitutie-meaning = UWV pays back money you had already repaid.
term-rente = statutory interest
term-rente-first = statutory interest (wettelijke rente: compensation for the wait)
term-rente-meaning = Compensation because you had to wait for your money.
term-tegemoetkoming = compensation
term-tegemoetkoming-first = compensation (tegemoetkoming)
term-tegemoetkoming-meaning = Money for side-effects, for example on your benefits from the tax office.
term-bezwaar = objection
term-bezwaar-first = objection (bezwaar: a letter to UWV saying you disagree with a decision)
term-bezwaar-meaning = A letter to UWV saying you disagree with a decision. It must be sent within 6 weeks after the date of the letter.

## Headings
title-status = Where does your case stand?
title-dagloon = Your daily wage
title-benefit = Your benefit
title-advance = Your advance
title-waiver = Do you have to pay back?
title-backpay = Check of your daily wage
title-penalty = Penalty for a late decision
title-glossary = Glossary

## Status
now-apply = You still need to apply for the WIA benefit. Do so by { $date }.
now-assessment = UWV is still assessing your WIA application.
now-assessment-late = UWV is still assessing your application, but it is late. UWV should have decided by { $date }.
now-repay = You still have to pay back { $amount }.
now-closed = UWV refused your WIA application. You get no WIA benefit.
now-running = You receive a WIA benefit. In { $month } it was { $amount } gross.
now-correction = UWV is checking your { $term_dagloon } again.
line-done = { $date }: { $text }
line-next = By { $date }: { $text }
line-late = { $text } This was due by { $date }.
late-decision-action = You can send UWV a { $term_ingebrekestelling }.
late-decision-penalty = If UWV still does not decide within 2 weeks, you get a { $term_dwangsom } of up to { $maximum }.
late-application-action = Apply to UWV for the benefit as soon as you can.
event-first_sick_day = You fell ill.
event-notice_due-done = UWV had to send you a letter about the WIA application.
event-notice_due-next = UWV sends you a letter about the WIA application.
event-application_received = You applied for a WIA benefit. UWV received your application.
event-application_deadline = You have to apply for the WIA benefit.
event-decision_due-next = UWV has to decide on your application.
event-decision_due-late = UWV has not yet decided on your application.
event-benefit_start-done = Your right to a WIA benefit started.
event-benefit_start-next = Your right to a WIA benefit starts.
event-benefit_start-not_begun = Your right to a WIA benefit would have started on this day. But UWV refused your application.
event-benefit_start-pending = Your right to a WIA benefit starts on this day if UWV grants it. UWV has not decided yet.
event-decision_due-met = UWV had to decide by this day. UWV decided in time.
event-decision_due-passed = UWV had to decide by this day. UWV decided later: too late.
event-notice_of_default = You sent UWV a { $term_ingebrekestelling }.
event-penalty_start-done = The { $term_dwangsom } started to run.
event-penalty_start-next = The { $term_dwangsom } starts to run.
event-advance_start = UWV started paying an { $term_voorschot }.
event-advance_end = UWV stopped the { $term_voorschot }.
event-decision_iva = UWV decided: you get an IVA benefit.
event-decision_wga = UWV decided: you get a WGA benefit.
event-decision_refused = UWV decided: you get no WIA benefit.
event-advance_waived = UWV decided on the { $term_kwijtschelding } of the advance.
event-refund-done = UWV paid money back to you.
event-refund-next = UWV pays money back to you.
event-tax_compensation_claim = You can ask for { $term_tegemoetkoming }. You can do so once you have your tax assessment.
event-tax_compensation_claim-uncertain = You may be able to ask for { $term_tegemoetkoming }. Ask UWV once you have your tax assessment.
decision-due-loonsanctie = Your employer had to keep paying your wage for longer. UWV then decides only at the end of it. Helder counts the decision as late after { $date }. The law does not say so precisely.
event-correction_effective-done = Since then UWV uses your new { $term_dagloon }.
event-correction_effective-next = UWV will use your new { $term_dagloon }.
event-back_payment-done = UWV paid the { $term_nabetaling }.
event-back_payment-next = UWV pays the { $term_nabetaling }.
event-letter_advance_settlement = UWV sent you a decision about paying back the { $term_voorschot }.
event-letter_refund = UWV sent you a decision about the { $term_restitutie }.
event-letter_dagloon_correction = UWV sent you a decision about your { $term_dagloon }.
event-letter_penalty = UWV sent you a decision about the { $term_dwangsom }.
event-objection_deadline-next = You can make an { $term_bezwaar } to UWV's decision.
event-objection_deadline-late = You could make an { $term_bezwaar } to UWV's decision.
event-letter-advance = UWV sent you a letter about the { $term_voorschot }.
event-letter-waiver = UWV sent you a letter about the { $term_kwijtschelding }.
event-letter-refund = UWV sent you a letter about the { $term_restitutie }.
event-letter-dagloon = UWV sent you a letter about your { $term_dagloon }.
event-letter-back_payment = UWV sent you a letter about the { $term_nabetaling }.
event-letter-penalty = UWV sent you a letter about the { $term_dwangsom }.
event-call-advance = UWV called you about the { $term_voorschot }.
event-call-waiver = UWV called you about the { $term_kwijtschelding }.
event-call-refund = UWV called you about the { $term_restitutie }.
event-call-dagloon = UWV called you about your { $term_dagloon }.
event-call-back_payment = UWV called you about the { $term_nabetaling }.
event-call-penalty = UWV called you about the { $term_dwangsom }.
event-letter-other = UWV sent you a letter.
event-call-other = UWV called you.
contact-told-letter = In a letter of { $date } UWV mentioned { $told }.
contact-told-call = In a phone call on { $date } UWV mentioned { $told }.
contact-differs = Helder calculated { $calculated }. The difference is { $difference }.
contact-ask = Ask UWV which amount is right. A letter or call is not yet a decision.
event-correction = UWV is checking your { $term_dagloon }. Your file is now at this step: { $step }.
step-sorted = sorted
step-first_check = first check
step-second_check = second check
step-expert_team = expert team
step-quality_check = quality check
step-phone_call = phone call with you
step-decided = decision
step-sorted-about = UWV has put your file in a group. The check has not started yet.
step-first_check-about = A UWV employee checks your { $term_dagloon }.
step-second_check-about = A second UWV employee checks your { $term_dagloon } once more.
step-expert_team-about = The two checks did not agree. A team of experts now decides.
step-quality_check-about = UWV checks once more that everything is right.
step-phone_call-about = UWV calls you about the outcome. Then you get a letter with the decision.
step-decided-about = UWV has decided and sent you a letter. Your employer got a copy.

## Daily wage
dagloon-lead = When your benefit started, on { $date }, your { $term_dagloon } was { $amount }.
dagloon-period = For your { $term_dagloon }, your wages from { $from } to { $to } count.
dagloon-monthly-payroll = Helder assumes your wages were paid per month, not per week or per 4 weeks. UWV did not establish this for you.
dagloon-total = In that period you earned { $total }.
dagloon-divisor = Helder divides that by { $divisor } days. That gives a wage of { $uncapped } per day.
dagloon-wageless = In { $count ->
        [one] one month
       *[other] { $count } months
    } you had no wage: { $months }.
dagloon-wageless-rule = Such { $term_loonloze } do not count. A court decided this in 2024.
dagloon-indexed = Then the half-yearly increases were added. That made your wage per day { $indexed }.
dagloon-capped = There is a maximum daily wage. It was { $maximum } per day.
dagloon-maandloon = Your { $term_maandloon } is { $maandloon }.
dagloon-rounding = UWV does not say how it rounds. Helder rounds to whole cents, as in UWV's examples.

## Benefit
benefit-lead = In { $month } you get { $amount } gross.
benefit-lead-none = You get no WIA benefit.
benefit-start = Your benefit started on { $date }.
benefit-iva = You get an IVA benefit. It is 75% of your monthly wage.
benefit-lgu = First you get a wage-related benefit. In the first 2 months it is 75% of your monthly wage.
benefit-lgu-after = After that it is 70%. This benefit runs until { $date }.
benefit-lau = After that you get a wage supplement. It is 70% of your monthly wage minus your income.
benefit-vvu = After that you get a follow-up benefit. It depends on the minimum wage.
benefit-vvu-assumption = Helder calculated: you get a follow-up benefit. Your decision does not say how much you can still earn. Helder assumes that you earn less than half of that. UWV has not decided on this yet.
benefit-maandloon-month = In { $month } your monthly wage was { $maandloon }. That is more than the { $start } at the start, because your daily wage was raised.
benefit-income = You also had income from work. Part of it is taken off your benefit.
benefit-holiday = In May you also get holiday pay. It is not included here.
benefit-gross = All amounts are gross. Tax still has to be taken off.

## Advance
advance-lead = You received an { $term_voorschot } of { $paid } in total.
advance-unsettled = UWV has not decided yet. So it is not yet known whether it was too much.
advance-entitled = Helder calculated: with the decision you were entitled to { $entitled } over those months.
advance-over = So you received { $over } too much.
advance-under = So you received { $under } too little. You still get that money.
advance-exact = That was exactly right.
advance-ww = You also received WW in those months. It settles { $ww }.
advance-income = You also had income from work. Because of it, { $income } of the advance was too much.
advance-income-rule = UWV does not publish how it computes an advance. Helder uses the WIA rule: 70% of your income.

## Waiver
waiver-lead-nothing = You do not have to pay anything back.
waiver-lead-open = You still have to pay back { $open }.
waiver-lead-refund = Helder calculated: you get { $refund } back.
waiver-lead-paid = You have already paid back everything you had to.
waiver-waived = You do not have to pay back { $waived }. This is called { $term_kwijtschelding }.
waiver-reason-late_decision = UWV decided too late. So you had the advance for longer. That is not your fault.
waiver-reason-promised = In 2021 UWV promised you in writing that you may keep the advance.
waiver-reason-no_overpayment = You did not receive too much. There is nothing to pay back.
waiver-reason-decision_in_time = UWV decided in time. So you get no { $term_kwijtschelding }.
waiver-reason-client_caused = The delay was caused by you. So you get no { $term_kwijtschelding }.
waiver-reason-outside_scope = Your advance falls outside the scheme's period. The scheme covers 2020 to 2025.
waiver-policy = This scheme is UWV policy. It is not in the law.
waiver-to-repay = You do have to pay back { $to_repay }. That is the part for your income from work.
waiver-to-repay-plain = You have to pay back { $to_repay }.
waiver-ww-part = The part of { $ww } is settled with your WW.
waiver-repaid = You already paid back { $repaid }.
waiver-refund = That is more than needed. You get { $refund } back. This is a { $term_restitutie }.
waiver-tax = You get this money back in a different year from when you paid it. That can affect your tax or benefits.
waiver-tax-years = It concerns the years { $years }.
waiver-tax-claim = You can ask for { $term_tegemoetkoming } for this.
waiver-tax-claim-uncertain = UWV described { $term_tegemoetkoming } only for repayments up to and including 2022. Whether you can still ask for it is not certain. Ask UWV.
waiver-plan = Can you not pay this at once? Ask UWV for a payment plan.
waiver-route-herstel = Your advance fell under the repair operation of 2021 and 2022.
waiver-route-geparkeerd = UWV held the recovery in 2021 and 2022 and then wrote it off.
waiver-route-regulier = UWV handles this in its regular process.
waiver-route-rule = UWV does not say exactly which cases go which way. Helder looks at the dates of your advance and decision.

## Daily wage check
backpay-lead-too_low = Helder calculated: you get { $amount } extra. This is a { $term_nabetaling }.
backpay-lead-too_high = Helder calculated: your benefit was too high. You do not have to pay anything back.
backpay-lead-too_high-repay = Helder calculated: your benefit was too high. You have to pay back { $to_repay }.
backpay-lead-correct = Helder calculated: your daily wage was right. Nothing changes.
backpay-step = Your file is now at this step: { $step }.
backpay-dagloon = Your daily wage was { $as_set }. Helder calculated: the right daily wage is { $corrected }.
backpay-months = For every month from { $from }, Helder calculated what you got and what you should have got.
backpay-paid-computed = Helder does not know what UWV paid you each month. Helder computes it from the old daily wage.
backpay-totals = You got { $paid }. You should have got { $due }.
backpay-interest = You also get { $interest } { $term_rente }.
backpay-interest-none = The interest is less than { $minimum }. It is not paid out.
backpay-interest-unknown = UWV has not announced the payment date yet. So the interest is not known yet.
backpay-not-reclaimed = You received { $amount } too much. You do not have to pay it back. The government decided this in 2025.
backpay-could-have-known = You could have known that your benefit was too high. So you have to pay back { $amount }.
backpay-new = From { $date } you get { $amount } per month.
backpay-new-lowered = Helder calculated: from { $date } you get { $amount } per month. Whether a benefit that was too high goes down for the future has not been decided. UWV has not decided on this yet.
backpay-new-lowered-decided = From { $date } you get { $amount } per month. Helder assumes that UWV lowers a benefit that was too high for the future. The government had not decided on that in 2025.
backpay-new-indexed = That amount rises with the increases of 1 January and 1 July. In { $month } it was { $amount }.
category-to_check = Your benefit is one of the about 43,000 benefits from 2020 to 2024 whose { $term_dagloon } UWV checks by hand.
category-no_reason = UWV searched the data of all WIA benefits from 2020 to 2024 for signs of an error in the daily wage.
category-no_reason-checked = For your benefit UWV found no sign of an error. So UWV does not check your daily wage again.
category-loonloze_tijdvakken = UWV adjusts your daily wage because of a court ruling on months without wage. This is not an error of UWV.
category-loonloze_tijdvakken-before-2020 = UWV also does this for benefits that started before 2020.
category-indexering = An increase (indexation) of your daily wage may not have been applied correctly. UWV adjusts it in any case.
category-opting_in = You were insured because you chose to be (opting-in). UWV adjusts these benefits in any case.
category-aop = Your benefit involves an incapacity pension (AOP). UWV adjusts these benefits in any case.
not-known-yet = As of { $date }: { $text }

## Penalty
penalty-lead = Helder calculated: UWV has to pay you a { $term_dwangsom } of { $amount }.
penalty-lead-running = Helder calculated: UWV has to pay you a { $term_dwangsom }. It is now { $amount } and still growing.
penalty-lead-none = You are not entitled to a penalty.
penalty-lead-excluded = You get no penalty. UWV finds that the notice of default came too late.
penalty-notice = On { $date } you sent UWV a { $term_ingebrekestelling }.
penalty-start = UWV then had 2 more weeks. The penalty counts from { $date }.
penalty-days = It concerns { $days ->
        [one] one day
       *[other] { $days } days
    }.
penalty-rates = Per day it is first { $first }, then { $second } and then { $third }.
penalty-maximum = The penalty is never more than { $maximum }.

## Estimates
estimate-used = Helder uses an estimated value: { $what } from { $date }. The official value was not found.
estimate-what-index_percent = the increase of { $value }%
estimate-what-maximum_dagloon = the maximum wage per day
estimate-what-rate_percent = the interest rate of { $value }%
estimate-what-decision_term_weeks = a term of { $value } weeks for the decision
estimate-what-maximum_days = a maximum of { $value } days
estimate-what-per_day_1_14 = €{ $value } a day for days 1 to 14
estimate-what-per_day_15_28 = €{ $value } a day for days 15 to 28
estimate-what-per_day_29_42 = €{ $value } a day for days 29 to 42
estimate-what-maximum = a maximum of €{ $value }
estimate-affects-index_percent = That estimate affects the amounts from that date.
estimate-affects-maximum_dagloon = That estimate affects your benefit if your wage is above that maximum.
estimate-affects-rate_percent = That estimate affects the interest from that date.
estimate-affects-decision_term_weeks = That estimate affects the date by which UWV must decide.
estimate-affects-maximum_days = That estimate affects the amount UWV pays you for deciding late.
estimate-affects-per_day_1_14 = That estimate affects the amount UWV pays you for deciding late.
estimate-affects-per_day_15_28 = That estimate affects the amount UWV pays you for deciding late.
estimate-affects-per_day_29_42 = That estimate affects the amount UWV pays you for deciding late.
estimate-affects-maximum = That estimate affects the amount UWV pays you for deciding late.

## Who decided: UWV or Helder?
provenance-decided = UWV decided this on { $date } (letter { $reference }).
provenance-checked = Helder checked it and came to the same amount.
provenance-undecided = Helder calculated this. UWV has not decided on it yet.
provenance-unknown = Helder calculated this. Helder knows of no UWV decision on this amount.
provenance-estimate-undecided = This is an estimate by Helder. UWV has not decided on it yet.
provenance-estimate-unknown = This is an estimate by Helder. Helder knows of no UWV decision on this amount.
differ-decided = UWV decided on { $date } (letter { $reference }): { $decided }.
differ-calculated = Helder calculated: { $calculated }.
differ-higher = Helder comes to { $difference } more than UWV. The difference is in line { $line } of the calculation.
differ-lower = Helder comes to { $difference } less than UWV. The difference is in line { $line } of the calculation.
objection-open = Do you disagree with the decision? Then you can make an { $term_bezwaar } until { $date }.
objection-how = Write to UWV why you think the amount is wrong. Name the difference and line { $line }.
objection-closed = You could make an { $term_bezwaar } until { $date }. You can still ask UWV to look at the decision again.

## How it was calculated: the sums step by step ("How was this calculated?")
worked-wage-total = Your wage from { $from } up to and including { $to } was { $total } in total.
worked-divisor = A year has { $year } working days. The { $wageless } working days of months without wage do not count: { $year } − { $wageless } = { $divisor } days.
worked-divisor-plain = A year has { $divisor } working days.
worked-uncapped = { $total } divided by { $divisor } is { $uncapped } a day, rounded to whole cents.
worked-indexed = Raised by { $percent }: from { $before } to { $after }, rounded to whole cents.
worked-maximum-below = The maximum daily wage was { $maximum }. Your wage per day is lower. So your daily wage on { $date } is { $dagloon }.
worked-maximum-capped = The maximum daily wage was { $maximum }. Your wage per day was higher. So your daily wage on { $date } is { $dagloon }.
worked-maandloon = Your monthly wage: { $dagloon } × 21.75 = { $maandloon }, rounded to whole cents.
worked-maandloon-month = Your monthly wage in { $month }: { $dagloon } × 21.75 = { $maandloon }, rounded to whole cents.
worked-benefit-indexations = Your daily wage goes up every six months. This is how Helder reached your daily wage in { $month }:
worked-benefit-iva = Your IVA benefit in { $month }: { $percent } of { $maandloon } = { $amount }.
worked-benefit-iva-part = In { $month } you were entitled on { $days } of the { $weekdays } working days: { $percent } of { $maandloon } × { $days } ÷ { $weekdays } = { $amount }.
worked-benefit-lgu = Your wage-related benefit in { $month }: { $percent } of { $maandloon } = { $amount }.
worked-benefit-lgu-part = In { $month } you were entitled on { $days } of the { $weekdays } working days: { $percent } of { $maandloon } × { $days } ÷ { $weekdays } = { $amount }.
worked-benefit-lau = Your monthly wage minus your income: { $maandloon } − { $income } = { $rest }. Your wage supplement in { $month }: { $percent } of { $rest } = { $amount }.
worked-benefit-lau-capacity = Your monthly wage minus what UWV says you can still earn: { $maandloon } − { $capacity } = { $rest }. Your wage supplement in { $month }: { $percent } of { $rest } = { $amount }.
worked-benefit-vvu = Your follow-up benefit in { $month } depends on the minimum wage of { $minimum }, with holiday pay: { $percent } of { $minimum } × { $holiday } = { $amount }.
worked-benefit-vvu-maandloon = Your monthly wage is below the minimum wage with holiday pay. Your follow-up benefit in { $month }: { $percent } of { $maandloon } = { $amount }.
worked-benefit-floor = Your wage supplement is never lower than a part of the minimum wage with holiday pay. In { $month } that is { $percent } of { $minimum } × { $holiday } = { $amount }.
worked-benefit-days = Helder calculated every working day of { $month } at that day's amount. Together that is { $amount }.
worked-advance-over = You received more advance than the benefit you were entitled to: { $sum }.
worked-advance-under = You were entitled to more than the advance: { $sum }.
worked-advance-exact = You received { $paid } in advance. That is exactly the benefit you were entitled to: { $entitled }.
worked-advance-ww = Your unemployment benefit (WW) over the same months settles { $ww } of it.
worked-advance-income = The part for your income from work: { $percent } of { $income } = { $seventy }.
worked-advance-income-limited = { $percent } of your income from work is { $seventy }. That is more than was overpaid. So the part for your income is { $part }.
worked-waiver-waived = UWV does not ask back: { $sum }.
worked-waiver-waived-all = UWV does not ask back the whole amount of { $waived }.
worked-waiver-to-repay = You have to pay back: { $sum }.
worked-waiver-refund = You already paid back more than needed. You get back: { $sum }.
worked-waiver-open = You still have to pay back: { $sum }.
worked-backpay-totals = Helder added up every month from { $from }. You should have received { $due }. You received { $paid }.
worked-backpay-amount = Your back payment: { $sum }.
worked-backpay-total = With the statutory interest you receive in total: { $sum }.
worked-backpay-overpaid = You received too much: { $sum }.
worked-penalty-days = { $days } days × { $rate } = { $part }.
worked-penalty-total = Together: { $sum }.
worked-penalty-maximum = But the penalty is never more than { $maximum }. So you receive { $maximum }.

## Sources: the laws and documents the rules come from
sources-label = Sources
source-article = article
source-paragraph = paragraph
source-point = under
source-WIA = WIA Act
source-Awb = General Administrative Law Act (Awb)
source-DLB = Daily Wage Decree (Dagloonbesluit)
source-Wfsv = Social Insurance Financing Act (Wfsv)
source-BW = Civil Code (BW)
source-CRvB = Ruling of the Central Appeals Tribunal (CRvB)
source-KB-2021 = Minister's letter on WIA advances, 30 August 2021
source-KB-2024 = Minister's letter on WIA waiting times
source-HERSTEL-2021 = UWV, repair operation for WIA advances 2021-2022
source-VA-2025 = UWV, WIA improvement plan, March 2025
source-NR-2025 = Government decision, 11 July 2025
source-VR-2026 = Draft WIA compensation scheme, December 2025
source-Atw = General Time Limits Act (Algemene termijnenwet)


## The four answers on top: money, why, what happens next, what you must do
summary-money-refund = You do not have to pay anything back. You get { $refund } back.
summary-money-waived = You do not have to pay anything back. This is { $waived } of the { $term_voorschot }.
summary-money-backpay = You get { $amount } in arrears. This is a { $term_nabetaling }.
summary-money-backpay-repay = Your benefit was too high. You have to pay back { $to_repay }.
summary-money-not-reclaimed = Your benefit was { $amount } too high. You do not have to pay that back.
summary-money-penalty = You are entitled to a { $term_dwangsom } of { $amount }.
summary-money-penalty-running = You are entitled to a { $term_dwangsom }. It is { $amount } now and rises to at most { $maximum }.
summary-money-undecided = You do not get a WIA benefit yet. How much you get depends on UWV's decision.
summary-why-penalty = UWV did not decide within 2 weeks of your { $term_ingebrekestelling } of { $date }.
summary-next-correction = UWV is still checking your { $term_dagloon }. On { $date } your file was at this step: { $step }.
summary-next-penalty = The { $term_dwangsom } has been running since { $date }. It stops when UWV decides, and after 42 days.
summary-next-running = Your benefit continues every month. This is where things stand on { $date }.
summary-next-none = Helder knows of no next step with a date. This is where things stand on { $date }.
summary-todo-apply = Apply for the WIA benefit at UWV. Do so by { $date } at the latest.
summary-todo-notice-when = The law sets no date by which you must do this.
summary-todo-objection = Do you disagree with the decision of { $decided } (letter { $reference })? Then lodge an { $term_bezwaar } by { $date } at the latest.
summary-todo-repay-letter = Pay back { $open } as UWV's letter of { $date } says. Can you not pay at once? Then ask UWV for a payment plan.
summary-todo-repay-wait = Wait for UWV's decision. It says how and when you pay back { $open }. Can you not pay at once? Then ask for a payment plan.
summary-todo-tax = Ask UWV for a { $term_tegemoetkoming } once you have the tax assessment for { $years }. Helder knows of no final date for this.
summary-todo-tax-uncertain = Ask UWV whether you can get a { $term_tegemoetkoming } once you have the tax assessment for { $years }. UWV described it only for repayments up to and including 2022: whether it is still possible is not certain.
summary-todo-wait = You do not need to do anything now. Wait for UWV's letter.
summary-todo-nothing = You do not need to do anything now.

## Portal: buttons and headings
ui-brand = Helder
ui-glossary = Glossary
ui-tagline = Where does your WIA case stand, how much money do you get, and why? Helder explains.
ui-signin-title = Sign in
ui-signin-demo-title = Sign in as a client (demo)
ui-signin-demo-note = This is a demo. Real clients sign in with DigiD. Choose a demo client.
ui-signin-staff-title = Sign in as staff or client supporter
ui-signin-digid-title = Sign in as a client
ui-signin-digid-note = You sign in with DigiD. Then you see your own case.
ui-signin-digid-button = Sign in with DigiD
ui-signin-sso-button = Sign in with your organisation account
ui-username = Username
ui-password = Password
ui-signin-button = Sign in
ui-signout = Sign out
ui-language-switch = Nederlands
ui-my-cases = Your cases
ui-supporter-cases = Cases you have consent for
ui-no-cases = There are no cases to show.
ui-open-case = View case { $case }
ui-search-title = Find a case
ui-search-case-id = Case number
ui-search-bsn = Or: BSN
ui-reason-label = Why do you open this case?
ui-reason-hint = Required. The client sees this reason in the list of who viewed the case.
ui-search-button = Find and open
ui-banner-supporter = You are viewing the case of { $client }. The client gave you consent.
ui-banner-staff = You are viewing the case of { $client } as staff. Reason: { $reason }
ui-checked = Recalculated in your browser: your computer used the same rules and reached the same amounts as Helder. This checks the calculation; it is not a decision by UWV.
ui-mismatch = Warning: the calculation in your browser differs from the server's. Please contact UWV.
ui-how-calculated = How was this calculated?
ui-trace-source = Source
ui-trace-inputs = Used
ui-timeline-title = Timeline
ui-state-done = done
ui-state-now = now
ui-state-next = next step
ui-state-late = late
ui-state-met = in time
ui-state-passed = date passed
ui-state-not_begun = did not start
ui-state-pending = depends on the decision
ui-consent-title = Consent for a client supporter
ui-consent-intro = A client supporter can go through your case with you. You choose who and until when, for at most 90 days.
ui-consent-supporter = Client supporter
ui-consent-until = Valid until
ui-consent-grant = Give consent
ui-consent-revoke = Revoke
ui-consent-none = You have not given anyone consent.
ui-consent-ended = ended
ui-access-title = Who viewed your case?
ui-access-none = Nobody else has viewed your case.
ui-whatif-title = What if UWV decides?
ui-whatif-intro = No decision yet. See an estimate. This is not a UWV decision.
ui-whatif-iva = IVA
ui-whatif-wga = WGA 80-100%
ui-whatif-refused = Refusal
ui-whatif-estimate = Helder's estimate, not a UWV decision.
ui-copy-summary = Copy summary for the call notes
ui-copied = Copied.
ui-loading = Loading…
ui-error = Something went wrong. Please try again.
ui-print = Print
ui-back = Back
ui-case-id = Case number
ui-rules-version = Rules
ui-printed-on = Printed on
ui-skip = Skip to content
ui-ledger-title = Per month: what you got and what you should have got
ui-ledger-month = Month
ui-ledger-paid = Paid
ui-ledger-due = Should have been
ui-ledger-difference = Difference
ui-ledger-you-receive = you still get { $amount }
ui-ledger-too-much = { $amount } paid too much
ui-ledger-equal = equal
ui-ledger-total = Total
ui-ledger-chart = Chart per month: paid (light) and should have been (dark). The table below gives the same amounts.
ui-actor-client = You
ui-actor-uwv = UWV
ui-timeline-who = Who
ui-facts-title = Your wage per month in the period UWV looks at
ui-facts-wage = Wage
ui-facts-counted = Counts?
ui-facts-yes = yes
ui-facts-wageless = no: a month without wage
ui-facts-no-wage = no wage
ui-facts-total = Wages that count
ui-ledger-advance-title = Advance per month: what UWV paid and the benefit you were due
ui-ledger-advance-paid = Advance paid
ui-ledger-benefit-due = Benefit due
ui-ledger-settlement = How the difference is settled
ui-ledger-ww = Settled with your WW benefit
ui-ledger-waived = UWV waives
ui-ledger-you-pay-back = You pay back
ui-ledger-repaid = You already paid back
ui-ledger-refund = UWV pays back to you
ui-ledger-still-open = Still to pay back
ui-provenance-decided = UWV's decision of { $date } (letter { $reference })
ui-provenance-calculated = Helder's calculation. UWV has not decided on it yet.
ui-provenance-estimate = Helder's estimate. UWV has not decided on it yet.
ui-provenance-word-decided = Decision
ui-provenance-word-calculated = Calculation
ui-provenance-word-estimate = Estimate

## Forms, empty lists, access log, call notes (portal)
ui-error-prefix = Error:
ui-error-summary-title = There is a problem
ui-what-next = What happens next?
ui-consent-until-missing = Enter the last day the consent is valid.
ui-consent-until-limits = Choose a date from { $first } to { $last }.
ui-consent-supporter-missing = Choose a client supporter.
ui-consent-confirmed = You have given consent.
ui-consent-next = The client supporter can now see your case, up to and including the date you chose. Below you see when they did. You can withdraw the consent at any time.
ui-consent-valid-until = valid until { $date }
ui-access-viewed = { $actor } viewed your case
ui-access-searched = { $actor } looked up your case
ui-access-with-consent = With your consent.
ui-access-reason = Reason: { $reason }
ui-no-cases-supporter = A case appears here as soon as a client gives you consent. The client does this in Helder, under "Consent for a client supporter", for at most 90 days. Ask the client to do so. The case then appears here.
ui-search-nothing = Enter a case number or a BSN.
ui-reason-missing = Enter why you open the case.
ui-reason-too-short = Say in a sentence why you open the case: at least 10 characters, on one line.
ui-search-no-case = There is no case with case number { $case }. Check the number.
ui-search-no-client = There is no client with this BSN in Helder. Check the number.
ui-search-case-malformed = A case number has only letters, digits and hyphens, like WIA-DEMO-06.
ui-search-bsn-digits = A BSN has 9 digits. Spaces and dots between the digits are fine.
ui-search-bsn-elfproef = This BSN does not exist: it fails the eleven test. Check whether a digit was mistyped.
ui-search-too-many = You searched too often in a short time. Try again in a quarter of an hour.
ui-print-client = Case of { $client }
ui-told-title = Note: the client was told another amount before
ui-told-letter = In a letter of { $date } UWV named { $amount } for { $subject }.
ui-told-call = In a call on { $date } UWV named { $amount } for { $subject }.
ui-told-helder = Helder calculates { $amount }.
ui-told-more-than-helder = That is { $amount } more than Helder.
ui-told-less-than-helder = That is { $amount } less than Helder.
ui-told-advice = Explain to the client which amount applies now and why it differs from what was said before.
ui-told-subject-advance = the advance paid too much
ui-told-subject-waiver = the waiver
ui-told-subject-refund = the refund to the client
ui-told-subject-dagloon = the daily wage
ui-told-subject-back-payment = the back payment
ui-told-subject-penalty = the penalty
ui-note-title = Call notes
ui-note-intro = Helder adds the date, your name and the reason you gave. The client does not see notes.
ui-note-next-step = Next step: who does what?
ui-note-next-step-missing = Enter the next step.
ui-note-deadline = Due by (optional)
ui-note-deadline-hint = The date by which the next step must be done.
ui-note-deadline-limits = Choose a date from { $first } to { $last }.
ui-note-write = Save note
ui-note-saved = The note is saved.
ui-note-none = There are no call notes yet.
ui-note-due = due { $date }
ui-note-no-deadline = no deadline
ui-note-line = { $when } — { $staff } — reason: { $reason } — next step: { $step } ({ $deadline })
ui-as-of = As of { $date }
ui-summary-title = In short
ui-summary-money = Money
ui-summary-why = Why
ui-summary-next = What happens next?
ui-summary-todo = What must you do?
ui-summary-provenance-decided = UWV's decision:
ui-summary-provenance-calculated = Helder's calculation:
ui-summary-provenance-estimate = Helder's estimate:
ui-whatif-checked = Recalculated in your browser: the same estimate. This is not a decision by UWV either.
ui-whatif-if-iva = If UWV grants you an IVA benefit:
ui-whatif-if-wga = If UWV grants you a WGA benefit (80-100% unable to work):
ui-whatif-if-refused = If UWV refuses your application:
ui-demo-shows-01 = IVA benefit: an amount per month
ui-demo-shows-02 = WGA benefit, with months without wage
ui-demo-shows-03 = Refused, advance waived, money back; with UWV's letters
ui-demo-shows-04 = Advance with WW and income: part still to pay back
ui-demo-shows-05 = Penalty: UWV decided late
ui-demo-shows-06 = Daily wage too low: back payment with interest
ui-demo-shows-07 = Daily wage too high: nothing to pay back
ui-demo-shows-08 = Daily wage being checked: step 1, sorted
ui-demo-shows-09 = Daily wage being checked: first check
ui-demo-shows-10 = Daily wage being checked: second check
ui-demo-shows-11 = Daily wage being checked: expert team
ui-demo-shows-12 = Daily wage being checked: quality check
ui-demo-shows-13 = Daily wage being checked: phone call
ui-demo-shows-14 = Daily wage checked: it was right
ui-demo-shows-15 = Advance: UWV promised in writing you may keep it
ui-demo-shows-16 = Decided in time: advance paid back, partly withheld
ui-demo-shows-17 = Advance from before 2020: outside the scheme
ui-demo-shows-18 = No decision yet and late: the penalty is running
ui-demo-shows-19 = UWV decided otherwise than Helder calculates: the difference and objecting

ui-letters-title = Your letters
ui-letters-intro = Helder drafts this letter for you with the figures on this page. Read it, add your name and send it to UWV.
ui-letter-notice-of-default = Notice of default (UWV decides late)
ui-letter-objection = Notice of objection
ui-letter-pdf = Download PDF
ui-letter-html = View as a web page
