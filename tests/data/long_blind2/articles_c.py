"""Hand-written fictional stories (ko, cs, nl, sv, da)."""

from __future__ import annotations

from pagekit import Art

ARTS: list[Art] = [
    Art(
        "ko-battery",
        "ko",
        False,
        "폐배터리 재활용 공장 잇따라 착공…'도시 광산' 경쟁 본격화",
        "김민준 기자",
        "2026.11.12 09:40",
        "충북 오창의 한 배터리 재활용 공장 내부.",
        (3, "박서연"),
        [
            "전기차 보급이 늘면서 수명을 다한 배터리에서 리튬과 니켈, 코발트를 뽑아내는 재활용 공장 건설이 잇따르고 있다. 올해 들어서만 국내 대기업 세 곳이 새 공장 착공에 들어갔다.",
            "업계에 따르면 2030년 국내에서 발생하는 폐배터리는 연간 10만 개를 넘어설 것으로 예상된다. 이 때문에 폐배터리를 '도시 광산'으로 부르며 핵심 광물 확보 수단으로 보는 시각이 많다.",
            "## 유럽 규제가 변수",
            "한국배터리산업협회 박서연 연구위원은 유럽연합이 2031년부터 새 배터리에 재활용 원료를 일정 비율 이상 쓰도록 의무화한 것이 투자를 앞당긴 계기라고 설명했다.",
            "재활용 원료 비율을 맞추지 못하면 유럽 시장 수출 자체가 어려워질 수 있다는 것이다.",
            '"지금 공장을 짓지 않으면 5년 뒤에는 원료를 사 오는 처지가 될 것"이라고 한 업체 관계자는 말했다.',
            "다만 수익성은 아직 불확실하다. 리튬 가격이 지난해 고점 대비 70% 넘게 떨어지면서 재활용으로 얻는 금속의 가치도 크게 줄었다.",
            "환경 문제도 남아 있다. 배터리를 분해하고 녹이는 과정에서 유해 가스와 폐수가 나오기 때문에 공장 예정지 주민들의 반발이 이어지고 있다.",
            "## 정부 지원책",
            "정부가 내놓은 지원책은 다음과 같다.",
            "- 재활용 설비 투자에 대한 세액 공제 확대",
            "- 폐배터리 이력 관리 시스템 구축",
            "- 재활용 원료 인증 제도 도입",
            "국내 재활용 업체들은 그동안 폐배터리 물량이 부족해 공장 가동률이 절반에 그쳤다. 전기차 보급 초기에 팔린 차량의 배터리가 본격적으로 교체 시기를 맞으면서 상황이 달라지고 있다."
            "중국 업체와의 경쟁도 치열하다. 중국은 이미 세계 폐배터리 재활용 시장의 70% 이상을 차지하고 있으며, 가격 경쟁력에서도 앞서 있다는 평가를 받는다."
            "전문가들은 배터리 설계 단계부터 분해와 재활용을 쉽게 하는 방안을 함께 고민해야 한다고 지적한다."
            "산업통상자원부는 내년 상반기까지 관련 법 개정안을 마련할 계획이다.",
        ],
    ),
    Art(
        "cs-tramvaj",
        "cs",
        False,
        "Nová tramvajová trať na Barrandov se opět zdraží. Otevření se posouvá na rok 2029",
        "Petr Novotný",
        "4. listopadu 2026",
        "Stavba tramvajové trati v ulici Kříženeckého náměstí.",
        (3, "Jana Dvořáková"),
        [
            "Stavba nové tramvajové trati z Barrandova do Slivence se znovu prodraží. Dopravní podnik hlavního města Prahy odhaduje, že celkové náklady vzrostou o dalších 600 milionů korun na téměř 3,4 miliardy. Cestující se první tramvaje dočkají nejdříve na jaře 2029.",
            "Důvodem jsou podle dopravního podniku především složité geologické podmínky v místě budoucího mostu přes údolí a vyšší ceny stavebních materiálů, které za poslední tři roky stouply o čtvrtinu.",
            "## Opozice žádá audit",
            "Radní pro dopravu Jana Dvořáková na středečním jednání zastupitelstva uvedla, že se město snaží vyjednat se stavební firmou kompromis. Podle ní by bylo chybou stavbu zastavit, protože by to vyšlo ještě dráž.",
            "Opoziční zastupitelé chtějí, aby celý projekt prověřil nezávislý auditor.",
            "„Město se od začátku chovalo, jako by rozpočet byl jen orientační číslo,“ řekl jeden z nich.",
            "Trať má měřit necelé čtyři kilometry a mít pět zastávek. Tramvaje na ní mají jezdit každých osm minut a denně přepravit až 30 tisíc lidí, kteří dnes musí přestupovat na autobusy.",
            "Projekt trati vznikal už od roku 2015. Původní odhad počítal s náklady kolem 1,8 miliardy korun a s otevřením v roce 2026, termín se ale několikrát posunul kvůli sporům o územní rozhodnutí a odvoláním spolků z okolí.",
            "Dopravní experti upozorňují, že podobné zdražování není v Praze výjimkou. Také prodloužení trati do Holyně nebo rekonstrukce Vinohradské vyšly dráž, než se původně plánovalo.",
            "Obyvatelé Slivence si stěžují především na objízdné trasy a hluk. Některé ulice jsou kvůli stavbě uzavřené už více než rok.",
            "Mezi změnami, které dopravní podnik chystá, jsou:",
            "- posílení autobusové linky 230 ve špičce,",
            "- nové provizorní parkoviště u konečné,",
            "- omezení nočních prací na nezbytné minimum.",
            "Dopravní podnik zároveň připouští, že část prací bude muset být znovu vysoutěžena. Původní zhotovitel mostní části totiž v létě odstoupil od smlouvy a jeho nástupce požaduje vyšší cenu i delší lhůtu."
            "Zastupitelstvo o navýšení rozpočtu rozhodne v prosinci.",
        ],
    ),
    Art(
        "nl-spreidingswet",
        "nl",
        True,
        "Gemeenten stappen naar de rechter om verplichte opvang van asielzoekers",
        "Door Sanne de Vries",
        "10 november 2026",
        "Het aanmeldcentrum in Ter Apel, afgelopen zomer.",
        (5, "Pieter van Dam"),
        [
            "Een groep van negentien gemeenten begint een rechtszaak tegen de staat over de verplichte opvang van asielzoekers. Volgens de gemeenten schendt de manier waarop het Rijk de opvangplekken verdeelt de lokale autonomie.",
            "De spreidingswet verplicht gemeenten om naar verhouding van hun inwonertal opvangplekken te realiseren. Wie weigert, kan een aanwijzing krijgen van de minister. Dat gebeurde dit najaar voor het eerst bij vier gemeenten in Limburg en Gelderland.",
            "## Ter Apel weer vol",
            "Intussen is het aanmeldcentrum in Ter Apel opnieuw overvol. Afgelopen weekend sliepen ruim honderd mensen op stoelen in de wachtruimte. Het Centraal Orgaan opvang asielzoekers spreekt van een onhoudbare situatie.",
            "Het COA heeft landelijk ongeveer 8000 plekken tekort. Een groot deel van de bewoners van de opvang heeft al een verblijfsvergunning, maar kan niet doorstromen omdat er geen woning beschikbaar is.",
            "Burgemeester Pieter van Dam van een van de procederende gemeenten zegt dat zijn gemeente niet tegen opvang is, maar wel tegen de manier waarop die wordt afgedwongen. Er is volgens hem nooit serieus overlegd over locatie en omvang.",
            '"We willen meedenken, maar dan moeten we ook mee kunnen beslissen", zegt Van Dam.',
            "Vluchtelingenwerk Nederland noemt de rechtszaak teleurstellend. De organisatie wijst erop dat gemeenten die wel opvang bieden, zoals Groningen en Den Bosch, al jaren een onevenredig deel van de lasten dragen.",
            "Het kabinet wil de spreidingswet juist intrekken en vervangen door een systeem met financiële prikkels. Dat wetsvoorstel ligt nu bij de Eerste Kamer.",
            "## Wat de gemeenten willen",
            "De gemeenten vragen de rechter om de aanwijzingen te schorsen totdat het nieuwe stelsel is ingevoerd. Ze willen ook dat het Rijk de volledige kosten van opvang vergoedt, inclusief onderwijs voor kinderen.",
            "In Ter Apel zijn de problemen niet nieuw. In de zomer van 2022 sliepen honderden asielzoekers wekenlang buiten op het gras voor het aanmeldcentrum, wat leidde tot scherpe kritiek van onder meer Artsen zonder Grenzen."
            "Ook burgemeesters van gemeenten die wél meewerken, maken zich zorgen. Zij vrezen dat de rechtszaak andere gemeenten aanmoedigt om hun toezeggingen in te trekken, waardoor de druk op hun eigen locaties verder toeneemt."
            "Juristen verwachten dat de uitspraak gevolgen kan hebben voor de verhouding tussen Rijk en gemeenten op veel meer terreinen dan alleen de opvang."
            "De eerste zitting staat gepland voor februari.",
        ],
    ),
    Art(
        "sv-busstrejk",
        "sv",
        False,
        "Bussförarna går ut i strejk – tusentals resenärer drabbas i Västra Götaland",
        "Erik Lindqvist",
        "11 november 2026",
        "Tomma busshållplatser vid Brunnsparken i Göteborg på måndagsmorgonen.",
        (3, "Maria Sandberg"),
        [
            "Över 2000 bussförare i Västra Götaland lade på måndagen ner arbetet sedan förhandlingarna om nytt kollektivavtal brutit samman. Strejken påverkar stadsbussar i Göteborg, Borås och Trollhättan samt flera regionala linjer.",
            "Västtrafik uppmanar resenärer att i första hand använda spårvagn och pendeltåg, som inte omfattas av konflikten. Under morgonrusningen var trängseln stor på flera linjer in mot centrala Göteborg.",
            "## Arbetstiderna i fokus",
            "Kommunals avtalssekreterare Maria Sandberg säger att det inte i första hand handlar om lön, utan om delade turer och oregelbundna scheman. Många förare arbetar i dag tidigt på morgonen, är lediga mitt på dagen och börjar igen på eftermiddagen.",
            "– Det går inte att leva ett normalt liv med sådana arbetstider, säger hon.",
            "Arbetsgivarorganisationen Transportföretagen anser att kraven skulle göra trafiken betydligt dyrare och att kostnaden i slutändan hamnar hos skattebetalarna.",
            "Flera skolor har uppmanat elever att ta cykel eller samåka. Färdtjänsten påverkas inte av strejken.",
            "Medlingsinstitutet har utsett två medlare som ska träffa parterna under tisdagen.",
            "## Så påverkas du",
            "Enligt Västtrafik gäller följande under strejken:",
            "- periodkort förlängs med det antal dagar strejken pågår,",
            "- resenärer kan ansöka om ersättning för taxiresor upp till 500 kronor,",
            "- aktuell trafikinformation finns i appen.",
            "Det är första gången på över tjugo år som bussförare i regionen strejkar. Den förra stora konflikten, 2001, pågick i nio dagar och slutade med att förarna fick rätt till längre raster."
            "På Centralstationen i Göteborg bildades långa köer vid spårvagnshållplatserna redan före sju på morgonen. Flera resenärer berättade att de fått gå flera kilometer för att komma till jobbet i tid."
            "Även näringslivet i regionen oroar sig. Handelskammaren varnar för att en långvarig strejk kan få konsekvenser för både handel och industri, särskilt under julhandeln."
            "Kommunal har varslat om att strejken kan utvidgas till Skåne från nästa måndag.",
        ],
    ),
    Art(
        "da-familiesammenfoering",
        "da",
        True,
        "Nye krav til familiesammenføring: Flere par må vente i årevis",
        "Mette Kjærgaard",
        "6. november 2026",
        "Et par på vej ind i Udlændingestyrelsens borgerservice i Næstved.",
        (3, "Søren Thygesen"),
        [
            "Et flertal i Folketinget har vedtaget en stramning af reglerne for ægtefællesammenføring, som betyder, at den herboende ægtefælle fremover skal have været i fuldtidsbeskæftigelse i mindst tre år, før en ansøgning kan imødekommes. Hidtil har kravet været to og et halvt år.",
            "Samtidig hæves den bankgaranti, som parret skal stille, til godt 120.000 kroner. Reglerne træder i kraft 1. januar og gælder også for ansøgninger, der allerede er indsendt.",
            "## Kritik fra advokater",
            "Udlændingeordfører Søren Thygesen fra et af regeringspartierne siger, at stramningen skal sikre, at familier, der kommer til landet, bliver en del af arbejdsmarkedet fra starten.",
            "Advokater på udlændingeområdet mener, at reglerne rammer danskere, der har mødt en partner under et studieophold eller arbejde i udlandet.",
            "»Man straffer danskere for at blive forelsket i det forkerte land,« siger advokat Hanne Riis.",
            "Ifølge Udlændingestyrelsen fik omkring 3100 personer ægtefællesammenføring sidste år. Sagsbehandlingstiden er i gennemsnit ti måneder.",
            "Institut for Menneskerettigheder har i et høringssvar advaret om, at reglerne kan være i strid med retten til familieliv i Den Europæiske Menneskerettighedskonvention.",
            "Flere par overvejer nu den såkaldte EU-vej, hvor man flytter til et andet EU-land, typisk Sverige, og derefter får ret til familiesammenføring efter EU-reglerne.",
            "## Foreningen får flere henvendelser",
            "Foreningen Ægtefællesammenføring i Danmark oplyser, at den har fået rekordmange henvendelser, siden lovforslaget blev fremsat. Mange har ifølge foreningen meldt sig til dens nyhedsbrev for at følge sagen.",
            "Regeringen henviser til, at kravet om beskæftigelse har været en del af reglerne i mange år, og at de nye stramninger blot skal sikre, at den herboende ægtefælle kan forsørge familien uden offentlige ydelser."
            "Oppositionen kritiserer især, at reglerne også gælder for ansøgninger, der allerede er indsendt. Flere partier har bedt ministeren om at redegøre for, hvor mange par der bliver ramt af overgangsreglerne."
            "I Sverige har myndighederne oplyst, at antallet af danske statsborgere, der flytter til Skåne med en udenlandsk ægtefælle, er steget markant de seneste år."
            "Loven skal evalueres efter tre år.",
        ],
    ),
]
