"""Hand-written fictional news briefs for the blind6 corpus.

Each brief: id, lang, title, paras (plain paragraphs) and struct, a list of (position, block):
position is the paragraph index the block goes before (len(paras) = after the last one).
Blocks: ("ul"|"ol", lead, [items]), ("quote", text, credit), ("table", heading, [[k, v], ...]),
("qa", [(q, a), ...]), ("h2", text) sub-heading, ("caption", text), ("note", text),
("byline", text).
"""

from __future__ import annotations

Block = tuple
Brief = dict

BRIEFS: list[Brief] = [
    {
        "id": "en-caregivers",
        "lang": "en",
        "title": "Province opens fast track for foreign-trained caregivers",
        "paras": [
            "HALDEN BAY — The provincial government will let foreign-trained home caregivers apply for permanent residence after twelve months of work instead of twenty-four, the labour ministry announced on Tuesday.",
            "The pilot covers 3,400 places in its first year and applies to caregivers already working for licensed agencies. Applicants must still pass a language test at the intermediate level.",
            "Agencies have warned for months that elderly clients wait up to nine weeks for a visit. Opposition members called the pilot overdue but said the quota was too small to close the gap.",
        ],
        "struct": [
            (
                2,
                (
                    "ul",
                    "Who can apply under the pilot:",
                    [
                        "caregivers with a valid employer-specific permit",
                        "at least 1,200 hours of paid care work in the province",
                        "a language score of level 5 or higher",
                    ],
                ),
            ),
            (
                3,
                (
                    "quote",
                    "We are asking people to look after our parents, and then telling them to wait two years to belong here.",
                    "Minister Dara Okafor, provincial labour ministry",
                ),
            ),
        ],
    },
    {
        "id": "en-asylumcourt",
        "lang": "en",
        "title": "Appeals tribunal adds night sittings to cut asylum backlog",
        "paras": [
            "The national asylum appeals tribunal will hold hearings until 9 p.m. on weekdays from January, its president said, in an attempt to reduce a backlog of 41,000 pending cases.",
            "Lawyers for applicants said evening hearings could be hard for families who rely on volunteer interpreters. The tribunal said remote interpretation would be offered in 28 languages.",
            "The average wait for an appeal decision has grown from seven to fifteen months since 2023, according to figures published with the announcement.",
        ],
        "struct": [
            (0, ("byline", "By Priya Ramanathan, legal affairs reporter")),
            (
                3,
                (
                    "table",
                    "Pending appeals by year",
                    [
                        ["2023", "18,200"],
                        ["2024", "29,750"],
                        ["2025", "41,030"],
                    ],
                ),
            ),
            (
                3,
                (
                    "note",
                    "Correction: an earlier version of this article gave the number of interpretation languages as 18.",
                ),
            ),
        ],
    },
    {
        "id": "en-library",
        "lang": "en",
        "title": "Old harbour library reopens after two-year roof repair",
        "paras": [
            "The harbour district library reopened on Saturday after a repair of its leaking copper roof that took twice as long as planned and cost 2.3 million.",
            "Around 600 visitors queued before the doors opened at ten. The reading room on the top floor, closed since a storm in 2024, now has new skylights and forty more seats.",
            "The library will keep its winter hours until March, opening at noon on Mondays.",
        ],
        "struct": [
            (
                3,
                (
                    "qa",
                    [
                        (
                            "Are the old loans still valid?",
                            "Yes, all loans taken out before the closure were extended until the end of January.",
                        ),
                        (
                            "Is the children's corner back?",
                            "It reopens on 14 December with a new entrance from the garden side.",
                        ),
                    ],
                ),
            ),
        ],
    },
    {
        "id": "de-pflege",
        "lang": "de",
        "title": "Land erkennt ausländische Pflegeabschlüsse schneller an",
        "paras": [
            "Pflegekräfte mit einem Abschluss aus dem Ausland sollen künftig innerhalb von acht Wochen einen Bescheid über die Anerkennung erhalten. Bisher dauerte das Verfahren im Schnitt sieben Monate.",
            "Die Landesregierung stellt dafür zwölf zusätzliche Sachbearbeiter ein und lässt Unterlagen erstmals auch digital zu. Übersetzungen müssen nur noch für Zeugnisse vorgelegt werden, nicht mehr für jede Seite der Ausbildungsordnung.",
            "Kliniken begrüßten den Schritt. Der Pflegerat mahnte, die Sprachkurse müssten ebenso schnell verfügbar sein, sonst warte man nach dem Bescheid nur an anderer Stelle.",
        ],
        "struct": [
            (2, ("h2", "Was sich für Antragsteller ändert")),
            (
                3,
                (
                    "quote",
                    "Wer bei uns arbeiten will, soll nicht ein halbes Jahr auf einen Stempel warten.",
                    "Sozialministerin Katrin Albers",
                ),
            ),
        ],
    },
    {
        "id": "de-faehre",
        "lang": "de",
        "title": "Rheinfähre fährt wegen Niedrigwasser nur noch stündlich",
        "paras": [
            "Die Autofähre zwischen Obermühl und Kastelbach verkehrt seit Montag nur noch einmal pro Stunde. Der Pegel ist auf 78 Zentimeter gefallen, die Fähre darf deshalb nur halb beladen ablegen.",
            "Pendler müssen mit Wartezeiten von bis zu vierzig Minuten rechnen. Die Betreiber empfehlen, auf die Brücke bei Rensfeld auszuweichen, die allerdings wegen Bauarbeiten einspurig ist.",
        ],
        "struct": [
            (
                0,
                (
                    "note",
                    "Aktualisiert um 14.20 Uhr: Die letzte Fahrt am Abend entfällt bis auf Weiteres.",
                ),
            ),
            (
                2,
                (
                    "ul",
                    "Neue Abfahrtszeiten ab Obermühl:",
                    [
                        "werktags von 6.00 bis 20.00 Uhr zur vollen Stunde",
                        "samstags von 8.00 bis 18.00 Uhr",
                        "sonntags kein Betrieb",
                    ],
                ),
            ),
        ],
    },
    {
        "id": "fr-titres",
        "lang": "fr",
        "title": "Titres de séjour : la préfecture supprime les rendez-vous au guichet",
        "paras": [
            "À partir du 1er février, les demandes de renouvellement de titre de séjour se feront uniquement en ligne dans le département, a annoncé la préfecture jeudi.",
            "Les associations d'aide aux étrangers craignent que les personnes sans ordinateur ou peu à l'aise avec l'écrit soient exclues. La préfecture promet trois points d'accueil numérique avec des médiateurs.",
            "Selon ses chiffres, 62 % des demandes de l'année dernière avaient déjà été déposées sur la plateforme nationale.",
        ],
        "struct": [
            (
                2,
                (
                    "quote",
                    "Un formulaire en ligne ne remplace pas une personne qui explique pourquoi un dossier est incomplet.",
                    "Hélène Marchand, juriste à la Cimade locale",
                ),
            ),
            (
                3,
                (
                    "table",
                    "Points d'accueil numérique",
                    [
                        ["Préfecture, hall B", "lundi au vendredi"],
                        ["Maison des services de Lavaur", "mardi et jeudi"],
                        ["Mairie annexe de Sainte-Croix", "mercredi"],
                    ],
                ),
            ),
        ],
    },
    {
        "id": "fr-saisonniers",
        "lang": "fr",
        "title": "Vendanges : un contingent de visas saisonniers relevé de 30 %",
        "paras": [
            "Le gouvernement va relever de 30 % le contingent de visas de travail saisonnier destinés aux vendanges, après deux années de pénurie de main-d'œuvre dans les vignobles.",
            "Les exploitants devront loger les travailleurs dans des conditions contrôlées par l'inspection du travail avant la délivrance des visas. Les syndicats agricoles demandent des contrôles pendant la récolte, pas seulement avant.",
        ],
        "struct": [
            (0, ("byline", "Par Julien Ferrand, à Bordeaux")),
            (
                2,
                (
                    "ol",
                    "Le calendrier prévu :",
                    [
                        "dépôt des offres d'emploi jusqu'au 15 mai",
                        "contrôle des logements en juin",
                        "délivrance des visas à partir du 1er juillet",
                    ],
                ),
            ),
        ],
    },
    {
        "id": "es-arraigo",
        "lang": "es",
        "title": "El Gobierno reduce a dos años el plazo del arraigo social",
        "paras": [
            "Las personas extranjeras en situación irregular podrán solicitar la residencia por arraigo social tras dos años de estancia en lugar de tres, según el nuevo reglamento aprobado el martes por el Consejo de Ministros.",
            "El texto elimina además la exigencia de presentar un contrato de trabajo de un año completo. Bastará con una oferta de al menos veinte horas semanales.",
            "Las organizaciones de apoyo a migrantes calculan que la reforma podría beneficiar a unas 300.000 personas en los primeros doce meses.",
        ],
        "struct": [
            (
                3,
                (
                    "qa",
                    [
                        (
                            "¿Cuándo entra en vigor?",
                            "El reglamento se aplicará a partir del 20 de mayo.",
                        ),
                        (
                            "¿Qué documentos se piden?",
                            "Pasaporte, certificado de empadronamiento y la oferta de empleo firmada.",
                        ),
                    ],
                ),
            ),
        ],
    },
    {
        "id": "es-mercado",
        "lang": "es",
        "title": "El mercado de abastos de Triana amplía su horario los sábados",
        "paras": [
            "El mercado de abastos del barrio abrirá los sábados hasta las ocho de la tarde a partir de enero, tras una consulta en la que participaron casi dos mil vecinos.",
            "Los comerciantes acordaron turnos rotativos para que al menos la mitad de los puestos de fruta y pescado permanezca abierta por la tarde. El ayuntamiento reforzará la limpieza a mediodía y estudiará abrir también algunos domingos de diciembre.",
        ],
        "struct": [
            (2, ("caption", "Puestos de fruta en la nave central del mercado, el pasado viernes.")),
        ],
    },
    {
        "id": "it-cittadinanza",
        "lang": "it",
        "title": "Cittadinanza, i comuni avranno sei mesi per il giuramento",
        "paras": [
            "Chi ottiene la cittadinanza italiana dovrà poter prestare giuramento entro sei mesi dalla notifica del decreto. Lo prevede una circolare del ministero dell'Interno inviata ieri ai comuni.",
            "In diverse grandi città l'attesa per la cerimonia supera oggi un anno, e nel frattempo i nuovi cittadini non possono richiedere il passaporto né votare.",
            "I comuni potranno organizzare cerimonie collettive anche il sabato. L'Anci chiede fondi per il personale degli uffici di stato civile.",
        ],
        "struct": [
            (
                2,
                (
                    "quote",
                    "Il decreto arriva, la festa no: molte famiglie aspettano mesi solo per una firma.",
                    "Marco Bellini, avvocato dell'associazione Nuovi Italiani",
                ),
            ),
        ],
    },
    {
        "id": "it-lavoro",
        "lang": "it",
        "title": "Decreto flussi, domande online dal 5 febbraio",
        "paras": [
            "Le domande per i permessi di lavoro previsti dal nuovo decreto flussi potranno essere inviate dal 5 febbraio. Sono disponibili 82.000 quote, di cui metà per il lavoro stagionale in agricoltura e turismo.",
            "Le associazioni di categoria chiedono di abolire il sistema del clic day, in cui le quote si esauriscono in pochi minuti. Il ministero ha promesso una verifica preventiva delle aziende.",
        ],
        "struct": [
            (
                2,
                (
                    "table",
                    "Quote per settore",
                    [
                        ["Agricoltura", "28.000"],
                        ["Turismo", "13.000"],
                        ["Edilizia e trasporti", "41.000"],
                    ],
                ),
            ),
        ],
    },
    {
        "id": "pt-vistos",
        "lang": "pt",
        "title": "Consulados passam a emitir vistos de procura de trabalho em 30 dias",
        "paras": [
            "Os consulados portugueses terão de decidir os pedidos de visto para procura de trabalho no prazo máximo de 30 dias, segundo uma portaria publicada esta segunda-feira.",
            "O visto permite entrar no país por 120 dias, prorrogáveis por mais 60, para procurar emprego. Em alguns consulados a espera chegava a oito meses.",
            "A agência para a integração e migrações vai reforçar o atendimento com 150 funcionários contratados temporariamente.",
        ],
        "struct": [
            (
                3,
                (
                    "ul",
                    "O que muda para quem pede o visto:",
                    [
                        "marcação online em todos os consulados",
                        "prova de meios de subsistência simplificada",
                        "resposta por correio eletrónico",
                    ],
                ),
            ),
        ],
    },
    {
        "id": "nl-inburgering",
        "lang": "nl",
        "title": "Gemeente biedt nieuwkomers taalcoach vanaf de eerste week",
        "paras": [
            "Nieuwkomers met een verblijfsvergunning krijgen in de gemeente voortaan in hun eerste week een vrijwillige taalcoach toegewezen, in plaats van na de intake die soms drie maanden duurde.",
            "De gemeente trekt daarvoor 1,2 miljoen euro per jaar uit en werkt samen met de bibliotheek en twee buurthuizen. Ruim 180 vrijwilligers hebben zich al aangemeld.",
            "De oppositie vraagt zich af of de coaches voldoende begeleid worden.",
        ],
        "struct": [
            (0, ("byline", "Door Sanne de Vries")),
            (
                3,
                (
                    "quote",
                    "Wie in de eerste weken al mensen leert kennen, staat veel sterker in de rest van de inburgering.",
                    "wethouder Youssef El Amrani",
                ),
            ),
        ],
    },
    {
        "id": "pl-karty",
        "lang": "pl",
        "title": "Wojewoda zatrudni 60 urzędników do wydawania kart pobytu",
        "paras": [
            "Urząd wojewódzki zatrudni do końca marca 60 nowych pracowników, którzy zajmą się wyłącznie wnioskami o karty pobytu. Na decyzję czeka obecnie ponad 38 tysięcy cudzoziemców.",
            "Część wniosków będzie rozpatrywana w nowej siedzibie przy ulicy Składowej, otwartej także w soboty. Pracodawcy od miesięcy skarżą się, że pracownicy z zagranicy nie mogą zmienić pracy, dopóki czekają na decyzję.",
        ],
        "struct": [
            (2, ("h2", "Ile trwa oczekiwanie")),
            (
                2,
                (
                    "table",
                    "Średni czas rozpatrzenia wniosku",
                    [
                        ["2023", "9 miesięcy"],
                        ["2024", "13 miesięcy"],
                        ["2025", "16 miesięcy"],
                    ],
                ),
            ),
        ],
    },
    {
        "id": "sv-uppehall",
        "lang": "sv",
        "title": "Migrationsverket inför digitala intervjuer i asylärenden",
        "paras": [
            "Migrationsverket ska från mars kunna hålla asylutredningar via videolänk från fem regionala kontor. Syftet är att korta väntetiden för sökande som bor långt från myndighetens större orter.",
            "Den sökande måste ändå befinna sig i en lokal som myndigheten godkänt, och tolken ska vara på plats hos handläggaren. Advokatsamfundet vill att offentliga biträden alltid får välja fysisk närvaro.",
        ],
        "struct": [
            (
                2,
                (
                    "qa",
                    [
                        (
                            "Kan den sökande tacka nej till video?",
                            "Ja, om det finns särskilda skäl, till exempel hälsa eller barn i ärendet.",
                        ),
                        (
                            "När börjar försöket?",
                            "Den 3 mars i Umeå, Luleå, Östersund, Sundsvall och Falun.",
                        ),
                    ],
                ),
            ),
        ],
    },
    {
        "id": "nb-familie",
        "lang": "nb",
        "title": "Regjeringen senker inntektskravet for familiegjenforening",
        "paras": [
            "Personer som vil hente ektefellen sin til Norge, skal fra sommeren bare dokumentere inntekt for det siste året, ikke for de tre siste årene slik regelverket krever i dag.",
            "Endringen gjelder også for flyktninger som har bodd i landet i mer enn fem år. Arbeiderpartiet og Senterpartiet mener det vil hindre at familier holdes adskilt i årevis på grunn av midlertidige jobber.",
            "Fremskrittspartiet kaller forslaget en oppmykning og vil stemme imot i Stortinget.",
        ],
        "struct": [
            (1, ("caption", "Ventesalen hos politiets utlendingsseksjon i Oslo.")),
        ],
    },
    {
        "id": "fi-jaakalastus",
        "lang": "fi",
        "title": "Pilkkikisat siirtyvät jään heikkouden vuoksi helmikuulle",
        "paras": [
            "Kallavedellä järjestettävät perinteiset pilkkikilpailut siirretään tammikuun lopusta helmikuun puoliväliin, koska jää on monin paikoin alle kymmenen senttimetriä paksua.",
            "Järjestäjät mittasivat jään paksuuden kahdestatoista pisteestä viime viikolla. Kilpailuun on ilmoittautunut jo yli 900 osallistujaa, ja ilmoittautumisaikaa jatketaan kahdella viikolla.",
        ],
        "struct": [
            (2, ("note", "Päivitetty klo 16.05: uusi kilpailupäivä on lauantai 14. helmikuuta.")),
        ],
    },
    {
        "id": "hu-munkavallalo",
        "lang": "hu",
        "title": "Szigorodnak a vendégmunkások foglalkoztatásának szabályai",
        "paras": [
            "A jövő évtől csak minősített közvetítő cégek hozhatnak vendégmunkásokat az országba, és a foglalkoztatóknak igazolniuk kell, hogy a munkahelyet három hónapig hazai munkavállalónak hirdették meg.",
            "A munkáltatói szövetségek szerint a szabály lassítja a felvételt az építőiparban és a feldolgozóiparban. A szakszervezetek a szálláskörülmények rendszeres ellenőrzését is kérik.",
        ],
        "struct": [
            (
                2,
                (
                    "ul",
                    "Az új feltételek:",
                    [
                        "legfeljebb két év tartózkodási engedély",
                        "kötelező lakhatási igazolás",
                        "a munkahely csak engedéllyel váltható",
                    ],
                ),
            ),
        ],
    },
    {
        "id": "el-prosfyges",
        "lang": "el",
        "title": "Νέα δομή φιλοξενίας για ασυνόδευτους ανήλικους στη Θεσσαλία",
        "paras": [
            "Μια νέα δομή φιλοξενίας για 120 ασυνόδευτους ανήλικους θα λειτουργήσει από τον Μάρτιο σε πρώην ξενοδοχείο κοντά στη Λάρισα, ανακοίνωσε το υπουργείο Μετανάστευσης.",
            "Η δομή θα διαθέτει σχολικές αίθουσες, ψυχολόγους και διερμηνείς. Οργανώσεις για τα δικαιώματα των παιδιών ζητούν να επιταχυνθεί και ο διορισμός επιτρόπων, που σήμερα καθυστερεί εβδομάδες.",
            "Το υπουργείο υποσχέθηκε ότι η δομή θα συνεργάζεται με τα τοπικά σχολεία από την πρώτη ημέρα λειτουργίας της.",
        ],
        "struct": [
            (
                2,
                (
                    "quote",
                    "Ένα παιδί χωρίς κηδεμόνα δεν μπορεί να περιμένει δύο μήνες για να υπογράψει κάποιος για λογαριασμό του.",
                    "Ελένη Παππά, συντονίστρια της οργάνωσης Παιδική Στέγη",
                ),
            ),
        ],
    },
    {
        "id": "uk-prytulok",
        "lang": "uk",
        "title": "Громади отримають компенсацію за розміщення переселенців",
        "paras": [
            "Уряд ухвалив рішення компенсувати громадам витрати на комунальні послуги в будівлях, де безкоштовно проживають внутрішньо переміщені особи. Виплати почнуться з першого кварталу наступного року.",
            "Найбільше коштів отримають громади західних областей, де в гуртожитках і школах досі мешкають понад 40 тисяч людей. Місцеві голови просять також фінансувати ремонт дахів і вікон.",
        ],
        "struct": [
            (0, ("byline", "Олена Кравчук, Львів")),
            (
                2,
                (
                    "ol",
                    "Як отримати компенсацію:",
                    [
                        "подати перелік будівель до обласної адміністрації",
                        "додати рахунки за опалення та воду",
                        "отримати перевірку від казначейства",
                    ],
                ),
            ),
        ],
    },
    {
        "id": "he-olim",
        "lang": "he",
        "title": "העירייה פותחת מרכז קליטה חדש לעולים בשכונת הדר",
        "paras": [
            "מרכז קליטה חדש לעולים ייפתח בחודש הבא בשכונת הדר, ויציע במקום אחד ייעוץ בנושאי תעסוקה, דיור ולימודי עברית. עד היום נאלצו העולים להגיע לשלושה משרדים שונים ברחבי העיר.",
            "במרכז יעבדו שנים עשר יועצים הדוברים רוסית, אמהרית, צרפתית, ספרדית ואנגלית. העירייה מעריכה כי כ-2,500 עולים יקבלו בו שירות בשנה הראשונה.",
            "ארגוני העולים בירכו על ההחלטה, אך ביקשו להאריך את שעות הפעילות גם לשעות הערב עבור עולים עובדים.",
        ],
        "struct": [
            (
                2,
                (
                    "table",
                    "שעות פתיחה",
                    [
                        ["ימים א'-ה'", "8:30 עד 18:00"],
                        ["יום ו'", "8:30 עד 12:30"],
                    ],
                ),
            ),
        ],
    },
    {
        "id": "hi-chhatra",
        "lang": "hi",
        "title": "विदेश में पढ़ाई के लिए वीज़ा आवेदन पर नई हेल्पलाइन शुरू",
        "paras": [
            "विदेश मंत्रालय ने उन छात्रों के लिए एक नई हेल्पलाइन शुरू की है जिनके छात्र वीज़ा आवेदन दूसरे देशों में लंबे समय से लंबित हैं। यह हेल्पलाइन हिंदी, अंग्रेज़ी और छह क्षेत्रीय भाषाओं में काम करेगी।",
            "मंत्रालय के अनुसार पिछले साल चालीस हज़ार से अधिक छात्रों ने वीज़ा में देरी की शिकायत की थी। हेल्पलाइन संबंधित दूतावास से संपर्क कर आवेदन की स्थिति की जानकारी देगी।",
        ],
        "struct": [
            (
                2,
                (
                    "quote",
                    "छात्रों को यह नहीं लगना चाहिए कि वे अकेले हैं।",
                    "विदेश मंत्रालय की प्रवक्ता सुनीता वर्मा",
                ),
            ),
        ],
    },
    {
        "id": "vi-laodong",
        "lang": "vi",
        "title": "Siết chặt quản lý doanh nghiệp đưa lao động đi làm việc ở nước ngoài",
        "paras": [
            "Bộ Lao động vừa yêu cầu các doanh nghiệp đưa người lao động đi làm việc ở nước ngoài công khai toàn bộ chi phí trên trang thông tin điện tử trước ngày 1 tháng 3.",
            "Theo bộ, nhiều người lao động phải nộp khoản tiền môi giới cao gấp ba lần mức quy định. Doanh nghiệp vi phạm có thể bị thu hồi giấy phép trong sáu tháng.",
            "Người lao động có thể phản ánh qua đường dây nóng miễn phí của Cục Quản lý lao động ngoài nước.",
        ],
        "struct": [
            (
                3,
                (
                    "ul",
                    "Các khoản phải công khai:",
                    [
                        "tiền dịch vụ và tiền môi giới",
                        "chi phí đào tạo ngoại ngữ",
                        "tiền vé máy bay và phí thị thực",
                    ],
                ),
            ),
        ],
    },
    {
        "id": "id-festival",
        "lang": "id",
        "title": "Festival layang-layang Sanur kembali digelar setelah tiga tahun",
        "paras": [
            "Festival layang-layang tradisional di Pantai Padang Galak, Sanur, akan kembali digelar pada pertengahan Juli setelah tiga tahun absen karena renovasi kawasan pantai.",
            "Panitia memperkirakan sekitar 600 kelompok dari banjar di seluruh Bali akan ikut serta. Layang-layang terbesar, jenis janggan, bisa mencapai panjang ekor hingga seratus meter.",
            "Polisi akan menutup sebagian jalan pesisir selama tiga hari festival.",
        ],
        "struct": [
            (
                3,
                (
                    "qa",
                    [
                        (
                            "Kapan pendaftaran dibuka?",
                            "Pendaftaran kelompok dibuka mulai 1 Mei di kantor desa.",
                        ),
                        ("Apakah ada biaya masuk?", "Penonton tidak dipungut biaya."),
                    ],
                ),
            ),
        ],
    },
    {
        "id": "ja-ryugakusei",
        "lang": "ja",
        "title": "留学生の就職、在留資格の変更手続きを簡素化",
        "paras": [
            "出入国在留管理庁は、国内の大学を卒業した留学生が就職する際の在留資格変更の審査期間を、来年四月から原則一か月以内に短縮すると発表した。",
            "これまでは平均で三か月近くかかり、内定を得ても入社日に間に合わない例が相次いでいた。企業側の提出書類も大幅に減らす。",
            "経済団体は今回の見直しを歓迎する一方、地方の中小企業にも制度の周知を徹底するよう求めている。",
        ],
        "struct": [
            (
                2,
                (
                    "ul",
                    "主な変更点：",
                    [
                        "オンライン申請の対象を全国に拡大",
                        "企業の決算書の提出を不要に",
                        "審査結果をメールで通知",
                    ],
                ),
            ),
        ],
    },
]

