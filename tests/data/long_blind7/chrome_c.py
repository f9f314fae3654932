"""Hand-written page chrome and clutter per language (heldback: bg, sr, ja, hi, sk)."""

C: dict[str, str] = {}

C["bg"] = """
site: Бургаски вестник | Новини Днес | Странджа Прес
home: Начало | Начална страница
section: България | Общество
read_also: Прочетете още: | Вижте още: | Свързано:
related_h: Свързани новини | Още по темата
most_read_h: Най-четени | Най-популярни
newsletter: Абонирайте се за нашия бюлетин и получавайте най-важното всяка сутрин. | Новините на деня във вашата поща. Безплатно.
app: Изтеглете приложението ни за известия в реално време. | Последвайте ни във Viber.
paywall: Останалата част от статията е достъпна само за абонати. | За да продължите да четете, станете абонат.
photo: Снимка: БГНЕС | Снимка: БТА | Снимка: Shutterstock
video_play: Пусни видео | Гледай
video_now: Гледате в момента | Възпроизвежда се
video_next: Следващото видео започва след 5 | Следва
gallery: Галерия | Снимки
share: Сподели във Facebook | Сподели в Viber | Копирай линка
comments_h: Коментари | Мнения
comment: А кой ще плати поддръжката след пет години? | Най-после границата се пази както трябва.
login: Влезте в профила си, за да коментирате. | Само регистрирани потребители могат да коментират.
cookie: Този сайт използва бисквитки, за да подобри вашето преживяване. | Продължавайки, вие се съгласявате с използването на бисквитки.
cookie_btn: Приемам | Съгласен съм
bio: Журналист, пише за границата и миграцията от Бургас. | Репортер в отдел „България“.
more_from: Още от автора | Други статии на автора
tags_h: Етикети | Теми
tags: граница, МВР, Странджа, бежанци
ad: Реклама | РЕКЛАМА
next_h: Следваща статия | Прочетете следващата
next_p: Пътят Бургас – Созопол остава затворен заради свлачище, шофьорите се пренасочват през Крушевец.
follow: Следвай | Последвай
role: Адвокат · 7 статии | Виж профила
listen: Чуйте статията | Слушай
sponsored: Платена публикация | Партньорски материал
reading_time: Време за четене: 4 мин. | 4 минути
print: Печат | Версия за печат
page: Страница | Стр.
continue: Продължава на следващата страница | Прочетете още
helpful: Беше ли полезна тази страница? | Помогна ли ви тази информация?
source: Източник: | Първоизточник:
original: Прочетете цялата статия в източника | Към източника
updates: Покажи новите | Зареди още
weather: Бургас 9°C Облачно | София 2°C Мъгла
top: Нагоре | Към началото
copyright: © Всички права запазени. | Материалите не могат да се копират без разрешение.
trending: Актуално | Горещо
hl: Левски с драматичен обрат срещу ЦСКА || Сините вкараха два гола в добавеното време.
hl: Цените на горивата падат преди празниците || Литър бензин вече е под 2,40 лева.
hl: Сняг затвори прохода Шипка || АПИ призова шофьорите да тръгват с вериги.
hl: Известна певица обяви концерт в Арена София || Билетите се продават от понеделник.
hl: Графикът за матурите е вече ясен || МОН публикува датите за изпитите.
hl: Пенсиите се увеличават от юли || Финансовото министерство потвърди индексацията.
hl: Коледен базар отвори в центъра на Пловдив || Щандовете ще работят до 6 януари.
hl: Нов влак ще свързва Варна и Русе || Първият курс е насрочен за пролетта.
"""

