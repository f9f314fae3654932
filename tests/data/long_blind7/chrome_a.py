"""Hand-written page chrome and clutter per language (dev: tr, uk, ro, cs, sv, el).

``key: alt | alt | alt`` lines; ``hl: headline || one-sentence dek`` lines are unrelated headlines.
"""

C: dict[str, str] = {}

C["tr"] = """
site: Günaydın Haber | Ege Postası | Haber Merkezi 24
home: Ana Sayfa | Anasayfa
section: Gündem | Türkiye
read_also: İlginizi çekebilir: | Bunu da okuyun: | Ayrıca okuyun:
related_h: İlgili Haberler | Benzer Haberler
most_read_h: En Çok Okunanlar | Çok Okunanlar
newsletter: Günün öne çıkan haberleri her sabah e-posta kutunuzda. Bültenimize hemen kaydolun. | E-bültene abone olun, gündemi kaçırmayın!
app: Haberleri anında öğrenmek için uygulamamızı indirin. | Son dakika bildirimleri için Google Play ve App Store'dan uygulamamızı yükleyin.
paywall: Bu içeriğin devamı abonelerimize özeldir. | Haberin tamamını okumak için abone olun. İlk ay sadece 1 TL.
photo: Fotoğraf: AA | Fotoğraf: DHA | Fotoğraf: Shutterstock
video_play: Videoyu oynat | Oynat
video_now: Şu an izleniyor | Şimdi izliyorsunuz
video_next: Sonraki video 5 saniye içinde başlıyor | Sıradaki video başlamak üzere
gallery: Foto galeri | FOTO GALERİ
share: Facebook'ta paylaş | X'te paylaş | WhatsApp ile gönder
comments_h: Yorumlar | Okur Yorumları
comment: Bu kurallar kimin işine yarıyor anlamadım, her şey daha da zorlaşıyor. | Yetkililer önce muhtarlarla konuşmalıydı bence.
login: Yorum yapmak için giriş yapın. | Yorum yazabilmek için üye olmalısınız.
cookie: Sitemizde çerezler kullanılmaktadır. Detaylı bilgi için Çerez Politikamızı inceleyebilirsiniz. | Size daha iyi hizmet sunabilmek için çerezler kullanıyoruz.
cookie_btn: Kabul Et | Tamam
bio: 2012'den bu yana göç ve insan hakları alanında haber yapıyor. | Muhabir, Gaziantep bürosu. Daha önce yerel gazetelerde çalıştı.
more_from: Yazarın diğer haberleri | Muhabirin son yazıları
tags_h: Etiketler | Konular
tags: göç, Suriyeliler, e-Devlet, yönetmelik, Gaziantep
ad: Reklam | REKLAM
next_h: Sıradaki haber | Sonraki Haber
next_p: Ankara'da kış lastiği denetimleri başladı; kurallara uymayan sürücülere bu yıl daha yüksek ceza kesilecek.
follow: Takip et | Takip Et
role: Göç hukuku avukatı · 42 haber | Profili görüntüle
listen: Bu haberi dinleyin | Haberi sesli dinle
sponsored: Sponsorlu İçerik | Reklam bağlantısı
reading_time: Okuma süresi: 4 dakika | 4 dk okuma
print: Yazdır | Haberi yazdır
page: Sayfa | Sf.
continue: Haberin devamı sonraki sayfada | Devamını oku
helpful: Bu sayfa yardımcı oldu mu? | Bu bilgi işinize yaradı mı?
source: Kaynak: | Haber kaynağı:
original: Haberin orijinalini kaynağında okuyun | Kaynağa git
updates: Yeni gelişmeleri göster | Güncellemeleri yükle
weather: İstanbul 12°C Parçalı bulutlu | Ankara 4°C Açık
top: Yukarı çık | Başa dön
copyright: © Tüm hakları saklıdır. İzinsiz kopyalanamaz. | Haberlerin tüm hakları saklıdır.
trending: Gündemdekiler | Trend konular
hl: İzmir'de metro inşaatında çalışmalar geceye uzadı || Yeni hattın önümüzdeki yıl açılması planlanıyor ve belediye gece mesaisi için ek ekip görevlendirdi.
hl: Fenerbahçe deplasmanda son dakikada yıkıldı || Sarı-lacivertliler 89. dakikada yediği golle sahadan puansız ayrıldı.
hl: Akaryakıta gece yarısı indirim geldi || Benzinin litre fiyatı büyük şehirlerde yaklaşık bir lira düştü.
hl: Karadeniz'de fırtına: balıkçılar limana döndü || Meteoroloji uyarısının ardından kıyı ilçelerinde tekneler denize açılmadı.
hl: Ünlü şarkıcıdan yeni albüm müjdesi || Sanatçı, sosyal medya hesabından yeni albümün ocak ayında çıkacağını duyurdu.
hl: Üniversite sınavı başvuru tarihleri belli oldu || Adaylar başvurularını şubat ayının ilk haftasından itibaren yapabilecek.
hl: Kapadokya'da balon turlarına rüzgar engeli || Sabah saatlerinde yapılması planlanan uçuşlar güvenlik nedeniyle iptal edildi.
hl: Emekliye bayram ikramiyesi ne zaman yatacak? || Bakanlık ödeme takvimini önümüzdeki hafta açıklayacak.
"""

