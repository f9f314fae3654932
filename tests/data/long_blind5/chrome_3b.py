"""Chrome and clutter, ru no."""

CHROME_3B = {
    "ru": {
        "site": ["Заречье Онлайн", "Вести Заречной области"],
        "home": "Главная",
        "section": "Общество",
        "read_also": ["Читайте также:", "По теме:", "Читайте также"],
        "related": ["Новости по теме", "Другие новости", "Еще в разделе Общество"],
        "most_read": ["Самое читаемое", "Популярное"],
        "newsletter": [
            "Подпишитесь на нашу утреннюю рассылку: главные новости области каждый будний день.",
            "Хотите узнавать новости первыми? Включите уведомления.",
        ],
        "app": [
            "Подписывайтесь на наш телеграм-канал, чтобы первыми узнавать главные новости.",
            "Читайте нас в «Дзене» и ВКонтакте.",
        ],
        "paywall": [
            "Материал доступен только по подписке. Оформите подписку за 1 рубль.",
            "Чтобы дочитать статью, войдите или зарегистрируйтесь.",
        ],
        "photo": ["Фото: {who}", "Фото {who}"],
        "who": ["Андрей Белов", "пресс-служба правительства области"],
        "video": ["Видео загружается...", "Следующее видео через 5 секунд", "Сейчас в эфире"],
        "upnext": ["Следующее видео", "Смотрите также"],
        "gallery": ["Фотогалерея:", "Фоторепортаж:"],
        "share": ["Поделиться", "Поделиться ВКонтакте"],
        "comments": ["Комментарии: {n}", "{n} комментариев"],
        "comment": "А кто будет работать на стройках за такие деньги, если все уедут к соседям?",
        "cookie": [
            "Мы используем файлы cookie, чтобы сайт работал лучше. Продолжая пользоваться сайтом, вы соглашаетесь с этим.",
            "Сайт использует cookie и сервисы аналитики. Подробнее",
        ],
        "accept": ["Понятно", "Принять"],
        "bio": "{name} – корреспондент отдела «Общество», пишет о миграции и рынке труда с 2014 года.",
        "more_from": ["Другие материалы автора", "Все статьи: {name}"],
        "tags": ["Теги:", "Темы:"],
        "tagwords": ["мигранты", "патент", "законодательное собрание"],
        "ad": ["Реклама", "РЕКЛАМА"],
        "now": ["Вы читаете:", "Сейчас читают:"],
        "listen": ["Прослушать статью", "Слушать (4 мин)"],
        "sponsored": ["На правах рекламы", "Партнерский материал"],
        "sponsored_item": "Жители области массово переходят на новый тариф. Вот почему",
        "next": ["Следующая новость", "Читать далее"],
        "hover": ["Профиль", "Подписаться"],
        "headlines": [
            (
                "На трассе Р-255 из-за гололеда столкнулись пять машин",
                "Движение в сторону областного центра было затруднено почти три часа.",
            ),
            (
                "«Заречье» обыграло лидера и поднялось на третье место",
                "Победный гол хозяева забили на последней минуте основного времени.",
            ),
            (
                "Синоптики обещают морозы до минус 30 градусов",
                "Похолодание придет в область в ночь на субботу и продержится неделю.",
            ),
            (
                "Цены на вторичное жилье выросли на 14% за год",
                "Дороже всего подорожали однокомнатные квартиры в новых микрорайонах.",
            ),
            (
                "Полицейские задержали телефонных мошенников",
                "Злоумышленники выманили у пенсионеров более трех миллионов рублей.",
            ),
            (
                "На главной площади открылся ледовый городок",
                "Горки и скульптуры будут работать до конца января.",
            ),
            (
                "В областной больнице открыли новый корпус",
                "В нем разместятся хирургия и реанимация на 180 коек.",
            ),
            (
                "Депутаты утвердили бюджет на три года",
                "Больше всего средств направят на ремонт школ и дорог.",
            ),
        ],
    },
    "no": {
        "site": ["Fjordvik Avis", "Kyst-Posten"],
        "home": "Forsiden",
        "section": "Nyheter",
        "read_also": ["Les også:", "LES OGSÅ:", "Les mer:"],
        "related": ["Mer fra Nyheter", "Flere saker", "Siste nytt"],
        "most_read": ["Mest lest", "Mest lest i dag"],
        "newsletter": [
            "Få de viktigste nyhetene fra Fjordvik rett i innboksen: meld deg på nyhetsbrevet vårt.",
            "Ikke gå glipp av noe – slå på varsler for siste nytt.",
        ],
        "app": [
            "Last ned appen til Fjordvik Avis og få varsler om de viktigste sakene.",
            "Følg oss på Facebook og Instagram for flere lokale nyheter.",
        ],
        "paywall": [
            "Denne saken er for abonnenter. Prøv en måned for 1 krone.",
            "Du må være abonnent for å lese resten av saken. Logg inn",
        ],
        "photo": ["Foto: {who}", "FOTO: {who}"],
        "who": ["Kari Eide", "NTB"],
        "video": ["Videoen lastes inn ...", "Neste video starter om 5 sekunder", "Spilles nå"],
        "upnext": ["Neste video", "Flere videoer"],
        "gallery": ["Bildeserie:", "Se bildene:"],
        "share": ["Del saken", "Del på Facebook"],
        "comments": ["{n} kommentarer", "Kommentarer ({n})"],
        "comment": "Bra vedtak. Men boligene må komme på plass før folk kommer, ikke etterpå.",
        "cookie": [
            "Vi bruker informasjonskapsler for å gi deg en bedre opplevelse og for å vise relevant annonsering.",
            "Ved å bruke nettstedet godtar du bruk av informasjonskapsler.",
        ],
        "accept": ["Godta alle", "OK"],
        "bio": "{name} er journalist i Fjordvik Avis og dekker kommunepolitikk og integrering.",
        "more_from": ["Flere saker av {name}", "Mer fra journalisten"],
        "tags": ["Emner", "Tema"],
        "tagwords": ["bosetting", "kommunestyret", "integrering"],
        "ad": ["Annonse", "ANNONSE"],
        "now": ["Du leser nå:", "Leser nå:"],
        "listen": ["Lytt til saken", "Hør artikkelen (4 min)"],
        "sponsored": ["Annonsørinnhold", "Sponset"],
        "sponsored_item": "Slik sparer du tusenvis av kroner på strømregningen i vinter",
        "next": ["Neste sak", "Les neste"],
        "hover": ["Se profil", "Følg"],
        "headlines": [
            (
                "Glatte veier: Trailer sperret E6 i to timer",
                "Vegtrafikksentralen ber bilistene kjøre forsiktig over fjellet i kveld.",
            ),
            (
                "Fjordvik IL sikret opprykk etter dramatisk finale",
                "Kapteinen scoret vinnermålet på straffe i siste minutt.",
            ),
            (
                "Meteorologene varsler storm langs kysten",
                "Det er sendt ut oransje farevarsel for kyststrøkene fra torsdag kveld.",
            ),
            (
                "Boligprisene i Fjordvik har steget med ti prosent",
                "Eneboliger i sentrum selges nå ofte over prisantydning.",
            ),
            (
                "Mann siktet for innbrudd i flere hytter",
                "Politiet fant tyvegods for flere hundre tusen kroner i en garasje.",
            ),
            (
                "Julegateåpning med fakkeltog og korsang",
                "Flere tusen var møtt fram da lysene ble tent i sentrum fredag.",
            ),
            (
                "Legevakten får nye lokaler ved sykehuset",
                "Flyttingen skal være ferdig før påske, opplyser kommunen.",
            ),
            (
                "Ny fergerute til øyene fra nyttår",
                "Ruten får tre daglige avganger og nytt elektrisk fartøy.",
            ),
        ],
    },
}
