# Helder — teksten in het Nederlands (taalniveau B1).
# Regels voor wie dit bestand aanpast: korte zinnen (liefst onder 15 woorden), gewone woorden,
# "u", actieve zinnen, één boodschap per alinea. Bedragen en datums komen uit de berekening:
# verander de namen tussen { } niet. Een test controleert zinslengte en ontbrekende teksten.

## Opmaak (tussen € en het bedrag staat een vaste spatie: ze blijven op één regel)
euro = € { $value }
date = { $day } { $month } { $year }
month-year = { $month } { $year }
thousands-separator = .
decimal-separator = ,
list-and = en
month-1 = januari
month-2 = februari
month-3 = maart
month-4 = april
month-5 = mei
month-6 = juni
month-7 = juli
month-8 = augustus
month-9 = september
month-10 = oktober
month-11 = november
month-12 = december

## Begrippen: de eerste keer met uitleg, daarna kort. De betekenis komt in de woordenlijst.
term-voorschot = voorschot
term-voorschot-first = voorschot (geld vooraf)
term-voorschot-meaning = Geld dat UWV u alvast betaalde, omdat het besluit nog niet klaar was.
    .supporter = Geld dat UWV { $client } alvast betaalde, omdat het besluit nog niet klaar was.
term-kwijtschelding = kwijtschelding
term-kwijtschelding-first = kwijtschelding (het niet terugvragen van geld)
term-kwijtschelding-meaning = UWV vraagt het geld niet terug.
term-dagloon = dagloon
term-dagloon-first = dagloon (uw loon per werkdag)
    .supporter = dagloon ({ $whose } loon per werkdag)
term-dagloon-meaning = Uw loon per werkdag. Hiermee berekent UWV uw uitkering.
    .supporter = { $whose } loon per werkdag. Hiermee berekent UWV { $whose } uitkering.
term-maandloon = maandloon
term-maandloon-first = maandloon (uw loon per maand)
    .supporter = maandloon ({ $whose } loon per maand)
term-maandloon-meaning = Uw dagloon keer 21,75. Zoveel werkdagen heeft een maand gemiddeld.
    .supporter = { $whose } dagloon keer 21,75. Zoveel werkdagen heeft een maand gemiddeld.
term-nabetaling = nabetaling
term-nabetaling-first = nabetaling (geld dat u nog krijgt)
    .supporter = nabetaling (geld dat { $client } nog krijgt)
term-nabetaling-meaning = Geld dat u te weinig kreeg en dat UWV u alsnog betaalt.
    .supporter = Geld dat { $client } te weinig kreeg en dat UWV { $client } alsnog betaalt.
term-loonloze = loonloze tijdvakken
term-loonloze-first = loonloze tijdvakken (maanden zonder loon)
term-loonloze-meaning = Maanden waarin u helemaal geen loon kreeg. Die tellen niet mee voor uw dagloon.
    .supporter = Maanden waarin { $client } helemaal geen loon kreeg. Die tellen niet mee voor { $whose } dagloon.
term-ingebrekestelling = ingebrekestelling
term-ingebrekestelling-first = ingebrekestelling (een brief dat UWV moet beslissen)
term-ingebrekestelling-meaning = Een brief waarin u UWV vraagt om nu te beslissen.
    .supporter = Een brief waarin { $client } UWV vraagt om nu te beslissen.
term-dwangsom = dwangsom
term-dwangsom-first = dwangsom (een boete voor UWV)
term-dwangsom-meaning = Geld dat UWV u betaalt als het te laat beslist.
    .supporter = Geld dat UWV { $client } betaalt als het te laat beslist.
term-restitutie = restitutie
term-restitutie-first = restitutie (terugbetaling aan u)
    .supporter = restitutie (terugbetaling aan { $client })
term-restitutie-meaning = UWV betaalt u geld terug dat u al had terugbetaald.
    .supporter = UWV betaalt { $client } geld terug dat { $client } al had terugbetaald.
term-rente = wettelijke rente
term-rente-first = wettelijke rente (vergoeding voor het wachten)
term-rente-meaning = Een vergoeding omdat u lang op uw geld moest wachten.
    .supporter = Een vergoeding omdat { $client } lang op { $whose } geld moest wachten.
term-tegemoetkoming = tegemoetkoming
term-tegemoetkoming-first = tegemoetkoming (een vergoeding)
term-tegemoetkoming-meaning = Een vergoeding voor nadelige gevolgen, bijvoorbeeld voor uw toeslagen.
    .supporter = Een vergoeding voor nadelige gevolgen, bijvoorbeeld voor { $whose } toeslagen.
term-bezwaar = bezwaar
term-bezwaar-first = bezwaar (een brief dat u het niet eens bent met een besluit)
    .supporter = bezwaar (een brief dat { $client } het niet eens is met een besluit)
term-bezwaar-meaning = Een brief aan UWV waarin u zegt dat u het niet eens bent met een besluit. Dat moet binnen 6 weken na de datum van de brief.
    .supporter = Een brief aan UWV waarin { $client } zegt het niet eens te zijn met een besluit. Dat moet binnen 6 weken na de datum van de brief.

## Koppen
title-status = Waar staat uw zaak?
    .supporter = Waar staat { $whose } zaak?
title-dagloon = Uw dagloon
    .supporter = { $whose } dagloon
title-benefit = Uw uitkering
    .supporter = { $whose } uitkering
title-advance = Uw voorschot
    .supporter = { $whose } voorschot
title-waiver = Terugbetalen of niet?
title-backpay = Controle van uw dagloon
    .supporter = Controle van { $whose } dagloon
title-penalty = Dwangsom
title-glossary = Woordenlijst

## Stand van zaken
now-apply = U moet de WIA-uitkering nog aanvragen. Doe dat uiterlijk { $date }.
    .supporter = { $client } moet de WIA-uitkering nog aanvragen, uiterlijk { $date }.
now-assessment = UWV beoordeelt uw WIA-aanvraag nog.
    .supporter = UWV beoordeelt { $whose } WIA-aanvraag nog.
now-assessment-late = UWV beoordeelt uw aanvraag nog, maar is te laat. UWV had uiterlijk { $date } moeten beslissen.
    .supporter = UWV beoordeelt { $whose } aanvraag nog, maar is te laat. UWV had uiterlijk { $date } moeten beslissen.
now-repay = U moet nog { $amount } terugbetalen.
    .supporter = { $client } moet nog { $amount } terugbetalen.
now-closed = UWV heeft uw WIA-aanvraag afgewezen. U krijgt geen WIA-uitkering.
    .supporter = UWV heeft { $whose } WIA-aanvraag afgewezen. { $client } krijgt geen WIA-uitkering.
now-running = U krijgt een WIA-uitkering. In { $month } was die { $amount } bruto.
    .supporter = { $client } krijgt een WIA-uitkering. In { $month } was die { $amount } bruto.
now-correction = UWV controleert uw { $term_dagloon } opnieuw.
    .supporter = UWV controleert { $whose } { $term_dagloon } opnieuw.
line-done = { $date }: { $text }
line-next = Uiterlijk { $date }: { $text }
line-late = { $text } Dat moest uiterlijk { $date }.
late-decision-action = U kunt UWV een { $term_ingebrekestelling } sturen.
    .supporter = { $client } kan UWV een { $term_ingebrekestelling } sturen.
late-decision-penalty = Beslist UWV daarna niet binnen 2 weken? Dan krijgt u een { $term_dwangsom } van maximaal { $maximum }.
    .supporter = Beslist UWV daarna niet binnen 2 weken? Dan krijgt { $client } een { $term_dwangsom } van maximaal { $maximum }.
late-application-action = Vraag de uitkering zo snel mogelijk aan bij UWV.
    .supporter = { $client } moet de uitkering zo snel mogelijk aanvragen bij UWV.
event-first_sick_day = U werd ziek.
    .supporter = { $client } werd ziek.
event-notice_due-done = UWV moest u een brief sturen over de WIA-aanvraag.
    .supporter = UWV moest { $client } een brief sturen over de WIA-aanvraag.
event-notice_due-next = UWV stuurt u een brief over de WIA-aanvraag.
    .supporter = UWV stuurt { $client } een brief over de WIA-aanvraag.
event-application_received = U vroeg de WIA-uitkering aan. UWV kreeg uw aanvraag.
    .supporter = { $client } vroeg de WIA-uitkering aan. UWV kreeg { $whose } aanvraag.
event-application_deadline = U moet de WIA-uitkering aanvragen.
    .supporter = { $client } moet de WIA-uitkering aanvragen.
event-decision_due-next = UWV moet beslissen over uw aanvraag.
    .supporter = UWV moet beslissen over { $whose } aanvraag.
event-decision_due-late = UWV heeft nog niet beslist over uw aanvraag.
    .supporter = UWV heeft nog niet beslist over { $whose } aanvraag.
event-benefit_start-done = Uw recht op een WIA-uitkering begon.
    .supporter = { $whose } recht op een WIA-uitkering begon.
