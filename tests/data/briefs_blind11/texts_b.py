"""Briefs 15-28 of briefs_blind11 and the seed case (hand-written; see texts for the blocks)."""

BRIEFS_B = [
    (
        "zh",
        "guojing",
        "口岸延长外国人过境免签停留时间",
        [
            (
                "p",
                "国家移民管理局宣布，符合条件的外国人经本市口岸过境前往第三国时，免签停留时间由144小时延长至240小时。",
            ),
            (
                "p",
                "新政策适用于持有效国际旅行证件和确定日期机票的旅客，停留期间可在全省范围内活动。",
            ),
            (
                "p",
                "移民管理部门表示，口岸将增设专用通道，并提供多语种咨询服务，方便旅客办理入境手续。去年经本市口岸入境的外国旅客超过三十万人次，其中免签过境旅客约占三分之一。",
            ),
        ],
    ),
    (
        "ja",
        "tokutei-ginou",
        "特定技能の試験会場、県内に新設へ",
        [
            (
                "p",
                "外国人材の受け入れ拡大を受け、特定技能の評価試験を行う会場が来月から県内にも設けられることになった。これまで受験者は隣県まで移動する必要があった。",
            ),
            (
                "p",
                "試験は介護と外食業の2分野で、毎月2回実施される。県の担当者は、受験しやすくなることで地元での就職につながると期待している。",
            ),
            ("note", "訂正：当初、試験の実施回数を月1回としていましたが、月2回の誤りでした。"),
        ],
    ),
    (
        "ko",
        "goyong-heoga",
        "외국인 근로자 고용허가 신청, 다음 달부터 온라인으로",
        [
            (
                "p",
                "고용노동부는 다음 달부터 외국인 근로자 고용허가 신청을 온라인으로만 받는다고 밝혔다. 그동안 사업주는 고용센터를 직접 방문해야 했다.",
            ),
            (
                "list",
                "온라인 신청 시 필요한 서류는 다음과 같다:",
                ["사업자등록증 사본", "내국인 구인 노력 증빙 자료", "근로계약서 초안"],
            ),
            ("p", "노동부는 올해 외국인 근로자 도입 규모를 약 13만 명으로 정했다."),
        ],
    ),
    (
        "hi",
        "pravasi",
        "विदेश जाने वाले श्रमिकों के लिए जिले में सहायता केंद्र खुला",
        [
            (
                "p",
                "विदेश में नौकरी के लिए जाने वाले श्रमिकों की मदद के लिए जिला मुख्यालय पर एक नया प्रवासी सहायता केंद्र खोला गया है। यहां भर्ती एजेंसियों की जांच और अनुबंध पढ़ने में मदद मिलेगी।",
            ),
            (
                "p",
                "अधिकारियों ने बताया कि पिछले साल जिले से करीब चार हजार लोग खाड़ी देशों में काम करने गए थे और कई लोगों से फर्जी एजेंटों ने पैसे ठग लिए थे।",
            ),
            ("p", "केंद्र सोमवार से शनिवार सुबह दस बजे से शाम पांच बजे तक खुला रहेगा।"),
        ],
    ),
    (
        "sv",
        "vantetider",
        "Migrationsverket: kortare väntan på arbetstillstånd",
        [
            (
                "p",
                "Handläggningstiden för förstagångsansökningar om arbetstillstånd har minskat kraftigt under hösten, enligt Migrationsverkets nya siffror.",
            ),
            (
                "table",
                [
                    ["Ansökan", "Våren", "Hösten"],
                    ["Arbetstillstånd", "5 månader", "2 månader"],
                    ["Förlängning", "9 månader", "6 månader"],
                ],
            ),
            (
                "p",
                "Myndigheten förklarar förändringen med att fler ärenden nu avgörs automatiskt och att personal har flyttats från asylprövningen. Väntetiderna för studenter och anhöriga har däremot inte förändrats.",
            ),
        ],
    ),
    (
        "el",
        "asylo",
        "Νέο γραφείο της Υπηρεσίας Ασύλου στην Πάτρα",
        [
            (
                "p",
                "Η Υπηρεσία Ασύλου εγκαινίασε νέο περιφερειακό γραφείο στην Πάτρα, όπου οι αιτούντες άσυλο της Δυτικής Ελλάδας θα μπορούν να κάνουν συνεντεύξεις και ανανεώσεις καρτών.",
            ),
            (
                "p",
                "Μέχρι τώρα οι αιτούντες έπρεπε να ταξιδεύουν στην Αθήνα, συχνά με δικά τους έξοδα, για κάθε ραντεβού.",
            ),
            (
                "p",
                "Το γραφείο θα λειτουργεί καθημερινά και θα στελεχωθεί με δώδεκα υπαλλήλους και διερμηνείς.",
            ),
        ],
    ),
    (
        "ro",
        "contingent",
        "Guvernul majorează contingentul de lucrători străini",
        [
            (
                "p",
                "Guvernul a aprobat un contingent de 100.000 de lucrători străini nou-încadrați pentru anul viitor, la fel ca anul acesta, dar cu mai multe avize pentru construcții și industria alimentară.",
            ),
            (
                "quote",
                "Angajatorii nu mai găsesc oameni pe piața internă pentru aceste meserii.",
                "Ministrul Muncii",
            ),
            (
                "p",
                "Inspectoratul General pentru Imigrări a anunțat că va verifica mai des condițiile de cazare oferite lucrătorilor.",
            ),
        ],
    ),
    (
        "hu",
        "villamos",
        "Hétvégén nem jár a 4-es villamos a Margit hídon",
        [
            (
                "p",
                "Szombat reggeltől hétfő hajnalig pótlóbuszok járnak a 4-es villamos helyett a Széll Kálmán tér és a Jászai Mari tér között, mert a Margit hídon sínfelújítás lesz.",
            ),
            (
                "p",
                "A BKK azt kéri, hogy aki teheti, a hétvégén használja a metrót vagy a 6-os villamos budai szakaszát, mert a hídon a közúti forgalom is lassabb lesz.",
            ),
            ("p", "A munkálatok a tervek szerint a tavaszi szünet előtt befejeződnek."),
        ],
    ),
    (
        "cs",
        "cizinecka-policie",
        "Cizinecká policie spouští nový rezervační systém",
        [
            ("byline", "Autor: Jana Horáková"),
            (
                "p",
                "Odbor azylové a migrační politiky spouští od pondělí nový rezervační systém pro cizince, kteří žádají o prodloužení pobytu. Termíny bude možné rezervovat až šest týdnů dopředu.",
            ),
            (
                "p",
                "Ministerstvo vnitra tím reaguje na dlouhé fronty před pracovištěm v Praze, kde lidé čekali i celou noc.",
            ),
            (
                "p",
                "Podle úřadu žije v Česku přes milion cizinců, nejvíce z Ukrajiny, Slovenska a Vietnamu.",
            ),
        ],
    ),
    (
        "vi",
        "xuat-khau-lao-dong",
        "Mở lớp đào tạo miễn phí cho lao động đi làm việc ở Nhật Bản",
        [
            (
                "p",
                "Sở Lao động tỉnh vừa mở lớp đào tạo tiếng Nhật và kỹ năng nghề miễn phí cho 120 người lao động chuẩn bị đi làm việc tại Nhật Bản theo chương trình thực tập sinh.",
            ),
            (
                "p",
                "Khóa học kéo dài sáu tháng, học viên được hỗ trợ tiền ăn và chỗ ở. Sở cũng khuyến cáo người dân chỉ đăng ký qua các doanh nghiệp được cấp phép.",
            ),
            (
                "p",
                "Năm ngoái, tỉnh có hơn 3.000 người đi làm việc ở nước ngoài, chủ yếu tại Nhật Bản, Hàn Quốc và Đài Loan.",
            ),
        ],
    ),
    (
        "id",
        "pekerja-migran",
        "Layanan terpadu pekerja migran dibuka di bandara",
        [
            (
                "p",
                "SURABAYA – Badan Pelindungan Pekerja Migran Indonesia membuka layanan terpadu di terminal kedatangan internasional bandara untuk membantu pekerja migran yang pulang ke tanah air.",
            ),
            ("h", "Bantuan transportasi"),
            (
                "p",
                "Selain pendataan, petugas juga membantu pekerja yang sakit atau bermasalah mendapatkan transportasi ke daerah asal dan melaporkan gaji yang belum dibayar.",
            ),
            (
                "p",
                "Setiap bulan sekitar 6.000 pekerja migran tiba melalui bandara ini, sebagian besar dari Malaysia, Hong Kong dan Taiwan.",
            ),
        ],
    ),
    (
        "he",
        "matzilim",
        "עונת הרחצה בחופי העיר תוארך עד סוף אוקטובר",
        [
            (
                "p",
                "העירייה החליטה להאריך את עונת הרחצה בחופים המוכרזים עד סוף אוקטובר, בעקבות מזג האוויר החם ומספר המתרחצים הגבוה בסתיו.",
            ),
            (
                "p",
                "המצילים יעבדו בשעות מקוצרות, מתשע בבוקר ועד ארבע אחר הצהריים, ושישה חופים בלבד יישארו פתוחים, בהם חוף הצוק וחוף גורדון.",
            ),
            (
                "p",
                "בעירייה ביקשו מהציבור לא להיכנס למים בחופים שאין בהם הצלה גם כשהים נראה שקט, ולהקפיד על הוראות המצילים ועל הדגלים בחוף.",
            ),
        ],
    ),
    (
        "th",
        "rot-me",
        "ขสมก. เพิ่มรถเมล์สายใหม่เชื่อมสถานีรถไฟฟ้ากับมหาวิทยาลัย",
        [
            (
                "p",
                "องค์การขนส่งมวลชนกรุงเทพเปิดเดินรถเมล์สายใหม่ระหว่างสถานีรถไฟฟ้าบางซื่อกับมหาวิทยาลัยเทคโนโลยีพระจอมเกล้าพระนครเหนือ เริ่มตั้งแต่วันจันทร์นี้เป็นต้นไป",
            ),
            (
                "p",
                "รถเมล์สายนี้เป็นรถปรับอากาศไฟฟ้าจำนวน 12 คัน ให้บริการตั้งแต่ห้าโมงเช้าถึงสี่ทุ่ม และมีรถออกทุก 15 นาทีในชั่วโมงเร่งด่วน",
            ),
            ("p", "ค่าโดยสารเริ่มต้นที่ 15 บาท นักศึกษาที่แสดงบัตรจะได้รับส่วนลดครึ่งราคาในช่วงภาคเรียน"),
        ],
    ),
    (
        "fi",
        "oleskelulupa",
        "Maahanmuuttovirasto avaa palvelupisteen Lappeenrantaan",
        [
            (
                "p",
                "Maahanmuuttovirasto avaa uuden palvelupisteen Lappeenrantaan ensi kuussa. Palvelupisteessä voi jättää oleskelulupahakemuksen liitteet ja todistaa henkilöllisyytensä.",
            ),
            (
                "p",
                "Tähän asti eteläkarjalaiset hakijat ovat joutuneet matkustamaan Kouvolaan tai Helsinkiin, ja ajanvaraukseen on ollut useiden viikkojen jono.",
            ),
            ("p", "Palvelupiste on auki arkisin ja sinne tarvitaan aina ajanvaraus."),
        ],
    ),
]

