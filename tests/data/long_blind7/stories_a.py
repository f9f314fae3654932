"""Hand-written fictional stories for long_blind7 (dev languages tr, uk, ro, cs, sv, el).

Line prefixes in ``text``: ``## `` sub-heading, ``* `` list item, anything else a paragraph.
"""

S: dict[str, dict[str, str]] = {}

S["tr"] = dict(
    id="adres-bildirimi",
    topic="immigration",
    title="Geçici koruma altındakilere yeni adres kuralı: 30 gün içinde bildirim zorunlu",
    byline="Elif Karadağ",
    date="14 Kasım 2026, 09:42",
    caption="Gaziantep'teki il göç müdürlüğü önünde sıra bekleyenler.",
    hover="Mehmet Aslanoğlu",
    text="""
Göç İdaresi, geçici koruma altındaki Suriyelilerin adres değişikliklerini en geç 30 gün içinde bildirmesini zorunlu kılan yönetmeliği perşembe günü yürürlüğe koydu. Kural, yaklaşık iki buçuk milyon kişiyi doğrudan ilgilendiriyor.
Yeni düzenlemeye göre bildirimi yapmayanların kimlik kartları önce askıya alınacak, ikinci ihlalde ise kayıtlı oldukları ilde yeniden doğrulama randevusu almaları gerekecek.
Gaziantep'te bir tekstil atölyesinde çalışan 34 yaşındaki Halil, haberi işyerindeki bir arkadaşının telefonundan öğrendiğini söyledi. "Ev sahibimiz kira sözleşmesi yapmıyor, adresimi nasıl kanıtlayacağım bilmiyorum," dedi.
## Sözleşmesi olmayanlar ne yapacak?
Yönetmelik, kira sözleşmesi bulunmayanlar için muhtarlıktan alınacak ikamet belgesini de kabul ediyor. Ancak muhtarlar, belge için ev sahibinin imzasını şart koşuyor.
Göç hukuku alanında çalışan avukat Mehmet Aslanoğlu, kuralın kâğıt üzerinde makul olduğunu ama uygulamada kayıt dışı kiracılığı cezalandırdığını belirtti. "Adresini bildiremeyen kişi okul kaydını, hastane randevusunu ve çalışma iznini aynı anda kaybedebilir," diye konuştu.
Bakanlık verilerine göre geçen yıl adres doğrulaması yapılamayan 180 bin kişinin kaydı pasife alındı. Bunların yaklaşık üçte biri sonradan başvurarak kaydını yeniden açtırdı.
Yetkililer, başvuru yoğunluğunu azaltmak için il müdürlüklerinin hafta sonu da açık olacağını duyurdu.
Sivil toplum kuruluşları ise bilgilendirmenin yetersiz kaldığını düşünüyor. Bir dernek, kuralı Arapça ve Türkçe anlatan kısa videolar hazırladı ve bunları kendi bülteninde ve mesajlaşma uygulaması gruplarında paylaştı.
## Bildirim nasıl yapılıyor?
İdareye göre adres bildirimi için üç yol var:
* e-Devlet üzerinden çevrim içi başvuru,
* il göç müdürlüğünde randevulu başvuru,
* muhtarlık belgesiyle posta yoluyla bildirim.
Posta yolu yalnızca engelli ve 65 yaş üstü başvurular için geçerli olacak. Çevrim içi başvuruda fotoğraflı kimlik kartının iki yüzünün taranması isteniyor.
Halil, hafta sonu muhtarlığa gideceğini söyledi. "Abone olduğum hiçbir kanal bunu bana anlatmadı, komşudan duydum," diye ekledi.
Düzeltme: Bu haberin ilk versiyonunda pasife alınan kayıt sayısı 80 bin olarak yazılmıştı. Doğru sayı 180 bindir.
""",
)