C["uk"] = """
site: Голос Регіону | Вісті Онлайн | Новини Заходу
home: Головна | На головну
section: Суспільство | Світ
read_also: Читайте також: | Вас може зацікавити: | Раніше ми писали:
related_h: Схожі новини | Ще за темою
most_read_h: Найпопулярніше | Найчитаніше
newsletter: Підпишіться на нашу розсилку, щоб отримувати головні новини щоранку. | Найважливіше за день — у вашій пошті. Підписатися
app: Завантажуйте наш застосунок, щоб першими дізнаватися новини. | Читайте нас у Telegram — лише перевірені новини.
paywall: Продовження матеріалу доступне лише передплатникам. | Щоб дочитати статтю, оформіть передплату.
photo: Фото: УНІАН | Фото: Укрінформ | Фото ілюстративне: Depositphotos
video_play: Відтворити відео | Дивитися
video_now: Зараз дивляться | Ви дивитеся
video_next: Наступне відео за 5 секунд | Далі в ефірі
gallery: Фотогалерея | Фоторепортаж
share: Поділитися у Facebook | Надіслати в Telegram | Копіювати посилання
comments_h: Коментарі | Обговорення
comment: А хто допомагатиме людям похилого віку з цими документами? | Знову бюрократія, краще б спростили все.
login: Увійдіть, щоб залишити коментар. | Коментувати можуть лише зареєстровані користувачі.
cookie: Ми використовуємо файли cookie, щоб покращити роботу сайту. | Продовжуючи перегляд, ви погоджуєтеся на використання cookie.
cookie_btn: Погоджуюсь | Прийняти
bio: Журналістка, пише про міграцію та права людини з 2015 року. | Кореспондентка в Празі.
more_from: Інші матеріали автора | Більше від автора
tags_h: Теги | Теми
tags: Чехія, українці, тимчасовий захист, міграція
ad: Реклама | РЕКЛАМА
next_h: Наступна новина | Читати далі
next_p: У Львові відкрили новий пункт незламності, який працюватиме цілодобово під час відключень світла.
follow: Стежити | Підписатися на автора
role: Юрист ГО · 17 публікацій | Профіль
listen: Прослухати статтю | Слухати
sponsored: Партнерський матеріал | На правах реклами
reading_time: Час читання: 4 хв | 4 хвилини
print: Друкувати | Версія для друку
page: Сторінка | Стор.
continue: Продовження на наступній сторінці | Читати далі
helpful: Чи була ця сторінка корисною? | Ця інформація вам допомогла?
source: Джерело: | Першоджерело:
original: Читати повністю на сайті джерела | Перейти до джерела
updates: Показати нові оновлення | Завантажити ще
weather: Київ +3° Хмарно | Львів +1° Дощ
top: Вгору | На початок
copyright: © Усі права захищено. Використання матеріалів дозволяється за умови посилання. | Усі права застережено.
trending: У тренді | Гаряче
hl: Укренерго оголосило графіки відключень на завтра || У більшості областей світло вимикатимуть на чотири години.
hl: Шахтар розгромив суперника у Лізі конференцій || Донеччани забили чотири м'ячі й вийшли на перше місце групи.
hl: Ціни на яйця знову зросли: що кажуть аналітики || За місяць вартість десятка в супермаркетах збільшилася на п'ятнадцять відсотків.
hl: У Карпатах випав перший сніг || Рятувальники закликають туристів не виходити на маршрути без спорядження.
hl: Відома співачка оголосила про тур Європою || Концерти відбудуться у дванадцяти містах навесні.
hl: НМТ-2027: МОН назвало дати реєстрації || Учасники зможуть зареєструватися з початку лютого.
hl: Пенсії перерахують з березня || Уряд пояснив, кого стосуватиметься індексація.
hl: В Одесі відкрили оновлений Потьомкінський сквер || Роботи тривали майже два роки.
"""