event-benefit_start-next = Uw recht op een WIA-uitkering begint.
    .supporter = { $whose } recht op een WIA-uitkering begint.
event-benefit_start-not_begun = Op deze dag zou uw recht op een WIA-uitkering beginnen. Maar UWV wees uw aanvraag af.
    .supporter = Op deze dag zou { $whose } recht op een WIA-uitkering beginnen. Maar UWV wees { $whose } aanvraag af.
event-benefit_start-pending = Op deze dag begint uw recht op een WIA-uitkering, als UWV die toekent. UWV heeft nog niet beslist.
    .supporter = Op deze dag begint { $whose } recht op een WIA-uitkering, als UWV die toekent. UWV heeft nog niet beslist.
event-decision_due-met = UWV moest uiterlijk op deze dag beslissen. UWV besliste op tijd.
event-decision_due-passed = UWV moest uiterlijk op deze dag beslissen. UWV besliste later: te laat.
event-notice_of_default = U stuurde UWV een { $term_ingebrekestelling }.
    .supporter = { $client } stuurde UWV een { $term_ingebrekestelling }.
event-penalty_start-done = De { $term_dwangsom } begon te lopen.
event-penalty_start-next = De { $term_dwangsom } begint te lopen.
event-advance_start = UWV begon met een { $term_voorschot }.
event-advance_end = UWV stopte met het { $term_voorschot }.
event-decision_iva = UWV besliste: u krijgt een IVA-uitkering.
    .supporter = UWV besliste: { $client } krijgt een IVA-uitkering.
event-decision_wga = UWV besliste: u krijgt een WGA-uitkering.
    .supporter = UWV besliste: { $client } krijgt een WGA-uitkering.
event-decision_refused = UWV besliste: u krijgt geen WIA-uitkering.
    .supporter = UWV besliste: { $client } krijgt geen WIA-uitkering.
event-advance_waived = UWV besliste over de { $term_kwijtschelding } van het voorschot.
event-refund-done = UWV betaalde u geld terug.
    .supporter = UWV betaalde { $client } geld terug.
event-refund-next = UWV betaalt u geld terug.
    .supporter = UWV betaalt { $client } geld terug.
event-tax_compensation_claim = U kunt een { $term_tegemoetkoming } vragen. Dat kan als u uw belastingaanslag hebt.
    .supporter = { $client } kan een { $term_tegemoetkoming } vragen. Dat kan zodra { $client } de belastingaanslag heeft.
event-tax_compensation_claim-uncertain = U kunt misschien een { $term_tegemoetkoming } vragen. Vraag het UWV als u uw belastingaanslag hebt.
    .supporter = { $client } kan misschien een { $term_tegemoetkoming } vragen. { $client } kan het UWV vragen zodra { $client } de belastingaanslag heeft.
decision-due-loonsanctie = Uw werkgever moest uw loon langer doorbetalen. UWV beslist dan pas aan het eind daarvan. Helder rekent het besluit als te laat na { $date }. De wet zegt dat niet precies.
    .supporter = { $whose } werkgever moest { $whose } loon langer doorbetalen. UWV beslist dan pas aan het eind daarvan. Helder rekent het besluit als te laat na { $date }. De wet zegt dat niet precies.
event-correction_effective-done = UWV rekent sindsdien met uw nieuwe { $term_dagloon }.
    .supporter = UWV rekent sindsdien met { $whose } nieuwe { $term_dagloon }.
event-correction_effective-next = UWV gaat rekenen met uw nieuwe { $term_dagloon }.
    .supporter = UWV gaat rekenen met { $whose } nieuwe { $term_dagloon }.
event-back_payment-done = UWV betaalde de { $term_nabetaling }.
event-back_payment-next = UWV betaalt de { $term_nabetaling }.
event-letter_advance_settlement = UWV stuurde u een besluit over het terugbetalen van het { $term_voorschot }.
    .supporter = UWV stuurde { $client } een besluit over het terugbetalen van het { $term_voorschot }.
event-letter_refund = UWV stuurde u een besluit over de { $term_restitutie }.
    .supporter = UWV stuurde { $client } een besluit over de { $term_restitutie }.
event-letter_dagloon_correction = UWV stuurde u een besluit over uw { $term_dagloon }.
    .supporter = UWV stuurde { $client } een besluit over { $whose } { $term_dagloon }.
event-letter_penalty = UWV stuurde u een besluit over de { $term_dwangsom }.
    .supporter = UWV stuurde { $client } een besluit over de { $term_dwangsom }.
event-objection_deadline-next = U kunt { $term_bezwaar } maken tegen het besluit.
    .supporter = { $client } kan { $term_bezwaar } maken tegen het besluit.
event-objection_deadline-late = U kon { $term_bezwaar } maken tegen het besluit.
    .supporter = { $client } kon { $term_bezwaar } maken tegen het besluit.
event-letter-advance = UWV stuurde u een brief over het { $term_voorschot }.
    .supporter = UWV stuurde { $client } een brief over het { $term_voorschot }.
event-letter-waiver = UWV stuurde u een brief over de { $term_kwijtschelding }.
    .supporter = UWV stuurde { $client } een brief over de { $term_kwijtschelding }.
event-letter-refund = UWV stuurde u een brief over de { $term_restitutie }.
    .supporter = UWV stuurde { $client } een brief over de { $term_restitutie }.
event-letter-dagloon = UWV stuurde u een brief over uw { $term_dagloon }.
    .supporter = UWV stuurde { $client } een brief over { $whose } { $term_dagloon }.
event-letter-back_payment = UWV stuurde u een brief over de { $term_nabetaling }.
    .supporter = UWV stuurde { $client } een brief over de { $term_nabetaling }.
event-letter-penalty = UWV stuurde u een brief over de { $term_dwangsom }.
    .supporter = UWV stuurde { $client } een brief over de { $term_dwangsom }.
event-call-advance = UWV belde u over het { $term_voorschot }.
    .supporter = UWV belde { $client } over het { $term_voorschot }.
event-call-waiver = UWV belde u over de { $term_kwijtschelding }.
    .supporter = UWV belde { $client } over de { $term_kwijtschelding }.
event-call-refund = UWV belde u over de { $term_restitutie }.
    .supporter = UWV belde { $client } over de { $term_restitutie }.
event-call-dagloon = UWV belde u over uw { $term_dagloon }.
    .supporter = UWV belde { $client } over { $whose } { $term_dagloon }.
event-call-back_payment = UWV belde u over de { $term_nabetaling }.
    .supporter = UWV belde { $client } over de { $term_nabetaling }.
event-call-penalty = UWV belde u over de { $term_dwangsom }.
    .supporter = UWV belde { $client } over de { $term_dwangsom }.
event-letter-other = UWV stuurde u een brief.
    .supporter = UWV stuurde { $client } een brief.
event-call-other = UWV belde u.
    .supporter = UWV belde { $client }.
contact-told-letter = In een brief van { $date } noemde UWV { $told }.
contact-told-call = In een telefoongesprek op { $date } noemde UWV { $told }.
contact-differs = Helder rekende { $calculated } uit. Het verschil is { $difference }.
contact-ask = Vraag UWV welk bedrag klopt. Een brief of gesprek is nog geen besluit.
    .supporter = { $client } kan UWV vragen welk bedrag klopt. Een brief of gesprek is nog geen besluit.
event-correction = UWV controleert uw { $term_dagloon }. Uw dossier is nu bij deze stap: { $step }.
    .supporter = UWV controleert { $whose } { $term_dagloon }. { $whose } dossier is nu bij deze stap: { $step }.
step-sorted = ingedeeld
step-first_check = eerste controle
step-second_check = tweede controle
step-expert_team = expertteam
step-quality_check = kwaliteitscontrole
step-phone_call = telefoongesprek met u
    .supporter = telefoongesprek met { $client }
step-decided = besluit
step-sorted-about = UWV heeft uw dossier in een groep ingedeeld. De controle moet nog beginnen.
    .supporter = UWV heeft { $whose } dossier in een groep ingedeeld. De controle moet nog beginnen.
step-first_check-about = Een medewerker van UWV controleert uw { $term_dagloon }.
    .supporter = Een medewerker van UWV controleert { $whose } { $term_dagloon }.
step-second_check-about = Een tweede medewerker van UWV controleert uw { $term_dagloon } nog een keer.
    .supporter = Een tweede medewerker van UWV controleert { $whose } { $term_dagloon } nog een keer.
step-expert_team-about = De twee controles kwamen niet op hetzelfde uit. Een team van experts beslist nu.
step-quality_check-about = UWV kijkt nog een keer of alles klopt.
step-phone_call-about = UWV belt u over de uitkomst. Daarna krijgt u een brief met het besluit.
    .supporter = UWV belt { $client } over de uitkomst. Daarna krijgt { $client } een brief met het besluit.
step-decided-about = UWV heeft een besluit genomen en u een brief gestuurd. Uw werkgever kreeg een kopie.
    .supporter = UWV heeft een besluit genomen en { $client } een brief gestuurd. { $whose } werkgever kreeg een kopie.

