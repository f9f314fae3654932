"""Publisher chrome per language for long_blind14: de, it, pl, ru (keys as in chrome_a)."""

CHROME_D = {
    "de": {
        "ra": ["Lesen Sie auch:", "Auch interessant:", "MEHR ZUM THEMA"],
        "rel": ["Das könnte Sie auch interessieren", "Weitere Artikel"],
        "heads": [
            (
                "Straßenbahnlinie 4 fährt wieder durch die Innenstadt",
                "Nach sechs Monaten Bauzeit ist die Gleissanierung am Königsplatz abgeschlossen",
            ),
            (
                "Kasseler Kulturbahnhof bekommt neuen Betreiber",
                "Der Vertrag mit der bisherigen Gesellschaft läuft Ende des Jahres aus",
            ),
            (
                "Feuer in Lagerhalle in Niederzwehren",
                "Die Feuerwehr war mit 60 Einsatzkräften vor Ort",
            ),
            (
                "KSV Hessen verliert Spitzenspiel",
                "Die Löwen unterliegen vor 4.000 Zuschauern mit 0:2",
            ),
            ("Neue Parkgebühren ab Juli", "In der Innenzone kostet die Stunde künftig drei Euro"),
            (
                "Freibad Wilhelmshöhe öffnet früher",
                "Wegen des warmen Wetters beginnt die Saison schon im Mai",
            ),
        ],
        "nl": [
            "Jetzt Newsletter abonnieren",
            "Die wichtigsten Nachrichten aus Nordhessen jeden Morgen kostenlos per E-Mail.",
        ],
        "nlbtn": "Anmelden",
        "app": "Mit unserer News-App immer top informiert: jetzt kostenlos herunterladen",
        "cont": ["Weiterlesen nach der Anzeige", "Der Artikel wird unterhalb fortgesetzt"],
        "ad": ["Anzeige", "WERBUNG"],
        "soc": [
            "Dieser Beitrag auf Instagram ansehen",
            "18 Monate auf einen Termin warten, nur um Unterlagen abzugeben. Willkommen in Kassel.",
        ],
        "poll": [
            "Umfrage: Sollten Einbürgerungsanträge online möglich sein?",
            "Ja, unbedingt",
            "Nein, lieber persönlich",
            "Abstimmen",
        ],
        "vid": ["Video abspielen", "Dauer: 2:05", "Nächstes Video"],
        "tags": "Schlagwörter:",
        "share": ["Artikel teilen", "Auf Facebook teilen", "Per WhatsApp senden"],
        "bio": "Jonas Heidemeyer ist Redakteur im Lokalressort und berichtet über Stadtpolitik und Verwaltung.",
        "com": [
            "{n} Kommentare",
            "Schreiben Sie einen Kommentar",
            "Ihre E-Mail-Adresse wird nicht veröffentlicht.",
        ],
        "most": "Meistgelesen",
        "pn": ["Vorheriger Artikel", "Nächster Artikel"],
        "cookie": [
            "Wir verwenden Cookies und ähnliche Technologien, um Inhalte zu personalisieren und Zugriffe zu analysieren.",
            "Alle akzeptieren",
        ],
        "foot": [
            "Impressum",
            "Datenschutzerklärung",
            "Mediadaten und Anzeigen",
            "Kontakt zur Redaktion",
            "Privatsphäre-Einstellungen",
        ],
        "photo": ["Foto: dpa", "Symbolbild: picture alliance"],
        "bc": "Startseite › Lokales › Kassel",
    },
    "it": {
        "ra": ["Leggi anche:", "LEGGI ANCHE", "Potrebbe interessarti:"],
        "rel": ["Articoli correlati", "Ti potrebbe interessare"],
        "heads": [
            (
                "Voghera, chiude per lavori il sottopasso della stazione",
                "I pedoni dovranno usare la passerella provvisoria fino a ottobre",
            ),
            (
                "Pavia, il Ticino torna balneabile dopo due anni",
                "Le analisi dell'Arpa hanno dato esito positivo in tre punti",
            ),
            (
                "Incidente sulla provinciale 10, ferito un motociclista",
                "L'uomo è stato trasportato in elicottero al San Matteo",
            ),
            (
                "Festa del salame a Varzi, attese diecimila persone",
                "Quest'anno la sagra durerà quattro giorni",
            ),
            (
                "Sciopero dei treni venerdì sulla linea per Milano",
                "Garantite le fasce di punta del mattino e della sera",
            ),
            (
                "Nuova pista ciclabile lungo il Po",
                "Il tratto da Belgioioso a Spessa sarà pronto in primavera",
            ),
        ],
        "nl": [
            "Iscriviti alla newsletter",
            "Ogni mattina le notizie della provincia direttamente nella tua casella.",
        ],
        "nlbtn": "Iscrivimi",
        "app": "Scarica l'app de La Provincia Pavese per restare sempre aggiornato",
        "cont": ["Continua a leggere dopo la pubblicità", "L'articolo prosegue sotto"],
        "ad": ["Pubblicità", "PUBBLICITÀ"],
        "soc": [
            "Visualizza questo post su Instagram",
            "Dopo la grandine di stanotte... non resta molto da vendemmiare 😢",
        ],
        "poll": [
            "Sondaggio: lo Stato deve risarcire i viticoltori?",
            "Sì, è una calamità",
            "No, servono assicurazioni",
            "Vota",
        ],
        "vid": ["Guarda il video", "Durata 1:37", "Prossimo video"],
        "tags": "Argomenti:",
        "share": ["Condividi su Facebook", "Condividi su WhatsApp", "Invia per email"],
        "bio": "Francesca Brambilla scrive di agricoltura e territorio. Collabora con il giornale dal 2009.",
        "com": [
            "{n} commenti",
            "Lascia un commento",
            "Il tuo indirizzo email non sarà pubblicato.",
        ],
        "most": "I più letti",
        "pn": ["Articolo precedente", "Articolo successivo"],
        "cookie": [
            "Questo sito utilizza cookie tecnici e, previo tuo consenso, cookie di profilazione di terze parti.",
            "Accetta tutti",
        ],
        "foot": [
            "Note legali",
            "Informativa sulla privacy",
            "Pubblicità sul giornale",
            "Contatta la redazione",
            "Gestione dei cookie",
        ],
        "photo": ["Foto: Ansa", "Foto d'archivio"],
        "bc": "Home › Cronaca › Oltrepò",
    },
    "pl": {
        "ra": ["Czytaj także:", "ZOBACZ TEŻ:", "Przeczytaj również:"],
        "rel": ["Polecane artykuły", "Zobacz także"],
        "heads": [
            (
                "Remont placu Społecznego potrwa dłużej",
                "Tramwaje pojadą objazdem co najmniej do końca października",
            ),
            (
                "Wrocławskie zoo z nowym wybiegiem dla słoni",
                "Inwestycja kosztowała 14 milionów złotych",
            ),
            (
                "Pożar kamienicy na Nadodrzu. Ewakuowano 30 osób",
                "Strażacy gasili ogień przez trzy godziny",
            ),
            ("Śląsk Wrocław przegrywa u siebie", "Kibice wygwizdali piłkarzy po końcowym gwizdku"),
            ("Nowe strefy płatnego parkowania od maja", "Opłaty obejmą kolejne cztery osiedla"),
            (
                "Miasto kupi 20 autobusów elektrycznych",
                "Pierwsze pojazdy wyjadą na ulice w przyszłym roku",
            ),
        ],
        "nl": [
            "Zapisz się do newslettera",
            "Najważniejsze informacje z Wrocławia codziennie na Twoją skrzynkę.",
        ],
        "nlbtn": "Zapisuję się",
        "app": "Pobierz naszą aplikację i bądź na bieżąco z wiadomościami z regionu",
        "cont": ["Dalsza część artykułu pod materiałem wideo", "Artykuł jest kontynuowany poniżej"],
        "ad": ["Reklama", "REKLAMA"],
        "soc": [
            "Wyświetl ten post na Instagramie",
            "Jedenasty miesiąc czekania na decyzję. Nasi ludzie już wyjechali do Niemiec.",
        ],
        "poll": [
            "Sonda: Czy urzędy powinny zatrudnić więcej osób?",
            "Tak, natychmiast",
            "Nie, trzeba zmienić przepisy",
            "Głosuj",
        ],
        "vid": ["Odtwórz wideo", "Czas trwania: 2:20", "Następny film"],
        "tags": "Tagi:",
        "share": ["Udostępnij na Facebooku", "Udostępnij w X", "Wyślij e-mailem"],
        "bio": "Dziennikarka działu miejskiego. Zajmuje się rynkiem pracy i sprawami cudzoziemców.",
        "com": [
            "Komentarze ({n})",
            "Dodaj komentarz",
            "Twój adres e-mail nie zostanie opublikowany.",
        ],
        "most": "Najczęściej czytane",
        "pn": ["Poprzedni artykuł", "Następny artykuł"],
        "cookie": [
            "Ta strona korzysta z plików cookie w celu realizacji usług zgodnie z Polityką Prywatności.",
            "Akceptuję wszystkie",
        ],
        "foot": [
            "Regulamin serwisu",
            "Polityka prywatności",
            "Reklama w serwisie",
            "Kontakt z redakcją",
            "Ustawienia plików cookie",
        ],
        "photo": ["Fot. Shutterstock", "Fot. archiwum"],
        "bc": "Strona główna » Wiadomości » Wrocław",
    },
    "ru": {
        "ra": ["Читайте также:", "Смотрите также:", "ЧИТАЙТЕ ТАКЖЕ"],
        "rel": ["Похожие новости", "Другие материалы по теме"],
        "heads": [
            (
                "В Новосибирске закроют на ремонт Октябрьский мост",
                "Движение ограничат по ночам до конца сентября",
            ),
            (
                "Мэрия объявила конкурс на строительство новой школы",
                "Школа на 1 500 мест появится в Кировском районе",
            ),
            (
                "Пожар на складе в Ленинском районе потушили за три часа",
                "Пострадавших нет, причины выясняются",
            ),
            ("«Сибирь» проиграла в домашнем матче", "Хоккеисты уступили со счётом 1:3"),
            ("Цены на проезд в метро вырастут с января", "Стоимость поездки составит 35 рублей"),
            ("В Академгородке открыли новый парк", "На месте пустыря высадили 300 деревьев"),
        ],
        "nl": [
            "Подпишитесь на нашу рассылку",
            "Главные новости Новосибирска каждое утро на вашу почту.",
        ],
        "nlbtn": "Подписаться",
        "app": "Скачайте наше приложение и узнавайте новости первыми",
        "cont": ["Продолжение материала ниже", "Реклама. Продолжение статьи после объявления"],
        "ad": ["Реклама", "РЕКЛАМА"],
        "soc": [
            "Посмотреть эту публикацию в Instagram",
            "Третий день стоим в очереди на экзамен. Записи нет до ноября.",
        ],
        "poll": [
            "Опрос: Нужно ли пересдавать экзамен каждые пять лет?",
            "Да, так честнее",
            "Нет, это лишние траты",
            "Голосовать",
        ],
        "vid": ["Смотреть видео", "Длительность 1:44", "Следующее видео"],
        "tags": "Теги:",
        "share": ["Поделиться ВКонтакте", "Поделиться в Telegram", "Отправить в WhatsApp"],
        "bio": "Корреспондент отдела «Общество». Пишет о рынке труда и миграционной политике.",
        "com": [
            "Комментарии: {n}",
            "Оставить комментарий",
            "Ваш адрес email не будет опубликован.",
        ],
        "most": "Самое читаемое",
        "pn": ["Предыдущая новость", "Следующая новость"],
        "cookie": [
            "Мы используем файлы cookie. Продолжая пользоваться сайтом, вы соглашаетесь с политикой обработки персональных данных.",
            "Понятно",
        ],
        "foot": [
            "Правила использования материалов",
            "Политика конфиденциальности",
            "Реклама на сайте",
            "Контакты редакции",
            "Пользовательское соглашение",
        ],
        "photo": ["Фото: пресс-служба", "Фото: архив редакции"],
        "bc": "Главная / Новости / Общество",
    },
}