C["ro"] = """
site: Gazeta de Vest | Știri Online | Monitorul Zilei
home: Acasă | Prima pagină
section: Social | Actualitate
read_also: Citește și: | Vezi și: | Îți recomandăm:
related_h: Articole similare | Pe aceeași temă
most_read_h: Cele mai citite | Top citite
newsletter: Abonează-te la newsletterul nostru și primești cele mai importante știri ale zilei. | Vrei știrile direct pe e-mail? Înscrie-te gratuit la newsletter.
app: Descarcă aplicația noastră și primești alerte în timp real. | Urmărește-ne și pe Google News!
paywall: Restul articolului este disponibil doar pentru abonați. | Pentru a citi în continuare, devino abonat de la 9 lei pe lună.
photo: Foto: Inquam Photos | Sursa foto: Agerpres | Foto: Shutterstock
video_play: Redă video | Vezi video
video_now: Acum urmărești | În redare
video_next: Următorul video începe în 5 | Urmează
gallery: Galerie foto | GALERIE FOTO
share: Distribuie pe Facebook | Trimite pe WhatsApp | Copiază linkul
comments_h: Comentarii | Comentariile cititorilor
comment: Iar o decizie luată fără să întrebe pe nimeni de pe șantiere. | Bine că se verifică agențiile, era timpul.
login: Autentifică-te pentru a comenta. | Trebuie să fii logat ca să lași un comentariu.
cookie: Acest site folosește cookie-uri pentru a-ți oferi o experiență mai bună. | Folosim cookie-uri. Continuarea navigării implică acceptarea lor.
cookie_btn: Accept | Sunt de acord
bio: Jurnalistă la secția Social, scrie despre piața muncii și migrație. | Redactor, biroul din Cluj.
more_from: Alte articole de același autor | Mai multe de la autor
tags_h: Etichete | Taguri
tags: muncitori străini, contingent, Nepal, piața muncii
ad: Publicitate | PUBLICITATE
next_h: Articolul următor | Următorul articol
next_p: Primăria Capitalei anunță că patinoarul din Parcul Tineretului se deschide sâmbătă, cu bilete la jumătate de preț în prima săptămână.
follow: Urmărește | Urmărește autorul
role: Președinte federație · 9 articole | Vezi profilul
listen: Ascultă articolul | Ascultă știrea
sponsored: Conținut sponsorizat | Advertorial
reading_time: Timp de citire: 4 minute | 4 min citire
print: Printează | Versiune de tipărit
page: Pagina | Pag.
continue: Continuarea pe pagina următoare | Citește continuarea
helpful: Ți-a fost utilă această pagină? | A fost utilă informația?
source: Sursa: | Preluat de la:
original: Citește articolul original pe site-ul sursei | Mergi la sursă
updates: Arată actualizările noi | Încarcă mai multe
weather: București 6°C Înnorat | Cluj 2°C Ceață
top: Sus | Înapoi sus
copyright: © Toate drepturile rezervate. Preluarea se face doar cu acordul redacției. | Toate drepturile rezervate.
trending: În tendințe | Subiecte fierbinți
hl: Trafic blocat pe DN1 după o ninsoare abundentă || Drumarii au intervenit cu utilaje, dar coloanele se întind pe kilometri.
hl: FCSB, victorie la limită în derbi || Gazdele au marcat golul decisiv în prelungiri.
hl: Prețul energiei scade din ianuarie || Autoritatea de reglementare a anunțat noile tarife pentru consumatorii casnici.
hl: Un urs a fost văzut pe străzile din Sinaia || Localnicii au primit mesaje RO-Alert în timpul nopții.
hl: Cântăreața română care a cucerit topurile din Italia || Piesa ei a depășit zece milioane de ascultări.
hl: Calendarul Evaluării Naționale a fost publicat || Elevii de clasa a VIII-a vor susține examenele în iunie.
hl: Pensiile cresc cu 7% de la 1 ianuarie || Ministerul Muncii a confirmat indexarea.
hl: Târgul de Crăciun din Sibiu și-a deschis porțile || Organizatorii estimează peste un milion de vizitatori.
"""