## Dagloon
dagloon-lead = Bij de start van uw uitkering, op { $date }, was uw { $term_dagloon } { $amount }.
    .supporter = Bij de start van { $whose } uitkering, op { $date }, was { $whose } { $term_dagloon } { $amount }.
dagloon-period = Voor uw { $term_dagloon } telt uw loon van { $from } tot en met { $to }.
    .supporter = Voor { $whose } { $term_dagloon } telt { $whose } loon van { $from } tot en met { $to }.
dagloon-monthly-payroll = Helder gaat ervan uit dat uw loon per maand werd uitbetaald, niet per week of per 4 weken. UWV heeft dat niet voor u vastgesteld.
    .supporter = Helder gaat ervan uit dat { $whose } loon per maand werd uitbetaald, niet per week of per 4 weken. UWV heeft dat niet voor { $client } vastgesteld.
dagloon-total = In die periode verdiende u { $total }.
    .supporter = In die periode verdiende { $client } { $total }.
dagloon-divisor = Helder deelt dat bedrag door { $divisor } dagen. Zo komt Helder op { $uncapped } loon per dag.
dagloon-wageless = In { $count ->
        [one] één maand
       *[other] { $count } maanden
    } had u geen loon: { $months }.
    .supporter =
        In { $count ->
            [one] één maand
           *[other] { $count } maanden
        } had { $client } geen loon: { $months }.
dagloon-wageless-rule = Zulke { $term_loonloze } tellen niet mee. Dat besliste de rechter in 2024.
dagloon-indexed = Daarna kwamen de verhogingen van elk half jaar erbij. Zo werd uw loon per dag { $indexed }.
    .supporter = Daarna kwamen de verhogingen van elk half jaar erbij. Zo werd { $whose } loon per dag { $indexed }.
dagloon-capped = Er is een maximum dagloon. Dat was { $maximum } per dag.
dagloon-maandloon = Uw { $term_maandloon } is { $maandloon }.
    .supporter = { $whose } { $term_maandloon } is { $maandloon }.
dagloon-rounding = UWV zegt niet hoe het afrondt. Helder rondt af op hele centen, zoals in voorbeelden van UWV.

## Uitkering
benefit-lead = In { $month } krijgt u { $amount } bruto.
    .supporter = In { $month } krijgt { $client } { $amount } bruto.
benefit-lead-none = U krijgt geen WIA-uitkering.
    .supporter = { $client } krijgt geen WIA-uitkering.
benefit-start = Uw uitkering begon op { $date }.
    .supporter = { $whose } uitkering begon op { $date }.
benefit-iva = U krijgt een IVA-uitkering. Dat is 75% van uw maandloon.
    .supporter = { $client } krijgt een IVA-uitkering. Dat is 75% van { $whose } maandloon.
benefit-lgu = U krijgt eerst een loongerelateerde uitkering. De eerste 2 maanden is die 75% van uw maandloon.
    .supporter = { $client } krijgt eerst een loongerelateerde uitkering. De eerste 2 maanden is die 75% van { $whose } maandloon.
benefit-lgu-after = Daarna is het 70%. Deze uitkering loopt tot { $date }.
benefit-lau = Daarna krijgt u een loonaanvullingsuitkering. Dat is 70% van uw maandloon min uw inkomen.
    .supporter = Daarna krijgt { $client } een loonaanvullingsuitkering. Dat is 70% van { $whose } maandloon min { $whose } inkomen.
benefit-vvu = Daarna krijgt u een vervolguitkering. Die hangt af van het minimumloon.
    .supporter = Daarna krijgt { $client } een vervolguitkering. Die hangt af van het minimumloon.
benefit-vvu-assumption = Helder rekende uit: u krijgt een vervolguitkering. Uw besluit noemt niet hoeveel u nog kunt verdienen. Helder gaat ervan uit dat u minder dan de helft daarvan verdient. UWV heeft hierover nog niet beslist.
    .supporter = Helder rekende uit: { $client } krijgt een vervolguitkering. Het besluit noemt niet hoeveel { $client } nog kan verdienen. Helder gaat ervan uit dat { $client } minder dan de helft daarvan verdient. UWV heeft hierover nog niet beslist.
benefit-maandloon-month = In { $month } was uw maandloon { $maandloon }. Dat is meer dan de { $start } bij de start, door de verhogingen van uw dagloon.
    .supporter = In { $month } was { $whose } maandloon { $maandloon }. Dat is meer dan de { $start } bij de start, door de verhogingen van { $whose } dagloon.
benefit-income = U had ook inkomen uit werk. Een deel daarvan gaat van uw uitkering af.
    .supporter = { $client } had ook inkomen uit werk. Een deel daarvan gaat van { $whose } uitkering af.
benefit-holiday = In mei krijgt u ook vakantiegeld. Dat staat hier niet bij.
    .supporter = In mei krijgt { $client } ook vakantiegeld. Dat staat hier niet bij.
benefit-gross = Alle bedragen zijn bruto. Er gaat nog belasting af.

## Voorschot
advance-lead = U kreeg een { $term_voorschot } van in totaal { $paid }.
    .supporter = { $client } kreeg een { $term_voorschot } van in totaal { $paid }.
advance-unsettled = UWV heeft nog niet beslist. Daarom is nog niet bekend of dat te veel was.
advance-entitled = Helder rekende uit: met het besluit had u over die maanden recht op { $entitled }.
    .supporter = Helder rekende uit: met het besluit had { $client } over die maanden recht op { $entitled }.
advance-over = U kreeg dus { $over } te veel.
    .supporter = { $client } kreeg dus { $over } te veel.
advance-under = U kreeg dus { $under } te weinig. Dat geld krijgt u nog.
    .supporter = { $client } kreeg dus { $under } te weinig. Dat geld krijgt { $client } nog.
advance-exact = Dat was precies goed.
advance-ww = U kreeg in die maanden ook WW. Daarmee wordt { $ww } verrekend.
    .supporter = { $client } kreeg in die maanden ook WW. Daarmee wordt { $ww } verrekend.
advance-income = U had ook inkomen uit werk. Daardoor was { $income } van het voorschot te veel.
    .supporter = { $client } had ook inkomen uit werk. Daardoor was { $income } van het voorschot te veel.
advance-income-rule = UWV zegt niet hoe het een voorschot berekent. Helder gaat uit van de WIA-regel: 70% van uw inkomen.
    .supporter = UWV zegt niet hoe het een voorschot berekent. Helder gaat uit van de WIA-regel: 70% van { $whose } inkomen.

## Kwijtschelding
waiver-lead-nothing = U hoeft niets terug te betalen.
    .supporter = { $client } hoeft niets terug te betalen.
waiver-lead-open = U moet nog { $open } terugbetalen.
    .supporter = { $client } moet nog { $open } terugbetalen.
waiver-lead-refund = Helder rekende uit: u krijgt { $refund } terug.
    .supporter = Helder rekende uit: { $client } krijgt { $refund } terug.
waiver-lead-paid = U heeft alles al terugbetaald wat u moest terugbetalen.
    .supporter = { $client } heeft alles al terugbetaald wat terugbetaald moest worden.
waiver-waived = U hoeft { $waived } niet terug te betalen. Dat heet { $term_kwijtschelding }.
    .supporter = { $client } hoeft { $waived } niet terug te betalen. Dat heet { $term_kwijtschelding }.
waiver-reason-late_decision = UWV besliste te laat. Daardoor kreeg u het voorschot langer. Dat is niet uw schuld.
    .supporter = UWV besliste te laat. Daardoor kreeg { $client } het voorschot langer. Dat is niet { $whose } schuld.
waiver-reason-promised = UWV heeft u in 2021 schriftelijk beloofd dat u het voorschot mag houden.
    .supporter = UWV heeft { $client } in 2021 schriftelijk beloofd dat { $client } het voorschot mag houden.
waiver-reason-no_overpayment = U kreeg niet te veel. Er valt niets terug te betalen.
    .supporter = { $client } kreeg niet te veel. Er valt niets terug te betalen.
waiver-reason-decision_in_time = UWV besliste op tijd. Daarom krijgt u geen { $term_kwijtschelding }.
    .supporter = UWV besliste op tijd. Daarom krijgt { $client } geen { $term_kwijtschelding }.
waiver-reason-client_caused = De vertraging kwam door uzelf. Daarom krijgt u geen { $term_kwijtschelding }.
    .supporter = De vertraging kwam door { $client } zelf. Daarom krijgt { $client } geen { $term_kwijtschelding }.
waiver-reason-outside_scope = Uw voorschot valt buiten de periode van de regeling. Die geldt voor 2020 tot en met 2025.
    .supporter = { $whose } voorschot valt buiten de periode van de regeling. Die geldt voor 2020 tot en met 2025.
waiver-policy = Deze regeling is beleid van UWV. Het staat niet in de wet.
waiver-to-repay = U moet wel { $to_repay } terugbetalen. Dat is het deel voor uw inkomen uit werk.
    .supporter = { $client } moet wel { $to_repay } terugbetalen. Dat is het deel voor { $whose } inkomen uit werk.
