"""Hand-written fictional stories for long_blind7 (heldback languages bg, sr, ja, hi, sk)."""

S: dict[str, dict[str, str]] = {}

S["bg"] = dict(
    id="granica-kameri",
    topic="immigration",
    title="Нови термокамери по границата с Турция: МВР отчита спад на опитите за преминаване",
    byline="Галина Петрова",
    date="23 ноември 2026, 12:40",
    caption="Гранична полиция край Малко Търново.",
    hover="Стефан Колев",
    text="""
Министерството на вътрешните работи съобщи, че след поставянето на нови термокамери по границата с Турция опитите за незаконно преминаване са намалели с около 40 процента за три месеца.
Камерите покриват участък от 90 километра в Странджа, където оградата е била повредена на няколко места след наводненията миналата пролет.
Според МВР системата засича движение на разстояние до пет километра и изпраща сигнал директно до най-близкия граничен патрул.
## Критики от правозащитници
Правозащитни организации обаче предупреждават, че по-строгият контрол изтласква хората към по-опасни маршрути през гората и реките.
Адвокат Стефан Колев, който работи с търсещи закрила, казва, че получава все повече сигнали за връщания без регистрация. „Човек, който е стъпил на българска територия, има право да поиска убежище“, подчерта той.
МВР отрича да има незаконни връщания и посочва, че всички задържани се регистрират.
Кметът на село в района разказва, че местните вече не виждат групи мигранти по пътя.
„Тихо е, но никой не знае колко дълго“, казва той.
## Какво включва проектът
Проектът е финансиран основно от европейски фондове и включва:
* 46 стационарни термокамери,
* три мобилни наблюдателни станции,
* нов оперативен център в Бургас.
Общата стойност е близо 28 милиона лева. Поддръжката за следващите пет години също е включена в договора.
Агенцията за бежанците отчита, че броят на подадените молби за закрила е спаднал до най-ниското ниво от 2019 г. насам.
Граничните полицаи, с които разговаряхме, казват, че работата им се е променила. Част от тях вече прекарват смените пред екрани, а не в патрул.
Правозащитниците настояват за независим мониторинг на границата и публикуват месечен бюлетин с данните, които събират от терена.
Поправка: В първоначалната версия на статията беше посочено, че камерите покриват 60 километра. Верният участък е 90 километра.
""",
)

S["sr"] = dict(
    id="prihvatni-centri",
    topic="immigration",
    title="Prihvatni centri u Srbiji poluprazni, ali troškovi ostaju isti",
    byline="Milica Jovanović",
    date="24. novembar 2026. 08:55",
    caption="Prihvatni centar u Obrenovcu.",
    hover="Dragan Ilić",
    text="""
Broj migranata smeštenih u prihvatnim centrima u Srbiji pao je na nešto više od 1.100, što je najmanje u poslednjih deset godina. Ipak, država i dalje održava sedamnaest centara sa istim brojem zaposlenih.
Komesarijat za izbeglice i migracije navodi da je većina ljudi koji prolaze kroz Srbiju promenila rutu i da se u centrima zadržavaju svega nekoliko dana.
Pojedini centri na jugu zemlje, poput onog u Bujanovcu, danima imaju manje od dvadeset korisnika.
## Šta kažu lokalne zajednice
U Šidu, gde je centar nekada bio prepun, meštani kažu da se situacija potpuno promenila. Neki od njih su radili kao vozači i kuvari za potrebe centra i sada strahuju za posao.
Predsednik opštinskog veća Dragan Ilić kaže da opština ne želi zatvaranje. „Centar zapošljava četrdeset ljudi iz našeg kraja, to nije mala stvar“, rekao je.
Stručnjaci za migracije smatraju da bi deo kapaciteta trebalo prenameniti.
Niko ne zna šta će biti sledeće godine.
## Predlozi za prenamenu
Organizacije koje rade sa migrantima predložile su tri rešenja:
* pretvaranje dela centara u smeštaj za maloletnike bez pratnje,
* otvaranje kurseva srpskog jezika za one koji traže azil,
* korišćenje objekata za hitni smeštaj u vanrednim situacijama.
Komesarijat je saopštio da analizira predloge i da će odluka biti doneta posle usvajanja budžeta.
Iz Evropske unije, koja finansira veći deo troškova, stižu poruke da se sredstva ne mogu trošiti bez jasnog plana.
Jedan od retkih stalnih stanovnika centra u Obrenovcu je mladić iz Avganistana koji čeka odluku o azilu već osam meseci. Kaže da fotografiše svaki dokument koji dobije, jer se boji da ga ne izgubi.
Lokalna udruženja su pokrenula bilten u kojem redovno objavljuju informacije o pravima tražilaca azila.
Ispravka: U ranijoj verziji teksta navedeno je da u centrima boravi 1.700 ljudi. Tačan broj je nešto više od 1.100.
""",
)

