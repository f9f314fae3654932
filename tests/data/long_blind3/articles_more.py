"""Background paragraphs, inserted before each article's first sub-heading (same hand)."""

from __future__ import annotations

MORE = {
    "en-sponsorship": [
        "The route was modelled on a Canadian programme that has resettled more than 300,000 people since the late 1970s. Britain adopted its own version in 2016, but take-up stayed low for years, with fewer than 200 families arriving in the busiest twelve months.",
        "Volunteers have long complained that the process is slow and opaque. Applications pass through the council, the Home Office and a charity that checks the group's finances, and each stage can send the file back for missing documents.",
        "A report by the National Audit Office last spring found that the average group waited fourteen months between first contact and the arrival of a family, and that one in five gave up before the end.",
        "Councils in the north of England, where rents are lower, account for almost half of the placements so far. Officials said they wanted to see more offers from the south-east, where the demand for school places is highest.",
    ],
    "de-einbuergerung": [
        "Besonders betroffen sind Menschen, die vor einigen Jahren als Geflüchtete nach Deutschland kamen und inzwischen die Voraussetzungen erfüllen. Viele von ihnen haben ihre Anträge gleich nach Inkrafttreten der Reform gestellt.",
        "Hinzu kommen Fachkräfte aus Drittstaaten, die durch die neue Regelung zur Mehrstaatigkeit ihren bisherigen Pass behalten dürfen. Früher hatten viele von ihnen auf eine Einbürgerung verzichtet, weil sie ihre alte Staatsangehörigkeit hätten aufgeben müssen.",
        "Die Behörden müssen für jeden Antrag Sprachnachweise, Einkommensbelege, eine Bestätigung über den Einbürgerungstest und Auskünfte des Verfassungsschutzes zusammentragen. Fehlt ein einziges Dokument, beginnt die Frist praktisch von vorn.",
        "In anderen Bundesländern ist die Lage nicht viel besser. In Berlin, wo seit Anfang des Jahres ein zentrales Landesamt zuständig ist, warten Antragsteller nach Angaben des Senats im Mittel 16 Monate.",
    ],
    "fr-titres": [
        "Depuis 2023, la quasi-totalité des demandes de titres de séjour doit passer par l’Administration numérique pour les étrangers en France. Les guichets physiques ont été fermés dans la plupart des départements, souvent sans solution de remplacement.",
        "Les personnes âgées, celles qui ne maîtrisent pas le français écrit ou qui n’ont pas d’ordinateur sont les premières touchées. Beaucoup dépendent d’associations ou de proches, et certains paient des intermédiaires pour déposer leur dossier.",
        "Le Conseil d’État avait déjà jugé en 2022 que l’administration ne pouvait pas imposer un dépôt exclusivement en ligne sans prévoir une alternative. Selon le rapport, cette décision reste mal appliquée dans une trentaine de préfectures.",
        "Les délais varient fortement d’un département à l’autre. En Seine-Saint-Denis, un renouvellement de carte de résident peut prendre plus de huit mois, contre moins de deux dans certains départements ruraux.",
    ],
    "es-arraigo": [
        "El arraigo por formación forma parte de la reforma del reglamento de extranjería que entró en vigor el año pasado. La norma redujo de tres a dos años el tiempo de estancia necesario para pedir la mayoría de los permisos por arraigo.",
        "Para acogerse a esta vía, el solicitante debe demostrar que lleva al menos dos años en España y matricularse en una formación que dé acceso a un título oficial o a un certificado de profesionalidad de nivel 2 o superior.",
        "Una vez terminados los estudios, el permiso puede convertirse en una autorización de residencia y trabajo si el alumno presenta una oferta de empleo acorde con lo que ha estudiado.",
        "Las comunidades con más solicitudes han sido Madrid, Cataluña y Andalucía, que suman casi seis de cada diez. En varias provincias los centros de formación profesional han tenido que abrir grupos nuevos a mitad de curso.",
    ],
    "it-funivia": [
        "La chiusura aveva colpito soprattutto le piccole attività del paese. Due rifugi in quota sono rimasti chiusi per tre inverni e la scuola di sci ha ridotto i maestri da ventisei a nove, mentre molti giovani hanno cercato lavoro nelle valli vicine.",
        "I lavori sono stati finanziati per due terzi dalla Regione e per il resto da un consorzio di albergatori e dal Comune. Il cantiere ha subito un ritardo di quasi un anno per la difficoltà di trasportare in quota i piloni nuovi.",
        "La stazione a monte è stata ricostruita con una sala panoramica, un punto di primo soccorso e un deposito per gli sci. Quella a valle ospita ora anche una biglietteria automatica e un noleggio di attrezzatura.",
        "Secondo l’assessore regionale al turismo, la funivia potrebbe riportare a Valdorsa fino a 120 mila visitatori l’anno, come prima della chiusura, anche grazie alle escursioni estive verso il lago del Lauro.",
    ],
    "pl-wizy": [
        "W ostatnich latach liczba studentów z zagranicy w Polsce rosła szybko. Według danych GUS w roku akademickim 2025/26 na polskich uczelniach kształciło się ponad 110 tys. cudzoziemców, najwięcej z Ukrainy, Białorusi, Indii i Turcji.",
        "Afera z wizami, która wybuchła dwa lata temu, ujawniła jednak, że część prywatnych szkół traktowała rekrutację jako sposób na sprzedaż dokumentów uprawniających do wjazdu do strefy Schengen.",
        "Najwyższa Izba Kontroli wskazała wtedy, że konsulaty nie miały narzędzi, by sprawdzić, czy kandydat rzeczywiście zamierza studiować, a uczelnie nie musiały informować urzędów o osobach, które nie rozpoczęły nauki.",
        "Nowe przepisy mają zamknąć tę lukę. Uczelnie będą zobowiązane zgłaszać wojewodzie w ciągu 30 dni każdego studenta z wizą, który nie pojawił się na zajęciach lub został skreślony z listy.",
        "Za niewykonanie tego obowiązku grozić ma kara finansowa, a w skrajnych przypadkach utrata prawa do rekrutowania cudzoziemców na trzy lata. Szkoły, które zostały już ukarane, będą objęte dodatkowymi kontrolami.",
    ],
    "ru-patenty": [
        "Патент позволяет гражданам стран, с которыми у России безвизовый режим, работать у частных лиц и в компаниях. Стоимость патента устанавливают регионы, и в Москве она уже превышает восемь тысяч рублей в месяц.",
        "Первые запреты на отдельные профессии появились несколько лет назад в Сибири и на Дальнем Востоке. С тех пор список регионов и видов деятельности постепенно расширяется, а сроки действия запретов продлеваются.",
        "Параллельно ужесточаются и другие правила: с этого года мигрантам нужно сдавать экзамен по русскому языку в расширенном формате, а работодатели обязаны уведомлять о найме через электронный кабинет.",
        "По оценке Минэкономразвития, в стране не хватает около двух миллионов работников. Больше всего вакансий открыто в строительстве, сельском хозяйстве и логистике, где зарплаты растут быстрее среднего.",
        "Региональные власти при этом отчитываются о снижении числа правонарушений с участием иностранцев и о росте поступлений от продажи патентов, которые в прошлом году превысили сто миллиардов рублей.",
    ],
    "ar-lajiin": [
        "وتراجعت المساعدات الدولية المخصصة للاجئين في المنطقة بشكل ملحوظ خلال العامين الماضيين، مع تحويل عدد من الدول المانحة أموالها إلى أزمات أخرى، ما دفع المنظمات الإنسانية إلى تقليص الحصص الغذائية والمساعدات النقدية الشهرية.",
        "ويقول عاملون في المجال الإنساني إن ارتفاع أعداد الراغبين في العودة يرتبط جزئيا بتدهور الأوضاع المعيشية في بلدان اللجوء، وليس فقط بتحسن الظروف داخل سوريا، إذ يعاني كثير من اللاجئين من البطالة والديون.",
        "وفي لبنان، تقدّر المفوضية أن نحو تسعين في المئة من اللاجئين السوريين يعيشون تحت خط الفقر المدقع، وأن آلاف العائلات اضطرت إلى سحب أطفالها من المدارس للعمل.",
        "وتطالب منظمات حقوقية بضمانات أوضح للعائدين، منها عدم ملاحقتهم بسبب التخلف عن الخدمة العسكرية، وإعادة الممتلكات التي صودرت خلال سنوات الحرب، وتسهيل استخراج الوثائق الرسمية.",
        "ويقول مسؤولون في منظمات الإغاثة إن كثيرا من العائدين يصلون إلى قرى بلا كهرباء أو مياه صالحة للشرب، ما يدفع بعضهم إلى النزوح مجددا نحو المدن الكبرى بحثا عن عمل ومسكن.",
    ],
}
