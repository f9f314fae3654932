"""Hand-written fictional stories for long_blind9: bn, tl, de-AT, it (markup: articles_a)."""

ARTICLES = [
    {
        "id": "bn",
        "lang": "bn",
        "topic": "immigration",
        "title": "মালয়েশিয়াগামী কর্মীদের জন্য প্রাক-বহির্গমন প্রশিক্ষণ বাধ্যতামূলক, বাড়ছে সময়",
        "byline": "নিজস্ব প্রতিবেদক, ঢাকা",
        "date": "প্রকাশ: ২৪ অক্টোবর ২০২৫, ১১:৩০",
        "caption": "রাজধানীর একটি কারিগরি প্রশিক্ষণ কেন্দ্রে প্রশিক্ষণ নিচ্ছেন বিদেশগামী কর্মীরা।",
        "hover": "শাহানা পারভীন",
        "body": """মালয়েশিয়ায় কাজের উদ্দেশ্যে যাওয়া কর্মীদের জন্য প্রাক-বহির্গমন প্রশিক্ষণের মেয়াদ তিন দিন থেকে বাড়িয়ে দশ দিন করেছে প্রবাসী কল্যাণ ও বৈদেশিক কর্মসংস্থান মন্ত্রণালয়।
আগামী জানুয়ারি থেকে এই প্রশিক্ষণ ছাড়া কোনো কর্মী বহির্গমন ছাড়পত্র পাবেন না বলে মন্ত্রণালয়ের এক প্রজ্ঞাপনে জানানো হয়েছে।
প্রশিক্ষণে মালয় ভাষার প্রাথমিক ধারণা, শ্রম আইন, নিরাপত্তা এবং প্রতারণা থেকে বাঁচার উপায় শেখানো হবে।
জনশক্তি, কর্মসংস্থান ও প্রশিক্ষণ ব্যুরোর মহাপরিচালক {শাহানা পারভীন} বলেন, অনেক কর্মী চুক্তির শর্ত না বুঝেই বিদেশে যান এবং পরে বিপদে পড়েন।
> তিনি বলেন, "একজন কর্মী যদি জানেন কোথায় অভিযোগ করতে হয়, তাহলে অর্ধেক সমস্যা সেখানেই শেষ।"
## প্রশিক্ষণে যা থাকছে
দশ দিনের প্রশিক্ষণে তিনটি অংশ থাকবে:
- ভাষা ও সংস্কৃতি বিষয়ে চার দিনের ক্লাস;
- কর্মস্থলের নিরাপত্তা ও স্বাস্থ্য বিষয়ে তিন দিনের হাতে-কলমে প্রশিক্ষণ;
- চুক্তি, বেতন ও অভিযোগ জানানোর পদ্ধতি নিয়ে তিন দিনের আলোচনা।
প্রশিক্ষণ বিনা মূল্যে দেওয়া হবে এবং দূরের জেলা থেকে আসা কর্মীরা থাকার জন্য ভাতা পাবেন।
দেশের ৬৪টি জেলার কারিগরি প্রশিক্ষণ কেন্দ্রে এই প্রশিক্ষণ চলবে।
@https://probashi.gov.bd/site/notices/pre-departure-training-2025.pdf|প্রাক-বহির্গমন প্রশিক্ষণ সংক্রান্ত প্রজ্ঞাপন (পিডিএফ)
## রিক্রুটিং এজেন্সির আপত্তি
রিক্রুটিং এজেন্সিগুলোর সংগঠন বলছে, প্রশিক্ষণের সময় বাড়লে কর্মী পাঠাতে দেরি হবে এবং মালয়েশিয়ার নিয়োগকর্তারা অন্য দেশ থেকে লোক নিতে পারেন।
অভিবাসন বিশেষজ্ঞরা অবশ্য বলছেন, দীর্ঘ প্রশিক্ষণ কর্মীদের আয় ও নিরাপত্তা দুই-ই বাড়াবে।
মন্ত্রণালয় জানিয়েছে, কর্মীরা একটি মোবাইল অ্যাপের মাধ্যমে প্রশিক্ষণের সময়সূচি দেখতে ও নিবন্ধন করতে পারবেন।
কর্মীদের পাসপোর্ট ও চুক্তির ছবি পরিবারের কাছে রেখে যাওয়ার পরামর্শও দেওয়া হবে।
প্রথম ব্যাচের প্রশিক্ষণ শুরু হবে ৫ জানুয়ারি।
সংশোধনী: এই প্রতিবেদনের আগের সংস্করণে প্রশিক্ষণের মেয়াদ সাত দিন লেখা হয়েছিল। সঠিক মেয়াদ দশ দিন।""",
    },
    {
        "id": "tl",
        "lang": "tl",
        "topic": "immigration",
        "title": "DMW: Mga balik-manggagawang OFW, hindi na kailangang pumila para sa OEC",
        "byline": "Ni Maricel Santos-Dela Cruz",
        "date": "Nobyembre 4, 2025 | 5:45 PM",
        "caption": "Mga OFW sa tanggapan ng DMW sa Mandaluyong.",
        "hover": "Ramon Villareal",
        "body": """Hindi na kailangang pumunta sa tanggapan ng Department of Migrant Workers ang mga balik-manggagawang OFW para kumuha ng Overseas Employment Certificate simula sa Disyembre 1, ayon sa ahensiya.
Sa halip, awtomatikong lalabas ang exemption sa kanilang account sa DMW Mobile App kapag pareho pa rin ang kanilang employer at trabaho.
Tinatayang 600,000 OFW ang makikinabang sa bagong patakaran bawat taon, karamihan ay nagtatrabaho sa Gitnang Silangan at Hong Kong.
Sinabi ni DMW Undersecretary {Ramon Villareal} na layunin nitong tapusin ang mahahabang pila tuwing Pasko, kung kailan umuuwi ang karamihan ng mga manggagawa.
> "Hindi dapat gugulin ng ating mga OFW ang kanilang bakasyon sa pila. Dapat kasama nila ang pamilya nila," ani Villareal.
## Paano makakakuha ng exemption
Kailangang sundin ang tatlong hakbang:
- mag-log in sa DMW Mobile App gamit ang dating account;
- i-upload ang kopya ng kasalukuyang kontrata at visa;
- i-save ang QR code na lalabas at ipakita ito sa immigration sa paliparan.
Ang mga lilipat ng employer o bansa ay kailangan pa ring dumaan sa karaniwang proseso ng pagpaparehistro.
Libre ang exemption at walang kailangang bayaran sa sinumang ahente.
@https://dmw.gov.ph/issuances/advisories/2025/oec-exemption-advisory.pdf|Basahin ang buong advisory ng DMW (PDF)
## Mga reklamo sa app
Ilang OFW ang nagreklamo noong nakaraang taon na madalas mag-hang ang app at hindi ma-upload ang mga litrato ng dokumento.
Sinabi ng DMW na nadagdagan na ang kapasidad ng server at may bagong hotline para sa mga may problema.
Pinaalalahanan din ng ahensiya ang publiko na huwag mag-share ng kanilang QR code sa social media dahil maaari itong magamit ng iba.
Hinikayat din nito ang mga OFW na mag-subscribe sa opisyal na Facebook page ng DMW para sa mga anunsiyo, at huwag maniwala sa mga komento ng mga pekeng account.
Bukas din ang mga help desk sa NAIA at Clark.
Pagtutuwid: Sa naunang bersiyon ng balitang ito, nakasaad na Enero 1 ang simula ng patakaran. Ang tamang petsa ay Disyembre 1.""",
    },
    {
        "id": "de-AT",
        "lang": "de",
        "topic": "immigration",
        "title": "Rot-Weiß-Rot-Karte: Pflegekräfte sollen schneller nach Österreich kommen",
        "byline": "Von Katharina Pichler",
        "date": "17. Oktober 2025, 11:24",
        "caption": "Eine Pflegerin in einem Wiener Seniorenwohnhaus.",
        "hover": "Thomas Gruber",
        "body": """Die Bundesregierung will ausländischen Pflegekräften den Weg nach Österreich deutlich erleichtern. Ein Entwurf zur Reform der Rot-Weiß-Rot-Karte, der am Freitag in Begutachtung ging, sieht kürzere Verfahren und weniger Nachweise vor.
Künftig soll das Arbeitsmarktservice über Anträge von diplomierten Pflegekräften innerhalb von vier Wochen entscheiden. Derzeit dauert das Verfahren oft mehr als drei Monate.
Auch die Anerkennung ausländischer Diplome soll parallel zum Aufenthaltsverfahren laufen und nicht mehr davor.
Arbeitsminister {Thomas Gruber} sprach von einem „längst überfälligen Schritt“. Bis 2030 fehlen nach Berechnungen seines Ressorts rund 75.000 Pflege- und Betreuungskräfte.
> „Wir werben im Ausland um Pflegekräfte und lassen sie dann monatelang auf einen Bescheid warten. Das hört auf“, sagte Gruber.
## Was sich ändern soll
Der Entwurf enthält drei zentrale Punkte:
- Deutschkenntnisse auf Niveau A2 reichen für die Einreise, B1 muss innerhalb von zwei Jahren nachgewiesen werden;
- Familienangehörige dürfen sofort mitkommen und ab dem ersten Tag arbeiten;
- Arbeitgeber können den Antrag gesammelt für mehrere Beschäftigte stellen.
Das Mindestgehalt für die Karte bleibt unverändert.
Die Länder sollen eigene Anlaufstellen für Pflegekräfte einrichten, die bei Wohnungssuche und Behördenwegen helfen.
@https://www.parlament.gv.at/dokument/ME/2025/rwr-karte-pflege-entwurf.pdf|Begutachtungsentwurf zur Novelle des Ausländerbeschäftigungsgesetzes
## Kritik von Gewerkschaft und Opposition
Die Gewerkschaft vida begrüßt das Tempo, warnt aber vor Lohndruck. Ausländische Kräfte dürften nicht zu schlechteren Bedingungen angestellt werden als heimische.
Die Opposition kritisiert, dass die Reform nur die Pflege betrifft und andere Mangelberufe wie Elektrotechnik außen vor lässt.
Eine Wiener Pflegedienstleiterin erzählte, sie habe Bewerberinnen aus den Philippinen über eine App für Videotelefonie angeworben und ihnen Fotos der Dienstwohnung geschickt.
„Dann haben wir ein halbes Jahr auf die Behörden gewartet“, sagte sie.
Die Begutachtungsfrist endet am 14. November.
Stellungnahmen können auf der Website des Parlaments eingebracht und kommentiert werden.""",
    },
    {
        "id": "it",
        "lang": "it",
        "topic": "market",
        "title": "Palermo, riapre il mercato del Capo dopo i lavori: nuove tettoie e bancomat per tutti",
        "byline": "di Giulia Lo Bianco",
        "date": "6 novembre 2025 - 09:12",
        "caption": "Le nuove tettoie del mercato del Capo in via Porta Carini.",
        "hover": "Salvatore Lo Cascio",
        "body": """Dopo otto mesi di cantiere riapre lunedì il mercato storico del Capo, a Palermo, con nuove tettoie in legno, una rete fognaria rifatta e pagamenti elettronici obbligatori per tutte le bancarelle.
I lavori, costati 3,2 milioni di euro, hanno riguardato via Porta Carini, via Beati Paoli e piazza Sant'Anna, dove è stata creata un'area per i mercati di quartiere del sabato.
I commercianti avevano chiesto per anni una soluzione agli allagamenti che, a ogni temporale, costringevano a chiudere le botteghe.
L'assessore alle Attività produttive, {Salvatore Lo Cascio}, ha detto che il Capo «torna a essere un luogo dove i palermitani fanno la spesa, non solo un'attrazione per turisti».
> «Ogni bancarella avrà acqua corrente e un punto luce. Chi vende pesce non dovrà più arrangiarsi con le taniche», ha spiegato l'assessore.
## Le nuove regole
Con la riapertura entrano in vigore alcune regole per gli operatori:
- obbligo di accettare carte e pagamenti con il telefono;
- orario unico dalle 7 alle 20, domenica mattina compresa;
- divieto di occupare il marciapiede oltre la linea gialla.
Le multe per chi non rispetta la linea gialla partono da 250 euro.
Il Comune ha finanziato i lettori di carte per i primi dodici mesi.
@https://www.comune.palermo.it/documenti/regolamento-mercati-storici-2025.pdf|Il nuovo regolamento dei mercati storici (PDF)
## I dubbi dei commercianti
Non tutti sono soddisfatti. Alcuni banchi di frutta lamentano che le tettoie sono troppo basse per i camion delle consegne.
Altri temono che l'orario unico penalizzi chi lavora da solo.
Il Comune ha promesso una verifica dopo tre mesi e invita i cittadini a lasciare commenti e fotografie sulla piattaforma di partecipazione, dove è anche possibile iscriversi alla newsletter del mercato.
La festa di riapertura inizierà lunedì alle 10.
Ci sarà anche la banda.
Errata corrige: in una prima versione dell'articolo l'importo dei lavori era indicato in 2,3 milioni di euro. La cifra corretta è 3,2 milioni.""",
    },
]