C["sr"] = """
site: Vesti Srema | Dnevni Glasnik | Južne Novine
home: Početna | Naslovna
section: Društvo | Srbija
read_also: Pročitajte još: | Pogledajte i: | Povezano:
related_h: Povezane vesti | Još na ovu temu
most_read_h: Najčitanije | Najpopularnije
newsletter: Prijavite se na naš bilten i primajte najvažnije vesti svakog jutra. | Vesti dana u vašem sandučetu. Besplatno.
app: Preuzmite našu aplikaciju za obaveštenja u realnom vremenu. | Pratite nas na Viberu.
paywall: Ostatak teksta dostupan je samo pretplatnicima. | Da biste nastavili čitanje, postanite pretplatnik.
photo: Foto: Tanjug | Foto: Beta | Ilustracija: Shutterstock
video_play: Pusti video | Gledaj
video_now: Trenutno gledate | Pušta se
video_next: Sledeći video počinje za 5 | Sledi
gallery: Galerija | Foto galerija
share: Podeli na Facebooku | Pošalji na Viber | Kopiraj link
comments_h: Komentari | Komentari čitalaca
comment: Ako su centri prazni, zašto se i dalje plaćaju? | Neka se koriste za decu bez pratnje, to je pametno.
login: Prijavite se da biste komentarisali. | Samo registrovani korisnici mogu da komentarišu.
cookie: Ovaj sajt koristi kolačiće kako bi poboljšao vaše iskustvo. | Nastavkom korišćenja prihvatate kolačiće.
cookie_btn: Prihvatam | U redu
bio: Novinarka, prati migracije i lokalnu samoupravu. | Dopisnica iz Šida.
more_from: Još od autorke | Drugi tekstovi autorke
tags_h: Tagovi | Teme
tags: migranti, prihvatni centri, Komesarijat, Šid
ad: Reklama | OGLAS
next_h: Sledeći tekst | Čitajte dalje
next_p: Novi most preko Save kod Šapca biće otvoren za saobraćaj pre roka, najavili su iz ministarstva.
follow: Prati | Zaprati
role: Predsednik veća · 4 teksta | Pogledaj profil
listen: Poslušajte tekst | Slušaj
sponsored: Sponzorisani sadržaj | Promo
reading_time: Vreme čitanja: 4 min | 4 minuta
print: Štampaj | Verzija za štampu
page: Strana | Str.
continue: Nastavak na sledećoj strani | Čitaj dalje
helpful: Da li vam je ova stranica bila korisna? | Da li vam je informacija pomogla?
source: Izvor: | Prvobitni izvor:
original: Pročitajte ceo tekst na izvornom sajtu | Idi na izvor
updates: Prikaži nove objave | Učitaj još
weather: Beograd 6°C Oblačno | Niš 4°C Kiša
top: Na vrh | Nazad na vrh
copyright: © Sva prava zadržana. | Zabranjeno preuzimanje bez dozvole redakcije.
trending: U trendu | Vruće teme
hl: Zvezda slavila u derbiju posle preokreta || Crveno-beli su pobedili golom u nadoknadi.
hl: Cene goriva niže od petka || Vlada je objavila nove maksimalne cene.
hl: Sneg zatvorio puteve na Zlatiboru || Putari rade tokom cele noći.
hl: Popularni pevač najavio koncert u Areni || Karte su rasprodate za jedan dan.
hl: Poznat raspored male mature || Ministarstvo prosvete objavilo je datume.
hl: Penzije veće od januara || Povećanje će iznositi oko pet odsto.
hl: Novogodišnji vašar počinje u Novom Sadu || Štandovi će raditi do Božića.
hl: Brza pruga do Subotice pred otvaranjem || Probne vožnje počinju sledeće nedelje.
"""