C["cs"] = """
site: Moravský deník | Zprávy z regionu | Večerník Online
home: Úvod | Hlavní strana
section: Region | Zprávy
read_also: Přečtěte si také: | Mohlo by vás zajímat: | Související:
related_h: Související články | Další zprávy z regionu
most_read_h: Nejčtenější | Právě se čte
newsletter: Přihlaste se k odběru našeho newsletteru a dostávejte nejdůležitější zprávy z regionu každé ráno. | Nechte si posílat zprávy e-mailem. Odběr je zdarma.
app: Stáhněte si naši aplikaci a mějte zprávy vždy po ruce. | Sledujte nás na Facebooku a Instagramu.
paywall: Celý článek je dostupný pouze předplatitelům. | Pokračování článku je exkluzivně pro předplatitele Premium.
photo: Foto: ČTK | Foto: Deník/Pavel Dvořák | Ilustrační foto: Shutterstock
video_play: Přehrát video | Spustit
video_now: Právě sledujete | Nyní hraje
video_next: Další video za 5 s | Následuje
gallery: Fotogalerie | Galerie
share: Sdílet na Facebooku | Sdílet na X | Kopírovat odkaz
comments_h: Diskuse | Komentáře
comment: Konečně zase jezdí, jako malý jsem se tím vozil každé léto. | A kdo to bude platit, až se zase něco rozbije?
login: Pro vstup do diskuse se přihlaste. | Diskutovat mohou jen přihlášení uživatelé.
cookie: Tento web používá soubory cookies k poskytování služeb a analýze návštěvnosti. | Používáme cookies. Souhlasíte s jejich použitím?
cookie_btn: Souhlasím | Přijmout vše
bio: Redaktor regionální redakce, píše o dopravě a životě na venkově. | Reportér Moravského deníku od roku 2018.
more_from: Další články autora | Více od autora
tags_h: Štítky | Témata
tags: přívoz, Morava, doprava, obce
ad: Reklama | INZERCE
next_h: Další článek | Čtěte dál
next_p: Na dálnici D1 u Brna začne v pondělí oprava mostu, řidiči musí počítat s uzavírkou jednoho pruhu do konce března.
follow: Sledovat | Sledovat autora
role: Převozník · 3 články | Zobrazit profil
listen: Poslechnout článek | Přehrát audio
sponsored: Komerční sdělení | Sponzorovaný obsah
reading_time: Čtení na 4 minuty | 4 min čtení
print: Tisk | Vytisknout
page: Strana | Str.
continue: Pokračování na další straně | Číst dál
helpful: Byla pro vás tato stránka užitečná? | Pomohla vám tato informace?
source: Zdroj: | Převzato z:
original: Číst celý článek u zdroje | Přejít na zdroj
updates: Zobrazit nové příspěvky | Načíst další
weather: Brno 3 °C Zataženo | Praha 2 °C Mlha
top: Nahoru | Zpět nahoru
copyright: © Všechna práva vyhrazena. Bez písemného souhlasu je zakázáno obsah šířit. | Všechna práva vyhrazena.
trending: Trendy | Právě teď
hl: Sparta otočila zápas v posledních minutách || Pražané dali dva góly po osmdesáté minutě.
hl: Ceny pohonných hmot dál klesají || Nafta je nejlevnější od loňského jara.
hl: V Beskydech napadl první sníh || Silničáři vyjeli s posypem už v noci.
hl: Známá zpěvačka ohlásila koncert v O2 areně || Vstupenky se začnou prodávat v pátek.
hl: Přijímací zkoušky na střední školy: termíny jsou venku || Ministerstvo zveřejnilo harmonogram.
hl: Důchody se v lednu zvýší o 500 korun || Valorizaci schválila vláda.
hl: Vánoční trhy v Olomouci začínají || Letos se na náměstí vrátí i živý betlém.
hl: Nová cyklostezka spojí Hodonín s Břeclaví || Stavba začne na jaře.
"""

