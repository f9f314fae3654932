"""Background paragraphs: MORE_A[id] = (before the first sub-heading, before the last line)."""

MORE_A: dict[str, tuple[list[str], list[str]]] = {
    "de-stadtbibliothek": (
        [
            "Der Umzug selbst dauerte sechs Wochen. Ehrenamtliche aus dem Förderverein packten rund 95.000 Bücher, CDs und Zeitschriften in Kisten, die von einer Spedition über den Marktplatz gefahren wurden.",
        ],
        [],
    ),
    "es-temporeros": (
        [
            "En los invernaderos de El Ejido, Níjar y Vícar trabajan cada año decenas de miles de personas llegadas de Marruecos, Senegal, Mali y Rumanía. Una parte de ellas lleva más de una década en la provincia sin haber tenido nunca papeles.",
            "El piloto se apoya en la figura del arraigo, pero rebaja los años exigidos y acepta pruebas que hasta ahora los funcionarios solían rechazar.",
        ],
        [],
    ),
    "pt-reagrupamento": (
        [
            "O reagrupamento familiar é um direito previsto na lei desde 2007. Permite que quem tem autorização de residência peça a vinda do cônjuge, dos filhos menores e, em certos casos, dos pais.",
            "Os pedidos concentram-se em Lisboa, Setúbal, Faro e Beja, os distritos onde vivem mais trabalhadores da agricultura, da construção e da restauração.",
        ],
        [
            "Questionada pelo jornal, a agência não indicou quando espera ter os pedidos em atraso resolvidos.",
        ],
    ),
    "pl-opiekunki": (
        [
            "Problem nie dotyczy tylko jednego regionu. Według danych branżowych w całym kraju w domach opieki brakuje kilkunastu tysięcy pracowników, a średni wiek polskich opiekunek przekracza 50 lat.",
            "Praca jest ciężka i słabo płatna. Opiekunka w prywatnym domu zarabia niewiele ponad płacę minimalną, często pracuje w nocy i w weekendy.",
            "Cudzoziemki, które trafiają do domów opieki, zwykle przyjeżdżają najpierw na podstawie oświadczenia o powierzeniu pracy albo wizy sezonowej, a dopiero potem starają się o dłuższe zezwolenie.",
        ],
        [],
    ),
    "ru-shkola-test": (
        [
            "Закон о тестировании приняли после долгих споров. Его сторонники говорили, что учителя не справляются с классами, где часть детей не понимает объяснений, противники — что без школы дети мигрантов окажутся на улице.",
            "Экзамен проводят в специальных центрах при региональных институтах развития образования. На всю Тверскую область таких центров два, поэтому семьям из районов приходится ехать в Тверь.",
            "Результаты объявляют в течение недели. Оспорить их можно, но за всю осень в области подали лишь шесть апелляций, и ни одна не была удовлетворена.",
        ],
        [
            "Родители, которые хотят узнать даты следующей волны, могут записаться в центрах тестирования лично или по телефону.",
        ],
    ),
    "ar-omal-mawsimiyin": (
        [
            "ويأتي البرنامج في إطار اتفاق للهجرة الدائرية وقّعته الحكومة مع عدد من الدول الأوروبية، ويهدف إلى تنظيم تنقل العمال بدل الهجرة غير النظامية عبر البحر.",
            "وشارك في البرامج السابقة أكثر من خمسة عشر ألف شخص خلال خمس سنوات، معظمهم من القرى الجبلية التي تعتمد على الفلاحة المعيشية.",
            "وتقول الوزارة إن نسبة العائدين في الموسم الماضي تجاوزت تسعين في المئة، وهي نسبة تعتبرها دليلاً على نجاح هذا النموذج.",
        ],
        [
            "ويرى باحثون في الهجرة أن نجاح البرنامج سيتوقف على قدرة الوزارة على حماية العمال بعد وصولهم، لا على عدد العقود الموقعة فقط.",
            "كما يطالب بعضهم بأن تُحتسب مواسم العمل في الخارج ضمن سنوات التقاعد، وهو مطلب لم تُجب عنه الحكومة حتى الآن.",
        ],
    ),
    "zh-binjiang-gongyuan": (
        [
            "这一段江岸过去被围墙和铁丝网隔开，周边居民只能绕行一公里才能看到江面。改造后，从老城区步行十分钟就能到达江边。",
            "工程于二〇二三年秋季开工，原计划去年底完工，因仓库结构加固比预想复杂，工期推迟了四个月。",
            "施工中还发现了一段清代的石砌驳岸，文物部门决定就地保护，并在旁边设置了玻璃步道供游客参观。",
        ],
        [
            "## 交通和停车",
            "公园开放初期，周末预计将有大量游客。交警部门建议市民乘坐公交或地铁前往，地铁二号线江滨站出口距公园北门约三百米。",
            "公交公司将新开一条环线，连接老城区、公园和火车站，周末每十五分钟一班。",
            "两处停车场共有约六百个车位，前两小时免费，之后按小时收费。",
        ],
    ),
    "en-care-visa": (
        [
            "The recruitment drive began after the pandemic, when homes in the county were reporting vacancy rates of one in seven posts. Providers hired more than 1,600 workers from India, Nigeria, Zimbabwe and the Philippines in two years.",
            "Most came on three-year visas. Many brought partners and children, who now attend schools in Westmoor.",
        ],
        [],
    ),
}