C["ja"] = """
site: 東海日報デジタル | ニュースの窓 | 中部タイムス
home: トップ | ホーム
section: 社会 | 経済
read_also: あわせて読みたい | 関連記事： | こちらもおすすめ：
related_h: 関連ニュース | この記事に関連する記事
most_read_h: アクセスランキング | よく読まれている記事
newsletter: 毎朝の主要ニュースをメールでお届けします。ニュースレターに登録する | 無料メルマガ登録はこちら
app: アプリなら速報をプッシュ通知でお届け | LINEで友だち追加してニュースを受け取る
paywall: この記事は有料会員限定です。 | 続きを読むには会員登録が必要です。
photo: 写真：共同通信 | 写真はイメージです（PIXTA） | 写真：ゲッティイメージズ
video_play: 動画を再生 | 再生
video_now: 再生中の動画 | 視聴中
video_next: 5秒後に次の動画を再生します | 次の動画
gallery: 写真特集 | フォトギャラリー
share: Xでシェア | LINEで送る | リンクをコピー
comments_h: コメント | みんなの意見
comment: 転籍を認めるのは当然だと思います。 | 中小企業には負担が大きすぎる。
login: コメントするにはログインしてください。 | ログインしてコメントを書く
cookie: 当サイトはサービス向上のためクッキーを使用しています。 | 本サイトを利用するとクッキーの使用に同意したことになります。
cookie_btn: 同意する | OK
bio: 社会部記者。外国人労働者と地域社会を取材。 | 静岡支局記者
more_from: この記者の記事 | 記者の他の記事を読む
tags_h: タグ | キーワード
tags: 育成就労, 技能実習, 外国人労働者, 静岡
ad: 広告 | PR
next_h: 次の記事 | 次のニュース
next_p: 浜松市は来年度から、市内の路線バスで交通系ICカードの利用を全面的に拡大すると発表した。
follow: フォロー | フォローする
role: 支援団体代表 · 記事3件 | プロフィールを見る
listen: 記事を音声で聞く | 読み上げ
sponsored: PR記事 | スポンサーコンテンツ
reading_time: この記事は約3分で読めます | 読了時間 3分
print: 印刷する | 印刷用ページ
page: ページ | 頁
continue: 次のページへ続く | 続きを読む
helpful: このページは役に立ちましたか？ | この情報はお役に立ちましたか？
source: 配信元： | 提供：
original: 元の記事を読む | 配信元サイトで読む
updates: 新しい投稿を表示 | もっと見る
weather: 静岡 14℃ くもり | 東京 11℃ 晴れ
top: ページの先頭へ | トップへ戻る
copyright: 記事・写真の無断転載を禁じます。 | Copyright © 東海日報. All Rights Reserved.
trending: 急上昇 | 話題のニュース
hl: 清水エスパルス、J1残留を決める || 最終節で逆転勝ちし、残留を確定させた。
hl: ガソリン価格、3週連続で値下がり || 全国平均は1リットル170円を下回った。
hl: 富士山で初冠雪を観測 || 平年より10日遅い観測となった。
hl: 人気アイドルグループが東京ドーム公演 || チケットは即日完売した。
hl: 大学入学共通テストの志願者数発表 || 前年より約1万人減少した。
hl: 年金支給額、来年度は2%増額 || 厚生労働省が発表した。
hl: 浜名湖でカキの出荷始まる || 今年は身が大きく出来が良いという。
hl: 新東名の新区間が開通へ || 渋滞の緩和が期待される。
"""

