"""Briefs in en, de, fr, es, it, pt: original fictional prose written for this corpus.

Block kinds: ("p", text), ("h", heading), ("ul", [items]), ("quote", text, credit),
("box", heading, [items]), ("table", caption, header, rows), ("qa", [(question, answer)]).
"""

BRIEFS_A = [
    {
        "id": "en_visa_quota",
        "lang": "en",
        "title": "Harbour province doubles seasonal visa quota for fish processors",
        "blocks": [
            (
                "p",
                "The provincial government of Eastmere said on Tuesday it would double the number of seasonal work visas available to fish-processing plants next spring, after three plants along the northern coast reported that they could not staff their night shifts.",
            ),
            (
                "p",
                "Under the new rules, employers will be able to apply for the visas from January, rather than waiting until March, and workers who held a permit last year will be allowed to return without a fresh labour-market test.",
            ),
            ("p", "The changes come with conditions. Employers must:"),
            (
                "ul",
                [
                    "provide housing that passes a municipal inspection before arrival",
                    "pay travel costs in both directions",
                    "register every worker with the regional health office within ten days",
                ],
            ),
            (
                "p",
                "Union representatives welcomed the extra places but said inspections had been too rare in previous seasons to make the housing rule meaningful.",
            ),
        ],
    },
    {
        "id": "en_court_deport",
        "lang": "en",
        "title": "Appeals court halts deportation flight hours before departure",
        "blocks": [
            (
                "p",
                "An appeals court in Carrow ordered the interior ministry late on Thursday to keep 41 people on the ground, hours before a chartered deportation flight was due to leave from the city's western airfield.",
            ),
            (
                "p",
                "The judges said the ministry had not shown that each person's asylum file had been reviewed individually after a change in the country guidance issued in August.",
            ),
            (
                "quote",
                "“A list of names is not an assessment. The law asks for one decision per person, and that is what we did not see today.”",
                "— Judge Miriam Oduya, presiding",
            ),
            (
                "p",
                "The ministry said it would comply and review the files within a fortnight. Lawyers for the group said several of them had lived in the country for more than a decade.",
            ),
        ],
    },
    {
        "id": "en_library_hours",
        "lang": "en",
        "title": "Library branches to open on Sundays from next month",
        "blocks": [
            (
                "p",
                "Four branches of the Kelsey city library will open on Sunday afternoons from the first weekend of next month, the council's culture committee decided on Monday, ending a ban on weekend opening that dated from budget cuts in the last decade.",
            ),
            (
                "p",
                "The pilot will run for six months. Staff who work the extra shifts will receive a weekend supplement, and the committee set aside money for two additional part-time posts.",
            ),
            (
                "p",
                "Library users had collected more than 5,000 signatures for longer hours, arguing that students and shift workers could not reach the branches during the week.",
            ),
        ],
    },
    {
        "id": "de_einbuergerung",
        "lang": "de",
        "title": "Landkreis verkürzt Wartezeit auf Einbürgerungstermine",
        "blocks": [
            (
                "p",
                "Der Landkreis Hohenfeld will die Wartezeit auf einen Termin bei der Einbürgerungsbehörde von derzeit rund vierzehn Monaten auf unter sechs Monate senken. Das kündigte Landrätin Petra Wendling am Mittwoch im Kreistag an.",
            ),
            ("h", "Mehr Personal und digitale Anträge"),
            (
                "p",
                "Dafür sollen acht zusätzliche Sachbearbeiterinnen und Sachbearbeiter eingestellt werden. Anträge können künftig vollständig online gestellt werden; Unterlagen müssen nur noch beim Abschlusstermin im Original vorgelegt werden.",
            ),
            ("h", "Kritik an fehlender Beratung"),
            (
                "p",
                "Der Integrationsbeirat begrüßte die Pläne, forderte aber zusätzlich eine unabhängige Beratungsstelle. Viele Antragstellende scheiterten nicht an den Voraussetzungen, sondern an unvollständigen Unterlagen.",
            ),
        ],
    },
    {
        "id": "de_grenze_kontrolle",
        "lang": "de",
        "title": "Grenzkontrollen an zwei Übergängen werden verlängert",
        "blocks": [
            (
                "p",
                "Die Kontrollen an den Grenzübergängen Steinau und Kirchwald bleiben bis Ende März bestehen. Das Innenministerium begründete die Verlängerung mit einer gestiegenen Zahl unerlaubter Einreisen im Herbst.",
            ),
            (
                "p",
                "Pendlerinnen und Pendler klagen seit Wochen über Staus von bis zu einer Stunde am Morgen. Die Handelskammer der Grenzregion spricht von spürbaren Einbußen für Betriebe, die auf Beschäftigte aus dem Nachbarland angewiesen sind.",
            ),
            (
                "p",
                "Ein Sprecher der Bundespolizei sagte, man prüfe eine eigene Spur für registrierte Berufspendler. Eine Entscheidung darüber solle noch vor Weihnachten fallen.",
            ),
        ],
    },
    {
        "id": "fr_asile_hebergement",
        "lang": "fr",
        "title": "Hébergement des demandeurs d'asile : la préfecture ouvre un centre provisoire",
        "blocks": [
            (
                "p",
                "La préfecture de Valmont a annoncé lundi l'ouverture d'un centre d'hébergement provisoire de 120 places destiné aux demandeurs d'asile, dans un ancien bâtiment de la gendarmerie situé en périphérie de la ville.",
            ),
            (
                "p",
                "Le centre doit accueillir ses premiers résidents d'ici la fin du mois. Il restera ouvert au moins jusqu'à l'été, le temps que des logements diffus soient trouvés dans les communes voisines.",
            ),
            (
                "box",
                "Ce qu'il faut savoir",
                [
                    "120 places, dont 40 réservées aux familles",
                    "Gestion confiée à une association locale",
                    "Ouverture prévue le 28 du mois",
                ],
            ),
            (
                "p",
                "Plusieurs riverains ont demandé une réunion publique. Le maire s'est dit favorable au projet à condition qu'un transport scolaire soit organisé pour les enfants.",
            ),
        ],
    },
    {
        "id": "fr_marche_couvert",
        "lang": "fr",
        "title": "Le marché couvert rouvrira au printemps après deux ans de travaux",
        "blocks": [
            (
                "p",
                "Fermé depuis deux ans pour la rénovation de sa charpente, le marché couvert de Saint-Aubrac rouvrira ses portes au mois d'avril, a confirmé la municipalité vendredi.",
            ),
            (
                "p",
                "Trente-deux étals seront proposés aux commerçants, contre vingt-six auparavant. Les loyers resteront inchangés pendant la première année afin de faciliter le retour des anciens occupants.",
            ),
            (
                "p",
                "Le chantier a coûté près de quatre millions d'euros, dont un tiers financé par la région. Une fête d'inauguration est prévue le premier samedi d'avril.",
            ),
        ],
    },
    {
        "id": "es_regularizacion",
        "lang": "es",
        "title": "El Gobierno regional amplía el plazo de regularización para trabajadores agrícolas",
        "blocks": [
            (
                "p",
                "El Gobierno de la comunidad de Serranía amplió este jueves en tres meses el plazo para que los trabajadores agrícolas extranjeros en situación irregular soliciten un permiso de residencia por arraigo laboral.",
            ),
            (
                "p",
                "La consejera de Empleo, Lucía Ferrán, explicó que la ampliación responde a los retrasos en la emisión de certificados de empadronamiento en varios municipios pequeños.",
            ),
            ("h", "Preguntas y respuestas"),
            (
                "qa",
                [
                    (
                        "¿Quién puede solicitarlo?",
                        "Personas que acrediten al menos dos años de residencia y una oferta de empleo de un año.",
                    ),
                    (
                        "¿Hasta cuándo hay plazo?",
                        "Hasta el 30 de junio, en lugar del 31 de marzo previsto inicialmente.",
                    ),
                ],
            ),
            (
                "p",
                "Las organizaciones agrarias calculan que unas 6.000 personas podrían beneficiarse de la medida.",
            ),
        ],
    },
    {
        "id": "es_frontera_sur",
        "lang": "es",
        "title": "Salvamento rescata a 63 personas de una embarcación a la deriva",
        "blocks": [
            (
                "p",
                "Salvamento Marítimo rescató en la madrugada del domingo a 63 personas que viajaban en una embarcación neumática a la deriva a unas 40 millas de la costa de Puerto Alto, según informó el servicio de emergencias.",
            ),
            (
                "p",
                "Entre los rescatados había once menores y dos mujeres embarazadas, que fueron trasladadas al hospital comarcal para una revisión. El resto quedó a disposición de la Policía Nacional en el puerto.",
            ),
            (
                "p",
                "Es la cuarta embarcación que llega a esta zona en lo que va de semana. La delegación del Gobierno pidió más plazas en los centros de acogida temporal de la provincia.",
            ),
        ],
    },
    {
        "id": "it_permessi_studio",
        "lang": "it",
        "title": "Permessi di studio, la questura apre uno sportello dedicato agli universitari",
        "blocks": [
            (
                "p",
                "La questura di Montebruno ha aperto uno sportello riservato agli studenti universitari stranieri che devono rinnovare il permesso di soggiorno per motivi di studio. Lo sportello riceverà su appuntamento due pomeriggi alla settimana.",
            ),
            (
                "p",
                "Secondo l'ateneo, l'anno scorso oltre trecento studenti hanno atteso più di otto mesi per il rinnovo, con difficoltà per affittare casa e aprire un conto corrente.",
            ),
            (
                "quote",
                "«Chi studia qui deve potersi occupare degli esami, non delle code.»",
                "— Rettrice Carla Benedetti",
            ),
            (
                "p",
                "Le prenotazioni si effettuano tramite il portale dell'università a partire da lunedì prossimo.",
            ),
        ],
    },
    {
        "id": "it_sbarchi_hotspot",
        "lang": "it",
        "title": "Hotspot sovraffollato, trasferiti duecento migranti in altre regioni",
        "blocks": [
            (
                "p",
                "Duecento persone ospitate nell'hotspot di Capo Serino sono state trasferite nella notte verso centri di accoglienza di altre regioni, dopo che la struttura aveva raggiunto il triplo della capienza prevista.",
            ),
            (
                "p",
                "Il prefetto ha spiegato che i trasferimenti proseguiranno nei prossimi giorni con navi e pullman. Nelle ultime quarantotto ore sono arrivate sull'isola oltre novecento persone.",
            ),
            (
                "p",
                "Il sindaco ha chiesto un presidio sanitario permanente e un piano nazionale che non lasci il territorio solo a ogni ondata di arrivi.",
            ),
        ],
    },
    {
        "id": "pt_vistos_trabalho",
        "lang": "pt",
        "title": "Consulados passam a emitir vistos de procura de trabalho em 30 dias",
        "blocks": [
            (
                "p",
                "O Governo anunciou esta segunda-feira que os consulados passarão a decidir os pedidos de visto para procura de trabalho num prazo máximo de 30 dias, contra os atuais três a cinco meses.",
            ),
            (
                "p",
                "A medida abrange para já sete consulados com maior volume de pedidos. Os números do último ano mostram a dimensão do atraso:",
            ),
            (
                "table",
                "Pedidos de visto de procura de trabalho",
                ["Indicador", "Ano passado"],
                [
                    ["Pedidos recebidos", "18 240"],
                    ["Pedidos decididos", "9 615"],
                    ["Prazo médio em dias", "112"],
                ],
            ),
            (
                "p",
                "As associações de imigrantes consideram a meta ambiciosa e pedem que o reforço de funcionários seja publicado antes da entrada em vigor.",
            ),
        ],
    },
    {
        "id": "pt_ponte_obras",
        "lang": "pt",
        "title": "Obras na ponte velha condicionam trânsito durante quatro meses",
        "blocks": [
            (
                "p",
                "A ponte velha de Vila Serrana vai ter apenas uma faixa aberta ao trânsito a partir de dia 15, durante quatro meses, para obras de reforço dos pilares, informou a câmara municipal.",
            ),
            (
                "p",
                "Os autocarros urbanos serão desviados pela variante norte e os peões continuarão a poder atravessar pelo passeio do lado nascente.",
            ),
            (
                "p",
                "A autarquia recomenda aos condutores que evitem a zona entre as 7h30 e as 9h30, quando o tráfego é mais intenso.",
            ),
        ],
    },
]
