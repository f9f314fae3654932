"""Hand-written fictional stories (fi, tr, el, he, ja)."""

from __future__ import annotations

from pagekit import Art

ARTS: list[Art] = [
    Art(
        "fi-tyoperaiset",
        "fi",
        True,
        "Työperäisen oleskeluluvan tulorajaa nostetaan – ravintola-ala huolissaan",
        "Anni Korhonen",
        "15.11.2026 7:00",
        "Kokki työssä helsinkiläisen ravintolan keittiössä.",
        (3, "Mikko Heinonen"),
        [
            "Hallitus nostaa työperäisen oleskeluluvan tulorajaa ensi vuoden toukokuusta alkaen. Jatkossa ulkomaalaisen työntekijän kuukausipalkan on oltava vähintään 1 600 euroa, kun se nyt on noin 1 400 euroa. Muutos koskee uusia hakemuksia.",
            "Maahanmuuttovirasto arvioi, että noin joka viides viime vuonna myönnetty työperäinen lupa olisi jäänyt saamatta uusilla ehdoilla. Eniten muutos vaikuttaa ravintola-, siivous- ja maatalousaloihin.",
            "## Työnantajat vastustavat",
            "Matkailu- ja Ravintolapalvelujen työmarkkinajohtaja Mikko Heinonen kertoo, että moni yritys palkkaa keittiöön osa-aikaisia työntekijöitä, joiden tulot eivät yllä uuteen rajaan, vaikka tuntipalkka noudattaisi työehtosopimusta.",
            "Hänen mukaansa seurauksena voi olla, että osa ravintoloista joutuu lyhentämään aukioloaikojaan.",
            "Ammattiliitot ovat suhtautuneet muutokseen ristiriitaisesti. Palvelualojen ammattiliitto PAM pitää tärkeänä, ettei ulkomaista työvoimaa käytetä palkkojen polkemiseen, mutta varoittaa samalla, että tiukat ehdot voivat ajaa ihmisiä harmaille työmarkkinoille.",
            "– Meille on tärkeää, että ihminen pystyy elämään palkallaan, sanoo PAM:n juristi Laura Väisänen.",
            "Samaan aikaan Maahanmuuttovirasto kamppailee pitkien käsittelyaikojen kanssa. Ensimmäisen työperäisen luvan käsittely kestää keskimäärin 58 päivää, vaikka tavoite on 30 päivää.",
            "## Mitä muuttuu",
            "Hallituksen esityksen keskeiset kohdat ovat:",
            "- tulorajaa nostetaan 1 600 euroon kuukaudessa,",
            "- työttömäksi jääneen luvanhaltijan on löydettävä uusi työ kolmessa kuukaudessa,",
            "- erityisasiantuntijoiden lupien käsittelyä nopeutetaan.",
            "Eduskunta käsittelee esitystä joulukuussa. Sivistysvaliokunta ja työelämä- ja tasa-arvovaliokunta antavat siitä lausuntonsa ennen täysistuntoa.",
            "Suomeen myönnettiin viime vuonna noin 13 000 ensimmäistä työperäistä oleskelulupaa. Suurimmat hakijaryhmät tulivat Filippiineiltä, Intiasta ja Vietnamista, ja moni heistä työskentelee hoiva-alalla tai ravintoloissa."
            "Esityksestä antamissaan lausunnoissa monet kunnat ovat huomauttaneet, että pienillä paikkakunnilla ulkomaiset työntekijät ovat jo nyt välttämättömiä esimerkiksi vanhustenhoidossa ja maataloudessa."
            "Myös Suomen Yrittäjät on arvostellut esitystä. Järjestön mukaan tulorajan nostaminen vaikeuttaa erityisesti pienten yritysten rekrytointeja, koska niillä on harvoin mahdollisuutta tarjota kokoaikaista työtä heti alusta alkaen."
            "Muutoksen vaikutuksia on määrä arvioida kahden vuoden kuluttua.",
        ],
    ),
    Art(
        "tr-geri-gonderme",
        "tr",
        True,
        "Düzensiz göçle mücadelede yeni dönem: Geri gönderme merkezlerinin kapasitesi artırılıyor",
        "Ayşe Demirtaş",
        "17.11.2026 10:24",
        "Van'daki geri gönderme merkezinin girişi.",
        (3, "Mehmet Aksoy"),
        [
            "İçişleri Bakanlığı, düzensiz göçle mücadele kapsamında geri gönderme merkezlerinin kapasitesini gelecek yıl yüzde 30 artırmayı planlıyor. Bakanlığın açıkladığı eylem planına göre Van, Erzurum ve Kırklareli'de üç yeni merkez inşa edilecek.",
            "Göç İdaresi verilerine göre bu yıl ocak-ekim döneminde yaklaşık 190 bin düzensiz göçmen yakalandı. Yakalananların büyük bölümünü Afganistan, Suriye ve Pakistan uyruklu kişiler oluşturuyor.",
            "## Sınırda yeni önlemler",
            "Göç İdaresi Başkan Yardımcısı Mehmet Aksoy, İran sınırında modüler duvar ve gözetleme kulelerinin tamamlandığını, sınır geçişlerinin önceki yıla göre belirgin şekilde azaldığını söyledi.",
            "Aksoy, geri gönderme işlemlerinin uluslararası hukuka uygun şekilde yürütüldüğünü vurguladı.",
            "İnsan hakları kuruluşları ise merkezlerdeki koşullara dikkat çekiyor. Avukatlar, bazı merkezlerde kişilerin aylarca tutulduğunu ve hukuki yardıma erişimin sınırlı olduğunu belirtiyor.",
            "“Müvekkillerimizle görüşmek için bazen bir hafta beklememiz gerekiyor” diyor İstanbul Barosu Göç Merkezi'nden bir avukat.",
            "Türkiye, 3,1 milyon kayıtlı Suriyeli ile dünyada en fazla mülteci barındıran ülke konumunu sürdürüyor. Son bir yılda gönüllü olarak Suriye'ye dönenlerin sayısı ise 250 bini geçti.",
            "Eylem planı şu başlıkları içeriyor:",
            "- üç yeni geri gönderme merkezi,",
            "- sınır birliklerine 1.500 ek personel,",
            "- göçmen kaçakçılığına yönelik cezaların artırılması.",
            "Uzmanlar, sadece güvenlik odaklı bir yaklaşımın yetersiz kalacağını, kayıt dışı çalışma ve insan kaçakçılığı ağlarıyla da mücadele edilmesi gerektiğini belirtiyor.",
            "Van'daki mevcut geri gönderme merkezinin kapasitesi yaklaşık 750 kişi olarak biliniyor. Yetkililer, yeni merkezlerle birlikte bekleme sürelerinin kısalmasını ve yakalanan göçmenlerin daha hızlı işlem görmesini hedefliyor."
            "İran sınırındaki köylerde yaşayanlar ise yeni önlemlerin günlük hayatı da etkilediğini anlatıyor. Bazı köylüler, hayvanlarını otlattıkları meralara erişimin zorlaştığını ve sınır boyunca kontrol noktalarının arttığını söylüyor."
            "Avrupa Birliği de Türkiye'nin göç yönetimine mali destek vermeyi sürdürüyor. Brüksel, geçen yıl geri gönderme merkezlerinin iyileştirilmesi için ek fon ayrıldığını açıklamıştı."
            "Yeni merkezlerin 2028'de hizmete girmesi bekleniyor.",
        ],
    ),
    Art(
        "el-pyrkagies",
        "el",
        False,
        "Ασφάλιση κατοικιών για πυρκαγιές: Αυξήσεις έως 40% στα ασφάλιστρα",
        "Γιώργος Παπαδάκης",
        "08.11.2026 | 08:15",
        "Καμένα σπίτια στη Βαρνάβα Αττικής μετά την πυρκαγιά του καλοκαιριού.",
        (3, "Ελένη Μαυρίδου"),
        [
            "Αυξήσεις έως και 40% στα ασφάλιστρα κατοικιών για κινδύνους πυρκαγιάς και φυσικών καταστροφών ανακοινώνουν οι ασφαλιστικές εταιρείες για το 2027. Οι μεγαλύτερες αυξήσεις αφορούν περιοχές της Αττικής, της Εύβοιας και της Πελοποννήσου που επλήγησαν από πυρκαγιές τα τελευταία χρόνια.",
            "Σύμφωνα με στοιχεία της Ένωσης Ασφαλιστικών Εταιρειών Ελλάδος, οι αποζημιώσεις για ζημιές από φυσικές καταστροφές ξεπέρασαν φέτος τα 600 εκατομμύρια ευρώ, ποσό υπερδιπλάσιο σε σχέση με πριν από πέντε χρόνια.",
            "## Λίγα σπίτια ασφαλισμένα",
            "Η γενική διευθύντρια της Ένωσης, Ελένη Μαυρίδου, επισημαίνει ότι μόλις ένα στα οκτώ σπίτια στη χώρα είναι ασφαλισμένο για φυσικές καταστροφές, ποσοστό από τα χαμηλότερα στην Ευρώπη.",
            "«Όταν ασφαλίζονται λίγοι, το κόστος για τον καθένα είναι μεγαλύτερο», λέει.",
            "Η κυβέρνηση εξετάζει την υποχρεωτική ασφάλιση για ορισμένες κατηγορίες ακινήτων, όπως ήδη ισχύει από φέτος για τις επιχειρήσεις με ετήσιο τζίρο άνω των 500.000 ευρώ.",
            "Οι ιδιοκτήτες πάντως διαμαρτύρονται. Πολλοί εξηγούν ότι μετά τις αυξήσεις στην ενέργεια και στα ενοίκια δεν αντέχουν άλλη επιβάρυνση.",
            "Οι ειδικοί προτείνουν μέτρα πρόληψης που μπορούν να μειώσουν το κόστος:",
            "- καθαρισμός οικοπέδων από ξερά χόρτα,",
            "- αντιπυρικές ζώνες γύρω από τους οικισμούς,",
            "- εκπτώσεις στα ασφάλιστρα για όσους εφαρμόζουν μέτρα προστασίας.",
            "## Το παράδειγμα της Εύβοιας",
            "Στη βόρεια Εύβοια, όπου το 2021 κάηκαν πάνω από 50.000 εκτάρια, μόνο λίγα από τα κατεστραμμένα σπίτια ήταν ασφαλισμένα. Οι περισσότεροι ιδιοκτήτες βασίστηκαν στην κρατική αρωγή, η οποία σε πολλές περιπτώσεις καθυστέρησε πάνω από δύο χρόνια.",
            "Στην Αττική, οι περιοχές της βορειοανατολικής πλευράς, όπως ο Μαραθώνας, η Βαρνάβας και ο Διόνυσος, κατατάσσονται πλέον από αρκετές εταιρείες στις ζώνες υψηλού κινδύνου, με αποτέλεσμα κάποιοι ιδιοκτήτες να δυσκολεύονται ακόμη και να βρουν ασφαλιστή."
            "Εκπρόσωποι των ασφαλιστικών εταιρειών σημειώνουν ότι και οι αντασφαλιστές στο εξωτερικό έχουν αυξήσει σημαντικά τις τιμές τους για την Ελλάδα, μετά τις μεγάλες καταστροφές του 2021 και του 2023."
            "Η Ένωση Καταναλωτών ζητά μεγαλύτερη διαφάνεια στον τρόπο υπολογισμού των ασφαλίστρων, ώστε οι πολίτες να γνωρίζουν ποια μέτρα πρόληψης μπορούν πράγματι να μειώσουν το κόστος."
            "Το υπουργείο Κλιματικής Κρίσης αναμένεται να παρουσιάσει νομοσχέδιο έως την άνοιξη.",
        ],
    ),
    Art(
        "he-mevakshei-miklat",
        "he",
        True,
        "בית המשפט העליון: המדינה תחויב להכריע בבקשות המקלט תוך שנה",
        "מאת נועה ברגר",
        "19.11.2026",
        "ממתינים מחוץ ללשכת רשות האוכלוסין בבני ברק.",
        (3, "דני לוי"),
        [
            "בית המשפט העליון קבע היום כי רשות האוכלוסין וההגירה תחויב להכריע בבקשות מקלט בתוך שנה מיום הגשתן. שופטי ההרכב מתחו ביקורת חריפה על המדינה, שלפי נתוניה עצמה מחזיקה ביותר מ-20 אלף בקשות שלא נבדקו, חלקן כבר יותר מעשור.",
            "העתירה הוגשה על ידי ארגוני זכויות אדם בשם מבקשי מקלט מאריתריאה ומסודן. לטענתם, השארת הבקשות ללא הכרעה מותירה אלפי אנשים ללא מעמד ברור וללא זכויות סוציאליות בסיסיות.",
            "## תגובת המדינה",
            "דובר רשות האוכלוסין, דני לוי, מסר כי הרשות תלמד את פסק הדין ותפעל ליישומו, אך הזהיר כי ללא תוספת כוח אדם יהיה קשה לעמוד בלוח הזמנים שקבע בית המשפט.",
            "לפי פסק הדין, בקשות שהוגשו לפני יותר משלוש שנים ייבדקו בעדיפות ראשונה.",
            '"זה יום היסטורי לאנשים שחיו כאן שנים בלי לדעת מה יהיה מחר", אמרה עו"ד מיכל שמעוני מהמוקד לפליטים ולמהגרים.',
            "בישראל חיים כיום כ-25 אלף מבקשי מקלט, רובם בדרום תל אביב. שיעור ההכרה בהם כפליטים הוא מהנמוכים בעולם המערבי.",
            "פסק הדין כולל שלוש הוראות עיקריות:",
            "- הכרעה בכל בקשה חדשה בתוך שנה,",
            "- דיווח חצי שנתי לבית המשפט על קצב הבדיקה,",
            "- מתן אשרת עבודה זמנית למי שבקשתו לא הוכרעה.",
            "## ביקורת מהקואליציה",
            "חברי כנסת מהקואליציה תקפו את פסק הדין וטענו כי בית המשפט מתערב במדיניות ההגירה של הממשלה. חלקם הודיעו כי יקדמו הצעת חוק שתגביל את סמכות בית המשפט בנושא.",
            "רבים ממבקשי המקלט הגיעו לישראל דרך גבול מצרים בשנים 2006 עד 2012, לפני השלמת הגדר בגבול. מאז כמעט שלא נכנסו לישראל מבקשי מקלט חדשים, אך מעמדם של אלה שכבר נמצאים בה נותר עמום."
            "בשכונות דרום תל אביב התקבל פסק הדין בתגובות מעורבות. חלק מהתושבים הוותיקים אמרו כי הם חוששים שההחלטה תקבע את המצב הקיים לשנים ארוכות, בעוד שאחרים הביעו תקווה שהסדרת המעמד תשפר את המצב בשכונה."
            "בארגונים החברתיים מציינים כי בשנים האחרונות נאלצו רבים ממבקשי המקלט לעבוד ללא תנאים סוציאליים, ובהם עובדי ניקיון ומסעדות, שחלקם חיים בישראל כבר יותר מחמש עשרה שנה."
            "ההחלטה תיכנס לתוקף בעוד 90 יום.",
        ],
    ),
    Art(
        "ja-tokutei",
        "ja",
        True,
        "「育成就労」制度、2027年開始へ　技能実習に代わる新制度の詳細決まる",
        "社会部　佐藤由美",
        "2026年11月18日 6時00分",
        "外国人技能実習生が働く県内の縫製工場。",
        (3, "田中健一"),
        [
            "政府は、外国人技能実習制度に代わる新たな「育成就労」制度の運用方針を閣議決定した。2027年4月から受け入れを始め、3年間で一定の技能を身につけた外国人が「特定技能」へ移行できるようにする。",
            "技能実習制度をめぐっては、賃金未払いや長時間労働などの人権侵害が相次ぎ、国内外から批判を受けてきた。",
            "## 転籍が可能に",
            "出入国在留管理庁の田中健一審議官は記者会見で、新制度の最大の特徴は本人の意向による転籍を一定の条件で認める点だと説明した。",
            "これまでの制度では、原則として職場を変えることができなかった。",
            "「ようやく働く人の立場に立った制度になる」と、支援団体の代表は話す。",
            "一方、地方の中小企業からは、人材が賃金の高い都市部へ流出するとの懸念が出ている。",
            "## 新制度の主なポイント",
            "- 同じ分野内で1～2年働けば転籍が可能",
            "- 日本語能力試験の受験を義務化",
            "- 監理団体は「監理支援機関」に改組",
            "厚生労働省によると、技能実習生は昨年末時点で約45万人に上り、ベトナム、インドネシア、フィリピンの出身者が多い。介護や建設、農業などの分野で人手不足が深刻化するなか、外国人材への依存は年々高まっている。",
            "新制度では、受け入れ企業に対する監督も強化される。悪質な企業や監理支援機関には受け入れ停止などの処分を科し、実習生が相談できる窓口を全国の地方入管に設ける。",
            "専門家の間では、来日前に母国の仲介業者へ支払う高額な手数料の問題が解決されていないとの指摘もある。多額の借金を抱えたまま来日し、職場を変えにくい状況は変わらないおそれがあるという。",
            "政府は、受け入れ分野や人数の上限を来年中に決める方針だ。",
        ],
    ),
]