C["hi"] = """
site: पंजाब समाचार | आज की खबर | दैनिक उत्तर भारत
home: होम | मुख्य पृष्ठ
section: देश | पंजाब
read_also: यह भी पढ़ें: | ये भी पढ़ें: | संबंधित खबर:
related_h: संबंधित खबरें | इस विषय पर और
most_read_h: सबसे ज़्यादा पढ़ी गई | टॉप खबरें
newsletter: हर सुबह बड़ी खबरें अपने ईमेल पर पाएं। हमारे न्यूज़लेटर के लिए साइन अप करें। | मुफ्त न्यूज़लेटर की सदस्यता लें।
app: ताज़ा खबरों के लिए हमारा ऐप डाउनलोड करें। | हमारे व्हाट्सऐप चैनल से जुड़ें।
paywall: यह खबर केवल प्रीमियम सदस्यों के लिए है। | पूरी खबर पढ़ने के लिए सदस्यता लें।
photo: फोटो: पीटीआई | फोटो साभार: सोशल मीडिया | प्रतीकात्मक तस्वीर: Shutterstock
video_play: वीडियो चलाएं | देखें
video_now: अभी देख रहे हैं | चल रहा है
video_next: अगला वीडियो 5 सेकंड में | अगला
gallery: फोटो गैलरी | तस्वीरें
share: फेसबुक पर शेयर करें | व्हाट्सऐप पर भेजें | लिंक कॉपी करें
comments_h: टिप्पणियां | पाठकों की राय
comment: सरकार को फर्जी एजेंटों पर सख्त कार्रवाई करनी चाहिए। | बच्चों का भविष्य दांव पर है।
login: टिप्पणी करने के लिए लॉग इन करें। | केवल पंजीकृत उपयोगकर्ता टिप्पणी कर सकते हैं।
cookie: यह वेबसाइट आपके अनुभव को बेहतर बनाने के लिए कुकीज़ का उपयोग करती है। | आगे बढ़कर आप कुकीज़ के उपयोग से सहमत होते हैं।
cookie_btn: स्वीकार करें | ठीक है
bio: संवाददाता, जालंधर। शिक्षा और प्रवासन पर लिखते हैं। | वरिष्ठ संवाददाता
more_from: लेखक की अन्य खबरें | इस लेखक से और
tags_h: टैग | विषय
tags: छात्र वीज़ा, कनाडा, पंजाब, विदेश में पढ़ाई
ad: विज्ञापन | ADVERTISEMENT
next_h: अगली खबर | आगे पढ़ें
next_p: लुधियाना में धुंध के कारण सुबह की कई उड़ानें देरी से चलीं और यात्रियों को घंटों इंतज़ार करना पड़ा।
follow: फॉलो करें | फॉलो
role: सामाजिक कार्यकर्ता · 5 लेख | प्रोफ़ाइल देखें
listen: यह खबर सुनें | सुनें
sponsored: प्रायोजित | विज्ञापन सामग्री
reading_time: पढ़ने का समय: 4 मिनट | 4 मिनट
print: प्रिंट करें | प्रिंट संस्करण
page: पृष्ठ | पेज
continue: अगले पृष्ठ पर जारी | आगे पढ़ें
helpful: क्या यह पृष्ठ उपयोगी था? | क्या यह जानकारी काम की थी?
source: स्रोत: | साभार:
original: पूरी खबर मूल वेबसाइट पर पढ़ें | स्रोत पर जाएं
updates: नए अपडेट दिखाएं | और लोड करें
weather: चंडीगढ़ 14°C धुंध | दिल्ली 17°C साफ
top: ऊपर जाएं | शीर्ष पर
copyright: © सर्वाधिकार सुरक्षित। | बिना अनुमति सामग्री का उपयोग वर्जित है।
trending: ट्रेंडिंग | चर्चा में
hl: भारत ने तीसरा वनडे जीतकर सीरीज़ अपने नाम की || कप्तान ने शानदार शतक जड़ा।
hl: पेट्रोल-डीज़ल के दाम में कटौती || नई कीमतें आधी रात से लागू होंगी।
hl: उत्तराखंड में भारी बर्फबारी, कई रास्ते बंद || प्रशासन ने पर्यटकों को सावधान रहने को कहा।
hl: मशहूर गायक ने नए एल्बम का ऐलान किया || एल्बम अगले महीने रिलीज़ होगा।
hl: बोर्ड परीक्षा की तारीखें घोषित || परीक्षाएं फरवरी के मध्य से शुरू होंगी।
hl: सोने की कीमत रिकॉर्ड स्तर पर || दस ग्राम सोना नई ऊंचाई पर पहुंचा।
hl: अमृतसर में नई मेट्रो बस सेवा शुरू || पहले दिन हज़ारों यात्रियों ने सफर किया।
hl: किसानों को फसल बीमा का भुगतान जल्द || कृषि विभाग ने प्रक्रिया तेज़ की।
"""

