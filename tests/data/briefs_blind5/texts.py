"""Hand-written fictional briefs for the briefs_blind5 corpus (held out; see README.md).

Each brief: lang, title, paras (2-4 paragraphs), struct (kind, data) used by control pages and some
short pages. All people, places' decisions and figures are invented.
"""

BRIEFS: dict[str, dict] = {
    "en-quota": dict(
        lang="en",
        title="Ministry sets new cap on seasonal farm visas",
        paras=[
            "The interior ministry will issue no more than 41,000 seasonal farm visas next year, a cut of "
            "about a fifth, officials said on Tuesday after weeks of talks with growers' associations.",
            "Growers in the eastern valleys warned that fruit could be left unpicked. The ministry said "
            "employers who had sponsored workers without complaints for three seasons would be processed first.",
            "Applications open on 3 February and will be handled in the order received.",
        ],
        struct=(
            "list",
            (
                "The new rules in brief:",
                [
                    "visas are valid for a maximum of six months",
                    "workers may change employer once per season",
                    "housing must be inspected before arrival",
                ],
            ),
        ),
    ),
    "en-appeals": dict(
        lang="en",
        title="Asylum appeals court clears half its backlog",
        paras=[
            "The tribunal that hears asylum appeals has decided 18,300 cases since March, roughly half of the "
            "backlog it reported last winter, according to figures released by its president, Judge Orla Penhallow.",
            "The court hired forty temporary judges and moved short hearings to video. Lawyers' groups said the "
            "pace had come at the cost of preparation time for applicants who do not speak English.",
            "The remaining cases, many involving families, are expected to take until next autumn.",
            "The justice ministry has promised to fund the temporary posts for another year. Penhallow said she would ask for twenty of them to be made permanent, arguing that new claims were still arriving faster than before the pandemic and that the court could not rely on emergency measures for ever.",
        ],
        struct=(
            "quote",
            (
                "Speed matters, but not more than getting each decision right.",
                "Judge Orla Penhallow, tribunal president",
            ),
        ),
    ),
    "en-bridge": dict(
        lang="en",
        title="Harbour footbridge to close for repairs",
        paras=[
            "The Millbrook harbour footbridge will close for eleven weeks from Monday while engineers replace "
            "corroded cables, the council said.",
            "Pedestrians will be diverted over the rail crossing, adding roughly seven minutes to the walk "
            "between the ferry terminal and the market square. A free shuttle will run every quarter hour.",
            "Cyclists must dismount on the diversion. The council expects the bridge to carry about 4,000 crossings a day once it reopens.",
        ],
        struct=(
            "update",
            "Update, 14:20: The council has moved the start of the works to Wednesday.",
        ),
    ),
    "en-citizen": dict(
        lang="en",
        title="Citizenship test to include spoken interview",
        paras=[
            "Applicants for citizenship will face a ten-minute spoken interview in addition to the written test "
            "from July, under rules published by the home office on Thursday.",
            "The office said the interview would assess everyday language rather than knowledge of history. "
            "Migrant advice centres asked for free practice sessions in public libraries.",
            "About 96,000 people applied for naturalisation last year.",
        ],
        struct=(
            "qa",
            [
                (
                    "Who has to take the interview?",
                    "Every applicant aged 18 to 65 who is not exempt for health reasons.",
                ),
                (
                    "Can it be retaken?",
                    "Yes, after a waiting period of eight weeks and for a reduced fee.",
                ),
            ],
        ),
    ),
    "de-abschiebung": dict(
        lang="de",
        title="Land stoppt Abschiebungen in den Wintermonaten",
        paras=[
            "Das Innenministerium setzt Abschiebungen von Familien mit kleinen Kindern bis Ende März aus. Das "
            "teilte Staatssekretärin Henrike Albrand am Mittwoch im Landtag mit.",
            "Die Opposition sprach von einem Signal ohne rechtliche Bindung, weil die Ausländerbehörden der "
            "Kreise weiterhin selbst entscheiden. Flüchtlingsinitiativen begrüßten den Schritt dagegen.",
            "Betroffen sind nach Schätzung des Ministeriums rund 640 Menschen.",
            "Der Flüchtlingsrat forderte, die Regelung auf alleinstehende Kranke und ältere Menschen auszuweiten. Das Ministerium kündigte an, nach dem Winter Bilanz zu ziehen und dem Innenausschuss einen Bericht vorzulegen, in dem auch die Zahl der freiwilligen Ausreisen erfasst wird.",
        ],
        struct=(
            "factbox",
            (
                "Zahlen und Fakten",
                [
                    ("Ausreisepflichtige im Land", "12.480"),
                    ("davon geduldet", "9.915"),
                    ("Abschiebungen im Vorjahr", "1.302"),
                ],
            ),
        ),
    ),
    "de-fest": dict(
        lang="de",
        title="Orgelsommer beginnt mit Rekordzahl an Konzerten",
        paras=[
            "Der Orgelsommer in Wendelstadt beginnt am Samstag mit 54 Konzerten in 19 Kirchen, so vielen wie "
            "nie zuvor. Die Veranstalter erwarten mehr als 20.000 Besucherinnen und Besucher.",
            "Erstmals spielen auch Studierende der Musikhochschule in den Dorfkirchen des Umlands. Der Eintritt "
            "bleibt frei, um Spenden für die Restaurierung der Stadtorgel wird gebeten.",
            "Das vollständige Programm liegt in den Gemeindebüros aus.",
        ],
        struct=("caption", "Die restaurierte Stadtorgel von Wendelstadt. Foto: Kirchengemeinde"),
    ),
    "fr-titres": dict(
        lang="fr",
        title="Les titres de séjour étudiants renouvelés en ligne",
        paras=[
            "Les étudiants étrangers pourront renouveler leur titre de séjour entièrement en ligne à partir de "
            "la rentrée, a annoncé la préfecture de la Sarthe-Orientale lundi.",
            "Jusqu'ici, un rendez-vous au guichet restait obligatoire pour la remise des empreintes. Les "
            "associations étudiantes saluent la mesure mais craignent des bugs pendant les premières semaines.",
            "Près de 7 800 étudiants sont concernés dans le département.",
        ],
        struct=(
            "subheads",
            [
                (
                    "Ce qui change",
                    "Le dépôt du dossier, le paiement du timbre fiscal et le suivi se font sur le même portail.",
                ),
                (
                    "Ce qui reste",
                    "La remise du titre se fait toujours en main propre, sur convocation.",
                ),
            ],
        ),
    ),
    "es-frontera": dict(
        lang="es",
        title="Nuevo centro de acogida en la frontera sur",
        paras=[
            "El Gobierno abrirá en abril un centro de acogida con 420 plazas junto al paso fronterizo de "
            "Valdeara, según confirmó el delegado regional, Tomás Irigoyen, en rueda de prensa.",
            "El centro atenderá durante un máximo de 72 horas a las personas recién llegadas, que recibirán "
            "asistencia médica y jurídica antes de su traslado. Los alcaldes de la comarca piden más personal sanitario.",
            "La obra costará 11,2 millones de euros.",
            "El proyecto incluye una zona de juegos para niños, una sala de lactancia y oficinas para las organizaciones humanitarias que ya trabajan en la zona. Los vecinos de Valdeara han pedido que el acceso de los autobuses no pase por el centro del pueblo.",
        ],
        struct=(
            "quote",
            (
                "Nadie debería pasar su primera noche en el país durmiendo en una acera.",
                "Tomás Irigoyen, delegado regional",
            ),
        ),
    ),
    "it-cittadinanza": dict(
        lang="it",
        title="Cittadinanza, tempi di attesa ridotti a due anni",
        paras=[
            "Il tempo massimo per la risposta alle domande di cittadinanza scenderà da tre a due anni. Lo "
            "prevede un decreto approvato ieri sera dal Consiglio dei ministri.",
            "Il testo prevede anche l'assunzione di 300 funzionari nelle prefetture più in ritardo. I sindacati "
            "parlano di un passo avanti, ma ricordano che molte pratiche attendono da oltre quattro anni.",
            "Il decreto entra in vigore il giorno dopo la pubblicazione in Gazzetta.",
        ],
        struct=(
            "correction",
            "Correzione: in una prima versione l'articolo indicava 200 funzionari invece di 300.",
        ),
    ),
    "pt-vistos": dict(
        lang="pt",
        title="Vistos de procura de trabalho passam a ser digitais",
        paras=[
            "Os pedidos de visto para procura de trabalho passam a ser apresentados apenas por via digital a "
            "partir de março, anunciou a Agência para as Migrações num comunicado divulgado esta terça-feira.",
            "A agência garante que a decisão será tomada em 30 dias. Associações de imigrantes receiam que quem "
            "não tem acesso à internet fique para trás e pedem balcões de apoio nas juntas de freguesia.",
        ],
        struct=(
            "list",
            (
                "Documentos exigidos:",
                [
                    "passaporte válido por pelo menos um ano",
                    "comprovativo de meios de subsistência",
                    "seguro de saúde com cobertura no país",
                ],
            ),
        ),
    ),
    "nl-opvang": dict(
        lang="nl",
        title="Gemeenten krijgen meer tijd voor opvang statushouders",
        paras=[
            "Gemeenten krijgen tot het einde van volgend jaar om de huisvesting van statushouders op orde te "
            "brengen. Dat schrijft staatssecretaris Marit Oudeveen in een brief aan de Kamer.",
            "Ruim 14.000 mensen met een verblijfsvergunning wonen nog in een opvanglocatie omdat er geen woning "
            "beschikbaar is. Wethouders vragen om extra geld voor tijdelijke woningen.",
            "De Kamer debatteert volgende week over de brief.",
        ],
        struct=(
            "qa",
            [
                (
                    "Wat is een statushouder?",
                    "Iemand die een verblijfsvergunning asiel heeft gekregen.",
                ),
                (
                    "Wie betaalt de tijdelijke woningen?",
                    "Rijk en gemeenten delen de kosten, volgens de brief.",
                ),
            ],
        ),
    ),
    "pl-granica": dict(
        lang="pl",
        title="Straż Graniczna zatrzymała grupę przemytników",
        paras=[
            "Funkcjonariusze Straży Granicznej zatrzymali w nocy z piątku na sobotę czterech mężczyzn "
            "podejrzanych o przemyt ludzi przez zieloną granicę w okolicach Borowic.",
            "W samochodzie dostawczym znajdowało się jedenaście osób, w tym troje dzieci. Wszyscy zostali "
            "przewiezieni do placówki w Lesznicy, gdzie otrzymali pomoc medyczną i mogą złożyć wniosek o ochronę.",
            "Zatrzymanym grozi do ośmiu lat więzienia.",
        ],
        struct=(
            "update",
            "Aktualizacja: prokuratura postawiła zatrzymanym zarzuty w niedzielę rano.",
        ),
    ),
    "sv-anhorig": dict(
        lang="sv",
        title="Skärpta krav för anhöriginvandring",
        paras=[
            "Regeringen föreslår att den som vill ta hit en make eller maka ska ha en inkomst på minst 16 000 "
            "kronor i månaden efter skatt. Förslaget presenterades av migrationsminister Ebba Lindqvar.",
            "Kravet gäller i dag inte personer som har flyktingstatus och ansöker inom tre månader. Den "
            "undantagsregeln tas bort enligt förslaget, vilket kritiseras av flera remissinstanser.",
            "Lagändringen föreslås träda i kraft den 1 juli.",
        ],
        struct=(
            "factbox",
            (
                "Fakta",
                [
                    ("Ansökningar i fjol", "38 210"),
                    ("Beviljade", "27 905"),
                    ("Genomsnittlig handläggningstid", "11 månader"),
                ],
            ),
        ),
    ),
    "ru-patent": dict(
        lang="ru",
        title="Стоимость патента для мигрантов вырастет",
        paras=[
            "С первого января стоимость трудового патента для иностранных граждан в области вырастет на "
            "девять процентов, сообщило региональное управление по вопросам миграции.",
            "Работодатели опасаются, что часть работников перейдёт в соседние регионы, где патент дешевле. В "
            "управлении отметили, что собранные средства пойдут на курсы русского языка.",
            "Сейчас в области действует около 52 тысяч патентов.",
            "Профсоюз строителей предложил направить часть доходов на проверку условий проживания рабочих. Губернатор пообещал рассмотреть это предложение до конца месяца.",
        ],
        struct=(
            "list",
            (
                "Что нужно для получения патента:",
                [
                    "медицинское освидетельствование",
                    "сертификат о знании языка",
                    "полис добровольного медицинского страхования",
                ],
            ),
        ),
    ),
    "ar-laji": dict(
        lang="ar",
        title="تمديد تصاريح إقامة اللاجئين لمدة عام",
        paras=[
            "أعلنت وزارة الداخلية تمديد تصاريح الإقامة المؤقتة للاجئين المسجلين لمدة عام إضافي، "
            "وذلك بعد اجتماع مع ممثلي المفوضية في العاصمة يوم الأحد.",
            "ويشمل القرار نحو ثلاثين ألف شخص يقيمون في المحافظات الشمالية. وقالت منظمات إغاثة إن "
            "التمديد يمنح الأسر فرصة لتسجيل أطفالها في المدارس دون خوف من انتهاء الوثائق.",
            "ويبدأ العمل بالقرار مطلع الشهر المقبل.",
            "وأكدت الوزارة أن المكاتب الإقليمية ستستقبل طلبات التجديد دون مواعيد مسبقة خلال الأسابيع الأولى.",
        ],
        struct=(
            "quote",
            (
                "لا يمكن لأي أسرة أن تخطط لمستقبلها وأوراقها تنتهي كل ثلاثة أشهر.",
                "سلمى الحداد، منسقة جمعية العون",
            ),
        ),
    ),
    "tr-vize": dict(
        lang="tr",
        title="Öğrenci vizesi başvurularında yeni dönem",
        paras=[
            "Yabancı öğrenciler için vize başvuruları artık üniversitelerin kabul mektubuyla birlikte tek bir "
            "çevrim içi sistem üzerinden yapılacak. Düzenleme önümüzdeki dönemden itibaren uygulanacak.",
            "Yetkililer, başvuruların ortalama on beş gün içinde sonuçlanmasını hedeflediklerini açıkladı. "
            "Öğrenci toplulukları ise randevu sisteminin daha önce sık sık çöktüğünü hatırlattı.",
            "Geçen yıl yaklaşık 48 bin yabancı öğrenci vize aldı.",
        ],
        struct=(
            "subheads",
            [
                (
                    "Kimler etkilenecek?",
                    "Lisans ve yüksek lisans programlarına kabul edilen tüm yabancı öğrenciler.",
                ),
                ("Ücret değişiyor mu?", "Başvuru ücreti bu yıl için aynı kalacak."),
            ],
        ),
    ),
    "ja-tokutei": dict(
        lang="ja",
        title="特定技能の受け入れ分野を拡大へ",
        paras=[
            "政府は外国人労働者の在留資格「特定技能」の対象分野に、新たに物流倉庫と林業を加える方針を固めた。"
            "来月の閣議で正式に決定する見通しだ。",
            "人手不足が深刻な地方の事業者からは歓迎の声が上がる一方、労働組合は賃金水準の確認や住居の確保など、"
            "受け入れ体制の整備が先だと指摘している。",
            "制度の開始以来、在留者は約三十万人に増えている。",
        ],
        struct=(
            "list",
            (
                "新たに追加される分野:",
                [
                    "物流倉庫での荷役と仕分け",
                    "林業での伐採と植林",
                ],
            ),
        ),
    ),
    "ko-bihaeng": dict(
        lang="ko",
        title="난민 심사 기간 여섯 달로 단축",
        paras=[
            "법무부는 난민 인정 심사 기간을 평균 여섯 달 이내로 줄이겠다고 밝혔다. 이를 위해 심사 "
            "인력을 내년까지 두 배로 늘릴 계획이다.",
            "현재 심사를 기다리는 신청자는 약 만 이천 명으로, 일부는 삼 년 넘게 결과를 기다리고 있다. "
            "시민단체는 통역 지원을 함께 늘려야 한다고 요구했다.",
            "새 계획은 다음 달 국회에 보고된다.",
        ],
        struct=("correction", "바로잡습니다: 처음 기사에서 신청자 수를 만 명으로 잘못 적었습니다."),
    ),
    "zh-hukou": dict(
        lang="zh",
        title="外籍人才永久居留申请流程简化",
        paras=[
            "市出入境管理局宣布，自下月起，符合条件的外籍高层次人才申请永久居留，可在网上提交全部材料，"
            "审批时限由一百八十天缩短至九十天。",
            "管理局表示，新流程还将取消部分重复的证明材料。一些在本市工作的外籍工程师表示，过去办理手续"
            "需要多次往返窗口，新办法将节省大量时间。",
            "去年全市共受理此类申请约四千件。",
            "管理局同时提醒，申请人应确保护照在审批期间保持有效，否则需重新提交。",
        ],
        struct=(
            "qa",
            [
                ("哪些人可以申请？", "在本市连续工作满三年并符合薪资标准的外籍人员。"),
                ("需要面谈吗？", "一般不需要，材料不全时可能另行通知。"),
            ],
        ),
    ),
    "el-nisia": dict(
        lang="el",
        title="Νέα δομή υποδοχής στα νησιά του Αιγαίου",
        paras=[
            "Το υπουργείο Μετανάστευσης ανακοίνωσε τη δημιουργία νέας κλειστής δομής υποδοχής με "
            "χωρητικότητα 900 θέσεων σε νησί του ανατολικού Αιγαίου.",
            "Ο δήμαρχος της περιοχής δήλωσε ότι δεν ενημερώθηκε εγκαίρως και ζήτησε δημόσια διαβούλευση. "
            "Οργανώσεις για τα δικαιώματα των προσφύγων εκφράζουν ανησυχία για τις συνθήκες κράτησης.",
            "Τα έργα αναμένεται να ξεκινήσουν την άνοιξη.",
        ],
        struct=("caption", "Η περιοχή όπου σχεδιάζεται η νέα δομή. Φωτογραφία: Αρχείο"),
    ),
}