S["ja"] = dict(
    id="ikusei-shuro",
    topic="immigration",
    title="技能実習に代わる「育成就労」、受け入れ企業の準備進まず",
    byline="佐藤美咲",
    date="2026年11月28日 7時00分",
    caption="外国人従業員が働く静岡県内の食品工場。",
    hover="山田健一",
    text="""
外国人技能実習制度に代わる新制度「育成就労」の開始まで半年を切ったが、受け入れ企業の準備が進んでいない。
民間団体の調査によると、実習生を受け入れている中小企業のうち、新制度の内容を「よく知っている」と答えたのは二割にとどまった。
新制度では、一定の条件を満たせば本人の希望で勤め先を変える「転籍」が認められる。
## 転籍への不安
静岡県の食品工場の社長は「育てた人がすぐ都市部に移ってしまうのではないか」と話す。
一方、支援団体の山田健一さんは「転籍を恐れるより、働き続けたいと思える職場をつくるべきだ」と指摘する。
ベトナム出身のグエンさんは、来日して三年になる。
「日本語の勉強を続けられる会社で働きたい」と話した。
## 新制度の主な変更点
政府が示した主な変更点は次の通り:
* 本人の意向による転籍を一定期間後に容認,
* 日本語能力の段階的な要件,
* 監理団体の許可基準の厳格化.
政府は企業向けの説明会を全国で開き、メールマガジンでも情報を配信している。
グエンさんは説明会の資料を写真に撮り、同僚と共有したという。
訂正: 当初の記事で調査対象の企業数を「300社」としましたが、正しくは「3000社」でした。
""",
)

S["hi"] = dict(
    id="chhatra-visa",
    topic="immigration",
    title="विदेश में पढ़ाई: नए वीज़ा नियमों से पंजाब के छात्रों की चिंता बढ़ी",
    byline="राजेश शर्मा",
    date="30 नवंबर 2026, 15:10 IST",
    caption="जालंधर में एक वीज़ा सलाह केंद्र के बाहर छात्र।",
    hover="हरप्रीत कौर",
    text="""
कनाडा और ऑस्ट्रेलिया द्वारा छात्र वीज़ा के नियम सख्त किए जाने के बाद पंजाब के हज़ारों छात्रों और उनके परिवारों की चिंता बढ़ गई है। दोनों देशों ने अगले साल के लिए नए छात्रों की संख्या पर सीमा तय कर दी है।
जालंधर, लुधियाना और अमृतसर के वीज़ा सलाह केंद्रों में पिछले दो हफ्तों में पूछताछ करने वालों की भीड़ अचानक बढ़ी है।
कई परिवारों ने बच्चों की पढ़ाई के लिए ज़मीन गिरवी रखकर कर्ज़ लिया है और अब उन्हें डर है कि वीज़ा नहीं मिला तो पैसा डूब जाएगा।
## एजेंटों पर सवाल
विदेश में पढ़ाई पर काम करने वाली सामाजिक कार्यकर्ता हरप्रीत कौर का कहना है कि कई एजेंट परिवारों को अधूरी जानकारी देते हैं। "छात्रों को बताया ही नहीं जाता कि वहां पहुंचकर काम के घंटे सीमित होंगे," उन्होंने कहा।
राज्य सरकार ने फर्जी एजेंटों के खिलाफ अभियान शुरू किया है और पिछले महीने 37 दफ्तर सील किए गए।
लुधियाना के गुरप्रीत सिंह की बेटी का दाखिला टोरंटो के एक कॉलेज में हो चुका है, लेकिन वीज़ा अभी तक नहीं आया।
"हमने सब कुछ दांव पर लगा दिया है," उन्होंने कहा।
## छात्रों के लिए सलाह
विशेषज्ञ आवेदन से पहले इन बातों की जांच करने की सलाह देते हैं:
* कॉलेज सरकारी सूची में मान्यता प्राप्त है या नहीं,
* एजेंट का पंजीकरण और पुराने छात्रों का अनुभव,
* पढ़ाई के बाद काम के परमिट की शर्तें।
केंद्र सरकार ने विदेश मंत्रालय के पोर्टल पर पंजीकृत एजेंटों की सूची डालने का वादा किया है। छात्र मंत्रालय के ऐप पर भी शिकायत दर्ज कर सकते हैं।
कुछ छात्र अब जर्मनी और आयरलैंड जैसे देशों की ओर देख रहे हैं, जहां ट्यूशन फीस कम है।
हरप्रीत कौर हर हफ्ते एक न्यूज़लेटर भेजती हैं, जिसमें वह छात्रों को नियमों में बदलाव की जानकारी देती हैं।
गुरप्रीत सिंह रोज़ सुबह ईमेल देखते हैं। उनकी बेटी ने अपने कॉलेज की तस्वीरें पहले ही दीवार पर लगा दी हैं।
सुधार: इस खबर के पिछले संस्करण में सील किए गए दफ्तरों की संख्या 73 बताई गई थी। सही संख्या 37 है।
""",
)

