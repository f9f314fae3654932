"""Hand-written fictional articles for long_blind14: cs, hu, hi, ro, sv (same line prefixes)."""

ARTICLES_D = [
    {
        "id": "cs_karty",
        "lang": "cs",
        "topic": "immigration",
        "title": "Cizinci v Plzni čekají na zaměstnanecké karty půl roku, firmy hledají náhradu",
        "byline": "Petra Nováková",
        "date": "2. 2. 2023 8:05",
        "tag": "zaměstnanecké karty",
        "text": """Plzeňské firmy si stěžují, že pracovníci ze zemí mimo Evropskou unii čekají na vydání zaměstnanecké karty i přes šest měsíců. Zákonná lhůta přitom činí šedesát dní, ve složitějších případech devadesát.
Podle odboru azylové a migrační politiky ministerstva vnitra leží na plzeňském pracovišti zhruba 4 100 nevyřízených žádostí. Loni ve stejné době jich bylo 2 600.
@ Přepážky pracoviště odboru azylové a migrační politiky v Plzni, kde se fronty tvoří už před otevřením.
Ministerstvo zdůvodňuje zpoždění nárůstem žádostí z Filipín, Mongolska a Indie a nedostatkem úředníků.
## Co zdržení znamená
Personální agentury a zaměstnavatelé popisují podobné následky:
- pracovník, který už dostal vízum, nemůže nastoupit a často přijme nabídku v Německu
- firma musí znovu inzerovat volné místo na úřadu práce
- zdravotní pojištění a ubytování se platí, i když člověk nepracuje
„Ze třiceti svářečů, které jsme v létě vybrali na Filipínách, jich k nám zatím nastoupilo jedenáct. Ostatní čekají nebo to vzdali,“ říká personalistka strojírenské firmy ze Stoda Lenka Vávrová.
Ministerstvo vnitra slibuje posílení pracoviště o deset úředníků a rychlejší zpracování žádostí z vládních programů pro kvalifikované pracovníky.
## Hospodářská komora chce změnu zákona
Krajská hospodářská komora navrhuje, aby firmy mohly zahájit zaměstnání už po podání úplné žádosti, podobně jako to funguje v Rakousku. Ministerstvo k návrhu zatím nezaujalo stanovisko.
Neziskové organizace upozorňují i na lidi, kteří už v Česku žijí a čekají na prodloužení karty. Mnozí z nich nemohou vycestovat za rodinou, protože by se nemuseli dostat zpět.
Ministerstvo uvádí, že žádosti podané přes vládní programy vyřizuje v průměru do čtyřiceti dnů.
Problém se netýká jen průmyslu. Nemocnice v kraji hledají zdravotní sestry a sanitáře z Ukrajiny a Filipín a provozovatelé domovů pro seniory si stěžují, že bez zahraničních pracovníků budou muset omezit počet lůžek. Krajský úřad proto požádal ministerstvo o přednostní vyřizování žádostí ve zdravotnictví a sociálních službách.
Poradna pro integraci otevřela v Plzni konzultace každé úterý. Rozesílá také zpravodaj s aktuálními lhůtami, vyzývá cizince, aby se přihlásili k jeho odběru, sdíleli ho s kolegy a posílali fotografie výzev z úřadu přes aplikaci poradny. Podle jejích pracovníků komentáře pod příspěvky ukazují hlavně strach ze ztráty práce.
Nová čísla zveřejní ministerstvo v dubnu.
Oprava: V původní verzi článku jsme uvedli, že nevyřízených žádostí je 1 400. Správně je to zhruba 4 100.""",
    },
    {
        "id": "hu_furdo",
        "lang": "hu",
        "topic": "off-topic",
        "title": "Két évig zárva marad a debreceni strandfürdő, a felújítás drágább lett a tervezettnél",
        "byline": "Szerző: Kovács Eszter",
        "date": "2019. május 22. 07:30",
        "tag": "strandfürdő",
        "text": """A debreceni Nagyerdei Strandfürdő legalább két nyári szezonra bezár, mert a medencék és a gépészet felújítása a vártnál jóval többe kerül. A városi közgyűlés csütörtökön módosította a beruházás költségvetését, amely 3,1 milliárd forintról 4,4 milliárdra nőtt.
A fürdőt utoljára 2003-ban újították fel. A szakértők szerint a vízforgató rendszer csövei elöregedtek, a hullámmedence betonja pedig több helyen megrepedt.
@ A lezárt hullámmedence a Nagyerdei Strandfürdőben, a háttérben a régi csúszdatornyot már elbontották.
A kivitelező a nyár elején kezdi meg a munkát, a megnyitást 2021 júniusára tervezik.
## Mi változik a fürdőben
Az önkormányzat tájékoztatása szerint a felújítás három fő részből áll:
- a gyermekmedence és a hullámmedence teljes újjáépítése
- új vízforgató és hőszivattyús fűtési rendszer
- akadálymentes öltözők és egy új bejárat a Pallagi út felől
„Tudjuk, hogy két nyár hosszú idő. De ha most csak foltozunk, öt év múlva ugyanitt tartunk” – mondta a városüzemeltetésért felelős alpolgármester, Szabó Gergely.
A bérletesek egy része csalódott. A fürdő törzsvendégei közül sokan évtizedek óta minden reggel itt úsznak, nekik a város a Debreceni Sportuszoda kedvezményes használatát ajánlja.
## Vállalkozók a környéken
A strand mellett működő büfék és fagyizók nehéz nyár elé néznek. Az egyik üzemeltető, Tóth Ildikó szerint forgalmuk nagy része a fürdővendégekből származik, és bezárás esetén alkalmazottakat kell elbocsátaniuk.
Az ellenzéki képviselők vizsgálatot kértek arról, miért nem derült ki korábban a csőrendszer állapota. A polgármesteri hivatal szerint a teljes feltárás csak a medencék leeresztése után volt lehetséges.
A kivitelezési szerződést egy debreceni cégcsoport nyerte, amely korábban a város két uszodáját is felújította.
A városvezetés szerint a bezárás idejére ingyenes buszjárat indul a belvárosból a Debreceni Sportuszodához és a Nagyerdei Vízitoronyhoz, ahol ideiglenes napozóteret alakítanak ki. A helyi turisztikai egyesület arra számít, hogy a fürdő nélkül kevesebb család választja a várost nyári úti célként, ezért közös kampányt terveznek a környező településekkel.
A fürdő hírlevélben és mobilalkalmazásában fogja közölni a munkák állását, és arra kéri a vendégeket, hogy osszák meg régi fotóikat a strandról egy készülő kiállításhoz. Aki feliratkozik a hírlevélre, elsőként kap értesítést a nyitásról; a közösségi oldalon a hozzászólások többsége egyelőre a bérletek sorsát firtatja.
A bérletek árát a város visszafizeti.
Helyesbítés: cikkünk korábbi változatában 2004 szerepelt a legutóbbi felújítás éveként. A helyes évszám 2003.""",
    },
    {
        "id": "hi_vija",
        "lang": "hi",
        "topic": "immigration",
        "title": "पंजाब में स्टडी वीज़ा के नाम पर ठगी, दो साल में 600 से ज़्यादा शिकायतें दर्ज",
        "byline": "हरप्रीत संधू, जालंधर",
        "date": "अपडेट: 18 जनवरी 2024, 10:12 IST",
        "tag": "स्टडी वीज़ा",
        "text": """पंजाब में विदेश पढ़ाई के लिए वीज़ा दिलाने के नाम पर ठगी के मामले तेज़ी से बढ़ रहे हैं। राज्य पुलिस के आंकड़ों के मुताबिक पिछले दो साल में ऐसे 600 से ज़्यादा मामले दर्ज हुए हैं, जिनमें छात्रों और उनके परिवारों से करोड़ों रुपये वसूले गए।
ज़्यादातर शिकायतें जालंधर, लुधियाना और मोगा ज़िलों से आई हैं। पुलिस का कहना है कि कई एजेंट बिना लाइसेंस के दफ्तर चला रहे थे और फ़र्ज़ी दाखिला पत्र थमा रहे थे।
@ जालंधर के एक बाज़ार में इमिग्रेशन एजेंटों के बोर्ड, जिनमें से कई दफ्तर अब बंद पड़े हैं।
कुछ छात्र कनाडा पहुंचने के बाद जान पाए कि उनका दाखिला पत्र नकली था।
## ठगी का तरीका
पुलिस जांच में ठगी के कुछ आम तरीके सामने आए हैं:
- बड़े कॉलेज के नाम पर नकली दाखिला पत्र और फीस की रसीद देना
- वीज़ा लगने की गारंटी देकर पूरी रकम पहले ही ले लेना
- बैंक खाते में अस्थायी रूप से पैसे दिखाकर दस्तावेज़ बनाना
"मैंने बेटी के लिए ज़मीन गिरवी रखकर अठारह लाख रुपये दिए थे। एजेंट अब फ़ोन नहीं उठाता," मोगा के किसान गुरमीत सिंह ने बताया।
राज्य सरकार ने सभी इमिग्रेशन एजेंटों का पंजीकरण अनिवार्य कर दिया है और बिना लाइसेंस काम करने वालों पर जुर्माना बढ़ाया है।
## परिवारों पर दोहरा बोझ
ठगी का शिकार होने वाले ज़्यादातर परिवार छोटे किसान या दुकानदार हैं। कई परिवारों ने कर्ज़ लेकर पैसा जुटाया था और अब उन्हें ब्याज भी चुकाना पड़ रहा है।
सामाजिक कार्यकर्ता मनदीप कौर कहती हैं कि शर्म के कारण बहुत से लोग शिकायत दर्ज ही नहीं कराते, इसलिए असली संख्या इससे कहीं ज़्यादा हो सकती है।
पुलिस का कहना है कि ठगी के कई मामलों में पैसे विदेश के बैंक खातों में भेजे गए, इसलिए रकम वापस दिलाना मुश्किल हो रहा है। कुछ मामलों में एजेंट परिवार समेत विदेश चले गए हैं और उनके खिलाफ लुकआउट नोटिस जारी किया गया है।
इमिग्रेशन मामलों के जानकारों का कहना है कि कनाडा और ब्रिटेन ने पिछले साल से विदेशी छात्रों के लिए नियम सख्त किए हैं, जिससे वीज़ा मिलना मुश्किल हुआ है। इसी का फायदा उठाकर कुछ एजेंट परिवारों से कहते हैं कि उनके पास दूतावास में जान-पहचान है और वे अतिरिक्त पैसे लेकर फाइल जल्दी पास करा देंगे। जांच में ऐसा कोई दावा सही नहीं पाया गया।
पुलिस ने एक हेल्पलाइन और मोबाइल ऐप शुरू किया है, जिस पर लाइसेंसशुदा एजेंटों की सूची देखी जा सकती है। कई गांवों की पंचायतें व्हाट्सऐप पर यह सूची साझा कर रही हैं और लोगों से कह रही हैं कि संदिग्ध एजेंटों के पोस्टरों की फ़ोटो भेजें। एक छात्र संगठन हर हफ्ते न्यूज़लेटर भेजता है, जिसकी सदस्यता मुफ़्त है, और उसके पोस्ट पर आने वाली टिप्पणियों में लोग अपने अनुभव बताते हैं।
पुलिस ने अब तक 140 एजेंटों को गिरफ़्तार किया है।
सुधार: इस खबर के पहले संस्करण में शिकायतों की संख्या 400 बताई गई थी। सही संख्या 600 से ज़्यादा है।""",
    },
    {
        "id": "ro_sezonieri",
        "lang": "ro",
        "topic": "immigration",
        "title": "Fermierii din Constanța cer mai mulți lucrători sezonieri din Asia, dar avizele întârzie",
        "byline": "de Andrei Munteanu",
        "date": "Publicat: 06.06.2023, 09:18",
        "tag": "lucrători străini",
        "text": """Fermierii din județul Constanța avertizează că recolta de cereale și legume din această vară este în pericol din cauza lipsei de muncitori. Aproape 1.500 de lucrători sezonieri din Nepal, Sri Lanka și Vietnam așteaptă avizele de muncă, iar unele dosare au fost depuse încă din februarie.
Inspectoratul General pentru Imigrări a stabilit pentru acest an un contingent de 100.000 de lucrători străini nou-încadrați, însă procedura de aprobare durează în medie trei luni.
@ Lucrători sezonieri la culesul cireșelor într-o livadă de lângă Medgidia, la începutul lui iunie.
Asociația producătorilor agricoli spune că în ultimii ani localnicii au plecat în Italia și Spania, iar fermele mici nu mai găsesc oameni.
## Ce blochează dosarele
Reprezentanții firmelor de recrutare descriu mai multe etape care întârzie sosirea muncitorilor:
- avizul de muncă emis de Inspectoratul pentru Imigrări
- programarea pentru viză la ambasadele din New Delhi și Hanoi
- verificarea contractelor și a cazierelor traduse și legalizate
„Cireșele nu așteaptă. Dacă nu le culegem în două săptămâni, le lăsăm în pom”, spune Ion Dumitrescu, care are o livadă de 40 de hectare lângă Medgidia.
Inspectoratul susține că a suplimentat personalul la Constanța și că dosarele complete sunt soluționate în termenul legal de 30 de zile. Întârzierile ar apărea, potrivit instituției, din cauza documentelor lipsă.
## Condițiile de muncă, sub lupă
Sindicatele atrag atenția că o parte dintre lucrătorii străini ajunși anul trecut au fost cazați în condiții improprii și au primit mai puțin decât salariul din contract. Inspecția Muncii a anunțat controale în fermele mari din județ.
Potrivit datelor Inspectoratului, județul Constanța se află pe locul al treilea la numărul de lucrători străini, după București și Ilfov. Pe lângă agricultură, muncitorii din Asia lucrează în construcții, în portul Constanța și în hotelurile de pe litoral, unde sezonul începe la jumătatea lui iunie.
Un ONG din Constanța oferă consiliere gratuită în engleză și nepaleză. Organizația publică un buletin informativ lunar, îi îndeamnă pe muncitori să se aboneze la el și să distribuie ghidul tradus printre colegi, iar prin aplicația ei se pot trimite fotografii ale contractelor pentru verificare. În comentariile de pe pagina organizației, mulți lucrători întreabă cum își pot schimba angajatorul.
Ministerul Muncii pregătește o modificare a legii.
Actualizare: Inspectoratul General pentru Imigrări a transmis, după publicare, că 620 dintre avize au fost emise în ultima săptămână.""",
    },
    {
        "id": "sv_utvisning",
        "lang": "sv",
        "topic": "immigration",
        "title": "Arbetskraftsinvandrare i Umeå riskerar utvisning efter ändrade lönekrav",
        "byline": "Av Elin Sjöberg",
        "date": "Publicerad 2024-02-12 06.00",
        "tag": "arbetstillstånd",
        "text": """Ett sextiotal arbetskraftsinvandrare i Umeå kan tvingas lämna Sverige sedan Migrationsverket börjat tillämpa det nya lönegolvet även vid förlängning av arbetstillstånd. Flera av dem har bott i landet i över fem år.
Sedan november måste den som söker arbetstillstånd tjäna minst 80 procent av medianlönen, i dag cirka 28 000 kronor i månaden. Tidigare räckte 13 000 kronor.
@ Personal i köket på en restaurang vid Rådhustorget i Umeå, där tre anställda har fått avslag på sina förlängningar.
De som drabbas arbetar ofta inom restaurang, städ och äldreomsorg, där många heltidslöner ligger under den nya gränsen.
## Så påverkas de anställda
Fackförbundet Kommunal har gått igenom ärenden i länet och ser tre återkommande problem:
- deltidsanställda når inte upp till gränsen trots att timlönen följer kollektivavtalet
- arbetsgivare som vill höja lönen hinner inte göra det innan beslutet fattas
- barn som gått hela skolan i Sverige utvisas tillsammans med föräldrarna
– Jag har lagat mat här i sju år och betalat skatt varje månad. Nu säger de att min lön är för låg för att jag ska få stanna, säger Ahmed Rahimi, kock på en restaurang i centrala Umeå.
Migrationsverket hänvisar till lagen och säger att myndigheten inte kan göra undantag. Regeringen har aviserat en utredning om vilka yrken som ska kunna undantas från lönegolvet.
## Arbetsgivare vill ha övergångsregler
Företagarna i Västerbotten kräver övergångsregler för dem som redan bor och arbetar i Sverige. Enligt organisationen riskerar småföretag att förlora erfaren personal som är svår att ersätta.
Flera politiker i kommunfullmäktige har skrivit till migrationsministern och bett om ett möte. Oppositionen kritiserar att lagen infördes utan en konsekvensanalys för norrländska arbetsmarknader.
Flera av de drabbade har barn som är födda i Umeå och går i förskola eller skola i kommunen.
Enligt Migrationsverkets egen statistik har drygt 1 200 förlängningsansökningar avslagits i hela landet sedan november med hänvisning till lönekravet. Myndigheten räknar med att antalet ökar under våren, när många tillstånd som beviljades under pandemiåren ska förnyas.
Kommunals lokalavdelning har startat en mejllista och ett nyhetsbrev för berörda medlemmar och uppmanar dem att prenumerera, dela informationen med kollegor och skicka foton på sina beslut via förbundets app. Kommentarerna i förbundets Facebookgrupp visar att många inte visste att reglerna gällde förlängningar.
Överklagandetiden är tre veckor.
Rättelse: I en tidigare version av artikeln angavs att lönegolvet är 75 procent av medianlönen. Det korrekta är 80 procent.""",
    },
]
