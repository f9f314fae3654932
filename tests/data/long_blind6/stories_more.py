"""Background paragraphs, inserted before each story's first sub-heading."""

MORE = {
    "de": [
        "Bundesweit leben nach Angaben des Ausländerzentralregisters rund 200.000 Menschen mit einer Duldung. Die Beschäftigungsduldung wurde 2020 eingeführt und sollte gut integrierten Arbeitskräften einen Weg zu einem sicheren Aufenthalt eröffnen.",
        "In der Praxis entscheiden die Ausländerbehörden der Kreise sehr unterschiedlich. Während manche Landkreise die Duldung großzügig verlängern, bestehen andere auf einer vollständigen Klärung der Identität, bevor sie überhaupt einen Antrag annehmen.",
    ],
    "es": [
        "El arraigo sociolaboral permite regularizar su situación a quienes acrediten dos años de estancia en España y un contrato de trabajo. Antes de la reforma, la mayoría de los solicitantes recurría al arraigo social, que exigía tres años y un informe de integración del ayuntamiento.",
        "Según los datos de la Delegación, más del 60 por ciento de las solicitudes pendientes corresponde a personas de Marruecos, Ecuador y Colombia. La mayoría trabaja en el campo, en almacenes de manipulado o en el servicio doméstico.",
        "Las organizaciones sociales calculan que el tiempo medio de espera para una cita supera ya los cuatro meses.",
    ],
    "pt": [
        "Cabo Verde é um dos países de onde chegam mais trabalhadores a Portugal nos últimos anos, sobretudo para a construção civil, a restauração e os cuidados a idosos. Muitos seguem depois para outros países europeus.",
        "Segundo dados da embaixada, o número de pedidos de visto triplicou desde a entrada em vigor do acordo de mobilidade da CPLP, em 2022. Os dois consulados têm, no total, onze funcionários dedicados aos vistos.",
        "Nas filas à porta do consulado da Praia, há quem chegue de madrugada vindo de outras ilhas, depois de horas de barco.",
    ],
    "pl": [
        "Nocne tramwaje kursowały we Wrocławiu do 2017 roku. Wtedy zastąpiono je autobusami, które jeździły rzadziej i dłuższymi trasami. Według przewoźnika z nocnych autobusów korzystało średnio około 1200 osób na dobę w całym mieście.",
        "Nadodrze to jedna z najszybciej zmieniających się dzielnic. W ostatnich latach powstało tu wiele kawiarni, pracowni i klubów, a liczba mieszkańców pracujących na nocne zmiany wyraźnie wzrosła.",
        "Przez ostatnie tygodnie na trasie linii trwały nocne przejazdy próbne, podczas których sprawdzano zasilanie sieci trakcyjnej i czas przejazdu przez skrzyżowania z sygnalizacją.",
        "Związkowcy z zajezdni przy ulicy Legnickiej zwracają uwagę, że do obsługi linii potrzeba sześciu dodatkowych motorniczych. Przewoźnik zapewnia, że rekrutacja już trwa.",
    ],
    "no": [
        "Norge innvilget i fjor rundt 9000 søknader om familiegjenforening med flyktninger og personer med beskyttelse. Antallet har økt jevnt siden 2022, blant annet fordi mange som kom under den store flyktningbølgen har fått permanent opphold.",
        "Kommunene i Salten har i flere år bosatt flere flyktninger enn staten har bedt om. Flere av dem melder nå at ventetiden på familiegjenforening gjør det vanskeligere å beholde nyankomne arbeidstakere.",
        "I Bodø kommune anslår flyktningtjenesten at rundt 70 bosatte flyktninger venter på ektefelle eller barn.",
    ],
    "ru": [
        "Стоимость патента складывается из базового платежа, закреплённого в Налоговом кодексе, и двух коэффициентов: федерального коэффициента-дефлятора и регионального. Каждый субъект России сам решает, насколько повышать свою часть.",
        "В соседних регионах патент уже дороже. В Томской области он обходится почти в 9,5 тысячи рублей, в Красноярском крае — более 10 тысяч. Власти Новосибирской области долго держали цену ниже, рассчитывая привлечь рабочих на стройки.",
        "По оценкам экспертов, в строительной отрасли региона сегодня заняты не менее 40 тысяч иностранных граждан, ещё около 15 тысяч работают в сфере доставки и такси.",
    ],
    "ar": [
        "ويعتمد الاقتصاد الأردني منذ عقود على العمالة الوافدة في قطاعات الزراعة والإنشاءات والخدمات المنزلية، إذ يعزف كثير من الأردنيين عن العمل في هذه القطاعات بسبب تدني الأجور وصعوبة ظروف العمل.",
        "وتشير تقارير منظمة العمل الدولية إلى أن نسبة كبيرة من العمال المصريين في الأردن يعملون دون تصاريح سارية، بسبب ارتفاع رسوم التصاريح التي تتجاوز في بعض القطاعات خمسمئة دينار سنويا.",
        "أما العمال السوريون فيحصلون منذ عام 2016 على تصاريح عمل بشروط ميسرة في قطاعات محددة، في إطار اتفاق مع الاتحاد الأوروبي يربط المساعدات بتوفير فرص عمل للاجئين.",
        "وكانت الوزارة قد أطلقت حملات مماثلة في السنوات الماضية، لكن منظمات حقوقية تقول إن أثرها يبقى مؤقتا، لأن الأسباب التي تدفع العمال إلى المخالفة لم تتغير.",
    ],
    "zh": [
        "近年来，城市里的“城市书房”“24小时自助图书馆”越来越多，但大多设在新城区的商业综合体或地铁站附近。老城区人口密集、老年人多，公共文化设施却相对不足。",
        "据区文化馆统计，图书馆开放首周共办理新借书证六百多张，其中近一半持证人年龄在三十岁以下。借阅最多的是考试辅导书、网络小说和儿童绘本。",
        "改造工程从去年春天开始，总投资约三百万元，其中一部分来自市级公共文化专项资金。",
    ],
    "en": [
        "The seasonal worker route was introduced as a pilot in 2019 with 2,500 places and has grown every year since. Most pickers now come from Central Asia, Indonesia and Nepal after recruitment from Ukraine collapsed in 2022.",
        "Growers in Worcestershire and Herefordshire say they are more dependent on the scheme than farms elsewhere because the valley’s orchards need hand-picking over several weeks and local labour has largely disappeared.",
    ],
    "fr": [
        "Depuis 2021, toutes les demandes de renouvellement de titre de séjour doivent être déposées sur l’administration numérique pour les étrangers en France, une plateforme nationale gérée par le ministère de l’Intérieur.",
        "La Seine-Saint-Denis, où vivent près de 400 000 étrangers, concentre une part importante des dossiers d’Île-de-France. Les guichets de la préfecture de Bobigny étaient déjà réputés pour leurs files d’attente avant la réforme.",
    ],
    "it": [
        "Ponza conta circa tremila residenti, ma nei mesi estivi la popolazione supera le trentamila persone. D’inverno i collegamenti si riducono a due corse di traghetto e una di aliscafo al giorno, spesso cancellate per il maltempo.",
        "Negli ultimi anni il Comune ha più volte chiesto alla Regione di garantire un collegamento serale, soprattutto per studenti, lavoratori e malati che devono raggiungere gli ospedali sulla terraferma.",
        "La sospensione della corsa notturna, decisa due anni fa per i costi del carburante, aveva provocato proteste e una raccolta di firme sull’isola.",
    ],
    "nl": [
        "Gemeenten krijgen elk halfjaar een taakstelling van het Rijk: een aantal statushouders dat ze moeten huisvesten. Emmen moest dit jaar 310 mensen een woning bieden en kwam tot nu toe tot iets meer dan 130.",
        "Landelijk wachten ruim 16.000 statushouders in de opvang op een woning. Het kabinet wilde gemeenten met de zogeheten spreidingswet dwingen meer te doen, maar die wet staat inmiddels ter discussie.",
        "Woningcorporatie Domesta zegt dat er in de hele gemeente minder dan veertig kleine huurwoningen per jaar vrijkomen.",
    ],
    "da": [
        "Kærshovedgård blev taget i brug som udrejsecenter i 2016, efter at statsfængslet var flyttet. Siden har centret været omdrejningspunkt for en lang række konflikter mellem beboere, naboer og myndigheder.",
        "Beboerne har meldepligt og må ikke arbejde. De får kost og logi, men ingen kontante ydelser, og mange af dem har været på centret i flere år uden udsigt til at komme videre.",
        "Ifølge Hjemrejsestyrelsen har Danmark i øjeblikket omkring 1.000 udlændinge på tålt eller udrejseophold.",
    ],
    "fi": [
        "Hailuoto on Suomen suurin merisaari ilman kiinteää tieyhteyttä. Saarella asuu noin tuhat ihmistä, ja kesäisin asukasluku moninkertaistuu mökkiläisten myötä.",
        "Lautta kulkee Oulunsalon Riutunkarista noin puolen tunnin välein. Matka kestää parikymmentä minuuttia, mutta jäätalvina lautan on kierrettävä ahtojäitä, jolloin aikaa kuluu selvästi enemmän.",
        "Jäätie on ollut auki lähes joka talvi 1960-luvulta lähtien, mutta viime vuosikymmenen aikana aukiolo on lyhentynyt selvästi.",
    ],
    "hu": [
        "Magyarországon tavaly több mint százezer harmadik országbeli munkavállaló dolgozott érvényes engedéllyel. A vendégmunkás-tartózkodási engedélyt 2024 elején vezették be, és csak minősített foglalkoztatók közvetítésével lehet megkapni.",
        "A győri ipari park a régió egyik legnagyobb foglalkoztatója, a beszállítók többsége az autóiparnak dolgozik. A cégek szerint a megyében gyakorlatilag nincs munkanélküliség.",
        "A kamara adatai szerint a külföldi dolgozók átlagosan tizennégy hónapot töltenek egy munkahelyen.",
    ],
    "he": [
        "ענף הסיעוד הוא הענף הגדול ביותר של עובדים זרים בישראל. רוב העובדים מתגוררים בבית המטופל ועובדים שישה ימים בשבוע, ולעיתים קרובות הם האדם היחיד שמטפל בקשיש לאורך כל היממה.",
        "בשנים האחרונות התלוננו משפחות רבות על מחסור חמור במטפלים, במיוחד לאחר שמספר העובדים שנכנסו לישראל ירד בתקופת המלחמה. לשכות פרטיות דיווחו על זמני המתנה של חודשים.",
        "על פי נתוני רשות האוכלוסין, בכל שנה מבקשים אלפי עובדי סיעוד לעבור למעסיק אחר, בעיקר לאחר פטירת המטופל או מעברו למוסד.",
        "עד היום, עובד שהאשרה שלו עמדה לפוג נאלץ במקרים רבים לעזוב את הארץ, גם כשמשפחה אחרת חיכתה לו.",
    ],
}