waiver-to-repay-plain = U moet { $to_repay } terugbetalen.
    .supporter = { $client } moet { $to_repay } terugbetalen.
waiver-ww-part = Het deel van { $ww } wordt verrekend met uw WW.
    .supporter = Het deel van { $ww } wordt verrekend met { $whose } WW.
waiver-repaid = U betaalde al { $repaid } terug.
    .supporter = { $client } betaalde al { $repaid } terug.
waiver-refund = Dat is meer dan nodig. U krijgt { $refund } terug. Dat heet { $term_restitutie }.
    .supporter = Dat is meer dan nodig. { $client } krijgt { $refund } terug. Dat heet { $term_restitutie }.
waiver-tax = U krijgt dit geld in een ander jaar terug dan u het betaalde. Dat kan gevolgen hebben voor uw belasting of toeslagen.
    .supporter = { $client } krijgt dit geld in een ander jaar terug dan { $client } het betaalde. Dat kan gevolgen hebben voor { $whose } belasting of toeslagen.
waiver-tax-years = Het gaat om de jaren { $years }.
waiver-tax-claim = U kunt daarvoor een { $term_tegemoetkoming } vragen.
    .supporter = { $client } kan daarvoor een { $term_tegemoetkoming } vragen.
waiver-tax-claim-uncertain = UWV beschreef een { $term_tegemoetkoming } alleen voor terugbetalingen tot en met 2022. Of u die nu nog kunt vragen, is niet zeker. Vraag het UWV.
    .supporter = UWV beschreef een { $term_tegemoetkoming } alleen voor terugbetalingen tot en met 2022. Of { $client } die nu nog kan vragen, is niet zeker. { $client } kan het UWV vragen.
waiver-plan = Kunt u dit niet in één keer betalen? Vraag UWV dan om een betalingsregeling.
    .supporter = Kan { $client } dit niet in één keer betalen? Dan kan { $client } UWV om een betalingsregeling vragen.
waiver-route-herstel = Uw voorschot viel onder de herstelactie van 2021 en 2022.
    .supporter = { $whose } voorschot viel onder de herstelactie van 2021 en 2022.
waiver-route-geparkeerd = UWV hield de terugvordering aan in 2021 en 2022 en schreef die daarna af.
waiver-route-regulier = UWV behandelt dit in de gewone werkwijze.
waiver-route-rule = UWV zegt niet precies welke zaken onder welke werkwijze vallen. Helder kijkt naar de datums van uw voorschot en besluit.
    .supporter = UWV zegt niet precies welke zaken onder welke werkwijze vallen. Helder kijkt naar de datums van { $whose } voorschot en besluit.

## Dagloon gecontroleerd
backpay-lead-too_low = Helder rekende uit: u krijgt { $amount } na. Dat is een { $term_nabetaling }.
    .supporter = Helder rekende uit: { $client } krijgt { $amount } na. Dat is een { $term_nabetaling }.
backpay-lead-too_high = Helder rekende uit: uw uitkering was te hoog. U hoeft niets terug te betalen.
    .supporter = Helder rekende uit: { $whose } uitkering was te hoog. { $client } hoeft niets terug te betalen.
backpay-lead-too_high-repay = Helder rekende uit: uw uitkering was te hoog. U moet { $to_repay } terugbetalen.
    .supporter = Helder rekende uit: { $whose } uitkering was te hoog. { $client } moet { $to_repay } terugbetalen.
backpay-lead-correct = Helder rekende uit: uw dagloon was goed. Er verandert niets.
    .supporter = Helder rekende uit: { $whose } dagloon was goed. Er verandert niets.
backpay-step = Uw dossier is nu bij deze stap: { $step }.
    .supporter = { $whose } dossier is nu bij deze stap: { $step }.
backpay-dagloon = Eerst was uw dagloon { $as_set }. Helder rekende uit: het juiste dagloon is { $corrected }.
    .supporter = Eerst was { $whose } dagloon { $as_set }. Helder rekende uit: het juiste dagloon is { $corrected }.
backpay-months = Helder rekende voor elke maand vanaf { $from } uit wat u kreeg en wat u had moeten krijgen.
    .supporter = Helder rekende voor elke maand vanaf { $from } uit wat { $client } kreeg en wat { $client } had moeten krijgen.
backpay-paid-computed = Helder weet niet wat UWV u per maand betaalde. Helder rekent dat uit met het oude dagloon.
    .supporter = Helder weet niet wat UWV { $client } per maand betaalde. Helder rekent dat uit met het oude dagloon.
backpay-totals = U kreeg { $paid }. U had { $due } moeten krijgen.
    .supporter = { $client } kreeg { $paid }. { $client } had { $due } moeten krijgen.
backpay-interest = U krijgt ook { $interest } { $term_rente }.
    .supporter = { $client } krijgt ook { $interest } { $term_rente }.
backpay-interest-none = De rente is minder dan { $minimum }. Die wordt niet uitbetaald.
backpay-interest-unknown = UWV heeft de datum van betalen nog niet bekend gemaakt. Daarom is de rente nog niet bekend.
backpay-not-reclaimed = U kreeg { $amount } te veel. Dat hoeft u niet terug te betalen. Dat besliste de regering in 2025.
    .supporter = { $client } kreeg { $amount } te veel. Dat hoeft { $client } niet terug te betalen. Dat besliste de regering in 2025.
backpay-could-have-known = U had kunnen weten dat uw uitkering te hoog was. Daarom moet u { $amount } terugbetalen.
    .supporter = { $client } had kunnen weten dat { $whose } uitkering te hoog was. Daarom moet { $client } { $amount } terugbetalen.
backpay-new = Vanaf { $date } krijgt u { $amount } per maand.
    .supporter = Vanaf { $date } krijgt { $client } { $amount } per maand.
backpay-new-lowered = Helder rekende uit: vanaf { $date } krijgt u { $amount } per maand. Of een te hoge uitkering voor de toekomst omlaag gaat, is nog niet besloten. UWV heeft hierover nog niet beslist.
    .supporter = Helder rekende uit: vanaf { $date } krijgt { $client } { $amount } per maand. Of een te hoge uitkering voor de toekomst omlaag gaat, is nog niet besloten. UWV heeft hierover nog niet beslist.
backpay-new-lowered-decided = Vanaf { $date } krijgt u { $amount } per maand. Helder gaat ervan uit dat UWV een te hoge uitkering voor de toekomst verlaagt. De regering had daar in 2025 nog niet over beslist.
    .supporter = Vanaf { $date } krijgt { $client } { $amount } per maand. Helder gaat ervan uit dat UWV een te hoge uitkering voor de toekomst verlaagt. De regering had daar in 2025 nog niet over beslist.
backpay-new-indexed = Dat bedrag gaat omhoog met de verhogingen van 1 januari en 1 juli. In { $month } was het { $amount }.
category-to_check = Uw uitkering hoort bij de ongeveer 43.000 uitkeringen van 2020 tot en met 2024 waarvan UWV het { $term_dagloon } met de hand controleert.
    .supporter = { $whose } uitkering hoort bij de ongeveer 43.000 uitkeringen van 2020 tot en met 2024 waarvan UWV het { $term_dagloon } met de hand controleert.
category-no_reason = UWV zocht in de gegevens van alle WIA-uitkeringen van 2020 tot en met 2024 naar tekens van een fout in het dagloon.
category-no_reason-checked = Bij uw uitkering vond UWV geen teken van een fout. Daarom controleert UWV uw dagloon niet opnieuw.
    .supporter = Bij { $whose } uitkering vond UWV geen teken van een fout. Daarom controleert UWV { $whose } dagloon niet opnieuw.
category-loonloze_tijdvakken = UWV past uw dagloon aan door een uitspraak van de rechter over maanden zonder loon. Dit is geen fout van UWV.
    .supporter = UWV past { $whose } dagloon aan door een uitspraak van de rechter over maanden zonder loon. Dit is geen fout van UWV.
category-loonloze_tijdvakken-before-2020 = UWV doet dit ook voor uitkeringen die voor 2020 begonnen.
category-indexering = Bij uw dagloon is een verhoging (indexering) misschien niet goed verwerkt. UWV past dat sowieso aan.
    .supporter = Bij { $whose } dagloon is een verhoging (indexering) misschien niet goed verwerkt. UWV past dat sowieso aan.
category-opting_in = U was verzekerd omdat u daar zelf voor koos (opting-in). UWV past deze uitkeringen sowieso aan.
    .supporter = { $client } was verzekerd omdat { $client } daar zelf voor koos (opting-in). UWV past deze uitkeringen sowieso aan.
category-aop = Bij uw uitkering speelt een arbeidsongeschiktheidspensioen (AOP). UWV past deze uitkeringen sowieso aan.
    .supporter = Bij { $whose } uitkering speelt een arbeidsongeschiktheidspensioen (AOP). UWV past deze uitkeringen sowieso aan.
