"""The 26 briefs of briefs_blind10, hand-written for this corpus (fictional).

Each brief: (lang, story, title, blocks). A block is a paragraph string, ("h", sub-heading),
("list", lead-in ending with a colon, [items]) or ("q", quote, credit).
"""

from __future__ import annotations

BRIEFS = [
    (
        "en",
        "night-shelter",
        "Council keeps night shelter open for asylum seekers awaiting interviews",
        [
            "The borough council will keep its night shelter on Marsh Lane open until the end of March for asylum seekers who are waiting for their first interview with the Home Office.",
            "Volunteers had warned that about forty people would otherwise sleep in the bus station after the shelter's original closing date in January.",
            (
                "q",
                "Nobody should spend a winter night outside while their claim sits in a queue.",
                "Councillor Ruth Adebayo",
            ),
            "The extension costs an estimated £38,000 and will be paid from the emergency housing reserve.",
            "A council report published on Tuesday says the number of people using the shelter each night has doubled since October, and that most of them were referred by the local food bank or by hospital discharge teams.",
        ],
    ),
    (
        "de",
        "mobile-sprechstunde",
        "Ausländerbehörde bietet mobile Sprechstunde in drei Gemeinden an",
        [
            "Die Ausländerbehörde des Landkreises schickt ab Februar einmal im Monat zwei Sachbearbeiterinnen in die Rathäuser von Altenbrück, Hollern und Sande.",
            "Dort können Menschen mit befristeter Aufenthaltserlaubnis ihre Verlängerung beantragen, ohne in die Kreisstadt fahren zu müssen.",
            (
                "list",
                "Mitzubringen sind:",
                [
                    "der gültige Pass",
                    "ein aktuelles biometrisches Foto",
                    "der Nachweis über Einkommen oder Ausbildung",
                ],
            ),
            "Termine werden telefonisch vergeben, spontane Vorsprachen sind nur in Ausnahmefällen möglich.",
            "Der Kreistag hatte die Sprechstunde im Herbst auf Antrag mehrerer Bürgermeister beschlossen. Zunächst ist ein Probelauf bis Ende des Jahres geplant; danach soll entschieden werden, ob weitere Orte hinzukommen.",
        ],
    ),
    (
        "fr",
        "rendez-vous-telephone",
        "Titres de séjour : la préfecture rétablit la prise de rendez-vous par téléphone",
        [
            "La préfecture rétablit à partir de lundi une ligne téléphonique pour les demandes de rendez-vous liées aux titres de séjour, supprimée il y a deux ans au profit de la seule plateforme en ligne.",
            "Les associations d'aide aux étrangers dénonçaient depuis des mois des créneaux introuvables sur internet et des rendez-vous revendus par des intermédiaires.",
            ("h", "Deux demi-journées par semaine"),
            "La ligne sera ouverte le mardi et le jeudi matin, avec six agents dédiés.",
            "Selon la préfecture, près de 40 % des usagers n'avaient jamais réussi à obtenir un créneau en ligne au cours de l'année écoulée, certains attendant plus de six mois avant de pouvoir déposer un simple renouvellement. Plusieurs personnes ont perdu leur emploi faute de récépissé valide.",
            "Le Défenseur des droits avait rappelé en novembre que l'administration doit toujours proposer une alternative au tout numérique.",
        ],
    ),
    (
        "es",
        "oficina-proteccion",
        "El ayuntamiento abre una oficina de orientación para solicitantes de asilo",
        [
            "El ayuntamiento abrirá el próximo mes una oficina de orientación para personas que han pedido protección internacional y esperan la resolución de su expediente.",
            "La oficina, situada en el centro cívico del barrio de San Lorenzo, ofrecerá información sobre empadronamiento, escolarización y acceso a la sanidad pública.",
            "Atenderá sin cita previa de lunes a jueves.",
            "Contará con dos trabajadoras sociales y un abogado voluntario del colegio profesional.",
        ],
    ),
    (
        "it",
        "ricongiungimenti",
        "Questura, nuovo sportello per i ricongiungimenti familiari",
        [
            "Da lunedì la questura apre uno sportello dedicato esclusivamente alle pratiche di ricongiungimento familiare, finora gestite insieme ai rinnovi dei permessi di soggiorno.",
            "Secondo i sindacati di polizia, l'attesa media per un appuntamento era salita a quasi cinque mesi.",
            (
                "q",
                "Separare le pratiche ci permetterà di dimezzare i tempi entro l'estate.",
                "il questore Paolo Fantini",
            ),
            "Lo sportello sarà aperto tre mattine alla settimana in via Garibaldi.",
            "Le famiglie potranno consegnare la documentazione anche tramite i patronati convenzionati, che da aprile saranno collegati direttamente con l'ufficio immigrazione. La questura ricorda che il nulla osta della prefettura resta necessario prima di presentare la domanda di visto all'ambasciata.",
        ],
    ),
    (
        "pt",
        "atendimento-faro",
        "Agência abre centro de atendimento para renovação de autorizações de residência",
        [
            "A agência para as migrações abre na próxima semana um centro de atendimento temporário em Faro dedicado à renovação de autorizações de residência.",
            "O centro funcionará durante seis meses num antigo armazém do porto e terá capacidade para cerca de trezentos atendimentos por dia.",
            (
                "list",
                "Têm prioridade:",
                [
                    "autorizações caducadas há mais de um ano",
                    "famílias com filhos em idade escolar",
                    "trabalhadores sazonais da agricultura",
                ],
            ),
        ],
    ),
    (
        "nl",
        "kantoorpand",
        "Gemeente vangt tweehonderd asielzoekers op in voormalig kantoorpand",
        [
            "De gemeente gaat vanaf april tweehonderd asielzoekers opvangen in het leegstaande kantoorpand aan de Stationsweg.",
            "Het pand wordt de komende weken verbouwd tot woonunits met gedeelde keukens; het COA betaalt de verbouwing.",
            "De opvang is voor vijf jaar afgesproken.",
            "Omwonenden kunnen op twee informatieavonden in maart vragen stellen aan de burgemeester en de beheerder.",
        ],
    ),
    (
        "pl",
        "tlumacze-urzad",
        "Urząd wojewódzki zatrudni tłumaczy do spraw pobytowych cudzoziemców",
        [
            "Urząd wojewódzki ogłosił nabór dziesięciu tłumaczy, którzy będą pomagać w wydziale spraw cudzoziemców przy wnioskach o zezwolenie na pobyt czasowy.",
            "Poszukiwane są osoby znające język ukraiński, gruziński, hindi lub wietnamski.",
            "Umowy będą zawierane na rok, z możliwością przedłużenia.",
            ("h", "Kolejki wciąż długie"),
            "Na rozpatrzenie wniosku czeka obecnie ponad osiemnaście tysięcy osób, a średni czas oczekiwania przekracza rok.",
        ],
    ),
    (
        "sv",
        "kontor-lulea",
        "Migrationsverket öppnar tillfälligt kontor för arbetstillstånd i Luleå",
        [
            "Migrationsverket öppnar ett tillfälligt kontor i Luleå för att handlägga ansökningar om arbetstillstånd från företag i Norrbotten.",
            "Bakgrunden är de stora industrisatsningarna i länet, där arbetsgivare klagat på väntetider på upp till åtta månader.",
            "Kontoret ska bemannas av femton handläggare och vara i drift minst till årsskiftet.",
            "Fackförbunden välkomnar beslutet men påpekar att bristen på bostäder i Luleå gör det svårt för nyanställda från andra länder att flytta dit.",
        ],
    ),
    (
        "no",
        "familiegjenforening",
        "UDI lover kortere ventetid på familiegjenforening",
        [
            "Utlendingsdirektoratet skal bruke ekstra midler fra revidert budsjett til å korte ned køen av søknader om familiegjenforening.",
            "I dag må mange vente over femten måneder før søknaden blir behandlet.",
            (
                "q",
                "Målet er at ingen skal vente mer enn ni måneder innen utgangen av neste år.",
                "avdelingsdirektør Kari Holm",
            ),
            "Direktoratet ansetter tretti nye saksbehandlere.",
            "Organisasjonen NOAS mener tiltaket kommer for sent for familiene som allerede har ventet i flere år.",
        ],
    ),
    (
        "da",
        "havnebad",
        "Havnebadet åbner igen efter vinterens reparationer",
        [
            "Havnebadet ved Nordkajen åbner igen lørdag efter en vinter med reparationer af broerne og udskiftning af stigerne.",
            "Kommunen har samtidig forlænget åbningstiden, så livredderne er på plads fra klokken ti til klokken tyve alle ugens dage.",
            (
                "list",
                "Nyt i år:",
                [
                    "en lavvandet afdeling for børn",
                    "varme brusere",
                    "en rampe for kørestolsbrugere",
                ],
            ),
            "Adgangen er gratis, men kommunen opfordrer badegæster til at tage cyklen, fordi der kun er tyve parkeringspladser ved kajen.",
        ],
    ),
    (
        "fi",
        "kausityo-luvat",
        "Kausityöntekijöiden oleskeluluvat käsitellään nopeammin",
        [
            "Maahanmuuttovirasto lupaa käsitellä kausityöntekijöiden oleskelulupahakemukset keväällä keskimäärin kolmessa viikossa.",
            "Viime vuonna käsittely kesti marjatiloilla ja puutarhoissa työskentelevillä jopa kaksi kuukautta, ja osa työntekijöistä saapui vasta sadonkorjuun jälkeen.",
            "Virasto siirtää tehtävään henkilöstöä muista yksiköistä.",
            "Työnantajia kehotetaan jättämään hakemukset hyvissä ajoin ennen kauden alkua ja tarkistamaan, että työsopimuksen palkkatiedot ovat ajan tasalla.",
        ],
    ),
    (
        "cs",
        "cizinecka-policie",
        "Cizinecká policie prodlouží úřední hodiny",
        [
            "Odbor cizinecké policie prodlouží od března úřední hodiny pro vyřizování víz a povolení k pobytu.",
            "Přepážky budou otevřené v pondělí a ve středu až do sedmi hodin večer, aby se na úřad dostali i lidé, kteří pracují na směny.",
            ("h", "Rezervace přes internet"),
            "Večerní termíny lze rezervovat pouze online, nejdříve čtrnáct dní předem.",
            "Úřad zároveň přijme pět nových referentů a zřídí informační linku v angličtině, ukrajinštině a vietnamštině.",
        ],
    ),
    (
        "sk",
        "cyklotrasa",
        "Mesto dokončí cyklotrasu pozdĺž rieky do leta",
        [
            "Mesto do konca júna dokončí posledný úsek cyklotrasy pozdĺž rieky medzi mostom a mestskou plážou.",
            "Stavbári musia ešte spevniť breh a osadiť zábradlie, práce komplikovala vysoká hladina rieky v zime.",
            "Úsek bude mať dĺžku dva a pol kilometra a osvetlenie na solárny pohon.",
            "Po dokončení bude možné prejsť na bicykli z centra až do susednej obce bez toho, aby cyklisti museli ísť po hlavnej ceste.",
            "Mesto na stavbu získalo eurofondy vo výške 1,8 milióna eur.",
        ],
    ),
    (
        "ro",
        "control-itm",
        "Inspectorii verifică angajatorii de muncitori străini din construcții",
        [
            "Inspectoratul teritorial de muncă a început o campanie de controale la firmele de construcții care angajează muncitori din afara Uniunii Europene.",
            "Inspectorii verifică dacă salariile plătite corespund contractelor depuse la obținerea avizului de muncă și dacă lucrătorii au cazare decentă.",
            (
                "list",
                "În prima săptămână au fost găsite:",
                [
                    "patru firme fără contracte înregistrate",
                    "două cazuri de salarii neplătite",
                    "un dormitor supraaglomerat",
                ],
            ),
            "Campania durează până la sfârșitul lunii.",
        ],
    ),
    (
        "hu",
        "ugyfelszolgalat",
        "Új idegenrendészeti ügyfélszolgálat nyílik Debrecenben",
        [
            "Új idegenrendészeti ügyfélszolgálat nyílik jövő hónapban Debrecenben, a belváros egyik felújított irodaházában.",
            "Az ügyfélszolgálaton tartózkodási engedélyek meghosszabbítását és regisztrációs igazolásokat intéznek, elsősorban a városban letelepült gyárak külföldi dolgozóinak.",
            "Időpontot interneten lehet foglalni.",
            "A hivatal szerint a debreceni iroda jelentősen csökkenti a budapesti ügyfélszolgálat terhelését, ahol jelenleg több hetet kell várni egy szabad időpontra, és gyakran hosszú sorok állnak az épület előtt.",
        ],
    ),
    (
        "el",
        "ypiresia-asylou",
        "Ενίσχυση του προσωπικού της υπηρεσίας ασύλου στη Λέσβο",
        [
            "Είκοσι νέοι χειριστές υποθέσεων θα τοποθετηθούν στο περιφερειακό γραφείο ασύλου της Λέσβου έως τα τέλη Μαΐου.",
            "Το υπουργείο Μετανάστευσης αναφέρει ότι στόχος είναι να μειωθεί ο χρόνος εξέτασης των πρώτων αιτήσεων κάτω από τους τρεις μήνες.",
            (
                "q",
                "Η ταχύτερη εξέταση είναι προς όφελος και των αιτούντων και των κατοίκων του νησιού.",
                "ο περιφερειακός διευθυντής",
            ),
            "Οι νέοι υπάλληλοι θα εκπαιδευτούν για δύο εβδομάδες στην Αθήνα πριν αναλάβουν καθήκοντα.",
        ],
    ),
    (
        "ru",
        "elektronnaya-ochered",
        "Миграционный центр вводит электронную очередь",
        [
            "С понедельника миграционный центр переходит на электронную очередь для иностранных граждан, оформляющих патенты на работу.",
            "Записаться можно будет на сайте центра или через терминал у входа, а номер очереди придёт в сообщении на телефон.",
            "Раньше люди занимали очередь с пяти утра.",
            "В центре обещают, что живая очередь сохранится только для срочных случаев.",
            "Кроме того, с весны в центре заработает отдельное окно для работодателей, которые оформляют документы сразу на несколько сотрудников.",
        ],
    ),
    (
        "uk",
        "konsulstvo-subota",
        "Консульство прийматиме біженців і в суботу",
        [
            "Генеральне консульство у Вроцлаві з лютого працюватиме також у суботу, щоб прийняти більше українських біженців, яким потрібні нові паспорти.",
            "За даними консульства, черга на оформлення документів сягає трьох місяців.",
            ("h", "Запис лише онлайн"),
            "Суботні візити потрібно бронювати через електронну систему, без запису громадян не прийматимуть.",
            "Консульство також просить перевіряти електронну пошту, оскільки через великий попит час візиту можуть змінити.",
        ],
    ),
    (
        "bg",
        "registratsionen-tsentar",
        "Агенцията за бежанците открива нов регистрационен център",
        [
            "Държавната агенция за бежанците ще открие нов регистрационно-приемателен център в покрайнините на Харманли до края на годината.",
            "Центърът ще има капацитет за четиристотин души и ще замени временните помещения, които бяха използвани през последните три години.",
            "Местните власти настояват за повече полицейски патрули в района.",
            "Кметът на общината заяви, че ще поиска среща с министъра на вътрешните работи.",
        ],
    ),
    (
        "hr",
        "trznica-obnova",
        "Obnova gradske tržnice počinje u svibnju",
        [
            "Obnova gradske tržnice počinje početkom svibnja i trajat će do kraja godine, a prodavači će se za to vrijeme preseliti na parkiralište iza autobusnog kolodvora.",
            "Projekt uključuje novi krov, hladnjače za ribu i javne sanitarne čvorove.",
            (
                "list",
                "Tijekom radova vrijedi:",
                [
                    "tržnica radi od šest do trinaest sati",
                    "parkiranje je besplatno prvi sat",
                    "dostava je dopuštena samo do osam sati",
                ],
            ),
        ],
    ),
    (
        "tr",
        "ikamet-randevu",
        "Göç idaresi ikamet izni randevularında yeni sisteme geçiyor",
        [
            "İl göç idaresi, ikamet izni başvuruları için randevuları bundan böyle yalnızca e-ikamet sistemi üzerinden verecek.",
            "Yeni uygulamayla birlikte yabancı öğrenciler ve çalışma izni bulunanlar için ayrı gün ayrılacak.",
            ("q", "Amacımız bekleme süresini iki haftanın altına indirmek.", "il göç müdürü"),
            "Sistem ayın on beşinde devreye girecek.",
            "Randevusuna gelmeyen başvuru sahipleri, yeni bir randevu için en az bir ay beklemek zorunda kalacak.",
        ],
    ),
    (
        "ar",
        "taswiya-mohla",
        "تمديد مهلة تسوية أوضاع العمالة الوافدة شهرين إضافيين",
        [
            "أعلنت وزارة العمل تمديد مهلة تسوية أوضاع العمال الوافدين المخالفين لشروط الإقامة شهرين إضافيين، بعد أن كانت تنتهي نهاية الشهر الجاري.",
            "وتتيح المهلة للعمال تصحيح أوضاعهم أو مغادرة البلاد دون دفع غرامات التأخير.",
            ("h", "إقبال كبير على المراكز"),
            "وقالت الوزارة إن أكثر من اثني عشر ألف عامل راجعوا مراكز التسوية خلال الأسابيع الأولى.",
            "ودعت الوزارة أصحاب العمل إلى مساعدة العمال في استكمال الوثائق المطلوبة قبل انتهاء المهلة الجديدة.",
        ],
    ),
    (
        "he",
        "ashrot-haklaut",
        "רשות האוכלוסין מאריכה אשרות לעובדים זרים בחקלאות",
        [
            "רשות האוכלוסין וההגירה הודיעה כי אשרות העבודה של כאלפיים עובדים זרים בענף החקלאות יוארכו בשישה חודשים.",
            "ההחלטה התקבלה לאחר פניית ארגוני החקלאים, שהזהירו כי ללא ההארכה יישארו יבולים בשדות בעונת הקטיף.",
            "ההארכה תינתן באופן אוטומטי, ללא צורך בהגשת בקשה חדשה.",
            "ברשות מציינים כי העובדים יקבלו הודעה על ההארכה במסרון, וכי מעסיקים שלא ידווחו על שינוי במקום העבודה עלולים לשלם קנס.",
            "ההחלטה תיבחן מחדש בסוף הקיץ.",
        ],
    ),
    (
        "id",
        "pengungsi-rohingya",
        "Pengungsi Rohingya dipindahkan ke penampungan sementara",
        [
            "Sebanyak 137 pengungsi Rohingya yang mendarat di pantai Pidie pekan lalu dipindahkan ke gedung penampungan sementara milik pemerintah kabupaten.",
            "Pemindahan dilakukan setelah tenda darurat di tepi pantai rusak diterjang hujan deras.",
            (
                "list",
                "Di penampungan baru tersedia:",
                ["dapur umum", "layanan kesehatan harian", "ruang belajar untuk anak-anak"],
            ),
            "Petugas imigrasi dan UNHCR melakukan pendataan ulang seluruh pengungsi.",
        ],
    ),
    (
        "vi",
        "cho-cai-tao",
        "Chợ trung tâm được cải tạo sau ba mươi năm",
        [
            "Chợ trung tâm thành phố sẽ được cải tạo từ tháng sáu, lần đầu tiên sau ba mươi năm hoạt động.",
            "Trong thời gian thi công, các tiểu thương sẽ chuyển sang khu chợ tạm trên đường Lê Lợi, cách chợ cũ khoảng năm trăm mét.",
            "Dự án bao gồm mái che mới, hệ thống phòng cháy và khu vệ sinh công cộng.",
            "Ban quản lý chợ cho biết các tiểu thương sẽ được miễn phí thuê mặt bằng trong ba tháng đầu ở chợ tạm.",
        ],
    ),
]
