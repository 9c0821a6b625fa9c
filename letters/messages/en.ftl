# Letters (helder-letters). English.

title-wia_claim = Decision on your WIA benefit
title-advance_settlement = Decision on your advance
title-dagloon_correction = Decision on the correction of your daily wage
title-penalty = Decision on the penalty payment
title-notice_of_default = Notice of default
title-objection = Notice of objection
title-correction = Request to correct my wage in the Polis records
title-employer-copy = Copy for the employer

from-uwv = From: UWV
from-client = From: the applicant of case { $case }
to-client = To: the applicant of case { $case }
to-employer = To: the employer of the applicant of case { $case }
to-uwv = To: UWV
date-line = Date: { $date }
case-line = Case number: { $case }
reference-line = Your reference: { $reference }
salutation = Dear Sir or Madam,
closing-uwv = Kind regards, UWV
closing-client = Kind regards, (name and signature)

heading-decision = Our decision
heading-motivation = Why do we decide this?
heading-calculation = How was this calculated?
heading-sources = Legal basis
heading-objection = Do you disagree with this decision?
heading-about = About this letter
heading-request = My request
heading-disputed = What do I disagree with?
heading-effect = What does this mean for my benefit?

decision-wia-iva = You receive an IVA benefit from { $start }.
decision-wia-wga = You receive a WGA benefit from { $start }.
decision-wia-refused = You do not receive a WIA benefit.
decision-dagloon = Your daily wage is { $dagloon }.
decision-advance = We settle the advances with your WIA benefit. You received { $paid } in advances in total.
decision-waiver-waived = We do not reclaim { $waived } from you.
decision-waiver-refund = You get { $refund } back. That is what you already repaid. You get it by { $date } at the latest.
decision-waiver-open = You still have to repay { $open }.
decision-tax-years = Did you pay tax on the advance in { $years }? You may get some of it back from the Tax Administration. That is not certain yet.
decision-backpay-corrected = We correct your daily wage. It was { $old }. It becomes { $new }.
decision-backpay-amount = You receive a back payment of { $amount }.
decision-backpay-interest = You also receive { $interest } in statutory interest.
decision-backpay-not-reclaimed = You received { $amount } too much benefit. We do not reclaim it. The mistake was UWV's.
decision-backpay-repay = You have to repay { $amount }.
decision-backpay-new = From { $from } you receive { $amount } a month.
decision-penalty-owed = We did not decide in time. Therefore we pay you a penalty of { $amount }.
decision-penalty-days = The penalty ran from { $start }. That is { $days } days.
decision-penalty-not-owed = You do not receive a penalty payment.
decision-employer = This decision concerns the applicant of case { $case }. This copy does not show the amounts.

objection-clause = You can object. Do so by { $deadline } at the latest. You have six weeks, from the day after this letter was sent (General Administrative Law Act, sections 6:7 and 6:8).
objection-moved = Six weeks end on a Saturday, Sunday or public holiday. Therefore the term runs to the next working day (General Time Limits Act, sections 1 and 3).

about-calculated = The amounts in this letter were calculated by Helder.
about-estimate = An amount marked (estimate) rests on an estimated value.
about-rules = Rules: { $version }. Check number of the calculation: { $hash }.
about-employer = This copy shows no amounts and no calculation. Those are data about the applicant's income. The employer may not see them.
estimate-marker = (estimate)

notice-decision-due = I applied for a WIA benefit. You had to decide by { $due }. You have not decided yet.
notice-default = With this letter I give you notice of default (General Administrative Law Act, section 4:17).
notice-penalty = If you do not decide within two weeks of receiving this letter, you owe me a penalty payment from { $start }.
notice-ask = I ask you to decide as soon as possible.

objection-intro = I object to your decision of { $date } with reference { $reference }.
objection-amount = { $name }: you decided { $decided }. According to Helder's calculation it is { $calculated }. The difference is { $difference }.
objection-quote = I disagree with this line: { $line }
objection-in-time = I object in time. The term runs until and including { $deadline }.
objection-ask = I ask you to review the decision.
objection-none = Below I name the lines I disagree with.

amount-dagloon = Daily wage
amount-overpayment = Advance received too much
amount-waived = Not reclaimed
amount-to_repay = To repay
amount-refund = To get back
amount-back_payment = Back payment
amount-interest = Statutory interest
amount-new_monthly_amount = New monthly amount
amount-penalty = Penalty payment

correction-wage = The Polis records show a wage of { $polis } for { $month }. That is not right. The right wage is { $value }.
correction-estimate = Helder calculated again with this wage. This is an estimate, not a decision of UWV.
correction-dagloon = My daily wage would then be { $new } instead of { $old }. The difference is { $difference } a day.
correction-benefit = My benefit for { $month } would then be { $new } instead of { $old }. The difference is { $difference }.
correction-ask = I ask you to correct my wage for { $month } and to set my daily wage again.
correction-evidence = I enclose a payslip or annual statement.