C["sv"] = """
site: Sydsvenska Nyheter | Dagens Region | Nyhetskollen
home: Start | Hem
section: Nyheter | Inrikes
read_also: Läs också: | Läs mer: | Missa inte:
related_h: Relaterat | Mer om ämnet
most_read_h: Mest läst | Mest lästa just nu
newsletter: Få dagens viktigaste nyheter i din inkorg varje morgon – prenumerera på vårt nyhetsbrev. | Anmäl dig till nyhetsbrevet. Det är gratis.
app: Ladda ner vår app och få pushnotiser när något händer. | Följ oss på Instagram för fler nyheter.
paywall: Den här artikeln är låst för prenumeranter. | Vill du läsa vidare? Bli prenumerant för 1 krona första månaden.
photo: Foto: TT | Bild: Johan Nilsson/TT | Foto: Shutterstock
video_play: Spela upp video | Spela
video_now: Du tittar nu på | Spelas nu
video_next: Nästa klipp börjar om 5 sekunder | Härnäst
gallery: Bildspel | Bildgalleri
share: Dela på Facebook | Dela på X | Kopiera länk
comments_h: Kommentarer | Läsarnas kommentarer
comment: Varför ska de som redan jobbar och betalar skatt straffas? | Bra beslut, lönedumpningen måste stoppas.
login: Logga in för att kommentera. | Du måste vara inloggad för att skriva en kommentar.
cookie: Vi använder kakor (cookies) för att webbplatsen ska fungera och för att anpassa innehåll. | Genom att fortsätta godkänner du att vi använder kakor.
cookie_btn: Godkänn alla | Okej
bio: Reporter på nyhetsredaktionen i Malmö. Skriver om arbetsmarknad och migration. | Karin Lindqvist är reporter sedan 2016.
more_from: Fler artiklar av skribenten | Mer från reportern
tags_h: Ämnen | Taggar
tags: Migrationsverket, arbetstillstånd, restauranger, lönekrav
ad: Annons | ANNONS
next_h: Nästa artikel | Läs vidare
next_p: Skånetrafiken inför nya biljettpriser i januari och pendlare mellan Lund och Malmö får betala mer för månadskortet.
follow: Följ | Följ skribenten
role: Förhandlingschef · 11 artiklar | Visa profil
listen: Lyssna på artikeln | Lyssna
sponsored: Annonssamarbete | Sponsrat innehåll
reading_time: Lästid: 4 minuter | 4 min läsning
print: Skriv ut | Utskriftsvänlig version
page: Sida | Sid.
continue: Artikeln fortsätter på nästa sida | Läs vidare
helpful: Var sidan till hjälp? | Hjälpte informationen dig?
source: Källa: | Ursprunglig källa:
original: Läs hela artikeln hos källan | Gå till källan
updates: Visa nya uppdateringar | Ladda fler
weather: Malmö 5° Mulet | Stockholm 1° Snö
top: Till toppen | Upp
copyright: © Alla rättigheter förbehållna. | Ansvarig utgivare: Per Holm
trending: Trendar | Just nu
hl: Malmö FF klart för gruppspel efter dramatisk kväll || Avgörandet kom på straffar inför fullsatt arena.
hl: Elpriset rusar i södra Sverige || Kylan väntas hålla i sig hela veckan.
hl: Snökaos på E6 – långa köer || Flera lastbilar har fastnat i backarna norr om Helsingborg.
hl: Populär artist ställer in turnén || Beskedet kom bara dagar innan första konserten.
hl: Så mycket höjs pensionen nästa år || Pensionsmyndigheten har räknat fram nya belopp.
hl: Skolverket vill ändra betygssystemet || Förslaget skickas nu ut på remiss.
hl: Julmarknaden i Lund lockar rekordmånga || Arrangörerna har fått stänga entrén vid flera tillfällen.
hl: Ny tågförbindelse till Köpenhamn på gång || Trafiken kan starta redan nästa höst.
"""