not-known-yet = Stand op { $date }: { $text }

## Dwangsom
penalty-lead = Helder rekende uit: UWV moet u een { $term_dwangsom } van { $amount } betalen.
    .supporter = Helder rekende uit: UWV moet { $client } een { $term_dwangsom } van { $amount } betalen.
penalty-lead-running = Helder rekende uit: UWV moet u een { $term_dwangsom } betalen. Die is nu { $amount } en loopt nog op.
    .supporter = Helder rekende uit: UWV moet { $client } een { $term_dwangsom } betalen. Die is nu { $amount } en loopt nog op.
penalty-lead-none = U heeft geen recht op een dwangsom.
    .supporter = { $client } heeft geen recht op een dwangsom.
penalty-lead-excluded = U krijgt geen dwangsom. UWV vindt dat de ingebrekestelling te laat kwam.
    .supporter = { $client } krijgt geen dwangsom. UWV vindt dat de ingebrekestelling te laat kwam.
penalty-notice = U stuurde UWV op { $date } een { $term_ingebrekestelling }.
    .supporter = { $client } stuurde UWV op { $date } een { $term_ingebrekestelling }.
penalty-start = Daarna had UWV nog 2 weken. De dwangsom telt vanaf { $date }.
penalty-days = Het gaat om { $days ->
        [one] één dag
       *[other] { $days } dagen
    }.
penalty-rates = Per dag is het eerst { $first }, daarna { $second } en daarna { $third }.
penalty-maximum = De dwangsom is nooit meer dan { $maximum }.

## Schattingen
estimate-used = Helder gebruikt een geschatte waarde: { $what } vanaf { $date }. De officiële waarde is niet gevonden.
estimate-what-index_percent = de verhoging van { $value }%
estimate-what-maximum_dagloon = het maximum loon per dag
estimate-what-rate_percent = de rente van { $value }%
estimate-what-decision_term_weeks = een termijn van { $value } weken voor het besluit
estimate-what-maximum_days = een maximum van { $value } dagen
estimate-what-per_day_1_14 = € { $value } per dag voor dag 1 tot en met 14
estimate-what-per_day_15_28 = € { $value } per dag voor dag 15 tot en met 28
estimate-what-per_day_29_42 = € { $value } per dag voor dag 29 tot en met 42
estimate-what-maximum = een maximum van € { $value }
estimate-affects-index_percent = Die schatting raakt de bedragen vanaf die datum.
estimate-affects-maximum_dagloon = Die schatting raakt uw uitkering als uw loon boven dat maximum komt.
    .supporter = Die schatting raakt { $whose } uitkering als { $whose } loon boven dat maximum komt.
estimate-affects-rate_percent = Die schatting raakt de rente vanaf die datum.
estimate-affects-decision_term_weeks = Die schatting raakt de datum waarop UWV moet beslissen.
estimate-affects-maximum_days = Die schatting raakt het bedrag dat UWV u betaalt omdat het te laat besliste.
    .supporter = Die schatting raakt het bedrag dat UWV { $client } betaalt omdat het te laat besliste.
estimate-affects-per_day_1_14 = Die schatting raakt het bedrag dat UWV u betaalt omdat het te laat besliste.
    .supporter = Die schatting raakt het bedrag dat UWV { $client } betaalt omdat het te laat besliste.
estimate-affects-per_day_15_28 = Die schatting raakt het bedrag dat UWV u betaalt omdat het te laat besliste.
    .supporter = Die schatting raakt het bedrag dat UWV { $client } betaalt omdat het te laat besliste.
estimate-affects-per_day_29_42 = Die schatting raakt het bedrag dat UWV u betaalt omdat het te laat besliste.
    .supporter = Die schatting raakt het bedrag dat UWV { $client } betaalt omdat het te laat besliste.
estimate-affects-maximum = Die schatting raakt het bedrag dat UWV u betaalt omdat het te laat besliste.
    .supporter = Die schatting raakt het bedrag dat UWV { $client } betaalt omdat het te laat besliste.

## Wie besliste: UWV of Helder?
provenance-decided = UWV besliste dit op { $date } (brief { $reference }).
provenance-checked = Helder rekende het na en kwam op hetzelfde bedrag uit.
provenance-undecided = Helder rekende dit uit. UWV heeft hierover nog niet beslist.
provenance-unknown = Helder rekende dit uit. Helder kent geen besluit van UWV over dit bedrag.
provenance-estimate-undecided = Dit is een schatting van Helder. UWV heeft hierover nog niet beslist.
provenance-estimate-unknown = Dit is een schatting van Helder. Helder kent geen besluit van UWV over dit bedrag.
differ-decided = UWV besliste op { $date } (brief { $reference }): { $decided }.
differ-calculated = Helder rekende uit: { $calculated }.
differ-higher = Helder komt { $difference } hoger uit dan UWV. Het verschil zit in regel { $line } van de berekening.
differ-lower = Helder komt { $difference } lager uit dan UWV. Het verschil zit in regel { $line } van de berekening.
objection-open = Bent u het niet eens met het besluit? Dan kunt u { $term_bezwaar } maken tot en met { $date }.
    .supporter = Is { $client } het niet eens met het besluit? Dan kan { $client } { $term_bezwaar } maken tot en met { $date }.
objection-how = Schrijf UWV dan waarom het bedrag volgens u niet klopt. Noem het verschil en regel { $line }.
    .supporter = { $client } schrijft UWV dan waarom het bedrag volgens { $client } niet klopt, met het verschil en regel { $line }.
objection-closed = U kon tot en met { $date } { $term_bezwaar } maken. U kunt UWV nu nog vragen om het besluit opnieuw te bekijken.
    .supporter = { $client } kon tot en met { $date } { $term_bezwaar } maken. { $client } kan UWV nu nog vragen om het besluit opnieuw te bekijken.

## Zo is het berekend: de sommen stap voor stap (Hoe is dit berekend?)
worked-wage-total = Uw loon van { $from } tot en met { $to } was samen { $total }.
    .supporter = { $whose } loon van { $from } tot en met { $to } was samen { $total }.
worked-divisor = Een jaar telt { $year } werkdagen. De { $wageless } werkdagen van maanden zonder loon tellen niet mee: { $year } − { $wageless } = { $divisor } dagen.
worked-divisor-plain = Een jaar telt { $divisor } werkdagen.
worked-uncapped = { $total } gedeeld door { $divisor } is { $uncapped } per dag, afgerond op hele centen.
worked-indexed = Verhoging met { $percent }: van { $before } naar { $after }, afgerond op hele centen.
worked-maximum-below = Het maximum dagloon was { $maximum }. Uw loon per dag is lager. Uw dagloon op { $date } is dus { $dagloon }.
    .supporter = Het maximum dagloon was { $maximum }. { $whose } loon per dag is lager. { $whose } dagloon op { $date } is dus { $dagloon }.
worked-maximum-capped = Het maximum dagloon was { $maximum }. Uw loon per dag was hoger. Daarom is uw dagloon op { $date } { $dagloon }.
    .supporter = Het maximum dagloon was { $maximum }. { $whose } loon per dag was hoger. Daarom is { $whose } dagloon op { $date } { $dagloon }.
worked-maandloon = Uw maandloon: { $dagloon } × 21,75 = { $maandloon }, afgerond op hele centen.
    .supporter = { $whose } maandloon: { $dagloon } × 21,75 = { $maandloon }, afgerond op hele centen.
worked-maandloon-month = Uw maandloon in { $month }: { $dagloon } × 21,75 = { $maandloon }, afgerond op hele centen.
    .supporter = { $whose } maandloon in { $month }: { $dagloon } × 21,75 = { $maandloon }, afgerond op hele centen.
worked-benefit-indexations = Uw dagloon gaat elk half jaar omhoog. Zo kwam Helder op uw dagloon in { $month }:
    .supporter = { $whose } dagloon gaat elk half jaar omhoog. Zo kwam Helder op { $whose } dagloon in { $month }:
worked-benefit-iva = Uw IVA-uitkering in { $month }: { $percent } van { $maandloon } = { $amount }.
    .supporter = { $whose } IVA-uitkering in { $month }: { $percent } van { $maandloon } = { $amount }.
worked-benefit-iva-part = U had in { $month } recht op { $days } van de { $weekdays } werkdagen: { $percent } van { $maandloon } × { $days } ÷ { $weekdays } = { $amount }.
    .supporter = { $client } had in { $month } recht op { $days } van de { $weekdays } werkdagen: { $percent } van { $maandloon } × { $days } ÷ { $weekdays } = { $amount }.
worked-benefit-lgu = Uw loongerelateerde uitkering in { $month }: { $percent } van { $maandloon } = { $amount }.
    .supporter = { $whose } loongerelateerde uitkering in { $month }: { $percent } van { $maandloon } = { $amount }.
