"""Briefs 1-13 (hand-written for briefs_blind9; fictional)."""

BRIEFS1 = [
    {
        "lang": "en",
        "story": "ferry-permits",
        "title": "Island council backs fast-track permits for ferry crews from abroad",
        "paras": [
            "The Kestrel Isles council voted on Tuesday to ask the Home Office for a fast-track work route for foreign ferry crews, after two winter sailings were cancelled for lack of qualified deckhands.",
            "Operators say a permit now takes up to eleven weeks, while a seasonal contract lasts only six months. The council wants the wait cut to three weeks for crews holding recognised maritime certificates.",
            "Unions said they would support the request only if the new permits carried the same pay floor as local contracts.",
        ],
        "extra": (
            "list",
            "The request names three conditions:",
            [
                "a maritime certificate recognised by the flag state",
                "a signed contract of at least four months",
                "housing provided by the operator",
            ],
        ),
    },
    {
        "lang": "de",
        "story": "pflegeschule",
        "title": "Pflegeschule in Lindenau nimmt erstmals Klasse aus Vietnam auf",
        "paras": [
            "Die Berufsfachschule für Pflege in Lindenau hat zum Wintersemester 22 Auszubildende aus Vietnam aufgenommen. Ihre Visa wurden nach Angaben des Landkreises in weniger als acht Wochen erteilt.",
            "Die Ausländerbehörde hatte dafür einen eigenen Sachbearbeiter abgestellt und die Unterlagen gebündelt vom Träger entgegengenommen. Bisher dauerten vergleichbare Verfahren oft ein halbes Jahr.",
            "Der Träger will das Modell im kommenden Jahr auf zwei weitere Schulen im Kreis ausweiten.",
        ],
        "extra": (
            "quote",
            "Wir haben gezeigt, dass es schneller geht, wenn alle an einem Tisch sitzen.",
            "Schulleiterin Marion Feldkamp",
        ),
    },
    {
        "lang": "fr",
        "story": "prefecture-rdv",
        "title": "Titres de séjour : la préfecture de Valmont rouvre ses guichets le samedi",
        "paras": [
            "La préfecture de Valmont rouvrira ses guichets des titres de séjour le samedi matin à partir du mois prochain, a annoncé mardi le secrétaire général. Plus de 4 000 dossiers attendent un rendez-vous.",
            "Les associations d'aide aux étrangers dénonçaient depuis des mois des délais de plus de cinq mois pour un simple renouvellement, qui faisaient perdre leur emploi à certains demandeurs.",
            "Six agents volontaires assureront l'accueil, avec une prime versée pour chaque samedi travaillé.",
        ],
        "extra": None,
    },
    {
        "lang": "es",
        "story": "arraigo-citas",
        "title": "Extranjería habilita 600 citas extra para solicitudes de arraigo en Almadén del Río",
        "paras": [
            "La oficina de Extranjería de Almadén del Río abrirá 600 citas adicionales en diciembre para tramitar solicitudes de arraigo, tras semanas de quejas por la falta de huecos en el sistema en línea.",
            "Las citas se asignarán por orden de registro y se atenderán en horario de tarde, de lunes a jueves. La Subdelegación del Gobierno ha reforzado la plantilla con cuatro funcionarios en prácticas.",
            "Las asociaciones de inmigrantes piden que la medida se mantenga todo el invierno.",
        ],
        "extra": ("fact", "Plazo medio actual", "71 días desde la solicitud hasta la cita"),
    },
    {
        "lang": "it",
        "story": "mediatori",
        "title": "Questura di Roccabella, arrivano i mediatori culturali allo sportello permessi",
        "paras": [
            "Da lunedì lo sportello permessi di soggiorno della questura di Roccabella avrà due mediatori culturali, che parlano arabo, bengalese e urdu. Il servizio è finanziato dalla Regione per un anno.",
            "Secondo la questura, quasi un terzo delle pratiche viene respinto al primo passaggio per documenti incompleti o moduli compilati male, spesso per difficoltà di lingua.",
            "I mediatori saranno presenti il lunedì e il giovedì mattina, senza bisogno di prenotazione.",
        ],
        "extra": None,
    },
    {
        "lang": "pt",
        "story": "aima-balcao",
        "title": "AIMA abre balcão temporário em Vila Serrana para renovar autorizações de residência",
        "paras": [
            "A Agência para a Integração, Migrações e Asilo vai abrir um balcão temporário em Vila Serrana durante oito semanas, para atender imigrantes com autorizações de residência caducadas.",
            "A câmara municipal cedeu duas salas do antigo mercado e a agência promete atender 150 pessoas por dia. O agendamento é feito por SMS, a partir do número enviado a cada requerente.",
            "Na região vivem cerca de nove mil imigrantes, a maioria a trabalhar na agricultura e na restauração.",
        ],
        "extra": (
            "sub",
            "Como marcar",
            "Quem não receber a mensagem até sexta-feira pode ligar para a linha de apoio da câmara.",
        ),
    },
    {
        "lang": "nl",
        "story": "azc-paviljoen",
        "title": "Gemeente Heerveen plaatst paviljoens voor 120 asielzoekers op oud sportpark",
        "paras": [
            "De gemeenteraad van Heerveen heeft ingestemd met tijdelijke paviljoens voor 120 asielzoekers op het voormalige sportpark De Wiek. De opvang moet in maart open gaan en blijft vijf jaar.",
            "Omwonenden krijgen een klankbordgroep die elke zes weken met het COA en de gemeente overlegt. Er komt ook een extra bushalte bij de ingang.",
            "Twee fracties stemden tegen omdat ze een kleinere locatie wilden.",
        ],
        "extra": None,
    },
    {
        "lang": "pl",
        "story": "karta-pobytu",
        "title": "Urząd wojewódzki w Stawnicy skraca kolejkę po karty pobytu",
        "paras": [
            "Urząd wojewódzki w Stawnicy zatrudnił piętnastu nowych urzędników do wydziału spraw cudzoziemców. Na decyzję w sprawie karty pobytu czeka się tam obecnie średnio czternaście miesięcy.",
            "Wojewoda zapowiedział, że do końca przyszłego roku czas oczekiwania ma spaść do sześciu miesięcy. Urząd uruchomi też elektroniczne składanie wniosków o zezwolenie na pracę.",
            "Pracodawcy z regionu od dawna alarmowali, że przez opóźnienia tracą pracowników.",
        ],
        "extra": (
            "list",
            "Nowe stanowiska obejmą:",
            [
                "dziesięć etatów w dziale decyzji",
                "trzy etaty w punkcie obsługi",
                "dwa etaty informatyków",
            ],
        ),
    },
    {
        "lang": "sv",
        "story": "sfi-kvall",
        "title": "Norrvik startar sfi på kvällstid för skiftarbetare",
        "paras": [
            "Norrviks kommun börjar i januari erbjuda svenska för invandrare på kvällar och helger. Syftet är att nå de många nyanlända som arbetar skift inom vården och på fabrikerna i hamnen.",
            "Hittills har undervisningen bara getts dagtid, och enligt kommunen avbröt nästan var fjärde elev kursen under förra året. De nya grupperna rymmer 80 elever.",
            "Anmälan görs via kommunens webbplats eller på medborgarkontoret.",
        ],
        "extra": None,
    },
    {
        "lang": "no",
        "story": "bosetting",
        "title": "Fjellstad kommune sier ja til å bosette 40 flere flyktninger",
        "paras": [
            "Kommunestyret i Fjellstad vedtok torsdag å ta imot 40 flere flyktninger neste år enn det IMDi opprinnelig ba om. Totalt skal kommunen da bosette 95 personer.",
            "Ordføreren viser til at flere bedrifter i kommunen mangler arbeidskraft, og at skolene har ledig kapasitet etter flere år med synkende elevtall.",
            "Kommunen skal leie ti nye boliger av en privat utbygger for å få plass til alle.",
        ],
        "extra": ("quote", "Vi trenger folk, og vi har plass til dem.", "Ordfører Kari Nesheim"),
    },
    {
        "lang": "da",
        "story": "greencard-job",
        "title": "Jobcenter i Østerby hjælper udenlandske ægtefæller i arbejde",
        "paras": [
            "Jobcenteret i Østerby har lanceret et forløb for udenlandske ægtefæller til medarbejdere på de store virksomheder i kommunen. Mange af dem har en uddannelse, men finder ikke arbejde.",
            "Forløbet varer tolv uger og omfatter dansk for erhverv, hjælp til CV og praktik i en lokal virksomhed. De første 25 deltagere begynder i februar.",
            "Virksomhederne betaler en del af udgifterne, fordi de mister medarbejdere, når familien ikke trives.",
        ],
        "extra": None,
    },
    {
        "lang": "fi",
        "story": "uimahalli",
        "title": "Järvelän uimahalli avautuu remontin jälkeen tammikuussa",
        "paras": [
            "Järvelän uimahalli avataan uudelleen 8. tammikuuta puolentoista vuoden remontin jälkeen. Hallissa on uusi opetusallas, laajennettu sauna-osasto ja esteetön sisäänkäynti.",
            "Remontti maksoi 9,4 miljoonaa euroa, noin miljoona euroa arvioitua enemmän. Kaupungin mukaan kustannuksia nosti vanhan putkiston kunto, joka selvisi vasta purkutöiden aikana.",
            "Ensimmäisellä viikolla uinti on kaikille kaupunkilaisille maksutonta.",
        ],
        "extra": ("fact", "Aukioloajat", "ma–pe 6–21, la–su 9–18"),
    },
    {
        "lang": "cs",
        "story": "tramvaj",
        "title": "Tramvaj do Horních Lučin pojede o rok dřív, než se čekalo",
        "paras": [
            "Nová tramvajová trať do sídliště Horní Lučiny bude hotová už příští podzim, o rok dřív, než dopravní podnik původně plánoval. Stavba pokračovala i během zimy díky mírnému počasí.",
            "Trať měří 2,7 kilometru a bude mít pět zastávek. Po jejím otevření se zruší dvě autobusové linky, které dnes sídliště obsluhují a v ranní špičce jsou přeplněné.",
            "Dopravní podnik slibuje, že tramvaje budou jezdit každých šest minut.",
        ],
        "extra": None,
    },
]