C["el"] = """
site: Η Φωνή του Αιγαίου | Ειδήσεις Σήμερα | Νησιωτικός Τύπος
home: Αρχική | Αρχική σελίδα
section: Κοινωνία | Ελλάδα
read_also: Διαβάστε επίσης: | Δείτε ακόμη: | Σχετικό:
related_h: Σχετικά άρθρα | Περισσότερα για το θέμα
most_read_h: Δημοφιλή | Τα πιο διαβασμένα
newsletter: Εγγραφείτε στο newsletter μας και λάβετε τις σημαντικότερες ειδήσεις κάθε πρωί. | Οι ειδήσεις της ημέρας στο email σας. Εγγραφή δωρεάν.
app: Κατεβάστε την εφαρμογή μας για ειδοποιήσεις σε πραγματικό χρόνο. | Ακολουθήστε μας στο Google News.
paywall: Το υπόλοιπο άρθρο είναι διαθέσιμο μόνο για συνδρομητές. | Για να συνεχίσετε την ανάγνωση, γίνετε συνδρομητής.
photo: Φωτογραφία: ΑΠΕ-ΜΠΕ | Φωτ.: Eurokinissi | Φωτογραφία αρχείου: Shutterstock
video_play: Αναπαραγωγή βίντεο | Παίξτε
video_now: Παρακολουθείτε τώρα | Σε αναπαραγωγή
video_next: Το επόμενο βίντεο ξεκινά σε 5 | Ακολουθεί
gallery: Φωτογραφίες | Photo gallery
share: Κοινοποίηση στο Facebook | Κοινοποίηση στο X | Αντιγραφή συνδέσμου
comments_h: Σχόλια | Σχόλια αναγνωστών
comment: Δώδεκα εβδομάδες; Θα το πιστέψω όταν το δω. | Επιτέλους ένα βήμα προς τη σωστή κατεύθυνση.
login: Συνδεθείτε για να σχολιάσετε. | Μόνο εγγεγραμμένοι χρήστες μπορούν να σχολιάσουν.
cookie: Χρησιμοποιούμε cookies για να βελτιώσουμε την εμπειρία σας. | Ο ιστότοπος χρησιμοποιεί cookies. Συνεχίζοντας, αποδέχεστε τη χρήση τους.
cookie_btn: Αποδοχή | Συμφωνώ
bio: Δημοσιογράφος, καλύπτει θέματα μετανάστευσης από τη Σάμο. | Συντάκτρια του ειδησεογραφικού τμήματος.
more_from: Περισσότερα από τη συντάκτρια | Άλλα άρθρα της συντάκτριας
tags_h: Ετικέτες | Tags
tags: Σάμος, άσυλο, μεταναστευτικό, υπουργείο Μετανάστευσης
ad: Διαφήμιση | ΔΙΑΦΗΜΙΣΗ
next_h: Επόμενο άρθρο | Διαβάστε στη συνέχεια
next_p: Με καθυστέρηση δύο ωρών αναχώρησαν τα πλοία από τον Πειραιά λόγω των ισχυρών ανέμων στο Αιγαίο.
follow: Ακολουθήστε | Ακολούθηση
role: Δικηγόρος · 6 άρθρα | Προβολή προφίλ
listen: Ακούστε το άρθρο | Ακρόαση
sponsored: Χορηγούμενο περιεχόμενο | Καταχώριση
reading_time: Χρόνος ανάγνωσης: 4 λεπτά | 4΄ ανάγνωση
print: Εκτύπωση | Εκτυπώστε
page: Σελίδα | Σελ.
continue: Συνέχεια στην επόμενη σελίδα | Διαβάστε τη συνέχεια
helpful: Σας βοήθησε αυτή η σελίδα; | Ήταν χρήσιμη η πληροφορία;
source: Πηγή: | Αρχική πηγή:
original: Διαβάστε ολόκληρο το άρθρο στην πηγή | Μετάβαση στην πηγή
updates: Εμφάνιση νέων ενημερώσεων | Φόρτωση περισσότερων
weather: Αθήνα 14°C Συννεφιά | Θεσσαλονίκη 8°C Βροχή
top: Επάνω | Επιστροφή στην κορυφή
copyright: © Με επιφύλαξη παντός δικαιώματος. | Απαγορεύεται η αναδημοσίευση χωρίς άδεια.
trending: Τάσεις | Τώρα
hl: Ολυμπιακός: νίκη με ανατροπή στο φινάλε || Οι ερυθρόλευκοι σκόραραν δύο φορές στις καθυστερήσεις.
hl: Νέα αύξηση στις τιμές του ρεύματος τον Ιανουάριο || Οι πάροχοι ανακοίνωσαν τα πράσινα τιμολόγια.
hl: Κακοκαιρία: κλειστά σχολεία σε Εύβοια και Βόλο || Η Πολιτική Προστασία έστειλε μήνυμα μέσω 112.
hl: Γνωστή τραγουδίστρια ανακοίνωσε συναυλία στο Ηρώδειο || Τα εισιτήρια εξαντλήθηκαν σε μία ώρα.
hl: Πανελλαδικές 2027: οι ημερομηνίες των εξετάσεων || Το υπουργείο Παιδείας δημοσίευσε το πρόγραμμα.
hl: Συντάξεις Ιανουαρίου: πότε πληρώνονται || Ανακοινώθηκαν οι ημερομηνίες καταβολής.
hl: Χριστουγεννιάτικο χωριό στο Σύνταγμα || Η φάτνη και το δέντρο φωταγωγούνται την Κυριακή.
hl: Νέο δρομολόγιο πλοίου προς τα Δωδεκάνησα || Η γραμμή θα λειτουργεί όλο τον χειμώνα.
"""