MORE2 = {
    "pl": [
        "Radni opozycji pytają, dlaczego pilotaż obejmuje tylko jedną linię. Ich zdaniem nocny tramwaj przydałby się także na Krzykach i Psim Polu, gdzie mieszka wielu pracowników szpitali i centrów logistycznych. Przewoźnik odpowiada, że najpierw chce zebrać dane z jednej trasy."
    ],
    "no": [
        "Regjeringen har varslet at den vil stramme inn reglene for familiegjenforening ytterligere, blant annet ved å øke kravet til inntekt. Forslaget er nå på høring, og flere kommuner i nord har allerede sendt kritiske innspill der de advarer mot konsekvensene for bosetting og arbeidsliv i distriktene."
    ],
    "ru": [
        "В региональном правительстве считают, что дополнительные деньги позволят расширить программы адаптации мигрантов, в том числе курсы русского языка для детей. По словам чиновников, в прошлом году на эти цели из бюджета было выделено менее одного процента поступлений от патентов."
    ],
    "ar": [
        "ويقول أصحاب مزارع في وادي الأردن إن الحملة ساعدتهم على تثبيت عمال يعملون لديهم منذ سنوات دون أوراق، لكنهم يشكون من طول الإجراءات وتعدد الجهات التي يتعين مراجعتها قبل إصدار التصريح الجديد."
    ],
    "zh": [
        "为了方便夜间读者，图书馆还在门口设置了自助还书机和热水供应点，并与附近的便利店合作，为夜班工作者提供优惠早餐券。区文化馆表示，这些服务会根据读者的反馈逐步调整，明年还计划增加夜间讲座和亲子阅读活动。",
        "不过，也有读者在留言簿上提出建议，希望延长儿童区的开放时间，并增加适合老年人阅读的大字版图书。馆方回应说，大字版图书已经列入下一批采购清单，预计春节前上架。",
    ],
    "en": [
        "The Migration Advisory Committee said in its last annual report that the route had helped fill short-term gaps but warned that farms could not rely on ever larger quotas. It recommended that the government publish allocations earlier in the year so growers could plan their harvest."
    ],
    "fr": [
        "Plusieurs rapports parlementaires ont déjà alerté sur les effets de cette dématérialisation. Selon l’un d’eux, publié l’an dernier, près d’un quart des usagers étrangers ne disposent pas d’un ordinateur ou d’une connexion suffisante pour déposer seuls leur dossier, et dépendent d’associations ou de proches."
    ],
    "it": [
        "Secondo i dati della Regione, nell’ultimo inverno di servizio la corsa notturna aveva trasportato in media 85 passeggeri a viaggio, con punte di oltre duecento nei fine settimana di festa. Numeri bassi per la compagnia, ma considerati sufficienti dall’amministrazione regionale."
    ],
    "nl": [
        "In andere Drentse gemeenten gaat het beter. Coevorden en Borger-Odoorn haalden hun taakstelling dit jaar wel, onder meer door woningen te splitsen en leegstaande bedrijfspanden om te bouwen. Emmen wil bekijken of die aanpak ook daar kan werken."
    ],
    "da": [
        "Regeringen har gjort det til et mål, at flere afviste asylansøgere skal rejse hjem frivilligt. Samtidig forhandler Udlændinge- og Integrationsministeriet med flere lande om aftaler om tilbagetagelse, men forhandlingerne har kun givet få resultater."
    ],
    "fi": [
        "Jäätie on saarelaisille muutakin kuin kulkureitti. Moni kertoo lähtevänsä talvisin jäälle hiihtämään tai pilkkimään, ja jäätien avajaisia on vietetty saarella kyläjuhlan tavoin. Viime vuosina juhlat on jouduttu perumaan useamman kerran.",
        "ELY-keskuksen mukaan jäätien kunnossapito maksaa noin 100 000 euroa talvessa. Summa on pieni verrattuna lautan kuluihin, mutta tien avaaminen vaatii joka kerta tarkat jäämittaukset koko reitiltä.",
    ],
    "hu": [
        "A kormány tervei szerint jövőre csökken a kiadható engedélyek száma, és csak azok a cégek foglalkoztathatnak vendégmunkást, amelyek igazolják, hogy hazai munkavállalót nem találtak. A győri cégek többsége ezt a szabályt már most is betartja."
    ],
    "he": [
        "בארגוני הקשישים מקווים כי ההחלטה תקל על משפחות שנקלעו למצב שבו המטפלת הקבועה נאלצה לעזוב בבת אחת. לדבריהם, מעבר פתאומי בין מטפלים פוגע במיוחד בחולי דמנציה, שמתקשים להסתגל לאדם חדש בבית.",
        "גם בקרב העובדים עצמם התקבלה ההודעה בהקלה. רבים מהם שולחים את רוב שכרם למשפחות בארצות המוצא, ויציאה מהארץ לתקופה של כמה חודשים פירושה אובדן הכנסה וחובות חדשים לחברות הגיוס.",
    ],
}