S["uk"] = dict(
    id="tymchasovyi-zakhyst",
    topic="immigration",
    title="Тимчасовий захист у Чехії: що зміниться для українців з березня",
    byline="Оксана Дорошенко",
    date="21 листопада 2026, 14:05",
    caption="Черга біля відділу МВС Чехії у Брно.",
    hover="Ігор Савчук",
    text="""
Уряд Чехії схвалив нові умови продовження тимчасового захисту для українців, які діятимуть з березня. Відтепер захист продовжуватимуть лише тим, хто має зареєстровану адресу і підтвердить джерело доходу.
За даними чеського МВС, у країні зараз перебувають близько 370 тисяч українців із тимчасовим захистом. Приблизно третина з них ще не подала заяву на продовження.
Нові правила передбачають, що кожен дорослий має особисто записатися на прийом через онлайн-систему і принести договір оренди або підтвердження від власника житла.
## Хто може втратити статус
Найбільше ризикують люди, які працюють без договору або живуть у знайомих без реєстрації. Юрист громадської організації «Допомога мігрантам» Ігор Савчук каже, що таких випадків сотні щотижня.
«Ми бачимо жінок із дітьми, які чесно працюють, але власник квартири просто відмовляється підписати папір», — пояснив він.
Для таких людей міністерство пропонує перехідний період у 60 днів. Протягом цього часу статус не скасовують, але нові виплати призупиняють.
Українка Марина з Брно каже, що дізналася про зміни з розсилки консульства, на яку підписалася ще два роки тому. Вона вже записалася на прийом на кінець січня.
Інші дізнаються з чатів у месенджерах, де часто поширюють неточні поради.
## Що потрібно мати з собою
Міністерство оприлюднило перелік документів для продовження:
* чинний паспорт або посвідку,
* договір оренди чи підтвердження проживання,
* довідку про дохід або навчання.
Діти до 15 років не мусять приходити особисто, але їхні документи подають батьки під час того самого візиту.
Опозиційні депутати вимагають пом'якшити вимогу щодо доходу для людей з інвалідністю та пенсіонерів. Уряд обіцяє розглянути пропозицію до кінця року.
Марина тим часом фотографує кожен документ на телефон. «Якщо щось загубиться, хоч копія залишиться», — каже вона.
Виправлення: у попередній версії тексту зазначалося, що перехідний період триває 90 днів. Насправді він становить 60 днів.
""",
)

S["ro"] = dict(
    id="contingent-lucratori",
    topic="immigration",
    title="Guvernul reduce contingentul de lucrători străini pentru 2027 la 80.000",
    byline="Andreea Munteanu",
    date="3 decembrie 2026, 11:20",
    caption="Muncitori dintr-o fabrică de mobilă din județul Bihor.",
    hover="Radu Ciobanu",
    text="""
Guvernul a aprobat miercuri o hotărâre care reduce contingentul de lucrători nou-admiși pe piața muncii din România la 80.000 pentru anul viitor, față de 100.000 în 2026.
Măsura îi privește în primul rând pe lucrătorii din Nepal, Sri Lanka și Bangladesh, care au ocupat în ultimii ani locuri de muncă în construcții, în industria alimentară și în livrări.
Ministerul Muncii susține că piața s-a răcit și că angajatorii au cerut mai puține avize de muncă în a doua jumătate a anului.
Patronatele din construcții spun însă contrariul. Președintele unei federații din domeniu, Radu Ciobanu, a declarat că șantierele din Cluj și Iași stau deja din lipsă de oameni. „Avem proiecte finanțate din fonduri europene care nu se pot termina fără acești muncitori”, a spus el.
## Ce se schimbă pentru angajatori
Pe lângă plafonul mai mic, hotărârea introduce o verificare suplimentară a agențiilor de recrutare. Acestea vor trebui să depună o garanție și să arate că lucrătorii aduși anterior au primit salariul promis.
Inspectoratul Teritorial de Muncă a găsit anul trecut peste 1.200 de străini cazați în condiții improprii, unii dintre ei fără contract semnat în limba pe care o înțeleg.
Ușa nu se închide complet.
Lucrătorii care sunt deja în țară își pot prelungi dreptul de ședere fără să intre în noul contingent, dacă rămân la același angajator.
## Ce spun lucrătorii
Kamal, un sudor din Nepal care lucrează la Oradea, spune că a aflat de decizie dintr-un grup al comunității de pe o aplicație de mesagerie. El se teme că fratele lui, care aștepta viza, nu va mai putea veni.
Organizațiile care ajută migranții cer ca hotărârea să fie însoțită de reguli clare pentru schimbarea angajatorului. Ele au enumerat trei probleme frecvente:
* salarii plătite cu întârziere sau parțial,
* pașapoarte reținute de intermediari,
* cazare în containere fără încălzire.
Ministerul a promis un ghid în mai multe limbi, care va fi publicat online și trimis prin newsletterul inspectoratului către angajatori.
Hotărârea intră în vigoare la 1 ianuarie și poate fi revizuită la jumătatea anului, dacă cererea de avize crește din nou.
Corecție: o versiune anterioară a articolului indica drept contingent pentru 2026 cifra de 110.000. Cifra corectă este 100.000.
""",
)

