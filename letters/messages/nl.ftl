# Letters (helder-letters). Dutch B1: short sentences, "u" for the reader.

title-wia_claim = Besluit over uw WIA-uitkering
title-advance_settlement = Besluit over uw voorschot
title-dagloon_correction = Besluit over de correctie van uw dagloon
title-penalty = Besluit over de dwangsom
title-notice_of_default = Ingebrekestelling
title-objection = Bezwaarschrift
title-correction = Verzoek om correctie van mijn loon in de Polisadministratie
title-employer-copy = Afschrift voor de werkgever

from-uwv = Van: UWV
from-client = Van: de aanvrager van zaak { $case }
to-client = Aan: de aanvrager van zaak { $case }
to-employer = Aan: de werkgever van de aanvrager van zaak { $case }
to-uwv = Aan: UWV
date-line = Datum: { $date }
case-line = Zaaknummer: { $case }
reference-line = Uw kenmerk: { $reference }
salutation = Geachte heer, mevrouw,
closing-uwv = Met vriendelijke groet, UWV
closing-client = Met vriendelijke groet, (naam en handtekening)

heading-decision = Ons besluit
heading-motivation = Waarom besluiten wij dit?
heading-calculation = Hoe is dit berekend?
heading-sources = Wettelijke grondslag
heading-objection = Bent u het niet eens met dit besluit?
heading-about = Over deze brief
heading-request = Mijn verzoek
heading-disputed = Waar ben ik het niet mee eens?
heading-effect = Wat betekent dit voor mijn uitkering?

decision-wia-iva = U krijgt een IVA-uitkering vanaf { $start }.
decision-wia-wga = U krijgt een WGA-uitkering vanaf { $start }.
decision-wia-refused = U krijgt geen WIA-uitkering.
decision-dagloon = Uw dagloon is { $dagloon }.
decision-advance = Wij verrekenen de voorschotten met uw WIA-uitkering. U kreeg in totaal { $paid } voorschot.
decision-waiver-waived = Wij vorderen { $waived } niet van u terug.
decision-waiver-refund = U krijgt { $refund } terug. Dat is wat u al terugbetaalde. U krijgt het uiterlijk { $date }.
decision-waiver-open = U moet nog { $open } terugbetalen.
decision-tax-years = Betaalde u belasting over het voorschot in { $years }? Misschien krijgt u daarvan iets terug van de Belastingdienst. Dat is nog niet zeker.
decision-backpay-corrected = Wij passen uw dagloon aan. Het was { $old }. Het wordt { $new }.
decision-backpay-amount = U krijgt { $amount } nabetaald.
decision-backpay-interest = U krijgt ook { $interest } wettelijke rente.
decision-backpay-not-reclaimed = U kreeg { $amount } te veel uitkering. Dat vorderen wij niet terug. De fout lag bij UWV.
decision-backpay-repay = U moet { $amount } terugbetalen.
decision-backpay-new = Vanaf { $from } krijgt u { $amount } per maand.
decision-penalty-owed = Wij hebben niet op tijd beslist. Daarom betalen wij u een dwangsom van { $amount }.
decision-penalty-days = De dwangsom liep vanaf { $start }. Dat zijn { $days } dagen.
decision-penalty-not-owed = U krijgt geen dwangsom.
decision-employer = Dit besluit gaat over de aanvrager van zaak { $case }. De bedragen staan niet in dit afschrift.

objection-clause = U kunt bezwaar maken. Doe dat uiterlijk { $deadline }. U heeft zes weken, vanaf de dag na de verzending van deze brief (Algemene wet bestuursrecht, artikel 6:7 en 6:8).
objection-moved = Zes weken eindigen op een zaterdag, zondag of feestdag. Daarom loopt de termijn door tot de eerstvolgende werkdag (Algemene termijnenwet, artikel 1 en 3).

about-calculated = De bedragen in deze brief zijn berekend door Helder.
about-estimate = Een bedrag met (schatting) rust op een geschatte waarde.
about-rules = Regels: { $version }. Controlegetal van de berekening: { $hash }.
about-employer = Dit afschrift noemt geen bedragen en geen berekening. Dat zijn gegevens over het inkomen van de aanvrager. De werkgever mag die niet zien.
estimate-marker = (schatting)

notice-decision-due = Ik heb een WIA-uitkering aangevraagd. U moest uiterlijk { $due } beslissen. U heeft nog niet beslist.
notice-default = Met deze brief stel ik u in gebreke (Algemene wet bestuursrecht, artikel 4:17).
notice-penalty = Beslist u niet binnen twee weken na ontvangst van deze brief? Dan moet u mij vanaf { $start } een dwangsom betalen.
notice-ask = Ik vraag u zo snel mogelijk te beslissen.

objection-intro = Ik maak bezwaar tegen uw besluit van { $date } met kenmerk { $reference }.
objection-amount = { $name }: u besloot { $decided }. Volgens de berekening van Helder is het { $calculated }. Het verschil is { $difference }.
objection-quote = Ik ben het niet eens met deze regel: { $line }
objection-in-time = Ik maak op tijd bezwaar. De termijn loopt tot en met { $deadline }.
objection-ask = Ik vraag u het besluit te herzien.
objection-none = Ik noem hieronder de regels waar ik het niet mee eens ben.

amount-dagloon = Dagloon
amount-overpayment = Te veel ontvangen voorschot
amount-waived = Niet teruggevorderd
amount-to_repay = Terug te betalen
amount-refund = Terug te krijgen
amount-back_payment = Nabetaling
amount-interest = Wettelijke rente
amount-new_monthly_amount = Nieuw bedrag per maand
amount-penalty = Dwangsom

correction-wage = In de Polisadministratie staat voor { $month } een loon van { $polis }. Dat klopt niet. Het juiste loon is { $value }.
correction-estimate = Helder heeft opnieuw gerekend met dit loon. Dit is een schatting, geen besluit van UWV.
correction-dagloon = Mijn dagloon wordt dan { $new } in plaats van { $old }. Het verschil is { $difference } per dag.
correction-benefit = Mijn uitkering over { $month } wordt dan { $new } in plaats van { $old }. Het verschil is { $difference }.
correction-ask = Ik vraag u mijn loon over { $month } te corrigeren en mijn dagloon opnieuw vast te stellen.
correction-evidence = Ik stuur een loonstrook of jaaropgave mee.
