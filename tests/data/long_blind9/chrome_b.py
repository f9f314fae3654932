"""Hand-written chrome and clutter texts for long_blind9 (ko, zh-TW, ms, ur, bn, tl, de-AT, it),
in the format of chrome_a."""

CHROME = {
    "ko": """site: 한빛일보
section: 사회
home: 홈
hl: 내일 아침 영하권 추위…중부 내륙 서리 | 기상청은 일교차가 15도 이상 벌어지겠다며 건강 관리에 유의해 달라고 당부했다.
hl: 손흥민 멀티골…토트넘 3연승 질주 | 후반 교체 투입된 공격진이 잇따라 득점하며 역전승을 거뒀다.
hl: 배춧값 한 달 새 두 배…김장 물가 비상 | 유통업계는 산지 직거래 물량을 늘려 가격 안정에 나서기로 했다.
hl: 부산국제영화제 폐막…관객 15만 명 돌파 | 올해 영화제에는 70개국에서 온 작품 270여 편이 상영됐다.
hl: 보이스피싱 조직 총책 필리핀서 송환 | 경찰은 피해자 300여 명에게서 120억 원을 가로챈 혐의로 구속영장을 신청했다.
hl: 서울 아파트 전셋값 32주 연속 상승 | 신규 입주 물량이 줄면서 전세 매물이 크게 감소했다.
hl: 경부고속도로 서울요금소 부근 야간 공사 | 다음 주 월요일부터 닷새 동안 오후 10시부터 2개 차로가 통제된다.
hl: 수능 D-20…수험생 마무리 전략은 | 입시 전문가들은 새로운 문제보다 오답 정리에 집중하라고 조언했다.
read_also: 관련기사 || 함께 보면 좋은 기사 || [관련 기사]
related: 관련 뉴스 || 이 기사와 함께 많이 본 뉴스
most_read: 많이 본 뉴스 || 실시간 인기 기사
newsletter: 한빛일보 뉴스레터를 구독하고 매일 아침 주요 뉴스를 받아보세요. || 뉴스레터 구독하기
app: 한빛일보 앱 설치하고 속보 알림 받기 || 카카오톡 채널 추가하고 뉴스 받아보기
promo: 기자 구독하고 기사 알림 받기 || 제보는 카카오톡 okjebo
paywall: 이 기사는 프리미엄 회원 전용입니다. || 로그인하고 전체 기사를 읽어보세요.
photo: 사진 = {} 기자 || ⓒ{}
video: 다음 영상 || 지금 재생 중
slideshow: [포토] {} || 사진으로 보는 {} ({n}장)
share: 공유하기 || 페이스북 공유
cookie: 본 사이트는 서비스 개선을 위해 쿠키를 사용합니다. || 쿠키 수집에 동의하시겠습니까?
cookie_btn: 동의
bio: {} 기자는 법무·이민 분야를 담당하고 있습니다. || {} 기자의 다른 기사 보기
tags: 태그 || #키워드
follow: 구독 || 기자 구독
ad: 광고 || AD
comments: 댓글 12 || 댓글 쓰기
next: 다음 기사 || 이전 기사
more_by: 이 기자의 다른 기사 || {} 기자 기사 더보기
""",
    "zh-TW": """site: 寶島日報
section: 生活
home: 首頁
hl: 東北季風增強 北部明晨低溫探14度 | 氣象署提醒民眾外出注意保暖，山區可能出現濃霧。
hl: 中職總冠軍賽 統一獅延長賽逆轉勝 | 第十局再見安打讓主場球迷沸騰，系列賽戰成二比一。
hl: 雞蛋價格連三漲 一斤突破50元 | 蛋商表示天氣轉涼產蛋量下降，短期內價格難回落。
hl: 金馬獎入圍名單出爐 國片囊括七項提名 | 評審團主席稱今年作品題材多元，競爭相當激烈。
hl: 詐團假冒檢警騙走退休教師800萬 | 警方呼籲接到要求監管帳戶的電話應立即撥打165查證。
hl: 新北重劃區房價創新高 每坪逼近70萬 | 建商指出捷運通車帶動買氣，推案量也跟著增加。
hl: 國道一號五股段 下週起夜間封閉 | 高公局表示工程期間將封閉內側車道，請用路人改道。
hl: 台北燈節開幕 主燈首度移至大稻埕 | 活動為期兩週，主辦單位預估將吸引300萬人次。
read_also: 延伸閱讀 || 相關新聞 || 推薦閱讀：
related: 相關報導 || 更多生活新聞
most_read: 熱門新聞 || 即時排行
newsletter: 訂閱寶島日報電子報，每天早上掌握重要新聞。 || 立即訂閱電子報
app: 下載寶島日報APP，即時掌握最新消息 || 加入寶島日報LINE好友
promo: 歡迎追蹤寶島日報Facebook粉絲團 || 爆料信箱：news@baodao.tw
paywall: 本文為付費會員專屬內容，訂閱後即可閱讀全文。 || 立即訂閱，每月只要99元
photo: 圖／{}攝 || （記者{}／攝影）
video: 下一部影片 || 正在播放
slideshow: 【圖輯】{} || 圖集：{}（{n}張）
share: 分享 || 分享到LINE
cookie: 本網站使用Cookie以提供更好的瀏覽體驗，繼續瀏覽即表示您同意我們的隱私權政策。 || 我們使用Cookie改善服務。
cookie_btn: 我知道了
bio: {}，跑勞動與移工線，關心產業與人口議題。 || {}／生活中心記者
tags: 標籤 || 關鍵字
follow: 追蹤 || 追蹤作者
ad: 廣告 || 贊助
comments: 留言（4） || 我要留言
next: 下一則 || 上一則
more_by: 作者其他文章 || 更多{}的報導
""",
    "ms": """site: Berita Semenanjung
section: Nasional
home: Utama
hl: MetMalaysia keluarkan amaran hujan lebat di lima negeri | Penduduk di kawasan rendah dinasihatkan supaya bersiap sedia untuk berpindah.
hl: Harimau Malaya tewas 1-2 kepada Vietnam di Hanoi | Gol lewat pada minit ke-88 menghancurkan harapan skuad negara.
hl: Harga ayam naik RM1 sekilogram menjelang Deepavali | Peniaga mendakwa kos makanan ternakan meningkat sejak bulan lalu.
hl: Festival Filem Malaysia kembali selepas tiga tahun | Sebanyak 45 filem tempatan akan bertanding dalam 20 kategori.
hl: Polis tumpaskan sindiket curi kabel di Klang | Enam lelaki ditahan bersama kabel tembaga bernilai RM200,000.
hl: Harga rumah teres di Lembah Klang terus meningkat | Pemaju berkata permintaan didorong oleh pembeli rumah pertama.
hl: Lebuhraya PLUS: Lorong kiri ditutup untuk kerja penyelenggaraan | Penutupan berkuat kuasa dari jam 11 malam hingga 5 pagi selama seminggu.
hl: Pesta Buku Selangor tarik 500,000 pengunjung | Penganjur menyediakan baucar buku percuma untuk pelajar sekolah.
read_also: BACA JUGA: || Baca juga || Artikel berkaitan:
related: Berita Berkaitan || Lagi dari Nasional
most_read: Paling Popular || Terkini & Tular
newsletter: Langgan surat berita kami untuk menerima berita terkini setiap pagi. || Daftar newsletter Berita Semenanjung secara percuma.
app: Muat turun aplikasi Berita Semenanjung di Google Play dan App Store. || Sertai saluran Telegram kami untuk berita terkini.
promo: Ikuti kami di Facebook, Instagram dan TikTok. || Untuk berita lanjut, ikuti kami di Google News.
paywall: Artikel ini untuk pelanggan premium sahaja. || Langgan sekarang untuk membaca artikel penuh.
photo: Foto: {} || Gambar: {}/Bernama
video: Video seterusnya || Sedang dimainkan
slideshow: GAMBAR: {} || Galeri foto: {} ({n} gambar)
share: Kongsi artikel ini || Kongsi di WhatsApp
cookie: Laman web ini menggunakan kuki untuk memberikan pengalaman terbaik kepada anda. || Dengan terus melayari, anda bersetuju dengan dasar privasi kami.
cookie_btn: Setuju
bio: {} ialah wartawan Berita Semenanjung yang membuat liputan di Pantai Timur. || {} menulis mengenai alam sekitar dan bencana.
tags: Tag || Topik
follow: Ikuti || Ikuti kami
ad: Iklan || IKLAN
comments: Komen (2) || Tinggalkan komen
next: Artikel seterusnya || Artikel sebelumnya
more_by: Lagi daripada penulis || Artikel lain oleh {}
""",
    "ur": """site: روزنامہ آواز پاکستان
section: قومی خبریں
home: صفحہ اول
hl: محکمہ موسمیات نے پنجاب میں دھند کی پیش گوئی کر دی | موٹروے کے مختلف حصوں پر حد نگاہ پچاس میٹر تک رہنے کا امکان ہے۔
hl: قومی ٹیم نے تیسرے ون ڈے میں جنوبی افریقہ کو شکست دے دی | بابر اعظم کی سنچری کی بدولت پاکستان نے سیریز دو ایک سے جیت لی۔
hl: آٹے کی قیمت میں ایک بار پھر اضافہ | بیس کلو کا تھیلا مارکیٹ میں دو ہزار آٹھ سو روپے تک فروخت ہو رہا ہے۔
hl: لاہور میں ادبی میلہ اگلے ہفتے شروع ہوگا | میلے میں ملک بھر سے ڈیڑھ سو ادیب اور شاعر شرکت کریں گے۔
hl: کراچی میں موبائل چھیننے والا گروہ گرفتار | پولیس نے ملزمان کے قبضے سے چالیس موبائل فون برآمد کر لیے۔
hl: اسلام آباد میں فلیٹوں کے کرائے پچیس فیصد بڑھ گئے | کرایہ داروں نے حکومت سے کرایوں پر کنٹرول کا مطالبہ کیا ہے۔
hl: جی ٹی روڈ پر مرمت کے باعث ٹریفک کا رخ موڑ دیا گیا | ٹریفک پولیس نے شہریوں کو متبادل راستے استعمال کرنے کی ہدایت کی ہے۔
hl: ملک بھر میں ایک سو بیس نئے سکول کھولنے کا اعلان | وزارت تعلیم کے مطابق سکولوں میں داخلے جنوری سے شروع ہوں گے۔
read_also: یہ بھی پڑھیں: || مزید پڑھیں: || یہ بھی دیکھیں
related: متعلقہ خبریں || مزید قومی خبریں
most_read: سب سے زیادہ پڑھی جانے والی || مقبول خبریں
newsletter: تازہ ترین خبریں ای میل پر حاصل کرنے کے لیے نیوز لیٹر سبسکرائب کریں۔ || ہمارا نیوز لیٹر سبسکرائب کریں
app: آواز پاکستان کی موبائل ایپ ڈاؤن لوڈ کریں۔ || ہمارا واٹس ایپ چینل فالو کریں۔
promo: تازہ ترین خبروں کے لیے ہمارا یوٹیوب چینل سبسکرائب کریں۔ || خبر پر اپنی رائے کا اظہار کریں
paywall: یہ خبر صرف ڈیجیٹل سبسکرائبرز کے لیے ہے۔ || مکمل خبر پڑھنے کے لیے لاگ ان کریں۔
photo: فوٹو: {} || تصویر: {} / فائل
video: اگلی ویڈیو || ابھی دیکھیں
slideshow: تصویری جھلکیاں: {} || تصاویر: {} ({n} تصاویر)
share: شیئر کریں || فیس بک پر شیئر کریں
cookie: یہ ویب سائٹ آپ کے تجربے کو بہتر بنانے کے لیے کوکیز استعمال کرتی ہے۔ || ویب سائٹ کا استعمال جاری رکھ کر آپ کوکیز سے اتفاق کرتے ہیں۔
cookie_btn: ٹھیک ہے
bio: {} آواز پاکستان کے سینئر رپورٹر ہیں اور مہاجرین کے امور پر لکھتے ہیں۔ || {} اسلام آباد بیورو سے وابستہ ہیں۔
tags: ٹیگز || موضوعات
follow: فالو کریں || ہمیں فالو کریں
ad: اشتہار || ایڈورٹائزمنٹ
comments: تبصرے (6) || اپنا تبصرہ لکھیں
next: اگلی خبر || پچھلی خبر
more_by: مصنف کی مزید خبریں || {} کی دیگر خبریں
""",
    "bn": """site: দৈনিক সময়ের আলো
section: জাতীয়
home: প্রচ্ছদ
hl: বঙ্গোপসাগরে লঘুচাপ, চার বন্দরে সতর্ক সংকেত | আবহাওয়া অফিস উপকূলীয় এলাকায় ভারী বৃষ্টির পূর্বাভাস দিয়েছে।
hl: শেষ ওভারের নাটকীয়তায় জিতল বাংলাদেশ | শেষ বলে চার মেরে দলকে জয় এনে দিলেন লোয়ার অর্ডারের ব্যাটার।
hl: কাঁচা মরিচের কেজি আবারও ৩০০ টাকা | ব্যবসায়ীরা বলছেন, বৃষ্টিতে ক্ষেত নষ্ট হওয়ায় সরবরাহ কমেছে।
hl: শিল্পকলায় শুরু হচ্ছে আন্তর্জাতিক নাট্যোৎসব | সাত দেশের বিশটি নাট্যদল উৎসবে অংশ নেবে।
hl: মিরপুরে ছিনতাইকারী চক্রের চার সদস্য গ্রেপ্তার | তাদের কাছ থেকে ছয়টি মোবাইল ফোন ও দুটি ছুরি উদ্ধার করা হয়েছে।
hl: ঢাকায় বাসাভাড়া বেড়েছে ১৫ শতাংশ | ভাড়াটিয়ারা বলছেন, আয়ের তুলনায় খরচ অনেক বেশি বেড়েছে।
hl: ঢাকা-চট্টগ্রাম মহাসড়কে তীব্র যানজট | মেঘনা সেতুর সংস্কারকাজের কারণে গাড়ির দীর্ঘ সারি তৈরি হয়েছে।
hl: বইমেলার স্টল বরাদ্দের আবেদন শুরু | এবার মেলায় সাড়ে সাতশ প্রতিষ্ঠান অংশ নিতে পারবে।
read_also: আরও পড়ুন || আরও পড়ুন: || সম্পর্কিত খবর
related: এ সম্পর্কিত আরও খবর || জাতীয় থেকে আরও
most_read: সর্বাধিক পঠিত || সর্বশেষ
newsletter: প্রতিদিনের গুরুত্বপূর্ণ খবর ই-মেইলে পেতে নিউজলেটার সাবস্ক্রাইব করুন। || আমাদের নিউজলেটারে যুক্ত হোন
app: সময়ের আলো অ্যাপ ডাউনলোড করুন। || সর্বশেষ খবর পেতে আমাদের ফেসবুক পেজ ফলো করুন।
promo: সময়ের আলোর খবর পেতে গুগল নিউজ চ্যানেল ফলো করুন। || আপনার মতামত জানান
paywall: এই প্রতিবেদনটি শুধু গ্রাহকদের জন্য। || পুরো লেখা পড়তে লগইন করুন।
photo: ছবি: {} || ছবি: {}/সময়ের আলো
video: পরবর্তী ভিডিও || এখন দেখছেন
slideshow: ছবিতে দেখুন: {} || ফটো গ্যালারি: {} ({n}টি ছবি)
share: শেয়ার করুন || ফেসবুকে শেয়ার
cookie: এই ওয়েবসাইট আপনার অভিজ্ঞতা উন্নত করতে কুকি ব্যবহার করে। || সাইটটি ব্যবহার অব্যাহত রেখে আপনি আমাদের গোপনীয়তা নীতিতে সম্মত হচ্ছেন।
cookie_btn: সম্মত
bio: {} সময়ের আলোর জ্যেষ্ঠ প্রতিবেদক, প্রবাসী শ্রমিকদের বিষয়ে লেখেন। || {} ২০১৫ সাল থেকে সময়ের আলোতে কাজ করছেন।
tags: ট্যাগ || বিষয়
follow: অনুসরণ করুন || ফলো করুন
ad: বিজ্ঞাপন || স্পন্সরড
comments: মন্তব্য (৩) || মন্তব্য করুন
next: পরবর্তী খবর || পূর্ববর্তী খবর
more_by: এই লেখকের আরও খবর || {}-এর অন্যান্য লেখা
""",
    "tl": """site: Balitang Bayan Online
section: Balita
home: Home
hl: PAGASA: Bagyong Ompong, posibleng lumakas bago tumama sa Aurora | Itinaas na ang Signal No. 2 sa limang lalawigan sa Hilagang Luzon.
hl: Gilas Pilipinas, wagi kontra Jordan sa FIBA qualifiers | Humataw ng 28 puntos ang naturalized center sa harap ng punong Araneta.
hl: Presyo ng bigas, bumaba ng P3 kada kilo sa Metro Manila | Ayon sa DA, dumami ang suplay mula sa anihan sa Nueva Ecija.
hl: Pelikulang Pilipino, pasok sa Berlinale | Ito ang unang pagkakataon sa loob ng sampung taon na may entry ang bansa.
hl: Tatlong suspek sa holdap sa Quezon City, arestado | Nabawi ng pulisya ang mga ninakaw na cellphone at alahas.
hl: Upa sa condo sa BGC, tumaas ng 20 porsiyento | Sinisisi ng mga ahente ang pagdagsa ng mga bagong empleyado ng BPO.
hl: EDSA busway, isasara tuwing gabi para sa pagkukumpuni | Pansamantalang gagamit ng ibang lane ang mga bus mula 10 p.m. hanggang 4 a.m.
hl: Simbang Gabi, dinagsa ng mga deboto sa Baclaran | Nagpatupad ng mahigpit na seguridad ang pulisya sa paligid ng simbahan.
read_also: BASAHIN: || Basahin din: || BASAHIN DIN
related: Kaugnay na Balita || Iba pang balita
most_read: Pinakabinasa || Trending
newsletter: Mag-subscribe sa aming newsletter para sa mga pinakabagong balita araw-araw. || Tumanggap ng balita sa iyong email – mag-sign up na!
app: I-download ang Balitang Bayan app para sa breaking news. || I-follow kami sa Viber Community.
promo: I-like at i-follow ang aming Facebook page para sa iba pang balita. || Para sa iba pang balita, bisitahin ang aming YouTube channel.
paywall: Para lamang sa mga subscriber ang artikulong ito. || Mag-log in para mabasa ang buong artikulo.
photo: Larawan mula kay {} || Kuha ni {}
video: Susunod na video || Pinapanood ngayon
slideshow: SA LARAWAN: {} || Photo gallery: {} ({n} larawan)
share: I-share || Ibahagi sa Facebook
cookie: Gumagamit ang website na ito ng cookies para mapabuti ang iyong karanasan. || Sa patuloy na paggamit, sumasang-ayon ka sa aming privacy policy.
cookie_btn: Sige
bio: Si {} ay reporter ng Balitang Bayan na sumasaklaw sa mga isyu ng OFW. || Si {} ay sumusulat tungkol sa paggawa at migrasyon.
tags: Mga tag || Tags
follow: Sundan || I-follow
ad: Advertisement || Patalastas
comments: Mga komento (11) || Mag-iwan ng komento
next: Susunod na balita || Nakaraang balita
more_by: Iba pang isinulat ni {} || Higit pa mula sa may-akda
""",
    "de-AT": """site: Alpenland Zeitung
section: Innenpolitik
home: Startseite
hl: Wetter: Erster Schnee bis in tiefe Lagen erwartet | In Tirol und Salzburg sind bis zu 30 Zentimeter Neuschnee möglich.
hl: Rapid verliert Derby gegen die Austria | Ein Eigentor in der Nachspielzeit entschied das Spiel im Allianz Stadion.
hl: Strompreise: Landesversorger senkt Tarife ab Jänner | Haushalte sollen im Schnitt rund 120 Euro pro Jahr sparen.
hl: Wiener Staatsoper kündigt Saison mit drei Uraufführungen an | Der Vorverkauf für die Premieren beginnt am kommenden Montag.
hl: Einbruchsserie in Graz-Liebenau: Polizei nimmt Verdächtige fest | Die Ermittler fanden Diebesgut im Wert von 40.000 Euro.
hl: Mieten in Innsbruck steigen stärker als im Bundesschnitt | Besonders betroffen sind kleine Wohnungen in Uni-Nähe.
hl: A2-Südautobahn: Nachtsperre wegen Brückensanierung | Der Verkehr wird zwischen 21 und 5 Uhr über die Bundesstraße umgeleitet.
hl: Christkindlmärkte öffnen am 14. November | Veranstalter rechnen mit mehr Besuchern aus dem Ausland als im Vorjahr.
read_also: Lesen Sie auch: || Mehr zum Thema: || Auch interessant
related: Das könnte Sie auch interessieren || Mehr aus Innenpolitik
most_read: Meistgelesen || Top-Artikel
newsletter: Die wichtigsten Nachrichten jeden Morgen in Ihrem Postfach – jetzt Newsletter abonnieren. || Newsletter „Alpenland am Abend“ kostenlos bestellen.
app: Holen Sie sich die Alpenland-App für Eilmeldungen aufs Handy. || Folgen Sie uns jetzt auch auf WhatsApp!
promo: Haben Sie einen Hinweis? Schreiben Sie an leserreporter@alpenland.at || Mehr Nachrichten aus Österreich finden Sie auf unserer Startseite.
paywall: Dieser Artikel ist exklusiv für Abonnentinnen und Abonnenten. || Weiterlesen mit Alpenland Plus – jetzt einen Monat um 1 Euro testen.
photo: Foto: APA/{} || Bild: {}
video: Nächstes Video in || Jetzt ansehen
slideshow: Bildergalerie: {} ({n} Bilder) || Fotostrecke: {}
share: Artikel teilen || Auf Facebook teilen
cookie: Wir verwenden Cookies, um Inhalte und Anzeigen zu personalisieren. || Mit der Nutzung dieser Website stimmen Sie der Verwendung von Cookies zu.
cookie_btn: Alle akzeptieren
bio: {} ist Redakteurin im Ressort Innenpolitik und schreibt über Migration und Arbeitsmarkt. || {} berichtet seit 2018 aus dem Parlament.
tags: Schlagworte || Themen
follow: Folgen || Autorin folgen
ad: Anzeige || Werbung
comments: Kommentare (31) || Jetzt kommentieren
next: Nächster Artikel || Zum nächsten Artikel
more_by: Mehr von {} || Weitere Artikel der Autorin
""",
    "it": """site: Gazzetta del Golfo
section: Cronaca
home: Home
hl: Allerta meteo gialla in Sicilia per temporali e vento forte | La Protezione civile raccomanda prudenza lungo le strade costiere.
hl: Il Palermo batte il Bari e torna in zona playoff | Decisivo un gol di testa a dieci minuti dalla fine al Barbera.
hl: Caro carburanti, la benzina torna sopra i due euro al litro | I gestori denunciano aumenti anche sui prezzi del gasolio.
hl: Teatro Massimo, la nuova stagione si apre con la Tosca | I biglietti per la prima sono già esauriti da settimane.
hl: Rapina in farmacia a Bagheria, arrestato un trentenne | L'uomo è stato fermato dai carabinieri poco dopo la fuga.
hl: Affitti brevi, a Palermo aumentano del 25% in un anno | Le associazioni degli inquilini chiedono un tetto alle locazioni turistiche.
hl: Autostrada Palermo-Catania, chiuso lo svincolo di Termini | I lavori di manutenzione dureranno fino alla fine del mese.
hl: Festino di Santa Rosalia, presentato il programma | Quest'anno il carro sfilerà con un percorso più lungo nel centro storico.
read_also: Leggi anche || LEGGI ANCHE: || Potrebbe interessarti
related: Articoli correlati || Altre notizie di Cronaca
most_read: I più letti || Più visti
newsletter: Iscriviti alla nostra newsletter per ricevere le notizie del giorno. || Ricevi ogni mattina la rassegna della Gazzetta: iscriviti gratis.
app: Scarica l'app della Gazzetta del Golfo. || Seguici sul nostro canale WhatsApp.
promo: Resta aggiornato: segui la Gazzetta su Google News. || Hai una segnalazione? Scrivi alla redazione.
paywall: Questo articolo è riservato agli abbonati. || Abbonati per continuare a leggere: 1 euro per il primo mese.
photo: Foto di {} || (Foto {}/Ansa)
video: Prossimo video tra || In riproduzione
slideshow: FOTO: {} || Fotogallery: {} ({n} foto)
share: Condividi || Condividi su Facebook
cookie: Questo sito utilizza cookie tecnici e di profilazione. Proseguendo la navigazione accetti l'uso dei cookie. || Usiamo i cookie per migliorare la tua esperienza.
cookie_btn: Accetta
bio: {} è giornalista della redazione di Palermo e si occupa di economia e commercio. || {} collabora con la Gazzetta dal 2011.
tags: Argomenti || Tag
follow: Segui || Segui l'autrice
ad: Pubblicità || PUBBLICITÀ
comments: Commenti (8) || Lascia un commento
next: Articolo successivo || Prossimo articolo
more_by: Altri articoli di {} || Dello stesso autore
""",
}