BRIEFS += [
    {
        "id": "nl-asielopvang",
        "lang": "nl",
        "title": "Provincie zoekt vijf locaties voor kleinschalige asielopvang",
        "paras": [
            "De provincie wil voor de zomer vijf locaties aanwijzen waar elk hooguit tweehonderd asielzoekers kunnen wonen. Het aanmeldcentrum in het oosten van het land zit al maanden ver boven zijn capaciteit.",
            "Gemeenten die een locatie aanbieden, krijgen een vergoeding voor extra personeel op scholen en bij de huisarts. Drie gemeenten hebben zich al gemeld, twee andere willen eerst een inwonersavond houden.",
        ],
        "struct": [
            (
                2,
                (
                    "qa",
                    [
                        (
                            "Hoe lang blijven bewoners op een locatie?",
                            "Gemiddeld negen maanden, tot hun aanvraag is beoordeeld.",
                        ),
                        (
                            "Wie betaalt de opvang?",
                            "Het Centraal Orgaan opvang asielzoekers betaalt huur en begeleiding.",
                        ),
                    ],
                ),
            ),
        ],
    },
    {
        "id": "pl-studenci",
        "lang": "pl",
        "title": "Uczelnie sprawdzą obecność zagranicznych studentów co miesiąc",
        "paras": [
            "Szkoły wyższe będą musiały co miesiąc raportować straży granicznej, czy studenci z zagranicy uczestniczą w zajęciach. Nowe przepisy mają ograniczyć wykorzystywanie wiz studenckich wyłącznie do wjazdu na rynek pracy.",
            "Rektorzy uważają, że obowiązek spadnie na i tak przeciążone dziekanaty. Samorząd studentów obawia się, że chorzy lub pracujący studenci stracą prawo pobytu przez formalności.",
        ],
        "struct": [
            (
                0,
                (
                    "note",
                    "Aktualizacja, godz. 15.40: resort nauki zapowiedział konsultacje z uczelniami do końca stycznia.",
                ),
            ),
            (
                2,
                (
                    "quote",
                    "Nie jesteśmy urzędem imigracyjnym, tylko uniwersytetem.",
                    "prof. Anna Wierzbicka, prorektor ds. studenckich",
                ),
            ),
        ],
    },
    {
        "id": "sv-medborgarskap",
        "lang": "sv",
        "title": "Kravet på språktest för medborgarskap skjuts upp ett halvår",
        "paras": [
            "Regeringen skjuter upp införandet av språk- och samhällskunskapstest för svenskt medborgarskap till den 1 januari. Universitets- och högskolerådet har inte hunnit ta fram provfrågorna.",
            "Den som lämnar in sin ansökan före årsskiftet prövas enligt de gamla reglerna. Migrationsverket räknar med en kraftig ökning av ansökningar under hösten och förstärker med hundra handläggare.",
        ],
        "struct": [
            (
                2,
                (
                    "ul",
                    "Det nya provet består av:",
                    [
                        "ett skriftligt prov i svenska på nivå B1",
                        "tjugo frågor om samhälle och demokrati",
                        "en muntlig del för den som inte klarar den skriftliga",
                    ],
                ),
            ),
        ],
    },
    {
        "id": "pt-bolsa",
        "lang": "pt",
        "title": "Câmara do Porto abre apoio à renda para trabalhadores imigrantes",
        "paras": [
            "A câmara municipal vai abrir em janeiro um apoio mensal à renda para trabalhadores imigrantes com contrato de trabalho e residência legal, no valor máximo de 200 euros durante um ano.",
            "O programa tem 800 vagas e dá prioridade a famílias com filhos em idade escolar. As associações de imigrantes pedem que o formulário esteja disponível também em inglês, hindi e nepalês.",
        ],
        "struct": [
            (
                2,
                (
                    "table",
                    "Requisitos principais",
                    [
                        ["Residência no concelho", "pelo menos seis meses"],
                        ["Rendimento máximo", "1.100 euros por mês"],
                    ],
                ),
            ),
        ],
    },
    {
        "id": "uk-robota",
        "lang": "uk",
        "title": "Українці в Польщі зможуть продовжити захист онлайн",
        "paras": [
            "Громадяни України, які перебувають у Польщі під тимчасовим захистом, зможуть продовжити свій статус через онлайн-кабінет без візиту до відомства, повідомило польське міністерство цифровізації.",
            "Для цього знадобиться електронний підпис або банківська ідентифікація. Волонтерські організації радять не відкладати заяву на останні тижні, оскільки минулого разу сайт не витримав навантаження.",
        ],
        "struct": [
            (2, ("h2", "Що потрібно підготувати")),
            (
                2,
                (
                    "ul",
                    "Перелік документів:",
                    [
                        "номер PESEL зі статусом UKR",
                        "чинний паспорт або ID-картка",
                        "адреса проживання в Польщі",
                    ],
                ),
            ),
        ],
    },
    {
        "id": "vi-duhoc",
        "lang": "vi",
        "title": "Hàn Quốc nới điều kiện làm thêm cho du học sinh Việt Nam",
        "paras": [
            "Du học sinh Việt Nam tại Hàn Quốc có trình độ tiếng Hàn từ cấp ba trở lên sẽ được làm thêm tối đa ba mươi giờ mỗi tuần, thay vì hai mươi lăm giờ như hiện nay, theo quy định mới có hiệu lực từ tháng sau.",
            "Cơ quan quản lý xuất nhập cảnh Hàn Quốc cũng cho phép sinh viên làm thêm ở các tỉnh khác với nơi học nếu được nhà trường xác nhận. Các trung tâm tư vấn khuyên sinh viên giữ hợp đồng lao động bằng văn bản.",
        ],
        "struct": [
            (0, ("byline", "Phóng viên Nguyễn Thu Hà, từ Seoul")),
        ],
    },
]