S["sk"] = dict(
    id="chata-pod-sedlom",
    topic="other",
    title="Chata pod Sedlom otvára po troch rokoch rekonštrukcie, turisti si priplatia za nocľah",
    byline="Martina Kováčová",
    date="1. decembra 2026 o 10:15",
    caption="Zrekonštruovaná chata pod Sedlom v zime.",
    hover="Peter Hruška",
    text="""
Vysokohorská chata pod Sedlom v Západných Tatrách otvorí brány pre turistov od prvého decembrového víkendu. Rekonštrukcia trvala tri roky a stála takmer dva milióny eur.
Chata má nové drevené obklady, solárne panely na streche a čističku odpadových vôd, ktorá bola podmienkou ochranárov.
Kapacita sa zmenšila zo šesťdesiat na štyridsaťdva lôžok, no izby sú teraz menšie a teplejšie.
## Drahší nocľah
Cena za nocľah stúpla z osemnástich na dvadsaťosem eur. Chatár Peter Hruška tvrdí, že inak by prevádzka nebola udržateľná. „Všetko sem vynášame na chrbte alebo vozíme vrtuľníkom, to niečo stojí,“ povedal.
Niektorí turisti sa sťažujú, že horské chaty sa stávajú luxusom.
Iní oceňujú, že chata zostala otvorená celý rok.
Horská záchranná služba privítala, že v chate pribudla miestnosť pre záchranárov s vykurovaním a defibrilátorom.
## Čo treba vedieť pred výstupom
Správca chaty zverejnil pravidlá pre zimnú sezónu:
* nocľah je potrebné rezervovať aspoň týždeň vopred,
* pri lavínovom stupni tri a vyššom sa výstup neodporúča,
* na chate sa platí iba v hotovosti.
Rezervácie prijíma chata telefonicky a cez formulár na webe. O zmenách informuje aj v mesačnom newsletteri, ktorý si môžu turisti predplatiť.
Prvý víkend je už takmer vypredaný.
Fotograf z Liptovského Mikuláša, ktorý chatu fotí od sedemdesiatych rokov, daroval do jedálne sériu starých čiernobielych fotografií.
Peter Hruška hovorí, že najviac sa teší na prvý večer, keď sa v jedálni opäť rozozvučí gitara.
Oprava: V predchádzajúcej verzii článku sme uviedli, že rekonštrukcia stála tri milióny eur. Správne sú takmer dva milióny.
""",
)
