"""Background paragraphs, inserted before each story's first sub-heading (hand-written)."""

MORE = {
    "fr": [
        "Dans le département, environ 2 300 personnes seraient concernées, selon une estimation des syndicats, qui rappellent que beaucoup travaillent sous une identité d’emprunt faute de titre de séjour.",
        "Dans l’hôtellerie-restauration, plusieurs établissements de la vallée du Lot ont déjà annoncé qu’ils accompagneraient leurs salariés dans les démarches.",
    ],
    "es": [
        "El padrón es además la puerta de acceso a la tarjeta sanitaria y a la escolarización de los menores, por lo que las entidades consideran que la medida tendrá efectos más allá de los trámites de extranjería.",
    ],
    "pt": [
        "Nos últimos meses, vários trabalhadores relataram ter pago até 200 euros a intermediários por uma marcação que acabou por não existir.",
    ],
    "pl": [
        "Przebudowa była jedną z najczęściej zgłaszanych potrzeb w konsultacjach budżetowych. W ubiegłym roku mieszkańcy dzielnicy zebrali ponad cztery tysiące podpisów pod apelem o przywrócenie linii.",
        "Według danych przewoźnika przed zawieszeniem linią jeździło średnio jedenaście tysięcy pasażerów dziennie. Autobusy zastępcze przewożą dziś niespełna połowę tej liczby, a podróż trwa nawet o kwadrans dłużej.",
        "Wykonawca zapowiada, że prace będą prowadzone etapami, tak aby mieszkańcy zawsze mieli dojście do swoich posesji, a sklepy przy ulicy mogły działać bez przerwy.",
    ],
    "cs": [
        "Kraj na regionální autobusovou dopravu letos vydá přes 1,4 miliardy korun. Náklady rostou kvůli cenám nafty i mzdám řidičů, kterých se dopravcům stále nedostává.",
        "Průzkum ukázal, že nejvytíženější jsou ranní spoje mezi šestou a sedmou hodinou, kdy někteří cestující museli stát. Naopak v neděli večer jezdilo v průměru méně než pět lidí na spoj.",
        "Obce měly na připomínky k návrhu jen tři týdny. Několik starostů si stěžovalo, že se o konkrétních změnách dozvěděli až z místních novin.",
        "Dopravci zároveň upozorňují, že nové jízdní řády počítají s novými autobusy, které mají být dodány až na jaře. Do té doby budou na některých linkách jezdit starší vozy bez klimatizace a bezbariérového nástupu.",
    ],
    "ja": [
        "運休中、島の高校生の一部は本土の寮に移った。高速船は波が高い日に欠航することが多く、今年は年間で40日以上運休した。",
        "島の診療所に通う高齢者からは、本土の病院へ通院する際の負担が大きいとの声が上がっていた。町は運休中、通院者向けに高速船の運賃を補助してきた。",
        "新造船は揺れを抑える装置を備え、冬の荒天時でも運航しやすくなるという。",
        "運休前のフェリーは年間約12万人が利用していた。島の特産品であるみかんや干物の出荷も、この1年半は高速船と漁船に頼らざるを得ず、輸送費が大きく膨らんだという。",
        "運航会社によると、旧船の乗組員の多くは運休中も本土の別航路で勤務を続けており、再開時には経験のある船員がそろう見込みだ。新たに若手船員3人も採用した。",
        "町の担当者は「観光シーズンまでに間に合って本当によかった」と胸をなで下ろしている。",
    ],
    "zh": [
        "据介绍，过去三年临江市共受理外籍人员永久居留申请约260件，获批不足一百件，不少申请人因材料不全被退回补充。",
        "新规还明确，申请人的配偶和未满十八周岁的子女可随同申请，无需另行提交推荐材料。此前，家属须在主申请人获批后单独排队。",
        "市科技局相关负责人表示，永久居留身份将便利外籍科研人员在本地购房、子女入学和申请科研项目。",
        "记者了解到，此前不少外籍科研人员因工作许可需每年续签，在申请银行贷款、办理长期租房等方面遇到困难。有高校人事部门负责人表示，永久居留政策的简化有助于留住人才，也将增强青年外籍学者来临江工作的意愿。",
        "根据安排，受理窗口将设在市民服务中心二楼，工作日全天办公，周六上午也将开放。申请人可通过网上预约选择办理时间，材料齐全的可当场受理。",
        "市人才服务中心表示，将在各高校设立政策咨询点，定期开展面对面的政策解读活动。",
    ],
    "ar": [
        "وكانت منظمات دولية قد انتقدت مراراً نظام الكفالة، معتبرة أنه يمنح صاحب العمل سلطة شبه كاملة على إقامة العامل وعمله، ويجعل من الصعب على العمال الإبلاغ عن الانتهاكات خشية فقدان إقامتهم.",
        "وسجلت الوزارة العام الماضي أكثر من ستة آلاف شكوى من عمال منازل، تتعلق في معظمها بتأخر الرواتب وساعات العمل الطويلة وحجز جوازات السفر.",
        "وتقول ماريسا، وهي عاملة فلبينية تعمل في العاصمة منذ ثلاث سنوات، إنها بقيت لدى أسرة لا تريد العمل عندها لأنها لم تكن تملك خياراً آخر. وتضيف: «الآن أستطيع على الأقل أن أبحث عن عمل أفضل».",
        "ويرى خبراء في سوق العمل أن القرار قد يؤدي إلى تحسن الأجور تدريجياً، لأن الأسر ستضطر إلى المنافسة على العمالة المتاحة بدلاً من الاعتماد على القيود القانونية.",
        "ويبلغ متوسط رسوم الاستقدام التي تدفعها الأسر نحو ألفي دينار للعاملة الواحدة، وفق تقديرات مكاتب الاستقدام، وهو ما يفسر تحفظ عدد منها على القرار الجديد.",
        "وأشارت الوزارة إلى أن المنصة ستتيح أيضاً لأصحاب العمل متابعة حالة الطلبات، على أن تُفرض غرامات على من يمتنع عن تسليم الوثائق الخاصة بالعامل عند انتقاله.",
    ],
    "ru": [
        "Стоимость патента в регионах складывается из федеральной базовой суммы и регионального коэффициента, который ежегодно утверждают местные власти. Заречная область повышает коэффициент второй год подряд.",
        "В прошлом году поступления от патентов составили в областном бюджете почти 4,9 миллиарда рублей. После повышения власти рассчитывают получить больше шести миллиардов, если число патентов не сократится.",
        "Представители строительных компаний говорят, что уже сейчас испытывают нехватку рабочих. Один из крупных застройщиков сообщил, что готов частично компенсировать сотрудникам разницу в стоимости, чтобы они не уезжали.",
        "В региональном управлении МВД отмечают, что в этом году число выданных патентов уже выросло на 8% по сравнению с прошлым годом.",
        "Заказчики частных услуг, нанимающие мигрантов для ремонта или ухода за пожилыми родственниками, тоже почувствуют повышение, признают в управлении.",
    ],
    "no": [
        "Fjordvik har bosatt flyktninger hvert år siden 2015, de fleste fra Syria, Eritrea og de siste årene fra Ukraina. I dag bor rundt 400 personer med flyktningbakgrunn i kommunen.",
        "Rådmannen hadde i sin innstilling anbefalt å si ja til 50. Hun viste til at barnehagene i sentrum er fulle, og at kommunen mangler lærere med kompetanse i grunnleggende norsk.",
        "Et tverrpolitisk flertall snudde likevel og la seg på 60 etter at kommunen fikk tilbud om å leie tolv leiligheter i et nytt boligprosjekt ved havna fra sommeren av.",
        "Staten betaler et integreringstilskudd for hver person som bosettes. For en familie på fire utgjør tilskuddet over fem år flere millioner kroner, men kommunen mener det ikke dekker de faktiske kostnadene.",
        "Kommunen har også fått ansvar for flere enslige mindreårige enn før. Fem av de 60 plassene er satt av til ungdom under 18 år, som skal bo i en egen bofellesskapsløsning med voksne til stede hele døgnet.",
        "Kommunen regner med at halvparten av dem som bosettes neste år, vil være barn.",
    ],
    "sv": [
        "Meröppna bibliotek finns redan i flera hundra svenska kommuner. I grannkommunen infördes systemet för tre år sedan, och där har antalet besök ökat med nästan en tredjedel.",
        "Investeringen kostar kommunen omkring 600 000 kronor, varav större delen gäller passersystemet och kamerorna. Driftskostnaden beräknas bli låg eftersom ingen extra personal anställs.",
        "Bibliotekarierna har varit med och tagit fram reglerna. Facket var i början tveksamt och ville försäkra sig om att meröppet inte skulle användas för att dra ner på bemannade timmar.",
        "Det lovar kommunen nu skriftligt. Öppettiderna med personal ligger kvar på 38 timmar i veckan, och kvällsöppet på torsdagar finns kvar.",
        "Ljungby backe har drygt 9 000 invånare och biblioteket är i dag öppet med personal fem dagar i veckan. Besöksstatistiken visar att antalet utlån har minskat något de senaste åren, medan fler använder datorerna och studieplatserna. Kommunen hoppas att de längre öppettiderna ska locka tillbaka fler låntagare.",
    ],
    "ro": [
        "Contingentul este stabilit anual pe baza solicitărilor angajatorilor și a datelor Agenției Naționale pentru Ocuparea Forței de Muncă. În ultimii trei ani, plafonul a fost atins deja în toamnă.",
        "Un raport al Inspecției Muncii arată că, în 2026, au fost descoperiți peste 400 de lucrători străini cazați în condiții improprii, în special pe șantierele din jurul marilor orașe.",
        "Reprezentanții agențiilor de recrutare spun că garanția bancară va elimina de pe piață firmele mici, dar acceptă regulile. „Agențiile serioase lucrează deja așa”, a spus președintele asociației patronale a agențiilor.",
    ],
    "el": [
        "Σύμφωνα με στοιχεία των αγροτικών συλλόγων, πέρυσι έμειναν ασυγκόμιστοι χιλιάδες τόνοι βερίκοκα και ροδάκινα στον κάμπο, επειδή δεν υπήρχαν αρκετά χέρια την κρίσιμη εβδομάδα.",
        "Το πρόβλημα οξύνθηκε μετά τις πλημμύρες, όταν πολλοί εργάτες που ζούσαν στην περιοχή μετακινήθηκαν προς την Αττική και τα νησιά για να δουλέψουν στον τουρισμό.",
        "Η πλατφόρμα θα συνδέεται με τα προξενεία στις χώρες προέλευσης, ώστε οι φάκελοι να μη διακινούνται πλέον σε χαρτί. Το υπουργείο εκτιμά ότι έτσι θα περιοριστούν και οι ενδιάμεσοι που εισπράττουν παράνομες αμοιβές.",
        "Ο αριθμός των εργατών που ήρθαν μέσω μετακλήσεων στη Θεσσαλία φέτος δεν ξεπέρασε τους 2.500, σύμφωνα με την Αποκεντρωμένη Διοίκηση.",
        "Οι αγρότες θα μπορούν να παρακολουθούν την πορεία της αίτησης σε πραγματικό χρόνο, κάτι που μέχρι τώρα απαιτούσε επισκέψεις στις υπηρεσίες.",
    ],
    "hi": [
        "पुलिस के अनुसार ज्यादातर मामलों में एजेंट युवाओं से दो से पांच लाख रुपये तक लेते थे और उन्हें नकली नियुक्ति पत्र थमा देते थे। कई मामलों में पासपोर्ट भी अपने पास रख लिए गए।",
        "पिछले साल राज्य के तीन जिलों के बीस से अधिक युवक एक दलाल के जरिए विदेश गए थे, जहां उन्हें बिना वेतन के काम करना पड़ा। उनकी वापसी के लिए दूतावास को दखल देना पड़ा था।",
        "केंद्र सरकार के स्तर पर भर्ती एजेंटों का लाइसेंस पहले से जरूरी है, लेकिन अधिकारियों का कहना है कि कस्बों और गांवों में बिना लाइसेंस वाले उप-एजेंट खुलेआम काम करते हैं। नया राज्य कानून इन्हीं उप-एजेंटों को दायरे में लाएगा।",
        "नियम तोड़ने पर पहली बार पचास हजार रुपये और दोबारा पकड़े जाने पर पांच लाख रुपये तक का जुर्माना लगेगा। गंभीर मामलों में एजेंसी के संचालक को जेल भी हो सकती है।",
        "विभाग के आंकड़ों के मुताबिक राज्य से हर साल करीब 80 हजार लोग काम के लिए विदेश जाते हैं। इनमें से बड़ी संख्या ऐसे युवाओं की है जो पहली बार विदेश जा रहे होते हैं और उन्हें वीजा या अनुबंध की शर्तों की ठीक से जानकारी नहीं होती।",
        "श्रम विभाग ने जिलों के अधिकारियों को अगले महीने तक बिना पंजीकरण वाली एजेंसियों की सूची तैयार करने को कहा है।",
    ],
}