worked-benefit-lgu-part = U had in { $month } recht op { $days } van de { $weekdays } werkdagen: { $percent } van { $maandloon } × { $days } ÷ { $weekdays } = { $amount }.
    .supporter = { $client } had in { $month } recht op { $days } van de { $weekdays } werkdagen: { $percent } van { $maandloon } × { $days } ÷ { $weekdays } = { $amount }.
worked-benefit-lau = Uw maandloon min uw inkomen: { $maandloon } − { $income } = { $rest }. Uw loonaanvulling in { $month }: { $percent } van { $rest } = { $amount }.
    .supporter = { $whose } maandloon min { $whose } inkomen: { $maandloon } − { $income } = { $rest }. { $whose } loonaanvulling in { $month }: { $percent } van { $rest } = { $amount }.
worked-benefit-lau-capacity = Uw maandloon min wat u volgens UWV nog kunt verdienen: { $maandloon } − { $capacity } = { $rest }. Uw loonaanvulling in { $month }: { $percent } van { $rest } = { $amount }.
    .supporter = { $whose } maandloon min wat { $client } volgens UWV nog kan verdienen: { $maandloon } − { $capacity } = { $rest }. { $whose } loonaanvulling in { $month }: { $percent } van { $rest } = { $amount }.
worked-benefit-vvu = Uw vervolguitkering in { $month } hangt af van het minimumloon van { $minimum }, met vakantiegeld: { $percent } van { $minimum } × { $holiday } = { $amount }.
    .supporter = { $whose } vervolguitkering in { $month } hangt af van het minimumloon van { $minimum }, met vakantiegeld: { $percent } van { $minimum } × { $holiday } = { $amount }.
worked-benefit-vvu-maandloon = Uw maandloon is lager dan het minimumloon met vakantiegeld. Uw vervolguitkering in { $month }: { $percent } van { $maandloon } = { $amount }.
    .supporter = { $whose } maandloon is lager dan het minimumloon met vakantiegeld. { $whose } vervolguitkering in { $month }: { $percent } van { $maandloon } = { $amount }.
worked-benefit-floor = Uw loonaanvulling is nooit lager dan een deel van het minimumloon met vakantiegeld. In { $month } is dat { $percent } van { $minimum } × { $holiday } = { $amount }.
    .supporter = { $whose } loonaanvulling is nooit lager dan een deel van het minimumloon met vakantiegeld. In { $month } is dat { $percent } van { $minimum } × { $holiday } = { $amount }.
worked-benefit-days = Helder rekende voor elke werkdag van { $month } met het bedrag van die dag. Samen is dat { $amount }.
worked-advance-over = U kreeg meer voorschot dan de uitkering waar u recht op had: { $sum }.
    .supporter = { $client } kreeg meer voorschot dan de uitkering waar { $client } recht op had: { $sum }.
worked-advance-under = U had recht op meer dan het voorschot: { $sum }.
    .supporter = { $client } had recht op meer dan het voorschot: { $sum }.
worked-advance-exact = U kreeg { $paid } voorschot. Dat is precies de uitkering waar u recht op had: { $entitled }.
    .supporter = { $client } kreeg { $paid } voorschot. Dat is precies de uitkering waar { $client } recht op had: { $entitled }.
worked-advance-ww = Uw WW over dezelfde maanden verrekent { $ww } daarvan.
    .supporter = { $whose } WW over dezelfde maanden verrekent { $ww } daarvan.
worked-advance-income = Het deel voor uw inkomen uit werk: { $percent } van { $income } = { $seventy }.
    .supporter = Het deel voor { $whose } inkomen uit werk: { $percent } van { $income } = { $seventy }.
worked-advance-income-limited = { $percent } van uw inkomen uit werk is { $seventy }. Dat is meer dan er te veel betaald is. Het deel voor uw inkomen is dus { $part }.
    .supporter = { $percent } van { $whose } inkomen uit werk is { $seventy }. Dat is meer dan er te veel betaald is. Het deel voor { $whose } inkomen is dus { $part }.
worked-waiver-waived = UWV vraagt niet terug: { $sum }.
worked-waiver-waived-all = UWV vraagt het hele bedrag van { $waived } niet terug.
worked-waiver-to-repay = U moet terugbetalen: { $sum }.
    .supporter = { $client } moet terugbetalen: { $sum }.
worked-waiver-refund = U betaalde al meer terug dan nodig. U krijgt terug: { $sum }.
    .supporter = { $client } betaalde al meer terug dan nodig. { $client } krijgt terug: { $sum }.
worked-waiver-open = U moet nog terugbetalen: { $sum }.
    .supporter = { $client } moet nog terugbetalen: { $sum }.
worked-backpay-totals = Helder telde alle maanden vanaf { $from } op. U had { $due } moeten krijgen. U kreeg { $paid }.
    .supporter = Helder telde alle maanden vanaf { $from } op. { $client } had { $due } moeten krijgen. { $client } kreeg { $paid }.
worked-backpay-amount = Uw nabetaling: { $sum }.
    .supporter = { $whose } nabetaling: { $sum }.
worked-backpay-total = Met de wettelijke rente erbij krijgt u samen: { $sum }.
    .supporter = Met de wettelijke rente erbij krijgt { $client } samen: { $sum }.
worked-backpay-overpaid = U kreeg te veel: { $sum }.
    .supporter = { $client } kreeg te veel: { $sum }.
worked-penalty-days = { $days } dagen × { $rate } = { $part }.
worked-penalty-total = Samen: { $sum }.
worked-penalty-maximum = Maar de dwangsom is nooit meer dan { $maximum }. U krijgt dus { $maximum }.
    .supporter = Maar de dwangsom is nooit meer dan { $maximum }. { $client } krijgt dus { $maximum }.

## Bronnen: wetten en stukken waar de regels in staan
sources-label = Bronnen
source-article = artikel
source-paragraph = lid
source-point = onder
source-WIA = Wet WIA
source-Awb = Algemene wet bestuursrecht
source-DLB = Dagloonbesluit
source-Wfsv = Wet financiering sociale verzekeringen
source-BW = Burgerlijk Wetboek
source-CRvB = Uitspraak Centrale Raad van Beroep
source-KB-2021 = Brief van de minister over WIA-voorschotten, 30 augustus 2021
source-KB-2024 = Brief van de minister over de wachttijden WIA
source-HERSTEL-2021 = UWV, herstelactie WIA-voorschotten 2021-2022
source-VA-2025 = UWV, Verbeteraanpak WIA, maart 2025
source-NR-2025 = Besluit van de regering, 11 juli 2025
source-VR-2026 = Ontwerp van de WIA-vergoedingsregeling, december 2025
source-Atw = Algemene termijnenwet


## De vier antwoorden bovenaan: geld, waarom, wat er nu gebeurt, wat u moet doen
summary-money-refund = U hoeft niets terug te betalen. U krijgt { $refund } terug.
    .supporter = { $client } hoeft niets terug te betalen. { $client } krijgt { $refund } terug.
summary-money-waived = U hoeft niets terug te betalen. Het gaat om { $waived } van het { $term_voorschot }.
    .supporter = { $client } hoeft niets terug te betalen. Het gaat om { $waived } van het { $term_voorschot }.
summary-money-backpay = U krijgt { $amount } na. Dat is een { $term_nabetaling }.
    .supporter = { $client } krijgt { $amount } na. Dat is een { $term_nabetaling }.
summary-money-backpay-total = U krijgt samen { $total } na: { $amount } { $term_nabetaling } en { $interest } { $term_rente }.
    .supporter = { $client } krijgt samen { $total } na: { $amount } { $term_nabetaling } en { $interest } { $term_rente }.
summary-money-backpay-repay = Uw uitkering was te hoog. U moet { $to_repay } terugbetalen.
    .supporter = { $whose } uitkering was te hoog. { $client } moet { $to_repay } terugbetalen.
summary-money-not-reclaimed = Uw uitkering was { $amount } te hoog. Dat hoeft u niet terug te betalen.
    .supporter = { $whose } uitkering was { $amount } te hoog. Dat hoeft { $client } niet terug te betalen.
summary-money-penalty = U heeft recht op een { $term_dwangsom } van { $amount }.
    .supporter = { $client } heeft recht op een { $term_dwangsom } van { $amount }.
summary-money-penalty-running = U heeft recht op een { $term_dwangsom }. Die is nu { $amount } en loopt op tot hoogstens { $maximum }.
    .supporter = { $client } heeft recht op een { $term_dwangsom }. Die is nu { $amount } en loopt op tot hoogstens { $maximum }.
summary-money-undecided = U krijgt nog geen WIA-uitkering. Hoeveel u krijgt, hangt af van het besluit van UWV.
    .supporter = { $client } krijgt nog geen WIA-uitkering. Hoeveel { $client } krijgt, hangt af van het besluit van UWV.
summary-why-penalty = UWV besliste niet binnen 2 weken na uw { $term_ingebrekestelling } van { $date }.
    .supporter = UWV besliste niet binnen 2 weken na { $whose } { $term_ingebrekestelling } van { $date }.
