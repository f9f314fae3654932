"""Briefs for briefs_blind7, Latin-script languages (fictional, hand-written for this corpus).

A brief: lang, title, paras (core paragraphs) and extra (structure blocks):
("ul", lead-in, items) | ("quote", text, credit) | ("fact", heading, [(key, value)])
| ("sub", heading, paragraph) | ("qa", [(question, answer)]) | ("corr", text).
"""

from __future__ import annotations

from typing import Any

Brief = dict[str, Any]

BRIEFS_A: dict[str, Brief] = {
    "en-hotels": {
        "lang": "en",
        "title": "Council votes to end hotel housing for asylum seekers by spring",
        "paras": [
            "Councillors in Marlow Vale voted 31 to 9 on Tuesday night to stop placing asylum seekers in the town's two seafront hotels by the end of April, replacing them with smaller shared houses spread across the district.",
            "The move follows months of complaints from residents and from the charity that runs a drop-in centre near the harbour, which said families were waiting up to a year in single rooms without cooking facilities.",
            "Officials said the change would save about £2 million a year.",
        ],
        "extra": [
            (
                "ul",
                "Under the plan the council will:",
                [
                    "lease 40 empty flats from housing associations",
                    "hire two caseworkers for families with children",
                    "publish monthly occupancy figures",
                ],
            ),
            ("corr", "Correction: an earlier version of this story gave the vote as 29 to 9."),
        ],
    },
    "en-tram": {
        "lang": "en",
        "title": "Eastside tram line to close for six weeks of track repairs",
        "paras": [
            "The Eastside tram line will close between Foundry Square and Kelby Park from 3 July while engineers replace worn rails and two sets of points, the transport authority said on Monday.",
            "Replacement buses will run every eight minutes during the day and every fifteen minutes after 9pm, stopping outside each of the closed tram stops.",
            "Season tickets will be valid on the buses without any extra charge, and the authority expects the line to reopen in mid-August, before the start of the school year.",
        ],
        "extra": [
            (
                "qa",
                [
                    ("Will night trams run?", "No, only the replacement buses."),
                    ("Are bikes allowed on the buses?", "Folding bikes only."),
                ],
            )
        ],
    },
    "de-duldung": {
        "lang": "de",
        "title": "Land verlängert Duldung für Auszubildende um ein Jahr",
        "paras": [
            "Geduldete Geflüchtete, die eine Ausbildung begonnen haben, sollen in Niedersachsen künftig nicht mehr mitten im Lehrjahr abgeschoben werden. Das Innenministerium hat die Ausländerbehörden angewiesen, die Ausbildungsduldung um zwölf Monate zu verlängern, wenn der Betrieb den Vertrag bestätigt.",
            "Handwerkskammern hatten seit Monaten beklagt, dass Lehrlinge kurz vor der Gesellenprüfung ihre Papiere verloren. Nach Angaben des Ministeriums betrifft die Regelung derzeit rund 1.800 Menschen.",
        ],
        "extra": [
            (
                "quote",
                "Wer hier lernt und arbeitet, soll seine Ausbildung auch beenden können.",
                "Innenministerin Petra Albers",
            ),
            (
                "fact",
                "Ausbildungsduldung",
                [
                    ("Betroffene", "rund 1.800"),
                    ("Verlängerung", "12 Monate"),
                    ("Gültig ab", "1. März"),
                ],
            ),
        ],
    },
    "de-freibad": {
        "lang": "de",
        "title": "Freibad am Stadtwald öffnet erst Mitte Juni",
        "paras": [
            "Das Freibad am Stadtwald öffnet in diesem Jahr zwei Wochen später als geplant. Bei der Sanierung des Nichtschwimmerbeckens seien Risse in der Bodenplatte entdeckt worden, teilten die Stadtwerke mit.",
            "Die Reparatur soll bis zum 12. Juni abgeschlossen sein. Dauerkarten, die bereits verkauft wurden, werden um zwei Wochen verlängert.",
            "Das Hallenbad bleibt bis dahin geöffnet.",
        ],
        "extra": [
            (
                "sub",
                "Neue Öffnungszeiten",
                "Ab Juli öffnet das Bad werktags bereits um 6.30 Uhr, am Wochenende um 8 Uhr.",
            )
        ],
    },
    "fr-titre": {
        "lang": "fr",
        "title": "Titres de séjour : la préfecture passe au tout-numérique, les associations inquiètes",
        "paras": [
            "À partir du 1er octobre, les demandes de renouvellement de titre de séjour ne pourront plus être déposées au guichet de la préfecture du Rhône. Elles devront passer par la plateforme en ligne de l'administration.",
            "Plusieurs associations d'aide aux étrangers dénoncent une mesure qui exclut les personnes sans ordinateur ni adresse électronique. Elles rappellent que des milliers de rendez-vous manqués ont déjà conduit à des ruptures de droits.",
        ],
        "extra": [
            (
                "quote",
                "Un titre expiré, c'est un emploi perdu en quelques jours.",
                "Claire Morvan, juriste à la Cimade",
            ),
            (
                "ul",
                "La préfecture promet :",
                [
                    "un point d'accueil numérique ouvert trois jours par semaine",
                    "un numéro d'appel gratuit",
                    "un récépissé envoyé par courrier",
                ],
            ),
        ],
    },
    "es-menores": {
        "lang": "es",
        "title": "Canarias y el Gobierno pactan el reparto de 400 menores migrantes",
        "paras": [
            "El Gobierno de Canarias y el Ministerio de Juventud han cerrado un acuerdo para trasladar a la península a 400 menores migrantes no acompañados que viven en centros del archipiélago, saturados desde el verano.",
            "Los traslados comenzarán en dos semanas y se harán en grupos pequeños, con prioridad para quienes ya tienen familiares en otras comunidades autónomas.",
            "El acuerdo no fija todavía cuánto dinero recibirá cada región.",
        ],
        "extra": [
            (
                "fact",
                "Las cifras",
                [
                    ("Menores en centros", "5.200"),
                    ("Plazas previstas", "400"),
                    ("Plazo", "dos meses"),
                ],
            )
        ],
    },
    "it-cpr": {
        "lang": "it",
        "title": "Cpr di Gradisca, il garante chiede la chiusura di un'ala",
        "paras": [
            "Il garante regionale dei detenuti ha chiesto la chiusura immediata di un'ala del centro di permanenza per il rimpatrio di Gradisca d'Isonzo, dopo una visita a sorpresa in cui ha trovato celle senza riscaldamento e bagni fuori uso.",
            "Nel centro sono trattenute 84 persone in attesa di espulsione. La prefettura ha annunciato lavori entro la fine del mese.",
        ],
        "extra": [
            (
                "sub",
                "La replica della prefettura",
                "Secondo la prefettura i guasti sono stati causati da un incendio appiccato la settimana scorsa e saranno riparati «nel più breve tempo possibile».",
            ),
            (
                "corr",
                "Rettifica: in una versione precedente il numero dei trattenuti era indicato in 48.",
            ),
        ],
    },
    "pt-vistos": {
        "lang": "pt",
        "title": "Vistos para procura de trabalho voltam a ser emitidos nos consulados",
        "paras": [
            "Os consulados portugueses voltam a aceitar, a partir de segunda-feira, pedidos de visto para procura de trabalho, suspensos desde janeiro por falta de funcionários, anunciou a Agência para a Integração, Migrações e Asilo.",
            "O visto permite ficar 120 dias no país para procurar emprego e pode ser prolongado por mais 60 dias. Os pedidos passam a ser feitos apenas com marcação prévia.",
        ],
        "extra": [
            (
                "qa",
                [
                    (
                        "Quem pode pedir?",
                        "Cidadãos de países fora da União Europeia com mais de 18 anos.",
                    ),
                    ("Quanto custa?", "A taxa consular é de 90 euros."),
                ],
            )
        ],
    },
    "nl-spreiding": {
        "lang": "nl",
        "title": "Twaalf gemeenten weigeren nog steeds extra opvangplekken",
        "paras": [
            "Twaalf gemeenten in Gelderland hebben nog geen enkele extra opvangplek voor asielzoekers aangeboden, ruim een jaar nadat de spreidingswet van kracht werd. Dat blijkt uit een overzicht van de provincie.",
            "Het aanmeldcentrum in Ter Apel zit daardoor opnieuw boven de afgesproken grens van tweeduizend bewoners.",
            "De staatssecretaris dreigt met een aanwijzing.",
        ],
        "extra": [
            (
                "quote",
                "We kunnen niet blijven wachten tot iedereen vrijwillig meedoet.",
                "gedeputeerde Anouk de Wit",
            )
        ],
    },
    "pl-granica": {
        "lang": "pl",
        "title": "Sejm przedłuża zawieszenie prawa do azylu na granicy z Białorusią",
        "paras": [
            "Sejm zgodził się w piątek na przedłużenie o kolejne 60 dni czasowego ograniczenia prawa do składania wniosków o ochronę międzynarodową na odcinku granicy z Białorusią.",
            "Rzecznik Praw Obywatelskich przypomniał, że ograniczenie nie może dotyczyć dzieci, kobiet w ciąży i osób chorych. Organizacje pomocowe twierdzą, że w praktyce straż graniczna nie zawsze to sprawdza.",
        ],
        "extra": [
            (
                "ul",
                "Z ograniczenia wyłączeni są:",
                [
                    "małoletni bez opieki",
                    "kobiety w ciąży",
                    "osoby wymagające szczególnego traktowania",
                ],
            )
        ],
    },
    "sv-atervandring": {
        "lang": "sv",
        "title": "Regeringen höjer bidraget för återvandring till 350 000 kronor",
        "paras": [
            "Från årsskiftet kan den som frivilligt lämnar Sverige och återvänder till sitt ursprungsland få upp till 350 000 kronor, meddelade migrationsministern på en pressträff i Stockholm.",
            "Hittills har bara ett fåtal hundra personer om året sökt det gamla bidraget på 10 000 kronor. Kritiker menar att pengarna hellre borde gå till integration. Förslaget ska nu ut på remiss till kommuner och myndigheter.",
        ],
        "extra": [
            (
                "fact",
                "Återvandringsbidraget",
                [
                    ("Nytt belopp", "350 000 kr per vuxen"),
                    ("Gäller från", "1 januari"),
                    ("Handläggs av", "Migrationsverket"),
                ],
            )
        ],
    },
    "no-familie": {
        "lang": "no",
        "title": "Strengere inntektskrav for familiegjenforening trer i kraft",
        "paras": [
            "Fra 1. mars må den som ønsker å hente ektefelle til Norge, ha hatt en inntekt på minst 350 000 kroner det siste året, opp fra dagens nivå. Kravet gjelder ikke for personer med flyktningstatus som søker innen ett år.",
            "Utlendingsdirektoratet venter at antallet søknader vil gå ned med om lag en femtedel. Organisasjoner for flyktninger mener kravet rammer lavtlønte hardest.",
            "Endringen ble vedtatt i Stortinget i desember.",
        ],
        "extra": [
            (
                "qa",
                [
                    ("Gjelder kravet for barn?", "Nei, ikke for barn under 15 år."),
                    ("Kan man klage?", "Ja, til Utlendingsnemnda."),
                ],
            )
        ],
    },
    "da-udrejse": {
        "lang": "da",
        "title": "Udrejsecenter Kærshovedgård får nye regler for meldepligt",
        "paras": [
            "Afviste asylansøgere på udrejsecenter Kærshovedgård skal fremover kun melde sig hos politiet én gang om dagen i stedet for to. Det oplyser Udlændinge- og Integrationsministeriet.",
            "Ombudsmanden havde kritiseret, at den dobbelte meldepligt gjorde det umuligt for beboerne at passe lægebesøg og skolegang for børnene. Ændringen træder i kraft den 1. september og gælder for alle centrets omkring 250 beboere.",
        ],
        "extra": [
            (
                "quote",
                "Det er en lille ændring, men den betyder meget i hverdagen.",
                "Mette Lund, Dansk Flygtningehjælp",
            )
        ],
    },
    "fi-kansalaisuus": {
        "lang": "fi",
        "title": "Kansalaisuuden asumisaikavaatimus nousee kahdeksaan vuoteen",
        "paras": [
            "Eduskunta hyväksyi tiistaina lain, jonka mukaan Suomen kansalaisuutta voi hakea vasta kahdeksan vuoden yhtäjaksoisen asumisen jälkeen. Nykyinen vaatimus on viisi vuotta.",
            "Maahanmuuttovirasto arvioi, että muutos vähentää hakemuksia ensi vuonna noin kolmanneksella. Vireillä olevat hakemukset käsitellään vanhojen sääntöjen mukaan. Oppositio arvosteli lakia siitä, että se heikentää kotoutumista.",
        ],
        "extra": [
            (
                "sub",
                "Uusi kansalaisuuskoe",
                "Hallitus valmistelee lisäksi kansalaisuuskoetta, joka otettaisiin käyttöön aikaisintaan vuonna 2027.",
            ),
            ("corr", "Korjattu 14.5. klo 10.20: laki hyväksyttiin tiistaina, ei maanantaina."),
        ],
    },
}
