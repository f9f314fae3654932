"""Three more headline items per language for briefs_blind11 ("headline || dek")."""

MORE = {
    "es": [
        "Cortes de agua en el centro por la renovación de tuberías || El ayuntamiento avisa de que el suministro se interrumpirá de nueve a dos durante tres mañanas.",
        "La selección femenina de baloncesto gana el torneo de Valencia || Las españolas se impusieron a Francia en una final igualada hasta el último minuto.",
        "Suben los alquileres un nueve por ciento en un año || El precio medio del metro cuadrado marca un nuevo máximo en las grandes capitales según el portal inmobiliario.",
    ],
    "fr": [
        "Les boulangers augmentent le prix de la baguette || Dans plusieurs villes, la baguette tradition dépasse désormais 1,40 euro en raison du coût de l'électricité.",
        "Un cambriolage dans une bijouterie du centre-ville || Les malfaiteurs ont pris la fuite à scooter, la police a lancé un appel à témoins.",
        "Le festival de jazz dévoile sa programmation || Une trentaine de concerts sont prévus pendant dix jours sur les places et dans les jardins de la ville.",
    ],
    "de": [
        "Deutsche Bahn kündigt Bauarbeiten auf der Strecke nach Hamburg an || Fernzüge werden ab Mai über Uelzen umgeleitet und brauchen bis zu vierzig Minuten länger.",
        "Handballerinnen erreichen das Pokalfinale || Die Mannschaft setzte sich im Halbfinale mit zwei Toren Vorsprung gegen den Titelverteidiger durch.",
        "Neues Freibad öffnet zum Sommeranfang || Das Becken wurde für rund acht Millionen Euro saniert und bekommt eine neue Rutsche.",
    ],
    "it": [
        "Il prezzo del caffè al bar supera un euro e trenta || Secondo le associazioni dei consumatori l'aumento medio in un anno è stato di dieci centesimi.",
        "Furto in una gioielleria del centro storico || I ladri sono entrati di notte da un cantiere vicino e hanno portato via orologi e anelli.",
        "La nazionale di pallavolo vince il torneo di Montreux || Le azzurre hanno battuto il Brasile in finale al termine di cinque set combattuti.",
    ],
    "pt": [
        "Preço das casas continua a subir em Lisboa e no Porto || O valor mediano por metro quadrado aumentou oito por cento no último trimestre, segundo o INE.",
        "Assalto a uma ourivesaria em Braga || Os suspeitos fugiram num carro roubado que foi encontrado abandonado horas depois.",
        "Teatro Nacional estreia nova peça de Gil Vicente || A encenação junta atores de várias gerações e fica em cena até ao fim de maio.",
    ],
    "nl": [
        "NS rijdt minder treinen tussen Utrecht en Amsterdam || Door werkzaamheden aan het spoor gaan er het hele weekend bussen in plaats van treinen.",
        "Schaatsers pakken goud op de ploegenachtervolging || Het team verbeterde het baanrecord en was ruim een seconde sneller dan Noorwegen.",
        "Huurprijzen in de vrije sector stijgen verder || Gemiddeld betalen nieuwe huurders nu bijna twintig euro per vierkante meter.",
    ],
    "pl": [
        "Złodzieje ukradli rowery z piwnic na osiedlu || Policja apeluje do mieszkańców o zamykanie drzwi do pomieszczeń gospodarczych.",
        "Siatkarze awansowali do półfinału Ligi Mistrzów || Zespół wygrał rewanż po tie-breaku i zagra o finał z drużyną z Włoch.",
        "Nowy rozkład jazdy autobusów od poniedziałku || Część linii nocnych będzie kursować częściej, a linia 111 zmieni trasę.",
    ],
    "ru": [
        "Полиция задержала подозреваемых в краже из ювелирного магазина || Злоумышленников нашли по записям камер наблюдения через два дня после ограбления.",
        "Хоккеисты вышли в финал конференции || Решающую шайбу забросили в овертайме седьмого матча серии.",
        "В городе открылась выставка русского авангарда || На ней представлено более ста работ из частных коллекций и региональных музеев.",
    ],
    "uk": [
        "Поліція затримала крадіїв велосипедів || Під час обшуку в гаражі знайшли понад двадцять велосипедів і запчастини.",
        "Баскетболісти вийшли до фіналу чемпіонату || Команда перемогла у вирішальному матчі серії з різницею у три очки.",
        "Подорожчав проїзд у маршрутках || Вартість поїздки зросла на дві гривні, перевізники пояснюють це ціною пального.",
    ],
    "ar": [
        "القبض على عصابة لسرقة السيارات || ضبطت الشرطة أربعة أشخاص وأعادت ثماني سيارات مسروقة إلى أصحابها.",
        "المنتخب يتأهل إلى نهائي كأس العرب || فاز الفريق بركلات الترجيح بعد تعادل مثير في الوقت الأصلي والإضافي.",
        "تشغيل خط حافلات جديد إلى الجامعة || يعمل الخط من السادسة صباحا حتى العاشرة مساء بمعدل حافلة كل ربع ساعة.",
    ],
    "fa": [
        "دستگیری سارقان طلافروشی در مرکز شهر || پلیس با بررسی دوربین‌های مداربسته دو متهم را در کمتر از یک روز شناسایی کرد.",
        "افزایش قیمت بلیت مترو از ماه آینده || شورای شهر نرخ جدید کرایه مترو و اتوبوس را با افزایش بیست درصدی تصویب کرد.",
        "نمایشگاه عکس تهران قدیم گشایش یافت || در این نمایشگاه بیش از دویست قطعه عکس از دهه‌های گذشته به نمایش گذاشته شده است.",
    ],
    "tr": [
        "Kuyumcu soygununun şüphelileri yakalandı || Polis, güvenlik kameralarını inceleyerek üç şüpheliyi iki gün içinde gözaltına aldı.",
        "Voleybolda Fenerbahçe finale yükseldi || Sarı-lacivertliler yarı final serisinin üçüncü maçını da kazanarak finale adını yazdırdı.",
        "Kira artışları yüzde ellinin üzerinde || Büyükşehirlerde ortalama konut kirası bir yılda yarıdan fazla arttı.",
    ],
    "zh": [
        "警方破获系列盗窃电动车案 || 犯罪嫌疑人三人已被刑事拘留，追回被盗车辆二十余辆。",
        "女排联赛本周末打响 || 十二支球队将在主客场赛制下争夺冠军，首轮比赛门票已基本售罄。",
        "城区部分路段明起停水 || 因供水管道改造，三个街道将在明天上午八点至下午六点暂停供水。",
    ],
    "ja": [
        "駅前の宝石店で窃盗、防犯カメラに男の姿 || 警察は映像を公開し、情報提供を呼びかけている。",
        "女子バレー、リーグ初優勝まであと1勝 || 首位チームは週末の直接対決で勝てば優勝が決まる。",
        "家賃、都市部で上昇続く || 単身者向け物件の平均家賃が前年同月比で5パーセント上がった。",
    ],
    "ko": [
        "도심 금은방 절도범 이틀 만에 검거 || 경찰은 폐쇄회로 화면을 분석해 용의자를 인근 모텔에서 붙잡았다.",
        "여자배구, 정규리그 우승 매직넘버 1 || 남은 경기에서 한 번만 이기면 창단 첫 우승을 확정한다.",
        "시내버스 요금 다음 달부터 인상 || 성인 카드 요금이 150원 오르며 청소년 요금은 동결된다.",
    ],
    "hi": [
        "ज्वेलरी शॉप में चोरी, सीसीटीवी में कैद हुए आरोपी || पुलिस ने फुटेज के आधार पर दो संदिग्धों की तलाश शुरू कर दी है।",
        "कबड्डी लीग में घरेलू टीम फाइनल में पहुंची || रोमांचक मुकाबले में टीम ने आखिरी रेड में दो अंक लेकर जीत हासिल की।",
        "बिजली की दरों में बढ़ोतरी का प्रस्ताव || नियामक आयोग ने घरेलू उपभोक्ताओं से आपत्तियां मांगी हैं।",
    ],
    "sv": [
        "Inbrott i guldsmedsbutik i centrum || Polisen söker vittnen som sett en mörk bil lämna platsen vid tretiden i natt.",
        "Handbollsdamerna klara för EM-semifinal || Sverige vann kvartsfinalen mot Danmark med fyra mål efter en stark andra halvlek.",
        "Hyrorna höjs med fem procent i allmännyttan || Hyresgästföreningen och bostadsbolagen kom överens efter långa förhandlingar.",
    ],
    "el": [
        "Σύλληψη για κλοπές σε κοσμηματοπωλεία || Οι αστυνομικοί εντόπισαν τους δράστες μέσα από καταγραφές καμερών ασφαλείας.",
        "Στον τελικό του κυπέλλου ο Παναθηναϊκός || Η ομάδα επικράτησε στη ράτσα των πέναλτι μετά από ισοπαλία στην παράταση.",
        "Αυξάνονται τα ενοίκια στο κέντρο της Αθήνας || Η μέση τιμή ανά τετραγωνικό μέτρο αυξήθηκε κατά δώδεκα τοις εκατό σε έναν χρόνο.",
    ],
    "ro": [
        "Hoți de biciclete prinși de polițiști || În garajul suspecților au fost găsite peste douăzeci de biciclete furate din scările de bloc.",
        "Handbalistele s-au calificat în semifinale || Echipa a câștigat la un gol diferență un meci decis în ultimele secunde.",
        "Chiriile au crescut cu zece la sută în marile orașe || Cele mai mari creșteri au fost înregistrate în Cluj-Napoca și București.",
    ],
    "hu": [
        "Kézilabda: döntőbe jutott a női válogatott || A csapat a hosszabbításban győzte le Norvégiát egy izgalmas elődöntőben.",
        "Emelkednek az albérletárak a fővárosban || Egy átlagos lakás bérleti díja már meghaladja a havi kétszázezer forintot.",
        "Jazzfesztivál a Városligetben || Három napon át ingyenes koncertekkel várják a közönséget a Hősök tere mögötti színpadon.",
    ],
    "cs": [
        "Policie dopadla zloděje kol || Při domovní prohlídce našli kriminalisté přes dvacet kol ukradených ze sklepů.",
        "Hokejisté postoupili do semifinále || Rozhodující gól padl v prodloužení sedmého zápasu série.",
        "Nájmy v Praze dál rostou || Průměrný nájem za metr čtvereční je o devět procent vyšší než před rokem.",
    ],
    "vi": [
        "Bắt nhóm trộm xe máy ở ngoại thành || Công an thu giữ hơn mười chiếc xe và đang mở rộng điều tra các vụ việc liên quan.",
        "Tuyển bóng chuyền nữ vào chung kết || Các cô gái Việt Nam thắng Thái Lan sau năm set đấu kịch tính.",
        "Giá thuê nhà trọ tăng mạnh gần các trường đại học || Nhiều sinh viên phải tìm phòng ở xa hơn vì giá tăng thêm một triệu đồng mỗi tháng.",
    ],
    "id": [
        "Polisi tangkap komplotan pencuri sepeda motor || Tiga tersangka ditangkap dan belasan sepeda motor curian berhasil diamankan.",
        "Tim bulu tangkis putri melaju ke final || Pasangan ganda putri menang rubber game dalam pertandingan yang berlangsung lebih dari satu jam.",
        "Tarif parkir di pusat kota naik mulai bulan depan || Pemerintah kota menyebut kenaikan untuk mengurangi kemacetan di jam sibuk.",
    ],
    "he": [
        "נעצרו חשודים בפריצה לחנות תכשיטים || המשטרה איתרה את החשודים בעזרת מצלמות האבטחה באזור.",
        "נבחרת הכדורעף עלתה לחצי הגמר || הנבחרת ניצחה במערכה החמישית אחרי משחק צמוד.",
        "שכר הדירה בעיר עלה בעשרה אחוזים || הזינוק החד ביותר נרשם בדירות של שלושה חדרים במרכז העיר.",
    ],
    "th": [
        "ตำรวจจับแก๊งลักรถจักรยานยนต์ || เจ้าหน้าที่ตรวจยึดรถที่ถูกขโมยได้กว่ายี่สิบคันพร้อมผู้ต้องหาสามคน",
        "วอลเลย์บอลหญิงไทยเข้าชิงชนะเลิศ || นักกีฬาไทยเอาชนะญี่ปุ่นได้ในเซตที่ห้าอย่างสนุกและตื่นเต้น",
        "ค่าเช่าคอนโดใกล้รถไฟฟ้าพุ่งสูง || ผู้เช่าหลายรายต้องย้ายไปอยู่ไกลขึ้นเพราะราคาค่าเช่าเพิ่มขึ้นเดือนละหลายพันบาท",
    ],
    "fi": [
        "Poliisi otti kiinni pyörävarkaita || Kotietsinnässä löytyi yli kaksikymmentä kellarivarastoista varastettua polkupyörää.",
        "Lentopallonaiset etenivät finaaliin || Joukkue voitti ratkaisevan ottelun viidennessä erässä täpärästi.",
        "Vuokrat nousevat taas pääkaupunkiseudulla || Vapaarahoitteisten asuntojen keskivuokra nousi vuodessa neljä prosenttia.",
    ],
}
