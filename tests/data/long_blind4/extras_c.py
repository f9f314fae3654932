"""Sentences appended to body paragraphs: APPEND[id] = [(paragraph start, sentence)]."""

APPEND: dict[str, list[tuple[str, str]]] = {
    "pl-opiekunki": [
        ("Urząd tłumaczy", "Każdy z nich ma do rozpatrzenia kilkaset spraw miesięcznie."),
    ],
    "ru-shkola-test": [
        (
            "Повторно сдать",
            "Частные репетиторы берут от полутора тысяч рублей за занятие, и многим семьям это не по карману.",
        ),
        (
            "Большинство не сдавших",
            "Учителя отмечают, что младшие дети обычно быстрее догоняют сверстников, если их сразу берут в класс.",
        ),
    ],
    "ar-omal-mawsimiyin": [
        (
            "وشارك في البرامج",
            "وكانت النساء يشكّلن الغالبية الساحقة من المشاركين في جميع المواسم السابقة دون استثناء.",
        ),
        (
            "ويأتي البرنامج",
            "وتتولى الوكالة الوطنية لإنعاش التشغيل انتقاء المترشحين وتنظيم المقابلات بالتنسيق مع المشغلين الأوروبيين.",
        ),
        (
            "وتمتد العقود",
            "ويبلغ الأجر الأدنى المنصوص عليه في العقود ما يعادل الحد الأدنى للأجور في البلد المستقبِل، وتُقتطع منه تكاليف السكن بنسبة محددة.",
        ),
        (
            "وتذكّر الجمعيات",
            "وتقول إن بعض العاملات لم يجرؤن على الشكوى خوفاً من حرمانهن من المشاركة في المواسم المقبلة.",
        ),
    ],
    "zh-binjiang-gongyuan": [
        ("记者从市城建部门获悉", "这是本市近年来规模最大的滨水空间改造项目。"),
        ("展览馆将展出", "展览馆开放时间为每天上午九点至下午五点，每周一闭馆。"),
        ("改造方案保留了", "其余仓库将改造成餐厅、书店和手工艺工作室，预计引入商户四十余家。"),
        (
            "对此，管理部门",
            "公园还将设置噪音监测点，对夜间音量进行实时监控，居民也可以通过热线电话反映问题。",
        ),
        (
            "老码头建于",
            "鼎盛时期，码头每天有上百艘货船停靠，三千多名工人在这里装卸煤炭、粮食和木材。",
        ),
        ("公园全程设有", "沿江还将种植两千多棵乔木，形成一条遮阴的林荫带。"),
        ("据介绍，工程", "有关部门表示，仓库租金收入将主要用于公园日常维护。"),
    ],
    "tr-sinir-kapisi": [
        (
            "Kapıda sabahın",
            "Görevliler, yoğunluğun en çok hafta başında yaşandığını ve bazı ailelerin geceyi araçlarında geçirdiğini söylüyor.",
        ),
        (
            "Bölgedeki işverenler",
            "Bazı atölyeler vardiya sayısını azalttı, bazıları ise başka illerden işçi getirmeye başladı.",
        ),
        ("Elektrik günde", "Kira fiyatları da savaş öncesine göre birkaç kat yükselmiş durumda."),
    ],
    "nl-fietsenstalling": [
        ("De stalling biedt", "Parkeren is de eerste 24 uur gratis."),
        (
            "Raadsleden zijn",
            "Het college koos toen toch voor de kleinere variant, omdat de grotere vijf miljoen euro duurder was.",
        ),
    ],
    "uk-tymchasovyi-zakhyst": [
        (
            "Зараз у країні",
            "Решта або не має достатнього доходу, або прожила в країні менше двох років.",
        ),
        (
            "Частина українців",
            "Дехто також побоюється, що в разі відмови доведеться шукати інші підстави для перебування.",
        ),
        (
            "Новий статус дає",
            "Крім того, власники статусу зможуть легше отримати іпотеку та довгострокову оренду житла.",
        ),
        (
            "Тим, хто не відповідає",
            "Міністерство вже заявило, що умови нового статусу можуть бути переглянуті після першого року.",
        ),
    ],
    "no-mottak-nedlegging": [
        (
            "Siden den gang",
            "Flere av dem bor fortsatt på øya og har barn som går i barnehagen der.",
        ),
        (
            "Begrunnelsen er",
            "Ifølge direktoratet koster en plass på Vikøy nesten dobbelt så mye som en plass i et stort mottak i byen.",
        ),
        (
            "For den lille",
            "Kommunen har i dag litt over 2.300 innbyggere, og mottaket har i perioder stått for en tredjedel av tilflyttingen.",
        ),
        ("Han mener staten", "Han har bedt om et møte med statssekretæren i Justisdepartementet."),
        ("Om lag 45", "Lærerne har ikke fått vite hvilke skoler barna skal begynne på."),
        ("UDI svarer", "Hvor mange det kan gjelde, vil direktoratet ikke si ennå."),
    ],
    "fa-ekhraj-mohajeran": [
        ("هوا سرد است", "کودکان و سالمندان بیش از دیگران در معرض خطر قرار دارند."),
        (
            "شمار مهاجران",
            "این رقم در مقایسه با ماه گذشته تقریباً دو برابر شده است و انتظار می‌رود در هفته‌های آینده نیز ادامه یابد.",
        ),
        (
            "مقام‌های استانی",
            "به گفته آنان، هدف اصلی این طرح کاهش فشار بر خدمات عمومی و بازار مسکن است.",
        ),
        (
            "پیمانکاران ساختمانی",
            "او افزود که جایگزین کردن این کارگران با نیروی محلی دست‌کم چند ماه زمان می‌برد و دستمزدها نیز بالا رفته است.",
        ),
        (
            "در سوی دیگر",
            "به گفته این سازمان‌ها، بسیاری از بازگشتگان پیش از این هرگز در افغانستان زندگی نکرده‌اند و در آنجا خویشاوندی ندارند.",
        ),
        (
            "برخی کارفرمایان",
            "آنان می‌گویند چنین کارتی هم به دولت امکان نظارت می‌دهد و هم کارگاه‌ها را از تعطیلی نجات می‌دهد.",
        ),
    ],
    "it-click-day": [
        ("Secondo la Coldiretti", "Alcune non sono riuscite nemmeno ad accedere al portale."),
        (
            "Il problema non",
            "Nel frattempo molti lavoratori accettano altre offerte in Spagna o in Germania.",
        ),
        (
            "La prefettura di",
            "Nelle prossime settimane saranno esaminate per prime le domande delle aziende con lavoratori già conosciuti.",
        ),
    ],
    "fr-examen-civique": [
        ("Son centre accueillait", "Les cours du soir affichent complet jusqu’en juin."),
    ],
    "ko-sijang-jaegeon": [
        (
            "손님들의 반응은",
            "특히 주말에는 예전보다 손님이 눈에 띄게 줄었다는 상인들의 하소연도 이어진다.",
        ),
        ("시장 상인회에 따르면", "빈 점포 일부에는 임시로 휴게 공간과 홍보관이 들어섰다."),
        ("새 건물은", "지하에는 주차장 200면이 새로 생겼고, 고객 쉼터와 수유실도 마련됐다."),
        (
            "시는 재입점",
            "화재 이후 등록한 상인이나 새로 들어오려는 상인은 지원을 받을 수 없어 형평성 논란도 나온다.",
        ),
    ],
}
