"""Hand-written fictional stories (de, es, pt, pl, no, ru)."""

from __future__ import annotations

from pagekit import Art

ARTS: list[Art] = [
    Art(
        "de-abschiebehaft",
        "de",
        True,
        "Länder streiten über neue Plätze in der Abschiebungshaft",
        "Von Katrin Wellmer",
        "18.11.2026",
        "Das Gelände der geplanten Einrichtung am Stadtrand von Görlitz.",
        (4, "Jens Obermaier"),
        [
            "Die Innenminister der Länder haben sich auf ihrer Herbstkonferenz in Bremen nicht auf ein gemeinsames Konzept für zusätzliche Plätze in der Abschiebungshaft einigen können. Während Bayern und Sachsen eine zentrale Einrichtung an der Grenze zu Polen fordern, lehnen mehrere Länder mit grüner Regierungsbeteiligung den Plan ab.",
            "Nach Angaben des Bundesinnenministeriums gibt es derzeit bundesweit rund 780 Haftplätze für Ausreisepflichtige. Im vergangenen Jahr scheiterten nach Zahlen der Bundespolizei mehr als 18.000 geplante Rückführungen, in vielen Fällen, weil die betroffenen Personen am Tag der Abholung nicht angetroffen wurden.",
            "## Streit um die Kosten",
            "Die geplante Einrichtung bei Görlitz soll nach dem Willen der sächsischen Landesregierung 250 Plätze bieten und von mehreren Ländern gemeinsam betrieben werden. Die Baukosten werden auf 140 Millionen Euro geschätzt, hinzu kämen jährliche Betriebskosten von etwa 30 Millionen Euro.",
            "Der sächsische Innenminister Jens Obermaier sprach nach der Sitzung von einer verpassten Chance. Wer Rückführungen ernst nehme, müsse auch die Voraussetzungen dafür schaffen, sagte er vor Journalisten. Die Länder könnten sich nicht gegenseitig die Verantwortung zuschieben.",
            "Kritik kommt von Flüchtlingsorganisationen. Haft dürfe nur das letzte Mittel sein, erklärte ein Sprecher von Pro Asyl. Schon heute würden Menschen in Abschiebungshaft genommen, deren Rückführung aus rechtlichen oder praktischen Gründen gar nicht absehbar sei.",
            "„Wir sperren Menschen ein, die nichts verbrochen haben, und nennen das Ordnung“, sagte die Berliner Anwältin Miriam Castell, die seit Jahren Inhaftierte vertritt.",
            "Die Gerichte haben in den vergangenen Jahren zahlreiche Haftanordnungen aufgehoben. Nach einer Auswertung des Bundesgerichtshofs war etwa jede dritte überprüfte Anordnung rechtswidrig, meist wegen formaler Fehler in den Anträgen der Ausländerbehörden.",
            "## Was die Länder jetzt prüfen",
            "Bis zur Frühjahrskonferenz sollen drei Fragen geklärt werden:",
            "- wie viele zusätzliche Plätze tatsächlich gebraucht werden,",
            "- ob bestehende Gebäude der Bundespolizei umgebaut werden können,",
            "- wie die Kosten zwischen Bund und Ländern verteilt werden.",
            "Eine Arbeitsgruppe unter Leitung Niedersachsens soll bis März einen Bericht vorlegen. Das Bundesinnenministerium signalisierte Bereitschaft, sich an den Baukosten zu beteiligen, lehnt eine dauerhafte Übernahme der Betriebskosten aber ab.",
            "In Sachsen sitzen derzeit nach Angaben des Landesinnenministeriums rund 60 Menschen in Abschiebungshaft, die meisten in der Einrichtung in Dresden. Weil die Plätze dort regelmäßig belegt sind, müssen Ausreisepflichtige immer wieder in andere Bundesländer gebracht werden, was die Verfahren zusätzlich verzögert."
            "Auch innerhalb der Union gibt es Zweifel, ob eine Großeinrichtung das richtige Signal ist. Mehrere Landräte aus der Lausitz haben in einem Brief an die Staatsregierung vor Protesten in der Region gewarnt und eine frühzeitige Beteiligung der Anwohner verlangt."
            "Eine Entscheidung ist damit frühestens im Juni zu erwarten.",
        ],
    ),
    Art(
        "es-regularizacion",
        "es",
        True,
        "El Congreso da luz verde a la regularización extraordinaria de medio millón de migrantes",
        "Por Lucía Ferrándiz",
        "12/11/2026",
        "Una cola ante una oficina de extranjería en Madrid, el pasado lunes.",
        (5, "Ana Belén Ordóñez"),
        [
            "El Pleno del Congreso aprobó este miércoles la toma en consideración de la iniciativa legislativa popular que propone una regularización extraordinaria de las personas extranjeras que residían en España antes del 31 de diciembre de 2025. La votación salió adelante con el apoyo de todos los grupos salvo uno.",
            "La propuesta, impulsada por más de 900 organizaciones sociales y respaldada por 700.000 firmas, podría beneficiar a entre 400.000 y 500.000 personas, según las estimaciones de los promotores. La mayoría trabaja ya en sectores como la hostelería, el campo o los cuidados, pero sin contrato ni cotización.",
            "## Un texto todavía abierto",
            "La iniciativa inicia ahora su tramitación en la Comisión de Inclusión, donde los grupos podrán presentar enmiendas. Las principales dudas se refieren a los requisitos de antecedentes penales y al tiempo de residencia que habrá que acreditar mediante el empadronamiento.",
            "Fuentes del Ministerio de Inclusión señalan que el Gobierno prefiere vincular la regularización a la búsqueda activa de empleo durante el primer año. Los promotores, en cambio, reclaman un permiso inicial de residencia y trabajo sin condiciones adicionales.",
            "La portavoz de la plataforma Regularización Ya, Ana Belén Ordóñez, celebró el resultado desde la tribuna de invitados. Según explicó, muchas de estas personas llevan años pagando alquiler, enviando a sus hijos al colegio y trabajando en negro porque la ley no les deja otra opción.",
            "«Hoy el Congreso ha reconocido que estas personas ya forman parte de este país», afirmó Ordóñez.",
            "Las organizaciones empresariales del sector agrario también se han mostrado favorables. La patronal estima que en la próxima campaña de la fresa faltarán al menos 15.000 trabajadores y considera que la regularización aliviaría la presión sobre las explotaciones de Huelva.",
            "No todos comparten el entusiasmo. Varios ayuntamientos han advertido de que las oficinas de extranjería, que ya acumulan retrasos de meses para conseguir una cita, no podrán asumir cientos de miles de solicitudes sin refuerzos de personal.",
            "## Precedentes",
            "España ya llevó a cabo procesos similares en 1986, 1991, 2000 y 2005. El último, durante el Gobierno de José Luis Rodríguez Zapatero, permitió regularizar a unas 570.000 personas que acreditaron un contrato de trabajo.",
            "En los barrios madrileños de Usera y Lavapiés, muchas de las personas afectadas siguieron la votación por el móvil a la salida del trabajo. En la sede de una asociación vecinal se reunieron más de un centenar de personas para escuchar el debate, y al conocerse el resultado hubo aplausos y abrazos."
            "Los promotores recuerdan que la falta de papeles también tiene un coste para las arcas públicas. Según sus cálculos, la regularización aportaría a la Seguridad Social unos 3.500 millones de euros al año en cotizaciones, una cifra que el Ministerio no ha confirmado."
            "El Defensor del Pueblo ya había reclamado en su último informe anual una vía estable para regularizar a quienes llevan años en España, y pidió reforzar las oficinas de extranjería con al menos 1.000 funcionarios más."
            "La tramitación parlamentaria podría prolongarse hasta el verano.",
        ],
    ),
    Art(
        "pt-vistos-cplp",
        "pt",
        True,
        "Governo trava autorizações de residência CPLP e promete nova plataforma",
        "Por Miguel Sarmento",
        "05/11/2026",
        "Atendimento na sede da agência em Lisboa.",
        (3, "Teresa Valadares"),
        [
            "O Governo decidiu suspender durante três meses a emissão automática de autorizações de residência para cidadãos da Comunidade dos Países de Língua Portuguesa, enquanto prepara uma nova plataforma digital para a Agência para a Integração, Migrações e Asilo. A medida foi aprovada em Conselho de Ministros na quinta-feira.",
            "Segundo dados oficiais, estão pendentes mais de 400 mil processos de regularização, muitos deles iniciados há mais de dois anos. A maioria diz respeito a cidadãos brasileiros, cabo-verdianos e angolanos que já vivem e trabalham em Portugal.",
            "A agência reconhece que o sistema atual não aguenta o volume de pedidos. Os atendimentos presenciais estão esgotados até abril e as linhas telefónicas recebem dezenas de milhares de chamadas por dia.",
            "A ministra da Presidência, Teresa Valadares, justificou a decisão com a necessidade de verificar os registos criminais dos requerentes, que no modelo automático não eram consultados de forma sistemática. Os processos em curso não serão afetados, garantiu.",
            "## Associações falam em retrocesso",
            "As associações de imigrantes receberam a notícia com preocupação. Para a Casa do Brasil de Lisboa, a suspensão vai empurrar milhares de pessoas para a irregularidade, numa altura em que muitos contratos de arrendamento e de trabalho dependem de um título válido.",
            "«Quem está à espera há dois anos não pode esperar mais três meses sem documentos», disse uma dirigente da associação.",
            "Os advogados também apontam problemas práticos. Sem o título, os imigrantes não conseguem abrir conta bancária, renovar a carta de condução ou inscrever os filhos em algumas escolas, lembra a Ordem dos Advogados.",
            "O executivo promete que a nova plataforma permitirá:",
            "- submeter todos os documentos online,",
            "- acompanhar o estado do processo em tempo real,",
            "- marcar atendimento apenas para a recolha de dados biométricos.",
            "A oposição pediu a audição urgente da ministra no Parlamento. O PS acusa o Governo de ter criado o problema ao extinguir o antigo serviço de estrangeiros sem preparar a transição, enquanto o Chega quer acabar com o regime especial para os países lusófonos.",
            "Nas filas à porta da agência em Lisboa, a notícia foi recebida com incredulidade. Muitos dos que esperavam desde madrugada tinham vindo precisamente para tratar da autorização CPLP e só souberam da suspensão pelos jornalistas que ali se encontravam."
            "O regime de mobilidade da CPLP entrou em vigor em 2023 e permitiu que dezenas de milhares de cidadãos lusófonos obtivessem uma autorização de residência em poucas semanas, sem a necessidade de um contrato de trabalho prévio."
            "Os empresários da restauração e da construção também manifestaram inquietação. A associação do setor lembra que grande parte dos novos trabalhadores contratados nos últimos dois anos veio do Brasil e de Cabo Verde ao abrigo deste regime."
            "A nova plataforma deverá entrar em funcionamento em fevereiro.",
        ],
    ),
    Art(
        "pl-pustynia",
        "pl",
        False,
        "Suszy się Biebrza. Przyrodnicy alarmują: bagna tracą wodę szybciej niż kiedykolwiek",
        "Marta Dziedzic",
        "21.10.2026",
        "Rozlewiska Biebrzy w okolicach Goniądza we wrześniu.",
        (4, "Tomasz Wierzbicki"),
        [
            "Poziom wody w Biebrzańskim Parku Narodowym spadł tej jesieni do najniższego poziomu od początku pomiarów. Na wielu odcinkach rzeki można przejść suchą stopą, a rozlewiska, które jeszcze dziesięć lat temu zajmowały tysiące hektarów, zamieniły się w łąki porośnięte trzciną.",
            "Według danych Instytutu Meteorologii i Gospodarki Wodnej od maja do października spadło w regionie o 40 procent mniej deszczu niż średnio w ostatnich trzech dekadach. Do tego doszła wyjątkowo ciepła zima, podczas której prawie nie było śniegu.",
            "## Ptaki odlatują wcześniej",
            "Skutki widać przede wszystkim wśród ptaków wodno-błotnych. Liczba par lęgowych wodniczki, jednego z najrzadszych ptaków Europy, spadła w tym roku o jedną trzecią. Bataliony i kszyki przenoszą się na tereny położone dalej na wschód.",
            "Dyrektor parku Tomasz Wierzbicki mówi wprost, że park nie ma narzędzi, by samodzielnie zatrzymać wodę. Jego zdaniem potrzebna jest przebudowa rowów melioracyjnych wykopanych w latach 70., które do dziś odprowadzają wodę z torfowisk.",
            "Przesuszone torfowiska to także zagrożenie pożarowe. Wiosną 2020 roku ogień strawił tu ponad 5500 hektarów, a strażacy gasili go przez dwa tygodnie.",
            "„Torf, który płonie albo wysycha, oddaje do atmosfery węgiel gromadzony przez tysiące lat” – tłumaczy hydrolożka z Uniwersytetu Warszawskiego dr Alicja Mroczek.",
            "Naukowcy proponują kilka rozwiązań:",
            "- zasypanie części rowów i budowę małych zastawek,",
            "- wykup prywatnych łąk na skraju bagien,",
            "- dopłaty dla rolników, którzy zgodzą się na wyższy poziom wody.",
            "Rolnicy z okolicznych gmin są nieufni. Obawiają się, że podniesienie poziomu wód zaleje ich pastwiska i pozbawi ich dopłat. W Goniądzu na spotkaniu z przedstawicielami parku doszło do ostrej wymiany zdań.",
            "Ministerstwo Klimatu zapowiada, że na renaturyzację mokradeł w całym kraju przeznaczy w najbliższych latach ponad miliard złotych. Pierwsze projekty mają ruszyć wiosną.",
            "Jeszcze w latach 90. wiosenne wylewy Biebrzy zalewały łąki na przestrzeni kilkudziesięciu kilometrów. Dziś nawet po roztopach woda często nie wychodzi z koryta, a miejscowi przewodnicy coraz rzadziej zabierają turystów na spływy kajakowe w dolnym basenie rzeki."
            "Problem dotyczy nie tylko Biebrzy. Podobne zjawiska obserwuje się nad Narwią i w Poleskim Parku Narodowym, gdzie w ostatnich latach wyschły niektóre torfowiska przejściowe, a populacja żółwia błotnego wyraźnie się zmniejszyła."
            "Część gmin już przystąpiła do programu retencji. W gminie Rajgród w tym roku wybudowano pierwszych dwanaście zastawek, a lokalne koło łowieckie zobowiązało się do ich pilnowania."
            "Przyrodnicy podkreślają, że czasu jest niewiele.",
        ],
    ),
    Art(
        "no-asylmottak",
        "no",
        True,
        "Kommuner sier nei til nye asylmottak – UDI leter etter 4000 plasser",
        "Ingrid Haugland",
        "09.11.2026",
        "Det nedlagte hotellet på Dombås skulle bli mottak fra januar.",
        (4, "Ola Brekke"),
        [
            "Utlendingsdirektoratet trenger rundt 4000 nye mottaksplasser før sommeren, men stadig flere kommuner takker nei. Bare i oktober sa elleve kommuner i Innlandet og Trøndelag nei til forespørsler om å huse asylsøkere.",
            "Antallet asylsøkere til Norge har økt gjennom høsten, blant annet fordi flere søker beskyttelse etter å ha reist gjennom Sverige og Finland. I tillegg bor det fortsatt mange ukrainske flyktninger i mottak i påvente av bosetting.",
            "## Økonomi og tjenester",
            "Mange ordførere peker på at skole, helsestasjon og legevakt allerede er presset. Kommunene får tilskudd fra staten, men mener at pengene ikke dekker de faktiske kostnadene når barn skal ha tilrettelagt undervisning og tolk.",
            "Ordfører Ola Brekke i Dovre sier at kommunen har vært positiv til bosetting i mange år, men at et mottak med 300 plasser i en bygd med 2500 innbyggere blir for mye på én gang.",
            "– Vi sier ikke nei til flyktninger. Vi sier nei til å få alt på én gang uten at noen har spurt oss først, sier Brekke.",
            "UDI på sin side understreker at direktoratet er pålagt å finne plasser raskt, og at private driftsoperatører ofte kan tilby lokaler på kort varsel. Hoteller og tidligere sykehjem er de vanligste løsningene.",
            "Ifølge direktoratet koster en plass i et ordinært mottak i gjennomsnitt rundt 180.000 kroner i året. Akuttplasser er betydelig dyrere.",
            "Organisasjonen NOAS mener staten bør gi kommunene mer innflytelse på plassering og størrelse. Små, desentraliserte mottak gir bedre integrering og mindre motstand lokalt, mener generalsekretær Silje Aas.",
            "## Regjeringen vil endre regelverket",
            "Arbeids- og inkluderingsdepartementet sendte i forrige uke på høring et forslag som vil gjøre det enklere å opprette midlertidige mottak uten ordinær reguleringsbehandling. Høringsfristen er 15. januar.",
            "Kommunenes Sentralforbund har allerede varslet at de vil gå imot forslaget.",
            "På Dombås var det nedlagte hotellet allerede leid ut til en privat operatør, og de første beboerne skulle etter planen flytte inn etter nyttår. Kommunestyret vedtok likevel enstemmig å be UDI om å finne en annen løsning."
            "Flere av kommunene som nå sier nei, tok imot et stort antall flyktninger fra Ukraina i 2022 og 2023. Mange av dem bor fortsatt i kommunale boliger, og ordførerne viser til at det er vanskelig å skaffe flere leiligheter på kort tid."
            "Statsforvalteren i Innlandet har invitert kommunene til et møte i desember for å se på en mer jevn fordeling av mottaksplassene i fylket."
            "Rettelse: I en tidligere versjon av denne saken sto det at Dovre har 4000 innbyggere. Det riktige er 2500.",
        ],
    ),
    Art(
        "ru-patenty",
        "ru",
        True,
        "Патент для мигрантов подорожает почти вдвое: регионы подняли коэффициенты",
        "Анна Ковалёва",
        "14 ноября 2026",
        "Очередь в многофункциональный миграционный центр в Сахарове.",
        (3, "Ирины Волковой"),
        [
            "С 1 января стоимость патента на работу для иностранных граждан вырастет в большинстве регионов России. В Москве ежемесячный платёж составит почти 12 тысяч рублей, в Московской области — около 10 тысяч. Соответствующие законы уже приняли более пятидесяти региональных парламентов.",
            "Патент нужен гражданам стран, с которыми у России безвизовый режим, но которые не входят в Евразийский экономический союз. Речь прежде всего о выходцах из Узбекистана, Таджикистана и Азербайджана.",
            "## Регионы пополняют бюджеты",
            "Губернаторы объясняют повышение необходимостью компенсировать расходы на медицину и образование для мигрантов и их семей. По словам председателя комитета областной думы Ирины Волковой, доходы от патентов уже стали одной из заметных статей регионального бюджета.",
            "Эксперты, впрочем, предупреждают о побочных эффектах. Чем дороже легальная работа, тем выше соблазн работать без документов, считает демограф Высшей школы экономики Павел Сизов.",
            "«Работодатель сэкономит, мигрант сэкономит, а государство потеряет и деньги, и контроль», — сказал он.",
            "Одновременно ужесточаются и другие правила. С весны иностранцы обязаны сдавать экзамен по русскому языку в очном формате с видеофиксацией, а список оснований для выдворения был расширен.",
            "Что изменится с января:",
            "- стоимость патента вырастет в 54 регионах;",
            "- оплатить патент можно будет только через Госуслуги;",
            "- просрочка платежа даже на один день аннулирует документ.",
            "Строительные компании уже жалуются на нехватку рабочих. По данным отраслевого союза, в этом году на стройках Московского региона не хватает около 200 тысяч человек, и повышение стоимости патента может усугубить проблему.",
            "В Минтруде заявляют, что ведомство изучает возможность организованного набора работников из Центральной Азии по квотам, однако сроки запуска программы пока не определены.",
            "В прошлом году региональные бюджеты получили от продажи патентов около 150 миллиардов рублей. Больше всего — Москва и Подмосковье, где работает почти половина всех иностранцев, оформивших разрешительные документы."
            "Сами мигранты говорят, что повышение стоимости патента станет для многих ощутимым ударом. По словам работников строительных объектов, значительная часть заработка и так уходит на аренду жилья и переводы семьям на родину."
            "В Узбекистане и Таджикистане за изменениями российского законодательства следят внимательно. Власти обеих стран в последние годы развивают программы организованного трудоустройства в Южной Корее, Великобритании и странах Персидского залива."
            "Новые ставки вступят в силу 1 января.",
        ],
    ),
]