summary-next-correction = UWV controleert uw { $term_dagloon } nog. Op { $date } was uw dossier bij deze stap: { $step }.
    .supporter = UWV controleert { $whose } { $term_dagloon } nog. Op { $date } was { $whose } dossier bij deze stap: { $step }.
summary-next-penalty = De { $term_dwangsom } loopt sinds { $date }. Hij stopt als UWV beslist, en na 42 dagen.
summary-next-running = Uw uitkering loopt elke maand door. Dit is de stand op { $date }.
    .supporter = { $whose } uitkering loopt elke maand door. Dit is de stand op { $date }.
summary-next-none = Helder kent geen volgende stap met een datum. Dit is de stand op { $date }.
summary-todo-apply = Vraag de WIA-uitkering aan bij UWV. Doe dat uiterlijk { $date }.
    .supporter = { $client } moet de WIA-uitkering aanvragen bij UWV, uiterlijk { $date }.
summary-todo-notice-when = De wet noemt geen datum waarvoor u dat moet doen.
    .supporter = De wet noemt geen datum waarvoor { $client } dat moet doen.
summary-todo-objection = Bent u het niet eens met het besluit van { $decided } (brief { $reference })? Maak dan { $term_bezwaar }, uiterlijk { $date }.
    .supporter = Is { $client } het niet eens met het besluit van { $decided } (brief { $reference })? Dan kan { $client } { $term_bezwaar } maken, uiterlijk { $date }.
summary-todo-repay-letter = Betaal { $open } terug zoals de brief van UWV van { $date } zegt. Lukt dat niet in één keer? Vraag UWV dan om een betalingsregeling.
    .supporter = { $client } betaalt { $open } terug zoals de brief van UWV van { $date } zegt. Lukt dat niet in één keer? Dan kan { $client } UWV om een betalingsregeling vragen.
summary-todo-repay-wait = Wacht op het besluit van UWV. Daarin staat hoe en wanneer u { $open } terugbetaalt. Lukt dat niet in één keer? Vraag dan om een betalingsregeling.
    .supporter = { $client } wacht op het besluit van UWV. Daarin staat hoe en wanneer { $client } { $open } terugbetaalt. Lukt dat niet in één keer? Dan kan { $client } om een betalingsregeling vragen.
summary-todo-tax = Vraag UWV om een { $term_tegemoetkoming } als u de belastingaanslag over { $years } hebt. Helder kent daarvoor geen uiterste datum.
    .supporter = { $client } kan UWV om een { $term_tegemoetkoming } vragen als { $client } de belastingaanslag over { $years } heeft. Helder kent daarvoor geen uiterste datum.
summary-todo-tax-uncertain = Vraag UWV of u een { $term_tegemoetkoming } kunt krijgen als u de belastingaanslag over { $years } hebt. UWV beschreef die alleen voor terugbetalingen tot en met 2022: of het nu nog kan, is niet zeker.
    .supporter = { $client } kan UWV vragen of er een { $term_tegemoetkoming } mogelijk is als { $client } de belastingaanslag over { $years } heeft. UWV beschreef die alleen voor terugbetalingen tot en met 2022: of het nu nog kan, is niet zeker.
summary-todo-wait = U hoeft nu niets te doen. Wacht op de brief van UWV.
    .supporter = { $client } hoeft nu niets te doen. { $client } wacht op de brief van UWV.
summary-todo-nothing = U hoeft nu niets te doen.
    .supporter = { $client } hoeft nu niets te doen.

## Portaal: knoppen en koppen
ui-brand = Helder
ui-glossary = Woordenlijst
ui-tagline = Waar staat uw WIA-zaak, hoeveel geld krijgt u en waarom? Helder legt het uit.
ui-signin-title = Inloggen
ui-signin-demo-title = Inloggen als cliënt (demo)
ui-signin-demo-note = Dit is een demo. Echte cliënten loggen in met DigiD. Kies een demo-cliënt.
ui-signin-staff-title = Inloggen als medewerker of cliëntondersteuner
ui-signin-digid-title = Inloggen als cliënt
ui-signin-digid-note = U logt in met DigiD. Daarna ziet u uw eigen zaak.
ui-signin-digid-button = Inloggen met DigiD
ui-signin-sso-button = Inloggen met uw organisatie-account
ui-username = Gebruikersnaam
ui-password = Wachtwoord
ui-signin-button = Inloggen
ui-signout = Uitloggen
ui-language-switch = English
ui-my-cases = Uw zaken
ui-supporter-cases = Zaken waarvoor u toestemming hebt
ui-no-cases = Er zijn geen zaken om te tonen.
ui-open-case = Bekijk zaak { $case }
ui-search-title = Zaak zoeken
ui-search-case-id = Zaaknummer
ui-search-bsn = Of: BSN
ui-reason-label = Waarom opent u deze zaak?
ui-reason-hint = Verplicht. De cliënt ziet deze reden in het overzicht van wie de zaak bekeek.
ui-search-button = Zoeken en openen
ui-banner-supporter = U bekijkt de zaak van { $client }. De cliënt heeft u toestemming gegeven.
ui-banner-staff = U bekijkt de zaak van { $client } als medewerker. Reden: { $reason }
ui-checked = Nagerekend in uw browser: uw computer rekende met dezelfde rekenregels en kwam op dezelfde bedragen als Helder. Dat is een controle van de berekening, geen besluit van UWV.
ui-mismatch = Let op: de berekening in uw browser wijkt af van die van de server. Neem contact op met UWV.
ui-how-calculated = Hoe is dit berekend?
ui-trace-source = Bron
ui-trace-inputs = Gebruikt
ui-timeline-title = Tijdlijn
ui-state-done = gedaan
ui-state-now = nu
ui-state-next = volgende stap
ui-state-late = te laat
ui-state-met = op tijd
ui-state-passed = datum voorbij
ui-state-not_begun = niet begonnen
ui-state-pending = hangt af van het besluit
ui-consent-title = Toestemming voor een cliëntondersteuner
ui-consent-intro = Een cliëntondersteuner kan uw zaak met u bekijken. U kiest wie en tot wanneer, voor hoogstens 90 dagen.
ui-consent-supporter = Cliëntondersteuner
ui-consent-until = Geldig tot en met
ui-consent-grant = Toestemming geven
ui-consent-revoke = Intrekken
ui-consent-none = U heeft niemand toestemming gegeven.
ui-consent-ended = beëindigd
ui-access-title = Wie bekeek uw zaak?
ui-access-none = Niemand anders heeft uw zaak bekeken.
ui-whatif-title = Wat als UWV beslist?
ui-whatif-intro = Nog geen besluit. Bekijk een schatting. Dit is geen besluit van UWV.
ui-whatif-iva = IVA
ui-whatif-wga = WGA 80-100%
ui-whatif-refused = Afwijzing
ui-whatif-estimate = Schatting van Helder, geen besluit van UWV.
ui-copy-summary = Samenvatting kopiëren voor de gespreksnotitie
ui-copied = Gekopieerd.
ui-loading = Bezig met laden…
ui-error = Er ging iets mis. Probeer het opnieuw.
ui-print = Afdrukken
ui-back = Terug
ui-case-id = Zaaknummer
ui-rules-version = Rekenregels
ui-printed-on = Afgedrukt op
ui-skip = Naar de inhoud
ui-ledger-title = Per maand: wat u kreeg en wat u had moeten krijgen
ui-ledger-month = Maand
ui-ledger-paid = Betaald
ui-ledger-due = Had moeten zijn
ui-ledger-difference = Verschil
ui-ledger-you-receive = u krijgt nog { $amount }
ui-ledger-too-much = { $amount } te veel betaald
ui-ledger-equal = gelijk
ui-ledger-total = Totaal
ui-ledger-chart = Grafiek per maand: betaald (licht) en had moeten zijn (donker). De tabel eronder geeft dezelfde bedragen.
ui-actor-client = U
ui-actor-client-about = { $client }
ui-actor-uwv = UWV
ui-timeline-who = Wie
ui-facts-title = Uw loon per maand in de periode waar UWV naar kijkt
ui-facts-wage = Loon
ui-facts-counted = Telt mee?
ui-facts-yes = ja
ui-facts-wageless = nee: een maand zonder loon
ui-facts-no-wage = geen loon
ui-facts-total = Loon dat meetelt
ui-ledger-advance-title = Voorschot per maand: wat UWV betaalde en de uitkering waar u recht op had
ui-ledger-advance-paid = Voorschot betaald
ui-ledger-benefit-due = Uitkering waar u recht op had
ui-ledger-settlement = Zo wordt het verschil geregeld
ui-ledger-ww = Verrekend met uw WW-uitkering
ui-ledger-waived = UWV scheldt kwijt
ui-ledger-you-pay-back = U betaalt terug
ui-ledger-repaid = U betaalde al terug
ui-ledger-refund = UWV betaalt u terug
ui-ledger-still-open = Nog terug te betalen
ui-provenance-decided = Besluit van UWV van { $date } (brief { $reference })
ui-provenance-calculated = Berekening van Helder. UWV heeft hierover nog niet beslist.
ui-provenance-estimate = Schatting van Helder. UWV heeft hierover nog niet beslist.
ui-provenance-word-decided = Besluit
ui-provenance-word-calculated = Berekening
ui-provenance-word-estimate = Schatting

