"""Briefs for briefs_blind7, other scripts and central/eastern Europe (same format as texts.py)."""

from __future__ import annotations

from texts import BRIEFS_A, Brief

BRIEFS_B: dict[str, Brief] = {
    "ru-patent": {
        "lang": "ru",
        "title": "Стоимость патента для трудовых мигрантов в Подмосковье вырастет на 15%",
        "paras": [
            "С 1 января ежемесячный платёж за патент на работу для иностранных граждан в Московской области увеличится почти на 15 процентов. Соответствующий закон подписал губернатор региона.",
            "Патент нужен гражданам стран с безвизовым въездом, которые не входят в Евразийский экономический союз. В прошлом году таких документов в области было выдано около 400 тысяч.",
        ],
        "extra": [
            (
                "ul",
                "Для получения патента мигрант должен:",
                [
                    "сдать экзамен по русскому языку",
                    "пройти медицинское обследование",
                    "оформить полис добровольного медицинского страхования",
                ],
            )
        ],
    },
    "uk-zhytlo": {
        "lang": "uk",
        "title": "Переселенцям у Львові продовжать безкоштовне проживання в гуртожитках",
        "paras": [
            "Львівська міська рада ухвалила рішення продовжити ще на пів року безкоштовне проживання внутрішньо переміщених осіб у комунальних гуртожитках. Йдеться приблизно про 2 300 людей.",
            "Після цього термін плата становитиме половину звичайного тарифу. Родини з дітьми та люди з інвалідністю від оплати звільняються. Міська влада також обіцяє допомогти з пошуком постійного житла.",
            "Рішення набуде чинності з 1 липня.",
        ],
        "extra": [
            (
                "quote",
                "Ми не можемо виселити людей, яким немає куди повертатися.",
                "заступниця міського голови Оксана Стельмах",
            )
        ],
    },
    "tr-geridonus": {
        "lang": "tr",
        "title": "Gönüllü geri dönüşlerde yeni dönem: Suriyelilere üç kez gidiş-dönüş izni",
        "paras": [
            "İçişleri Bakanlığı, geçici koruma altındaki Suriyelilerin ülkelerine kalıcı dönüşe hazırlık amacıyla yılda üç kez Suriye'ye gidip gelmesine izin veren düzenlemeyi yürürlüğe koydu.",
            "Başvurular Göç İdaresi'nin il müdürlüklerine yapılacak. Her ziyaret en fazla altı ay sürebilecek ve aile reisinin başvurusu tüm aile için geçerli olacak. Bakanlık, düzenlemenin ilk yıl 50 bin kişiyi kapsamasını bekliyor.",
        ],
        "extra": [
            (
                "fact",
                "Düzenlemenin ayrıntıları",
                [
                    ("Yıllık izin", "3 gidiş-dönüş"),
                    ("Azami süre", "6 ay"),
                    ("Başvuru yeri", "İl göç müdürlükleri"),
                ],
            )
        ],
    },
    "el-samos": {
        "lang": "el",
        "title": "Σάμος: Διπλασιάστηκαν οι αφίξεις προσφύγων μέσα σε έναν μήνα",
        "paras": [
            "Σχεδόν 1.900 άνθρωποι έφτασαν στη Σάμο τον Αύγουστο, διπλάσιοι από τον Ιούλιο, σύμφωνα με στοιχεία του Υπουργείου Μετανάστευσης και Ασύλου.",
            "Η Κλειστή Ελεγχόμενη Δομή του νησιού φιλοξενεί πλέον περισσότερους από 3.000 αιτούντες άσυλο, ενώ έχει σχεδιαστεί για 2.000. Το υπουργείο ανακοίνωσε έκτακτες μεταφορές προς την ηπειρωτική χώρα. Οι πρώτοι 400 αιτούντες αναχωρούν με πλοίο την Παρασκευή.",
        ],
        "extra": [
            (
                "sub",
                "Τι ζητούν οι δήμαρχοι",
                "Οι δήμαρχοι του νησιού ζητούν να ενισχυθεί το ιατρικό προσωπικό της δομής και να αυξηθούν τα δρομολόγια προς τον Πειραιά.",
            )
        ],
    },
    "ar-awda": {
        "lang": "ar",
        "title": "لبنان يطلق خطة جديدة لعودة النازحين السوريين على دفعات",
        "paras": [
            "أعلنت الحكومة اللبنانية إطلاق خطة لإعادة النازحين السوريين إلى بلادهم على دفعات شهرية، تبدأ الشهر المقبل بنحو ألفي شخص ممن سجلوا أسماءهم طوعاً لدى الأمن العام. وستنطلق القوافل من ثلاث نقاط تجمع في البقاع والشمال.",
            "وقالت المفوضية السامية للأمم المتحدة لشؤون اللاجئين إنها لن تشارك في تنظيم القوافل، لكنها ستتابع أوضاع العائدين بعد وصولهم.",
            "ويستضيف لبنان نحو مليون ونصف مليون سوري بحسب التقديرات الرسمية.",
        ],
        "extra": [
            ("quote", "العودة يجب أن تكون طوعية وآمنة وكريمة.", "المتحدثة باسم المفوضية في بيروت")
        ],
    },
    "he-avoda": {
        "lang": "he",
        "title": 'בג"ץ: המדינה תנפיק היתרי עבודה למבקשי מקלט תוך 90 יום',
        "paras": [
            "בית המשפט העליון הורה למדינה להנפיק היתרי עבודה זמניים למבקשי מקלט שבקשתם לא נבחנה במשך יותר משנה, בתוך 90 יום מיום פרסום פסק הדין.",
            "לפי נתוני רשות האוכלוסין וההגירה, אלפי בקשות מקלט ממתינות להחלטה, חלקן מזה כמה שנים. המדינה טענה כי מדובר בעומס זמני. ארגוני זכויות אדם בירכו על ההחלטה וקראו למדינה ליישם אותה ללא דיחוי, כדי שמבקשי המקלט יוכלו לפרנס את משפחותיהם.",
        ],
        "extra": [
            (
                "qa",
                [
                    ("את מי זה משפיע?", "מבקשי מקלט שבקשתם ממתינה יותר משנה."),
                    ("מה קורה אחרי 90 יום?", "ניתן לפנות שוב לבית המשפט."),
                ],
            )
        ],
    },
    "zh-rencai": {
        "lang": "zh",
        "title": "香港高端人才通行证计划放宽续签条件",
        "paras": [
            "香港特区政府入境事务处宣布，持高端人才通行证来港的人士，续签时只需证明已在港就业或创业，不再要求年薪达到指定水平。新安排下月起实施。入境处预计，受惠人数约有一万人。",
            "当局表示，计划推出两年以来，已有逾八万人获批来港，但部分人首次签证到期前仍在寻找工作。有议员认为，放宽条件有助吸引人才留港，但亦有意见担心会影响本地毕业生就业。",
        ],
        "extra": [
            ("ul", "续签须提交：", ["雇主证明或商业登记证", "在港住址证明", "强积金供款纪录"])
        ],
    },
    "ja-nanmin": {
        "lang": "ja",
        "title": "難民認定の審査期間、平均２年超に　出入国在留管理庁まとめ",
        "paras": [
            "出入国在留管理庁は、昨年の難民認定申請の審査にかかった期間が平均で２５か月を超えたと発表した。申請件数の増加に審査官の配置が追いついていないという。申請者の多くはアジアやアフリカの出身で、難民と認められたのはごく一部にとどまる。",
            "同庁は来年度、審査官を約５０人増やす方針だ。",
            "支援団体は、審査中の申請者が就労できない期間が長すぎると指摘している。",
        ],
        "extra": [
            ("fact", "昨年の難民認定", [("申請件数", "約１万３千件"), ("認定者数", "３０３人")])
        ],
    },
    "ko-gyejeol": {
        "lang": "ko",
        "title": "외국인 계절근로자 올해 1만 명 추가 배정",
        "paras": [
            "법무부는 농어촌 일손 부족을 해소하기 위해 올해 외국인 계절근로자를 지난해보다 1만 명 늘려 배정한다고 밝혔다. 체류 기간도 최장 8개월로 연장된다.",
            "정부는 브로커 개입을 막기 위해 지방자치단체가 직접 근로자를 모집하도록 하고, 숙소 기준도 강화하기로 했다. 계절근로자를 고용하는 농가는 최저임금을 지키고 산재보험에 반드시 가입해야 한다.",
        ],
        "extra": [
            (
                "quote",
                "인권 침해가 확인되면 해당 농가의 배정을 취소하겠다.",
                "법무부 출입국정책단장",
            )
        ],
    },
    "hu-vendegmunkas": {
        "lang": "hu",
        "title": "Szigorodnak a vendégmunkások foglalkoztatásának szabályai",
        "paras": [
            "Január elsejétől csak minősített kölcsönző cégek hozhatnak be vendégmunkásokat az Európai Unión kívüli országokból, a tartózkodási engedély pedig legfeljebb két évre szól majd. A törvényt kedden fogadta el az Országgyűlés.",
            "Az új szabályok szerint a vendégmunkás nem kaphat családegyesítési engedélyt, és a munkaviszony megszűnése után harminc napon belül el kell hagynia az országot.",
        ],
        "extra": [
            (
                "corr",
                "Helyesbítés: cikkünk korábbi változatában tévesen szerepelt, hogy a törvényt hétfőn fogadták el.",
            )
        ],
    },
    "cs-ochrana": {
        "lang": "cs",
        "title": "Vláda prodlouží dočasnou ochranu Ukrajincům do března 2027",
        "paras": [
            "Uprchlíci z Ukrajiny budou moci v Česku zůstat na základě dočasné ochrany nejméně do konce března 2027. Prodloužení schválila vláda na svém pondělním zasedání.",
            "Ministerstvo vnitra zároveň připravuje nový typ dlouhodobého pobytu pro ty, kteří tu pracují a mají dostatečný příjem. Žádat o něj by mohlo zhruba 100 tisíc lidí.",
            "Registrace bude opět probíhat online.",
        ],
        "extra": [
            (
                "ul",
                "K registraci je potřeba:",
                [
                    "platný pas nebo průkaz totožnosti",
                    "potvrzení o ubytování",
                    "zdravotní pojištění",
                ],
            )
        ],
    },
    "ro-cota": {
        "lang": "ro",
        "title": "Guvernul reduce contingentul de lucrători străini pentru anul viitor",
        "paras": [
            "Guvernul a aprobat miercuri un contingent de 90.000 de lucrători nou admiși pe piața muncii din afara Uniunii Europene pentru anul viitor, cu 10.000 mai puțin decât anul acesta.",
            "Inspectoratul General pentru Imigrări a anunțat că va verifica mai atent agențiile de recrutare, după mai multe cazuri în care muncitori din Asia au rămas fără salariu. Agențiile care încalcă legea își vor pierde licența.",
        ],
        "extra": [
            (
                "sub",
                "Ce spun angajatorii",
                "Patronatele din construcții susțin că tăierea contingentului va întârzia proiectele finanțate din fonduri europene.",
            )
        ],
    },
}

BRIEFS: dict[str, Brief] = {**BRIEFS_A, **BRIEFS_B}
