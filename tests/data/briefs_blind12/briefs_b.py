"""Fictional short briefs for briefs_blind12 (part B), hand-written for this corpus."""

from __future__ import annotations

BRIEFS_B: dict[str, dict] = {
    "ja": {
        "story": "gaikokujin-soudan",
        "title": "外国人住民の相談窓口、土曜も開設へ",
        "paras": [
            "市は来年一月から、市役所一階の外国人住民向け相談窓口を毎月第二・第四土曜日にも開くと発表した。平日に仕事を休めない技能実習生や家族からの要望を受けたもので、在留手続きや子どもの就学について相談できる。",
            "窓口では英語、ベトナム語、ネパール語、ポルトガル語の通訳が対応する。",
        ],
        "struct": (
            "qa",
            [("予約は必要ですか。", "予約は不要ですが、混雑時は番号札で順番に案内します。")],
        ),
    },
    "ko": {
        "story": "doseogwan-yagan",
        "title": "시립도서관, 시험 기간 야간 개방 자정까지 연장",
        "paras": [
            "시립중앙도서관이 기말고사 기간인 다음 달 2일부터 20일까지 열람실 운영 시간을 자정까지 연장한다고 밝혔다.",
            "도서관 측은 지난해 같은 기간 평일 저녁 좌석 이용률이 95%를 넘었다며, 좌석 예약 앱을 통해 미리 자리를 확보할 수 있다고 설명했다.",
            "야간에는 정문이 닫히고 주차장 쪽 출입구만 이용할 수 있으며, 자정 이후 귀가하는 이용자를 위해 인근 버스정류장까지 순찰 인력이 배치된다.",
        ],
        "struct": (
            "update",
            "정정: 처음 기사에서 연장 기간 종료일을 25일로 잘못 적어 20일로 바로잡습니다.",
        ),
    },
    "hi": {
        "story": "chhatra-visa-shulk",
        "title": "विदेश में पढ़ाई के वीज़ा शुल्क बढ़े, छात्रों की चिंता बढ़ी",
        "paras": [
            "ऑस्ट्रेलिया और ब्रिटेन में छात्र वीज़ा शुल्क बढ़ने के बाद शहर के कई परामर्श केंद्रों में अभिभावकों की भीड़ बढ़ गई है। कई परिवार अब जर्मनी और आयरलैंड जैसे विकल्पों के बारे में पूछ रहे हैं।",
            "परामर्शदाताओं का कहना है कि शुल्क के साथ-साथ बैंक खाते में दिखाई जाने वाली न्यूनतम राशि भी बढ़ी है, जिससे मध्यम वर्ग के छात्रों के लिए आवेदन करना कठिन हो गया है।",
            "विदेश मंत्रालय ने छात्रों को केवल पंजीकृत एजेंटों से ही संपर्क करने की सलाह दी है।",
        ],
        "struct": (
            "table",
            [
                ("ऑस्ट्रेलिया", "2,000 ऑस्ट्रेलियाई डॉलर"),
                ("ब्रिटेन", "524 पाउंड"),
                ("कनाडा", "150 कनाडाई डॉलर"),
            ],
        ),
    },
    "sv": {
        "story": "tolkar-migrationsdomstol",
        "title": "Brist på tolkar försenar mål i migrationsdomstolen",
        "paras": [
            "Migrationsdomstolen i Malmö har under hösten fått ställa in ett fyrtiotal muntliga förhandlingar eftersom det inte gått att få tag på auktoriserade tolkar i dari, tigrinja och somaliska.",
            "Enligt domstolen får de sökande i stället vänta upp till tre månader på en ny tid. Tolkförmedlingarna uppger att många tolkar har lämnat yrket sedan ersättningen sänktes.",
            "Domstolen prövar nu att hålla fler förhandlingar med tolk på distans via video.",
        ],
        "struct": ("byline", "Text: Johanna Lindqvist"),
    },
    "el": {
        "story": "ferry-dromologia",
        "title": "Νέα χειμερινά δρομολόγια πλοίων για τις Κυκλάδες",
        "paras": [
            "Από τη Δευτέρα τίθενται σε ισχύ τα χειμερινά δρομολόγια των πλοίων από τον Πειραιά προς τις Δυτικές Κυκλάδες, με τέσσερις αναχωρήσεις την εβδομάδα αντί για έξι.",
            "Οι δήμαρχοι της Σερίφου και της Σίφνου ζητούν ένα επιπλέον δρομολόγιο την Παρασκευή, ώστε οι μαθητές και οι ασθενείς να μπορούν να επιστρέφουν στο νησί πριν από το Σαββατοκύριακο.",
            "Το υπουργείο Ναυτιλίας εξετάζει το αίτημα.",
        ],
        "struct": ("subhead", "Τι ζητούν οι δήμοι"),
    },
    "ro": {
        "story": "muncitori-asiatici",
        "title": "Cota de muncitori străini pentru anul viitor, majorată la 120.000",
        "paras": [
            "Guvernul a aprobat miercuri contingentul de lucrători nou admiși pe piața muncii pentru anul viitor, care crește de la 100.000 la 120.000 de permise.",
            "Angajatorii din construcții și din industria ospitalității au cerut creșterea după ce numărul de cereri depuse la Inspectoratul General pentru Imigrări a depășit cota încă din luna august.",
            "Sindicatele avertizează că lucrătorii veniți din Asia au nevoie de controale mai dese privind cazarea și plata salariilor.",
        ],
        "struct": (
            "quote",
            "„Avem firme care așteaptă de opt luni un singur aviz de muncă”, a declarat Andrei Mocanu, președintele patronatului din construcții.",
            "Andrei Mocanu, patronatul din construcții",
        ),
    },
    "hu": {
        "story": "vendegmunkas-iroda",
        "title": "Új ügyfélszolgálat nyílik a vendégmunkásoknak Debrecenben",
        "paras": [
            "Januártól külön ügyfélszolgálati irodát nyit Debrecenben az Országos Idegenrendészeti Főigazgatóság a vendégmunkás-tartózkodási engedélyt kérők számára.",
            "A városban működő akkumulátorgyár és beszállítói az elmúlt évben több ezer munkavállalót hoztak a Fülöp-szigetekről és Vietnámból, akiknek eddig Budapestre kellett utazniuk ügyeik intézéséhez.",
            "Az iroda hétköznap reggel nyolctól délután négyig lesz nyitva.",
        ],
        "struct": ("next", "Az időpontfoglaló rendszer december közepén indul."),
    },
    "cs": {
        "story": "ukrajinci-docasna-ochrana",
        "title": "Lidé s dočasnou ochranou se musí do března zaregistrovat znovu",
        "paras": [
            "Uprchlíci z Ukrajiny, kteří v Česku pobývají na základě dočasné ochrany, si musejí do konce března znovu prodloužit vízum přes online formulář ministerstva vnitra.",
            "Kdo registraci nestihne, přijde o oprávnění k pobytu i o přístup ke zdravotnímu pojištění. Ministerstvo odhaduje, že se prodloužení týká zhruba 380 tisíc lidí.",
            "Po registraci je nutné navštívit pracoviště odboru azylové a migrační politiky a nechat si vylepit nový vízový štítek.",
        ],
        "struct": (
            "list",
            "K registraci budete potřebovat:",
            ["cestovní doklad", "adresu ubytování v Česku", "e-mailovou adresu"],
        ),
    },
    "vi": {
        "story": "lao-dong-han-quoc",
        "title": "Thêm 5.000 chỉ tiêu lao động làm việc tại Hàn Quốc theo chương trình EPS",
        "paras": [
            "Trung tâm Lao động ngoài nước cho biết năm tới Hàn Quốc sẽ tiếp nhận thêm khoảng 5.000 lao động Việt Nam theo chương trình cấp phép việc làm EPS, chủ yếu trong ngành sản xuất và nông nghiệp.",
            "Người lao động phải vượt qua kỳ thi tiếng Hàn và kiểm tra tay nghề. Trung tâm khuyến cáo không nộp tiền cho các cá nhân hứa hẹn đi nhanh, vì mọi thủ tục đều do cơ quan nhà nước thực hiện.",
        ],
        "struct": (
            "qa",
            [("Khi nào mở đăng ký thi?", "Dự kiến vào tháng 3, tại các sở lao động địa phương.")],
        ),
    },
    "id": {
        "story": "pmi-bandara",
        "title": "Bandara Juanda buka layanan terpadu pekerja migran",
        "paras": [
            "SURABAYA — Pemerintah membuka layanan terpadu bagi pekerja migran Indonesia di Terminal 2 Bandara Juanda, Surabaya, mulai pekan depan.",
            "Di layanan ini pekerja yang hendak berangkat dapat memeriksa keabsahan kontrak kerja dan asuransi, sementara yang pulang bisa melapor jika mengalami masalah gaji atau dokumen selama bekerja di luar negeri.",
            "Petugas akan berjaga selama 24 jam karena banyak penerbangan dari Malaysia dan Hong Kong tiba pada malam hari.",
        ],
        "struct": ("dateline", "SURABAYA —"),
    },
    "he": {
        "story": "ovdim-zarim-haklaut",
        "title": "אושרה הבאת 2,000 עובדים זרים נוספים לחקלאות",
        "paras": [
            "הממשלה אישרה אתמול את הבאתם של 2,000 עובדים זרים נוספים לענף החקלאות, בעיקר מתאילנד ומסרי לנקה, לקראת עונת הקטיף באביב.",
            "החקלאים בעוטף ובגליל טוענים כי המחסור בעובדים גורם להם להפסדים כבדים, ורבים מהם השאירו חלק מהיבול בשדות בעונה הקודמת.",
            "המכסה החדשה תחולק בין החקלאים לפי גודל המשקים ומספר העובדים החסרים להם כיום. ארגוני זכויות עובדים דורשים לחזק את הפיקוח על תנאי המגורים של העובדים.",
        ],
        "struct": ("caption", "עובדים בקטיף פלפלים במושב בדרום. צילום: ארכיון"),
    },
    "th": {
        "story": "nam-prapa-dap",
        "title": "ประปาหยุดจ่ายน้ำ 12 ชั่วโมง ซ่อมท่อเมนย่านบางนา",
        "paras": [
            "การประปานครหลวงแจ้งหยุดจ่ายน้ำในพื้นที่บางนาและบางพลีบางส่วน ตั้งแต่เวลา 22.00 น. ของวันเสาร์ถึง 10.00 น. ของวันอาทิตย์ เพื่อซ่อมท่อประปาขนาดใหญ่ที่ชำรุด",
            "ประชาชนในพื้นที่ควรสำรองน้ำไว้ใช้ล่วงหน้า โดยการประปาจะจัดรถน้ำไปบริการตามชุมชนและโรงพยาบาลในช่วงที่หยุดจ่ายน้ำ",
        ],
        "struct": (
            "table",
            [("พื้นที่", "บางนา บางพลีบางส่วน"), ("เวลาหยุดจ่ายน้ำ", "22.00–10.00 น."), ("สายด่วน", "1125")],
        ),
    },
    "bn": {
        "story": "probasi-kormi-app",
        "title": "প্রবাসী কর্মীদের জন্য নতুন অ্যাপে মিলবে অভিযোগের সুযোগ",
        "paras": [
            "বিদেশে কর্মরত বাংলাদেশি শ্রমিকেরা এখন থেকে একটি মোবাইল অ্যাপের মাধ্যমে বেতন না পাওয়া বা চুক্তিভঙ্গের অভিযোগ জানাতে পারবেন বলে জানিয়েছে প্রবাসী কল্যাণ মন্ত্রণালয়।",
            "অভিযোগ পাওয়ার পর সংশ্লিষ্ট দূতাবাসের শ্রম শাখা সাত দিনের মধ্যে নিয়োগকর্তার সঙ্গে যোগাযোগ করবে। অ্যাপটি বাংলা ও ইংরেজি দুই ভাষাতেই ব্যবহার করা যাবে।",
            "মন্ত্রণালয় জানিয়েছে, প্রথম ধাপে সৌদি আরব, মালয়েশিয়া ও কাতারের কর্মীরা এই সেবা পাবেন।",
        ],
        "struct": (
            "quote",
            "“অভিযোগ জানাতে আর দূতাবাসে লাইনে দাঁড়াতে হবে না,” বলেন মন্ত্রণালয়ের যুগ্মসচিব নাসরিন আক্তার।",
            "নাসরিন আক্তার, যুগ্মসচিব",
        ),
    },
    "sw": {
        "story": "wakimbizi-kambi",
        "title": "Wakimbizi wa kambi ya Kakuma kuruhusiwa kufanya biashara mjini",
        "paras": [
            "Serikali imetangaza kuwa wakimbizi wanaoishi katika kambi ya Kakuma wataruhusiwa kupata vibali vya biashara na kufungua maduka katika mji wa Kakuma kuanzia mwezi ujao.",
            "Maafisa wa idara ya huduma za wakimbizi walisema mpango huo utawasaidia wakimbizi kujitegemea badala ya kutegemea misaada pekee, na pia utaongeza mapato ya kaunti.",
            "Viongozi wa wafanyabiashara wa eneo hilo wameomba masharti yawe sawa kwa wenyeji na wakimbizi.",
        ],
        "struct": ("subhead", "Maoni ya wafanyabiashara"),
    },
}
