"""Briefs in nl, pl, sv, no, tr, ru, el: original fictional prose written for this corpus.

Same block kinds as briefs_a.
"""

BRIEFS_B = [
    {
        "id": "nl_asielopvang",
        "lang": "nl",
        "title": "Gemeente opent tijdelijke asielopvang in voormalig kantoorpand",
        "blocks": [
            (
                "p",
                "De gemeente Westerhaven gaat een leegstaand kantoorpand aan de Stationslaan gebruiken voor de opvang van 150 asielzoekers. Het college maakte het besluit donderdag bekend na maanden van overleg met de buurt.",
            ),
            (
                "p",
                "De opvang wordt voor minimaal drie jaar ingericht. Omwonenden krijgen een vast aanspreekpunt en er komt een begeleidingscommissie met vertegenwoordigers uit de wijk.",
            ),
            ("p", "Wat er de komende weken gebeurt:"),
            (
                "ul",
                [
                    "het pand wordt verbouwd tot woonunits met gedeelde keukens",
                    "er komen informatieavonden in het buurthuis",
                    "de eerste bewoners komen naar verwachting in maart",
                ],
            ),
        ],
    },
    {
        "id": "nl_fietspad",
        "lang": "nl",
        "title": "Nieuw fietspad langs de dijk na jaren vertraging geopend",
        "blocks": [
            (
                "p",
                "Na bijna vijf jaar vertraging is zaterdag het fietspad langs de Zuiderdijk geopend. Het pad verbindt de dorpen Oosterwijk en Lindeveen en moet het drukke verkeer op de provinciale weg ontlasten.",
            ),
            (
                "p",
                "Het project liep vertraging op doordat tijdens de aanleg een zeldzame plantensoort werd aangetroffen. Het tracé werd daarom op twee plaatsen verlegd.",
            ),
            (
                "p",
                "De provincie verwacht dat dagelijks ruim duizend scholieren en forenzen van het pad gebruik zullen maken.",
            ),
        ],
    },
    {
        "id": "pl_karta_pobytu",
        "lang": "pl",
        "title": "Urząd wojewódzki skraca kolejki po karty pobytu",
        "blocks": [
            (
                "p",
                "Urząd wojewódzki w Borowicach uruchomił w poniedziałek dodatkowe stanowiska do składania wniosków o karty pobytu. Czas oczekiwania na wizytę ma spaść z pięciu miesięcy do sześciu tygodni.",
            ),
            ("h", "Co się zmienia"),
            (
                "p",
                "Cudzoziemcy będą mogli umawiać wizyty przez internet, a odciski palców pobierane będą także w sobotę. Urząd zatrudnił dwanaście nowych osób do rozpatrywania wniosków.",
            ),
            ("h", "Pracodawcy czekają na decyzje"),
            (
                "p",
                "Izba gospodarcza regionu zwraca uwagę, że wielu pracowników z zagranicy nie może zmienić pracodawcy, dopóki nie otrzyma decyzji. Firmy liczą, że nowe stanowiska rozładują zaległości jeszcze przed sezonem budowlanym.",
            ),
        ],
    },
    {
        "id": "pl_szkola_remont",
        "lang": "pl",
        "title": "Szkoła podstawowa wróci do budynku po remoncie dachu",
        "blocks": [
            (
                "p",
                "Uczniowie Szkoły Podstawowej nr 4 w Dębinie wrócą do swojego budynku po feriach zimowych. Od września zajęcia odbywały się w salach domu kultury, ponieważ przeciekający dach groził zawaleniem.",
            ),
            (
                "p",
                "Remont kosztował ponad dwa miliony złotych. Przy okazji wymieniono instalację elektryczną i zamontowano windę dla uczniów z niepełnosprawnościami.",
            ),
            ("p", "Dyrekcja zaprasza rodziców na dzień otwarty w ostatnią sobotę ferii."),
        ],
    },
    {
        "id": "sv_uppehallstillstand",
        "lang": "sv",
        "title": "Migrationsverket förlänger handläggningstiden för arbetstillstånd",
        "blocks": [
            (
                "p",
                "Migrationsverket meddelade på onsdagen att handläggningstiden för förlängda arbetstillstånd väntas öka till i genomsnitt tio månader under våren. Myndigheten hänvisar till ett rekordstort antal ansökningar.",
            ),
            (
                "p",
                "Arbetsgivare inom vård och restaurang varnar för att anställda riskerar att bli utan giltigt tillstånd medan ärendet prövas.",
            ),
            (
                "quote",
                "”Vi har personal som har jobbat här i sex år och som nu inte vågar åka hem på semester.”",
                "— Annika Strand, vd för ett vårdbolag i Norrvik",
            ),
            (
                "p",
                "Myndigheten säger att den anställer fler handläggare och prioriterar ärenden där tillståndet snart löper ut.",
            ),
        ],
    },
    {
        "id": "sv_farja",
        "lang": "sv",
        "title": "Färjetrafiken till Holmö ställs in i två veckor",
        "blocks": [
            (
                "p",
                "Färjan mellan fastlandet och Holmö tas ur trafik i två veckor från måndag för reparation av rampen. Under tiden ersätts den av en mindre passagerarbåt utan plats för bilar.",
            ),
            (
                "p",
                "Öborna kan parkera gratis vid färjeläget på fastlandssidan. Varutransporter till öns butik körs med pråm två gånger i veckan.",
            ),
            (
                "p",
                "Regionen beklagar besväret och lovar att ramp och färja ska vara i drift igen före påsk.",
            ),
        ],
    },
    {
        "id": "no_utvisning",
        "lang": "no",
        "title": "UNE stanser utvisning av familie etter ny vurdering",
        "blocks": [
            (
                "p",
                "Utlendingsnemnda har stanset utvisningen av en familie på fem fra Storli etter at nye opplysninger om den yngste sønnens helse ble lagt fram. Familien skulle etter planen sendes ut i neste uke.",
            ),
            (
                "p",
                "Saken har skapt engasjement i bygda, der over 2000 personer har skrevet under på et opprop.",
            ),
            (
                "box",
                "Fakta om saken",
                [
                    "Familien søkte asyl for sju år siden",
                    "Søknaden ble avslått i to instanser",
                    "Ny vurdering ventes innen tre måneder",
                ],
            ),
            ("p", "Familiens advokat sier de er lettet, men at saken ennå ikke er avgjort."),
        ],
    },
    {
        "id": "no_skisenter",
        "lang": "no",
        "title": "Skisenteret åpner tidligere enn noen gang",
        "blocks": [
            (
                "p",
                "Takket være kulde og snøproduksjon åpner Fjellheim skisenter allerede til helgen, tre uker tidligere enn normalt. To heiser og fire nedfarter blir tilgjengelige fra lørdag.",
            ),
            (
                "p",
                "Daglig leder sier at sesongkortsalget har økt med en femtedel sammenlignet med fjoråret, og at senteret har ansatt ti flere sesongarbeidere.",
            ),
            ("p", "Langrennsløypene på toppen vil bli kjørt opp så snart det kommer mer natursnø."),
        ],
    },
    {
        "id": "tr_oturma_izni",
        "lang": "tr",
        "title": "İkamet izni başvurularında randevu süresi uzadı",
        "blocks": [
            (
                "p",
                "Kıyıkent İl Göç İdaresi'nde ikamet izni uzatma başvuruları için randevu bekleme süresi dört aya çıktı. Yabancı öğrenciler ve çalışanlar, süre dolmadan işlem yapamadıklarını söylüyor.",
            ),
            (
                "p",
                "İdare, başvuruların çevrim içi alınmaya devam ettiğini ve randevu bekleyenlerin süre aşımı nedeniyle ceza almayacağını açıkladı.",
            ),
            ("p", "Bu yıl öne çıkan rakamlar:"),
            (
                "table",
                "İkamet izni başvuruları",
                ["Kalem", "Sayı"],
                [
                    ["Yeni başvurular", "7 820"],
                    ["Uzatma başvuruları", "12 460"],
                    ["Bekleyen dosyalar", "3 105"],
                ],
            ),
        ],
    },
    {
        "id": "tr_tramvay",
        "lang": "tr",
        "title": "Yeni tramvay hattı yaz aylarında hizmete girecek",
        "blocks": [
            (
                "p",
                "Kıyıkent Belediyesi, sahil boyunca uzanan yeni tramvay hattının haziran ayında hizmete gireceğini duyurdu. On iki duraklı hat, liman ile üniversite kampüsünü birbirine bağlayacak.",
            ),
            (
                "p",
                "Belediye başkanı, test sürüşlerinin mart ayında başlayacağını ve ilk ay yolculuğun ücretsiz olacağını söyledi.",
            ),
            (
                "p",
                "Hat üzerindeki esnaf ise inşaat nedeniyle aylardır müşteri kaybettiklerini belirterek destek talep etti.",
            ),
        ],
    },
    {
        "id": "ru_patent",
        "lang": "ru",
        "title": "В области изменят порядок выдачи патентов для трудовых мигрантов",
        "blocks": [
            (
                "p",
                "С первого марта трудовые мигранты в Северореченской области смогут подать документы на патент через многофункциональные центры, а не только в миграционном отделе. Об этом сообщили в региональном управлении.",
            ),
            (
                "p",
                "Власти рассчитывают сократить очереди, которые весной растягиваются на несколько часов. Медицинское обследование при этом по-прежнему нужно проходить в одной из трёх аккредитованных клиник.",
            ),
            ("h", "Вопросы и ответы"),
            (
                "qa",
                [
                    (
                        "Сколько стоит патент?",
                        "Ежемесячный платёж останется прежним до конца года.",
                    ),
                    (
                        "Нужен ли экзамен по языку?",
                        "Да, сертификат о сдаче экзамена по-прежнему обязателен.",
                    ),
                ],
            ),
        ],
    },
    {
        "id": "ru_teatr",
        "lang": "ru",
        "title": "Драматический театр вернётся в отреставрированное здание",
        "blocks": [
            (
                "p",
                "Драматический театр Озёрска откроет новый сезон в историческом здании на Соборной площади, которое три года находилось на реставрации. Первым спектаклем станет постановка по пьесе местного автора.",
            ),
            (
                "p",
                "В ходе работ восстановили лепнину зрительного зала и заменили сценическое оборудование. Число мест увеличилось до пятисот.",
            ),
            ("p", "Билеты на премьеру поступят в продажу в начале следующего месяца."),
        ],
    },
    {
        "id": "el_asylo_nisia",
        "lang": "el",
        "title": "Νέα δομή φιλοξενίας αιτούντων άσυλο στο νησί",
        "blocks": [
            (
                "p",
                "Το υπουργείο Μετανάστευσης ανακοίνωσε την Τρίτη τη λειτουργία νέας δομής φιλοξενίας για 300 αιτούντες άσυλο στο νησί Λευκάδα Μικρή, σε έκταση κοντά στο παλιό αεροδρόμιο.",
            ),
            (
                "p",
                "Η δομή θα διαθέτει ιατρείο, χώρους διδασκαλίας για παιδιά και ξεχωριστή πτέρυγα για ασυνόδευτους ανηλίκους. Οι εργασίες αναμένεται να ολοκληρωθούν μέσα σε δύο μήνες.",
            ),
            (
                "p",
                "Ο δήμαρχος ζήτησε δέσμευση ότι η παλιά δομή στο λιμάνι θα κλείσει οριστικά μόλις λειτουργήσει η νέα.",
            ),
        ],
    },
]
