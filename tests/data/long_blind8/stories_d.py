"""Stories (hu, el, hi, bg, fi; heldback), written by hand for long_blind8. Prefixes as in
stories_a."""

STORIES_D = [
    {
        "id": "hu-nagykovetseg",
        "lang": "hu",
        "topic": "immigration",
        "title": "Belgrádban kell jelentkezni: alig néhány menedékkérelmet fogadtak be idén",
        "byline": "Szabó Anna",
        "date": "2026. december 3.",
        "caption": "A belgrádi nagykövetség bejárata reggel.",
        "person": "Kovács Péter",
        "role": "Az idegenrendészeti főigazgatóság szóvivője",
        "text": """
P Idén mindössze 14 menedékkérőt engedtek be Magyarországra a belgrádi és a kijevi nagykövetségen benyújtott szándéknyilatkozat alapján, derül ki az idegenrendészeti hatóság adataiból.
P A szándéknyilatkozatot 2020 óta kell a határon kívül benyújtani, mielőtt valaki menedékkérelmet adhatna be Magyarországon.
P A jogvédők szerint ez a gyakorlatban elzárja az utat.
P „Az emberek hónapokig várnak egy e-mailre, amely sokszor meg sem érkezik” – mondta Tóth Eszter, a Helsinki Bizottság ügyvédje.
H A hatóság szerint működik a rendszer
P Kovács Péter, az idegenrendészeti főigazgatóság szóvivője úgy fogalmazott, hogy minden nyilatkozatot megvizsgálnak, de a beutazási engedély nem automatikus, és a biztonsági szempontok elsőbbséget élveznek.
P Az Európai Unió Bírósága [[tavalyi ítéletében]] kimondta, hogy a szabály ellentétes az uniós joggal, mert indokolatlanul megnehezíti a nemzetközi védelemhez való hozzáférést, ám a kormány azóta sem módosította a törvényt, és a bírság napi egymillió eurós tételével együtt ma is érvényben van.
C A jogvédők három változtatást sürgetnek:
L a menedékkérelmet a határátkelőn is be lehessen adni;
L a nagykövetség harminc napon belül válaszoljon;
L a kérelmezők kaphassanak ingyenes jogi segítséget.
P A Helsinki Bizottság havonta hírlevelet küld a fejleményekről, és arra kéri az érdeklődőket, hogy iratkozzanak fel, illetve olvassanak tovább a szervezet honlapján közzétett tájékoztatóban.
H Ukrán menekültek más helyzetben
P Az Ukrajnából érkezők ideiglenes védelmet kapnak, rájuk nem vonatkozik a nagykövetségi eljárás. Jelenleg mintegy 40 ezer ukrán állampolgár él ilyen státusszal az országban.
P Egy szír család, amely két éve vár Belgrádban, fényképeket mutatott a benyújtott iratokról.
P Válasz azóta sem jött.
P A kormány szerint a szabály megakadályozza a tömeges bevándorlást.
P Helyesbítés: Cikkünk korábbi változatában 41 beengedett menedékkérő szerepelt. A helyes szám 14.
""",
    },
    {
        "id": "el-samos",
        "lang": "el",
        "topic": "immigration",
        "title": "Σάμος: Διπλασιάστηκαν οι αιτούντες άσυλο στη δομή, ζητούν ενίσχυση οι γιατροί",
        "byline": "Της Κατερίνας Παπαδάκη",
        "date": "3 Δεκεμβρίου 2026",
        "caption": "Η Κλειστή Ελεγχόμενη Δομή στη θέση Ζερβού.",
        "person": "Νίκος Αλεξίου",
        "role": "Γενικός γραμματέας Υποδοχής Αιτούντων Άσυλο",
        "text": """
P Σχεδόν διπλασιάστηκε μέσα σε τρεις μήνες ο αριθμός των αιτούντων άσυλο στην Κλειστή Ελεγχόμενη Δομή της Σάμου, η οποία φιλοξενεί πλέον περίπου 3.900 ανθρώπους, ενώ έχει σχεδιαστεί για 2.040.
P Οι περισσότεροι έφτασαν με βάρκες από τα τουρκικά παράλια τον Σεπτέμβριο και τον Οκτώβριο.
P Το ιατρείο της δομής λειτουργεί με δύο γιατρούς.
P «Εξετάζουμε πάνω από εκατό ασθενείς την ημέρα, ανάμεσά τους έγκυες και παιδιά με δερματικές λοιμώξεις», δήλωσε μία από τις γιατρούς, που ζήτησε να μην αναφερθεί το όνομά της.
H Η απάντηση του υπουργείου
P Ο γενικός γραμματέας Υποδοχής Νίκος Αλεξίου ανέφερε ότι έως το τέλος του μήνα θα μεταφερθούν 800 άτομα σε δομές της ενδοχώρας και ότι προκηρύσσονται τρεις νέες θέσεις ιατρών.
P Σύμφωνα με την [[ανακοίνωση του υπουργείου Μετανάστευσης]], οι αιτήσεις ασύλου εξετάζονται πλέον με ταχύτερη διαδικασία για τους πολίτες χωρών που θεωρούνται ασφαλείς, κάτι που κατά τις οργανώσεις οδηγεί σε περισσότερες απορρίψεις χωρίς ουσιαστική συνέντευξη και σε κρατήσεις πριν από την επιστροφή.
C Οι οργανώσεις ζητούν:
L άμεση πρόσληψη διερμηνέων για τις συνεντεύξεις ασύλου·
L ξεχωριστό χώρο για ασυνόδευτους ανηλίκους·
L πρόσβαση των δικηγόρων στη δομή χωρίς προηγούμενη άδεια.
P Οι οργανώσεις στέλνουν ενημερωτικό δελτίο στους εθελοντές και τους καλούν να εγγραφούν για να λαμβάνουν ειδοποιήσεις, ενώ όσοι θέλουν να διαβάσουν περισσότερα μπορούν να βρουν την έκθεσή τους στο διαδίκτυο.
H Ανησυχία στο νησί
P Ο δήμαρχος Ανατολικής Σάμου ζήτησε να μην αυξηθεί άλλο ο αριθμός των φιλοξενούμενων. Φωτογραφίες από τις σκηνές που στήθηκαν έξω από τα κοντέινερ κυκλοφόρησαν στα μέσα κοινωνικής δικτύωσης.
P Οι κάτοικοι του Βαθέος είναι διχασμένοι.
P Η Ύπατη Αρμοστεία του ΟΗΕ για τους Πρόσφυγες ζήτησε την άμεση αποσυμφόρηση της δομής.
P Διόρθωση: Σε προηγούμενη εκδοχή του άρθρου αναφερόταν ότι η δομή έχει σχεδιαστεί για 2.400 άτομα. Το σωστό είναι 2.040.
""",
    },
    {
        "id": "hi-chhatravisa",
        "lang": "hi",
        "topic": "immigration",
        "title": "ब्रिटेन में छात्र वीज़ा के नए नियम: पढ़ाई के बाद काम की अवधि घटकर 18 महीने",
        "byline": "अंकिता शर्मा",
        "date": "3 दिसंबर 2026",
        "caption": "लंदन के एक विश्वविद्यालय परिसर में भारतीय छात्र।",
        "person": "राहुल मेहता",
        "role": "भारतीय छात्र संघ, लंदन के अध्यक्ष",
        "text": """
P ब्रिटेन सरकार ने पढ़ाई पूरी करने के बाद मिलने वाले ग्रेजुएट वीज़ा की अवधि दो साल से घटाकर 18 महीने करने का फ़ैसला किया है। नया नियम अगले साल जनवरी से दाख़िला लेने वाले छात्रों पर लागू होगा।
P पिछले साल ब्रिटेन में पढ़ने वाले अंतरराष्ट्रीय छात्रों में सबसे बड़ी संख्या भारतीयों की थी।
P कई परिवार इस फ़ैसले से चिंतित हैं।
P "हमने बैंक से कर्ज़ लिया है, यह सोचकर कि बेटी दो साल काम करके उसे चुका देगी," पुणे के एक अभिभावक ने कहा।
H सरकार का तर्क
P ब्रिटेन के गृह मंत्रालय का कहना है कि शुद्ध प्रवासन के आंकड़े बहुत ऊंचे हैं और कुछ संस्थान पढ़ाई के बजाय काम के लिए आने का रास्ता बन गए हैं।
P गृह मंत्रालय की [[वेबसाइट पर प्रकाशित नीति पत्र]] के अनुसार विश्वविद्यालयों को अब हर साल यह बताना होगा कि उनके कितने विदेशी छात्रों ने पढ़ाई पूरी की और कितनों का वीज़ा रद्द हुआ, और जिन संस्थानों का रिकॉर्ड ख़राब होगा उनसे विदेशी छात्रों को प्रायोजित करने का लाइसेंस छीना जा सकता है।
C नए नियमों की मुख्य बातें:
L ग्रेजुएट वीज़ा की अवधि 18 महीने;
L आश्रितों को साथ लाने पर रोक जारी;
L अंग्रेज़ी भाषा परीक्षा की न्यूनतम सीमा बढ़ी।
P भारतीय छात्र संघ के अध्यक्ष राहुल मेहता ने छात्रों से अपील की है कि वे संघ का न्यूज़लेटर सब्सक्राइब करें और सोशल मीडिया पर फ़र्ज़ी एजेंटों के दावों पर भरोसा करने से पहले आधिकारिक जानकारी ज़रूर पढ़ें।
H एजेंटों पर नज़र
P विदेश मंत्रालय ने भी चेतावनी जारी की है कि कुछ एजेंट फ़र्ज़ी दाख़िला पत्र और तस्वीरें दिखाकर छात्रों से लाखों रुपये वसूल रहे हैं।
P ऐसे मामलों की शिकायत मदद पोर्टल पर की जा सकती है।
P विश्वविद्यालयों ने फ़ैसले पर पुनर्विचार की मांग की है।
P सुधार: इस ख़बर के पिछले संस्करण में नियम लागू होने की तारीख़ सितंबर बताई गई थी। सही तारीख़ जनवरी है।
""",
    },
    {
        "id": "bg-granica",
        "lang": "bg",
        "topic": "immigration",
        "title": "Гранична полиция връща 120 мигранти на седмица край Малко Търново",
        "byline": "Мария Петкова",
        "date": "3 декември 2026",
        "caption": "Оградата по границата с Турция край село Звездец.",
        "person": "Георги Стоянов",
        "role": "Директор на Гранична полиция",
        "text": """
P Гранична полиция задържа и връща средно по 120 души седмично, опитали да преминат незаконно границата с Турция в района на Малко Търново, сочат данни на МВР за последните три месеца.
P Броят е с около една четвърт по-висок от миналата година, въпреки удължаването на оградата и новите термовизионни камери.
P Повечето от задържаните са граждани на Афганистан и Мароко.
P „Групите вече не вървят през гората, а използват коритото на реката, където камерите виждат по-трудно“, обясни полицай от местното управление.
H Нови служители от Frontex
P Директорът на Гранична полиция Георги Стоянов съобщи, че от януари на границата ще работят още 90 служители на Frontex, а общата дължина на наблюдавания участък ще се увеличи.
P Според [[доклад на омбудсмана, публикуван миналата седмица]], част от задържаните не са получили възможност да подадат молба за закрила и са били върнати към Турция без писмено решение, което представлява нарушение на европейското и българското право и трябва да бъде разследвано.
C Омбудсманът препоръчва:
L видеозапис при всяко задържане по границата;
L преводачи в пунктовете за първоначално задържане;
L независим мониторинг от неправителствени организации.
P МВР отхвърля обвиненията. Министерството разпространява бюлетин за работата на граничарите и призова журналистите да следят официалния канал, вместо да четат още неподкрепени твърдения в социалните мрежи.
H Шенген и контролът
P Пълноправното членство в Шенген засили натиска от Брюксел за строг контрол по външната граница. Снимки от оградата често се показват като доказателство за успех.
P Жителите на Звездец обаче се оплакват от шума на патрулите нощем.
P Кметът поиска среща с министъра.
P Поправка: В по-ранна версия на статията беше посочено, че задържаните са 210 седмично. Правилният брой е 120.
""",
    },
    {
        "id": "fi-jaatie",
        "lang": "fi",
        "topic": "other",
        "title": "Hailuodon jäätie avataan aikaisintaan tammikuussa – lautta kulkee tihennetyllä aikataululla",
        "byline": "Juho Lehtinen",
        "date": "3.12.2026",
        "caption": "Lautta Hailuodon satamassa joulukuun alussa.",
        "person": "Sari Miettinen",
        "role": "Väyläviraston liikennepäällikkö",
        "text": """
P Hailuodon ja Oulunsalon välinen jäätie avataan aikaisintaan tammikuun puolivälissä, arvioi Väylävirasto. Meri on jäätynyt tänä vuonna tavallista hitaammin leudon marraskuun vuoksi.
P Jäätien avaaminen edellyttää, että jää on koko matkalta vähintään 40 senttiä paksua.
P Viime talvena tie oli auki vain 24 päivää.
P ”Jään paksuus vaihtelee paljon, ja väylän kohdalla jää on aina heikointa”, sanoo Väyläviraston liikennepäällikkö Sari Miettinen.
H Lautta kulkee tiheämmin
P Siihen asti lautta liikennöi tihennetyllä aikataululla. Ruuhka-aikoina lähtöjä on puolen tunnin välein, ja lisäksi käytössä on varalautta.
P Väyläviraston [[tiedotteen mukaan]] jäätie suljetaan heti, jos lämpötila nousee useana päivänä nollan yläpuolelle tai jos jään mittauksissa havaitaan halkeamia, ja tien kunnosta kerrotaan sekä liikennekeskuksen verkkosivuilla että tienvarsikylteissä jokaisen ajokerran alussa.
C Jäätiellä noudatetaan seuraavia sääntöjä:
L suurin sallittu nopeus on 50 kilometriä tunnissa;
L ajoneuvojen välillä on pidettävä vähintään 50 metrin etäisyys;
L pysähtyminen jäätiellä on kielletty.
P Kunta muistuttaa, että tiedot lautan aikatauluista saa myös tekstiviestinä. Palveluun voi tilata ilmoituksia, ja kunnan uutiskirje kertoo muutoksista viikoittain. Lisää voi lukea kunnan sivuilta.
H Saarelaiset toivovat siltaa
P Moni hailuotolainen toivoo jäätien ja lautan sijaan kiinteää siltayhteyttä. Asia on ollut esillä vuosikymmeniä.
P Kuvia viime talven jäätieltä on jaettu paljon somessa.
P Siltapäätöstä ei ole luvassa.
P Oikaisu: Jutun aiemmassa versiossa kerrottiin, että jäätie oli viime talvena auki 42 päivää. Oikea määrä on 24 päivää.
""",
    },
]