C["sk"] = """
site: Liptovské noviny | Správy z hôr | Denník Sever
home: Domov | Úvod
section: Regióny | Slovensko
read_also: Prečítajte si aj: | Mohlo by vás zaujímať: | Súvisiace:
related_h: Súvisiace články | Viac k téme
most_read_h: Najčítanejšie | Práve sa číta
newsletter: Prihláste sa na odber nášho newslettera a dostávajte správy z regiónu každé ráno. | Správy e-mailom zadarmo. Prihlásiť sa
app: Stiahnite si našu aplikáciu a majte správy vždy pri sebe. | Sledujte nás na Instagrame.
paywall: Celý článok je dostupný iba pre predplatiteľov. | Pokračovanie článku je exkluzívne pre predplatiteľov Plus.
photo: Foto: TASR | Foto: archív chaty | Ilustračné foto: Shutterstock
video_play: Prehrať video | Spustiť
video_now: Práve sledujete | Teraz hrá
video_next: Ďalšie video o 5 s | Nasleduje
gallery: Fotogaléria | Galéria
share: Zdieľať na Facebooku | Zdieľať na X | Kopírovať odkaz
comments_h: Diskusia | Komentáre
comment: Dvadsaťosem eur za posteľ na chate, to je už dosť. | Krásne zrekonštruované, určite sa pôjdeme pozrieť.
login: Pre vstup do diskusie sa prihláste. | Diskutovať môžu len prihlásení používatelia.
cookie: Táto stránka používa súbory cookies na zlepšenie služieb. | Pokračovaním súhlasíte s používaním cookies.
cookie_btn: Súhlasím | Prijať všetko
bio: Redaktorka regionálnej redakcie, píše o horách a cestovnom ruchu. | Reportérka Liptovských novín.
more_from: Ďalšie články autorky | Viac od autorky
tags_h: Štítky | Témy
tags: Tatry, chaty, turistika, Liptov
ad: Reklama | INZERCIA
next_h: Ďalší článok | Čítajte ďalej
next_p: Na ceste I/18 pri Ružomberku začne v pondelok oprava mosta, vodiči musia počítať s obchádzkou cez Likavku.
follow: Sledovať | Sledovať autora
role: Chatár · 2 články | Zobraziť profil
listen: Vypočuť si článok | Prehrať audio
sponsored: Komerčný obsah | Sponzorovaný článok
reading_time: Čítanie na 4 minúty | 4 min čítania
print: Tlačiť | Verzia na tlač
page: Strana | Str.
continue: Pokračovanie na ďalšej strane | Čítať ďalej
helpful: Bola pre vás táto stránka užitočná? | Pomohla vám táto informácia?
source: Zdroj: | Prevzaté z:
original: Čítať celý článok u zdroja | Prejsť na zdroj
updates: Zobraziť nové príspevky | Načítať ďalšie
weather: Liptovský Mikuláš -2 °C Sneženie | Bratislava 4 °C Zamračené
top: Hore | Späť hore
copyright: © Všetky práva vyhradené. | Bez písomného súhlasu je zakázané obsah šíriť.
trending: Trendy | Práve teraz
hl: Slovan otočil zápas v závere || Belasí strelili dva góly po osemdesiatej minúte.
hl: Ceny palív ďalej klesajú || Nafta je najlacnejšia od minulej jari.
hl: V Tatrách napadol prvý sneh || Cestári vyrazili s posypom už v noci.
hl: Známa speváčka ohlásila koncert v Bratislave || Lístky sa začnú predávať v piatok.
hl: Termíny maturít sú známe || Ministerstvo zverejnilo harmonogram.
hl: Dôchodky sa v januári zvýšia || Valorizáciu schválila vláda.
hl: Vianočné trhy v Košiciach začínajú || Na námestí bude aj živý betlehem.
hl: Nová cyklotrasa spojí Liptov a Oravu || Stavba sa začne na jar.
"""
