"""Hand-written fictional briefs (part 2). extra: the brief's own structure (kind, ...)."""

from __future__ import annotations

from typing import Any

BRIEFS2: list[dict[str, Any]] = [
    {
        "lang": "no",
        "story": "ukrainere-bosetting",
        "title": "Kommunene i Vestfold bosetter færre flyktninger fra Ukraina neste år",
        "paras": [
            "Kommunene i Vestfold har sagt ja til å bosette 640 flyktninger fra Ukraina neste år, 300 færre enn Integrerings- og mangfoldsdirektoratet ba om.",
            "Flere ordførere viser til mangel på utleieboliger og lange ventelister i barnehagene. Direktoratet skal nå forhandle med hver enkelt kommune.",
            "Staten dekker integreringstilskuddet i fem år for hver person som bosettes.",
        ],
        "extra": (
            "quote",
            "Vi sier ikke nei, vi sier at vi trenger boliger først.",
            "ordfører Hilde Strand",
        ),
    },
    {
        "lang": "da",
        "story": "familiesammenfoering",
        "title": "Ny regel skærper kravet om dansk til familiesammenføring",
        "paras": [
            "Fra 1. juli skal ægtefæller, der søger familiesammenføring, bestå en prøve i dansk på et højere niveau end i dag inden for seks måneder efter ankomsten.",
            "Udlændinge- og Integrationsministeriet skønner, at reglen vil ramme omkring 1.500 ansøgere om året. Sprogskolerne skal have flere hold.",
            "Oppositionen kalder fristen for kort for ægtefæller, der arbejder på fuld tid.",
        ],
        "extra": (
            "list",
            "Kravene i den nye regel:",
            ["prøve i dansk på niveau A2", "frist på seks måneder", "gebyr på 1.200 kroner"],
        ),
    },
    {
        "lang": "fi",
        "story": "tyoperainen",
        "title": "Työperäisten oleskelulupien käsittely nopeutui Pirkanmaalla",
        "paras": [
            "Työperäisen oleskeluluvan keskimääräinen käsittelyaika on lyhentynyt Pirkanmaalla 48 päivään, kertoo Maahanmuuttovirasto.",
            "Viraston mukaan nopeutus johtuu sähköisestä asioinnista ja siitä, että työnantajat toimittavat nyt liitteet valmiiksi tarkistettuina.",
            "Kauppakamari toivoo, että sama käytäntö laajennetaan koskemaan myös opiskelijoiden oleskelulupia.",
        ],
        "extra": (
            "qa",
            [
                ("Kuka voi hakea?", "Henkilö, jolla on työsopimus suomalaisen työnantajan kanssa."),
                ("Mitä hakemus maksaa?", "Sähköinen hakemus maksaa 480 euroa."),
            ],
        ),
    },
    {
        "lang": "ru",
        "story": "patenty",
        "title": "В Заречной области подорожает патент для трудовых мигрантов",
        "paras": [
            "С 1 января стоимость патента для иностранных граждан, работающих в Заречной области, вырастет на 12 процентов и составит 7 450 рублей в месяц.",
            "Областное правительство объясняет повышение ростом коэффициента, который ежегодно устанавливает федеральный центр.",
            "Работодатели в строительстве опасаются, что часть работников уйдёт в соседние регионы, где патент дешевле.",
        ],
        "extra": (
            "sub",
            "Кого это коснётся",
            "Новая стоимость применяется ко всем патентам, оплаченным после 1 января, в том числе при продлении.",
        ),
    },
    {
        "lang": "uk",
        "story": "vpo-vyplaty",
        "title": "У Полтаві переглянуть виплати внутрішньо переміщеним особам",
        "paras": [
            "Полтавська міська рада перевірить, хто з внутрішньо переміщених осіб отримує доплату на проживання, після того як з'ясувалося, що частина з них повернулася додому.",
            "Перевірку проводитимуть соціальні інспектори разом із центрами надання адміністративних послуг до кінця лютого.",
            "Виплати тим, хто досі живе в місті, не припинятимуть на час перевірки.",
            "Минулого року доплату в Полтаві отримували понад 23 тисячі переселенців.",
        ],
        "extra": (
            "facts",
            "Доплата на проживання",
            [("Дорослим", "2 000 гривень"), ("Дітям", "3 000 гривень"), ("Строк", "шість місяців")],
        ),
    },
    {
        "lang": "tr",
        "story": "ikamet-izni",
        "title": "İzmir'de kısa dönem ikamet izni başvurularında randevu süresi uzadı",
        "paras": [
            "İzmir İl Göç İdaresi'nde kısa dönem ikamet izni için randevu bekleme süresi üç aya çıktı. Yabancılar derneğine göre bu süre yaz aylarında beş haftaydı.",
            "İl müdürlüğü, başvuru sayısındaki artışın yanı sıra adres kayıtlarının yeniden kontrol edilmesinin süreci uzattığını açıkladı.",
            "Randevusu olan ancak izni sona erenler, randevu belgesiyle ülkede kalmaya devam edebilecek.",
        ],
        "extra": (
            "list",
            "Başvuruda istenen belgeler:",
            ["pasaport fotokopisi", "sağlık sigortası", "kira sözleşmesi"],
        ),
    },
    {
        "lang": "el",
        "story": "golden-visa",
        "title": "Αυξάνεται το όριο επένδυσης για τη Χρυσή Βίζα στη Θεσσαλονίκη",
        "paras": [
            "Από τον Μάρτιο το ελάχιστο ποσό αγοράς ακινήτου για την άδεια διαμονής επενδυτή στη Θεσσαλονίκη αυξάνεται στις 400.000 ευρώ.",
            "Το υπουργείο Μετανάστευσης αναφέρει ότι ο στόχος είναι να περιοριστεί η πίεση στα ενοίκια του κέντρου της πόλης.",
            "Οι αιτήσεις που έχουν ήδη κατατεθεί θα εξεταστούν με τους παλιούς όρους.",
            "Το 2025 εκδόθηκαν στη Θεσσαλονίκη περίπου 1.100 άδειες διαμονής επενδυτή, κυρίως σε πολίτες τρίτων χωρών.",
        ],
        "extra": (
            "quote",
            "Η αγορά κατοικίας δεν μπορεί να γίνεται μόνο για λίγους.",
            "υφυπουργός Νίκος Παππάς",
        ),
    },
    {
        "lang": "ar",
        "story": "iqama-raqmia",
        "title": "إطلاق خدمة تجديد الإقامة إلكترونياً للعمالة المنزلية",
        "paras": [
            "أعلنت الإدارة العامة للجوازات إطلاق خدمة جديدة تتيح لأصحاب العمل تجديد إقامة العمالة المنزلية إلكترونياً دون مراجعة المكاتب.",
            "وقالت الإدارة إن الخدمة تشمل دفع الرسوم وطباعة الإقامة الرقمية، وإنها متاحة على مدار الساعة عبر المنصة الحكومية.",
            "ويُتوقع أن تخفف الخدمة الازدحام في مكاتب الجوازات خلال موسم التجديد.",
            "وبحسب الإدارة، جرى تجديد أكثر من أربعين ألف إقامة عبر المنصة خلال الأسبوع الأول من التشغيل التجريبي.",
        ],
        "extra": (
            "qa",
            [
                ("من يمكنه استخدام الخدمة؟", "صاحب العمل المسجل في المنصة."),
                ("هل تُقبل الإقامات المنتهية؟", "نعم، خلال ثلاثين يوماً من انتهائها."),
            ],
        ),
    },
    {
        "lang": "zh",
        "story": "gaocai-qianzheng",
        "title": "南州市推出外籍人才签证一站式办理窗口",
        "paras": [
            "南州市出入境管理局本周一在高新区政务中心开设外籍人才签证一站式办理窗口，申请人可在同一窗口完成居留许可、工作许可和体检预约。",
            "管理局表示，材料齐全的申请将在五个工作日内办结，比过去缩短一半。",
            "今年以来，全市共有一千二百多名外籍专业人员申请工作类居留许可。",
            "管理局还表示，下一步将开通网上预约和邮寄证件服务，外籍人员无需多次往返窗口即可领取居留证件。",
        ],
        "extra": ("list", "办理所需材料：", ["有效护照", "聘用合同", "学历证明"]),
    },
    {
        "lang": "ja",
        "story": "tokutei-gino",
        "title": "特定技能の外国人、県内で初めて5千人超える",
        "paras": [
            "県内で働く特定技能の外国人が11月末時点で5120人となり、初めて5千人を超えたことが出入国在留管理局のまとめでわかった。",
            "分野別では介護が最も多く、次いで飲食料品製造、建設の順だった。国籍別ではベトナムとインドネシアが全体の6割を占める。",
            "県は来年度、日本語教室の開設を支援する補助金を増額する方針だ。",
        ],
        "extra": (
            "facts",
            "特定技能の内訳",
            [("介護", "1480人"), ("飲食料品製造", "1210人"), ("建設", "860人")],
        ),
    },
    {
        "lang": "ko",
        "story": "gyejeol-nodong",
        "title": "군, 계절근로자 숙소 점검 결과 공개",
        "paras": [
            "군이 외국인 계절근로자를 고용한 농가 86곳의 숙소를 점검한 결과 11곳에서 난방과 소방 시설 미비가 확인됐다고 3일 밝혔다.",
            "군은 해당 농가에 한 달 안에 시설을 보완하도록 하고, 이행하지 않으면 내년 배정 인원을 줄일 계획이다.",
            "올해 군에 배정된 계절근로자는 모두 640명이다.",
        ],
        "extra": (
            "quote",
            "근로자가 안전하게 머물 수 있어야 내년에도 일손을 구할 수 있습니다.",
            "군 농업정책과장",
        ),
    },
]
