"""Hand-written fictional briefs (part 1). extra: the brief's own structure (kind, ...)."""

from __future__ import annotations

from typing import Any

BRIEFS1: list[dict[str, Any]] = [
    {
        "lang": "en",
        "story": "sponsor-licence",
        "title": "Care homes lose sponsor licences after audit of visa paperwork",
        "paras": [
            "Eleven care providers in the Marlow Vale district have had their licences to sponsor overseas workers suspended after a Home Office audit found missing right-to-work records.",
            "About 140 carers hold visas tied to the suspended employers. They have 60 days to find a new sponsor or leave, officials said on Tuesday.",
            "The regional care association called the timetable unrealistic and asked for an extension while the files are reviewed.",
            "The Home Office said the suspensions were not a judgement on the workers themselves and that any carer who found a new sponsor would not need to leave the country first.",
        ],
        "extra": (
            "qa",
            [
                (
                    "What happens to the workers now?",
                    "They can keep working until the 60-day period ends.",
                ),
                ("Can the homes appeal?", "Yes, within 14 days of the notice."),
            ],
        ),
    },
    {
        "lang": "en",
        "story": "library-hours",
        "title": "Northgate library to open on Sundays from January",
        "paras": [
            "Northgate central library will open on Sunday afternoons from the second week of January, the borough council confirmed after a consultation that drew 2,300 replies.",
            "The extra hours will be staffed by moving two part-time posts from the mobile library service, which will drop its Thursday route.",
            "Councillors said usage of the reading room had risen by a fifth since the café reopened in the spring.",
        ],
        "extra": (
            "facts",
            "New opening hours",
            [
                ("Monday to Friday", "9am to 7pm"),
                ("Saturday", "10am to 5pm"),
                ("Sunday", "1pm to 5pm"),
            ],
        ),
    },
    {
        "lang": "de",
        "story": "einbuergerung-termine",
        "title": "Wartezeit auf Einbürgerungstermin in Kesselbach steigt auf 14 Monate",
        "paras": [
            "Wer sich in Kesselbach einbürgern lassen will, wartet inzwischen durchschnittlich 14 Monate auf einen ersten Termin bei der Ausländerbehörde. Im Vorjahr waren es noch acht Monate.",
            "Die Stadt führt den Anstieg auf die verkürzte Mindestaufenthaltsdauer zurück: Die Zahl der Anträge hat sich seit dem Frühjahr fast verdoppelt.",
            "Ab Februar sollen vier zusätzliche Sachbearbeiter eingestellt und Anträge auch digital angenommen werden.",
        ],
        "extra": (
            "list",
            "Für den Antrag braucht man:",
            [
                "einen gültigen Pass",
                "den Nachweis über Deutschkenntnisse auf Niveau B1",
                "den bestandenen Einbürgerungstest",
            ],
        ),
    },
    {
        "lang": "de",
        "story": "bezahlkarte",
        "title": "Kreistag beschließt Bezahlkarte für Asylbewerber ab April",
        "paras": [
            "Asylbewerber im Landkreis Oberhain erhalten ihre Leistungen ab April überwiegend auf eine Bezahlkarte statt in bar. Der Kreistag stimmte am Montagabend mit 38 zu 21 Stimmen dafür.",
            "Bargeld soll nur noch bis zu 50 Euro im Monat abgehoben werden können. Überweisungen ins Ausland sind mit der Karte nicht möglich.",
            "Flüchtlingsinitiativen kritisierten, dass Einkäufe auf Flohmärkten und in kleinen Läden damit schwieriger würden.",
            "Die Karte soll zunächst für ein Jahr erprobt werden. Danach will der Kreistag anhand eines Berichts der Verwaltung entscheiden, ob das Modell beibehalten wird.",
        ],
        "extra": (
            "quote",
            "Wir wollen den Verwaltungsaufwand senken, nicht die Menschen gängeln.",
            "Landrätin Birgit Asmussen",
        ),
    },
    {
        "lang": "fr",
        "story": "titres-sejour",
        "title": "Titres de séjour : la préfecture de Valmont ouvre un guichet le samedi",
        "paras": [
            "La préfecture de Valmont ouvrira un guichet consacré aux renouvellements de titres de séjour le samedi matin à partir du 10 janvier, a annoncé le préfet lundi.",
            "Plus de 3 000 personnes attendent actuellement un rendez-vous, et certaines ont perdu leur emploi faute de récépissé valide, selon les associations d'aide aux étrangers.",
            "Le guichet sera tenu par des agents volontaires, rémunérés en heures supplémentaires, pendant au moins six mois.",
        ],
        "extra": (
            "sub",
            "Des récépissés prolongés",
            "Les récépissés arrivant à échéance avant le rendez-vous seront prolongés automatiquement de trois mois.",
        ),
    },
    {
        "lang": "es",
        "story": "arraigo-formacion",
        "title": "Extranjería resuelve en Cádiz el doble de solicitudes de arraigo para la formación",
        "paras": [
            "La oficina de extranjería de Cádiz resolvió en noviembre 412 solicitudes de arraigo para la formación, el doble que en el mismo mes del año anterior.",
            "El nuevo reglamento permite a quienes llevan dos años en España obtener un permiso de residencia si se matriculan en un curso de formación profesional.",
            "Las academias de la provincia aseguran que las plazas de cursos de soldadura y cocina se agotan en pocos días.",
        ],
        "extra": (
            "facts",
            "Arraigo para la formación",
            [
                ("Estancia previa", "dos años"),
                ("Duración del permiso", "12 meses"),
                ("Prórroga", "una vez"),
            ],
        ),
    },
    {
        "lang": "it",
        "story": "decreto-flussi",
        "title": "Decreto flussi, a Treviso esaurite in un'ora le quote per i lavoratori stagionali",
        "paras": [
            "Sono bastati 58 minuti per esaurire le quote assegnate alla provincia di Treviso nel nuovo click day del decreto flussi, riservato ai lavoratori stagionali dell'agricoltura.",
            "Le associazioni di categoria parlano di almeno 1.200 domande rimaste fuori e chiedono al governo di rivedere la ripartizione tra le province.",
            "La prefettura ha spiegato che le domande non accolte resteranno valide per un'eventuale seconda finestra in primavera.",
        ],
        "extra": (
            "quote",
            "Le vigne non aspettano il click day.",
            "Marta Zanin, Coldiretti Treviso",
        ),
    },
    {
        "lang": "pt",
        "story": "manifestacao-interesse",
        "title": "AIMA abre centro de atendimento em Faro para processos pendentes",
        "paras": [
            "A Agência para a Integração, Migrações e Asilo abre na próxima segunda-feira um centro de atendimento temporário em Faro dedicado aos processos de autorização de residência pendentes.",
            "Segundo a agência, cerca de 9.000 pedidos do Algarve aguardam decisão há mais de um ano. O centro funcionará por marcação, das 8h às 20h.",
            "As associações de imigrantes pedem que as convocatórias sejam enviadas também por SMS.",
        ],
        "extra": (
            "list",
            "Os requerentes devem levar:",
            ["passaporte válido", "comprovativo de morada", "registo criminal do país de origem"],
        ),
    },
    {
        "lang": "nl",
        "story": "spreidingswet",
        "title": "Gemeente Dorenveld vangt vanaf maart 120 asielzoekers op in voormalig kantoor",
        "paras": [
            "De gemeente Dorenveld gaat vanaf maart 120 asielzoekers opvangen in een leegstaand kantoorpand aan de Stationsweg. De gemeenteraad stemde dinsdag in met het plan.",
            "Het gebouw wordt de komende weken verbouwd. De opvang is bedoeld voor vijf jaar en wordt beheerd door het COA.",
            "Omwonenden krijgen een klankbordgroep en een vast aanspreekpunt bij de gemeente.",
        ],
        "extra": (
            "qa",
            [
                ("Wie komen er wonen?", "Vooral gezinnen en alleenstaande vrouwen."),
                ("Wat kost de verbouwing?", "Ongeveer 2,4 miljoen euro, betaald door het COA."),
            ],
        ),
    },
    {
        "lang": "pl",
        "story": "wizy-studenckie",
        "title": "Konsulaty wstrzymują wizy dla studentów z części uczelni prywatnych",
        "paras": [
            "Polskie konsulaty przestały przyjmować wnioski o wizy studenckie od kandydatów zapisanych na 14 prywatnych uczelni, wobec których MSZ prowadzi kontrolę.",
            "Według resortu część z tych szkół przyjmowała cudzoziemców bez weryfikacji znajomości języka wykładowego, a wielu studentów nie pojawiało się na zajęciach.",
            "Uczelnie zapowiadają skargi do sądu administracyjnego i twierdzą, że nie otrzymały wyników kontroli.",
        ],
        "extra": (
            "sub",
            "Co z obecnymi studentami?",
            "Osoby, które już studiują, zachowują prawo pobytu do końca ważności karty.",
        ),
    },
    {
        "lang": "sv",
        "story": "arbetstillstand",
        "title": "Migrationsverket kortar handläggningen av arbetstillstånd för bärplockare",
        "paras": [
            "Migrationsverket ska i år besluta om arbetstillstånd för säsongsarbetande bärplockare inom fyra veckor, mot tidigare upp till tre månader.",
            "Myndigheten inför en förhandsgranskning av bemanningsföretagen, som nu måste visa upp avtal om lön och boende innan ansökningarna lämnas in.",
            "Fackförbundet Kommunal välkomnar kontrollen men vill att boendena också inspekteras på plats.",
        ],
        "extra": (
            "facts",
            "Arbetstillstånd för bärplockare",
            [
                ("Handläggningstid", "fyra veckor"),
                ("Minimilön", "enligt kollektivavtal"),
                ("Giltighet", "högst sex månader"),
            ],
        ),
    },
]
