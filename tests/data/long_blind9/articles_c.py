"""Hand-written fictional stories for long_blind9: ko, zh-TW, ms, ur (markup: articles_a)."""

ARTICLES = [
    {
        "id": "ko",
        "lang": "ko",
        "topic": "immigration",
        "title": "계절근로자 배정 내년 1.5배 확대…농가 '숙소 기준'이 관건",
        "byline": "김지훈 기자",
        "date": "입력 2025.10.27 14:05",
        "caption": "충북 괴산의 한 배추밭에서 외국인 계절근로자들이 수확 작업을 하고 있다.",
        "hover": "박성민",
        "body": """법무부와 농림축산식품부가 내년 외국인 계절근로자 배정 인원을 올해보다 1.5배 늘린 약 9만 명으로 확정했다고 27일 밝혔다.
정부는 농촌의 일손 부족이 심각해지면서 파종기와 수확기에 인력을 제때 공급하기 위해 배정 규모를 늘렸다고 설명했다.
계절근로자는 최대 8개월까지 국내에 머물며 일할 수 있고, 성실하게 근무한 근로자는 다음 해 같은 농가에 다시 올 수 있다.
법무부 {박성민} 체류관리과장은 "지난해 무단이탈률이 크게 낮아진 지자체에 인원을 우선 배정했다"고 말했다.
> 박 과장은 "근로자가 안심하고 일할 수 있는 숙소가 마련된 농가만 신청할 수 있도록 기준을 강화하겠다"고 밝혔다.
## 달라지는 점
내년부터 달라지는 내용은 다음과 같다:
- 농가당 최대 고용 인원이 9명에서 12명으로 늘어난다
- 비닐하우스 안 가설 건축물은 숙소로 인정하지 않는다
- 임금은 근로자 본인 명의 계좌로만 지급해야 한다
농가들은 숙소 기준 강화에 부담을 호소하고 있다. 일부 지자체는 공공 기숙사를 짓기로 했다.
@https://www.moj.go.kr/bbs/moj/2026-seasonal-worker-guide.pdf|2026년 계절근로 프로그램 운영 지침(PDF)
## 브로커 문제 여전
현지 브로커가 근로자에게 수백만 원의 수수료를 받는 문제도 여전하다.
정부는 근로자가 휴대전화 앱으로 피해를 신고할 수 있도록 13개 언어 상담 서비스를 운영한다.
한 이주노동자 지원단체는 "사진과 계약서를 보관하라는 안내가 실제로 도움이 됐다"고 말했다.
신청은 다음 달 20일까지 시·군청에서 받는다.""",
    },
    {
        "id": "zh-TW",
        "lang": "zh",
        "topic": "immigration",
        "title": "中階技術移工轉永居 勞動部放寬薪資門檻",
        "byline": "記者陳怡君／台北報導",
        "date": "2025-11-05 18:20",
        "caption": "移工在桃園一家工廠的生產線上作業。",
        "hover": "林建宏",
        "body": """勞動部今（5）日宣布，外籍中階技術人力申請永久居留的薪資門檻將從每月新台幣5萬元調降為4萬3千元，明年1月起實施。
勞動部表示，目前約有4萬名移工轉任中階技術人力，但能申請永居的人數不到一成，主要卡在薪資條件。
勞動力發展署署長{林建宏}說，調整後預估每年可增加約3千名申請者。
> 林建宏指出：「讓有經驗的技術人員留下來，是產業升級最實際的方法。」
## 申請條件
依新規定，申請人須符合以下條件：
- 在台連續工作滿5年
- 最近兩年平均月薪達4萬3千元
- 通過基本華語能力測驗
配偶及未成年子女可一併申請依親居留。
@https://www.mol.gov.tw/files/2025/mid-skill-pr-rules.pdf|中階技術人力永久居留辦法修正草案（PDF）
## 雇主反應不一
部分雇主擔心員工取得永居後轉職，要求政府提供留才補助。
移工團體則認為，仲介費問題仍未解決，並呼籲勞動部公開違規仲介名單。
勞動部表示，將透過官方LINE帳號與電子報通知移工最新規定，並提供多語版本。
草案預告期60天，歡迎各界留言提供意見。
更正：本報先前報導門檻為4萬元，經勞動部確認為4萬3千元，特此更正。""",
    },
    {
        "id": "ms",
        "lang": "ms",
        "topic": "flood",
        "title": "Siren amaran banjir baharu dipasang di 40 kampung di Kelantan",
        "byline": "Oleh Nurul Aisyah Hamzah",
        "date": "Oktober 30, 2025 @ 8:15am",
        "caption": "Siren amaran awal banjir di tebing Sungai Kelantan, Kuala Krai.",
        "hover": "Zulkifli Mat Isa",
        "body": """Jabatan Pengairan dan Saliran (JPS) Kelantan memasang siren amaran awal banjir di 40 kampung sepanjang Sungai Kelantan dan Sungai Golok menjelang musim tengkujuh tahun ini.
Siren itu akan berbunyi secara automatik apabila paras air sungai mencapai tahap amaran, memberi penduduk sekurang-kurangnya tiga jam untuk berpindah.
Pengarah JPS Kelantan, {Zulkifli Mat Isa}, berkata sistem itu disambungkan terus kepada stesen telemetri yang mengukur paras air setiap 15 minit.
> "Tahun lalu ada kampung yang hanya tahu air naik apabila ia sudah masuk ke rumah. Kami tidak mahu perkara itu berulang," katanya.
Projek bernilai RM6.8 juta itu siap dua bulan lebih awal daripada jadual.
## Tiga tahap bunyi siren
Siren akan berbunyi mengikut tiga tahap berikut:
- bunyi pendek berulang bagi tahap waspada;
- bunyi panjang bagi tahap amaran;
- bunyi berterusan bagi tahap bahaya, apabila penduduk perlu berpindah segera.
Penduduk juga boleh memuat turun aplikasi MyPublicInfobanjir untuk menerima notifikasi di telefon bimbit.
JPS menasihati orang ramai supaya tidak berkongsi gambar atau video banjir lama di media sosial kerana ia boleh menimbulkan panik.
@https://www.water.gov.my/jps/resources/kelantan-siren-2025.pdf|Senarai lokasi siren amaran banjir Kelantan (PDF)
## Latihan bersama penduduk
Latihan pemindahan akan diadakan di setiap kampung sebelum akhir November dengan kerjasama Angkatan Pertahanan Awam.
Ketua Kampung Manek Urai Lama, Hassan Deraman, berkata penduduk menyambut baik siren itu tetapi berharap pusat pemindahan turut dinaik taraf.
Menurutnya, dewan orang ramai di kampung itu sempit dan tidak mempunyai bekalan air yang mencukupi untuk ratusan mangsa.
Kerajaan negeri berkata ia sedang meneliti permohonan tersebut.
Musim tengkujuh dijangka bermula pertengahan November.
Pembetulan: Versi awal berita ini menyatakan projek itu bernilai RM8.6 juta. Nilai sebenar ialah RM6.8 juta.""",
    },
    {
        "id": "ur",
        "lang": "ur",
        "topic": "immigration",
        "title": "افغان مہاجرین کے پی او آر کارڈز کی مدت میں چھ ماہ کی توسیع",
        "byline": "اسلام آباد (نمائندہ خصوصی) – عمران خٹک",
        "date": "منگل 28 اکتوبر 2025",
        "caption": "پشاور میں نادرا کے مرکز کے باہر افغان مہاجرین قطار میں کھڑے ہیں۔",
        "hover": "سعدیہ ملک",
        "body": """وفاقی حکومت نے رجسٹرڈ افغان مہاجرین کے پروف آف رجسٹریشن یعنی پی او آر کارڈز کی مدت میں چھ ماہ کی توسیع کی منظوری دے دی ہے، جس کے بعد یہ کارڈ اگلے سال اپریل تک کارآمد رہیں گے۔
وزارت سیفران کے مطابق اس فیصلے سے تقریباً تیرہ لاکھ افراد کو فائدہ ہوگا جن میں سے زیادہ تر خیبر پختونخوا اور بلوچستان میں مقیم ہیں۔
توسیع کے لیے کارڈ ہولڈرز کو کسی دفتر جانے کی ضرورت نہیں، موجودہ کارڈ ہی نئی تاریخ تک قابل قبول ہوگا۔
وزارت کی ترجمان {سعدیہ ملک} نے کہا کہ پولیس اور دیگر اداروں کو ہدایت جاری کر دی گئی ہے کہ کارڈ رکھنے والے کسی شخص کو ہراساں نہ کیا جائے۔
> ترجمان کا کہنا تھا: "جن کے پاس درست کارڈ ہے، وہ قانونی طور پر پاکستان میں مقیم ہیں۔"
## کن لوگوں کو فائدہ نہیں ہوگا
حکومت نے واضح کیا ہے کہ یہ توسیع ان افراد پر لاگو نہیں ہوگی:
- افغان سٹیزن کارڈ رکھنے والے افراد، جن کے لیے الگ پالیسی آئے گی؛
- وہ لوگ جن کے پاس کوئی رجسٹریشن دستاویز نہیں؛
- وہ افراد جن کے کارڈ پہلے ہی منسوخ ہو چکے ہیں۔
اقوام متحدہ کے ادارہ برائے مہاجرین نے فیصلے کا خیرمقدم کیا اور کہا کہ مستقل حل کے لیے طویل مدتی پالیسی ضروری ہے۔
@https://www.safron.gov.pk/notifications/por-extension-2025.pdf|پی او آر کارڈز کی توسیع کا سرکاری نوٹیفکیشن
## تاجروں اور طلبہ کی تشویش
پشاور کے افغان تاجروں کا کہنا ہے کہ بار بار مختصر توسیع سے کاروبار کی منصوبہ بندی ممکن نہیں رہتی۔
ایک افغان طالبہ نے بتایا کہ یونیورسٹی داخلے کے لیے کم از کم ایک سال کی رہائش کا ثبوت مانگا جاتا ہے۔
مہاجرین کے لیے کام کرنے والی تنظیموں نے لوگوں سے کہا ہے کہ وہ سوشل میڈیا پر شیئر کی جانے والی جعلی خبروں پر یقین نہ کریں اور صرف سرکاری اعلانات دیکھیں۔
انہوں نے یہ بھی کہا کہ کارڈ کی تصویر کسی نامعلوم شخص کو نہ بھیجی جائے۔
حکومت آئندہ ماہ نئی پالیسی کا مسودہ پیش کرے گی۔
تصحیح: اس خبر کے پہلے ورژن میں کارڈز کی تعداد پندرہ لاکھ بتائی گئی تھی، درست تعداد تقریباً تیرہ لاکھ ہے۔""",
    },
]
