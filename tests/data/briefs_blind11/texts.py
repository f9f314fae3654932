"""Briefs 1-14 of briefs_blind11 (hand-written, fictional; texts_b has the rest and the seed case).

Blocks: ("p", text), ("h", text),
("list", lead, [items]), ("quote", text, credit), ("table", [[cells]]), ("qa", q, a),
("caption", text), ("note", text), ("byline", text)."""

BRIEFS = [
    (
        "en",
        "hotel-contract",
        "Council to end asylum hotel contract by summer",
        [
            (
                "p",
                "The city council will stop housing asylum seekers at the Riverside Hotel by the end of June, after the Home Office agreed to move the 112 residents to smaller properties across the region.",
            ),
            (
                "quote",
                "People have waited long enough in rooms without kitchens or space for children.",
                "Deputy leader Priya Mensah",
            ),
            (
                "p",
                "Local charities said they would keep running English classes at the library for families who stay in the area, and asked for clear notice before each transfer.",
            ),
        ],
    ),
    (
        "en",
        "library-hours",
        "Central library to open on Sunday afternoons",
        [
            (
                "p",
                "The central library will open from noon to five on Sundays from next month, the first regular Sunday opening since the building was refurbished eight years ago.",
            ),
            (
                "p",
                "The extra hours will be covered by four new part-time posts funded from the culture budget, and the children's floor will host a reading hour each week.",
            ),
            (
                "p",
                "Library staff said visitor numbers on Saturdays had risen by a fifth over the last year and that the study rooms were regularly full before lunchtime.",
            ),
        ],
    ),
    (
        "es",
        "temporeros",
        "Agricultura abre una oficina para los visados de temporada",
        [
            (
                "p",
                "La delegación del Gobierno abrirá el lunes una oficina en Lepe dedicada solo a los visados de los trabajadores de temporada que llegan para la campaña de la fresa.",
            ),
            (
                "list",
                "La oficina atenderá tres tipos de trámites:",
                [
                    "renovación de autorizaciones de residencia y trabajo",
                    "cambios de empleador dentro de la campaña",
                    "citas para la huella dactilar de la tarjeta",
                ],
            ),
            (
                "p",
                "Las asociaciones agrarias calculan que este año llegarán unas 14.000 personas con contrato en origen, sobre todo de Marruecos, Senegal y Honduras.",
            ),
        ],
    ),
    (
        "fr",
        "rdv-prefecture",
        "Titres de séjour : la préfecture ouvre des rendez-vous le samedi",
        [
            (
                "p",
                "La préfecture ouvrira son guichet des étrangers deux samedis par mois à partir de mars, afin de réduire l'attente pour les renouvellements de titres de séjour.",
            ),
            (
                "qa",
                "Qui peut prendre rendez-vous ?",
                "Les personnes dont le titre expire dans les trois mois et qui ont déjà déposé leur demande en ligne.",
            ),
            (
                "qa",
                "Faut-il apporter des originaux ?",
                "Oui, le passeport, le titre actuel et un justificatif de domicile récent.",
            ),
            (
                "p",
                "Selon la préfecture, près de 9 000 dossiers étaient en attente à la fin de l'année dernière.",
            ),
        ],
    ),
    (
        "de",
        "einbuergerung",
        "Einbürgerungsamt verkürzt Wartezeit auf Termine",
        [
            (
                "p",
                "Das Einbürgerungsamt der Stadt hat die Wartezeit auf einen Beratungstermin nach eigenen Angaben von elf auf vier Monate gesenkt. Grund sind sechs zusätzliche Sachbearbeiterstellen und ein neues Online-Formular.",
            ),
            (
                "table",
                [
                    ["Jahr", "Anträge", "Einbürgerungen"],
                    ["2024", "3.120", "2.410"],
                    ["2025", "4.870", "3.650"],
                ],
            ),
            (
                "p",
                "Die meisten Antragstellenden stammen aus Syrien, der Türkei und Afghanistan. Seit der Reform des Staatsangehörigkeitsrechts ist die Zahl der Anträge deutlich gestiegen.",
            ),
        ],
    ),
    (
        "it",
        "questura",
        "La questura allunga gli orari dell'ufficio immigrazione",
        [
            (
                "p",
                "BOLOGNA – L'ufficio immigrazione della questura resterà aperto anche il martedì e il giovedì pomeriggio fino alle 17, per smaltire le pratiche di rinnovo dei permessi di soggiorno.",
            ),
            (
                "p",
                "Secondo i sindacati di polizia, le richieste arretrate sono circa seimila e molti cittadini stranieri aspettano mesi la ricevuta necessaria per lavorare o iscriversi al servizio sanitario.",
            ),
            (
                "p",
                "Le prenotazioni restano obbligatorie e si fanno sul portale della questura o tramite i patronati convenzionati.",
            ),
        ],
    ),
    (
        "pt",
        "reagrupamento",
        "AIMA reforça equipas para pedidos de reagrupamento familiar",
        [
            (
                "p",
                "A Agência para a Integração, Migrações e Asilo vai colocar mais 40 técnicos a tratar pedidos de reagrupamento familiar, que se acumulam desde o ano passado.",
            ),
            (
                "quote",
                "Há famílias separadas há mais de dois anos à espera de uma resposta.",
                "Rita Fonseca, da associação Casa do Brasil",
            ),
            (
                "p",
                "A agência promete responder primeiro aos pedidos que envolvem crianças e cônjuges de trabalhadores já com autorização de residência.",
            ),
        ],
    ),
    (
        "nl",
        "inburgering",
        "Gemeente biedt meer plekken voor inburgeringscursus",
        [
            (
                "p",
                "De gemeente breidt het aantal plekken in de inburgeringscursus uit van 300 naar 450, omdat de wachtlijst voor statushouders het afgelopen jaar sterk is gegroeid.",
            ),
            ("h", "Ook avondlessen"),
            (
                "p",
                "Voor mensen die overdag werken komen er avondlessen in twee buurthuizen. De lessen worden gegeven door de volksuniversiteit en een taalschool uit de regio.",
            ),
            (
                "p",
                "Wethouder Karin de Wit noemt de taal de belangrijkste sleutel tot werk en contact met de buren.",
            ),
        ],
    ),
    (
        "pl",
        "karta-pobytu",
        "Urząd wojewódzki zmienia zasady składania wniosków o kartę pobytu",
        [
            (
                "p",
                "Od przyszłego miesiąca cudzoziemcy złożą wniosek o kartę pobytu wyłącznie przez internet, a do urzędu przyjdą tylko po odbiór karty i na pobranie odcisków palców.",
            ),
            (
                "list",
                "Urząd podał, co trzeba przygotować:",
                [
                    "skan paszportu i aktualne zdjęcie",
                    "umowę o pracę lub zaświadczenie z uczelni",
                    "potwierdzenie opłaty skarbowej",
                ],
            ),
            (
                "p",
                "W zeszłym roku do urzędu wpłynęło ponad 40 tysięcy wniosków, najwięcej od obywateli Ukrainy, Białorusi i Indii.",
            ),
        ],
    ),
    (
        "ru",
        "patent",
        "Мигрантам продлили срок оформления патента",
        [
            (
                "p",
                "Иностранные граждане, прибывшие в регион на работу, смогут подать документы на патент в течение 45 дней вместо 30. Соответствующее решение приняли в управлении по вопросам миграции.",
            ),
            (
                "p",
                "В ведомстве объяснили, что очереди в миграционном центре выросли после сбоя электронной системы записи в январе.",
            ),
            (
                "p",
                "Штраф за опоздание с подачей документов сохранится, но будет начисляться только после окончания нового срока.",
            ),
        ],
    ),
    (
        "uk",
        "povernennia",
        "У ЦНАПі відкрили віконце для українців, які повертаються з-за кордону",
        [
            (
                "p",
                "Центр надання адміністративних послуг відкрив окреме віконце для людей, які повертаються додому після тимчасового захисту в країнах Європейського Союзу.",
            ),
            (
                "p",
                "Тут можна відновити документи, зареєструвати місце проживання та отримати консультацію щодо визнання іноземних дипломів.",
            ),
            (
                "p",
                "За перший тиждень по допомогу звернулися 86 людей, більшість із них повернулися з Польщі та Німеччини.",
            ),
        ],
    ),
    (
        "ar",
        "tasjil",
        "مفوضية اللاجئين تفتح مركز تسجيل جديدا في المدينة",
        [
            (
                "p",
                "افتتحت مفوضية الأمم المتحدة لشؤون اللاجئين مركز تسجيل جديدا في وسط المدينة لتخفيف الضغط عن المكتب الرئيسي الذي يستقبل مئات الأشخاص يوميا.",
            ),
            (
                "p",
                "ويقدم المركز خدمات تجديد بطاقات اللجوء وتحديث بيانات الأسر ومواعيد المقابلات، ويعمل من الأحد إلى الخميس من الثامنة صباحا حتى الثالثة عصرا.",
            ),
            (
                "note",
                "تحديث: أوضحت المفوضية لاحقا أن المواعيد تُحجز عبر الخط الساخن فقط وليس عبر الحضور المباشر.",
            ),
        ],
    ),
    (
        "fa",
        "kart-amayesh",
        "تمدید کارت اقامت مهاجران افغان از هفته آینده آغاز می‌شود",
        [
            (
                "p",
                "اداره کل امور اتباع و مهاجرین خارجی اعلام کرد که تمدید کارت‌های اقامت مهاجران افغان از شنبه آینده در دفاتر کفالت سراسر استان آغاز می‌شود.",
            ),
            (
                "p",
                "به گفته این اداره، دارندگان کارت باید پیش از مراجعه از طریق سامانه نوبت‌دهی وقت بگیرند و مدارک همه اعضای خانواده را همراه داشته باشند.",
            ),
            (
                "p",
                "مهلت تمدید سه ماه تعیین شده و پس از آن کارت‌های تمدیدنشده باطل خواهد شد و دارندگان آن‌ها مشمول مقررات ورود غیرمجاز می‌شوند.",
            ),
        ],
    ),
    (
        "tr",
        "ikamet",
        "Göç idaresi ikamet izni randevularını hafta sonuna da açtı",
        [
            (
                "p",
                "İl Göç İdaresi Müdürlüğü, ikamet izni başvurularındaki yoğunluk nedeniyle cumartesi günleri de randevu vermeye başladı.",
            ),
            ("caption", "Müdürlük önünde sabah saatlerinde oluşan kuyruk."),
            (
                "p",
                "Müdürlükten yapılan açıklamaya göre öğrenci ve aile ikamet izni başvuruları öncelikli olarak değerlendirilecek. Randevular e-ikamet sistemi üzerinden alınabiliyor.",
            ),
            ("p", "Geçen yıl ilde 28 bin yabancıya ikamet izni verildi."),
        ],
    ),
]
