"""Hand-written fictional articles for long_blind14: de, it, pl, ru (same line prefixes)."""

ARTICLES_B = [
    {
        "id": "de_einbuergerung",
        "lang": "de",
        "topic": "immigration",
        "title": "Einbürgerungsstelle in Kassel: Wartezeit auf Termin steigt auf 18 Monate",
        "byline": "Von Jonas Heidemeyer",
        "date": "17.06.2021, 06:30 Uhr",
        "tag": "Einbürgerung",
        "text": """Wer sich in Kassel einbürgern lassen will, braucht viel Geduld. Die Einbürgerungsstelle der Stadt vergibt Termine für die Antragsabgabe inzwischen erst nach durchschnittlich 18 Monaten, wie aus einer Antwort des Magistrats auf eine Anfrage der Stadtverordneten hervorgeht.
Vor zwei Jahren lag die Wartezeit noch bei fünf Monaten. Rund 2.300 Menschen stehen derzeit auf der Warteliste, die meisten von ihnen leben seit mehr als acht Jahren in Deutschland.
@ Der Wartebereich im Bürgerbüro am Obere Königsstraße, in dem seit März nur noch nach Termin bedient wird.
Die Stadt begründet die Verzögerung mit unbesetzten Stellen. Von elf Sachbearbeiterstellen sind derzeit nur sechs besetzt.
## Warum die Wartezeit so viel kostet
Für die Betroffenen ist die Verzögerung mehr als ein Ärgernis. Beratungsstellen nennen vor allem drei Folgen:
- Sprach- und Einbürgerungstests verlieren nach einiger Zeit ihre Aussagekraft und müssen teilweise wiederholt werden
- wer den Arbeitgeber wechselt, muss neue Einkommensnachweise beibringen
- Reisen in Länder, die für den bisherigen Pass ein Visum verlangen, bleiben schwierig
„Ich habe den Test mit voller Punktzahl bestanden, meine Kinder sind hier geboren, und ich warte auf einen Termin, um einen Ordner abzugeben“, sagt Emre Yıldız, der seit 14 Jahren als Elektriker in Kassel arbeitet.
Die Integrationsbeauftragte der Stadt, Miriam Sauer, räumte ein, dass die Lage „nicht zufriedenstellend“ sei. Man habe zwei Stellen neu ausgeschrieben und prüfe, ob Anträge künftig digital eingereicht werden können.
## Andere Städte sind schneller
Ein Vergleich mit Nachbarkommunen zeigt, dass es auch anders geht. In Göttingen liegt die Wartezeit bei etwa sechs Monaten, in Fulda bei vier. Beide Städte nehmen die Unterlagen vorab per Post oder über ein Online-Portal entgegen und laden erst zum Gespräch ein, wenn alles vollständig ist.
Die Fraktion der Grünen will in der nächsten Sitzung beantragen, dass Kassel dieses Verfahren übernimmt. Die CDU fordert zusätzlich eine befristete Unterstützung durch das Regierungspräsidium.
Betroffene organisieren sich inzwischen selbst: In einer Facebook-Gruppe teilen sie Fotos von Bescheiden, Tipps zu Unterlagen und Kommentare zu ihren Erfahrungen. Der Ausländerbeirat kündigte an, in seinem Newsletter und über die Stadt-App regelmäßig über den Stand der Warteliste zu informieren. Wer ihn abonnieren möchte, kann sich im Rathaus eintragen.
Der Magistrat will im September eine neue Zahl vorlegen.
Korrektur: In einer früheren Fassung hieß es, in Fulda betrage die Wartezeit zwei Monate. Richtig sind vier Monate.""",
    },
    {
        "id": "it_vendemmia",
        "lang": "it",
        "topic": "off-topic",
        "title": "Grandine ad agosto, le cantine dell'Oltrepò anticipano la vendemmia di due settimane",
        "byline": "di Francesca Brambilla",
        "date": "28 agosto 2018",
        "tag": "vendemmia",
        "text": """Le cantine dell'Oltrepò pavese hanno deciso di anticipare la vendemmia di quasi due settimane dopo la grandinata che nella notte di sabato ha colpito le colline tra Santa Maria della Versa e Canneto. Secondo il consorzio di tutela, i danni riguardano circa 900 ettari di vigneto.
I grappoli di pinot nero, destinati in gran parte alla produzione di spumante, sono i più colpiti. Gli agronomi temono che gli acini lesionati marciscano in pochi giorni se il tempo resta umido.
@ Filari di pinot nero a Montecalvo Versiggia la mattina dopo la grandinata, con le foglie strappate a terra.
La raccolta, che di solito comincia a fine agosto per le basi spumante, partirà già lunedì in molte aziende.
## Una corsa contro il tempo
Il consorzio ha indicato alle aziende le priorità per i prossimi giorni:
- raccogliere prima le vigne con più del trenta per cento di grappoli danneggiati
- separare in cantina le uve sane da quelle colpite
- segnalare i danni entro dieci giorni per la richiesta dello stato di calamità
«In quarant'anni non avevo mai visto chicchi così grandi a fine agosto. In venti minuti abbiamo perso metà del raccolto», racconta Piero Gatti, che coltiva quindici ettari a Rovescala.
Il problema ora è la manodopera. Molte squadre di raccoglitori erano attese per settembre e alcune aziende stanno cercando lavoratori nei paesi vicini.
## Cosa cambia per il vino
Gli enologi sono cauti. Un'uva raccolta in anticipo ha meno zuccheri e più acidità, caratteristiche che per lo spumante non sono necessariamente un difetto. Diverso il discorso per i rossi, come la bonarda, che hanno bisogno di maturare più a lungo.
La Regione ha annunciato un sopralluogo per mercoledì e l'assessore all'Agricoltura ha promesso di chiedere lo stato di calamità naturale al ministero.
Anche le cantine sociali si stanno organizzando. La cooperativa di Santa Maria della Versa ha deciso di tenere aperti i punti di conferimento anche la domenica e di pagare le uve danneggiate con un prezzo ridotto ma garantito, per evitare che i soci lascino i grappoli sulle piante.
Il consorzio invita i produttori a inviare foto dei filari danneggiati attraverso la sua app e a seguire gli aggiornamenti nella newsletter settimanale, alla quale ci si può iscrivere dal sito. Molti viticoltori hanno già condiviso immagini della grandine sui social, e nei commenti sono arrivate offerte di aiuto da parte di altre zone vinicole.
Nessuno, per ora, azzarda una stima dei danni in euro.
Aggiornamento delle 18: il consorzio ha precisato che gli ettari colpiti sono circa 900 e non 1.200 come indicato in un primo momento.""",
    },
    {
        "id": "pl_zezwolenia",
        "lang": "pl",
        "topic": "immigration",
        "title": "Wrocławski urząd wojewódzki nie nadąża z zezwoleniami na pracę. Firmy czekają nawet rok",
        "byline": "Agnieszka Wróblewska",
        "date": "21.03.2024, 07:15",
        "tag": "zezwolenia na pracę",
        "text": """Pracodawcy z Dolnego Śląska czekają nawet dwanaście miesięcy na wydanie zezwolenia na pracę dla cudzoziemców. Według danych Dolnośląskiego Urzędu Wojewódzkiego na rozpatrzenie czeka obecnie ponad 31 tysięcy wniosków, o jedną trzecią więcej niż przed rokiem.
Ustawowy termin na wydanie decyzji wynosi miesiąc, a w sprawach wymagających postępowania wyjaśniającego dwa miesiące. W praktyce nikt go nie dotrzymuje.
@ Kolejka przed wydziałem spraw obywatelskich i cudzoziemców przy ulicy Pięknej we Wrocławiu w poniedziałek rano.
Urząd tłumaczy opóźnienia rosnącą liczbą wniosków i odejściami pracowników, którzy przechodzą do lepiej płatnych prac w sektorze prywatnym.
## Najbardziej cierpią małe firmy
Przedsiębiorcy, z którymi rozmawialiśmy, wymieniają podobne problemy:
- pracownik z Kolumbii czy Filipin, który czeka na zezwolenie, rezygnuje i wyjeżdża do Niemiec
- firma płaci agencji pośrednictwa, choć nie wie, kiedy człowiek zacznie pracę
- nie można zaplanować zleceń, bo nie wiadomo, ilu ludzi będzie na budowie
– Zamówiłem dziesięciu spawaczy z Indii. Po jedenastu miesiącach dostałem trzy decyzje, a siedmiu ludzi już znalazło pracę gdzie indziej – mówi Tomasz Kowal, właściciel zakładu metalowego pod Oławą.
Wojewoda zapowiada zatrudnienie czterdziestu nowych urzędników i przeniesienie części spraw do delegatury w Legnicy. Pomóc ma też nowy system elektroniczny, który od czerwca ma przyjmować wszystkie wnioski.
## Związkowcy ostrzegają
Związek zawodowy pracowników urzędu twierdzi jednak, że nowi urzędnicy niewiele zmienią, jeśli wynagrodzenia pozostaną na obecnym poziomie. Średnia pensja referenta w wydziale cudzoziemców wynosi niecałe 5 tysięcy złotych brutto.
Organizacje pomagające migrantom zwracają uwagę na inny problem: cudzoziemcy, którzy już mieszkają w Polsce, często tracą legalny pobyt, zanim doczekają się decyzji, i nie mogą wyjechać do rodzin na święta.
Podobne problemy zgłaszają przedsiębiorcy z Opolszczyzny i Wielkopolski, choć tam kolejki są krótsze. Eksperci rynku pracy przypominają, że bez cudzoziemców wiele firm budowlanych i transportowych w regionie nie byłoby w stanie realizować kontraktów.
Fundacja Ukraina i stowarzyszenie Nomada prowadzą wspólny punkt porad i publikują w swoim newsletterze listę najczęstszych błędów we wnioskach. Zachęcają, by udostępniać ją znajomym, subskrybować ich kanał w aplikacji Telegram i wysyłać zdjęcia wezwań z urzędu, które pomogą przygotować odpowiedź. Komentarze pod ich wpisami pokazują, że ludzie najczęściej pytają o terminy.
Urząd zapewnia, że sytuacja poprawi się do końca roku.
Sprostowanie: w pierwotnej wersji tekstu podaliśmy, że na decyzję czeka 13 tysięcy wniosków. Prawidłowa liczba to ponad 31 tysięcy.""",
    },
    {
        "id": "ru_patent",
        "lang": "ru",
        "topic": "immigration",
        "title": "В Новосибирской области мигрантам придётся сдавать экзамен по русскому языку заново",
        "byline": "Ирина Белозёрова",
        "date": "05.09.2022 11:20",
        "tag": "трудовые мигранты",
        "text": """С октября иностранные граждане, которые оформляют или продлевают патент на работу в Новосибирской области, должны будут заново сдавать комплексный экзамен по русскому языку, истории и основам законодательства. Соответствующее решение принял региональный центр тестирования.
Ранее сертификат действовал пять лет, и большинство работников из Узбекистана, Таджикистана и Киргизии сдавали экзамен один раз. Теперь при продлении патента потребуется новый документ, если старый выдан до 2020 года.
@ Очередь у миграционного центра на улице Станционной в Новосибирске, сентябрь.
В центре тестирования объясняют изменение тем, что в прошлые годы выявили сотни поддельных сертификатов, купленных через посредников.
## Во что это обойдётся
Правозащитники и работодатели перечисляют расходы, которые лягут на мигрантов:
- стоимость экзамена — 5 400 рублей, пересдача оплачивается отдельно
- на запись и сдачу уходит от трёх до пяти рабочих дней
- пока нет сертификата, патент не продлевают и работать официально нельзя
«У меня бригада из двенадцати человек, все работают у нас по шесть-семь лет. Если половина не сдаст с первого раза, мне придётся останавливать объект», — говорит руководитель строительной фирмы Алексей Дёмин.
В областном управлении по вопросам миграции заверили, что очередей не будет: центр тестирования откроет дополнительные площадки в Бердске и Искитиме и будет работать по субботам.
## Посредники снова в деле
Эксперты опасаются, что новые требования приведут к обратному эффекту. По словам юриста Зарины Хакимовой, которая консультирует работников из Средней Азии, объявления о продаже сертификатов «без экзамена» уже появились в мессенджерах.
«Люди боятся потерять работу и готовы платить. Честно сдать экзамен для многих сложнее, чем найти знакомого, который всё сделает», — говорит она.
В региональном отделении Торгово-промышленной палаты подсчитали, что в строительстве и коммунальном хозяйстве области работают около 40 тысяч иностранцев с патентами. Если хотя бы десятая часть из них на месяц останется без документов, подрядчики не успеют закончить сезонные работы до холодов.
Диаспорные организации запустили бесплатные курсы подготовки по вечерам. Расписание публикуют в рассылке и в приложении узбекского землячества, а также просят делиться им в чатах и присылать фотографии объявлений о поддельных сертификатах. В комментариях к публикациям многие спрашивают, будет ли экзамен доступен на родном языке.
Первые пересдачи пройдут 3 октября.
Уточнение: в первоначальной версии материала стоимость экзамена была указана как 4 500 рублей. Верная сумма — 5 400 рублей.""",
    },
]