S["cs"] = dict(
    id="privoz-luhy",
    topic="other",
    title="Přívoz v Luhách znovu vozí lidi přes Moravu, obec ho koupila za korunu",
    byline="Tomáš Novotný",
    date="29. listopadu 2026 7:30",
    caption="Převozník Jiří Hanák na nově opravené lodi.",
    hover="Jiří Hanák",
    text="""
Po třech letech přestávky znovu jezdí přívoz přes řeku Moravu mezi obcemi Luhy a Nová Ves. Obec jej od soukromého majitele odkoupila za symbolickou jednu korunu a opravila z vlastního rozpočtu.
Loď má kapacitu dvanáct lidí a šest kol. Jízda trvá necelé tři minuty a v pracovní dny začíná už v půl šesté ráno, aby stihli první směnu lidé z továrny na druhém břehu.
Bez přívozu museli místní objíždět řeku přes most vzdálený sedmnáct kilometrů.
## Převozník se vrátil
Za kormidlem stojí opět Jiří Hanák, který na přívozu pracoval dvacet let před jeho uzavřením. „Lidi mi chyběli víc než řeka,“ říká s úsměvem.
Oprava lodi stála přes osm set tisíc korun. Část pokryla dotace kraje, zbytek obec zaplatila z rezervy, kterou šetřila na chodníky.
Starostka Luh Věra Malá přiznává, že rozhodnutí nebylo jednoduché. „Na zastupitelstvu jsme se hádali dvě hodiny. Nakonec rozhodlo, že přívoz využívají hlavně starší lidé a děti do školy,“ řekla.
První týden se svezlo přes čtyři sta lidí. Mezi nimi byli i cyklisté z Rakouska, kteří o přívozu četli na internetu.
Obec nyní zvažuje, jak provoz udržet i v zimě, kdy hladina kolísá a na řece se tvoří ledová tříšť.
## Jak přívoz funguje
Provoz je rozdělen do tří režimů:
* pracovní dny od 5.30 do 19.00,
* víkendy od 8.00 do 20.00,
* při vysoké vodě bez provozu.
Jízdné je dvacet korun, děti a senioři jezdí zdarma. Informace o výpadcích provozu obec rozesílá zájemcům, kteří se přihlásí k odběru SMS zpráv na obecním úřadě.
Místní fotograf pořídil sérii snímků z prvního dne provozu a obec je vystavila na nástěnce u přístaviště.
Jiří Hanák už plánuje, že na jaře natře zábradlí na zeleno. „Tak jako dřív,“ dodává.
Oprava: V dřívější verzi článku jsme uvedli, že loď pojme dvacet lidí. Správně je dvanáct.
""",
)

S["sv"] = dict(
    id="lonekrav-arbetstillstand",
    topic="immigration",
    title="Höjt lönekrav för arbetstillstånd slår mot restaurangbranschen",
    byline="Karin Lindqvist",
    date="27 november 2026 kl. 06.00",
    caption="En kock i ett restaurangkök i Malmö.",
    hover="Anders Berglund",
    text="""
Från och med februari måste den som söker arbetstillstånd i Sverige tjäna minst 90 procent av medianlönen. Det innebär ett lönekrav på drygt 33 000 kronor i månaden, och restaurangbranschen varnar för att hundratals tjänster kan försvinna.
Regeringen motiverar höjningen med att arbetskraftsinvandringen ska gå till yrken där det verkligen råder brist och att låga löner inte ska användas som konkurrensmedel.
Migrationsverket räknar med att omkring 4 000 personer som i dag har tillstånd inte kommer att kunna förlänga dem när de löper ut.
## Kockar och städare drabbas först
Ali, som arbetar som kock på en restaurang i Malmö, har en lön på 28 500 kronor. Hans tillstånd går ut i maj. ”Jag har betalat skatt i fem år. Nu vet jag inte om jag får stanna”, säger han.
Branschorganisationens förhandlingschef Anders Berglund säger att få restauranger har marginaler för att höja lönen med flera tusen kronor per anställd. ”Det här slår mot småföretagen, inte mot de stora kedjorna”, säger han.
Undantag finns för vissa yrken som regeringen anser vara bristyrken, bland annat undersköterskor och busschaufförer.
Kockar står inte på listan.
Flera arbetsgivare har börjat ringa till sina anställda för att diskutera om de kan gå upp i arbetstid i stället. Det räknas dock inte om timlönen ligger under nivån.
## Vad gäller för den som redan är här?
Migrationsverket har publicerat en vägledning som i korthet säger följande:
* den som har ett tillstånd behåller det tills det löper ut,
* vid förlängning gäller det nya lönekravet,
* familjemedlemmar följer huvudsökandens beslut.
Fackförbundet har skickat ut information i sitt nyhetsbrev och uppmanar medlemmar att prenumerera på Migrationsverkets sms-tjänst för att inte missa besked.
Oppositionen vill att riksdagen ska utvärdera reglerna redan efter ett år. Ett sådant förslag väntas röstas om i vår.
Ali har börjat spara pengar ifall han måste flytta. ”Min son går i svensk skola. Det är det svåraste”, säger han.
Rättelse: I en tidigare version av artikeln angavs att lönekravet gäller från januari. Det rätta är februari.
""",
)

