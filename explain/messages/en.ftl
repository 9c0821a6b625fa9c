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
event-application_received = UWV received your WIA application.
event-application_deadline = You have to apply for the WIA benefit.
event-decision_due-done = UWV's term for the decision ended.
event-decision_due-next = UWV has to decide on your application.
event-decision_due-late = UWV has not yet decided on your application.
event-benefit_start-done = Your right to a WIA benefit started.
event-benefit_start-next = Your right to a WIA benefit starts.
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
event-correction_effective-done = Since then UWV uses your new { $term_dagloon }.
event-correction_effective-next = UWV will use your new { $term_dagloon }.
event-back_payment-done = UWV paid the { $term_nabetaling }.
event-back_payment-next = UWV pays the { $term_nabetaling }.
event-correction = UWV is checking your { $term_dagloon }. Your file is now at this step: { $step }.
step-sorted = sorted
step-first_check = first check
step-second_check = second check
step-expert_team = expert team
step-quality_check = quality check
step-phone_call = phone call with you
step-decided = decision

## Daily wage
dagloon-lead = Your { $term_dagloon } is { $amount }.
dagloon-period = UWV looks at your wages from { $from } to { $to }.
dagloon-monthly-payroll = Helder assumes you were paid every month. UWV did not state this for you.
dagloon-total = In that period you earned { $total }.
dagloon-divisor = We divide that by { $divisor } days. That gives { $uncapped } per day.
dagloon-wageless = In { $count ->
        [one] one month
       *[other] { $count } months
    } you had no wage: { $months }.
dagloon-wageless-rule = Such { $term_loonloze } do not count. A court decided this in 2024.
dagloon-indexed = Then the half-yearly increases were added. That made it { $indexed }.
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
benefit-vvu-assumption = Your decision names no remaining earning capacity. So Helder computes a follow-up benefit.
benefit-income = You also had income from work. Part of it is taken off your benefit.
benefit-holiday = In May you also get holiday pay. It is not included here.
benefit-gross = All amounts are gross. Tax still has to be taken off.

## Advance
advance-lead = You received an { $term_voorschot } of { $paid } in total.
advance-unsettled = UWV has not decided yet. So we do not know yet whether it was too much.
advance-entitled = By the decision you were entitled to { $entitled } over those months.
advance-over = So you received { $over } too much.
advance-under = So you received { $under } too little. UWV still pays you that.
advance-exact = That was exactly right.
advance-ww = You also received WW in those months. It settles { $ww }.
advance-income = You also had income from work. Because of it, { $income } of the advance was too much.
advance-income-rule = UWV does not publish how it computes an advance. Helder uses the WIA rule: 70% of your income.

## Waiver
waiver-lead-nothing = You do not have to pay anything back.
waiver-lead-open = You still have to pay back { $open }.
waiver-lead-refund = UWV pays you back { $refund }.
waiver-lead-paid = You have already paid back everything you had to.
waiver-waived = UWV gives you a { $term_kwijtschelding } of { $waived }.
waiver-reason-late_decision = UWV decided too late. So you had the advance for longer. That is not your fault.
waiver-reason-promised = In 2021 UWV promised you in writing that you may keep the advance.
waiver-reason-no_overpayment = You did not receive too much. There is nothing to pay back.
waiver-reason-decision_in_time = UWV decided in time. So you get no { $term_kwijtschelding }.
waiver-reason-client_caused = The delay was caused by you. So you get no { $term_kwijtschelding }.
waiver-reason-outside_scope = Your advance falls outside the scheme's period. The scheme covers 2020 to 2025.
waiver-policy = This scheme is UWV policy. It is not in the law.
waiver-to-repay = You do have to pay back { $to_repay }. That is the part for your income from work.
waiver-to-repay-plain = You have to pay back { $to_repay }.
waiver-ww-part = UWV settles the part of { $ww } with your WW.
waiver-repaid = You already paid back { $repaid }.
waiver-refund = That is more than needed. You get { $refund } back. This is a { $term_restitutie }.
waiver-tax = You get this money back in a different year from when you paid it. That can affect your tax or benefits.
waiver-tax-years = It concerns the years { $years }.
waiver-tax-claim = You can ask for { $term_tegemoetkoming } for this.
waiver-plan = Can you not pay this at once? Ask UWV for a payment plan.
waiver-route-herstel = Your advance fell under the repair operation of 2021 and 2022.
waiver-route-geparkeerd = UWV held the recovery in 2021 and 2022 and then wrote it off.
waiver-route-regulier = UWV handles this in its regular process.
waiver-route-rule = UWV does not say exactly which cases go which way. Helder looks at the dates of your advance and decision.

## Daily wage check
backpay-lead-too_low = UWV pays you { $amount } extra. This is a { $term_nabetaling }.
backpay-lead-too_high = Your benefit was too high. You do not have to pay anything back.
backpay-lead-too_high-repay = Your benefit was too high. You have to pay back { $to_repay }.
backpay-lead-correct = Your daily wage was right. Nothing changes.
backpay-estimate = UWV has not decided yet. These amounts are Helder's calculation.
backpay-step = Your file is now at this step: { $step }.
backpay-dagloon = Your daily wage was { $as_set }. The right daily wage is { $corrected }.
backpay-reason-loonloze = This is because of months without wage. They no longer count.
backpay-months = For every month from { $from }, we compared what you got with what you should have got.
backpay-paid-computed = Helder does not know what UWV paid you each month. Helder computes it from the old daily wage.
backpay-totals = You got { $paid }. You should have got { $due }.
backpay-interest = You also get { $interest } { $term_rente }.
backpay-interest-none = The interest is less than { $minimum }. UWV does not pay it.
backpay-interest-unknown = UWV has not announced the payment date yet. So the interest is not known yet.
backpay-scheme = You will probably not pay tax on a back payment. That scheme is not final yet.
backpay-not-reclaimed = You received { $amount } too much. You do not have to pay it back. The government decided this in 2025.
backpay-could-have-known = You could have known that your benefit was too high. So UWV asks back { $amount }.
backpay-new = From { $date } you get { $amount } per month.

## Penalty
penalty-lead = UWV has to pay you a { $term_dwangsom } of { $amount }.
penalty-lead-running = UWV has to pay you a { $term_dwangsom }. It is now { $amount } and still growing.
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
estimate-used = Helder uses an estimated value here. The official value was not found.

## Sources: the laws and documents the rules come from
sources-label = Sources
source-article = article
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

## Portal: buttons and headings
ui-brand = Helder
ui-checked-mark = ✓
ui-glossary = Glossary
ui-tagline = Where does your WIA case stand, how much money do you get, and why? Helder explains.
ui-signin-title = Sign in
ui-signin-demo-title = Sign in as a client (demo)
ui-signin-demo-note = This is a demo. Real clients sign in with DigiD. Choose a demo client.
ui-signin-staff-title = Sign in as staff or client supporter
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
ui-checked = Checked: your browser reached the same result as UWV.
ui-mismatch = Warning: the calculation in your browser differs from the server's. Please contact UWV.
ui-how-calculated = How was this calculated?
ui-trace-source = Source
ui-trace-inputs = Used
ui-timeline-title = Timeline
ui-state-done = done
ui-state-now = now
ui-state-next = next step
ui-state-late = late
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
ui-whatif-estimate = Helder's estimate, not a UWV decision:
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