## Formulieren, lege lijsten, toegangslog, gespreksnotities (portaal)
ui-error-prefix = Fout:
ui-error-summary-title = Er is een probleem
ui-what-next = Wat gebeurt er nu?
ui-consent-until-missing = Vul in tot en met welke datum de toestemming geldt.
ui-consent-until-limits = Kies een datum van { $first } tot en met { $last }.
ui-consent-supporter-missing = Kies een cliëntondersteuner.
ui-consent-confirmed = U heeft toestemming gegeven.
ui-consent-next = De cliëntondersteuner kan uw zaak nu bekijken, tot en met de datum die u koos. Hieronder ziet u wanneer dat gebeurde. U kunt de toestemming altijd intrekken.
ui-consent-valid-until = geldig tot en met { $date }
ui-access-viewed = { $actor } bekeek uw zaak
ui-access-searched = { $actor } zocht uw zaak op
ui-access-with-consent = Met uw toestemming.
ui-access-reason = Reden: { $reason }
ui-no-cases-supporter = U ziet hier een zaak zodra een cliënt u toestemming geeft. De cliënt doet dat zelf in Helder, bij „Toestemming voor een cliëntondersteuner”, voor hoogstens 90 dagen. Vraag de cliënt dat te doen. Daarna staat de zaak hier.
ui-search-nothing = Vul een zaaknummer of een BSN in.
ui-reason-missing = Vul in waarom u de zaak opent.
ui-reason-too-short = Schrijf in een zin waarom u de zaak opent: minstens 10 tekens, op één regel.
ui-search-no-case = Er is geen zaak met zaaknummer { $case }. Kijk of het nummer klopt.
ui-search-no-client = Er is geen cliënt met dit BSN in Helder. Kijk of het nummer klopt.
ui-search-case-malformed = Een zaaknummer heeft alleen letters, cijfers en streepjes, zoals WIA-DEMO-06.
ui-search-bsn-digits = Een BSN heeft 9 cijfers. Spaties en punten tussen de cijfers mogen.
ui-search-bsn-elfproef = Dit BSN bestaat niet: het klopt niet met de elfproef. Kijk of u een cijfer verkeerd typte.
ui-search-too-many = U zocht te vaak kort na elkaar. Probeer het over een kwartier opnieuw.
ui-print-client = Zaak van { $client }
ui-told-title = Let op: de cliënt hoorde eerder een ander bedrag
ui-told-letter = In een brief van { $date } noemde UWV voor { $subject } { $amount }.
ui-told-call = In een gesprek op { $date } noemde UWV voor { $subject } { $amount }.
ui-told-helder = Helder rekent { $amount }.
ui-told-more-than-helder = Dat is { $amount } meer dan Helder.
ui-told-less-than-helder = Dat is { $amount } minder dan Helder.
ui-told-advice = Leg de cliënt uit welk bedrag nu geldt en waarom dat anders is dan wat eerder is gezegd.
ui-told-subject-advance = het te veel betaalde voorschot
ui-told-subject-waiver = de kwijtschelding
ui-told-subject-refund = de terugbetaling aan de cliënt
ui-told-subject-dagloon = het dagloon
ui-told-subject-back-payment = de nabetaling
ui-told-subject-penalty = de boete
ui-note-title = Gespreksnotities
ui-note-intro = Helder zet de datum, uw naam en de reden die u opgaf bij de notitie. De cliënt ziet notities niet.
ui-note-next-step = Volgende stap: wie doet wat?
ui-note-next-step-missing = Vul de volgende stap in.
ui-note-deadline = Uiterlijk op (niet verplicht)
ui-note-deadline-hint = De datum waarop de volgende stap gedaan moet zijn.
ui-note-deadline-limits = Kies een datum van { $first } tot en met { $last }.
ui-note-write = Notitie opslaan
ui-note-saved = De notitie is opgeslagen.
ui-note-none = Er zijn nog geen gespreksnotities.
ui-note-due = uiterlijk { $date }
ui-note-no-deadline = geen termijn
ui-note-line = { $when } — { $staff } — reden: { $reason } — volgende stap: { $step } ({ $deadline })
ui-as-of = Stand op { $date }
ui-summary-title = In het kort
ui-summary-money = Geld
ui-summary-why = Waarom
ui-summary-next = Wat gebeurt er nu?
ui-summary-todo = Wat moet u doen?
ui-summary-todo-about = Wat moet { $client } doen?
ui-summary-provenance-decided = Besluit van UWV:
ui-summary-provenance-calculated = Berekening van Helder:
ui-summary-provenance-estimate = Schatting van Helder:
ui-whatif-checked = Nagerekend in uw browser: dezelfde schatting. Ook dit is geen besluit van UWV.
ui-whatif-if-iva = Als UWV u een IVA-uitkering geeft:
ui-whatif-if-wga = Als UWV u een WGA-uitkering geeft (80-100% arbeidsongeschikt):
ui-whatif-if-refused = Als UWV uw aanvraag afwijst:
ui-demo-shows-01 = IVA-uitkering: een bedrag per maand
ui-demo-shows-02 = WGA-uitkering, met maanden zonder loon
ui-demo-shows-03 = Afgewezen, voorschot kwijtgescholden, geld terug; met brieven van UWV
ui-demo-shows-04 = Voorschot met WW en inkomen: nog een deel terugbetalen
ui-demo-shows-05 = Dwangsom: UWV besliste te laat
ui-demo-shows-06 = Dagloon te laag: nabetaling met rente
ui-demo-shows-07 = Dagloon te hoog: niets terugbetalen
ui-demo-shows-08 = Dagloon wordt gecontroleerd: stap 1, gesorteerd
ui-demo-shows-09 = Dagloon wordt gecontroleerd: eerste controle
ui-demo-shows-10 = Dagloon wordt gecontroleerd: tweede controle
ui-demo-shows-11 = Dagloon wordt gecontroleerd: team van experts
ui-demo-shows-12 = Dagloon wordt gecontroleerd: kwaliteitscontrole
ui-demo-shows-13 = Dagloon wordt gecontroleerd: telefoongesprek
ui-demo-shows-14 = Dagloon gecontroleerd: het was goed
ui-demo-shows-15 = Voorschot: UWV beloofde schriftelijk dat u het mag houden
ui-demo-shows-16 = Op tijd besloten: voorschot terugbetalen, deels ingehouden
ui-demo-shows-17 = Voorschot van voor 2020: buiten de regeling
ui-demo-shows-18 = Nog geen besluit en te laat: de dwangsom loopt
ui-demo-shows-19 = UWV besliste anders dan Helder rekent: verschil en bezwaar
ui-news-title = Nieuw in uw zaak
ui-news-none = Er is geen nieuws in uw zaak.
ui-news-unread = Nieuw:
ui-news-line = { $what } ({ $when })
ui-news-version = Er zijn nieuwe gegevens in uw zaak. Lees wat er veranderd is.
ui-news-step = De controle van uw dagloon is een stap verder.
ui-news-decision = UWV heeft een besluit gestuurd.
ui-news-letter = UWV heeft u een brief gestuurd.
ui-news-deadline = U kunt nog bezwaar maken tot en met { $date }.
ui-news-campaign = Er is nieuws over de controle van de dagloons bij UWV.
ui-news-other = Er is nieuws in uw zaak.
ui-email-title = E-mail als er nieuws is
ui-email-intro = Wilt u een e-mail als er nieuws is? In die e-mail staan geen bedragen en geen gegevens over u. U leest het nieuws na inloggen in Helder.
ui-email-address = Uw e-mailadres
ui-email-notify = Stuur mij een e-mail als er nieuws is
ui-email-save = Opslaan
ui-email-saved = Uw keuze is opgeslagen.
ui-email-address-wrong = Vul een e-mailadres in zoals naam@voorbeeld.nl.
ui-email-address-missing = Vul uw e-mailadres in. Dan kunnen wij u een e-mail sturen.
mail-news-subject = Er is nieuws in Helder
mail-news-body =
    Er is nieuws over uw WIA-uitkering in Helder.
    Wilt u het lezen? Ga dan zelf naar { $address }
    en log in met DigiD.
    In deze e-mail staan geen bedragen en geen gegevens over u.
    Wij sturen nooit een link om in te loggen.
    Wilt u deze e-mails niet meer? Zet ze dan uit in Helder,
    bij E-mail.

ui-letters-title = Uw brieven
ui-letters-intro = Helder schrijft deze brief voor u met de gegevens van deze pagina. Lees hem na, vul uw naam in en stuur hem naar UWV.
ui-letter-notice-of-default = Ingebrekestelling (UWV beslist te laat)
ui-letter-objection = Bezwaarschrift
ui-letter-pdf = Download PDF
ui-letter-html = Bekijk als webpagina
