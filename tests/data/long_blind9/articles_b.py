"""Hand-written fictional stories for long_blind9: fr-SN, ar-EG, fa, ja (markup: articles_a)."""

ARTICLES = [
    {
        "id": "fr-SN",
        "lang": "fr",
        "topic": "immigration",
        "title": "Émigration irrégulière : un fonds de réinsertion pour les rapatriés de Mbour",
        "byline": "Par Aïssatou Diop",
        "date": "Publié le 12 novembre 2025",
        "caption": "Des pirogues sur la plage de Mbour, au petit matin.",
        "hover": "Mamadou Lamine Sarr",
        "body": """Le gouvernement a lancé mardi à Mbour un fonds de réinsertion destiné aux jeunes rapatriés après une tentative de départ en pirogue vers les îles Canaries.
Doté de 2 milliards de francs CFA, le fonds financera des projets dans la pêche, la transformation des produits halieutiques, la mécanique et l'agriculture maraîchère.
Selon la Direction générale d'appui aux Sénégalais de l'extérieur, plus de 3 000 personnes ont été rapatriées depuis janvier vers les départements de Mbour, Joal et Kayar.
Le ministre délégué chargé des Sénégalais de l'extérieur, {Mamadou Lamine Sarr}, a reconnu que les programmes précédents avaient souvent échoué faute de suivi.
> « Nous ne voulons plus donner un kit et disparaître. Chaque projet aura un tuteur pendant deux ans », a-t-il déclaré devant les familles réunies à la mairie.
## Les conditions d'accès
Pour déposer un dossier, les candidats doivent remplir trois conditions :
- avoir été rapatrié ou intercepté en mer depuis le 1er janvier 2024 ;
- présenter un projet porté seul ou en groupement d'au moins trois personnes ;
- suivre une formation de quatre semaines dans un centre agréé.
Les prêts seront accordés sans garantie, avec un taux de 2 % et un différé de remboursement de six mois.
Les dossiers seront reçus dans les antennes régionales et, pour la première fois, sur une plateforme en ligne accessible depuis un téléphone.
@https://www.sec.gouv.sn/documents/arrete-fonds-reinsertion-2025.pdf|Arrêté portant création du fonds de réinsertion (PDF)
## Scepticisme sur les plages
À Mbour, plusieurs jeunes pêcheurs estiment que le montant ne suffit pas face au coût d'une place en pirogue, qui dépasse souvent 400 000 francs CFA.
Ils réclament surtout un accès aux zones de pêche et des moteurs moins chers.
Le président de l'association des rapatriés, Ousmane Faye, a invité les jeunes à s'abonner à la page de l'association pour suivre les appels à projets, plutôt que de croire les rumeurs partagées sur les réseaux sociaux.
Il a demandé que les photos des bénéficiaires ne soient pas publiées sans leur accord.
Le premier appel à projets sera ouvert le 1er décembre.
Rectificatif : une version précédente de cet article indiquait un taux d'intérêt de 5 %. Le taux retenu est de 2 %.""",
    },
    {
        "id": "ar-EG",
        "lang": "ar",
        "topic": "immigration",
        "title": "بدء تسجيل اللاجئين السودانيين وفق قانون اللجوء الجديد في ثلاث محافظات",
        "byline": "كتبت: هبة عبد الرحمن",
        "date": "الأحد، 19 أكتوبر 2025 10:40 ص",
        "caption": "لاجئون سودانيون أمام مكتب التسجيل في مدينة السادس من أكتوبر.",
        "hover": "أحمد فوزي",
        "body": """بدأت اللجنة الدائمة لشؤون اللاجئين، اليوم الأحد، استقبال طلبات التسجيل من اللاجئين السودانيين في محافظات القاهرة والجيزة وأسوان، وفقا لقانون لجوء الأجانب الذي صدر العام الماضي.
وقالت اللجنة في بيان إن التسجيل يتم في ثلاثة مكاتب جديدة تعمل من التاسعة صباحا حتى الثالثة عصرا، طوال أيام الأسبوع عدا الجمعة.
ويحصل كل من يتم تسجيله على بطاقة إقامة مؤقتة صالحة لمدة عام، تتيح له فتح حساب بنكي وإلحاق الأبناء بالمدارس الحكومية.
وأوضح رئيس اللجنة، {أحمد فوزي}، أن المكاتب ستعمل بالتنسيق مع المفوضية السامية للأمم المتحدة لشؤون اللاجئين خلال الأشهر الستة الأولى.
> وقال فوزي: "لن يُطلب من أي أسرة مغادرة مسكنها أثناء النظر في الطلب، والهدف هو تنظيم الوجود لا تقييده".
## الأوراق المطلوبة
وحددت اللجنة ثلاثة مستندات لازمة لتقديم الطلب:
- جواز السفر أو أي وثيقة هوية سودانية ولو كانت منتهية الصلاحية؛
- شهادة التسجيل لدى المفوضية إن وجدت؛
- عقد إيجار أو إفادة من صاحب السكن.
ويقدر عدد السودانيين الذين دخلوا مصر منذ بدء الحرب بأكثر من مليون ومئتي ألف شخص، بحسب أرقام رسمية.
وأكدت اللجنة أن التسجيل مجاني، وحذرت من صفحات على مواقع التواصل تطلب رسوما مقابل حجز المواعيد.
@https://www.refugees-committee.gov.eg/files/lawa2ih-tasgil-2025.pdf|اللائحة التنفيذية لقانون لجوء الأجانب (ملف PDF)
## مخاوف المنظمات
ورحبت منظمات حقوقية بفتح باب التسجيل، لكنها طالبت بتوضيح مصير من فاتهم الموعد أو دخلوا البلاد بطرق غير رسمية.
وقالت المبادرة المصرية للحقوق الشخصية إن كثيرين يخشون تقديم بياناتهم، وطالبت بنشر دليل مبسط باللغة العربية على تطبيق للهاتف.
كما دعت إلى عدم تصوير المتقدمين أو نشر صورهم في وسائل الإعلام دون موافقتهم.
ولم تعلن اللجنة بعد موعد فتح المكاتب في الإسكندرية.
وينتظر المتقدمون أمام مكتب السادس من أكتوبر منذ ساعات الفجر.""",
    },
    {
        "id": "fa",
        "lang": "fa",
        "topic": "immigration",
        "title": "تمدید برگه سرشماری اتباع افغانستانی تا پایان خرداد؛ ثبت‌نام فقط اینترنتی",
        "byline": "گروه اجتماعی – نرگس رحیمی",
        "date": "۲۲ مهر ۱۴۰۴ - ۰۹:۳۰",
        "caption": "متقاضیان در دفتر کفالت اتباع در مشهد.",
        "hover": "محمدرضا کاظمی",
        "body": """اداره کل امور اتباع و مهاجرین خارجی اعلام کرد اعتبار برگه‌های سرشماری اتباع افغانستانی تا پایان خرداد سال آینده تمدید می‌شود و ثبت‌نام برای تمدید فقط به صورت اینترنتی انجام خواهد شد.
بر اساس این اطلاعیه، دارندگان برگه سرشماری باید از اول آبان تا پایان آذر در سامانه ملی اتباع ثبت‌نام کنند و پس از تأیید، برای انگشت‌نگاری به دفاتر کفالت مراجعه کنند.
هزینه تمدید برای هر نفر دو میلیون تومان تعیین شده و کودکان زیر شش سال از پرداخت آن معاف هستند.
مدیرکل امور اتباع، {محمدرضا کاظمی}، گفت حدود یک میلیون و ششصد هزار نفر مشمول این طرح هستند و بیشتر آنها در تهران، خراسان رضوی و اصفهان زندگی می‌کنند.
> کاظمی گفت: «هیچ فردی که در موعد ثبت‌نام کند، در این مدت بازداشت یا اخراج نخواهد شد.»
## مدارک لازم
برای ثبت‌نام در سامانه این مدارک خواسته شده است:
- تصویر برگه سرشماری قبلی؛
- یک شماره تلفن همراه فعال به نام متقاضی یا سرپرست خانوار؛
- نشانی دقیق محل سکونت و کد پستی.
برگه جدید به افراد اجازه می‌دهد در استان محل سکونت خود کار کنند و فرزندانشان را در مدارس دولتی ثبت‌نام کنند.
سفر به استان‌های دیگر همچنان به برگه تردد نیاز دارد.
@https://www.moi.ir/portal/File/ShowFile.aspx?ID=sarshomari-1404.pdf|متن کامل دستورالعمل تمدید برگه سرشماری
## نگرانی از قطعی سامانه
در دوره قبلی ثبت‌نام، سامانه بارها از دسترس خارج شد و بسیاری از متقاضیان ناچار شدند شب‌ها برای ورود به آن بیدار بمانند.
یک فعال حقوق مهاجران در مشهد گفت بسیاری از خانواده‌ها گوشی هوشمند ندارند و به کافی‌نت‌هایی مراجعه می‌کنند که برای هر ثبت‌نام پول جداگانه می‌گیرند.
او از متقاضیان خواست اطلاعات شخصی و عکس مدارک خود را در گروه‌های پیام‌رسان با افراد ناشناس به اشتراک نگذارند.
اداره اتباع وعده داده است ظرفیت سامانه را دو برابر کند.
جریمه ثبت‌نام نکردن هنوز اعلام نشده است.
اصلاحیه: در نسخه قبلی این خبر هزینه تمدید یک میلیون تومان ذکر شده بود که اشتباه بود.""",
    },
    {
        "id": "ja",
        "lang": "ja",
        "topic": "library",
        "title": "岩見沢市立図書館、改修終え再開　平日は午後9時まで開館",
        "byline": "北海道支局　佐藤 恵",
        "date": "2025年11月8日 07:00",
        "caption": "改修を終えた岩見沢市立図書館の閲覧室。",
        "hover": "高橋 浩一",
        "body": """北海道岩見沢市の市立図書館が約1年半の改修工事を終え、8日に再開した。平日の開館時間を午後9時まで延ばし、仕事帰りの市民も利用しやすくした。
改修では耐震補強に加え、2階に学習室を新設した。座席数は以前の約2倍の180席になった。
館長の{高橋 浩一}さんは「高校生が放課後に勉強できる場所が足りないという声が多かった」と話す。
> 「本を借りるだけでなく、長く過ごせる場所にしたい」と高橋さんは語った。
## 新しいサービス
再開に合わせて、次のサービスを始めた。
- スマートフォンのアプリで貸し出し予約ができる
- 自動返却機を正面入口に設置
- 毎月第2土曜日に子ども向けの読み聞かせ会
アプリの登録には図書館カードの番号が必要になる。
館内では写真撮影を原則禁止とするが、展示コーナーに限り認める。
@https://www.city.iwamizawa.hokkaido.jp/library/renewal2025.pdf|改修後の利用案内（PDF）
## 課題は人手
一方で、開館時間の延長に伴い職員の確保が課題となっている。市は司書を3人増やしたが、夜間は2人体制になる。
市民からは、駐車場が狭いという意見も寄せられている。
市はメールマガジンで利用状況を定期的に知らせ、意見を募るとしている。
初日は開館前から約200人が列を作った。""",
    },
]
