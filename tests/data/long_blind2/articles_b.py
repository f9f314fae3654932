"""Hand-written fictional stories (ar, zh, en, fr, it, uk)."""

from __future__ import annotations

from pagekit import Art

ARTS: list[Art] = [
    Art(
        "ar-laji",
        "ar",
        True,
        "الأردن يطلق برنامجاً لتسهيل العودة الطوعية للاجئين السوريين",
        "عمّان - سامر الخطيب",
        "2026/11/16",
        "لاجئون سوريون في مخيم الزعتري شمال الأردن.",
        (3, "ليلى حداد"),
        [
            "أعلنت الحكومة الأردنية عن برنامج جديد يهدف إلى تسهيل العودة الطوعية للاجئين السوريين إلى بلادهم، بالتعاون مع المفوضية السامية للأمم المتحدة لشؤون اللاجئين، وذلك بعد أشهر من المشاورات مع الجانب السوري والدول المانحة.",
            "ويستضيف الأردن نحو 620 ألف لاجئ سوري مسجل لدى المفوضية، فيما تقدّر السلطات العدد الفعلي بأكثر من مليون شخص، يعيش معظمهم خارج المخيمات في المدن والبلدات.",
            "## إعفاءات وحوافز",
            "وقالت الناطقة باسم وزارة الداخلية ليلى حداد إن البرنامج يتضمن إعفاء العائدين من الغرامات المترتبة على تجاوز مدة الإقامة، وتوفير وسائل نقل مجانية حتى معبر جابر الحدودي، إضافة إلى منحة نقدية لكل أسرة.",
            "وأوضحت أن العودة ستبقى طوعية بالكامل، وأن أي لاجئ يرغب في البقاء لن يتعرض لأي ضغط.",
            "ويأتي القرار في ظل تراجع التمويل الدولي، إذ لم تتجاوز نسبة تمويل خطة الاستجابة الأردنية للأزمة السورية هذا العام ثلاثين في المئة، ما اضطر منظمات إغاثية إلى تقليص المساعدات الغذائية النقدية.",
            "«لا نريد أن نعود إلى بيت مهدوم من دون مدرسة أو مستشفى»، يقول أبو محمد، وهو أب لخمسة أطفال يعيش في إربد منذ عام 2013.",
            "وتشير استطلاعات المفوضية إلى أن أغلب اللاجئين يرغبون في العودة يوماً ما، لكن نسبة قليلة منهم فقط تخطط لذلك خلال العام المقبل، بسبب المخاوف الأمنية وغياب فرص العمل وصعوبة استعادة الممتلكات.",
            "## مخاوف حقوقية",
            "وحذرت منظمات حقوقية من أن تقليص المساعدات قد يتحول إلى ضغط غير مباشر على اللاجئين لدفعهم إلى المغادرة، داعية إلى ضمان حصول العائدين على الوثائق المدنية ووقف الاستدعاءات الأمنية بحقهم.",
            "من جهتها، رحبت المفوضية بالبرنامج، مؤكدة أنها ستتابع أوضاع العائدين داخل سوريا عبر فرقها الميدانية في درعا وريف دمشق.",
            "ويعيش نحو ثمانين ألف لاجئ في مخيم الزعتري، أكبر مخيمات اللجوء السورية في المنطقة، فيما يضم مخيم الأزرق قرابة أربعين ألفاً. وتعاني الأسر في المخيمين من تراجع الخدمات بعد تقليص برامج الغذاء والتعليم خلال العامين الماضيين."
            "وكانت الحكومة الأردنية قد سمحت خلال السنوات الماضية للاجئين السوريين بالحصول على تصاريح عمل في قطاعات محددة مثل الزراعة والبناء والصناعة، وأصدرت أكثر من ثلاثمئة ألف تصريح منذ عام 2016."
            "ويرى اقتصاديون أن عودة أعداد كبيرة من اللاجئين قد تترك أثراً في سوق العمل في بعض المحافظات الشمالية، حيث يعمل كثيرون منهم في مهن لا يقبل عليها الأردنيون."
            "ومن المقرر أن تنطلق المرحلة الأولى من البرنامج مطلع العام المقبل.",
        ],
    ),
    Art(
        "zh-hukou",
        "zh",
        True,
        "多地放宽落户限制 新市民子女入学门槛降低",
        "记者 刘晓岚",
        "2026年11月10日",
        "市民在政务服务中心办理户籍业务。",
        (3, "王建平"),
        [
            "近日，已有十余个省会城市相继出台新政，全面放开或大幅放宽城区落户限制。按照新规，在当地稳定就业并缴纳社会保险满六个月的外来务工人员，即可申请将户口迁入。",
            "据统计，我国目前仍有约二亿五千万人长期在户籍地以外的城市工作和生活。户籍制度改革被认为是推进新型城镇化的关键一步。",
            "## 子女入学成关注焦点",
            "多地同时调整了随迁子女入学政策。市教育局副局长王建平介绍，今后非本地户籍学生凭居住证即可在居住地就近入读公办学校，不再要求提供房产证明。",
            "这一变化让许多家长松了一口气。",
            "“以前每到九月就发愁，孩子只能回老家读书。”在一家物流公司工作的张女士说。",
            "专家认为，落户松绑之后，真正的难点在于公共服务能否跟上。教育、医疗和住房保障都需要财政投入，部分城市已经出现学位紧张的情况。",
            "## 各地做法不一",
            "各地新政主要包括：",
            "- 取消参保年限要求或缩短至半年；",
            "- 允许租房人员在社区公共户落户；",
            "- 推行户籍业务“跨省通办”。",
            "不过，北京、上海等超大城市仍实行积分落户制度，门槛依然较高。",
            "人口学者指出，近年来多数城市常住人口增长放缓，一些二三线城市甚至出现人口外流，放宽落户已成为吸引年轻劳动力的重要手段。部分城市还为高校毕业生提供租房补贴和购房优惠。",
            "在广州打工十年的李先生说，自己早就符合条件，但一直担心迁户口后老家的宅基地和承包地会受影响。对此，农业农村部门明确表示，不得以退出土地承包权作为农民进城落户的条件。",
            "也有基层工作人员反映，户籍窗口办理量明显增加，部分街道需要增派人手。多地已开通网上申请渠道，材料齐全的申请最快三个工作日即可办结。",
            "有关部门表示，将继续推动基本公共服务由户籍人口向常住人口全覆盖。",
        ],
    ),
    Art(
        "en-visa-fees",
        "en",
        True,
        "Skilled worker visa fees to rise again as care homes warn of staff shortages",
        "By Daniel Okafor, Home Affairs Correspondent",
        "20 November 2026",
        "A nurse on a ward at a hospital in Leeds.",
        (4, "Priya Lal"),
        [
            "The cost of sponsoring a skilled worker visa will rise by almost a third from April, the Home Office has announced, in a move that care providers say could leave thousands of vacancies unfilled over the coming winter.",
            "Under the new rules, employers will pay an immigration skills charge of £1,320 a year for each overseas worker, up from £1,000. The health surcharge paid by the workers themselves will also go up, to £1,250 a year.",
            "Ministers say the changes are needed to encourage businesses to train local staff rather than rely on recruitment from abroad. Net migration fell last year but remains well above the levels promised by successive governments.",
            "## Care sector hit hardest",
            "The shadow home secretary, Priya Lal, said the government was pulling up the drawbridge on the very workers who had kept care homes open during the pandemic. Her party would review the charge if elected, she told the Commons.",
            "Industry bodies say the sector already has more than 130,000 vacancies. Almost a quarter of care workers recruited in the past two years came through the skilled worker route.",
            '"We are not asking for special treatment. We are asking to be able to pay the people who look after our parents," said Mark Henshaw, who runs four homes in Lincolnshire.',
            "The changes come on top of rules introduced last year that barred care workers from bringing dependants with them.",
            "What changes in April:",
            "- the immigration skills charge rises to £1,320 a year;",
            "- the immigration health surcharge rises to £1,250 a year;",
            "- the minimum salary for most roles rises to £41,700.",
            "Migration experts note that higher fees may do little to cut numbers if employers simply absorb the cost. The Migration Advisory Committee has previously said it found little evidence that the charge led firms to invest more in training.",
            "Readers of the committee's own quarterly newsletter will have seen the warning coming: its autumn edition said the sector could lose a fifth of its overseas recruits.",
            "Officials insist the overall number of skilled worker visas granted remains high. More than 180,000 were issued in the year to September, although the share going to care roles has fallen sharply since the ban on dependants took effect."
            "Unions representing overseas care workers say some members are already being asked to repay recruitment costs if they leave their employer early, and fear the higher charge will be passed on to staff in the same way."
            "The Home Office said the new fees would be laid before Parliament next month.",
        ],
    ),
    Art(
        "fr-titres-sejour",
        "fr",
        True,
        "Titres de séjour : les préfectures débordées par la dématérialisation",
        "Par Claire Delorme",
        "Publié le 07/11/2026 à 06h30",
        "Devant la préfecture de Bobigny, un matin d'octobre.",
        (5, "Sophie Marchal"),
        [
            "Trois ans après la généralisation des démarches en ligne, les demandes de titres de séjour continuent de s'accumuler dans les préfectures. Dans plusieurs départements, il faut désormais plus de six mois pour obtenir un simple renouvellement, selon un rapport du Défenseur des droits publié jeudi.",
            "Le document recense plus de 12 000 réclamations en un an, un chiffre en hausse de 40 %. Beaucoup concernent des étrangers en situation régulière qui perdent leurs droits faute d'avoir reçu à temps leur nouveau titre.",
            "## Des emplois perdus",
            "Sans récépissé, de nombreux salariés ne peuvent plus justifier de leur droit au travail. Certains employeurs suspendent les contrats, d'autres licencient. Les allocations familiales et les aides au logement sont également interrompues.",
            "« On demande aux gens de prouver qu'ils existent, mais on ne leur donne aucun moyen de le faire », résume un avocat spécialisé en droit des étrangers à Lyon.",
            "La préfète déléguée à l'immigration, Sophie Marchal, reconnaît des délais « trop longs » mais assure que des renforts ont été recrutés et que le stock de dossiers a baissé de 15 % depuis l'été.",
            "Le Défenseur des droits recommande de maintenir systématiquement un accueil physique pour les personnes qui ne parviennent pas à utiliser la plateforme numérique.",
            "Le rapport formule trois recommandations principales :",
            "- délivrer automatiquement une attestation de prolongation d'instruction ;",
            "- rétablir des guichets sans rendez-vous ;",
            "- publier chaque mois les délais de traitement par préfecture.",
            "Les associations ont multiplié les recours devant les tribunaux administratifs pour obtenir des rendez-vous. À Montreuil, le tribunal a traité plus de 3 000 référés en un an.",
            "À Bobigny, en Seine-Saint-Denis, des files d'attente se forment chaque matin devant la préfecture avant même l'ouverture des grilles. Beaucoup viennent sans rendez-vous, en espérant qu'un agent acceptera au moins de remettre une attestation."
            "Le rapport relève aussi des disparités importantes entre départements. Dans certains territoires ruraux, un renouvellement est traité en moins de deux mois, quand il faut attendre près d'un an dans plusieurs préfectures d'Île-de-France."
            "Les syndicats de fonctionnaires rappellent que les services chargés des étrangers ont perdu des effectifs pendant des années et que les agents contractuels recrutés en renfort restent rarement plus de quelques mois."
            "Le ministère de l'Intérieur promet une nouvelle version de la plateforme au printemps.",
        ],
    ),
    Art(
        "it-olio",
        "it",
        False,
        "Olio extravergine, la raccolta in Puglia torna a crescere dopo due anni neri",
        "di Giulia Santoro",
        "30 ottobre 2026",
        "La raccolta delle olive in un uliveto nei pressi di Bitonto.",
        (3, "Vito Lorusso"),
        [
            "Dopo due stagioni segnate dalla siccità e dai prezzi record, la campagna olivicola in Puglia si annuncia finalmente abbondante. Secondo le prime stime delle associazioni di categoria, la produzione regionale potrebbe superare le 200 mila tonnellate, quasi il doppio dell'anno scorso.",
            "Le piogge di primavera e un'estate meno torrida hanno favorito la fioritura e l'allegagione. Nelle campagne di Bari e della Bat i frantoi hanno cominciato a lavorare con due settimane di anticipo.",
            "## Prezzi in calo, ma non per tutti",
            "Il presidente di una cooperativa di Andria, Vito Lorusso, spiega che il prezzo all'ingrosso dell'extravergine è già sceso sotto i sette euro al chilo, contro i nove dello scorso inverno. Per i consumatori il calo arriverà sugli scaffali solo nei prossimi mesi.",
            "La buona notizia non riguarda però il Salento.",
            "Nelle province di Lecce e Brindisi la Xylella ha distrutto milioni di piante negli ultimi dieci anni e il reimpianto con varietà resistenti procede a rilento. Molti agricoltori hanno abbandonato i terreni.",
            "«Qui non c'è niente da raccogliere, ci sono solo tronchi secchi», racconta un produttore di Ugento che ha perso quasi tutto il suo uliveto.",
            "La Regione ha stanziato nuovi fondi per il reimpianto, ma le associazioni lamentano tempi burocratici troppo lunghi e contributi che coprono appena la metà dei costi.",
            "## La concorrenza spagnola",
            "Anche la Spagna, primo produttore mondiale, prevede un forte recupero. Questo potrebbe spingere ulteriormente al ribasso i prezzi internazionali e mettere sotto pressione i piccoli produttori italiani, che puntano sempre più sulla qualità e sulle denominazioni di origine.",
            "Gli esperti consigliano di leggere con attenzione le etichette: solo la dicitura «100% italiano» garantisce l'origine delle olive.",
            "In provincia di Bari molti frantoi hanno deciso di lavorare anche di notte per far fronte alle consegne. I tempi di attesa per la molitura, che l'anno scorso erano di poche ore, hanno superato in alcuni casi i due giorni."
            "Le cooperative segnalano anche una difficoltà nel trovare braccianti per la raccolta, soprattutto nei terreni collinari dove le macchine scuotitrici non possono entrare. Alcune aziende hanno alzato la paga giornaliera fino a 90 euro."
            "Secondo l'Ismea, i consumi di olio extravergine in Italia sono calati di quasi il 15% negli ultimi due anni a causa dei rincari, mentre è cresciuta la vendita di oli di semi e di miscele comunitarie."
            "La raccolta proseguirà fino a gennaio.",
        ],
    ),
    Art(
        "uk-povernennia",
        "uk",
        True,
        "Уряд запускає програму для повернення українців з-за кордону",
        "Олена Гнатюк",
        "13 листопада 2026",
        "Пункт пропуску «Ягодин» на кордоні з Польщею.",
        (3, "Андрій Мельник"),
        [
            "Кабінет міністрів затвердив програму, яка має заохотити українців, що виїхали за кордон після початку повномасштабного вторгнення, повернутися додому. Документ передбачає пільгові кредити на житло, гранти на власну справу та допомогу з працевлаштуванням.",
            "За оцінками ООН, за межами України досі перебувають понад шість мільйонів українців, переважно в країнах Європейського Союзу. Тимчасовий захист для них у ЄС продовжено до березня 2027 року.",
            "## Що пропонує держава",
            "Заступник міністра національної єдності Андрій Мельник розповів, що першими учасниками програми мають стати родини з дітьми та фахівці медичних і інженерних професій, яких найбільше бракує на ринку праці.",
            "Серед основних пунктів програми:",
            "- пільгова іпотека під 3 % для тих, хто повертається;",
            "- гранти до 250 тисяч гривень на відкриття бізнесу;",
            "- визнання іноземних дипломів за спрощеною процедурою.",
            "Соціологи, однак, застерігають, що головними чинниками залишаються безпека і робота. За даними опитування, лише чверть українців за кордоном упевнено планує повернутися.",
            "«Ми повернемося, коли діти зможуть спокійно ходити до школи, без сирен», — каже Наталія, яка з 2022 року живе у Вроцлаві.",
            "Частина експертів пропонує не лише заохочувати повернення, а й підтримувати зв'язок з тими, хто залишається за кордоном: через освітні програми, дистанційну роботу й участь у відбудові.",
            "Міністерство також планує відкрити консультаційні центри у Варшаві, Берліні та Празі.",
            "Програма стане частиною ширшої стратегії демографічного відновлення, яку уряд ухвалив навесні. За прогнозами Інституту демографії, без повернення хоча б частини тих, хто виїхав, населення країни до 2040 року може скоротитися до 25 мільйонів."
            "У Польщі, де перебуває найбільша українська громада в ЄС, багато родин уже мають постійну роботу, кредити й дітей у місцевих школах. Представники громадських організацій кажуть, що для них рішення про повернення значно складніше, ніж у перші місяці війни."
            "Окремий блок програми стосується ветеранів і членів їхніх родин, які перебувають за кордоном: для них передбачено пріоритетне отримання житла та психологічну підтримку."
            "Експерти Київської школи економіки радять державі насамперед подбати про житло в прифронтових містах, де зруйновано десятки тисяч квартир."
            "Перші заявки почнуть приймати з лютого.",
        ],
    ),
]