# The seed case cut to its first two paragraphs, with its twelve trailing lines.
SEED_TITLE = "US orders diplomats to lobby foreign governments against pro-migration policies"
SEED_BYLINE = "Post by : Saif Nasser"
SEED_PARAS = [
    "The United States has taken a sharp new step in its immigration strategy. According to a State Department cable obtained by Reuters, the Trump administration has ordered American diplomats around the world to actively lobby foreign governments against pro-migration policies. The cable was sent on Friday to U.S. embassies across Europe, Canada, and Australia, urging diplomats to speak out about what the administration claims are rising crime and human rights abuses connected to mass migration.",
    "This move marks one of the most direct attempts yet by the Trump administration to spread its strict anti-immigration agenda beyond U.S. borders. For years, Donald Trump has argued that mass migration threatens national security, social stability, and public safety. Now, his administration wants other countries to adopt similar views and restrict their own immigration systems.",
]
SEED_ITEMS = [
    (
        "Kazakhstan Boosts Oil Supply as US Winter Storm Disrupts Production",
        "Oil prices inch down as Kazakhstan's oilfield ramps up production, countered by severe disruptions f",
    ),
    (
        "Return of Officer's Remains in Gaza May Open Rafah Crossing",
        "Israel confirms Ran Gvili's remains identification, paving the way for the Rafah border crossing's p",
    ),
    (
        "Border 2 Achieves ₹250 Crore Globally in Just 4 Days: Sunny Deol Shines",
        "Sunny Deol's Border 2 crosses ₹250 crore in 4 days, marking a significant breakthrough in global box",
    ),
    (
        "Delay in Jana Nayagan Release as Madras HC Bars Censorship Clearance",
        "The Madras High Court halts the approval of Jana Nayagan's censor certificate, postponing its releas",
    ),
    (
        "Tragedy Strikes as MV Trisha Kerstin 3 Accident Leaves 316 Rescued",
        "The MV Trisha Kerstin 3 met an unfortunate fate near Jolo, with 316 passengers rescued. The governme",
    ),
    (
        "Aryna Sabalenka Advances to Semi-Finals, Targeting Another Grand Slam Title",
        "Top seed Aryna Sabalenka triumphed over Jovic and now faces Gauff or Svitolina in the semi-finals as",
    ),
]
