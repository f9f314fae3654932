"""Fictional short briefs for briefs_blind12 (part A), hand-written for this corpus.

Each brief: story key, title, 2-4 paragraphs, and one structure of its own (see make_pages.py).
"""

from __future__ import annotations

BRIEFS_A: dict[str, dict] = {
    "en": {
        "story": "nurse-visa",
        "title": "Fast-track visas for overseas nurses to start in March",
        "paras": [
            "Hospitals in the region will be able to sponsor overseas nurses under a new fast-track work visa from March, the health board confirmed on Tuesday.",
            "Applicants who already hold a registration with the nursing council will receive a decision within three weeks instead of the current four months, and their partners will be allowed to work from the day they arrive.",
            "Unions welcomed the change but warned that the scheme would not solve staff shortages unless housing for new arrivals was also found.",
        ],
        "struct": (
            "quote",
            "“We have wards that cannot open because nobody is there to staff them,” said the board’s chief nurse, Margaret Oyelaran.",
            "— Margaret Oyelaran, chief nurse",
        ),
    },
    "es": {
        "story": "menores-acogida",
        "title": "Canarias abre dos nuevos centros para menores migrantes no acompañados",
        "paras": [
            "El Gobierno de Canarias abrirá este mes dos centros de acogida para menores migrantes no acompañados en Gran Canaria y Fuerteventura, con capacidad para 180 plazas en total.",
            "La consejería explicó que los centros actuales superan desde el verano el doble de su ocupación prevista y que varios menores duermen en instalaciones deportivas adaptadas.",
            "Las organizaciones de infancia pidieron que el traslado a otras comunidades autónomas se haga con intérpretes y con un seguimiento individual de cada caso.",
        ],
        "struct": (
            "table",
            [
                ("Gran Canaria", "110 plazas"),
                ("Fuerteventura", "70 plazas"),
                ("Apertura prevista", "22 de diciembre"),
            ],
        ),
    },
    "fr": {
        "story": "expulsions-vol",
        "title": "Un vol groupé de reconduite vers la Géorgie parti de Lyon",
        "paras": [
            "Trente-deux ressortissants géorgiens en situation irrégulière ont été reconduits jeudi dans leur pays à bord d’un vol affrété depuis l’aéroport de Lyon-Saint-Exupéry, a indiqué la préfecture du Rhône.",
            "Selon les associations présentes au centre de rétention, plusieurs d’entre eux avaient déposé un recours qui n’avait pas encore été examiné par le tribunal administratif.",
            "La préfecture assure que toutes les procédures ont été respectées et que les personnes concernées avaient reçu une obligation de quitter le territoire.",
        ],
        "struct": (
            "update",
            "Mise à jour, 18 h 40 : la préfecture précise que deux personnes ont finalement été retirées de la liste avant l’embarquement.",
        ),
    },
    "de": {
        "story": "einbuergerung-feier",
        "title": "Stadt lädt 240 Neubürger zur ersten großen Einbürgerungsfeier",
        "paras": [
            "Zum ersten Mal feiert die Stadt ihre neu eingebürgerten Bürgerinnen und Bürger mit einem gemeinsamen Festakt im Rathaus. Eingeladen sind alle 240 Menschen, die seit dem Sommer ihre Urkunde erhalten haben.",
            "Die Ausländerbehörde hatte im vergangenen Jahr wegen der Reform des Staatsangehörigkeitsrechts fast doppelt so viele Anträge bearbeitet wie zuvor. Die meisten Neubürger stammen aus Syrien, der Türkei und der Ukraine.",
            "Oberbürgermeisterin Katrin Sommer will jede Urkunde persönlich überreichen.",
        ],
        "struct": (
            "list",
            "Beim Festakt am Samstag vorgesehen sind:",
            [
                "eine Ansprache der Oberbürgermeisterin",
                "Musik der städtischen Musikschule",
                "ein Empfang im Foyer mit Gästen aus den Vereinen",
            ],
        ),
    },
    "it": {
        "story": "decreto-flussi",
        "title": "Decreto flussi, a Bergamo 3.400 domande nel primo giorno",
        "paras": [
            "BERGAMO – Sono state 3.400 le domande di nulla osta per lavoratori stranieri presentate nel primo giorno utile del decreto flussi dalle aziende della provincia, secondo i dati della prefettura.",
            "La maggior parte delle richieste riguarda l’edilizia, la logistica e l’assistenza familiare. Le associazioni di categoria lamentano che le quote assegnate coprono meno della metà del fabbisogno dichiarato.",
            "I datori di lavoro avranno tempo fino a fine mese per completare la documentazione richiesta.",
        ],
        "struct": ("dateline", "BERGAMO –"),
    },
    "pt": {
        "story": "aima-atendimento",
        "title": "AIMA alarga horário de atendimento para regularizar imigrantes",
        "paras": [
            "A Agência para a Integração, Migrações e Asilo vai abrir os balcões de Lisboa, Porto e Faro também aos sábados, a partir de janeiro, para reduzir os processos de autorização de residência pendentes.",
            "Segundo a agência, há ainda mais de cem mil pedidos por decidir, muitos deles apresentados ao abrigo do antigo regime de manifestação de interesse.",
            "Os atendimentos continuam a exigir marcação prévia através do portal da agência.",
        ],
        "struct": (
            "qa",
            [
                (
                    "Quem pode marcar ao sábado?",
                    "Todos os requerentes com processo pendente e notificação da agência.",
                ),
                (
                    "É preciso levar documentos originais?",
                    "Sim, passaporte e comprovativo de morada.",
                ),
            ],
        ),
    },
    "nl": {
        "story": "brug-dicht",
        "title": "Spoorbrug over de IJssel drie weekenden dicht voor onderhoud",
        "paras": [
            "De spoorbrug tussen Zutphen en Deventer gaat in januari drie weekenden dicht voor groot onderhoud. ProRail vervangt dan de rails en een deel van de dwarsliggers op de brug.",
            "Reizigers tussen beide steden moeten rekening houden met bussen in plaats van treinen en een reistijd die ongeveer een halfuur langer is dan normaal.",
            "Fietsers en voetgangers kunnen het pad naast de spoorbrug wel gewoon blijven gebruiken.",
        ],
        "struct": (
            "next",
            "Na de werkzaamheden mogen treinen op de brug weer 80 kilometer per uur rijden.",
        ),
    },
    "pl": {
        "story": "karta-pobytu-kolejki",
        "title": "Wojewoda zatrudnia 40 urzędników do spraw kart pobytu",
        "paras": [
            "Urząd wojewódzki w Krakowie zatrudni do końca roku 40 nowych pracowników, którzy zajmą się wyłącznie wnioskami cudzoziemców o zezwolenie na pobyt czasowy.",
            "Obecnie na decyzję czeka się w Małopolsce średnio czternaście miesięcy. Wielu wnioskodawców nie może w tym czasie wyjechać za granicę ani zmienić pracodawcy bez utraty statusu.",
            "Urząd zapowiada, że w pierwszej kolejności rozpatrzy sprawy złożone przed 2024 rokiem.",
        ],
        "struct": ("subhead", "Więcej stanowisk obsługi"),
    },
    "ru": {
        "story": "patent-ekzamen",
        "title": "Мигрантов обяжут сдавать экзамен по русскому языку в новых центрах",
        "paras": [
            "С февраля иностранные граждане, оформляющие патент на работу в области, будут сдавать экзамен по русскому языку только в трёх государственных центрах тестирования.",
            "Как пояснили в управлении по вопросам миграции, частные площадки лишены права принимать экзамен после проверки, выявившей массовую продажу сертификатов.",
            "Для тех, кто уже записан на тестирование в январе, прежние правила сохранятся.",
        ],
        "struct": (
            "table",
            [
                ("Центр на Садовой", "пн–пт, 9:00–18:00"),
                ("Центр в Заречье", "вт–сб, 10:00–19:00"),
                ("Центр в Северном", "пн–чт, 8:00–16:00"),
            ],
        ),
    },
    "uk": {
        "story": "povernennia-ukraintsiv",
        "title": "У Львові відкрили консультаційний пункт для тих, хто повертається з-за кордону",
        "paras": [
            "У Центрі надання адміністративних послуг Львова запрацював окремий пункт для українців, які повертаються додому після кількох років за кордоном.",
            "Там допомагають відновити документи, переоформити соціальні виплати та знайти місце в школі чи садочку для дітей, які навчалися в іноземних закладах.",
            "Пункт працює щодня, крім неділі, без попереднього запису.",
        ],
        "struct": (
            "quote",
            "«Люди повертаються з дітьми, і перше питання завжди про школу», — розповіла координаторка пункту Оксана Дмитрук.",
            "Оксана Дмитрук, координаторка",
        ),
    },
    "ar": {
        "story": "tasheerat-hudud",
        "title": "تمديد ساعات العمل في معبر حدودي لتخفيف الازدحام",
        "paras": [
            "أعلنت هيئة المنافذ الحدودية تمديد ساعات العمل في المعبر الشمالي حتى منتصف الليل طوال شهر كانون الثاني، بعد أن امتدت طوابير المسافرين لساعات خلال عطلة نهاية الأسبوع.",
            "وقالت الهيئة إنها ستفتح أربعة مسارات إضافية للعائلات وكبار السن، وستخصص موظفين لتدقيق التأشيرات الإلكترونية قبل الوصول إلى نافذة الختم.",
            "ودعت المسافرين إلى تجهيز جوازات سفرهم ووثائق الإقامة مسبقاً.",
        ],
        "struct": ("byline", "تقرير: سلمى الحداد"),
    },
    "fa": {
        "story": "tamdid-karte-amayesh",
        "title": "مهلت ثبت‌نام طرح سرشماری اتباع تا پایان دی تمدید شد",
        "paras": [
            "اداره کل امور اتباع و مهاجران خارجی استان اعلام کرد مهلت ثبت‌نام اتباعی که هنوز در طرح سرشماری شرکت نکرده‌اند تا پایان دی‌ماه تمدید شده است.",
            "بر اساس این اطلاعیه، افرادی که برگه سرشماری دریافت کنند می‌توانند برای اشتغال در مشاغل مجاز و ثبت‌نام فرزندان در مدارس اقدام کنند.",
            "ثبت‌نام فقط در دفاتر کفالت مورد تأیید انجام می‌شود و هزینه‌ای بیش از تعرفه رسمی ندارد.",
        ],
        "struct": (
            "list",
            "مدارک لازم برای ثبت‌نام:",
            ["گذرنامه یا مدرک هویتی معتبر", "دو قطعه عکس", "اجاره‌نامه یا گواهی محل سکونت"],
        ),
    },
    "tr": {
        "story": "geri-donus-merkezi",
        "title": "Geri gönderme merkezine bağımsız denetim yapıldı",
        "paras": [
            "İnsan hakları kurumundan bir heyet, kentteki geri gönderme merkezinde habersiz bir denetim gerçekleştirdi. Heyet, merkezde kalan 310 yabancı uyrukludan 45’iyle tek tek görüştü.",
            "Raporda kapasitenin aşılmadığı ancak avukat görüşmeleri için ayrılan odanın yetersiz kaldığı, bazı kişilerin tercümana ulaşmakta zorlandığı belirtildi.",
            "Göç idaresi, önerilerin değerlendirileceğini açıkladı.",
        ],
        "struct": ("next", "Heyetin nihai raporu mart ayında yayımlanacak."),
    },
    "zh": {
        "story": "guojing-mianqian",
        "title": "过境免签外国人入境人数同比增长四成",
        "paras": [
            "记者从边检总站获悉，今年前十一个月，经本市口岸以过境免签政策入境的外国人同比增长约百分之四十，其中来自欧洲的旅客占一半以上。",
            "边检部门表示，已在机场设置过境免签专用通道，并增加多语种服务人员，平均通关时间缩短至二十分钟以内。",
            "下一步将与文旅部门合作，推出更多适合短期停留的旅游线路。",
        ],
        "struct": ("caption", "图为旅客在机场过境免签专用通道排队办理入境手续。"),
    },
}