S["el"] = dict(
    id="asylo-nisia",
    topic="immigration",
    title="Νέα διαδικασία ασύλου στα νησιά: αποφάσεις σε 12 εβδομάδες",
    byline="Μαρία Παπαδοπούλου",
    date="19 Νοεμβρίου 2026, 08:15",
    caption="Το κέντρο υποδοχής στη Σάμο.",
    hover="Νίκος Σταθόπουλος",
    text="""
Το υπουργείο Μετανάστευσης ανακοίνωσε ότι από τον Ιανουάριο οι αιτήσεις ασύλου στα νησιά του Αιγαίου θα εξετάζονται σε πρώτο βαθμό μέσα σε δώδεκα εβδομάδες. Σήμερα ο μέσος χρόνος ξεπερνά τους επτά μήνες.
Για να επιτευχθεί ο στόχος, θα προσληφθούν εκατόν είκοσι νέοι χειριστές και διερμηνείς, ενώ οι συνεντεύξεις θα μπορούν να γίνονται και με βιντεοκλήση από την Αθήνα.
Στη Σάμο, όπου βρίσκονται σήμερα περίπου δύο χιλιάδες αιτούντες, η ανακοίνωση έγινε δεκτή με ανάμεικτα συναισθήματα.
## Ανησυχίες για τη νομική βοήθεια
Ο δικηγόρος Νίκος Σταθόπουλος, που εκπροσωπεί αιτούντες άσυλο στο νησί, λέει ότι η ταχύτητα δεν πρέπει να γίνει εις βάρος της ποιότητας. «Αν ένας άνθρωπος δεν έχει δικηγόρο πριν από τη συνέντευξη, δώδεκα εβδομάδες είναι πολύ λίγες», δήλωσε.
Σύμφωνα με οργανώσεις, μόλις ένας στους πέντε αιτούντες έχει σήμερα πρόσβαση σε δωρεάν νομική συνδρομή.
Το υπουργείο απαντά ότι θα χρηματοδοτηθούν επιπλέον θέσεις δικηγόρων μέσω ευρωπαϊκών κονδυλίων.
Η Φατιμά, από το Αφγανιστάν, περιμένει εννέα μήνες για τη συνέντευξή της. Λέει ότι έμαθε τα νέα από ένα ενημερωτικό δελτίο που στέλνει μια οργάνωση στα περσικά μέσω εφαρμογής μηνυμάτων.
Δεν ξέρει αν η νέα προθεσμία θα ισχύσει και για εκείνη.
## Τι προβλέπει η νέα ρύθμιση
Η υπουργική απόφαση περιλαμβάνει τρία βασικά σημεία:
* δεσμευτική προθεσμία δώδεκα εβδομάδων για την πρώτη απόφαση,
* συνεντεύξεις εξ αποστάσεως με διερμηνέα,
* προτεραιότητα σε οικογένειες με μικρά παιδιά.
Οι αιτήσεις που έχουν ήδη υποβληθεί θα εξεταστούν με τη σειρά τους, αλλά το υπουργείο υπόσχεται να μειώσει την εκκρεμότητα μέχρι το καλοκαίρι.
Οι δήμαρχοι των νησιών ζητούν παράλληλα να σταματήσουν οι νέες μεταφορές αιτούντων από την ηπειρωτική χώρα έως ότου αδειάσουν οι δομές.
Η Φατιμά φυλάει σε ένα φάκελο κάθε χαρτί που της έχουν δώσει. «Τουλάχιστον τώρα υπάρχει ημερομηνία», λέει.
Διόρθωση: Σε προηγούμενη εκδοχή του άρθρου αναφερόταν ότι θα προσληφθούν διακόσιοι χειριστές. Ο σωστός αριθμός είναι εκατόν είκοσι.
""",
)
